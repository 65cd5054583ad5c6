"""The fast paths of date extraction read what the patterns they spare read.

The grammar, trigger and tense patterns are read by ``re`` where the text is plain; the
first pass for triggers leaves out the words the verdict turns down; the word before a
date, the opening words before a trigger and the relation word are read with string
operations in ASCII text.  Each is checked against the plain pattern it replaces.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import Config, Document, dates
from newsstruct._datepatterns import (
    _RELATION_FILLERS,
    Grammar,
    _for_plain_text,
    grammar,
    plain_from,
)
from newsstruct._lexicon import DEFAULT_CONFIG
from tests.test_dates_fastpaths import TRICKY, _plain_starts, _texts

REF = dt.date(2021, 4, 22)
G = grammar(DEFAULT_CONFIG)

# Words and marks dates, their neighbours and near misses are made of.
WORDS = [
    *"May may MAY March mar Tuesday tues Sept sept. Dec decision States states st St.".split(),
    *"Valentine's valentine's sunday New new News Canada all All Christmas Eve Day".split(),
    *"in In on the The of a an early mid late end start year years Year week weekend".split(),
    *"month quarter first Q1 q3 FY fiscal decade 1990s '90s 2005 1999 2020 3021 12 5".split(),
    *"5th 22nd 31 4/5/2021 2021-04-22 ago later before after since by until prior to".split(),
    *"as at least about around roughly no later than up through next last this past".split(),
    *"two three a.m. U.S. will be held was said expected planned today tomorrow".split(),
    *"yesterday tonight morning night summer spring winter april2005 2005april".split(),
]
SEPARATORS = [
    " ", " ", " ", "  ", ", ", ". ", "-", " - ", "\n", "\n\n", "\t", "/", "'", "?", "(",
    ")", '"', ":", ";", "\x1c", "\x1f", "\u00e9", "\u2014", "\u212a", "\u0661", "\u2022",
    "\u20ac",
]  # fmt: skip

texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=25
).map(lambda parts: "".join(w + s for w, s in parts))
ascii_texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([s for s in SEPARATORS if s.isascii()])),
    min_size=1,
    max_size=25,
).map(lambda parts: "".join(w + s for w, s in parts))
# The phrases the relation pattern reads, with words and marks around them.
PHRASES = [
    *G.relations, *(w.upper() for w in G.relations), *_RELATION_FILLERS, "2005", "May 3",
    "x", "the", "into", "upon", "ton", "Tin",
]  # fmt: skip
relation_texts = st.lists(
    st.tuples(st.sampled_from(PHRASES), st.sampled_from([" ", " ", "  ", "\t", ", ", "-", "."])),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(w + s for w, s in parts))
# Any ASCII characters, for the words read back from a position.
ascii_chars = st.text(alphabet=st.sampled_from(list("abAB.'- ,0\t\n\x1c!?")), max_size=40)


def _fast_from(folded: str) -> int:
    start = plain_from(folded)
    return start + 1 if start else 0


def _spans(m: regex.Match[str] | re.Match[str] | None) -> list[tuple[int, int]] | None:
    return None if m is None else [m.span(i) for i in range(m.re.groups + 1)]


def _check_engines(folded: str) -> None:
    """From where the text is plain on, each pattern reads the same by both engines."""
    assert G.ascii_pattern is not None and G.ascii_trigger is not None
    assert G.ascii_tense is not None
    for s in range(_fast_from(folded), len(folded) + 1):
        assert _spans(G.ascii_pattern.match(folded, s)) == _spans(G.pattern.match(folded, s))
        assert _spans(G.ascii_trigger.match(folded, s)) == _spans(G.trigger.match(folded, s))
        for hi in (s, min(len(folded), s + 9), len(folded)):
            plain = G.tense.match(folded, s, hi)
            assert _spans(G.ascii_tense.match(folded, s, hi)) == _spans(plain)
        fast, kind = dates._match(G, folded, s, _fast_from(folded))
        slow, slow_kind = dates._match(G, folded, s)
        assert kind == slow_kind
        if slow is None or slow.re is dates._BARE_YEAR:
            assert (fast is None) == (slow is None)
            assert fast is None or (fast.span(), fast.span(1)) == (slow.span(), slow.span(1))
        else:
            assert fast is not None and fast.re is G.ascii_pattern
            assert _spans(fast) == _spans(slow)


def test_plain_text_is_read_alike_by_both_engines() -> None:
    for text in [*TRICKY, *(t for t, _ in zip(_texts(), range(30), strict=False))]:
        _check_engines(Document(text).folded)


@given(texts)
def test_plain_text_is_read_alike_by_both_engines_anywhere(text: str) -> None:
    _check_engines(text)


@given(texts)
def test_plain_from_is_after_the_last_character_the_engines_read_apart(text: str) -> None:
    start = plain_from(text)
    assert all(c.isascii() and not "\x1c" <= c <= "\x1f" for c in text[start:])
    assert start == 0 or not (text[start - 1].isascii() and not "\x1c" <= text[start - 1] <= "\x1f")


def test_patterns_re_cannot_read_alike_are_left_to_regex() -> None:
    assert _for_plain_text(regex.compile(r"\p{Lu}\w+", regex.REVERSE)) is None
    assert _for_plain_text(regex.compile(r"\p{Sc}\d")) is None
    assert _for_plain_text(regex.compile(r"[\P{L}]")) is None
    assert _for_plain_text(regex.compile("caf\u00e9")) is None
    assert _for_plain_text(regex.compile(r"(?i)\p{Lu}x")) is not None
    fast = _for_plain_text(regex.compile(r"[\p{L}\p{N}'](?!-\p{Ll})[\]\p{Lu}]"))
    assert fast is not None and fast.pattern == r"[A-Za-z0-9'](?!-[a-z])[\]A-Z]"
    config = Config(
        additions={"months": [("m\u00e4rz", "3")], "tense_markers": [("w\u00fcrde", "x")]}
    )
    g = grammar(config)
    assert g.ascii_pattern is None and g.ascii_tense is None
    found = dates.extract_dates("Am 3 M\u00e4rz 2020 and in May 2019.", REF, config=config)
    assert [d.text for d in found] == ["3 M\u00e4rz 2020", "May 2019"]


def _every_trigger_word() -> Grammar:
    """The grammar with the first pass for triggers that finds every trigger word."""
    pre = G.prefilter
    assert pre is not None
    source = pre.pattern.pattern
    start = source.index(b"((?:")  # the trigger word and its run, after the filter
    pattern = re.compile(b"[^a-z0-9](?=" + source[start:], pre.pattern.flags)
    return attrs.evolve(G, prefilter=attrs.evolve(pre, pattern=pattern, verdicts={}))


EVERY = _every_trigger_word()


def _check_triggers(text: str) -> None:
    folded = Document(text).folded
    slow = list(dates._triggers(folded, EVERY))
    assert list(dates._triggers(folded, G)) == slow
    assert list(dates._triggers(folded, G, _fast_from(folded))) == slow


def test_first_pass_leaves_out_only_what_the_verdict_turns_down() -> None:
    for text in [*TRICKY, *(t for t, _ in zip(_texts(), range(30), strict=False))]:
        _check_triggers(text)
    _check_triggers("st.sept st.sunday valentine'sunday Valentine'sept States\u00e9 \u00e9states")
    _check_triggers("\u2022market \u20acstates \u00a7decision mayor\u2022 Sunday\u00a7 New\u2022")


@given(texts)
def test_first_pass_leaves_out_only_what_the_verdict_turns_down_anywhere(text: str) -> None:
    _check_triggers(text)


@given(ascii_chars, st.integers(0, 40), st.integers(0, 40))
def test_word_before_is_the_plain_pattern(text: str, a: int, b: int) -> None:
    lo, pos = sorted((min(a, len(text)), min(b, len(text))))
    fast = dates._ascii_word_before(text, lo, pos)
    m = dates._WORD_BEFORE.match(text, lo, pos)
    if fast is not None:
        assert fast == (m.group(1) if m else "")
    else:
        assert lo > 0  # only a word that may begin before the window is left to the pattern
    ctx = dates._Context(text, REF, G)
    m = dates._WORD_BEFORE.match(text, max(0, pos - 30), pos)
    assert ctx.word_before(pos) == (m.group(1) if m else "")


def test_each_relation_phrase_is_read_as_the_plain_pattern_reads_it() -> None:
    for phrase in [*G.relations, *_RELATION_FILLERS]:
        for form in (phrase, phrase.upper(), phrase.title()):
            _check_relations(f"{form} 2005, x{form} 2005, {form}  May 3. {form}\t{form} 2005")
            _check_relations(f"{form} about 2005; since {form} 2005. {form}-2005 ({form} 2005")
            _check_relations(f"5{form} 2005 _{form} 2005 \x1c{form}\x1c2005 {form}\x1c 2005")
            for k in (28, 29, 30, 31):  # the window of 30 characters opening in the phrase
                _check_relations("yy." + form + " " * (k - len(form)) + "2005")
                _check_relations("yy5" + form + " " * (k - len(form)) + "2005")


@given(relation_texts)
def test_relation_words_are_the_plain_pattern(text: str) -> None:
    _check_relations(text)


@given(ascii_texts | texts)
def test_relation_word_and_opening_words_are_the_plain_patterns(text: str) -> None:
    _check_relations(text)


def _check_relations(text: str) -> None:
    folded = Document(text).folded
    ctx = dates._Context(Document(text), REF, G)
    for pos in range(len(folded) + 1):
        m = G.relation.match(folded, max(0, pos - 30), pos)
        word = None if m is None else " ".join(m.group("word").lower().split())
        assert ctx.relation_word(pos) == word
        if pos and folded[pos - 1].isspace():
            fast = ctx._ascii_relation(pos)
            assert fast == dates._ASK or fast == word
        for done in (0, max(0, pos - 12)):
            assert dates._starts(folded, pos, G.numbers, done) == _plain_starts(
                folded, pos, G.numbers, done
            )


@given(texts)
def test_a_string_gives_the_dates_of_the_plain_patterns(text: str) -> None:
    plain = attrs.evolve(
        G, prefilter=None, ascii_pattern=None, ascii_trigger=None, ascii_tense=None
    )
    for ref in (REF, None):
        fast = dates._scan(text, ref, DEFAULT_CONFIG)
        dates_grammar = dates.grammar
        try:
            dates.grammar = lambda config: plain  # type: ignore[assignment]
            slow = dates._scan(text, ref, DEFAULT_CONFIG)
        finally:
            dates.grammar = dates_grammar
        assert fast == slow
