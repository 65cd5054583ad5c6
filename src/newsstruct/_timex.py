"""Calendar arithmetic for date resolution: TIMEX3 values and the intervals they cover.

A :class:`Timex` is a resolved value: its TIMEX3-style string, its granularity and its
first and last day.  Constructors build one from calendar fields; :func:`shift` moves one
by whole units; :func:`pick_year` and :func:`pick_weekday` choose among candidates by the
tense of the sentence.

>>> month(2021, 4)
Timex('2021-04', 'month', 2021-04-01, 2021-04-30)
>>> shift(month(2021, 1), -1)
Timex('2020-12', 'month', 2020-12-01, 2020-12-31)
>>> week_of(dt.date(2021, 4, 22)).value
'2021-W16'
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable

import attrs

__all__ = [
    "Timex",
    "day",
    "decade",
    "month",
    "narrow",
    "pick_weekday",
    "pick_year",
    "quarter",
    "season",
    "shift",
    "week_of",
    "weekend_of",
    "year",
]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASONS = ("WI", "SP", "SU", "FA")  # by (month % 12) // 3


@attrs.frozen
class Timex:
    """A resolved date value and the interval of days it covers."""

    value: str
    granularity: str
    first: dt.date
    last: dt.date

    def __repr__(self) -> str:
        return f"Timex({self.value!r}, {self.granularity!r}, {self.first}, {self.last})"


@functools.lru_cache(maxsize=1024)
def day(d: dt.date) -> Timex:
    """One day.

    >>> day(dt.date(2021, 4, 22)).value
    '2021-04-22'
    """
    return Timex(d.isoformat(), "day", d, d)


@functools.lru_cache(maxsize=1024)
def month(y: int, m: int) -> Timex:
    """A calendar month."""
    last = calendar.monthrange(y, m)[1]
    return Timex(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), dt.date(y, m, last))


@functools.lru_cache(maxsize=1024)
def year(y: int) -> Timex:
    """A calendar year."""
    return Timex(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))


@functools.lru_cache(maxsize=1024)
def decade(y: int) -> Timex:
    """The decade holding year ``y``, written with three digits (``199`` for the 1990s)."""
    start = y - y % 10
    return Timex(f"{start // 10:03d}", "decade", dt.date(start, 1, 1), dt.date(start + 9, 12, 31))


@functools.lru_cache(maxsize=1024)
def quarter(y: int, q: int) -> Timex:
    """Quarter ``q`` (1-4) of year ``y``."""
    first = dt.date(y, 3 * q - 2, 1)
    last_month = 3 * q
    last = dt.date(y, last_month, calendar.monthrange(y, last_month)[1])
    return Timex(f"{y:04d}-Q{q}", "quarter", first, last)


@functools.lru_cache(maxsize=1024)
def season(y: int, code: str) -> Timex:
    """Season ``code`` (SP, SU, FA, WI) of year ``y``; winter runs from December into ``y + 1``.

    >>> season(2022, "WI")
    Timex('2022-WI', 'season', 2022-12-01, 2023-02-28)
    """
    start = _SEASON_START[code]
    first = dt.date(y, start, 1)
    end_y, end_m = (y + 1, 2) if code == "WI" else (y, start + 2)
    last = dt.date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])
    return Timex(f"{y:04d}-{code}", "season", first, last)


def season_of(d: dt.date) -> Timex:
    """The season holding day ``d``."""
    code = _SEASONS[(d.month % 12) // 3]
    return season(d.year - 1 if d.month < 3 else d.year, code)


@functools.lru_cache(maxsize=1024)
def week_of(d: dt.date) -> Timex:
    """The ISO week (Monday to Sunday) holding day ``d``."""
    iso_year, iso_week, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    return Timex(f"{iso_year:04d}-W{iso_week:02d}", "week", monday, monday + dt.timedelta(days=6))


@functools.lru_cache(maxsize=1024)
def weekend_of(d: dt.date) -> Timex:
    """The weekend (Saturday and Sunday) of the ISO week holding day ``d``: its first and
    last days, and the week's value (the forms of a date value have none for a weekend).

    >>> weekend_of(dt.date(2021, 4, 14))
    Timex('2021-W15', 'week', 2021-04-17, 2021-04-18)
    """
    w = week_of(d)
    return Timex(w.value, "week", w.first + dt.timedelta(days=5), w.last)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def shift(t: Timex, n: int, unit: str | None = None) -> Timex:
    """``t`` moved by ``n`` units (its own granularity by default).

    Shifting by a finer unit than the value's own keeps the coarser granularity
    (a year shifted by 14 months is the year holding the shifted first day).

    >>> shift(day(dt.date(2021, 4, 22)), -3).value
    '2021-04-19'
    >>> shift(year(2021), -2).value
    '2019'
    >>> shift(quarter(2021, 1), -1).value
    '2020-Q4'
    """
    unit = unit or t.granularity
    d = t.first
    if unit == "day":
        moved = d + dt.timedelta(days=n)
    elif unit == "week":
        moved = d + dt.timedelta(weeks=n)
    elif unit in ("month", "quarter", "season"):
        months = n * {"month": 1, "quarter": 3, "season": 3}[unit]
        y, m = _add_months(d.year, d.month, months)
        moved = dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    else:
        years = n * (10 if unit == "decade" else 1)
        y = d.year + years
        moved = dt.date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))
    if t.granularity == "week" and t.last == t.first + dt.timedelta(days=1):
        return weekend_of(moved)  # a weekend moved is a weekend
    return at_granularity(moved, t.granularity)


def at_granularity(d: dt.date, granularity: str) -> Timex:
    """The value of the given granularity that holds day ``d``."""
    if granularity == "day":
        return day(d)
    if granularity == "week":
        return week_of(d)
    if granularity == "month":
        return month(d.year, d.month)
    if granularity == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if granularity == "season":
        return season_of(d)
    if granularity == "decade":
        return decade(d.year)
    return year(d.year)


def narrow(t: Timex, mod: str) -> Timex:
    """The part of ``t`` that "early", "mid" or "late" points at; the value stays the same.

    >>> narrow(year(2019), "late")
    Timex('2019', 'year', 2019-09-01, 2019-12-31)
    """
    if t.granularity == "day":
        return t
    span = (t.last - t.first).days + 1
    if t.granularity == "year":
        cuts = (dt.date(t.first.year, 5, 1), dt.date(t.first.year, 9, 1))
    elif t.granularity == "month":
        cuts = (t.first.replace(day=11), t.first.replace(day=21))
    else:
        cuts = (t.first + dt.timedelta(days=span // 3), t.last - dt.timedelta(days=span // 3 - 1))
    one = dt.timedelta(days=1)
    if mod == "early":
        return attrs.evolve(t, last=cuts[0] - one)
    if mod == "mid":
        return attrs.evolve(t, first=cuts[0], last=cuts[1] - one)
    if mod == "late":
        return attrs.evolve(t, first=cuts[1])
    if mod == "start":
        return attrs.evolve(t, last=t.first + dt.timedelta(days=min(span, 10) - 1))
    if mod == "end":
        return attrs.evolve(t, first=t.last - dt.timedelta(days=min(span, 10) - 1))
    return t


def _distance(t: Timex, ref: dt.date) -> int:
    if t.first <= ref <= t.last:
        return 0
    return min(abs((t.first - ref).days), abs((t.last - ref).days))


_FAR_PAST_DAYS = 300
_NEAR_AHEAD_DAYS = 60


def pick_year(make: Callable[[int], Timex], ref: dt.date, tense: str | None) -> Timex:
    """The candidate (last year, this year, next year) that fits the reference and tense.

    Without a tense, the candidate nearest ``ref``.  In a past-tense clause, candidates
    starting more than two weeks after ``ref`` are dropped; in a future-tense clause,
    candidates that ended more than a week before ``ref`` (a story is often published a
    day or two after it was written).  A day that a past-tense clause would place almost a
    year back is the one just ahead, when that one is near.

    >>> ref = dt.date(2021, 1, 10)
    >>> pick_year(lambda y: day(dt.date(y, 12, 30)), ref, None).value
    '2020-12-30'
    >>> pick_year(lambda y: day(dt.date(y, 3, 20)), ref, "past").value
    '2020-03-20'
    >>> pick_year(lambda y: day(dt.date(y, 3, 20)), dt.date(2021, 9, 1), "future").value
    '2022-03-20'
    >>> pick_year(lambda y: day(dt.date(y, 12, 25)), dt.date(2021, 12, 6), "past").value
    '2021-12-25'
    """
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(make(y))
        except ValueError:  # February 29 in a common year, or out of range
            continue
    if not candidates:
        return make(ref.year)
    if tense == "past":
        kept = [c for c in candidates if c.first <= ref + dt.timedelta(days=14)]
        if (
            kept
            and kept[-1].granularity == "day"
            and kept[-1].last < ref - dt.timedelta(days=_FAR_PAST_DAYS)
            and any(ref < c.first <= ref + dt.timedelta(days=_NEAR_AHEAD_DAYS) for c in candidates)
        ):
            # a day of the year with no year, almost a year back: news names such a day
            # with its year; the one just ahead is meant ("pushed the laws through before
            # Christmas", in early December)
            kept = [c for c in candidates if c.first > ref]
    elif tense == "future":
        kept = [c for c in candidates if c.last >= ref - dt.timedelta(days=7)]
    else:
        kept = candidates
    return min(kept or candidates, key=lambda c: (_distance(c, ref), -c.first.toordinal()))


def pick_weekday(weekday: int, ref: dt.date, tense: str | None, direction: str = "") -> Timex:
    """The day named ``weekday`` (ISO number) nearest ``ref`` on the side the tense says.

    ``direction`` ``last`` / ``next`` forces a day strictly before / after ``ref``; otherwise
    a future-tense clause looks forward and anything else backward (``ref`` itself counts).

    >>> ref = dt.date(2021, 4, 22)  # a Thursday
    >>> pick_weekday(2, ref, "past").value, pick_weekday(2, ref, "future").value
    ('2021-04-20', '2021-04-27')
    >>> pick_weekday(4, ref, None).value, pick_weekday(4, ref, None, "last").value
    ('2021-04-22', '2021-04-15')
    """
    delta = weekday - ref.isoweekday()
    if direction == "next" or (not direction and tense == "future"):
        forward = delta % 7
        if direction == "next" and forward == 0:
            forward = 7
        return day(ref + dt.timedelta(days=forward))
    back = (-delta) % 7
    if direction == "last" and back == 0:
        back = 7
    return day(ref - dt.timedelta(days=back))
