"""For any input text: the summary is schema-valid and survives its JSON round trip."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct import Summary
from tests.properties.strategies import dates, news_like_text
from tests.properties.strategies_render import full_summaries

VALIDATOR = jsonschema.Draft202012Validator(
    newsstruct.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


@given(news_like_text, st.none() | dates)
def test_summarize_output_is_schema_valid_and_round_trips(text: str, published: object) -> None:
    s = newsstruct.summarize(text, published=published)
    data = s.to_dict()
    assert [e.message for e in VALIDATOR.iter_errors(data)] == []
    assert Summary.from_dict(data) == s
    assert Summary.from_dict(json.loads(s.to_json())) == s


@given(full_summaries())
def test_any_summary_value_is_schema_valid_and_round_trips(s: Summary) -> None:
    data = json.loads(s.to_json())
    assert [e.message for e in VALIDATOR.iter_errors(data)] == []
    assert Summary.from_dict(data) == s
