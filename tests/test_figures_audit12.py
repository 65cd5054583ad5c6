"""Figures of everyday news: "half the budget" (a fraction with a determiner and no "of"),
"three-and-a-half years" written with hyphens, "a two-thirds majority", an age bound ("65 or
older", "18 and younger"), an age set off after a name's parenthesis ("Lee (born Ann Kim),
77,"), an ISO code written against the number ("AUD1 million"), a number after a weekday
that closes a sentence ("on Sunday. 51% of"), and a capitalised number word inside a name
in mid-sentence ("the new Seven Wonders").

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_quantities

Case = tuple[str, "int | float | None", "str | None", "str | None", str]

CASES: list[tuple[str, list[Case]]] = [
    # "half" with a determiner: the noun it takes a part of
    ("Farmers lost nearly half the harvest.",
     [("nearly half the harvest", 0.5, None, "harvest", "less_than")]),
    ("The firm sold half its shares on Monday.",
     [("half its shares", 0.5, None, "shares", "exact")]),
    ("The bloc accounts for around half the world's trade.",
     [("around half the world's trade", 0.5, None, "world's trade", "approximately")]),
    # still nothing after an ordinal
    ("In the second half the visitors scored half the goals.",
     [("half the goals", 0.5, None, "goals", "exact")]),
    # hyphens between the words of "and a half"
    ("He was jailed for three-and-a-half years.",
     [("three-and-a-half years", 3.5, "year", None, "exact")]),
    ("The five-and-a-half-hour flight landed.",
     [("five-and-a-half-hour", 5.5, "hour", None, "exact")]),
    # a fraction before "majority"
    ("The change needs a two-thirds majority in parliament.",
     [("two-thirds majority", 2 / 3, None, "majority", "exact")]),
    ("She won a third majority, and a three-quarters majority backed her.",
     [("three-quarters majority", 0.75, None, "majority", "exact")]),
    # an age bound after a bare number
    ("A quarter of residents are 65 or older.",
     [("A quarter of residents", 0.25, None, "residents", "exact"),
      ("65 or older", 65, "year", None, "at_least")]),
    ("Children aged 12 and younger ride free.",
     [("aged 12 and younger", 12, "year", None, "at_most")]),
    # an age after the parenthesis that follows a name
    ("The singer Ann Lee (born Ann Kim), 77, died on Sunday.",
     [("77", 77, "year", None, "exact")]),
    # a number word in capitals in mid-sentence before a capital: a name
    ("The bridge joined the new Seven Wonders list.", []),
    ("Rides closed at Six Flags parks.", []),
    # an ISO code written against the number, in capitals
    ("The centre costs AUD1 million a month and the fee CHF3.5m.",
     [("AUD1 million a month", 1000000, "AUD", "month", "exact"),
      ("CHF3.5m", 3500000, "CHF", None, "exact")]),
    # a weekday in full closing a sentence is no date of the number after it
    ("The run-off is on Sunday. 51% of voters back her.",
     [("51%", 51, "%", None, "exact")]),
    # at the start of a sentence it still counts
    ("The vote was close, with the Three Amigos absent. Two Republicans stayed away.",
     [("Two Republicans", 2, None, "Republicans", "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[Case]) -> None:
    got = [
        (q.text, q.value, q.unit, q.entity, q.qualifier) for q in extract_quantities(text)
    ]
    assert len(got) == len(expected), got
    for (t, v, u, e, ql), (gt, gv, gu, ge, gq) in zip(expected, got, strict=True):
        assert (gt, gu, ge, gq) == (t, u, e, ql)
        assert gv == pytest.approx(v)
