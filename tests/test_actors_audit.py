"""Actors and event agents in the shapes news wires and wiki articles write them: names set
off after a description, police, link spacing and markup, headlines of other stories."""

from __future__ import annotations

import pytest

from newsstruct import summarize


def _summary(text: str):  # type: ignore[no-untyped-def]
    return summarize(text, published="2020-03-04")


def _names(text: str) -> list[str]:
    return [a.name for a in _summary(text).actors]


def _agents(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.date.value, e.actors) for e in _summary(text).events]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a person set off after the description that opens the clause
        ("Police chief in Kandar, Omar Jalali, reported three deaths.", "Omar Jalali"),
        # a body set off after a lower-case description, with link spacing before the comma
        ("The country's lower chamber, the Dumaro , passed the bill.", "Dumaro"),
        # conjuncts of a subject spaced as links leave them
        ("On Monday, Norland  and Sudria  closed their borders.", "Norland"),
        # the police act as one force
        ("The police arrested two men near the station.", "police"),
    ],
)
def test_actor_found(text: str, actor: str) -> None:
    assert actor in _names(text)


def test_police_opening_a_sentence_is_the_agent() -> None:
    assert _agents("Police arrested two men on Monday.") == [("2020-03-02", ("Police",))]


def test_the_police_are_not_an_anaphor_of_an_organisation() -> None:
    text = "Brio Bank opened a branch in the town. The police arrested two men on Monday."
    assert ("2020-03-02", ("police",)) in _agents(text)


def test_headlines_under_a_links_heading_name_no_actor() -> None:
    text = (
        "Ann Okafor said on Monday that the talks would go on.\n\n"
        "== Related news ==\n"
        "*Brio Bank says rates will rise , ''Wikinews '', May 5, 2019"
    )
    names = _names(text)
    assert "Ann Okafor" in names
    assert "Brio Bank" not in names


def test_a_weekday_after_an_inverted_speaker_is_not_part_of_the_name() -> None:
    text = '"We will win," said Maria Elena Okafor Saturday at the rally.'
    assert _agents(text) == [("2020-02-29", ("Maria Elena Okafor",))]
    assert not any(name.endswith("Saturday") for name in _names(text))


def test_a_run_of_capitals_across_a_dash_is_no_agent() -> None:
    text = '"One of the firms -- Delta Oil-- I have never heard of until today," he said.'
    assert all(actors == () for _, actors in _agents(text))
    assert not any("Delta Oil" in name for name in _names(text))


def test_a_described_agent_spaced_as_a_link_and_after_markup() -> None:
    text = "<!---->  On Tuesday, the Ruritanian  parliament ratified the treaty."
    assert _agents(text) == [("2020-03-03", ("Ruritanian parliament",))]
    assert "Ruritanian parliament" in _names(text)


def test_a_role_of_a_body_is_not_the_body() -> None:
    text = (
        "The European Council met in Brussels. The speaker of the parliament, Ann Okafor, "
        "who was also prime minister in 2004, said the vote was historic."
    )
    assert ("2004", ("Ann Okafor",)) in _agents(text)


def test_a_description_linked_to_another_body_is_not_its_mention() -> None:
    text = (
        "The Brio Bank said on Monday it would cut rates. The Norland government "
        "welcomed the move, and the Brio Bank said it was glad."
    )
    summary = _summary(text)
    spans = [s.text for a in summary.actors if a.name.endswith("Brio Bank") for s in a.spans]
    assert spans
    assert not any("government" in s for s in spans)


def test_an_acronym_is_the_actor_whose_initials_it_spells() -> None:
    text = (
        "The Norland Fishing Union said on Monday it would strike. The NFU also warned "
        "that talks had stalled, and the N.F.U. called a vote."
    )
    names = _names(text)
    assert "Norland Fishing Union" in names
    assert "NFU" not in names and "N.F.U." not in names
