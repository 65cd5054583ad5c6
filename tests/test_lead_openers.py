"""What opens a text before its lead: labels in lower case, dates in bold, datelines in
capitals and photos from the archive."""

from __future__ import annotations

import pytest

from newsstruct import Document, summarize
from newsstruct._lead import find_lead, story_sentences


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a topic set off by two spaces or more
        (
            "aviation   The airline said on Monday it will add 12 routes. Fares will rise.",
            "The airline said on Monday it will add 12 routes.",
        ),
        (
            "harbour works  A new pier opened in the town on Friday. It cost a lot.",
            "A new pier opened in the town on Friday.",
        ),
        # a place or a section label with one space
        (
            "kenya The United Nations appealed for aid on Tuesday. Donors met later.",
            "The United Nations appealed for aid on Tuesday.",
        ),
        (
            "health A judge ruled on Monday that the pill must be sold. The maker agreed.",
            "A judge ruled on Monday that the pill must be sold.",
        ),
        (
            "politics and conflicts The council voted on Monday to close the mine. It shut.",
            "The council voted on Monday to close the mine.",
        ),
        # a template's name
        (
            "ruritania infobox An official resigned on Sunday over the affair. Police came.",
            "An official resigned on Sunday over the affair.",
        ),
        # a place written in lower case before a sentence that opens with a capital
        (
            "united Kingdom   Drivers were urged not to buy fuel. Queues formed.",
            "Drivers were urged not to buy fuel.",
        ),
    ],
)
def test_the_lead_is_the_first_sentence_without_its_label(text: str, lead: str) -> None:
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text == lead
    assert [kind for kind, _ in skipped] == ["label"]
    assert summarize(text).lead == found


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case word that is no place nor label, with one space: a fragment
        "in Nicosia . From the platform, tourists can see the line. The line is long.",
        "and The Times reported it on Monday. The minister resigned on Tuesday.",
    ],
)
def test_a_fragment_that_opens_the_text_is_still_skipped(text: str) -> None:
    doc = Document(text)
    assert 0 not in story_sentences(doc)
    found, _ = find_lead(doc)
    assert found is not None and found.start > 0


def test_a_label_later_in_the_text_is_not_read() -> None:
    doc = Document("The mayor spoke on Monday.\n\nkenya The rest is a fragment of a sentence.")
    assert story_sentences(doc) == [0]


@pytest.mark.parametrize(
    "text",
    [
        "'''April 6, 2005'''   Rebels claimed the attack on the convoy. More came.",
        "'''6 April 2005'''<br>  Rebels claimed the attack on the convoy. More came.",
    ],
)
def test_a_date_in_bold_glued_to_the_lead_is_trimmed(text: str) -> None:
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text == "Rebels claimed the attack on the convoy."
    assert [kind for kind, _ in skipped] == ["label"]


def test_a_bold_name_is_not_a_date() -> None:
    found, _ = find_lead(Document("'''Acme Corp''' said on Monday it would close a mill."))
    assert found is not None and found.start == 0


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("WASHINGTON — The Senate voted on Tuesday to fund the port. More came.", "The Senate"),
        ("KYIV, Ukraine (AP) — Rescuers dug through the rubble on Sunday. More.", "Rescuers"),
        ("LAGOS, NIGERIA - The central bank raised its rate. It rose.", "The central bank"),
    ],
)
def test_a_dateline_in_capitals_is_skipped(text: str, lead: str) -> None:
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text.startswith(lead)
    assert [kind for kind, _ in skipped] == ["dateline"]
    points = summarize(text).key_points
    assert points and points[0].text.startswith(lead)


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - Workers repair a road in the capital, Jan. 12, 2024.",
        "FILE PHOTO: Workers repair a road in the capital.",
    ],
)
def test_a_photo_from_the_archive_is_a_caption(caption: str) -> None:
    text = f"{caption}\n\nNAIROBI, KENYA — The parliament approved a loan on Tuesday.\n\nMore."
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text == "The parliament approved a loan on Tuesday."
    assert {kind for kind, _ in skipped} == {"caption", "dateline"}


def test_a_word_in_capitals_inside_a_sentence_is_no_dateline() -> None:
    text = "The FILE - a new tool - was released on Monday by the agency. It sold well."
    found, _ = find_lead(Document(text))
    assert found is not None and found.start == 0


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story was updated. It includes the mayor's reply.",
        "EDITOR'S NOTE: This story contains details some readers may find upsetting.",
    ],
)
def test_a_note_from_the_editors_is_skipped_whole(note: str) -> None:
    text = f"{note}\n\nThe council voted on Tuesday to close the bridge.\n\nMore."
    doc = Document(text)
    found, skipped = find_lead(doc)
    assert found is not None and found.text == "The council voted on Tuesday to close the bridge."
    assert {kind for kind, _ in skipped} <= {"intro", "dateline"}
    assert all(not doc.sentences[i].text.startswith("It includes") for i in story_sentences(doc))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # what is left of an image's options when the runs of spaces were closed up
        ("right Acme Corp said on Monday it will close a mill. Jobs go.", "Acme Corp said"),
        ("right right eShop owners said on Monday they will sue. Jobs go.", "eShop owners said"),
        ("publish aviation The airline said it will add routes. More came.", "The airline said"),
    ],
)
def test_image_options_left_before_the_first_sentence_are_trimmed(text: str, lead: str) -> None:
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text.startswith(lead)
    assert [kind for kind, _ in skipped] == ["label"]


def test_an_options_word_that_opens_a_fragment_keeps_it_a_fragment() -> None:
    doc = Document("left the town on Monday. The mayor said the roads were closed.")
    assert 0 not in story_sentences(doc)


@pytest.mark.parametrize(
    "label",
    ["2007 Electronics Show Autumn", "Publish Economy and business", "Ruritania infobox"],
)
def test_a_label_cut_off_the_first_sentence_is_no_lead(label: str) -> None:
    text = f"{label} In a study released on Monday, the bank said growth slowed. More came."
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text.startswith("In a study released on Monday")
    assert skipped


def test_a_short_first_sentence_with_its_stop_is_the_lead() -> None:
    found, _ = find_lead(Document("Markets fell. In Tokyo, the index lost 3%."))
    assert found is not None and found.text == "Markets fell."


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # labels only, cut off as a sentence of their own
        ("publish '''May 14, 2005'''\n\nThe minister closed the base on Friday.", "The minister"),
        ("'''Updated:'''\n\nThe minister closed the base on Friday.", "The minister"),
        # a bold date with a space before its closing marks, heading marks
        ("'''May 14 , 2005 ''' The minister closed the base on Friday.", "The minister"),
        ("publish ==== A fighter jet crashed near the city on Friday.", "A fighter jet"),
    ],
)
def test_labels_only_and_heading_marks_are_no_lead(text: str, lead: str) -> None:
    found, skipped = find_lead(Document(text))
    assert found is not None and found.text.startswith(lead)
    assert skipped and {kind for kind, _ in skipped} == {"label"}


def test_words_in_lower_case_before_an_article_are_a_label() -> None:
    found, skipped = find_lead(Document("harbour news A new pier opened on Friday. It cost more."))
    assert found is not None and found.text == "A new pier opened on Friday."
    assert [kind for kind, _ in skipped] == ["label"]


@pytest.mark.parametrize("text", ["and The Hague ruled on it. More.", "but The Hague ruled. More."])
def test_a_linking_word_before_an_article_is_no_label(text: str) -> None:
    assert 0 not in story_sentences(Document(text))
