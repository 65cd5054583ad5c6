"""Actors: a party's member or a hyphenated title before a name, a title inside a body's
name, a ministry's remit of two words, the possessor in a passive's agent, and a role
written with its state merged with the one person who holds it."""

from __future__ import annotations

from tests.reading import actor_list as _actors
from tests.reading import summary_of as _summary


def test_party_member_before_a_name() -> None:
    text = (
        "Democrat Carla Menendez said the plan would cut taxes for families. "
        "Republican Tomas Haller disagreed, saying it would add to the debt."
    )
    summary = _summary(text)
    assert [a.name for a in summary.actors] == ["Carla Menendez", "Tomas Haller"]
    assert [a.role for a in summary.actors] == ["Democrat", "Republican"]
    assert [q.speaker.name for q in summary.quotes if q.speaker] == [
        "Carla Menendez",
        "Tomas Haller",
    ]
    # a party's own name keeps its words
    assert _actors("The Liberal Democrat Party said it would vote against the bill.") == [
        "Liberal Democrat Party"
    ]


def test_hyphenated_title_before_a_name() -> None:
    text = "State Attorney-General Peter Wallis said his office would review the law."
    summary = _summary(text)
    assert [a.name for a in summary.actors] == ["Peter Wallis"]
    assert summary.actors[0].role == "State Attorney-General"


def test_title_inside_a_body_name() -> None:
    text = "The UN General Assembly voted on Monday to send aid to the region."
    assert _actors(text) == ["UN General Assembly"]


def test_long_role_ending_in_a_name() -> None:
    text = (
        "Director of the Institute of Tropical Health Samuel Obi said the test costs "
        "less than one dollar."
    )
    summary = _summary(text)
    assert [a.name for a in summary.actors] == ["Samuel Obi"]


def test_role_ending_in_a_branch_of_a_body() -> None:
    text = (
        "Larry Cox, the Executive Director of Amnesty International USA said the camp "
        'had become a symbol. "It is wrong," said Cox.'
    )
    assert _actors(text) == ["Larry Cox"]


def test_ministry_with_a_remit_of_two_words() -> None:
    text = (
        "The Ministry of Foreign Affairs and European Integration said the envoy "
        "had been recalled."
    )
    assert _actors(text) == ["Ministry of Foreign Affairs and European Integration"]


def test_possessor_in_a_passive_agent_does_not_act() -> None:
    text = (
        "The new time zone matches none of those used by Norland's neighbours. "
        "The plan was also criticised by Acme's rivals."
    )
    assert _actors(text) == []


def test_sentence_adverb_quite_names_nobody() -> None:
    text = (
        "The school would be moved to a new campus. Quite a few teachers opposed this "
        "idea strongly and called for opposition widely."
    )
    assert "Quite" not in _actors(text)


def test_role_with_its_state_merged_with_its_holder() -> None:
    text = (
        "President Ann Walker met the Dalai Lama on Monday, and she praised his work. "
        "It is the first time a sitting U.S. President has appeared with him in public, "
        "and the U.S. President said the meeting went well."
    )
    summary = _summary(text)
    assert [a.name for a in summary.actors] == ["Ann Walker"]
    # the role of another body's holder is not merged with the holder of a bare title
    text = (
        '"It could not be done," Chairman Hal Booth told reporters. '
        '"We will pick up some of that business," Acme Chairman Terry Lane told reporters.'
    )
    names = _actors(text)
    assert "Hal Booth" in names
    assert "Terry Lane" in names
