"""Hypothesis strategies for fuzzing the whole pipeline with hostile text.

They mix news-like pieces with what breaks naive text processing: control characters,
lone surrogates, combining marks, bidirectional controls, emoji, markup debris, runs of
quotation marks and digits, and short samples of every input in
:mod:`tests.adversarial_inputs`.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.adversarial_inputs import INPUTS
from tests.properties.strategies import news_like_text

__all__ = ["calendar_extremes", "hostile_text", "references"]

_HOSTILE_PIECES = st.sampled_from(
    [
        # control characters and odd Unicode
        "\x00",
        "\x07",
        "\x1b",
        "\ud800",
        "\udfff",
        "\u0301",
        "\u0338",
        "\u202e",
        "\u202c",
        "\u200d",
        "\u200b",
        "\ufeff",
        "\u2028",
        "\u00ad",
        "\U0001f600",
        "\U0001f1fa\U0001f1f8",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0631\u062d\u0628\u0627",
        "\u0662\u0660\u0662\u0661",
        "\u4e2d\u6587",
        "\u0130",
        "\u1e9e",
        "\ufb01",
        "\u2160",
        "\u00bd",
        "\u2075",
        # markup debris
        "<br>",
        "<p>",
        "</p>",
        "&mdash;",
        "&amp;",
        "&#8220;",
        "'''",
        "''",
        "[[",
        "]]",
        "{{",
        "}}",
        "|",
        "*",
        "#",
        "==",
        # punctuation runs and news words
        '"',
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "'",
        "...",
        "....",
        "?!",
        ";",
        ":",
        "(",
        ")",
        "[",
        "]",
        "-",
        "--",
        "\u2014",
        "/",
        "$",
        "\u20ac",
        "\u00a3",
        "%",
        ",",
        " said",
        " says",
        " told",
        " according to ",
        "Mr.",
        "Dr.",
        "U.S.",
        "No.",
        "Jan.",
        "Inc.",
        "a.m.",
        " per cent",
        " million",
        " billion",
        " km",
        " kg",
        "\u00b0C",
        "1",
        "12",
        "1,000",
        "1.5",
        "3/4",
        "2021",
        "1998",
        "10-20",
        "22nd",
        "April",
        "Tuesday",
        " last week",
        " next month",
        " on ",
        " since ",
        " by ",
        "Ana Ortiz",
        "The ",
        "He ",
        "She ",
        "ZZZ",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\r\n",
    ]
)

_ANY_CHARACTER = st.characters(codec=None, exclude_categories=())


@st.composite
def _adversarial_sample(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(sorted(INPUTS)))
    return INPUTS[name](draw(st.integers(0, 300)))


#: Text that a robust pipeline must take in its stride.
hostile_text = st.one_of(
    news_like_text,
    st.text(_ANY_CHARACTER, max_size=300),
    st.lists(st.one_of(_HOSTILE_PIECES, st.text(_ANY_CHARACTER, max_size=4)), max_size=60).map(
        "".join
    ),
    st.lists(st.one_of(_HOSTILE_PIECES, news_like_text, _adversarial_sample()), max_size=8).map(
        "".join
    ),
)

#: The first and last days ``datetime.date`` can hold.
calendar_extremes = st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)])

#: Reference (publication) dates, including none at all, a leap day and the calendar's ends.
references = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.just(dt.date(2020, 2, 29)),
    calendar_extremes,
)
