"""Reported speech: :func:`extract_quotes`."""

from __future__ import annotations

from newsstruct._lexicon import Config
from newsstruct._text import Document, as_document
from newsstruct.model import Quote

__all__ = ["extract_quotes"]


def extract_quotes(text: str | Document, *, config: Config | None = None) -> tuple[Quote, ...]:
    """Quotes in text order.

    >>> extract_quotes("")
    ()
    """
    as_document(text)
    return ()
