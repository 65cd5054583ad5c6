"""Reported speech: opening phrases, claims denied, calls to act, set-off attributions."""

from __future__ import annotations

from newsstruct import extract_quotes
from tests.reading import quote_triples as _quotes


def test_opening_prepositional_phrase_is_no_subject() -> None:
    got = _quotes("In a statement, his office said the government would send food.")
    assert got == [("the government would send food", "office", "said")]


def test_opening_phrase_before_a_named_speaker() -> None:
    got = _quotes('In a joint statement, the board chairman, Ivo Marsh, said, "We accept the offer."')
    assert got[0][1] == "Ivo Marsh"


def test_denied_reports_that_reports_the_clause() -> None:
    got = _quotes("The company denied reports that it would close the plant.")
    assert got == [("it would close the plant", "company", "denied")]


def test_responding_to_reports_is_not_their_content() -> None:
    text = "Mayor Tom Reed responded to reports that the bridge was unsafe, saying that it was sound."
    assert _quotes(text) == [("it was sound", "Tom Reed", "saying")]


def test_participle_of_two_words_keeps_the_clause_subject() -> None:
    text = (
        "Envoy Dara Quill held the army responsible for the attack, "
        "calling on the capital to work with investigators."
    )
    assert _quotes(text) == [
        ("the capital to work with investigators", "Dara Quill", "calling on")
    ]


def test_description_of_one_person_introduces_the_quote() -> None:
    text = (
        'Mayor Lena Ortiz spoke first. "We are tired," she said.\n\n'
        'One woman, who did not give her name, described the scene. "The water came in minutes."'
    )
    got = _quotes(text)
    assert got[1] == ("The water came in minutes.", "woman", "described the scene")


def test_person_acting_in_the_sentence_before_owns_the_quote() -> None:
    text = (
        '"We saw the smoke first," Omar Field said.\n\n'
        "Ravi Dunmore, who was hurt in the blast, condemned the attackers. "
        '"Nobody has the right to kill people on a holy day."'
    )
    assert _quotes(text)[1][1] == "Ravi Dunmore"


def test_pronoun_after_an_addressee_is_the_speaker() -> None:
    text = (
        '"Our plea was planned together," Sami Orlov told the judge. '
        '"Nobody forced us to do it," he said.'
    )
    assert [s for _, s, _ in _quotes(text)] == ["Sami Orlov", "Sami Orlov"]


def test_attribution_in_the_middle_reports_the_sentence() -> None:
    text = "Nina Vale spoke first. The plan, she said, will fail within a year."
    assert _quotes(text) == [("The plan, she said, will fail within a year", "Nina Vale", "said")]


def test_on_the_other_hand_before_that() -> None:
    text = "The charity said, on the other hand, that the outbreak was not under control."
    assert _quotes(text)[0][0] == "the outbreak was not under control"


def test_urged_and_appealed_to_report_the_call() -> None:
    assert _quotes("The union urged the government to raise wages.") == [
        ("the government to raise wages", "union", "urged")
    ]
    assert _quotes("The mayor appealed to residents to stay indoors.") == [
        ("residents to stay indoors", "mayor", "appealed to")
    ]


def test_reminded_addressee_that() -> None:
    (q,) = extract_quotes("The minister reminded lawmakers that the budget must pass by June.")
    assert q.content.text == "the budget must pass by June"
    assert q.cue is not None and q.cue.text == "reminded"
    assert q.speaker is not None and q.speaker.text == "The minister"


def test_asked_not_to_be_named_is_no_speech() -> None:
    assert _quotes("One guard, who asked not to be named, described the damage.") == []
    text = "A nurse who asked not to be named said the ward was full."
    assert _quotes(text) == [("the ward was full", "nurse", "said")]


def test_examples_after_including_are_not_the_speaker() -> None:
    text = "Critics of the bill, including several senators, say it will raise prices."
    assert _quotes(text) == [("it will raise prices", "Critics", "say")]


def test_relative_clause_cue_stops_at_its_comma() -> None:
    got = _quotes("Tom Ash, whose book claims the war was avoidable, spoke on Monday.")
    assert got == [("the war was avoidable", "Tom Ash", "claims")]


def test_place_after_preposition_does_not_ask() -> None:
    text = (
        'During a hearing at Fort Dale, Ellis Grange was heard asking: '
        '"Are you saying we will not be sentenced today?"'
    )
    assert _quotes(text)[0][1] == "Ellis Grange"


def test_quotation_read_in_a_statement_from_someone() -> None:
    text = (
        '"The arrests show the resolve of the police in this fight," read a statement '
        "from Interior Minister Clara Voss's office."
    )
    assert _quotes(text) == [
        ("The arrests show the resolve of the police in this fight,", "Clara Voss", "read")
    ]
    assert _quotes('"We will fight on," read a statement by the army.')[0][1] == "army"


def test_warned_addressee_that() -> None:
    assert _quotes("The rebels warned Kadra that any attack would be answered.") == [
        ("any attack would be answered", "rebels", "warned")
    ]
    assert _quotes("Officials warned residents that the river would flood.")[0][0] == (
        "the river would flood"
    )


def test_role_before_name_opens_a_coordinated_clause() -> None:
    text = "President Ines Marlow appealed for calm and urged the candidates to accept the result."
    assert _quotes(text) == [
        ("the candidates to accept the result", "Ines Marlow", "urged")
    ]


def test_name_with_its_body_opens_the_participle_clause() -> None:
    text = (
        "Dr. Oren Bale of the Northern Medical Union supported Halvorsen, stating "
        '"It could be a boon to every clinic in the region."'
    )
    got = _quotes(text)
    assert got[0][1] == "Oren Bale"
