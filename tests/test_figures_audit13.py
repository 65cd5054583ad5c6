"""Figures of everyday news: "over two years" after a figure or a verb of spreading (the
span, not a bound), an age range after "between the ages of", "more than the 233 needed",
"head of cattle", "a mother-of-three", a bare "$" in an article that names one other dollar,
"continuous" between a number and its unit, the second day of "December 21 and 22", a
vague count that stops before a new number, "two thirds support", numbers listed after a
plural label ("Resolutions 242, 338 and 397"), and a nationality in "-ese" after a number.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.reading import Figure, check_figures

# (text, value or (low, high), unit, entity, qualifier)
Case = Figure

CASES: list[tuple[str, list[Case]]] = [
    # "over" after a figure or a verb of spreading: the span of time
    ("The deal raises pay by 12 percent over two years.",
     [("12 percent", 12, "%", None, "exact"), ("two years", 2, "year", None, "exact")]),
    ("The loan will be repaid over 30 years.",
     [("30 years", 30, "year", None, "exact")]),
    ("The city will spend $80 million over five years.",
     [("$80 million", 80_000_000, "USD", None, "exact"),
      ("five years", 5, "year", None, "exact")]),
    # elsewhere still a bound
    ("He lived there for over 30 years and paid it off over 10 years.",
     [("over 30 years", 30, "year", None, "more_than"), ("10 years", 10, "year", None, "exact")]),
    ("Over 100 people came and costs rose over two years.",
     [("Over 100 people", 100, None, "people", "more_than"),
      ("two years", 2, "year", None, "exact")]),
    # an age range
    ("Children between the ages of 12 and 15 may apply.",
     [("between the ages of 12 and 15", (12, 15), "year", None, "range")]),
    ("Girls aged between 10 and 14 took part.",
     [("aged between 10 and 14", (10, 14), "year", None, "range")]),
    # a count after "the" that a participle follows
    ("The bill won 240 votes, more than the 233 needed.",
     [("240 votes", 240, None, "votes", "exact"), ("233", 233, None, None, "exact")]),
    # "head of" a kind of animal
    ("Farmers lost 1,500 head of cattle.",
     [("1,500 head of cattle", 1500, None, "head of cattle", "exact")]),
    # "a mother of three", hyphenated or not: three (children)
    ("Ms Cole, a mother-of-three, and Mr Li, a father of two, spoke first.",
     [("three", 3, None, None, "exact"), ("two", 2, None, None, "exact")]),
    # a bare "$" in an article that names another dollar, and never the US one
    ("A donor gave AU$1 million. The party raised about $6 million.",
     [("AU$1 million", 1_000_000, "AUD", None, "exact"),
      ("about $6 million", 6_000_000, "AUD", None, "approximately")]),
    # "A" opening a sentence before "$" is the article, not the Australian dollar
    ("A $5 toll starts today; tolls will raise $150 million.",
     [("$5", 5, "USD", None, "exact"), ("$150 million", 150_000_000, "USD", None, "exact")]),
    # a modifier between the number and its unit
    ("Guards were awake for 72 continuous hours.",
     [("72 continuous hours", 72, "hour", None, "exact")]),
    # the second day of a date
    ("During December 21 and 22 a storm hit the coast.", []),
    # a vague count stops before a new number
    ("Hundreds of Kurds occupied six plots of land.",
     [("Hundreds of Kurds", 200, None, "Kurds", "at_least"),
      ("six plots", 6, None, "plots", "exact")]),
    # a fraction before "support" or "vote", with or without a hyphen
    ("The plan failed to win the two thirds support it needed.",
     [("two thirds support", 2 / 3, None, "support", "exact")]),
    # numbers listed after a plural label, the first of them like a year
    ("Iraq was in breach of Resolutions 1441, 678 and 687, he said.", []),
    ("The council cited Resolutions 242, 338 and 397.", []),
    # a nationality in "-ese" counts people
    ("Police held 30 Syrians and 12 Lebanese overnight.",
     [("30 Syrians", 30, None, "Syrians", "exact"),
      ("12 Lebanese", 12, None, "Lebanese", "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[Case]) -> None:
    check_figures(text, expected)
