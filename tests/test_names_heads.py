"""A body's description stands for a body of its kind, read from the head before "of" in
names such as "Department of Defense" and "Bank of America"."""

from __future__ import annotations

import pytest

import newsstruct


def _speakers(text: str) -> list[str | None]:
    summary = newsstruct.summarize(text, published="2024-05-10")
    return [q.speaker.name if q.speaker else None for q in summary.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Department of Defense awarded the contract on Monday. Bank of America will"
            " lend the money. The bank said the loan was approved on Tuesday.",
            "Bank of America",
        ),
        (
            "Acme Corp makes the vaccine. The Ministry of Health opened an inquiry on Monday."
            " The company said on Tuesday it would cooperate.",
            "Acme Corp",
        ),
        (
            "Acme Corp makes the vaccine. The Department of Health opened an inquiry on"
            " Monday. The agency said on Tuesday it would report.",
            "Department of Health",
        ),
    ],
)
def test_description_stands_for_a_body_of_its_kind(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_acronym_with_linking_words_in_lower_case_is_the_body() -> None:
    text = (
        "Bank of Ruritania raised its rate on Monday. BoR said on Tuesday that prices"
        " would rise. Transport for Avalon said on Wednesday it would cut fares."
    )
    summary = newsstruct.summarize(text, published="2024-05-10")
    names = [a.name for a in summary.actors]
    assert "BoR" not in names
    assert "Bank of Ruritania" in names
    speaker = summary.quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Bank of Ruritania"
