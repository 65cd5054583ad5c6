"""newsstruct: structured summaries of news articles, by rules, with exact offsets.

>>> import newsstruct
>>> s = newsstruct.summarize("Officials met on Tuesday.", published="2021-04-22")
>>> s.lead.text
'Officials met on Tuesday.'
>>> newsstruct.Summary.from_dict(s.to_dict()) == s
True
"""

from __future__ import annotations

from newsstruct.__about__ import __version__
from newsstruct._lexicon import Config
from newsstruct._schema import schema
from newsstruct._text import Document
from newsstruct.batch import summarize_many
from newsstruct.dates import extract_dates
from newsstruct.events import extract_events
from newsstruct.model import (
    Actor,
    DateMention,
    Event,
    KeyPoint,
    Note,
    Quantity,
    Quote,
    Span,
    Speaker,
    Summary,
)
from newsstruct.quantities import extract_quantities
from newsstruct.quotes import extract_quotes
from newsstruct.summary import summarize

__all__ = [
    "Actor",
    "Config",
    "DateMention",
    "Document",
    "Event",
    "KeyPoint",
    "Note",
    "Quantity",
    "Quote",
    "Span",
    "Speaker",
    "Summary",
    "__version__",
    "extract_dates",
    "extract_events",
    "extract_quantities",
    "extract_quotes",
    "schema",
    "summarize",
    "summarize_many",
]


def __dir__() -> list[str]:
    return list(__all__)
