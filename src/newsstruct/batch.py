"""Many articles at once: :func:`summarize_many` and :func:`summarize_partition`.

:func:`summarize_many` streams records through :func:`newsstruct.summarize`, in this
process or in a pool of worker processes, and yields one :class:`BatchResult` per record,
in input order.  A record that fails (not a string, a bad date, an error inside an
extractor, even a worker process that dies) gives a result that carries the error; the
rest go on.

:func:`summarize_partition` is the same work for one partition of a corpus handed over by
a distributed engine (Dask's ``Bag.map_partitions``, Spark's ``RDD.mapPartitions``): it
runs in the engine's worker and yields JSON-compatible dicts.

>>> results = list(summarize_many(["Prices rose.", {"text": b"raw"}]))
>>> [r.ok for r in results]
[True, False]
>>> results[1].error
"TypeError: text must be str, not bytes (decode it first, e.g. data.decode('utf-8'))"
"""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs

from newsstruct._lexicon import Config
from newsstruct.model import Summary
from newsstruct.summary import summarize

if TYPE_CHECKING:  # the pool machinery is imported only when a pool is used
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["BatchResult", "summarize_many", "summarize_partition"]

#: What :func:`summarize_many` accepts as one record.
Record = str | Mapping[str, Any]

#: How many chunks per worker may wait in the pool: the read-ahead that keeps workers busy.
_CHUNKS_PER_WORKER = 2


def _check_result(instance: BatchResult, _attribute: Any, _value: Any) -> None:
    if (instance.summary is None) == (instance.error is None):
        raise ValueError("a BatchResult carries either a summary or an error, not both")


@attrs.frozen(repr=False)
class BatchResult:
    """The outcome for one record: its position, and either its summary or its error.

    ``index`` is the record's position in the input (0-based); ``id`` is the record's own
    ``"id"`` value when it is a mapping that has one, so results can be joined back to a
    corpus; ``error`` is ``"ExceptionType: message"``.

    >>> ok = BatchResult(0, summary=summarize("Prices rose."))
    >>> ok
    BatchResult(0, ok=True)
    >>> bad = BatchResult(1, error="ValueError: no text", id="a-17")
    >>> bad
    BatchResult(1, id='a-17', error='ValueError: no text')
    >>> bad.ok, BatchResult.from_dict(bad.to_dict()) == bad
    (False, True)
    """

    index: int
    summary: Summary | None = attrs.field(default=None, validator=_check_result)
    error: str | None = None
    id: Any = None

    @property
    def ok(self) -> bool:
        """True when the record was summarised."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data: ``index``, ``id``, ``summary`` (a dict or None), ``error``."""
        return {
            "index": self.index,
            "id": self.id,
            "summary": None if self.summary is None else self.summary.to_dict(),
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Inverse of :meth:`to_dict`."""
        summary = data.get("summary")
        return cls(
            index=data["index"],
            summary=None if summary is None else Summary.from_dict(summary),
            error=data.get("error"),
            id=data.get("id"),
        )

    def __repr__(self) -> str:
        parts = [str(self.index)]
        if self.id is not None:
            parts.append(f"id={self.id!r}")
        parts.append("ok=True" if self.error is None else f"error={self.error!r}")
        return f"BatchResult({', '.join(parts)})"


def _summarize_one(index: int, record: object, config: Config | None) -> BatchResult:
    """Summarise one record; any failure becomes the result's error."""
    record_id = None
    try:
        if isinstance(record, str):
            return BatchResult(index, summary=summarize(record, config=config))
        if not isinstance(record, Mapping):
            raise TypeError(
                f"a record must be a str or a mapping with a 'text' key, "
                f"not {type(record).__name__}"
            )
        record_id = record.get("id")
        if "text" not in record:
            raise ValueError("the record has no 'text' key")
        summary = summarize(
            record["text"],
            published=record.get("published"),
            title=record.get("title"),
            config=config,
        )
        return BatchResult(index, summary=summary, id=record_id)
    except Exception as exc:  # a bad record must not stop the batch
        return BatchResult(index, error=f"{type(exc).__name__}: {exc}", id=record_id)


Chunk = list[tuple[int, object]]


def _summarize_chunk(chunk: Chunk, config: Config | None) -> list[BatchResult]:
    """The task a worker process runs: one chunk of ``(index, record)`` pairs."""
    return [_summarize_one(index, record, config) for index, record in chunk]


def summarize_many(
    records: Iterable[Record],
    *,
    workers: int = 1,
    config: Config | None = None,
    chunksize: int = 16,
    timeout: float | None = None,
) -> Iterator[BatchResult]:
    """Summarise a stream of articles; yield one :class:`BatchResult` per record, in order.

    A record is the article text (``str``) or a mapping with ``"text"`` and optionally
    ``"published"``, ``"title"`` and ``"id"``.  Results come lazily: records are read
    only as the work needs them, at most ``2 * workers * chunksize`` at a time, so a corpus
    of any size streams in bounded memory.  ``workers=1`` runs in this process; more use a
    pool of that many processes, each given ``chunksize`` records at a time (on platforms
    that spawn processes, call this under ``if __name__ == "__main__":``).  The results do
    not depend on ``workers`` or ``chunksize``.

    ``timeout`` (seconds) guards against a record that never finishes: a record still
    running after about that long fails with a ``TimeoutError`` result, its worker is
    stopped and the rest go on.  It needs a worker process, so with ``workers=1`` and a
    timeout the work runs in one worker process.

    >>> records = [
    ...     {"text": "Troops left on Tuesday.", "published": "2021-04-22", "id": "a1"},
    ...     {"text": "Prices rose.", "published": "last week"},
    ...     "Talks resume in May.",
    ... ]
    >>> for result in summarize_many(records):
    ...     print(result.index, result.id, result.ok)
    0 a1 True
    1 None False
    2 None True
    >>> list(summarize_many(records))[1].error
    "ValueError: published must be an ISO 8601 date such as '2021-04-22', got 'last week'"
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be an int >= 1, got {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not 0 < timeout < float("inf")
    ):
        raise ValueError(f"timeout must be a number of seconds > 0, or None, got {timeout!r}")
    if isinstance(records, str | bytes | Mapping):
        raise TypeError("records must be an iterable of records; wrap a single article in a list")
    if workers == 1 and timeout is None:
        return (_summarize_one(i, r, config) for i, r in enumerate(records))
    return _pooled(iter(records), workers, config, chunksize, timeout)


def _chunks(records: Iterator[object], size: int) -> Iterator[Chunk]:
    numbered = enumerate(records)
    while chunk := list(itertools.islice(numbered, size)):
        yield chunk


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool in order (no hang, no noise)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _noop() -> None:
    """A task that only proves a worker is up."""


def _record_id(record: object) -> Any:
    return record.get("id") if isinstance(record, Mapping) else None


class _Pool:
    """A process pool that can be replaced when a worker dies or a record is stuck."""

    def __init__(self, workers: int, timeout: float | None) -> None:
        self.workers = workers
        self.timeout = timeout
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        executor = ProcessPoolExecutor(max_workers=self.workers, initializer=_worker_init)
        if self.timeout is not None:
            executor.submit(_noop).result()  # so that starting a worker is not timed
        return executor

    def submit(self, chunk: Chunk, config: Config | None) -> Future[list[BatchResult]]:
        """Hand a chunk to the pool; if the pool is already broken, the future says so."""
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(_summarize_chunk, chunk, config)
        except BrokenProcessPool as exc:
            failed: Future[list[BatchResult]] = Future()
            failed.set_exception(exc)
            return failed

    def renew(self, *, kill: bool = False) -> None:
        """Replace the pool: after a worker died, or (``kill``) when a record is stuck."""
        executor = self.executor
        if kill:
            terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
            if terminate is not None:
                terminate()
            else:
                for process in list(getattr(executor, "_processes", {}).values()):
                    process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def isolate(self, chunk: Chunk, config: Config | None) -> list[BatchResult]:
        """Run a chunk that failed the pool one record at a time, to find the culprit."""
        from concurrent.futures.process import BrokenProcessPool

        results = []
        for index, record in chunk:
            try:
                results.extend(self.submit([(index, record)], config).result(self.timeout))
            except BrokenProcessPool:
                error = "BrokenProcessPool: the worker process died"
                results.append(BatchResult(index, error=error, id=_record_id(record)))
                self.renew()
            except TimeoutError:
                error = f"TimeoutError: not summarised within {self.timeout:g} s"
                results.append(BatchResult(index, error=error, id=_record_id(record)))
                self.renew(kill=True)
        return results


def _pooled(
    records: Iterator[object],
    workers: int,
    config: Config | None,
    chunksize: int,
    timeout: float | None,
) -> Iterator[BatchResult]:
    from concurrent.futures.process import BrokenProcessPool

    pool = _Pool(workers, timeout)
    pending: deque[tuple[Chunk, Future[list[BatchResult]]]] = deque()
    chunks = _chunks(records, chunksize)
    try:
        while True:
            while len(pending) < workers * _CHUNKS_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(chunk, config)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result(None if timeout is None else timeout * len(chunk))
            except (BrokenProcessPool, TimeoutError) as exc:
                # Every pending future fails with the pool.  Run the oldest chunk one
                # record at a time in a fresh pool, alone, so that only a record that kills
                # a worker or runs past the timeout is blamed; then hand the other chunks
                # to the fresh pool.
                pool.renew(kill=isinstance(exc, TimeoutError))
                results = pool.isolate(chunk, config)
                pending = deque((c, pool.submit(c, config)) for c, _ in pending)
            except Exception:
                # The chunk could not travel to a worker (e.g. an unpicklable record):
                # summarise it here, where each record fails or succeeds on its own.
                results = _summarize_chunk(chunk, config)
            yield from results
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)


def summarize_partition(
    records: Iterable[object], *, config: Config | None = None, jsonl: bool = False
) -> Iterator[dict[str, Any]]:
    """Summarise one partition of a corpus: the function to map over a Dask bag or Spark RDD.

    Yields :meth:`BatchResult.to_dict` for each record, in order; ``index`` counts from 0
    within the partition.  With ``jsonl=True`` the records are lines of JSON text (as
    ``dask.bag.read_text`` gives them): blank lines are skipped and a malformed line gives
    an error result instead of failing the whole partition.

    >>> lines = ['{"text": "Prices rose.", "id": 7}\\n', '\\n', '{"text": \\n']
    >>> for row in summarize_partition(lines, jsonl=True):
    ...     print(row["index"], row["id"], row["error"] or row["summary"]["lead"]["text"])
    0 7 Prices rose.
    2 None JSONDecodeError: malformed JSON line: Expecting value: ...
    """
    for index, item in enumerate(records):
        record = item
        if jsonl and isinstance(item, str | bytes):
            if not item.strip():
                continue
            try:
                record = json.loads(item)
            except ValueError as exc:
                error = f"{type(exc).__name__}: malformed JSON line: {exc}"
                yield BatchResult(index, error=error).to_dict()
                continue
        yield _summarize_one(index, record, config).to_dict()
