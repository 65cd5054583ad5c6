"""Figures and dates of everyday news: a count after a name, a weekday, a capitalised word,
a topic word or a sentence's end, one of a nationality, words joined by a slash, decimal
commas, units written in full, a whole number with a fraction, a year before a figure, an
age after "he was"; a time zone's offset, a number in quotation marks, a time before a time
zone and an amount after "up to" that are not years; and the tense of "believed to be",
"said to have", "is on", "have continued", "was scheduled" and "was supposed to".

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_quantities

REF = "2025-03-05"  # a Wednesday

Case = tuple[str, "int | float | None", "str | None", "str | None"]

QUANTITY_CASES: list[tuple[str, list[Case]]] = [
    # a number in words after a name still counts the noun after it
    ("The mayor handed Ortiz two keys.", [("two keys", 2, None, "keys")]),
    ("He cited the Harbour Report four times.", [("four times", 4, None, "times")]),
    ("World War Two veterans marched.", []),
    # a label ending a sentence does not label the next sentence's number
    ("They passed the amendment. Two hundred members voted.",
     [("Two hundred members", 200, None, "members")]),
    # one of a nationality: the noun the adjective describes
    ("The blast killed one Kenyan soldier and one Nepali guard.",
     [("one Kenyan soldier", 1, None, "Kenyan soldier"),
      ("one Nepali guard", 1, None, "Nepali guard")]),
    ("Then one Chilean border official said no.",
     [("one Chilean border official", 1, None, "Chilean border official")]),
    ("It left one Dutchman hurt.", []),
    # two words joined by a slash are one word of the noun phrase
    ("Clinics treated 14 HIV/AIDS patients.", [("14 HIV/AIDS patients", 14, None, "HIV/AIDS patients")]),
    # a decimal comma in a percentage
    ("The party won 41,3% of the vote; turnout was 1,234 voters.",
     [("41,3%", 41.3, "%", None), ("1,234 voters", 1234, None, "voters")]),
    # units written in full, and the Canadian dollar written CAN$
    ("It was 38 degrees Celsius, or 100 degrees Fahrenheit.",
     [("38 degrees Celsius", 38, "°C", None), ("100 degrees Fahrenheit", 100, "°F", None)]),
    ("Dams released 40 megalitres; tickets cost CAN$25.",
     [("40 megalitres", 40, "ML", None), ("CAN$25", 25, "CAD", None)]),
    # a year, then the figure it reaches: no range
    ("Spending will rise in 2026 to 12.5 billion rupees.",
     [("12.5 billion rupees", 12500000000, "INR", None)]),
    # "-strong" and the noun phrase it sizes
    ("A 2,000-strong police force stood by.",
     [("2,000-strong police force", 2000, None, "police force")]),
    ("They faced the 30,000-strong U.N. forces.",
     [("30,000-strong U.N. forces", 30000, None, "U.N. forces")]),
    # an age told with "he was"
    ("The former mayor died on Sunday. He was 91.", [("91", 91, "year", None)]),
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


DATE_CASES = [
    # "were believed to be" and "said to have": the act is past
    ("The two men were believed to be taken hostage on February 20.", "2025-02-20"),
    ("The ship is said to have left port on Monday.", "2025-03-03"),
    # the plan stays ahead
    ("A report is said to be ready in June.", "2025-06"),
    ("The council is expected to have a vote on Friday.", "2025-03-07"),
    # "is on": the nearest day
    ("The first round was held March 1; the runoff is on March 30.", "2025-03-30"),
    # "have continued through": the past, not a deadline
    ("Strikes have continued through Monday.", "2025-03-03"),
    ("The firm has until Friday to reply.", "2025-03-07"),
    # a plan told in the past: the nearest such day before
    ("The hearing had been scheduled to start on February 20 but was delayed.", "2025-02-20"),
    ("She was due to speak on Tuesday, but fell ill.", "2025-03-04"),
    # a plan told in the past, with nothing changed, stays ahead
    ("The 2026 fair had been scheduled for January 12.", "2026-01-12"),
    # a plan told with "was supposed to" that did not hold: the nearest such month
    ("The vote was supposed to be held in January, but was put off.", "2025-01"),
    ("The talks were meant to be held in November, but were moved.", "2024-11"),
]


@pytest.mark.parametrize(("text", "value"), DATE_CASES)
def test_dates(text: str, value: str) -> None:
    assert extract_dates(text, REF)[-1].value == value


def test_time_before_time_zone_is_no_year() -> None:
    assert extract_dates("The 1405 BST train left late.", REF) == ()


def test_up_to_a_count_is_no_year() -> None:
    text = "Up to 1500 pilgrims were stranded; output rose up to 2019 levels."
    assert [d.text for d in extract_dates(text, REF)] == ["2019"]
    got = [(q.text, q.value, q.qualifier) for q in extract_quantities(text)]
    assert got[0] == ("Up to 1500 pilgrims", 1500, "at_most")
