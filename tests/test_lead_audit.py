"""The lead after labels, wiki debris and boxes; sentence ends around abbreviations."""

from __future__ import annotations

import pytest

from newsstruct import Document
from newsstruct._lead import find_lead

STORY = "The council approved the new budget on Monday."


def lead_of(text: str) -> tuple[str | None, list[str]]:
    lead, skipped = find_lead(Document(text))
    return (lead.text if lead else None), [kind for kind, _ in skipped]


# (text, the lead expected) — each row an opening that is not the story.
OPENINGS = [
    # a topic label, set off by two spaces
    ("Budget row  " + STORY, STORY),
    ("Rail strike  Train drivers walked out on Monday.", "Train drivers walked out on Monday."),
    ("Harbour Review  Yesterday, the port published its report.", "Yesterday, the port published its report."),
    # labels of two kinds in a row
    ("Economy and business  Budget row  " + STORY, STORY),
    # wiki image options left before a short first sentence
    ("thumb  right  Two ships collided on Sunday. Crews were rescued.", "Two ships collided on Sunday."),
    ("right  " + STORY, STORY),
    ("publish  Archive-unreviewed   " + STORY + " It passed.", STORY),
    # a wiki heading run into the paragraph
    ("== Vote held ==  " + STORY, STORY),
    # a floating box and a table at the top
    (
        '<div class="box" style="float:right; width:20em; border:1px solid #ccc; padding:4px;">'
        " The old town hall. </div> " + STORY,
        STORY,
    ),
    ('{| class="wikitable" |- | Votes || 120 |- | Against || 80 |} ' + STORY, STORY),
    (
        '<table align="left"> <tr><td>The old town hall in 2004.</td></tr> </table>  ' + STORY,
        STORY,
    ),
    # a comment to the text's editors, of sentences of its own or after a magic word
    ("<!-- Replace this line with your article. Thanks.  -->  " + STORY, STORY),
    (
        "__NOTOC__ <!-- please keep the quotes as they were given in the statement --> "
        + STORY,
        STORY,
    ),
    # an infobox name, the end of an image caption, a stray bracket
    ("Harbour Infobox   " + STORY, STORY),
    ("The old pier in 2004.]] " + STORY, STORY),
    ("]</small> " + STORY, STORY),
    # a place that labels the text, before an article
    ("Kenya The parliament approved the budget.", "The parliament approved the budget."),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_lead_skips_what_opens_the_text(text: str, expected: str) -> None:
    assert lead_of(text)[0] == expected


def test_lead_keeps_an_abbreviated_place_before_a_title() -> None:
    text = "U.S.  District Judge Jane Roe ruled on Monday."
    assert lead_of(text)[0] == text


def test_skipped_label_is_reported() -> None:
    assert lead_of("Budget row  " + STORY)[1] == ["label"]


# (text, sentences) — abbreviations, initials and brackets that do not end a sentence.
SENTENCES = [
    ("The case of Pte. Harry Farr was heard. It ended.", 2),
    ("The Rt. Hon. Jack Straw spoke. He left.", 2),
    ("Trade will grow to Rs. 206 crore by 2007. It may.", 2),
    ("The House passed H.R. 304 on Tuesday. It was close.", 2),
    ("The toll expires at midnight Mon. Jan. 5. Drivers will pay.", 2),
    ("Governor Togiola T. A. Tulafono spoke. He left.", 2),
    ("The strike began at 12:35 a.m. (08:35 UTC) on Monday. Buses stopped.", 2),
    ("The coalition ''Union'' (''Lit.'' \"\"), won the vote. It governs.", 2),
    ("Yahoo! , the web portal, opened an office. It hired staff.", 2),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES)
def test_sentence_does_not_end_inside(text: str, count: int) -> None:
    assert len(Document(text).sentences) == count
