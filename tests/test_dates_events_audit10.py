"""Dates and dated events: a date after "since" counted back from, a four-digit time of day
after "at", the agent after a label that opens a text, of a range that opens a sentence,
and of a relative clause about a thing, on short reports written for this file."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_events

REF = "2024-05-08"  # a Wednesday


def _values(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, REF)}


def _agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in extract_events(text, REF)}


def test_since_date_is_no_anchor_for_earlier() -> None:
    text = (
        "Exports rose 12 percent in the year to April. The agency has doubled its "
        "inspections since 2019. Sales reached 40,000 tonnes, up from 31,000 tonnes a year "
        "earlier."
    )
    assert _values(text)["a year earlier"] == "2023"


def test_time_of_day_after_at_is_no_year() -> None:
    text = "The storm hit the port on May 3. Ferries stopped at 1100 the next day."
    values = _values(text)
    assert "1100" not in values
    assert values["the next day"] == "2024-05-04"


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        (
            "Peru On Monday, Ana Rojas opened the new bridge over the river.",
            "Monday",
            ("Ana Rojas",),
        ),
        (
            "Chile Sunday night, Pablo Soto of the Green Party won the mayoral vote.",
            "Sunday night",
            ("Pablo Soto of the Green Party",),
        ),
    ],
)
def test_label_that_opens_the_text(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        ("From 3 - 5 May it rained. From 7 - 9 May it snowed.", "5 May", ()),
        (
            "Between March 3 and March 5, Ana Rojas toured the northern provinces.",
            "March 5",
            ("Ana Rojas",),
        ),
        (
            "Between March 3 and March 5, Ana Rojas toured the northern provinces.",
            "March 3",
            ("Ana Rojas",),
        ),
    ],
)
def test_range_that_opens_the_sentence(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        (
            "The fishing accord, which expires in October, was signed by Norway.",
            "October",
            (),
        ),
        (
            "Kestrel Corp bought Minda Labs, which took place in 1998.",
            "1998",
            (),
        ),
    ],
)
def test_relative_clause_about_a_thing(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents
