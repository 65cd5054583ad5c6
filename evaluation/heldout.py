"""Score newsstruct on Wikinews articles annotated for the project in the full gold format.

Usage, from the project root, with the bulk corpus and the scorer checked out beside it::

    python evaluation/heldout.py --corpus PATH/TO/wikinews-bulk.jsonl --score PATH/TO/score.py
    python evaluation/heldout.py ... --errors      # and every miss and spurious item
    python evaluation/heldout.py ... --batch 2     # only the articles annotated second

``heldout/*.json`` (next to this script) holds, for articles of the Wikinews bulk corpus
(CC BY 2.5), the same annotations as the evaluation's own gold files: figures, dates,
quotes, dated events, actors, the lead and the key sentences.  Each file names its article
by line number in the corpus (``corpus_line``) and by title; the texts are not copied here.
The articles were annotated in batches (``batch``), each scored once before any rule was
written on its misses; ``--batch`` scores one batch alone.
The script writes each article's text to a temporary folder, checking the title, so a
different corpus file is caught rather than scored, then runs the scorer on them (its
``--gold`` and ``--texts`` options) and prints its table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

#: The annotated articles, one gold file each.
HELDOUT = Path(__file__).with_name("heldout")


def corpus_articles(
    corpus: Path, notes: dict[int, dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each annotation of ``notes`` (by line number in ``corpus``) with its article, in
    corpus order.  A ``ValueError`` when a line of ``corpus`` is not the annotated article
    (its title differs) or the corpus misses any."""
    found = 0
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            note = notes.get(number)
            if note is None:
                continue
            article = json.loads(line)
            if article["title"] != note["title"]:
                raise ValueError(f"line {number} of {corpus} is not {note['title']!r}")
            found += 1
            yield note, article
    if found != len(notes):
        raise ValueError(f"{corpus} holds {found} of the {len(notes)} annotated articles")


def write_texts(corpus: Path, gold: Path, out: Path, batch: int | None = None) -> int:
    """Write the text of every article annotated in ``gold`` (of ``batch`` only, when one is
    given) to ``out`` under the file name its annotation gives, with its gold file when a
    batch is given; the number written (see :func:`corpus_articles`)."""
    notes = {}
    for path in sorted(gold.glob("*.json")):
        note = json.loads(path.read_text(encoding="utf-8"))
        if batch is not None:
            if note.get("batch") != batch:
                continue
            (out / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        notes[int(note["corpus_line"])] = note
    written = 0
    for note, article in corpus_articles(corpus, notes):
        (out / note["text_file"]).write_text(article["text"], encoding="utf-8")
        written += 1
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="wikinews-bulk.jsonl")
    parser.add_argument("--score", type=Path, required=True, help="the evaluation's score.py")
    parser.add_argument("--gold", type=Path, default=HELDOUT, help="folder of gold files")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--batch", type=int, help="score only the articles of this batch")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if not write_texts(args.corpus, args.gold, Path(tmp), args.batch):
            where = "" if args.batch is None else f" of batch {args.batch}"
            parser.error(f"no annotated article{where} in {args.gold}")
        gold = args.gold if args.batch is None else Path(tmp)
        command = [sys.executable, str(args.score), "--gold", str(gold), "--texts", tmp]
        if args.errors:
            command.append("--errors")
        return subprocess.call(command)


if __name__ == "__main__":
    raise SystemExit(main())
