"""The fast paths of date extraction give exactly what the plain patterns give.

Each first pass (the trigger prefilter, the tense prefilter, the bare-year grammar) is
switched off in turn and the dates found must not change, on news-like text, on the
hostile inputs and on text full of the characters the first passes are careful about.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import regex

from newsstruct import Config, Document, dates
from newsstruct._datepatterns import HOLIDAY_ONLY, NOT_READ, READ, Grammar, grammar
from newsstruct._lexicon import DEFAULT_CONFIG
from tests.adversarial_inputs import INPUTS, news_paragraph

REF = dt.date(2021, 4, 22)

TRICKY = [
    "The vote was held on Tuesday, June 19, 2018, and again in mid-2019.",
    "It ran 2000-2004 and from 1998 to 2001; in 2081 shares fell 12% to $2020.",
    "NEW YEAR'S DAY fell on a SUNDAY; St. Patrick's Day and Valentine's Day followed.",
    "The ſunday market and the \u212aelvin scale, \u0130stanbul in May 2019.",
    "Payments of \u0662\u0660\u0662\u0661 and 2021 were due on 5 April and 4/5/2021.",
    "Caf\u00e9 owners met on Monday\u00e9 and Monday; na\u00efve 2019\u00e9 plans for 2020.",
    "In FY2020 and fiscal 2021, Q1 2020 and the '90s, the 1980s and two years ago.",
    "Talks will resume next week, the company said, after it planned a vote in 3 weeks.",
    "He is to be sworn in next Monday; she was elected in November and took office in May.",
    "Newsweek states the stock market may fall; all Statements were made.",
    "\u201cWe will return on 22 April,\u201d she said \u2014 days later, on 24 April, they did.",
    "He said: 'll be there by March 3 and until 31 December 2020 at the latest.",
    "New Zealand and News Corp met on New Year's Day; Canada Day, Canada's Christmas.",
    "NEW Canadas all All Saints' Day early New Year's Eve, Christmas 2019 and Boxing Days.",
    "In 2021? ?2020 2020\u0661 \u00e92019 1999s x2001 2001x (1850) 20210 2021-22 3021 2099.",
]


def _texts() -> Iterator[str]:
    yield from TRICKY
    yield news_paragraph(3000)
    for name, make in sorted(INPUTS.items()):
        yield make(1500 if name != "news_paragraph" else 3000)
    rng = random.Random(7)
    pool = " ".join(TRICKY).split(" ")
    for _ in range(40):
        yield " ".join(rng.choice(pool) for _ in range(rng.randrange(5, 60)))


def _dates(text: str, g: Grammar, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    monkeypatch.setattr(dates, "grammar", lambda config: g)
    out: list[tuple[object, ...]] = []
    for ref in (REF, None):
        for d in dates._scan(Document(text), ref, DEFAULT_CONFIG):
            out.append((d.start, d.end, d.value, d.relation, d.rule, d.first, d.last))
    return out


@pytest.mark.parametrize(
    "plain",
    [
        {"prefilter": None},
        {"tense_prefilter": None},
        {"prefilter": None, "tense_prefilter": None},
    ],
    ids=["no trigger prefilter", "no tense prefilter", "neither"],
)
def test_first_passes_change_nothing(
    plain: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = grammar(DEFAULT_CONFIG)
    slow = attrs.evolve(fast, **plain)
    for text in _texts():
        assert _dates(text, fast, monkeypatch) == _dates(text, slow, monkeypatch), text[:80]


def test_triggers_are_the_trigger_pattern_where_the_grammar_can_read() -> None:
    g = grammar(DEFAULT_CONFIG)
    for text in _texts():
        folded = Document(text).folded
        every = [t.start() for t in g.trigger.finditer(folded)]
        kept = list(dates._triggers(folded, g))
        assert set(kept) <= set(every)
        for ts in set(every) - set(kept):  # dropped: no match of the grammar reaches past it
            for s in range(max(0, ts - 60), ts + 1):
                m = g.pattern.match(folded, s)
                assert m is None or m.end() <= ts, folded[s : ts + 20]


def test_match_is_the_grammar_match() -> None:
    g = grammar(DEFAULT_CONFIG)
    for text in _texts():
        folded = Document(text).folded
        for s in range(len(folded)):
            m, kind = dates._match(g, folded, s)
            plain = g.pattern.match(folded, s)
            if plain is None:
                assert m is None
                continue
            assert m is not None
            assert kind == next(k for k, i in g.rule_groups if plain.regs[i][0] != -1)
            if m.re is dates._BARE_YEAR:
                assert (m.span(), m.span("mod")) == (plain.span("year"), plain.span("mod"))
                continue
            assert all(m.span(name) == plain.span(name) for name in g.pattern.groupindex)


def test_tense_markers_are_the_tense_pattern() -> None:
    g = grammar(DEFAULT_CONFIG)
    rng = random.Random(3)
    for text in _texts():
        doc = Document(text)
        ctx = dates._Context(doc, REF, g)
        for _ in range(30):
            lo = rng.randrange(len(text))
            hi = min(len(text), lo + rng.randrange(1, 250))
            plain = [(m.span(), m.groupdict()) for m in g.tense.finditer(doc.folded, lo, hi)]
            fast = [(m.span(), m.groupdict()) for m in ctx._tense_markers(lo, hi)]
            assert fast == plain


def test_vocabulary_outside_ascii_uses_the_plain_patterns() -> None:
    config = Config(
        additions={"months": [("m\u00e4rz", "3")], "tense_markers": [("w\u00fcrde", "future")]}
    )
    g = grammar(config)
    assert g.prefilter is None
    assert g.tense_prefilter is None
    found = dates.extract_dates("Es war am 3 M\u00e4rz 2020.", REF, config=config)
    assert [d.text for d in found] == ["3 M\u00e4rz 2020"]


def test_case_partners_of_ascii_letters_are_risky() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz'."
    partners = regex.compile(rf"(?i:[{regex.escape(letters)}])")
    found = {chr(c) for c in range(0x80, 0x10000) if partners.fullmatch(chr(c))}
    risky = grammar(DEFAULT_CONFIG).prefilter
    assert risky is not None
    assert all(risky.risky.search(c) for c in found)


def test_bare_year_is_the_year_alternative_of_the_grammar() -> None:
    g = grammar(DEFAULT_CONFIG)
    assert dates._BARE_YEAR.groupindex["mod"] == dates._MOD == g.pattern.groupindex["mod"]
    for text in ["in 2021", "x2021", "2021-22", "1999s", "2021\u0661", "(1850)", "1899 2000"]:
        for s in range(len(text)):
            bare = dates._BARE_YEAR.match(text, s)
            if bare is not None:
                plain = g.pattern.match(text, s)
                assert plain is not None and plain.lastgroup == "year", text[s:]
                assert plain.span() == bare.span()


def test_words_around_a_position_are_the_plain_patterns() -> None:
    g = grammar(DEFAULT_CONFIG)
    extra = ["in  1997", "since\t2001", "as of 2020", "on 5 May", "2021 2021", "a-b 1.2 x'y 2020"]
    for text in [*_texts(), *extra]:
        doc = Document(text)
        ctx = dates._Context(doc, REF, g)
        f = doc.folded
        for pos in range(len(f) + 1):
            before = dates._WORD_BEFORE.search(f, max(0, pos - 30), pos)
            after = dates._WORD_AFTER.match(f, pos, min(len(f), pos + 30))
            relation = g.relation.search(f, max(0, pos - 30), pos)
            assert ctx.word_before(pos) == (before.group(1) if before else "")
            assert ctx.word_after(pos) == (after.group(1) if after else "")
            word = None if relation is None else " ".join(relation.group("word").lower().split())
            assert ctx.relation_word(pos) == word


def _plain_starts(folded: str, ts: int, numbers: dict[str, int], done: int) -> list[int]:
    starts = [ts]
    for k, w in enumerate(dates._WORD_BACK.finditer(folded, max(0, ts - 50), ts)):
        if k == 5 or w.start() < done:
            break
        low = w.group().lower()
        if low not in dates._OPENERS and low not in numbers and not low.isdigit():
            break
        starts.append(w.start())
    return starts[::-1]


def test_starts_are_the_opening_words_before_the_trigger() -> None:
    numbers = grammar(DEFAULT_CONFIG).numbers
    extra = ["at the end of  the year", "caf\u00e9 early in the 2020", "x" * 60 + " in 2020"]
    for text in [*_texts(), *extra]:
        folded = Document(text).folded
        for ts in range(len(folded) + 1):
            for done in (0, max(0, ts - 20), max(0, ts - 3), ts):
                got = dates._starts(folded, ts, numbers, done)
                assert got == _plain_starts(folded, ts, numbers, done), (folded[ts - 50 : ts], done)


PARAGRAPHS = [
    "KYIV, Ukraine (AP) - Troops left on Tuesday. Gen. Ivanov said so.\n\nTalks resume",
    "on May 3 and\nwill end in June.\n  \nLONDON - It rained on Monday . . . and  then?\n",
    "\n\n===Talks===\nThey met on Friday.Then they left UkraineAn official said on Sunday.",
]


def _long_texts() -> list[str]:
    """Texts long enough that a date's stretch of its paragraph is less than the paragraph."""
    rnd = random.Random(11)
    pieces = [*" ".join(TRICKY).split(" "), "said.", "Mr.", "U.S.", ". . .", "\n", "\n\n"]
    out = [" ".join(PARAGRAPHS * 8), ("It rained. " * 60) + "  " + "x " * 150 + "on Monday."]
    out += [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(60, 250))) for _ in range(40)]
    return out


_WORDY = regex.compile(r"[\p{L}\p{N}]")


def _words_in(folded: str, lo: int, hi: int) -> tuple[int, int]:
    """``lo:hi`` narrowed to its first and last letter or digit: where a tense can be read."""
    found = [m.start() for m in _WORDY.finditer(folded, lo, hi)]
    return (found[0], found[-1]) if found else (0, 0)


def test_sentence_bounds_of_a_string_are_those_of_its_document() -> None:
    for text in [*_texts(), *PARAGRAPHS, "\n".join(PARAGRAPHS), *_long_texts()]:
        doc = Document(text)
        sentences = dates._Sentences(doc.folded)
        expected = dates._around(doc)
        for pos in range(len(text) + 1):
            for end in (pos, min(len(text), pos + 7)):
                got, want = sentences.around(pos, end), expected(pos, end)
                assert _words_in(doc.folded, *got) == _words_in(doc.folded, *want), (pos, text)


def test_a_string_gives_the_dates_of_its_document() -> None:
    for text in [*_texts(), *PARAGRAPHS, "\n".join(PARAGRAPHS), *_long_texts()]:
        for ref in (REF, None):
            assert dates._scan(text, ref, DEFAULT_CONFIG) == dates._scan(
                Document(text), ref, DEFAULT_CONFIG
            )


def test_holiday_words_are_read_only_where_a_holiday_starts() -> None:
    pre = grammar(DEFAULT_CONFIG).prefilter
    assert pre is not None
    assert pre.reading("New") == pre.reading("News") == pre.reading("Canada") == HOLIDAY_ONLY
    assert pre.reading("May") == pre.reading("Christmas") - 1 == READ
    assert pre.reading("Newsweek") == pre.reading("new") == NOT_READ
    text = "New Zealand, News Corp and New Year's Day; Christmas in Canada."
    found = {text[p : p + 6] for p in dates._triggers(text, grammar(DEFAULT_CONFIG))}
    assert {"New Ye", "Christ"} <= found
    assert not found & {"New Ze", "News C", "Canada"}
