"""Agents of dated events: a group named with where it comes from, "they" for a group named
some sentences before, a name heading the quoted clause that holds the date, and words that
open a sentence but name nobody."""

from __future__ import annotations

from newsstruct import extract_events

REF = "2026-05-20"


def _agents(text: str, date_text: str) -> tuple[str, ...]:
    for event in extract_events(text, REF):
        if event.date.text == date_text:
            return event.actors
    raise AssertionError(f"no event for {date_text!r}")


def test_group_from_several_names_is_the_group() -> None:
    text = (
        "A research team from the University of Leeds and Boston College of the US has "
        "studied river levels over 2001 - 2040."
    )
    assert _agents(text, "2040") == ("research team",)


def test_group_from_one_name_keeps_the_name() -> None:
    text = "A team from Oxford University published the results on Monday."
    assert _agents(text, "Monday") == ("team from Oxford University",)


def test_they_takes_the_group_some_sentences_before() -> None:
    text = (
        "The scientists found cracks in the bridge. Several samples were taken from the "
        "piers. They estimated the repairs would end by 2030."
    )
    assert _agents(text, "2030") == ("scientists",)


def test_members_of_a_team_named_before_are_the_team() -> None:
    text = (
        "A research team from Acme Labs and Zeta College has mapped the reef. The scientists "
        "found in 2025 that most corals survived."
    )
    assert _agents(text, "2025") == ("research team",)


def test_quoted_clause_with_its_own_subject() -> None:
    text = 'Ann Lee said: "I confirm Tom Bell passed away on Thursday at his home."'
    assert _agents(text, "Thursday") == ("Tom Bell",)


def test_quoted_clause_opening_the_sentence() -> None:
    assert _agents('"Tom Bell died on Monday," Ann Lee said.', "Monday") == ("Tom Bell",)
    # no name heads the quoted clause, or only an owner does: the speaker
    assert _agents('"We opened the plant on Monday," Ann Lee said.', "Monday") == ("Ann Lee",)
    text = 'Ann Lee said, "Acme\'s offer remains unchanged for this year."'
    assert _agents(text, "this year") != ("Acme",)


def test_sentence_adverb_names_nobody() -> None:
    text = "Instead, the cost will be paid with cash from a bill passed in 2008."
    assert _agents(text, "2008") == ()
