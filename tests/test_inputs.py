"""Bad input gets a clear error; odd input gets a result."""

from __future__ import annotations

import datetime as dt

import pytest

import newsstruct
from newsstruct import summarize

EXTRACTORS = [
    newsstruct.extract_quantities,
    newsstruct.extract_dates,
    newsstruct.extract_quotes,
    newsstruct.extract_events,
]


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_summarize_rejects_non_str_text(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        summarize(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_extractors_reject_non_str_text(extractor: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        extractor(b"bytes")  # type: ignore[operator]


def test_unparseable_published_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="published must be an ISO 8601 date"):
        summarize("Text.", published="yesterday-ish")


def test_wrong_type_published_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="published must be"):
        summarize("Text.", published=20210422)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published",
    [dt.date(2021, 4, 22), dt.datetime(2021, 4, 22, 9, 30), "2021-04-22", "2021-04-22T09:30:00Z", None],
)
def test_published_forms(published: object) -> None:
    s = summarize("Text.", published=published)  # type: ignore[arg-type]
    assert s.published == (None if published is None else dt.date(2021, 4, 22))


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text_gives_an_empty_summary(text: str) -> None:
    s = summarize(text, published="2021-04-22")
    assert s.lead is None
    assert s.quantities == s.dates == s.quotes == s.events == s.actors == s.key_points == ()


def test_no_reference_is_noted() -> None:
    s = summarize("It happened on Tuesday.")
    assert [n.code for n in s.notes] == ["no_reference"]


@pytest.mark.parametrize(
    "text",
    ['"""""', "\x00\x01\ufffd", "\ud800 lone surrogate", "a" * 5000, "٣ مايو", "🙂" * 100, '"unbalanced'],
)
def test_odd_strings_return_a_result(text: str) -> None:
    s = summarize(text, published="2021-04-22")
    assert s.text == text
    assert newsstruct.Summary.from_dict(s.to_dict()) == s
