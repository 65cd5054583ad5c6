"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsstruct import Span, Summary

# Pieces of news-like text, glued together: more interesting than uniform random unicode.
_PIECES = st.sampled_from(
    [
        "Mr. ", "U.S. ", "J. R. ", "$1.5 ", "3.5% ", "said ", "\"", "“", "”", "’", "'", ". ",
        "? ", "! ", "... ", "\n", "\n\n", " ", "KYIV, Ukraine (AP) — ", "Troops", "left", "on ",
        "April 22", "2014", "more than 60 ships", "(", ")", "—", "-", ",", ":", "a.m. ", "Inc. ",
        "The ", "He ", "Price ", "told reporters", "\u00a0", "\t", "0", "1,200", "ZZZ", "é",
    ]
)

news_like_text = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join),
)

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def spans_of(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start, end, text[start:end])


@st.composite
def summaries(draw: st.DrawFn) -> Summary:
    text = draw(st.text(min_size=1, max_size=60))
    lead = draw(st.none() | spans_of(text))
    return Summary(
        text=text,
        title=draw(st.none() | st.text(max_size=20)),
        published=draw(st.none() | dates),
        lead=lead,
    )
