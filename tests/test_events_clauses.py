"""Who did a dated thing, read from the clause that holds the date: after a semicolon, after
a description of the agent, with an irregular past tense or a plural agent noun. Examples
written for the project."""

from __future__ import annotations

import pytest

from newsstruct import Document, extract_events, summarize


def _agents(text: str) -> list[list[str]]:
    return [list(e.actors) for e in extract_events(text, "2024-05-10")]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "It is not the first maker of such coats; last week Kent firm Oxley revealed it "
            "was selling them.",
            "Oxley",
        ),
        ("Ann Lee stayed home; on Monday Acme closed its mill.", "Acme"),
        ("Last week Kent firm Oxley revealed it was selling coats.", "Oxley"),
        ("On Monday US company Acme Corp said it would close its mill.", "Acme Corp"),
        ("Gunmen blew open the gate on January 23.", "Gunmen"),
        ("Protest organisers have called for a march on Tuesday.", "Protest organisers"),
    ],
)
def test_the_agent_of_the_dated_clause(text: str, agent: str) -> None:
    assert _agents(text) == [[agent]]


def test_the_clause_after_a_semicolon_is_the_event() -> None:
    (event,) = extract_events("Ann Lee stayed home; on Monday Acme closed its mill.", "2024-05-10")
    assert event.text == "on Monday Acme closed its mill."


@pytest.mark.parametrize(
    "text",
    [
        # an entity's semicolon is no clause break
        "The fund&nbsp;on Monday Acme closed was small.",
        # the clause after the semicolon opens on its verb: the subject is before it
        "Acme bought the mill; sold it on Monday.",
    ],
)
def test_no_new_clause_without_its_own_subject(text: str) -> None:
    (event,) = extract_events(text, "2024-05-10")
    assert event.start == 0


def test_a_weekday_before_a_name_is_no_part_of_it() -> None:
    assert _agents("Ann Lee stayed home, but on Monday Acme closed its mill.") == [["Acme"]]


@pytest.mark.parametrize(
    "text",
    [
        "The index rose to a value of 31,490.04. Ann Lee said it would fall.",
        "The index rose to a value of 31,490.04.  Ann Lee said it would fall.",
        "Shares closed at 3.5. Ann Lee said they would fall.",
    ],
)
def test_a_decimal_number_ends_a_sentence(text: str) -> None:
    assert len(Document(text).sentences) == 2


@pytest.mark.parametrize(
    "text", ["Ann Lee met U.S. Senator Jo Ray.", "It opens at 7 a.m. Monday in Paris."]
)
def test_abbreviations_still_do_not(text: str) -> None:
    assert len(Document(text).sentences) == 1


def test_a_speaker_after_a_decimal_is_not_the_event_agent_before_it() -> None:
    text = (
        "The Bovespa fell by 6.9% to a value of 31,490.04. Jo Ray of Acme Partners commented "
        "on today's falls."
    )
    events = summarize(text, "2024-05-10").events
    assert [list(e.actors) for e in events] == [["Jo Ray"]]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "At an urgent meeting held today in London the Harbour Action Group suspended "
            "the club.",
            "Harbour Action Group",
        ),
        ("During a visit to Rome on Tuesday Ann Lee signed the pact.", "Ann Lee"),
        ("On Friday, one of the lawyers stated that the deal was void.", "one of the lawyers"),
        ("In Kufa on Friday, one of his supporters said the deal was void.", "one of his supporters"),
    ],
)
def test_the_subject_after_an_opening_phrase(text: str, agent: str) -> None:
    assert _agents(text) == [[agent]]


@pytest.mark.parametrize(
    "text",
    [
        # the date is not in the opening phrase: the subject is before it
        "On Thursday the board threatened to fine Acme, as it had in March 2004.",
        # a member of a group acted upon names no agent
        "One of the protesters was arrested on Friday.",
    ],
)
def test_no_agent_from_a_later_name(text: str) -> None:
    agents = _agents(text)
    assert ["Acme"] not in agents and ["One of the protesters"] not in agents


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A group of pastors held a conference on September 8.", "group of pastors"),
        (
            "A group of former officials and monks held a vigil on September 8.",
            "group of former officials and monks",
        ),
        ("A group of about 500 demonstrators marched on Monday.", "group of about 500 demonstrators"),
    ],
)
def test_a_group_of_people_acts(text: str, agent: str) -> None:
    assert _agents(text) == [[agent]]


@pytest.mark.parametrize(
    "text",
    [
        "The number of deaths rose on Monday.",
        "A group of protesters was arrested on Monday.",
    ],
)
def test_no_group_agent(text: str) -> None:
    assert _agents(text) == [[]]


def test_he_continues_the_subject_named_with_a_remark_in_brackets() -> None:
    text = (
        "Tom Oye (pronounced oh-yay) had been sworn in on Tuesday as premier by King Jo Ray. "
        "He addressed parliament on Wednesday."
    )
    events = extract_events(text, "2009-01-04")
    assert [list(e.actors) for e in events if e.date.text == "Wednesday"] == [["Tom Oye"]]
