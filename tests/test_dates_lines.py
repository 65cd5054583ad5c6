"""A date never runs over a line break, so the statement it dates always holds it."""

from __future__ import annotations

import pytest

import newsstruct


@pytest.mark.parametrize("text", ["1\rApr", "1\nApril", "On 1\n\nApril it rained."])
def test_no_date_over_a_line_break(text: str) -> None:
    assert newsstruct.extract_dates(text, reference="2000-01-01") == ()
    assert newsstruct.extract_events(text, reference="2000-01-01") == ()


def test_an_event_holds_its_date() -> None:
    text = "Prices fell.\nOn 1 April 2001 it rained."
    (event,) = newsstruct.extract_events(text, reference="2001-05-01")
    assert event.start <= event.date.start < event.date.end <= event.end
