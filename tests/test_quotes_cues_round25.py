"""Reporting verbs, plural sources and objects after a cue. Examples written for the
project."""

from __future__ import annotations

import pytest

from newsstruct import extract_quotes
from tests.reading import said_by as _read


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ann Lee clarified that she is a soldier.", "she is a soldier", "Ann Lee"),
        ("Jo Ray guaranteed that the mill will stay open.", "the mill will stay open", "Jo Ray"),
        ("The board requested that the council review the plan.", "the council review the plan", "board"),
        ("Ann Lee proclaimed that the war was over.", "the war was over", "Ann Lee"),
        ("Ann Lee alleged that the count was rigged.", "the count was rigged", "Ann Lee"),
    ],
)
def test_more_reporting_verbs(text: str, content: str, speaker: str) -> None:
    assert _read(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee requested a meeting with the board.",
        "Jo Ray guaranteed the loan.",
        "Acme alleged fraud in the count.",
        "The report names two alleged members of the gang.",
    ],
)
def test_the_same_verbs_with_an_object_report_nothing(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee's supporters say they will form a party.", "supporters"),
        ("Deposed president Jo Ray's supporters said they would march.", "supporters"),
        ("Opponents of the plan argue that it costs too much.", "Opponents"),
        ("The victims' relatives said they would sue.", "victims' relatives"),
    ],
)
def test_plural_sources_speak(text: str, speaker: str) -> None:
    assert [s for _, s in _read(text)] == [speaker]


def test_a_clause_after_an_object_verb_is_no_speech_of_it() -> None:
    text = (
        "While some of Ann Lee's supporters have alleged manipulation of the count, Lee "
        "himself has discounted fraud and observers have said that the election was fair."
    )
    assert _read(text) == [("the election was fair", "observers")]


def test_an_amount_after_a_verb_opening_the_next_sentence_is_its_object() -> None:
    text = (
        'Ann Kato, the fund\'s chairman, said the loan will "make resources available to '
        'replenish reserves." Georgia has requested $2 billion in aid.'
    )
    assert [s for _, s in _read(text)] == ["Ann Kato"]


def test_according_to_documents_names_them_the_source() -> None:
    text = 'According to the documents, "no shop of any kind" shall ever be built there.'
    assert _read(text) == [('"no shop of any kind" shall ever be built there', "documents")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The Acme report concedes that prosecutions continue.", "Acme report", "concedes"),
        ("A Senate report found that the fund was misused.", "Senate report", "found"),
    ],
)
def test_report_before_a_reporting_verb_is_the_noun(text: str, speaker: str, cue: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Whilst the Acme report concedes that prosecutions continue, it notes that none "
            "were charged.",
            "prosecutions continue",
        ),
        (
            "Although Ann Lee said the plan was sound, the board rejected it.",
            "the plan was sound",
        ),
    ],
)
def test_a_subordinate_clause_ends_at_its_comma(text: str, first: str) -> None:
    assert _read(text)[0][0] == first


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee said the board has assured the town it would keep the mill open.",
            "Ann Lee",
            "the board has assured the town it would keep the mill open",
        ),
        (
            "Jo Ray said Acme has indicated that the plant will reopen in a week.",
            "Jo Ray",
            "Acme has indicated that the plant will reopen in a week",
        ),
    ],
)
def test_a_persons_words_about_others_words_are_their_own(
    text: str, speaker: str, content: str
) -> None:
    assert _read(text) == [(content, speaker)]


def test_a_relayed_report_is_the_inner_speakers() -> None:
    text = "The Daily Post reported that Ann Lee, the mayor, said the mill would close."
    assert [s for _, s in _read(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ann Lee reassured investors that the bank was sound.", "the bank was sound", "Ann Lee"),
        (
            "Officials with the State Department say the town accepts the plan.",
            "the town accepts the plan",
            "Officials with the State Department",
        ),
        (
            "However, Jo Ray stressed the view that the board should not meddle.",
            "the board should not meddle",
            "Jo Ray",
        ),
        ("Ann Lee has made it clear that the plan was dead.", "the plan was dead", "Ann Lee"),
        ("Ann Lee made a statement that the plan was dead.", "the plan was dead", "Ann Lee"),
        (
            "A participant, former director of the IRS Marcus Owens, says the group may lose.",
            "the group may lose",
            "Marcus Owens",
        ),
    ],
)
def test_more_ways_to_report(text: str, content: str, speaker: str) -> None:
    assert _read(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor accused the board of not being "brave enough to tell the truth" about it.',
        'The mayor went on to accuse the board of not being "brave enough to tell the truth".',
    ],
)
def test_a_quoted_charge_after_a_gerund_is_the_accusers(text: str) -> None:
    assert _read(text) == [("brave enough to tell the truth", "mayor")]


@pytest.mark.parametrize(
    "text", ["Ann Lee reassured investors.", "Ann Lee made a statement on Monday."]
)
def test_no_clause_no_quote(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials with the Harbour Board say the town accepts the plan.", "Officials with the Harbour Board"),
        ("Officials at the Harbour Board say the town accepts the plan.", "Officials at the Harbour Board"),
        ("Harbour Board officials say the town accepts the plan.", "Harbour Board officials"),
    ],
)
def test_a_group_speaks_with_its_body(text: str, speaker: str) -> None:
    assert [s for _, s in _read(text)] == [speaker]


def test_a_capitalised_word_once_is_no_body_of_a_group() -> None:
    assert [s for _, s in _read("Mainstream media say the town accepts the plan.")] == ["media"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor has disputed Acme claims that the mill was safe and also said that "
            "the board had known of the leak.",
            [("the board had known of the leak", "mayor")],
        ),
        (
            "Officials have contradicted U.S. claims that the envoy was in the area.",
            [],
        ),
    ],
)
def test_claims_a_verb_disputes_are_a_noun(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected


def test_a_name_that_claims_still_speaks() -> None:
    assert _read("Acme claims that the mill was safe.") == [("the mill was safe", "Acme")]
