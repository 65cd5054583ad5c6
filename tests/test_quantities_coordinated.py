"""A counted noun with two modifiers joined by "and".  Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_quantities


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("More than 2,000 army and police troops arrived.", "army and police troops"),
        ("Over 40 million credit and debit card numbers were sold.", "credit and debit card numbers"),
        ("It will cut 1,800 administrative and managerial jobs.", "administrative and managerial jobs"),
    ],
)
def test_two_modifiers_joined_by_and_count_one_noun(text: str, entity: str) -> None:
    (q,) = extract_quantities(text)
    assert q.entity == entity
    assert text[q.start : q.end] == q.text and q.text.endswith(entity)


def test_a_number_after_and_counts_its_own_noun() -> None:
    quantities = extract_quantities("It bought six medium and four light helicopters.")
    assert [(q.value, q.entity) for q in quantities] == [(6, None), (4, "light helicopters")]
