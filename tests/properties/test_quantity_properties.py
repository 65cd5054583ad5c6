"""Invariants of extract_quantities over generated text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from newsstruct import extract_quantities
from tests.properties.strategies import news_like_text
from tests.properties.strategies_quantities import to_number, written_numbers

_FIGURES = st.sampled_from(
    ["more than 60 ships", "$1.5 billion", "3.5 per cent", "10-20 boats", "between 5 and 7",
     "aged 45", "about a dozen", "1 – 0", "US$20-25", "two or three goals", "-5°C",
     "twenty-five", "1,200", "1 200", "40 km", "10%-12%", "hundreds of", "one of", "2014",
     "April 22", "7:57 AM", "F-16", "(", ")", ", ", " ", ". ", "\n", "£3m", "half of the"]
)
quantity_text = st.one_of(
    news_like_text,
    st.lists(st.one_of(_FIGURES, st.text(max_size=4)), max_size=30).map("".join),
)


@given(quantity_text)
def test_spans_hold_their_text_in_order_without_overlap(text: str) -> None:
    found = extract_quantities(text)
    previous_end = 0
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.start >= previous_end
        assert q.start < q.end
        previous_end = q.end


@given(quantity_text)
def test_value_lies_within_low_and_high(text: str) -> None:
    for q in extract_quantities(text):
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
            if q.value is not None:
                assert q.low <= q.value <= q.high
        for number in (q.value, q.low, q.high):
            assert number is None or isinstance(number, int | float)
            assert not isinstance(number, bool)


@given(quantity_text)
def test_results_are_deterministic_and_shift_with_a_prefix(text: str) -> None:
    prefix = "Officials spoke.\n\n"
    first = extract_quantities(text)
    assert extract_quantities(text) == first
    shifted = extract_quantities(prefix + text)
    assert shifted == tuple(q.shifted(len(prefix)) for q in first)


@given(written_numbers())
def test_digits_in_a_neutral_sentence_read_back_exactly(number: tuple[str, Decimal]) -> None:
    written, value = number
    sentence = f"They counted {written} boats."
    found = extract_quantities(sentence)
    assert len(found) == 1, found
    (q,) = found
    assert q.text == f"{written} boats"
    assert q.value == to_number(value)
    assert type(q.value) is type(to_number(value))
    assert q.entity == "boats"
