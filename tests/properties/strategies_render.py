"""Strategies for whole summaries with every kind of item, over random spans of a text.

Used by the renderer and schema properties: the spans overlap, nest, cross and repeat at
random, which is what the HTML renderer must survive.
"""

from __future__ import annotations

from hypothesis import strategies as st

from newsstruct.model import (
    GRANULARITIES,
    QUALIFIERS,
    QUOTE_KINDS,
    RELATIONS,
    Actor,
    DateMention,
    Event,
    KeyPoint,
    Note,
    Quantity,
    Quote,
    Speaker,
    Summary,
)
from tests.properties.strategies import dates, news_like_text, spans_of

_words = st.text(max_size=12)
_numbers = st.one_of(
    st.none(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False)
)


def _choice(values: frozenset[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(values))


@st.composite
def date_mentions(draw: st.DrawFn, text: str) -> DateMention:
    span = draw(spans_of(text))
    return DateMention(
        span.start, span.end, span.text,
        value=draw(st.none() | st.sampled_from(["2021-04-22", "2021-W15", "202", "2021-SU"])),
        granularity=draw(st.none() | _choice(GRANULARITIES)),
        relation=draw(st.none() | _choice(RELATIONS)),
        first=draw(st.none() | dates), last=draw(st.none() | dates),
        rule=draw(st.sampled_from(["", "date.month_day"])),
    )


@st.composite
def quantities(draw: st.DrawFn, text: str) -> Quantity:
    span = draw(spans_of(text))
    return Quantity(
        span.start, span.end, span.text,
        value=draw(_numbers), low=draw(_numbers), high=draw(_numbers),
        qualifier=draw(_choice(QUALIFIERS)), unit=draw(st.none() | _words),
        entity=draw(st.none() | _words), kind=draw(st.sampled_from(["count", "money"])),
        rule="quantity.count",
    )


@st.composite
def quotes(draw: st.DrawFn, text: str) -> Quote:
    span = draw(spans_of(text))
    speaker = draw(st.none() | spans_of(text))
    return Quote(
        span.start, span.end, span.text,
        kind=draw(_choice(QUOTE_KINDS)), content=draw(spans_of(text)),
        cue=draw(st.none() | spans_of(text)),
        speaker=None if speaker is None else Speaker(
            speaker.start, speaker.end, speaker.text, name=draw(st.none() | _words)
        ),
        parts=draw(st.lists(spans_of(text), max_size=3)),
        rule="quote.direct_after",
    )


@st.composite
def events(draw: st.DrawFn, text: str) -> Event:
    span = draw(spans_of(text))
    return Event(span.start, span.end, span.text, date=draw(date_mentions(text)),
                 actors=draw(st.lists(_words, max_size=3)), rule="event.clause")


@st.composite
def actors(draw: st.DrawFn, text: str) -> Actor:
    return Actor(draw(_words), role=draw(st.none() | _words),
                 spans=draw(st.lists(spans_of(text), max_size=3)),
                 kind=draw(st.none() | st.sampled_from(["person", "organisation"])))


@st.composite
def key_points(draw: st.DrawFn, text: str) -> KeyPoint:
    span = draw(spans_of(text))
    finite = st.floats(allow_nan=False, allow_infinity=False)
    return KeyPoint(span.start, span.end, span.text, score=draw(finite),
                    features=draw(st.dictionaries(_words, finite, max_size=4)))


@st.composite
def full_summaries(draw: st.DrawFn) -> Summary:
    """A summary with a few items of every kind over one random text."""
    text = draw(news_like_text)
    few = {"max_size": 4}
    return Summary(
        text=text,
        title=draw(st.none() | _words),
        published=draw(st.none() | dates),
        lead=draw(st.none() | spans_of(text)),
        key_points=draw(st.lists(key_points(text), **few)),
        quantities=draw(st.lists(quantities(text), **few)),
        dates=draw(st.lists(date_mentions(text), **few)),
        quotes=draw(st.lists(quotes(text), **few)),
        events=draw(st.lists(events(text), **few)),
        actors=draw(st.lists(actors(text), **few)),
        notes=draw(st.lists(st.builds(Note, _words, _words, st.none() | spans_of(text)),
                            max_size=2)),
    )
