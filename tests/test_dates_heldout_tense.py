"""Weekdays and months placed by the clause that reports them, not the verb that reports.

"say Saturday's vote will be fair": the possessive date opens the reported clause, which is
in the future; "promising to double pensions in October": the act promised lies ahead.
Examples written for the project; the publication date is a Friday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsstruct import extract_dates

FRIDAY = dt.date(2030, 1, 4)


def _values(text: str) -> list[str]:
    return [d.value for d in extract_dates(text, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials say Saturday's vote will be fair.", "2030-01-05"),
        ("The mayor said Saturday's vote will be fair.", "2030-01-05"),
        ("The board denied the claims and says Monday's meeting will go ahead.", "2030-01-07"),
        # the day of saying, and a past clause, keep the past
        ("The mayor said Saturday's vote was fair.", "2029-12-29"),
        ("The mayor said Saturday the vote will be fair.", "2029-12-29"),
        ("The mayor said on Saturday the vote will be fair.", "2029-12-29"),
    ],
)
def test_a_possessive_weekday_opening_a_reported_clause_takes_its_tense(
    text: str, value: str
) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She is campaigning hard, promising to double pensions in October.", "2030-10"),
        ("The union plans to strike in March.", "2030-03"),
        ("Residents are vowing to march on Monday.", "2030-01-07"),
        # the past form names the act of promising, which the date may place
        ("On Thursday the council pledged to review the plan.", "2030-01-03"),
    ],
)
def test_a_promise_or_plan_in_the_present_points_ahead(text: str, value: str) -> None:
    assert _values(text) == [value]
