"""The key point evaluation lists, per article, the annotated sentences against the picks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.test_key_point_eval import _script

TEXT = (
    "The harbour board approved a new ferry terminal on Tuesday. "
    "Board chair Mina Okafor said the terminal would open in 2027. "
    "The old pier is painted blue. "
    "Ferry workers voted to strike over the plan on Wednesday."
)


def _span(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return start, start + len(sentence)


def test_misses_name_the_annotated_and_picked_sentences_by_place() -> None:
    script = _script()
    wanted = [_span("The harbour board"), _span("Ferry workers voted")]
    article = script._article("ferry", TEXT, dt.date(2026, 3, 4), wanted)
    lines = script.misses([article])
    # the sentence after the lead stands higher than the annotated last one
    assert lines[0] == "ferry  1/2  annotated [0, 3]  picked [0, 1]"
    assert [line.split()[:2] for line in lines[1::2]] == [["P", "1"], ["G", "3"]]
    assert "Board chair" in lines[1]
    assert "Ferry workers" in lines[3]
    # each listed sentence is followed by its features, position left out
    assert all(line.strip().startswith("{") for line in lines[2::2])
    assert "brief 1" in lines[4] and "position" not in lines[2] + lines[4]


def test_an_article_whose_picks_are_the_annotation_lists_no_sentence() -> None:
    script = _script()
    wanted = [_span("The harbour board")]
    lines = script.misses([script._article("lead only", TEXT, dt.date(2026, 3, 4), wanted)])
    assert lines == ["lead only  1/1  annotated [0]  picked [0]"]


def test_the_corpus_articles_are_read_for_the_misses(tmp_path: Path) -> None:
    script = _script()
    corpus = tmp_path / "corpus.jsonl"
    article = {"title": "Ferry terminal", "published": "2026-03-04T09:00:00Z", "text": TEXT}
    corpus.write_text(json.dumps(article) + "\n", "utf-8")
    notes = tmp_path / "notes.jsonl"
    note = {"line": 0, "title": "Ferry terminal", "key_sentences": [list(_span("The harbour"))]}
    notes.write_text(json.dumps(note) + "\n", "utf-8")
    ((name, pool, spans),) = script._corpus_articles(corpus, notes)
    assert name == "Ferry terminal" and spans == [_span("The harbour")]
    assert [c.order for c in pool] == [0, 1, 2, 3]
