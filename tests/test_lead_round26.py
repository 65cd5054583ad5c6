"""A text opening on what looks like a box tag but is none. Examples written for the
project."""

from __future__ import annotations

import pytest

from newsstruct import summarize


@pytest.mark.parametrize("text", ["<div0", "<divide and rule", "<table2 was set. Acme cut jobs."])
def test_a_text_opening_like_a_box_tag_is_read(text: str) -> None:
    summary = summarize(text)
    assert summary.text == text
    if summary.lead is not None:
        assert text[summary.lead.start : summary.lead.end] == summary.lead.text
