"""Organisation names written in title case, and products that are not actors."""

from __future__ import annotations

import pytest

from newsstruct import Document, summarize
from newsstruct._lexicon import Config
from newsstruct._names import find_mentions, resolve


def _actors(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in summarize(text).actors]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in summarize(text).quotes]


# --- a capitalised linking word inside an organisation's name --------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Growth In Harvest",
        "Bank Of Ruritania",
        "Friends Of The Wetlands",
        "Surgeons Without Frontiers",
        "Agency For Rural Development",
        "Parents Against Loud Music",
        "Pilotes Sans Frontières",
    ],
)
def test_a_title_case_name_with_a_linking_word_speaks_whole(name: str) -> None:
    text = f"{name} said on Monday it will cut 2,000 jobs."
    assert _actors(text) == [(name, "organisation")]
    assert _speakers(text) == [name]


def test_the_acronym_of_a_title_case_name_is_that_name() -> None:
    text = (
        "Growth In Harvest (GIH) said on Monday it will cut 2,000 jobs. GIH said the cuts "
        "would come this year."
    )
    assert _actors(text) == [("Growth In Harvest", "organisation")]
    assert _speakers(text) == ["Growth In Harvest", "Growth In Harvest"]


def test_title_case_and_joins_a_body_but_splits_two_people() -> None:
    ents = resolve(Document("Ann Lee And Bo Chen met. Loans And Savings Authority said so."))
    assert [(e.name, e.kind) for e in ents] == [
        ("Ann Lee", "person"),
        ("Bo Chen", "person"),
        ("Loans And Savings Authority", "organisation"),
    ]


def test_title_case_of_after_a_title_is_the_role_of_the_person() -> None:
    ents = resolve(Document("Foreign Minister Of Ruritania Ann Lee said the talks would resume."))
    assert [(e.name, e.kind, e.role) for e in ents] == [
        ("Ann Lee", "person", "Foreign Minister Of Ruritania")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Moscow, Bank Of Ruritania said it would cut jobs.",
        "Talks In Moscow ended on Monday, Bank Of Ruritania said.",
        "Rain On Monday stopped play, Bank Of Ruritania said.",
    ],
)
def test_a_linking_word_before_a_place_or_date_opens_no_name(text: str) -> None:
    assert _speakers(text) == ["Bank Of Ruritania"]
    names = [m.name for m in find_mentions(Document(text))]
    assert not any(" In " in n or " On " in n for n in names)


# --- products, technologies and measures ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "DVD sales fell 5% last year, the company said.",
        "GDP grew 2% last year, the company said.",
        "HIV infections rose sharply, the company said.",
        "USB sticks were banned, the company said.",
    ],
)
def test_a_product_is_no_actor_nor_the_company(text: str) -> None:
    assert _actors(text) == []
    assert _speakers(text) == ["company"]


def test_the_company_is_the_firm_named_before_the_product() -> None:
    text = "IBM said DVD sales fell. The company said it would cut jobs."
    assert _actors(text) == [("IBM", "organisation")]
    assert _speakers(text) == ["IBM", "IBM"]


@pytest.mark.parametrize(
    "text",
    ["Critics say Vioxx caused heart attacks.", "Acme Corp said the iPod has changed music."],
)
def test_a_product_acting_is_no_actor(text: str) -> None:
    assert [name for name, _ in _actors(text)] in ([], ["Acme Corp"])


def test_it_skips_a_product_for_the_firm_named_before() -> None:
    text = "Acme Corp withdrew Vioxx in 2004. It said the drug was safe."
    assert _speakers(text) == ["Acme Corp"]


def test_a_currency_code_and_a_currency_prefix_name_nobody() -> None:
    text = "The deal is worth USD 5 million and NZ$ 8 million, the company said."
    assert _actors(text) == []
    assert _speakers(text) == ["company"]
    assert "NZ" not in [m.name for m in find_mentions(Document(text))]


def test_products_are_a_vocabulary_users_extend() -> None:
    text = "ZRX sales fell 5% last year, the company said."
    assert _speakers(text) == ["ZRX"]
    config = Config().extend("product_heads", ["ZRX"])
    quotes = summarize(text, config=config).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["company"]
