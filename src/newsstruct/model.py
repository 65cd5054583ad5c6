"""The value types every extractor returns, and their JSON round trip.

All types are frozen :mod:`attrs` classes: hashable, comparable by value, with a short
``repr`` that reads well in a doctest.  Every extracted item carries ``start`` and ``end``,
half-open Python ``str`` offsets into the text the caller passed, so that
``text[item.start:item.end] == item.text`` always holds.

>>> s = Span(4, 9, "Price")
>>> s
Span(4, 9, 'Price')
>>> Span.from_dict(s.to_dict()) == s
True

This module holds no extraction logic; the extractors fill these containers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Self

import attrs

from newsstruct.__about__ import __version__

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "DateMention",
    "Event",
    "KeyPoint",
    "Note",
    "Quantity",
    "Quote",
    "Span",
    "Speaker",
    "Summary",
]

#: Version of the JSON layout written by :meth:`Summary.to_dict`.
SCHEMA_VERSION = "1"

Number = int | float

QUALIFIERS = frozenset(
    {"exact", "approximately", "more_than", "at_least", "less_than", "at_most", "range"}
)
QUOTE_KINDS = frozenset({"direct", "indirect", "mixed"})
GRANULARITIES = frozenset({"day", "week", "month", "quarter", "season", "year", "decade"})
RELATIONS = frozenset({"on", "since", "until", "by", "before", "after", "during", "from", "to"})


# --- encoding helpers -------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    """Turn a field value into JSON-compatible data."""
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value))


def _number(value: Any) -> Number:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {value!r}")
    return value


def _tuple_of(kind: type[_Record]) -> Callable[[Any], tuple[Any, ...]]:
    def decode(value: Any) -> tuple[Any, ...]:
        return tuple(kind.from_dict(v) for v in value)

    return decode


def _features(value: Any) -> tuple[tuple[str, float], ...]:
    if isinstance(value, Mapping):
        value = value.items()
    return tuple((str(k), float(v)) for k, v in value)


def _field(
    *,
    decode: Callable[[Any], Any] | None = None,
    encode: Callable[[Any], Any] | None = None,
    default: Any = attrs.NOTHING,
    converter: Callable[[Any], Any] | None = None,
    validator: Any = None,
) -> Any:
    metadata = {}
    if decode is not None:
        metadata["decode"] = decode
    if encode is not None:
        metadata["encode"] = encode
    return attrs.field(
        default=default, converter=converter, validator=validator, metadata=metadata
    )


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_span(instance: Any, _attribute: Any, _value: Any) -> None:
    start, end, text = instance.start, instance.end, instance.text
    if type(start) is int and type(end) is int and type(text) is str and 0 <= start <= end:
        return  # the common case, checked at once
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise TypeError(f"span offsets must be int, got {start!r}, {end!r}")
    if not 0 <= start <= end:
        raise ValueError(f"span offsets must satisfy 0 <= start <= end, got {start}, {end}")
    if not isinstance(text, str):
        raise TypeError(f"span text must be str, got {type(text).__name__}")


def _in(choices: frozenset[str], *, optional: bool = False) -> Callable[[Any, Any, Any], None]:
    def check(_instance: Any, attribute: Any, value: Any) -> None:
        if value is None and optional:
            return
        if value not in choices:
            raise ValueError(f"{attribute.name} must be one of {sorted(choices)}, got {value!r}")

    return check



def _slot_setters(cls: type, names: str) -> list[Callable[[Any, Any], None]] | None:
    """The setters of the slots of ``cls``, a slotted attrs class whose fields are the
    space-separated ``names`` in that order; None for any other class.

    The makers of many items (:meth:`Quantity.maker` and the like) fill slots with them
    once the constructor's checks pass at once, instead of running the constructor.

    >>> set_start, set_end, set_text = _slot_setters(Span, "start end text")
    >>> span = object.__new__(Span)
    >>> set_start(span, 0); set_end(span, 2); set_text(span, "ok")
    >>> span == Span(0, 2, "ok")
    True
    """
    fields = names.split()
    slots = [getattr(cls, name, None) for name in fields]
    if [f.name for f in attrs.fields(cls)] != fields or not all(
        type(slot).__name__ == "member_descriptor" for slot in slots
    ):
        return None  # pragma: no cover - not a slotted class of these fields
    return [slot.__set__ for slot in slots]  # type: ignore[union-attr]


def _span_ok(start: Any, end: Any, text: Any) -> bool:
    """Whether ``Span(start, end, text)`` passes its checks as given (no conversion)."""
    return type(start) is int and type(end) is int and type(text) is str and 0 <= start <= end

@attrs.frozen(repr=False)
class _Record:
    """Base of every value type: generic ``to_dict`` / ``from_dict`` over the attrs fields."""

    def to_dict(self) -> dict[str, Any]:
        """This value as JSON-compatible data (dicts, lists, str, numbers, None)."""
        out: dict[str, Any] = {}
        for f in attrs.fields(type(self)):
            value = getattr(self, f.name)
            encode = f.metadata.get("encode")
            out[f.name] = encode(value) if encode is not None else _encode(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild a value from :meth:`to_dict` output; unknown keys are ignored."""
        if not isinstance(data, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict needs a mapping, got {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        for f in attrs.fields(cls):
            if f.name not in data:
                if f.default is attrs.NOTHING:
                    raise ValueError(f"{cls.__name__}.from_dict: missing field {f.name!r}")
                continue
            value = data[f.name]
            decode = f.metadata.get("decode")
            kwargs[f.name] = decode(value) if decode is not None and value is not None else value
        return cls(**kwargs)


@attrs.frozen(repr=False)
class Span(_Record):
    """A stretch of the input text: ``text[start:end] == span.text``.

    >>> text = "Ned Price spoke."
    >>> span = Span(0, 9, "Ned Price")
    >>> text[span.start:span.end] == span.text
    True
    >>> span.shifted(10)
    Span(10, 19, 'Ned Price')
    """

    start: int = attrs.field(validator=_check_span)
    end: int
    text: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.start}, {self.end}, {_short(self.text)!r})"

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shifted(self, offset: int) -> Self:
        """The same value with every offset moved by ``offset`` (nested spans included)."""
        changes: dict[str, Any] = {"start": self.start + offset, "end": self.end + offset}
        for f in attrs.fields(type(self)):
            value = getattr(self, f.name)
            if isinstance(value, Span):
                changes[f.name] = value.shifted(offset)
            elif isinstance(value, tuple) and value and isinstance(value[0], Span):
                changes[f.name] = tuple(v.shifted(offset) for v in value)
        return attrs.evolve(self, **changes)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``.

        >>> Span.of("said on Tuesday", 8, 15)
        Span(8, 15, 'Tuesday')
        """
        return _make_span(start, end, text[start:end])


def _span_maker() -> Callable[[Any, Any, Any], Span]:
    """A function of the fields in order that returns what ``Span(...)`` returns, faster: it
    fills the slots itself when the checks the constructor runs pass at once, and otherwise
    calls the constructor.

    >>> _span_maker()(0, 2, "ok") == Span(0, 2, "ok")
    True
    """
    setters = _slot_setters(Span, "start end text")
    if setters is None:
        return Span  # pragma: no cover - not a slotted class of these fields
    s_start, s_end, s_text = setters
    new = object.__new__

    def make(start: Any, end: Any, text: Any) -> Span:
        if not (
            type(start) is int and type(end) is int and type(text) is str and 0 <= start <= end
        ):
            return Span(start, end, text)
        span = new(Span)
        s_start(span, start)
        s_end(span, end)
        s_text(span, text)
        return span

    return make


_make_span = _span_maker()


@attrs.frozen(repr=False)
class Quantity(Span):
    """A number with what it counts or measures.

    >>> q = Quantity(0, 18, "more than 60 ships", value=60, qualifier="more_than",
    ...              entity="ships", kind="count", rule="quantity.count")
    >>> q
    Quantity('more than 60 ships', value=60, qualifier='more_than', entity='ships')
    >>> Quantity.from_dict(q.to_dict()) == q
    True
    """

    value: Number | None = _field(default=None, decode=_number)
    low: Number | None = _field(default=None, decode=_number)
    high: Number | None = _field(default=None, decode=_number)
    qualifier: str = _field(default="exact", validator=_in(QUALIFIERS))
    unit: str | None = None
    entity: str | None = None
    kind: str = "number"
    rule: str = ""

    @staticmethod
    def maker() -> Callable[..., Quantity]:
        """A function of all the fields in order that returns what ``Quantity(...)`` returns,
        faster: it fills the slots itself when the checks the constructor runs pass at once,
        and otherwise calls the constructor (the quantity reader makes many quantities).

        >>> make = Quantity.maker()
        >>> args = (0, 2, "60", 60, None, None, "exact", None, None, "number", "")
        >>> make(*args) == Quantity(*args)
        True
        """
        setters = _slot_setters(
            Quantity, "start end text value low high qualifier unit entity kind rule"
        )
        if setters is None:
            return Quantity  # pragma: no cover - not a slotted class of these fields
        s_start, s_end, s_text, s_value, s_low, s_high, s_qual, s_unit, s_entity = setters[:9]
        s_kind, s_rule = setters[9:]
        new = object.__new__

        def make(
            start: int,
            end: int,
            text: str,
            value: Number | None,
            low: Number | None,
            high: Number | None,
            qualifier: str,
            unit: str | None,
            entity: str | None,
            kind: str,
            rule: str,
        ) -> Quantity:
            if not (_span_ok(start, end, text) and qualifier in QUALIFIERS):
                return Quantity(
                    start, end, text, value, low, high, qualifier, unit, entity, kind, rule
                )
            q = new(Quantity)
            s_start(q, start)
            s_end(q, end)
            s_text(q, text)
            s_value(q, value)
            s_low(q, low)
            s_high(q, high)
            s_qual(q, qualifier)
            s_unit(q, unit)
            s_entity(q, entity)
            s_kind(q, kind)
            s_rule(q, rule)
            return q

        return make

    def __repr__(self) -> str:
        parts = [repr(_short(self.text))]
        if self.value is not None:
            parts.append(f"value={self.value!r}")
        if self.low is not None or self.high is not None:
            parts.append(f"low={self.low!r}, high={self.high!r}")
        if self.qualifier != "exact":
            parts.append(f"qualifier={self.qualifier!r}")
        if self.unit is not None:
            parts.append(f"unit={self.unit!r}")
        if self.entity is not None:
            parts.append(f"entity={self.entity!r}")
        return f"Quantity({', '.join(parts)})"


@attrs.frozen(repr=False)
class DateMention(Span):
    """A temporal expression, normalised TIMEX3-style against a reference date.

    ``first`` and ``last`` are the first and last day of the interval the value covers.

    >>> d = DateMention(7, 15, "April 22", value="2021-04-22", granularity="day",
    ...                 relation="on", first=dt.date(2021, 4, 22), last=dt.date(2021, 4, 22))
    >>> d
    DateMention('April 22', value='2021-04-22', relation='on')
    >>> d.to_dict()["first"]
    '2021-04-22'
    """

    value: str | None = None
    granularity: str | None = _field(default=None, validator=_in(GRANULARITIES, optional=True))
    relation: str | None = _field(default=None, validator=_in(RELATIONS, optional=True))
    first: dt.date | None = _field(default=None, decode=_date)
    last: dt.date | None = _field(default=None, decode=_date)
    rule: str = ""

    @staticmethod
    def maker() -> Callable[..., DateMention]:
        """A function of all the fields in order that returns what ``DateMention(...)``
        returns, faster: it fills the slots itself when the checks the constructor runs
        pass at once, and otherwise calls the constructor.

        >>> make = DateMention.maker()
        >>> args = (0, 6, "Monday", None, "day", "on", None, None, "")
        >>> make(*args) == DateMention(*args)
        True
        """
        setters = _slot_setters(
            DateMention, "start end text value granularity relation first last rule"
        )
        if setters is None:
            return DateMention  # pragma: no cover - not a slotted class of these fields
        s_start, s_end, s_text, s_value, s_granularity, s_relation, s_first, s_last = setters[:8]
        s_rule = setters[8]
        new = object.__new__

        def make(
            start: int,
            end: int,
            text: str,
            value: str | None,
            granularity: str | None,
            relation: str | None,
            first: dt.date | None,
            last: dt.date | None,
            rule: str,
        ) -> DateMention:
            if not (
                _span_ok(start, end, text)
                and (granularity is None or granularity in GRANULARITIES)
                and (relation is None or relation in RELATIONS)
            ):
                return DateMention(
                    start, end, text, value, granularity, relation, first, last, rule
                )
            d = new(DateMention)
            s_start(d, start)
            s_end(d, end)
            s_text(d, text)
            s_value(d, value)
            s_granularity(d, granularity)
            s_relation(d, relation)
            s_first(d, first)
            s_last(d, last)
            s_rule(d, rule)
            return d

        return make

    def __repr__(self) -> str:
        parts = [repr(_short(self.text)), f"value={self.value!r}"]
        if self.relation is not None:
            parts.append(f"relation={self.relation!r}")
        return f"DateMention({', '.join(parts)})"


@attrs.frozen(repr=False)
class Speaker(Span):
    """Who a quote is attributed to: the mention as written and the fullest name for it.

    >>> Speaker(20, 25, "Price", name="Ned Price")
    Speaker('Price', name='Ned Price')
    """

    name: str | None = None

    @staticmethod
    def maker() -> Callable[[int, int, str, str | None], Speaker]:
        """A function of all the fields in order that returns what ``Speaker(...)`` returns,
        faster (the constructor is called only when its checks do not pass at once).

        >>> Speaker.maker()(20, 25, "Price", "Ned Price") == Speaker(20, 25, "Price", "Ned Price")
        True
        """
        setters = _slot_setters(Speaker, "start end text name")
        if setters is None:
            return Speaker  # pragma: no cover - not a slotted class of these fields
        s_start, s_end, s_text, s_name = setters
        new = object.__new__

        def make(start: int, end: int, text: str, name: str | None) -> Speaker:
            if not _span_ok(start, end, text):
                return Speaker(start, end, text, name)
            speaker = new(Speaker)
            s_start(speaker, start)
            s_end(speaker, end)
            s_text(speaker, text)
            s_name(speaker, name)
            return speaker

        return make

    def __repr__(self) -> str:
        return f"Speaker({_short(self.text)!r}, name={self.name!r})"


@attrs.frozen(repr=False)
class Quote(Span):
    """Reported speech: the whole attribution, its content, cue verb and speaker.

    ``parts`` holds every stretch of quoted content when a direct quote is split around
    its attribution ('"We are ready," she said, "to talk."'); ``content`` is the first.

    >>> text = '"We are ready," Price said.'
    >>> q = Quote(0, 26, text[:26], kind="direct", content=Span(1, 13, "We are ready"),
    ...           cue=Span(22, 26, "said"), speaker=Speaker(16, 21, "Price", name="Ned Price"),
    ...           rule="quote.direct_after")
    >>> q
    Quote('We are ready', kind='direct', speaker='Ned Price')
    >>> Quote.from_dict(q.to_dict()) == q
    True
    """

    kind: str = _field(default="direct", validator=_in(QUOTE_KINDS))
    content: Span = _field(default=Span(0, 0, ""), decode=Span.from_dict)
    cue: Span | None = _field(default=None, decode=Span.from_dict)
    speaker: Speaker | None = _field(default=None, decode=Speaker.from_dict)
    rule: str = ""
    parts: tuple[Span, ...] = _field(default=(), converter=tuple, decode=_tuple_of(Span))

    @staticmethod
    def maker() -> Callable[..., Quote]:
        """A function of all the fields in order that returns what ``Quote(...)`` returns,
        faster: it fills the slots itself when the checks the constructor runs pass at once
        and ``parts`` is a tuple already (what the constructor converts it to), and
        otherwise calls the constructor.

        >>> make = Quote.maker()
        >>> args = (0, 5, "x", "direct", Span(1, 2, "y"), None, None, "", ())
        >>> make(*args) == Quote(*args)
        True
        """
        setters = _slot_setters(Quote, "start end text kind content cue speaker rule parts")
        if setters is None:
            return Quote  # pragma: no cover - not a slotted class of these fields
        s_start, s_end, s_text, s_kind, s_content, s_cue, s_speaker, s_rule = setters[:8]
        s_parts = setters[8]
        new = object.__new__

        def make(
            start: int,
            end: int,
            text: str,
            kind: str,
            content: Span,
            cue: Span | None,
            speaker: Speaker | None,
            rule: str,
            parts: tuple[Span, ...],
        ) -> Quote:
            if not (_span_ok(start, end, text) and kind in QUOTE_KINDS and type(parts) is tuple):
                return Quote(start, end, text, kind, content, cue, speaker, rule, parts)
            quote = new(Quote)
            s_start(quote, start)
            s_end(quote, end)
            s_text(quote, text)
            s_kind(quote, kind)
            s_content(quote, content)
            s_cue(quote, cue)
            s_speaker(quote, speaker)
            s_rule(quote, rule)
            s_parts(quote, parts)
            return quote

        return make

    def __repr__(self) -> str:
        who = None if self.speaker is None else (self.speaker.name or self.speaker.text)
        return f"Quote({_short(self.content.text)!r}, kind={self.kind!r}, speaker={who!r})"


@attrs.frozen(repr=False)
class Event(Span):
    """A dated statement: the clause or sentence, the date that places it, and its agents.

    >>> e = Event(0, 20, "Putin met Zelenskiy.", date=DateMention(0, 0, "", value=None),
    ...           actors=("Vladimir Putin",))
    >>> e
    Event('Putin met Zelenskiy.', date=None, actors=('Vladimir Putin',))
    """

    date: DateMention = _field(default=DateMention(0, 0, ""), decode=DateMention.from_dict)
    actors: tuple[str, ...] = _field(default=(), converter=tuple, decode=tuple)
    rule: str = ""

    @staticmethod
    def maker() -> Callable[[int, int, str, DateMention, tuple[str, ...], str], Event]:
        """A function of all the fields in order that returns what ``Event(...)`` returns,
        faster: it fills the slots itself when the span passes its check at once and
        ``actors`` is a tuple already (what the constructor converts it to), and otherwise
        calls the constructor.  ``make(e.start, e.end, e.text, e.date, actors, e.rule)`` is
        also ``attrs.evolve(e, actors=actors)``, made at once.

        >>> make = Event.maker()
        >>> args = (0, 3, "Met", DateMention(0, 0, ""), ("Ann Lee",), "")
        >>> make(*args) == Event(*args)
        True
        """
        setters = _slot_setters(Event, "start end text date actors rule")
        if setters is None:
            return Event  # pragma: no cover - not a slotted class of these fields
        s_start, s_end, s_text, s_date, s_actors, s_rule = setters
        new = object.__new__

        def make(
            start: int, end: int, text: str, date: DateMention, actors: tuple[str, ...], rule: str
        ) -> Event:
            if not (_span_ok(start, end, text) and type(actors) is tuple):
                return Event(start, end, text, date, actors, rule)
            event = new(Event)
            s_start(event, start)
            s_end(event, end)
            s_text(event, text)
            s_date(event, date)
            s_actors(event, actors)
            s_rule(event, rule)
            return event

        return make

    def __repr__(self) -> str:
        return f"Event({_short(self.text)!r}, date={self.date.value!r}, actors={self.actors!r})"


@attrs.frozen(repr=False)
class Actor(_Record):
    """A person or organisation that speaks or acts, merged across its mentions.

    ``mentions`` is the number of ``spans``.

    >>> a = Actor("Ned Price", role="State Department spokesman",
    ...           spans=(Span(0, 9, "Ned Price"), Span(40, 45, "Price")))
    >>> a
    Actor('Ned Price', role='State Department spokesman', mentions=2)
    >>> a.to_dict()["mentions"]
    2
    """

    name: str
    role: str | None = None
    spans: tuple[Span, ...] = _field(default=(), converter=tuple, decode=_tuple_of(Span))
    kind: str | None = None

    @property
    def mentions(self) -> int:
        """How many times the article mentions this actor."""
        return len(self.spans)

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data, with the ``mentions`` count."""
        return {
            "name": self.name,
            "role": self.role,
            "mentions": self.mentions,
            "spans": _encode(self.spans),
            "kind": self.kind,
        }

    def __repr__(self) -> str:
        return f"Actor({self.name!r}, role={self.role!r}, mentions={self.mentions})"


@attrs.frozen(repr=False)
class KeyPoint(Span):
    """A sentence chosen for the brief, with its score and the features behind it.

    >>> k = KeyPoint(0, 12, "Prices rose.", score=2.5, features={"figures": 1.0})
    >>> k
    KeyPoint('Prices rose.', score=2.5)
    >>> k.to_dict()["features"]
    {'figures': 1.0}
    """

    score: float = 0.0
    features: tuple[tuple[str, float], ...] = _field(
        default=(), converter=_features, decode=_features, encode=lambda v: dict(v)
    )

    @property
    def feature_map(self) -> dict[str, float]:
        """The features as a dict."""
        return dict(self.features)

    def __repr__(self) -> str:
        return f"KeyPoint({_short(self.text)!r}, score={self.score!r})"


@attrs.frozen(repr=False)
class Note(_Record):
    """Something the summary skipped or left unresolved, with a machine-readable code.

    >>> Note("no_reference", "no publication date: relative dates are unresolved")
    Note('no_reference')
    """

    code: str
    message: str = ""
    span: Span | None = _field(default=None, decode=Span.from_dict)

    def __repr__(self) -> str:
        return f"Note({self.code!r})"


@attrs.frozen(repr=False)
class Summary(_Record):
    """The structured summary of one article: the value :func:`newsstruct.summarize` returns.

    Offsets in every item point into ``text``, the exact string that was summarised.
    ``to_dict`` writes the layout of the output contract; ``from_dict`` reads it back.

    >>> s = Summary(text="", published=dt.date(2021, 4, 22))
    >>> s
    Summary(published=2021-04-22, quantities=0, dates=0, quotes=0, events=0, actors=0)
    >>> Summary.from_dict(s.to_dict()) == s
    True
    >>> sorted(s.to_dict())[:4]
    ['actors', 'dates', 'events', 'generator']
    """

    text: str = ""
    title: str | None = None
    published: dt.date | None = _field(default=None, decode=_date)
    lead: Span | None = _field(default=None, decode=Span.from_dict)
    key_points: tuple[KeyPoint, ...] = _field(
        default=(), converter=tuple, decode=_tuple_of(KeyPoint)
    )
    quantities: tuple[Quantity, ...] = _field(
        default=(), converter=tuple, decode=_tuple_of(Quantity)
    )
    dates: tuple[DateMention, ...] = _field(
        default=(), converter=tuple, decode=_tuple_of(DateMention)
    )
    quotes: tuple[Quote, ...] = _field(default=(), converter=tuple, decode=_tuple_of(Quote))
    events: tuple[Event, ...] = _field(default=(), converter=tuple, decode=_tuple_of(Event))
    actors: tuple[Actor, ...] = _field(default=(), converter=tuple, decode=_tuple_of(Actor))
    notes: tuple[Note, ...] = _field(default=(), converter=tuple, decode=_tuple_of(Note))

    #: Keys written first by :meth:`to_dict`, in the order of the output contract.
    _HEADER: ClassVar[tuple[str, ...]] = ("schema_version", "generator")

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-compatible data, in the layout of the output contract.

        >>> Summary(text="Hi.").to_dict()["generator"]["name"]
        'newsstruct'
        """
        body = super().to_dict()
        head: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "generator": {"name": "newsstruct", "version": __version__},
        }
        return head | body

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read :meth:`to_dict` output back; refuses another major schema version."""
        if not isinstance(data, Mapping):
            raise TypeError(f"Summary.from_dict needs a mapping, got {type(data).__name__}")
        version = str(data.get("schema_version", SCHEMA_VERSION))
        if version.split(".")[0] != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r}; expected {SCHEMA_VERSION}")
        return super().from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """The summary as a JSON string (UTF-8 text, non-ASCII kept as is).

        >>> Summary(text="").to_json()[:26]
        '{"schema_version": "1", "g'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(data))

    def to_markdown(self) -> str:
        """A readable Markdown brief: lead, key figures table, who said what, timeline.

        >>> print(Summary(text="", title="Talks resume").to_markdown().splitlines()[0])
        # Talks resume
        """
        from newsstruct.render import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        """One self-contained HTML page: the article highlighted, beside the summary.

        >>> Summary(text="Talks resume.").to_html().startswith("<!DOCTYPE html>")
        True
        """
        from newsstruct.render import to_html

        return to_html(self)

    def quotes_by_speaker(self) -> dict[str | None, tuple[Quote, ...]]:
        """Who said what: the quotes grouped by resolved speaker name, in order of first quote.

        >>> Summary(text="").quotes_by_speaker()
        {}
        """
        groups: dict[str | None, list[Quote]] = {}
        for q in self.quotes:
            key = None if q.speaker is None else (q.speaker.name or q.speaker.text)
            groups.setdefault(key, []).append(q)
        return {k: tuple(v) for k, v in groups.items()}

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("quantities", "dates", "quotes", "events", "actors")
        )
        return f"Summary(published={self.published}, {counts})"


def iter_spans(items: Iterable[Any]) -> Iterable[Span]:
    """Every span in ``items``, nested spans included (used by tests and renderers).

    >>> q = Quote(0, 5, "x", content=Span(1, 2, "y"))
    >>> [s.text for s in iter_spans([q])]
    ['x', 'y']
    """
    for item in items:
        if isinstance(item, Span):
            yield item
        if isinstance(item, _Record):
            for f in attrs.fields(type(item)):
                value = getattr(item, f.name)
                if isinstance(value, _Record):
                    yield from iter_spans([value])
                elif isinstance(value, tuple):
                    yield from iter_spans(v for v in value if isinstance(v, _Record))
