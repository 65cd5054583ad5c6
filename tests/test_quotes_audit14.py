"""Reported speech: progressive reporting verbs, passive "quoted in X as saying", the
subject of a participle after an object, "charged", a name before "of" a body, a passive
naming verb, a name closing an attribution before an adverbial, a naming participle after
a closing attribution, a described source after "quoted"."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_progressive_reporting_verb() -> None:
    got = _read("The Daily Courier is reporting that the port will stay closed.")
    assert got == [("the port will stay closed", "Daily Courier", "reporting")]
    got = _read("Economists have been predicting that the peso will fall.")
    assert got == [("the peso will fall", "Economists", "predicting")]
    # an object, no clause: no speech
    assert _read("Health officials are reporting a rise in cases.") == []


def test_passive_quoted_in_a_paper_as_saying() -> None:
    text = "Rita Vale, head of the Elm Street clinic, was quoted in the Courier as saying the clinic will close."
    assert _read(text) == [("the clinic will close", "Rita Vale", "saying")]
    text = "The editor, Tom Pollard, was reported by Reuters as saying that the car was hit."
    assert _read(text) == [("the car was hit", "Tom Pollard", "saying")]


def test_subject_of_a_participle_after_an_object() -> None:
    text = 'Tom Hale of Brightline Research attacked the minister saying "We are angry."'
    assert _read(text) == [("We are angry.", "Tom Hale", "saying")]
    text = 'Steve Quinn, the father, attacked the minister saying "We are angry."'
    assert _read(text) == [("We are angry.", "Steve Quinn", "saying")]
    # the one quoted or shown speaking is still the speaker
    text = 'The channel quoted Mr. Sharon saying "I wrote to the president."'
    assert _read(text) == [("I wrote to the president.", "Sharon", "saying")]


def test_according_to_source_is_not_the_participles_subject() -> None:
    text = 'According to the Daily Post, spokesman Hamid Asefi rejected the offer saying "We intend to grow."'
    assert _read(text) == [("We intend to grow.", "Hamid Asefi", "saying")]


def test_said_while_doing_something_that() -> None:
    text = "Secretary Anne Ray said while touring Europe this week that talks must go on."
    assert _read(text) == [("talks must go on", "Anne Ray", "said")]


def test_charged_before_a_clause_or_a_quote() -> None:
    assert _read("Critics charged that the plan was rushed.") == [
        ("the plan was rushed", "Critics", "charged")
    ]
    text = 'Senator Jim Cole charged "They don\'t want to tell the public the truth."'
    assert _read(text) == [("They don't want to tell the public the truth.", "Jim Cole", "charged")]
    assert _read("He was charged with fraud on Monday.") == []


def test_person_before_of_a_body_with_who() -> None:
    text = "The deal was praised by Tom Hale of Brightline Research, who said prices would rise."
    assert _read(text) == [("prices would rise", "Tom Hale", "said")]


def test_finite_verb_after_a_preposition_is_a_noun() -> None:
    assert _read("Officials expressed caution about plans to reopen the mine.") == []


def test_passive_naming_verb_with_its_agent() -> None:
    text = 'The plan was described by Mayor Ella Stone as "a waste of public money."'
    assert _read(text) == [("a waste of public money.", "Ella Stone", "described")]


def test_name_closing_an_attribution_before_an_adverbial() -> None:
    text = (
        '"Rain is life. Rain is work, rain is toil." said the longtime world champion Garry'
        " Brandt at the height of his career."
    )
    assert _read(text) == [("Rain is life. Rain is work, rain is toil.", "Garry Brandt", "said")]


def test_naming_participle_after_a_closing_attribution() -> None:
    text = '"It is over. We lost." Mr Lee said, describing the match as an "accident."'
    assert _read(text)[0] == ("It is over. We lost.", "Lee", "said")


def test_described_source_after_quoted() -> None:
    text = "Interfax quoted a source within the navy as saying the ship was hit."
    assert _read(text) == [("the ship was hit", "source within the navy", "saying")]
