"""Dates and dated events: a name set off after a possessive subject, a body named after a
modifier, a body or group that says it after the statement, a present verb with its object
before a date, and "might" pointing ahead."""

from __future__ import annotations

from tests.reading import date_values as _dates
from tests.reading import dated_agents as _events


def test_name_set_off_after_a_possessive_subject() -> None:
    text = "Governor Ann Marsh's chief spokesman, Tomas Varga, said on Monday that talks failed."
    assert _events(text) == [("2026-03-02", ("Tomas Varga",))]
    text = "One of Mayor Karl B. Olsen 's twin sons, Peter Olsen, announced his bid today."
    assert _events(text) == [("2026-03-04", ("Peter Olsen",))]


def test_body_named_after_a_modifier() -> None:
    text = "Nordic Union trade ministers today signed a pact on fishing quotas."
    assert _events(text) == [("2026-03-04", ("Nordic Union trade ministers",))]
    text = "Ann Marsh told police on Monday that she had left."  # a verb, then the body
    assert _events(text) == [("2026-03-02", ("Ann Marsh",))]


def test_body_saying_it_after_the_statement() -> None:
    text = "Exports fell sharply, the ministry said Thursday."
    assert _events(text) == [("2026-02-26", ("the ministry",))]
    text = "Police arrested four poachers. The men were armed, they said on Monday."
    assert _events(text) == [("2026-03-02", ("Police",))]


def test_present_verb_with_an_object_before_a_weekday() -> None:
    text = "Ruritania plays Freedonia next on Sunday."
    assert _dates(text) == ["2026-03-08"]
    assert _events(text) == [("2026-03-08", ("Ruritania",))]


def test_might_points_ahead() -> None:
    assert _dates("The final episode might still be aired on Monday.") == ["2026-03-09"]
    assert _dates("Lee might have left on Monday.") == ["2026-03-02"]


def test_participle_phrase_between_subject_and_verb() -> None:
    text = "Ann Marsh giving no sign of a change in policy, said on Monday that talks go on."
    assert _events(text) == [("2026-03-02", ("Ann Marsh",))]


def test_first_name_spelt_as_a_month() -> None:
    text = "Speaking in Lusaka today, Jan Olsen said the crisis was growing."
    assert _events(text) == [("2026-03-04", ("Jan Olsen",))]


def test_passive_in_a_later_joined_clause() -> None:
    text = "Northfield Rovers formed in 1892, and is currently managed by Tomas Varga."
    assert _events(text) == [("1892", ("Northfield Rovers",))]


def test_count_of_lashes_is_no_year() -> None:
    assert _dates("He was sentenced to 15 years and 1500 lashes in May 2025.") == ["2025-05"]
