"""Actors and event agents in plain news reports: the subject of a passive, a speaker after
an opening phrase, a name spelt with and without accents, and names opened by a count."""

from __future__ import annotations

from tests.reading import actor_names as _names
from tests.reading import event_agents as _agents
from tests.reading import summary_of as _summary


def test_the_subject_of_a_passive_without_by_is_no_agent() -> None:
    assert _agents("Mark Olsen was elected on Tuesday.", "Tuesday") == ()
    text = "Crown Prince Tavi Lolo, the king's son, was sworn in on Monday as the next king."
    assert _agents(text, "Monday") == ()
    assert _agents("Toma Ruud, 53, was first elected to parliament in 2010.", "2010") == ()
    assert _agents("The Kingdom of Lorania was stricken into mourning on Monday.", "Monday") == ()
    text = "Ann Lee spoke on Monday. She was arrested on Tuesday."
    assert _agents(text, "Tuesday") == ()
    assert "Kingdom of Lorania" not in _names(
        "The Kingdom of Lorania was stricken into mourning on Monday."
    )
    # but a subject that acts after a passive verb is the agent
    assert _agents("Mark Olsen is expected to win on Tuesday.", "Tuesday") == ("Mark Olsen",)
    text = "Ann Lee was quoted on Monday as saying the plan would fail."
    assert _agents(text, "Monday") == ("Ann Lee",)


def test_a_passive_agent_named_after_its_verb_is_the_agent() -> None:
    text = "Omar Said was killed in an airstrike, by the Ruritanian Army in 2001."
    assert _agents(text, "2001") == ("Ruritanian Army",)


def test_a_speaker_after_an_opening_phrase_is_the_agent() -> None:
    text = "Speaking to reporters in Blantyre on Wednesday, President Tomas Bera said aid was coming."
    assert _agents(text, "Wednesday") == ("Tomas Bera",)
    text = "Late on Friday, opposition leader Enele Sopo conceded defeat."
    assert _agents(text, "Friday") == ("Enele Sopo",)
    text = "More recently, during an April 21 news conference, Governor Ana Ruiz took questions."
    assert _agents(text, "April 21") == ("Ana Ruiz",)
    text = "Speaking in Dunmore, New Kent on Tuesday, Mayor Ida Holm said the bridge would open."
    assert _agents(text, "Tuesday") == ("Ida Holm",)
    # a name that ends like a participle is the subject
    text = "Beijing said on Monday, in a statement, that the talks would go on."
    assert _agents(text, "Monday") == ("Beijing",)


def test_a_verb_that_ends_the_sentence_follows_its_subject() -> None:
    assert _agents("On Monday, Prime Minister Petr Marek resigned.", "Monday") == ("Petr Marek",)


def test_a_person_set_off_after_a_title_is_the_agent() -> None:
    text = "Speaking on Tuesday, Trade Minister, Kevin Arlo said exports would rise."
    assert _agents(text, "Tuesday") == ("Kevin Arlo",)


def test_a_name_that_modifies_a_noun_is_no_agent() -> None:
    text = "The Lorbek -based broadcaster Radio Veno aired the video on Monday."
    assert _agents(text, "Monday") == ("Radio Veno",)
    assert "Lorbek" not in _names(text)


def test_one_name_spelt_with_and_without_accents_is_one_actor() -> None:
    text = (
        "President José Ramírez spoke on Monday. Jose Ramirez said the vote was fair. "
        "Sinn Féin said it would take part. Sinn Fein leader Mary Doyle agreed on Tuesday."
    )
    summary = _summary(text)
    names = [a.name for a in summary.actors]
    assert names.count("José Ramírez") == 1
    assert "Jose Ramirez" not in names


def test_a_name_opened_by_a_count_is_no_actor() -> None:
    text = (
        "Ten Ruritanian soldiers have died in September. Thirty-seven Lorbekians have died "
        "since 2002. All US officials are safe, the embassy said."
    )
    names = _names(text)
    assert not names & {"Ten Ruritanian soldiers", "Thirty-seven Lorbekians", "All US"}
