"""Dates and dated events: "later in the day", a month that names a noun's time, the
weekend late in the week, an infinitive after "the first ...", and the agent of a "by"
phrase after the date, of a name after an opening phrase's nouns and of a verb in -s before
its date, on short reports written for this file."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_events

REF = "2024-05-08"  # a Wednesday


def _values(text: str, ref: str = REF) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, ref)}


def _agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in extract_events(text, REF)}


def test_later_in_the_day_is_the_day_told_before() -> None:
    text = "Troops entered the town on Monday. Later in the day, the mayor fled."
    assert _values(text)["Later in the day"] == "2024-05-06"
    assert "the day" not in _values(text + " It was the day the dam broke.")


def test_later_in_the_day_passes_over_a_day_ahead() -> None:
    text = (
        "The envoy arrived in Lima yesterday. The visit lasts until Friday. In a speech "
        "later in the day, he praised the talks."
    )
    assert _values(text)["later in the day"] == "2024-05-07"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The assembly will sit for the first time since the December elections.", "2023-12"),
        ("Shares rose after the release of the April trade figures.", "2024-04"),
        ("The cuts were proposed in the March budget.", "2024-03"),
    ],
)
def test_month_naming_a_nouns_time(text: str, value: str) -> None:
    found = [v for v in _values(text).values() if v is not None]
    assert found == [value]


def test_month_naming_a_noun_but_not_before_of() -> None:
    values = _values("The June figures came out the day they watched the March of the Penguins.")
    assert values == {"June": "2023-06"}


def test_first_to_be_tells_no_time() -> None:
    text = "She is the first woman to be charged over the February 11 riot."
    assert _values(text)["February 11"] == "2024-02-11"


def test_weekend_late_in_the_week_is_the_coming_one() -> None:
    text = "The crisis comes during the weekend when the country marks the anniversary."
    assert _values(text, "2024-05-10")["the weekend"] == "2024-W19"


def test_weekend_after_a_day_told_ahead() -> None:
    text = "The union will strike next Friday and march in the capital at the weekend."
    values = _values(text, "2024-05-10")
    assert values["next Friday"] == "2024-05-17"
    assert values["the weekend"] == "2024-W20"


@pytest.mark.parametrize(
    ("text", "date", "agent"),
    [
        (
            "The former governor was sentenced on Monday by a three-judge panel of the "
            "Supreme Court to six years in prison.",
            "Monday",
            "Supreme Court",
        ),
        (
            "The mayor was detained in March by anti-fraud investigators.",
            "March",
            "investigators",
        ),
        (
            "Hundreds of families were moved from their homes on Friday by soldiers.",
            "Friday",
            "soldiers",
        ),
        (
            "The printing works were raided this morning by groups of masked police officers.",
            "this morning",
            "police officers",
        ),
    ],
)
def test_by_phrase_after_the_date(text: str, date: str, agent: str) -> None:
    assert _agents(text)[date] == (agent,)


def test_by_phrase_names_the_agent_not_what_follows() -> None:
    text = (
        "The vote was followed on Monday by the collapse of Northfield Bank. The mayor was "
        "arrested in May by anti-fraud investigators after a report."
    )
    agents = _agents(text)
    assert agents["Monday"] == ()
    assert agents["May"] == ("investigators",)


def test_name_after_the_nouns_of_an_opening_phrase() -> None:
    text = "In his March 3 radio address President Mark Olsen said the war was over."
    assert _agents(text)["March 3"] == ("Mark Olsen",)


def test_name_with_a_verb_in_s_before_its_date() -> None:
    assert _agents("The Federal Reserve meets next week.")["next week"] == ("Federal Reserve",)
