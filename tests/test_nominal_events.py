"""A dated clause whose subject names an act ("the announcement", "the move") takes the agent
of that act: its possessor, its "by" phrase, or the clause before that performed it."""

from __future__ import annotations

import pytest

from newsstruct import Config, extract_events

REF = "2021-04-22"  # a Thursday


def _agents(text: str, config: Config | None = None) -> dict[str, tuple[str, ...]]:
    """The agents of each event, keyed by the first three words of its clause."""
    return {
        " ".join(e.text.split()[:3]): e.actors for e in extract_events(text, REF, config=config)
    }


AGENT_FROM_CONTEXT = [
    # the act's own verb, a name as subject ("The" is not part of the name)
    (
        "The Kremlin announced a pullback of its forces. The April 20 announcement "
        "surprised analysts.",
        ("Kremlin",),
    ),
    # a ruling, by a judge named with her title
    (
        "Judge Ana Ruiz ruled that the merger was unlawful. The ruling on Tuesday halted "
        "the deal.",
        ("Ana Ruiz",),
    ),
    # an irregular past form, a sentence between
    (
        "Norland withdrew its ambassador from Kestia. Trade had slowed for months. "
        "This withdrawal on March 3 followed a border clash.",
        ("Norland",),
    ),
    # "it" stands for the speaker named before it
    (
        "Norland says it has ordered a ceasefire. The March 3 announcement calmed markets.",
        ("Norland",),
    ),
    # a time between the subject and its verb
    (
        "The Northern Front last week attacked a convoy near Tarin. The attack on Monday "
        "killed 12 soldiers.",
        ("Northern Front",),
    ),
    # "she" is the person named last
    (
        "Mayor Ana Ruiz toured the harbour. She announced new funding for the docks. "
        "The announcement on Monday pleased the unions.",
        ("Ana Ruiz",),
    ),
    # a described agent
    (
        "The health ministry banned the sale of raw milk. The ban on Monday angered farmers.",
        ("health ministry",),
    ),
    # "the move": whoever acted last
    ("Acme has closed its plant in Ohio. The move on Monday cost 300 jobs.", ("Acme",)),
    # a verb that performs the act its object names
    (
        "Acme issued a recall of its heaters. The recall on Monday covered 5,000 units.",
        ("Acme",),
    ),
    (
        "Beta Bank announced its decision to leave the city. The decision on Monday "
        "surprised staff.",
        ("Beta Bank",),
    ),
    # within the same sentence
    (
        "Norland ordered its troops home on Sunday, and the order on Monday eased tension.",
        ("Norland",),
    ),
]


@pytest.mark.parametrize(("text", "agents"), AGENT_FROM_CONTEXT)
def test_nominalised_act_takes_the_agent_of_the_clause_that_performed_it(
    text: str, agents: tuple[str, ...]
) -> None:
    events = extract_events(text, REF)
    assert events[-1].actors == agents


OWN_AGENT = [
    # a possessor, even with an agent before
    ("Norland ordered troops home. Kestia's announcement on Monday eased tension.", "Kestia"),
    ("Kestia's April 20 announcement eased tension.", "Kestia"),
    ("The Kremlin's decision on Monday surprised analysts.", "Kremlin"),
    # a "by" phrase
    ("Norland ordered troops home. The announcement by Kestia on Monday eased tension.",
     "Kestia"),
    ("The move by the Harbour Authority on Monday closed the port.", "Harbour Authority"),
    # a passive of a verb that performs the act
    ("Norland ordered troops home. The announcement was made on Monday by Kestia.", "Kestia"),
]


@pytest.mark.parametrize(("text", "agent"), OWN_AGENT)
def test_an_act_with_an_agent_of_its_own_keeps_it(text: str, agent: str) -> None:
    assert extract_events(text, REF)[-1].actors == (agent,)


def test_no_earlier_agent_gives_none() -> None:
    text = (
        "Storms hit the coast. The April 19 announcement eased fears. "
        "Acme announced a new plant. The April 20 announcement lifted shares."
    )
    assert _agents(text) == {"The April 19": (), "The April 20": ("Acme",)}


def test_a_verb_whose_subject_is_no_agent_ends_the_search() -> None:
    # the nearest announcing has a subject naming no agent: rather none than Acme
    text = (
        "Acme announced a plan. Several of its rivals announced cuts too. "
        "The April 20 announcement hit shares. Beta Corp says it has unveiled a new plan. "
        "The April 21 announcement lifted shares."
    )
    assert _agents(text) == {"The April 20": (), "The April 21": ("Beta Corp",)}


def test_a_reporting_verb_names_no_announcement() -> None:
    # what officials said is not what Acme announced
    text = (
        "Acme announced a plan. Officials said the plan was costly. "
        "The April 20 announcement hit shares."
    )
    assert extract_events(text, REF)[-1].actors == ("Acme",)


def test_a_noun_that_names_no_act_takes_no_agent() -> None:
    text = (
        "Acme announced a new plant. The April 20 storm closed roads. "
        "Acme announced a new office. The April 21 announcement lifted shares."
    )
    assert _agents(text) == {"The April 20": (), "The April 21": ("Acme",)}


def test_the_move_does_not_reach_past_an_act_without_agent() -> None:
    text = (
        "Acme closed its plant. Workers protested. The move on Monday cost jobs. "
        "Beta Corp has sold its stake. The move on Tuesday lifted shares."
    )
    assert [e.actors for e in extract_events(text, REF)] == [(), ("Beta Corp",)]


def test_a_verb_form_used_as_a_noun_is_no_antecedent() -> None:
    # "an order" is no ordering: the search goes on to the clause before
    text = (
        "Norland ordered its fleet to port. Acme signed an order for jets. "
        "The order on Monday eased tension."
    )
    assert extract_events(text, REF)[-1].actors == ("Norland",)


def test_a_modifier_naming_an_agent_blocks_the_context() -> None:
    # "the court ruling": the court ruled, not (necessarily) the judge named before
    text = "Judge Ana Ruiz ruled on the appeal. The {}ruling on Monday halted the deal."
    assert extract_events(text.format("court "), REF)[-1].actors != ("Ana Ruiz",)
    assert extract_events(text.format(""), REF)[-1].actors == ("Ana Ruiz",)


def test_act_nouns_can_be_extended() -> None:
    text = "Acme merged with Beta Corp. The merger on Monday created a giant."
    assert extract_events(text, REF)[-1].actors == ()
    config = Config().extend("event_nouns", [("merger", "merge merges merged", "agent")])
    assert extract_events(text, REF, config=config)[-1].actors == ("Acme",)


def test_a_possessor_that_undergoes_the_act_is_no_agent() -> None:
    assert extract_events("Lee Chan's arrest on Monday shocked fans.", REF)[-1].actors == ()
    assert extract_events("Lee Chan's resignation on Monday shocked fans.", REF)[
        -1
    ].actors == ("Lee Chan",)


def test_a_possessor_after_an_opening_word_is_not_read_with_it() -> None:
    text = "{}Ana Ruiz's resignation on Monday {} the board."
    assert extract_events(text.format("", "shocked"), REF)[-1].actors == ("Ana Ruiz",)
    assert extract_events(text.format("Until ", "nothing troubled"), REF)[-1].actors == ()
    text = "Including Monday's attack, the rebels have struck five times this month."
    assert all(not e.actors or e.actors == ("rebels",) for e in extract_events(text, REF))
