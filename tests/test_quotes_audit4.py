"""Speakers and contents of reported speech: objects before a participle, a source set
in the middle of a clause, phrases before "that", parenthetical cues, documents and
broadcasters."""

from __future__ import annotations

from newsstruct import extract_quotes


def _one(text: str, cue: str) -> tuple[str, str | None]:
    found = [q for q in extract_quotes(text) if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, found
    q = found[0]
    return q.content.text, None if q.speaker is None else q.speaker.name


def test_place_after_with_is_no_speaker_of_participle() -> None:
    content, who = _one(
        "The minister criticised the deal with Kenya saying it would hurt farmers.", "saying"
    )
    assert content == "it would hurt farmers"
    assert who == "minister"
    # after a comma, "with" opens the phrase whose subject speaks
    text = "Prices fell sharply, with analysts saying the worst was over."
    assert _one(text, "saying") == ("the worst was over", "analysts")


def test_place_object_of_verb_is_no_speaker_of_participle() -> None:
    text = (
        "The group's leader Abu Omar released a video. "
        "He then began to threaten Rome saying the army would march on the city."
    )
    assert _one(text, "saying") == ("the army would march on the city", "Abu Omar")


def test_according_to_inside_clause_keeps_the_subject() -> None:
    text = "The ship had, according to its captain, turned back towards the port before dawn."
    content, who = _one(text, "according to")
    assert content.startswith("The ship had")
    assert content.endswith("before dawn")
    assert who == "captain"


def test_according_to_before_a_joined_clause() -> None:
    text = "The fire started in the kitchen, according to police, and spread quickly."
    assert _one(text, "according to") == ("The fire started in the kitchen", "police")


def test_according_to_after_a_bare_subject() -> None:
    text = "The president, according to two officials, has decided to veto the bill."
    content, _ = _one(text, "according to")
    assert content.startswith("The president")
    assert content.endswith("veto the bill")


def test_adverb_then_phrase_before_that() -> None:
    text = "Lee said earlier on state television that the vote would go ahead."
    assert _one(text, "said") == ("the vote would go ahead", "Lee")
    # a reflexive pronoun is no adverb: "that" opens a relative clause
    text = "Lee revealed herself during the applause that the crowd gave."
    assert [q for q in extract_quotes(text) if q.cue and q.cue.text == "revealed"] == []


def test_further_more_stated() -> None:
    text = 'Paisley further more stated, "We will not share power with them."'
    assert _one(text, "stated") == ("We will not share power with them.", "Paisley")


def test_parenthetical_cue_with_a_phrase() -> None:
    text = (
        "Tom Lee spoke to the press. "
        "The plan is sound, he said before the vote, and it will pass."
    )
    assert _one(text, "said") == ("The plan is sound", "Tom Lee")
    text = "Tom Lee spoke to the press. The plan, he said before the vote, is sound."
    assert [q for q in extract_quotes(text) if q.cue and q.cue.text == "said"] == []


def test_statement_in_which_it_said_speaks_for_its_issuer() -> None:
    text = "The ministry issued a statement in which it said the border would stay closed."
    assert _one(text, "said") == ("the border would stay closed", "ministry")


def test_state_broadcaster_is_no_acronym_of_a_party() -> None:
    text = "The NLD party boycotted the vote. The state broadcaster said the turnout was high."
    assert _one(text, "said")[1] == "state broadcaster"
    text = (
        "The Australian Broadcasting Corporation aired the film. "
        "The broadcaster said it had received complaints."
    )
    assert _one(text, "said")[1] == "Australian Broadcasting Corporation"


def test_name_after_said_stays_in_its_sentence() -> None:
    text = (
        '"We should not fight one another," said Gen. Tomas U Lindqvist.  '
        "Prime Minister Karin Holm left the talks."
    )
    assert _one(text, "said")[1] == "Tomas U Lindqvist"


def test_said_at_least_a_number() -> None:
    text = "Police said at least 12 people were killed in the blast."
    assert _one(text, "said") == ("at least 12 people were killed in the blast", "Police")
    assert extract_quotes("He said at least once a week.") == ()
