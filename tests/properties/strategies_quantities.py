"""Hypothesis strategies for quantities: numbers as news writes them, with their value."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(groups)


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number written with digits, and its exact value.

    Integers and decimals, with or without thousands separators ("," or a space), with or
    without a scale word ("1.5 million").
    """
    whole = draw(st.integers(min_value=0, max_value=10**12))
    digits = str(whole)
    sep = draw(st.sampled_from(["", ",", " "])) if whole >= 1000 else ""
    text = _group(digits, sep) if sep else digits
    value = Decimal(whole)
    if draw(st.booleans()):
        frac = draw(st.text("0123456789", min_size=1, max_size=4))
        text += "." + frac
        value = Decimal(f"{whole}.{frac}")
    if draw(st.booleans()):
        word = draw(st.sampled_from(sorted(SCALES)))
        text += " " + word
        value *= SCALES[word]
    return text, value


def to_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
