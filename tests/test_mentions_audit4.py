"""How name mentions are typed as bodies: last words and plurals that end bodies' names,
"and" inside a body's name, article-opened names, and descriptions of a kind of body."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct._mentions import find_mentions
from newsstruct._text import Document


def _kinds(text: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(Document(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amnesty International said the trial was unfair.", "Amnesty International"),
        ("Delta Air Lines said it would cut fares.", "Delta Air Lines"),
        ("The Scottish Socialists said they would vote no.", "Scottish Socialists"),
        ("The Ruritanian Democrats said they would vote no.", "Ruritanian Democrats"),
        ("The Harbour Innocence Project said it would appeal.", "Harbour Innocence Project"),
    ],
)
def test_last_word_makes_a_body(text: str, name: str) -> None:
    assert _kinds(text)[name] == "organisation"


def test_title_word_joined_by_and_inside_a_body_name() -> None:
    kinds = _kinds("The Justice and Peace Movement said it wanted changes.")
    assert kinds.get("Justice and Peace Movement") == "organisation"
    assert "Justice" not in kinds
    assert "Peace Movement" not in kinds


def test_and_before_a_body_ending_keeps_one_name() -> None:
    kinds = _kinds("Ann Lee, a lawyer with the Fair and Open Courts Project, said so.")
    assert kinds.get("Fair and Open Courts Project") == "organisation"
    assert "Open Courts Project" not in kinds


def test_body_word_then_of_or_for_keeps_the_whole_name() -> None:
    kinds = _kinds("Tom Ray, of the Research Centre for Coastal Tropical Health, said so.")
    assert kinds.get("Research Centre for Coastal Tropical Health") == "organisation"
    assert "Tropical Health" not in kinds
    assert _kinds("Bank of Ruritania said it would act.").get("Bank of Ruritania") == (
        "organisation"
    )


def test_body_name_before_and_is_not_cut() -> None:
    kinds = _kinds("Civil Liberties Watch and Civil Liberties First said so.")
    assert kinds.get("Civil Liberties Watch") == "organisation"
    assert "Civil Liberties" not in kinds


def test_name_read_as_a_body_once_is_one_everywhere() -> None:
    text = (
        "Fair Trials First said the law was unjust. Ann Lee, of the group Fair Trials "
        "First, said it would appeal."
    )
    ms = [m for m in find_mentions(Document(text)) if m.name == "Fair Trials First"]
    assert len(ms) == 2
    assert {m.kind for m in ms} == {"organisation"}


def test_article_opened_name_written_whole_each_time_is_a_body() -> None:
    text = "Al Karama broadcast the tape on Monday. Al Karama said it was genuine."
    assert _kinds(text)["Al Karama"] == "organisation"
    person = "Al Baxter said he was pleased. Baxter left on Monday. Al Baxter returned."
    assert _kinds(person)["Al Baxter"] == "person"


def _actors(text: str) -> list[str]:
    return [a.name for a in newsstruct.summarize(text, published="2024-03-05").actors]


def test_description_of_another_kind_is_not_that_body() -> None:
    text = (
        "Ruritania Bank lost tapes holding customer records. Most accounts belong to "
        "staff of the Transport Department. The bank said the tapes were lost in December."
    )
    actors = _actors(text)
    assert "Ruritania Bank" in actors
    assert "Transport Department" not in actors


def test_new_body_is_not_the_one_named_before() -> None:
    text = (
        "Acme Air agreed on Monday to buy Zenith Airways. Rival Ruritania Air Lines stock "
        "fell by 2%. The new airline would carry 100 million passengers."
    )
    assert _actors(text) == ["Acme Air"]
