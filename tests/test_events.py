"""Dated events: clauses, agents and the timeline, on sentences written for this file."""

from __future__ import annotations

import pytest

from newsstruct import Config, Document, extract_dates, extract_events

REF = "2021-04-22"  # a Thursday


def _events(
    text: str, reference: str | None = REF
) -> list[tuple[str | None, tuple[str, ...], str]]:
    return [(e.date.value, e.actors, e.text) for e in extract_events(text, reference)]


ACTORS = [
    # a plain name as subject
    ("Greenpeace filed the complaint on Monday.", ("Greenpeace",)),
    # the role before the name is dropped
    ("Interior Minister Anna Berg resigned on Monday.", ("Anna Berg",)),
    ("Acme chief executive Paul Ode said on Monday that sales fell.", ("Paul Ode",)),
    # an opening adverbial is skipped
    ("On Monday, the Harbour Authority closed the port.", ("Harbour Authority",)),
    ("Last week, Mayor Lin Ho opened the bridge.", ("Lin Ho",)),
    # a described agent
    ("The police arrested two men on Monday.", ("police",)),
    ("Fishermen rescued 40 people on Monday.", ("Fishermen",)),
    ("The Dutch government announced on Monday a new levy.", ("Dutch government",)),
    ("The Kenyan president visited Oslo on Monday.", ("Kenyan president",)),
    # a passive names its agent after "by"
    ("The trader was arrested by the FBI on Monday.", ("FBI",)),
    # a speaker after the quote
    ('"We will appeal," said lawyer Rosa Diaz on Monday.', ("Rosa Diaz",)),
    # the fullest form of the name in the sentence
    ("Dmitri Volkov's deputy spoke first, then Volkov spoke on Monday.", ("Dmitri Volkov",)),
    # a capitalised modifier is not the subject; the name after it is
    ("Thai low-cost carrier SkyJet grounded its fleet on Monday.", ("SkyJet",)),
    ("NASA chief Ann Oye announces the launch on Monday.", ("Ann Oye",)),
    # no agent
    ("Thousands of Romanians marched on Monday.", ()),
    ("September opened with a storm on Monday.", ()),
    ("Prices rose on Monday.", ()),
    ("A storm yesterday flooded the valley.", ()),
    ("It rained heavily on Monday.", ()),
    ("The Crimea drills ended on Monday.", ()),
]


@pytest.mark.parametrize(("text", "actors"), ACTORS)
def test_actors(text: str, actors: tuple[str, ...]) -> None:
    (event,) = extract_events(text, REF)
    assert event.actors == actors


def test_pronoun_takes_the_person_named_before() -> None:
    text = "Judge Maria Lopez heard the case. She ruled on Tuesday that the firm must pay."
    (event,) = extract_events(text, REF)
    assert event.actors == ("Maria Lopez",)


def test_one_event_per_dated_clause() -> None:
    text = (
        "Ana Ruiz said on April 19 that the dam was safe, while Tom Berg warned on "
        "April 20 that it was not."
    )
    assert _events(text) == [
        ("2021-04-19", ("Ana Ruiz",), "Ana Ruiz said on April 19 that the dam was safe"),
        ("2021-04-20", ("Tom Berg",), "Tom Berg warned on April 20 that it was not."),
    ]


def test_a_clause_without_subject_shares_the_one_before() -> None:
    text = "The airline lost $1 billion in 2019, and will lose $2 billion in 2020."
    events = extract_events(text, REF)
    assert [(e.date.value, e.actors) for e in events] == [
        ("2019", ("airline",)),
        ("2020", ("airline",)),
    ]


def test_single_date_sentence_is_the_whole_sentence() -> None:
    text = "Rescuers, who arrived by boat, found the crew on Monday, officials said."
    (event,) = extract_events(text, REF)
    assert event.text == text
    assert event.rule == "event.sentence"


def test_timeline_is_sorted_by_date_then_text_order() -> None:
    text = (
        "The bill passed on April 20. The law was first proposed in 2019. "
        "The senate votes next month. The house voted on April 20 as well."
    )
    events = extract_events(text, REF)
    assert [e.date.value for e in events] == ["2019", "2021-04-20", "2021-04-20", "2021-05"]
    assert events[1].start < events[2].start
    firsts = [e.date.first for e in events]
    assert firsts == sorted(firsts)  # type: ignore[type-var]


def test_dates_without_value_give_no_event() -> None:
    assert extract_events("Talks resumed on Tuesday.", None) == ()
    (event,) = extract_events("Talks resumed in 2014.", None)
    assert event.date.value == "2014"


def test_event_date_is_the_date_mention_of_extract_dates() -> None:
    doc = Document("The port reopened on April 19 after the storm.")
    (event,) = extract_events(doc, REF)
    assert (event.date,) == extract_dates(doc, REF)


def test_events_reuse_the_dates_stored_on_the_document() -> None:
    doc = Document("The port reopened on April 19.")
    dates = extract_dates(doc, REF)
    (event,) = extract_events(doc, REF)
    assert event.date is dates[0]
    assert extract_events(doc, REF) is extract_events(doc, REF)


def test_spans_hold_their_text() -> None:
    text = "\u201cIt\u2019s over,\u201d said Ana Ruiz on Monday.\n\nThe strike ended last week."
    for e in extract_events(text, REF):
        assert text[e.start : e.end] == e.text
        assert text[e.date.start : e.date.end] == e.date.text
        assert e.start <= e.date.start and e.date.end <= e.end


def test_title_vocabulary_can_be_extended() -> None:
    text = "Harbourmaster Jon Lee closed the port on Monday."
    assert extract_events(text, REF)[0].actors == ("Harbourmaster Jon Lee",)
    config = Config().extend("titles", [("harbourmaster", "title", "-")])
    assert extract_events(text, REF, config=config)[0].actors == ("Jon Lee",)


def test_bad_inputs_raise() -> None:
    with pytest.raises(TypeError):
        extract_events(42, REF)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference"):
        extract_events("Talks resumed in 2014.", "last Tuesday")


def test_nominalised_event_takes_its_agent_from_context() -> None:
    text = "Moscow ordered the troops home. The April 22 announcement eased tension."
    assert extract_events(text, REF)[0].actors == ("Moscow",)
