"""Actors: a title set off before a person's name with the person's own titles, a title
after the name with "immediate past", a fuller form of a person's name, a relative named
with the same surname, an acronym given after a body's place, "NAME of the PARTY said",
and an airfield."""

from __future__ import annotations

from tests.reading import actor_list as _actors
from tests.reading import speakers as _speakers


def test_title_before_a_name_with_its_own_titles() -> None:
    text = (
        "Floods hit the northern province. The President of Ruritania, General Tomas Varga, "
        "condemned the delay on Monday."
    )
    assert _actors(text) == ["Tomas Varga"]
    text = (
        "Chief of Defence Force, Lieutenant General Marek Olsen, says the troops are ready "
        "to help."
    )
    assert _actors(text) == ["Marek Olsen"]


def test_speaking_title_before_a_name_set_off_by_commas() -> None:
    text = (
        'The Director of Public Works, Sir Alan Brooke, QC, in announcing the decision, said: '
        '"We are working day and night."'
    )
    assert _actors(text) == ["Alan Brooke"]


def test_title_after_a_name_placed_in_time() -> None:
    text = (
        "Professor Jan Kovac, immediate past President of the National Renal Association "
        "stated that the plan was wrong."
    )
    assert _actors(text) == ["Jan Kovac"]


def test_fuller_forms_of_a_persons_name() -> None:
    text = (
        "The league praised Senator Christopher Dodd on Monday. Dodd has made a large ad buy. "
        "Senator Chris Dodd said the plan was bold."
    )
    assert _actors(text) == ["Christopher Dodd"]
    text = (
        "About 200 supporters of detained democracy leader Aung Min Thet held a march on "
        "Monday. Min Thet, winner of the 1991 prize, has been under house arrest since 2003. "
        "Min Thet said she would not give up."
    )
    assert _actors(text) == ["Aung Min Thet"]


def test_a_relative_with_the_same_surname() -> None:
    text = (
        "War protestor Ann Marlow, the mother of fallen soldier Tom Marlow, wrote on Monday "
        'that she was resigning. "I am going home," wrote Marlow.'
    )
    assert _speakers(text) == ["Ann Marlow", "Ann Marlow"]


def test_acronym_given_after_the_bodys_place() -> None:
    text = (
        "The UN Relief Mission in Zembla (UNREMZ) condemned the attack on Friday. UNREMZ "
        "said the act was cruel."
    )
    assert _actors(text) == ["UN Relief Mission"]


def test_person_of_a_party_speaks_not_the_party() -> None:
    text = (
        "Critics condemned the programme. Jan Visser of the ruling Christian Union Party had "
        'said "It is a crazy idea."'
    )
    assert _actors(text) == ["Jan Visser"]


def test_an_airfield_is_a_place() -> None:
    text = (
        "A farewell ceremony is now being planned at Kandahar Airfield. He will then be "
        "flown home, said Major Tom Ray."
    )
    assert "Kandahar Airfield" not in _actors(text)
