"""The quantity reader's shortcuts of this round read what the plain rules read: the verdicts
on the word after a number read at once, the "a week" scan of ASCII text, the numerals no
phone number can hold, the phone runs with too few digits, the patterns read at a place in
plain text by the faster engine, and the plurals of a noun phrase."""

from __future__ import annotations

import string

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_nouns import _SINGULAR_MEN, ascii_lower
from newsstruct._quantity_read import (
    _DECIMAL_COMMA,
    _GLUED_RUN,
    _LOOKS,
    _PHONE,
    _PLAIN_LOOKS,
    Reader,
    _no_phone_at,
)
from newsstruct._quantity_rules import compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests.test_speed_round9_figures import _PHONE_PIECES as PHONE_PIECES

RULES = compile_rules(DEFAULT_CONFIG)


def _read(text: str) -> tuple[Quantity, ...]:
    return Reader(Document(text), RULES).run()


# --- the verdicts on the word after a number ------------------------------------------------

_AFTER_WORDS = [
    " ",
    "  ",
    "-",
    " -",
    "1",
    "5",
    ".",
    ",",
    "%",
    "$",
    "km",
    "KM",
    "billion",
    "Billion",
    "bn",
    "m",
    "people",
    "dollars",
    "euros",
    "or",
    "more",
    "plus",
    "per",
    "cent",
    "x" * 30,
    "\u00e9",
    "\u00b0",
    "\u212a",
    "\n",
]

_after_texts = st.lists(st.sampled_from(_AFTER_WORDS), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_after_texts)
@example(" people")
@example(" " + "x" * 24 + " km")
@example(" " + "x" * 23 + "\u00e9")
@example(" billion\u00e9")
@example("  km")
def test_the_verdicts_after_a_number_are_those_of_the_word_read_there(text: str) -> None:
    doc = Document("5" + text)
    for rules in (RULES, RULES.plain):
        assert rules is not None
        for pos in range(1, len(doc.folded) + 1):
            reader = Reader(doc, rules)
            expected = rules.heads_at(reader.key_after(pos))
            assert reader.heads_after(pos) == expected, (text, pos)


# --- "about a week": one unit after "a" -------------------------------------------------------

_ONE_UNIT_PIECES = [
    "a",
    "an",
    " ",
    "  ",
    "week",
    "weeks",
    "hour",
    "mile",
    "metre",
    "kilometre",
    "ban",
    "visa",
    "_",
    "1",
    "-",
    ".",
    "\u00e9",
    "\n",
    "A",
]

_one_unit_texts = st.lists(st.sampled_from(_ONE_UNIT_PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_one_unit_texts)
@example("about a week")
@example("visa a week, ban an hour, a a mile, _a week, 1a week, \u00e9a week")
@example("a weekly an hours a mile")
def test_one_units_are_the_matches_of_the_full_pattern(text: str) -> None:
    low = ascii_lower(text)
    expected = [(m.span(), m.group("unit")) for m in RULES.one_unit.finditer(low)]
    assert [(m.span(), m.group("unit")) for m in RULES.one_units(low)] == expected


def test_one_unit_figures_are_read() -> None:
    assert [(q.text, q.unit, q.qualifier) for q in _read("It took about a week.")] == [
        ("about a week", "week", "approximately")
    ]
    assert _read("It took about a year ago.") == ()


# --- phone numbers ---------------------------------------------------------------------------

# the pieces of the phone-number tests before, with capitals and a currency sign
_PHONE_PIECES = [*PHONE_PIECES, "One", "$"]

_phone_texts = st.lists(st.sampled_from(_PHONE_PIECES), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_phone_texts)
@example("Call +44 20 7946 0958 or (212) 555-1234 now, or 1-800-FLOWERS.")
@example("12 3.5 1,200 (0) 5 (212) 555-1234 0800 789321 \u0663\u0663\u0663-555-1234")
def test_no_phone_number_holds_a_numeral_whose_characters_say_so(text: str) -> None:
    phones = [m.span() for m in _PHONE.finditer(text)]
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 8) + 1):
            if _no_phone_at(text, start, end):
                assert not any(s <= start < e for s, e in phones), (text, start, end)


@settings(max_examples=500, deadline=None)
@given(_phone_texts)
@example("+1 20 79 or +44 (20) 7946-0958, (02) 9876 5432 and 1-800-FLO-WERS")
def test_a_phone_number_has_four_digits_and_eight_without_a_plus_or_1_800(text: str) -> None:
    for m in _PHONE.finditer(text):
        number = m.group()
        digits = sum(c in string.digits for c in number)
        if not number.isascii():
            continue
        assert digits >= 4, m
        assert digits >= 8 or "+" in number or "1-800-" in number, m


def test_figures_beside_phone_numbers() -> None:
    assert [q.text for q in _read("Call 020 7946 0958 or +44 20 7946 0958: 12 people.")] == [
        "12 people"
    ]
    assert [q.text for q in _read("About 12.5 per cent and 3.25 m of 1,200 people.")] == [
        "About 12.5 per cent",
        "3.25 m",
        "1,200 people",
    ]


# --- patterns read at a place in plain text ---------------------------------------------------

_PLACE_PIECES = [
    " ",
    "  ",
    "a",
    "A",
    "9.40",
    "23.59",
    "7",
    "12",
    "%",
    ",5",
    ",50",
    "this morning",
    "tonight",
    "last night",
    "December",
    "Dec.",
    "21",
    "and",
    "or",
    "to",
    "older",
    "younger",
    "member",
    "seat",
    "council",
    "earlier",
    "ago",
    "he was",
    "She is",
    "I am",
    "in",
    "out of every",
    "ten",
    "five",
    "a hundred",
    "people",
    "-",
    ".",
    "_",
    "\\",
    "/",
]

_place_texts = st.lists(st.sampled_from(_PLACE_PIECES), max_size=10).map("".join)
_NEW_LOOKS = [
    "spaced_size_noun",
    "dotted_clock",
    "clock_part",
    "day_before",
    "rate_date",
    "pronoun_was",
    "older",
    "one_in",
]


@settings(max_examples=500, deadline=None)
@given(_place_texts)
@example(" member council")
@example("9.40 this morning")
@example("December 21 and ")
@example(" or older")
@example(" in ten people")
@example("he was ")
def test_the_plain_patterns_read_plain_text_as_the_full_ones(text: str) -> None:
    for name in _NEW_LOOKS:
        full, plain = getattr(_LOOKS, name), getattr(_PLAIN_LOOKS, name)
        assert plain is not full, name  # (read by the faster engine)
        for pos in range(len(text) + 1):
            for read in ("match", "search"):
                a = getattr(full, read)(text, pos)
                b = getattr(plain, read)(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), name
            a = full.fullmatch(text, 0, pos)
            b = plain.fullmatch(text, 0, pos)
            assert (a and a.span()) == (b and b.span()), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "\u0663\u00bd\u00e9\u00b2", max_size=20))
@example("A380 1.2.3 ,5% ,50 %")
def test_the_ascii_class_patterns_read_any_text_as_the_other_engine(text: str) -> None:
    for fast, source in ((_GLUED_RUN, _GLUED_RUN.pattern), (_DECIMAL_COMMA, _DECIMAL_COMMA.pattern)):
        full = regex.compile(source)
        for pos in range(len(text) + 1):
            a, b = full.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


# --- plurals ---------------------------------------------------------------------------------

_WORD_PIECES = ["s", "S", "men", "man", "us", "is", "'s", "ous", "ss", "MP", "CEO", "x", "ab", "\u0130"]


def _plural(reader: Reader, word: str) -> bool:
    """The rule as written: a listed plural, capitals with an "s", a word in "-men", or a
    longer word in "-s" that is not "-ss", "-us", "-is", "-'s", "-ous" nor a function word."""
    lw = word.lower()
    return (
        lw in reader.r.plurals
        or (len(word) >= 3 and word[:-1].isupper() and word[-1] == "s")
        or (lw.endswith("men") and len(lw) > 4 and lw not in _SINGULAR_MEN)
        or (
            len(lw) > 3
            and lw.endswith("s")
            and not lw.endswith(("ss", "us", "is", "'s", "ous"))
            and lw not in reader.r.stopwords
        )
    )


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=5).map("".join))
@example("troops")
@example("MPs")
@example("fishermen")
@example("specimen")
@example("this")
@example("\u0130s")
def test_is_plural_reads_the_rule(word: str) -> None:
    reader = Reader(Document("5"), RULES)
    assert reader.is_plural(word) == _plural(reader, word)


def test_the_last_plural_of_a_noun_phrase_is_its_head() -> None:
    def read(text: str) -> list[tuple[str, str | None]]:
        return [(q.text, q.entity) for q in _read(text)]

    assert read("He saw 30 police officers leave.") == [("30 police officers", "police officers")]
    assert read("There were 12 United Nations member states.") == [
        ("12 United Nations member states", "United Nations member states")
    ]
    assert read("They counted 40 new trucks.") == [("40 new trucks", "new trucks")]
    assert read("She met 20 more.") == [("20", None)]
    assert read("It has 5 buses, they said.") == [("5 buses", "buses")]


# --- the qualifier before a number ------------------------------------------------------------

_BEFORE_PIECES = [
    " ",
    "  ",
    "\n",
    "(",
    '"',
    "[",
    "some",
    "nearly",
    "roughly",
    "almost",
    "about",
    "more",
    "than",
    "at",
    "least",
    "up",
    "to",
    "of",
    "over",
    "Some",
    "x" * 44,
    "killed",
    "\u00e9",
]

_before_texts = st.lists(st.sampled_from(_BEFORE_PIECES), max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(_before_texts)
@example("killed some ")
@example("(nearly ")
@example("more than ")
@example("x" * 50 + "some ")
@example("\nsome  ")
def test_the_qualifier_read_from_its_last_word_is_the_phrase_found(text: str) -> None:
    doc = Document(text + "5")
    pos = len(text)
    reader = Reader(doc, RULES)
    raw, bare, end = reader.phrase_tail(pos, reader.tail_ends)
    if raw in RULES.qualifier_tails or bare in RULES.qualifier_tails:
        expected = Reader(doc, RULES).phrase_before(pos, RULES.qualifiers_before)
        assert reader.qualifier_before(pos, raw, bare, end) == expected


# --- the cheap tests after a number -----------------------------------------------------------

_SEP_PIECES = [" ", "%", "-", "/", "to", "and", "or", "through", "per", "Per", "PER", "cent"]
_SEP_PIECES += ["percent", "people", "a", "t", "o", "p", "5", "\u00e9"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SEP_PIECES), max_size=6).map("".join))
@example(" percent to ")
@example(" PER CENT - ")
@example(" through ")
@example(" / ")
def test_a_separator_after_a_space_opens_as_the_cheap_test_says(text: str) -> None:
    from newsstruct._quantity_read import _SEP, _SEP_SPACED

    if text.startswith(" ") and _SEP.match(text) is not None:
        assert text.startswith(_SEP_SPACED) or text[1:4].lower() == "per"


_LABEL_PIECES = [" ", "\n", "(", ")", ".", ". ", ": ", "! ", "0", "1", "12", "007", "x", "A"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=10).map("".join))
@example("123456789 12) x")
@example("xxxxxxxxx (3) y")
@example("xxxxxxxxx 007 y")
def test_a_number_read_on_is_no_label(text: str) -> None:
    from newsstruct._numbers import parse_digits
    from newsstruct._quantity_nouns import Fig

    reader = Reader(Document(text), RULES)
    f = reader.f
    for s in range(len(f)):
        e = s
        while e < len(f) and f[e].isdigit():
            e += 1
        if e == s:
            continue
        if f[s] != "0" and f[e : e + 1] not in (".", ")") and s > 8 and "\n" not in f[s - 8 : s]:
            assert reader.not_label(Fig(s, e, parse_digits(f[s:e])))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_LABEL_PIECES, ",", ", ", "Sam", "He was ", '"', "\u201d", " ("]), max_size=10).map("".join))
@example("Sam, 42, and")
@example("Ann Ion (32)")
@example("He was 99.")
def test_an_age_after_a_name_is_followed_as_the_cheap_test_says(text: str) -> None:
    from newsstruct._numbers import parse_digits
    from newsstruct._quantity_nouns import Fig
    from newsstruct._quantity_read import _AGE_AFTER

    reader = Reader(Document(text), RULES)
    f = reader.f
    for s in range(len(f)):
        e = s
        while e < len(f) and f[e] in string.digits:
            e += 1
        if e == s:
            continue
        if reader.is_age_after_name(Fig(s, e, parse_digits(f[s:e]))):
            assert f[e : e + 1] in _AGE_AFTER or f.startswith(" (", e)


def test_ages_and_labels_are_read() -> None:
    def read(text: str) -> list[tuple[str, str | None]]:
        return [(q.text, q.unit) for q in _read(text)]

    assert read("Thomas Sam, 42, and Ann Ion (32) left.") == [("42", "year"), ("32", "year")]
    assert read("He was 99.") == [("99", "year")]
    assert read("The plan: 1. The economy, and 12 people.") == [("12 people", None)]
