"""The quantity reader's shortcuts of this round read what the plain rules read: phone
numbers found run by run, the four vocabularies' verdicts on a word asked at once, the
cheap tests before the patterns read after a number, the ASCII lowering, the digit scan of
ASCII text, one number word read at once, and the unit and currency patterns of plain
text."""

from __future__ import annotations

import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_nouns import ascii_lower
from newsstruct._quantity_passes import _COMPARED, _OF_WHICH
from newsstruct._quantity_read import (
    _ASCII_DIGIT,
    _ATTACHED_NON_QUANTITY,
    _ATTACHED_SPACED,
    _DIGIT,
    _MIXED_FRACTION,
    _MIXED_SECOND,
    _OLDER,
    _PHONE,
    _PHONE_ASCII,
    _PHONE_MARKS,
    _PHONE_RUN,
    _PLAIN_LOOKS,
    _SCALED_HYPHEN,
    _SPACED_SIZE_FIRST,
    _SPACED_SIZE_NOUN,
    Reader,
)
from newsstruct._quantity_rules import Rules, compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests._build import pure_python_only

RULES = compile_rules(DEFAULT_CONFIG)


class WholeScanReader(Reader):
    """The reader with the phone numbers of the whole text found at once, as the plain
    rule reads them: every match of the phone pattern over the text, left to right."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        super().__init__(doc, rules)
        self.phones = [m.span() for m in _PHONE.finditer(self.f)]

    def phone_end(self, pos: int) -> int:
        return next((e for s, e in self.phones if s <= pos < e), -1)


_PHONE_PIECES = [
    *"0123456789",
    "020",
    "0800",
    "1800",
    "212",
    "555",
    "7946",
    "0958",
    "789321",
    "1-800-",
    "FLOWERS",
    "AB",
    "+",
    "+44",
    "(",
    ")",
    "(02)",
    " ",
    "  ",
    ".",
    "-",
    ",",
    "\n",
    "a",
    "tel",
    "call",
    "one",
    "\u00bd",  # a vulgar fraction: a number beyond ASCII, not a digit
    "\u0663",  # an Arabic-Indic digit: a digit beyond ASCII
    "\u00e9",
    "\u2013",
    "<!--",
    "-->",
]

_phone_texts = st.lists(st.sampled_from(_PHONE_PIECES), max_size=16).map("".join)


@pure_python_only
@settings(max_examples=400, deadline=None)
@given(_phone_texts)
@example("Call +44 20 7946 0958 or (212) 555-1234 now.")
@example("Ring 1-800-FLOWERS-1 or 0800 789321, 020 7946 0958 and 1800 333 000.")
@example("tel0800 789321 and \u0663\u0663\u0663-555-1234 and \u00bd020 7946 0958")
def test_phone_numbers_found_run_by_run_are_those_of_the_whole_scan(text: str) -> None:
    reader = Reader(Document(text), RULES)
    whole = WholeScanReader(Document(text), RULES)
    for pos in [*range(len(text)), *reversed(range(len(text)))]:
        assert reader.phone_end(pos) == whole.phone_end(pos), (text, pos)


@pure_python_only
@settings(max_examples=300, deadline=None)
@given(_phone_texts)
@example("In 2014 call 020 7946 0958: 12 people, 3.5 per cent, (212) 555-1234 and 40 km.")
def test_figures_read_with_phone_numbers_run_by_run_are_those_of_the_whole_scan(
    text: str,
) -> None:
    assert (
        Reader(Document(text), RULES).run() == WholeScanReader(Document(text), RULES).run()
    )


def test_phone_run_reads_the_phone_characters() -> None:
    for code in [*range(0x3000), 0xD800, 0x10FFFF]:
        c = chr(code)
        match = _PHONE_RUN.match(c)
        assert match is not None
        assert (match.end() == 1) == (c in _PHONE_ASCII or c >= "\x80"), repr(c)


@settings(max_examples=400, deadline=None)
@given(_phone_texts)
@example("Call +44 20 7946 0958 or (212) 555-1234 now, or 1-800-FLOWERS.")
def test_a_phone_number_is_written_with_phone_characters_and_two_runs_of_digits(
    text: str,
) -> None:
    for m in _PHONE.finditer(text):
        assert all(c in _PHONE_ASCII or c >= "\x80" for c in m.group()), m
        core = m.group().strip(_PHONE_MARKS)
        assert not (m.group().isascii() and (core.isdigit() or not core)), m


_HEAD_KEYS = [
    "",
    "%",
    "$",
    "-",
    "1",
    ".",
    "people",
    "billion",
    "bn",
    "m",
    "k",
    "km",
    "KM",
    "Km",
    "per",
    "percent",
    "dollars",
    "Dollars",
    "euros",
    "EUR",
    "eur",
    "or",
    "plus",
    "degrees",
    "square",
    "\u00b0",
    "\u00b0c",
    "\u00c5",
    "\u00e5ngstr\u00f6m",
    "\u0130",
    "stra\u00dfe",
    "STRASSE",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.sampled_from(_HEAD_KEYS),
        st.text(alphabet=string.ascii_letters + "\u00e9\u00c9\u0130\u00df\u00b0", max_size=6),
    )
)
def test_heads_at_tells_what_each_vocabulary_tells(key: str) -> None:
    for rules in (RULES, RULES.plain):
        assert rules is not None
        expected = (
            rules.scale_heads.may_start(key),
            rules.unit_heads.may_start(key),
            rules.currency_heads.may_start(key),
            rules.qualifier_heads.may_start(key),
        )
        assert rules.heads_at(key) == expected
        assert rules.heads_at(key) == expected  # (remembered)


_AFTER_PIECES = [
    " ",
    "  ",
    "-",
    "/",
    "1",
    "2",
    "0",
    "10",
    "3/4",
    "1/2",
    "or",
    "and",
    "older",
    "younger",
    "Older",
    "member",
    "seat",
    "page",
    "man",
    "bedroom",
    "point",
    "storey",
    "strong",
    "council",
    "chamber",
    "Million",
    "million",
    "m",
    "a",
    "x",
    "\u00e9",
    "\u00bd",
    "\n",
    "of",
    "which",
    "whom",
    "whole",
    "more",
    "fewer",
    "less",
    "than",
]

_after_texts = st.lists(st.sampled_from(_AFTER_PIECES), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(_after_texts)
@example(" 1/2 years")
@example(" or older")
@example(" and younger")
@example(" member council")
@example(" bedroom house")
@example("4-million")
def test_cheap_tests_pass_wherever_their_patterns_match(text: str) -> None:
    if _MIXED_FRACTION.match(text) is not None:
        assert text[1:2] in _MIXED_SECOND
    if _SPACED_SIZE_NOUN.match(text) is not None:
        assert text[1:2] in _SPACED_SIZE_FIRST
    if _OLDER.match(text) is not None:
        assert text.startswith((" or ", " and "))
    if _SCALED_HYPHEN.search(text, 0, len(text)) is not None:
        assert "-" in text
    if _OF_WHICH.match(text) is not None:
        assert text.startswith(" of wh")
    if _COMPARED.match(text) is not None:
        assert text[:7].startswith((" more ", " fewer ", " less "))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=string.printable + "\u0663\u00bd\u00b2", max_size=30),
    st.integers(min_value=0, max_value=30),
)
def test_the_ascii_digit_scan_finds_what_the_digit_scan_finds_in_ascii(
    text: str, pos: int
) -> None:
    full = _DIGIT.search(text, pos)
    if text.isascii():
        fast = _ASCII_DIGIT.search(text, pos)
        assert (full and full.span()) == (fast and fast.span())
    reader = Reader(Document(text), RULES)
    assert reader.digit is (_ASCII_DIGIT if reader.low.isascii() else _DIGIT)


def test_a_part_and_a_comparison_are_read_after_a_figure() -> None:
    assert [(q.value, q.entity) for q in _read("four helicopters, two of which landed")] == [
        (4, "helicopters"),
        (2, "helicopters"),
    ]
    assert [(q.value, q.entity) for q in _read("seven points, two more than Angola")] == [
        (7, "points"),
        (2, "points"),
    ]


def _read(text: str) -> tuple[Quantity, ...]:
    return Reader(Document(text), RULES).run()


def test_figures_with_the_patterns_after_a_number() -> None:
    def read(text: str) -> list[tuple[str, object, str, str | None, str | None]]:
        return [(q.text, q.value, q.qualifier, q.unit, q.entity) for q in _read(text)]

    assert read("It took 2 1/2 years.") == [("2 1/2 years", 2.5, "exact", "year", None)]
    assert read("Those aged 65 or older voted.") == [
        ("aged 65 or older", 65, "at_least", "year", None)
    ]
    assert read("the 15 member council met") == [("15 member", 15, "exact", None, "member")]
    assert read("a 4-million member union") == [
        ("4-million member", 4_000_000, "exact", None, "member")
    ]
    assert read("Call 020 7946 0958 now: 12 people came.") == [
        ("12 people", 12, "exact", None, "people")
    ]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
@example("\u00c0bc \u0130stanbul \u212a DEF \u00df \ud800 Z")
def test_ascii_lower_lowers_the_ascii_capitals_only(text: str) -> None:
    assert ascii_lower(text) == "".join(c.lower() if c.isascii() else c for c in text)


_CLOCK_PIECES = [
    " ",
    "a",
    "A",
    "p",
    "P",
    "m",
    "M",
    ".",
    "am",
    "PM",
    "a.m.",
    "gmt",
    "UTC",
    "hrs",
    "bst",
    "cet",
    "EST",
    "edt",
    "pst",
    "noon",
    "Midnight",
    "st",
    "th",
    "s",
    "'s",
    "x",
    "1",
    "\u017f",  # a long s, which a pattern may read as "s" in any case
    "\u212a",
    "\u00e9",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLOCK_PIECES), max_size=6).map(lambda p: " " + "".join(p)))
@example(" a.m.")
@example(" noon")
@example(" Midnight")
def test_a_suffix_after_a_space_opens_with_what_the_cheap_test_lets_pass(text: str) -> None:
    for pattern in (_ATTACHED_NON_QUANTITY, _PLAIN_LOOKS.attached):
        if pattern.match(text) is not None:
            assert text[1:2] in _ATTACHED_SPACED or not text[1:2].isascii(), (text, pattern)


def test_one_number_word_reads_as_the_words_are_cut() -> None:
    # Read with the space after it, a number word goes the plain way, word by word.
    for word, role in RULES.number_roles.items():
        if role not in ("unit", "tens") or not (word.isascii() and word.isalpha()):
            continue
        for written in (word, word.title(), word.upper()):
            for tail in (" ", " people", " and a half", " and six", " hundred"):
                text = f"It was {written}{tail}"
                reader = Reader(Document(text), RULES)
                s = len("It was ")
                e = s + len(written)
                assert reader.cut_words(s, e) == ([word], e)
                assert reader.split_words(s, e) == reader.split_words(s, e + 1), text


def _same_match(full: object, fast: object) -> None:
    if full is None or fast is None:
        assert full is fast
        return
    assert full.span() == fast.span()  # type: ignore[attr-defined]
    assert full.groupdict() == fast.groupdict()  # type: ignore[attr-defined]


def test_the_plain_unit_and_currency_patterns_read_every_form_as_the_full_ones() -> None:
    plain = RULES.plain
    assert plain is not None
    modifiers = ["", *sorted(DEFAULT_CONFIG.words("quantity_unit_modifiers"))[:3]]
    for forms, full, fast in (
        (list(RULES.units), RULES.unit_after, plain.unit_after),
        (list(RULES.currencies), RULES.currency_after, plain.currency_after),
    ):
        for form in forms:
            for written in {form, form.upper(), form.title()}:
                for before in ("", " ", "-", " - ", *(f" {m} " for m in modifiers if m)):
                    for after in ("", " ", ".", "s", "2", "-x", " of"):
                        text = f"{before}{written}{after}"
                        if text.isascii():
                            _same_match(full.match(text), fast.match(text))


_UNIT_PIECES = [
    " ",
    "  ",
    "-",
    ".",
    "km",
    "Km",
    "KM",
    "m",
    "sq",
    "square",
    "cubic",
    "metres",
    "per",
    "cent",
    "percent",
    "%",
    "degrees",
    "C",
    "F",
    "kg",
    "mph",
    "hours",
    "year",
    "dollars",
    "euros",
    "EUR",
    "pounds",
    "sterling",
    "yuan",
    "x",
    "s",
    "2",
    "/",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=6).map("".join))
def test_the_plain_unit_and_currency_patterns_read_plain_text_as_the_full_ones(
    text: str,
) -> None:
    plain = RULES.plain
    assert plain is not None
    _same_match(RULES.unit_after.match(text), plain.unit_after.match(text))
    _same_match(RULES.currency_after.match(text), plain.currency_after.match(text))
