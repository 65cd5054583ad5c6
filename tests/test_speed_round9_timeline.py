"""The short paths of dates and events agree with the plain forms they stand for."""

from __future__ import annotations

import random

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import events
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._subjects import subject_finder
from newsstruct._text import Document
from newsstruct.dates import extract_dates
from newsstruct.model import DateMention

# Pieces of text that matter to the patterns read from the right: words they name (in two
# cases), words that end or hold them ("within", "into", "Once"), letters beyond ASCII,
# runs of spaces, commas, hyphens and marks.
_PIECES = [
    " ",
    "  ",
    "   ",
    "    ",
    ",",
    ", ",
    "-",
    "--",
    ".",
    "'",
    "\n",
    "in",
    "IN",
    "within",
    "into",
    "to",
    "for",
    "from",
    "the",
    "The",
    "and",
    "or",
    "when",
    "once",
    "Once",
    "after",
    "until",
    "because",
    "said",
    "Acme",
    "x",
    "7",
    "\u00e9t\u00e9",
    "Zo\u00eb",
]

_texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _plain(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` read from the left: its plain form."""
    return regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)


def _windows(text: str) -> list[tuple[int, int]]:
    return [(lo, hi) for hi in range(len(text) + 1) for lo in {0, max(0, hi - 9), hi}]


def _same_search(pattern: regex.Pattern[str], text: str) -> None:
    plain = _plain(pattern)
    for lo, hi in _windows(text):
        fast, slow = pattern.search(text, lo, hi), plain.search(text, lo, hi)
        assert (fast is None) == (slow is None), (pattern.pattern, text, lo, hi)
        if fast is not None and slow is not None:
            assert fast.span() == slow.span(), (pattern.pattern, text, lo, hi)
            assert fast.groups() == slow.groups(), (pattern.pattern, text, lo, hi)


def _same_last(text: str) -> None:
    for lo, hi in _windows(text):
        last = None
        for found in events._SUBORDINATOR.finditer(text, lo, hi):
            last = found
        fast = events._LAST_SUBORDINATOR.search(text, lo, hi)
        assert (fast is None) == (last is None), (text, lo, hi)
        if fast is not None and last is not None:
            assert fast.span() == last.span(), (text, lo, hi)


_REVERSED = (events._WORD_BEFORE, events._DIRECT_OBJECT, events._LIST_TAIL)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_patterns_read_from_the_right_find_what_a_search_finds(text: str) -> None:
    for pattern in _REVERSED:
        _same_search(pattern, text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_last_subordinator_is_the_last_match(text: str) -> None:
    _same_last(text)


def test_patterns_read_from_the_right_on_random_texts() -> None:
    rng = random.Random(9)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        for pattern in _REVERSED:
            _same_search(pattern, text)
        _same_last(text)


def test_patterns_read_from_the_right_on_examples() -> None:
    text = "Lee, who arrived when  Oye left after the vote, told reporters within the "
    for pattern in _REVERSED:
        _same_search(pattern, text)
    _same_last(text)
    at = text.index("within")
    assert events._WORD_BEFORE.search(text, at - 20, at).group(1) == "reporters"
    assert events._DIRECT_OBJECT.search(text, at - 5, len(text)).group(1) == "within"
    assert events._LAST_SUBORDINATOR.search(text, 0, at).group().strip() == "after"


def _fullest_plain(name: str, text: str, near: tuple[int, int]) -> str:
    """The plain form of ``events._fullest``: every name read in full."""
    if " " in name or not name or text.find(" " + name, *near) < 0:
        return name
    best = name
    for m in events._NAME_RE.finditer(text, *near):
        words = m.group(0).split()
        if len(words) > 1 and words[-1].rstrip("'s") == name and len(m.group(0)) > len(best):
            best = m.group(0)
    return best


# Capitalised words, names ending in each other, possessives and the words between.
_NAME_PIECES = [" ", "  ", ", ", ". ", "Lee", "Lees", "Lee's", "Lees'", "Leeson", "Ann",
                "Ann Lee", "Mr Lee", "Oye", "of", "the", "said", "Jo\u00eb", "s", "'"]  # fmt: skip
_name_texts = st.lists(st.sampled_from(_NAME_PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_name_texts, st.sampled_from(["Lee", "Lees", "Ann", "Oye", "Ann Lee", "Jo\u00eb", "s"]))
def test_fullest_reads_what_the_plain_loop_reads(text: str, name: str) -> None:
    for near in {(0, len(text)), (min(3, len(text)), len(text)), (0, len(text) // 2)}:
        assert events._fullest(name, text, near) == _fullest_plain(name, text, near)


_STORY = (
    "President Ann Lee of Acme said on Monday that Mrs Oye, the chief, left. Lee, who "
    "joined Acme in 2010, denied it. He said Gen. Ben Oye had met the Republic of Cyprus "
    "envoy. Mr.Lee and Acme Group agreed. Speaking on Tuesday, Oye said talks resumed. "
    "Late on Sunday, police said Acme-- Zeta had closed. Instead, the cost will be paid."
)


def _actors(text: str) -> events._Actors:
    doc = Document(text)
    dates = extract_dates(doc, "2021-04-22")
    vocab = events._vocab(DEFAULT_CONFIG)
    return events._Actors(doc, vocab, subject_finder(doc, DEFAULT_CONFIG), dates)


def test_person_names_kept_for_each_run_are_the_ones_read() -> None:
    actors = _actors(_STORY)
    runs = [m.group(0) for m in events._NAME_RE.finditer(actors.folded)]
    assert runs
    for run in runs:
        first = actors._person_names(run)
        assert first == actors._read_person_names(run)
        assert actors._person_names(run) is first  # read once


def _opening_phrase_plain(actors: events._Actors, word: regex.Match[str], low: str, end: int) -> bool:
    """The plain form of ``_Actors._opening_phrase``: the word after it read first."""
    nxt = events._NEXT_WORD.match(actors.folded, word.end(), end)
    if nxt is None:
        return False
    following = nxt.group(1)
    if low in events._OPENING_PREPOSITIONS or low in events._ING_PREPOSITIONS:
        return False
    if low in events._TIME_ADVERBS:
        return following in events._TIME_WORDS or following in events._OPENING_PREPOSITIONS
    if low in events._DEGREE_WORDS:
        return following.endswith("ly")
    return (
        (
            (len(low) >= 6 and low.endswith("ing"))
            or (len(low) >= 5 and low.endswith("ed"))
            or low in events._IRREGULAR_OPENERS
        )
        and word.group(0)[:1].isupper()
        and following[:1].islower()
        and not actors.is_proper(word.group(0))
        and not actors._verb_after(word.end(), end, strict=True, adverbials=False)
    )


_OPENING_WORDS = ["Speaking", "Asked", "Born", "Late", "late", "More", "Recently", "According",
                  "Including", "Acme", "Released", "Armed", "on", "to", "reporters", "recently",
                  "this", "in", "Lee", "said", "Monday", ",", "denied", "Having"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_WORDS), min_size=1, max_size=8).map(" ".join))
def test_opening_phrase_reads_as_its_plain_form(clause: str) -> None:
    text = clause + " on Monday, Lee said."
    actors = _actors(text)
    for word in events._WORD.finditer(actors.folded):
        low = word.group(0).lower()
        for end in (len(text), word.end() + 1):
            got = actors._opening_phrase(word, low, end)
            assert got == _opening_phrase_plain(actors, word, low, end), (text, word, end)


def test_usable_kept_for_each_name_and_offset_is_the_one_read() -> None:
    actors = _actors(_STORY)
    names = [(m.start(), m.group(0)) for m in events._NAME_RE.finditer(actors.folded)]
    assert names
    for start, name in names + names:  # each read twice: the second from what was kept
        assert actors._usable(start, name) == actors._read_usable(start, name)
    assert len(actors.usable) == len(set(names))


def test_subjects_and_act_nouns_kept_for_a_clause_are_the_ones_read() -> None:
    text = (
        "The April 22 announcement by Acme came on Monday and on Tuesday. Federal "
        "investigators arrested two men on Friday. President Ann Lee met Oye in May and in "
        "June. Lee's arrest on Monday and on Tuesday surprised Zeta."
    )
    actors = _actors(text)
    f = actors.folded
    starts = [m.start() for m in events._WORD.finditer(f)]
    for pos in starts + starts:  # each read twice: the second from what was kept
        end = f.find(".", pos) + 1 or len(f)
        near = (0, len(f))
        first = events._WORD.match(f, pos).group(0).lower()  # type: ignore[union-attr]
        assert actors._subject_at(pos, end, near, first) == actors._read_subject_at(
            pos, end, near, first
        )
        assert actors.of_nominal(0, pos, end, near) == actors._read_nominal(0, pos, end, near)
    assert any(found for found in actors.subjects_at.values())
    assert any(found for found in actors.nominals.values())


def test_usable_turns_down_runs_across_a_dash_and_runs_of_non_names() -> None:
    actors = _actors(_STORY)
    f = actors.folded
    at = f.index("Acme-- Zeta")
    assert actors._usable(at, "Acme-- Zeta") is None
    assert actors._usable(f.index("Instead"), "Instead") is None
    assert actors._usable(f.index("Acme Group"), "Acme Group") == "Acme Group"


def _last_turn_plain(folded: str, start: int, date_start: int) -> int | None:
    """The plain form of ``events._last_turn``: every turn read."""
    found = None
    for m in events._TURN.finditer(folded, start, date_start):
        found = m.end()
    if found is not None and len(events._QUOTE_MARKS.findall(folded, start, found)) % 2:
        return None
    return found


def _in_subject_phrase_plain(folded: str, pos: int, at: int) -> bool:
    """The plain form of ``events._in_subject_phrase``: every word read."""
    if at - pos > 120:
        return False
    words = events._PHRASE_WORD.findall(folded, pos, at)
    if not words or not words[0][:1].isalpha():
        return False
    preposition = False
    for i, w in enumerate(words):
        if not w[:1].isalpha():
            return False
        low = w.lower()
        if low in events._SUBJECT_PREPOSITIONS and i > 0:
            preposition = True
        elif not preposition and w[:1].isupper() and i > 0:
            return False
    return preposition


# Pieces of clauses: prepositions in any case and inside other words, turns with "but",
# quotation marks, names and marks.
_CLAUSE_PIECES = [" ", "  ", ", ", ",  ", "but", "But", "butter", "in", "In", "IN", "within",
                  "Within", "into", "at", "that", "near", "nearly", "around", "the", "price",
                  "of", "rice", "Asia", "Acme", "-", "'", '"', "\u201c", ";", "(", "\u00e9t\u00e9",
                  "\u0130n", "rose"]  # fmt: skip
_clauses = st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_clauses)
def test_pre_checks_of_clause_readers_agree_with_their_plain_forms(text: str) -> None:
    for at in range(len(text) + 1):
        for pos in {0, max(0, at - 7), at}:
            assert events._last_turn(text, pos, at) == _last_turn_plain(text, pos, at)
            got = events._in_subject_phrase(text, pos, at)
            assert got == _in_subject_phrase_plain(text, pos, at), (text, pos, at)


def test_pre_checks_of_clause_readers_on_examples() -> None:
    text = "The price of rice in Asia rose, but on Monday the talks at Acme ended"
    at = text.index("Asia")
    assert events._in_subject_phrase(text, 0, at) is True
    assert events._in_subject_phrase(text, 0, text.index("rice")) is False
    assert events._last_turn(text, 0, text.index("Monday")) == text.index("on Monday")
    assert events._last_turn(text, 0, at) is None


def _gap_by_plain(
    actors: events._Actors, start: int, end: int, date: DateMention, near: tuple[int, int]
) -> tuple[str, ...] | None:
    """The plain form of ``_Actors._gap_by``: every passive read."""
    f = actors.folded
    for m in events._PASSIVE_GAP_BY.finditer(f, start, end):
        if not (m.start("gap") <= date.start and date.end <= m.end("gap")):
            continue
        gap_start, gap_end = m.start("gap"), m.end("gap")
        if events._GAP_CLAUSE.search(f, gap_start, date.start) or events._GAP_CLAUSE.search(
            f, date.end, gap_end
        ):
            continue
        return actors._by_agent(m.end(), end, near, 2)
    return None


@pytest.mark.parametrize(
    "text",
    [
        "The man was sentenced on Monday by a panel of the Supreme Court.",
        "They were moved from their homes on Friday by soldiers.",
        "The plan was approved by the board on Monday.",
        "He was told on Monday that the firm, owned by Acme, had closed.",
        "Acme was bought by Zeta, and on Tuesday it was sold.",
    ],
)
def test_gap_by_reads_what_its_plain_form_reads(text: str) -> None:
    actors = _actors(text)
    doc_dates = extract_dates(actors.doc, "2021-04-22")
    assert doc_dates
    for date in doc_dates:
        near = (0, len(text))
        got = actors._gap_by(0, len(text), date, near)
        assert got == _gap_by_plain(actors, 0, len(text), date, near)


def test_gap_by_finds_the_agent_after_the_date() -> None:
    text = "The man was sentenced on Monday by a panel of the Supreme Court."
    actors = _actors(text)
    (date,) = extract_dates(actors.doc, "2021-04-22")
    assert actors._gap_by(0, len(text), date, (0, len(text))) is not None
