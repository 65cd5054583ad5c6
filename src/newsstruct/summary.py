"""The summary builder: :func:`summarize` runs every extractor over one document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from newsstruct._actors import find_actors
from newsstruct._inputs import DateLike, require_text, to_date
from newsstruct._keypoints import Facts, rank
from newsstruct._lead import find_lead
from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._programme import programme_sentences
from newsstruct._text import Document
from newsstruct.dates import extract_dates
from newsstruct.events import extract_events
from newsstruct.model import DateMention, Event, Note, Quantity, Quote, Span, Summary
from newsstruct.quantities import extract_quantities
from newsstruct.quotes import extract_quotes

__all__ = ["summarize"]

T = TypeVar("T")


def summarize(
    text: str,
    published: DateLike = None,
    title: str | None = None,
    config: Config | None = None,
    *,
    key_points: int = 5,
) -> Summary:
    """Summarise one article: segment it once and run every extractor over it.

    ``published`` is the reference date for relative expressions ("last week"); without it
    they are found but keep ``value=None``, and a note says so.  ``key_points`` is how many
    ranked sentences to keep.

    >>> text = ("Monday, May 18, 2015\\n\\n"
    ...         "Fishermen rescued 700 people on Friday. The navy said 200 more were saved.")
    >>> s = summarize(text, published="2015-05-18")
    >>> s.lead
    Span(22, 61, 'Fishermen rescued 700 people on Friday.')
    >>> [n.code for n in s.notes]
    ['lead_skipped']
    >>> summarize("   ").lead is None
    True
    """
    text = require_text(text, "text")
    if title is not None:
        title = require_text(title, "title")
    if isinstance(key_points, bool) or not isinstance(key_points, int) or key_points < 0:
        raise ValueError(f"key_points must be a non-negative int, got {key_points!r}")
    reference = to_date(published, "published")
    config = config or DEFAULT_CONFIG
    doc = Document(text)
    notes: list[Note] = []
    if reference is None:
        notes.append(
            Note("no_reference", "no publication date: relative dates are left unresolved")
        )

    # a broadcast's own lines (intro, sign-off, credits, word list) are not the story
    story = _in_story(doc)
    dates = story(extract_dates(doc, reference, config=config), _start)
    quantities = _without_dates(story(extract_quantities(doc, config=config), _start), dates)
    quotes = story(extract_quotes(doc, config=config), _content_start)
    events = story(extract_events(doc, reference, config=config), _date_start)
    cast = find_actors(doc, quotes, events, config)
    lead, skipped = find_lead(doc, config)
    for kind, sentence in skipped:
        span = doc.span(sentence.start, sentence.end)
        notes.append(Note("lead_skipped", f"skipped {kind} before the lead", span=span))
    facts = Facts(
        lead=lead,
        title=title,
        reference=reference,
        quantities=quantities,
        dates=dates,
        quotes=quotes,
        actors=cast.actors,
    )
    return Summary(
        text=text,
        title=title,
        published=reference,
        lead=lead,
        key_points=rank(doc, facts, key_points),
        quantities=quantities,
        dates=dates,
        quotes=quotes,
        events=cast.events,
        actors=cast.actors,
        notes=tuple(notes),
    )


def _start(item: Span) -> int:
    return item.start


def _content_start(quote: Quote) -> int:
    return quote.content.start


def _date_start(event: Event) -> int:
    return event.date.start


def _in_story(doc: Document) -> Callable[[Sequence[T], Callable[[T], int]], tuple[T, ...]]:
    """A filter of items that keeps those not placed in a programme line of ``doc`` (each
    placed at the offset the function given returns); with no such line, every item."""
    programme = programme_sentences(doc)

    def keep(items: Sequence[T], where: Callable[[T], int]) -> tuple[T, ...]:
        if not programme:
            return tuple(items)
        index = doc.sentence_index
        return tuple(item for item in items if index(where(item)) not in programme)

    return keep


def _without_dates(
    quantities: Sequence[Quantity], dates: Sequence[DateMention]
) -> tuple[Quantity, ...]:
    """Drop every quantity that overlaps a date: a date is never also a quantity."""
    spans: list[Span] = sorted(dates, key=lambda d: d.start)
    kept: list[Quantity] = []
    j = 0
    for q in quantities:
        while j < len(spans) and spans[j].end <= q.start:
            j += 1
        if j < len(spans) and spans[j].overlaps(q):
            continue
        kept.append(q)
    return tuple(kept)
