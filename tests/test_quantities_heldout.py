"""Ages with a qualifier, and a currency spaced from its amount by markup.

Examples written for the project.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_quantities


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        (
            "Her father, who is aged over eighty, founded the firm.",
            "aged over eighty",
            80,
            "more_than",
        ),
        ("Children aged under five were vaccinated.", "aged under five", 5, "less_than"),
        ("The driver, aged about 45, was unhurt.", "aged about 45", 45, "approximately"),
    ],
)
def test_an_age_with_a_qualifier_is_an_age(
    text: str, span: str, value: int, qualifier: str
) -> None:
    (q,) = extract_quantities(text)
    assert (q.text, q.value, q.unit, q.qualifier) == (span, value, "year", qualifier)


def test_an_age_range_keeps_its_range() -> None:
    (q,) = extract_quantities("Men between the ages of 18 and 26 must register.")
    assert (q.text, q.low, q.high, q.unit) == ("between the ages of 18 and 26", 18, 26, "year")


@pytest.mark.parametrize("gap", ["&nbsp;", " &nbsp;"])
def test_a_currency_spaced_from_its_amount_by_markup_is_read(gap: str) -> None:
    text = f"The bank lent US${gap}85 billion to the insurer."
    (q,) = extract_quantities(text)
    assert (q.value, q.unit) == (85_000_000_000, "USD")
    assert q.text == f"US${gap}85 billion"
