"""The agent of an event whose date opens the sentence with a later comma in it.

Examples written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsstruct


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Keller Motors is building a new van. In October of 2003 the company showed the "
            "Vela, a small truck, at a fair.",
            "Keller Motors",
        ),
        (
            "Ines Roth is the mayor of Dorn. In 1996 she opened the bridge, a new link.",
            "Ines Roth",
        ),
    ],
)
def test_the_subject_after_an_opening_date_is_the_agent(text: str, agent: str) -> None:
    s = newsstruct.summarize(text, published=dt.date(2030, 1, 4))
    (event,) = [e for e in s.events if e.date.value in ("2003-10", "1996")]
    assert event.actors == (agent,)
