"""Hypothesis strategies for the date and event property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

#: Calendar days a news story can mention.
days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31))
#: Publication dates (leaving room for "next year" and "two years ago").
references = st.dates(min_value=dt.date(1902, 1, 1), max_value=dt.date(2097, 12, 31))
#: Days that exist in every year (no February 29), for dates written without a year.
yearless_days = st.tuples(st.integers(1, 12), st.integers(1, 28))


def written(day: dt.date) -> str:
    """``day`` as news writes it: "April 22, 2021"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


_PIECES = st.sampled_from(
    [
        "on Tuesday", "last week", "April 22", "in 2014", "since March 2014", "yesterday",
        "two years ago", "by May 1", "the next day", "Officials said", "Ana Ruiz",
        "The police", "rose", "met", "will meet", ", while ", ". ", "; ", "\n\n", " ", "\"",
        "“", "”", "—", "-", "2,014 people", "9:30 a.m.", "every Monday", "may", "March",
        "the 1990s", "in about a week", "Q3 2019", "mid-2015", "12/25/2020", "0", "ZZZ",
    ]
)  # fmt: skip

#: News-like text made of date expressions, names, verbs and punctuation.
dated_text = st.one_of(
    st.lists(_PIECES, max_size=40).map(" ".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join),
)
