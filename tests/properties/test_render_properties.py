"""Invariants of the Markdown and HTML views, for summaries with random overlapping spans."""

from __future__ import annotations

from hypothesis import given

from newsstruct.model import Summary
from tests.html_check import article_text, check_page
from tests.properties.strategies_render import full_summaries


def _shown(text: str) -> str:
    """The article as the page shows it: characters a page cannot carry become U+FFFD."""
    from newsstruct.render import _clean

    return _clean(text)


@given(full_summaries())
def test_html_is_well_formed_and_shows_the_article_unchanged(s: Summary) -> None:
    page = s.to_html()
    checker = check_page(page)  # nesting, unique ids, every link and highlight resolves
    assert article_text(checker) == _shown(s.text)
    page.encode("utf-8")


@given(full_summaries())
def test_every_nonempty_highlight_is_rendered_with_its_id(s: Summary) -> None:
    checker = check_page(s.to_html())
    ids = {m["id"] for m in checker.marks if m.get("id")}
    n = len(s.text)
    expected = {f"t-qty-{i}" for i, q in enumerate(s.quantities) if min(q.start, n) < min(q.end, n)}
    assert {i for i in ids if i and i.startswith("t-qty-")} == expected
    expected = {f"t-date-{i}" for i, d in enumerate(s.dates) if min(d.start, n) < min(d.end, n)}
    assert {i for i in ids if i and i.startswith("t-date-")} == expected


@given(full_summaries())
def test_views_are_deterministic_and_survive_json(s: Summary) -> None:
    back = Summary.from_json(s.to_json())
    assert back.to_html() == s.to_html()
    assert back.to_markdown() == s.to_markdown()


@given(full_summaries())
def test_markdown_tables_keep_their_shape(s: Summary) -> None:
    md = s.to_markdown()
    md.encode("utf-8")
    for block in md.split("\n\n"):
        lines = block.splitlines()
        if lines and lines[0].startswith("| "):
            widths = {line.replace("\\\\", "").replace("\\|", "").count("|") for line in lines}
            assert len(widths) == 1, block
    assert md.count("\n## ") >= 6
