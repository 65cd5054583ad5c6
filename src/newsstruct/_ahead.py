"""Forward searches repeated over one text, answered from match starts located once.

A reported-speech pass asks "where does the next clause break fall after this offset?"
once per reporting verb. On text where no break comes, each such search reads to its
limit, so many verbs read the same stretch again and again. :class:`Ahead` locates every
offset at which the pattern matches once, and answers each search by trying only those
offsets.
"""

from __future__ import annotations

import bisect
import re
from typing import TypeAlias

import regex

# A pattern of either engine (the standard one reads ASCII text faster), and its match.
Pattern: TypeAlias = "regex.Pattern[str] | re.Pattern[str]"
Match: TypeAlias = "regex.Match[str] | re.Match[str]"


class Ahead:
    """``pattern.search(text, pos, endpos)``, answered from precomputed match starts once
    plain searches have read more than ``budget`` characters (by default twice the text).

    Short texts and texts whose searches stop early never pay for locating the starts;
    on texts where searches keep reading far, the total work stays linear.

    The pattern is of either engine (:mod:`regex` or the standard :mod:`re`). It must
    not match the empty string and must read nothing outside the
    match (no lookbehind, lookahead past the match, anchors or word boundaries), so that
    whether it matches at an offset before ``endpos`` depends only on the text from that
    offset to ``endpos``.

    >>> ahead = Ahead(regex.compile(r", "), "a, b, c", budget=0)
    >>> ahead.search(2, 7).start()
    4
    >>> ahead.search(5, 7) is None
    True
    """

    def __init__(self, pattern: Pattern, text: str, budget: int | None = None) -> None:
        self.pattern = pattern
        self.text = text
        self.budget = 2 * len(text) if budget is None else budget
        # every offset at which a match starts (with the whole text as its limit)
        self.starts: list[int] | None = None

    def search(self, pos: int, endpos: int) -> Match | None:
        """The leftmost match in ``text[pos:endpos]``, as ``pattern.search`` finds it."""
        starts = self.starts
        if starts is None:
            if self.budget > 0:
                m = self.pattern.search(self.text, pos, endpos)
                self.budget -= (endpos if m is None else m.end()) - pos
                return m
            starts = self.starts = self._starts()
        match, text = self.pattern.match, self.text
        i = bisect.bisect_left(starts, pos)
        n = len(starts)
        while i < n and starts[i] < endpos:
            m = match(text, starts[i], endpos)
            if m is not None:
                return m
            i += 1
        return None

    def _starts(self) -> list[int]:
        """Every offset at which a match starts, the whole text its limit."""
        pattern, text = self.pattern, self.text
        if isinstance(pattern, regex.Pattern):
            return [m.start() for m in pattern.finditer(text, overlapped=True)]
        starts = []  # the standard engine finds no overlapping matches: step one on
        m = pattern.search(text)
        while m is not None:
            starts.append(m.start())
            m = pattern.search(text, m.start() + 1)
        return starts
