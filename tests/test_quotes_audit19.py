"""Reported speech: a new subject's verb closing a reported clause, the one named
before "and other officials", "found" before a place, plural sources followed by "on",
irregular verbs before a colon, and "they" after "the team"."""

from __future__ import annotations

from tests.reading import quote_triples as _quotes


def test_reported_clause_stops_before_a_new_subject_that_expects() -> None:
    text = (
        "The mayor said the bridge would reopen in May, and officials expect traffic to "
        "return to normal by June."
    )
    assert _quotes(text) == [("the bridge would reopen in May", "mayor", "said")]


def test_reported_clause_stops_before_a_second_source_stating() -> None:
    text = "Organisers stated 3,000 people marched, and police stated that 900 came."
    assert _quotes(text) == [
        ("3,000 people marched", "Organisers", "stated"),
        ("900 came", "police", "stated"),
    ]


def test_the_one_named_before_and_other_officials_speaks() -> None:
    text = "Ann Lee and other officials have told reporters that the plant will close."
    assert _quotes(text) == [("the plant will close", "Ann Lee", "told")]


def test_found_before_a_place_reports_nothing() -> None:
    text = "Police said a letter found inside the house referred to the missing money."
    assert _quotes(text) == [
        ("a letter found inside the house referred to the missing money", "Police", "said")
    ]


def test_plural_source_with_on_phrase_speaks() -> None:
    text = "Witnesses on scene claim that the gunmen fled in a white truck."
    assert _quotes(text) == [("the gunmen fled in a white truck", "Witnesses", "claim")]


def test_press_releases_report() -> None:
    text = "Military press releases reported that twelve soldiers were wounded."
    assert _quotes(text) == [
        ("twelve soldiers were wounded", "Military press releases", "reported")
    ]


def test_gave_an_account_before_a_colon() -> None:
    text = (
        'A survivor gave the following account of the attack: "They came at night and '
        'burned every house in the village."'
    )
    assert [(c, s) for c, s, _ in _quotes(text)] == [
        ("They came at night and burned every house in the village.", "survivor")
    ]


def test_they_after_the_team_is_the_group_that_spoke_before() -> None:
    text = (
        "Researchers from the University of Hull watched 51 birds in Lake Ossa Forest "
        "Reserve for eight months. They found that sick birds ate some bark.\n\n"
        "The team later tested the plants in a laboratory. Almost 90 percent of the "
        "extracts stopped bacteria, they reported in a journal on Thursday."
    )
    quotes = _quotes(text)
    assert quotes[-1][1:] == ("Researchers", "reported")


def test_delivered_remarks_is_a_noun() -> None:
    text = (
        "Ann Lee will host a dinner the evening before in Washington, D.C. , where "
        "President Kim Soo will deliver remarks. The talks open on Monday."
    )
    assert _quotes(text) == []

