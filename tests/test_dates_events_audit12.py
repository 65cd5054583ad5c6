"""Dates and dated events: a month "of the same year", a day of the year that the past
tense would put almost a year back, a perfect infinitive of an irregular verb, the agent
of a passive with a date before "by", and the owner of a speech or a visit, on short
reports written for this file."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_events, summarize

REF = "2024-05-08"  # a Wednesday


def _values(text: str, ref: str = REF) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, ref)}


def _agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in extract_events(text, REF)}


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        (
            "The mayor was first elected in May 2011. He resigned in June of the same year "
            "after a row over the budget.",
            "June",
            "2011-06",
        ),
        (
            "The plant opened in March 2016 and closed in October of that year, when the "
            "owner went bankrupt.",
            "October",
            "2016-10",
        ),
    ],
)
def test_month_of_the_same_year_takes_the_year_told(text: str, date: str, value: str) -> None:
    assert _values(text)[date] == value


def test_the_same_year_after_such_a_month_is_no_date_of_its_own() -> None:
    text = "The mayor was first elected in May 2011. He resigned in June of the same year."
    assert "the same year" not in _values(text)


@pytest.mark.parametrize(
    ("text", "ref", "date", "value"),
    [
        (
            "The minister denied that the cabinet acted in haste by passing the bill before "
            "Christmas.",
            "2024-12-03",
            "Christmas",
            "2024-12-25",
        ),
        (
            "The senator moved that the bill go to a committee, with its report set November "
            "8, leaving little time for hearings.",
            "2024-10-14",
            "November 8",
            "2024-11-08",
        ),
    ],
)
def test_day_of_the_year_almost_a_year_back_is_the_one_ahead(
    text: str, ref: str, date: str, value: str
) -> None:
    assert _values(text, ref)[date] == value


def test_perfect_infinitive_of_irregular_verb_is_past() -> None:
    text = (
        "The commander is believed to have become the group's leader after the arrest of "
        "his deputy in March."
    )
    assert _values(text, "2024-12-04")["March"] == "2024-03"


@pytest.mark.parametrize(
    ("text", "date", "agent"),
    [
        ("Three men were arrested on Friday by police in the capital.", "Friday", "police"),
        ("The suspects were charged on Monday by prosecutors.", "Monday", "prosecutors"),
        ("Two journalists were detained yesterday by soldiers.", "yesterday", "soldiers"),
    ],
)
def test_passive_with_date_before_by_takes_the_group(text: str, date: str, agent: str) -> None:
    assert _agents(text)[date] == (agent,)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "President Ann Oye arrived in Lagos. Oye's speech on Tuesday drew a large "
            "crowd.",
            "Tuesday",
        ),
        ("President Ann Oye toured the port. Oye's visit on Monday was her first.", "Monday"),
    ],
)
def test_owner_of_a_speech_or_visit_is_its_agent(text: str, date: str) -> None:
    events = {e.date.text: e.actors for e in summarize(text, published=REF).events}
    assert events[date] == ("Ann Oye",)


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        (
            "Police arrested the governor on May 2. Later that day, he was freed on bail.",
            "Later that day",
            "2024-05-02",
        ),
        (
            "The army entered the city in March 2019 and left later that year.",
            "later that year",
            "2019",
        ),
        ("Rain hit the port on April 29. Ferries did not sail that day.", "that day", "2024-04-29"),
    ],
)
def test_that_day_points_at_the_date_told_before(text: str, date: str, value: str) -> None:
    assert _values(text)[date] == value


def test_that_year_over_a_period_or_with_no_date_before_is_no_date() -> None:
    values = _values("Jobs data for 2019 came out. Jobs grew over that year, and that year ended.")
    assert list(values) == ["2019", "that year"]
    assert "that day" not in _values("Ferries did not sail that day, the owner said.")
    values = _values("Sales rose in 2019. Lee said that year-on-year sales fell.")
    assert not any(text.startswith("that") for text in values)


def test_holiday_in_a_year_told_after_it_is_that_year() -> None:
    text = "Bombs at three churches at Christmas in 2016 killed 12 people."
    assert _values(text, "2024-12-10")["Christmas"] == "2016-12-25"


def test_last_years_day_of_the_year() -> None:
    text = "Officials will review last year's February 11 vote in the capital."
    assert _values(text, "2024-01-25")["February 11"] == "2023-02-11"


@pytest.mark.parametrize(
    ("text", "date", "agent"),
    [
        (
            "The government will send $200 million in aid, Finance Minister Ana Reis said "
            "Saturday.",
            "Saturday",
            "Ana Reis",
        ),
        ("Aid will reach the camps soon, Ana Reis told reporters on Friday.", "Friday", "Ana Reis"),
    ],
)
def test_speaker_set_off_after_the_statement_said_it_then(
    text: str, date: str, agent: str
) -> None:
    events = {e.date.text: e.actors for e in summarize(text, published=REF).events}
    assert events[date] == (agent,)
