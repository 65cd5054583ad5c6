"""Actors: who speaks or acts, merged across mentions; and the agent of each event."""

from __future__ import annotations

import pytest

from newsstruct import Document, extract_quotes, summarize
from newsstruct._actors import find_actors


def names(text: str) -> list[str]:
    doc = Document(text)
    return [a.name for a in find_actors(doc, quotes=extract_quotes(doc)).actors]


@pytest.mark.parametrize(
    ("text", "actors", "not_actors"),
    [
        # a subject acts; an object is only mentioned
        ("Norway beat Iceland on Sunday.", ["Norway"], ["Iceland"]),
        # a copula describes, it does not act
        ("Freedonia is mainly rural. Sylvania said it would help.", ["Sylvania"], ["Freedonia"]),
        # the agent of a passive acts
        ("The mayor was questioned by the Federal Bureau of Investigation on Monday.",
         ["Federal Bureau of Investigation"], []),
        # a name inside a prepositional phrase is not a subject
        ("Drills in Ruritania involved 40 ships, the Navy of Sylvania said.", [], ["Ruritania"]),
        # a time adverbial may sit between the subject and its verb
        ("Maria Lopez on Tuesday signed the order.", ["Maria Lopez"], []),
        # vehicles and products are not actors
        ("Space Shuttle Orion lifted off at noon.", [], ["Space Shuttle Orion"]),
        # a capitalised common word that only opens a sentence is not a name
        ("Photos showed the damage. Officials left.", [], ["Photos"]),
        ("Photos showed the damage, and it was wide.", [], ["Photos"]),
        # a member of a list after a preposition is not a subject
        ("Aid came from Freedonia, Ruritania and Sylvania who pledged funds.", [], ["Sylvania"]),
        # a name after a preposition and its lower-case modifiers is in a phrase, not a subject
        ("Dana Wu, head of hedge fund Brio Capital said the deal was fair.", ["Dana Wu"],
         ["Brio Capital"]),
        # ... but a capitalised name is not such a modifier
        ("The chairman of Brio Airlines Dana Wu praised the deal.", ["Dana Wu"], []),
        # ... and a conjunction is not one either
        ("Prices rose as Brio Capital, a rival, announced a merger.", ["Brio Capital"], []),
        # a name right after a verb and "the" is its object
        ("Migrants crossing the Channel last year drove claims up.", [], ["Channel"]),
        # every conjunct of a coordinated subject acts
        ("Norway and Iceland have signed the treaty.", ["Norway", "Iceland"], []),
        ("The region is mainly Lutheran and Norway says it will help.", ["Norway"], ["Lutheran"]),
        # a post-modifier naming the organisation may sit between subject and verb
        ("Dana Wu of the Green Party lost her seat.", ["Dana Wu"], []),
        # markup debris: a word glued to the next sentence's first word is not a name
        ("Images Show Buildup In FreedoniaAn official said no.", [], ["FreedoniaAn"]),
        # a place named inside someone's direct quote does not act in the story
        ('"Freedonia needs this," the mayor said.', [], ["Freedonia"]),
    ],
)
def test_who_acts(text: str, actors: list[str], not_actors: list[str]) -> None:
    found = names(text)
    for name in actors:
        assert name in found
    for name in not_actors:
        assert name not in found


def test_mentions_are_merged_with_the_fullest_name_and_role() -> None:
    text = ("Finance Minister Olga Berg said on Monday taxes would rise. "
            "Berg told reporters the plan was fair. She said it would pass.")
    cast = find_actors(Document(text), quotes=())
    berg = next(a for a in cast.actors if a.name == "Olga Berg")
    assert berg.role == "Finance Minister"
    assert [s.text for s in berg.spans] == ["Olga Berg", "Berg", "She"]
    assert berg.mentions == 3
    for span in berg.spans:
        assert text[span.start : span.end] == span.text


def test_a_capital_used_for_its_state_is_the_state() -> None:
    text = "Russia moved troops on Monday. Moscow said the drills were over."
    found = names(text)
    assert "Russia" in found
    assert "Moscow" not in found
    russia = next(a for a in find_actors(Document(text), quotes=()).actors if a.name == "Russia")
    assert [s.text for s in russia.spans] == ["Russia", "Moscow"]


def test_most_central_first() -> None:
    text = ("Dana Cole said on Monday prices would fall. Cole added that wages would rise. "
            "Cole warned of risks. Ben Hart agreed.")
    assert names(text)[:2] == ["Dana Cole", "Ben Hart"]


def test_event_actors_are_actors() -> None:
    text = ("Monday, May 4, 2020\n\nThe city council approved the budget on Monday. "
            "Mayor Ana Ruiz said on Tuesday that taxes would not rise. Prices rose last week.")
    s = summarize(text, published="2020-05-04")
    actor_names = {a.name for a in s.actors}
    assert s.events
    for event in s.events:
        assert set(event.actors) <= actor_names
    by_text = {e.date.text: e.actors for e in s.events}
    assert by_text["Tuesday"] == ("Ana Ruiz",)
    assert by_text["last week"] == ()


def test_a_date_inside_a_direct_quote_is_the_speakers_statement() -> None:
    text = ('Monday, May 4, 2020\n\n"Sales will fall in 2021," said Acme chief executive Dana Cole. '
            "Cole spoke in Boston.")
    s = summarize(text, published="2020-05-04")
    event = next(e for e in s.events if e.date.text == "2021")
    assert event.actors == ("Dana Cole",)


def test_the_company_is_the_organisation_named_before() -> None:
    text = ("Monday, May 4, 2020\n\nBrightwater Corp said prices would rise. "
            "On Friday, the company plans to cut 200 jobs.")
    s = summarize(text, published="2020-05-04")
    event = next(e for e in s.events if e.date.text == "Friday")
    assert event.actors == ("Brightwater Corp",)
    assert all(a.name != "company" for a in s.actors)


def test_a_capitalised_description_keeps_its_own_name() -> None:
    text = ("Friday, May 8, 2020\n\nAcme Corp said on Monday it would appeal. "
            "Without a plea, the Court set a hearing for May 20.")
    s = summarize(text, published="2020-05-08")
    event = next(e for e in s.events if e.date.text == "May 20")
    assert event.actors == ("Court",)
    assert "Court" in {a.name for a in s.actors}


def test_an_agent_behind_an_appositive_is_found() -> None:
    text = ("Sunday, May 10, 2020\n\nThe news came as Brightwater Corp, a rival utility, "
            "announced last month a rise in prices.")
    s = summarize(text, published="2020-05-10")
    event = next(e for e in s.events if e.date.text == "last month")
    assert event.actors == ("Brightwater Corp",)


def test_an_agent_written_as_a_role_is_the_actor_with_that_role() -> None:
    text = ("Thursday, April 22, 2021\n\nFreedonian President Ana Lind said on Monday talks "
            "would go on. The Freedonian president invited her rival on April 20 to meet.")
    s = summarize(text, published="2021-04-22")
    event = next(e for e in s.events if e.date.text == "April 20")
    assert event.actors == ("Ana Lind",)
    assert [a.name for a in s.actors] == ["Ana Lind"]


def test_vehicles_named_as_agents_of_events_are_not_actors() -> None:
    text = ("Thursday, April 22, 2021\n\nSpace Shuttle Orion lifted off on April 12, 1981, "
            "the agency said.")
    s = summarize(text, published="2021-04-22")
    assert all(not a.name.startswith("Space Shuttle") for a in s.actors)


def test_an_agent_that_is_a_role_before_a_name_is_that_name() -> None:
    text = ("Monday, May 4, 2020\n\nRegional carrier Bluewing Air announced Monday that it "
            "would buy a rival.")
    s = summarize(text, published="2020-05-04")
    names = {a.name for a in s.actors}
    for event in s.events:
        assert set(event.actors) <= names
    monday = next(e for e in s.events if e.date.text == "Monday")
    assert monday.actors in ((), ("Bluewing Air",))


def actors_of(text: str) -> dict[str, tuple[str | None, int]]:
    s = summarize(text, published="2021-03-10")
    return {a.name: (a.role, a.mentions) for a in s.actors}


# --- short forms merged with the full name ------------------------------------------------


def test_a_word_inside_one_full_name_is_that_person() -> None:
    got = actors_of("Ruritanian President Carlos Mendes Pinto Ribeiro opened the fair on "
                    "Tuesday. Pinto said exports had doubled.")
    assert got == {"Carlos Mendes Pinto Ribeiro": ("Ruritanian President", 2)}


def test_a_word_inside_two_full_names_is_nobody_s_short_form() -> None:
    got = actors_of("Ana Maria Costa said the plan was fair. Luis Maria Duarte said it was "
                    "not. Maria said nothing.")
    assert "Ana Maria Costa" in got and "Luis Maria Duarte" in got
    assert got["Ana Maria Costa"][1] == 1 and got["Luis Maria Duarte"][1] == 1


@pytest.mark.parametrize("order", ["full first", "short first"])
def test_a_name_without_its_middle_initial_is_the_same_person(order: str) -> None:
    full = "Governor Harold T. Okafor said on Monday he would sign the bill."
    short = "Harold Okafor told reporters the vote was close."
    text = f"{full} {short}" if order == "full first" else f"{short} {full}"
    got = actors_of(text)
    assert list(got) == ["Harold T. Okafor"]
    assert got["Harold T. Okafor"][1] == 3


def test_a_first_name_after_a_title_joins_the_full_name() -> None:
    got = actors_of("Colonel Pradit told reporters the border was calm. Pradit Somchai said "
                    "troops had left.")
    assert got == {"Pradit Somchai": ("Colonel", 2)}


def test_a_description_around_a_name_is_that_actor() -> None:
    text = ("Wednesday, March 10, 2021\n\nThe state-run Vostok news agency reported on "
            "Tuesday that two ships had docked. Vostok said the crews were safe.")
    s = summarize(text, published="2021-03-10")
    assert [a.name for a in s.actors] == ["Vostok"]
    tuesday = next(e for e in s.events if e.date.text == "Tuesday")
    assert tuesday.actors == ("Vostok",)


# --- what is not an actor -----------------------------------------------------------------


def test_an_acronym_of_a_common_noun_is_not_an_actor() -> None:
    got = actors_of("The men tried to buy ammonium perchlorate (AMPC) for a bomb. AMPC is "
                    "unstable, and AMPC burns fast, the prosecutor said.")
    assert "AMPC" not in got


def test_an_acronym_of_a_body_is_still_an_actor() -> None:
    got = actors_of("Officers of the national border agency (NBA) arrested two men. NBA said "
                    "they were armed.")
    assert "NBA" in got


@pytest.mark.parametrize(
    "text",
    [
        "The Great Harbour War II ended the trade, and the Harbour War II changed maps.",
        "The Coastal Defence Reorganisation Plan calls for fewer bases, the report said.",
        "The Northern Rivers Treaty takes effect on Monday.",
    ],
)
def test_wars_documents_and_plans_are_not_actors(text: str) -> None:
    assert actors_of(text) == {}


def test_a_name_that_only_contains_such_a_word_is_still_an_actor() -> None:
    assert "Policy Research Council" in actors_of("The Policy Research Council said the plan "
                                                 "worked.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("According to Freedonian  and foreign officials, the talks failed.", "Freedonian"),
        ("Saudi  officials said the road was open.", "Saudi"),
        ("The Muslim pilgrims said the road was open.", "Muslim"),
        ("Omar Haddad, age 40, is a Dane of Ruritanian  origin who said he was innocent.",
         "Dane"),
        ("Ivo Lind is a Swede who moved to Oslo.", "Swede"),
    ],
)
def test_nationality_and_religion_adjectives_are_not_actors(text: str, word: str) -> None:
    assert all(word not in name for name in actors_of(text))


def test_a_nationality_noun_acting_is_still_an_actor() -> None:
    assert "Freedonians" in actors_of("On Sunday, Freedonians voted for a new flag.")


# --- roles --------------------------------------------------------------------------------


def test_a_role_set_off_before_a_name_is_that_person_s_role() -> None:
    got = actors_of("The Ruritanian Minister of Fisheries, Elena Varga, said the quota "
                    "would stay.")
    assert got == {"Elena Varga": ("Ruritanian Minister of Fisheries", 1)}


def test_a_role_that_ends_in_a_body_before_a_set_off_name() -> None:
    got = actors_of("The Director General of the Northern Fisheries Agency (NFA), Tomas "
                    "Berg, announced new limits.")
    assert got == {"Tomas Berg": ("Director General of the Northern Fisheries Agency", 1)}


def test_a_role_does_not_run_across_a_sentence_end() -> None:
    got = actors_of("Senators questioned the chief before the committee. Border Police "
                    "spokesman Ivan Petrov said the guards acted correctly.")
    assert got["Ivan Petrov"][0] == "Border Police spokesman"


def test_a_role_is_not_given_to_a_name_that_is_not_set_off() -> None:
    got = actors_of("The Minister of Fisheries, Elena Varga and Tomas Berg said the quota "
                    "would stay.")
    assert got.get("Elena Varga", (None, 0))[0] is None


def test_a_title_cut_off_its_name_by_a_doubled_space_is_still_its_role() -> None:
    got = actors_of("Former Ruritanian Secretary of Defense  Ivo Lind has died. Lind "
                    "served two terms.")
    assert got == {"Ivo Lind": ("Former Ruritanian Secretary of Defense", 2)}


def test_a_nationality_adjective_before_a_title_is_not_an_actor() -> None:
    got = actors_of("Talks between Ruritanian  President Ivo Lind and the rebels went on. "
                    "Lind said he was hopeful, and an independent Ruritanian state was near.")
    assert "Ruritanian" not in got
    assert got["Ivo Lind"][1] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Reports say that troops crossed the border at night.",
        "Hurricane Nadia hit the coast on Monday.",
        "The court said the Constitution allows it, and the Constitution says so.",
    ],
)
def test_reports_storms_and_a_constitution_are_not_actors(text: str) -> None:
    got = actors_of(text)
    assert not {"Reports", "Hurricane Nadia", "Nadia", "Constitution"} & set(got)


def test_a_body_whose_name_opens_with_an_organisation_word_stays_whole() -> None:
    got = actors_of("The Government Accountability Office (GAO) on June 18 called for a new "
                    "bid, and GAO said the old one was flawed.")
    assert got == {"Government Accountability Office": (None, 3)}


def test_a_company_suffix_cut_off_by_a_comma_is_not_an_actor() -> None:
    got = actors_of("Zeta Systems, Inc. announced on Monday that it will close.")
    assert "Inc" not in got and "Zeta Systems" in got


@pytest.mark.parametrize(
    "text",
    [
        "The President of Ruritania , Ivo Lind , has criticised the plan.",
        "Ivo Lind , the President of Ruritania , announced the end of the war.",
    ],
)
def test_a_set_off_role_with_a_space_before_its_commas(text: str) -> None:
    got = actors_of(text)
    assert list(got) == ["Ivo Lind"]
    assert got["Ivo Lind"][0] in ("President of Ruritania", "the President of Ruritania")


def test_a_name_set_off_after_its_description_acts_with_the_verb_after_it() -> None:
    got = actors_of("The Ruritanian regulator's associate director of enforcement, Ivo K. "
                    "Lind, asked the judge to freeze the accounts.")
    assert "Ivo K. Lind" in got


def test_a_name_set_off_in_a_phrase_does_not_act() -> None:
    got = actors_of("The letter went to the minister, Ivo Lind, in Oslo.")
    assert "Ivo Lind" not in got


def test_a_place_set_off_before_another_is_not_an_actor() -> None:
    got = actors_of("The trial at the Military Court Centre, Larkhill Barracks, Wessex "
                    "continues.")
    assert "Larkhill Barracks" not in got


def test_a_role_met_before_the_name_that_holds_it_is_that_person() -> None:
    text = ("Wednesday, March 10, 2021\n\nThe Prime Minister said on Monday the plan would go "
            "ahead. Later Prime Minister Ann Lee told reporters it was fair.")
    s = summarize(text, published="2021-03-10")
    assert [(a.name, a.role, a.mentions) for a in s.actors] == [("Ann Lee", "Prime Minister", 2)]
    monday = next(e for e in s.events if e.date.text == "Monday")
    assert monday.actors == ("Ann Lee",)


def test_a_role_held_by_two_people_joins_neither() -> None:
    got = actors_of("The Minister said the plan would go ahead. Minister Ann Lee agreed, and "
                    "Minister Ivo Lind said it was fair.")
    assert got.get("Ann Lee", (None, 0))[1] == 1 and got.get("Ivo Lind", (None, 0))[1] == 1


def test_an_agent_made_of_non_name_words_is_not_a_group_actor() -> None:
    text = ("Wednesday, July 20, 2016\n\nRebels seized two soldiers. On July 12 Ruritania "
            "set up a blockade of the coast.")
    s = summarize(text, published="2016-07-20")
    assert "On July" not in [a.name for a in s.actors]
    assert all("On July" not in e.actors for e in s.events)
