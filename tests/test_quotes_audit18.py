"""Reported speech: a document that speaks gives way to its author, named after it ("said a
statement by the union") or the subject of the sentence before ("the statement said")."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_a_statement_by_a_body_is_the_body_speaking() -> None:
    text = '"We will stay on strike until the offer improves," said a statement by the Dock Workers Union.'
    assert _read(text) == [
        ("We will stay on strike until the offer improves,", "Dock Workers Union", "said"),
    ]


def test_the_statement_after_a_sentence_the_body_opens() -> None:
    text = (
        "The Dock Workers Union said it would not end the strike. "
        '"Our members voted to stay out until the offer improves," the statement said.'
    )
    assert _read(text) == [
        ("it would not end the strike", "Dock Workers Union", "said"),
        ("Our members voted to stay out until the offer improves,", "Dock Workers Union", "said"),
    ]


def test_the_statement_the_sentence_before_announced() -> None:
    text = (
        "The Dock Workers Union issued a statement on Monday. "
        '"Our members voted to stay out until the offer improves," the statement said.'
    )
    assert _read(text) == [
        ("Our members voted to stay out until the offer improves,", "Dock Workers Union", "said"),
    ]
