"""Ranking sentences for the brief: the main event and its direct continuation.

Each story sentence gets features and a score that is their weighted sum: where it stands
after the lead; what it adds (an actor as its subject, figures not given before, a date
close to publication, a speaker or an actor not met before, words of the lead); and what
marks it as no news line (inside someone's quote, no verb, no final stop, a question, a
fragment, nothing in the past or future tense, only dates long before publication, an
opening connective that leans on the sentence before).  Sentences are then picked one at a
time, best score first, each marked down by how much it repeats a sentence already picked.
The lead comes first; ties are broken by position, so the ranking is the same for the same
input.  The features that cost a search are computed only for sentences whose score could
still make the cut.

>>> from newsstruct._text import Document
>>> doc = Document("Acme said on Monday it will cut 300 jobs. The firm is a family business. "
...                "Union leader Jo Ray said the job cuts were a shock.")
>>> lead = doc.span(0, 41)
>>> ranked = rank(doc, Facts(lead=lead), count=2)
>>> [k.text for k in ranked]
['Acme said on Monday it will cut 300 jobs.', 'Union leader Jo Ray said the job cuts were a shock.']
>>> ranked[1].feature_map["timeless"], ranked[1].feature_map["lead_words"]
(0.0, 1.0)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from bisect import bisect_right as _bisect
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
import regex

from newsstruct._lead import story_sentences
from newsstruct._text import Document, Sentence
from newsstruct.model import (
    Actor,
    DateMention,
    KeyPoint,
    Quantity,
    Quote,
    Span,
    _slot_setters,
    _span_ok,
)

__all__ = ["WEIGHTS", "Candidate", "Facts", "candidates", "rank", "select"]

#: Weight of each feature in a sentence's score: the lead, position, what a sentence adds
#: (one shared weight) and what marks it as no news line (one shared penalty).
WEIGHTS: dict[str, float] = {
    "lead": 100.0,
    "position": 3.0,
    "actor_subject": 0.25,
    "new_figures": 0.25,
    "recent_date": 0.25,
    "new_speaker": 0.25,
    "new_actors": 0.25,
    "lead_words": 0.25,
    "title_overlap": 0.25,
    "continuation": -1.0,
    "in_quote": -1.0,
    "opens_quote": -1.0,
    "connective": -1.0,
    "brief": -1.0,
    "background": -1.0,
    "verbless": -1.0,
    "unterminated": -1.0,
    "short": -1.0,
    "question": -1.0,
    "timeless": -1.0,
    "framing": -2.0,
    "redundancy": -1.0,
}

# Features that cost a search of the sentence, each at most 1.0: they are computed only
# for sentences whose score could still make the cut.
_COSTLY = (
    "lead_words",
    "title_overlap",
    "verbless",
    "unterminated",
    "short",
    "question",
    "timeless",
    "framing",
)

_WORD = regex.compile(r"\p{L}[\p{L}'-]+")
# The same words in lower-cased ASCII text, for the faster engine.
# The words of the pattern three characters long or more (and the same in lower-cased ASCII
# text, for the faster engine): every match of the pattern is a whole run of its
# characters, so a match here is a match there, and the reverse for those long enough.
_WORD3 = regex.compile(r"\p{L}[\p{L}'-]{2,}")
_ASCII_WORD3 = re.compile(r"[a-z][a-z'-]{2,}")
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

# Past tense or a future: a sentence with neither tells what is so, not what happened.
# A word in "-ed" after "is", "are", "be", "not", "most" or "more" is a participle or an
# adjective ("is based", "are not included", "most persecuted"), not a past tense; "is to",
# "are set to", "is expected to" say what will happen.
# (Plain ``re``: the words are English, and it is the faster engine for one search.)
_TENSE = re.compile(
    r"\b(?:was|were|had|did|said|told|will|would|could"
    r"|(?:is|are)[ ](?:(?:set|due|expected|scheduled|going)[ ])?to"
    r"|(?<!\bis[ ])(?<!\bare[ ])(?<!\bam[ ])(?<!\bbe[ ])(?<!\bnot[ ])(?<!\bmost[ ])(?<!\bmore[ ])"
    r"[a-z]{2,}ed)\b"
)
# The two halves of :data:`_TENSE`, for :func:`_has_tense`: its words, and the end of a word
# in "-ed" (the letters before it and the words a participle follows are read in Python).
_TENSE_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|will|would|could"
    r"|(?:is|are)[ ](?:(?:set|due|expected|scheduled|going)[ ])?to)\b"
)
_ED_END = re.compile(r"ed\b")
_ASCII_LOWER = frozenset(string.ascii_lowercase)
_BEFORE_PARTICIPLE = ("is ", "are ", "am ", "be ", "not ", "most ", "more ")


def _is_word_char(c: str) -> bool:
    """Whether ``c`` is a character of a word for ``\\b`` in the standard library's engine."""
    return c.isalnum() or c == "_"


def _has_tense(folded: str, start: int, end: int) -> bool:
    """Whether :data:`_TENSE` is found between ``start`` and ``end`` of ``folded``.

    A word in "-ed" is found from its ending, a much faster search than trying the pattern
    at every word: its run of lower-case ASCII letters, at least two before "ed", must open
    on a word boundary (as the search sees it: the characters before ``start`` count) after
    none of the words of :data:`_BEFORE_PARTICIPLE`.  The other words are one search.
    """
    for m in _ED_END.finditer(folded, start, end):
        stem = m.start()
        p = stem
        while p > 0 and folded[p - 1] in _ASCII_LOWER:
            p -= 1
        if p < start or stem - p < 2 or (p > 0 and _is_word_char(folded[p - 1])):
            continue  # not the whole of a word of lower-case letters
        if p > 0 and folded[p - 1] == " ":  # (each word of the list ends with a space)
            for word in _BEFORE_PARTICIPLE:
                q = p - len(word)
                if q >= 0 and folded.startswith(word, q) and not (
                    q > 0 and _is_word_char(folded[q - 1])
                ):
                    break  # "is based", "most persecuted"
            else:
                return True
            continue
        return True
    return _TENSE_WORDS.search(folded, start, end) is not None


# Any finite verb or participle: enough to tell a sentence from a caption or a label.
_VERB = re.compile(
    r"\b(?:is|are|be|been|has|have|can|may|might|must|shall|should|do|does|says"
    r"|[a-z]{2,}(?:es|ing))\b|[a-z]n't\b"
)
# A sentence that opens on a connective leans on the one before it.
_CONNECTIVE = re.compile(
    r"[\"' ]*(?:However|But|Meanwhile|Also|Although|Though|And|Yet|Still|Instead|Nevertheless"
    r"|Nonetheless|Moreover|Furthermore|Besides|Otherwise)\b"
)
# A sentence that sets the news in context rather than telling it: "The move comes after
# ...", "This came just days after ...", "His remarks come as ...".  Its subject is the news
# itself, named by a determiner or a pronoun; a few words of time may stand between the
# verb and the link ("comes just two days after"); "comes as a surprise" and "came as part
# of" are no framing.
_FRAMING = re.compile(
    r"[\"' ]*(?:The|This|That|These|Those|It|Its|His|Her|Their)\b[^.,;:!?\"]{0,60}?"
    r"\b(?:comes?|came)(?:[ ]+(?:just|only|shortly|soon|barely|mere|a|an|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|few|several|[0-9]+|days?|weeks?|months?|hours?|years?)){0,3}"
    r"[ ]+(?:after|amid|following|as(?![ ]+(?:a|an|part|the[ ]+result)\b))\b"
    # where the study the news is about was published: "The study was published in ..."
    r"|[\"' ]*(?:The|Their|Its)[ ]+(?:study|research|findings|paper|report|results)[ ]+"
    r"(?:was|were|is|are|has[ ]+been|have[ ]+been)[ ]+published[ ]+(?:in|by|on)\b"
)
# A sentence shorter than this many characters is too slight for a brief.
_BRIEF = 60
# A subject is named within this many characters of the sentence start.
_SUBJECT_REACH = 40
# A sentence with fewer words is a fragment.
_SHORT = 6
# A date this many days before publication, or later, is news; more than a year before, past.
_RECENT, _PAST = 7, 366
# How far a sentence's score drops per story sentence it stands after the lead.
_DECAY = 0.35


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


@attrs.frozen
class Candidate:
    """A story sentence (``order`` among the story sentences) with its features.

    ``features`` holds only the features that are not zero.
    """

    order: int
    sentence: Sentence
    features: Mapping[str, float]


def _content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, a plural "s" stripped so "cuts" meets "cut"."""
    lower = text.lower()
    # Words of three letters or more only: a pattern's shorter words are whole runs too.
    return _content_set((_ASCII_WORD3 if lower.isascii() else _WORD3).findall(lower))


def _content_set(found: list[str]) -> frozenset[str]:
    """The content words of a text whose words of three letters or more, lower-cased, are
    ``found``."""
    words = set(found).difference(_STOP)
    plurals = [w for w in words if w[-1] == "s" and len(w) > 3]
    if plurals:
        words.difference_update(plurals)
        words.update([w[:-1] for w in plurals])
    return frozenset(words)


def _overlap(words: frozenset[str], other: frozenset[str]) -> float:
    if not words or not other:
        return 0.0
    return float(len(words & other) / (len(words) * len(other)) ** 0.5)


def _counts(starts: list[int], spans: Iterable[Span]) -> dict[int, int]:
    """How many spans start in each sentence, by sentence index (``starts``: the sentences'
    starts, :attr:`Document.sentence_starts`)."""
    counts: dict[int, int] = {}
    for span in spans:
        i = (_bisect(starts, span.start) or 1) - 1  # (the sentence index of the start)
        counts[i] = counts.get(i, 0) + 1
    return counts


def _covered(starts: list[int], spans: Iterable[Span]) -> set[int]:
    """Indices of the sentences that the spans touch."""
    out: set[int] = set()
    for span in spans:
        start = span.start
        last = span.end - 1 if span.end - 1 > start else start
        out.update(range((_bisect(starts, start) or 1) - 1, (_bisect(starts, last) or 1)))
    return out


def _firsts(starts: list[int], items: Iterable[tuple[object, Span]]) -> dict[int, int]:
    """How many keys are first met in each sentence, for (key, span) pairs in text order."""
    seen: set[object] = set()
    firsts = []
    for key, span in items:
        if key not in seen:
            seen.add(key)
            firsts.append(span)
    return _counts(starts, firsts)


class _Story:
    """The story sentences of one document and what the facts say about each.

    ``marks`` maps each feature that the facts alone decide to its non-zero values, by
    sentence index; the features that need a look at the text come from :meth:`features`.
    """

    def __init__(self, doc: Document, facts: Facts) -> None:
        self.doc = doc
        self.indices = indices = story_sentences(doc)
        sentences = doc.sentences
        # The sentence of an offset, as :meth:`Document.sentence_index` finds it:
        # ``(bisect(starts, offset) or 1) - 1``, written out in the loops below.
        starts = doc.sentence_starts
        lead = facts.lead
        # (a span is true when it is not empty: ``if lead``)
        has_lead = lead is not None and lead.end != lead.start
        self.lead_at: int | None = None
        if lead is not None and has_lead:
            for k, i in enumerate(indices):
                s = sentences[i]
                if s.start < lead.end and lead.start < s.end:
                    self.lead_at = k
                    break
        speakers = [
            sp
            for q in facts.quotes
            if (sp := q.speaker) is not None and sp.end != sp.start and sp.name
        ]
        attributed = {(_bisect(starts, s.start) or 1) - 1 for s in speakers}
        recent: set[int] = set()
        past: dict[int, bool] = {}
        reference = facts.reference
        if reference is not None:
            for d in facts.dates:
                if d.last is not None:
                    at = (_bisect(starts, d.start) or 1) - 1
                    age = (reference - d.last).days
                    if age <= _RECENT:
                        recent.add(at)
                    past[at] = past.get(at, True) and age > _PAST
        ones = dict.fromkeys
        actors = facts.actors
        self.marks: dict[str, dict[int, float]] = {
            "lead": {} if self.lead_at is None else {indices[self.lead_at]: 1.0},
            "actor_subject": ones(
                (
                    at
                    for actor in actors
                    for span in actor.spans
                    if (start := span.start) - starts[at := (_bisect(starts, start) or 1) - 1]
                    <= _SUBJECT_REACH
                ),
                1.0,
            ),
            "new_figures": _capped(
                _firsts(starts, (((q.value, q.low, q.high, q.unit), q) for q in facts.quantities))
            ),
            "recent_date": ones(recent, 1.0),
            "new_speaker": ones(_firsts(starts, ((s.name, s) for s in speakers)), 1.0),
            "new_actors": _capped(_counts(starts, [a.spans[0] for a in actors if a.spans])),
            # inside someone's quote whose attribution lies in another sentence
            "continuation": ones(_covered(starts, facts.quotes) - attributed, 1.0),
            "in_quote": ones(
                _covered(starts, [q.content for q in facts.quotes if q.kind != "indirect"])
                - attributed,
                1.0,
            ),
            "background": ones((at for at, p in past.items() if p), 1.0),
        }
        # the same marks by sentence, each sentence's in the order of ``marks``
        self.marked: dict[int, dict[str, float]] = {}
        for feature, marks in self.marks.items():
            for at, value in marks.items():
                self.marked.setdefault(at, {})[feature] = value
        self.lead_words = (
            _content_words(lead.text) if lead is not None and has_lead else frozenset()
        )
        self._words: dict[int, frozenset[str]] = {}
        # an ASCII text lower-cased as a whole, read sentence by sentence for its words
        self._lower = doc.text.lower() if doc.text.isascii() else None
        self.title_words = _content_words(facts.title) if facts.title else frozenset()

    def sentence(self, k: int) -> Sentence:
        return self.doc.sentences[self.indices[k]]

    def words(self, k: int) -> frozenset[str]:
        """The content words of the ``k``-th story sentence (computed once)."""
        words = self._words.get(k)
        if words is None:
            s = self.sentence(k)
            if self._lower is None:
                words = _content_words(s.text)
            else:  # (an ASCII text lower-cased is lower-cased character by character)
                words = _content_set(_ASCII_WORD3.findall(self._lower, s.start, s.end))
            self._words[k] = words
        return words

    def bounds(self, weights: Mapping[str, float]) -> dict[int, float]:
        """For each story sentence, a score that its features cannot exceed."""
        indices = self.indices
        order = {at: k for k, at in enumerate(indices)}
        w = weights.get("position", 0.0)
        lead = self.lead_at or 0  # (the position of :meth:`features`, inline)
        # (by story order, a list: ``k - lead if k > lead else 0`` is ``max(0, k - lead)``)
        bounds = [
            w * (1.0 / (1.0 + _DECAY * (k - lead if k > lead else 0)))
            for k in range(len(indices))
        ]
        for feature, marks in self.marks.items():
            w = weights.get(feature, 0.0)
            if w:
                for at, value in marks.items():
                    k = order.get(at, -1)
                    if k >= 0:
                        bounds[k] += w * value
        # of the glance, what a sentence's first character and length decide; an opening
        # connective, which costs a match, only as headroom (when its weight is positive)
        sentences, folded = self.doc.sentences, self.doc.folded
        w_quote, w_brief = weights.get("opens_quote", 0.0), weights.get("brief", 0.0)
        if w_quote or w_brief:
            for k, at in enumerate(indices):
                s = sentences[at]
                if w_quote and folded[s.start] == '"':  # (a sentence is never empty)
                    bounds[k] += w_quote
                if w_brief and s.end - s.start < _BRIEF:
                    bounds[k] += w_brief
        costly = [f for f in _COSTLY if f != "title_overlap" or self.title_words]
        headroom = sum(max(0.0, weights.get(f, 0.0)) for f in [*costly, "connective"])
        return {k: b + headroom for k, b in enumerate(bounds)}

    def features(self, k: int) -> dict[str, float]:
        """Every non-zero feature of the ``k``-th story sentence: its position, its marks,
        what its first characters and its length decide (the glance), then the features
        listed in ``_COSTLY``."""
        at = self.indices[k]
        feats = {"position": 1.0 / (1.0 + _DECAY * max(0, k - (self.lead_at or 0)))}
        marked = self.marked.get(at)
        if marked:
            feats.update(marked)
        s = self.doc.sentences[at]
        start, end = s.start, s.end
        folded = self.doc.folded
        # the glance
        if folded[start] == '"':  # (a sentence is never empty)
            feats["opens_quote"] = 1.0
        if _CONNECTIVE.match(folded, start, end):
            feats["connective"] = 1.0
        brief = end - start < _BRIEF
        if brief:
            feats["brief"] = 1.0
        # the costly ones; the lead's words are looked for only when two may be found
        if (
            k != self.lead_at
            and len(self.lead_words) >= 2
            and len(self.words(k) & self.lead_words) >= 2
        ):
            feats["lead_words"] = 1.0
        if self.title_words:
            overlap = _overlap(self.words(k), self.title_words)
            if overlap:
                feats["title_overlap"] = overlap
        if brief and len(_WORD.findall(folded, start, end)) < _SHORT:
            feats["short"] = 1.0
        if not _has_tense(folded, start, end):
            feats["timeless"] = 1.0
            if _VERB.search(folded, start, end) is None:
                feats["verbless"] = 1.0
        if _FRAMING.match(folded, start, end):
            feats["framing"] = 1.0
        last = folded[end - 1]
        if last in _CLOSERS:  # (else the last character is the tail's)
            tail = folded[start:end].rstrip(_CLOSERS)
            last = tail[-1] if tail else ""
        if last and last not in ".!?":
            feats["unterminated"] = 1.0
        elif last == "?":
            feats["question"] = 1.0
        return feats


# What :meth:`_Story.features` reads past at a sentence's end for its final stop.
_CLOSERS = "\"') ]"


def _capped(counts: dict[int, int]) -> dict[int, float]:
    return {at: float(min(2, n)) for at, n in counts.items()}


def candidates(doc: Document, facts: Facts) -> list[Candidate]:
    """Every story sentence with all its features, in document order."""
    story = _Story(doc, facts)
    return [Candidate(k, story.sentence(k), story.features(k)) for k in range(len(story.indices))]


Scored = tuple[float, int, dict[str, float]]


def _score(feats: Mapping[str, float], weights: Mapping[str, float]) -> float:
    get = weights.get
    return round(sum([get(f, 0.0) * v for f, v in feats.items()]), 6)


def _pick(
    bounds: dict[int, float],
    count: int,
    weights: Mapping[str, float],
    features: Callable[[int], Mapping[str, float]],
    words: Callable[[int], frozenset[str]],
) -> list[Scored]:
    """Greedy picks by score less redundancy, best first, ties to the earlier sentence.

    ``bounds`` holds, for each sentence order, a score its ``features`` cannot exceed: a
    sentence is looked at only while its bound can still beat the best pick of the round.
    A candidate's redundancy is its largest word overlap with a sentence already picked,
    the lead aside; it only grows as picks are made, so scores come out descending.
    """
    penalty = min(0.0, weights.get("redundancy", 0.0))
    weighted = sorted(f for f, w in weights.items() if w)  # reported in name order
    zeros = dict.fromkeys(weighted, 0.0)
    remaining = sorted(bounds, key=lambda k: (-bounds[k], k))
    exact: dict[int, tuple[float, Mapping[str, float]]] = {}
    compare: list[frozenset[str]] = []
    # for each sentence looked at: how many of ``compare`` it was compared with, and its
    # largest overlap with them
    overlaps: dict[int, tuple[int, float]] = {}
    picked: list[Scored] = []
    while remaining and len(picked) < count:
        best: tuple[float, int, int, float] | None = None  # score, order, place, redundancy
        for place, k in enumerate(remaining):
            if best is not None and bounds[k] + 1e-6 < best[0]:
                break  # nothing further down can win this round
            if k not in exact:
                feats = features(k)
                exact[k] = (_score(feats, weights), feats)
            score, feats = exact[k]
            worst = 0.0
            if compare and penalty and (best is None or score >= best[0]):
                # the largest overlap with the picks, read from the picks made since the
                # sentence was last looked at: ``max(_overlap(words(k), other) for other
                # in compare)``
                read, worst = overlaps.get(k, (0, 0.0))
                if read < len(compare):
                    ws = words(k)
                    for other in compare[read:]:
                        overlap = _overlap(ws, other)
                        if overlap > worst:
                            worst = overlap
                    overlaps[k] = (len(compare), worst)
                score = round(score + penalty * worst, 6)
            if best is None or score > best[0] or (score == best[0] and k < best[1]):
                best = (score, k, place, worst)
        assert best is not None
        score, k, place, worst = best
        del remaining[place]
        feats = exact[k][1]
        # every weighted feature in name order, 0.0 where the sentence has none
        reported = zeros.copy()
        reported.update(feats)
        if len(reported) != len(zeros):  # a feature of no weight: not reported
            reported = {f: reported[f] for f in weighted}
        if "redundancy" in reported:
            reported["redundancy"] = worst
        picked.append((score, k, reported))
        if penalty and not feats.get("lead"):
            compare.append(words(k))
    return picked


def select(
    pool: Sequence[Candidate], count: int, weights: Mapping[str, float] = WEIGHTS
) -> list[tuple[float, Candidate, dict[str, float]]]:
    """The ``count`` best of ``pool`` with their scores and every weighted feature, best
    first, each marked down by its redundancy with the sentences picked before it."""
    by_order = {c.order: c for c in pool}
    picks = _pick(
        {c.order: _score(c.features, weights) for c in pool},
        count,
        weights,
        lambda k: by_order[k].features,
        functools.cache(lambda k: _content_words(by_order[k].sentence.text)),
    )
    return [(score, by_order[k], feats) for score, k, feats in picks]


def rank(
    doc: Document, facts: Facts, count: int = 5, weights: Mapping[str, float] = WEIGHTS
) -> tuple[KeyPoint, ...]:
    """The ``count`` highest-scoring story sentences, the lead sentence first."""
    if count <= 0:
        return ()
    story = _Story(doc, facts)
    if not story.indices:
        return ()
    picks = _pick(
        story.bounds(weights),
        count,
        weights,
        story.features,
        story.words,
    )
    # The features reported are the weighted ones, each a float by construction: with
    # names that are all ``str``, a point whose score is a float is filled at once.
    if all(type(name) is str for name in weights):
        points = []
        for score, k, feats in picks:  # (features in name order)
            s = story.sentence(k)
            if type(score) is float:
                points.append(_fill_key_point(s.start, s.end, s.text, score, tuple(feats.items())))
            else:
                points.append(_make_key_point(s.start, s.end, s.text, score, feats))
        return tuple(points)
    make = _make_key_point
    return tuple(
        make((s := story.sentence(k)).start, s.end, s.text, score, feats)
        for score, k, feats in picks  # (features in name order)
    )


def _key_point_maker() -> Callable[[int, int, str, float, dict[str, float]], KeyPoint]:
    """A function of the fields of :class:`KeyPoint` in order, the features as a dict, that
    returns what the constructor returns, faster: when the offsets and text pass the span
    check at once and the features are already ``str`` names of ``float`` values (what the
    constructor converts them to), it fills the slots itself; otherwise it calls the
    constructor."""

    def construct(
        start: int, end: int, text: str, score: float, features: dict[str, float]
    ) -> KeyPoint:
        return KeyPoint(start, end, text, score, tuple(features.items()))

    setters = _slot_setters(KeyPoint, "start end text score features")
    if setters is None:
        return construct  # pragma: no cover - not a slotted class of these fields
    s_start, s_end, s_text, s_score, s_features = setters
    new = object.__new__
    strings, floats = {str}, {float}

    def make(start: int, end: int, text: str, score: float, features: dict[str, float]) -> KeyPoint:
        if not (
            _span_ok(start, end, text)
            and type(score) is float
            and set(map(type, features)) <= strings
            and set(map(type, features.values())) <= floats
        ):
            return construct(start, end, text, score, features)
        point = new(KeyPoint)
        s_start(point, start)
        s_end(point, end)
        s_text(point, text)
        s_score(point, score)
        s_features(point, tuple(features.items()))
        return point

    return make


_make_key_point = _key_point_maker()


_Features = tuple[tuple[str, float], ...]


def _key_point_filler() -> Callable[[int, int, str, float, _Features], KeyPoint]:
    """A function of the fields of :class:`KeyPoint` in order that fills its slots, for
    fields that pass the constructor's checks and conversions as they are (a sentence's
    offsets and text, a float score, ``str`` names of ``float`` features)."""
    setters = _slot_setters(KeyPoint, "start end text score features")
    if setters is None:
        return KeyPoint  # pragma: no cover - not a slotted class of these fields
    s_start, s_end, s_text, s_score, s_features = setters
    new = object.__new__

    def fill(start: int, end: int, text: str, score: float, features: _Features) -> KeyPoint:
        point = new(KeyPoint)
        s_start(point, start)
        s_end(point, end)
        s_text(point, text)
        s_score(point, score)
        s_features(point, features)
        return point

    return fill


_fill_key_point = _key_point_filler()
