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


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a participle after the counted noun is no part of it
        ("1 US soldier killed, 2 civilians wounded.", ["US soldier", "civilians"]),
        ("Reports said 1 Marine killed in the blast.", ["Marine"]),
        ("Three Lakeland nationals arrested at the border.", ["Lakeland nationals"]),
        # the participle is the noun right after the number, an adverb or a modifier
        ("Officials said 20 killed and 30 wounded.", ["killed", "wounded"]),
        ("Five seriously injured, three more injured.", ["seriously injured", "injured"]),
        ("The rate counts 1.4 long-term unemployed.", ["long-term unemployed"]),
    ],
)
def test_a_participle_after_a_counted_noun_ends_it(text: str, entities: list[str]) -> None:
    assert [q.entity for q in extract_quantities(text)] == entities


def test_a_unit_or_a_currency_in_capitals_is_no_counted_noun() -> None:
    assert [q.entity for q in extract_quantities("It cost one US dollar.")] == []
