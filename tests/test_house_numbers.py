"""A house number is neither a year nor an amount, and a road is no actor.  Examples
written for the project."""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_quantities, summarize


@pytest.mark.parametrize(
    "text",
    [
        "The deeds cover the lots between 1109 and 1121 Elmwood Avenue in the city.",
        "A fire broke out at 1850 Kings Road on Monday.",
        "The shop at 1215 Harbor Boulevard closed.",
    ],
)
def test_a_house_number_is_no_year_and_no_amount(text: str) -> None:
    assert [d.text for d in extract_dates(text, reference="2006-11-21")] == (
        ["Monday"] if "Monday" in text else []
    )
    assert extract_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "dates", "figures"),
    [
        # a year at the start of a clause stays a year before a street's name
        ("In 1999 Smith Street was renamed.", ["1999"], []),
        # a name that ends in a road's word but goes on is no street
        ("The state will fund 235 California Highway Patrol positions.", [], ["235"]),
        # a number with thousands is an amount
        ("The plan moves 3,000 Main Street residents.", [], ["3,000"]),
    ],
)
def test_a_number_before_a_name_that_is_no_address_keeps_its_reading(
    text: str, dates: list[str], figures: list[str]
) -> None:
    assert [d.text for d in extract_dates(text, reference="2006-11-21")] == dates
    assert [q.text.split()[0] for q in extract_quantities(text)] == figures


def test_a_road_is_no_actor() -> None:
    text = (
        "Ann Lee, the developer, said the deeds on the lots at 1109 Elmwood Avenue which "
        "also stated that no shop may open there would be fought in court."
    )
    assert [a.name for a in summarize(text, published="2006-11-21").actors] == ["Ann Lee"]
