"""Dated events: the agent after an opening phrase that holds the date, of a clause after a
conjunction ("after Lee died in May"), of a quotation that opens the sentence, of a
subject with an adverb before its verb, of a possessive description set off before a name,
and of a passive or relative clause after a title, on short reports written for this file."""

from __future__ import annotations

import pytest

from newsstruct import extract_events

REF = "2024-05-08"  # a Wednesday


def _agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in extract_events(text, REF)}


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        # an adverb between the subject and its verb
        (
            "Tomas Berg spoke to the press. As late as two weeks ago, Tomas Berg still "
            "denied any link to the firm.",
            "two weeks ago",
            ("Tomas Berg",),
        ),
        (
            "Nordvik Mining said little. Nordvik Mining first announced the closure on "
            "Monday.",
            "Monday",
            ("Nordvik Mining",),
        ),
        # an opening date with no comma, the subject set off by commas after it
        (
            "On Monday Ann Berg , the mayor of Tarn, opened the new bridge.",
            "Monday",
            ("Ann Berg",),
        ),
        (
            "On the 3rd of May Norwegian troops crossed the river.",
            "3rd of May",
            ("Norwegian troops",),
        ),
        # a long opening phrase that ends with its date
        (
            "In a telephone call with the Swedish prime minister Per Dahl on Sunday, "
            "Norwegian premier Ann Berg promised to reopen the border.",
            "Sunday",
            ("Ann Berg",),
        ),
        # a quotation opens the sentence, the date follows its speaker
        (
            '"Tarn will join the league when it is ready," Mayor Ann Berg said during '
            "her Monday visit to Oslo.",
            "Monday",
            ("Ann Berg",),
        ),
        # the date in a clause after a conjunction has its own subject
        (
            "Ann Berg is the last of the founders. She became the last after Per Dahl "
            "died in 2019.",
            "2019",
            ("Per Dahl",),
        ),
        (
            "The dispute began when, on May 2, after weeks of talks, Nordvik Mining "
            "closed the mine.",
            "May 2",
            ("Nordvik Mining",),
        ),
        (
            "Ann Berg won the seat. Berg said the plan was dropped after the Tarn Council "
            "rejected it on Monday.",
            "Monday",
            ("Tarn Council",),
        ),
        # a possessive description, the name set off after it
        (
            "Norway's fisheries minister, Ann Berg, said on Monday that the quotas would "
            "rise.",
            "Monday",
            ("Ann Berg",),
        ),
        # "who" after a title and name that follow a preposition: a person
        (
            "The council sent the plan to Mayor Ann Berg, who is expected to sign it "
            "next week.",
            "next week",
            ("Ann Berg",),
        ),
        # the agent of a passive named after a title
        (
            "Tarn Governor Ann Berg was chosen by party leader Per Dahl as his deputy on "
            "Friday.",
            "Friday",
            ("Per Dahl",),
        ),
        (
            "Tarn Governor Ann Berg was chosen by Labour Party candidate Per Dahl as his "
            "deputy on Friday.",
            "Friday",
            ("Per Dahl",),
        ),
        # a possessive cut off by link debris before a title
        (
            "The talks went on. Norway 's Prime Minister Ann Berg on Monday announced "
            "her resignation.",
            "Monday",
            ("Ann Berg",),
        ),
    ],
)
def test_agent(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents

