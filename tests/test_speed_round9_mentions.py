"""The short paths of mention finding read what the plain rules they stand for read.

Each test sets a short path (a pre-check before a pattern, a pass that runs only where the
text holds what it joins) against the plain reading, over texts made of the pieces that
reach its edges: possessives, committees before "on" and "to", brackets, commas, ASCII and
wider letters.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _ADJECTIVAL,
    _ADVERB_ENDS,
    _APPOSITION,
    _BODY_NOUNS,
    _IN_PLACE,
    _IN_PLACE_ENDS,
    _LETTER_RUN,
    _POSSESSIVE_LINK,
    _REPORT_AFTER,
    ACRONYM,
    _body_noun_before,
    _joins,
    _letter_runs,
    _name_runs,
    _remit_runs,
    _runs,
    _word_before,
    _words,
    ascii_words,
)
from newsstruct._mentions import vocab as mention_vocab
from newsstruct._text import Document, distinct

_V = mention_vocab(DEFAULT_CONFIG)

_PIECES = [
    " ",
    "  ",
    ", ",
    " ,",
    ".",
    "(",
    ")",
    " (",
    "  (",
    "'",
    "'s",
    "s'",
    "\u2019",
    "\u2019s",
    "People",
    "Peoples",
    "Workers",
    "Women",
    "Party",
    "Front",
    "Revolutionary",
    "Committee",
    "Office",
    "Council",
    "Panel",
    " on ",
    " to ",
    "on",
    "to",
    "Foreign",
    "Relations",
    "Monday",
    "Iraq",
    "Acme",
    "Ann Lee",
    "the",
    "The",
    "report",
    " report",
    " Report",
    "PRU",
    "Pandemic Response Unit",
    "leader",
    "a spokesman",
    "of",
    "said",
    "Z\u00e9ta",
    "\u00e9t\u00e9",
    "\u20ac5",
    "\n",
]

_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)
# Fewer pieces, the ones runs join on, so that joins come often.
_JOINING = [" ", "'s ", "' ", "\u2019 ", "People", "Workers", "Party", "Committee", "Office"]
_joining = st.lists(
    st.sampled_from([*_JOINING, " on ", " to ", "Acme", "Iraq", "Monday", "Protect", "."]),
    max_size=12,
).map("".join)


def _plain_joined(text: str, folded: str) -> Iterator[tuple[int, int, str]]:
    """The runs with possessive joins, read run by run: a run followed by an apostrophe
    waits for the next, and the two join when the possessive link reaches the next run and
    :func:`_joins` says they make one name."""
    held: tuple[int, int, str] | None = None
    for run in _runs(folded):
        current = (run.start(), run.end(), run.group())
        if held is not None:
            link = _POSSESSIVE_LINK.match(folded, held[1])
            if (
                link is not None
                and link.end() == current[0]
                and _joins(held[2], current[2], link.group(), _V)
            ):
                current = (held[0], current[1], text[held[0] : current[1]])
            else:
                yield held
            held = None
        if folded.startswith(("'", "\u2019"), current[1]):
            held = current
        else:
            yield current
    if held is not None:
        yield held


@given(st.one_of(_texts, _joining))
def test_name_runs_join_as_the_run_by_run_reading(text: str) -> None:
    doc = Document(text)
    plain = list(_remit_runs(doc.text, doc.folded, _V, _plain_joined(doc.text, doc.folded)))
    assert _name_runs(doc.text, doc.folded, _V, ascii_words(doc.folded)) == plain


def test_name_runs_on_written_examples() -> None:
    for text, want in [
        ("Mongolian People's Revolutionary Party", "Mongolian People's Revolutionary Party"),
        ("a Workers' Party", "Workers' Party"),
        ("the House Committee on Foreign Relations", "House Committee on Foreign Relations"),
        ("the Council on Monday", "Council"),
        ("Britain's Labour Party", "Labour Party"),
        ("the Committee to Protect Journalists", "Committee to Protect Journalists"),
    ]:
        doc = Document(text)
        runs = [r[2] for r in _name_runs(doc.text, doc.folded, _V, ascii_words(doc.folded))]
        assert want in runs, (text, runs)


@given(_texts)
def test_patterns_open_as_their_pre_checks_say(text: str) -> None:
    # each pattern is tried only after a plain test of the characters it opens on
    for end in range(len(text) + 1):
        if ACRONYM.match(text, end) is not None:
            assert text.startswith((" (", "  ("), end)
        if _APPOSITION.match(text, end) is not None:
            assert text.startswith((",", " ,"), end)
        if _REPORT_AFTER.match(text, end) is not None:
            assert text.startswith((" report", " Report"), end)


@given(_texts)
def test_ascii_letter_runs_are_the_letter_runs(text: str) -> None:
    doc = Document(text)
    assert _letter_runs(doc) == distinct(_LETTER_RUN.findall, doc.folded)


def test_endings_open_and_close_as_their_pre_checks_say() -> None:
    # a word is tried against these endings only when it holds "-" or "'" (_ADJECTIVAL) or
    # ends in "y" (_ADVERB_ENDS)
    assert all(e[0] in "-'" for e in _ADJECTIVAL)
    assert all(e.endswith("y") for e in _ADVERB_ENDS)


_SPACED = st.lists(
    st.sampled_from([" ", "  ", "\n", "Ann", "Lee,", "\u00e9t\u00e9", "\u2019s", "-", "\u00a0"]),
    max_size=12,
).map("".join)


@given(_SPACED)
def test_words_are_the_runs_other_than_a_space(text: str) -> None:
    plain = [(m.start(), m.end(), m.group()) for m in regex.finditer(r"[^ ]+", text)]
    assert _words(text, 0, len(text)) == plain
    assert _words(text, 1, max(1, len(text) - 1)) == [
        (m.start(), m.end(), m.group())
        for m in regex.compile(r"[^ ]+").finditer(text, 1, max(1, len(text) - 1))
    ]


_BEFORE_NAME = st.lists(
    st.sampled_from(["in", "near", "across", "throughout", "(", ".", "-", "'", " ", "  ", "x"]),
    max_size=8,
).map("".join)


@given(_BEFORE_NAME)
def test_a_place_word_before_a_name_ends_the_text_before_it(before: str) -> None:
    # _placed_pairs reads the word before a name only when the text before ends so
    text = before + "Nova Scotia"
    start = len(before)
    if _word_before(text, start)[0] in _IN_PLACE:
        assert text.endswith(_IN_PLACE_ENDS, 0, start)


_BODIES_BEFORE = st.lists(
    st.sampled_from(["the ", "bank", "newspaper", "union", "x", "-", "'", " ", "  ", "ank"]),
    max_size=6,
).map("".join)


@given(_BODIES_BEFORE)
def test_body_noun_before_reads_as_the_word_before(before: str) -> None:
    text = before + "Acme said"
    for start in range(len(text) + 1):
        plain = (
            start >= 3
            and text[start - 1] == " "
            and text[start - 2].islower()
            and _word_before(text, start)[0] in _BODY_NOUNS
        )
        assert _body_noun_before(text, start) == plain, (text, start)
