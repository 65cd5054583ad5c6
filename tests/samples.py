"""A short article written for the tests, and its summary built by hand.

The renderers and the schema are tested on this value so that their tests do not depend on
what the extractors find.  Offsets are computed from the text, never typed in.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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

HARBOUR = (
    "Harbour talks end strike\n\n"
    "PORTVILLE \u2014 Dock workers ended a nine-day strike on Tuesday after the port "
    "authority offered a 4.5% pay rise, officials said.\n\n"
    "\u201cWe have waited since March for a fair offer,\u201d union leader Maria Lopez told "
    "reporters, adding that about 1,200 members had voted.\n\n"
    "Port director Henrik Aalto said the deal would cost $3.2 million a year. "
    "\u201cShips will be moving again by Friday,\u201d he said."
)


def at(needle: str, occurrence: int = 1, text: str = HARBOUR) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def _he() -> Span:
    said = at("he said")
    return Span(said.start, said.start + 2, "he")


def _from(span: Span, cls: type, **fields: object) -> Any:
    return cls(span.start, span.end, span.text, **fields)


def harbour_summary() -> Summary:
    """The hand-made summary of :data:`HARBOUR`, published on 2021-04-22."""
    tuesday = _from(
        at("Tuesday"), DateMention, value="2021-04-20", granularity="day", relation="on",
        first=dt.date(2021, 4, 20), last=dt.date(2021, 4, 20), rule="date.weekday",
    )
    march = _from(
        at("March"), DateMention, value="2021-03", granularity="month", relation="since",
        first=dt.date(2021, 3, 1), last=dt.date(2021, 3, 31), rule="date.month",
    )
    friday = _from(
        at("Friday"), DateMention, value="2021-04-23", granularity="day", relation="by",
        first=dt.date(2021, 4, 23), last=dt.date(2021, 4, 23), rule="date.weekday",
    )
    quantities = (
        _from(at("nine-day"), Quantity, value=9, unit="day", kind="duration",
              rule="quantity.duration"),
        _from(at("4.5%"), Quantity, value=4.5, unit="%", kind="percent",
              rule="quantity.percent"),
        _from(at("about 1,200 members"), Quantity, value=1200, qualifier="approximately",
              entity="members", kind="count", rule="quantity.count"),
        _from(at("$3.2 million"), Quantity, value=3200000, unit="USD", kind="money",
              rule="quantity.money"),
    )
    first_para = at(
        "Dock workers ended a nine-day strike on Tuesday after the port authority offered a "
        "4.5% pay rise, officials said."
    )
    lopez = at("\u201cWe have waited since March for a fair offer,\u201d union leader Maria "
               "Lopez told reporters")
    aalto = at("Port director Henrik Aalto said the deal would cost $3.2 million a year.")
    ships = at("\u201cShips will be moving again by Friday,\u201d he said")
    quotes = (
        _from(first_para, Quote, kind="indirect",
              content=at("Dock workers ended a nine-day strike on Tuesday after the port "
                         "authority offered a 4.5% pay rise"),
              cue=at("said"), speaker=_from(at("officials"), Speaker, name="officials"),
              rule="quote.indirect_after"),
        _from(lopez, Quote, kind="direct",
              content=at("We have waited since March for a fair offer"),
              cue=at("told"), speaker=_from(at("Maria Lopez"), Speaker, name="Maria Lopez"),
              rule="quote.direct_before"),
        _from(aalto, Quote, kind="indirect",
              content=at("the deal would cost $3.2 million a year"),
              cue=at("said", 2), speaker=_from(at("Henrik Aalto"), Speaker,
                                                name="Henrik Aalto"),
              rule="quote.indirect_after"),
        _from(ships, Quote, kind="direct", content=at("Ships will be moving again by Friday"),
              cue=at("said", 3), speaker=_from(_he(), Speaker, name="Henrik Aalto"),
              rule="quote.direct_before"),
    )
    events = (
        _from(at("Dock workers ended a nine-day strike on Tuesday"), Event, date=tuesday,
              actors=("Dock workers",), rule="event.clause"),
        _from(at("Ships will be moving again by Friday"), Event, date=friday,
              actors=("Henrik Aalto",), rule="event.clause"),
    )
    actors = (
        Actor("Henrik Aalto", role="Port director", kind="person",
              spans=(at("Henrik Aalto"), _he())),
        Actor("Maria Lopez", role="union leader", kind="person", spans=(at("Maria Lopez"),)),
    )
    key_points = (
        _from(first_para, KeyPoint, score=3.5,
              features={"position": 1.0, "figures": 2.0, "dates": 1.0}),
        _from(aalto, KeyPoint, score=2.0, features={"figures": 1.0, "actors": 1.0}),
    )
    return Summary(
        text=HARBOUR,
        title="Harbour talks end strike",
        published=dt.date(2021, 4, 22),
        lead=first_para,
        key_points=key_points,
        quantities=quantities,
        dates=(tuesday, march, friday),
        quotes=quotes,
        events=events,
        actors=actors,
        notes=(Note("example", "built by hand for the tests"),),
    )
