"""Value types: validation, reprs, JSON round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsstruct import (
    Actor,
    DateMention,
    Event,
    KeyPoint,
    Note,
    Quantity,
    Quote,
    Span,
    Speaker,
    Summary,
)
from newsstruct.model import SCHEMA_VERSION, iter_spans


def _summary() -> Summary:
    text = '"We are ready," Ned Price said on April 22. Over 60 ships left.'
    date = DateMention(34, 42, "April 22", value="2021-04-22", granularity="day", relation="on",
                       first=dt.date(2021, 4, 22), last=dt.date(2021, 4, 22), rule="date.month_day")
    return Summary(
        text=text,
        title="Ships leave",
        published=dt.date(2021, 4, 22),
        lead=Span(0, 43, text[:43]),
        key_points=(KeyPoint(0, 43, text[:43], score=1.5, features={"quotes": 1.0, "dates": 1.0}),),
        quantities=(Quantity(44, 57, "Over 60 ships", value=60, qualifier="more_than",
                             entity="ships", kind="count", rule="quantity.count"),),
        dates=(date,),
        quotes=(Quote(0, 30, text[:30], kind="direct", content=Span(1, 13, text[1:13]),
                      cue=Span(26, 30, "said"), speaker=Speaker(16, 25, "Ned Price", name="Ned Price"),
                      rule="quote.direct_after"),),
        events=(Event(0, 43, text[:43], date=date, actors=("Ned Price",), rule="event.sentence"),),
        actors=(Actor("Ned Price", role=None, spans=(Span(16, 25, "Ned Price"),), kind="person"),),
        notes=(Note("skipped", "nothing", span=Span(0, 1, '"')),),
    )


def test_round_trip_dict_and_json() -> None:
    s = _summary()
    assert Summary.from_dict(s.to_dict()) == s
    assert Summary.from_json(s.to_json()) == s
    assert Summary.from_dict(json.loads(json.dumps(s.to_dict()))) == s


def test_contract_layout() -> None:
    d = _summary().to_dict()
    assert d["schema_version"] == SCHEMA_VERSION
    assert d["generator"]["name"] == "newsstruct"
    for key in ("title", "published", "lead", "key_points", "quantities", "dates", "quotes",
                "events", "actors", "notes"):
        assert key in d
    q = d["quantities"][0]
    assert {k: q[k] for k in ("value", "low", "high", "qualifier", "unit", "entity", "kind", "rule")} == {
        "value": 60, "low": None, "high": None, "qualifier": "more_than", "unit": None,
        "entity": "ships", "kind": "count", "rule": "quantity.count"}
    assert d["published"] == "2021-04-22"
    assert d["dates"][0]["first"] == "2021-04-22"
    assert d["quotes"][0]["speaker"] == {"start": 16, "end": 25, "text": "Ned Price", "name": "Ned Price"}
    assert d["actors"][0]["mentions"] == 1
    assert d["key_points"][0]["features"] == {"quotes": 1.0, "dates": 1.0}
    assert d["events"][0]["date"]["value"] == "2021-04-22"
    assert "None" not in json.dumps(d)


def test_every_span_holds_its_text() -> None:
    s = _summary()
    spans = list(iter_spans([*s.quantities, *s.dates, *s.quotes, *s.events, *s.key_points]))
    assert len(spans) > 6
    for span in spans:
        assert s.text[span.start : span.end] == span.text


def test_reprs_are_short_and_readable() -> None:
    s = _summary()
    assert repr(s.quantities[0]) == "Quantity('Over 60 ships', value=60, qualifier='more_than', entity='ships')"
    assert repr(s.quotes[0]) == "Quote('We are ready', kind='direct', speaker='Ned Price')"
    assert repr(s.dates[0]) == "DateMention('April 22', value='2021-04-22', relation='on')"
    assert repr(s) == "Summary(published=2021-04-22, quantities=1, dates=1, quotes=1, events=1, actors=1)"


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 2)])
def test_bad_offsets_rejected(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="offsets"):
        Span(start, end, "x")


def test_bad_enum_values_rejected() -> None:
    with pytest.raises(ValueError, match="qualifier"):
        Quantity(0, 1, "1", value=1, qualifier="lots")
    with pytest.raises(ValueError, match="kind"):
        Quote(0, 1, "x", kind="rumour")
    with pytest.raises(ValueError, match="granularity"):
        DateMention(0, 1, "x", granularity="fortnight")


def test_values_are_frozen_and_hashable() -> None:
    s = _summary()
    assert hash(s) == hash(Summary.from_dict(s.to_dict()))
    with pytest.raises(AttributeError):
        s.title = "x"  # type: ignore[misc]


def test_other_schema_version_refused() -> None:
    d = _summary().to_dict()
    d["schema_version"] = "2"
    with pytest.raises(ValueError, match="schema_version"):
        Summary.from_dict(d)


def test_from_dict_needs_required_fields() -> None:
    with pytest.raises(ValueError, match="missing field 'start'"):
        Span.from_dict({"end": 1, "text": "x"})
    with pytest.raises(TypeError, match="number"):
        Quantity.from_dict({"start": 0, "end": 1, "text": "x", "value": "7"})


def test_quotes_by_speaker() -> None:
    s = _summary()
    assert list(s.quotes_by_speaker()) == ["Ned Price"]


def test_shifted_moves_nested_spans() -> None:
    q = _summary().quotes[0]
    moved = q.shifted(5)
    assert (moved.start, moved.content.start, moved.speaker.start) == (q.start + 5, q.content.start + 5, q.speaker.start + 5)
