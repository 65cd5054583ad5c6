"""A broadcast's own lines: found by their shape and place, and only there."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import Document, summarize
from newsstruct._programme import programme_sentences

STORY = (
    "Floods forced 3,000 people from their homes on Monday, officials said.\n\n"
    "The army sent boats to the worst-hit villages.\n\n"
    "Aid groups said more help was needed."
)


def _flagged(text: str) -> list[str]:
    doc = Document(text)
    return [doc.sentences[i].text for i in sorted(programme_sentences(doc))]


@pytest.mark.parametrize(
    "opening",
    [
        "From Radio One, this is the Farm Report.",
        "From World Service Learning English, this is the Science in the News report.",
        "Hello and welcome to Evening News.",
        "Good evening and welcome to the World Tonight.",
        "This is What's Trending Today.",
        "This is the Health Report.",
        "I'm Ann Lee in Washington.",
        "Today we tell about a new study of sleep.",
        "This week we visit a farm that grows rice without water.",
        "On this program we answer questions about money.",
    ],
)
def test_an_intro_opens_the_programme(opening: str) -> None:
    assert _flagged(opening + "\n\n" + STORY) == [opening]


@pytest.mark.parametrize(
    "closing",
    [
        "I'm Ann Lee.",
        "Sam Obi, World News, Lagos.",
        "Sam Obi, Radio One News, Lagos, Nigeria.",
        "Radio One's Sam Obi reports from Lagos.",
        "Radio One's Sam Obi reports from the White House.",
        "Ann Lee wrote this story for Radio One.",
        "Ann Lee adapted this story for Learning English based on reports from the wires.",
        "Reuters contributed to this report.",
        "Tom Ray was the editor.",
        "Words in This Story",
        "flood - n. a large amount of water covering land that is usually dry",
        "evacuate – v. to leave a dangerous place",
    ],
)
def test_a_sign_off_or_credit_is_a_line_of_its_own(closing: str) -> None:
    assert _flagged(STORY + "\n\n" + closing) == [closing]


@pytest.mark.parametrize(
    "call",
    [
        "What do you think? Write to us in the comments section.",
        "Now it's your turn. Tell us what you would do.",
        "That's the news for now.",
        "For more, visit our website.",
    ],
)
def test_a_call_on_the_audience_closes_the_programme(call: str) -> None:
    doc = Document(STORY + "\n\n" + call)
    flagged = sorted(programme_sentences(doc))
    assert flagged
    assert all(doc.sentences[i].paragraph == 3 for i in flagged)


@pytest.mark.parametrize(
    "line",
    [
        "This is the first time the river has flooded in May.",
        "Welcome to the club, the mayor told the new volunteers at the start of the meeting.",
        "Let us not forget the victims.",
        "What do you think will happen next?",
        "The Guardian reported the story on Monday.",
        "Smith, a former editor, said the paper would close.",
        '"I\'m Ann Lee," she said.',
        '"What do you think? Write to us," the mayor joked.',
        "The army wrote this story off as a rumour, and the mayor said it was false.",
    ],
)
def test_story_sentences_of_the_same_shape_are_kept(line: str) -> None:
    for text in (line + "\n\n" + STORY, STORY + "\n\n" + line):
        assert _flagged(text) == []


def test_an_intro_counts_only_at_the_start() -> None:
    text = STORY + "\n\nMore rain is due.\n\nThis is the Health Report.\n\nClinics stayed open."
    assert _flagged(text) == []


def test_a_call_counts_only_at_the_end() -> None:
    text = "What do you think? Write to us in the comments section.\n\n" + STORY * 3
    assert _flagged(text) == []


@given(st.text(max_size=300))
def test_any_text_gives_sentence_indices(text: str) -> None:
    doc = Document(text)
    found = programme_sentences(doc)
    assert all(0 <= i < len(doc.sentences) for i in found)
    assert programme_sentences(Document(text)) == found


def test_the_intro_counts_from_below_a_headline_dateline_and_byline() -> None:
    text = (
        "Farmers Try a New Way to Keep Water\n\nMarch 3, 2025\n\nBy Lee Park\n\n"
        "From Farm Radio, this is the Water Report.\n\n"
        "Farmers in the state are using an old method to keep rain water.\n\n"
        "I'm Lee Park."
    )
    doc = Document(text)
    intro = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("From Farm"))
    assert intro in programme_sentences(doc)
    lead = summarize(text).lead
    assert lead is not None and lead.text.startswith("Farmers in the state")


def test_a_long_first_sentence_keeps_the_intro_window_at_the_top() -> None:
    text = (
        "Farmers in the state are using an old method to keep rain water this year.\n\n"
        "The method is old.\n\nIt works.\n\nFrom Farm Radio, this is the Water Report."
    )
    doc = Document(text)
    assert programme_sentences(doc) == frozenset()


def test_the_news_told_in_the_first_person_plural_is_no_intro() -> None:
    assert _flagged("Today we learned that the minister resigned.\n\n" + STORY) == []
