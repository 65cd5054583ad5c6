"""Actors in the shapes wire copy writes them: a place's own body named by its possessive
and a lower-case noun ("Kenya's health ministry said")."""

from __future__ import annotations

from newsstruct import summarize


def _summary(text: str):  # type: ignore[no-untyped-def]
    return summarize(text, published="2026-03-10")


def test_a_places_possessive_names_its_body() -> None:
    s = _summary(
        "Kenya's health ministry said on Monday that 12 people had died. "
        "Japan's foreign ministry said it hoped the talks would resume. "
        "Ukraine's military said it shot down 20 drones overnight."
    )
    actors = {a.name: a.kind for a in s.actors}
    assert actors.get("Japan's foreign ministry") == "organisation"
    assert actors.get("Ukraine's military") == "organisation"
    speakers = [q.speaker.name for q in s.quotes if q.speaker is not None]
    assert "Japan's foreign ministry" in speakers
    assert "Ukraine's military" in speakers
    assert "ministry" not in speakers and "military" not in speakers
    # a body written as a name keeps its own name
    s = _summary("Uganda's Ministry of Works said in a statement it welcomed the plan.")
    assert [a.name for a in s.actors] == ["Ministry of Works"]


def test_a_two_word_name_placed_by_in_is_a_place() -> None:
    s = _summary(
        "Wildfires in Nova Scotia forced 5,000 people from their homes on Monday. "
        "Nova Scotia sent firefighters to help.\n\n"
        'Premier Tim Houston said the fires were the worst in years. "We need help," he said.'
    )
    kinds = {a.name: a.kind for a in s.actors}
    assert kinds.get("Nova Scotia") != "person"
    assert kinds.get("Tim Houston") == "person"
    # a person's name after "in" with a given name first stays a person's
    s = _summary("Voters put their trust in Peter Mwangi. Peter Mwangi said he would serve.")
    assert {a.name: a.kind for a in s.actors}.get("Peter Mwangi") == "person"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _summary(text).quotes]


def test_it_that_speaks_is_the_subject_before_it() -> None:
    # the body that opened the sentence before, not a place it named
    assert _speakers(
        "The United Nations said aid had reached Gaza. It said 200 trucks crossed on Sunday."
    ) == ["United Nations", "United Nations"]
    # the document, not the people it speaks of
    speakers = _speakers(
        "The report, released by Human Rights Watch, says police in Kenya killed 30 "
        "protesters. It says officers fired live rounds."
    )
    assert speakers[-1] == "report"
    # a place only named after "in" does not speak
    speakers = _speakers(
        "The report notes that efforts have been made in China, and it adds that more is "
        'needed. "The situation is still serious," it states.'
    )
    assert "China" not in speakers


def test_they_after_charities_is_the_charities() -> None:
    speakers = _speakers(
        "In a letter to the Wildlife Trust, the charities say that the advert is cruel. "
        "They urged the Trust to withdraw its support."
    )
    assert speakers[-1] == "charities"


def test_a_name_before_a_negative_auxiliary_acts() -> None:
    for text in (
        "Kenya Airways can't afford to pay the pilots.",
        "Kenya Airways cannot pay the pilots.",
        "Kenya Airways didn't pay the pilots.",
    ):
        assert [a.name for a in _summary(text).actors] == ["Kenya Airways"], text
