"""Actors: an acronym before "and" and a title after a name without a comma."""

from newsstruct import summarize


def _actors(text: str) -> list[str]:
    return sorted(a.name for a in summarize(text, published="2026-01-01").actors)


def test_acronym_and_name_are_two_bodies() -> None:
    assert _actors("HSBC and Crestway Bank agreed to the deal on Monday.") == [
        "Crestway Bank",
        "HSBC",
    ]


def test_title_after_name_without_comma() -> None:
    s = summarize(
        "Tomas Varga the Ruritanian Prime Minister met the envoy on Monday.",
        published="2026-01-01",
    )
    assert [a.name for a in s.actors] == ["Tomas Varga"]
    assert s.actors[0].role == "Ruritanian Prime Minister"
    assert [e.actors for e in s.events] == [("Tomas Varga",)]


def test_team_is_no_forest_reserve() -> None:
    s = summarize(
        "Biologists from Northfield College studied birds in Kaleba Forest Reserve. "
        "The team later said the birds were healthy.",
        published="2026-01-01",
    )
    assert "Kaleba Forest Reserve" not in [q.speaker and q.speaker.name for q in s.quotes]
