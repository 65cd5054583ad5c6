"""Vocabularies as data files, loaded once, and the user-facing configuration object.

Each vocabulary lives in ``newsstruct/lexicons/NAME.tsv``: one entry per line, columns
separated by tabs, ``#`` starting a comment.  The first column is the surface form; the
others are whatever that vocabulary needs (a canonical unit, a kind, a value).

:class:`Config` is the one place a user extends them.  It is frozen and hashable, so
extractors can cache what they compile from it.

>>> config = Config().extend("speech_verbs", ["opined"])
>>> "opined" in config.words("speech_verbs")
True
>>> Config().words("speech_verbs") >= {"said"}
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

__all__ = ["DEFAULT_CONFIG", "Config", "Row", "load_table", "vocabulary_names", "word_trie"]

Row = tuple[str, ...]


@functools.cache
def load_table(name: str) -> tuple[Row, ...]:
    """Rows of the shipped vocabulary ``name`` (cached: read once per process).

    >>> load_table("speech_verbs")[:1]
    (('accused',),)
    """
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad vocabulary name {name!r}")
    try:
        data = resources.files("newsstruct.lexicons").joinpath(f"{name}.tsv").read_text("utf-8")
    except FileNotFoundError:
        raise KeyError(f"no vocabulary named {name!r}; known: {vocabulary_names()}") from None
    rows = []
    for line in data.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


def vocabulary_names() -> list[str]:
    """Names of every shipped vocabulary.

    >>> "speech_verbs" in vocabulary_names()
    True
    """
    folder = resources.files("newsstruct.lexicons")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))


Additions = tuple[tuple[str, tuple[Row, ...]], ...]


def _freeze(additions: Mapping[str, Iterable[Iterable[str] | str]] | Iterable[Any]) -> Additions:
    items: Iterable[Any] = additions.items() if isinstance(additions, Mapping) else additions
    out = []
    for name, rows in items:
        frozen_rows = tuple((r,) if isinstance(r, str) else tuple(r) for r in rows)
        out.append((str(name), frozen_rows))
    return tuple(sorted(out))


@attrs.frozen(cache_hash=True)
class Config:
    """What a user can change: entries added to the shipped vocabularies.

    ``additions`` maps a vocabulary name to extra rows (a row may be a bare string when the
    vocabulary has one column).  Build one with :meth:`extend`; pass it as ``config=`` to
    :func:`newsstruct.summarize` or any extractor.

    >>> c = Config({"speech_verbs": ["opined"]})
    >>> ("opined",) in c.rows("speech_verbs")
    True
    """

    additions: Additions = attrs.field(default=(), converter=_freeze)

    def rows(self, name: str) -> tuple[Row, ...]:
        """The shipped rows of vocabulary ``name`` followed by the user's additions."""
        return _rows(self, name)

    def words(self, name: str) -> frozenset[str]:
        """The first column of vocabulary ``name`` as a set."""
        return _words(self, name)

    def extend(self, name: str, rows: Iterable[Iterable[str] | str]) -> Config:
        """A new configuration with ``rows`` added to vocabulary ``name``."""
        load_table(name)  # fail early on an unknown vocabulary
        return Config((*self.additions, (name, _freeze({name: rows})[0][1])))


def word_trie(words: Iterable[str], space: str = "[ ]") -> str:
    """A regex matching any of ``words``, factored by common prefixes (much faster to scan
    than a flat alternation); a space in a word is written ``space`` (by default ``[ ]``, so
    the pattern also works in verbose patterns).

    >>> word_trie({"may", "march", "mar"})
    'ma(?:r(?:ch)?|y)'
    >>> word_trie({"new year", "new"}, space="[ ]+")
    'new(?:[ ]+year)?'
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (space if ch == " " else regex.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@functools.lru_cache(maxsize=256)
def _rows(config: Config, name: str) -> tuple[Row, ...]:
    extra = tuple(row for n, rows in config.additions if n == name for row in rows)
    return load_table(name) + extra


@functools.lru_cache(maxsize=256)
def _words(config: Config, name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _rows(config, name))


#: The configuration used when none is given.
DEFAULT_CONFIG = Config()
