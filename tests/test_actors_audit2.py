"""Actors and event agents in plain news reports: places in a subject's phrase, the objects
of prepositions, bodies named after their noun, animals, titles, possessives and acronyms."""

from __future__ import annotations

from tests.reading import actor_names as _names
from tests.reading import event_agents as _agents
from tests.reading import summary_of as _summary


def test_a_place_in_the_subjects_phrase_is_no_agent() -> None:
    text = "The cost of bread in Europe climbed to a record last week, traders said."
    assert "Europe" not in _names(text)
    assert _agents(text, "last week") == ()


def test_a_place_after_a_possessive_in_the_subjects_phrase_is_no_agent() -> None:
    text = "Protests in Ruritania's capital Lorbek left two people injured on Monday."
    assert "Lorbek" not in _names(text)
    assert _agents(text, "Monday") == ()


def test_the_object_of_a_preposition_is_no_agent() -> None:
    text = "Fuel prices at the pumps of the Dow Jones in Toronto jumped on Tuesday."
    assert "Toronto" not in _names(text)
    text = "Direct flights from Lagos to Nairobi will start in June."
    assert _agents(text, "June") == ()
    # but the body an agent speaks for is named as the agent
    text = "A spokesman for Harbor Rail said on Monday that work would go on."
    assert _agents(text, "Monday") != ()


def test_a_newspaper_told_is_not_an_actor() -> None:
    text = (
        "The mayor, Luis Ortiz, spoke on Monday. He told the newspaper La Voz that Gil had "
        "left the city."
    )
    names = _names(text)
    assert not names & {"La Voz", "Voz"}
    assert "Luis Ortiz" in names


def test_a_name_after_a_body_noun_is_an_organisation() -> None:
    text = "The rights group Open Doors said on Monday that 40 people were held."
    actor = next(a for a in _summary(text).actors if a.name == "Open Doors")
    assert actor.kind == "organisation"


def test_an_animal_is_not_an_actor() -> None:
    text = (
        "A cat named Felix has become famous in Porto. Felix climbed onto the roof of the "
        "town hall on Monday, firefighters said."
    )
    assert "Felix" not in _names(text)


def test_a_title_before_a_place_name_makes_a_person() -> None:
    text = (
        "Lieutenant Colonel Steven Jordan will be charged, officials said. Colonel Jordan "
        "led the unit between March and June."
    )
    names = _names(text)
    assert "Jordan" not in names
    assert "Steven Jordan" in names


def test_a_possessive_plural_stays_in_a_party_name() -> None:
    text = "The Mongolian People's Revolutionary Party won the election on Sunday."
    assert "Mongolian People's Revolutionary Party" in _names(text)
    text = "The opposition Farmers' Party (FP) said on Monday it would appeal."
    assert "Farmers' Party" in _names(text)


def test_a_plural_title_before_a_list_of_names() -> None:
    text = "U.S. Senators Ann Harper and Tom Wills introduced a bill on Tuesday to ban the sale."
    names = _names(text)
    assert {"Ann Harper", "Tom Wills"} <= names
    assert not any(name.startswith("Senators") for name in names)


def test_a_document_is_not_an_actor() -> None:
    text = (
        "The two countries signed a Memorandum of Understanding on Monday. The Memorandum "
        "of Understanding says the line will be built by 2027."
    )
    assert "Memorandum of Understanding" not in _names(text)


def test_places_after_bar_are_not_actors() -> None:
    text = "Every county bar Kerry, Clare and Sligo experienced heavy rain on Friday."
    assert not _names(text) & {"Kerry", "Clare", "Sligo"}


def test_an_acronym_given_in_brackets_is_the_same_actor() -> None:
    text = (
        "In a statement released on Thursday, the International Committee of the Red "
        "Cross  (ICRC) said it was worried. The ICRC started asking for access two years ago."
    )
    names = _names(text)
    assert len(names & {"ICRC", "International Committee of the Red Cross"}) == 1


def test_a_name_before_a_doubled_space_and_its_party_acts() -> None:
    text = "Ann Leeson  of the Green Party took 300 votes in the northern ward."
    assert "Ann Leeson" in _names(text)


def test_a_body_that_has_been_doing_something_acts() -> None:
    text = "The Lorbek District Prosecutors Office has been investigating the firm."
    assert "Lorbek District Prosecutors Office" in _names(text)
