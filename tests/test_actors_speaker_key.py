"""A date that opens what a speaker is quoted as saying is the speaker's statement."""

from __future__ import annotations

from newsstruct import Document, extract_events, extract_quotes
from newsstruct._actors import _speaker_key
from newsstruct._names import resolve


def test_a_date_at_the_start_of_a_direct_quote_finds_its_quote() -> None:
    text = 'The mayor spoke at noon. "2010 will be the year we open the port," said Ann Lee.'
    doc = Document(text)
    quotes = extract_quotes(doc)
    quoted = sorted(
        ((q.content.start, q.content.end, q) for q in quotes if q.speaker),
        key=lambda item: item[:2],
    )
    event = next(e for e in extract_events(doc, "2009-05-05") if e.date.text == "2010")
    assert any(start == event.date.start for start, _, _ in quoted)  # the quote opens on it
    credited: list[object] = []

    def credit(mention: object) -> int:
        credited.append(mention)
        return 7

    assert _speaker_key(resolve(doc), quoted, event, credit) == 7
    assert len(credited) == 1  # the speaker's mention, credited once
