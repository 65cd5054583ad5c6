"""Event agents as the summary gives them: a description of a body is not a body of another
kind named before it, a date in a relative clause after another name is not the acting
name's, and a name met only opening its sentences acts when shaped or described as one."""

from __future__ import annotations

from newsstruct import summarize


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    summary = summarize(text, published="2026-03-11")
    return [(e.date.text, e.actors) for e in summary.events]


def _actors(text: str) -> list[str]:
    return [a.name for a in summarize(text, published="2026-03-11").actors]


def test_company_is_not_the_central_bank_named_before() -> None:
    text = (
        "The Federal Reserve raised interest rates last week. "
        "Meanwhile the company said on Tuesday it would cut 300 jobs at its plant."
    )
    assert ("Tuesday", ("Federal Reserve",)) not in _events(text)
    assert ("Tuesday", ()) in _events(text)
    text = (
        "The Federal Reserve raised rates in May. Ruritan Motors sold 40,000 cars last year. "
        "The company said on Tuesday it would open a plant in Ohio."
    )
    assert ("Tuesday", ("Ruritan Motors",)) in _events(text)


def test_union_is_not_the_police_named_before() -> None:
    text = "Police arrested ten workers on Monday. The union called a strike on Tuesday."
    assert ("Tuesday", ()) in _events(text)


def test_date_in_relative_clause_of_another_name() -> None:
    text = (
        "John Smith praised Tom Reilly, who was charged in October, at a dinner in Ohio. "
        "Ann Lee, who took office in May, praised the plan."
    )
    events = _events(text)
    assert ("October", ()) in events
    assert ("May", ("Ann Lee",)) in events


def test_name_with_inner_capital_opening_its_sentence_acts() -> None:
    text = (
        "FlyRuritania opens a new route to Lagos on Friday, officials said. "
        "Work began in 1990 on the new airport."
    )
    assert ("Friday", ("FlyRuritania",)) in _events(text)
    assert ("1990", ()) in _events(text)
    assert _actors(text) == ["FlyRuritania"]


def test_name_described_after_a_comma_acts() -> None:
    text = (
        "WASHINGTON —\n\n"
        "Kelbor, a Dutch shipping firm, closed two ports in Ghana on Monday. "
        "Workers there said they had not been paid for months."
    )
    assert ("Monday", ("Kelbor",)) in _events(text)
    assert "Kelbor" in _actors(text)


def test_short_group_name_is_the_group_named_in_full_before() -> None:
    text = (
        "Last month, the city council agreed to build a new park. "
        "The council will vote on a second project next month."
    )
    assert _actors(text) == ["city council"]
    assert ("next month", ("city council",)) in _events(text)


def test_markup_words_are_not_actors() -> None:
    text = (
        "Ruritan Air <!-- the name is lower case; this is NOT a typo --> started flights on "
        "Monday.\n\n{{haveyoursay}}\n__NOEDITSECTION__ The airline said on Tuesday it would "
        "hire 40 pilots."
    )
    assert _actors(text) == ["Ruritan Air"]
