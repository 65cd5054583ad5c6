"""Ranking sentences for the brief: the sentences that carry the most facts.

Each story sentence gets features (where it stands after the lead, the figures, dates,
attributed quotes and recurring actors it carries, how much it shares with the lead and the
title, whether it reports news or background) and a score that is their weighted sum.  The
lead comes first; the rest follow by score, ties broken by position, so the ranking is the
same for the same input.

>>> from newsstruct._text import Document
>>> doc = Document("Acme said on Monday it will cut 300 jobs. The firm was founded in a garage. "
...                "Union leader Jo Ray said the 300 cuts were a shock.")
>>> lead = doc.span(0, 41)
>>> ranked = rank(doc, Facts(lead=lead), count=2)
>>> [k.text for k in ranked]
['Acme said on Monday it will cut 300 jobs.', 'Union leader Jo Ray said the 300 cuts were a shock.']
>>> ranked[1].feature_map["lead_overlap"] > 0
True
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TypeVar

import attrs
import regex

from newsstruct._lead import story_sentences
from newsstruct._text import Document
from newsstruct.model import Actor, DateMention, KeyPoint, Quantity, Quote, Span

__all__ = ["WEIGHTS", "Facts", "rank"]

T = TypeVar("T")

#: Weight of each feature in a sentence's score.
WEIGHTS: dict[str, float] = {
    "lead": 100.0,
    "position": 4.0,
    "figures": 0.6,
    "dates": 0.5,
    "quotes": 0.7,
    "actors": 0.5,
    "lead_overlap": 2.5,
    "title_overlap": 1.5,
    "centrality": 1.5,
    "background": -0.8,
    "short": -1.5,
    "continuation": -0.6,
    "new_actors": 0.5,
    "central_actor": 0.5,
    "paragraph_start": 0.5,
    "opens_quote": -0.5,
    "length": 0.5,
}

_WORD = regex.compile(r"\p{L}[\p{L}'-]+")
_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just may me might more most must my no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your said says told according year
    years new one two three would could also last first""".split()
)


@attrs.frozen
class Facts:
    """What the extractors found, as the ranker needs it."""

    lead: Span | None = None
    title: str | None = None
    reference: dt.date | None = None
    quantities: Sequence[Quantity] = ()
    dates: Sequence[DateMention] = ()
    quotes: Sequence[Quote] = ()
    actors: Sequence[Actor] = ()


def _content_words(text: str) -> set[str]:
    """Lower-cased content words, a plural "s" stripped so "cuts" meets "cut"."""
    out = set()
    for word in _WORD.findall(text):
        w = word.lower()
        if w not in _STOP and len(w) > 2:
            out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def _overlap(words: set[str], other: set[str]) -> float:
    if not words or not other:
        return 0.0
    return float(len(words & other) / (len(words) ** 0.5 * len(other) ** 0.5))


def _by_sentence(doc: Document, items: Iterable[T], whole: bool = False) -> dict[int, list[T]]:
    """Items grouped by the index of the sentence they start in (every sentence they cover,
    with ``whole``): one pass, so ranking stays linear in the size of the article."""
    groups: dict[int, list[T]] = {}
    for item in items:
        span: Span = item if isinstance(item, Span) else item[1]  # type: ignore[index]
        first = doc.sentence_index(span.start)
        last = doc.sentence_index(max(span.start, span.end - 1)) if whole else first
        for i in range(first, last + 1):
            groups.setdefault(i, []).append(item)
    return groups


def rank(doc: Document, facts: Facts, count: int = 5) -> tuple[KeyPoint, ...]:
    """The ``count`` highest-scoring story sentences, the lead sentence first."""
    indices = story_sentences(doc)
    if not indices or count <= 0:
        return ()
    sentences = [doc.sentences[i] for i in indices]
    words = [_content_words(s.text) for s in sentences]
    frequency: Counter[str] = Counter(w for ws in words for w in ws)
    lead_words = _content_words(facts.lead.text) if facts.lead else set()
    title_words = _content_words(facts.title) if facts.title else set()
    actor_spans = [(a.name, span) for a in facts.actors for span in a.spans]
    recurring = Counter(name for name, _ in actor_spans)
    actors_in = _by_sentence(doc, actor_spans)
    firsts = _by_sentence(doc, [a.spans[0] for a in facts.actors if a.spans])
    central = _by_sentence(doc, [span for a in facts.actors[:3] for span in a.spans])
    quantities_in = _by_sentence(doc, facts.quantities)
    dates_in = _by_sentence(doc, facts.dates)
    quotes_in = _by_sentence(doc, facts.quotes, whole=True)
    lead_at = next(
        (k for k, s in enumerate(sentences) if facts.lead and s.overlaps(facts.lead)), None
    )
    start_rank = lead_at or 0

    scored: list[tuple[float, int, dict[str, float]]] = []
    for k, sentence in enumerate(sentences):
        s, e = sentence.start, sentence.end
        ws = words[k]
        feats: dict[str, float] = {}
        feats["lead"] = 1.0 if k == lead_at else 0.0
        feats["position"] = 1.0 / (1.0 + 0.35 * max(0, k - start_rank))
        at = indices[k]
        feats["figures"] = float(min(2, len(quantities_in.get(at, ()))))
        in_dates = dates_in.get(at, [])
        feats["dates"] = float(min(2, sum(1 for d in in_dates if d.value is not None)))
        quotes = quotes_in.get(at, [])
        attributed = [
            q for q in quotes
            if q.speaker is not None and q.speaker.name and s <= q.speaker.start < e
        ]
        feats["quotes"] = float(min(2, len(attributed)))
        # a sentence inside someone's quote whose attribution lies in another sentence
        feats["continuation"] = 1.0 if quotes and not attributed else 0.0
        actors_here = {name for name, _ in actors_in.get(at, ())}
        feats["actors"] = float(min(3, sum(1 for a in actors_here if recurring[a] > 1)))
        feats["new_actors"] = float(min(2, len(firsts.get(at, ()))))
        feats["central_actor"] = 1.0 if at in central else 0.0
        previous = doc.sentences[at - 1] if at > 0 else None
        feats["paragraph_start"] = (
            1.0 if previous is None or previous.paragraph != sentence.paragraph else 0.0
        )
        feats["opens_quote"] = 1.0 if doc.folded[s : s + 1] == '"' else 0.0
        feats["length"] = min(1.0, len(_WORD.findall(sentence.text)) / 25)
        feats["lead_overlap"] = _overlap(ws, lead_words) if k != lead_at else 0.0
        feats["title_overlap"] = _overlap(ws, title_words)
        feats["centrality"] = (
            sum(frequency[w] - 1 for w in ws) / (len(sentences) * max(4.0, len(ws)) ** 0.5)
            if ws
            else 0.0
        )
        feats["background"] = 1.0 if _is_background(in_dates, facts.reference) else 0.0
        feats["short"] = 1.0 if len(_WORD.findall(sentence.text)) < 6 else 0.0
        score = round(sum(WEIGHTS[f] * v for f, v in feats.items()), 6)
        scored.append((score, k, feats))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return tuple(
        KeyPoint(
            sentences[k].start,
            sentences[k].end,
            sentences[k].text,
            score=score,
            features=tuple(sorted(feats.items())),
        )
        for score, k, feats in scored[:count]
    )


def _is_background(dates: list[DateMention], reference: dt.date | None) -> bool:
    """True when every dated mention in the sentence lies more than a year before ``reference``."""
    if reference is None or not dates:
        return False
    firsts = [d.last for d in dates if d.last is not None]
    return bool(firsts) and all((reference - f).days > 366 for f in firsts)
