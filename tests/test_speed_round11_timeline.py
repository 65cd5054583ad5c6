"""The short paths of dates and events (round 11) agree with the plain forms they stand for."""

from __future__ import annotations

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct import events
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._subjects import subject_finder
from newsstruct._text import Document

# --- the agents' patterns read by the faster engine on plain text -------------------------

# Pieces of the clauses the agents' patterns read: names, titles, possessives, lower-case
# words and verbs, dashes, marks and runs of spaces (all plain text: ASCII, no separator).
_PIECES = [
    "Ann", "Lee", "ACME", "Acme", "O'Neil", "U.", "N.", "&", "of", "and", "the", "de", "al",
    "said", "says", "plays", "was", "were", "is", "arrested", "shot", "held", "by", "police",
    "from", "on", "in", "at", "next", "again", "On", "In", "Late", "Monday", "Sunday",
    "infobox", "giving", "taking", "which", "while", "but", "whereas", "although",
    "'s", "s'", "-", "-based", "--", "2021", "4", ".", ",", ";", ":", "'", '"', "(", ")",
    " ", " ", " ", "  ", "   ", "\n",
]  # fmt: skip
_PLAIN_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PLAIN_TEXTS)
@example("Ann Lee's chief adviser, Ben Oye, said")
@example("Trade Minister, Ann Lee said")
@example("Ghana plays Sudan next on Sunday")
@example("USA Infobox On Monday")
@example(" giving no sign of it, said")
@example("was arrested on Monday by police")
@example(", Ann Lee, the first to land")
@example("Acme, Zeta and Oye, ")
@example("rose;  prices fell, while Lee")
def test_the_plain_patterns_read_plain_text_as_the_full_ones(text: str) -> None:
    for field in attrs.fields(events._Looks):
        full, plain = getattr(events._LOOKS, field.name), getattr(events._PLAIN_LOOKS, field.name)
        assert plain is not full, field.name  # (read by the faster engine)
        for pos in range(len(text) + 1):
            for read in ("match", "search"):
                a = getattr(full, read)(text, pos)
                b = getattr(plain, read)(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), field.name
            a, b = full.fullmatch(text, 0, pos), plain.fullmatch(text, 0, pos)
            assert (a and a.span()) == (b and b.span()), field.name
            spans = [m.span() for m in full.finditer(text, pos)]
            assert spans == [m.span() for m in plain.finditer(text, pos)], field.name


def _actors(text: str) -> events._Actors:
    doc = Document(text)
    return events._Actors(
        doc, events._vocab(DEFAULT_CONFIG), subject_finder(doc, DEFAULT_CONFIG), (), DEFAULT_CONFIG
    )


def test_a_text_beyond_plain_is_read_by_the_full_patterns() -> None:
    assert _actors("Ann Lee said on Monday.").look is events._PLAIN_LOOKS
    assert _actors("Ann Lée said on Monday.").look is events._LOOKS


# --- the words that open an adverbial clause ------------------------------------------------

_CLAUSE_PIECES = [
    "when", "after", "before", "until", "because", "once", "whenever", "afterwards", "Lee",
    "died", "x", "é", " ", " ", "  ", ",", ".", "-",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=12).map("".join), st.data())
@example("Oye left after Lee died", None)
@example("Lee,  once", None)
@example("Lee  until", None)
def test_no_subordinator_is_found_without_its_cue(text: str, data: st.DataObject | None) -> None:
    lo = 0 if data is None else data.draw(st.integers(0, len(text)))
    hi = len(text) if data is None else data.draw(st.integers(lo, len(text)))
    found = events._LAST_SUBORDINATOR.search(text, lo, hi)
    if events._SUBORDINATOR_CUE.search(text, lo, hi) is None:
        assert found is None


# --- the word before a date, read without the pattern ---------------------------------------

_HEAD_PIECES = ["said", "told", "Lee", "re-", "-", "x", "'", ".", ",", "1", " ", " ", "  ", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=10).map("".join))
@example("Ann Lee said ")
@example("-  ")
@example(" ")
def test_the_last_word_is_the_one_the_pattern_reads(head: str) -> None:
    m = events._WORD_BEFORE.search(head)
    assert events._last_word(head) == (m.group(1) if m is not None else "")
