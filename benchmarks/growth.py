"""How each stage's time grows on each hostile input: a diagnostic for linear-time bugs.

Usage (from the repository root)::

    python benchmarks/growth.py [--sizes 1000,10000,100000] [--only NAME,...] [--stage STAGE]

For every input of ``tests/adversarial_inputs.py`` and every stage (segmentation, each
extractor, ``summarize``) it prints the best time of a few runs at each size and the
growth between consecutive sizes; a linear stage grows by about the size factor, a
quadratic one by its square.  A stage that takes longer than ``--budget`` seconds at one
size is not run at the next.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.adversarial_inputs import INPUTS  # noqa: E402

import newsstruct  # noqa: E402

REFERENCE = dt.date(2021, 4, 22)

STAGES: dict[str, Callable[[str], Any]] = {
    "segmentation": newsstruct.Document,
    "quantities": newsstruct.extract_quantities,
    "dates": lambda t: newsstruct.extract_dates(t, reference=REFERENCE),
    "quotes": newsstruct.extract_quotes,
    "events": lambda t: newsstruct.extract_events(t, reference=REFERENCE),
    "summarize": lambda t: newsstruct.summarize(t, published=REFERENCE),
}


def best(function: Callable[[str], Any], text: str, repeats: int) -> float:
    out = float("inf")
    for _ in range(repeats):
        gc.collect()
        started = time.process_time()
        function(text)
        out = min(out, time.process_time() - started)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--only", help="comma-separated input names (default: all)")
    parser.add_argument("--stage", help="one stage only (default: all)")
    parser.add_argument("--budget", type=float, default=5.0, help="seconds per run, at most")
    parser.add_argument(
        "--limit", type=float, default=25.0, help="flag growth above this for a 10x size step"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.only.split(",") if args.only else list(INPUTS)
    stages = [args.stage] if args.stage else list(STAGES)
    for name in names:
        make = INPUTS[name]
        for stage in stages:
            function = STAGES[stage]
            function(make(sizes[0]))
            times: list[float] = []
            for size in sizes:
                seconds = best(function, make(size), 3 if size <= 100_000 else 1)
                times.append(seconds)
                if seconds > args.budget:
                    break
            growth = [b / max(a, 1e-9) for a, b in itertools.pairwise(times)]
            steps = [b / a for a, b in itertools.pairwise(sizes)]
            flag = any(g > args.limit * s / 10 for g, s in zip(growth, steps, strict=False))
            print(
                f"{'!!' if flag else '  '} {name:22} {stage:13} "
                + "  ".join(f"{t * 1e3:9.1f} ms" for t in times)
                + "   growth "
                + " ".join(f"x{g:.1f}" for g in growth),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
