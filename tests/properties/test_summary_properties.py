"""Invariants of the summary, for any text."""

from __future__ import annotations

from hypothesis import given

from newsstruct import Document, Summary, summarize
from newsstruct.model import iter_spans
from tests.properties.strategies import news_like_text


@given(news_like_text)
def test_key_points_are_ranked_sentences(text: str) -> None:
    s = summarize(text, published="2021-04-22")
    sentences = {(x.start, x.end) for x in Document(text).sentences}
    keys = [(-k.score, k.start) for k in s.key_points]
    if s.lead is not None and s.key_points and s.key_points[0].overlaps(s.lead):
        keys = keys[1:]
    assert keys == sorted(keys)
    for k in s.key_points:
        assert (k.start, k.end) in sentences


@given(news_like_text)
def test_summary_is_deterministic_and_round_trips(text: str) -> None:
    a = summarize(text, published="2021-04-22")
    assert a == summarize(text, published="2021-04-22")
    assert Summary.from_json(a.to_json()) == a


@given(news_like_text)
def test_every_span_of_the_summary_holds_its_text(text: str) -> None:
    s = summarize(text, published="2021-04-22")
    items = [s.lead] if s.lead else []
    items += [*s.key_points, *s.quantities, *s.dates, *s.quotes, *s.events, *s.notes]
    for a in s.actors:
        items += list(a.spans)
    for span in iter_spans(items):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


@given(news_like_text)
def test_every_event_actor_is_an_actor(text: str) -> None:
    s = summarize(text, published="2021-04-22")
    names = {a.name for a in s.actors}
    for event in s.events:
        assert set(event.actors) <= names
