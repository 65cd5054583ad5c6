"""Reported speech: who speaks after the cue (a possessive's role, a title set off by a
comma, a named body after its description), verbs that report nothing (infinitives,
relative clauses), manner-of-speaking verbs, and quotations after a sentence that
presents their speaker."""

from __future__ import annotations

from tests.reading import quotes_of as _quotes
from tests.reading import speaker_of as _speaker


def test_a_role_the_possessive_owns_speaks_not_its_owner() -> None:
    text = 'Lena Park left the court. "We asked the judge for more time," said Park\'s lawyer.'
    assert _speaker(text, "We asked the judge for more time,") == "Park's lawyer"


def test_a_title_set_off_by_a_comma_before_the_name() -> None:
    text = '"The ferry will not sail again," said Labour member for Hull, Tom Brandt.'
    assert _quotes(text) == [("Tom Brandt", "The ferry will not sail again,")]


def test_a_title_with_a_lower_case_place_before_the_name() -> None:
    text = (
        'Olga Wren opened the meeting. "The budget is too small," said the Finance Adviser '
        "for the city council , Tom Brandt ."
    )
    assert _speaker(text, "The budget is too small,") == "Tom Brandt"


def test_the_whole_role_speaks_not_the_body_inside_it() -> None:
    text = 'Olga Wren spoke first. "The border stays shut," said an unnamed army official.'
    assert _speaker(text, "The border stays shut,") == "army official"


def test_manner_of_speaking_verbs_attribute_the_quote() -> None:
    text = (
        'Olga Wren spoke first. "Nobody has done anything for us," railed farmer Tom Brandt. '
        '"The ministry is behind," retorted economist Ada Lund.'
    )
    assert _quotes(text) == [
        ("Tom Brandt", "Nobody has done anything for us,"),
        ("Ada Lund", "The ministry is behind,"),
    ]


def test_against_is_not_the_adverb_again() -> None:
    assert _quotes("Ada Lund argued against the plan on Monday.") == []


def test_an_infinitive_after_the_verb_reports_nothing() -> None:
    text = (
        'Such a ban was granted by Judge Carl Ode, who said that there was "no case" for '
        "delay, after the court heard that a Harbour Workers Pay Agreement, agreed to prevent "
        "strikes, had been broken."
    )
    assert [speaker for speaker, _ in _quotes(text)] == ["Carl Ode"]


def test_a_relative_pronoun_cue_is_no_closing_attribution() -> None:
    text = (
        "Danish politics were stirred on Sunday by a speech from Carl Ode , the leader of "
        "far-right party Farmers League , who said during a rally in Ulm , north of Bonn , "
        "“Taxes must fall, and there's always a first time”."
    )
    assert all(speaker != "Farmers League" for speaker, _ in _quotes(text))


def test_according_to_a_name_and_its_affiliation() -> None:
    text = "According to Ada Lund, with the state port authority, both sides want a deal."
    assert _quotes(text) == [("Ada Lund", "both sides want a deal")]


def test_according_to_a_description_then_the_body_it_names() -> None:
    text = "According to the Geneva-based monitoring group, FloodWatch, the river will rise."
    assert _quotes(text) == [("FloodWatch", "the river will rise")]


def test_an_addressee_in_italic_markup_is_skipped() -> None:
    text = "The minister told ''The Harbour Times'' the bridge would reopen in May."
    assert _quotes(text) == [("minister", "the bridge would reopen in May")]


def test_a_person_presented_before_the_quote_speaks_it() -> None:
    text = (
        "Farmer Dale Moss says his wells are dry. Mark Stein is a water engineer at the "
        'state university. "The aquifer is falling faster than it used to."'
    )
    assert _speaker(text, "The aquifer is falling faster than it used to.") == "Mark Stein"


def test_a_quote_after_a_sentence_relaying_a_stance() -> None:
    text = (
        '"The vote was calm," said Olga Wren. Spokesman Tom Brandt relayed the sentiment '
        'of the government. "We congratulate the voters on a peaceful election."'
    )
    assert _speaker(text, "We congratulate the voters on a peaceful election.") == "Tom Brandt"


def test_a_new_sentence_reporting_its_own_clause_does_not_attribute_the_quote() -> None:
    text = (
        '"Our people need food," Governor Peter Anko said. "We cannot do this alone." '
        "Weather experts warn more rain is expected this week."
    )
    assert _speaker(text, "We cannot do this alone.") == "Peter Anko"
