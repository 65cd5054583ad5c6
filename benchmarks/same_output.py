"""Check that a change leaves every output unchanged: a guard for speed work.

Usage (from the repository root)::

    python benchmarks/same_output.py record --corpus CORPUS.jsonl --out before.jsonl [--limit N]
    python benchmarks/same_output.py compare --corpus CORPUS.jsonl --out before.jsonl [--limit N]

``record`` writes, for each of the first ``--limit`` articles of a JSON-lines corpus (with
``text`` and ``published`` fields), the JSON of ``summarize`` and of each extractor;
``compare`` recomputes them with the newsstruct in ``src/`` (with ``--installed``, the one
installed in the running interpreter, a compiled build say) and prints every article whose
output differs, with the first differing field.  It exits with 1 when anything differs.
A speed-up that changes no output passes; an accuracy change shows what it changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if "--installed" not in sys.argv[1:]:
    sys.path.insert(0, str(ROOT / "src"))

import newsstruct  # noqa: E402


def outputs(record: dict[str, Any]) -> dict[str, Any]:
    """Every output newsstruct gives for one corpus record, as JSON-ready values."""
    text = record["text"]
    published = record.get("published")
    return {
        "summary": newsstruct.summarize(text, published=published).to_dict(),
        "quantities": [q.to_dict() for q in newsstruct.extract_quantities(text)],
        "dates": [d.to_dict() for d in newsstruct.extract_dates(text, reference=published)],
        "events": [e.to_dict() for e in newsstruct.extract_events(text, reference=published)],
        "quotes": [q.to_dict() for q in newsstruct.extract_quotes(text)],
    }


def first_difference(before: Any, after: Any, path: str = "") -> str | None:
    """The path of the first place where two JSON values differ, or None."""
    if type(before) is not type(after):
        return f"{path}: {before!r} -> {after!r}"
    if isinstance(before, dict):
        for key in sorted(set(before) | set(after)):
            found = first_difference(before.get(key), after.get(key), f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(before, list):
        for index, (one, other) in enumerate(zip(before, after, strict=False)):
            found = first_difference(one, other, f"{path}[{index}]")
            if found:
                return found
        if len(before) != len(after):
            return f"{path}: {len(before)} items -> {len(after)} items"
        return None
    return None if before == after else f"{path}: {before!r} -> {after!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument(
        "--installed", action="store_true", help="the installed newsstruct, not src/'s"
    )
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line, _ in zip(lines, range(args.limit), strict=False)]
    if args.mode == "record":
        with args.out.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(outputs(record), ensure_ascii=False) + "\n")
        print(f"recorded {len(records)} articles to {args.out}")
        return 0
    differ = 0
    with args.out.open(encoding="utf-8") as recorded:
        for index, (record, line) in enumerate(zip(records, recorded, strict=False)):
            found = first_difference(json.loads(line), outputs(record))
            if found:
                differ += 1
                if differ <= 20:
                    print(f"article {index}: {found[:300]}")
    print(f"{differ} of {len(records)} articles differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
