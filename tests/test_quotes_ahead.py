"""``Ahead`` answers forward searches exactly as the pattern's own ``search`` does."""

from __future__ import annotations

import random

import pytest
import regex

from newsstruct._ahead import Ahead
from newsstruct._quote_patterns import CLAUSE_END, CUT

_PIECES = [
    "a",
    "b",
    " ",
    ",",
    " and ",
    " that ",
    "-",
    "--",
    ";",
    ": ",
    "\n",
    " while ",
    " but ",
    ", according ",
    ", going ",
    "was ",
    " and said ",
    ", with ",
    " in case ",
]


@pytest.mark.parametrize("budget", [0, 30, None], ids=["located", "mixed", "default"])
@pytest.mark.parametrize("pattern", [CLAUSE_END, CUT], ids=["clause_end", "cut"])
def test_same_as_search(pattern: regex.Pattern[str], budget: int | None) -> None:
    rng = random.Random(7)
    for _ in range(1500):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        ahead = Ahead(pattern, text, budget=budget)
        for _ in range(10):
            pos = rng.randint(0, len(text))
            endpos = rng.randint(pos, len(text))
            want = pattern.search(text, pos, endpos)
            got = ahead.search(pos, endpos)
            assert (want is None) == (got is None), (text, pos, endpos)
            if want is not None and got is not None:
                assert want.span() == got.span()


def test_limit_cuts_a_match_short() -> None:
    ahead = Ahead(CLAUSE_END, "x while y", budget=0)
    assert ahead.search(0, 9) is not None
    assert ahead.search(0, 5) is None
    assert ahead.starts == [1]
