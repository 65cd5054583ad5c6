"""Figures of everyday news: a part counted against a whole ("71 of the 75 seats"), "one
fourth", "I for one", "a 4-million member union", a figure a name receives after a verb of
giving ("gives Brazil 19 points"), "up from $1.2 billion a year earlier" (a date, not a
rate) and a character escaped in a web address ("%2C").

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.reading import Figure, check_figures

# (text, value or (low, high), unit, entity, qualifier)
Case = Figure

CASES: list[tuple[str, list[Case]]] = [
    # a part of a counted whole counts what the whole counts
    ("The board approved 14 of the 20 projects.",
     [("14", 14, None, "projects", "exact"), ("20 projects", 20, None, "projects", "exact")]),
    ("Rebels hold six of the nine districts.",
     [("six", 6, None, "districts", "exact"), ("nine districts", 9, None, "districts", "exact")]),
    ("The alliance won 120 of 200 seats.",
     [("120", 120, None, "seats", "exact"), ("200 seats", 200, None, "seats", "exact")]),
    ("Some 40 of its 90 workers quit.",
     [("Some 40", 40, None, "workers", "approximately"),
      ("90 workers", 90, None, "workers", "exact")]),
    # (not a part larger than the whole)
    ("Police freed 50 of the 40 projects and 3 of the 8 projects.",
     [("50", 50, None, None, "exact"), ("40 projects", 40, None, "projects", "exact"),
      ("3", 3, None, "projects", "exact"), ("8 projects", 8, None, "projects", "exact")]),
    # "one fourth", "three fourths": fractions
    ("Roughly one fourth of the farms flooded.",
     [("Roughly one fourth of the farms", 0.25, None, "farms", "approximately")]),
    ("Three fourths of the voters stayed home.",
     [("Three fourths of the voters", 0.75, None, "voters", "exact")]),
    ("She won a fourth term on the Fourth of July, with a fourth of the vote.",
     [("a fourth of the vote", 0.25, None, "vote", "exact")]),
    # "I for one": an idiom
    ("I for one welcome the change, but they paid for one night.",
     [("one night", 1, None, "night", "exact")]),
    # a hyphened figure before a size word written apart
    ("The 4-million member union backed the plan.",
     [("4-million member", 4_000_000, None, "member", "exact")]),
    ("It fields a 2-million strong army.",
     [("2-million strong army", 2_000_000, None, "army", "exact")]),
    # a verb of giving, a name, then what the name receives
    ("The win gives Brazil 19 points.", [("19 points", 19, None, "points", "exact")]),
    ("The deal handed Acme 300 tonnes of steel.", [("300 tonnes", 300, "t", None, "exact")]),
    # "a year earlier" after money is a date, not a rate
    ("Rice costs $2 a day; exports earned $1.4 billion, up from $1.2 billion a year earlier.",
     [("$2 a day", 2, "USD", "day", "exact"),
      ("$1.4 billion", 1_400_000_000, "USD", None, "exact"),
      ("$1.2 billion", 1_200_000_000, "USD", None, "exact")]),
    # "%2C" in a web address
    ("See [http://example.org/wiki/Paris%2C_France the page].", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[Case]) -> None:
    check_figures(text, expected)
