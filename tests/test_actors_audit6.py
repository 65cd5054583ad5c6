"""Actors: military and academic titles before a name, sentence adverbs before a name,
names with lower-case particles, bodies named "X of Y" or "X for Y", and a body's short
name merged with its full one."""

from __future__ import annotations

from tests.reading import actor_list as _actors
from tests.reading import summary_of as _summary


def test_rank_before_a_name_is_a_title() -> None:
    text = (
        "Commodore Tevita Mara ordered the ships back to port on Monday. "
        "Mara said the storm was too strong. Commodore Mara later left."
    )
    summary = _summary(text)
    assert [a.name for a in summary.actors] == ["Tevita Mara"]
    assert summary.actors[0].role == "Commodore"


def test_provost_councillor_and_elect_titles() -> None:
    text = (
        "Provost Ellen Brandt wrote to the trustees on Monday. "
        "City Councillor Omar Sadiq rejected the plan. "
        "Governor-elect Rita Moss said she would sign the bill."
    )
    names = _actors(text)
    assert "Ellen Brandt" in names
    assert "Omar Sadiq" in names
    assert "Rita Moss" in names


def test_sentence_adverb_is_not_part_of_a_name() -> None:
    text = "Recently Harbor Daily wrote that the mayor raised $2 million for the park."
    assert _actors(text) == ["Harbor Daily"]


def test_name_with_particles_is_a_person() -> None:
    text = (
        "Luiz Carlos Mota da Rocha defended the budget on Monday. "
        "Mota said the cuts would stop. Rocha also met the unions."
    )
    actors = _summary(text).actors
    assert [a.name for a in actors] == ["Luiz Carlos Mota da Rocha"]
    assert actors[0].kind == "person"


def test_body_named_for_a_place_keeps_its_whole_name() -> None:
    text = '"The rally was peaceful," said the Independent Campaign for Lakeland in a report.'
    assert _actors(text) == ["Independent Campaign for Lakeland"]
    text = "The Liberation Front of Westmark said more attacks would follow."
    assert _actors(text) == ["Liberation Front of Westmark"]
    text = "The Liberation Tigers of North Arvia said more attacks would follow."
    assert _actors(text) == ["Liberation Tigers of North Arvia"]


def test_short_name_of_a_body_is_its_full_name() -> None:
    text = (
        "The Supreme Court of Ruritania ruled on Monday that the vote was valid. "
        "The Supreme Court said the president may run again."
    )
    assert _actors(text) == ["Supreme Court of Ruritania"]


def test_verb_after_a_name_is_no_role() -> None:
    text = "The president of Ruritania, Ana Vidal, defended the plan of the mayor, Tom Hale."
    actors = _summary(text).actors
    vidal = next(a for a in actors if a.name == "Ana Vidal")
    assert vidal.role is None


def test_agent_run_into_a_phrase_of_time_is_no_group() -> None:
    text = "Ruritania On Friday, thousands of Ruritanians marched in the capital."
    # the label that opens the text is passed over: the sentence reads as without it
    assert _actors(text) == _actors(text.removeprefix("Ruritania "))
    assert not any("On" in name.split() for name in _actors(text))
