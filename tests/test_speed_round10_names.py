"""The short paths of entity resolution (round 10) agree with the plain rules they stand for."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._mentions import ACRONYM, ascii_words
from newsstruct._names import (
    _ACRONYM_OPENINGS,
    _ACTS,
    _AFTER_QUOTE,
    _ASCII_ACTS,
    _ASCII_MODEL_NAME,
    _ASCII_NEXT_LOWER,
    _ASCII_PHRASE_OPENING,
    _ASCII_SPEECH_AFTER,
    _ASCII_STATE_VERB,
    _ASCII_SUBJECT_VERB,
    _ASCII_TITLE_GAP,
    _FROM_AFTER,
    _INDEFINITE,
    _MODEL_NAME,
    _NEXT_LOWER,
    _OBJECT_AFTER,
    _OWNED_BODY,
    _PHRASE_OPENING,
    _SPEECH_AFTER,
    _STATE_POSSESSIVES,
    _STATE_VERB,
    _SUBJECT_VERB,
    _TITLE_GAP,
    _head_word,
    _HeadWords,
    _read_head_word,
    _sentence_around,
    _sentence_within,
    resolve,
)
from newsstruct._text import Document

# --- the ASCII forms of the patterns read at each mention --------------------------------------

# Pieces of the text around a mention: verbs and their endings, function words, capitals,
# marks, and characters beyond ASCII (a letter, a joiner, a connector, a euro sign).
_PIECES = ["said", "has", "also", "warned", "banned", "says", "and", "or", "nor", "the", "a",
           "An", "A", "from", "at", "its", "to", "ed", "s", "ing", "Acme", "After", "Speaking",
           "According", "minister", "x", "-", " ", "  ", ",", '"', "'", "(", "\u00e9", "\u00c9",
           "\u200d", "\u203f", "\u20ac", "7"]

_texts = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)

# Patterns with "\b": their ASCII forms serve a text all of ASCII.
_WORD_BOUNDED = [
    (_SPEECH_AFTER, _ASCII_SPEECH_AFTER),
    (_STATE_VERB, _ASCII_STATE_VERB),
    (_SUBJECT_VERB, _ASCII_SUBJECT_VERB),
    (_ACTS, _ASCII_ACTS),
    (_NEXT_LOWER, _ASCII_NEXT_LOWER),
]
# Patterns without it: their ASCII forms serve a text of ASCII letters, marks and digits.
_UNBOUNDED = [(_TITLE_GAP, _ASCII_TITLE_GAP), (_PHRASE_OPENING, _ASCII_PHRASE_OPENING)]


def _spans(found: re.Match[str] | regex.Match[str] | None) -> object:
    return None if found is None else [found.span(i) for i in range(found.re.groups + 1)]


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_ascii_forms_read_as_the_full_patterns(text: str) -> None:
    pairs = [*(_WORD_BOUNDED if text.isascii() else []),
             *(_UNBOUNDED if ascii_words(text) else [])]
    for full, fast in pairs:
        for pos in range(len(text) + 1):
            assert _spans(fast.match(text, pos)) == _spans(full.match(text, pos)), (
                full.pattern, text, pos)
    if ascii_words(text):
        assert _spans(_ASCII_MODEL_NAME.search(text)) == _spans(_MODEL_NAME.search(text))


def test_word_bounded_forms_need_a_text_all_of_ascii() -> None:
    # a joiner is a word character to regex, not to the standard engine: a text of ASCII
    # words that holds one is read differently by the two forms of a pattern with "\b"
    text = " banned\u200d"
    assert ascii_words(text) and not text.isascii()
    assert _STATE_VERB.match(text) is None and _ASCII_STATE_VERB.match(text) is not None


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_plain_patterns_read_alike_by_both_engines(text: str) -> None:
    for pattern in (_OBJECT_AFTER, _INDEFINITE, _FROM_AFTER, _AFTER_QUOTE):
        full = regex.compile(pattern.pattern)
        for pos in range(len(text) + 1):
            assert _spans(pattern.match(text, pos)) == _spans(full.match(text, pos))
            assert _spans(pattern.search(text, 0, pos)) == _spans(full.search(text, 0, pos))


# --- plain tests before a pattern ------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "(", ")", "IEA", "E", "x", "\u00c9", "&", "."]),
                max_size=7).map("".join))
def test_acronym_opens_on_its_openings(text: str) -> None:
    for pos in range(len(text) + 1):
        if ACRONYM.match(text, pos) is not None:
            assert text.startswith(_ACRONYM_OPENINGS, pos), (text, pos)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "country", "nation", "state", "'s", "s", " ",
                                 "emergency", "agency", "company"]), max_size=8).map("".join))
def test_owned_body_needs_a_state_possessive(text: str) -> None:
    # resolution looks for such a description only when a description holds one of these
    if _OWNED_BODY.fullmatch(text) is not None:
        assert "'s " in text and any(p in text for p in _STATE_POSSESSIVES)


def test_described_body_found_beside_other_possessives() -> None:
    doc = Document("The company's chief executive left. Floods hit, the nation's disaster "
                   "agency said. The National Disaster Agency said more rain would come.")
    ents = resolve(doc)
    agency = next(e for e in ents if e.name == "National Disaster Agency")
    assert [m.text for m in agency.spans][:2] == ["the nation's disaster agency",
                                                "National Disaster Agency"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["World", "War", "III", "Plan", "B", "2", "Acme", ""]),
                min_size=1, max_size=4).map(" ".join))
def test_head_word_table_reads_the_uncached_rule(name: str) -> None:
    assert _HeadWords()[name] == _read_head_word(name) == _head_word(name)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ann left.", "Bo stayed!", " ", "\n\n", "Then x", "?"]),
                max_size=8).map("".join))
def test_sentence_within_reads_as_the_document(text: str) -> None:
    doc = Document(text)
    starts = [s.start for s in doc.sentences]
    for offset in range(len(text) + 1):
        k, sent, low, high = _sentence_within(doc.sentences, starts, offset)
        assert k == doc.sentence_index(offset)
        assert (k, sent, low, high) == _sentence_around(doc, offset)
