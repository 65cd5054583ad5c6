"""More constructions of reported speech: a second act of speech in the present tense,
and others met in news text.  Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_quotes


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote's content, cue and speaker's name."""
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text)
    ]


def _reported(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize("verb", ["says", "adds", "claims", "insists", "notes"])
def test_a_second_act_of_speech_in_the_present_ends_the_first_clause(verb: str) -> None:
    text = f"Ada Moreno admits that the plan has failed, and {verb} that the board must resign."
    assert _reported(text) == [
        ("the plan has failed", "admits", "Ada Moreno"),
        ("the board must resign", verb, "Ada Moreno"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Mayor Ana Ruiz called the decision "absurd".', "absurd"),
        ('The union described the offer as "insulting" on Monday.', "insulting"),
    ],
)
def test_one_quoted_word_right_after_a_naming_verb_is_the_speakers(
    text: str, content: str
) -> None:
    (q,) = extract_quotes(text)
    assert (q.content.text, q.kind) == (content, "mixed")


def test_one_quoted_word_with_no_naming_verb_is_a_scare_quote() -> None:
    assert extract_quotes('Ana Ruiz said the "reform" was a tax rise.')[0].content.text == (
        'the "reform" was a tax rise'
    )
    assert extract_quotes('The so-called "reform" passed.') == ()


def test_a_chairman_may_be_she() -> None:
    text = (
        "Commission chairman Lia Moreno said the raid was unlawful. Interior Secretary "
        "Ramon Diaz defended the police. The report prompted Moreno to act. She also said "
        "that the commission would look into the raid."
    )
    speakers = [q.speaker.name if q.speaker else None for q in extract_quotes(text)]
    assert speakers == ["Lia Moreno", "Lia Moreno"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Governor Ana Ruiz has denied accusations the state police or the city guards "
            "were involved in the raid.",
            "the state police or the city guards were involved in the raid",
        ),
        ("Ana Ruiz denied reports the plant would close.", "the plant would close"),
    ],
)
def test_a_denied_claim_without_that_reports_its_clause(text: str, content: str) -> None:
    assert _said(text) == [(content, "denied", "Ana Ruiz")]


def test_a_vow_reports_its_clause() -> None:
    assert _said("Ana Ruiz vowed that her party would fight on.") == [
        ("her party would fight on", "vowed", "Ana Ruiz")
    ]
    assert extract_quotes("Ana Ruiz vowed revenge.") == ()


@pytest.mark.parametrize(
    "text",
    [
        # a denied claim with no clause
        "Ana Ruiz denied the charges against her.",
        "Ana Ruiz denied rumours of a deal with the rebels in May.",
        # a relative clause after a verb's phrase
        "Ana Ruiz vowed to fight any plan that would close the mine.",
        "Officials continue to count the donations that have been received.",
        "Ben Oye commented on the falls in the market that are described above.",
    ],
)
def test_no_reported_clause(text: str) -> None:
    assert extract_quotes(text) == ()


def test_a_naming_fragment_opening_on_a_capital_is_no_name_when_a_word_is_lowercase() -> None:
    assert _said('Mayor Ana Ruiz called the store owner "an American hero".') == [
        ("an American hero", "called", "Ana Ruiz")
    ]
    assert extract_quotes('Fans called the stadium "the Big Apple".') == ()


def test_a_naming_quote_before_according_to_is_the_namers() -> None:
    text = 'Mayor Ana Ruiz called the store owner "a hero", according to Ben Oye of the Post.'
    assert _said(text) == [("a hero", "called", "Ana Ruiz")]


def test_according_to_two_roles_of_one_person_joined_by_and() -> None:
    text = "According to committee member and Coast MP Jo Ray the cars were unsafe."
    assert _said(text) == [("the cars were unsafe", "According to", "Jo Ray")]


# A quote over paragraphs in a text whose paragraph breaks became runs of spaces: each
# paragraph reopens the quote, and only the last closes it.
_LOST_BREAKS = (
    '"We will not close the plant," Ana Ruiz said. "The town depends on it. We know '
    'that.   "Every family here has someone who works there.   "We will find the money," '
    "she added."
)


def test_a_quote_reopened_after_a_lost_paragraph_break_is_the_same_speakers() -> None:
    assert [(c, s) for c, _, s in _said(_LOST_BREAKS)] == [
        ("We will not close the plant,", "Ana Ruiz"),
        ("The town depends on it. We know that.", "Ana Ruiz"),
        ("Every family here has someone who works there.", "Ana Ruiz"),
        ("We will find the money,", "Ana Ruiz"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the first mark opens no sentence: a stray mark, not a quote
        '"Super Tuesday ", today, is here.  "We will win," Jo Ray said.',
        # a lost paragraph break inside the stretch: the quote ended there unclosed
        '"He said he would stay. It is hard.  Union leader Jo Ray said the strike goes on.'
        '  "We are ready," Ray said.',
    ],
)
def test_two_opening_marks_around_a_paragraph_of_narration_quote_nothing_between(
    text: str,
) -> None:
    contents = [c for c, _, _ in _said(text)]
    assert not any("today, is here" in c or "Union leader" in c for c in contents)
    assert "We are ready," in contents or "We will win," in contents


def test_a_persons_body_set_off_with_a_long_relative_clause_stands_before_the_verb() -> None:
    text = (
        "Jo Ray, of the Association of Lakeside Ferry Operators which represents the "
        "companies providing passenger ferry services on the northern lakes, said that the "
        "plan is the first to add routes."
    )
    assert _reported(text) == [("the plan is the first to add routes", "said", "Jo Ray")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Jo Ray said that the plan had failed and that, "the board must resign."',
            [
                ("the plan had failed", "said", "Jo Ray"),
                ("the board must resign.", "said", "Jo Ray"),
            ],
        ),
        (
            'Jo Ray said that the firm could have ignored the deeds, but that, "we cannot '
            'risk the project."',
            [
                ("the firm could have ignored the deeds", "said", "Jo Ray"),
                ("we cannot risk the project.", "said", "Jo Ray"),
            ],
        ),
        (
            'Jo Ray told reporters that "the dispute is the main issue" and that, "the '
            'law will be upheld."',
            [
                ("the dispute is the main issue", "told", "Jo Ray"),
                ("the law will be upheld.", "told", "Jo Ray"),
            ],
        ),
    ],
)
def test_a_second_that_clause_set_off_by_a_comma_is_the_speakers_too(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _reported(text) == expected


@pytest.mark.parametrize("noun", ["companies", "sides", "firms"])
def test_both_opens_a_plural_source(noun: str) -> None:
    text = f"Both {noun} also say they are confident the deal will be approved."
    assert _reported(text) == [
        ("they are confident the deal will be approved", "say", f"Both {noun}")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A statement by the Lakeland army said the operation would last days.", "the Lakeland army"),
        ("An investigation by Acme Phones revealed that the chargers were unsafe.", "Acme Phones"),
        ("A new book by Jo Ray claims that the minister was warned twice.", "Jo Ray"),
    ],
)
def test_a_document_by_its_author_speaks_for_the_author(text: str, speaker: str) -> None:
    assert [s for _, _, s in _reported(text)] == [speaker]


def test_a_statement_released_by_its_author_is_no_role() -> None:
    text = "A statement released by the Lakeland army said the operation would last days."
    assert [s for _, _, s in _said(text)] != ["statement released"]


@pytest.mark.parametrize("name", ["Jo Ray Jr.", "Martin Luther King Jr.", "Ann Lee Sr."])
def test_a_suffix_closes_the_speakers_name(name: str) -> None:
    text = f'Union leader {name} said "the strike will go on until the talks resume."'
    assert _said(text) == [("the strike will go on until the talks resume.", "said", name)]


def test_a_long_description_set_off_after_a_person_stands_before_the_verb() -> None:
    text = (
        "Jo Ray, a former senator from the northern lakes region who was held captive by "
        "rebels of the Lakeland Front until her rescue last year, has called for the rebels "
        "to free all hostages."
    )
    assert [(cue, s) for _, cue, s in _reported(text)] == [("called for", "Jo Ray")]
