"""The short paths of dates and events (round 10) agree with the plain forms they stand for."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import dates, events
from newsstruct.model import GRANULARITIES, RELATIONS, DateMention, Event

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


def test_makers_on_examples() -> None:
    made = dates._make_mention(0, 7, "Tuesday", "2021-04-20", "day", "on", None, None, "r")
    assert made == DateMention(0, 7, "Tuesday", "2021-04-20", "day", "on", None, None, "r")
    with pytest.raises(ValueError, match="relation"):
        dates._make_mention(0, 7, "Tuesday", None, None, "around", None, None, "")
    with pytest.raises(ValueError, match="granularity"):
        dates._make_mention(0, 7, "Tuesday", None, "hour", None, None, None, "")
    event = events._make_event(0, 4, "Rain", _DATE, ["Acme"], "event.clause")  # type: ignore[arg-type]
    assert event.actors == ("Acme",) and event == Event(0, 4, "Rain", _DATE, ("Acme",), "event.clause")

