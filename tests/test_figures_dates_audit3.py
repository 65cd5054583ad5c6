"""Figures and dates of everyday news: sizes written as modifiers, counts of times, the
two ends of a range of days, a day dated by "this year" or "last year".

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_quantities, summarize

REF = "2025-03-05"  # a Wednesday

QUANTITY_CASES = [
    # a size written as a modifier counts the noun joined to it
    ("A seven-man crew sailed: no one-man show, nor a three-time winner.",
     [("seven-man", 7, None, "man")]),
    ("The 27-member bloc met in a 40-page session.",
     [("27-member", 27, None, "member"), ("40-page", 40, None, "page")]),
    ("Ontario's 107-seat legislature voted.", [("107-seat", 107, None, "seat")]),
    ("A 460-strong battalion arrived.", [("460-strong battalion", 460, None, "battalion")]),
    # how many times something happened
    ("He was re-elected three times and the clip was viewed 70,000 times.",
     [("three times", 3, None, "times"), ("70,000 times", 70000, None, "times")]),
    # a time of day is no figure
    ("At 12 noon the ship left, and by 12 midnight it was gone.", []),
    # the currency code says which dollar
    ("The campaign cost AUD $600,000 and CAD $40 million.",
     [("AUD $600,000", 600000, "AUD", None), ("CAD $40 million", 40000000, "CAD", None)]),
    # an age set off after a name by "then"
    ("At the funeral, Laura Mendes, then 28, spoke.", [("28", 28, "year", None)]),
    # a verb ends the counted noun phrase
    ("One bullet hit his arm.", [("One bullet", 1, None, "bullet")]),
    ("It deplores the arrest of 15 sailors and underlines its support.",
     [("15 sailors", 15, None, "sailors")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_quantities(text: str, expected: list[tuple[str, int, str | None, str | None]]) -> None:
    got = [(q.text, q.value, q.unit, q.entity) for q in extract_quantities(text)]
    assert got == expected


DATE_CASES = [
    # both ends of a range of days
    ("The festival ran 15-17 July.", [("15", "2024-07-15", "from"), ("17 July", "2024-07-17", "to")]),
    ("Talks were held on 3–5 March 2010.",
     [("3", "2010-03-03", "from"), ("5 March 2010", "2010-03-05", "to")]),
    ("The summit ran July 20-21, 2009 in Rome.",
     [("July 20", "2009-07-20", "from"), ("21, 2009", "2009-07-21", "to")]),
    ("The fair ran December 13 - 18.",
     [("December 13", "2024-12-13", "from"), ("18", "2024-12-18", "to")]),
    ("Votes were cast on 19 and 20 February.",
     [("19", "2025-02-19", None), ("20 February", "2025-02-20", None)]),
    # a day followed by a number of people is no range
    ("The fair ran 5-6 July; on February 3 and 4 people were hurt.",
     [("5", "2024-07-05", "from"), ("6 July", "2024-07-06", "to"),
      ("February 3", "2025-02-03", "on")]),
    # a day dated by "this year", "last year", "next year"
    ("The law took effect on January 25 of this year.", [("January 25 of this year", "2025-01-25", "on")]),
    ("The body was found on February 16 last year.", [("February 16 last year", "2024-02-16", "on")]),
    ("Elections are due on October 10 this year.", [("October 10 this year", "2025-10-10", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_dates(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(d.text, d.value, d.relation) for d in extract_dates(text, REF)]
    assert got == expected


def test_range_of_days_is_not_a_quantity() -> None:
    s = summarize("Talks were held on 3–5 March 2010 in Oslo.", published=REF)
    assert [q.text for q in s.quantities] == []
    assert [d.value for d in s.dates] == ["2010-03-03", "2010-03-05"]


def test_twin_of_a_dated_day_keeps_this_year() -> None:
    text = "The attack came on September 11, 2001. On September 11 of this year, crowds met."
    assert [d.value for d in extract_dates(text, REF)] == ["2001-09-11", "2025-09-11"]
