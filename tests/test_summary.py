"""The summary builder: one document, overlaps resolved, notes."""

from __future__ import annotations

import datetime as dt

from newsstruct import DateMention, Quantity, summarize
from newsstruct.summary import _without_dates


def _q(start: int, end: int, text: str) -> Quantity:
    return Quantity(start, end, text, value=1, kind="count")


def _d(start: int, end: int, text: str) -> DateMention:
    return DateMention(start, end, text, value="2014", granularity="year",
                       first=dt.date(2014, 1, 1), last=dt.date(2014, 12, 31))


def test_a_date_is_never_also_a_quantity() -> None:
    quantities = [_q(0, 5, "x" * 5), _q(10, 14, "2014"), _q(20, 30, "y" * 10), _q(40, 45, "z" * 5)]
    dates = [_d(12, 16, "x" * 4), _d(25, 27, "x" * 2), _d(50, 54, "x" * 4)]
    kept = _without_dates(quantities, dates)
    assert [(q.start, q.end) for q in kept] == [(0, 5), (40, 45)]


def test_no_dates_keeps_every_quantity() -> None:
    quantities = (_q(0, 5, "x" * 5), _q(6, 9, "x" * 3))
    assert _without_dates(quantities, ()) == quantities


def test_summary_items_do_not_overlap_across_dates_and_quantities() -> None:
    text = "In 2014, 2,014 people marched. On May 1 some 300 troops left for 2 weeks."
    s = summarize(text, published="2021-04-22")
    for q in s.quantities:
        assert not any(q.overlaps(d) for d in s.dates)


def test_published_and_title_are_kept() -> None:
    s = summarize("Prices rose.", published="2021-04-22", title="Prices")
    assert s.published == dt.date(2021, 4, 22)
    assert s.title == "Prices"
    assert s.to_dict()["title"] == "Prices"
