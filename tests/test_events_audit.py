"""Dated events: who "he" and "she" are, and other agents, on short reports written for
this file."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import extract_events

REF = "2024-05-08"  # a Wednesday


def _agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in extract_events(text, REF)}


def _summary_agents(text: str) -> dict[str, tuple[str, ...]]:
    return {e.date.text: e.actors for e in newsstruct.summarize(text, published=REF).events}


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        # a place named after the person gives way to the person known by a surname
        (
            "Marta Vold has left the race. Vold finished third in New Hampshire. "
            "She had planned the bid since March.",
            "March",
            ("Marta Vold",),
        ),
        # ... and by a given name of the pronoun's gender
        (
            "Harbour chief Peter Alm spoke to workers in Port Elena. "
            "He opened the new dock in 2019.",
            "2019",
            ("Peter Alm",),
        ),
        # a given name of the other gender is not whom "she" refers to
        (
            "Ruth Imre met Daniel Ost in Lagos. She signed the deal in April.",
            "April",
            ("Ruth Imre",),
        ),
        # a name cut at a sentence's end: "Foreign Affairs. He" names nobody
        (
            "Peter Lind worked at the ministry of Foreign Affairs. He joined the bank in 2015.",
            "2015",
            ("Peter Lind",),
        ),
        # a speaker is a person
        (
            "Budget chief Tomas Enga said the plan was sound. Port Authority Holdings agreed. "
            "He presented it in March.",
            "March",
            ("Tomas Enga",),
        ),
        # an honorific tells a person and a gender
        (
            "Mrs Okafor opened the school. The minister, Mr Bello, was there. "
            "She had raised the money in 2020.",
            "2020",
            ("Okafor",),
        ),
    ],
)
def test_pronoun_agent(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents


def test_pronoun_after_a_subject_opening_a_sentence() -> None:
    text = (
        "Researcher Tarja Pekko said prices rose. Oskari Venn, governor of the bank in Port "
        'Stavia, also commented. He said: "We will act in March."'
    )
    assert _agents(text)["March"] == ("Oskari Venn",)


def test_cast_is_a_passive() -> None:
    text = "Lena Moor is an actor. In 1990 she was cast in a film by Ivan Roe."
    assert _agents(text)["1990"] in ((), ("Ivan Roe",))


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a person set off by commas after a description of the agent
        ("His lawyer, Elena Brook, said on Monday that they would appeal.", ("Elena Brook",)),
        (
            "A senior Zeta party leader in Port Elena, Omar Sali, said on Monday that talks "
            "would resume.",
            ("Omar Sali",),
        ),
        ("The union's chief negotiator, Ana Ruiz, walked out on Monday.", ("Ana Ruiz",)),
        (
            "One of the mayor's senior advisers, Carl Dune, told reporters on Monday that the "
            "plan was dead.",
            ("Carl Dune",),
        ),
    ],
)
def test_name_set_off_after_description(text: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)["Monday"] == agents



@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        # a date inside a relative clause set off after a name: the name acts
        (
            "Ministers rejected any deal with the Zeta Front, which seized the port in June.",
            "June",
            ("Zeta Front",),
        ),
        # ... or is acted upon
        (
            "Voters praised the Orla Bridge, which was finished in 2019 under budget.",
            "2019",
            (),
        ),
        # after "who" comes a verb, known or not
        (
            "The paper quoted Ivo Sand, who split with the party in May, as saying it was over.",
            "May",
            ("Ivo Sand",),
        ),
    ],
)
def test_relative_clause_agent(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents


@pytest.mark.parametrize(
    ("text", "date", "agents"),
    [
        # a date opening a quotation: the speaker after it says so
        (
            "Governor Rosa Tell replied for the party. \"Tonight's speech opens the last "
            'year of this government," she said.',
            "Tonight",
            ("Rosa Tell",),
        ),
        (
            '"Tonight, those who doubted us in the hills of Arlo were answered," Ivo Sand '
            "told supporters.",
            "Tonight",
            ("Ivo Sand",),
        ),
        # "he" after a quotation: the speaker named by an inverted verb before it
        (
            'Acme chief Leigh Orr said demand was strong. "China matters," said Tim Sato at '
            'Zeta Bank. "Profits could grow in 2025," he said.',
            "2025",
            ("Tim Sato",),
        ),
        # "they": the group that opens the sentence before
        (
            "Police arrested two men near the port. They said on Monday that the men had "
            "confessed.",
            "Monday",
            ("Police",),
        ),
    ],
)
def test_speaker_and_group_agents(text: str, date: str, agents: tuple[str, ...]) -> None:
    assert _agents(text)[date] == agents
