"""A company's abbreviated name before a cue, "expects" and "made clear", and the subject
of a second verb after an opening phrase. Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import summarize
from tests.reading import said_by as _read


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Oxley Inc. announced on Tuesday that it will cut 300 jobs.", "it will cut 300 jobs", "Oxley Inc"),
        ("Brant Corp. said the mill will stay open.", "the mill will stay open", "Brant Corp"),
        ("Kemble Bros. said prices would rise.", "prices would rise", "Kemble Bros"),
    ],
)
def test_a_company_name_closed_by_a_point_speaks(text: str, content: str, speaker: str) -> None:
    assert _read(text) == [(content, speaker)]


def test_the_point_of_a_company_name_ending_a_sentence_still_ends_it() -> None:
    text = "Jo Ray bought shares of Oxley Inc. The firm said it will hire 40 staff."
    assert _read(text) == [("it will hire 40 staff", "Oxley Inc")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Oxley expects the new planes will save fuel.", "the new planes will save fuel", "Oxley"),
        ("The council expects that 300 homes will be built.", "300 homes will be built", "council"),
        (
            "Ann Lee made clear that the plan was dead.",
            "the plan was dead",
            "Ann Lee",
        ),
    ],
)
def test_expects_and_made_clear_report_a_clause(text: str, content: str, speaker: str) -> None:
    assert _read(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect the vote to be delayed until March.",
        "Scientists expect the northern passage of the old sea to open up by 2050.",
        'Economists expect "measured" rises in rates.',
        "The delay was longer than expected by the board.",
    ],
)
def test_expects_with_an_object_reports_nothing(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At the town hall, spokesman Jo Ray blamed the attack on thugs and said "
            "officials do not believe it.",
            "Jo Ray",
        ),
        (
            'At the town hall, spokesman Jo Ray blamed the attack on what he termed "thugs" '
            "and said officials do not believe it.",
            "Jo Ray",
        ),
        (
            "In a visit to Dover, Kent on Friday, Ann Lee called the figure encouraging, "
            "but noted that she will not be satisfied.",
            "Ann Lee",
        ),
    ],
)
def test_the_subject_after_an_opening_phrase_says_after_and(text: str, speaker: str) -> None:
    found = _read(text)
    assert found and found[-1][1] == speaker


def test_a_participle_after_an_opening_phrase_keeps_the_speaker_before() -> None:
    text = (
        "Former minister Ann Lee pleaded for the plan. On Friday she made a speech in the "
        'Senate , saying, "The day after tomorrow, I hope, the voters will back it."'
    )
    quotes = summarize(text).quotes
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "The motto of the march: \"Don't let them break our spine\". Police counted 25,000.",
        "He says, \u201cDon\u2019t tell me Ann Lee not to say it!\u201d They don\u2019t attack Jo Ray.",
        "Officials told reporters the inquiry would take months. \"Don't expect charges soon.\"",
    ],
)
def test_a_contraction_opening_a_quote_is_no_actor(text: str) -> None:
    names = [a.name for a in summarize(text).actors]
    assert not [n for n in names if n.endswith(("n't", "n\u2019t"))]


@pytest.mark.parametrize(
    "text",
    [
        "A Ruritanian defence ministry statement said the rebels had fled.",
        "A Sri Lankan defence ministry statement said the rebels had fled.",
    ],
)
def test_a_bodys_statement_speaks_for_the_body(text: str) -> None:
    speakers = [s for _, s in _read(text)]
    assert len(speakers) == 1 and speakers[0] is not None and "defence ministry" in speakers[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Major-General Ann Lee said the town was taken.", "Ann Lee", "Major-General"),
        ("Undersecretary of State Jo Ray said the talks failed.", "Jo Ray", "Undersecretary of State"),
        ("Magistrate Tom Oye said the case would go on.", "Tom Oye", "Magistrate"),
    ],
)
def test_more_titles_before_a_name(text: str, name: str, role: str) -> None:
    actors = summarize(text).actors
    assert [(a.name, a.role) for a in actors] == [(name, role)]


def test_a_demonym_of_two_words_names_nobody() -> None:
    text = "Sri Lankan troops moved into the town. A Costa Rican firm built the road."
    assert summarize(text).actors == ()


def test_a_noun_with_a_relative_clause_after_according_to_opens_the_words() -> None:
    text = "According to Acme chairman Jo Ray, the supplier, which was not named, had failed."
    assert _read(text) == [("the supplier, which was not named, had failed", "Jo Ray")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Backing Mr Ray, Archbishop of Dover John Oye said "We are one country."', "John Oye"),
        ("In reply to Ann Lee, Foreign Minister Tom Oye said: \"The rules hold.\"", "Tom Oye"),
        ("Jo Ray, spokesman for President Ann Lee said the plan was dead.", "Jo Ray"),
    ],
)
def test_a_title_and_a_name_after_a_comma_are_another_person(text: str, speaker: str) -> None:
    assert [s for _, s in _read(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is simple," said vice president of sales, Acme Products, Jo Ray.', "Jo Ray"),
        ('"It is simple," said Jo Ray, analyst, Brant Bank in London.', "Jo Ray"),
    ],
)
def test_a_description_of_two_parts_before_the_closing_name(text: str, speaker: str) -> None:
    assert [s for _, s in _read(text)] == [speaker]


def test_a_part_named_after_its_body_is_cut_off_the_bodys_name() -> None:
    from newsstruct import Document
    from newsstruct._mentions import find_mentions

    text = "It was the worst attack by the sea Wolves of the Liberation Wolves of Lower Eldia (LWLE)."
    names = [m.text for m in find_mentions(Document(text))]
    assert "Liberation Wolves of Lower Eldia" in names
    assert not [n for n in names if n.startswith("Wolves of the")]


def test_words_that_close_a_naming_sentence_are_not_the_next_speakers() -> None:
    text = (
        'Ann Lee responded by calling Jo Ray "disloyal, discourteous and wrong."  '
        "Jo Ray told the BBC he no longer believes the plan can work."
    )
    assert _read(text) == [
        ("disloyal, discourteous and wrong.", "Ann Lee"),
        ("he no longer believes the plan can work", "Jo Ray"),
    ]
