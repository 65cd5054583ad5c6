"""The short paths of the actors and of the subjects agree with the plain rules they stand
for."""

from __future__ import annotations

import bisect
import random
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._actors import (
    _AFTER_STOP,
    _ANIMAL_WORDS,
    _after_stop,
    _animal_token,
    _bounds,
    _covers,
    _defines,
    _spelling,
)
from newsstruct._subjects import _LAST_CONJUNCT, _last_conjunct

_PIECES = [
    " ",
    "  ",
    "   ",
    ".",
    "!",
    "?",
    ",",
    "\n",
    "\t",
    "\u00a0",
    "\u2003",
    "\x1c",
    "and",
    " and ",
    "dog",
    "cat",
    "horse,",
    "hot-dog",
    "cats",
    "the",
    "plan",
    "Ann",
    "Lee",
    "Acme",
    "Mr.",
    "Dr",
    ";",
    '"',
    "(",
    ")",
    "\u00e9t\u00e9",
    "\u00c9mile",
    "q",
]

_texts = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def _animal_reference(text: str) -> bool:
    """The plain rule: a run of characters between whitespace is an animal's noun."""
    return not _ANIMAL_WORDS.isdisjoint(re.findall(r"\S+", text))


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 3))
def test_animal_token_reads_as_the_token_list(text: str, copies: int) -> None:
    # long texts too, which are read a piece at a time
    long = (text + " ") * (copies * 400) + text
    assert _animal_token(text) == _animal_reference(text)
    assert _animal_token(long) == _animal_reference(long)


def test_animal_token_examples() -> None:
    assert _animal_token("the dog, named Otto, barked")
    assert _animal_token("a\u00a0cat\tsat")
    assert not _animal_token("a hot-dog stand, and dogs")
    assert not _animal_token("")
    assert _animal_token("x " * 5000 + "horse")


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_after_stop_reads_as_the_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        full = _AFTER_STOP.search(text, max(0, start - 40), start) is not None
        assert _after_stop(text, start) == full, (text, start)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_last_conjunct_reads_as_the_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        full = _LAST_CONJUNCT.search(text, max(0, start - 80), start) is not None
        assert _last_conjunct(text, start) == full, (text, start)


def test_last_conjunct_examples() -> None:
    text = "Ann Lee and Tom Ray approve of the plan."
    assert _last_conjunct(text, text.index("Tom"))
    assert not _last_conjunct(text, text.index("Ann"))


def _covers_reference(spans: list[tuple[int, int]], offset: int) -> bool:
    """The plain rule: the last pair that starts at or before ``offset`` covers it."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=8))
def test_covers_reads_as_the_pairs(raw: list[tuple[int, int]]) -> None:
    spans = sorted((start, start + length) for start, length in raw)
    bounds = _bounds(spans)
    for offset in range(-1, 55):
        assert _covers(bounds, offset) == _covers_reference(spans, offset)


def _spelling_reference(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_spelling_reads_as_the_decomposition(name: str) -> None:
    assert _spelling(name) == _spelling_reference(name)


def test_spelling_examples() -> None:
    assert _spelling("Sinn F\u00e9in") == _spelling("SINN FEIN") == "sinn fein"
    assert _spelling("Stra\u00dfe") == "strasse"


def test_definitions_hold_the_acronym_in_brackets() -> None:
    # the merge reads the text for an acronym's definition only where " (ACRONYM)" stands
    rng = random.Random(9)
    words = ["Reporters", "Without", "Borders", "UN", "Mission", "in", "Haiti", "for", "of"]
    acronyms = ["RSF", "MINUSTAH", "UN"]
    for _ in range(2000):
        text = " ".join(rng.choice([*words, "(RSF)", "(MINUSTAH)", " "]) for _ in range(12))
        name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        acronym = rng.choice(acronyms)
        if _defines(text, name, acronym):
            assert f" ({acronym})" in text
    assert _defines("Reporters Without Borders (RSF) said", "Reporters Without Borders", "RSF")
