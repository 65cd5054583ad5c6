"""Reported speech: a speaker named at the end of a description after the closing verb,
subjects with a prepositional phrase or a title run before the name, two speakers joined
by "and", plural sources after a name, and verbs or nouns that report nothing."""

from __future__ import annotations

from newsstruct import extract_quotes
from tests.reading import quotes_of as _quotes
from tests.reading import speaker_of as _speaker


def test_a_lower_case_description_before_the_name_closing_the_sentence() -> None:
    text = (
        'Mayor Dana Holt opened the bridge. "It was about time," said a friend of the '
        "mayor, Peter Vance."
    )
    assert _speaker(text, "It was about time,") == "Peter Vance"


def test_a_description_joined_by_and_before_the_name() -> None:
    text = (
        'Mayor Dana Holt opened the bridge. "It is a bad deal," said environmental lawyer '
        "and Greens Party candidate for Riverton Nora Quist."
    )
    speaker = _speaker(text, "It is a bad deal,")
    assert speaker is not None and speaker.endswith("Nora Quist")


def test_a_title_with_a_lower_case_tail_then_an_honorific() -> None:
    text = 'Holt was treated overnight. "She is well," said Head of cardiology, Dr. Ivan Moss.'
    assert _speaker(text, "She is well,") == "Ivan Moss"


def test_a_spokesman_for_a_leader_then_the_spokesman_named() -> None:
    text = (
        'Rebels shelled the port. "This must stop," said a spokesman for President Omar '
        "Diallo, Ken Abara."
    )
    assert _speaker(text, "This must stop,") == "Ken Abara"
    # a circumstance of the saying is no description of the speaker
    text = (
        'Rebels shelled the port. "We told them," said the spokesman in an interview with '
        "Mark Ruiz."
    )
    assert _speaker(text, "We told them,") == "spokesman"


def test_a_long_described_source_with_no_name() -> None:
    text = (
        'Mayor Dana Holt spoke first. "The talks resume tomorrow," said an unnamed '
        "U.N. Transport Ministry official."
    )
    assert _speaker(text, "The talks resume tomorrow,") == (
        "unnamed U.N. Transport Ministry official"
    )


def test_a_name_with_a_lower_case_prepositional_phrase_before_the_verb() -> None:
    text = "Tom Reilly of the coast guard said more than 20 boats would join the search."
    assert _quotes(text) == [("Tom Reilly", "more than 20 boats would join the search")]


def test_a_role_with_a_lower_case_prepositional_phrase_before_the_verb() -> None:
    text = "The minister of finance said the budget would be cut."
    assert _quotes(text) == [("minister of finance", "the budget would be cut")]
    assert _quotes("A lot of people say the budget would be cut.") == []  # an amount


def test_a_place_name_with_a_particle_before_the_verb() -> None:
    text = "Officials in Rio Grande do Sul state say hundreds of homes were flooded."
    assert _quotes(text) == [("Officials", "hundreds of homes were flooded")]


def test_a_title_run_leads_a_participle_to_the_person() -> None:
    text = (
        "Minister for Trade and Industry Anna Kolb signed the deal, saying that it would "
        "create jobs."
    )
    speaker = _speaker(text, "it would create jobs")
    assert speaker is not None and speaker.endswith("Anna Kolb")


def test_a_place_before_a_title_leads_a_participle_to_the_person() -> None:
    text = "U.S. Senator Mark Ellis voted against the bill, saying it would raise taxes."
    assert _speaker(text, "it would raise taxes") == "Mark Ellis"


def test_two_people_joined_by_and_credit_the_first() -> None:
    text = "General Omar Vale and Ambassador Lin Sato said the drills would go ahead."
    assert _quotes(text) == [("Omar Vale", "the drills would go ahead")]


def test_a_pronoun_subject_of_a_coordinated_cue() -> None:
    text = (
        "Maria Lopez arrived late. She criticised the timetable of the talks, and said "
        "that the delegates were not ready."
    )
    assert _speaker(text, "the delegates were not ready") == "Maria Lopez"


def test_an_object_relative_clause_reports_nothing() -> None:
    text = "Lawmakers voted 180 to 42 for the tax, which the finance ministry proposed in May."
    assert _quotes(text) == []


def test_a_plural_noun_before_a_verb_is_no_cue() -> None:
    text = "The mayor promised aid. Similar comments came from the health minister."
    assert _quotes(text) == []


def test_a_name_before_a_plural_source_gives_the_plural() -> None:
    text = "The visit will go ahead, say Kremlin officials."
    assert _quotes(text) == [("Kremlin officials", "The visit will go ahead")]
    text = "According to Pentagon officials, 70 airmen were relieved of duty."
    assert _quotes(text) == [("Pentagon officials", "70 airmen were relieved of duty")]


def test_a_prepositional_phrase_then_a_comma_before_that() -> None:
    text = "Anna Kolb announced during her visit to Oslo, that the plant would close."
    assert _quotes(text) == [("Anna Kolb", "the plant would close")]


def test_a_new_sentence_opening_on_an_adverbial_does_not_close_the_quote() -> None:
    text = (
        'A statement on the Foreign Ministry website said that the plan "will endanger the '
        'region." '
        "On Thursday, Norway recalled its ambassador."
    )
    assert [q.cue.text if q.cue else None for q in extract_quotes(text)] == ["said"]


def test_a_relative_who_after_a_name_governed_by_a_preposition() -> None:
    text = "The report was written by Susan Clark, who said the timing was unusual."
    assert _quotes(text) == [("Susan Clark", "the timing was unusual")]


def test_a_relative_who_after_a_name_and_its_role() -> None:
    text = "The talks were led by Ann Lee, the envoy, who added that more rounds would follow."
    assert _quotes(text) == [("Ann Lee", "more rounds would follow")]


def test_a_relative_who_after_a_name_closing_a_description() -> None:
    text = (
        '"It was a mistake," said Deputy Chief of Staff, General Ray Orton who also said '
        "that the crew had not been told."
    )
    assert _speaker(text, "the crew had not been told") == "Ray Orton"
