"""What the summary reads in a short text written for the tests: its actors' names and the
agents of its events, with one publication date (a Friday) for every text."""

from __future__ import annotations

import datetime as dt

from newsstruct import summarize
from newsstruct.model import Summary

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def summary_of(text: str) -> Summary:
    """The summary of ``text``, published on :data:`PUBLISHED`."""
    return summarize(text, published=PUBLISHED)


def actor_names(text: str) -> set[str]:
    """The names of the actors of ``text``."""
    return {a.name for a in summary_of(text).actors}


def event_agents(text: str, date: str) -> tuple[str, ...]:
    """The agents of the first event of ``text`` dated by the words ``date``."""
    return next(e.actors for e in summary_of(text).events if e.date.text == date)
