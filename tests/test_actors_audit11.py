"""Actors in the shapes news writes them: states and regions named with a compass point or
"New", the end of a title or a plural noun opening a sentence before a name, a title's remit
that goes on after "and", questions opening on a verb, plans named with a letter."""

from __future__ import annotations

from newsstruct import summarize
from newsstruct._mentions import find_mentions
from newsstruct._text import Document


def _actors(text: str) -> dict[str, str | None]:
    return {a.name: a.kind for a in summarize(text, published="2026-03-10").actors}


def _kinds(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(Document(text))}


def test_states_named_with_a_compass_point_or_new_are_places() -> None:
    kinds = _kinds(
        "New Hampshire passed the law on Monday. North Carolina said it would follow, "
        "and S. Sudan said it would not."
    )
    assert kinds["New Hampshire"] == "place"
    assert kinds["North Carolina"] == "place"
    assert kinds["S. Sudan"] == "place"
    actors = _actors(
        "New Hampshire passed the law on Monday. North Carolina said it would follow. "
        "The New Hampshire Department of Health said the water was safe."
    )
    assert actors.get("New Hampshire") != "person"
    assert actors.get("North Carolina") != "person"
    assert "New Hampshire Department of Health" in actors  # a body opening on a state
    # a part of a city named alone elsewhere is left as it was
    text = "Smallville police said crime fell. East Smallville residents agreed."
    assert _kinds(text).get("East Smallville") != "place"


def test_a_city_and_its_district_is_a_place() -> None:
    kinds = _kinds("Officials in Springfield D.C. said the roads were closed.")
    assert kinds["Springfield D.C."] == "place"


def test_title_closing_word_after_in_is_not_the_name() -> None:
    actors = _actors("FBI Special Agent in Charge Dana Wells Jr said the case was closed.")
    assert "Dana Wells Jr" in actors
    assert "Charge Dana Wells Jr" not in actors


def test_plural_noun_opening_a_sentence_before_a_surname() -> None:
    text = (
        "Two suspects were named on Monday. Suspects Ortaleza and Quimbo left the city. "
        "Ortaleza said he was innocent."
    )
    names = list(_actors(text))
    assert "Suspects Ortaleza" not in names
    assert "Ortaleza" in names


def test_a_title_remit_going_on_after_and() -> None:
    text = "Secretary of State for Energy and Climate Change Ann Marlow said prices would fall."
    actors = summarize(text, published="2026-03-10").actors
    names = [a.name for a in actors]
    assert names == ["Ann Marlow"]
    assert actors[0].role == "Secretary of State for Energy and Climate Change"
    text = "Assistant Secretary of State for East Asian and Pacific Affairs Mary Cole said no."
    assert [a.name for a in summarize(text, published="2026-03-10").actors] == ["Mary Cole"]


def test_a_plural_opening_a_sentence_whose_singular_is_common() -> None:
    kinds = _kinds("Tests showed the river was clean, the agency said. Each test took a week.")
    assert "Tests" not in kinds
    # but a plural before the names it stands for is kept
    kinds = _kinds("Groups such as Water First have condemned the plan. One group said so.")
    assert "Groups" in kinds


def test_question_opening_on_a_verb_is_not_the_name() -> None:
    text = "Would Mark Danvers run again? Danvers told reporters he might decide in May."
    names = list(_actors(text))
    assert "Would Mark Danvers" not in names
    assert "Mark Danvers" in names


def test_plan_named_with_a_letter_is_no_actor() -> None:
    assert "Plan C" not in _actors("Plan C said nothing about taxes, the mayor said.")


def test_charter_and_polls_are_no_actors() -> None:
    text = "Polls show the mayor is ahead. The City Charter says the vote must be held in May."
    actors = _actors(text)
    assert "Polls" not in actors
    assert "City Charter" not in actors
