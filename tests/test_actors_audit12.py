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
