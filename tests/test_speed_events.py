"""The shortcuts of event building and date reading give what the plain steps give.

Events: the clause of a sentence without clause breaks is found once, a long clause is
bounded with fewer steps, the subject's position is read with fewer steps, the names of a
sentence of many dates skip the capitals at date starts, and a clause with no agent named
before it does not look for a shared subject.  Each is checked against the plain step it
replaces, written out here as it was.

Dates: the word and the governing word before a point, the opening words before a trigger
and the values of "last week" and the like are kept for the text they depend on; read
with nothing kept, the dates must be the same.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import Document, dates, events
from newsstruct._datepatterns import grammar
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._subjects import subject_finder
from newsstruct.model import DateMention, Event
from tests._build import pure_python_only
from tests.adversarial_inputs import INPUTS, news_paragraph
from tests.test_dates_fastpaths import TRICKY, _plain_starts

REF = dt.date(2021, 4, 22)

# Pieces of sentences: dates, names (some sharing a capital with a date), verbs, clause
# breaks, pronouns, quotes and markup.
PIECES = [
    *["on April 22, 2021", "last week", "in 1998", "on Tuesday", "April 3", "next month"],
    *["since May 2019", "two days later", "this year", "by March 3", "in early 2020"],
    *["Ann Lee", "April Smith", "Acme Corp", "the police", "President Joe Biden", "Mr. Ohm"],
    *["Thousands of Romanians", "The Ukrainian Foreign Ministry", "Kuleba", "he", "she"],
    *["said", "warned", "was arrested by the FBI", "will lose $5 billion", "met", "rose"],
    *["and", "but", "while", ",", ";", ", and", ", while", "later", "earlier", "however"],
    *['"We will win,"', "said Ann Lee", "__TITLE__", "according to", "Prices", "quickly"],
    *["the talks", "that", "troops", "in", "of", "x" * 30, "a-b", "."],
    *["next week", "this week", "last month", "the past month", "later,", "Later", "once"],
    *["within", "prior to", "up to", "until", "to", "from"],
]

_TEXTS_EXTRA = [
    "Borrell said on April 19 that troops had massed, while Kuleba warned on April 20 "
    "that the buildup was growing.",
    "Acme lost $11 billion in 2009, and will lose $5 billion in 2010, and gained in 2011.",
    ("on April 22, 2021 last week in 1998 " * 40) + "Ann Lee said on May 3 that it rained.",
    ("Ann Lee met Bob Ray on April 22, 2021 last week in 1998 and " * 12) + "left.",
    ("in 1998 April Smith said " * 30) + ".",
    "Later, Ann Lee said on May 3 that it rained, and later Bob Ray left on May 4.",
    "Later Ann Lee said on May 3 that it rained; earlier, Bob Ray left on May 4.",
]


def _texts() -> Iterator[str]:
    yield from TRICKY
    yield from _TEXTS_EXTRA
    yield news_paragraph(4000)
    for name, make in sorted(INPUTS.items()):
        yield make(2000 if name != "news_paragraph" else 4000)
    rng = random.Random(5)
    for _ in range(30):
        yield " ".join(rng.choice(PIECES) for _ in range(rng.randrange(10, 160)))


# --- events, the plain way ---------------------------------------------------------------


def _plain_bounded(folded: str, start: int, end: int, date: DateMention) -> tuple[int, int]:
    if end - start <= events._MAX_CLAUSE:
        return start, end
    lo = max(start, date.start - events._MAX_CLAUSE // 2)
    hi = min(end, date.end + events._MAX_CLAUSE // 2)
    while lo > start and not folded[lo - 1].isspace():
        lo += 1
        if lo >= date.start:
            lo = date.start
            break
    while hi < end and hi > date.end and not folded[hi].isspace():
        hi -= 1
    return lo, hi


class _PlainActors(events._Actors):
    def _subject_position(self, start: int, end: int, date: DateMention) -> int:
        f = self.folded
        markup = events._MARKUP.match(f, start, end)
        pos = start if markup is None else markup.end()
        for _ in range(4):
            m = events._WORD.match(f, pos, end)
            if m is None:
                return pos
            low = m.group(0).lower().rstrip(",")
            nxt = m.end()
            while nxt < end and f[nxt] in " ,":
                nxt += 1
            time_word = low in ("later", "earlier") and f[m.end() : m.end() + 1] != ","
            if low in events._LEADING_WORDS and not time_word:
                pos = nxt
                continue
            if date.start <= m.start() < date.end:
                pos = max(nxt, date.end)
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            gap = f[m.end() : date.start]
            first = self.date_ends.get(m.end() + 1, -1)
            if (
                low in events._OPENING_PREPOSITIONS
                and 0 < first < date.start
                and events._RANGE_JOIN.fullmatch(f, first, date.start)
            ):
                pos = date.end  # a range that opens the sentence: "From 3 - 5 May"
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            if (
                low in events._OPENING_PREPOSITIONS
                and gap in (" ", " the ")
                and (
                    f.find(",", pos, min(end, pos + 70)) == -1
                    or (
                        (
                            (f[date.end : end][:1] == " " and f[date.end + 1 : end][:1].isupper())
                            or events._SUBJECT_NEXT.match(f, date.end, end) is not None
                        )
                        and not (gap == " the " and date.text.isdigit())
                    )
                )
            ):
                pos = date.end
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            if self._opening_phrase(m, low, end):
                after = self._phrase_end(m.end(), end)
                if after is not None:
                    pos = after
                    continue
            if low in events._OPENING_PREPOSITIONS or (low.endswith("ly") and m.start() == start):
                comma = f.find(",", pos, min(end, pos + 70))
                pronoun = (
                    events._PHRASE_THEN_PRONOUN.match(f, m.end(), end)
                    if comma == -1 and low in events._OPENING_PREPOSITIONS and m.start() == start
                    else None
                )
                if pronoun is not None and not events._FINITE.search(f, m.end(), pronoun.end()):
                    return pronoun.end()
                if comma == -1 and low in events._OPENING_PREPOSITIONS and date.start > pos:
                    comma = f.find(",", date.end, min(end, pos + 140))
                    if comma != -1 and (
                        f[date.end : comma].strip(" ") or self._has_verb(pos, date.start)
                    ):
                        comma = -1
                if comma != -1:
                    pos = comma + 1
                    while pos < end and f[pos] == " ":
                        pos += 1
                    continue
                if (
                    low in events._PHRASE_PREPOSITIONS
                    and m.start() == start
                    and pos < date.start <= m.end() + 60
                    and not events._FINITE.search(f, m.end(), date.start)
                    and self._named_after_phrase(m.end(), date.start) is None
                ):
                    named = self._named_after_phrase(date.end, end)
                    if named is not None:
                        return named
            return pos
        return pos


def _plain_events(text: str, ref: dt.date) -> tuple[Event, ...]:
    """:func:`events._build` without its shortcuts: every clause looked up, every name of
    a clause tried, a shared subject always looked for."""
    doc = Document(text)
    found = dates.extract_dates(doc, ref)
    vocab = events._vocab(DEFAULT_CONFIG)
    actors = _PlainActors(doc, vocab, subject_finder(doc, DEFAULT_CONFIG), found)
    by_sentence: dict[int, list[DateMention]] = {}
    for d in found:
        if d.value is not None:
            by_sentence.setdefault(doc.sentence_index(d.start), []).append(d)
    out = []
    for index, group in by_sentence.items():
        if not doc.sentences:
            break
        sent = doc.sentences[index]
        s_start, s_end = sent.start, sent.end
        if not (s_start <= group[0].start < s_end):
            s_start, s_end = group[0].start, group[0].end
        previous: tuple[str, ...] = ()
        breaks = [m.span() for m in events._CLAUSE_BREAK.finditer(doc.folded, s_start, s_end)]
        actors.capitals = None
        for d in group:
            if len(group) > 1:
                c_start, c_end = events._clause(doc, s_start, s_end, d, breaks)
                if c_start > s_start and events._only_dates(doc.folded, c_start, c_end, group):
                    c_start, c_end = s_start, s_end
                elif (
                    c_start > s_start
                    and doc.folded.startswith("; ", c_start - 2)
                    and events._FRAGMENT_OPENING.match(doc.folded, c_start)
                    and not actors._has_verb(c_start, c_end)
                ):
                    c_start = s_start
            else:
                c_start, c_end = s_start, s_end
                turn = events._last_turn(doc.folded, s_start, d.start)
                if (
                    turn is not None
                    and not actors.starts_with_verb(turn, s_end)
                    and actors._has_verb(turn, s_end)
                ):
                    c_start = turn
            c_start, c_end = _plain_bounded(doc.folded, c_start, c_end, d)
            near = (max(s_start, c_start - 300), min(s_end, c_end + 300))
            who = actors.of_clause(c_start, c_end, d, near)
            if not who and c_start > s_start and actors.starts_with_verb(c_start, c_end):
                who = previous
            previous = who or previous
            rule = "event.sentence" if (c_start, c_end) == (s_start, s_end) else "event.clause"
            out.append(
                Event(
                    c_start,
                    c_end,
                    doc.text[c_start:c_end],
                    date=d,
                    actors=tuple(filter(None, who)),
                    rule=rule,
                )
            )
    out.sort(key=lambda e: (e.date.first, e.start, e.date.start))
    return tuple(out)


@pure_python_only
def test_events_are_those_of_the_plain_steps() -> None:
    for text in _texts():
        assert events.extract_events(Document(text), REF) == _plain_events(text, REF), text[:80]


@pure_python_only
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=120), st.integers(1, 4))
def test_events_of_many_dates_are_those_of_the_plain_steps(pieces: list[str], n: int) -> None:
    text = " ".join(pieces * n)
    assert events.extract_events(Document(text), REF) == _plain_events(text, REF)


@pure_python_only
def test_subject_position_is_the_plain_one() -> None:
    for text in _texts():
        doc = Document(text[:3000])
        found = dates.extract_dates(doc, REF)
        subjects = subject_finder(doc, DEFAULT_CONFIG)
        vocab = events._vocab(DEFAULT_CONFIG)
        fast = events._Actors(doc, vocab, subjects, found)
        plain = _PlainActors(doc, vocab, subjects, found)
        for d in found[:40]:
            sent = doc.sentence_at(d.start)
            lo, hi = (sent.start, sent.end) if sent is not None else (0, len(text))
            for start in range(max(lo, d.start - 80), d.start + 1):
                for end in (d.end, hi):
                    got = fast._subject_position(start, end, d)
                    assert got == plain._subject_position(start, end, d), (text[start:end], d)


@given(st.text(alphabet=" \t\nab,.-\u00a0\u2003", max_size=900), st.data())
def test_bound_of_a_long_clause_is_the_plain_bound(folded: str, data: Any) -> None:
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    d_start = data.draw(st.integers(start, end))
    d_end = data.draw(st.integers(d_start, end))
    date = DateMention(d_start, d_end, folded[d_start:d_end])
    assert events._bounded(folded, start, end, date) == _plain_bounded(folded, start, end, date)


def test_clause_of_a_sentence_without_breaks_is_the_sentence() -> None:
    for text in _texts():
        doc = Document(text)
        for sent in doc.sentences[:20]:
            clauses = {
                events._clause(doc, sent.start, sent.end, DateMention(p, p + 1, "x"), [])
                for p in range(sent.start, sent.end, 7)
            }
            assert len(clauses) <= 1


# --- dates, with nothing kept ------------------------------------------------------------


class _NoMemo(dict[Any, Any]):
    """A dict that keeps nothing: every lookup is read afresh."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass


def _plain_dates(text: str, ref: dt.date | None, monkeypatch: pytest.MonkeyPatch) -> Any:
    init = dates._Context.__init__

    def plain_init(self: dates._Context, *args: Any) -> None:
        init(self, *args)
        self._before, self._relation, self.relative = _NoMemo(), _NoMemo(), _NoMemo()
        self._before_text, self._relation_text = _NoMemo(), _NoMemo()

    starts = dates._starts
    with monkeypatch.context() as m:
        m.setattr(dates._Context, "__init__", plain_init)
        m.setattr(
            dates, "_starts", lambda f, ts, numbers, done, _kept=None: starts(f, ts, numbers, done)
        )
        return dates._scan(Document(text), ref, DEFAULT_CONFIG)


@pytest.mark.parametrize("after", [dates._BY_TEXT_AFTER, 1, 3])
def test_dates_are_those_read_with_nothing_kept(
    after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in [*_texts(), "In 2021 on April 22nd, April 3 and April \u0663; last weekend."]:
        for ref in (REF, dt.date(2020, 12, 31), None):
            with monkeypatch.context() as m:
                m.setattr(dates, "_BY_TEXT_AFTER", after)
                kept = dates._scan(Document(text), ref, DEFAULT_CONFIG)
            assert kept == _plain_dates(text, ref, monkeypatch), text[:80]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.integers(2, 5))
def test_repeated_dates_are_those_read_with_nothing_kept(pieces: list[str], n: int) -> None:
    text = " ".join(pieces * n)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(dates, "_BY_TEXT_AFTER", 1)
        kept = dates._scan(Document(text), REF, DEFAULT_CONFIG)
        monkeypatch.undo()
        assert kept == _plain_dates(text, REF, monkeypatch)


@given(st.lists(st.sampled_from([*PIECES, "caf\u00e9", "\u00e9t\u00e9", "  "]), max_size=30))
def test_words_before_kept_by_text_are_the_plain_patterns(pieces: list[str]) -> None:
    g = grammar(DEFAULT_CONFIG)
    text = " ".join(pieces * 3)
    doc = Document(text)
    ctx = dates._Context(doc, REF, g)
    ctx.by_text = True
    f = doc.folded
    for pos in range(len(f) + 1):
        before = dates._WORD_BEFORE.search(f, max(0, pos - 30), pos)
        relation = g.relation.search(f, max(0, pos - 30), pos)
        assert ctx.word_before(pos) == (before.group(1) if before else "")
        word = None if relation is None else " ".join(relation.group("word").lower().split())
        assert ctx.relation_word(pos) == word


@given(st.lists(st.sampled_from([*PIECES, "the end of", "early", "two", "caf\u00e9"]), max_size=30))
def test_opening_words_kept_by_text_are_the_plain_ones(pieces: list[str]) -> None:
    numbers = grammar(DEFAULT_CONFIG).numbers
    folded = Document(" ".join(pieces * 3)).folded
    kept: dict[str, tuple[int, ...]] = {}
    for ts in range(len(folded) + 1):
        for done in (0, max(0, ts - 20), max(0, ts - 6), max(0, ts - 3), ts):
            got = dates._starts(folded, ts, numbers, done, kept)
            assert got == _plain_starts(folded, ts, numbers, done), (folded[ts - 50 : ts], done)
