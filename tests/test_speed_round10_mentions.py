"""The short paths of mention finding read what the plain rules they stand for read.

Each test sets a short path against the plain reading it stands for: a name written alone
found without compiling a pattern per name, the first test of a rule written out before
the rule is called (so that the rule is never skipped where it could hold), and a
capitalised head inside a name skipped before its determiner is looked for.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _A_AN_ENDS,
    _ADJECTIVE_ENDS,
    _ARTICLES,
    _ASCII_LOWER_OPENING,
    _COMPANY_ENDS,
    _CONNECTORS,
    _DEMONYM,
    _adjective_before_noun,
    _adjective_run,
    _alone,
    _article_named,
    _ascii_lower_opening,
    _described,
    _det_before,
    _inside_name,
    _named_by_initials,
    _one_of_a_people,
    _region_named,
    _role_after,
    _role_held,
    _word_before,
    find_mentions,
    scan,
)
from newsstruct._mentions import vocab as mention_vocab
from newsstruct._text import Document

_V = mention_vocab(DEFAULT_CONFIG)

# --- a name written alone -----------------------------------------------------------------------

_ALONE_PIECES = ["Lee", "Lees", "eLee", "Lee-", "-Lee", " ", ".", "\u00e9", "Z\u00e9", "1", "'"]
_alone_texts = st.lists(st.sampled_from(_ALONE_PIECES), max_size=12).map("".join)


def _plain_alone(word: str) -> regex.Pattern[str]:
    return regex.compile(r"(?<!\p{L})" + regex.escape(word) + r"(?!\p{L})")


@given(
    _alone_texts,
    st.sampled_from(["Lee", "e", "Lee-", "\u00e9", "LeeLee", "1"]),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_alone_finds_what_the_pattern_of_the_word_finds(
    text: str, word: str, pos: int, endpos: int
) -> None:
    plain = _plain_alone(word)
    found = [m.start() for m in plain.finditer(text, pos, endpos)]
    assert list(_alone(text, word, pos, endpos)) == found
    assert len(list(_alone(text, word, 0, len(text)))) == len(plain.findall(text, 0, len(text)))


def test_alone_on_written_examples() -> None:
    assert list(_alone("Lee met Ann Lee, not Leeds.", "Lee", 0, 27)) == [0, 12]
    assert list(_alone("Lee met Ann Lee", "Lee", 1, 15)) == [12]  # "Lee" before pos is not read
    assert list(_alone("Zo\u00e9Lee and Lee", "Lee", 0, 14)) == [11]  # a wide letter before
    assert list(_alone("Lees", "Lee", 0, 3)) == [0]  # nothing after endpos is read
    assert list(_alone("Lee", "Lee", 0, 4)) == [0]  # an end past the text is the text's end


# --- runs of one word skipped in one pass --------------------------------------------------------


def test_skipped_words_are_single_words_the_loop_skips() -> None:
    # _named drops a run whose text is one of these before its loop, where the test of a
    # run of one word against non-names, companies' ends and connectors skips it
    for w in _V.skipped_words:
        assert " " not in w
        plain = w.rstrip(".")
        assert plain in _V.non_names or plain in _COMPANY_ENDS or w.lower() in _CONNECTORS


# --- a run opened in lower case -----------------------------------------------------------------

_OPENING_PIECES = ["e", "al", "al-", "bin-", "Mc", "Bay", "Assad", "-", "'", "''", ".", "1", " ", "\u2014"]
_opening_texts = st.lists(st.sampled_from(_OPENING_PIECES), max_size=12).map("".join)


@given(_opening_texts)
def test_lower_openings_are_found_where_the_pattern_finds_them(text: str) -> None:
    assert _ascii_lower_opening(text) == (_ASCII_LOWER_OPENING.search(text) is not None)


def test_lower_openings_on_written_examples() -> None:
    assert _ascii_lower_opening("sold on eBay")
    assert _ascii_lower_opening("Bashar al-Assad said")
    assert not _ascii_lower_opening("McDonald and Jean-Pierre")  # glued to the word before
    assert not _ascii_lower_opening("Ann Lee \u2014 Acme")


# --- first tests written out before a rule ------------------------------------------------------

_AROUND = [
    " ",
    "  ",
    ", ",
    " , ",
    ", who is the mayor of Ruritania,",
    ", leader of the rebels,",
    ", a spokesman for Acme,",
    " (",
    "  (",
    "(AR)",
    "(ARU)",
    "a ",
    "A ",
    "an ",
    "An ",
    "n ",
    "who ",
    "Russian",
    "European",
    "Federal",
    "Parliamentary",
    "Al",
    "El",
    "New",
    "North",
    "Jersey",
    "Acme",
    "Ruritania",
    " officials",
    " states",
    " said",
    ".",
]
_around_texts = st.lists(st.sampled_from(_AROUND), max_size=10).map("".join)


@given(_around_texts)
def test_rules_hold_only_where_their_first_test_written_out_holds(text: str) -> None:
    doc = Document(text)
    folded = doc.folded
    for end in range(len(folded) + 1):
        if not folded.startswith((",", " ,"), end):
            # _one_name and _one_word call neither without a comma after the name
            assert _role_held(doc, end, _V) is None
            assert _role_after(doc, 0, end, _V) is None
        if not folded.startswith((" (", "  ("), end):
            assert not _named_by_initials(folded, end, ["Acme", "Ruritania", "Union"])
        if folded[end - 2 : end] not in _A_AN_ENDS:
            assert not _one_of_a_people(folded, end, min(len(folded), end + 3))


_WORDS = ["Russian", "European", "Federal", "Parliamentary", "Acme", "Ann", "New", "Al", "El"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3), _around_texts)
def test_word_rules_hold_only_where_their_first_test_written_out_holds(
    plain: list[str], after: str
) -> None:
    folded = " ".join(plain) + after
    end = len(" ".join(plain))
    first = plain[0]
    if not (first in _V.demonyms or (len(first) > 4 and first.endswith(_DEMONYM))):
        assert not _adjective_before_noun(folded, end, first, _V)
    if not (first in _V.demonyms or (len(first) > 4 and first.endswith(_ADJECTIVE_ENDS))):
        assert not _adjective_run(folded, end, plain, _V)
    if first not in _ARTICLES:
        assert not _article_named(folded, plain, " ".join(plain))
    for cut in (-1, 0):
        for role in (None, "mayor"):
            if not (len(plain) == 2 and cut < 0 and role is None):
                assert not _region_named(folded, plain, cut, role)


# --- a capitalised head inside a name -----------------------------------------------------------

_HEAD_PIECES = [
    "The ",
    "the ",
    "A ",
    "His ",
    "Seoul ",
    "Government ",
    "Stephen ",
    "Acme ",
    "UkraineThe ",
    "said. ",
    "\n",
    '"',
    "(",
    "a former ",
    "Police",
    "President",
    "Minister",
    "Bank",
    "Group",
    "police",
    "official",
    " said",
    ", ",
    " ",
]
_head_texts = st.lists(st.sampled_from(_HEAD_PIECES), max_size=10).map("".join)


@given(_head_texts)
def test_a_head_inside_a_name_has_no_determiner_after_the_word_before(text: str) -> None:
    doc = Document(text)
    folded = doc.folded
    for hs, _end, word in scan(doc).heads:
        if not word[0].isupper():
            continue
        kind = _V.titles.get(word.lower(), "title")
        if hs == 0 or folded[hs - 1] in '\n"(' or not _inside_name(doc, hs, kind, _V):
            continue
        pw, ps = _word_before(folded, hs)
        det, start = _det_before(folded, hs)
        # what _described tests after looking for the determiner skips the head then
        assert pw and pw[0].isupper()
        assert det is None or ps > start
        if det is None and kind == "title":
            sentence = doc.sentence_at(ps)
            assert (
                pw in _V.non_names
                or pw in _V.first_names
                or sentence is None
                or sentence.start != ps
            )


@given(_head_texts)
def test_described_yields_no_capitalised_head_inside_a_name(text: str) -> None:
    doc = Document(text)
    folded = doc.folded
    heads = scan(doc).heads
    described = list(_described(doc, _V, [], scan(doc), [], None))
    starts_inside = {
        hs
        for hs, _end, word in heads
        if word[0].isupper()
        and hs > 0
        and folded[hs - 1] not in '\n"('
        and _inside_name(doc, hs, _V.titles.get(word.lower(), "title"), _V)
    }
    assert not any(m.end in {e for s, e, _w in heads if s in starts_inside} for m in described)


def test_mentions_of_heads_on_written_examples() -> None:
    for text, want in [
        ("The President said so.", [("The President", "role"), ("President", "role")]),
        ("Government official said so.", [("Government official", "role"), ("Government", "body")]),
        ("the Seoul Police said so.", [("Seoul Police", "organisation")]),
        ("Stephen Police said so.", [("Stephen Police", "organisation")]),
        ("A former President said so.", [("A former President", "role"), ("President", "role")]),
        ("UkraineThe Bank said so.", [("UkraineThe Bank", "organisation")]),
    ]:
        got = [(m.text, m.kind) for m in find_mentions(Document(text))]
        assert got == want, (text, got)
