"""Dates and dated events: a day of the month "of that year", an irregular past verb
placing a month, a weekday in brackets after "today", a body named in lower case, a
clause after "how" or "whether", "they" after two people named together, a clause after
", but", a phrase opening with "Born" and a weekday in a title in the markup's italics."""

from __future__ import annotations

from tests.reading import date_values as _dates
from tests.reading import dated_agents as _events


def test_day_of_the_month_of_that_year() -> None:
    text = "Riots broke out in 2011. On March 9 of that year, the mayor resigned."
    assert _dates(text) == ["2011", "2011-03-09"]
    text = "Ann Lee was elected in 1998 and sworn in on May 20 of the same year."
    assert _dates(text) == ["1998", "1998-05-20"]


def test_irregular_past_verb_places_a_month() -> None:
    text = 'Critics found worrying a pledge by Ben Oye in October that "we will cut taxes."'
    assert _dates(text) == ["2025-10"]
    text = "Ann Lee sent a letter in November that will be read today."
    assert _dates(text) == ["2025-11", "2026-03-04"]


def test_weekday_in_brackets_after_a_day_word() -> None:
    text = '"We will vote today (Tuesday) on the bill," Lee said.'
    assert _dates(text, "2026-03-04") == ["2026-03-03", "2026-03-03"]
    text = "The vote is set for tomorrow (Thursday), officials said."
    assert _dates(text, "2026-03-04") == ["2026-03-05", "2026-03-05"]


def test_body_named_in_lower_case_speaking() -> None:
    text = "The national weather service said on Monday that more snow would fall."
    assert _events(text) == [("2026-03-02", ("national weather service",))]


def test_passive_after_how_or_whether_is_not_the_clause() -> None:
    text = "Ann Lee asked on Monday whether the bill had been approved by the Senate."
    assert _events(text) == [("2026-03-02", ("Ann Lee",))]
    text = "Ann Lee wrote a story today about how the port was being run by Zetacorp."
    assert _events(text) == [("2026-03-04", ("Ann Lee",))]


def test_they_after_two_people_named_together() -> None:
    text = "Ann Lee and Ben Oye met in Paris. On Monday, they addressed the assembly."
    assert _events(text) == [("2026-03-02", ("Ann Lee", "Ben Oye"))]


def test_clause_after_but_has_its_own_subject() -> None:
    text = "Zetacorp had tried to buy the plant, but in June Acme Motors made a bid for it."
    assert _events(text, "2026-09-01") == [("2026-06", ("Acme Motors",))]
    text = 'Ann Lee said, "I work every day, but today I rest."'
    assert _events(text) == [("2026-03-04", ("Ann Lee",))]


def test_opening_phrase_after_born() -> None:
    text = "Ann Lee has died. Born on May 2, 1931, Leeds, Yorkshire, she became a judge in 1970."
    assert [a for _, a in _events(text)] == [("Ann Lee",), ("Ann Lee",)]


def test_weekday_in_a_title_in_markup_italics() -> None:
    text = "The ''Sunday Times'' reported that the minister had resigned."
    assert _dates(text) == []
