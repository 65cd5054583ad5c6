"""Actors and event agents: places that act through their agents, adverbs and modals, names
opened by a capitalised connector, and unnamed unique titles."""

from __future__ import annotations

import newsstruct
from newsstruct._mentions import find_mentions
from newsstruct._text import Document
from tests.reading import actor_list as _actors


def _agents(text: str, date: str) -> tuple[str, ...]:
    summary = newsstruct.summarize(text, published="2024-05-10")
    return next(e.actors for e in summary.events if e.date.text == date)


def _kinds(text: str) -> dict[str, str]:
    doc = Document(text)
    return {doc.text[m.start : m.end]: m.kind for m in find_mentions(doc)}


def test_passive_agent_after_a_time_word() -> None:
    text = "A pilot was detained yesterday by Norway government agents in Oslo."
    assert "Norway" in _actors(text)


def test_place_after_the_government_of() -> None:
    text = "On Tuesday the government of Peru threatened to close the mine."
    assert "Peru" in _actors(text)


def test_adverb_in_ly_between_place_and_verb() -> None:
    text = "Chile firmly rejected the proposal on Tuesday."
    assert _agents(text, "Tuesday") == ("Chile",)
    # but "and I" opens a clause of its own: the place before it does not act
    text = (
        "It is a blow to the workers at the plant, the town and the State of Ohio, and "
        "I am deeply disappointed, Ana Ruiz said on Tuesday."
    )
    assert "State of Ohio" not in _actors(text)


def test_places_expected_to_act() -> None:
    text = "Norway and Sweden are expected to sign the pact on Tuesday."
    assert {"Norway", "Sweden"} <= set(_actors(text))


def test_modal_and_adverb_before_an_ing_form() -> None:
    text = "Brazil would be quietly lobbying the other members on Tuesday."
    assert "Brazil" in _actors(text)


def test_place_naming_the_forces_that_act() -> None:
    text = "A Canada army patrol boat rescued nine fishermen on Tuesday."
    assert "Canada" not in _actors(text)
    text = "Peru military jets bombed the camp on Tuesday."
    assert "Peru" in _actors(text)
    # a noun after a singular agent noun is no verb
    text = "A Peru government survey on Tuesday found 300 cases. Its author, Ana Ruiz, said so."
    assert "Peru" not in _actors(text)


def test_capitalised_connector_opens_a_name() -> None:
    text = "Al Falah Radio said on Tuesday that the road was closed."
    assert "Al Falah Radio" in _actors(text)
    text = "Former Senator Al Brand praised the bill. Brand said on Tuesday it would pass."
    assert _actors(text).count("Al Brand") == 1
    assert not any(name.startswith("Senator") for name in _actors(text))


def test_name_inside_wiki_quote_marks_acts() -> None:
    text = "The daily ''La Voz Nueva'' reported on Tuesday that the mayor had resigned."
    assert "La Voz Nueva" in _actors(text)


def test_country_names_are_places() -> None:
    kinds = _kinds("Aid reached Papua New Guinea and East Timor on Tuesday.")
    assert kinds["Papua New Guinea"] == kinds["East Timor"] == "place"


def test_opening_word_is_no_part_of_a_name() -> None:
    text = "Regarding Brand, Ana Ruiz said on Tuesday he was wrong."
    assert "Regarding Brand" not in _actors(text)


def test_common_words_in_capitals_are_no_person() -> None:
    text = (
        "Rural Clinics praised the budget on Tuesday. Officials said rural clinics "
        "had waited years for the money."
    )
    assert _kinds(text).get("Rural Clinics") != "person"


def test_unnamed_unique_title_acts() -> None:
    text = "The Pope said on Tuesday that the talks must go on."
    assert _actors(text) == ["Pope"]
    assert _agents(text, "Tuesday") == ("Pope",)


def test_a_newspaper_titled_with_today_is_one_actor() -> None:
    text = "USA Today reported on Monday that the mill will close. Its owners said they regret it."
    assert _actors(text)[0] == "USA Today"
    assert "USA" not in _actors(text)
    assert _agents(text, "Monday") == ("USA Today",)


def test_today_after_a_time_word_opens_no_title() -> None:
    assert "Police Today" not in _kinds("On Monday Today the Police said the mill will close.")
