"""Who acts in a dated statement: schedule words after a name, passives and their "by"
agents, the object of "to", subjects opened by a date, joined subjects, a person set off
after a subject, and capitalised groups or occasions that are no people."""

from __future__ import annotations

import datetime as dt

from newsstruct import extract_events, summarize
from newsstruct.model import Summary

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def _summary(text: str) -> Summary:
    return summarize(text, published=PUBLISHED)


def _agents(text: str, date: str) -> tuple[str, ...]:
    return next(e.actors for e in _summary(text).events if e.date.text == date)


def _plain_agents(text: str, date: str) -> tuple[str, ...]:
    events = extract_events(text, reference=PUBLISHED)
    return next(e.actors for e in events if e.date.text == date)


def test_a_schedule_word_after_a_name_in_a_phrase_makes_no_agent() -> None:
    text = "The award of this Harbour Medal closes the 2023 Harbour Medal season."
    assert _agents(text, "2023") == ()


def test_the_object_of_to_is_no_agent_of_a_passive() -> None:
    text = "The bill was introduced to Parliament on Tuesday."
    assert _agents(text, "Tuesday") == ()


def test_a_participle_agent_belongs_to_its_own_date_only() -> None:
    text = (
        "The Senate voted on Monday to repeal the 2019 executive order signed by "
        "Governor Ann Marlow."
    )
    assert _agents(text, "Monday") == ("Senate",)
    assert _agents(text, "2019") == ("Ann Marlow",)
    text = "A new tariff signed by Ann Marlow in March raised prices for farmers."
    assert _agents(text, "March") == ("Ann Marlow",)


def test_a_later_passive_agent_is_found_past_a_participle_of_another_date() -> None:
    text = (
        "The project, backed by the Coastal Trust among others, was announced in "
        "March by Ann Marlow."
    )
    assert _agents(text, "March") == ("Ann Marlow",)


def test_an_opening_date_phrase_is_no_agent() -> None:
    text = "Since 2019 Zentrix had the status of a licensed lender."
    assert _plain_agents(text, "2019") == ("Zentrix",)


def test_a_countrys_body_joined_with_another_agent() -> None:
    text = "Kenya's government and the World Food Program began handing out food on Monday."
    agents = _plain_agents(text, "Monday")
    assert agents == ("Kenya's government", "World Food Program")


def test_the_government_is_not_the_union_named_before_it() -> None:
    text = (
        "The Harbour Workers Union said on Monday that wages had fallen. "
        "In March the government said the minimum wage would rise."
    )
    agents = _agents(text, "March")
    assert "Harbour Workers Union" not in agents
    assert agents == ("government",)


def test_a_person_set_off_after_the_subject_is_the_agent() -> None:
    text = (
        "Boats were turned away. One Tamil, Samir Hadad, the first passenger rescued "
        "on Friday was sent back twice."
    )
    assert _plain_agents(text, "Friday") == ("Samir Hadad",)


def test_house_members_are_no_person() -> None:
    summary = _summary("House Members voted on Monday to pass the budget.")
    kinds = {a.name: a.kind for a in summary.actors}
    assert kinds.get("House Members") != "person"


def test_an_occasion_named_time_is_no_actor() -> None:
    text = "Question Time said on Monday that it would move to a later hour."
    assert "Question Time" not in {a.name for a in _summary(text).actors}
