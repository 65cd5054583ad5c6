"""The faster engine's patterns read plain text as the ``regex`` patterns they stand for."""

from __future__ import annotations

import json
import re

import attrs
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._datepatterns import plain_from
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._numbers import DIGITS, PLAIN_DIGITS, VULGAR_FRACTIONS
from newsstruct._quantity_nouns import _AND_WORD, _AND_WORD_PLAIN, _NP_WORD, _NP_WORD_PLAIN
from newsstruct._quantity_read import _LOOKS, _PLAIN_LOOKS, Reader
from newsstruct._quantity_rules import Pattern, Rules, compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests._build import pure_python_only
from tests.adversarial_inputs import INPUTS

RULES = compile_rules(DEFAULT_CONFIG)
PLAIN_RULES = RULES.plain
assert PLAIN_RULES is not None
RULE_PATTERNS = ["spelt", "scale_at", "qualifier_after", "scan_words", "scan_digits", "numeral_at"]

# Plain text (ASCII without the separators \x1c-\x1f) made of the pieces the patterns read.
PIECES = [
    *"0123456789 -.,;:'&%$/()+\"\n\t",
    "  ",
    "a ",
    "an ",
    " and ",
    " of ",
    " to ",
    " or ",
    "1,200",
    "8,90,000",
    "1 200 000",
    ".75",
    "3.5",
    "5.30pm",
    "10 a.m.",
    "am",
    "PM",
    "GMT",
    "noon",
    "per cent",
    "percent",
    "-man",
    "-strong",
    "-member",
    "men",
    "troops",
    "old",
    "ago",
    "and a half",
    "billion",
    "bn",
    "m",
    "k",
    "dollars",
    "EUR",
    "US$",
    "or more",
    "plus",
    "km",
    "C",
    "F",
    "Ann",
    "X-ray",
    "twenty",
    "five",
    "hundred",
    "a few",
    "several",
    "half",
    "each",
    "a year",
    "the",
    "O'Neil",
    "st",
    "th",
]
plain_texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def same(a: regex.Match[str] | re.Match[str] | None, b: Pattern, text: str, pos: int) -> None:
    m = b.match(text, pos)
    assert (a is None) == (m is None), (text, pos)
    if a is not None and m is not None:
        assert a.span() == m.span()
        assert a.groups() == m.groups()
        assert a.groupdict() == m.groupdict()


def test_the_plain_patterns_are_the_faster_engine() -> None:
    for field in attrs.fields(type(_PLAIN_LOOKS)):
        assert isinstance(getattr(_PLAIN_LOOKS, field.name), re.Pattern), field.name
    for name in RULE_PATTERNS:
        assert isinstance(getattr(PLAIN_RULES, name), re.Pattern), name
    assert isinstance(_NP_WORD_PLAIN, re.Pattern)
    assert isinstance(_AND_WORD_PLAIN, re.Pattern)


@settings(max_examples=300)
@given(plain_texts)
@example("5 Ann  O'Neil-Smith.x 10-20 and troops")
@example("3 and a half km-long 40C 10 am 5-man 5,000-strong men")
def test_plain_patterns_read_plain_text_as_the_patterns_they_stand_for(text: str) -> None:
    assert plain_from(text) == 0
    low = text.lower()
    for pos in range(len(text) + 1):
        for field in attrs.fields(type(_LOOKS)):
            full = getattr(_LOOKS, field.name)
            plain = getattr(_PLAIN_LOOKS, field.name)
            for s in (text, low):
                same(full.match(s, pos), plain, s, pos)
        same(_NP_WORD.match(text, pos), _NP_WORD_PLAIN, text, pos)
        assert _AND_WORD_PLAIN is not None
        same(_AND_WORD.match(text, pos), _AND_WORD_PLAIN, text, pos)
        for name in RULE_PATTERNS:
            for s in (text, low):
                same(getattr(RULES, name).match(s, pos), getattr(PLAIN_RULES, name), s, pos)


class RegexReader(Reader):
    """The reader with every pattern read by ``regex``, as on text that is not plain."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        super().__init__(doc, rules)
        self.r = rules
        self.looks = _LOOKS
        self.np_word = _NP_WORD
        self.and_word = _AND_WORD


def read(text: str, reader: type[Reader] = Reader) -> tuple[Quantity, ...]:
    return reader(Document(text), RULES).run()


@pure_python_only
@settings(max_examples=300)
@given(plain_texts)
@example("about 1,200 troops and 5 and a half km, 3-man crews, up to $5bn or more")
def test_plain_text_reads_the_same_quantities(text: str) -> None:
    assert read(text) == read(text, RegexReader)


@pure_python_only
def test_hostile_inputs_read_the_same_quantities() -> None:
    for name, make in INPUTS.items():
        text = make(3000)
        assert read(text) == read(text, RegexReader), name


def test_text_outside_plain_is_read_by_regex() -> None:
    for text in ("caf\u00e9 5 people", "\u20ac5 and 10 people \u65e5"):
        reader = Reader(Document(text), RULES)
        assert not reader.plain
        assert reader.looks is _LOOKS
        assert reader.r is RULES


@pure_python_only
@pytest.mark.parametrize(
    "text",
    [
        "Officials said more than 60 ships and about 1,200 military vehicles took part, "
        "costing US$13 billion. A 27-member bloc, aged 45, 3-1 win, 5.15-5.30pm.",
        "The 460-strong battalion marched 20 km; three of the bombers, 1.5m people, 40C.",
        json.dumps({"a": "10 to 20 per cent of 300 workers and dozens of others"}),
    ],
)
def test_news_reads_the_same_quantities(text: str) -> None:
    assert read(text) == read(text, RegexReader)
    assert read(text)


@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-/a_\u00bd\u00be")), max_size=30))
def test_numbers_without_vulgar_fractions_read_the_same(text: str) -> None:
    full = regex.compile(rf"(?:{DIGITS})", regex.VERBOSE)
    plain = regex.compile(rf"(?:{PLAIN_DIGITS})", regex.VERBOSE)
    for pos in range(len(text) + 1):
        m = full.match(text, pos)
        if m is not None and not any(c in m.group() for c in VULGAR_FRACTIONS):
            same(m, plain, text, pos)
        elif m is None:
            assert plain.match(text, pos) is None
