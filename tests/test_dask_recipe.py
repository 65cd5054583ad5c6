"""The Dask recipe of docs/scale.md, run as written; and the partition contract Spark uses."""

from __future__ import annotations

import functools
import json
import pickle
import re
from pathlib import Path

import pytest

from newsstruct import summarize
from newsstruct.batch import BatchResult, summarize_many, summarize_partition

DOC = Path(__file__).resolve().parents[1] / "docs" / "scale.md"

# Two corpus files, as a JSON-lines archive would hold them: good records, a blank line, a
# malformed line and a record with a bad date.
CORPUS = {
    "part-0.jsonl": [
        {"id": "p0-1", "text": "The mill closed on Friday. About 300 workers lost jobs.",
         "published": "2019-06-14", "title": "Mill closes"},
        {"id": "p0-2", "text": '"We will reopen," the owner said on Saturday.',
         "published": "2019-06-15"},
        "",
        {"id": "p0-3", "text": "A bad date.", "published": "June 2019"},
    ],
    "part-1.jsonl": [
        {"id": "p1-1", "text": "Rain is expected in the north. Floods hit 12 towns in 2018."},
        '{"id": "p1-2", "text": "cut off',
        {"id": "p1-3", "text": "The vote was 52% to 48% on Tuesday.", "published": "2020-02-04"},
    ],
}


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    for name, rows in CORPUS.items():
        lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
        (folder / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def expected_rows(name: str) -> list[dict[str, object]]:
    lines = (json.dumps(r) + "\n" if isinstance(r, dict) else r + "\n" for r in CORPUS[name])
    return list(summarize_partition(lines, jsonl=True))


def recipe_blocks() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"<!-- test: dask-recipe -->\n```python\n(.*?)```", text, re.DOTALL)
    assert len(blocks) == 2, "docs/scale.md: the Dask recipe blocks are missing"
    return blocks


# --- the contract both engines rely on (no engine needed) -------------------------------------


def test_partition_rows_match_the_records() -> None:
    rows = expected_rows("part-0.jsonl")
    assert [row["index"] for row in rows] == [0, 1, 3]  # the blank line gives no row
    first = CORPUS["part-0.jsonl"][0]
    assert isinstance(first, dict)
    assert rows[0]["summary"] == summarize(
        first["text"], published=first["published"], title=first["title"]
    ).to_dict()
    assert rows[2]["id"] == "p0-3"
    assert str(rows[2]["error"]).startswith("ValueError: published must be an ISO 8601 date")
    malformed = expected_rows("part-1.jsonl")[1]
    assert malformed["id"] is None
    assert str(malformed["error"]).startswith("JSONDecodeError: malformed JSON line")


def test_bound_partition_function_pickles_as_spark_ships_it() -> None:
    bound = functools.partial(summarize_partition, jsonl=True)
    shipped = pickle.loads(pickle.dumps(bound))
    lines = iter([json.dumps({"id": 1, "text": "Prices rose."})])
    rows = shipped(lines)
    assert iter(rows) is rows  # an iterator back, as mapPartitions expects
    assert list(rows) == [BatchResult(0, summary=summarize("Prices rose."), id=1).to_dict()]


def test_partition_rows_agree_with_summarize_many() -> None:
    records = [r for r in CORPUS["part-0.jsonl"] if isinstance(r, dict)]
    assert list(summarize_partition(records)) == [r.to_dict() for r in summarize_many(records)]


# --- the recipe itself, with Dask -------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_dask_recipe_as_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dask.bag")
    write_corpus(tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    first, second = recipe_blocks()

    exec(compile(first, "docs/scale.md", "exec"), namespace)
    outputs = sorted((tmp_path / "results").glob("*.jsonl"))
    assert [read_jsonl(p) for p in outputs] == [expected_rows(n) for n in sorted(CORPUS)]

    exec(compile(second, "docs/scale.md", "exec"), namespace)
    summaries = [row for p in sorted((tmp_path / "summaries").glob("*.jsonl"))
                 for row in read_jsonl(p)]
    good = [row["summary"] for n in sorted(CORPUS) for row in expected_rows(n) if row["summary"]]
    assert summaries == good
    assert len(summaries) == 4
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 2
    assert printed[0].startswith("record 'p0-3' failed: ValueError: published must be")
    assert printed[1].startswith("record None failed: JSONDecodeError: malformed JSON line")
