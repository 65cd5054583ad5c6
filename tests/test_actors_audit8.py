"""Actors: a rank before a name ("Major"), a title opening a body's name ("General
Motors", "Major League Baseball"), a minister's remit of two words joined by "and", and a
one-word name made a person by an appositive title."""

from __future__ import annotations

from tests.reading import actor_list as _actors
from tests.reading import speakers as _speakers
from tests.reading import summary_of as _summary


def test_major_is_a_rank_before_a_name() -> None:
    text = (
        "Major Tevita Naulu, an army spokesman, said the exercise was routine. "
        'Later, Major Naulu said: "Nothing has changed."'
    )
    assert _actors(text) == ["Tevita Naulu"]
    assert _speakers(text) == ["Tevita Naulu", "Tevita Naulu"]


def test_title_opening_a_body_name() -> None:
    text = (
        "General Motors said on Monday it would close two plants. "
        "Major League Baseball said it would fine the club. "
        "The General Assembly voted to adopt the plan."
    )
    assert _actors(text) == ["General Motors", "Major League Baseball", "General Assembly"]


def test_minister_remit_of_two_words() -> None:
    text = (
        "Minister for Women and Child Development Leela Rao said the law would pass. "
        "Minister of Trade and Industry Pita Mano said exports rose."
    )
    assert _actors(text) == ["Leela Rao", "Pita Mano"]
    assert _speakers(text) == ["Leela Rao", "Pita Mano"]


def test_one_word_name_with_an_appositive_title() -> None:
    text = (
        "The accord was signed by Prime Minister Arun Bista and Kalideva, leader of the "
        "rebel movement.\n\n"
        "Kalideva said that the accord would end the war. He added that his fighters "
        "would disarm.\n\n"
        "Bista said the deal opened a new era."
    )
    summary = _summary(text)
    kinds = {a.name: a.kind for a in summary.actors}
    assert kinds["Kalideva"] == "person"
    assert _speakers(text) == ["Kalideva", "Kalideva", "Arun Bista"]

    # after a preposition, the appositive is the next clause's subject
    other = (
        "Responding to criticism from Zentrix, the chief executive of a rival said the "
        "claims were false."
    )
    assert {a.name: a.kind for a in _summary(other).actors}.get("Zentrix") != "person"
