"""The short paths of the quote pass agree with the patterns they stand for."""

from __future__ import annotations

import random
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import extract_quotes
from newsstruct._ahead import Ahead
from newsstruct._quote_patterns import (
    _AFTER_COMMA,
    _AND_ACT,
    _AND_CLAUSE,
    _BREAK_WORD,
    _FOLLOWING,
    _TITLE_ABBREVIATIONS,
    CLAUSE_END,
    CLAUSE_END_ASCII,
    GAP,
    STOP,
    THAT,
    gap_reads,
)
from newsstruct._text import ascii_form
from newsstruct.quotes import (
    _AMOUNT_OF,
    _ASCII_READS,
    _FULL_READS,
    _HEAD_PARTICIPLE,
    _INCLUDED_BEFORE,
    _INFINITIVE,
    _OPENING_PREPOSITION,
    _POSSESSIVE_BEFORE,
    _POSSESSIVE_ENDS,
    _RELATIVE_WHO,
    _TO_OPENINGS,
    _WHO_BEFORE,
    _WHO_OPENS,
    _that,
)

# The plain forms the patterns stand for: each way a clause stops, in the order they are
# tried; a sentence stop with the title looked for before the point is tried.
CLAUSE_END_PLAIN = regex.compile(
    r"[;]|:[ ]|,?[ ]" + _BREAK_WORD + r"|,[ ](?:" + _AFTER_COMMA + r")|[ ]" + _AND_CLAUSE
    + r"|[ ]" + _FOLLOWING + r"|\n|,?[ ]" + _AND_ACT
)
STOP_PLAIN = regex.compile(r"[;!?\"]|(?<!\b" + _TITLE_ABBREVIATIONS + r")\.(?![\p{L}]|[ ]\p{Ll})")

# Pieces of the words and marks the patterns read, glued at random.
_PIECES = [
    " ",
    "  ",
    ",",
    ", ",
    ";",
    ":",
    ": ",
    "\n",
    '"',
    ".",
    "-",
    "(",
    ")",
    "'s",
    "a",
    "all",
    "nothing",
    "and",
    "but",
    "while",
    "whereas",
    "though",
    "following",
    "in",
    "case",
    "that",
    "thats",
    "also",
    "has",
    "the",
    "The",
    "In",
    "Following",
    "their",
    "his",
    "His",
    "whose",
    "who",
    "not",
    "never",
    "to",
    "of",
    "some",
    "Some",
    "number",
    "including",
    "such",
    "as",
    "notably",
    "said",
    "saying",
    "adding",
    "blamed",
    "was",
    "Lee",
    "Ann",
    "Monday",
    "on",
    "recently",
    "citing",
    "reporters",
    "\u00e9t\u00e9",  # letters beyond ASCII
    "\u2014",
]

_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, overlapped=True)]


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_clause_end_reads_as_its_plain_form(text: str) -> None:
    assert _spans(CLAUSE_END, text) == _spans(CLAUSE_END_PLAIN, text)
    for end in range(len(text) + 1):
        for start in {0, max(0, end - 9)}:
            fast = CLAUSE_END.search(text, start, end)
            plain = CLAUSE_END_PLAIN.search(text, start, end)
            assert (fast is None) == (plain is None), (text, start, end)
            if fast is not None and plain is not None:
                assert fast.span() == plain.span()


def test_clause_end_examples() -> None:
    for text, found in [
        ("he said the plan failed, adding: more", ", adding:"),
        ("it was all but over; then", ";"),
        ("the rate rose, but prices fell", ", but "),
        ("they won, and Lee said it", ", and "),
        ("it fell, following the vote", ", following "),
        ("it fell following the vote", " following "),
        ("they met and blamed the rebels", " and blamed "),
        ("they met and blamed of", None),
    ]:
        m = CLAUSE_END.search(text)
        plain = CLAUSE_END_PLAIN.search(text)
        assert (None if m is None else m.group()) == (None if plain is None else plain.group())
        assert (None if m is None else m.group()) == found, text


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_gap_reads_as_the_pattern(text: str) -> None:
    for i in range(len(text) + 1):
        for j in {i, len(text), max(0, i - 1)}:
            assert gap_reads(text[i:j]) == (GAP.fullmatch(text, i, j) is not None)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 3))
def test_that_reads_as_the_pattern(text: str, cut: int) -> None:
    for pos in range(len(text) + 1):
        end = max(pos, len(text) - cut)
        m = THAT.match(text, pos, end)
        assert _that(text, pos, end) == (None if m is None else (m.group("sep"), m.end()))


def test_that_examples() -> None:
    text = "said that  the plan, said  that x, said on Monday that y, said thats"
    for pos in range(len(text)):
        m = THAT.match(text, pos, len(text))
        assert _that(text, pos, len(text)) == (None if m is None else (m.group("sep"), m.end()))
    assert _that(" that  x", 0, 8) == (" that", 7)


def _prechecks(text: str, end: int) -> None:
    """Each pre-check holds wherever the pattern it guards finds a match."""
    lo7, lo30, lo60 = max(0, end - 7), max(0, end - 30), max(0, end - 60)
    if _POSSESSIVE_BEFORE.search(text, lo7, end):
        assert text.endswith(_POSSESSIVE_ENDS, lo7, end)
    if _INFINITIVE.match(text, end):
        assert text.startswith(_TO_OPENINGS, end)
    if _RELATIVE_WHO.search(text, 0, end):
        assert text.find(" who ", 0, end) >= 0
    if _WHO_BEFORE.search(text, lo30, end):
        assert text.find("who ", lo30, end) >= 0
    if _WHO_OPENS.search(text, lo60, end):
        assert text.find(" who", lo60, end) >= 0
    if _HEAD_PARTICIPLE.search(text, 0, max(0, end - 1)):
        assert text.find("ing ", 0, end - 1) >= 0
    if _INCLUDED_BEFORE.search(text, 0, end):
        assert text.endswith((",", ", ", ",  "), 0, end)
    if _AMOUNT_OF.search(text, max(0, end - 32), end):
        assert text.find(" of ", max(0, end - 32), end) >= 0
    lo = max(0, end - 40)
    if _OPENING_PREPOSITION.search(text, lo, end):
        assert not text[max(lo, end - 16) : end].islower()


_CHECK_PIECES = [
    *_PIECES,
    "whom",
    "working",
    "sitting",
    "Among",
    "Outside",
    "During",
    "Thousands",
    "dozens",
    "its",
    "Their",
    "my",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CHECK_PIECES), max_size=14).map("".join))
def test_prechecks_hold_where_the_patterns_match(text: str) -> None:
    for end in range(len(text) + 1):
        _prechecks(text, end)


def test_prechecks_on_random_texts() -> None:
    rng = random.Random(9)
    for _ in range(400):
        text = "".join(rng.choice(_CHECK_PIECES) for _ in range(rng.randint(1, 12)))
        for end in range(len(text) + 1):
            _prechecks(text, end)


def test_prechecks_examples() -> None:
    for text in [
        "as his ",
        "it was whose ",
        "Ann Lee, who ",
        "the man who lived in Paris for years ",
        "A man working in Paris ",
        "Critics, including two senators, ",
        "A number of the ",
        "Following their ",
        'said: "In the ',
    ]:
        for end in range(len(text) + 1):
            _prechecks(text, end)


def test_quotes_through_the_short_paths() -> None:
    text = (
        "Ann Lee, who has lived in Paris, said that the plan, providing jobs, will work, "
        "adding that costs would fall. Officials also said on Monday that talks failed. "
        'Lee criticised the rise, calling it "unwelcome but expected".'
    )
    got = [(q.rule, q.content.text, q.speaker and q.speaker.name) for q in extract_quotes(text)]
    assert got == [
        ("quote.indirect_that", "the plan, providing jobs, will work", "Ann Lee"),
        ("quote.indirect_that", "costs would fall", "Ann Lee"),
        ("quote.indirect_that", "talks failed", "Officials"),
        ("quote.naming", "unwelcome but expected", "Ann Lee"),
    ]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_stop_reads_as_its_plain_form(text: str) -> None:
    text = text + " Mr. Lee. Dr.Ann Lt. Col. U.S. it. a. b"
    assert _spans(STOP, text) == _spans(STOP_PLAIN, text)


def _same(full: Any, fast: Any) -> None:
    if full is None or fast is None:
        assert full is None and fast is None
    else:
        assert full.span() == fast.span() and full.groups() == fast.groups()


_ASCII_PIECES = [p for p in _PIECES if p.isascii()] + ["Mr", ".", "(IEA)", "looking", "1999"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_PIECES), max_size=14).map("".join))
def test_ascii_forms_read_as_the_full_patterns(text: str) -> None:
    pairs = [(getattr(_FULL_READS, f), getattr(_ASCII_READS, f)) for f in _READ_FIELDS]
    pairs += [(CLAUSE_END, CLAUSE_END_ASCII), (THAT, ascii_form(THAT.pattern))]
    pairs += [(GAP, ascii_form(GAP.pattern))]
    n = len(text)
    for full, fast in pairs:
        for pos in range(n + 1):
            for end in {n, max(pos, n - 3)}:
                _same(full.match(text, pos, end), fast.match(text, pos, end))
                _same(full.search(text, pos, end), fast.search(text, pos, end))
                _same(full.fullmatch(text, pos, end), fast.fullmatch(text, pos, end))


_READ_FIELDS = [
    "words",
    "letters",
    "appositive",
    "document_before",
    "prep_that",
    "prep_quote",
    "subordinate_opening",
    "tail",
    "paren_tail",
]


def test_ascii_form_maps_properties_inside_and_outside_brackets() -> None:
    assert ascii_form(r"\p{Lu}[\p{L}\p{N}'.-]*[^\p{Ll}]").pattern == "[A-Z][A-Za-z0-9'.-]*[^a-z]"


@pytest.mark.parametrize("budget", [0, 25, None], ids=["located", "mixed", "default"])
def test_ahead_of_the_ascii_form_reads_as_search(budget: int | None) -> None:
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(_ASCII_PIECES) for _ in range(rng.randint(0, 30)))
        ahead = Ahead(CLAUSE_END_ASCII, text, budget=budget)
        for _ in range(8):
            pos = rng.randint(0, len(text))
            end = rng.randint(pos, len(text))
            _same(CLAUSE_END_PLAIN.search(text, pos, end), ahead.search(pos, end))
