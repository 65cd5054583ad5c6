"""What the library reads in a short text written for the tests: its actors (names and
kinds), the agents and values of its dated events, its quotes with their speakers, and its
figures.  A summary is made with one publication date, a Friday; the event and date readers
take the publication date as an argument."""

from __future__ import annotations

import datetime as dt

import pytest

from newsstruct import extract_dates, extract_events, extract_quantities, extract_quotes, summarize
from newsstruct.model import Summary

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def summary_of(text: str) -> Summary:
    """The summary of ``text``, published on :data:`PUBLISHED`."""
    return summarize(text, published=PUBLISHED)


def actor_names(text: str) -> set[str]:
    """The names of the actors of ``text``."""
    return {a.name for a in summary_of(text).actors}


def actor_list(text: str) -> list[str]:
    """The names of the actors of ``text``, in the summary's order."""
    return [a.name for a in summary_of(text).actors]


def actor_kinds(text: str) -> list[tuple[str, str]]:
    """Each actor of ``text`` as (its name, its kind), in the summary's order."""
    return [(a.name, a.kind) for a in summary_of(text).actors]


def speakers(text: str) -> list[str | None]:
    """The speaker's name of each quote of the summary of ``text`` (None for none)."""
    return [q.speaker.name if q.speaker else None for q in summary_of(text).quotes]


def event_agents(text: str, date: str) -> tuple[str, ...]:
    """The agents of the first event of ``text`` dated by the words ``date``."""
    return next(e.actors for e in summary_of(text).events if e.date.text == date)


def dated_agents(text: str, reference: str = "2026-03-04") -> list[tuple[str, tuple[str, ...]]]:
    """Each event of ``text`` (published on ``reference``) as (its date's value, its
    agents)."""
    return [(e.date.value, e.actors) for e in extract_events(text, reference)]


def date_values(text: str, reference: str = "2026-03-04") -> list[str]:
    """The value of each date of ``text`` published on ``reference``."""
    return [d.value for d in extract_dates(text, reference=reference)]


def quote_triples(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote of ``text`` as (its content, its speaker's name, its cue)."""
    return [
        (
            q.content.text,
            q.speaker.name if q.speaker else None,
            q.cue.text if q.cue else None,
        )
        for q in extract_quotes(text)
    ]


def said_by(text: str) -> list[tuple[str, str | None]]:
    """Each quote of ``text`` as (its content, its speaker's name, or None)."""
    return [
        (q.content.text, q.speaker.name if q.speaker is not None else None)
        for q in extract_quotes(text)
    ]


def quotes_of(text: str) -> list[tuple[str | None, str]]:
    """Each quote of ``text`` as (its speaker's name, or the words naming the speaker, and
    its content)."""
    return [
        (q.speaker.name or q.speaker.text if q.speaker else None, q.content.text)
        for q in extract_quotes(text)
    ]


def speaker_of(text: str, content: str) -> str | None:
    """The speaker (as in :func:`quotes_of`) of the quote of ``text`` whose content is
    ``content``; the test fails when there is no such quote."""
    for speaker, said in quotes_of(text):
        if said == content:
            return speaker
    raise AssertionError(f"no quote {content!r} in {quotes_of(text)}")


#: A figure as the tests expect it: (text, value or (low, high), unit, entity, qualifier).
Figure = tuple[str, "int | float | tuple[int, int] | None", "str | None", "str | None", str]


def check_figures(text: str, expected: list[Figure]) -> None:
    """Assert that the quantities of ``text`` are ``expected``, in order."""
    got = list(extract_quantities(text))
    assert len(got) == len(expected), [(q.text, q.value, q.unit, q.entity) for q in got]
    for (t, v, u, e, ql), q in zip(expected, got, strict=True):
        assert (q.text, q.unit, q.entity, q.qualifier) == (t, u, e, ql)
        if isinstance(v, tuple):
            assert (q.low, q.high) == v
        else:
            assert q.value == pytest.approx(v)
