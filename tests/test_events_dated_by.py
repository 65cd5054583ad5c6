"""A date that modifies a noun with its "by" phrase names the agent of the dated act.
Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import summarize


def _agents(text: str) -> list[list[str]]:
    return [list(e.actors) for e in summarize(text, "2024-05-10").events]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The raids follow Sunday's announcement by the Harbour Police Service that two "
            "men were held.",
            "Harbour Police Service",
        ),
        ("The archive holds a 1984 cable by Martin R. Oye about the strikes.", "Martin R. Oye"),
        (
            "According to a May 2023 report by the Institute of Water Studies, wells are dry.",
            "Institute of Water Studies",
        ),
    ],
)
def test_the_by_phrase_of_a_dated_noun_names_its_agent(text: str, agent: str) -> None:
    assert _agents(text) == [[agent]]


@pytest.mark.parametrize(
    "text",
    [
        "The 1955 law invoked by the cabinet allows a curfew.",
        "The bill passed on Monday by a vote of 50 to 40.",
    ],
)
def test_a_participle_or_a_bare_date_before_by_names_no_agent_of_the_date(text: str) -> None:
    assert _agents(text) == [[]]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The deeds cover land divided by then-owner Ezra Hale in the early 1800s.", "Ezra Hale"),
        ("The law was signed by party leader Ann Lee in May and repealed.", "Ann Lee"),
    ],
)
def test_a_title_in_lower_case_before_the_agent_of_a_passive(text: str, agent: str) -> None:
    assert _agents(text) == [[agent]]


def test_a_word_that_is_no_title_before_a_name_names_no_agent() -> None:
    assert _agents("The town was visited by many Lakelanders in May.") == [[]]


def test_a_relative_clause_after_a_space_left_before_its_comma() -> None:
    text = "Under former commissioner Jo Ray , who resigned last year, the force was criticised."
    assert _agents(text) == [["Jo Ray"]]


def test_the_company_is_the_one_that_acts_rather_than_the_one_named_last() -> None:
    text = (
        "Every September, the Acme  jPod  is redesigned. Last year saw the release of the jPod "
        "Mini, bringing a camera to the Mini for the first time. But as Acme again prepares "
        "to unveil a new product, the company has released its sales figures for the quarter "
        "to June."
    )
    assert _agents(text) == [[], ["Acme"]]
