"""Actors and event agents: a place acts only as a state does."""

from __future__ import annotations

import newsstruct
from tests.reading import actor_list as _actors


def _agents(text: str, date: str) -> tuple[str, ...]:
    summary = newsstruct.summarize(text, published="2024-05-10")
    return next(e.actors for e in summary.events if e.date.text == date)


def test_place_described_by_has_is_no_actor() -> None:
    text = (
        "Norway has a population of about five million people. "
        "Ann Lee, a teacher in Oslo, said the schools would reopen."
    )
    assert "Norway" not in _actors(text)


def test_place_that_has_become_something_is_no_actor() -> None:
    text = "Iraq has become a magnet for fighters, Ann Lee said on Monday."
    assert "Iraq" not in _actors(text)


def test_place_in_turmoil_since_a_date_is_no_agent() -> None:
    text = "Thailand has been in turmoil since April. Ann Lee said talks would go on."
    assert _agents(text, "April") == ()
    assert "Thailand" not in _actors(text)


def test_place_agent_of_a_passive_set_off_by_a_comma() -> None:
    text = "The camp was destroyed in an air raid, by the United States in 2001."
    assert _agents(text, "2001") == ("United States",)


def test_place_named_as_the_object_of_a_speaker_is_no_speaker() -> None:
    text = (
        'The message then begins to threaten Rome saying, "your walls will fall". '
        "Ann Lee said the statement was false."
    )
    assert "Rome" not in _actors(text)


def test_place_agent_dropped_for_the_person_he_refers_to() -> None:
    text = (
        "Ann Lee was arrested on Monday. The former head of the Oslo Stock Market is also "
        "the founder of Lee Holdings, the firm she launched in 1990."
    )
    agents = _agents(text, "1990")
    assert "Oslo Stock Market" not in agents
