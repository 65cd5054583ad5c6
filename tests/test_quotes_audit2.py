"""Reported speech in broadcast and learner news: present-tense "says", short paragraphs,
officials named by title then surname, organisations taken up again as "the group" or
"the ministry", and "he" / "she" over several speakers.  The texts are written for these
tests."""

from __future__ import annotations

from newsstruct import extract_quotes
from newsstruct.model import Quote


def _quote(text: str, content_start: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.content.text.startswith(content_start))


def _speaker(text: str, content_start: str) -> str | None:
    q = _quote(text, content_start)
    return None if q.speaker is None else q.speaker.name


# -- content ---------------------------------------------------------------------------------


def test_a_date_that_owns_the_subject_stays_in_the_content() -> None:
    q = _quote("The agency says this year's harvest is the worst in a decade.", "this")
    assert q.content.text == "this year's harvest is the worst in a decade"


def test_more_than_opens_a_reported_clause() -> None:
    text = "Officials say more than 300 people were hurt. The bank says more money is needed."
    assert _quote(text, "more than 300").speaker is not None
    assert _speaker(text, "more money is needed") == "bank"


def test_went_on_to_say_reports_speech() -> None:
    text = "The statement went on to say that the plane had been on patrol."
    assert _quote(text, "the plane had been").cue.text == "say"  # type: ignore[union-attr]


def test_told_reporters_a_clause_but_that_another() -> None:
    text = "The minister told reporters the talks were useful but that money is short."
    contents = [q.content.text for q in extract_quotes(text)]
    assert contents == ["the talks were useful", "money is short"]


def test_said_of_a_topic_then_a_quotation() -> None:
    text = 'Mayor Ann Lee said of the bridge, "We will open it before the winter comes."'
    q = _quote(text, "We will open it")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


def test_a_semicolon_before_a_quotation() -> None:
    text = 'Tom Hale also said at the hearing; "They are farmers and teachers, just like us."'
    assert _speaker(text, "They are farmers") == "Tom Hale"


def test_a_term_in_quotation_marks_closing_a_clause_is_mixed_speech() -> None:
    text = 'The new plan is "a disaster," Lee said.'
    q = _quote(text, "The new plan")
    assert q.kind == "mixed"
    assert q.content.text == 'The new plan is "a disaster,"'
    assert q.speaker is not None and q.speaker.name == "Lee"


def test_a_noun_after_state_is_no_cue() -> None:
    text = 'Iran has tested a "flying boat", Iran state media report.'
    assert all(q.cue is None or q.cue.text != "state" for q in extract_quotes(text))


# -- speakers --------------------------------------------------------------------------------


def test_she_is_the_woman_listed_with_her_family() -> None:
    text = (
        "Reporter Omar Haddad visited the camp.\n\n"
        "Ayse Demir, her husband and their two sons share one room.\n\n"
        '"In winter it is cold," she says.'
    )
    assert _speaker(text, "In winter") == "Ayse Demir"


def test_the_group_is_the_red_cross_named_before() -> None:
    text = (
        "Hello from City Radio News.\n\n"
        "The Kenya Red Cross said on Monday that 15 people had died. "
        "Rescue teams are still searching for two children, the group said."
    )
    assert _speaker(text, "Rescue teams") == "Kenya Red Cross"


def test_the_agency_is_the_organisation_named_before() -> None:
    text = (
        "The program is run by the Ghana Irrigation Development Authority. "
        "The agency says it has built 35 small dams."
    )
    assert _speaker(text, "it has built") == "Ghana Irrigation Development Authority"


def test_the_military_is_no_company_named_before() -> None:
    text = "Acme Corp closed its depot. The military said it had sent soldiers to the camps."
    assert _speaker(text, "it had sent") == "military"


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "The Education Ministry closed the schools. Acme Corp sued the city. "
        "The ministry said classes would resume on Monday."
    )
    assert _speaker(text, "classes would resume") == "Education Ministry"


def test_the_government_is_the_country_that_acted() -> None:
    text = "India banned rice exports in July. The government said prices were too high."
    assert _speaker(text, "prices were too high") == "India"


def test_a_name_set_beside_a_role_someone_owns_speaks() -> None:
    text = "Key is the only applicant with combat experience, said Key's lawyer, Jeffry House."
    assert _speaker(text, "Key is the only") == "Jeffry House"


def test_quoted_him_as_saying() -> None:
    text = (
        "Prime Minister Tom Hale spoke on television. Reporting his speech, the agency "
        "quoted him as saying he might resign."
    )
    q = _quote(text, "he might resign")
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == ("him", "Tom Hale")


def test_a_plural_noun_opening_the_clause_speaks() -> None:
    text = "Thai exporters said prices rose by about 15 percent."
    assert _speaker(text, "prices rose") == "Thai exporters"


def test_a_place_after_a_preposition_and_an_adjective_is_no_speaker() -> None:
    text = "Farmers in northern Ghana say the new dams have helped them."
    assert _speaker(text, "the new dams") == "Farmers"


def test_an_organisation_set_beside_a_description_speaks() -> None:
    text = (
        "The main opposition party, the Democratic Progressive Party, says the vote "
        "should be delayed."
    )
    assert _speaker(text, "the vote") == "Democratic Progressive Party"


def test_a_quotation_before_a_verb_with_its_own_clause_is_not_its_words() -> None:
    text = (
        '"APEC nations must work together," Rice said. "The threat of terrorism is '
        'still very real,"   Officials agreed that all airports will be safe by 2026.'
    )
    assert _speaker(text, "The threat of terrorism") == "Rice"


def test_an_opening_participle_speaks_for_the_main_clause_subject() -> None:
    text = (
        "Acme Corp announced that it was removing the listings. Whilst asserting that "
        '"resale of tickets is not illegal", it said the ban would stay.'
    )
    q = _quote(text, "resale of tickets")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Acme Corp"


def test_a_participle_in_a_later_clause_is_its_own_subjects() -> None:
    text = (
        "Ludwig said that it was not Customs that found the ship, but Ellison "
        'defended this, stating that Ludwig "ignores the role of passing boats".'
    )
    assert _speaker(text, "Ludwig") == "Ellison"


def test_an_appositive_set_off_with_a_space_before_its_comma() -> None:
    text = (
        "Rajendra Pachauri , winner of the Nobel Peace Prize , commented on the forum: "
        '"The public should play a great role in this."'
    )
    assert _speaker(text, "The public") == "Rajendra Pachauri"
