"""The short paths of the key-point ranker and of the shared document agree with the plain
rules they stand for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsstruct._keypoints import (
    WEIGHTS,
    Candidate,
    Facts,
    _content_words,
    _counts,
    _covered,
    _overlap,
    _Story,
    candidates,
    rank,
    select,
)
from newsstruct._text import Document
from newsstruct.model import DateMention, Event, KeyPoint, Quote, Span, Speaker


class _Names(tuple[str, ...]):
    """A tuple of another class, which the constructors make a plain tuple."""


class _Parts(tuple[Span, ...]):
    """The same, of spans."""


# Pieces of news text that matter to the ranker: sentence ends (a question, a quote closed,
# none), words of tense and none, plurals, words beyond ASCII, quotes and brackets.
_PIECES = [
    " ",
    "  ",
    ". ",
    "? ",
    "! ",
    '." ',
    ".) ",
    '"',
    "'",
    ")",
    "\n",
    "\n\n",
    "The",
    "It",
    "Acme",
    "Zoë",
    "Ünal",
    "said",
    "will",
    "based",
    "is based",
    "wanted",
    "jobs",
    "job",
    "cuts",
    "cut",
    "this",
    "years",
    "news",
    "plant",
    "plants",
    "However,",
    "The move comes after",
    "café",
    "İstanbul",
    "x",
    "7",
]

_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join)


def _plain_index(doc: Document, offset: int) -> int:
    return doc.sentence_index(offset)


@given(_texts, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=8))
def test_sentences_of_spans_as_the_document_finds_them(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    doc = Document(text)
    if not doc.sentences:
        return
    size = len(text)
    spans = [
        Span(min(s, size), min(s + n, size), text[min(s, size) : min(s + n, size)])
        for s, n in bounds
    ]
    counts: dict[int, int] = {}
    for span in spans:
        at = _plain_index(doc, span.start)
        counts[at] = counts.get(at, 0) + 1
    assert _counts(doc.sentence_starts, spans) == counts
    covered: set[int] = set()
    for span in spans:
        last = max(span.start, span.end - 1)
        covered.update(range(_plain_index(doc, span.start), _plain_index(doc, last) + 1))
    assert _covered(doc.sentence_starts, spans) == covered


@given(_texts)
def test_words_of_a_sentence_are_its_content_words(text: str) -> None:
    doc = Document(text)
    story = _Story(doc, Facts())
    for k, at in enumerate(story.indices):
        assert story.words(k) == _content_words(doc.sentences[at].text)


def _plain_end_features(doc: Document, at: int) -> dict[str, float]:
    s = doc.sentences[at]
    tail = doc.folded[s.start : s.end].rstrip("\"') ]")
    if tail and tail[-1] not in ".!?":
        return {"unterminated": 1.0}
    if tail[-1:] == "?":
        return {"question": 1.0}
    return {}


@given(_texts)
def test_final_stop_read_as_the_tail_stripped(text: str) -> None:
    doc = Document(text)
    story = _Story(doc, Facts())
    for k, at in enumerate(story.indices):
        feats = story.features(k)
        got = {f: v for f, v in feats.items() if f in ("unterminated", "question")}
        assert got == _plain_end_features(doc, at)
        assert ("opens_quote" in feats) == (doc.folded[doc.sentences[at].start] == '"')


@given(_texts, st.integers(0, 3))
def test_an_empty_lead_or_speaker_counts_as_none(text: str, where: int) -> None:
    doc = Document(text)
    if not doc.sentences:
        return
    s = doc.sentences[min(where, len(doc.sentences) - 1)]
    empty = Span(s.start, s.start, "")
    quote = Quote(s.start, s.end, s.text, content=doc.span(s.start, s.end))
    with_empty = Quote(
        s.start,
        s.end,
        s.text,
        content=doc.span(s.start, s.end),
        speaker=Speaker(s.start, s.start, "", name="Jo Ray"),
    )
    plain = Facts(lead=None, quotes=(quote,))
    assert rank(doc, Facts(lead=empty, quotes=(with_empty,))) == rank(doc, plain)


def _plain_greedy(pool: list[Candidate], count: int) -> list[tuple[float, int, dict[str, float]]]:
    """The picks by the plain rule: every candidate scored in full each round, its
    redundancy its largest word overlap with every pick before it but the lead."""
    weights = WEIGHTS
    weighted = sorted(f for f, w in weights.items() if w)
    penalty = min(0.0, weights.get("redundancy", 0.0))
    left = list(pool)
    picked: list[tuple[float, int, dict[str, float]]] = []
    compare: list[frozenset[str]] = []
    while left and len(picked) < count:
        best = None
        for c in left:
            base = round(sum(weights.get(f, 0.0) * v for f, v in c.features.items()), 6)
            words = _content_words(c.sentence.text)
            worst = max((_overlap(words, other) for other in compare), default=0.0)
            score = round(base + penalty * worst, 6) if compare else base
            if best is None or score > best[0] or (score == best[0] and c.order < best[1].order):
                best = (score, c, worst)
        assert best is not None
        score, c, worst = best
        left.remove(c)
        reported = {f: c.features.get(f, 0.0) for f in weighted}
        reported["redundancy"] = worst
        picked.append((score, c.order, reported))
        if not c.features.get("lead"):
            compare.append(_content_words(c.sentence.text))
    return picked


@given(_texts, st.integers(0, 6), st.booleans())
def test_picks_as_the_plain_greedy_rule_makes_them(text: str, count: int, dated: bool) -> None:
    doc = Document(text)
    if not doc.sentences:
        return
    first = doc.sentences[0]
    dates = (DateMention(first.start, first.start, "", last=dt.date(2020, 1, 1)),) if dated else ()
    facts = Facts(lead=doc.span(first.start, first.end), reference=dt.date(2020, 1, 2), dates=dates)
    pool = candidates(doc, facts)
    fast = [(score, c.order, feats) for score, c, feats in select(pool, count)]
    assert fast == _plain_greedy(pool, count)
    ranked = rank(doc, facts, count)
    assert [(k.score, k.start, dict(k.features)) for k in ranked] == [
        (score, pool[k].sentence.start, feats) for score, k, feats in fast
    ]


# --- the makers of the result classes ----------------------------------------------------------

_offsets = st.one_of(st.integers(-2, 40), st.just(True), st.just(3.0), st.none())
_texts_or_not = st.one_of(st.text(max_size=4), st.none(), st.just(b"ab"))


def _made_as_constructed(cls: type, make: Callable[..., object], args: tuple[object, ...]) -> None:
    """``make(*args)`` returns what ``cls(*args)`` returns, or raises the same kind of error."""
    try:
        expected: object = cls(*args)
    except (TypeError, ValueError) as error:
        expected = error
    try:
        got: object = make(*args)
    except (TypeError, ValueError) as error:
        got = error
    if isinstance(expected, Exception):
        assert type(got) is type(expected)
        return
    assert type(got) is cls
    assert got == expected
    assert [getattr(got, f.name) for f in attrs.fields(cls)] == [
        getattr(expected, f.name) for f in attrs.fields(cls)
    ]
    assert [type(getattr(got, f.name)) for f in attrs.fields(cls)] == [
        type(getattr(expected, f.name)) for f in attrs.fields(cls)
    ]


_DAY = dt.date(2021, 4, 22)


@given(
    st.tuples(
        _offsets,
        _offsets,
        _texts_or_not,
        st.sampled_from([None, "2021-04-22", "PAST_REF"]),
        st.sampled_from([None, "day", "year", "fortnight", ""]),
        st.sampled_from([None, "on", "since", "around", 3]),
        st.sampled_from([None, _DAY]),
        st.sampled_from([None, _DAY]),
        st.sampled_from(["", "date.day"]),
    )
)
def test_date_mention_maker_is_the_constructor(args: tuple[object, ...]) -> None:
    _made_as_constructed(DateMention, DateMention.maker(), args)


@given(
    st.tuples(
        _offsets,
        _offsets,
        _texts_or_not,
        st.sampled_from([DateMention(0, 0, ""), DateMention(2, 8, "Monday", value="2021-04-19")]),
        st.one_of(
            st.tuples(),
            st.tuples(st.just("Ann Lee")),
            st.lists(st.sampled_from(["Ann Lee", "Acme"]), max_size=2),
            st.just(_Names(["Acme"])),
        ),
        st.sampled_from(["", "event.sentence"]),
    )
)
def test_event_maker_is_the_constructor(args: tuple[object, ...]) -> None:
    _made_as_constructed(Event, Event.maker(), args)


@given(st.tuples(_offsets, _offsets, _texts_or_not, st.sampled_from([None, "Ned Price", ""])))
def test_speaker_maker_is_the_constructor(args: tuple[object, ...]) -> None:
    _made_as_constructed(Speaker, Speaker.maker(), args)


@given(
    st.tuples(
        _offsets,
        _offsets,
        _texts_or_not,
        st.sampled_from(["direct", "indirect", "mixed", "reported", None]),
        st.sampled_from([Span(0, 0, ""), Span(1, 3, "ab")]),
        st.sampled_from([None, Span(4, 8, "said")]),
        st.sampled_from([None, Speaker(9, 14, "Price", name="Ned Price")]),
        st.sampled_from(["", "quote.direct_after"]),
        st.one_of(
            st.tuples(),
            st.tuples(st.just(Span(1, 3, "ab"))),
            st.lists(st.just(Span(1, 3, "ab")), max_size=2),
            st.just(_Parts([Span(1, 3, "ab")])),
        ),
    )
)
def test_quote_maker_is_the_constructor(args: tuple[object, ...]) -> None:
    _made_as_constructed(Quote, Quote.maker(), args)


def test_event_maker_stands_for_evolve_of_the_actors() -> None:
    event = Event(0, 3, "Met", date=DateMention(0, 0, ""), actors=("Ann Lee",), rule="r")
    make = Event.maker()
    made = make(event.start, event.end, event.text, event.date, ("Acme",), event.rule)
    assert made == attrs.evolve(event, actors=("Acme",))


class _Name(str):
    """A feature name of another class than ``str``, which the constructor makes a str."""


@given(_texts, st.booleans())
def test_key_points_made_as_the_constructor_makes_them(text: str, other_names: bool) -> None:
    doc = Document(text)
    if not doc.sentences:
        return
    first = doc.sentences[0]
    weights = {(_Name(f) if other_names else f): w for f, w in WEIGHTS.items()}
    ranked = rank(doc, Facts(lead=doc.span(first.start, first.end)), 3, weights)
    for point in ranked:
        made = KeyPoint(point.start, point.end, point.text, point.score, point.features)
        assert point == made
        assert type(point.score) is float
        assert [(type(f), type(v)) for f, v in point.features] == [(str, float)] * len(
            point.features
        )
