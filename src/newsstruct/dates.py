"""Temporal expressions resolved against a reference date: :func:`extract_dates`.

Every expression is found by one grammar (:mod:`newsstruct._datepatterns`), read by the
rule named after the alternative that matched, and resolved against the reference date
(the publication date) with the calendar arithmetic of :mod:`newsstruct._timex`.  Dates
without a year take the year that puts them nearest the reference on the side the tense
of their clause points to; weekdays likewise.  The governing word before the expression
("since", "by", "until") gives its ``relation`` and stays out of the span.

>>> for d in extract_dates("Troops left on Tuesday and will return by May 1.", "2021-04-22"):
...     print(d.text, d.value, d.relation, d.rule)
Tuesday 2021-04-20 on date.weekday
May 1 2021-05-01 by date.month_day
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple, overload

import regex

from newsstruct import _timex as tx
from newsstruct._datepatterns import (
    ADDRESS,
    AMOUNT_WORDS,
    HOLIDAY_ONLY,
    READ,
    TEMPORAL_PREPOSITIONS,
    YEAR_MEASURES,
    Grammar,
    grammar,
    plain_from,
)
from newsstruct._dateranges import (
    day_ranges,
    mark_ranges,
    order_ranges,
    share_years,
    years_of_twins,
)
from newsstruct._inputs import DateLike, require_text, to_date
from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._text import Document, _paragraphs, _split_paragraph, fold
from newsstruct.model import DateMention

__all__ = ["extract_dates"]

_MODS = {
    "early": "early", "mid": "mid", "late": "late", "earlier": "early", "later": "late",
    "start": "start", "beginning": "start", "middle": "mid", "end": "end", "close": "end",
}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS["4th"] = 4
_WORD_BEFORE = regex.compile(r"(?<![\p{L}])([\p{L}][\p{L}.'-]*)[^\p{L}\p{N}]{0,3}\Z", regex.REVERSE)
_WORD_AFTER = regex.compile(r"[ ,]{0,3}([\p{L}][\p{L}'-]*)")
_DURATION_CUE = regex.compile(
    r"""(?i)\b(?:first|time|highest|lowest|largest|biggest|worst|best|most|least|record|only
    |in[ ](?:less|more)[ ]than|in[ ](?:over|under))\b""",
    regex.VERBOSE,
)
_REPEATED = frozenset({"every", "each", "per", "any"})
_NEVER_DATED = _REPEATED | {"a", "an", "one"}


# A match of the grammar, by either engine.
_Match = regex.Match[str] | re.Match[str]


class _Found(NamedTuple):
    """What a rule read: the span, the resolved value (or None) and the rule id."""

    start: int
    end: int
    rule: str
    timex: tx.Timex | None
    granularity: str | None
    relation: str | None = None


class _Sentences:
    """Where the sentence around a date starts and ends, near the date, without a
    :class:`Document`: only the stretch of its paragraph around the date is split.

    Few dates need their sentence (the tense of "Tuesday"), and only the part of it within
    ``_BEFORE`` characters before the date and ``_AFTER`` after it; a sentence end is decided
    by the 40 characters around it (:func:`~newsstruct._text._split_paragraph`), so a
    stretch reaching 80 characters further on each side is cut as the whole paragraph is.
    """

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.paragraphs: list[tuple[int, int]] | None = None
        self.starts: list[int] = []

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The part of the sentence holding ``start:end`` that lies within ``_BEFORE``
        characters before it and ``_AFTER`` after it."""
        lo, hi = max(0, start - _BEFORE), min(len(self.folded), end + _AFTER)
        if self.paragraphs is None:
            self.paragraphs = list(_paragraphs(self.folded))
            self.starts = [p[0] for p in self.paragraphs]
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or start >= self.paragraphs[i][1]:
            return lo, hi  # outside every paragraph, as a Document reads it
        p_start, p_end = self.paragraphs[i]
        w_start, w_end = max(p_start, lo - _MARGIN), min(p_end, hi + _MARGIN)
        for s, e in _split_paragraph(self.folded, w_start, w_end, opening=w_start == p_start):
            if s <= start < e:
                return max(lo, s), min(hi, e)
        return lo, hi


# How far back the word before a point is read (30 characters, and the one before them
# that a pattern may look behind at).
_LOOK_BACK = 31
# After how many dates the words before a date are kept by text (see _Context.by_text):
# few news stories hold as many, where keeping them by text costs more than it spares.
_BY_TEXT_AFTER = 64

# How far a date's tense is looked for, before and after it, in its sentence; and how much
# further a stretch of a paragraph is split so that its sentence ends there are the ones
# of the whole paragraph.
_BEFORE, _AFTER, _MARGIN = 120, 80, 80


def _around(doc: Document) -> Callable[[int, int], tuple[int, int]]:
    """:meth:`_Sentences.around` read off the sentences of ``doc``."""

    def around(start: int, end: int) -> tuple[int, int]:
        sent = doc.sentence_at(start)
        lo, hi = (sent.start, sent.end) if sent is not None else (0, len(doc.folded))
        return max(lo, start - _BEFORE), min(hi, end + _AFTER)

    return around


class _Context:
    """Per-document state the rules need: the text, the reference and the last value."""

    def __init__(self, doc: Document | str, ref: dt.date | None, g: Grammar) -> None:
        if isinstance(doc, Document):
            self.text, self.folded = doc.text, doc.folded
            self.around = _around(doc)
        else:
            self.text, self.folded = doc, fold(doc)
            self.around = _Sentences(self.folded).around
        self.ref = ref
        self.g = g
        start = plain_from(self.folded)
        # Where the text read from the character before is plain to the end: the patterns
        # are read by the faster engine from there on.
        self.fast_from = start + 1 if start else 0
        self.anchors: list[tx.Timex] = []
        self.since: set[int] = set()  # where in ``anchors`` dates after "since" stand
        self.last_end = -100
        self.last_relation: str | None = None
        # The word before a point and the governing word before it, kept for the point;
        # past the first dates of a text of many (see _scan), kept instead for the 31
        # characters before the point, the only ones they depend on (fewer at the start of
        # the text), so that "on April 22 ... on April 22" reads them once.
        self.by_text = False
        self._before: dict[int, str] = {}
        self._before_text: dict[str, str] = {}
        self.years: dict[tuple[str, int, int, bool, str | None], bool] = {}
        self._relation: dict[int, str | None] = {}
        self._relation_text: dict[str, str | None] = {}
        self.relative: dict[tuple[str, str], tx.Timex] = {}  # "last week" ... (not weekends)
        self.surnames: dict[str, bool] = {}  # month names the text gives as a surname
        # Characters before the space before a date that no governing word ends with.
        self._not_relation_end = _not_relation_end(g.relation_ends)

    def is_surname(self, word: str) -> bool:
        """Whether the text writes ``word`` (a month name) after a first name ("Theresa May",
        "Elizabeth May"): its possessive ("May's government") is then the person's."""
        try:
            return self.surnames[word]
        except KeyError:
            pass
        found = False
        named = rf"(?<![\p{{L}}])(\p{{Lu}}\p{{Ll}}{{1,20}})[ ]{regex.escape(word)}(?![\p{{L}}])"
        g = self.g
        for m in regex.finditer(named, self.text):
            first = m.group(1).lower()
            if not (
                first in TEMPORAL_PREPOSITIONS
                or first in g.relations
                or first in _NOT_FIRST
                or first in g.weekdays
                or first in g.months
            ):
                found = True
                break
        self.surnames[word] = found
        return found

    def anchor_for(self, unit: str, back: bool = False) -> tx.Timex | None:
        """The latest value before this point fine enough to count ``unit`` from.

        Counting ``back`` ("a year earlier"), a date after "since" is passed over: the
        period it opens reaches the present, so with no other value before it, the count
        is from the reference date.
        """
        finest = {"day": ("day",), "week": ("day", "week")}.get(unit)
        anchors, passed = self.anchors, None
        for i in range(len(anchors) - 1, max(-1, len(anchors) - 7), -1):
            t = anchors[i]
            if finest is None or t.granularity in finest:
                if back and i in self.since:
                    passed = passed or t
                    continue
                return t
        if passed is not None and self.ref is not None:
            return tx.at_granularity(self.ref, passed.granularity)
        return None

    def word_before(self, pos: int) -> str:
        """The word just before ``pos`` (at most three marks between), as written."""
        f, by_text, key = self.folded, self.by_text, ""
        if by_text:
            key = f[max(0, pos - _LOOK_BACK) : pos]
            kept = self._before_text.get(key)
            if kept is not None:
                return kept
        else:
            kept = self._before.get(pos)  # (a lookup that fails costs less than a KeyError)
            if kept is not None:
                return kept
        k = pos - 1
        while k > pos - 4 and k >= 0 and f[k] in _NOT_WORD:
            k -= 1
        if k > pos - 4 and k >= 0 and f[k] in _DIGIT:
            word = ""  # the word would have to end at a digit
        else:
            lo = max(0, pos - 30)
            fast = _ascii_word_before(f, lo, pos) if f[lo:pos].isascii() else None
            if fast is None:
                m = _WORD_BEFORE.match(f, lo, pos)
                word = m.group(1) if m else ""
            else:
                word = fast
        if by_text:
            self._before_text[key] = word
        else:
            self._before[pos] = word
        return word

    def word_after(self, pos: int) -> str:
        """The word just after ``pos`` (at most three spaces or commas between)."""
        f, k = self.folded, pos
        while k < pos + 3 and f[k : k + 1] in (" ", ","):
            k += 1
        if k >= len(f) or (f[k] < "\x80" and not f[k].isalpha()):
            return ""  # no letter opens a word there
        m = _WORD_AFTER.match(f, pos, min(len(f), pos + 30))
        return m.group(1) if m else ""

    def relation_word(self, start: int) -> str | None:
        """The governing word just before ``start`` ("since", "prior to"), lower case."""
        f, by_text, key = self.folded, self.by_text, ""
        if by_text:
            key = f[max(0, start - _LOOK_BACK) : start]
            kept = self._relation_text.get(key, _ASK)
            if kept != _ASK:
                return kept
        else:
            kept = self._relation.get(start, _ASK)
            if kept != _ASK:
                return kept
        word = None
        if start == 0 or not f[start - 1].isspace():
            pass  # a governing word is followed by a space
        elif f[start - 1] == " " and start > 1 and f[start - 2] in self._not_relation_end:
            pass  # a governing word ends the way none of them does
        else:
            word = self._ascii_relation(start)
            if word == _ASK:
                m = self.g.relation.match(f, max(0, start - 30), start)
                word = None if m is None else " ".join(m.group("word").lower().split())
        if by_text:
            self._relation_text[key] = word
        else:
            self._relation[start] = word
        return word

    def _ascii_relation(self, start: int) -> str | None:
        """What ``g.relation`` reads before ``start`` when the 30 characters before it are
        ASCII, without the pattern: None where it cannot match (no space before ``start``,
        or no governing phrase ending with the run of letters before the spaces), the word
        where only a governing word alone can end there ("in", "on"); else :data:`_ASK`.
        """
        last = self.g.relation_last_words
        lo = max(0, start - 30)
        head = self.folded[lo:start]
        if last is None or not head.isascii():
            return _ASK
        words = head.rstrip(_ASCII_SPACES)
        if len(words) == len(head):
            return None  # no space the pattern reads as one
        rest = words.rstrip(_ASCII_LETTERS)
        if len(rest) == len(words) or (not rest and lo > 0):
            return _ASK  # a mark there, or a run of letters that may begin before the window
        word = words[len(rest) :].lower()
        if word not in last:
            return None
        if word not in self.g.relation_alone:
            return _ASK
        return None if rest[-1:] in _DIGIT else word  # a mark or the start of the text before it

    def relation(self, start: int) -> str | None:
        word = self.relation_word(start)
        if word is None:
            return None
        rel = self.g.relations.get(word)
        return None if rel in (None, "-") else rel

    def _tense_markers(self, lo: int, hi: int) -> Iterator[_Match]:
        """``g.tense.finditer(folded, lo, hi)``, run only where a first pass allows."""
        window, pre = self.folded[lo:hi], self.g.tense_prefilter
        if pre is None or not window.isascii():
            yield from self.g.tense.finditer(self.folded, lo, hi)
            return
        fast = self.g.ascii_tense if lo >= self.fast_from else None
        match, end = (self.g.tense if fast is None else fast).match, lo
        for c in pre.finditer(window.lower()):
            p = lo + c.start()
            if p >= end:
                m = match(self.folded, p, hi)
                if m is not None:
                    end = m.end()
                    yield m

    def tense(
        self, start: int, end: int, planned: bool = False, before_only: bool = False
    ) -> str | None:
        """``future`` or ``past``: the nearest tense marker before the span in its sentence, else
        the first one after it ("On Tuesday, talks will resume").

        A plan in the present ("is expected to", "are scheduled to") counts as ``future``
        with ``planned`` (for a weekday: the next one), else as no tense (for a day of the
        year: the nearest one, which may have just passed).  With ``before_only``, only a
        marker before the span counts.
        """
        lo, hi = self.around(start, end)
        before: str | None = None
        after: str | None = None
        before_end, before_word = lo, ""
        past_plan = -1  # where a plan told in the past ends: "had been scheduled"
        for m in self._tense_markers(lo, hi):
            if start <= m.start() < end:
                continue
            if past_plan >= 0 and _TO_GAP.fullmatch(self.folded, past_plan, m.start()):
                continue  # "was scheduled to start on": the plan's own verb
            if m.end() <= start and "-->" in self.folded[m.end() : start]:
                continue  # inside a comment of the markup: "<!-- should be ... -->"
            if m.group("fut"):
                fut = m.group("fut").lower().split()
                if fut[0] == "to" and fut[-2] == "have" and _participle(fut[-1]):
                    # "believed to have died", "said to have met": an act already past
                    kind = "past"
                elif fut[0] == "to" and _REPORTED_PARTICIPLE.search(self.folded, lo, m.start()):
                    # "were believed to be taken": the verb before tells the time
                    continue
                elif fut[0] == "to" and _ORDINAL_TO.search(
                    self.folded, max(lo, m.start() - 70), m.start()
                ):
                    continue  # "the first woman to be arrested": no time told
                elif fut[0] == "to" and _PAST_DUTY.search(self.folded, lo, m.start()):
                    # "were supposed to be held in June": a plan told in the past, which
                    # did not hold: no tense, so the nearest such day
                    kind = "present"
                else:
                    # "should be held": a plan, ahead
                    soft = m.group("fut")[:6].lower().startswith(("should", "must", "might"))
                    kind = "planned" if soft else "future"
            elif m.group("pres"):
                # "is expected", "are scheduled": a plan, ahead
                last = m.group("pres").rsplit(None, 1)[-1].lower()
                kind = "planned" if self.g.tenses.get(last) == "future" else "present"
            elif m.group("w"):
                word = " ".join(m.group("w").lower().split())
                if self.folded[m.start()].isupper() and _IN_NAME.search(
                    self.folded, lo, m.start()
                ):
                    continue  # "Families Should Support": a title, not a verb
                if word.endswith(" on") and _NOT_SUBJECT.search(self.folded, lo, m.start()):
                    continue  # "its start on", "were open on": not a schedule
                if word in _AHEAD_ADJECTIVES and m.end() <= start and start - m.end() > 40:
                    continue  # "announced its forthcoming version of ... Friday": a noun's
                kind = "planned" if word in _SOFT_MODALS else self.g.tenses[word]
                if (
                    kind == "future"
                    and word in _PLAN_WORDS
                    and _PAST_AUXILIARY.search(self.folded, lo, m.start())
                    and _BUT.search(self.folded, m.end(), hi)
                ):
                    # "had been scheduled to start on June 4, but was postponed": a plan
                    # told in the past, and then changed: no tense, so the nearest such day
                    kind, past_plan = "present", m.end()
            elif self.folded[m.start()].isupper() and _IN_NAME.search(self.folded, lo, m.start()):
                continue  # "United Nations", "Armed Forces": a name, not a verb
            elif _adjective(self.folded, lo, m.start(), m.end()):
                continue  # "registered voters", "the elected council": not a verb
            else:
                kind = "past"
            if m.end() <= start:
                before = kind  # the last marker before the date: the verb that governs it
                before_end, before_word = m.end(), m.group().lower()
            elif after is None:
                after = kind
        if before_only:
            after = None
        if before and after and (
            _REPORTED.search(self.folded, before_end, start)
            or (  # (the verb may be the marker before: "said" is past)
                self.folded.startswith(("'s ", "’s "), end)
                and _SAID_BEFORE.search(self.folded, max(lo, before_end - 4), start)
            )
        ):
            before = None  # "said that between May 2 and May 9 talks would resume"
        if (
            before == "past"
            and before_word in _TO_VERBS
            and _INFINITIVE.match(self.folded, before_end, start)
        ):
            # "voted to declare July 11 a holiday": the act named comes later (a weekday
            # keeps the past)
            return "past" if planned else None
        tense = before or after
        if tense == "planned":  # "is expected to": the next such weekday, the nearest date
            return "future" if planned else None
        return None if tense == "present" else tense


def _year_ok(ctx: _Context, start: int, end: int, has_mod: bool, relation: str | None) -> bool:
    """Is the four-digit number at ``start:end`` a year rather than an amount or a time?

    The answer depends on the text from 31 characters before the number to 30 after it
    only, so it is kept for each such stretch ("2021 2021 2021 ...": computed once).
    """
    key = (
        ctx.folded[max(0, start - 31) : end + 30],
        min(start, 31),
        end - start,
        has_mod,
        relation,
    )
    ok = ctx.years.get(key)
    if ok is None:
        ok = ctx.years[key] = _is_year(ctx, start, end, has_mod, relation)
    return ok


def _is_year(ctx: _Context, start: int, end: int, has_mod: bool, relation: str | None) -> bool:
    f = ctx.folded
    value = int(f[start:end])
    before = f[start - 1] if start > 0 else " "
    after = f[end : end + 2]
    prev = ctx.word_before(start).lower().rstrip(".")
    if has_mod:
        return True
    glued = before in ".,:/-" and start > 1 and f[start - 2].isalnum()
    year_span = before == "-" and _YEAR_END.match(f[max(0, start - 5) : start - 1])
    if before in "$€£¥#" or (glued and not year_span):
        return False
    if after[:1] == "%" or (after[:1] in (".", ",", ":") and after[1:2].isdigit()):
        return False
    if after[:1] == " " and _DIGIT_GROUP_AFTER.match(f, end):
        return False
    nxt = ctx.word_after(end)
    if nxt.lower() in ctx.g.year_blockers and f[end : end + 1] != ",":
        return False  # "2000 people", not "In 2004, people started"
    if prev.rstrip(".") in ctx.g.year_labels and before == " ":
        return False  # "Flight 1951", "Resolution 1973"
    if (
        prev in _OWNERS
        and before == " "
        and nxt[:1].isupper()
        and _TWO_CAPITALS.match(f, end) is not None
    ):
        return False  # "his 1997 Ford Mustang": a model year, part of a name
    if (
        (value < 1900 or prev not in TEMPORAL_PREPOSITIONS)
        and before == " "
        and (nxt[:1].isupper() or nxt in _NUMBER_LINKS)
        and ADDRESS.match(f, end)
    ):
        return False  # "1109 Elmwood Avenue", "between 1109 and 1121 Elmwood Avenue"
    if "-" in f[end : end + 3] and _YEAR_SPAN_AFTER.match(f[end : end + 10]):
        return True  # a span of years: "2000 - 2050"
    if 1900 <= value <= 2100 and f[end : end + 1] == " " and nxt.lower() in YEAR_MEASURES:
        return True  # "20% below 1990 levels", "over 2008 prices"
    if prev in AMOUNT_WORDS and not relation:
        return False
    temporal = prev in TEMPORAL_PREPOSITIONS or prev in ctx.g.relations or prev == "that"
    if "-" in f[max(0, start - 3) : start] and _YEAR_SPAN_BEFORE.search(
        f[max(0, start - 10) : start]
    ):
        temporal = True  # the second year of "2000 - 2050"
    if value < 1900 and not (temporal and prev != "of"):
        return False
    if value < 1900 and prev == "at" and value // 100 < 24 and value % 100 < 60:
        return False  # "at 1100 the next day": a time of day on the 24-hour clock
    plural = len(nxt) >= 4 and nxt.endswith("s") and not nxt.endswith(("ss", "us", "is", "'s"))
    if ctx.ref is not None and value > ctx.ref.year + 30 and not temporal:
        return False  # "2081 shares"
    lead = f[max(0, start - 4) : start].rstrip(" ")
    opening = not lead or lead[-1] in _OPENING  # at the start of a clause
    counted = f[end : end + 1] == " " and nxt.islower() and plural  # "1709 schoolchildren"
    if (
        counted
        and f[max(0, start - 6) : start].lower() == "up to "
        and nxt.lower() not in YEAR_MEASURES
    ):
        return False  # "up to 1800 students": an amount's upper bound ("up to 2008 levels": a year)
    return not (counted and not opening and not temporal)


def _resolve_md(ctx: _Context, m: _Match, relation: str | None) -> _Found | None:
    name = m.group("md_m") or m.group("md_m2")
    day_s = m.group("md_d") or m.group("md_d2")
    mon = ctx.g.months[name.lower().rstrip(".")]
    digits = day_s if day_s.isascii() and day_s.isdigit() else _DIGITS.match(day_s).group(0)  # type: ignore[union-attr]
    d = int(digits)  # (the leading digits: "22" of "22nd")
    if m.group("md_y"):
        try:
            timex = tx.day(dt.date(int(m.group("md_y")), mon, d))
            return _Found(*m.span("md"), "date.month_day", timex, "day")
        except ValueError:
            return None
    if ctx.ref is None:
        return _Found(*m.span("md"), "date.month_day", None, "day")
    owner = _YEARS_BEFORE.search(ctx.folded, max(0, m.start("md") - 20), m.start("md"))
    if m.group("md_det") or owner is not None:
        # "November 9 of this year", "February 16 last year", "last year's February 11"
        word = (m.group("md_det") or (owner.group(1) if owner else "")).lower()
        shift = {"last": -1, "next": 1}.get(word, 0)
        try:
            timex = tx.day(dt.date(ctx.ref.year + shift, mon, d))
        except ValueError:
            return None
        return _Found(*m.span("md"), "date.month_day", timex, "day")
    if _OF_SAME_YEAR.match(ctx.folded, m.end("md")):
        # "on April 13 of that year": the year of the date told just before
        anchor = ctx.anchor_for("year")
        if anchor is not None and anchor.granularity in _YEAR_ANCHORS:
            try:
                timex = tx.day(dt.date(anchor.first.year, mon, d))
            except ValueError:
                return None
            return _Found(*m.span("md"), "date.month_day", timex, "day")
    tense = _tense_for(ctx, m, relation)
    try:
        timex = tx.pick_year(lambda y: tx.day(dt.date(y, mon, d)), ctx.ref, tense)
    except ValueError:
        return None
    return _Found(*m.span("md"), "date.month_day", timex, "day")


def _tense_for(ctx: _Context, m: _Match, relation: str | None, planned: bool = False) -> str | None:
    """The tense that places the date at ``m``; ``planned`` for a weekday (see
    :meth:`_Context.tense`)."""
    if relation in ("until", "by"):
        start, end = m.span()
        if _WHEN_AFTER.match(ctx.folded, end):
            return ctx.tense(start, end, planned)  # "silent until Tuesday, when he spoke"
        if (
            planned
            and not _DEADLINE.search(ctx.folded, max(ctx.around(start, end)[0], start - 80), start)
            and not _PLAN_AFTER.match(ctx.folded, end)
        ):
            # a weekday in a story told in the past: "did not enter the home until
            # Saturday", "By Sunday, 40 had died"; but "gave them until Tuesday" sets a
            # deadline ahead
            # the verb after the date counts only where the date opens the sentence
            # ("By Sunday, 40 had died"), not in "... until Friday, officials said"
            opening = _OPENS_SENTENCE.search(ctx.folded, max(0, start - 12), start)
            tense = ctx.tense(start, end, planned, before_only=opening is None)
            return "past" if tense == "past" else "future"
        if _PAST_NOT.search(ctx.folded, max(ctx.around(start, end)[0], start - 70), start):
            return "past"  # "work did not begin until March": what waited is past
        return "future"
    if relation == "since":
        return "past"
    if _COPULA_ON.search(ctx.folded, max(0, m.start() - 12), m.start()):
        # "the second round is on May 6": a date in the present, the nearest one (or, for a
        # weekday, the next)
        return "future" if planned else None
    return ctx.tense(m.start(), m.end(), planned)


def _resolve(ctx: _Context, m: _Match, kind: str, relation: str | None) -> _Found | None:
    """Read one match of the grammar with the rule ``kind``; None when it is not a date."""
    g, ref = ctx.g, ctx.ref
    start, end = m.span()
    mod = m.group(_MOD)
    prev = ctx.word_before(start).lower()
    if (
        prev in _NEVER_DATED
        and (prev in _REPEATED or kind in ("wd", "mon", "season", "rel"))
        and ctx.folded[max(0, start - len(prev) - 1) : start - 1].lower() == prev  # adjacent
        and not (
            kind == "wd"
            and prev in ("a", "an")
            and _MODIFIED_NOUN.match(ctx.folded, end)
            and not ctx.folded.endswith("on a ", 0, start)  # "to sit on a Friday without"
        )
    ):
        # "every Monday", "a Monday", "each year"; but "a Sept. 19 memo" and "a Wednesday
        # press conference" are dates
        return None
    if kind in ("md", "hol", "wd", "mon") and _EVERY_AFTER.match(ctx.folded, end):
        return None  # "on the 25th of April every year": a day that comes back
    if kind == "year":
        y_start, y_end = end - 4, end  # the year closes the match: four digits
        if not _year_ok(ctx, y_start, y_end, bool(mod), relation):
            return None
        return _Found(start, end, "date.year", tx.year(int(ctx.folded[y_start:y_end])), "year")
    if kind == "md":
        return _resolve_md(ctx, m, relation)

    def found(rule: str, timex: tx.Timex | None, gran: str | None) -> _Found:
        return _Found(start, end, rule, timex, gran)

    def tense() -> str | None:
        return _tense_for(ctx, m, relation)

    if kind == "hol":
        name = " ".join(m.group("hol").lower().split())
        mon, d = g.holidays[name]
        near = (
            None
            if m.group("hol_y")
            else _HOLIDAY_NEAR.search(ctx.folded, max(0, start - 8), start)
        )
        if near is not None and ref is not None:
            # "last Christmas", "next Christmas Eve": the one before or after publication
            this_year = dt.date(ref.year, mon, d)
            if near.group(1).lower() in ("last", "past"):
                year = ref.year if this_year < ref else ref.year - 1
            else:
                year = ref.year if this_year > ref else ref.year + 1
            return _Found(near.start(), end, "date.holiday", tx.day(dt.date(year, mon, d)), "day")
        if " " not in name and not m.group("hol_y") and relation is None:
            return None
        if m.group("hol_y"):
            return found("date.holiday", tx.day(dt.date(int(m.group("hol_y")), mon, d)), "day")
        told = _IN_YEAR.match(ctx.folded, end)
        if told is not None:  # "church bombings at Christmas in 2000"
            return found("date.holiday", tx.day(dt.date(int(told.group(1)), mon, d)), "day")
        if ref is None:
            return found("date.holiday", None, "day")
        timex = tx.pick_year(lambda y: tx.day(dt.date(y, mon, d)), ref, tense())
        return found("date.holiday", timex, "day")
    if kind == "my":
        mon = g.months[m.group("my_m").lower().rstrip(".")]
        if m.group("my_y"):
            return found("date.month_year", tx.month(int(m.group("my_y")), mon), "month")
        if ref is None:
            return found("date.month_year", None, "month")
        shift = {"last": -1, "next": 1}.get(m.group("my_det").lower(), 0)
        return found("date.month_year", tx.month(ref.year + shift, mon), "month")
    if kind == "iso":
        try:
            iso = dt.date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        except ValueError:
            return None
        return found("date.iso", tx.day(iso), "day")
    if kind == "num":
        a, b, y = int(m.group("num_a")), int(m.group("num_b")), int(m.group("num_y"))
        if a > 12 and b <= 12:
            a, b = b, a  # day first: 22/4/2021
        elif a <= 12 and b <= 12 and a != b:
            return found("date.numeric", None, "day")  # 4/5/2021: April 5 or 4 May
        try:
            return found("date.numeric", tx.day(dt.date(y, a, b)), "day")
        except ValueError:
            return None
    if kind == "fiscal":
        return found("date.fiscal_year", tx.year(int(m.group("fiscal_y"))), "year")
    if kind == "quarter":
        q = int(m.group("q_num") or _ORDINALS[m.group("q_ord").lower()])
        y_s = m.group("q_y") or m.group("q_y2")
        if y_s:
            return found("date.quarter", tx.quarter(int(y_s), q), "quarter")
        if m.group("q_num") and not y_s and relation is None:
            return None
        if ref is None:
            return found("date.quarter", None, "quarter")
        shift = {"last": -1, "next": 1}.get((m.group("q_det") or "").lower(), 0)
        if shift:
            return found("date.quarter", tx.quarter(ref.year + shift, q), "quarter")
        timex = tx.quarter(ref.year, q)
        if timex.first > ref and tense() != "future":
            timex = tx.quarter(ref.year - 1, q)
        return found("date.quarter", timex, "quarter")
    if kind == "decade":
        if m.group("dec_y"):
            y = int(m.group("dec_y"))
        else:
            short = int(m.group("dec_short"))
            now = ref.year if ref else 2029
            y = 2000 + short if 2000 + short <= now else 1900 + short
        return found("date.decade", tx.decade(y), "decade")
    if kind == "reld":
        if m.group(0)[:1].isupper() and (prev == "the" or _in_title(ctx.folded, start, end)):
            return None  # "The Tonight Show", "USA Today", "the Today programme"
        word = " ".join((m.group("reld_w") or "").lower().split())
        offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2}.get(word, 0)
        if word == "the day after tomorrow":
            offset = 2
        if m.group("last_night"):
            offset = -1
        moved = None if ref is None else tx.day(ref + dt.timedelta(days=offset))
        named = _PAREN_WEEKDAY.match(ctx.folded, end)
        if ref is not None and named is not None and named.group(1).lower() in g.weekdays:
            # "today (Tuesday)", in a quotation or a report written a day later: the day
            # the bracket names, at the latest the one the word gives
            base = ref + dt.timedelta(days=offset)
            wd = g.weekdays[named.group(1).lower()]
            moved = tx.day(base - dt.timedelta(days=(base.isoweekday() - wd) % 7))
        return found("date.relative_day", moved, "day")
    if kind == "ago":
        return _resolve_offset(ctx, m, start, end, "ago", relation)
    if kind == "inn":
        ahead = _tense_for(ctx, m, relation, planned=True) == "future"  # "should ... in a month"
        if not ahead or _DURATION_CUE.search(ctx.folded, max(0, start - 60), start + 20):
            return None  # "the first strike in 21 years", "in less than a week": durations
        return _resolve_offset(ctx, m, start, end, "inn", relation)
    if kind == "anch":
        return _resolve_anchored(ctx, m, start, end)
    if kind == "wd":
        before = ctx.folded[max(0, start - len(prev) - 1) : start - 1]
        if prev.capitalize() in g.blockers_before and before[:1].isupper():
            return None
        if prev == "on" and before == "on":  # "The Mail on Sunday": a title
            owner = ctx.word_before(start - 3)
            if owner[:1].isupper() and f"{owner} on" in g.blockers_before:
                return None
        if ctx.word_after(end).rstrip("'") in g.blockers_after:
            return None  # (and "''Sunday Times''", in the markup's italics)
        if _EACH_AFTER.match(ctx.folded, end):
            return None  # "the second Monday of each month": a repeated day
        wd = g.weekdays[m.group("wd_name").lower()]
        if ref is None:
            return found("date.weekday", None, "day")
        det = " ".join((m.group("wd_det") or "").lower().split())
        direction = {
            "last": "last",
            "this past": "last",
            "next": "next",
            "coming": "next",
            "this coming": "next",
        }.get(det, "")
        # the tense only chooses between two days, unless "last" or "next" does or the
        # day is the reference itself: its sentence is then left unsegmented
        told = _DAY_WORD_PAREN.search(ctx.folded, max(0, start - 14), start)
        if told is not None and not direction:
            # "today (Tuesday)": the day its speaker called today, at the latest the
            # reference day (one day more or less for "tomorrow", "yesterday")
            base = ref + dt.timedelta(days=_DAY_WORD_SHIFT.get(told.group(1).lower(), 0))
            back = dt.timedelta(days=(base.isoweekday() - wd) % 7)
            return found("date.weekday", tx.day(base - back), "day")
        tensed = not direction and (wd - ref.isoweekday()) % 7
        tense_wd = _tense_for(ctx, m, relation, planned=True) if tensed else None
        when = tx.pick_weekday(wd, ref, tense_wd, direction)
        return found("date.weekday", when, "day")
    if kind == "season":
        return _resolve_season(ctx, m, found, tense)
    if kind == "yend":
        unit = m.group("yend_u").lower()
        if ref is None:
            return found("date.period_end", None, unit)
        t = tx.year(ref.year) if unit == "year" else tx.month(ref.year, ref.month)
        return found("date.period_end", tx.narrow(t, "end"), unit)
    if kind == "rel":
        return _resolve_relative(ctx, m, found)
    if kind == "mon":
        det = (m.group("mon_det") or "").lower()
        written = m.group("mon_name")
        if written.lower() in g.abbreviations and not written.endswith(".") and not det:
            return None  # "by Jan Egeland": a bare abbreviation alone is a name
        mon = g.months[written.lower().rstrip(".")]
        if not det and not mod and ctx.folded.startswith("'s", end) and ctx.is_surname(written):
            return None  # "opposed to May's joining": the person the text names
        if det:
            if ref is None:
                return found("date.month", None, "month")
            cands = [tx.month(y, mon) for y in (ref.year - 1, ref.year, ref.year + 1)]
            if det == "last":
                timex = [c for c in cands if c.last < ref][-1]
            elif det == "this":
                timex = cands[1]
            else:
                timex = next(c for c in cands if c.first > ref)
            return found("date.month", timex, "month")
        if not mod and not (
            prev in TEMPORAL_PREPOSITIONS
            or prev in g.relations
            or (start - ctx.last_end) < 8
            # "the party's June conference", "the UK's May local elections" (for "May",
            # only before an event: "Britain's May government" is the person's)
            or (
                ctx.folded.endswith(("'s ", "s' "), 0, start)
                and _NOUN_AFTER.match(ctx.folded, end)
                and (mon != 5 or _EVENT_AFTER.match(ctx.folded, end))
            )
        ):
            return None
        if (
            prev in ("the", "and", "or")
            and not mod
            and (start - ctx.last_end) >= 8
            and not (prev == "the" and _NOUN_AFTER.match(ctx.folded, end) and mon != 5)
        ):
            return None  # but "since the December elections": the month of the elections
        if ref is None:
            return found("date.month", None, "month")
        if _OF_SAME_YEAR.match(ctx.folded, end):
            # "in June of the same year": the year of the date just before
            anchor = ctx.anchor_for("year")
            if anchor is not None and anchor.granularity in _YEAR_ANCHORS:
                return found("date.month", tx.month(anchor.first.year, mon), "month")
        later = _MONTH_THEN_YEAR.match(ctx.folded, end)
        if (
            later is not None
            and (
                later.group("other") is None
                or later.group("other").lower().rstrip(".") in g.months
            )
            and _year_ok(ctx, *later.span("y"), False, None)
        ):
            # "in March or September in 2000", "in June in 1998": the year written after
            return found("date.month", tx.month(int(later.group("y")), mon), "month")
        side = tense()
        if prev == "the" and _SINCE_THE.search(ctx.folded, max(0, start - 12), start):
            side = "past"  # "since the December elections": behind
        return found("date.month", tx.pick_year(lambda y: tx.month(y, mon), ref, side), "month")
    return None


# After a month: another month joined to it, then the year it falls in ("March or
# September in 2000").
_MONTH_THEN_YEAR = regex.compile(
    r"(?:[ ](?:or|and|to|through)[ ](?P<other>\p{Lu}\p{Ll}{2,8}\.?))?[ ](?:in|of)[ ]"
    r"(?P<y>(?:1[6-9]|20)\d\d)(?![\p{L}\p{N}])"
)
_SINCE_THE = regex.compile(r"(?<![\p{L}])(?i:since|after)[ ]+(?i:the)[ ]+\Z")


# An event after a month name, past one modifier: "May local elections", "May poll".
_EVENT_AFTER = regex.compile(
    r"[ ](?:\p{Ll}+[ ])?(?:elections?|polls?|vote|referendum|summit|conference|budget|meeting"
    r"|talks|congress|convention|deadline)(?![\p{L}])"
)
# A common noun after a month name: "the December elections"
_NOUN_AFTER = regex.compile(
    r"[ ](?!(?:and|or|of|to|for|in|on|at|is|are|was|were|with|by|from|the|a|an|that|this)\b)"
    r"\p{Ll}{3,20}(?![\p{L}-])"
)
# Capitalised words before a month name that are no first name ("Early May", "Since May")
_NOT_FIRST = frozenset(
    """early late mid mid-day each every until till since on in by last next this that
    during before after from of to and or but as at for when while""".split()
)


def _count(ctx: _Context, word: str) -> int:
    return int(word) if word.isdigit() else ctx.g.numbers.get(word.lower(), 0)


def _resolve_offset(
    ctx: _Context, m: _Match, start: int, end: int, kind: str, relation: str | None
) -> _Found | None:
    """ "two years ago", "a week later", "in three weeks"."""
    n = _count(ctx, m.group(f"{kind}_n"))
    unit = m.group(f"{kind}_u").lower()
    if n <= 0:
        return None
    if kind == "inn":
        base: tx.Timex | None = None if ctx.ref is None else tx.day(ctx.ref)
        rule, sign = "date.relative_offset", 1
    else:
        direction = m.group("ago_dir").lower()
        loose = ctx.folded[end : end + 1] not in ",.;:)\n"
        if direction in ("before", "after", "on") and ctx.word_after(end) and loose:
            return None  # "two days after the vote": anchored on an event, not a date
        if direction in ("earlier", "later") and ctx.word_after(end).lower() == "than":
            return None  # "a month earlier than expected": a comparison
        if direction == "ago":
            base, rule, sign = (None if ctx.ref is None else tx.day(ctx.ref)), "date.ago", -1
        else:
            sign = -1 if direction in ("earlier", "before", "previously") else 1
            base, rule = ctx.anchor_for(unit, back=sign < 0), "date.anchored"
    if base is None:
        return _Found(start, end, rule, None, unit)
    return _Found(
        start,
        end,
        rule,
        _move(base, sign * n, unit, exact=base.granularity == "day" and rule == "date.anchored"),
        unit,
    )


def _move(base: tx.Timex, n: int, unit: str, *, exact: bool = True) -> tx.Timex | None:
    """``base`` moved by ``n`` units, at the granularity the unit and the base allow.

    With ``exact``, a day moved by weeks stays a day ("a week later" after "March 3");
    otherwise it becomes the week ("three weeks ago").
    """
    order = ["day", "week", "month", "quarter", "season", "year", "decade"]
    coarse = order.index(base.granularity) if base.granularity in order else 6
    if unit == "day" and coarse > 0:
        return None
    if unit == "week" and coarse > 1:
        return None
    if unit == "decade":  # "a decade ago" is a year
        unit, n = "year", 10 * n
    moved = tx.shift(base, n, unit)
    target = "day" if unit == "week" and base.granularity == "day" and exact else unit
    if order.index(target) < coarse:
        target = base.granularity
    return tx.at_granularity(moved.first, target)


def _resolve_anchored(ctx: _Context, m: _Match, start: int, end: int) -> _Found | None:
    """ "the next day", "the year before": relative to the date just before in the story."""
    unit = (
        m.group("anch_u") or m.group("anch_u2") or m.group("anch_u3") or m.group("anch_day")
    ).lower()
    word = (m.group("anch_rel") or m.group("anch_dir") or "same").lower()
    if m.group("anch_day") and not (m.group("mod") or "").lower().startswith(("later", "earlier")):
        return None  # "the day" alone is no date: "later in the day" is
    if (m.group("anch_that") or word == "same") and _OF_BEFORE.search(
        ctx.folded, max(0, start - 6), start
    ) and start - ctx.last_end <= 6:
        return None  # "in June of the same year": the month's year, told with it
    if m.group("anch_that") and ctx.word_before(start).lower() in _OVER_WORDS:
        return None  # "grew 2% over that year": a span of time
    if m.group("anch_dir") and ctx.folded[end : end + 1] not in ",.;:)\n":
        return None
    if word in ("next", "following") and _span_of_time(ctx.folded, start, end):
        return None  # "over the next decade", "in the next week or so": a span of time
    sign = {"next": 1, "following": 1, "after": 1, "later": 1, "same": 0}.get(word, -1)
    anchor = ctx.anchor_for(unit, back=sign < 0)
    if m.group("anch_day") and anchor is not None and ctx.ref is not None:
        # "later in the day" tells more of a day already told, not of one ahead ("... until
        # Wednesday. In an interview later in the day, ...")
        told = [t for t in ctx.anchors[-6:] if t.granularity == "day" and t.first <= ctx.ref]
        anchor = told[-1] if told else None
    if anchor is None:
        if m.group("anch_that"):
            return None  # "that day" with no date told before: no date to point at
        return _Found(start, end, "date.anchored", None, unit)
    return _Found(start, end, "date.anchored", _move(anchor, sign, unit, exact=False), unit)


def _resolve_season(
    ctx: _Context,
    m: _Match,
    found: Callable[[str, tx.Timex | None, str | None], _Found],
    tense: Callable[[], str | None],
) -> _Found | None:
    code = ctx.g.seasons[m.group("se_name").lower()]
    det = " ".join((m.group("se_det") or "").lower().split())
    if m.group("se_y"):
        return found("date.season", tx.season(int(m.group("se_y")), code), "season")
    if det in ("the", "past", "the past") or (not det and not m.group("mod")):
        return None
    if ctx.ref is None:
        return found("date.season", None, "season")
    ref = ctx.ref
    cands = [tx.season(y, code) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    if det == "last":
        timex = [c for c in cands if c.last < ref][-1]
    elif det in ("next", "the coming"):
        timex = next(c for c in cands if c.first > ref)
    elif det == "this":
        timex = min(cands, key=lambda c: abs((c.first - ref).days))
    else:
        timex = tx.pick_year(lambda y: tx.season(y, code), ref, tense())
    return found("date.season", timex, "season")


def _resolve_relative(
    ctx: _Context, m: _Match, found: Callable[[str, tx.Timex | None, str | None], _Found]
) -> _Found | None:
    """ "last week", "this year", "earlier this month", "the end of the year"."""
    det = " ".join((m.group("rel_det") or "").lower().split())
    unit = m.group("rel_u").lower()
    mod = m.group("mod")
    if not det or det in ("past", "the past") or (det == "the" and not mod and unit != "weekend"):
        return None  # "the past week" is a duration; "over the weekend" is a date
    if det in ("next", "the coming") and unit != "weekend" and _span_of_time(ctx.folded, *m.span()):
        return None  # "over the next decade", "within the coming year"
    gran = "week" if unit == "weekend" else unit
    if ctx.ref is None:
        return found("date.relative_" + gran, None, gran)
    ref = ctx.ref
    if unit != "weekend":  # the value depends on the words and the reference only
        try:
            timex = ctx.relative[det, unit]
        except KeyError:
            base = tx.at_granularity(ref, gran)
            n = _RELATIVE_SHIFT.get(det, 0)
            timex = ctx.relative[det, unit] = tx.shift(base, n) if n else base
        return found("date.relative_" + gran, timex, gran)
    base = tx.weekend_of(ref)
    n = _RELATIVE_SHIFT.get(det, 0)
    if det in ("this", "the", "this past"):
        n = 0
        if ref.isoweekday() < 6:
            tense = ctx.tense(m.start(), m.end(), planned=True)
            # "the weekend" is the last one unless the clause is future; "this weekend" the
            # one the tense points to, else the nearer one (the last one early in the week)
            if det != "this":
                # ahead in a future clause; late in the week, ahead unless told in the past
                ahead = tense == "future" or (tense != "past" and ref.isoweekday() >= 4)
                n = 0 if ahead else -1
                told = ctx.anchor_for("day") if tense == "future" else None
                if told is not None and ref < told.first <= ref + dt.timedelta(days=13):
                    # "will strike next Friday and march at the weekend": that week's
                    base = tx.weekend_of(told.first)
            elif tense is None:
                n = -1 if ref.isoweekday() < 3 else 0
            else:
                n = -1 if tense == "past" else 0
    return found("date.relative_" + gran, tx.shift(base, n) if n else base, gran)


def _adjective(folded: str, lo: int, start: int, end: int) -> bool:
    """Is the word in -ed at ``start:end`` an adjective before a noun rather than a verb:
    after a determiner or a preposition ("the elected council", "of registered voters"), or
    opening its sentence before a word that is no preposition ("Registered voters can ...")?
    """
    k = start
    while k > 0 and start - k < 6 and folded[k - 1] in " \"'(":
        k -= 1
    head = _WORD_END.search(folded, max(lo, k - 20), k) if k > lo else None
    if head is not None:
        return head.group().lower() in _BEFORE_ADJECTIVE
    if k > 0 and folded[k - 1] not in ".!?\n":
        return False  # a mark inside the sentence ("..., armed with ..."), or a word cut off
    nxt = _WORD_AFTER.match(folded, end, min(len(folded), end + 30))
    word = nxt.group(1) if nxt is not None and folded[end : end + 1] == " " else ""
    return word.islower() and word not in _AFTER_VERB and not word.endswith("ly")


# The word that ends at a point.
_WORD_END = regex.compile(r"(?<![\p{L}'])\p{L}[\p{L}']*\Z")
# Words after which a word in -ed is an adjective before its noun.
_BEFORE_ADJECTIVE = frozenset(
    """the a an its their his her our your my this these those that some many most all
    several few no any every each other such of for with to from among about against
    newly""".split()
)
# Words that follow a verb in -ed opening a sentence ("Founded in 1990, ..."), not a noun.
_AFTER_VERB = frozenset(
    """in on at by for to from with as after before during since into over under
    the a an his her its their our this that and or but early late earlier later last next
    yesterday today tonight just also again first only""".split()
)
# Past verbs that take an infinitive naming a later act ("voted to declare ...").
_TO_VERBS = frozenset(
    """voted decided agreed promised pledged vowed hoped sought wanted tried threatened
    refused offered chose proposed intended resolved declined""".split()
)
# "to" and a verb right after such a verb: a date after it is of the infinitive's act.
_INFINITIVE = regex.compile(r"[ ]+(?:not[ ]+)?to[ ]+(?!(?:be|have)[ ])\p{Ll}+[ ]")
# Modals that point ahead as a plan does: a weekday ahead, a day of the year the nearest.
_SOFT_MODALS = frozenset({"should", "must", "might"})
# A word before "open on", "start on" ... that makes it no verb of a schedule.
_NOT_SUBJECT = regex.compile(
    r"(?<![\p{L}])(?i:was|were|is|are|be|been|being|remain|remains|remained|stay|stays|stayed"
    r"|came|come|comes|got|get|its|his|her|their|our|my|your|the|a|an|this|that|whose)[ ]+\Z"
)
# Adjectives that tell a thing's time, not the clause's: a date far after one is the verb's.
_AHEAD_ADJECTIVES = frozenset(("forthcoming", "upcoming"))
# A noun that a weekday after "a" modifies, which makes it one day: "a Wednesday press
# conference", "a Tuesday morning gathering".
_MODIFIED_NOUN = regex.compile(
    r"[ ](?!(?:of|in|on|at|and|or|to|for|when|that|which|is|was|with|off|like|as)\b)"
    r"\p{Ll}{3,}\b"
)
# "every year" after a day or a month: a day that comes back each time.
_EVERY_AFTER = regex.compile(r",?[ ](?:(?i:every|each)[ ](?i:year|month|week)|annually)(?![\p{L}])")
# "of each month" after a weekday: a day that repeats.
_EACH_AFTER = regex.compile(r"[ ]of[ ](?i:each|every)[ ]")
# Words that set a time limit ahead ("gave them until", "adjourned until", "custody until").
_DEADLINE = regex.compile(
    r"""(?<![\p{L}])(?i:gave|given|give|gives|granted|allowed|adjourned|postponed|delayed
    |deferred|extended|suspended|closed|remanded|custody|deadline
    |(?:has|have)(?=[ ]{1,2}(?i:until|till|through)[ ]))(?![\p{L}])""",
    regex.VERBOSE,
)
# "By" or "Until" opening a sentence, before the date.
_OPENS_SENTENCE = regex.compile(
    r"(?:\A|[.!?\n][\"'\u201d]?[ ]{0,3}|\n[ ]{0,3})(?i:by|until|till)[ ]+\Z"
)
# A verb negated in the past, then a word or more and "until" or "by" ("did not begin
# until", "was not found by").
_PAST_NOT = regex.compile(
    r"(?<![\p{L}])(?i:did[ ]not|didn't|was[ ]not|wasn't|were[ ]not|weren't|had[ ]not|hadn't)"
    r"(?:[ ][\p{L}-]+){1,4}[ ](?i:until|till|by)[ ]\Z"
)
# "'s deadline", "'s planned ..." after a day: a day ahead.
_PLAN_AFTER = regex.compile(r"'s[ ](?i:deadline|planned|scheduled|expected|upcoming)\b")
# ", when" after a date: a point at which something happened or will happen.
_WHEN_AFTER = regex.compile(r",[ ]{1,2}when\b")
# A word and a space before a capitalised word: the word is inside its sentence.
_IN_NAME = regex.compile(r"[\p{L}\p{N},][ ]{1,2}\Z")
# "that" opening a reported clause with words before the date in it: the verb before it
# reports the clause and the date belongs to the clause's own verb.
# A past participle of belief or report right before "to be ...": in "were believed to be
# taken", "was said to be hiding", the past verb tells the time ("is said to be available
# in March" keeps the plan).
_REPORTED_PARTICIPLE = regex.compile(
    r"(?<![\p{L}])(?i:was|were)[ ]+(?i:believed|said|reported|thought|alleged|understood"
    r"|known|feared|presumed|rumou?red|claimed|suspected)[ ]+\Z"
)
# An ordinal or "only" before the noun an infinitive describes: "the first woman to be
# arrested" tells who, not when
_ORDINAL_TO = regex.compile(
    r"(?<![\p{L}])(?i:first|second|third|last|only|latest)(?:[ ]+[\p{L}-]{1,20}){0,3}[ ]+\Z"
)
_PAST_DUTY = regex.compile(r"(?<![\p{L}])(?i:was|were)[ ]+(?i:supposed|meant)[ ]+\Z")
_IRREGULAR_PARTICIPLES = frozenset(
    """been met left lost won had made done gone hit set put led fled held said told become
    come run begun got sat sold bought paid found stood struck shot cut read""".split()
)


def _participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle ("died", "been", "taken", "fought")."""
    return word in _IRREGULAR_PARTICIPLES or (
        len(word) > 3 and word.endswith(("ed", "en", "wn", "ght", "lt", "nt", "pt"))
    )


# Words of a plan, and what makes them a plan told in the past: "was scheduled".
_PLAN_WORDS = frozenset({"due", "expected", "planned", "scheduled", "set to", "set for", "slated"})
_PAST_AUXILIARY = regex.compile(r"(?<![\p{L}])(?i:was|were|had[ ]+been)[ ]+\Z")
_TO_GAP = regex.compile(r"[ ]+(?:to[ ]+)?")
_BUT = regex.compile(r"(?<![\p{L}])(?i:but)(?![\p{L}])")
_YEARS_BEFORE = regex.compile(r"(?<![\p{L}])((?i:last|next|this))[ ]{1,2}(?i:year)'s[ ]{1,2}\Z")
# "last Christmas", "next Christmas": a holiday placed before or after publication.
# ("the last Christmas parade" is the final one, not a date)
_HOLIDAY_NEAR = regex.compile(r"(?<![\p{L}])(?<!(?i:the)[ ])((?i:last|past|next))[ ]{1,2}\Z")
_OWNERS = frozenset(("his", "her", "their", "its", "my", "our", "your"))
_TWO_CAPITALS = regex.compile(r"[ ]\p{Lu}[\p{L}-]*[ ]\p{Lu}")
_NUMBER_LINKS = frozenset(("and", "to", "or"))
_IN_YEAR = regex.compile(r"[ ]{1,2}(?i:in|of)[ ]{1,2}([12]\d{3})(?![\p{L}\p{N}])")
_OVER_WORDS = frozenset({"over", "throughout", "for", "all", "within", "through"})
_OF_BEFORE = regex.compile(r"[ ]{1,2}(?i:of)[ ]{1,2}\Z")
# After a month name: its year is the one of the date told just before.
_OF_SAME_YEAR = regex.compile(
    r"[ ]{1,2}(?i:of)[ ]{1,2}(?i:the[ ]{1,2}same|that)[ ]{1,2}(?i:year)\b"
)
# A weekday in brackets after the day word it names: "today (Tuesday)".
_DAY_WORD_PAREN = regex.compile(
    r"(?<![\p{L}])((?i:today|tonight|yesterday|tomorrow))[ ]?\([ ]?\Z"
)
_PAREN_WEEKDAY = regex.compile(r"[ ]?\([ ]?(\p{L}{6,9})[ ]?\)")
_DAY_WORD_SHIFT = {"yesterday": -1, "tomorrow": 1}
_YEAR_ANCHORS = frozenset({"day", "week", "month", "quarter", "season", "year"})
# "is on", "are on" right before a date: the date of a thing as it stands.
_COPULA_ON = regex.compile(r"(?<![\p{L}])(?i:is|are)[ ]+(?i:on[ ]+)?\Z")
_REPORTED = regex.compile(r"(?<![\p{L}])(?i:that)[ ]+[\p{L}][^.;]{0,200}[ ]\Z")
# A reporting verb right before a possessive date opening its clause: "say Saturday's
# vote will be ...", "said Monday's talks would ..." (not "said Monday", the day of saying).
_SAID_BEFORE = regex.compile(r"(?<![\p{L}])(?:say|says|said)[ ]+\Z")


def _in_link(folded: str, start: int) -> bool:
    """Is ``start`` inside a web address: does the run of characters with no space that
    holds it open with a scheme or "www."?"""
    lo = max(0, start - 300)
    k = max(folded.rfind(" ", lo, start), folded.rfind("\n", lo, start), lo - 1)
    run = folded[k + 1 : start]
    return "://" in run or run.lstrip("[(\"'").lower().startswith("www.")


def _in_title(folded: str, start: int, end: int) -> bool:
    """Is the capitalised "Today" at ``start:end`` part of a title: after a capitalised
    word or a number in the same phrase ("USA Today", "Radio 4's Today") or before the
    word for a programme ("Today programme")?"""
    return bool(
        _TITLE_BEFORE.search(folded[max(0, start - 40) : start])
        or _PROGRAMME_AFTER.match(folded, end)
    )


# A capitalised word or a number, one space and at most a wiki italics mark before a point.
_TITLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*|\d{1,3})(?:'s)?[ ](?:'')?\Z")
_PROGRAMME_AFTER = regex.compile(r"(?:'')?[ ]?(?i:programme|program|show)\b")
def _span_of_time(folded: str, start: int, end: int) -> bool:
    """Is "the next year" at ``start:end`` a span from now on rather than a date: after
    "over" or "within" ("over the next decade"), or before "or so"?"""
    return bool(
        _SPAN_BEFORE.search(folded[max(0, start - 20) : start]) or _OR_SO.match(folded, end)
    )


# "over the", "within" ... before "the next year": a span of time from now on.
_SPAN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:within|over|throughout)[ ]+(?:(?i:the)[ ]+)?\Z")
_OR_SO = regex.compile(r"[ ]or[ ](?:so|two)\b")
_RELATIVE_SHIFT = {"last": -1, "this past": -1, "next": 1, "the coming": 1, "this coming": 1}
_WORD_BACK = regex.compile(r"[\p{L}\p{N}']+", regex.REVERSE)
_YEAR_END = regex.compile(r"\d{4}\Z")
# Two more groups of digits after a four-digit number: a phone number ("call 1800 333
# 000"), not a year.
_DIGIT_GROUP_AFTER = regex.compile(r"[ ]\d{2,4}[ ]\d{2,4}(?!\d)")
_YEAR_SPAN_AFTER = regex.compile(r"[ ]{0,2}-{1,2}[ ]{0,2}(?:1[0-9]|20)\d\d(?!\d)")
_YEAR_SPAN_BEFORE = regex.compile(r"(?:1[0-9]|20)\d\d[ ]{0,2}-{1,2}[ ]{0,2}\Z")
_OPENING = frozenset(',;:("\n')
_DIGITS = regex.compile(r"\d+")
_LEADING_LETTERS = regex.compile(r"[A-Za-z]*")
# ASCII characters no word holds: spaces and marks but the apostrophe, period and hyphen.
_NOT_WORD = frozenset(chr(c) for c in range(128) if not chr(c).isalnum()) - set(".'-")
_DIGIT = frozenset("0123456789")
# ASCII characters of the words looked back over for opening words, and the others.
_WORD_BACK_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'")
_NOT_WORD_BACK = frozenset(chr(c) for c in range(128)) - _WORD_BACK_ASCII
_WORD_BACK_CHARS = "".join(sorted(_WORD_BACK_ASCII))  # the same, as strings for str.rstrip
_NOT_WORD_BACK_CHARS = "".join(sorted(_NOT_WORD_BACK))
_SPACES = frozenset(chr(c) for c in range(128) if chr(c).isspace())
_MOD = 1  # the number of the group "mod" in the grammar and in _BARE_YEAR: the first group
# A bare year as the grammar's year alternative reads it, where no other can match (no
# letter, digit or dash after it); "mod" never matches there, as it opens with a letter.
_BARE_YEAR = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<mod>(?!))?(?:1[0-9]|20)[0-9][0-9](?![\p{L}\p{N}]|-)"
)
# The same for the faster engine, on plain text (see :func:`_datepatterns.plain_from`).
_BARE_YEAR_ASCII = re.compile(
    r"(?<![A-Za-z0-9])(?P<mod>(?!))?(?:1[0-9]|20)[0-9][0-9](?![A-Za-z0-9]|-)"
)
_LETTERS = regex.compile(r"[a-z]+")
# Words that can open a date expression before its trigger word ("the end of the year").
_OPENERS = frozenset(
    """early mid late earlier later in the start beginning middle end close of this last next
    coming past previous following preceding same about around roughly some approximately
    nearly almost just less more than over under another fiscal year first second third
    fourth 1st 2nd 3rd 4th that""".split()
)


def _ascii_word_before(f: str, lo: int, pos: int) -> str | None:
    """What ``_WORD_BEFORE.match(f, lo, pos)`` reads (its word, or "" where it fails) when
    ``f[lo:pos]`` is ASCII, without the pattern; None where the word may begin before
    ``lo``, where the pattern looks behind.

    The pattern takes up to three marks before ``pos`` (as many as it can), then the run
    of letters and ".'-" before them from its first letter; with no letter in that run, it
    gives one mark back at a time.
    """
    seg = f[lo:pos]
    marks = len(seg) - len(seg.rstrip(_ASCII_MARKS))
    for n in range(min(3, marks), -1, -1):
        head = seg[: len(seg) - n]
        rest = head.rstrip(_ASCII_WORD_RUN)
        word = head[len(rest) :].lstrip(".'-")
        if word:
            return None if not rest and lo > 0 else word
    return ""


def _not_relation_end(ends: frozenset[str]) -> frozenset[str]:
    """ASCII characters no governing word ending with one of ``ends`` ends with, but spaces."""
    try:
        return _RELATION_END_CACHE[ends]
    except KeyError:
        if len(_RELATION_END_CACHE) > 32:
            _RELATION_END_CACHE.clear()
        chars = _RELATION_END_CACHE[ends] = _NOT_WORD.union(_DIGIT).difference(ends, _SPACES)
        return chars


_RELATION_END_CACHE: dict[frozenset[str], frozenset[str]] = {}
_ASK = "?"  # not read without the relation pattern
_ASCII_SPACES = " \t\n\x0b\x0c\r"  # the ASCII characters ``regex`` reads as spaces
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_WORD_RUN = _ASCII_LETTERS + ".'-"  # the characters of a word _WORD_BEFORE reads
# ASCII characters neither letters nor digits, as a string for str.rstrip.
_ASCII_MARKS = "".join(chr(c) for c in range(128) if not chr(c).isalnum())


def _starts(
    folded: str,
    ts: int,
    numbers: dict[str, int],
    done: int,
    openings: dict[str, tuple[int, ...]] | None = None,
) -> list[int]:
    """Where to try the grammar for the trigger at ``ts``: the trigger and the opening words
    just before it ("the end of", "early", "two"), earliest first, none before ``done``.

    Running the whole grammar at every position of a long text is slow; every date
    expression holds a trigger (a month or weekday name, a digit, "week", "today" ...), so
    the grammar is only tried at the trigger and at the opening words just before it.
    ``openings``, when given, keeps :func:`_ascii_openings` for each stretch of ASCII text
    before a trigger (in a text of many dates, see :func:`_scan`).
    """
    if ts - done < 4 and (ts == done or folded[done:ts].isspace()):
        return [ts]  # right after the date just read: no word between
    lo = max(0, ts - 50)
    head = folded[lo:ts]
    if head.isascii():  # the words before, read without a pattern
        if openings is not None:
            found = openings.get(head)
            if found is None:
                if len(openings) > 4096:
                    openings.clear()
                found = openings[head] = _ascii_openings(head, numbers)
            if not found:
                return [ts]
            starts = [lo + k for k in found if lo + k >= done]
            starts.append(ts)
            return starts
        starts = [ts]
        while len(starts) < 6:
            head = head.rstrip(_NOT_WORD_BACK_CHARS)
            rest = head.rstrip(_WORD_BACK_CHARS)
            if len(rest) == len(head) or lo + len(rest) < done:
                break
            low = head[len(rest) :].lower()
            if low not in _OPENERS and low not in numbers and not low.isdigit():
                break
            starts.append(lo + len(rest))
            head = rest
        starts.reverse()
        return starts
    j = ts - 1
    while j >= lo and folded[j] in _NOT_WORD_BACK:
        j -= 1
    end = j + 1
    while j >= lo and folded[j] in _WORD_BACK_ASCII:
        j -= 1
    if j < lo or folded[j] < "\x80":  # the word before, read without a pattern
        if end == lo or j + 1 < done:
            return [ts]
        low = folded[j + 1 : end].lower()
        if low not in _OPENERS and low not in numbers and not low.isdigit():
            return [ts]
    starts = [ts]
    for k, w in enumerate(_WORD_BACK.finditer(folded, max(0, ts - 50), ts)):
        if k == 5 or w.start() < done:
            break
        low = w.group().lower()
        if low not in _OPENERS and low not in numbers and not low.isdigit():
            break
        starts.append(w.start())
    starts.reverse()
    return starts


def _ascii_openings(head: str, numbers: dict[str, int]) -> tuple[int, ...]:
    """Where the opening words of a date start in ``head``, the ASCII text just before its
    trigger, earliest first: :func:`_starts` with nothing done, for any text before ``head``.
    """
    found: list[int] = []
    while len(found) < 5:
        head = head.rstrip(_NOT_WORD_BACK_CHARS)
        rest = head.rstrip(_WORD_BACK_CHARS)
        if len(rest) == len(head):
            break
        low = head[len(rest) :].lower()
        if low not in _OPENERS and low not in numbers and not low.isdigit():
            break
        found.append(len(rest))
        head = rest
    found.reverse()
    return tuple(found)


def _match(g: Grammar, folded: str, s: int, fast_from: int = -1) -> tuple[_Match | None, str]:
    """The grammar's match at ``s`` and the rule of the alternative that matched.

    From ``fast_from`` on (when not negative), where the text read from the character
    before ``s`` to its end is plain, the patterns are read by the faster engine.
    """
    fast = 0 <= fast_from <= s and g.ascii_pattern is not None
    m: _Match | None
    if folded[s : s + 1] in ("1", "2"):
        # where it matches, only the year alternative can
        m = (_BARE_YEAR_ASCII if fast else _BARE_YEAR).match(folded, s)
        if m is not None:
            return m, "year"
    m = (g.ascii_pattern if fast else g.pattern).match(folded, s)  # type: ignore[union-attr]
    if m is None:
        return None, ""
    # (``m.start`` of one group: ``m.regs`` would build the spans of all of them)
    kind = g.rule_of_group[m.lastindex or 0]
    if not kind or m.start(kind) == -1:
        start = m.start
        kind = next(k for k, i in g.rule_groups if start(i) != -1)
    return m, kind


def _triggers(folded: str, g: Grammar, fast_from: int = -1) -> Iterator[int]:
    """The start of every match of ``g.trigger`` in ``folded``, in text order.

    The trigger pattern is slow to run over a whole text; when the text allows it, a first
    pass over its ASCII copy finds the few places where it can match, and it only runs there
    (by the faster engine from ``fast_from`` on, when not negative: see :func:`_match`).
    """
    pre, trigger = g.prefilter, g.trigger
    if pre is None or (not folded.isascii() and pre.risky.search(folded)):
        for t in trigger.finditer(folded):
            yield t.start()
        return
    ascii_copy = b" " + folded.encode("ascii", "replace").lower()
    match, end, size = trigger.match, 0, len(folded)
    fast = g.ascii_trigger.match if g.ascii_trigger is not None and fast_from >= 0 else None
    readable = pre.verdicts  # for each run of letters and digits met
    if len(readable) > 50_000:
        readable.clear()  # distinct runs without end (hostile text): kept bounded
    for c in pre.pattern.finditer(ascii_copy):
        p = c.start()  # the character after the one matched, in ``folded``
        if p < end:
            continue
        word_end = c.end(1) - 1  # offsets in the copy are one more than in ``folded``
        if word_end >= 0 and (p == 0 or folded[p - 1] < "\x80"):
            end = word_end  # a trigger word after an ASCII character: read exactly
            stop = c.end(2) - 1
            if stop < size and folded[stop] >= "\x80":
                yield p  # its run of letters goes on outside ASCII
                continue
            run = folded[p:stop]
            try:
                reading = readable[run]
            except KeyError:
                letters = run if run.isalpha() else _LEADING_LETTERS.match(run).group()  # type: ignore[union-attr]
                reading = readable[run] = pre.reading(letters)
            if reading == READ or (
                reading == HOLIDAY_ONLY and pre.holiday is not None and pre.holiday.match(folded, p)
            ):
                yield p  # not "New" in "New Zealand": read only as "New Year's Day"
            continue
        hit = (match if fast is None or p < fast_from else fast)(folded, p)
        if hit is not None:
            end = hit.end()
            yield p


def _scan(doc: Document | str, ref: dt.date | None, config: Config) -> tuple[DateMention, ...]:
    g = grammar(config)
    ctx = _Context(doc, ref, g)
    folded = ctx.folded
    numbers = g.numbers
    out: list[DateMention] = []
    tried: dict[int, tuple[_Match | None, str]] = {}  # the grammar at each start
    openings: dict[str, tuple[int, ...]] | None = None  # see _starts; and _Context.by_text
    done = 0
    fast_from = ctx.fast_from
    for ts in _triggers(folded, g, fast_from):
        if ts < done:
            continue  # inside the date just read
        for s in _starts(folded, ts, numbers, done, openings):
            hit = tried.get(s)
            if hit is None:
                if len(tried) > 64:
                    tried.clear()
                hit = tried[s] = _match(g, folded, s, fast_from)
            m, kind = hit
            if m is None or m.end() <= ts or "\n" in folded[s : m.end()]:
                continue  # (a date never runs over a line: "1\nApril" is no date)
            if s and not folded[s - 1].isspace() and _in_link(folded, s):
                continue  # "http://example.org/2005-03-24/story.htm"
            relation = ctx.relation(s)
            if relation == "to" and ctx.last_relation != "from":
                relation = None
            try:
                item = _resolve(ctx, m, kind, relation)
            except (ValueError, OverflowError):  # beyond year 1 or 9999: left unresolved
                item = _unresolved(ctx, m, kind, relation)
            if item is None:
                continue
            if relation == "during" and item.granularity == "day" and ctx.relation_word(s) == "in":
                relation = None  # "sworn in next Monday"
            try:
                out.append(_mention(ctx, m, item, relation))
            except (ValueError, OverflowError):
                out.append(_mention(ctx, m, item._replace(timex=None), relation))
            done = m.end()
            tried.clear()  # every start tried so far is before the end of this date
            if len(out) == _BY_TEXT_AFTER:  # a text of many dates: words kept by text
                ctx.by_text, openings = True, {}
            break
    out = day_ranges(folded, ctx.text, out)
    mark_ranges(folded, out)
    share_years(folded, out)
    years_of_twins(out)
    order_ranges(folded, out)
    if any("\n" in d.text for d in out):  # a range joined over a line break
        out = [d for d in out if "\n" not in folded[d.start : d.end]]
    return tuple(out)


def _unresolved(ctx: _Context, m: _Match, kind: str, relation: str | None) -> _Found | None:
    """Read a match as if there were no reference date: found, its value left unresolved."""
    ref, anchors, since = ctx.ref, ctx.anchors, ctx.since
    ctx.ref, ctx.anchors, ctx.since = None, [], set()
    try:
        item = _resolve(ctx, m, kind, relation)
    except (ValueError, OverflowError):
        item = None
    finally:
        ctx.ref, ctx.anchors, ctx.since = ref, anchors, since
    return None if item is None else item._replace(timex=None)


def _mention(ctx: _Context, m: _Match, item: _Found, relation: str | None) -> DateMention:
    if (
        relation is None
        and ctx.last_relation == "from"
        and ctx.word_before(item.start).lower() == "and"
    ):
        relation = "to"
    timex = item.timex
    mod = m.group(_MOD)
    if timex is not None and mod:
        key = next(w for w in _LETTERS.findall(mod.lower()) if w in _MODS)
        timex = tx.narrow(timex, _MODS[key])
    gran = timex.granularity if timex is not None else item.granularity
    if gran not in ("day", "week", "month", "quarter", "season", "year", "decade"):
        gran = None
    if timex is not None:
        if relation == "since":
            ctx.since.add(len(ctx.anchors))
        ctx.anchors.append(timex)
    ctx.last_end = item.end
    ctx.last_relation = relation
    text = ctx.text[item.start : item.end]
    if timex is None:
        return _make_mention(
            item.start, item.end, text, None, gran, relation, None, None, item.rule
        )
    return _make_mention(
        item.start, item.end, text, timex.value, gran, relation, timex.first, timex.last, item.rule
    )


#: ``DateMention(start, end, text, value, granularity, relation, first, last, rule)``, made
#: faster (a text of many dates makes one per date).
_make_mention = DateMention.maker()


# The overloads are the signature; the implementation takes any object and checks it
# itself, so that a compiled build raises the same clear errors.
@overload
def extract_dates(
    text: str, reference: DateLike = None, *, config: Config | None = None
) -> tuple[DateMention, ...]: ...
@overload
def extract_dates(
    text: Document, reference: DateLike = None, *, config: Config | None = None
) -> tuple[DateMention, ...]: ...
def extract_dates(
    text: object, reference: object = None, *, config: Config | None = None
) -> tuple[DateMention, ...]:
    """Date expressions in text order, resolved against ``reference``.

    ``reference`` is the publication date (``date``, ``datetime`` or ISO string).  Without
    it, expressions that need it ("last week", "Tuesday", "April 19") are still found,
    with ``value=None``.

    >>> extract_dates("The April 22 announcement came a year after the 2020 talks.", "2021-04-22")
    (DateMention('April 22', value='2021-04-22'), DateMention('2020', value='2020'))
    >>> extract_dates("Fighting has killed 13,000 people since April 2014.", None)
    (DateMention('April 2014', value='2014-04', relation='since'),)
    >>> [d.value for d in extract_dates("He left last week, not on Tuesday.")]
    [None, None]
    """
    if not isinstance(text, Document):
        text = require_text(text)  # a plain string is segmented only where dates need it
    ref = to_date(reference, "reference")
    config = config or DEFAULT_CONFIG
    if isinstance(text, str):
        return _scan(text, ref, config)
    doc = text
    return doc.memo(("dates", ref, config), lambda: _scan(doc, ref, config))
