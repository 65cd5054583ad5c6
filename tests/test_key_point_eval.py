"""The key point evaluation script scores annotated corpus articles by their offsets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parent.parent / "evaluation" / "key_points.py"

TEXT = (
    "The council approved the new bridge on Monday. It will cost 40 million dollars. "
    "Work starts in May. Residents welcomed the plan."
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("key_points_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(tmp_path: Path, title: str) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus.jsonl"
    other = {"title": "Other", "published": "2024-05-06", "text": "Nothing here."}
    article = {"title": "Bridge approved", "published": "2024-05-06T10:00:00Z", "text": TEXT}
    corpus.write_text("\n".join(json.dumps(r) for r in (other, article)) + "\n", "utf-8")
    first, last = TEXT.index("The council"), TEXT.index("Residents")
    notes = tmp_path / "notes.jsonl"
    note = {"line": 1, "title": title, "key_sentences": [[first, first + 10], [last, last + 9]]}
    notes.write_text(json.dumps(note) + "\n", "utf-8")
    return corpus, notes


def test_the_corpus_articles_are_scored_at_their_offsets(tmp_path: Path) -> None:
    script = _script()
    corpus, notes = _files(tmp_path, "Bridge approved")
    result = script.score_corpus(corpus, {"Lead-k": script.lead_k}, notes)
    # Lead-2 takes the first two sentences: the first is annotated, the second is not
    assert result == {"Lead-k": (1, 2)}


def test_a_different_corpus_file_is_caught(tmp_path: Path) -> None:
    script = _script()
    corpus, notes = _files(tmp_path, "Some other title")
    with pytest.raises(ValueError, match="is not"):
        script.score_corpus(corpus, {"Lead-k": script.lead_k}, notes)


def test_the_shipped_annotations_name_lines_titles_and_spans() -> None:
    lines = _script().CORPUS_KEY_POINTS.read_text(encoding="utf-8").splitlines()
    notes = [json.loads(line) for line in lines if line.strip()]
    assert len(notes) == 60
    for note in notes:
        assert note["title"] and 3 <= len(note["key_sentences"]) <= 5
        assert all(0 <= start < end for start, end in note["key_sentences"])
