"""Reported speech after an abbreviated title ("Mr.", "Lt. Col."), in a participial phrase
that hangs off the clause's subject ("..., saying ...", "..., telling reporters that ..."),
and speakers that a pronoun stands for.  The texts are written for these tests."""

from __future__ import annotations

from newsstruct import extract_quotes
from newsstruct.model import Quote


def _quote(text: str, content_start: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.content.text.startswith(content_start))


def _speaker(text: str, content_start: str) -> str | None:
    q = _quote(text, content_start)
    return None if q.speaker is None else q.speaker.name


# -- abbreviated titles ------------------------------------------------------------------------


def test_an_abbreviated_honorific_before_the_speaker() -> None:
    text = '"The bridge will stay closed until spring," Ms. Ortega said.'
    q = _quote(text, "The bridge")
    assert q.kind == "direct"
    assert _speaker(text, "The bridge") == "Ortega"


def test_two_abbreviated_ranks_before_the_speaker() -> None:
    text = '"Our patrols found nothing," Lt. Col. Amir Dastan told reporters.'
    assert _speaker(text, "Our patrols") == "Amir Dastan"


# -- participial phrases -----------------------------------------------------------------------


def test_saying_after_an_appositive_subject() -> None:
    text = (
        'Hana Brill, the city\'s treasurer, also read the audit, saying, "The numbers '
        'do not add up and we will ask for a second review."'
    )
    assert _speaker(text, "The numbers") == "Hana Brill"


def test_saying_after_a_pronoun_subject() -> None:
    text = (
        "Farmer leader John Vahl met the minister on Monday. He did not give a date for "
        "the next protest, saying the unions would decide together."
    )
    assert _speaker(text, "the unions would decide") == "John Vahl"


def test_saying_speaks_for_the_person_not_the_word_opening_his_role() -> None:
    text = (
        "Former mayor Gerd Olsen was more critical of the plan, saying that it would "
        "cost the town too much."
    )
    assert _speaker(text, "it would cost") == "Gerd Olsen"


def test_telling_reporters_that_after_a_role_and_name() -> None:
    text = (
        "Water Board chief Lara Moss declined to comment further, telling reporters that "
        "the repairs would take a week."
    )
    assert _speaker(text, "the repairs") == "Lara Moss"


def test_with_a_named_subject_saying() -> None:
    text = (
        "Traders welcomed the figures, with Ines Ruud, an analyst at Nordbank, saying "
        '"This is the best month for exporters in three years."'
    )
    assert _speaker(text, "This is the best month") == "Ines Ruud"


# -- pronouns ----------------------------------------------------------------------------------


def test_she_skips_an_adjective_that_shares_a_word_with_a_name() -> None:
    text = (
        "Prosecutor Dr Ana Reyes described cases of abuse. The report refers to a secretive "
        "Indigenous male culture. She says the elders were not told.\n\n"
        "Senior Indigenous leader Rosa Tjampitjinpa also spoke at the meeting."
    )
    assert _speaker(text, "the elders") == "Ana Reyes"


# -- a description and the name it describes ---------------------------------------------------


def test_said_a_description_then_the_name() -> None:
    text = (
        '"Our survey shows the river is cleaner," said the director of the Institute for '
        "Water Studies, Professor Lina Okafor."
    )
    assert _speaker(text, "Our survey") == "Lina Okafor"


def test_said_an_organisation_title_then_the_name() -> None:
    text = '"We will appeal," said Harbour Watch President, Tom Ferris.'
    assert _speaker(text, "We will appeal") == "Tom Ferris"


def test_an_unclosed_appositive_role_before_the_verb() -> None:
    text = "Captain Eva Lund, the commander of the Northern Fleet says two ships were damaged."
    assert _speaker(text, "two ships") == "Eva Lund"


def test_a_second_verb_speaks_for_the_person_not_a_word_of_the_role() -> None:
    text = (
        "Presidential spokesman Omar Haddad condemned the attack and called for a full "
        "inquiry into the blast."
    )
    assert _speaker(text, "a full inquiry") == "Omar Haddad"


# -- quotation marks ---------------------------------------------------------------------------


def test_an_opening_mark_spaced_from_its_words_after_said() -> None:
    text = 'Mayor Ida Berg spoke on Friday. She said, " We will rebuild the school by May. "'
    q = _quote(text, "We will rebuild")
    assert q.kind == "direct"
    assert q.content.text == "We will rebuild the school by May."


def test_an_opening_mark_spaced_from_its_words_opening_the_paragraph() -> None:
    text = '" The flooding is the worst in decades," said Ida Berg.'
    q = _quote(text, "The flooding")
    assert q.kind == "direct"
    assert _speaker(text, "The flooding") == "Ida Berg"


# -- content boundaries ------------------------------------------------------------------------


def test_including_does_not_end_a_reported_clause() -> None:
    text = (
        "A police officer said four villagers, including two children, were hurt in the "
        "blast."
    )
    q = _quote(text, "four villagers")
    assert q.content.text == "four villagers, including two children, were hurt in the blast"


def test_all_but_does_not_end_a_reported_clause() -> None:
    text = "The general told reporters that all but a few soldiers would leave by June."
    q = _quote(text, "all but")
    assert q.content.text == "all but a few soldiers would leave by June"


# -- subjects ----------------------------------------------------------------------------------


def test_a_plural_noun_for_a_body_speaks() -> None:
    text = "Human rights groups said that the camp should be closed."
    assert _speaker(text, "the camp") == "Human rights groups"


def test_a_role_owned_by_a_titled_name_speaks() -> None:
    text = "Colonel Ray Dunn's attorney says his client will plead not guilty."
    assert _speaker(text, "his client") == "Colonel Ray Dunn's attorney"


def test_an_envoy_to_a_body_speaks_after_the_clause() -> None:
    text = "The troops had not been paid for two months, the Kenyan envoy to the African Union said."
    assert _speaker(text, "The troops") == "Kenyan envoy"


def test_a_second_speaker_ends_the_first_reported_clause() -> None:
    text = (
        "Experts said the force was too small to cover the region, and the African Union "
        "said it had no money to pay for more troops."
    )
    assert _quote(text, "the force").content.text == "the force was too small to cover the region"
    assert _speaker(text, "it had no money") == "African Union"


def test_quoted_a_titled_name_as_saying() -> None:
    text = (
        "The agency quoted Foreign Ministry spokesman Omar Haddad as saying that the "
        "letter would be made public."
    )
    assert _speaker(text, "the letter") == "Omar Haddad"



def test_according_to_a_plural_source_closing_the_sentence() -> None:
    text = "The vote count was completed on Monday, according to state media."
    q = _quote(text, "The vote count")
    assert q.content.text == "The vote count was completed on Monday"
    assert q.speaker is not None and q.speaker.text == "state media"
    assert extract_quotes("The launch went ahead on Monday, according to plan.") == ()


def test_adding_with_a_comma_ends_the_reported_clause() -> None:
    text = (
        'Minister Ruth Ode said Monday the state will buy seeds for 9,000 families, adding, '
        '"No farmer will be left alone."'
    )
    q = _quote(text, "the state will")
    assert q.content.text == "the state will buy seeds for 9,000 families"
