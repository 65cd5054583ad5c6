"""Invariants of date and event extraction over generated dates and texts."""

from __future__ import annotations

import datetime as dt
import itertools
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import extract_dates, extract_events
from tests.properties.strategies import news_like_text
from tests.properties.strategies_dates import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    dated_text,
    days,
    references,
    written,
    yearless_days,
)


@given(days, references)
def test_a_full_date_resolves_to_itself(day: dt.date, ref: dt.date) -> None:
    text = f"It happened on {written(day)}."
    (d,) = extract_dates(text, ref)
    assert d.value == day.isoformat()
    assert d.first == d.last == day
    assert d.text == written(day)
    assert d.relation == "on"


@given(yearless_days, references)
def test_a_date_without_year_lands_within_six_months(md: tuple[int, int], ref: dt.date) -> None:
    month, day = md
    (d,) = extract_dates(f"The date is {MONTH_NAMES[month - 1]} {day}.", ref)
    assert d.first is not None
    assert (d.first.month, d.first.day) == (month, day)
    assert abs((d.first - ref).days) <= 184


@given(st.integers(1, 999), references)
def test_days_ago(n: int, ref: dt.date) -> None:
    (d,) = extract_dates(f"The plant closed {n} days ago.", ref)
    assert d.value == (ref - dt.timedelta(days=n)).isoformat()


@given(st.sampled_from(WEEKDAY_NAMES), references)
def test_a_past_weekday_is_the_last_such_day(name: str, ref: dt.date) -> None:
    (d,) = extract_dates(f"The talks collapsed on {name}.", ref)
    assert d.first is not None
    assert 0 <= (ref - d.first).days <= 6
    assert WEEKDAY_NAMES[d.first.weekday()] == name


@given(st.sampled_from(WEEKDAY_NAMES), references)
def test_a_future_weekday_is_the_next_such_day(name: str, ref: dt.date) -> None:
    (d,) = extract_dates(f"The talks will resume on {name}.", ref)
    assert d.first is not None
    assert 0 <= (d.first - ref).days <= 6
    assert WEEKDAY_NAMES[d.first.weekday()] == name


@given(st.one_of(dated_text, news_like_text), st.none() | references)
def test_spans_hold_their_text_and_the_timeline_is_sorted(text: str, ref: dt.date | None) -> None:
    dates = extract_dates(text, ref)
    for d in dates:
        assert text[d.start : d.end] == d.text
        assert d.text.strip() == d.text and d.text
        assert (d.value is None) == (d.first is None) == (d.last is None)
        if d.first is not None and d.last is not None:
            assert d.first <= d.last
    assert [d.start for d in dates] == sorted(d.start for d in dates)
    assert all(a.end <= b.start for a, b in itertools.pairwise(dates))
    events = extract_events(text, ref)
    for e in events:
        assert text[e.start : e.end] == e.text
        assert e.start <= e.date.start and e.date.end <= e.end
        assert e.date in dates and e.date.value is not None
    keys = [(e.date.first, e.start) for e in events]
    assert keys == sorted(keys)  # type: ignore[type-var]


@given(dated_text, references)
def test_results_are_deterministic(text: str, ref: dt.date) -> None:
    assert extract_dates(text, ref) == extract_dates(text, ref)
    assert extract_events(text, ref) == extract_events(text, ref)


@given(dated_text, references)
def test_a_neutral_paragraph_before_shifts_every_span(text: str, ref: dt.date) -> None:
    lead = "Officials gave no details.\n\n"
    shifted = extract_dates(lead + text, ref)
    assert shifted == tuple(d.shifted(len(lead)) for d in extract_dates(text, ref))


RUNS = ["9", "1,", " ", "A", "a", ", ", '", ', "May ", "2014 ", "the ", "in two ", "Mr. X said "]


@settings(deadline=None, max_examples=len(RUNS))
@given(st.sampled_from(RUNS))
def test_time_grows_linearly_on_long_runs(unit: str) -> None:
    def cost(n: int) -> float:
        text = unit * (n // len(unit)) + " on Monday."
        start = time.process_time()
        extract_events(text, "2021-04-22")
        return time.process_time() - start

    small, large = cost(2_000), cost(20_000)
    assert large < 40 * max(small, 1e-3)
