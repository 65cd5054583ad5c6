"""A weekday after "a" that modifies a noun is one day; an adjective of time far before a
date does not set its tense. Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates

REF = "2007-11-23"  # a Friday


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("Ann Lee told reporters at a Wednesday press conference that it was over.", "Wednesday", "2007-11-21"),
        ("A Tuesday morning gathering at the base bid farewell to the troops.", "Tuesday morning", "2007-11-20"),
        ("The news was disclosed in a Sunday posting to the staff blog.", "Sunday", "2007-11-18"),
    ],
)
def test_a_weekday_modifying_a_noun_is_a_date(text: str, found: str, value: str) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, REF)] == [(found, value)]


@pytest.mark.parametrize(
    "text",
    [
        "He was born on a Monday.",
        "It was a Monday like any other.",
        "Members resent having to sit on a Friday without question time.",
        "Every Monday night the club meets.",
    ],
)
def test_any_such_weekday_is_no_date(text: str) -> None:
    assert extract_dates(text, REF) == ()


def test_an_adjective_of_time_far_before_the_date_sets_no_tense() -> None:
    text = (
        "Acme announced the name of its forthcoming version of the office suite from its "
        "headquarters in Austin, Texas, Friday."
    )
    assert [d.value for d in extract_dates(text, "2005-07-26")] == ["2005-07-22"]


def test_an_adjective_of_time_next_to_the_date_still_does() -> None:
    text = "The upcoming vote on Friday will be close."
    assert [d.value for d in extract_dates(text, "2005-07-26")] == ["2005-07-29"]
