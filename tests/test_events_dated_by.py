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
