"""The quantity reader's shortcuts read what its full path reads: a bare number with
nothing before or after it, and the cheaper tests of a range."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_nouns import _FORM_START
from newsstruct._quantity_read import _CLOCK, _REPEATED_CURRENCY, _SEP, _WORDS_HYPHEN, Reader
from newsstruct._quantity_rules import Rules, compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests._build import pure_python_only
from tests.adversarial_inputs import INPUTS

RULES = compile_rules(DEFAULT_CONFIG)


class FullReader(Reader):
    """The reader with every figure read the whole way: no character before a number
    spares the look before it, every score window is read word by word."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        super().__init__(doc, rules)
        self.quiet_before = frozenset()
        self.letterless_cues = True


def read(text: str, reader: type[Reader] = Reader) -> tuple[Quantity, ...]:
    return reader(Document(text), RULES).run()


TOKENS = [
    *"0123456789",
    "10",
    "20",
    "99",
    "100",
    "2014",
    "-2014",
    "( -",
    "1999",
    "5,000",
    "1.5",
    "007",
    *" ,.;:()[]%$£€-+/#'\"\n",
    "  ",
    ", ",
    "US$",
    "US",
    "AD",
    "Rs",
    "the",
    "in",
    "and",
    "or",
    "to",
    "of",
    "about",
    "more than",
    "aged",
    "between",
    "from",
    "Boeing",
    "Flight",
    "April",
    "Ann",
    "people",
    "million",
    "bn",
    "km",
    "per cent",
    "percent",
    "pm",
    "th",
    "st",
    "score",
    "beat",
    "years",
    "old",
    "one",
    "two",
    "C",
    "m",
]
texts = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)
# Mostly numbers and spaces, with a few marks: the texts the shortcut is taken in.
numbers = st.lists(
    st.sampled_from(["1", "2", "10", "20", "2014", "5,000", " ", " ", " ", "-", ",", ")", "%"]),
    max_size=40,
).map("".join)


@pure_python_only
@settings(max_examples=400)
@given(texts)
@example("Ann, 42, left; Ann (32) left; 5 2014, 3 $ 4 US$ 5 ( 7) 8 :9 10;")
@example("( -2014 ) 1 ( -2014 ; 5 -2014 ,")
@example("about 1 2 3, aged 4 5, between 6 and 7 8 in 9 Flight 10 11.")
def test_bare_numbers_read_as_the_full_path_reads_them(text: str) -> None:
    assert read(text) == read(text, FullReader)


@pure_python_only
@settings(max_examples=300)
@given(numbers)
def test_runs_of_numbers_read_as_the_full_path_reads_them(text: str) -> None:
    assert read(text) == read(text, FullReader)


@pure_python_only
def test_hostile_inputs_read_as_the_full_path_reads_them() -> None:
    for name, make in INPUTS.items():
        text = make(3000)
        assert read(text) == read(text, FullReader), name


# ASCII and other text around digits, spaces and hyphens.
around_digits = st.text(
    alphabet=st.sampled_from(list("ab X-  -0123.,%$/\u00e9\u212a")), max_size=30
)


@given(around_digits, st.integers(0, 31))
def test_key_after_reads_what_the_pattern_reads(text: str, pos: int) -> None:
    c = text[pos : pos + 1]
    if c.isascii() and not c.isalpha() and c not in (" ", "-"):
        expected = c
    else:
        m = _FORM_START.match(text, pos)
        assert m is not None
        expected = m.group(1) or text[m.end() : m.end() + 1]
    assert Reader(Document(text), RULES).key_after(pos) == expected


@given(st.sampled_from("0123456789"), around_digits)
def test_a_hyphen_before_a_digit_is_read_as_the_separator_pattern_reads_it(
    digit: str, rest: str
) -> None:
    text = "5-" + digit + rest
    m = _SEP.match(text, 1)
    assert m is not None
    assert (m.group("sep"), m.group("pct"), m.end()) == ("-", None, 2)
    assert _REPEATED_CURRENCY.match(text, 2) is None  # no currency starts with a digit


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_an_ascii_window_without_letters_has_no_word(text: str) -> None:
    window = text.lower()
    if window.upper() == window:
        assert all(not w.strip("-") for w in _WORDS_HYPHEN.findall(window))


@given(st.text(alphabet=st.sampled_from(list("0123456789\u0663.: aApPmM")), max_size=12))
@example("12.30 a.m.")
@example("12:30 PM")
def test_a_clock_has_an_m_within_nine_characters(text: str) -> None:
    if _CLOCK.match(text):
        assert "m" in text[:9] or "M" in text[:9]


MAKE = Quantity.maker()
offsets = st.one_of(st.integers(-2, 5), st.booleans(), st.just(1.0), st.none())
qualifiers = st.sampled_from(["exact", "range", "about", "", "more_than"])
numbers_or_none = st.one_of(st.none(), st.integers(-5, 5), st.floats(allow_nan=False))
words_or_none = st.one_of(st.none(), st.sampled_from(["", "USD", "people"]))


@given(
    st.tuples(
        offsets,
        offsets,
        st.one_of(st.text(max_size=3), st.none()),
        numbers_or_none,
        numbers_or_none,
        numbers_or_none,
        qualifiers,
        words_or_none,
        words_or_none,
        st.sampled_from(["number", "count"]),
        st.sampled_from(["", "quantity.count"]),
    )
)
def test_the_quantity_maker_makes_what_the_constructor_makes(args: tuple[Any, ...]) -> None:
    try:
        expected = Quantity(*args)
    except (TypeError, ValueError) as error:
        refused = error
    else:
        refused = None
    if refused is not None:
        with pytest.raises(type(refused), match=f"^{re.escape(str(refused))}$"):
            MAKE(*args)
        return
    made = MAKE(*args)
    assert type(made) is Quantity
    assert made == expected
    assert repr(made) == repr(expected)
    assert made.to_dict() == expected.to_dict()
    assert hash(made) == hash(expected)
