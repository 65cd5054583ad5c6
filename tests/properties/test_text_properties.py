"""Invariants of the text layer, for any string."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsstruct import Document
from newsstruct._text import fold
from tests.properties.strategies import news_like_text


@given(news_like_text)
def test_sentences_ordered_disjoint_within_bounds_and_exact(text: str) -> None:
    doc = Document(text)
    prev_end = 0
    for s in doc.sentences:
        assert prev_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert not s.text[0].isspace() and not s.text[-1].isspace()
        prev_end = s.end


@given(news_like_text)
def test_sentences_cover_every_non_space_character(text: str) -> None:
    doc = Document(text)
    covered = bytearray(len(text))
    for s in doc.sentences:
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    folded = fold(text)
    for i, ch in enumerate(folded):
        if ch not in " \n":
            assert covered[i], f"character {i} ({text[i]!r}) is in no sentence"


@given(news_like_text)
def test_paragraphs_hold_their_sentences(text: str) -> None:
    doc = Document(text)
    for s in doc.sentences:
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start and s.end <= p.end


@given(news_like_text)
def test_tokens_hold_their_text_and_are_ordered(text: str) -> None:
    doc = Document(text)
    prev = 0
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
        assert prev <= t.start < t.end
        prev = t.end


@given(st.sampled_from(["Dateline.\n\n", "An unrelated first paragraph. It has two sentences.\n\n", "\n"]), news_like_text)
def test_prepending_a_paragraph_shifts_every_span(prefix: str, text: str) -> None:
    base = Document(text)
    moved = Document(prefix + text)
    n = len(prefix)
    tail = [s for s in moved.sentences if s.start >= n]
    assert [(s.start - n, s.end - n, s.text) for s in tail] == [
        (s.start, s.end, s.text) for s in base.sentences
    ]


@given(news_like_text)
def test_segmentation_is_deterministic(text: str) -> None:
    assert Document(text).sentences == Document(text).sentences


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)
