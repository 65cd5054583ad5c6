"""Numbers with units: :func:`extract_quantities`."""

from __future__ import annotations

from newsstruct._lexicon import Config
from newsstruct._text import Document, as_document
from newsstruct.model import Quantity

__all__ = ["extract_quantities"]


def extract_quantities(
    text: str | Document, *, config: Config | None = None
) -> tuple[Quantity, ...]:
    """Quantities in text order.

    >>> extract_quantities("")
    ()
    """
    as_document(text)
    return ()
