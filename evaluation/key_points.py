"""Score ``key_points`` against Lead-k and sumy's LexRank and TextRank on annotated articles.

Usage, from the project root (the annotated articles are not part of the package)::

    python -m pip install -e ".[eval]"
    python evaluation/key_points.py --eval-dir PATH/TO/eval

With ``--corpus PATH/TO/wikinews-bulk.jsonl`` it also scores every system on the articles
of that corpus listed in ``corpus_key_points.jsonl`` (next to this script): 60 Wikinews
articles whose key sentences were annotated for this project the same way, by character
offsets into each article's text.  None of the ranker's weights were chosen on them, so they
are a held-out check.

With ``--loo`` it also checks that the ranker's features, not its weights, carry the
result.  The weights come in three groups (position; what a sentence adds; what marks it as
no news line), each with one scale.  For each article in turn the three scales are fitted on
all the other articles (the grid point matching the most key sentences, ties broken by mean
average precision) and the article is ranked with them; "fitted, held out" is the
key_point@k over the held-out articles, next to the shipped weights and the scales fitted
on every article.

With ``--misses`` it lists, for each annotated article (and each corpus one, with
``--corpus``), the key sentences and the first k picks as places among the story sentences,
then every sentence that is one and not the other, with its score and features.

``PATH/TO/eval`` holds ``gold/*.json`` (with ``key_sentences``) and ``texts/``.  For each
article, k is the number of annotated key sentences; a system's first k sentences are
matched one-to-one with the annotated ones when their spans overlap.  Every system ranks
the same sentences: the story sentences of :class:`newsstruct.Document` (datelines,
captions and headings left out), so the comparison is about choosing, not segmenting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import newsstruct
from newsstruct._keypoints import WEIGHTS, Candidate, Facts, candidates, select
from newsstruct._lead import story_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import corpus_articles  # (the script beside this one)

Ranker = Callable[[str, dt.date, int], list[tuple[int, int]]]


def _locate(text: str, needle: str) -> tuple[int, int]:
    m = re.search(re.escape(needle), text)
    if m is None:
        raise ValueError(f"key sentence not found: {needle[:40]!r}")
    return m.span()


def _story(text: str) -> list[tuple[int, int, str]]:
    doc = newsstruct.Document(text)
    return [(s.start, s.end, s.text) for s in (doc.sentences[i] for i in story_sentences(doc))]


def newsstruct_ranker(text: str, published: dt.date, k: int) -> list[tuple[int, int]]:
    summary = newsstruct.summarize(text, published=published, key_points=k)
    return [(p.start, p.end) for p in summary.key_points]


def lead_k(text: str, published: dt.date, k: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in _story(text)[:k]]


class _Tokenizer:
    """Word tokenizer for sumy that needs no downloaded data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.text for s in newsstruct.Document(paragraph).sentences]

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"[^\W\d_][\w'-]*", sentence)


def _sumy(name: str) -> Ranker:
    def rank(text: str, published: dt.date, k: int) -> list[tuple[int, int]]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        story = _story(text)
        tokenizer = _Tokenizer()
        sentences = [Sentence(t, tokenizer) for _, _, t in story]
        document = ObjectDocumentModel([Paragraph(sentences)])
        summarizer_class = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name]
        summarizer = summarizer_class(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        position = {id(s): i for i, s in enumerate(sentences)}
        chosen = summarizer(document, k)  # the k best, in document order
        return [(story[position[id(s)]][0], story[position[id(s)]][1]) for s in chosen]

    return rank


Annotated = tuple[str, str, dt.date, list[tuple[int, int]]]


def _annotated(eval_dir: Path) -> Iterator[Annotated]:
    """Each annotated article of ``eval_dir`` with key sentences: its name, text, publication
    date and the spans of its key sentences."""
    index = json.loads((eval_dir / "texts" / "index.json").read_text(encoding="utf-8"))
    for path in sorted((eval_dir / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "key_sentences" not in gold:
            continue
        text = (eval_dir / "texts" / gold["text_file"]).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(gold.get("published") or index[gold["id"]]["published"])
        yield path.stem, text, published, [_locate(text, k) for k in gold["key_sentences"]]


def _tally(articles: Iterable[Annotated], systems: dict[str, Ranker]) -> dict[str, tuple[int, int]]:
    """For each system, (matched, total) key sentences over ``articles``."""
    totals = {name: [0, 0] for name in systems}
    for _, text, published, wanted in articles:
        k = len(wanted)
        for name, system in systems.items():
            chosen = system(text, published, k)[:k]
            totals[name][0] += _matches(wanted, chosen)
            totals[name][1] += k
    return {name: (m, t) for name, (m, t) in totals.items()}


def score(eval_dir: Path, systems: dict[str, Ranker]) -> dict[str, tuple[int, int]]:
    """For each system, (matched, total) key sentences over every annotated article."""
    return _tally(_annotated(eval_dir), systems)


#: Key sentences annotated for the project on articles of the Wikinews bulk corpus.
CORPUS_KEY_POINTS = Path(__file__).with_name("corpus_key_points.jsonl")


def score_corpus(
    corpus: Path, systems: dict[str, Ranker], annotations: Path = CORPUS_KEY_POINTS
) -> dict[str, tuple[int, int]]:
    """For each system, (matched, total) key sentences over the annotated corpus articles.

    Each annotation names its article by line number in ``corpus`` (JSON lines with
    ``title``, ``published`` and ``text``) and checks the title, so a different corpus file
    is caught rather than scored.
    """
    return _tally(_annotated_corpus(corpus, annotations), systems)


def _annotated_corpus(corpus: Path, annotations: Path = CORPUS_KEY_POINTS) -> Iterator[Annotated]:
    """The annotated corpus articles as :func:`_annotated` gives the others (the title as
    the name), each checked against its annotation's title; a ``ValueError`` when the
    corpus misses any."""
    notes: dict[int, dict[str, Any]] = {}
    for line in annotations.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            notes[record["line"]] = record
    for note, article in corpus_articles(corpus, notes):
        published = dt.date.fromisoformat(article["published"][:10])
        wanted = [(int(start), int(end)) for start, end in note["key_sentences"]]
        yield article["title"], article["text"], published, wanted


Article = tuple[str, list[Candidate], list[tuple[int, int]]]


def _article(name: str, text: str, published: dt.date, wanted: list[tuple[int, int]]) -> Article:
    """An article's name, ranking candidates (as ``summarize`` builds them) and annotated
    key sentence spans."""
    s = newsstruct.summarize(text, published=published, key_points=0)
    facts = Facts(
        lead=s.lead,
        reference=published,
        quantities=s.quantities,
        dates=s.dates,
        quotes=s.quotes,
        actors=s.actors,
    )
    return name, candidates(newsstruct.Document(text), facts), wanted


def _articles(eval_dir: Path) -> list[Article]:
    """Each annotated article's name, ranking candidates and annotated key sentence spans."""
    return [_article(*annotated) for annotated in _annotated(eval_dir)]


def _corpus_articles(corpus: Path, annotations: Path = CORPUS_KEY_POINTS) -> list[Article]:
    """The annotated corpus articles as :func:`_articles` gives the others, titles checked."""
    return [_article(*annotated) for annotated in _annotated_corpus(corpus, annotations)]


def misses(articles: Sequence[Article], weights: dict[str, float] = WEIGHTS) -> list[str]:
    """For each article, the annotated key sentences and the first k picks as orders among
    the story sentences, then every sentence that is one and not the other ("G" annotated,
    "P" picked) with its features: what to read before changing a feature or a weight."""
    out = []
    for name, pool, wanted in articles:
        k = len(wanted)
        gold = [
            c.order
            for c in pool
            if any(c.sentence.start < we and ws < c.sentence.end for ws, we in wanted)
        ]
        picks = {c.order: score for score, c, _ in select(pool, k, weights)}
        hits = _matches(
            wanted, [(c.sentence.start, c.sentence.end) for c in pool if c.order in picks]
        )
        out.append(f"{name[:60]}  {hits}/{k}  annotated {gold}  picked {list(picks)}")
        for c in pool:
            if (c.order in gold) != (c.order in picks):
                tag = "G" if c.order in gold else "P"
                feats = ", ".join(
                    f"{f} {v:g}" for f, v in sorted(c.features.items()) if f != "position"
                )
                score = f"{picks[c.order]:.2f}" if c.order in picks else "    "
                out.append(f"  {tag} {c.order:3d} {score} {c.sentence.text[:90]!r}")
                out.append(f"              {{{feats}}}")
    return out


def _hits(
    articles: Sequence[Article],
    weights: dict[str, float],
) -> int:
    """Key sentences matched by the first k picks, over ``articles``."""
    total = 0
    for _, pool, wanted in articles:
        chosen = [
            (c.sentence.start, c.sentence.end) for _, c, _ in select(pool, len(wanted), weights)
        ]
        total += _matches(wanted, chosen)
    return total


#: The grid of (position, what a sentence adds, penalty) scales that ``fit`` searches.
_SCALES = [
    (position, news, penalty)
    for position in (2.0, 3.0, 4.0, 6.0, 8.0)
    for news in (0.25, 0.5, 1.0)
    for penalty in (0.5, 1.0, 2.0)
]


def _scaled(position: float, news: float, penalty: float) -> dict[str, float]:
    """The shipped weights with each group (position, news, penalties) rescaled."""
    out = {}
    for feature, weight in WEIGHTS.items():
        if feature == "position":
            out[feature] = position
        elif feature in ("lead", "redundancy"):
            out[feature] = weight
        elif weight > 0:
            out[feature] = weight / WEIGHTS["new_figures"] * news
        else:
            out[feature] = weight / -WEIGHTS["short"] * penalty
    return out


def _precision(
    articles: Sequence[Article],
    weights: dict[str, float],
) -> float:
    """Mean average precision of the key sentences over whole rankings: finer than hits."""
    total = 0.0
    for _, pool, wanted in articles:
        found, precision = 0, 0.0
        for place, (_, c, _) in enumerate(select(pool, len(pool), weights), 1):
            if any(c.sentence.start < we and ws < c.sentence.end for ws, we in wanted):
                found += 1
                precision += found / place
        total += precision / len(wanted)
    return total / len(articles)


def fit(articles: Sequence[Article]) -> dict[str, float]:
    """The group scales that match the most key sentences of ``articles``, ties broken by
    mean average precision."""
    best = max(
        _SCALES,
        key=lambda scales: (
            _hits(articles, _scaled(*scales)),
            _precision(articles, _scaled(*scales)),
        ),
    )
    return _scaled(*best)


def leave_one_out(eval_dir: Path) -> tuple[int, int, int, int]:
    """Matches of the held-out articles, of the shipped weights and of the scales fitted on
    every article, and the number of key sentences."""
    articles = _articles(eval_dir)
    total = sum(len(w) for _, _, w in articles)
    held_out = 0
    for i, article in enumerate(articles):
        weights = fit(articles[:i] + articles[i + 1 :])
        hits = _hits([article], weights)
        print(f"  {article[0][:40]:<42}{hits}/{len(article[2])}", file=sys.stderr)
        held_out += hits
    return held_out, _hits(articles, WEIGHTS), _hits(articles, fit(articles)), total


def _matches(wanted: Sequence[tuple[int, int]], chosen: Sequence[tuple[int, int]]) -> int:
    used: set[int] = set()
    hits = 0
    for ws, we in wanted:
        for j, (cs, ce) in enumerate(chosen):
            if j not in used and cs < we and ws < ce:
                used.add(j)
                hits += 1
                break
    return hits


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, required=True, help="folder with gold/ and texts/")
    parser.add_argument("--no-sumy", action="store_true", help="skip the sumy baselines")
    parser.add_argument(
        "--corpus", type=Path, help="the Wikinews bulk corpus, to score its annotated articles"
    )
    parser.add_argument("--loo", action="store_true", help="also fit weights leave-one-out")
    parser.add_argument(
        "--misses", action="store_true", help="list each article's missed and wrong picks"
    )
    args = parser.parse_args(argv)
    systems: dict[str, Ranker] = {"newsstruct": newsstruct_ranker, "Lead-k": lead_k}
    if not args.no_sumy:
        systems |= {"LexRank (sumy)": _sumy("lexrank"), "TextRank (sumy)": _sumy("textrank")}
    results = score(args.eval_dir, systems)
    print(f"{'system':<18}{'key_point@k':>12}{'matched':>9}")
    for name, (matched, total) in results.items():
        print(f"{name:<18}{matched / total if total else 0:>12.3f}{f'{matched}/{total}':>9}")
    if args.corpus:
        print(f"annotated corpus articles ({args.corpus.name}):")
        for name, (matched, total) in score_corpus(args.corpus, systems).items():
            print(f"{name:<18}{matched / total if total else 0:>12.3f}{f'{matched}/{total}':>9}")
    if args.misses:
        print("\n".join(misses(_articles(args.eval_dir))))
        if args.corpus:
            print("\n".join(misses(_corpus_articles(args.corpus))))
    if args.loo:
        held_out, shipped, fitted, total = leave_one_out(args.eval_dir)
        print(f"{'shipped weights':<18}{shipped / total:>12.3f}{f'{shipped}/{total}':>9}")
        print(f"{'fitted, in-sample':<18}{fitted / total:>12.3f}{f'{fitted}/{total}':>9}")
        print(f"{'fitted, held out':<18}{held_out / total:>12.3f}{f'{held_out}/{total}':>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
