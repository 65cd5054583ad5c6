"""Reported speech: "it" after a sentence a body opens, a role and the body it serves
("a spokesman for the army"), a split quote attributed to a document and its issuer, a
warning to an addressee, the reported clause before "they reported in the journal X", a
capitalised body of its own, "was quoted as saying" after a quotation, a lower-case title
before a name, a person named before the post set off after it, and "they" after a group."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_it_stands_for_the_body_that_opened_the_sentence_before() -> None:
    text = (
        "The council has closed the markets. The regional flood office said the river "
        "would peak on Sunday. It warned that the old bridge could give way."
    )
    assert _read(text)[1:] == [
        ("the old bridge could give way", "regional flood office", "warned"),
    ]


def test_a_role_keeps_the_body_it_serves() -> None:
    text = (
        "A spokeswoman for the navy has said that two ships will sail. "
        "The spokeswoman also said the port would stay open."
    )
    assert _read(text) == [
        ("two ships will sail", "spokeswoman for the navy", "said"),
        ("the port would stay open", "spokeswoman for the navy", "said"),
    ]


def test_a_split_quote_from_a_document_keeps_both_halves_with_its_issuer() -> None:
    text = (
        'Pay talks resumed on Monday. "We will not give up," a letter sent by the '
        'dockers union said, "until every worker is paid."'
    )
    assert _read(text) == [("We will not give up,", "dockers union", "said")]


def test_a_document_described_by_its_issuer_in_plain_words() -> None:
    text = (
        'Pay talks resumed on Monday. "We will not give up," a letter sent by their '
        'local branch said, "until every worker is paid."'
    )
    assert _read(text) == [
        ("We will not give up,", "letter sent by their local branch", "said")
    ]


def test_a_warning_to_an_addressee_reports_the_call() -> None:
    text = 'The mayor warned drivers to be "patient" and to "leave early on Friday."'
    assert _read(text) == [
        (
            'drivers to be "patient" and to "leave early on Friday."',
            "mayor",
            "warned",
        )
    ]
    # a warning against doing is no call
    assert _read("The mayor warned drivers against trying to cross the bridge.") == []


def test_the_clause_before_they_reported_in_a_journal() -> None:
    text = (
        "Researchers tracked the herd for a decade. Nearly half of the calves died in "
        "winter, they reported in the journal Ecology on Monday."
    )
    assert _read(text) == [
        ("Nearly half of the calves died in winter", "Researchers", "reported")
    ]


def test_a_capitalised_body_is_no_other_body() -> None:
    text = (
        "The Red Cross opened two camps on Monday. The Committee noted that the "
        "camps were full."
    )
    assert _read(text) == [("the camps were full", "Committee", "noted")]


def test_quoted_as_saying_after_a_quotation() -> None:
    text = (
        '"The wells are dry," farm minister Oru Benna was quoted as saying by the '
        'state radio. "We need rain," he said.'
    )
    assert [(c, s) for c, s, _ in _read(text)] == [
        ("The wells are dry,", "Oru Benna"),
        ("We need rain,", "Oru Benna"),
    ]


def test_a_lower_case_title_before_the_name_after_the_verb() -> None:
    text = '"Nobody was hurt," said attache Vela Moss at Norway\'s mission in Lima.'
    assert _read(text) == [("Nobody was hurt,", "Vela Moss", "said")]


def test_he_goes_on_for_an_unnamed_official() -> None:
    text = (
        'The radio quoted an official at the Ministry of Energy as saying: "The line '
        'is repaired." He continued, "power will return tonight."'
    )
    assert [s for _, s, _ in _read(text)] == [
        "official at the Ministry of Energy",
        "official at the Ministry of Energy",
    ]


def test_the_person_named_before_a_post_set_off_after_it() -> None:
    text = (
        "The host of the talks, Ama Owusu of Ghana, Chair of the Forum, said there "
        "had been no losers."
    )
    assert _read(text) == [("there had been no losers", "Ama Owusu", "said")]


def test_a_document_after_words_opening_the_clause() -> None:
    text = (
        "The vote follows a report released by the city auditor which found that "
        "the funds had been misused."
    )
    assert _read(text) == [("the funds had been misused", "report", "found")]


def test_they_stands_for_the_group_that_spoke_in_the_sentence_before() -> None:
    text = (
        "Almost half of the harvest could be lost, aid groups reported on Sunday. "
        "They said children were most at risk."
    )
    assert _read(text) == [
        ("Almost half of the harvest could be lost", "aid groups", "reported"),
        ("children were most at risk", "aid groups", "said"),
    ]


def test_a_quote_after_according_to_goes_on_with_the_speaker() -> None:
    text = (
        '"The plan is sound," Lee Mara said, according to the Daily Star. '
        '"We will build it next year."'
    )
    assert [s for _, s, _ in _read(text)] == ["Lee Mara", "Lee Mara"]
