"""Name mentions and agents in plain news reports: a body's last word, a place before a
body's name, towns named after a saint or a fort, a common word opening a sentence before a
name, runs of adjectives, documents, coordinated subjects and a country's body."""

from __future__ import annotations

import pytest

from tests.reading import actor_names as _names
from tests.reading import event_agents as _agents


def test_a_watchdog_keeps_the_last_word_of_its_name() -> None:
    text = (
        "Human Rights Watch said on Tuesday that the camps were overcrowded. "
        "Human Rights Watch called for an inquiry."
    )
    assert _names(text) == {"Human Rights Watch"}


def test_a_country_before_a_bodys_name_stays_in_it() -> None:
    text = "The New Zealand Defence Force arrived in the capital on Thursday."
    assert _names(text) == {"New Zealand Defence Force"}
    assert _agents(text, "Thursday") == ("New Zealand Defence Force",)


@pytest.mark.parametrize("town", ["St Petersburg", "Fort Worth", "San Marcos"])
def test_a_town_named_after_a_saint_or_a_fort_is_no_speaker(town: str) -> None:
    text = f"Mr Okoro, who is in {town} for the summit, said on Monday he would stay."
    assert _names(text) == {"Okoro"}
    assert _agents(text, "Monday") == ("Okoro",)


def test_a_common_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Parent Lucia Fernandez said on Thursday the school had closed. "
        '"We have waited a long time," Fernandez said.'
    )
    assert _names(text) == {"Lucia Fernandez"}


def test_a_nationality_and_an_abbreviated_title_are_no_part_of_the_name() -> None:
    text = "Ruritanian PM Anna Kovac said on Monday the border would reopen."
    assert _names(text) == {"Anna Kovac"}


def test_a_run_of_adjectives_before_a_document_names_no_one() -> None:
    text = (
        "A Federal Parliamentary report released last year said Australian Aboriginal "
        "communities lacked clinics."
    )
    assert _names(text) == set()
    assert _agents(text, "last year") == ()


def test_a_subject_coordinated_with_a_common_noun_phrase_is_the_agent() -> None:
    text = "Sudan and the biggest rebel group signed a ceasefire on Tuesday in the capital."
    assert _agents(text, "Tuesday") == ("Sudan",)


def test_a_countrys_body_at_the_start_of_a_sentence_is_the_agent() -> None:
    text = "Australia's parliament on Wednesday formally apologised to the communities."
    assert _agents(text, "Wednesday") == ("Australia's parliament",)


@pytest.mark.parametrize(
    "text",
    [
        "The Geneva Conventions say prisoners must be protected. "
        "The Geneva Conventions were signed in 1949.",
        "The Helsinki Summit ended on Monday with a joint statement.",
    ],
)
def test_a_treaty_or_a_meeting_is_no_actor(text: str) -> None:
    assert _names(text) == set()
