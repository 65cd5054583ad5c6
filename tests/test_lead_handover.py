"""An anchor's intro that hands over to the reporter is skipped by the lead, and only by
it. Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import summarize

INTRO = (
    "Portland is getting ready for the visit of the Queen this week.  But as Ann Lee "
    "reports, the visit comes amid a row over the cost.  Mayor Jo Ray says the city will "
    "welcome the Queen with open arms. He said so on Sunday."
)


def test_the_lead_opens_after_the_hand_over() -> None:
    summary = summarize(INTRO, "2024-05-10")
    assert summary.lead is not None
    assert summary.lead.text.startswith("Mayor Jo Ray says")


def test_the_intro_still_dates_its_events() -> None:
    summary = summarize(INTRO, "2024-05-10")
    assert "this week" in [e.date.text for e in summary.events]


@pytest.mark.parametrize(
    "text",
    [
        # the hand-over opening the text has no intro before it
        "As Ann Lee reports, the plan failed. It was late.",
        # a source, not a reporter handed over to
        "The plan failed on Monday. As Reuters reported, it was late. The board met.",
    ],
)
def test_no_hand_over_no_skip(text: str) -> None:
    summary = summarize(text, "2024-05-10")
    assert summary.lead is not None and summary.lead.start == 0
