"""An attribution set off in the middle of a sentence: the clause before it is the speech.

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
