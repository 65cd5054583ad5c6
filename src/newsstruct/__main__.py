"""The ``newsstruct`` command line (``python -m newsstruct``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsstruct.__about__ import __version__
from newsstruct.summary import summarize

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(prog="newsstruct", description="Structured news summaries.")
    parser.add_argument("--version", action="version", version=f"newsstruct {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("summarize", help="summarise one article")
    p.add_argument("file", help="article text file, or - for standard input")
    p.add_argument("--published", help="publication date, ISO 8601")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
        summary = summarize(text, published=args.published)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"newsstruct: error: {exc}", file=sys.stderr)
        return 2
    print(summary.to_json(indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
