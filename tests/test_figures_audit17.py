"""Figures of everyday news: a bare difference ("two more than Rovers") and a part
("two of which") counting what the figure before them counts, a part of a whole owned by
a name ("three of Peru's 25 regions"), "of" inside a name before the counted noun
("two Bank of Ireland economists"), a level written "zero", the pronoun "one" before an
adjective ("one full of hope") and a measure spelt out after a word left before a
sentence.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.reading import Figure, check_figures

# (text, value or (low, high), unit, entity, qualifier)
Case = Figure

CASES: list[tuple[str, list[Case]]] = [
    # a bare difference counts what the main figure before it in the sentence counts
    ("The club has nine points from four games, two more than Rovers.",
     [("nine points", 9, None, "points", "exact"),
      ("four games", 4, None, "games", "exact"),
      ("two", 2, None, "points", "exact")]),
    ("Sales rose 6 percent, three more than analysts expected.",
     [("6 percent", 6, "%", None, "exact"),
      ("three", 3, "%", None, "exact")]),
    # (not across a sentence)
    ("They have 12 points, two more than Rovers. Two more than that would be enough.",
     [("12 points", 12, None, "points", "exact"),
      ("two", 2, None, "points", "exact"),
      ("Two", 2, None, None, "exact")]),
    # a part of the figure just before
    ("Police seized 40 trucks, six of which carried arms.",
     [("40 trucks", 40, None, "trucks", "exact"),
      ("six", 6, None, "trucks", "exact")]),
    # (a part is no larger than the whole)
    ("He owns 3 farms, 5 of which were sold, and 9 boats, two of which sank.",
     [("3 farms", 3, None, "farms", "exact"),
      ("5", 5, None, None, "exact"),
      ("9 boats", 9, None, "boats", "exact"),
      ("two", 2, None, "boats", "exact")]),
    # a part of a whole owned by a name
    ("Rebels hold three of Peru's 25 regions.",
     [("three", 3, None, "regions", "exact"),
      ("25 regions", 25, None, "regions", "exact")]),
    ("Two of Spain's largest banks will merge.",
     [("Two of Spain's largest banks", 2, None, "largest banks", "exact")]),
    # "of" inside a name before the counted noun
    ("Police said two Bank of Ireland economists were questioned.",
     [("two Bank of Ireland economists", 2, None, "Bank of Ireland economists", "exact")]),
    ("Three more University of Lagos students were freed.",
     [("Three more University of Lagos students", 3, None,
       "University of Lagos students", "exact")]),
    # a level written "zero" counts nothing
    ("The bank has kept its main rate near zero since 2019.", []),
    ("Exports to the region fell to zero last year.", []),
    ("There were zero arrests, and the risk stayed near zero.",
     [("zero arrests", 0, None, "arrests", "exact")]),
    # the pronoun "one" before an adjective taking "of"
    ("The mood in the town is one full of hope.", []),
    ("The talks took one full day, in a mood that was one full of hope.",
     [("one full day", 1, "day", None, "exact")]),
    # a measure spelt out after a word left before a sentence
    ("Chile Forty square kilometres of forest burned.",
     [("Forty square kilometres", 40, "km2", None, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[Case]) -> None:
    check_figures(text, expected)
