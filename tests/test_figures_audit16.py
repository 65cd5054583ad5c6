"""Figures of everyday news: a share written as a part of a whole ("one in five adults"),
a size word before its noun ("a 10-point lead", "the 15 member council"), a time of day
written with a point ("9.40 this morning"), "20 years hence", list labels run into the
text ("... the minister. 2. On Friday"), a verb read as the noun a number counts ("and
sends them", "reports the agency", "finds the") and currency signs written as markup
entities ("&euro;").

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.reading import Figure, check_figures

# (text, value or (low, high), unit, entity, qualifier)
Case = Figure

CASES: list[tuple[str, list[Case]]] = [
    # a share of a whole: the part over the whole, counting the noun after it
    ("One in five adults in the region smokes.",
     [("One in five adults", 0.2, None, "adults", "exact")]),
    ("Officials say nine in 10 voters backed the plan.",
     [("nine in 10 voters", 0.9, None, "voters", "exact")]),
    ("About one in three children there is underweight.",
     [("About one in three children", 1 / 3, None, "children", "approximately")]),
    ("The risk is one in 10, and nearly six out of every ten homes were hit.",
     [("one in 10", 0.1, None, None, "exact"),
      ("nearly six out of every ten homes", 0.6, None, "homes", "less_than")]),
    ("The odds of winning were one in 1,000, or 1 in 45 million for the jackpot.",
     [("one in 1,000", 0.001, None, None, "exact"),
      ("1 in 45 million", 1 / 45_000_000, None, None, "exact")]),
    # (not a number in a unit of time, a year or a larger part)
    ("One in four fans left; he scored 2 in 10 minutes and won 3 in 2019; 9 in 4 games.",
     [("One in four fans", 0.25, None, "fans", "exact"),
      ("2", 2, None, None, "exact"), ("10 minutes", 10, "minute", None, "exact"),
      ("3", 3, None, None, "exact"), ("9", 9, None, None, "exact"),
      ("4 games", 4, None, "games", "exact")]),
    # a size word joined to the number, or written apart before a singular noun
    ("The opposition now holds a 10-point lead and a nine-point plan.",
     [("10-point", 10, None, "point", "exact"), ("nine-point", 9, None, "point", "exact")]),
    ("The 15 member council met in a 200 bed hospital.",
     [("15 member", 15, None, "member", "exact"), ("200 bed", 200, None, "bed", "exact")]),
    # (a plural after the size word is the noun counted)
    ("The 27 member states fell short of the 500 seat requirement.",
     [("27 member states", 27, None, "member states", "exact"),
      ("500 seat", 500, None, "seat", "exact")]),
    # a time of day written with a point
    ("Police were called at around 9.40 this morning; the ferry leaves at 7.15 tonight "
     "and shares rose 4.25 in trading.",
     [("4.25", 4.25, None, None, "exact")]),
    # a span counted forward from now is a date
    ("The deal will be remembered 20 years hence.", []),
    # list labels run into the text after a sentence
    ("The statement listed the attacks. 1. On Friday a bomb exploded. 2. The second was "
     "near a school where 4 people died.",
     [("4 people", 4, None, "people", "exact")]),
    # a verb is not the noun a number counts
    # (a coordinated plural noun stays)
    ("He should call up another 20,000 soldiers and sends them abroad, while police seized "
     "30 rifles and grenades the gang had hidden.",
     [("20,000 soldiers", 20000, None, "soldiers", "exact"),
      ("30 rifles and grenades", 30, None, "rifles and grenades", "exact")]),
    ("The blast left at least 19 dead reports the agency.",
     [("at least 19 dead", 19, None, "dead", "at_least")]),
    ("A survey of Ruritanians between 18 and 25 finds the economy matters most.",
     [("between 18 and 25", (18, 25), None, None, "range")]),
    ("One in four Ruritanians lives on less than $2 a day.",
     [("One in four Ruritanians", 0.25, None, "Ruritanians", "exact"),
      ("less than $2 a day", 2, "USD", "day", "less_than")]),
    # currency signs left as markup entities
    ("The fund asks for &pound; 382 million (&euro;484 million).",
     [("&pound; 382 million", 382_000_000, "GBP", None, "exact"),
      ("&euro;484 million", 484_000_000, "EUR", None, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[Case]) -> None:
    check_figures(text, expected)
