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
