"""The held-out evaluation set: gold files naming corpus articles by line and title."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout", ROOT / "evaluation" / "heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(folder: Path, line: int, title: str, batch: int = 1) -> None:
    note = {
        "id": f"a{line}",
        "text_file": f"a{line}.txt",
        "published": "2030-01-04",
        "corpus_line": line,
        "title": title,
        "batch": batch,
        "quantities": [],
        "dates": [],
        "quotes": [],
        "events": [],
    }
    (folder / f"a{line}.json").write_text(json.dumps(note), encoding="utf-8")


def _corpus(path: Path, titles: list[str]) -> None:
    lines = [
        json.dumps({"title": t, "published": "2030-01-04", "text": f"Text of {t}."}) for t in titles
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_annotated_articles_are_written_from_their_corpus_lines(tmp_path: Path) -> None:
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    _gold(gold, 1, "Second")
    _corpus(tmp_path / "corpus.jsonl", ["First", "Second", "Third"])
    assert _script().write_texts(tmp_path / "corpus.jsonl", gold, out) == 1
    assert (out / "a1.txt").read_text(encoding="utf-8") == "Text of Second."


def test_one_batch_is_written_with_its_gold_files(tmp_path: Path) -> None:
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    _gold(gold, 0, "First", batch=1)
    _gold(gold, 2, "Third", batch=2)
    _corpus(tmp_path / "corpus.jsonl", ["First", "Second", "Third"])
    assert _script().write_texts(tmp_path / "corpus.jsonl", gold, out, batch=2) == 1
    assert sorted(p.name for p in out.iterdir()) == ["a2.json", "a2.txt"]
    assert _script().write_texts(tmp_path / "corpus.jsonl", gold, tmp_path, batch=3) == 0


@pytest.mark.parametrize("titles", [["First", "Other"], ["First"]])
def test_a_different_or_short_corpus_is_caught(tmp_path: Path, titles: list[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    _gold(gold, 1, "Second")
    _corpus(tmp_path / "corpus.jsonl", titles)
    with pytest.raises(ValueError, match=r"annotated articles|is not"):
        _script().write_texts(tmp_path / "corpus.jsonl", gold, tmp_path)


def test_the_shipped_gold_files_name_their_article_and_hold_every_list() -> None:
    files = sorted(_script().HELDOUT.glob("*.json"))
    assert len(files) >= 108
    lines = set()
    for path in files:
        note = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(note["corpus_line"], int) and note["title"]
        assert note["batch"] in (1, 2, 3, 4, 5, 6)
        assert note["text_file"] == f"{note['id']}.txt" == path.stem + ".txt"
        for key in ("quantities", "dates", "quotes", "events", "actors", "key_sentences"):
            assert isinstance(note[key], list)
        lines.add(note["corpus_line"])
    assert len(lines) == len(files)
