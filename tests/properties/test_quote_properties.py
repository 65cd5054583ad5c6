"""Invariants of extract_quotes over generated speakers, verbs and contents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct.model import iter_spans
from newsstruct.quotes import extract_quotes
from tests.properties.strategies import news_like_text
from tests.properties.strategies_quotes import clauses, person_names, reporting_verbs, spoken


def _only(text: str):
    quotes = extract_quotes(text)
    assert len(quotes) == 1, (text, quotes)
    return quotes[0]


@given(person_names, reporting_verbs, spoken)
def test_direct_after(name, verb, content):
    q = _only(f'"{content}," {name} {verb}.')
    assert (q.kind, q.content.text, q.speaker.name) == ("direct", content + ",", name)


@given(person_names, reporting_verbs, spoken)
def test_direct_before(name, verb, content):
    q = _only(f'{name} {verb}: "{content}."')
    assert (q.kind, q.content.text, q.speaker.name) == ("direct", content + ".", name)


@given(person_names, reporting_verbs, clauses)
def test_indirect_that(name, verb, content):
    q = _only(f"{name} {verb} that {content}.")
    assert (q.kind, q.content.text, q.speaker.name) == ("indirect", content, name)
    assert q.cue is not None and q.cue.text == verb


@given(person_names, reporting_verbs, clauses, spoken)
def test_mixed(name, verb, content, fragment):
    text = f'{name} {verb} that {content} "{fragment.lower()}".'
    q = _only(text)
    assert q.kind == "mixed"
    assert q.content.text == f'{content} "{fragment.lower()}"'
    assert q.speaker.name == name


@given(person_names, clauses, st.integers(0, 3))
def test_surname_resolves_to_full_name(name, content, gap):
    filler = "The weather was mild. " * gap
    text = f"{name} arrived. {filler}{name.split(' ')[-1]} said {content}."
    q = _only(text)
    assert q.speaker.text == name.split(" ")[-1]
    assert q.speaker.name == name


@given(person_names, spoken, st.lists(st.integers(0, 10_000), max_size=3))
def test_stray_marks_leave_other_paragraphs_alone(name, content, cuts):
    noise = "The roads were wet and the trains ran late that day."
    for c in cuts:
        k = c % (len(noise) + 1)
        noise = noise[:k] + '"' + noise[k:]
    text = f'{noise}\n\n"{content}," {name} said.'
    quotes = [q for q in extract_quotes(text) if q.start > len(noise)]
    assert [q.content.text for q in quotes] == [content + ","]
    assert quotes[0].speaker.name == name


@settings(max_examples=200)
@given(news_like_text)
def test_spans_hold_their_text(text):
    for q in extract_quotes(text):
        for span in iter_spans([q]):
            assert text[span.start:span.end] == span.text
        assert q.start <= q.content.start and q.content.end <= q.end
        assert q.kind in ("direct", "indirect", "mixed")


@given(news_like_text)
def test_deterministic(text):
    assert extract_quotes(text) == extract_quotes(text)


@given(news_like_text, person_names, clauses)
def test_prepending_a_paragraph_shifts_every_span(text, name, content):
    body = f"{text}\n\n{name} said {content}."
    head = "The weather was mild.\n\n"
    before = extract_quotes(body)
    after = extract_quotes(head + body)
    assert after == tuple(q.shifted(len(head)) for q in before)
