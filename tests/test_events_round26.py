"""Plural and group agent nouns that name who acted. Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import summarize


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Earlier this week, guerrillas attacked a police post near the border.", "guerrillas"),
        ("A mob set fire to a church in the west of the country on Tuesday.", "mob"),
        ("Four ships have been hijacked by pirates this month.", "pirates"),
        ("Armed fighters took the town on Monday.", "Armed fighters"),
    ],
)
def test_a_group_noun_names_who_acted(text: str, agent: str) -> None:
    events = summarize(text, published="2008-01-03").events
    assert events and events[0].actors == (agent,)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Russian envoy to the UN, Ann Lee, told AFP that the report on the elections in "
            "February had caused the unrest.",
            "Ann Lee",
        ),
        (
            "Jo Ray told reporters that the study of the vote in March had caused the unrest.",
            "Jo Ray",
        ),
    ],
)
def test_a_date_in_reported_words_dates_the_speakers_statement(text: str, agent: str) -> None:
    events = summarize(text, published="2005-04-01").events
    assert events and events[0].actors == (agent,)


def test_a_date_before_its_cue_dates_what_the_words_tell() -> None:
    events = summarize("A blast hit the plant on Monday, Jo Ray said.", published="2005-04-01").events
    assert events and "Jo Ray" not in events[0].actors


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("More than 3,000 refugees returned home on Monday.", "refugees"),
        ("The pastors will preach on the law tomorrow.", "pastors"),
    ],
)
def test_people_named_by_a_plural_act(text: str, agent: str) -> None:
    events = summarize(text, published="2008-09-20").events
    assert events and events[0].actors == (agent,)


def test_the_number_of_people_is_no_agent() -> None:
    text = "The number of refugees in the world dropped by half between 1992 and 2003."
    events = summarize(text, published="2008-09-20").events
    assert events and all(e.actors == () for e in events)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("About 200 protesters marched on Monday.", "protesters"),
        ("Hundreds of protesters marched on Monday.", "protesters"),
        ("On Monday, more than 200 protesters marched to the palace.", "protesters"),
        ("Two gunmen opened fire on Monday.", "gunmen"),
        ("Some participants in the march broke into the embassy on Thursday.", "participants"),
    ],
)
def test_a_counted_group_acts(text: str, agent: str) -> None:
    events = summarize(text, published="2008-09-20").events
    assert events and events[0].actors == (agent,)


@pytest.mark.parametrize(
    "text",
    [
        "Eight soldiers have died in the province this month.",
        "200 people were killed on Monday.",
    ],
)
def test_what_befell_a_counted_group_names_no_agent(text: str) -> None:
    events = summarize(text, published="2008-09-20").events
    assert events and events[0].actors == ()


def test_a_title_in_wiki_italics_acts() -> None:
    text = "On Wednesday, ''The Daily Post '' reported that flight logs support his claims."
    events = summarize(text, published="2005-03-31").events
    assert events and events[0].actors == ("Daily Post",)


@pytest.mark.parametrize(
    "text",
    [
        "The First Limo will replace the old Presidential Limousine that rolled out in 2004.",
        "Police said Jo Ray kept a pistol in his 1998 Ford Explorer, which was searched on Monday.",
    ],
)
def test_a_vehicle_is_no_actor(text: str) -> None:
    names = [a.name for a in summarize(text, published="2009-01-16").actors]
    assert not [n for n in names if n.endswith(("Limo", "Limousine", "Explorer"))]


def test_a_name_with_its_body_after_of_acts() -> None:
    text = "Jo Ray of the Social Welfare constituency defeated two opponents."
    assert [a.name for a in summarize(text).actors] == ["Jo Ray"]
