"""Actors: adverbs opening a sentence, landmark and body nouns modifying a group, given
names alone, names followed by their initials, "they" after an aside naming a party,
plans and taxes, and broadcasters."""

from __future__ import annotations

from tests.reading import actor_kinds as _actors
from tests.reading import actor_list as _names
from tests.reading import summary_of as _summary


def test_adverb_opening_a_sentence_is_no_actor() -> None:
    text = "Personally, I think the plan will fail, the mayor said on Monday."
    assert "Personally" not in _names(text)
    quote = _summary(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name != "Personally"


def test_adverb_after_a_colon_is_no_actor() -> None:
    text = "Asked about the vote, he answered: Honestly, I think it will pass on Monday."
    assert "Honestly" not in _names(text)


def test_landmark_noun_modifying_a_group_is_no_actor() -> None:
    text = "Prison officers in Wessex walked out on Tuesday over pay."
    assert "Prison" not in _names(text)
    assert all(e.actors != ("Prison",) for e in _summary(text).events)


def test_body_noun_modifying_a_group_is_no_actor() -> None:
    text = (
        "Officials said on Monday that the river had burst its banks.\n\n"
        "Hospital workers in the town of Brell say they are running out of water."
    )
    assert "Hospital" not in _names(text)


def test_given_name_alone_is_a_person() -> None:
    text = "Miguel said on Monday that the team was ready for the final."
    assert ("Miguel", "person") in _actors(text)


def test_name_followed_by_its_initials_is_a_body() -> None:
    text = (
        "The health ministry's Flood Response Unit (FRU) said on Monday it would send staff. "
        "The FRU said it had 40 doctors in the region."
    )
    assert ("Flood Response Unit", "organisation") in _actors(text)
    assert "FRU" not in _names(text)


def test_they_after_an_aside_naming_a_party_is_not_the_party() -> None:
    text = (
        "Senators Mark Hill and Joan Park, both Democrats, criticised the bill on Monday. "
        "They say it is unfair to farmers."
    )
    names = [q.speaker.name for q in _summary(text).quotes if q.speaker is not None]
    assert "Democrats" not in names
    assert "Democrats" not in _names(text)


def test_a_scheme_is_no_actor() -> None:
    text = (
        "The minister unveiled the plan on Monday. The Home Office's National Identity "
        "Scheme will cost five billion pounds, officials said."
    )
    assert "National Identity Scheme" not in _names(text)


def test_a_radio_station_is_an_organisation() -> None:
    text = "Highland Radio said on Monday that it had been sold for a million euros."
    assert ("Highland Radio", "organisation") in _actors(text)


def test_commons_in_a_name_is_an_organisation() -> None:
    text = "Creative Commons announced a new licence for photographs on Tuesday."
    assert ("Creative Commons", "organisation") in _actors(text)
