"""Names of bodies that go on with "for the" and their remit, and a person's name after a
place that ends a body's name.  Examples written for the project."""

from __future__ import annotations

import pytest

from newsstruct import Actor, summarize


def _actors(text: str) -> dict[str, list[str]]:
    return {a.name: [s.text for s in a.spans] for a in summarize(text, "2024-05-10").actors}


@pytest.mark.parametrize(
    "name",
    [
        "Office for the Coordination of Relief Work",
        "Movement for the Protection of the Delta",
        "Committee for the Study of Water Rights",
    ],
)
def test_a_body_named_with_for_the_and_its_remit_is_one_name(name: str) -> None:
    text = f"In April, the {name} started a three month programme in the region."
    assert list(_actors(text)) == [name]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Lawyers for the Ilari family said on Monday that the ruling was unfair.", "Lawyers"),
        ("The Minister for the Environment, Ana Ruiz, said the plan would go ahead.", "Ana Ruiz"),
    ],
)
def test_for_the_after_a_word_that_names_no_body_joins_no_name(text: str, actor: str) -> None:
    actors = _actors(text)
    assert not any(" for the " in name for name in actors), actors
    assert actor in actors or actor == "Lawyers"


def test_a_person_after_a_place_that_ends_a_court_is_a_name_of_its_own() -> None:
    text = (
        "Without a plea, the Court set the hearing for June 12. United States District Court "
        "for the Northern District of New York Carla M. Odell on Thursday appointed Ben Ruiz."
    )
    actors = _actors(text)
    court = "United States District Court for the Northern District of New York"
    assert "Carla M. Odell" in actors
    assert actors[court] == ["the Court", court]  # "the Court" is the court named in full


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The rail contract was ended early. In 2005, the Department for Transport took "
            "over the line.",
            "Department for Transport",
        ),
        (
            "The lawsuit was filed in 2019 by the Center for Water Rights.",
            "Center for Water Rights",
        ),
    ],
)
def test_a_body_named_with_for_and_its_remit_is_the_agent_of_its_event(
    text: str, agent: str
) -> None:
    events = summarize(text, "2024-05-10").events
    assert [list(e.actors) for e in events] == [[agent]]


def test_for_after_a_title_names_no_agent() -> None:
    text = "On Monday, the Minister for Education, Ana Ruiz, opened the school."
    events = summarize(text, "2024-05-10").events
    assert [list(e.actors) for e in events] == [["Ana Ruiz"]]


@pytest.mark.parametrize(
    "title", ["Army Brig.", "Army Capt.", "Police Supt.", "Navy Cmdr.", "Prof.", "Army Gen."]
)
def test_an_abbreviated_title_is_the_role_of_the_name_after_it(title: str) -> None:
    text = f"The plan was confirmed by {title} Ana Ruiz, who said the rebels would disarm."
    assert list(_actors(text)) == ["Ana Ruiz"]


def test_a_category_label_opening_the_text_is_no_actor() -> None:
    text = (
        "Politics and conflicts On Friday, an agreement was reached stating that the troops "
        "would leave. Ana Ruiz said it was good."
    )
    assert list(_actors(text)) == ["Ana Ruiz"]
    assert [list(e.actors) for e in summarize(text, "2024-05-10").events] == [[]]


def test_a_person_with_the_two_spaces_of_a_stripped_link_before_who_acts() -> None:
    text = "The tie was forced by the last of them, Jo Ray  who voted against."
    assert list(_actors(text)) == ["Jo Ray"]
    text = "The post went to Ana Ruiz, replacing Ben Oye  who resigned on Thursday."
    assert [list(e.actors) for e in summarize(text, "2024-05-10").events] == [["Ben Oye"]]


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in summarize(text, "2024-05-10").actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title with a remit and no name after it is a role, set off before the name
        (
            "The plan was presented by the Secretary of State for Transport, Ann Lee. "
            "Lee said it was ready.",
            [("Ann Lee", "Secretary of State for Transport")],
        ),
        # a name after the remit is still the person's
        (
            "Secretary of State for Health Ann Lee said the plan was ready.",
            [("Ann Lee", "Secretary of State for Health")],
        ),
        ("Secretary of State Ann Lee said the plan was ready.", [("Ann Lee", "Secretary of State")]),
    ],
)
def test_a_title_with_a_remit_is_a_role_not_a_body(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _roles(text) == expected


def test_a_role_that_describes_the_subject_is_no_one_a_pronoun_stands_for() -> None:
    text = (
        "Jo Ray, former Mayor of Lakeside, has been elected as the new President of the "
        "Republic of Lakeland. He defeated his opponent, Ann Lee, who conceded."
    )
    assert [s.text for s in summarize(text, "2024-05-10").actors[0].spans] == [
        "Jo Ray",
        "Mayor of Lakeside",
        "He",
    ]


def test_the_government_of_the_state_acts_for_it() -> None:
    text = "The government of the United Kingdom has outlined its plans for the railways."
    assert [a.name for a in summarize(text, "2024-05-10").actors] == ["United Kingdom"]


@pytest.mark.parametrize("surname", ["Ray", "Lee", "Kim"])
def test_a_short_surname_that_ends_a_sentence_ends_the_name(surname: str) -> None:
    text = f"The plan was presented by Jo {surname}. {surname} said it was ready."
    assert _actors(text) == {f"Jo {surname}": [f"Jo {surname}", surname]}


def test_a_short_title_before_a_name_stays_the_names() -> None:
    assert _roles("Gen. Ann Lee said the troops were ready.") == [("Ann Lee", "Gen.")]


@pytest.mark.parametrize(
    "text",
    [
        "Questioned about the weapons, the general said the talks went well.",
        'The party said: "Vicious attacks on critics have hurt the country."',
        'The sign said: "Proudly paid for by supporters of the party."',
    ],
)
def test_a_participle_an_adverb_or_an_adjective_opening_a_sentence_is_no_name(
    text: str,
) -> None:
    assert not any(a.name in ("Questioned", "Vicious", "Proudly") for a in _actors_of(text))


def test_a_name_that_ends_like_an_adverb_stays_a_name_when_written_again() -> None:
    text = "Acme chief Alan Mulally spoke. Mulally predicted that the firm would grow."
    assert _roles(text) == [("Alan Mulally", "Acme chief")]


def _actors_of(text: str) -> list[Actor]:
    return list(summarize(text, "2024-05-10").actors)


def test_a_word_of_a_persons_title_does_not_act_by_itself() -> None:
    text = "The new party would be led by Opposition leader Jo Ray, with Ann Lee as deputy."
    assert "Opposition" not in [a.name for a in _actors_of(text)]
