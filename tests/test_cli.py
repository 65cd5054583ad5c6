"""The command line: same JSON as the library, clear errors, exit codes, batch mode."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsstruct
from newsstruct import Summary, summarize
from newsstruct._cli import Progress, main
from newsstruct.batch import summarize_partition

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "LISBON (Reuters) - The port authority said on Monday that more than 40 ships were "
    "waiting to unload.\n\n"
    '"We expect the queue to clear by March 3," harbour master Ana Costa told reporters. '
    "Fees rose 12% last year to 3.5 million euros.\n"
)
PUBLISHED = "2023-02-20"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- one article ------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"newsstruct {newsstruct.__version__}\n"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    assert "usage: newsstruct" in capsys.readouterr().err


def test_summarize_json_is_the_library_output(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    code, out, err = run(capsys, "summarize", str(article), "--published", PUBLISHED,
                         "--title", "Ships wait")
    assert (code, err) == (0, "")
    expected = summarize(ARTICLE, published=PUBLISHED, title="Ships wait").to_dict()
    assert json.loads(out) == expected
    assert out.count("\n") > 10  # indented by default


def test_summarize_compact_is_one_line(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "summarize", str(article), "--compact")
    assert code == 0
    assert out.count("\n") == 1
    assert json.loads(out) == summarize(ARTICLE).to_dict()


def test_summarize_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, ARTICLE.encode("utf-8"))
    code, out, _ = run(capsys, "summarize", "-", "--published", PUBLISHED)
    assert code == 0
    assert json.loads(out) == summarize(ARTICLE, published=PUBLISHED).to_dict()


def test_offsets_index_the_text_as_python_reads_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Prices rose on Monday.\r\nOfficials said “20 ships” left.\r\n".encode())
    code, out, _ = run(capsys, "summarize", str(path))
    data = json.loads(out)
    assert code == 0
    assert data["text"] == path.read_text(encoding="utf-8")
    assert data == summarize(path.read_text(encoding="utf-8")).to_dict()


def test_python_dash_m_entry_point(article: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run(
        [sys.executable, "-m", "newsstruct", "summarize", str(article), "--published", PUBLISHED],
        capture_output=True, check=False, env=env,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.decode("utf-8"))
    assert out == summarize(ARTICLE, published=PUBLISHED).to_dict()


def test_output_file(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "summarize", str(article), "-o", str(target))
    assert (code, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8")) == summarize(ARTICLE).to_dict()


@pytest.mark.parametrize(
    ("command", "extract", "dated"),
    [
        ("quantities", newsstruct.extract_quantities, False),
        ("dates", newsstruct.extract_dates, True),
        ("quotes", newsstruct.extract_quotes, False),
        ("events", newsstruct.extract_events, True),
    ],
)
def test_extractor_commands_print_the_items(
    capsys: pytest.CaptureFixture[str], article: Path, command: str, extract, dated: bool
) -> None:
    argv = [command, str(article)] + (["--reference", PUBLISHED] if dated else [])
    code, out, _ = run(capsys, *argv)
    items = extract(ARTICLE, PUBLISHED) if dated else extract(ARTICLE)
    assert code == 0
    assert json.loads(out) == [item.to_dict() for item in items]
    assert isinstance(json.loads(out), list)


def test_published_is_an_alias_of_reference(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    _, by_reference, _ = run(capsys, "dates", str(article), "--reference", PUBLISHED)
    _, by_published, _ = run(capsys, "dates", str(article), "--published", PUBLISHED)
    assert by_reference == by_published


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == newsstruct.schema()


def test_batch_output_satisfies_the_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    _, schema_text, _ = run(capsys, "schema")
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD]
                       + [json.dumps({"text": ARTICLE, "published": PUBLISHED})])
    code, out, _ = run(capsys, "batch", "--jsonl", str(path))
    assert code == 0
    validator = jsonschema.Draft202012Validator(json.loads(schema_text))
    for record in output_records(out):
        validator.validate(record)


# --- errors -----------------------------------------------------------------------------------


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "summarize", str(missing))
    assert (code, out) == (2, "")
    assert err == f"newsstruct: error: cannot read {missing}: No such file or directory\n"


def test_directory_is_unreadable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "quantities", str(tmp_path))
    assert code == 2
    assert err.startswith(f"newsstruct: error: cannot read {tmp_path}: ")


def test_non_utf8_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café prices rose.".encode("latin-1"))
    code, _, err = run(capsys, "summarize", str(path))
    assert code == 2
    assert err == f"newsstruct: error: cannot read {path}: not UTF-8 text (byte 0xe9 at offset 3)\n"


@pytest.mark.parametrize("bad", ["2021-13-01", "yesterday", ""])
def test_bad_date_exits_2(capsys: pytest.CaptureFixture[str], article: Path, bad: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["summarize", str(article), "--published", bad])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --published: not an ISO 8601 date such as 2021-04-22: {bad!r}" in err


def test_unwritable_output(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "summarize", str(article), "-o", str(tmp_path / "no" / "x.json"))
    assert code == 2
    assert err.startswith("newsstruct: error: cannot write ")


def test_unknown_format_is_rejected(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["summarize", str(article), "--format", "pdf"])
    assert exc.value.code == 2


@pytest.mark.skipif(not hasattr(Summary, "to_markdown"), reason="Summary.to_markdown not there")
def test_markdown_format(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "summarize", str(article), "--published", PUBLISHED,
                       "--format", "markdown")
    expected = summarize(ARTICLE, published=PUBLISHED).to_markdown()  # type: ignore[attr-defined]
    assert code == 0
    assert out.rstrip("\n") == expected.rstrip("\n")


@pytest.mark.skipif(not hasattr(Summary, "to_html"), reason="Summary.to_html not there")
def test_html_format(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "summarize", str(article), "--format", "html")
    expected = summarize(ARTICLE).to_html()  # type: ignore[attr-defined]
    assert code == 0
    assert out.rstrip("\n") == expected.rstrip("\n")


def test_missing_renderer_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(Summary, "to_markdown", raising=False)  # as in a build without it
    code, out, err = run(capsys, "summarize", str(article), "--format", "markdown")
    assert (code, out) == (2, "")
    assert err == "newsstruct: error: --format markdown is not available in this version\n"


# --- batch ------------------------------------------------------------------------------------

GOOD = [
    {"text": "Prices rose 3% on Monday.", "published": "2023-01-10", "title": "Prices"},
    {"text": '"We will stay," the mayor said.'},
    {"text": "Talks resume in May.", "published": "2023-04-01"},
]


def jsonl_lines(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def expected_for(record: dict[str, str]) -> dict[str, object]:
    return summarize(
        record["text"], published=record.get("published"), title=record.get("title")
    ).to_dict()


def output_records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_batch_jsonl_all_good(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD])
    code, out, err = run(capsys, "batch", "--jsonl", str(path))
    assert (code, err) == (0, "")
    assert output_records(out) == [expected_for(r) for r in GOOD]


def test_batch_reports_and_skips_bad_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = [
        json.dumps(GOOD[0]),
        "",  # blank lines are not records
        '{"text": "unterminated',
        json.dumps({"text": "Prices fell.", "published": "someday"}),
        json.dumps(GOOD[1]),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps(GOOD[2]),
    ]
    path = jsonl_lines(tmp_path, lines)
    code, out, err = run(capsys, "batch", "--jsonl", str(path))
    assert code == 1
    assert output_records(out) == [expected_for(r) for r in GOOD]
    errors = err.splitlines()
    assert [e.split(": ")[2] for e in errors] == [f"{path}:{n}" for n in (3, 4, 6, 7)]
    assert errors[0].startswith(f"newsstruct: error: {path}:3: JSONDecodeError: malformed JSON line: ")
    assert "published must be an ISO 8601 date" in errors[1]
    assert errors[3].endswith("ValueError: the record has no 'text' key")


def test_batch_results_rows_keep_every_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = [
        json.dumps(GOOD[0] | {"id": "first"}),
        "",
        '{"text": "unterminated',
        json.dumps({"text": "Prices fell.", "published": "someday", "id": 7}),
        json.dumps(GOOD[1]),
    ]
    path = jsonl_lines(tmp_path, lines)
    code, out, err = run(capsys, "batch", "--jsonl", str(path), "--results", "--workers", "2")
    rows = output_records(out)
    assert code == 1
    assert len(err.splitlines()) == 2
    assert [(r["index"], r["id"], r["error"] is None) for r in rows] == [
        (0, "first", True), (2, None, False), (3, 7, False), (4, None, True)
    ]
    assert rows[0]["summary"] == expected_for(GOOD[0])
    assert rows[1]["summary"] is None
    assert str(rows[1]["error"]).startswith("JSONDecodeError: malformed JSON line: ")
    # the same rows as the partition function the Dask and Spark recipes map
    with path.open(encoding="utf-8") as fh:
        assert rows == list(summarize_partition(fh, jsonl=True))


def test_batch_results_rows_for_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "batch", str(missing), str(article), "--results")
    rows = output_records(out)
    assert code == 1
    assert rows == [
        {"index": 0, "id": None, "summary": None,
         "error": f"cannot read {missing}: No such file or directory"},
        {"index": 1, "id": None, "summary": summarize(ARTICLE).to_dict(), "error": None},
    ]
    assert err == f"newsstruct: error: cannot read {missing}: No such file or directory\n"


def test_batch_errors_come_in_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = []
    for i in range(30):
        if i % 3 == 0:
            lines.append("{broken" if i % 2 else json.dumps({"text": "x", "published": "bad"}))
        else:
            lines.append(json.dumps({"text": f"Story {i}."}))
    path = jsonl_lines(tmp_path, lines)
    code, _, err = run(capsys, "batch", "--jsonl", str(path), "--workers", "2", "--chunksize", "2")
    assert code == 1
    numbers = [int(e.split(": ")[2].rsplit(":", 1)[1]) for e in err.splitlines()]
    assert numbers == [i + 1 for i in range(0, 30, 3)]


def test_batch_non_utf8_line_is_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"text": "A BOM starts this file."}\n{"text": "caf\xe9"}\n'
        + json.dumps(GOOD[0]).encode() + b"\n"
    )
    code, out, err = run(capsys, "batch", "--jsonl", str(path))
    assert code == 1
    assert output_records(out) == [summarize("A BOM starts this file.").to_dict(),
                                   expected_for(GOOD[0])]
    assert err == f"newsstruct: error: {path}:2: not UTF-8 text (byte 0xe9 at offset 13)\n"


def test_batch_lines_survive_unicode_line_separators(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    records = [{"text": "First line\u2028second\x85third\u2029fourth. Café."}, GOOD[0]]
    path = jsonl_lines(tmp_path, [json.dumps(r, ensure_ascii=False) for r in records])
    code, out, _ = run(capsys, "batch", "--jsonl", str(path))
    assert code == 0
    assert len(out.splitlines()) == 2
    assert output_records(out) == [expected_for(r) for r in records]
    assert "Café" in out  # non-ASCII is kept as is


def test_batch_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, "".join(json.dumps(r) + "\n" for r in GOOD).encode())
    code, out, _ = run(capsys, "batch", "--jsonl", "-")
    assert code == 0
    assert output_records(out) == [expected_for(r) for r in GOOD]


def test_batch_published_fills_in_missing_dates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD])
    code, out, _ = run(capsys, "batch", "--jsonl", str(path), "--published", "2020-05-05")
    assert code == 0
    published = [r["published"] for r in output_records(out)]
    assert published == ["2023-01-10", "2020-05-05", "2023-04-01"]


def test_batch_with_workers_gives_the_same_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    records = [{"text": f"Item {i}: prices rose {i}% on Monday.", "published": "2023-01-10"}
               for i in range(40)]
    records[7] = {"text": "bad date", "published": "31/12/2022"}
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in records])
    one = run(capsys, "batch", "--jsonl", str(path))
    two = run(capsys, "batch", "--jsonl", str(path), "--workers", "2", "--chunksize", "3")
    assert one == two
    assert one[0] == 1
    assert len(one[1].splitlines()) == 39
    assert one[2].count("\n") == 1 and f"{path}:8:" in one[2]


def test_batch_timeout_keeps_the_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD])
    code, out, _ = run(capsys, "batch", "--jsonl", str(path), "--timeout", "30")
    assert code == 0
    assert output_records(out) == [expected_for(r) for r in GOOD]


@pytest.mark.parametrize("seconds", ["0", "-2", "inf", "nan", "soon"])
def test_batch_bad_timeout(capsys: pytest.CaptureFixture[str], seconds: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["batch", "--jsonl", "-", "--timeout", seconds])
    assert exc.value.code == 2
    assert "argument --timeout: must be a number of seconds > 0" in capsys.readouterr().err


def test_batch_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Second story. Nothing happened.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "batch", str(article), str(missing), str(other),
                         "--published", PUBLISHED)
    assert code == 1
    assert output_records(out) == [
        summarize(ARTICLE, published=PUBLISHED).to_dict(),
        summarize("Second story. Nothing happened.", published=PUBLISHED).to_dict(),
    ]
    assert err == f"newsstruct: error: cannot read {missing}: No such file or directory\n"


def test_batch_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD])
    target = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "batch", "--jsonl", str(path), "--output", str(target))
    assert (code, out) == (0, "")
    assert output_records(target.read_text(encoding="utf-8")) == [expected_for(r) for r in GOOD]


@pytest.mark.parametrize(
    "argv",
    [["batch"], ["batch", "a.txt", "--jsonl", "r.jsonl"]],
)
def test_batch_needs_files_or_jsonl(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err == "newsstruct: error: batch needs either FILE arguments or --jsonl PATH (not both)\n"


def test_batch_missing_jsonl_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("earlier results\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", "--jsonl", str(tmp_path / "none.jsonl"), "-o", str(target))
    assert (code, out) == (2, "")
    assert err == f"newsstruct: error: cannot read {tmp_path / 'none.jsonl'}: No such file or directory\n"
    assert target.read_text(encoding="utf-8") == "earlier results\n"  # not truncated


@pytest.mark.parametrize("workers", ["0", "-1", "two"])
def test_batch_bad_workers(capsys: pytest.CaptureFixture[str], workers: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["batch", "--jsonl", "-", "--workers", workers])
    assert exc.value.code == 2
    assert "argument --workers: must be a whole number >= 1" in capsys.readouterr().err


def test_batch_progress_only_when_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD] + ["{oops"])
    code, _, err = run(capsys, "batch", "--jsonl", str(path))
    assert code == 1
    assert "records/s" not in err  # standard error is not a terminal here
    code, _, err = run(capsys, "batch", "--jsonl", str(path), "--progress")
    assert code == 1
    assert err.splitlines()[-1].startswith("newsstruct: 4 records, 1 failed, ")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_every_interval() -> None:
    clock = FakeClock()
    stream = io.StringIO()
    progress = Progress(stream, interval=1.0, clock=clock)
    progress.update(10, 0)
    assert stream.getvalue() == ""
    clock.now += 2
    progress.update(20, 1)
    clock.now += 0.5
    progress.update(30, 1)
    clock.now += 2
    progress.finish(40, 2)
    assert stream.getvalue().splitlines() == [
        "newsstruct: 20 records, 1 failed, 10.0 records/s",
        "newsstruct: 40 records, 2 failed, 8.9 records/s",
    ]


def test_progress_line_ends_before_an_error_message() -> None:
    clock = FakeClock()
    stream = FakeTerminal()
    progress = Progress(stream, interval=1.0, clock=clock)
    clock.now += 1
    progress.update(5, 0)
    progress.end_line()
    progress.end_line()  # only once
    stream.write("newsstruct: error: x\n")
    assert stream.getvalue() == "\rnewsstruct: 5 records, 0 failed, 5.0 records/s\nnewsstruct: error: x\n"


def test_progress_on_a_terminal_rewrites_the_line() -> None:
    clock = FakeClock()
    stream = FakeTerminal()
    progress = Progress(stream, interval=1.0, clock=clock)
    clock.now += 1
    progress.update(5, 0)
    progress.finish(5, 0)
    assert stream.getvalue() == (
        "\rnewsstruct: 5 records, 0 failed, 5.0 records/s"
        "\rnewsstruct: 5 records, 0 failed, 5.0 records/s\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_stops_a_pooled_batch_cleanly() -> None:
    import signal

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsstruct", "batch", "--jsonl", "-", "--workers", "2",
         "--chunksize", "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        start_new_session=True,
        # Ctrl-C is ignored by a command started from a background job; this one takes it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for record in GOOD * 3:  # more than the read-ahead window, so a result comes out
            proc.stdin.write((json.dumps(record) + "\n").encode())
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline()) == expected_for(GOOD[0])  # workers are running
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert code == 130
    assert proc.stderr is not None
    assert proc.stderr.read().decode() == "newsstruct: interrupted\n"


def test_batch_dash_file_is_one_article_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    set_stdin(monkeypatch, b"Piped story. It ended.")
    code, out, _ = run(capsys, "batch", "-", str(article))
    assert code == 0
    assert output_records(out) == [summarize("Piped story. It ended.").to_dict(),
                                   summarize(ARTICLE).to_dict()]


def test_batch_progress_by_default_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    path = jsonl_lines(tmp_path, [json.dumps(r) for r in GOOD] + ['{"text": 1}'])
    assert main(["batch", "--jsonl", str(path)]) == 1
    shown = terminal.getvalue()
    assert shown.startswith(f"newsstruct: error: {path}:4: TypeError: text must be str")
    assert shown.endswith("\n") and "\rnewsstruct: 4 records, 1 failed, " in shown
    assert main(["batch", "--jsonl", str(path), "--no-progress"]) == 1
    assert "records/s" not in terminal.getvalue()[len(shown):]
