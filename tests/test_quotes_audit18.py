"""Reported speech: a document that speaks gives way to its author, named after it ("said a
statement by the union") or the subject of the sentence before ("the statement said"), and
a group with a modifier after a closing verb ("said Dutch lawmakers"), and an employee as
a source ("according to a Red Cross employee")."""

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


def test_a_statement_issued_by_a_body_named_with_its_article() -> None:
    text = '"Four bridges were closed," said a statement issued by the U.S. military.'
    assert _read(text) == [("Four bridges were closed,", "U.S. military", "said")]


def test_the_statement_whose_issuer_the_sentence_before_names() -> None:
    text = (
        "A statement issued by the port authority noted that ships would wait. "
        '"Ferries to the islands will run on a reduced timetable," the statement said.'
    )
    assert [s for _, s, _ in _read(text)] == ["port authority", "port authority"]


def test_a_group_with_its_modifier_after_the_closing_verb() -> None:
    text = 'The vote was held on Sunday. "The border will stay closed to trucks," said Dutch lawmakers.'
    assert _read(text) == [
        ("The border will stay closed to trucks,", "Dutch lawmakers", "said"),
    ]


def test_a_group_after_a_quantifier_keeps_its_name() -> None:
    text = 'The fire spread on Sunday. "The smoke came first and then the flames," said some witnesses.'
    assert _read(text) == [
        ("The smoke came first and then the flames,", "witnesses", "said"),
    ]


def test_an_employee_of_a_body_is_the_source() -> None:
    text = "The clinic ran out of vaccines on Friday, according to a Red Cross employee."
    assert [s for _, s, _ in _read(text)] == ["Red Cross employee"]
