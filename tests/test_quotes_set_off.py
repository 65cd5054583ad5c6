"""Bounds of reported clauses: an attribution set off mid-sentence, a clause going on after "but".

Examples written for the project, in the shape of wire-copy leads.
"""

from __future__ import annotations

import pytest

import newsstruct


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [
        (q.speaker.name if q.speaker else None, q.content.text)
        for q in newsstruct.extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Floods have killed at least 200 people, officials said Sunday, as rescuers "
            "searched for survivors.",
            "officials",
            "Floods have killed at least 200 people",
        ),
        (
            "Cases of the disease rose by nearly 80 percent last year, the World Health "
            "Organization said Thursday, as fewer children were vaccinated.",
            "World Health Organization",
            "Cases of the disease rose by nearly 80 percent last year",
        ),
        (
            "Prices rose 3.1 percent in the year to May, the Labor Department said Tuesday, "
            "down from 3.4 percent in April.",
            "Labor Department",
            "Prices rose 3.1 percent in the year to May",
        ),
        (
            "Exports fell sharply in March, the ministry said, citing weaker demand.",
            "ministry",
            "Exports fell sharply in March",
        ),
    ],
)
def test_the_clause_before_a_set_off_attribution_is_reported(
    text: str, speaker: str, content: str
) -> None:
    assert _quotes(text)[0] == (speaker, content)


def test_a_participle_after_the_attribution_reports_its_own_clause() -> None:
    got = _quotes(
        "Prices rose 3.1 percent, the Labor Department said, adding that food costs fell."
    )
    assert got == [
        ("Labor Department", "Prices rose 3.1 percent"),
        ("Labor Department", "food costs fell"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a main clause after the attribution is the speech
        (
            "If sales grow, the firm says, it can only be a good thing.",
            "it can only be a good thing",
        ),
        # a quotation after the attribution is the speech
        ('The minister, Ann Lee, said, "We will win."', "We will win."),
        ("He said, however, that the talks failed.", "the talks failed"),
    ],
)
def test_what_follows_a_set_off_attribution_is_read_as_before(text: str, content: str) -> None:
    assert [c for _, c in _quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said inflation had eased but remained high.",
            "inflation had eased but remained high",
        ),
        (
            "Lee said the talks had stalled but would resume.",
            "the talks had stalled but would resume",
        ),
        # the speaker's own doing after "but" is no part of what was reported
        ("Lee said the talks had stalled but did not say why.", "the talks had stalled"),
        ("Lee said the talks had stalled but officials hoped for more.", "the talks had stalled"),
    ],
)
def test_a_verb_after_but_with_no_subject_goes_on_with_the_reported_clause(
    text: str, content: str
) -> None:
    assert [c for _, c in _quotes(text)] == [content]


def test_a_gerund_opening_the_reported_clause_is_no_participle() -> None:
    text = "For the two senators, Lee said, supporting the plan was a betrayal."
    assert [c for _, c in _quotes(text)] == ["supporting the plan was a betrayal"]


def test_states_closing_a_phrase_is_a_noun() -> None:
    text = "The agency said the damage was worst in Borno and Yobe states, where a dam broke."
    assert [(s, c) for s, c in _quotes(text)] == [
        ("agency", "the damage was worst in Borno and Yobe states")
    ]
    assert [c for _, c in _quotes('The law states, "No entry."')] == ["No entry."]


def test_states_set_off_by_a_comma_is_a_cue() -> None:
    assert [c for _, c in _quotes("The deal was a mistake, Lee states.")] == [
        "The deal was a mistake"
    ]
