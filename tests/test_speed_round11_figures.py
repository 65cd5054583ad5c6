"""The quantity reader's shortcuts of this round read what the plain rules read: the numerals
too few digits surround for a phone number to hold them."""

from __future__ import annotations

import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_read import _PHONE, _PHONE_LONGEST, Reader, _too_few_phone_digits
from newsstruct._quantity_rules import compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests.test_speed_round9_figures import _PHONE_PIECES as PHONE_PIECES
from tests.test_speed_round9_figures import WholeScanReader

RULES = compile_rules(DEFAULT_CONFIG)


class PlainPhoneReader(WholeScanReader):
    """The reader that asks the phone numbers of the whole scan at every numeral."""

    def no_phone_at(self, start: int, end: int) -> bool:
        return False


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


@settings(max_examples=300, deadline=None)
@given(_phone_texts)
@example("Ring 020 7946 0958 about 12 people, or +44 20 7946 0958 for 3.5 per cent.")
@example("x" * 30 + "+44 20 7946 0958" + " 12 people, " * 3)
def test_figures_read_with_the_digits_around_are_those_of_the_whole_scan(text: str) -> None:
    assert Reader(Document(text), RULES).run() == PlainPhoneReader(Document(text), RULES).run()


def test_figures_beside_phone_numbers_and_lone_digits() -> None:
    text = "Call 020 7946 0958 or +44 20 7946 0958: 12 people paid 3.5 per cent."
    assert [q.text for q in _read(text)] == ["12 people", "3.5 per cent"]
    assert _read("Ring 1-800-555-0199, or 1-800-FLOWERS.") == ()
    assert sum(c in string.digits for c in "+1 20 79") == 5
