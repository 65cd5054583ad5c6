"""The short paths of mention finding read what the plain rules they stand for read.

Each test sets a short path against the plain reading it stands for: the word scan of a
text whose letters are ASCII read from its runs of word characters, a search for a
lowercase word that gives up after a few tries, the patterns read by the standard engine
where the characters they read are ASCII, and the joining of runs tried only at the
apostrophes that end a run.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _APPOSITION,
    _APPOSITIVE,
    _ASCII_APPOSITION,
    _ASCII_LOWER_BEFORE,
    _ASCII_NAME_NEXT,
    _ASCII_POSSESSIVE_LINK,
    _LOWER_BEFORE,
    _NAME_NEXT,
    _NEXT_WORD,
    _POSSESSIVE_LINK,
    _STD_APPOSITIVE,
    _WORD_BACK,
    ACRONYM,
    _acronym_at,
    _in_lowercase,
    _joined_runs,
    _joins,
    _next_word,
    _runs,
    _search_word,
    _search_word_within,
    _word_back,
    ascii_words,
    scan,
)
from newsstruct._mentions import vocab as mention_vocab
from newsstruct._text import Document

_V = mention_vocab(DEFAULT_CONFIG)


def _texts(pieces: list[str], size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


# --- the word scan of a text whose letters are ASCII --------------------------------------------

_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}'-]*")  # the words of the scan, as it defines them
_SCAN_PIECES = [
    "said", "he", "He", "she", "official", "officials", "police", "spokesman", "they",
    "x", " ", "  ", ".", ",", "'", "''", "-", "--", "'s", "\n", "1", "\u2014", "\u20ac",
    "\u2019", "\u00a0",
]


def _plain_scan(folded: str) -> list[list[tuple[int, int, str]]]:
    buckets: list[list[tuple[int, int, str]]] = [[], [], []]
    for m in _WORDS.finditer(folded):
        for b in _V.word_kinds.get(m.group(), ()):
            buckets[b].append((m.start(), m.end(), m.group()))
    return buckets


@given(_texts(_SCAN_PIECES, 30))
def test_scan_of_an_ascii_text_finds_the_words_of_the_pattern(text: str) -> None:
    doc = Document(text)
    assert ascii_words(doc.folded)  # (every piece but the letters' is no letter)
    found = scan(doc)
    assert [list(found.heads), list(found.pronouns), list(found.verbs)] == _plain_scan(doc.folded)


@given(_texts(_SCAN_PIECES, 12))
def test_scan_of_a_long_ascii_text_finds_the_words_of_the_pattern(text: str) -> None:
    doc = Document("'he said -- the official's 'police' " * 200 + text)  # several pieces
    found = scan(doc)
    assert [list(found.heads), list(found.pronouns), list(found.verbs)] == _plain_scan(doc.folded)


def test_scan_on_written_examples() -> None:
    found = scan(Document("''He said'' -she left, 'official x-said he's"))
    assert found.pronouns == ((2, 4, "He"), (13, 16, "she"))  # opened by "''" and "-"
    assert found.verbs == ()  # "said''" and "x-said" are words of their own
    assert found.heads == ((24, 32, "official"),)


# --- lowercase words searched for --------------------------------------------------------------

_LOWER_PIECES = ["the", "them", "athe", "he", " ", ".", "-", "e", "\u00e9", "\u20ac", "1"]


@given(_texts(_LOWER_PIECES, 20), st.sampled_from(["the", "he", "e", "them", "x"]), st.integers(0, 3))
def test_a_bounded_search_answers_as_the_search_or_not_at_all(
    text: str, word: str, tries: int
) -> None:
    found = _search_word_within(text, word, tries)
    assert found is None or found == _search_word(text, word)
    assert _search_word_within(text, word, len(text) + 1) == _search_word(text, word)


@given(_texts(_LOWER_PIECES, 30))
def test_words_asked_of_an_ascii_text_are_its_letter_runs(text: str) -> None:
    doc = Document(text)
    runs = set(regex.findall(r"\p{L}+", doc.folded))
    asked = [f"w{i}" for i in range(10)] + ["the", "he", "e", "them", "athe", "\u00e9"]
    for word in asked:  # (past the first few words asked, each is searched with few tries)
        assert _in_lowercase(doc, word) == (word in runs)


# --- patterns read by the standard engine -------------------------------------------------------

_WIDE_PIECES = [
    " ", "  ", "   ", "    ", ",", " ,", "a", "of", "the", "leader", "-", "'", "'s", "\u2019",
    "\u2019s", "Lee", "L", "\u00e9", "\u00c9", "\u00e9t\u00e9", "(", ")", "AB", "A.B.", "1",
    "&", ".", "x-y", "\u20ac",
]


@given(_texts(_WIDE_PIECES), st.integers(0, 50))
def test_word_back_reads_what_the_reverse_pattern_reads(text: str, start: int) -> None:
    start = min(start, len(text))
    if start < 2:
        return  # (no caller asks before the second character)
    m = _WORD_BACK.match(text, max(0, start - 41), start - 1)
    assert _word_back(text, start) == (("", start) if m is None else (m.group(), m.start()))


@given(_texts(_WIDE_PIECES), st.integers(0, 50))
def test_next_word_reads_what_the_pattern_reads(text: str, end: int) -> None:
    end = min(end, len(text))
    want = _NEXT_WORD.match(text, end)
    got = _next_word(text, end)
    assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


@given(_texts(_WIDE_PIECES), st.integers(0, 50))
def test_acronym_at_reads_what_the_pattern_reads(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    want = ACRONYM.match(text, pos)
    got = _acronym_at(text, pos)
    assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


@given(_texts(_WIDE_PIECES), st.integers(0, 50))
@example("                    Lee", 19)  # (both match: their spans are compared)
def test_short_patterns_read_ascii_characters_as_the_full_ones(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    if text[pos : pos + 3].isascii():
        got, want = (
            _ASCII_NAME_NEXT.match(text, pos, pos + 3),
            _NAME_NEXT.match(text, pos, pos + 3),
        )
        assert (got and got.span()) == (want and want.span())
    want = _POSSESSIVE_LINK.match(text, pos)
    if text[pos : pos + 4].isascii():
        got = _ASCII_POSSESSIVE_LINK.match(text, pos)
        assert (got and got.span()) == (want and want.span())
    if text[:pos].isascii():
        assert (_ASCII_LOWER_BEFORE.search(text, 0, pos) is None) == (
            _LOWER_BEFORE.search(text, 0, pos) is None
        )


@given(_texts(_WIDE_PIECES, 24), st.integers(0, 50))
def test_appositive_patterns_read_as_the_full_ones(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    want = _APPOSITIVE.match(text, pos)
    got = _STD_APPOSITIVE.match(text, pos)
    assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))
    if ascii_words(text):
        want = _APPOSITION.match(text, pos)
        got = _ASCII_APPOSITION.match(text, pos)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


def test_appositions_on_written_examples() -> None:
    text = "Ali, a senior adviser to the king, said"
    m = _ASCII_APPOSITION.match(text, 3)
    assert m is not None and m.group(1) == "a senior adviser"


# --- runs joined after a possessive -------------------------------------------------------------

_JOIN_PIECES = [
    "People's ", "Workers' ", "Women\u2019s ", "Ann's ", "Party", "Front", "Lee", "Acme ",
    "Revolutionary ", "the ", "'s ", "' ", " ", ". ", "''",
]


def _plain_joined(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The runs joined as the rule says: a run, a possessive link that ends it, and the run
    that starts where the link ends make one run when the possessive joins them."""
    out: list[tuple[int, int, str]] = []
    for run in runs:
        if out:
            link = _POSSESSIVE_LINK.match(text, out[-1][1])
            before = out[-1]
            if (
                link is not None
                and link.end() == run[0]
                and _joins(before[2], run[2], link.group(), _V)
            ):
                out[-1] = (before[0], run[1], text[before[0] : run[1]])
                continue
        out.append(run)
    return out


@given(_texts(_JOIN_PIECES, 10))
def test_runs_joined_at_their_ends_are_those_the_rule_joins(text: str) -> None:
    runs = [(m.start(), m.end(), m.group()) for m in _runs(text)]
    assert _joined_runs(text, text, _V, runs) == _plain_joined(text, runs)


def test_joined_runs_on_written_examples() -> None:
    text = "the Mongolian People's Revolutionary Party, then Ann's Party"
    runs = [(m.start(), m.end(), m.group()) for m in _runs(text)]
    joined = [r[2] for r in _joined_runs(text, text, _V, runs)]
    assert joined == ["Mongolian People's Revolutionary Party", "Ann", "Party"]
