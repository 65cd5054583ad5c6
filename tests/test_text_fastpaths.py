"""The segmenter's fast paths read exactly what the patterns they stand for read."""

from __future__ import annotations

import random

import pytest

from newsstruct import _text

PIECES = [
    "a", "B", ".", " ", "  ", "!", "?", '"', "'", "(", ")", "[", "&", "-", "\n", "x",
    "The ", "In the ", "After his ", "For a ", "On,", "However ", "Théâtre", "é", "ß",
    "Ü.", "\u2026", "1", "\u00bd", "\u0663", " e.g. ", "U.S. ", "Mr. ", "Inc. ", "No. 5",
    "the . ", "x. ", "won the vote In the east", "UkraineAn official", "straßeThe ",
]  # fmt: skip


def _texts() -> list[str]:
    rnd = random.Random(7)
    texts = [
        'Mr. Smith paid $1.5 million. "It was fair," he said.',
        "KYIV, Ukraine (AP) - Troops left. Gen. Ivanov said so.",
        "The vote was won by the . SEC officials In the east, fighting went on.",
        "UkraineAn official said so. Kraków.Next day straßeIn the city.",
    ]
    texts += ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(3000)]
    return texts


@pytest.mark.parametrize("text", _texts()[:4])
def test_examples_segment_as_before(text: str) -> None:
    assert _text.Document(text).sentences


def test_glued_matches_the_pattern() -> None:
    for text in _texts():
        for start, end in [(0, len(text)), (1, max(1, len(text) - 1))]:
            expected = [m.start() for m in _text._GLUED.finditer(text, start, end)]
            assert list(_text._glued(text, start, end)) == expected, text


def test_words_around_a_stop_match_the_patterns() -> None:
    for text in _texts():
        for pos in range(len(text) + 1):
            for lo in {0, max(0, pos - 40), max(0, pos - 3)}:
                m = _text._WORD_BEFORE.search(text, lo, pos)
                expected = None if m is None else (m.group(1), m.end(1))
                assert _text._word_before(text, lo, pos) == expected, (text, lo, pos)
            end = min(len(text), pos + 40)
            after = _text._WORD_AFTER.match(text, pos, end)
            expected_after = after.group(1) if after else text[pos : pos + 1]
            assert _text._word_after(text, pos, end) == expected_after, (text, pos)
