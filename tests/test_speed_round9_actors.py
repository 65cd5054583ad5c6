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
    _ANIMAL_BEFORE,
    _ANIMAL_WORDS,
    _NAME_WORD,
    _after_stop,
    _animal_token,
    _bounds,
    _by_first,
    _covers,
    _defines,
    _names_an_animal,
    _prefix_of,
    _spelling,
    _words,
)
from newsstruct._mentions import ascii_words
from newsstruct._subjects import (
    _ASCII_LOWER_RUN,
    _BY_BEFORE,
    _LAST_CONJUNCT,
    _LOWER_RUN,
    _PREPOSITION_BEFORE,
    SET_OFF_OPENINGS,
    _by_may_end,
    _last_conjunct,
    subject_finder,
)
from newsstruct._text import Document, distinct

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


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_animal_before_a_name_reads_as_the_pattern(text: str) -> None:
    # the pattern matched backwards from the name finds what the search finds
    for start in range(len(text) + 1):
        full = start >= 4 and text[start - 1] == " "
        full = full and _ANIMAL_BEFORE.search(text, max(0, start - 30), start) is not None
        assert _names_an_animal(text, start) == full, (text, start)


def test_animal_before_a_name_examples() -> None:
    text = "The dog, named Otto, and a cat called Tom met the elephant Raja and a hot-dog Ann."
    assert _names_an_animal(text, text.index("Otto"))
    assert _names_an_animal(text, text.index("Tom"))
    assert _names_an_animal(text, text.index("Raja"))
    assert _names_an_animal(text, text.index("Ann"))  # "\\b" stands after the hyphen
    assert not _names_an_animal(text, text.index("cat"))


_PREFIX_PIECES = ["", "A", "Ai", "Airbus", "S", "SS", "Space", "Space Shuttle", "i", "iPhone"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PREFIX_PIECES), max_size=6).map(sorted),
    st.lists(st.sampled_from([*_PREFIX_PIECES, " ", "x", "Col"]), max_size=4).map("".join),
)
def test_prefix_of_reads_as_the_list(prefixes: list[str], name: str) -> None:
    plain = next((p for p in prefixes if name.startswith(p)), None)
    assert _prefix_of(name, _by_first(prefixes)) == plain


_NAME_PIECES = ["the", "The", "a", "An", "Acme", "Sinn", "F\u00e9in", "O'Neil", "Hewlett-Packard"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_NAME_PIECES, " ", "  ", "3M", ".", "&"]), max_size=6))
def test_words_read_as_the_word_pattern(pieces: list[str]) -> None:
    name = " ".join(pieces)
    plain = [w for w in _NAME_WORD.findall(name.lower()) if w not in ("the", "a", "an")]
    assert _words(name) == plain
    assert _words(name) == plain  # again, from the names met before
    _words(name).append("x")  # each call has a list of its own
    assert _words(name) == plain


_PHRASE_PIECES = [
    "in", "of", "into", "2in", "in2", "in_", "o'", "24", "x-", "-", "the", "hedge", "fund",
    "said.", "2009,", "(in", "\u00e9", "\u00e0", "Acme", ";", ",", "'", '"', "  ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_PIECES), min_size=1, max_size=12))
def test_in_phrase_reads_as_the_preposition_pattern(words: list[str]) -> None:
    # (ordinals aside, which the walk reads as modifiers and the pattern does not)
    text = " ".join(words) + " Acme"
    subjects = subject_finder(Document(text))
    for start in range(1, len(text) + 1):
        if text[start - 1] != " ":
            continue
        full = _PREPOSITION_BEFORE.search(text, max(0, start - 40), start) is not None
        assert subjects._in_phrase(start) is full, (text, start)


def test_in_phrase_examples() -> None:
    for text, found in [
        ("He served of the 24th Acme", True),
        ("He said. Acme", False),
        ("In 2009, Acme", False),
        ("the fund of hedge fund Acme", True),
        ("the fund x- Acme", False),
    ]:
        assert subject_finder(Document(text))._in_phrase(text.index("Acme")) is found, text


_LOWER_PIECES = [
    "acme", "Acme", "aB", "x" * 41, "x" * 40, "2x", "x_y", "e\u0301", "\u00e9t\u00e9", "\u20ac",
    "\u2019s", "\u201c", "\u00aa", "\u00a0", " ", "-", "'", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LOWER_PIECES), max_size=12).map("".join))
def test_ascii_lower_runs_read_as_the_full_pattern(text: str) -> None:
    if ascii_words(text):
        plain = distinct(_LOWER_RUN.findall, text)
        assert distinct(_ASCII_LOWER_RUN.findall, text) == plain


def test_written_lowercase_in_ascii_and_other_texts() -> None:
    for text in ("Photos of acme \u2019s plant", "Acme and \u00e9t\u00e9 acme"):
        subjects = subject_finder(Document(text + " " + " ".join(f"w{i}" for i in range(9))))
        for i in range(9):
            subjects.written_lowercase(f"W{i}x")  # past the words read from the text
        assert subjects.written_lowercase("Acme")
        assert not subjects.written_lowercase("Photos")


_BY_PIECES = [
    "by", "By", "BY", "bY", "the", "The", "THE", "bythe", "  ", " ", "arrested", "also",
    "yesterday", "x", "\u00e9", "Acme", ",", "\u017f", "\u212a",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BY_PIECES), min_size=1, max_size=10).map(" ".join))
def test_by_is_tried_wherever_the_pattern_matches(text: str) -> None:
    text += " "
    for start in range(1, len(text) + 1):
        if _BY_BEFORE.match(text, max(0, start - 40), start) is not None:
            head = text[max(0, start - 40) : start].rstrip(" ")
            assert _by_may_end(head, head[-3:].lower()), (text, start)


def test_by_examples() -> None:
    assert _by_may_end("was arrested by", "by")
    assert _by_may_end("was arrested BY  the", "the")
    assert not _by_may_end("crossing the", "the")
    text = "Lee was arrested by the FBI and then Acme said"
    subjects = subject_finder(Document(text))
    assert subjects.acts(text.index("FBI"), text.index("FBI") + 3)
    assert subjects.acts(text.index("Acme"), text.index("Acme") + 4)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([",", " ", "the", "The", "x", "Acme", "  "]), max_size=10))
def test_set_off_openings_read_over_the_six_characters_before(pieces: list[str]) -> None:
    # a name set off opens after these, which are read within the six characters before it
    text = "".join(pieces)
    for start in range(len(text) + 1):
        plain = text[max(0, start - 6) : start].endswith(SET_OFF_OPENINGS)
        assert text.endswith(SET_OFF_OPENINGS, 0, start) == plain


def test_set_off_examples() -> None:
    text = "Police chief in Kabul, Ann Lee, reported the attack"
    subjects = subject_finder(Document(text))
    start = text.index("Ann")
    assert subjects.acts_set_off(start, start + 7)
    assert not subjects.acts_set_off(text.index("Kabul"), text.index("Kabul") + 5)
