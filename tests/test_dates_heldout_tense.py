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


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Last Christmas, the mayor spent a week at the clinic.", "Last Christmas", "2029-12-25"),
        ("The choir will sing again next Christmas Eve.", "next Christmas Eve", "2030-12-24"),
        ("She spent last New Year's Day at sea.", "last New Year's Day", "2030-01-01"),
    ],
)
def test_a_holiday_after_last_or_next_is_the_one_before_or_after_publication(
    text: str, span: str, value: str
) -> None:
    found = extract_dates(text, FRIDAY)
    assert [(d.text, d.value) for d in found] == [(span, value)]


def test_the_last_of_a_holiday_is_the_final_one_not_a_date_before_publication() -> None:
    found = extract_dates("The last Christmas Day parade was held in 1999.", FRIDAY)
    assert [d.text for d in found] == ["Christmas Day", "1999"]


@pytest.mark.parametrize(
    "text",
    ["He drove his 1997 Ford Mustang home.", "She kept the rifle in her 2004 Honda Civic."],
)
def test_a_model_year_inside_a_name_is_not_a_date(text: str) -> None:
    assert extract_dates(text, FRIDAY) == ()


def test_a_year_owned_before_a_common_noun_is_still_a_date() -> None:
    found = extract_dates("He lost his 1994 Senate campaign.", FRIDAY)
    assert [d.value for d in found] == ["1994"]
