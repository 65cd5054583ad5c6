"""Charges and characterisations as reported speech, and sources named by a profession.

"X accused Y of doing Z" and "X described Y as Z" report what X said about Y, with or
without quotation marks; "..., according to the local pathologist" attributes the clause
to a person named only by a profession.  Examples written for the project.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_quotes
from newsstruct.model import Quote


def _only(text: str) -> Quote:
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Mara Voss accused the council of hiding the cost of the bridge.",
            "the council of hiding the cost of the bridge",
            "accused",
            "Mara Voss",
        ),
        (
            "The union accuses Keller Freight of breaking its promises to drivers.",
            "Keller Freight of breaking its promises to drivers",
            "accuses",
            "union",
        ),
        (
            "Police described the driver as a man in his forties.",
            "the driver as a man in his forties",
            "described",
            "Police",
        ),
        (
            "Dana Ilic described the harvest as the worst in a decade.",
            "the harvest as the worst in a decade",
            "described",
            "Dana Ilic",
        ),
    ],
)
def test_a_charge_or_characterisation_without_quotation_marks_is_indirect_speech(
    text: str, content: str, cue: str, speaker: str
) -> None:
    q = _only(text)
    assert (q.kind, q.content.text, q.cue.text if q.cue else None) == ("indirect", content, cue)
    assert q.speaker is not None and q.speaker.name is not None
    assert speaker in q.speaker.name
    assert text[q.content.start : q.content.end] == q.content.text


@pytest.mark.parametrize(
    "text",
    [
        "He was accused of fraud in 2019.",  # a passive: no accuser in the sentence
        "The report described how the fire spread.",  # no object and "as"
        "Mara Voss accused the council.",  # no charge
        "Dana Ilic described the harvest.",  # no characterisation
    ],
)
def test_no_charge_without_an_accuser_an_object_and_what_is_charged(text: str) -> None:
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        (
            'Chairwoman Ines Roth described Tomas Berg as "the finest engineer we ever had".',
            "the finest engineer we ever had",
            "described",
            "Ines Roth",
        ),
        (
            'The mayor, Lena Park, accused Harbor Link of "playing games with the timetable".',
            "playing games with the timetable",
            "accused",
            "Lena Park",
        ),
    ],
)
def test_a_quoted_charge_about_a_named_object_is_the_speakers_words(
    text: str, fragment: str, cue: str, speaker: str
) -> None:
    q = _only(text)
    assert (q.kind, q.content.text, q.cue.text if q.cue else None) == ("mixed", fragment, cue)
    assert q.speaker is not None and q.speaker.name is not None
    assert speaker in q.speaker.name


def test_a_capitalised_fragment_after_a_named_object_is_a_nickname_not_speech() -> None:
    assert extract_quotes('Fans dubbed Tomas Berg "The Hammer".') == ()


@pytest.mark.parametrize(
    "profession", ["pathologist", "coroner", "physician", "surgeon", "investigator"]
)
def test_a_clause_is_attributed_to_a_profession_after_according_to(profession: str) -> None:
    text = (
        "Two bodies were found near the road. Both victims had been shot at close range, "
        f"according to the local {profession}."
    )
    q = _only(text)
    assert q.content.text == "Both victims had been shot at close range"
    assert q.cue is not None and q.cue.text == "according to"
    assert q.speaker is not None and q.speaker.text == f"the local {profession}"


def test_a_second_act_of_speech_joined_by_and_ends_the_first_clause() -> None:
    text = "Ada Moreno said the plan had failed and insisted that the board resign."
    quotes = extract_quotes(text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("the plan had failed", "said"),
        ("the board resign", "insisted"),
    ]


def test_two_plural_sources_joined_by_and_speak_as_one() -> None:
    text = "Rights groups and opposition members have claimed that the count was rigged."
    q = _only(text)
    assert q.content.text == "the count was rigged"
    assert q.speaker is not None and q.speaker.text == "Rights groups and opposition members"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Premier Ola Berg says the troops will leave in July and will stay for two years.",
            "the troops will leave in July and will stay for two years",
        ),
        (
            "Ines Roth told police she had driven home at midnight and had taken a sleeping pill.",
            "she had driven home at midnight and had taken a sleeping pill",
        ),
    ],
)
def test_a_reported_clause_goes_on_with_its_subjects_next_verb(text: str, content: str) -> None:
    q = _only(text)
    assert q.content.text == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Norland says at least 17 Veltrans have been arrested at the border.",
            "at least 17 Veltrans have been arrested at the border",
            "Norland",
        ),
        (
            "Office staff state that the envelope held an unknown white powder.",
            "the envelope held an unknown white powder",
            "Office staff",
        ),
        (
            "According to ''harbornews.com'', the letter came from a man held in the county jail.",
            "the letter came from a man held in the county jail",
            "harbornews.com",
        ),
    ],
)
def test_more_subjects_and_sources_of_reported_speech(
    text: str, content: str, speaker: str
) -> None:
    q = _only(text)
    assert q.content.text == content
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_bare_reporting_verb_after_and_is_a_plural_in_the_present() -> None:
    q = _only("Officials have denied the claims and say the vote will be fair.")
    assert (q.content.text, q.cue.text if q.cue else None) == ("the vote will be fair", "say")
    assert q.speaker is not None and q.speaker.text == "Officials"


def test_a_bare_verb_after_to_or_a_modal_is_no_speech() -> None:
    assert extract_quotes("They plan to meet the board and say the deal is off.") == ()


def test_an_object_then_a_verb_after_but_is_no_reported_clause() -> None:
    text = "Critics of the plan also expressed their sympathies but blamed the council."
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The leading rival candidate, Ana Ruiz Pardo, said that she would appeal.",
            "Ana Ruiz Pardo",
        ),
        ("Another candidate, Levan Dorsi, a former ally, says the vote was unfair.", "Levan Dorsi"),
    ],
)
def test_the_name_set_beside_a_description_speaks(text: str, speaker: str) -> None:
    q = _only(text)
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_stated_belief_is_reported_speech() -> None:
    q = _only("Analysts are confident that the economy is strong enough to recover.")
    assert (q.content.text, q.cue.text if q.cue else None) == (
        "the economy is strong enough to recover",
        "are confident",
    )
    assert q.speaker is not None and q.speaker.text == "Analysts"


def test_a_belief_inside_reported_words_leaves_them_the_outer_speakers() -> None:
    text = "Tom Berg, a lawyer for Acme, said that Acme was confident that the court would agree."
    q = _only(text)
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Tom Berg"
