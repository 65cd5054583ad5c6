"""The Markdown brief and the HTML page, on summaries built by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from newsstruct import render
from newsstruct.model import (
    Actor,
    DateMention,
    Event,
    KeyPoint,
    Note,
    Quantity,
    Quote,
    Span,
    Speaker,
    Summary,
)
from tests.html_check import article_text, check_page
from tests.samples import HARBOUR, at, harbour_summary

EMPTY = Summary(text="")


def _section(markdown: str, heading: str) -> str:
    """The body of the ``## heading`` section."""
    body = markdown.split(f"## {heading}\n", 1)[1]
    return body.split("\n## ", 1)[0]


def _cells(row: str) -> list[str]:
    """Split a Markdown table row on its unescaped pipes."""
    cells, current, escaped = [], "", False
    for ch in row.strip()[1:-1]:
        if ch == "|" and not escaped:
            cells.append(current.strip())
            current = ""
        else:
            current += ch
        escaped = ch == "\\" and not escaped
    cells.append(current.strip())
    return cells


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_has_every_section_in_order() -> None:
    md = harbour_summary().to_markdown()
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Lead", "## Key points", "## Key figures", "## Who said what", "## Timeline",
        "## Actors", "## Notes",
    ]
    assert md.startswith("# Harbour talks end strike\n\nPublication date: 2021-04-22.\n")


def test_markdown_key_figures_table() -> None:
    rows = [line for line in _section(harbour_summary().to_markdown(), "Key figures").splitlines()
            if line.startswith("|")]
    assert _cells(rows[0]) == ["Figure", "Value", "Unit", "Of", "Qualifier"]
    assert _cells(rows[2]) == ["nine-day", "9", "day", "", "exact"]
    assert _cells(rows[4]) == ["about 1,200 members", "1,200", "", "members", "approximately"]
    assert _cells(rows[5]) == ["$3.2 million", "3,200,000", "USD", "", "exact"]
    assert len(rows) == 2 + 4


def test_markdown_groups_quotes_by_speaker_with_role() -> None:
    who = _section(harbour_summary().to_markdown(), "Who said what")
    assert who.index("### officials") < who.index("### Maria Lopez (union leader)")
    aalto = who.split("### Henrik Aalto (Port director)\n", 1)[1]
    assert aalto.strip().splitlines() == [
        "- the deal would cost $3.2 million a year (indirect, *said*)",
        "- \u201cShips will be moving again by Friday\u201d (direct, *said*)",
    ]


def test_markdown_split_quote_shows_every_part_and_unattributed_group() -> None:
    text = '"We are ready," she said, "to talk."'
    q = Quote(0, len(text), text, kind="direct", content=Span(1, 13, "We are ready"),
              parts=(Span(1, 13, "We are ready"), Span(26, 34, "to talk.")))
    md = Summary(text=text, quotes=(q,)).to_markdown()
    assert "### Unattributed\n\n- \u201cWe are ready \u2026 to talk.\u201d (direct)" in md


def test_markdown_timeline_is_sorted_by_date_with_unresolved_last() -> None:
    text = "A. B. C."
    late = DateMention(0, 1, "A", value="2021-05", first=dt.date(2021, 5, 1))
    early = DateMention(3, 4, "B", value="2020", first=dt.date(2020, 1, 1))
    unknown = DateMention(6, 7, "C", value=None)
    events = (Event(6, 8, "C.", date=unknown), Event(0, 2, "A.", date=late),
              Event(3, 5, "B.", date=early, actors=("Ann", "Bo")))
    rows = [_cells(r) for r in _section(Summary(text=text, events=events).to_markdown(),
                                        "Timeline").splitlines() if r.startswith("| ")
            and "---" not in r]
    assert rows[1:] == [
        ["2020", "B", "B.", "Ann, Bo"],
        ["2021-05", "A", "A.", ""],
        ["unresolved", "C", "C.", ""],
    ]


def test_markdown_on_an_empty_summary_says_none_found() -> None:
    md = EMPTY.to_markdown()
    for line in ("*No lead found.*", "*No key points found.*", "*No figures found.*",
                 "*No quotes found.*", "*No dated events found.*", "*No actors found.*",
                 "Publication date: unknown."):
        assert line in md
    assert "## Notes" not in md
    assert "None" not in md


@pytest.mark.parametrize(
    ("written", "cell"),
    [
        ("5 | 6", r"5 \| 6"),
        ("five\nhundred\r\nmen", "five hundred men"),
        ("*starred* _under_", r"\*starred\* \_under\_"),
        ("<b>bold</b> & &amp;", r"\<b>bold\</b> & \&amp;"),
        ("[link](x)", r"\[link\](x)"),
        ("`code`", r"\`code\`"),
    ],
)
def test_markdown_table_cells_are_escaped(written: str, cell: str) -> None:
    q = Quantity(0, len(written), written, value=5, entity=written)
    rows = [r for r in Summary(text=written, quantities=(q,)).to_markdown().splitlines()
            if r.startswith("| ") and "Figure" not in r and "---" not in r]
    assert len(rows) == 1
    cells = _cells(rows[0])
    assert len(cells) == 5
    assert cells[0] == cell
    assert cells[3] == cell


@pytest.mark.parametrize(
    ("lead", "shown"),
    [
        ("1. Not a list", r"1\. Not a list"),
        ("# Not a heading", r"\# Not a heading"),
        ("- not an item", r"\- not an item"),
        ("> not a quote", r"\> not a quote"),
        ("4.5% rise", "4.5% rise"),
        ("2021 was long", "2021 was long"),
    ],
)
def test_markdown_lead_cannot_turn_into_block_markup(lead: str, shown: str) -> None:
    md = Summary(text=lead, lead=Span(0, len(lead), lead)).to_markdown()
    assert _section(md, "Lead").strip() == shown


def test_markdown_actor_lines() -> None:
    actors = _section(harbour_summary().to_markdown(), "Actors").strip().splitlines()
    assert actors == [
        "- **Henrik Aalto**, Port director (person): 2 mentions",
        "- **Maria Lopez**, union leader (person): 1 mention",
    ]


def test_markdown_method_delegates_to_the_renderer() -> None:
    s = harbour_summary()
    assert s.to_markdown() == render.to_markdown(s)
    assert s.to_html() == render.to_html(s)


# --- HTML ---------------------------------------------------------------------------------


def test_html_page_is_well_formed_and_self_contained() -> None:
    page = harbour_summary().to_html()
    checker = check_page(page)
    assert article_text(checker) == HARBOUR
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")


def test_html_highlights_every_item_with_its_own_style() -> None:
    s = harbour_summary()
    checker = check_page(s.to_html())
    first = {str(m["id"]): str(m["class"]) for m in checker.marks if m.get("id")}
    assert {k: v for k, v in first.items() if k.startswith("t-qty")} == {
        f"t-qty-{i}": "hl qty" for i in range(4)
    }
    assert {k for k, v in first.items() if v == "hl date"} == {"t-date-0", "t-date-1",
                                                               "t-date-2"}
    assert {k for k, v in first.items() if v == "hl quote"} == {f"t-quote-{i}" for i in range(4)}
    assert {k for k, v in first.items() if v == "hl speaker"} == {
        f"t-speaker-{i}" for i in range(4)
    }
    assert {k for k, v in first.items() if v == "hl cue"} == {f"t-cue-{i}" for i in range(4)}
    for kind in ("qty", "date", "quote", "speaker", "cue"):
        assert f"mark.{kind}{{background:" in s.to_html()


def test_html_links_both_ways() -> None:
    page = harbour_summary().to_html()
    check_page(page)  # every href and data-ref has a target
    assert 'id="p-qty-2"><span class="sw qty"></span><a href="#t-qty-2">about 1,200 members</a>' \
        in page
    assert 'id="t-qty-2" data-ref="p-qty-2"' in page
    assert 'id="t-speaker-3" data-ref="p-quote-3" title="speaker: Henrik Aalto"' in page
    assert '<a href="#t-event-0">' in page and '<span class="anchor" id="t-event-0">' in page


def _mark_texts(page: str) -> dict[str, str]:
    """The text inside each mark element with an id, nested marks included."""
    checker = check_page(page)
    del checker
    out: dict[str, str] = {}
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str | None] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "mark":
                a = dict(attrs)
                ident = a.get("id") or f"~{a['class']}~{a['data-ref']}"
                self.open.append(ident)
                out.setdefault(ident, "")

        def handle_endtag(self, tag: str) -> None:
            if tag == "mark":
                self.open.pop()

        def handle_data(self, data: str) -> None:
            for ident in self.open:
                if ident:
                    out[ident] += data

    Collect().feed(page)
    return out


def test_html_date_inside_a_quote_nests() -> None:
    texts = _mark_texts(harbour_summary().to_html())
    assert texts["t-quote-1"] == "We have waited since March for a fair offer"
    assert texts["t-date-1"] == "March"
    page = harbour_summary().to_html()
    quote = page.index('id="t-quote-1"')
    assert quote < page.index('id="t-date-1"') < page.index("for a fair offer", quote)


def test_html_crossing_spans_close_and_reopen() -> None:
    text = "alpha beta gamma delta"
    crossing = Summary(
        text=text,
        quantities=(Quantity(0, 10, text[0:10], value=1),),  # alpha beta
        dates=(DateMention(6, 16, text[6:16]),),  # beta gamma
        quotes=(Quote(0, 22, text, content=Span(6, 22, text[6:22]),
                      speaker=Speaker(11, 16, "gamma"), cue=Span(11, 22, text[11:22])),),
    )
    page = crossing.to_html()
    checker = check_page(page)
    assert article_text(checker) == text
    # The figure ends inside the date and the quote: those are closed and reopened after it,
    # and only their first piece carries the id.
    assert page.count('class="hl qty"') == 1
    assert page.count('class="hl quote"') == 2
    assert page.count('class="hl date"') == 2
    assert page.count('id="t-quote-0"') == 1
    texts = _mark_texts(page)
    assert texts["t-qty-0"] == "alpha beta"
    assert texts["t-date-0"] + texts["~hl date~p-date-0"] == "beta gamma"
    assert texts["t-quote-0"] + texts["~hl quote~p-quote-0"] == "beta gamma delta"
    assert texts["t-speaker-0"] == "gamma"
    assert texts["t-cue-0"] + texts["~hl cue~p-quote-0"] == "gamma delta"


def test_html_identical_spans_nest_in_a_fixed_order() -> None:
    text = "Monday"
    same = Summary(text=text, quantities=(Quantity(0, 6, text),), dates=(DateMention(0, 6, text),))
    page = same.to_html()
    check_page(page)
    assert '<mark class="hl date" id="t-date-0"' in page
    assert page.index('class="hl date"') < page.index('class="hl qty"')
    assert page == Summary.from_dict(same.to_dict()).to_html()


def test_html_ignores_empty_and_out_of_range_spans() -> None:
    text = "Short."
    odd = Summary(text=text, quantities=(Quantity(3, 3, ""), Quantity(4, 40, "t.")),
                  dates=(DateMention(50, 60, "x"),))
    checker = check_page(odd.to_html())
    assert article_text(checker) == text
    assert [m["id"] for m in checker.marks] == ["t-qty-1"]


def test_html_escapes_everything() -> None:
    text = '<script>alert("x")</script> & "quoted"'
    s = Summary(text=text, title="<b>T</b>", quantities=(Quantity(0, 8, "<script>"),),
                actors=(Actor('<i>"A"</i>', role="<r>"),),
                notes=(Note("<c>", "<m>"),))
    page = s.to_html()
    checker = check_page(page)
    assert article_text(checker) == text
    assert "<script>alert" not in page
    assert "<b>T</b>" not in page and "<i>" not in page and "<r>" not in page
    assert page.count("<script>") == 1  # the page's own


def test_html_replaces_characters_a_page_cannot_carry() -> None:
    text = "a\ud800b\x00c\x85d"
    page = Summary(text=text, quantities=(Quantity(0, 2, text[:2]),)).to_html()
    page.encode("utf-8")
    assert article_text(check_page(page)) == "a\ufffdb\ufffdc\nd"


def test_html_of_an_empty_summary() -> None:
    page = EMPTY.to_html()
    checker = check_page(page)
    assert checker.marks == []
    for empty in ("No lead found.", "No figures found.", "No quotes found.",
                  "No dated events found.", "No actors found.", "No dates found."):
        assert empty in page


def test_html_is_deterministic_and_survives_json() -> None:
    s = harbour_summary()
    assert s.to_html() == harbour_summary().to_html()
    assert Summary.from_json(s.to_json()).to_html() == s.to_html()


def test_html_key_points_and_timeline_in_panel() -> None:
    page = harbour_summary().to_html()
    assert '<li id="p-key-0"><a href="#t-key-0">' in page
    assert "score 3.50" in page
    assert page.index('id="p-event-0"') < page.index('id="p-event-1"')
    assert '<span class="when">2021-04-20</span>' in page
    lone = Summary(text="x", key_points=(KeyPoint(0, 1, "x", score=1.0),))
    assert 'id="t-key-0"' in lone.to_html()


def test_lead_anchor_sits_where_the_lead_starts() -> None:
    s = harbour_summary()
    page = s.to_html()
    anchor = '<span class="anchor" id="t-lead"></span>'
    before = page.split("<article>", 1)[1].split(anchor, 1)[0]
    assert before == HARBOUR[: at("PORTVILLE").end] + " \u2014 "
    assert '<p id="p-lead"><a href="#t-lead">Dock workers ended' in page


def test_panel_does_not_link_to_highlights_that_are_not_there() -> None:
    odd = Summary(text="Short.", quantities=(Quantity(3, 3, ""),))
    page = odd.to_html()
    check_page(page)
    assert '<span class="gone">(empty)</span>' in page


def test_markdown_never_writes_empty_emphasis() -> None:
    text = "x"
    s = Summary(text=text, quotes=(Quote(0, 1, "x", content=Span(0, 1, "x"), cue=Span(1, 1, "")),),
                actors=(Actor(" "),))
    md = s.to_markdown()
    assert "**" not in md.replace("\\*", "")
    assert "- \u201cx\u201d (direct)" in md
    assert "- *(no name)*: 0 mentions" in md


def test_markdown_notes_show_codes_as_code() -> None:
    notes = (Note("no_reference", "no date: *relative* dates unresolved"), Note("odd`code", ""))
    md = Summary(text="", notes=notes).to_markdown()
    assert "- `no_reference`: no date: \\*relative\\* dates unresolved" in md
    assert "- odd\\`code: " in md


def test_split_quote_links_to_its_first_visible_part() -> None:
    text = '"We are ready," she said, "to talk."'
    q = Quote(0, len(text), text, kind="direct", content=Span(1, 1, ""),
              parts=(Span(1, 1, ""), Span(27, 35, "to talk.")))
    page = Summary(text=text, quotes=(q,)).to_html()
    check_page(page)
    assert '<a href="#t-quote-0-1">' in page
    assert 'id="t-quote-0-1"' in page


def test_anchors_sit_outside_the_highlights_that_end_there() -> None:
    text = "Rain fell. Sun rose."
    s = Summary(text=text, quantities=(Quantity(5, 9, "fell"),),
                key_points=(KeyPoint(9, 20, ". Sun rose."),))
    article = s.to_html().split("<article>", 1)[1].split("</article>", 1)[0]
    assert article.startswith('Rain <mark class="hl qty" id="t-qty-0"')
    assert 'fell</mark><span class="anchor" id="t-key-0"></span>. Sun rose.' in article
