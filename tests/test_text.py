"""Segmentation and the text layer, on news-like sentences written for this project."""

from __future__ import annotations

import pytest

from newsstruct import Document
from newsstruct._text import fold

# (text, expected sentences) — each row is one hard case of news text.
SEGMENTATION = [
    # titles and abbreviations
    ("Mr. Jones met Gen. Smith. They talked.", ["Mr. Jones met Gen. Smith.", "They talked."]),
    ("Sen. Ann Lee and Rep. Bo Park voted no.", ["Sen. Ann Lee and Rep. Bo Park voted no."]),
    ("He lives on St. Mark's Place. It is quiet.", ["He lives on St. Mark's Place.", "It is quiet."]),
    ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
    ("Aid came from the U.S. The rest came later.", ["Aid came from the U.S.", "The rest came later."]),
    ("U.S. officials said no.", ["U.S. officials said no."]),
    ("The vote is on Jan. 22 in Rome.", ["The vote is on Jan. 22 in Rome."]),
    ("It opened at 9 a.m. Tuesday in Oslo.", ["It opened at 9 a.m. Tuesday in Oslo."]),
    ("It opened at 9 a.m. The crowd cheered.", ["It opened at 9 a.m.", "The crowd cheered."]),
    ("Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]),
    ("He works for Acme Inc. The firm is small.", ["He works for Acme Inc.", "The firm is small."]),
    ("See No. 5 on the list.", ["See No. 5 on the list."]),
    # initials
    ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    ("Bernard L. Madoff was arrested. He denied it.", ["Bernard L. Madoff was arrested.", "He denied it."]),
    # decimals, money, percentages
    ("It cost $1.5 billion. Shares fell 3.5%. That was all.",
     ["It cost $1.5 billion.", "Shares fell 3.5%.", "That was all."]),
    ("Growth was 0.75 per cent in 2014. In 2015 it rose.",
     ["Growth was 0.75 per cent in 2014.", "In 2015 it rose."]),
    # ellipses
    ("He paused... and went on.", ["He paused... and went on."]),
    ("He paused… Then he left.", ["He paused…", "Then he left."]),
    # quotes and brackets at sentence ends
    ('"The aims have been achieved." Troops left.', ['"The aims have been achieved."', "Troops left."]),
    ('"Is it over?" he asked.', ['"Is it over?" he asked.']),
    ("“Is it over?” she asked. Nobody answered.", ["“Is it over?” she asked.", "Nobody answered."]),
    ("(The talks failed.) Both sides left.", ["(The talks failed.)", "Both sides left."]),
    ('He said: "We are ready. We will go." Then he left.',
     ['He said: "We are ready.', 'We will go."', "Then he left."]),
    # headlines and datelines
    ("Saturday, September 12, 2015\n\nA storm hit the city.",
     ["Saturday, September 12, 2015", "A storm hit the city."]),
    ("KYIV, Ukraine (AP) — Troops left the border.", ["KYIV, Ukraine (AP) —", "Troops left the border."]),
    ("LONDON (Reuters) - Prices rose.", ["LONDON (Reuters) -", "Prices rose."]),
    ("Storm hits coast\nA storm hit the coast.", ["Storm hits coast", "A storm hit the coast."]),
    # bullet lists and captions
    ("Key facts:\n* 60 ships\n* 200 aircraft", ["Key facts:", "* 60 ships", "* 200 aircraft"]),
    ("Image: Jane Doe.\nThe mayor spoke.", ["Image: Jane Doe.", "The mayor spoke."]),
    # markup debris: a lost space between a link and the next sentence
    ("SEE ALSO: Images Show Buildup In UkraineAn official said no.",
     ["SEE ALSO: Images Show Buildup In Ukraine", "An official said no."]),
    # a caption that lost its full stop before the story
    ("Jo Lee won the most votes In the east district, Lee won 9,120 votes.",
     ["Jo Lee won the most votes", "In the east district, Lee won 9,120 votes."]),
    # markup debris: orphan full stops and wiki headings
    ("It was filed by the . SEC, the regulator, on Friday.", ["It was filed by the . SEC, the regulator, on Friday."]),
    ("Fares will fall.. . With the deal, more routes open.", ["Fares will fall.. .", "With the deal, more routes open."]),
    ("Prices rose. ===Reaction=== Some were not happy.", ["Prices rose.", "===Reaction===", "Some were not happy."]),
    ("It listed \"U.S. v. Smith,\" 08-MAG-01 in the filing.", ["It listed \"U.S. v. Smith,\" 08-MAG-01 in the filing."]),
    # no punctuation at all
    ("no punctuation here at all just words", ["no punctuation here at all just words"]),
    # a hard-wrapped line continues the paragraph
    ("The minister said the plan\nwould be ready soon. It was not.",
     ["The minister said the plan\nwould be ready soon.", "It was not."]),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTATION)
def test_segmentation(text: str, expected: list[str]) -> None:
    doc = Document(text)
    assert [s.text for s in doc.sentences] == expected
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_offsets_are_into_the_untouched_text() -> None:
    text = "“Don’t go,” she said.\u00a0“Why?” he asked."
    doc = Document(text)
    assert [s.text for s in doc.sentences] == ["“Don’t go,” she said.", "“Why?” he asked."]
    assert len(doc.folded) == len(text)
    assert doc.folded.startswith('"Don\'t go," she said. "Why?"')


def test_repeated_sentences_get_their_own_offsets() -> None:
    text = "It rained. It rained. It rained."
    doc = Document(text)
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 10), (11, 21), (22, 32)]


def test_paragraphs_and_sentence_paragraph_index() -> None:
    doc = Document("First one. Second one.\n\nThird one.")
    assert [p.text for p in doc.paragraphs] == ["First one. Second one.", "Third one."]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("“a”", '"a"'), ("‘a’", "'a'"), ("a—b–c", "a-b-c"), ("a\u00a0b\u2009c", "a b c"), ("a\r\nb", "a\n\nb")],
)
def test_fold_keeps_length(raw: str, folded: str) -> None:
    assert fold(raw) == folded
    assert len(fold(raw)) == len(raw)


def test_tokens() -> None:
    doc = Document("Russia’s 1,200 vehicles cost $3.5bn.")
    assert [(t.text, t.kind) for t in doc.tokens] == [
        ("Russia’s", "word"), ("1,200", "number"), ("vehicles", "word"), ("cost", "word"),
        ("$", "punct"), ("3.5", "number"), ("bn", "word"), (".", "punct"),
    ]


def test_sentence_lookup() -> None:
    doc = Document("One. Two.")
    assert doc.sentence_at(5) is doc.sentences[1]
    assert doc.sentence_at(4) is None
    assert doc.sentence_index(100) == 1


def test_memo_computes_once() -> None:
    doc = Document("x")
    calls = []
    assert doc.memo("k", lambda: calls.append(1) or 42) == 42
    assert doc.memo("k", lambda: calls.append(1) or 43) == 42
    assert calls == [1]


def test_large_text_is_segmented() -> None:
    text = "The army said 60 ships left. " * 20000
    doc = Document(text)
    assert len(doc.sentences) == 20000
