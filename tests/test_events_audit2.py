"""Dated events: agents after a label that opens the text, of groups named by a noun, of
passives and of subjects cut up by link debris, on short reports written for this file."""

from __future__ import annotations

import pytest

from newsstruct import extract_events

REF = "2024-05-08"  # a Wednesday


def _agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in extract_events(text, REF)}


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        # a place label set off before the story's first sentence
        (
            "Norway   Ann Berg has met today with the leaders of the fishing unions. "
            "She said the talks went well.",
            "today",
            ("Ann Berg",),
        ),
        (
            "Norway   Norwegian  minister  Ann Berg  closed the port on Monday.",
            "Monday",
            ("Ann Berg",),
        ),
        # a label naming a year's running story
        (
            "2024 Tarn Mayoral Election   Tarn  Senator Ann Berg , the leading candidate, "
            "secured the endorsement of Per Dahl on Tuesday.",
            "Tuesday",
            ("Ann Berg",),
        ),
        # a list after an opening preposition is not the subject
        (
            "With wins in Tarn , Vell , and Osk , Governor Ann Berg  has won the vote on Tuesday.",
            "Tuesday",
            ("Ann Berg",),
        ),
        # a participle phrase that ends with a date, then a possessive cut by debris
        (
            "Speaking to reporters Monday, Tarn 's police chief Gen. Ann Berg said the port "
            "was closed.",
            "Monday",
            ("Ann Berg",),
        ),
        # a nationality and a title cut off from the name by link debris
        (
            "Norwegian  Prime Minister  Ann Berg  and her deputy opened the bridge today.",
            "today",
            ("Ann Berg",),
        ),
        # a date between the subject and its verb
        (
            "Tarnish presidential candidate Ann Berg today gave a speech on trade.",
            "today",
            ("Ann Berg",),
        ),
        # a group named by a plural noun after a modifier, with no article
        (
            "Last week, federal investigators arrested two bankers.",
            "Last week",
            ("federal investigators",),
        ),
        (
            "On Monday, Tarnish security forces  (TSF) shelled the port.",
            "Monday",
            ("Tarnish security forces",),
        ),
        # the body of a country, named by its noun
        (
            "The country's health ministry reported 900 new cases last week.",
            "last week",
            ("health ministry",),
        ),
        # the agent of a passive named after a phrase, or by a noun after a name
        ("In 2019 Ann Berg was removed from office by the military.", "2019", ("military",)),
        (
            "The bank was warned of the risk by Tarnish officials earlier in 2023.",
            "earlier in 2023",
            ("Tarnish officials",),
        ),
        # a passive in a reported clause belongs to that clause, not to the report
        (
            "The ministry made a statement on Tuesday saying that two fuses were sent to "
            "Osk by the Tarnish army.",
            "Tuesday",
            ("ministry",),
        ),
    ],
)
def test_agents(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # what happened to people names no agent
        ("The death of four soldiers Sunday has raised the toll to 40.", "Sunday"),
        # people acted upon, named together
        ("In June, Ann Berg and two other officials were convicted of fraud.", "June"),
        # a body acted upon, described
        ("A new government has been formed in Tarn on Monday afternoon.", "Monday afternoon"),
    ],
)
def test_no_agent(text: str, date: str) -> None:
    assert _agents(text)[date] == ()


def test_reported_as_saying() -> None:
    text = (
        "In an interview published Tuesday in a newspaper, Ann Berg is reported as saying "
        '"we will win".'
    )
    assert _agents(text)["Tuesday"] == ("Ann Berg",)
