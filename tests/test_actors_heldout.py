"""A maker's name on a model is no actor, unless the maker acts elsewhere.

Examples written for the project.
"""

from __future__ import annotations

import datetime as dt

import newsstruct

DAY = dt.date(2030, 1, 4)


def _actors(text: str) -> list[str]:
    return [a.name for a in newsstruct.summarize(text, published=DAY).actors]


def test_a_name_before_a_model_number_is_no_actor() -> None:
    text = (
        "Gunmen armed with AK 47s, grenades and rockets, attacked the convoy on Tuesday. "
        "Police said six officers died."
    )
    assert not [name for name in _actors(text) if "AK" in name]


def test_a_maker_that_acts_elsewhere_stays_an_actor() -> None:
    text = (
        "Nordwing Airlines flies a Kestrel 747 to Oslo. Kestrel said on Monday it would "
        "build ten more."
    )
    assert "Kestrel" in _actors(text)
