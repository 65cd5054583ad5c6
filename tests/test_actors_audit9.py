"""Actors: a category label glued to the text's first name, titles in wiki quote marks with
a space left before the closing marks, a title set off after a person's name without its
closing comma, a people named inside a speaker's words, and a state's name that opens a
newspaper's."""

from __future__ import annotations

from tests.reading import actor_list as _actors
from tests.reading import summary_of as _summary


def test_category_label_before_a_given_name() -> None:
    text = (
        "Flood Relief Maria Okafor, the regional governor, said on Monday that aid would "
        "arrive within days. Okafor visited two towns."
    )
    assert _actors(text) == ["Maria Okafor"]
    # a title before the given name is no label
    assert _actors("Senator Paul Ruiz said on Monday that the bill would pass.") == ["Paul Ruiz"]


def test_place_label_repeated_before_the_story() -> None:
    text = (
        "Norway Norway has tested its storm sirens across the country. "
        "Sweden said that it would hold a similar drill."
    )
    assert sorted(_actors(text)) == ["Norway", "Sweden"]


def test_wiki_title_with_a_space_before_closing_marks() -> None:
    text = (
        "The ''Harbour Gazette '' has reported that two ferries were cancelled. "
        "''The Coast Herald '' reports that the port will reopen on Friday."
    )
    assert sorted(_actors(text)) == ["Coast Herald", "Harbour Gazette"]


def test_title_set_off_after_a_name_without_its_closing_comma() -> None:
    text = (
        "Ines Alvarez , the Harbour Minister of Ruritania visited the new port on Monday. "
        "Alvarez said the works were on time."
    )
    assert _actors(text) == ["Ines Alvarez"]


def test_a_people_inside_a_speakers_words_is_no_actor() -> None:
    text = (
        '"The Ruritanians will not accept this plan," said Tom Becker, a trade envoy. '
        "Becker left the talks early."
    )
    assert _actors(text) == ["Tom Becker"]


def test_a_state_is_not_the_short_name_of_a_newspaper() -> None:
    text = (
        "''The Chile Herald'' criticised the budget on Monday. "
        "Chile said it would cut spending on roads."
    )
    assert sorted(_actors(text)) == ["Chile", "Chile Herald"]
    # but it is the short name of its government
    text = (
        "The Chile Government said on Monday it would cut taxes. "
        "Chile also said that the plan would start in June."
    )
    assert _actors(text) == ["Chile Government"]


def test_wiki_title_keeps_a_weekday_after_the_article() -> None:
    text = (
        "Police said 12 people were hurt. ''The Sunday Courier'' reports that the bridge "
        "will stay shut, and ''The Sunday Courier'' says repairs will take a month."
    )
    assert "Sunday Courier" in _actors(text)


def test_the_foundation_is_the_foundation_named_before() -> None:
    text = (
        "Critics, including the Larkin Foundation, said the plan costs too much. "
        "The foundation said in a statement that private firms could do the work faster."
    )
    speakers = [q.speaker.name if q.speaker else None for q in _summary(text).quotes]
    assert speakers[-1] == "Larkin Foundation"


def test_they_after_a_team_is_the_team_not_a_name_in_its_phrase() -> None:
    text = (
        "A research team from the University of Elbonia and Acme University in Ruritania "
        "has studied the spread of the disease. They found that most cases came from wells."
    )
    speakers = [q.speaker.name if q.speaker else None for q in _summary(text).quotes]
    assert speakers == ["research team"]
