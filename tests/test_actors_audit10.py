"""Actors in the shapes wire reports write them: a state's government, a body's clipped short
name, stock indexes, an outlet spoken to, a common word opening a sentence before a group."""

from __future__ import annotations

from newsstruct import summarize


def _summary(text: str):  # type: ignore[no-untyped-def]
    return summarize(text, published="2026-03-10")


def _names(text: str) -> list[str]:
    return [a.name for a in _summary(text).actors]


def test_state_government_is_the_state() -> None:
    text = (
        "Peru's government said Monday it will build a new port next year.\n\n"
        "Peru has already spent $2 billion on roads since 2019."
    )
    summary = _summary(text)
    names = [a.name for a in summary.actors]
    assert "Peru's government" not in names
    assert "Peru" in names
    agents = {e.date.text: e.actors for e in summary.events}
    assert agents["Monday"] == ("Peru",)


def test_fed_is_the_federal_reserve() -> None:
    text = (
        "The U.S. Federal Reserve kept its key rate unchanged Wednesday.\n\n"
        "The Fed said it could cut rates later this year."
    )
    names = _names(text)
    assert "Fed" not in names
    assert "U.S. Federal Reserve" in names


def test_stock_index_is_no_actor() -> None:
    text = (
        "Shares rose on Tuesday after the report. The Dow Jones Industrial Average gained "
        "1.2 percent, and the Acme Composite Index climbed 2 percent."
    )
    names = _names(text)
    assert "Dow Jones Industrial Average" not in names
    assert "Acme Composite Index" not in names


def test_outlet_spoken_to_is_no_antecedent() -> None:
    text = (
        "Researchers trained 24 bees to count. Ann Lee, a biologist who was not involved, "
        "told VOA the bees may have learned patterns.\n\n"
        "The team plans to repeat the experiment next year."
    )
    summary = _summary(text)
    assert "VOA" not in [a.name for a in summary.actors]
    assert all("VOA" not in e.actors for e in summary.events)


def test_common_word_before_a_group_is_no_name() -> None:
    text = (
        "Fighting has forced thousands of families to flee, officials said Tuesday.\n\n"
        "Relief groups say they cannot reach the worst-hit towns."
    )
    assert "Relief" not in _names(text)


def test_centers_for_is_one_body() -> None:
    text = (
        "The WHO and the U.S. Centers for Disease Control and Prevention reported 12,000 "
        "cases in 2025."
    )
    names = _names(text)
    assert any(n.startswith("U.S. Centers for Disease Control") for n in names)


def test_country_agency_is_the_body_named_next() -> None:
    text = (
        "Storms have killed 40 people in the south, the country's disaster agency said "
        "Sunday.\n\nThe National Disaster Relief Agency said the worst damage was on the "
        "coast, where a bridge fell late Friday."
    )
    summary = _summary(text)
    agents = {e.date.text: e.actors for e in summary.events}
    assert agents["Sunday"] == ("National Disaster Relief Agency",)


def test_mrs_is_not_the_man_of_that_surname() -> None:
    text = (
        "President George W. Bush spoke in Ohio on Monday.\n\n"
        "Mrs. Bush visited a school on Tuesday, where she read to pupils."
    )
    summary = _summary(text)
    george = next(a for a in summary.actors if a.name == "George W. Bush")
    assert "she" not in [s.text for s in george.spans]
    assert "Mrs. Bush" not in [s.text for s in george.spans]


def test_title_set_off_before_the_name_is_the_person() -> None:
    text = (
        "Former President of the United States , Jimmy Carter visited Gaza on Monday. "
        "Carter said peace was possible."
    )
    summary = _summary(text)
    assert [a.name for a in summary.actors] == ["Jimmy Carter"]
    assert [e.actors for e in summary.events] == [("Jimmy Carter",)]
