"""Reported speech: an addressee with an article or a time phrase before a colon and a
quotation, a reporting noun after "the", a noun object of a reporting verb, a closing
"X reported on its website", and a reported clause inside an opening "when" clause."""

from __future__ import annotations

from newsstruct import extract_quotes


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (
            q.speaker.name or q.speaker.text if q.speaker else None,
            q.cue.text if q.cue else None,
            q.content.text,
        )
        for q in extract_quotes(text)
    ]


def test_told_a_reporter_last_month_then_a_colon_and_a_quotation() -> None:
    text = (
        "A shop owner, Omar Haddad, told a reporter from the local radio station last "
        'month: "We have not seen a customer in weeks." The market stayed closed.'
    )
    assert _quotes(text) == [("Omar Haddad", "told", "We have not seen a customer in weeks.")]


def test_told_a_reporter_then_a_colon_is_no_indirect_speech() -> None:
    text = 'Nora Quist told a reporter: "The river rose overnight." Roads were shut.'
    assert _quotes(text) == [("Nora Quist", "told", "The river rose overnight.")]


def test_a_mourner_who_told_a_newspaper() -> None:
    text = '"We will not forget him," one mourner told the Daily Courier.'
    assert _quotes(text) == [("mourner", "told", "We will not forget him,")]


def test_the_accused_and_a_report_before_which_are_nouns() -> None:
    text = (
        "Lieutenant Amos Varga, one of the accused, studied at the academy. The plan "
        "drew on the Harbour Commission report, which the mayor ordered."
    )
    assert _quotes(text) == []


def test_a_noun_object_before_a_comma_is_no_reported_clause() -> None:
    text = "A spokesman for the army confirmed the raid, but did not give any details."
    assert _quotes(text) == []


def test_reported_on_its_website_closing_the_sentence() -> None:
    text = (
        "The council postponed the vote on the new stadium, the Valley Herald reported "
        "on its website Tuesday."
    )
    assert _quotes(text) == [
        ("Valley Herald", "reported", "The council postponed the vote on the new stadium")
    ]


def test_a_reported_clause_inside_an_opening_when_clause_ends_at_its_comma() -> None:
    text = (
        "When city officials announced they had found cracks in the dam, the mayor closed "
        "the road."
    )
    assert _quotes(text) == [("officials", "announced", "they had found cracks in the dam")]


def test_empty_parentheses_between_the_speaker_and_the_verb() -> None:
    text = 'Senator Mara Olsen () said, "We must know what we are doing." The vote is Friday.'
    assert _quotes(text) == [("Mara Olsen", "said", "We must know what we are doing.")]


def test_a_pronoun_then_was_quoted_as_saying() -> None:
    text = (
        "Vera Holm chairs the rights panel. She was quoted as saying \"we will run our own "
        'inquiry into the raid."'
    )
    assert _quotes(text) == [
        ("Vera Holm", "saying", "we will run our own inquiry into the raid.")
    ]
