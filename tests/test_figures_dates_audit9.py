"""Figures and dates of everyday news: ages written "14-year-olds", "the age of 10" and "I was
8"; a count after a name in capitals ("two US soldiers") or after a name's possessive
("Quebec's 75 seats"); "3 and a half", "two and half" and "five and a half billion"; a
margin written "+/-"; list labels after a colon; "about one of the" (a preposition, not a
qualifier); currencies written in full; and the years of "below 1990 levels" and of "In
2004, people ...", "forty years ago", "this past Friday", "Sunday school" and the possessive
of a person whose surname is a month's name.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_quantities

REF = "2025-03-07"  # a Friday

Case = tuple[str, "int | float | None", "str | None", "str | None", str]

QUANTITY_CASES: list[tuple[str, list[Case]]] = [
    # ages of a group: "N-year-olds", "N year olds"
    ("Tests for 14-year-olds will end.", [("14-year-olds", 14, "year", None, "age")]),
    ("Tests for seven and eleven year olds stay.",
     [("seven", 7, "year", None, "age"), ("eleven year olds", 11, "year", None, "age")]),
    # "the age of" after any word, and "I was" before a bare number
    ("She raised him from the age of 10.", [("the age of 10", 10, "year", None, "age")]),
    ('"I was 8," he said.', [("8", 8, "year", None, "age")]),
    # a name in capitals inside the counted noun phrase
    ("Two US soldiers were wounded.", [("Two US soldiers", 2, None, "US soldiers", "count")]),
    # a name's possessive before a count: its owner, not a label
    ("The party hopes to win Quebec's 75 seats.", [("75 seats", 75, None, "seats", "count")]),
    ("Britain's 650 MPs voted.", [("650 MPs", 650, None, "MPs", "count")]),
    # halves after digits and after "and" with no article; a scale after the half
    ("The drive took 3 and a half hours.", [("3 and a half hours", 3.5, "hour", None, "duration")]),
    ("He spent two and half years in office.",
     [("two and half years", 2.5, "year", None, "duration")]),
    ("A crowd of five and a half million people watched.",
     [("five and a half million people", 5_500_000, None, "people", "count")]),
    # plus or minus
    ("The margin of error was +/-3.1%.", [("3.1%", 3.1, "%", None, "percent")]),
    # currencies written in full
    ("It will spend 2.5 billion Kenyan shillings.",
     [("2.5 billion Kenyan shillings", 2_500_000_000, "KES", None, "money")]),
    ("The fine was 40 cedis.", [("40 cedis", 40, "GHS", None, "money")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_quantities(text: str, expected: list[Case]) -> None:
    got = [(q.text, q.value, q.unit, q.entity, q.kind) for q in extract_quantities(text)]
    assert got == [
        (span, value if value is None else pytest.approx(value), unit, entity, kind)
        for span, value, unit, entity, kind in expected
    ]


NOT_QUANTITIES = [
    # list labels after a colon
    "The issues: 1. Taxes matter.",
    "Asked about topics : 2. '''Health''' came first.",
    # a year before a measure it dates
    "Emissions must fall 20% below 1990 levels.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert [q.text for q in extract_quantities(text) if q.unit != "%"] == []


def test_about_one_of_the() -> None:
    """ "about" before "one of the" is a preposition; "at least" is still a qualifier."""
    text = "He spoke about one of the attacks, in which at least one of the bombers died."
    got = [(q.text, q.qualifier) for q in extract_quantities(text)]
    assert got == [("at least one", "at_least")]


DATE_CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a comma after a year: no count follows it
    ("In 2004, people started to leave.", [("2004", "2004")]),
    # tens in words
    ("Forty years ago, he moved to the city.", [("Forty years ago", "1985")]),
    # "this past" and "this coming" before a weekday
    ("This past Friday the court ruled.", [("This past Friday", "2025-02-28")]),
    ("The vote is this coming Monday.", [("this coming Monday", "2025-03-10")]),
    # a year before a measure it dates
    ("Emissions must fall 20% below 1990 levels.", [("1990", "1990")]),
    # a weekday in a compound noun
    ("She teaches Sunday school.", []),
    # the possessive of a person the text names with a month's name
    ("Prime Minister Jane May spoke. Rivals were opposed to May's plan.", []),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, REF)] == expected


def test_month_possessive_without_a_namesake() -> None:
    """With no "Jane May" in the text, "May's" is the month's."""
    named = "Jane May spoke. Rivals were opposed to May's plan."
    plain = "Rivals were opposed to May's plan."
    assert [d.text for d in extract_dates(named, REF)] == []
    assert [(d.text, d.value) for d in extract_dates(plain, REF)] == [("May", "2024-05")]
