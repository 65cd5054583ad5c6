"""Passes over the dates found in a text that read two neighbours together.

>>> from newsstruct.dates import extract_dates
>>> [(d.text, d.value, d.relation) for d in extract_dates("It ran 2000-2004.", "2021-04-22")]
[('2000', '2000', 'from'), ('2004', '2004', 'to')]
>>> [d.value for d in extract_dates("Polls opened March 3 and April 5, 2019.", "2021-04-22")]
['2019-03-03', '2019-04-05']
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsstruct import _timex as tx
from newsstruct.model import DateMention

__all__ = ["day_ranges", "mark_ranges", "order_ranges", "share_years", "years_of_twins"]

_RANGE_DASH = regex.compile(r"[ ]{0,2}-{1,2}[ ]{0,2}")
_SHARED_YEAR_GAP = regex.compile(r"[ ]{0,2}(?:,|-{1,2}|and|or|to|through|until)?[ ]{0,2}")
_HAS_YEAR = regex.compile(r"\d{4}|[ ](?i:year)\Z")  # "2019", "of last year"
# What joins the two ends of a range ("from March to June", "between March and June").
_RANGE_GAP = regex.compile(r"[ ]{0,2}(?:-{1,2}|to|and|through|until|till)[ ]{1,2}")
_YEARLESS = ("date.month", "date.month_day", "date.weekday")
# The first day of "15-17 July", "19 and 20 June", written before the day the grammar read.
_DAY_BEFORE = regex.compile(
    r"(?:^|(?<=[ (]))(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?P<sep>[ ]{0,2}-{1,2}[ ]{0,2}|[ ](?:to|through|and|or)[ ])\Z"
)
# The last day of "July 20-21", "December 13 - 18", "June 3 and 4,", written after the day
# the grammar read, and the year that may follow it ("July 20-21, 2009").
_DAY_AFTER = regex.compile(
    r"(?P<sep>[ ]{0,2}-{1,2}[ ]{0,2}|[ ](?:to|through|and|or)[ ])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?![\p{L}\p{N}%]|[.,:/-]\d)(?P<y>,?[ ]{1,2}\d{4}(?![\p{N}]))?"
)
_LIST_END = regex.compile(r"[.,;:)]|\Z")


def mark_ranges(folded: str, out: list[DateMention]) -> None:
    """Two dates joined by a dash ("2000 - 2050") are a range: ``from`` and ``to``."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        bare = a.relation is None and b.relation is None
        if bare and _RANGE_DASH.fullmatch(folded, a.end, b.start):
            out[i] = attrs.evolve(a, relation="from")
            out[i + 1] = attrs.evolve(b, relation="to")


def _day(a: DateMention, start: int, end: int, text: str, day: int, rel: str | None) -> (
    DateMention | None
):
    """The other end of a range of days, in the month and year of ``a``."""
    assert a.first is not None
    try:
        t = tx.day(a.first.replace(day=day))
    except ValueError:  # "31-32 June"
        return None
    return DateMention(
        start,
        end,
        text[start:end],
        value=t.value,
        granularity="day",
        relation=rel,
        first=t.first,
        last=t.last,
        rule="date.month_day",
    )


def day_ranges(folded: str, text: str, out: list[DateMention]) -> list[DateMention]:
    """Read the day the grammar left out of "15-17 July", "July 20-21, 2009", "19 and 20
    June": a range gives both ends (``from`` and ``to``), a list of two days both days."""
    added = False
    result: list[DateMention] = []
    skip = -1
    for i, a in enumerate(out):
        if i == skip:
            continue
        if a.rule != "date.month_day" or a.granularity != "day" or a.first is None:
            result.append(a)
            continue
        if a.text[:1].isdigit():  # "17 July": a first day may come before
            lo = max(0, a.start - 12)
            m = _DAY_BEFORE.search(folded[lo : a.start])
            if m is None or (m.start() == 0 and lo > 0 and not folded[lo - 1].isspace()):
                result.append(a)
                continue
            day = int(m.group("d"))
            if not 1 <= day < a.first.day or (result and result[-1].end > lo + m.start()):
                result.append(a)
                continue
            rng = m.group("sep").strip(" ") not in ("and", "or")
            first = _day(a, lo + m.start("d"), lo + m.end("d"), text, day, "from" if rng else None)
            if first is None:
                result.append(a)
                continue
            result.append(first)
            result.append(attrs.evolve(a, relation="to") if rng and a.relation is None else a)
            added = True
            continue
        if not a.text[-1:].isdigit() or _HAS_YEAR.search(a.text):  # "July 20": then its last
            result.append(a)
            continue
        m = _DAY_AFTER.match(folded, a.end)
        day = int(m.group("d")) if m else 0
        rng = bool(m) and m.group("sep").strip(" ") not in ("and", "or")  # type: ignore[union-attr]
        if m is None or not a.first.day < day <= 31 or (
            not rng and not m.group("y") and not _LIST_END.match(folded, m.end())
        ):
            result.append(a)
            continue
        end, year = m.end("d"), m.group("y")
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.start < m.end():
            if not (year and nxt.rule == "date.year" and nxt.end == m.end()):
                result.append(a)
                continue
            skip = i + 1  # the year read alone is part of the range
        if year:
            try:
                a = attrs.evolve(a, first=a.first.replace(year=int(year.strip(", "))))
            except ValueError:
                result.append(a)
                continue
            t = tx.day(a.first)
            a = attrs.evolve(a, value=t.value, last=t.last)
            end = m.end()
        rel = "to" if rng or a.relation == "from" else None  # "between June 3 and 4"
        last = _day(a, m.start("d"), end, text, day, rel)
        if last is None:
            result.append(a)
            skip = -1
            continue
        result.append(attrs.evolve(a, relation="from") if rng and a.relation is None else a)
        result.append(last)
        added = True
    return result if added else out


def share_years(folded: str, out: list[DateMention]) -> None:
    """Give "March 3" in "March 3 and April 5, 2019" the year written after it."""
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.rule not in ("date.month_day", "date.month") or a.first is None or b.first is None:
            continue
        if _HAS_YEAR.search(a.text) or not _HAS_YEAR.search(b.text):
            continue
        if b.rule not in ("date.month_day", "date.month_year"):
            continue
        if not _SHARED_YEAR_GAP.fullmatch(folded, a.end, b.start):
            continue
        try:
            if a.granularity == "day":
                t = tx.day(a.first.replace(year=b.first.year))
            else:
                t = tx.month(b.first.year, a.first.month)
        except ValueError:
            continue
        out[i] = attrs.evolve(a, value=t.value, first=t.first, last=t.last)


def years_of_twins(out: list[DateMention]) -> None:
    """Give "September 11" the year of "September 11, 2001" written before it in the text:
    a story that dates a day with its year means that day when it repeats it without one
    later on.  The nearest such mention before it counts.
    """
    written: dict[tuple[int, int], int] | None = None  # (month, day): year, as last written
    for i, d in enumerate(out):
        if d.rule != "date.month_day" or d.first is None:
            continue
        key = (d.first.month, d.first.day)
        if _HAS_YEAR.search(d.text):
            if written is None:
                written = {}
            written[key] = d.first.year
        elif written is not None:
            year = written.get(key)
            if year is not None and year != d.first.year:
                t = tx.day(d.first.replace(year=year))
                out[i] = attrs.evolve(d, value=t.value, first=t.first, last=t.last)


def order_ranges(folded: str, out: list[DateMention]) -> None:
    """Put the end of a range after its start: "between March and June" written in May
    is March to June of one year, though a past clause alone would take June as last year's.

    The end, a month, a day or a weekday written without a year, becomes the first such
    month or day on or after the start.
    """
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.relation != "from" or b.relation not in ("to", "until"):
            continue
        if b.rule not in _YEARLESS or b.first is None or b.last is None or a.first is None:
            continue
        if a.granularity not in ("day", "month") or _HAS_YEAR.search(b.text):
            continue
        if not _RANGE_GAP.fullmatch(folded, a.end, b.start):
            continue
        if b.rule == "date.weekday":
            if a.granularity != "day":
                continue
            days = (b.first.isoweekday() - a.first.isoweekday()) % 7 or 7
            t = tx.day(a.first + dt.timedelta(days=days))
            out[i + 1] = attrs.evolve(b, value=t.value, first=t.first, last=t.last)
            continue
        start = a.first if b.granularity == "day" else a.first.replace(day=1)
        later = (b.first.month, b.first.day) >= (start.month, start.day)
        year = start.year if later else start.year + 1
        if year == b.first.year or b.value is None:
            continue
        try:
            first, last = b.first.replace(year=year), b.last.replace(year=year)
        except ValueError:  # February 29
            continue
        out[i + 1] = attrs.evolve(b, value=f"{year:04d}{b.value[4:]}", first=first, last=last)
