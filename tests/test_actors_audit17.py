"""Actors: a preposition opening the sentence before an agent's name, bodies whose name goes
on with "on" or "to", Portuguese particles in names, towns and camps named by their first
word, titles with no name, names written only inside a body's noun, forces only sent,
coordinated subjects with a verb that has no ending, and "they" after a place named like a
body."""

from __future__ import annotations

from tests.reading import actor_kinds as _actors
from tests.reading import summary_of as _summary


def _names(text: str) -> list[str]:
    return [a.name for a in _summary(text).actors]


def test_preposition_opening_the_sentence_is_no_part_of_the_agent() -> None:
    text = (
        "With the People's Front for Reform (PFR) having called off its march on Monday, "
        "the roads reopened."
    )
    assert "People's Front for Reform" in _names(text)
    assert not any(name.startswith("With") for name in _names(text))


def test_committee_name_goes_on_after_on_and_to() -> None:
    text = (
        "The Senate Committee on Fisheries and Coastal Affairs voted on Tuesday to hold a "
        "hearing. The Committee to Protect Miners said it would testify."
    )
    assert sorted(_names(text)) == [
        "Committee to Protect Miners",
        "Senate Committee on Fisheries and Coastal Affairs",
    ]


def test_portuguese_particle_inside_a_name() -> None:
    text = "The Federal University of Mato Grosso do Sul said on Monday that it would reopen."
    assert _names(text) == ["Federal University of Mato Grosso do Sul"]


def test_camp_opens_a_place_not_a_person() -> None:
    assert _actors("Camp Ridley said on Monday it would close the gate.") == [
        ("Camp Ridley", "organisation")
    ]


def test_branch_is_a_body() -> None:
    assert _actors("The Executive Branch announced new rules on Tuesday.") == [
        ("Executive Branch", "organisation")
    ]


def test_title_with_no_name_is_a_person() -> None:
    assert _actors("A Republican Senator said on Monday that the bill would fail.") == [
        ("Republican Senator", "person")
    ]


def test_name_written_only_inside_a_body_noun_does_not_act() -> None:
    text = (
        "The Vanberg committee said on Friday that the prize would go to Ann Lee. A Vanberg "
        "statement praised her work."
    )
    assert "Vanberg" not in _names(text)


def test_force_only_sent_is_no_actor() -> None:
    text = "The governor said he would send 1,000 police officers to the city on Monday."
    assert "police" not in _names(text)


def test_model_designation_is_no_name() -> None:
    text = "The soldiers were bombed by US F-15 jets which had been called in to help."
    assert "US F" not in _names(text)


def test_coordinated_subjects_with_plain_verb() -> None:
    text = "Mark Jolley and Peter Ames, both Republicans, approve of the plan."
    assert sorted(_names(text)) == ["Mark Jolley", "Peter Ames"]
    text = "Chairman Tom Ray and Senator Ann Lee oppose the sale of the land."
    assert sorted(_names(text)) == ["Ann Lee", "Tom Ray"]
    text = "Ann Lee and other officials have told reporters that the talks failed."
    assert _names(text) == ["Ann Lee"]


def test_they_is_not_a_place_named_like_a_body() -> None:
    text = (
        "Researchers from the University of Oxford watched 40 apes in Kibale Forest Reserve "
        "for a year. They said the apes used tools."
    )
    speakers = [q.speaker.name for q in _summary(text).quotes if q.speaker is not None]
    assert "Kibale Forest Reserve" not in speakers
