"""Dates and dated events: a month whose year is written after it, a day that comes back
every year, a month after a verb negated in the past and "until", and the agent of a
subject pronoun continuing the sentences before it, after a short opening phrase without a
comma and in a verbless fragment after a semicolon, on short reports written for this
file."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_events

REF = "2024-05-08"  # a Wednesday


def _values(text: str, ref: str = REF) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, ref)}


def _agents(text: str) -> dict[str, list[tuple[str, ...]]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for e in extract_events(text, REF):
        found.setdefault(e.date.text, []).append(e.actors)
    return found


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("The rebels planned to strike in March or September in 2015, the report said.",
         "March", "2015-03"),
        ("The rebels planned to strike in March or September in 2015, the report said.",
         "September", "2015-09"),
        ("The old bridge was closed in June in 1998 after a flood.", "June", "1998-06"),
    ],
)  # fmt: skip
def test_a_month_takes_the_year_written_after_it(text: str, month: str, value: str) -> None:
    assert _values(text)[month] == value
    # a number that counts is no year of the month
    assert _values(text + " Crowds gathered in May in 2004 people.")["May"] == "2024-05"


@pytest.mark.parametrize(
    "text",
    [
        "Both nations honour their veterans on the 25th of April every year.",
        "The town holds its fair on July 4 each year.",
        "The festival is held in August annually.",
    ],
)
def test_a_day_that_comes_back_every_year_is_no_date(text: str) -> None:
    assert extract_dates(text, REF) == ()


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The bank promised to rebuild, but work did not begin until March.", "March",
         "2024-03"),
        ("The body of the sailor was not found until February.", "February", "2024-02"),
    ],
)  # fmt: skip
def test_a_past_negation_before_until_keeps_the_month_behind(
    text: str, date: str, value: str
) -> None:
    assert _values(text)[date] == value
    # a negation ahead keeps the month ahead
    assert _values(text + " The new rules will not take effect until June.")["June"] == "2024-06"


def test_a_subject_pronoun_continues_the_sentences_before_it() -> None:
    text = (
        "Omar Haddad, 52, is a former judge. He studied law under Judge Mark Kline in "
        "Boston. He resigned in March 2010 to teach."
    )
    assert _agents(text)["March 2010"] == [("Omar Haddad",)]
    # a pronoun in quotation marks does not continue the speaker's sentence
    quoted = (
        'Mayor Lina Ortiz praised Governor Tom Reyes. "He signed the bill on Monday," '
        "Ortiz said."
    )
    assert _agents(quoted)["Monday"] != [("Lina Ortiz",)]


def test_a_pronoun_after_a_short_opening_phrase_without_a_comma() -> None:
    text = (
        "Prime Minister Ann Vale met her cabinet. At midday she made a speech that named "
        "12 June 2024 as the date of the vote."
    )
    assert _agents(text)["12 June 2024"] == [("Ann Vale",)]


def test_a_verbless_fragment_after_a_semicolon_shares_the_subject() -> None:
    text = (
        "Paul Okafor led the party for a decade. He later served as a minister twice; "
        "from 1996 to 2001 under Premier Sam Lowe and again from 2003 to 2005."
    )
    agents = _agents(text)
    for year in ("1996", "2001", "2003", "2005"):
        assert agents[year] == [("Paul Okafor",)], year
