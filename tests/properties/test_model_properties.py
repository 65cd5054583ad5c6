"""Round trips of the value types, for generated values."""

from __future__ import annotations

import json

from hypothesis import given

from newsstruct import Summary
from tests.properties.strategies import summaries


@given(summaries())
def test_summary_round_trips_through_json(s: Summary) -> None:
    assert Summary.from_dict(s.to_dict()) == s
    assert Summary.from_dict(json.loads(s.to_json())) == s
