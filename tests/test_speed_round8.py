"""The short paths of entity resolution agree with the patterns they stand for."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import ascii_words
from newsstruct._names import (
    _AFTER_PREPOSITION,
    _ASCII_AFTER_PREPOSITION,
    _ASCII_OPENING,
    _MODEL_NAME,
    _OPENING,
    _PARTICLE,
    _bare_surname,
    _ByName,
    _names_thing,
    _non_actor_heads,
    _product_heads,
    resolve,
)
from newsstruct._text import Document

_PIECES = [
    " ",
    "  ",
    "on",
    "in",
    "to",
    "from",
    "towards",
    "toward",
    "under",
    "the",
    "The",
    "sellers",
    "abc",
    "abcdefghijklm",
    "Acme",
    "Kenya",
    "working",
    ",",
    ".",
    "\n",
    "-",
    "\u00e9t\u00e9",  # letters beyond ASCII: the full pattern only
    "\u20ac5",
    "\u201c",
]

_texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _same_search(text: str) -> None:
    for end in range(len(text) + 1):
        for start in {0, max(0, end - 16)}:
            full = _AFTER_PREPOSITION.search(text, start, end)
            fast = _ASCII_AFTER_PREPOSITION.search(text, start, end)
            assert (full is None) == (fast is None), (text, start, end)
            if full is not None and fast is not None:
                assert full.span() == fast.span()


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_ascii_preposition_pattern_reads_as_the_full_one(text: str) -> None:
    if ascii_words(text):
        _same_search(text)


def test_ascii_preposition_pattern_on_random_texts() -> None:
    rng = random.Random(8)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        if ascii_words(text):
            _same_search(text)


def test_ascii_preposition_pattern_examples() -> None:
    for text in ("working in ", "sellers on the ", "from the  ", "at abc ", "in "):
        assert _ASCII_AFTER_PREPOSITION.search(text, 0) is not None
        assert _AFTER_PREPOSITION.search(text, 0) is not None
    for text in ("herein ", "working in Kenya", "on abcdefghijklm ", "over Acme "):
        assert _ASCII_AFTER_PREPOSITION.search(text, 0) is None
        assert _AFTER_PREPOSITION.search(text, 0) is None


def test_by_name_computes_each_name_once() -> None:
    seen: list[str] = []

    def test(name: str) -> bool:
        seen.append(name)
        return name.endswith("Act")

    cache = _ByName(test)
    assert [cache[n] for n in ("Self Government Act", "Ann Lee", "Self Government Act")] == [
        True,
        False,
        True,
    ]
    assert seen == ["Self Government Act", "Ann Lee"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["World", "War", "III", "Plan", "DVD", "Acme", "2", "Co"]),
        min_size=1,
        max_size=4,
    ).map(" ".join)
)
def test_cached_name_tests_read_as_the_functions(name: str) -> None:
    things = _non_actor_heads(DEFAULT_CONFIG)
    products = _product_heads(DEFAULT_CONFIG)
    assert _ByName(lambda n: _names_thing(n, things))[name] == _names_thing(name, things)
    assert _ByName(lambda n: _names_thing(n, products))[name] == _names_thing(name, products)
    assert _ByName(lambda n: _MODEL_NAME.search(n) is not None)[name] == (
        _MODEL_NAME.search(name) is not None
    )


def test_they_after_a_preposition_in_ascii_and_wider_text() -> None:
    # the place named after a preposition leaves "they" unknown in either kind of text
    for place in ("Kenya", "K\u00e9nya"):
        doc = Document(f"The Acme Group met. Sellers working in {place} left. They said so.")
        ents = resolve(doc)
        they = ents.mentions[-1]
        assert they.name.lower() == "they"
        owner = ents.entity_of(they)
        assert owner is None or owner.name != place


_OPENING_PIECES = [
    " ",
    "  ",
    '"',
    "'",
    "(",
    "\n",
    ",",
    ".",
    "The",
    "the",
    "United",
    "States",
    "President",
    "U.S.",
    "O'Neil",
    "Lee’s",
    "When speaking",
    "x" * 30,
    "“",
    "Émile",  # letters beyond ASCII: the full pattern only
    "-",
]


def _same_opening(text: str) -> None:
    for end in range(len(text) + 1):
        for start in (0, min(end, 1)):
            full = _OPENING.fullmatch(text, start, end)
            fast = _ASCII_OPENING.fullmatch(text, start, end)
            assert (full is None) == (fast is None), (text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=10).map("".join))
def test_ascii_opening_pattern_reads_as_the_full_one(text: str) -> None:
    if ascii_words(text):
        _same_opening(text)


def test_ascii_opening_pattern_examples() -> None:
    for text in ('"United States President ', "When speaking, The ", "", "the  "):
        assert _ASCII_OPENING.fullmatch(text) is not None
        assert _OPENING.fullmatch(text) is not None
    for text in ("Said he ", "a, b, c "):
        assert _ASCII_OPENING.fullmatch(text) is None
        assert _OPENING.fullmatch(text) is None


def _bare_by_pattern(word: str) -> str:
    m = _PARTICLE.match(word)
    return word[m.end() :] if m is not None and len(word) - m.end() > 2 else word


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="AaEeLlNnSsHhDdZzTtRrx-é", max_size=9),
)
def test_bare_surname_precheck_reads_as_the_pattern(word: str) -> None:
    assert _bare_surname(word) == _bare_by_pattern(word)


def test_bare_surname_examples() -> None:
    for word in ("al-Zarqawi", "Al-Zarqawi", "el-Baradei", "ash-Shami", "as-Sadr", "al-Q", "Lee"):
        assert _bare_surname(word) == _bare_by_pattern(word)
    assert _bare_surname("ash-Shami") == "Shami"
