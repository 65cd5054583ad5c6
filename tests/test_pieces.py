"""Passes that list every word of a text run piece by piece: same result, bounded lists."""

from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import Document
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import _scan, scan, vocab
from newsstruct._text import distinct, pieces

_TEXT = st.text(alphabet=st.sampled_from(list("ab said he ,.\n'-é\u0301")), max_size=400)
_RUNS = regex.compile(r"\p{L}+")


@given(_TEXT, st.integers(min_value=1, max_value=50))
def test_pieces_cover_the_text_and_cut_before_a_space_or_line_break(text: str, size: int) -> None:
    bounds = list(pieces(text, size))
    assert [b for _, b in bounds][-1:] == ([len(text)] if text else [])
    assert all(a < b for a, b in bounds)
    for (_, end), (start, _) in itertools.pairwise(bounds):
        assert end == start and text[start] in " \n"


@given(_TEXT)
def test_distinct_finds_what_one_findall_finds(text: str) -> None:
    long = text * (5000 // max(1, len(text)))  # more than one piece
    for t in (text, long):
        assert distinct(_RUNS.findall, t) == frozenset(_RUNS.findall(t))


@settings(max_examples=30)
@given(_TEXT)
def test_the_word_scan_of_a_long_text_is_that_of_one_split(text: str) -> None:
    long = "The official said he left. " * 300 + text  # several pieces
    doc = Document(long)
    words = _WORDS_SPLIT.split(doc.folded)
    found = {(m.start(), m.group()) for m in _WORD_RE.finditer(doc.folded)}
    assert len(words) // 2 == len(found)
    got = scan(doc)
    kinds = vocab(DEFAULT_CONFIG).word_kinds
    for bucket, items in enumerate((got.heads, got.pronouns, got.verbs)):
        want = [(s, s + len(w), w) for s, w in sorted(found) if bucket in kinds.get(w, ())]
        assert list(items) == want
    assert _scan(doc, vocab(DEFAULT_CONFIG)) == got


_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}'-]*")
_WORDS_SPLIT = regex.compile(r"(\p{L}[\p{L}\p{M}'-]*)")


def test_a_text_with_no_space_is_one_piece() -> None:
    assert list(pieces("x" * 10_000, 10)) == [(0, 10_000)]
