"""The short paths of dates and events (round 10) agree with the plain forms they stand for."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import dates, events
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._subjects import subject_finder
from newsstruct._text import Document
from newsstruct.model import GRANULARITIES, RELATIONS, DateMention, Event
from tests._build import pure_python_only

# --- the makers of date mentions and events -------------------------------------------------

_OFFSETS = st.one_of(st.integers(-3, 40), st.booleans(), st.just(2.0), st.none())
_WORDS = st.one_of(st.none(), st.sampled_from(sorted(GRANULARITIES | RELATIONS | {"", "x"})))
_DAYS = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))


def _outcome(make: object, *args: object) -> tuple[str, object]:
    """What calling ``make(*args)`` gives: ("ok", the value and every field) or the error."""
    try:
        made = make(*args)  # type: ignore[operator]
    except (TypeError, ValueError) as error:
        return type(error).__name__, str(error)
    return "ok", (type(made), made, attrs.astuple(made, recurse=False))


@pure_python_only
@settings(max_examples=400, deadline=None)
@given(
    _OFFSETS,
    _OFFSETS,
    st.one_of(st.text(max_size=6), st.none()),
    st.one_of(st.none(), st.text(max_size=10)),
    _WORDS,
    _WORDS,
    _DAYS,
    _DAYS,
    st.sampled_from(["", "date.year", "date.month_day"]),
)
def test_date_mention_maker_makes_what_the_constructor_makes(
    start: object,
    end: object,
    text: object,
    value: object,
    granularity: object,
    relation: object,
    first: object,
    last: object,
    rule: str,
) -> None:
    args = (start, end, text, value, granularity, relation, first, last, rule)
    assert _outcome(dates._make_mention, *args) == _outcome(DateMention, *args)


_DATE = DateMention(3, 10, "Tuesday", value="2021-04-20", granularity="day")


@pure_python_only
@settings(max_examples=300, deadline=None)
@given(
    _OFFSETS,
    _OFFSETS,
    st.one_of(st.text(max_size=6), st.none()),
    st.one_of(
        st.tuples(),
        st.tuples(st.sampled_from(["Ann Lee", "Acme"])),
        st.lists(st.sampled_from(["Ann Lee", "Acme"]), max_size=2),
    ),
    st.sampled_from(["event.sentence", "event.clause"]),
)
def test_event_maker_makes_what_the_constructor_makes(
    start: object, end: object, text: object, actors: object, rule: str
) -> None:
    args = (start, end, text, _DATE, actors, rule)
    assert _outcome(events._make_event, *args) == _outcome(Event, *args)


@pure_python_only
def test_makers_on_examples() -> None:
    made = dates._make_mention(0, 7, "Tuesday", "2021-04-20", "day", "on", None, None, "r")
    assert made == DateMention(0, 7, "Tuesday", "2021-04-20", "day", "on", None, None, "r")
    with pytest.raises(ValueError, match="relation"):
        dates._make_mention(0, 7, "Tuesday", None, None, "around", None, None, "")
    with pytest.raises(ValueError, match="granularity"):
        dates._make_mention(0, 7, "Tuesday", None, "hour", None, None, None, "")
    event = events._make_event(0, 4, "Rain", _DATE, ["Acme"], "event.clause")  # type: ignore[arg-type]
    assert event.actors == ("Acme",) and event == Event(0, 4, "Rain", _DATE, ("Acme",), "event.clause")


# --- sentences of many dates and clauses, link sections, teams: by halving ------------------


def _spans(draw_pairs: list[tuple[int, int]]) -> list[DateMention]:
    return [DateMention(lo, lo + n, "x" * n) for lo, n in draw_pairs]


_PAIRS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=10)


@settings(max_examples=400, deadline=None)
@given(_PAIRS, st.integers(0, 70), st.integers(0, 70), st.booleans())
def test_dates_overlapping_a_clause_are_the_ones_the_plain_filter_keeps(
    pairs: list[tuple[int, int]], start: int, end: int, in_order: bool
) -> None:
    found = _spans(sorted(pairs) if in_order else pairs)
    kept = events._SentenceDates(found).overlapping(start, end)
    plain = [d for d in found if not (d.end <= start or d.start >= end)]
    # what _only_dates reads of them is the same: the plain filter of what it is given
    assert [d for d in kept if not (d.end <= start or d.start >= end)] == plain
    if in_order and all(a.end <= b.end for a, b in itertools.pairwise(found)):
        assert kept == plain


# A clause of dates and linking words, or of other words, with marks between.
_CLAUSE_PIECES = ["from ", "to ", "and ", "in ", "since ", "1983 ", "2004", "May 3 ", "rain ",
                  "Lee ", ", ", "; ", "-", "this year"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=14).map("".join), st.data())
def test_only_dates_reads_the_same_of_the_overlapping_dates(text: str, data: st.DataObject) -> None:
    found = list(dates.extract_dates(text, "2021-04-22"))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    folded = text  # (plain ASCII: the folded text is the text)
    overlapping = events._SentenceDates(found).overlapping(start, end)
    assert events._only_dates(folded, start, end, overlapping) == events._only_dates(
        folded, start, end, found
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=8), st.integers(-2, 55))
def test_sections_hold_what_the_plain_search_finds(
    sections: list[tuple[int, int]], pos: int
) -> None:
    assert events._Sections(sections).holds(pos) == any(lo <= pos < hi for lo, hi in sections)


def _team_plain(actors: events._Actors, before: int) -> str | None:
    """The plain form of the search in ``_Actors._team``: the last team before ``before``."""
    found = None
    for m in events._TEAM_FROM.finditer(actors.folded):
        if m.start() >= before:
            break
        found = m
    return found.group(0) if found is not None else None


_TEAM_PIECES = ["A research team from Acme found it. ", "The team at Zeta met. ",
                "The scientists found ", "Rain fell. ", "group from the Oye "]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_TEAM_PIECES), max_size=8).map("".join))
def test_team_is_the_last_one_before(text: str) -> None:
    doc = Document(text)
    found = dates.extract_dates(doc, "2021-04-22")
    actors = events._Actors(
        doc, events._vocab(DEFAULT_CONFIG), subject_finder(doc, DEFAULT_CONFIG), found
    )
    for before in range(len(text) + 1):
        plain = _team_plain(actors, before)
        assert actors._team(before, "scientists") == plain
