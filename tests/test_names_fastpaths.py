"""The short paths of name finding and quote extraction agree with the patterns they stand for."""

from __future__ import annotations

import random

import pytest

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _RUN,
    _WORD_BACK,
    _WORDS,
    _in_lowercase,
    _letter_runs,
    _role_before,
    _runs,
    _scan,
    _word_before,
    vocab,
)
from newsstruct._text import Document
from newsstruct.quotes import _Pass
from tests.test_speed_mentions import _role_before_by_words

_PIECES = [
    "he",
    "He",
    "said",
    "told",
    "called",
    "called on",
    "on",
    "official",
    "The",
    "the",
    "al-",
    "eBay",
    "Obama",
    "\u00c9",
    "\u00e9",
    "Mr.",
    "U.S.",
    "of",
    "and",
    "van",
    "x",
    "'",
    "-",
    ".",
    ",",
    " ",
    " ",
    " ",
    "\n",
    "Police",
    "police",
    "she's",
    "it",
    "1",
    "\u0301",
    "\u00c8ve",
    "aa",
    "AA",
    '"',
    "saying",
    "-said",
    "according to",
    "bin-Laden",
    "McDonald",
]


def _texts(seed: int, count: int, *, ascii_only: bool = False) -> list[str]:
    rng = random.Random(seed)
    pieces = [p for p in _PIECES if p.isascii()] if ascii_only else _PIECES
    out = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        if text.strip():
            out.append(text)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Police said Mr. Okafor left.",
        "eBay and al-Assad met McDonald's CEO in New York.",
        "\u00c9mile Zola met the U.S. Secretary of State John Kerry.",
        "The  official, Ned Price, said so.",
        *_texts(1, 300),
        *_texts(7, 300, ascii_only=True),
    ],
)
def test_runs_match_the_run_pattern(text: str) -> None:
    folded = Document(text).folded
    assert [m.span() for m in _runs(folded)] == [m.span() for m in _RUN.finditer(folded)]


def _word_before_by_pattern(folded: str, start: int) -> tuple[str, int]:
    if start < 2 or folded[start - 1] != " ":
        return "", start
    m = _WORD_BACK.match(folded, max(0, start - 41), start - 1)
    return ("", start) if m is None else (m.group(), m.start())


def test_word_before_matches_the_backward_pattern() -> None:
    for text in [*_texts(2, 300), "a " * 30, "x" * 50 + " y", "(spokesman Ned", "U.S. envoy"]:
        for start in range(len(text) + 1):
            assert _word_before(text, start) == _word_before_by_pattern(text, start)


def test_lowercase_test_matches_the_whole_words() -> None:
    for text in [*_texts(3, 200), "the " * 20 + "Grateful", "theme thesis the"]:
        doc = Document(text)
        runs = _letter_runs(doc)
        for word in ("he", "the", "aa", "obama", "\u00e9", "x", "said"):
            assert _in_lowercase(doc, word) == (word in runs)


def test_scan_matches_the_word_pattern() -> None:
    v = vocab(DEFAULT_CONFIG)
    for text in _texts(4, 300):
        doc = Document(text)
        buckets: tuple[list[tuple[int, int, str]], ...] = ([], [], [])
        for m in _WORDS.finditer(doc.folded):
            for b in v.word_kinds.get(m.group(), ()):
                buckets[b].append((m.start(), m.end(), m.group()))
        found = _scan(doc, v)
        assert [list(found.heads), list(found.pronouns), list(found.verbs)] == list(buckets)


def test_verb_search_matches_the_verb_pattern() -> None:
    rng = random.Random(5)
    for text in _texts(6, 300):
        doc = Document(text)
        p = _Pass(doc, DEFAULT_CONFIG)
        size = len(doc.folded)
        for _ in range(5):
            a = rng.randint(0, size)
            b = rng.randint(a, size)
            want = p.rules.verbs.search(doc.folded, a, b)
            got = p.verb_in(a, b)
            assert (want and want.span()) == (got and got.span())


def test_role_before_skips_only_words_that_are_no_title() -> None:
    v = vocab(DEFAULT_CONFIG)
    texts = [
        *_texts(8, 300),
        "the spokesman Ned Price",
        "former minister Ann Lee",
        "gen. Lee and spokesMan Lee",
        "chief executive Dana Wu, the \u0130 Lee",
    ]
    for text in texts:
        folded = Document(text).folded
        for start in range(len(folded) + 1):
            assert _role_before(folded, start, v) == _role_before_by_words(folded, start)
