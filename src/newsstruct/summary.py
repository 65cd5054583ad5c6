"""The summary builder: :func:`summarize` runs every extractor over one document."""

from __future__ import annotations

from newsstruct._inputs import DateLike, require_text, to_date
from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._text import Document
from newsstruct.dates import extract_dates
from newsstruct.events import extract_events
from newsstruct.model import Note, Span, Summary
from newsstruct.quantities import extract_quantities
from newsstruct.quotes import extract_quotes

__all__ = ["summarize"]


def summarize(
    text: str,
    published: DateLike = None,
    title: str | None = None,
    config: Config | None = None,
) -> Summary:
    """Summarise one article: segment it once and run every extractor over it.

    >>> s = summarize("Troops left on Tuesday. Officials said 200 remain.", published="2021-04-22")
    >>> s.lead
    Span(0, 23, 'Troops left on Tuesday.')
    >>> summarize("   ").lead is None
    True
    """
    text = require_text(text, "text")
    if title is not None:
        title = require_text(title, "title")
    reference = to_date(published, "published")
    config = config or DEFAULT_CONFIG
    doc = Document(text)
    notes: list[Note] = []
    if reference is None:
        notes.append(
            Note("no_reference", "no publication date: relative dates are left unresolved")
        )
    lead = doc.sentences[0] if doc.sentences else None
    return Summary(
        text=text,
        title=title,
        published=reference,
        lead=None if lead is None else Span(lead.start, lead.end, lead.text),
        quantities=extract_quantities(doc, config=config),
        dates=extract_dates(doc, reference, config=config),
        quotes=extract_quotes(doc, config=config),
        events=extract_events(doc, reference, config=config),
        notes=tuple(notes),
    )
