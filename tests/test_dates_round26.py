"""A weekday before "the" and a day of the month, and a month after a possessive. Examples
written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates


def _read(text: str, reference: str = "2007-10-17") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract_dates(text, reference)]


def test_a_weekday_before_the_day_of_the_month_is_one_date() -> None:
    text = "The deal was announced on Tuesday the 16th of October 2007 in Austin."
    assert _read(text) == [("Tuesday the 16th of October 2007", "2007-10-16")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Before the party's June conference, the leader resigned.", [("June", "2007-06")]),
        ("In the run up to the city's May local elections, the mayor quit.", [("May", "2007-05")]),
        ("Acme's February issue will be its last.", [("February", "2008-02")]),
        ("Britain's May government fell.", []),
        ("The party's June was quiet.", []),
    ],
)
def test_a_month_after_a_possessive_before_a_noun(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _read(text) == found
