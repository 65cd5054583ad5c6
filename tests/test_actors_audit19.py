"""Actors and names: a place between a title and a name, a given name before a title word,
an adverb opening a sentence, and a surname before a preposition."""

from __future__ import annotations

import newsstruct
from newsstruct._names import resolve
from newsstruct._text import Document


def _actors(text: str) -> list[str]:
    return [a.name for a in newsstruct.summarize(text, published="2024-03-01").actors]


def test_place_after_title_is_not_part_of_the_name() -> None:
    text = (
        "Senate Minority Leader from Ohio Ann Porter said on Tuesday that the bill would "
        "fail. Porter added that talks would go on."
    )
    s = newsstruct.summarize(text, published="2024-03-01")
    assert [a.name for a in s.actors] == ["Ann Porter"]
    assert [e.actors for e in s.events] == [("Ann Porter",)]


def test_country_after_of_is_not_part_of_the_name() -> None:
    text = (
        "The author mocked the President of the United States of America George W. Bush. "
        "Bush said on Tuesday that he disagreed."
    )
    assert "America George W. Bush" not in _actors(text)
    assert "George W. Bush" in _actors(text)


def test_given_name_before_title_word_keeps_the_whole_name() -> None:
    text = (
        "Khalid Sheikh Mohammed said on Monday that he planned the attacks. "
        "Mohammed told the court he was proud of it."
    )
    assert _actors(text) == ["Khalid Sheikh Mohammed"]


def test_adverb_opening_a_sentence_is_no_actor() -> None:
    text = (
        "People want to be loved. Especially in America I find it odd because we are "
        "the melting pot, he said."
    )
    assert "Especially" not in _actors(text)


def test_surname_ending_like_an_adjective_before_during() -> None:
    text = (
        "Ravi Jindal, 36, won the election on Saturday.\n\n"
        '"Let us give our state a fresh start," said Jindal during his victory speech.'
    )
    s = newsstruct.summarize(text, published="2024-03-01")
    assert [a.name for a in s.actors] == ["Ravi Jindal"]
    assert [q.speaker and q.speaker.name for q in s.quotes] == ["Ravi Jindal"]


def test_an_approximating_adverb_opening_a_sentence_names_nobody() -> None:
    text = (
        "The team tested the plants. Almost 90 percent of the extracts stopped bacteria, "
        "they reported. Nearly half of the trees were sick. Roughly 20 were cut down."
    )
    ents = resolve(Document(text))
    assert [m.text for m in ents.mentions if m.kind != "pronoun"] == ["The team"]
    assert [o.name if o else None for o in ents.owners()] == ["team", "team"]
