"""Quotation marks paired into quoted stretches, paragraph by paragraph.

Marks are read on :attr:`Document.folded`, where curly and straight double quotes are one
character.  A mark is an *opener* when it follows a space, a bracket, a dash or the start
of the paragraph and precedes a non-space; a *closer* when it follows a non-space and
precedes a space, punctuation or the end.  Pairing never crosses a paragraph, so an
unbalanced mark spoils at most its own paragraph.  News writing leaves a quote open at
the end of a paragraph when the next paragraph reopens it; such a stretch runs to the end
of its paragraph and is flagged ``open``; so does one that the next paragraph closes
without reopening it.  In a text whose paragraph breaks became runs of spaces, a quote
left open after a finished sentence, where two spaces and a new opening mark follow, ends
there, flagged ``open`` the same way.

>>> from newsstruct._text import Document
>>> doc = Document('He said "yes" and "no." A stray " mark.\\n"We will go.\\n"Soon," she said.')
>>> [(doc.text[s.start:s.end], s.open) for s in quoted(doc)]
[('yes', False), ('no.', False), ('We will go.', True), ('Soon,', False)]

Apostrophes ("don't", "Russia's", "the '90s") are never marks: only double quotes pair.
"""

from __future__ import annotations

import re

import attrs

from newsstruct._text import Document
from newsstruct.model import Span

__all__ = ["Quoted", "quoted"]

_BEFORE_OPEN = frozenset(" \n([{-/:;,")
_AFTER_CLOSE = frozenset(" \n.,;:!?)]}-/'")
# A paragraph break that became spaces: a finished sentence, then two spaces or more.
_LOST_BREAK = re.compile(r"[.!?][\"')]*[ ]{2}")


@attrs.frozen
class Quoted:
    """The inside of a pair of quotation marks: ``start``/``end`` exclude the marks.

    ``mark`` is the offset of the opening mark, ``close`` that of the closing mark (the
    paragraph end when ``open``), ``paragraph`` the paragraph index.  ``reopened`` is true
    for a paragraph that opens by continuing the previous paragraph's open quote.
    """

    start: int
    end: int
    mark: int
    close: int
    paragraph: int
    open: bool = False
    reopened: bool = False

    @property
    def after(self) -> int:
        """Offset just past the closing mark."""
        return self.close + (0 if self.open else 1)


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    while start < end and folded[start] in " \n":
        start += 1
    while end > start and folded[end - 1] in " \n":
        end -= 1
    return start, end


def _introduced(folded: str, q: Quoted, paragraphs: tuple[Span, ...]) -> bool:
    """An unclosed quote counts when it opens its paragraph or follows "said," / "said:"."""
    return q.mark == paragraphs[q.paragraph].start or folded[q.mark - 2:q.mark] in (", ", ": ")


def quoted(doc: Document) -> tuple[Quoted, ...]:
    """Every quoted stretch of ``doc`` in text order (computed once per document)."""
    return doc.memo("quotemarks", lambda: _pair(doc))


def _pair(doc: Document) -> tuple[Quoted, ...]:
    folded = doc.folded
    out: list[Quoted] = []
    carried = False  # this paragraph reopens the previous paragraph's quote
    pending: Quoted | None = None  # an open quote this paragraph may close unreopened
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        p_start, p_end = para.start, para.end
        opened: int | None = None
        first = True
        pos = folded.find('"', p_start, p_end)
        while pos >= 0:
            prev = folded[pos - 1] if pos > p_start else " "
            nxt = folded[pos + 1] if pos + 1 < p_end else " "
            opener = prev in _BEFORE_OPEN and nxt not in " \n"
            closer = prev not in " \n" and (nxt in _AFTER_CLOSE or nxt == '"')
            if first and pending is not None and closer and not opener:
                out.append(pending)
                s, e = _trim(folded, p_start, pos)
                if e > s:
                    out.append(Quoted(s, e, p_start, pos, index, reopened=True))
                pending = None
            elif opened is None:
                if (
                    opener
                    or (not closer and nxt not in " \n")
                    or (
                        nxt == " "
                        and folded[pos + 2 : pos + 3].isupper()
                        and (
                            prev in ",:" or pos == p_start or folded[pos - 2 : pos] in (", ", ": ")
                        )
                    )
                ):  # 'and communities," For example, ...", 'said, " We ...': a mark spaced on
                    # the wrong side
                    opened = pos
            elif closer or not opener:
                s, e = _trim(folded, opened + 1, pos)
                if e > s:
                    out.append(Quoted(s, e, opened, pos, index,
                                      reopened=carried and opened == p_start))
                opened = None
            else:
                # two openers in a row: the first was stray, unless a finished sentence
                # and the spaces a lost paragraph break leaves stand between them (a quote
                # over paragraphs, each reopened, in a text whose breaks became spaces)
                s, e = _trim(folded, opened + 1, pos)
                if (
                    e > s
                    and folded[e - 1] in ".!?"
                    and pos - e >= 2
                    and (folded[s].isupper() or folded[s].isdigit())
                    and _LOST_BREAK.search(folded, s, e) is None
                ):
                    out.append(Quoted(s, e, opened, e, index, open=True,
                                      reopened=carried and opened == p_start))
                opened = pos
            first = False
            pos = folded.find('"', pos + 1, p_end)
        if pending is not None and _introduced(folded, pending, paragraphs):
            out.append(pending)  # a quote nothing closed: it runs to its paragraph's end
        pending = None
        reopens = index + 1 < len(paragraphs) and folded[paragraphs[index + 1].start] == '"'
        if opened is not None:
            s, e = _trim(folded, opened + 1, p_end)
            q = Quoted(s, e, opened, p_end, index, open=True,
                       reopened=carried and opened == p_start)
            if e <= s:
                pass
            elif reopens:
                out.append(q)
            else:
                pending = q
        carried = opened is not None and reopens
    if pending is not None and _introduced(folded, pending, paragraphs):
        out.append(pending)
    return tuple(out)
