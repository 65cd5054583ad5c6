"""Quantities in the spellings of wiki and wire news: ages in lists and after names set off
with odd spacing, partitive counts, compound counted nouns, verbs that look like labels or
qualifiers, and figures in phone numbers, codes and editors' comments."""

from __future__ import annotations

import pytest

from newsstruct import extract_quantities


def _read(text: str) -> list[tuple[str, object, str, str | None, str | None]]:
    return [
        (q.text, q.value if q.value is not None else (q.low, q.high), q.qualifier, q.unit, q.entity)
        for q in extract_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space left before the comma where a link was taken out
        ("The lecturer, Omar al-Hadi , 41, was questioned.", ("41", 41)),
        ("Yesterday Ann Blake , 63, resigned.", ("63", 63)),
        # a particle before the capital of a surname
        ("A doctor, Karim el-Sayed, 38, was held.", ("38", 38)),
        # a list of victims, each with a note in brackets
        ("* Tom Weller, 56 (driver)", ("56", 56)),
        # "Aged" at the start of a list item or sentence
        ("* Ian Pole: Aged 30, from Hull.", ("Aged 30", 30)),
    ],
)
def test_ages(text: str, expected: tuple[str, int]) -> None:
    ages = [(q.text, q.value) for q in extract_quantities(text) if q.kind == "age"]
    assert ages == [expected]


def test_age_needs_a_name_before_it() -> None:
    text = "Ann Blake , 63, said that in the end, 40 (of 60) voted."
    assert [q.kind for q in extract_quantities(text)] == ["age", "number", "number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the guards were hurt.", ("Three of the guards", 3, "guards")),
        ("He sold 40 of his paintings.", ("40 of his paintings", 40, "paintings")),
        ("at least 12 of the victims", ("at least 12 of the victims", 12, "victims")),
    ],
)
def test_partitive_counts(text: str, expected: tuple[str, int, str]) -> None:
    assert [(q.text, q.value, q.entity) for q in extract_quantities(text)] == [expected]


def test_partitive_leaves_a_second_number_alone() -> None:
    assert _read("Two of the crews won five of the nine races.") == [
        ("Two of the crews", 2, "exact", None, "crews"),
        ("five", 5, "exact", None, "races"),  # the part counts what its whole counts
        ("nine races", 9, "exact", None, "races"),
    ]


def test_partitive_needs_a_plural() -> None:
    text = "Only 3 of the group stayed and 4 of the rebels left."
    assert [q.entity for q in extract_quantities(text)] == [None, "rebels"]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("They sent 200 police officers.", "police officers"),
        ("The ship's 13 crew members swam.", "crew members"),
        ("Soldiers carried 20 wounded soldiers.", "wounded soldiers"),
        ("It owns four media companies.", "media companies"),
    ],
)
def test_compound_heads(text: str, entity: str) -> None:
    assert [q.entity for q in extract_quantities(text)] == [entity]


def test_people_in_i() -> None:
    assert _read("Police held 12 Iraqis and 152 Congolese Tutsis at the camp.") == [
        ("12 Iraqis", 12, "exact", None, "Iraqis"),
        ("152 Congolese Tutsis", 152, "exact", None, "Congolese Tutsis"),
    ]


def test_a_second_verb_is_not_counted() -> None:
    assert [q.entity for q in extract_quantities("It killed two guards and wounded six.")] == [
        "guards",
        None,
    ]


def test_owner_counted_after_one() -> None:
    assert [q.entity for q in extract_quantities("Then one old man's cart tipped over.")] == [
        "old man"
    ]


def test_double_space_left_by_markup() -> None:
    assert [q.entity for q in extract_quantities("It runs 700 Somerfield  supermarkets.")] == [
        "Somerfield  supermarkets"
    ]


def test_numbers_as_a_verb() -> None:
    assert [q.text for q in extract_quantities("The unit now numbers five battalions.")] == [
        "five battalions"
    ]


def test_over_as_a_particle() -> None:
    assert _read("The firm handed over 2 databases to police.") == [
        ("2 databases", 2, "exact", None, "databases")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Call 0800 789321 (+44 800 789321 from abroad).",
        "It breaks Code §10-503.16(b)(7) of the city.",
        "Under Law no 2001-692 of the state.",
        "Blasts hit <!-- FOUR BOMBS ON TRAINS --> the city.",
        "Blasts hit the city. <!-- note: 3 more",
    ],
)
def test_not_quantities(text: str) -> None:
    assert extract_quantities(text) == ()


def test_text_after_a_comment_is_read() -> None:
    assert [q.text for q in extract_quantities("<!-- 5 x --> Six boats sank.")] == ["Six boats"]


def test_double_space_does_not_join_a_year() -> None:
    text = "Papers report  2009 market crisis Ohio  based Acme Microsystems  announced cuts."
    assert [q.text for q in extract_quantities(text)] == []


def test_double_space_inside_a_spelt_number() -> None:
    assert _read("About three  thousand guests came.") == [
        ("About three  thousand guests", 3000, "approximately", None, "guests")
    ]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("It killed 300 elderly people.", "elderly people"),
        ("It hurt 12 wounded men.", "wounded men"),
    ],
)
def test_plural_after_a_nominal_adjective(text: str, entity: str) -> None:
    assert [q.entity for q in extract_quantities(text)] == [entity]


def test_one_with_a_verb_and_its_object() -> None:
    text = "Of the cartoons, one showing the mayor was pulled; one building fell."
    assert [q.text for q in extract_quantities(text)] == ["one building"]
