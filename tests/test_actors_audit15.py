"""Actors: a gerund or an adjective opening a sentence before a name of one word, names
with lower-case particles, firms named by a common noun, names with "&", a description set
right before a body's name, and acronyms of names after a state's or joined by "&"."""

from __future__ import annotations

from tests.reading import actor_kinds as _actors
from tests.reading import speakers as _speakers


def test_gerund_or_adjective_opening_before_a_name() -> None:
    text = (
        "Acquiring Zentrix would double the size of the group, analysts said. Zentrix "
        "rejected the offer on Monday."
    )
    assert [n for n, _ in _actors(text)] == ["Zentrix"]
    text = (
        "Internal Zentrix papers show the fault was known. Zentrix declined to comment on "
        "Friday."
    )
    assert [n for n, _ in _actors(text)] == ["Zentrix"]
    # a name written so twice keeps its first word
    text = "Liberal Democrats won the seat. The Liberal Democrats said they were pleased."
    assert [n for n, _ in _actors(text)] == ["Liberal Democrats"]


def test_common_noun_before_a_given_name() -> None:
    text = "Billionaire Arlo Denton bought the club on Monday. Denton said he was delighted."
    assert [n for n, _ in _actors(text)] == ["Arlo Denton"]


def test_lower_case_particle_inside_a_name() -> None:
    text = "The deal was first reported by Gazzetta della Valle, which said it had been signed."
    assert [n for n, _ in _actors(text)] == ["Gazzetta della Valle"]


def test_firm_named_by_a_common_noun() -> None:
    text = (
        '"Demand is slowing," said Ravi Mehta, an analyst at Northgate Strategies. '
        "Brightwater Research said sales fell by a tenth."
    )
    assert ("Brightwater Research", "organisation") in _actors(text)
    text = "Lumo and Orbis Images announced a deal on Monday. Orbis Images said it was pleased."
    assert ("Orbis Images", "organisation") in _actors(text)


def test_name_with_an_ampersand() -> None:
    text = "Orders overwhelmed the carrier on Tuesday. B&K said it was adding staff."
    assert _speakers(text) == ["B&K"]
    assert [n for n, _ in _actors(text)] == ["B&K"]


def test_description_before_a_body_name() -> None:
    text = '"The outlook is negative," said the Dutch credit rating agency Fitchley.'
    assert _speakers(text) == ["Fitchley"]


def test_acronyms_of_joined_and_owned_names() -> None:
    text = (
        "Harlow & Harlow recalled its syrup on Friday. H&H said the plant had stopped. "
        "The US Drug Safety Board said it would inspect the plant. The DSB said more checks "
        "would follow."
    )
    names = [n for n, _ in _actors(text)]
    assert "Harlow & Harlow" in names and "H&H" not in names
    assert "US Drug Safety Board" in names and "DSB" not in names
