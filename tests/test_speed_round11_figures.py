"""The quantity reader's shortcuts of this round read what the plain rules read: the numerals
too few digits surround for a phone number to hold them, and the currencies before a number
read only where a currency's form ends."""

from __future__ import annotations

import string

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_read import _PHONE, _PHONE_LONGEST, Reader, _too_few_phone_digits
from newsstruct._quantity_rules import Rules, compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests._build import pure_python_only
from tests.test_speed_round9_figures import _PHONE_PIECES as PHONE_PIECES
from tests.test_speed_round9_figures import WholeScanReader

RULES = compile_rules(DEFAULT_CONFIG)


def _read(text: str) -> tuple[Quantity, ...]:
    return Reader(Document(text), RULES).run()


# --- phone numbers ---------------------------------------------------------------------------

# the pieces of the phone-number tests before, with words and numbers of news around them
_PHONE_PIECES = [*PHONE_PIECES, "One", "$", " people ", "3.5", "1,200", " in 2014, ", "x" * 20]

_phone_texts = st.lists(st.sampled_from(_PHONE_PIECES), max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(_phone_texts)
@example("+123 (1234) 1234-1234-1234-1234-1234")
@example("+1 (0) 2 34" + "-5678" * 6)
def test_no_phone_number_is_longer_than_the_longest(text: str) -> None:
    for m in _PHONE.finditer(text):
        assert len(m.group()) <= _PHONE_LONGEST, m
    assert len("+123 (1234) 1234-1234-1234-1234-1234") == _PHONE_LONGEST


@settings(max_examples=500, deadline=None)
@given(_phone_texts)
@example("Call +44 20 7946 0958 or (212) 555-1234 now, 3.5 and 1,200 people.")
@example("x" * 30 + "+44 20 7946 0958" + "x" * 30 + " 12 " + "x" * 30)
@example("0800 789321" + " " * 25 + "12")
@example("012 34567")  # (the fewest digits without a "+")
@example("+1 2-34")  # (the fewest with one)
@example("+123 (1234) 1234-1234-1234-1234-1234")  # (the longest)
@example("\u0663\u0663\u0663-555-1234 12")
def test_no_phone_number_holds_a_place_with_too_few_digits_around(text: str) -> None:
    if "1-800-" in text:
        return  # (the reader asks only in a text without "1-800-")
    phones = [m.span() for m in _PHONE.finditer(text)]
    for start in range(len(text)):
        if _too_few_phone_digits(text, start):
            assert not any(s <= start < e for s, e in phones), (text, start)


@pure_python_only
@settings(max_examples=300, deadline=None)
@given(_phone_texts)
@example("Ring 020 7946 0958 about 12 people, or +44 20 7946 0958 for 3.5 per cent.")
@example("x" * 30 + "+44 20 7946 0958" + " 12 people, " * 3)
def test_figures_read_with_the_digits_around_are_those_of_the_whole_scan(text: str) -> None:
    assert Reader(Document(text), RULES).run() == WholeScanReader(Document(text), RULES).run()


def test_figures_beside_phone_numbers_and_lone_digits() -> None:
    text = "Call 020 7946 0958 or +44 20 7946 0958: 12 people paid 3.5 per cent."
    assert [q.text for q in _read(text)] == ["12 people", "3.5 per cent"]
    assert _read("Ring 1-800-555-0199, or 1-800-FLOWERS.") == ()
    assert sum(c in string.digits for c in "+1 20 79") == 5


# --- currencies before a number -------------------------------------------------------------


class _Everything(frozenset[str]):
    """A set that holds every string: with it as the currencies' forms, the reader tries every
    candidate before a number, as the plain rule does."""

    def __contains__(self, item: object) -> bool:
        return True


def _trying_every_candidate(rules: Rules) -> Rules:
    plain = rules.plain and attrs.evolve(rules.plain, currency_befores=_Everything())
    return attrs.evolve(rules, currency_befores=_Everything(), plain=plain)


PLAIN_CURRENCY_RULES = _trying_every_candidate(RULES)

_CURRENCY_PIECES = [
    "$",
    " $",
    "US",
    "U.S.",
    "AU",
    "AUD",
    "NZ",
    "CAN",
    "Can",
    "Rs",
    "Rs.",
    "EUR",
    "&pound;",
    "\u20ac",
    "\u00a3",
    "A",
    "I",
    "a",
    "x",
    " ",
    "(",
    "-",
    ".",
    "1",
    "5",
    "dollars",
]

_currency_texts = st.lists(st.sampled_from(_CURRENCY_PIECES), max_size=10).map("".join)


@pure_python_only  # (the reference set is a subclass that compiled code reads as a set)
@settings(max_examples=500, deadline=None)
@given(_currency_texts)
@example("paid US$ 5, AUD $600, A $5 toll, NZ $ 26, Rs. 40, &pound;3 and x$4")
@example("CAN$5 Can$ 5 aUS$5 U.S.$5 $  6")
def test_currencies_before_a_number_are_those_of_every_candidate(text: str) -> None:
    doc = Document(text)
    for pos in range(len(text) + 1):
        reader = Reader(doc, RULES)
        plain = Reader(doc, PLAIN_CURRENCY_RULES)
        assert reader.currency_before(pos) == plain.currency_before(pos), (text, pos)
    assert Reader(doc, RULES).run() == Reader(doc, PLAIN_CURRENCY_RULES).run()


def test_currencies_before_figures() -> None:
    text = "It cost US$13 billion, AUD $600,000, NZ $ 26 and Rs. 40; a A $5 toll."
    assert [(q.text, q.unit) for q in _read(text)] == [
        ("US$13 billion", "USD"),
        ("AUD $600,000", "AUD"),
        ("NZ $ 26", "NZD"),
        ("Rs. 40", "INR"),
        ("$5", "USD"),
    ]
