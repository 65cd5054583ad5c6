"""Fuzzing the whole pipeline: ``summarize`` and every extractor on arbitrary text.

Every example checks invariants, not just the absence of an exception: each span lies in
the text and holds exactly its text, results come in text order, ``Summary`` survives a
JSON round trip, and the output depends only on the input (running twice, or on a shared
``Document`` instead of a string, gives the same result).

The number of examples comes from the hypothesis profile chosen in ``tests/conftest.py``
(``dev`` by default, ``ci`` in continuous integration).  The large-budget run::

    HYPOTHESIS_PROFILE=fuzz PYTHONPATH=src python -m pytest tests/properties/test_fuzz.py
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from hypothesis import given

from newsstruct import (
    Document,
    Summary,
    extract_dates,
    extract_events,
    extract_quantities,
    extract_quotes,
    summarize,
)
from newsstruct.model import iter_spans
from tests.properties.strategies_fuzz import calendar_extremes, hostile_text, references


def _assert_exact(text: str, items: Iterable[Any]) -> None:
    for span in iter_spans(items):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span


def _summary_items(summary: Summary) -> list[Any]:
    items: list[Any] = [
        *summary.quantities,
        *summary.dates,
        *summary.quotes,
        *summary.events,
        *summary.actors,
        *summary.key_points,
        *summary.notes,
    ]
    if summary.lead is not None:
        items.append(summary.lead)
    return items


@given(hostile_text, references)
def test_summarize_spans_are_exact_and_round_trip(text: str, published: dt.date | None) -> None:
    summary = summarize(text, published=published)
    assert summary.text == text
    _assert_exact(text, _summary_items(summary))
    assert Summary.from_dict(summary.to_dict()) == summary
    assert Summary.from_json(summary.to_json()) == summary
    assert json.loads(summary.to_json())["schema_version"] == "1"
    assert summarize(text, published=published) == summary


@given(hostile_text, references)
def test_every_extractor_is_exact_ordered_and_deterministic(
    text: str, reference: dt.date | None
) -> None:
    doc = Document(text)
    results = {
        "quantities": extract_quantities(text),
        "dates": extract_dates(text, reference=reference),
        "quotes": extract_quotes(text),
        "events": extract_events(text, reference=reference),
    }
    shared = {  # one Document shared by every extractor, as summarize does
        "quantities": extract_quantities(doc),
        "dates": extract_dates(doc, reference=reference),
        "quotes": extract_quotes(doc),
        "events": extract_events(doc, reference=reference),
    }
    for name, items in results.items():
        assert isinstance(items, tuple), name
        _assert_exact(text, items)
        assert shared[name] == items, f"{name}: a shared Document changes the result"
        if name != "events":  # events form a timeline, sorted by date
            assert [i.start for i in items] == sorted(i.start for i in items), name
        for item in items:
            assert type(item).from_dict(json.loads(json.dumps(item.to_dict()))) == item


@given(hostile_text, calendar_extremes)
def test_any_reference_date_gives_a_result(text: str, reference: dt.date) -> None:
    summary = summarize(text + " on April 22, 2021 last week", published=reference)
    _assert_exact(summary.text, _summary_items(summary))
