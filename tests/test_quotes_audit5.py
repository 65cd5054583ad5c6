"""Reported speech in wire-service style: inverted cues inside a clause, plural groups of
people as speakers, documents and their issuers, and "according to" with a description."""

from __future__ import annotations

from newsstruct import extract_quotes
from tests.reading import quotes_of as _quotes


def test_inverted_cue_inside_the_clause_gives_the_name_after_it() -> None:
    text = "The new vaccine, said lead author Maria Okafor of the state university, may cut deaths."
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Maria Okafor"
    assert q.content.text.startswith("The new vaccine")
    assert q.content.text.endswith("may cut deaths")


def test_inverted_cue_with_a_title_before_the_name() -> None:
    text = "The storm, said provincial governor Ana Ruiz, has destroyed dozens of bridges."
    assert _quotes(text) == [("Ana Ruiz", "The storm, said provincial governor Ana Ruiz, "
                                          "has destroyed dozens of bridges")]


def test_plural_of_a_body_after_a_qualifier_speaks() -> None:
    assert _quotes("Farm unions said they would hold a march next week.") == [
        ("Farm unions", "they would hold a march next week")
    ]


def test_plural_qualified_by_a_name_speaks_through_a_participle() -> None:
    text = "Trade groups opposed the tax, saying it would raise prices."
    assert _quotes(text) == [("Trade groups", "it would raise prices")]


def test_plural_with_a_place_phrase_before_the_verb() -> None:
    text = "Officials in the northern province of Velo say floods have cut off three towns."
    assert _quotes(text) == [("Officials", "floods have cut off three towns")]


def test_plural_with_a_phrase_and_an_auxiliary() -> None:
    text = "Supporters of the dam have said it will bring power to the valley."
    assert _quotes(text) == [("Supporters", "it will bring power to the valley")]


def test_document_gives_way_to_the_issuer_named_with_it() -> None:
    text = "A ruling from the Supreme Court said the election law was void."
    assert _quotes(text) == [("Supreme Court", "the election law was void")]


def test_report_after_an_adjective_is_a_noun_not_a_cue() -> None:
    assert _quotes("Early reports indicated that four people were hurt.") == []
    assert _quotes("A recent report on wages in the region has shown that pay is low.") == []


def test_according_to_closing_with_a_description() -> None:
    text = "Sales fell by half last year, according to Sam Oduya, a spokesman for the farmers."
    assert _quotes(text) == [("Sam Oduya", "Sales fell by half last year")]


def test_according_to_with_a_place_inside_the_description() -> None:
    text = (
        "According to Dr. Ana Lind, a surgeon who works at the clinic in Tema, Ghana, "
        "the patients are recovering."
    )
    assert _quotes(text) == [("Ana Lind", "the patients are recovering")]



def test_description_before_a_relative_clause_speaks() -> None:
    text = "A nurse who works for the Red Cross and Oxfam said the camp had no water."
    assert _quotes(text) == [("nurse", "the camp had no water")]
