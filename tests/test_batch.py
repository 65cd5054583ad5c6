"""summarize_many and summarize_partition: order, isolation of failures, streaming."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsstruct
import newsstruct.batch
from newsstruct import Summary, summarize
from newsstruct.batch import BatchResult, summarize_many, summarize_partition


def article(i: int) -> dict[str, object]:
    return {
        "text": f"Story {i}. The council said {i} homes were built on Monday.",
        "published": "2022-03-0" + str(1 + i % 9),
        "title": f"Story {i}",
        "id": f"doc-{i}",
    }


RECORDS: list[object] = [article(i) for i in range(30)]
BAD = {
    3: {"text": b"bytes, not str", "id": "doc-3"},
    8: {"text": "A bad date.", "published": "08/03/2022", "id": "doc-8"},
    11: ["a", "list"],
    17: {"title": "no text"},
    21: None,
}
MIXED: list[object] = [BAD.get(i, r) for i, r in enumerate(RECORDS)]


class Counting:
    """An iterable that counts how many records have been taken from it."""

    def __init__(self, records: Iterator[object]) -> None:
        self.records = records
        self.taken = 0

    def __iter__(self) -> Iterator[object]:
        for record in self.records:
            self.taken += 1
            yield record


def test_results_are_the_library_summaries_in_order() -> None:
    results = list(summarize_many(RECORDS))
    assert [r.index for r in results] == list(range(30))
    assert [r.id for r in results] == [f"doc-{i}" for i in range(30)]
    for result, record in zip(results, RECORDS, strict=True):
        assert isinstance(record, dict)
        expected = summarize(record["text"], published=record["published"], title=record["title"])
        assert result.ok
        assert result.summary == expected


def test_plain_strings_are_article_texts() -> None:
    results = list(summarize_many(["One story.", "Another story."]))
    assert [r.summary for r in results] == [summarize("One story."), summarize("Another story.")]
    assert [r.id for r in results] == [None, None]


@pytest.mark.parametrize(("workers", "chunksize"), [(2, 1), (2, 4), (3, 7)])
def test_workers_keep_order_and_give_the_same_results(workers: int, chunksize: int) -> None:
    assert list(summarize_many(MIXED, workers=workers, chunksize=chunksize)) == list(
        summarize_many(MIXED)
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_record_is_reported_and_the_rest_go_on(workers: int) -> None:
    results = list(summarize_many(MIXED, workers=workers, chunksize=2))
    assert [r.index for r in results] == list(range(30))
    failed = {r.index: r for r in results if not r.ok}
    assert sorted(failed) == sorted(BAD)
    assert all(r.summary is None for r in failed.values())
    assert all(r.summary is not None and r.error is None for r in results if r.ok)
    assert failed[3].error == (
        "TypeError: text must be str, not bytes (decode it first, e.g. data.decode('utf-8'))"
    )
    assert failed[3].id == "doc-3"
    assert failed[8].error == (
        "ValueError: published must be an ISO 8601 date such as '2021-04-22', got '08/03/2022'"
    )
    assert failed[11].error == (
        "TypeError: a record must be a str or a mapping with a 'text' key, not list"
    )
    assert failed[17].error == "ValueError: the record has no 'text' key"
    assert failed[21].error is not None and failed[21].error.endswith("not NoneType")


def test_in_process_run_reads_one_record_at_a_time() -> None:
    source = Counting(iter(RECORDS))
    results = summarize_many(source)
    assert source.taken == 0  # nothing is read before the first result is asked for
    first = next(results)
    assert (first.index, source.taken) == (0, 1)
    next(results)
    assert source.taken == 2


def test_pool_reads_ahead_a_bounded_window() -> None:
    source = Counting(article(i) for i in itertools.count())  # endless
    workers, chunksize = 2, 3
    results = summarize_many(source, workers=workers, chunksize=chunksize)
    window = 2 * workers * chunksize
    taken = []
    for expected_index, result in enumerate(itertools.islice(results, 25)):
        assert result.index == expected_index
        taken.append(source.taken)
    results.close()  # type: ignore[attr-defined]
    assert all(t <= i + 1 + window for i, t in enumerate(taken))
    assert taken[-1] < 25 + window + 1
    assert taken[0] < 25  # the first result came long before the 25th record was read


def test_abandoned_run_stops_reading() -> None:
    source = Counting(article(i) for i in itertools.count())
    results = summarize_many(source, workers=2, chunksize=2)
    assert next(results).ok
    results.close()  # type: ignore[attr-defined]
    taken = source.taken
    assert taken <= 1 + 2 * 2 * 2 + 2
    assert source.taken == taken


def test_unpicklable_record_is_summarised_in_process() -> None:
    records = [article(0), {"text": "Odd record.", "callback": lambda: None}, article(2)]
    results = list(summarize_many(records, workers=2, chunksize=1))
    assert [r.ok for r in results] == [True, True, True]
    assert results[1].summary == summarize("Odd record.")


def _dying_summarize(text: object, *args: object, **kwargs: object) -> Summary:
    if text == "CRASH":
        os._exit(1)  # a worker dying mid-record, as an out-of-memory kill would
    return summarize(text, *args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the patched function reaches the workers only when they are forked",
)
def test_a_worker_that_dies_fails_only_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsstruct.batch, "summarize", _dying_summarize)
    texts = [f"Story {i}." for i in range(12)]
    texts[5] = "CRASH"
    results = list(summarize_many(texts, workers=2, chunksize=2))
    assert [r.index for r in results] == list(range(12))
    assert [r.ok for r in results] == [i != 5 for i in range(12)]
    assert results[5].error == "BrokenProcessPool: the worker process died"
    assert results[6].summary == summarize("Story 6.")


STUCK_MARKER: list[Path] = []


def _stuck_summarize(text: object, *args: object, **kwargs: object) -> Summary:
    if text == "HANG":
        time.sleep(30)  # a record that never finishes, as far as the batch can tell
        STUCK_MARKER[0].write_text("the stuck worker was left to finish")
    return summarize(text, *args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the patched function reaches the workers only when they are forked",
)
@pytest.mark.parametrize(("workers", "chunksize"), [(1, 1), (2, 3)])
def test_a_stuck_record_times_out_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, workers: int, chunksize: int
) -> None:
    monkeypatch.setattr(newsstruct.batch, "summarize", _stuck_summarize)
    monkeypatch.setattr(sys.modules[__name__], "STUCK_MARKER", [tmp_path / "finished"])
    texts: list[object] = [f"Story {i}." for i in range(8)]
    texts[2] = {"text": "HANG", "id": "slow"}
    results = list(summarize_many(texts, workers=workers, chunksize=chunksize, timeout=0.5))
    assert not (tmp_path / "finished").exists()  # the stuck worker was stopped, not awaited
    assert [r.index for r in results] == list(range(8))
    assert [r.ok for r in results] == [i != 2 for i in range(8)]
    assert results[2].error == "TimeoutError: not summarised within 0.5 s"
    assert results[2].id == "slow"
    assert results[3].summary == summarize("Story 3.")
    assert multiprocessing.active_children() == []  # no worker left behind


def test_no_worker_outlives_the_run() -> None:
    assert list(summarize_many(MIXED, workers=2)) == list(summarize_many(MIXED))
    assert multiprocessing.active_children() == []
    results = summarize_many(itertools.repeat("Endless."), workers=2)
    next(results)
    results.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout must be a number of seconds > 0, or None, got 0"),
        ({"timeout": float("nan")}, "timeout must be .*, got nan"),
        ({"timeout": "1"}, "timeout must be .*, got '1'"),
        ({"workers": 0}, "workers must be an int >= 1, got 0"),
        ({"workers": True}, "workers must be an int >= 1, got True"),
        ({"chunksize": 0}, "chunksize must be an int >= 1, got 0"),
    ],
)
def test_bad_settings_fail_at_once(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        summarize_many(RECORDS, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("records", ["one article", b"bytes", {"text": "one"}])
def test_a_single_record_is_not_a_stream(records: object) -> None:
    with pytest.raises(TypeError, match="records must be an iterable of records"):
        summarize_many(records)  # type: ignore[arg-type]


def test_config_reaches_the_workers() -> None:
    config = newsstruct.Config().extend("speech_verbs", ["opined"])
    text = '"Rates will fall," the minister opined.'
    expected = summarize(text, config=config)
    for workers in (1, 2):
        (result,) = summarize_many([text], workers=workers, config=config)
        assert result.summary == expected


def test_batch_result_round_trips_and_holds_one_outcome() -> None:
    ok = BatchResult(0, summary=summarize("Prices rose.", published="2022-01-01"), id=5)
    bad = BatchResult(1, error="ValueError: x")
    for result in (ok, bad):
        data = json.loads(json.dumps(result.to_dict()))
        assert BatchResult.from_dict(data) == result
    with pytest.raises(ValueError, match="either a summary or an error"):
        BatchResult(2)
    with pytest.raises(ValueError, match="either a summary or an error"):
        BatchResult(3, summary=summarize("x"), error="ValueError: y")


# --- summarize_partition ----------------------------------------------------------------------


def test_partition_gives_json_ready_results_in_order() -> None:
    rows = list(summarize_partition(iter(MIXED)))  # engines hand over an iterator
    assert rows == [r.to_dict() for r in summarize_many(MIXED)]
    assert json.loads(json.dumps(rows)) == rows
    assert [row["index"] for row in rows] == list(range(30))


def test_partition_of_jsonl_lines() -> None:
    lines = [json.dumps(RECORDS[0]) + "\n", "   \n", "{broken\n", json.dumps(RECORDS[1]).encode()]
    rows = list(summarize_partition(lines, jsonl=True))
    assert [row["index"] for row in rows] == [0, 2, 3]
    assert rows[0] == BatchResult(0, summary=summarize_many([RECORDS[0]]).__next__().summary,
                                  id="doc-0").to_dict()
    assert rows[1]["summary"] is None
    assert rows[1]["error"].startswith("JSONDecodeError: malformed JSON line: ")
    assert rows[2]["id"] == "doc-1" and rows[2]["error"] is None


def test_partition_is_lazy() -> None:
    source = Counting(iter(RECORDS))
    rows = summarize_partition(source)
    next(rows)
    assert source.taken == 1


def test_summarize_many_is_exported() -> None:
    assert newsstruct.summarize_many is summarize_many
