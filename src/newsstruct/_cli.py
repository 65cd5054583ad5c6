"""The ``newsstruct`` command line (``newsstruct`` and ``python -m newsstruct`` run :func:`main`).

One article::

    newsstruct summarize ARTICLE.txt --published 2021-04-22 [--format json|markdown|html]
    newsstruct quantities|dates|quotes|events ARTICLE.txt [--reference 2021-04-22]
    newsstruct schema

Many articles, one JSON summary per line out::

    newsstruct batch A.txt B.txt ... [--published DATE] [--workers N]
    newsstruct batch --jsonl records.jsonl [--workers N] [--progress] [--output OUT.jsonl]

``-`` reads standard input.  Exit codes: 0 success; 1 some records of a batch failed (each
reported on standard error, the rest written); 2 bad usage, an unreadable file or a bad
date; 130 interrupted.

See ``docs/cli.md`` for examples.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, NamedTuple

import attrs

from newsstruct.__about__ import __version__
from newsstruct._inputs import to_date
from newsstruct._schema import schema
from newsstruct.batch import BatchResult, summarize_many
from newsstruct.dates import extract_dates
from newsstruct.events import extract_events
from newsstruct.model import Span
from newsstruct.quantities import extract_quantities
from newsstruct.quotes import extract_quotes
from newsstruct.summary import summarize

__all__ = ["main"]

PROG = "newsstruct"


class CommandError(Exception):
    """A failure reported as ``newsstruct: error: ...`` with exit code ``code``."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


# --- input and output -------------------------------------------------------------------------


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def read_text(path: str) -> str:
    """The UTF-8 text of ``path`` (``-`` is standard input), newlines as Python reads them.

    Offsets in the output index this text, the same string
    ``open(path, encoding="utf-8").read()`` gives.
    """
    try:
        if path == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:
                return sys.stdin.read()
            return io.TextIOWrapper(buffer, encoding="utf-8").read()
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        name = "standard input" if path == "-" else path
        raise CommandError(f"cannot read {name}: {_describe(exc)}") from None


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {_describe(exc)}") from None


def _write(path: str | None, text: str) -> None:
    out = _open_output(path)
    try:
        out.write(text if text.endswith("\n") else text + "\n")
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()


def _iso_date(value: str) -> dt.date:
    """argparse type for ``--published`` / ``--reference``."""
    try:
        date = to_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date such as 2021-04-22: {value!r}"
        ) from None
    assert date is not None
    return date


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, got {value!r}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not 0 < number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {value!r}")
    return number


def _dumps(data: Any, compact: bool) -> str:
    return json.dumps(data, ensure_ascii=False, indent=None if compact else 2)


# Characters that some line readers (str.splitlines, JavaScript) take as line ends; JSON
# keeps them as is unless told otherwise, so a JSON-lines writer escapes them.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(data: Any) -> str:
    """``data`` as one line of JSON (non-ASCII kept, Unicode line separators escaped).

    >>> print(json_line({"text": "caf\\u00e9, line\\u2028separator"}), end="")
    {"text": "café, line\\u2028separator"}
    """
    return json.dumps(data, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


# --- one article ------------------------------------------------------------------------------


def _run_summarize(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    summary = summarize(text, published=args.published, title=args.title)
    if args.format == "json":
        rendered = _dumps(summary.to_dict(), args.compact)
    else:
        render: Callable[[], str] | None = getattr(summary, f"to_{args.format}", None)
        if render is None:
            raise CommandError(f"--format {args.format} is not available in this version")
        rendered = render()
    _write(args.output, rendered)
    return 0


Extractor = Callable[[str, dt.date | None], Sequence[Span]]

EXTRACTORS: dict[str, tuple[Extractor, bool, str]] = {
    "quantities": (lambda t, r: extract_quantities(t), False, "numbers with units"),
    "dates": (extract_dates, True, "temporal expressions, resolved against --reference"),
    "quotes": (lambda t, r: extract_quotes(t), False, "reported speech and its speakers"),
    "events": (extract_events, True, "dated statements, as a timeline"),
}


def _run_extractor(args: argparse.Namespace) -> int:
    extract, _, _ = EXTRACTORS[args.command]
    text = read_text(args.file)
    items = extract(text, getattr(args, "reference", None))
    _write(args.output, _dumps([item.to_dict() for item in items], args.compact))
    return 0


def _run_schema(args: argparse.Namespace) -> int:
    _write(args.output, _dumps(schema(), args.compact))
    return 0


# --- many articles ----------------------------------------------------------------------------


class Progress:
    """A progress line on standard error: rewritten in place on a terminal, else one per update."""

    def __init__(
        self,
        stream: IO[str],
        *,
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.interval = interval
        self.clock = clock
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.started = self.last = clock()
        self.open_line = False  # a terminal line shown without its line end

    def _show(self, done: int, failed: int, end: str) -> None:
        elapsed = max(self.clock() - self.started, 1e-9)
        line = f"{PROG}: {done:,} records, {failed:,} failed, {done / elapsed:,.1f} records/s"
        self.stream.write(("\r" + line + end) if self.tty else line + "\n")
        self.stream.flush()
        self.open_line = self.tty and not end

    def end_line(self) -> None:
        """End the line shown on a terminal, so that a message can follow on its own line."""
        if self.open_line:
            self.stream.write("\n")
            self.open_line = False

    def update(self, done: int, failed: int) -> None:
        """Show the counts if ``interval`` seconds have passed since the last line."""
        now = self.clock()
        if now - self.last >= self.interval:
            self.last = now
            self._show(done, failed, "")

    def finish(self, done: int, failed: int) -> None:
        """Show the final counts."""
        self._show(done, failed, "\n")


class _Entry(NamedTuple):
    """What the batch knows of a record it handed on: where it came from, whether it was read."""

    label: str  # for messages: the file, or the file and line number
    position: int  # 0-based place in the input: the argument, or the line number - 1
    error: str | None  # why the record could not even be read, if it could not


class _Source:
    """The records of a batch, read lazily, with an entry per record for the output.

    Every input record is handed on, in order, and gets an entry in ``entries``; one that
    cannot even be read (unreadable file, malformed or non-UTF-8 JSON line) is handed on as
    ``None`` with the reason in its entry, so that its error comes out in input order too.
    """

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.opened: list[IO[bytes]] = []
        self.entries: deque[_Entry] = deque()

    def files(self, paths: Sequence[str]) -> Iterator[Any]:
        for position, path in enumerate(paths):
            label = "<stdin>" if path == "-" else path
            try:
                text = read_text(path)
            except CommandError as exc:
                self.entries.append(_Entry(label, position, str(exc)))
                yield None
                continue
            self.entries.append(_Entry(label, position, None))
            yield {"text": text, "published": self.published}

    def jsonl(self, path: str) -> Iterator[Any]:
        """The records of a JSON-lines file; the file is opened now, read as they are taken."""
        if path == "-":
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # a text stream without bytes underneath (tests, embedding)
                stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
            return self._records("<stdin>", stream)
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {_describe(exc)}") from None
        self.opened.append(stream)
        return self._records(path, stream)

    def close(self) -> None:
        """Close the files opened for reading."""
        for stream in self.opened:
            stream.close()

    def _records(self, name: str, stream: IO[bytes]) -> Iterator[Any]:
        for number, raw in enumerate(stream, 1):
            label = f"{name}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                self.entries.append(_Entry(label, number - 1, _describe(exc)))
                yield None
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                error = f"{type(exc).__name__}: malformed JSON line: {exc}"
                self.entries.append(_Entry(label, number - 1, error))
                yield None
                continue
            if isinstance(record, dict) and self.published is not None:
                record.setdefault("published", self.published)
            self.entries.append(_Entry(label, number - 1, None))
            yield record


def _run_batch(args: argparse.Namespace) -> int:
    if bool(args.files) == (args.jsonl is not None):
        raise CommandError("batch needs either FILE arguments or --jsonl PATH (not both)")
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = Progress(sys.stderr) if show else None
    source = _Source(args.published)
    records = source.jsonl(args.jsonl) if args.jsonl is not None else source.files(args.files)
    try:
        out = _open_output(args.output)
    except CommandError:
        source.close()
        raise
    done = failed = 0
    try:
        results = summarize_many(
            records, workers=args.workers, chunksize=args.chunksize, timeout=args.timeout
        )
        for result in results:
            entry = source.entries.popleft()
            if entry.error is not None:  # not even read: its result stands in for it
                result = BatchResult(entry.position, error=entry.error)
            else:
                result = attrs.evolve(result, index=entry.position)
            done += 1
            if result.error is not None:
                failed += 1
                if progress is not None:
                    progress.end_line()
                # A file that cannot be read names itself; other messages get their place.
                where = "" if entry.error and not args.jsonl else f"{entry.label}: "
                print(f"{PROG}: error: {where}{result.error}", file=sys.stderr)
            if args.results:
                out.write(json_line(result.to_dict()))
            elif result.summary is not None:
                out.write(json_line(result.summary.to_dict()))
            if progress is not None:
                progress.update(done, failed)
        out.flush()
    finally:
        source.close()
        if out is not sys.stdout:
            out.close()
    if progress is not None:
        progress.finish(done, failed)
    return 1 if failed else 0


# --- the parser -------------------------------------------------------------------------------


def _add_output(p: argparse.ArgumentParser, *, compact: bool = True) -> None:
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    if compact:
        p.add_argument("--compact", action="store_true", help="JSON on one line, not indented")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsstruct`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Structured summaries of news articles: figures, dates, quotes, events.",
        epilog="Exit codes: 0 ok, 1 some batch records failed, 2 bad usage or input.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("summarize", help="summarise one article (JSON, Markdown or HTML)")
    p.add_argument("file", metavar="FILE", help="article text, UTF-8; - for standard input")
    p.add_argument("--published", type=_iso_date, metavar="DATE", help="ISO 8601 date")
    p.add_argument("--title", help="the article's title")
    p.add_argument("--format", choices=("json", "markdown", "html"), default="json")
    _add_output(p)
    p.set_defaults(run=_run_summarize)

    for name, (_, dated, help_text) in EXTRACTORS.items():
        p = sub.add_parser(name, help=f"{help_text}: a JSON list")
        p.add_argument("file", metavar="FILE", help="article text, UTF-8; - for standard input")
        if dated:
            p.add_argument(
                "--reference", "--published", type=_iso_date, metavar="DATE",
                help="the date relative expressions are resolved against (ISO 8601)",
            )
        _add_output(p)
        p.set_defaults(run=_run_extractor)

    p = sub.add_parser("schema", help="the JSON Schema that every summary satisfies")
    _add_output(p)
    p.set_defaults(run=_run_schema)

    p = sub.add_parser(
        "batch",
        help="summarise many articles: one JSON summary per line",
        description="Summarise many articles: one JSON summary per line, in input order. "
        "A record that fails is reported on standard error and skipped; the exit code is "
        "then 1.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files")
    p.add_argument(
        "--jsonl", metavar="PATH",
        help='JSON lines of {"text", "published", "title"} records; - for standard input',
    )
    p.add_argument(
        "--published", type=_iso_date, metavar="DATE",
        help="publication date for records that do not give one",
    )
    p.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                   help="worker processes (default 1)")
    p.add_argument("--chunksize", type=_positive_int, default=16, metavar="N",
                   help="records handed to a worker at a time (default 16)")
    p.add_argument(
        "--timeout", type=_seconds, metavar="SECONDS",
        help="fail a record still running after this long, and go on (uses a worker process)",
    )
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="a progress line on standard error (default: when it is a terminal)",
    )
    p.add_argument(
        "--results", action="store_true",
        help='write one {"index", "id", "summary", "error"} row per record, failures included',
    )
    _add_output(p, compact=False)
    p.set_defaults(run=_run_batch)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code.

    >>> import pathlib, tempfile
    >>> article = pathlib.Path(tempfile.mkdtemp(), "article.txt")
    >>> _ = article.write_text("Troops left on Tuesday.", encoding="utf-8")
    >>> main(["summarize", str(article), "--published", "2021-04-22", "--compact"])
    {"schema_version": "1", "generator": {"name": "newsstruct", ...}, ...}
    0
    >>> main(["summarize", "no-such-file.txt"])
    2
    """
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except CommandError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, without a second error at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
