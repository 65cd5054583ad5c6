"""More constructions of reported speech: a second act of speech in the present tense,
and others met in news text.  Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_quotes


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
