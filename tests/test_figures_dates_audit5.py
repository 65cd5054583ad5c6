"""Figures and dates of everyday news: a count after a weekday, a capitalised word or a
topic word, a whole number with a fraction, a time zone's offset, a number in quotation
marks, a currency symbol set off by two spaces; a time before a time zone and an amount
after "up to" that are not years, and a plan told with "was supposed to".

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_quantities

REF = "2025-03-05"  # a Wednesday

Case = tuple[str, "int | float | None", "str | None", "str | None"]

QUANTITY_CASES: list[tuple[str, list[Case]]] = [
    # a count right after a weekday, not the day of a month
    ("On Monday 12 people were hurt.", [("12 people", 12, None, "people")]),
    ("On Sunday two buses collided.", [("two buses", 2, None, "buses")]),
    # a count after a capitalised word when thousands are written with a comma
    ("The South sent the North 40,000 tons of rice.", [("40,000 tons", 40000, "t", None)]),
    ("Stretching 1,300 km, the road opened.", [("1,300 km", 1300, "km", None)]),
    # a span of time after a name
    ("The board gave Morales 30 days to reply.", [("30 days", 30, "day", None)]),
    # a topic word before the story's first count; a name with a number stays a name
    ("Peru Four miners were trapped. The Big Three automakers met.",
     [("Four miners", 4, None, "miners")]),
    ("The BBC One autumn show had Flight 447 pilots and Cuba 2,000 doctors.",
     [("2,000 doctors", 2000, None, "doctors")]),
    # a whole number and a fraction
    ("He was jailed for 3 1/2 years.", [("3 1/2 years", 3.5, "year", None)]),
    # a time zone's offset; a plus sign after a lower-case word is no time zone
    ("It starts at noon (GMT+2); fares rise by inflation+3%.", [("3%", 3, "%", None)]),
    # a number in quotation marks names something
    ("It is a “529” savings plan.", []),
    # a currency symbol set off by two spaces
    ("It costs R$  5.2 billion.", [("R$  5.2 billion", 5200000000, "BRL", None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_quantities(text: str, expected: list[Case]) -> None:
    got = [(q.text, q.value, q.unit, q.entity) for q in extract_quantities(text)]
    assert got == expected


def test_time_before_time_zone_is_no_year() -> None:
    assert extract_dates("The 1405 BST train left late.", REF) == ()


def test_up_to_a_count_is_no_year() -> None:
    text = "Up to 1500 pilgrims were stranded; output rose up to 2019 levels."
    assert [d.text for d in extract_dates(text, REF)] == ["2019"]
    got = [(q.text, q.value, q.qualifier) for q in extract_quantities(text)]
    assert got[0] == ("Up to 1500 pilgrims", 1500, "at_most")


DATE_CASES = [
    # a plan told with "was supposed to" that did not hold: the nearest such month
    ("The vote was supposed to be held in January, but was put off.", "2025-01"),
    ("The talks were meant to be held in November, but were moved.", "2024-11"),
]


@pytest.mark.parametrize(("text", "value"), DATE_CASES)
def test_dates(text: str, value: str) -> None:
    assert extract_dates(text, REF)[-1].value == value
