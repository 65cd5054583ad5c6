"""Reported speech: 'add' with an object, wiki italics round a source, described speakers,
colon quotes, relative clauses, pronouns closing reported words, nested reports."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_added_with_an_amount_reports_no_words() -> None:
    assert _read("Factories added 18,000 new jobs in May, far fewer than expected.") == []
    assert _read("The carmaker added a second assembly line at its northern plant.") == []
    # before a clause "added" still reports words
    got = _read("Mayor Ana Ruiz added the bridge would reopen in June.")
    assert got == [("the bridge would reopen in June", "Ana Ruiz", "added")]


def test_adds_to_is_no_speech() -> None:
    assert _read("The weak survey adds to fears that the recovery has stalled.") == []


def test_described_speaker_no_list_holds() -> None:
    text = 'Ana Ruiz spoke first. "We have lost the whole harvest," one beekeeper said.'
    assert _read(text) == [("We have lost the whole harvest,", "beekeeper", "said")]


def test_enthused_closes_a_quote() -> None:
    text = (
        '"We are ready," says chief Ana Ruiz. "We are rolling out the first train," '
        "enthused Tom Berg, the project manager."
    )
    got = _read(text)
    assert ("We are rolling out the first train,", "Tom Berg", "enthused") in got


def test_colon_quote_after_an_adverb() -> None:
    text = (
        "Dana Pell addressed the crowd. She also blamed the mayor in her speech: "
        '"You pushed us into the street with your rents."'
    )
    got = _read(text)
    assert ("You pushed us into the street with your rents.", "Dana Pell", None) in got
    # no pronoun names the object of its own verb
    text = 'The row began at dinner. She also asked Priya Nair: "Do you live in a house or a tent?"'
    assert all(name != "Priya Nair" for _, name, _ in _read(text))


def test_colon_quote_after_a_body() -> None:
    text = (
        "Mary Voss of the Teachers Union criticised the lack of support: "
        '"The response has been a disgrace and they should be ashamed."'
    )
    got = _read(text)
    assert got == [
        ("The response has been a disgrace and they should be ashamed.", "Mary Voss", None)
    ]


def test_who_after_a_role_at_a_body() -> None:
    text = (
        "A contrary view came from Carl Imre, a management expert at Lindell University, "
        'who stated, "Great firms rarely grow forever."'
    )
    got = _read(text)
    assert got == [("Great firms rarely grow forever.", "Carl Imre", "stated")]


def test_plural_after_a_name_in_a_coordinated_clause() -> None:
    got = _read("Treasury officials condemned the strike and said the pay offer was fair.")
    assert got == [("the pay offer was fair", "Treasury officials", "said")]


def test_pronoun_not_resolved_inside_the_words() -> None:
    text = (
        "Mayor Tom Slade said the station will reopen. "
        "Trains such as the Coastal Express will move to Platform Nine, he added."
    )
    got = _read(text)
    assert (
        "Trains such as the Coastal Express will move to Platform Nine",
        "Tom Slade",
        "added",
    ) in got


def test_wiki_italics_round_a_source() -> None:
    text = "The ''Harbour Herald'' reported that the port would close for a week."
    assert _read(text) == [("the port would close for a week", "Harbour Herald", "reported")]


def test_nested_attribution_keeps_the_inner_speaker() -> None:
    text = "Reuters reported that union chief Joe Marsh said the talks were going well."
    assert _read(text) == [("the talks were going well", "Joe Marsh", "said")]


def test_reported_with_an_object_and_a_second_verb() -> None:
    assert _read("The daily newspaper reported the memo and posted a copy of it online.") == []


def test_naming_a_person_after_a_coordinated_verb() -> None:
    text = 'Police arrested the suspect and described him as "a very dangerous man".'
    assert _read(text) == [("a very dangerous man", "Police", "described")]
