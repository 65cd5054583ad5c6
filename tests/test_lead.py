"""The lead: the first sentence of the story proper, with the framing material skipped."""

from __future__ import annotations

import pytest

from newsstruct import Document, summarize
from newsstruct._lead import find_lead, furniture

STORY = "The council approved the new budget on Monday."

# (opening material, kind reported as skipped) — each row a kind of article furniture.
OPENINGS = [
    ("Saturday, September 12, 2015\n\n", ["dateline"]),
    ("12 September 2015\n", ["dateline"]),
    ("Budget vote\n", ["heading"]),
    ("The town hall at dusk. Image: Jane Roe.\n", ["caption", "caption"]),
    ("Protesters outside the hall (AP Photo/John Doe)\n", ["caption"]),
    ("Smith (left) and Jones (right) in 2019.\n", ["caption"]),
    ("By Jane Roe and Sam Poe\n", ["byline"]),
    ("residents outside the town hall in 2014.\n", ["fragment"]),
    ("This is the evening news report.\n", ["intro"]),
    ("__NOTOC__\n", ["markup"]),
    ("[[Image:Hall.jpg|thumb|right|The town hall at dusk.\n", ["caption"]),
    ("<noinclude> [[File:Hall.jpg|thumb|The town hall.]]\n", ["caption"]),
    ("Friday, May 8, 2009\n\nCouncil offices. Photo: City archive.\n\n", ["dateline", "caption", "caption"]),
]


@pytest.mark.parametrize(("opening", "kinds"), OPENINGS)
def test_lead_skips_furniture(opening: str, kinds: list[str]) -> None:
    doc = Document(opening + STORY + " It passed 7-2.")
    lead, skipped = find_lead(doc)
    assert lead is not None
    assert lead.text == STORY
    assert [kind for kind, _ in skipped] == kinds


@pytest.mark.parametrize(
    ("label", "lead_text"),
    [
        ("Economy and business ", STORY),
        ("Crime and law ", STORY),
        ("__NOTOC__ ", STORY),
        ("<noinclude>   ", STORY),
        ("<br>  <!---->  ", STORY),
        ("Publish  Economy and business  ", STORY),
        ("Crime and law infobox  ", STORY),
        ("New Zealand  ", STORY),
        ("Sri Lanka   ", STORY),
        ("Councilelection2025  ", STORY),
        ("Councilelection2025 ", STORY),
        ("APEC2025  ", STORY),
    ],
)
def test_glued_section_labels_are_trimmed(label: str, lead_text: str) -> None:
    text = label + STORY
    lead, skipped = find_lead(Document(text))
    assert lead is not None
    assert lead.text == lead_text
    assert text[lead.start : lead.end] == lead.text
    assert [k for k, _ in skipped] == ["label"]


def test_a_sentence_that_names_an_infobox_is_kept() -> None:
    text = "The infobox template was removed from the page on Monday."
    lead, skipped = find_lead(Document(text))
    assert lead is not None
    assert lead.text == text
    assert skipped == []


def test_a_label_word_that_starts_a_sentence_is_kept() -> None:
    lead, skipped = find_lead(Document("Health officials closed the clinic on Monday."))
    assert lead is not None
    assert lead.text.startswith("Health officials")
    assert skipped == []


def test_story_sentences_are_not_furniture() -> None:
    doc = Document("Police said 200 people were evacuated. “We acted fast,” the chief said.")
    assert [furniture(doc, i) for i in range(len(doc.sentences))] == [None, None]


def test_no_story_gives_no_lead() -> None:
    lead, skipped = find_lead(Document("Monday, May 18, 2015\n\nElection Results"))
    assert lead is None
    assert [k for k, _ in skipped] == ["dateline", "heading"]


def test_summary_notes_what_the_lead_skipped() -> None:
    text = "Saturday, September 12, 2015\n\n" + STORY
    s = summarize(text, published="2015-09-12")
    assert s.lead is not None
    assert s.lead.text == STORY
    skipped = [n for n in s.notes if n.code == "lead_skipped"]
    assert len(skipped) == 1
    assert skipped[0].span is not None
    assert skipped[0].span.text == "Saturday, September 12, 2015"
    assert "dateline" in skipped[0].message


@pytest.mark.parametrize("repeats", [1, 10, 1000])
@pytest.mark.parametrize("tail", ["", "&nb", "&nbsp", "&nbsp;sea"])
def test_a_run_of_entities_with_letters_left_over_is_markup(repeats: int, tail: str) -> None:
    text = "&mdash;&nbsp;&quot;" * repeats + tail
    assert furniture(Document(text), 0) == "markup"
    lead, _ = find_lead(Document(text + "\n\nPolice said 200 people were evacuated."))
    assert lead is not None and lead.text == "Police said 200 people were evacuated."


def test_a_sentence_with_some_markup_is_no_markup() -> None:
    doc = Document("&quot;We acted fast,&quot; the chief said.")
    assert furniture(doc, 0) is None


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand Post said on Monday it would close 30 offices.",  # one space: a name
        "The United States  Department of Labor said on Monday jobs rose.",  # no place
        "Canada  announced on Monday that the border would reopen.",  # a subject
        "Councils  Mayor Jane Roe approved the new budget on Monday.",  # no place, no digit
        "Opening remarks. New Zealand  The council approved the new budget on Monday.",
    ],
)
def test_a_place_or_a_name_that_opens_the_story_is_kept(text: str) -> None:
    lead, skipped = find_lead(Document(text))
    assert lead is not None
    assert "label" not in [k for k, _ in skipped]


def test_find_lead_read_once_per_document_and_list_is_callers_own() -> None:
    from newsstruct._lead import find_lead
    from newsstruct._text import Document

    doc = Document("Monday, May 18, 2015\n\nFishermen rescued 700 people. Crews helped.")
    lead, skipped = find_lead(doc)
    skipped.clear()  # the caller's copy: the next call is not affected
    again, skipped_again = find_lead(doc)
    assert again == lead and lead is not None and lead.text == "Fishermen rescued 700 people."
    assert [kind for kind, _ in skipped_again] == ["dateline"]
