"""Reported speech: second quoted fragments, modified body nouns, apposed names, and
"he"/"she" after a possessive or a reported clause's subject."""

from __future__ import annotations

from tests.reading import quote_triples as _quotes


def test_second_quoted_fragment_after_and_will() -> None:
    text = (
        'Tom Hale claimed that the levy "will hurt every shop" and will put small firms '
        '"under unbearable strain".'
    )
    got = _quotes(text)
    assert ('the levy "will hurt every shop"', "Tom Hale", "claimed") in got
    assert ("under unbearable strain", "Tom Hale", "claimed") in got


def test_modified_body_noun_is_not_the_last_company() -> None:
    text = (
        "Nordair Airlines denied the claim on Monday. The Dutch government said the "
        "passengers were never on its list."
    )
    (_, speaker, _), *_ = [q for q in _quotes(text) if "passengers" in q[0]]
    assert speaker == "Dutch government"


def test_modified_body_noun_finds_the_name_that_holds_it() -> None:
    text = (
        "The Iraqi Oil Ministry met bankers from Halden Bank on Monday. The oil ministry "
        "said exports would rise."
    )
    assert ("exports would rise", "Iraqi Oil Ministry", "said") in _quotes(text)


def test_name_apposed_to_a_description_speaks() -> None:
    text = "The mayor's spokesman, Dan Allen, told reporters the vote was rigged."
    assert ("the vote was rigged", "Dan Allen", "told") in _quotes(text)


def test_pronoun_after_a_possessive_is_the_subject() -> None:
    text = (
        "Senator Olympia Snowe spoke first. Senator David Vitter backed Snowe's bill, "
        '"Safety is the reason," he said.'
    )
    assert ("Safety is the reason,", "David Vitter", "said") in _quotes(text)


def test_pronoun_after_a_reported_subject_is_the_speaker() -> None:
    text = (
        "Senator Rick Santorum said Tom DeLay needs to explain himself. "
        "But he said the rules had been followed."
    )
    assert ("the rules had been followed", "Rick Santorum", "said") in _quotes(text)


def test_countered_reports_speech() -> None:
    got = _quotes("Hale countered that the new depot would save money.")
    assert got == [("the new depot would save money", "Hale", "countered")]


def test_subject_pronoun_opens_a_reported_clause() -> None:
    got = _quotes("Lena Park also claims she later met the minister.")
    assert got == [("she later met the minister", "Lena Park", "claims")]


def test_declared_with_a_plain_object_is_no_speech() -> None:
    assert _quotes("The governor declared a state of emergency on Monday.") == []
    assert _quotes("Both senators argued the merits of the bill for an hour.") == []


def test_statement_issued_today_is_part_of_the_attribution() -> None:
    text = "Tourists should avoid the market, the embassy said in a statement issued today."
    assert _quotes(text) == [("Tourists should avoid the market", "embassy", "said")]


def test_according_to_after_a_quote_stays_out_of_it() -> None:
    text = 'Spokesman Ali Omar said, "We called in air support," according to a news agency.'
    assert ("We called in air support,", "Ali Omar", "said") in _quotes(text)


def test_that_after_prepositional_phrases_with_double_spaces() -> None:
    text = "Tom Hale claimed in an interview published in the paper  on Monday that rents rose."
    assert _quotes(text) == [("rents rose", "Tom Hale", "claimed")]
