"""The short paths of mention finding make what the longer ones make: a mention whose slots
are filled at once equals the one the constructor builds, and an adjective run is told
word by word as the check over all its words tells it."""

from __future__ import annotations

import re

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _ADJECTIVE_ENDS,
    _ASCII_LOWER_OPENING,
    _LOWER_OPENING,
    _NEXT_WORD,
    _NOT_NOUNS,
    Mention,
    _adjective_run,
    _make_mention,
    ascii_words,
    find_mentions,
    vocab,
)
from newsstruct._text import Document, ascii_form
from newsstruct.model import Span
from tests._build import pure_python_only

V = vocab(DEFAULT_CONFIG)

_TEXTS = st.text(alphabet="Ab \u00e9.'-", max_size=12)
_OPTIONAL_TEXT = st.none() | _TEXTS
_SPANS = st.none() | st.builds(Span, st.integers(0, 5), st.integers(5, 9), _TEXTS)
_KINDS = st.sampled_from(["person", "organisation", "place", "name", "role", "pronoun"])


def _fields(m: Mention) -> tuple[object, ...]:
    return (type(m), *attrs.astuple(m, recurse=False))


@given(
    st.integers(0, 40),
    st.integers(0, 40),
    _TEXTS,
    _KINDS,
    _TEXTS,
    _OPTIONAL_TEXT,
    _SPANS,
    st.sampled_from([None, "m", "f"]),
)
def test_made_mention_is_the_constructed_one(
    start: int,
    end: int,
    text: str,
    kind: str,
    name: str,
    role: str | None,
    role_span: Span | None,
    gender: str | None,
) -> None:
    args = (start, end, text, kind, name, role, role_span, gender)
    try:
        built = Mention(*args)
    except (TypeError, ValueError) as error:  # end before start: the same error
        with pytest.raises(type(error)):
            _make_mention(*args)
        return
    made = _make_mention(*args)
    assert _fields(made) == _fields(built)
    assert made == built and hash(made) == hash(built)
    assert repr(made) == repr(built) and made.to_dict() == built.to_dict()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.kind = "role"  # type: ignore[misc]


@pure_python_only
@pytest.mark.parametrize(
    "args",
    [
        (-1, 2, "ab"),  # a negative offset
        (True, 2, "ab"),  # a bool is no offset
        (0, 2.0, "ab"),  # nor a float
        (0, 2, None),  # the text is a string
    ],
)
def test_made_mention_checks_as_the_constructor_does(args: tuple[object, ...]) -> None:
    rest = ("name", "Ab", None, None, None)
    with pytest.raises((TypeError, ValueError)) as built:
        Mention(*args, *rest)  # type: ignore[arg-type]
    with pytest.raises(built.type):
        _make_mention(*args, *rest)  # type: ignore[arg-type]


def test_found_mentions_equal_constructed_ones() -> None:
    doc = Document(
        "Russian Defense Minister Sergei Shoigu said so, as did an unidentified NATO "
        "official. Police said Mr. Okafor left. She told the ministry that Acme Corp "
        "(AC) would go, and spokesman Ned Price agreed."
    )
    found = find_mentions(doc)
    assert {m.kind for m in found} >= {"person", "role", "pronoun", "organisation"}
    for m in found:
        assert _fields(m) == _fields(Mention(*attrs.astuple(m, recurse=False)))


def _adjective_run_by_all(folded: str, end: int, plain: list[str]) -> bool:
    """:func:`_adjective_run` as it was written: a check over all the words at once."""
    if not all(w in V.demonyms or (len(w) > 4 and w.endswith(_ADJECTIVE_ENDS)) for w in plain):
        return False
    nxt = _NEXT_WORD.match(folded, end)
    return nxt is not None and nxt.group(1) not in _NOT_NOUNS


_RUN_WORDS = st.sampled_from(
    [
        "Federal",
        "Parliamentary",
        "Australian",
        "Saudi",
        "Thai",
        "Arab",
        "Irish",
        "Legal",
        "Asian",
        "Ann",
        "Lee",
        "Ical",
        "Primary",
        "Ruritanian",
        "Secretary",
        "Lonely",
    ]
)
_AFTER = st.sampled_from([" communities", " about", " of", "  officials", ".", "", " Ann", " said"])


@given(st.lists(_RUN_WORDS, min_size=1, max_size=4), _AFTER)
def test_adjective_run_reads_as_the_check_over_all_words(plain: list[str], after: str) -> None:
    folded = " ".join(plain) + after
    end = len(folded) - len(after)
    assert _adjective_run(folded, end, plain, V) == _adjective_run_by_all(folded, end, plain)


def test_adjective_run_reads_both_ways() -> None:
    assert _adjective_run("Federal Parliamentary report", 21, ["Federal", "Parliamentary"], V)
    assert not _adjective_run("Federal Ann report", 11, ["Federal", "Ann"], V)


# The search for a lowercase run opening as it was written: the four openings tried at every
# capital, with no look first at the character before it.
_FOUR_OPENINGS = (
    r"[\p{Lu}](?:"
    + "|".join(
        r"(?<=(?<![\p{L}\p{M}\p{N}.-])(?<![\p{L}\p{M}\p{N}]')(?<!''')"
        + opening
        + r"[\p{Lu}])"
        for opening in (r"[\p{Ll}]", r"[\p{Ll}]{2}", r"[\p{Ll}]{2}-", r"[\p{Ll}]{3}-")
    )
    + ")"
)
_OPENING_TEXTS = st.text(alphabet="aZbY-'. 1\u00e9\u00c9\u0301e", max_size=30)


@given(_OPENING_TEXTS)
def test_lower_opening_finds_what_the_four_openings_find(text: str) -> None:
    def spans(pattern: re.Pattern[str] | regex.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    assert spans(_LOWER_OPENING) == spans(regex.compile(_FOUR_OPENINGS))
    if ascii_words(text):
        assert spans(_ASCII_LOWER_OPENING) == spans(ascii_form(_FOUR_OPENINGS))


@pytest.mark.parametrize("text", ["eBay", "al-Assad", "the iPod", "abc-Def", "x Ab", "1aB"])
def test_lower_opening_examples(text: str) -> None:
    expected = regex.compile(_FOUR_OPENINGS).search(text) is not None
    assert (_LOWER_OPENING.search(text) is not None) == expected
    assert (_ASCII_LOWER_OPENING.search(text) is not None) == expected
