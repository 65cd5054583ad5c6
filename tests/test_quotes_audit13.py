"""Reported speech: addressees before the reported clause, the speaker's next verb after
"and", "that" as an object, adjectives in -ly, amounts before the speakers, participles
before a clause."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_that_as_object_before_a_participle() -> None:
    text = 'Army spokesman Sami Karo denied that, telling VOA that the army "never blocked aid."'
    assert _read(text) == [('the army "never blocked aid."', "Sami Karo", "telling")]


def test_the_speakers_next_verb_ends_the_clause() -> None:
    got = _read("Nora Blake said the marchers were peaceful and blamed the police for the clash.")
    assert got == [("the marchers were peaceful", "Nora Blake", "said")]
    # a clause with a subject of its own after "and" stays in the words
    got = _read("Nora Blake said prices rose and wages fell.")
    assert got == [("prices rose and wages fell", "Nora Blake", "said")]


def test_addressee_and_time_before_that() -> None:
    got = _read("The fund warned Finance Minister Joe Ward last month that debt was too high.")
    assert ("debt was too high", "fund", "warned") in got
    got = _read("The bank advised Ruritania that its reserves may run out.")
    assert ("its reserves may run out", "bank", "advised") in got
    got = _read("Nora Blake informed staff that she would not take the job.")
    assert got == [("she would not take the job", "Nora Blake", "informed")]


def test_addressee_before_a_pronoun_clause() -> None:
    got = _read("The embassy assured the Ruritanian government it was doing all it could.")
    assert got == [("it was doing all it could", "embassy", "assured")]
    got = _read("The embassy told the Ruritanian government it was doing all it could.")
    assert got == [("it was doing all it could", "embassy", "told")]


def test_told_then_a_clause_in_the_present() -> None:
    got = _read("Nora Blake told VOA the team hopes to visit the lake next year.")
    assert got == [("the team hopes to visit the lake next year", "Nora Blake", "told")]


def test_ly_adjective_opens_the_clause() -> None:
    got = _read("Doctors say early treatment saves lives.")
    assert got == [("early treatment saves lives", "Doctors", "say")]


def test_at_the_time_and_no_opening_the_clause() -> None:
    got = _read("Joe Ward said at the time the mayor had sold the port.")
    assert got == [("the mayor had sold the port", "Joe Ward", "said")]
    got = _read("The administrators say no stores will open tomorrow.")
    assert got == [("no stores will open tomorrow", "administrators", "say")]


def test_amount_of_people_speaks() -> None:
    got = _read("A number of local doctors have said that the bill should pass.")
    assert got == [("the bill should pass", "local doctors", "said")]


def test_participle_before_a_clause_without_that() -> None:
    got = _read(
        "The Okafors challenged the ruling in court, claiming many of his decisions had "
        "favoured the bank."
    )
    assert got == [("many of his decisions had favoured the bank", "Okafors", "claiming")]
    # an object before a relative clause is no reported clause
    assert _read("The agency published its data, confirming fears that prices have risen.") == []


def test_reaffirmed_reports_a_clause() -> None:
    got = _read("Sports minister Joe Ward reaffirmed the country will host the games.")
    assert got == [("the country will host the games", "Joe Ward", "reaffirmed")]


def test_document_described_by_a_participle_phrase() -> None:
    got = _read("A UN report published on Monday said the river was polluted.")
    assert got == [("the river was polluted", "UN report", "said")]
    got = _read("A fund report released by Ana Ruiz said the debt would grow.")
    assert got == [("the debt would grow", "Ana Ruiz", "said")]


def test_adjectives_in_ed_are_no_cue() -> None:
    assert _read("An inquiry into alleged breaches of the law was opened.") == []
    assert _read("The band, whose estimated income was $18m, came fourth.") == []


def test_and_said_colon_ends_the_clause() -> None:
    got = _read('Joe Ward said the plan was a "costly mistake" and said: "It will hurt us."')
    assert ('the plan was a "costly mistake"', "Joe Ward", "said") in got


def test_participle_before_a_second_quote_continues_the_speaker() -> None:
    got = _read('"We are ready," said Joe Ward, explaining "the ships are old and need work."')
    assert ("the ships are old and need work.", "Joe Ward", "explaining") in got
