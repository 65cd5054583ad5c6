"""Figures: a noun phrase coordinated after the counted noun, and a range closed by a
mixed fraction. Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_quantities


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.entity) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Attacks killed over 65 security personnel and police officers.",
            [("over 65 security personnel and police officers", "security personnel and police officers")],
        ),
        ("The board hired 20 doctors and nurses.", [("20 doctors and nurses", "doctors and nurses")]),
        (
            "The league wants 70 thousand valid signatures and hopes to raise more.",
            [("70 thousand valid signatures", "valid signatures")],
        ),
        (
            "Police held four men and four women.",
            [("four men", "men"), ("four women", "women")],
        ),
        (
            "The firm has 500 workers and plans to cut jobs.",
            [("500 workers", "workers")],
        ),
        (
            "The party won 4 councillor seats and now holds the council.",
            [("4 councillor seats", "councillor seats")],
        ),
    ],
)
def test_a_coordinated_noun_phrase_joins_the_count(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == found


def test_a_range_closed_by_a_mixed_fraction() -> None:
    (q,) = extract_quantities("The glass is 1 1/4 to 1 1/2 inches thick.")
    assert (q.text, q.low, q.high, q.unit) == ("1 1/4 to 1 1/2 inches", 1.25, 1.5, "in")
