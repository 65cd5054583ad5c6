"""Reported speech: subjects past appositives and relative clauses, statements that
introduce the next quotation, attributions after a quotation, mid-sentence cues,
"according to" sources, "expressed concern that" and "state(s)" as a noun."""

from __future__ import annotations

from tests.reading import quote_triples as _quotes


def test_appositive_with_brackets_keeps_the_name_as_speaker() -> None:
    text = (
        "Ruth Okafor, the leader of the Farmers Alliance (FA), the country's largest "
        "union, has said that the strike will go on."
    )
    assert _quotes(text) == [("the strike will go on", "Ruth Okafor", "said")]


def test_name_set_after_an_organisation_speaks() -> None:
    text = (
        "The deputy head of staff at the Mayor's Office, Pieter Vos, has stated that the "
        "port will close."
    )
    assert _quotes(text) == [("the port will close", "Pieter Vos", "stated")]


def test_second_verb_of_the_subject_is_not_credited_to_its_object() -> None:
    text = (
        "Lina Berg has often criticized the council for failing to stop Karl Moss, and has "
        "repeatedly called for him to resign."
    )
    assert _quotes(text) == [("him to resign", "Lina Berg", "called for")]


def test_place_closing_a_phrase_is_not_the_subject() -> None:
    text = (
        "Dan Ruiz spoke at the rally. He grew up on a farm in Tamworth, New South Wales, "
        'and explained: "We never had much water."'
    )
    assert _quotes(text) == [("We never had much water.", "Dan Ruiz", "explained")]


def test_relative_clause_with_a_list_of_places() -> None:
    text = (
        "Pakistani scientist Marta Ilic, who has been under arrest since 2004 for her alleged "
        "role in selling parts to Serbia, Croatia, and Bosnia, says that the border will reopen."
    )
    assert _quotes(text) == [("the border will reopen", "Marta Ilic", "says")]


def test_sentence_describing_a_scene_introduces_the_quote() -> None:
    text = (
        "Officials said four people died. A witness at the market described the scene. "
        '"I saw smoke over every stall."'
    )
    got = _quotes(text)
    assert ("I saw smoke over every stall.", "witness", "described the scene") in got


def test_clarified_comments_introduce_the_quote() -> None:
    text = (
        "Deputy Minister Ada Ncube later clarified the minister's comments. \"We are "
        'willing to talk to anyone."'
    )
    assert _quotes(text) == [
        ("We are willing to talk to anyone.", "Ada Ncube", "clarified the minister's comments")
    ]


def test_titled_speaker_before_a_colon() -> None:
    text = 'Ambassador Rui Costa spoke in an interview on radio: "The road was blocked for hours."'
    assert _quotes(text) == [("The road was blocked for hours.", "Rui Costa", None)]


def test_abbreviation_in_a_closing_attribution() -> None:
    text = '"We have not changed our view," an unnamed U.S. official said.'
    assert _quotes(text) == [("We have not changed our view,", "U.S. official", "said")]


def test_title_words_between_verb_and_name_without_a_comma() -> None:
    text = '"Half of the funds have been moved" said deputy finance minister Omar Saleh.'
    assert _quotes(text) == [("Half of the funds have been moved", "Omar Saleh", "said")]


def test_next_sentence_with_an_object_is_no_attribution() -> None:
    text = (
        'Anna Berg spoke to reporters. "It was a cargo plane," Berg said. "It had clearance for the '
        'flight." The ministry has repeatedly denied any knowledge of the flight.'
    )
    got = _quotes(text)
    assert ("It had clearance for the flight.", "Anna Berg", None) in got


def test_next_sentence_with_an_infinitive_is_no_attribution() -> None:
    text = (
        'Ana Reyes spoke. "We want action," Reyes said. "Nothing less will do for us now." '
        "The ministers agreed to cut fuel subsidies."
    )
    got = _quotes(text)
    assert ("Nothing less will do for us now.", "Ana Reyes", None) in got


def test_cue_between_commas_before_a_coordinated_clause() -> None:
    text = "About 40 people were held by police, the agency reported, but no one was hurt."
    assert _quotes(text) == [("About 40 people were held by police", "agency", "reported")]


def test_according_to_plural_after_a_body_noun() -> None:
    text = "Two ministers died in the crash, according to government officials."
    assert _quotes(text) == [
        ("Two ministers died in the crash", "government officials", "according to")
    ]


def test_according_to_after_but_opens_its_clause() -> None:
    text = (
        "Some problems were seen at the polls, but according to Tom Rand, the vote was "
        "largely fair."
    )
    got = _quotes(text)
    assert ("the vote was largely fair", "Tom Rand", "according to") in got


def test_according_to_after_a_heading_word() -> None:
    text = "Peru According to Lima police, nine people were arrested on Sunday."
    got = _quotes(text)
    assert [c for c, _, _ in got] == ["nine people were arrested on Sunday"]


def test_expressed_concern_that_reports_the_clause() -> None:
    text = "The council expressed concern that the river could flood the town."
    assert _quotes(text) == [("the river could flood the town", "council", "expressed")]


def test_head_of_state_is_no_cue() -> None:
    text = "Ivan Petrov, the head of state in Norland has said that the vote will go ahead."
    assert _quotes(text) == [("the vote will go ahead", "Ivan Petrov", "said")]


def test_member_states_speak_as_a_group() -> None:
    assert _quotes("Member states said they would act.") == [
        ("they would act", "Member states", "said")
    ]


def test_the_state_as_a_subject() -> None:
    assert _quotes("The state said that the law was sound.") == [
        ("the law was sound", "state", "said")
    ]


def test_hinted_and_pledged_report_speech() -> None:
    got = _quotes(
        "Aides hinted that the mayor would resign. Later the mayor pledged that she would stay."
    )
    assert ("the mayor would resign", "Aides", "hinted") in got
    assert ("she would stay", "mayor", "pledged") in got


def test_demanded_after_a_quotation() -> None:
    text = '"We need a full inquiry", demanded the chairman of the guild, Tomas Varga.'
    assert _quotes(text) == [("We need a full inquiry", "Tomas Varga", "demanded")]


def test_description_then_name_then_participle() -> None:
    text = (
        "The foreign minister of Norland, Ivan Petrov, denounced the attack, saying, "
        '"Nothing can justify such violence."'
    )
    assert _quotes(text) == [("Nothing can justify such violence.", "Ivan Petrov", "saying")]


def test_according_to_a_role_and_the_name_closing_the_sentence() -> None:
    text = "The minister is willing to meet, according to his spokesman, Clara Voss."
    assert _quotes(text) == [("The minister is willing to meet", "Clara Voss", "according to")]


def test_according_to_an_office_closing_the_sentence() -> None:
    text = "Rescue teams pulled 20 people from the river, according to the regional health office."
    got = _quotes(text)
    assert [(c, cue) for c, _, cue in got] == [
        ("Rescue teams pulled 20 people from the river", "according to")
    ]


def test_demonym_opening_the_role_after_a_closing_verb() -> None:
    text = (
        'Markets fell again. "Part of the reserves have been sold for gold" said Iranian '
        'deputy minister Reza Amini, "and the rest has been moved abroad."'
    )
    got = _quotes(text)
    assert ("Part of the reserves have been sold for gold", "Reza Amini", "said") in got
