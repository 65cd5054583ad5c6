"""The shared text layer: paragraphs, sentences and tokens as spans over the untouched input.

A :class:`Document` is built once from the string the caller passed.  Every offset it holds
is a Python code-point index into that exact string.  Extractors match their patterns
against :attr:`Document.folded`, a copy of the text of *the same length* in which curly and
straight quotes, apostrophes, dashes and odd spaces are folded to one form each, so a match
in the folded text has the same offsets in the original.

>>> doc = Document('Mr. Smith paid $1.5 million. "It was fair," he said.\\nNext line')
>>> [s.text for s in doc.sentences]
['Mr. Smith paid $1.5 million.', '"It was fair," he said.', 'Next line']
>>> doc.folded == doc.text
True
"""

from __future__ import annotations

import re
from bisect import bisect_right as _bisect_right
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

import attrs
import regex

from newsstruct._inputs import require_text
from newsstruct.model import Span, _make_span, _slot_setters

__all__ = [
    "Document",
    "Sentence",
    "Token",
    "as_document",
    "distinct",
    "fold",
    "midsentence_capitals",
    "pieces",
]

T = TypeVar("T")

# What :meth:`Document.memo` finds for a key not computed yet.
_MISSING: Final[Any] = object()

# --- folding: one character in, one character out ---------------------------------------------

_FOLD_GROUPS: Final = {
    '"': "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02",
    "'": "\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u02bc\uff07`\u00b4",
    "-": "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d",
    " ": "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff\u001f",
    "\n": "\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029",
}
_FOLD_TABLE: Final = {c: target for target, chars in _FOLD_GROUPS.items() for c in chars}
# The standard library's engine scans a plain character class several times faster.
_FOLDABLE: Final = re.compile("[" + re.escape("".join(_FOLD_TABLE)) + "]")
# The ASCII ones: in an ASCII text, each is looked for at once.
_FOLDABLE_ASCII: Final = "".join(c for c in _FOLD_TABLE if c.isascii())


def fold(text: str) -> str:
    """Fold quotes, apostrophes, dashes, spaces and line breaks to one form each.

    The result has exactly the length of ``text``, so offsets carry over unchanged.

    >>> fold("“Don’t” — said\\u00a0she")
    '"Don\\'t" - said she'
    """
    chars = (
        [c for c in _FOLDABLE_ASCII if c in text]
        if text.isascii()
        else set(_FOLDABLE.findall(text))
    )
    for char in chars:
        text = text.replace(char, _FOLD_TABLE[char])
    return text


# --- value types of the layer -----------------------------------------------------------------


@attrs.frozen(repr=False)
class Sentence(Span):
    """A sentence, with the index of the paragraph it belongs to."""

    paragraph: int = 0


@attrs.frozen(repr=False)
class Token(Span):
    """A word, number or punctuation mark.  ``kind`` is ``word``, ``number`` or ``punct``."""

    kind: str = "word"


def _sentence_slots() -> tuple[
    Callable[[type[Sentence]], Sentence],
    Callable[[Sentence, int], None],
    Callable[[Sentence, int], None],
    Callable[[Sentence, str], None],
    Callable[[Sentence, int], None],
]:
    """``object.__new__`` and the setters of the slots of :class:`Sentence`, for makers that
    fill sentences whose fields pass the constructor's checks."""
    setters = _slot_setters(Sentence, "start end text paragraph")
    assert setters is not None  # (a slotted class of these fields)
    s_start, s_end, s_text, s_paragraph = setters
    return object.__new__, s_start, s_end, s_text, s_paragraph


_SENTENCE_SLOTS: Final = _sentence_slots()


def _sentence_maker() -> Callable[[int, int, str, int], Sentence]:
    """A function of the fields in order that returns what ``Sentence(...)`` returns,
    faster: when the offsets and text pass the span check at once and the paragraph is an
    int, it fills the slots itself; otherwise it calls the constructor."""
    new, s_start, s_end, s_text, s_paragraph = _SENTENCE_SLOTS

    def sentence(start: int, end: int, text: str, paragraph: int) -> Sentence:
        if not (
            type(start) is int
            and type(end) is int
            and type(text) is str
            and 0 <= start <= end
            and type(paragraph) is int
        ):
            return Sentence(start, end, text, paragraph)
        made = new(Sentence)
        s_start(made, start)
        s_end(made, end)
        s_text(made, text)
        s_paragraph(made, paragraph)
        return made

    return sentence


#: ``Span(start, end, text)`` (the result types' own maker) and ``Sentence(start, end, text,
#: paragraph)``, made faster.
make_span = _make_span
_make_sentence = _sentence_maker()


# --- vocabularies the segmenter needs -----------------------------------------------------------

# Titles and abbreviations that (practically) never end a sentence.
_NON_FINAL: Final = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col capt sgt cpl pvt pte pfc spc adm cmdr cdr maj
    brig lieut rev fr hon rt pres supt det insp st mt ft messrs mme mlle mgr msgr atty amb
    gens sens reps govs supts vs v approx cf""".split()
)

# Abbreviations that never end a sentence before a number ("No. 5", "Jan. 22", "p. 4",
# "Rs. 200 crore", "H.R. 304").
_BEFORE_NUMBER: Final = frozenset(
    """no nos vol vols fig figs art arts sec secs ch p pp para paras tel ext op ed eds est
    ref rs h.r jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Weekdays abbreviated, which do not end a sentence before a date ("Mon. Jan. 5").
_WEEKDAY_ABBREVIATIONS: Final = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_MONTH_ABBREVIATIONS: Final = frozenset(
    "jan feb mar apr may jun june jul july aug sep sept oct nov dec".split()
)

# Abbreviations that may end a sentence: break only before a typical sentence opener.
_MAYBE_FINAL: Final = frozenset(
    """inc corp co ltd llc plc jr sr bros ave blvd rd etc al pty ag sa nv bv gmbh""".split()
)

# Words that typically open a sentence; after an ambiguous abbreviation they signal a break.
_OPENERS: Final = frozenset(
    """the a an he she it they we i you this that these those there his her its their our my
    in on at but and however after before when while if as some many most all no one two
    according meanwhile police officials authorities earlier later last yesterday today
    tomorrow since during despite although though what who why how where it's he's she's
    so then also both each every among under over from for with by""".split()
)

# (The standard library's engine: it skips fast to the characters a pattern can open on.)
_SENTENCE_END: Final = re.compile(
    r"""
    (?P<punct>[.!?\u2026]            # terminal punctuation (an ellipsis counts),
      (?<![.!?\u2026]{2})            # only at the start of a run: linear on "......"
      [.!?\u2026]*+)
    (?P<close>["')\]\u2019\u201d]*+) # closing quotes and brackets that belong to the sentence
    (?P<space>[ \n]++)               # whitespace (folded)
    (?=(?P<next>[^ \n]))             # what follows
    """,
    re.VERBOSE,
)

# A word glued to the next sentence's first word by lost whitespace ("UkraineAn official"),
# or a caption that lost its full stop before the story ("won the vote In the east, ...").
_GLUED: Final = regex.compile(
    r"""
    (?<=\p{Ll}{3})(?=(?:The|An|According|In|On|At|He|She|It|They|We|This|But|However)[ ,])
    |(?<=\p{Ll}{3}[ ])(?=(?:In|On|At|For|During|After)[ ](?:the|a|an|this|its|his|her)[ ])
    """,
    regex.VERBOSE,
)

# A wiki section heading left in the text: "===Debate over fares===".
_WIKI_HEADING: Final = regex.compile(r"={2,6}[^=\n]{1,120}={2,6}")
# A heading of the links that close a wiki article ("== Related news ==", "==See also==",
# "==Sources=="), and any heading, which ends the section under it.
_LINKS_HEADING: Final = regex.compile(
    r"==+[ ]{0,3}(?:\p{L}{1,20}[ ]){0,2}(?i:related|see[ ]also|external[ ]links?|references"
    r"|sources)\b[^=\n]{0,40}==+"
)
_ANY_HEADING: Final = regex.compile(r"==+[^=\n]{1,80}==+")

# Words a sentence does not end with: an orphan full stop after one is debris ("by the . SEC").
_FUNCTION_WORDS: Final = frozenset(
    """the a an of to by for with and or in on at from as into than that""".split()
)

# A dateline that opens a paragraph: "KYIV, Ukraine (AP) — " or "LONDON (Reuters) - ".
_DATELINE: Final = regex.compile(
    r"""
    [ ]*
    \p{Lu}[\p{Lu}'.]+(?:[ -]\p{Lu}[\p{Lu}'.]+){0,4}      # CITY in capitals
    (?:,[ ]\p{Lu}[\p{L}.]+(?:[ ]\p{Lu}[\p{L}.]+){0,3}){0,2}  # , Region, Country
    (?:[ ]\([\p{L}][\p{L} .&-]{0,30}\))?                 # (AP)
    [ ]*-{1,2}[ ]*                                        # dash (folded)
    """,
    regex.VERBOSE,
)

_WORD_BEFORE: Final = regex.compile(r"([\p{L}\p{N}.'&]+)[ ]{0,3}\Z", regex.REVERSE)
_HAS_WORD: Final = regex.compile(r"[\p{L}\p{N}]")
_WORD_AFTER: Final = regex.compile(r"[\"'(\[]*([\p{L}\p{N}][\p{L}\p{N}.'&-]*)")

_TOKEN: Final = regex.compile(
    r"""
    (?P<number>\p{N}+(?:[.,:]\p{N}+)*)
    |(?P<word>[\p{L}\p{M}\p{N}_]+(?:['\-][\p{L}\p{M}\p{N}_]+)*)
    |(?P<punct>[^\s\p{L}\p{M}\p{N}_])
    """,
    regex.VERBOSE,
)

_LINE: Final = regex.compile(r"[^\n]+")
# For :func:`_glued`: the standard library's engine finds the capitalised words of
# :data:`_GLUED` several times faster than the pattern itself is tried at every position.
_GLUED_WORD: Final = re.compile(
    r"(?:The|An|According|He|She|It|They|We|This|But|However|For|During|After|In|On|At)"
    r"(?=[ ,])"
)
_GLUED_FIRST: Final = frozenset(
    "The An According In On At He She It They We This But However".split()
)
_GLUED_SECOND: Final = frozenset("In On At For During After".split())
_GLUED_DETERMINER: Final = re.compile(r" (?:the|a|an|this|its|his|her) ")
_LOWER3: Final = regex.compile(r"\p{Ll}{3}")
# The ASCII characters of the words :data:`_WORD_BEFORE` and :data:`_WORD_AFTER` read.
_ALNUM: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ALNUM_ASCII: Final = frozenset(_ALNUM)
_WORD_BEFORE_ASCII: Final = _ALNUM + ".'&"  # as strings, for str.rstrip and str.lstrip
_WORD_AFTER_ASCII: Final = _ALNUM + ".'&-"

_TERMINAL: Final = frozenset(".!?:;\u2026\"')\u201d\u2019]")


def _goes_on(following: str, punct: str, before: str) -> bool:
    """Whether a sentence goes on past terminal punctuation ``punct`` after word ``before``
    when the next two characters but quotes are ``following``: a bracket closes
    ('(\'\'Lit.\'\' ""), was ...'; not "]]", the end of a link), a comma follows "!" or "?"
    ("Yahoo! , the portal"), a bracket follows "a.m." or "p.m." ("7 p.m. (00:00 UTC)").
    After a full stop a comma opens a sentence whose subject a link took away (". , who")."""
    first = following[:1]
    if first == ")" or (first == "]" and following != "]]"):
        return True
    if first == ",":
        return punct[-1] != "."
    return first == "(" and before[-2:-1] == "." and before.islower()


def _is_break(before: str, punct: str, close: str, nxt: str) -> bool:
    """Decide whether a run of terminal punctuation ends the sentence.

    ``before`` is the word written just before the punctuation (with its inner dots),
    ``nxt`` the word that follows (without leading quotes or brackets).
    """
    first = nxt[:1]
    if not first:
        return True
    if first.islower():
        return False  # '"Why?" he asked', 'e.g. this', 'the U.S. officials'
    if punct != ".":
        return True  # "!", "?", "...", "?!" before a capital, digit or quote
    if close:
        return True  # 'achieved." Next'
    word = before.lower()
    low = nxt.lower().rstrip(".")
    opener = low in _OPENERS
    if word in _WEEKDAY_ABBREVIATIONS and (first.isdigit() or low in _MONTH_ABBREVIATIONS):
        return False  # "Mon. Jan. 5", "Fri. 12 May"
    if first.isdigit():
        return word not in _NON_FINAL and word not in _BEFORE_NUMBER
    if word in _NON_FINAL:
        return False
    if len(before) == 1 and before.isupper():
        # an initial: "J. R. R. Tolkien", "Bernard L. Madoff", "Togiola T. A. Tulafono"
        return opener and not (len(nxt) == 2 and nxt[1] == ".")
    if ("." in before and not before.replace(".", "").isdigit()) or word in _MAYBE_FINAL:
        return opener  # "U.S.", "a.m.", "Inc." (not a decimal: "to 31.04. Lee said")
    return True


def _word_before(folded: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The run of word characters ending at ``pos`` (after at most three spaces), and its end.

    What :data:`_WORD_BEFORE` finds between ``lo`` and ``pos``, read without a pattern when
    the characters are ASCII.
    """
    head = folded[lo:pos].rstrip(" ")
    j = lo + len(head)
    if pos - j > 3:
        return None
    rest = head.rstrip(_WORD_BEFORE_ASCII)
    if rest and rest[-1] >= "\x80":  # a run that may go on outside ASCII
        m = _WORD_BEFORE.search(folded, lo, pos)
        return None if m is None else (m.group(1), m.end(1))
    return None if len(rest) == len(head) else (head[len(rest) :], j)


def _word_after(folded: str, pos: int, end: int) -> str:
    """The word that follows ``pos`` (without leading quotes or brackets), as
    :data:`_WORD_AFTER` reads it before ``end``, else the character at ``pos``."""
    tail = folded[pos:end].lstrip("\"'([")
    if tail and tail[0] in _ALNUM_ASCII:
        rest = tail[1:].lstrip(_WORD_AFTER_ASCII)
        if not rest or rest[0] < "\x80":
            return tail[: len(tail) - len(rest)]
    elif not tail or tail[0] < "\x80":
        return folded[pos : pos + 1]
    m = _WORD_AFTER.match(folded, pos, end)
    return m.group(1) if m else folded[pos : pos + 1]


def _glued(folded: str, start: int, end: int) -> Iterator[int]:
    """Where :data:`_GLUED` matches between ``start`` and ``end``.

    The pattern is slow to try at every position; its capitalised words are found first,
    and the lower-case letters before them checked only there.
    """
    for c in _GLUED_WORD.finditer(folded, start, end):
        p = c.start()
        word = c.group()
        # (a lower-case letter is one for :meth:`str.islower`: a quick test before the pattern)
        if (
            word in _GLUED_FIRST
            and p - 3 >= start
            and folded[p - 1].islower()
            and _LOWER3.fullmatch(folded, p - 3, p)
        ) or (
            word in _GLUED_SECOND
            and p - 4 >= start
            and folded[p - 1] == " "
            and folded[p - 2].islower()
            and _LOWER3.fullmatch(folded, p - 4, p - 1)
            and _GLUED_DETERMINER.match(folded, c.end(), end)
        ):
            yield p


# The words before a full stop that make a break before a capital letter depend on the
# word that opens with it.
_STOP_DEPENDS: Final = _NON_FINAL | _MAYBE_FINAL | _WEEKDAY_ABBREVIATIONS


def _split_paragraph(
    folded: str,
    start: int,
    end: int,
    *,
    opening: bool = True,
    headings: bool = True,
    shortcut: bool = True,
) -> Iterator[tuple[int, int]]:
    """Sentence boundaries inside one paragraph, as (start, end) offsets, whitespace trimmed.

    A sentence end is decided by the 40 characters around it, so a stretch of a paragraph
    (``opening=False``: not its start, where a dateline may end) is cut as the paragraph
    is, but for the sentence ends within 40 characters of its two ends.  ``headings=False``
    says that the text holds no "==", so no wiki heading to look for.  ``shortcut=False``
    reads every sentence end by every rule, without deciding the plain ones at once (the
    same cuts, more slowly).
    """
    cuts: list[int] = []
    dateline = _DATELINE.match(folded, start, end) if opening else None
    if dateline and dateline.end() < end and dateline.end() - start >= 4:
        cuts.append(dateline.end())
    for found_end in _SENTENCE_END.finditer(folded, start, end):
        m_start, m_end = found_end.span()
        punct, close = found_end.group("punct", "close")
        found = _word_before(folded, m_start - 40 if m_start - 40 > start else start, m_start)
        before = found[0].rstrip(".") if found else ""
        if found and found[1] < m_start:  # an orphan stop after a space
            if before.lower() in _FUNCTION_WORDS:
                continue
            before = ""
        elif shortcut and "A" <= folded[m_end] <= "Z" and (
            punct != "."
            or close
            or (
                "." not in before
                and before.lower() not in _STOP_DEPENDS
                and not (len(before) == 1 and before.isupper())
            )
        ):
            # a capital letter after "!", "?", a quote closed, or a full stop after no
            # abbreviation nor initial: what :func:`_goes_on` and :func:`_is_break` read
            # then, at once
            cuts.append(m_end)
            continue
        following = folded[m_end : m_end + 4].lstrip("\"'")[:2]
        if _goes_on(following, punct, before):
            continue
        nxt = _word_after(folded, m_end, min(end, m_end + 40))
        if _is_break(before, punct, close, nxt):
            cuts.append(m_end)
    cuts.extend(_glued(folded, start, end))
    if headings:
        for m in _WIKI_HEADING.finditer(folded, start, end):
            cuts.extend(m.span())
    cuts.sort()
    pos = start
    pending: tuple[int, int] | None = None
    for cut in [*cuts, end]:
        s, e = pos, cut
        while s < e and folded[s] in " \n":
            s += 1
        while e > s and folded[e - 1] in " \n":
            e -= 1
        pos = max(pos, cut)
        if e <= s:
            continue
        if pending is not None and not (
            folded[s] in _ALNUM_ASCII or _HAS_WORD.search(folded, s, e)
        ):
            pending = (pending[0], e)  # a stray stop or bracket joins the sentence before it
            continue
        if pending is not None:
            yield pending
        pending = (s, e)
    if pending is not None:
        yield pending


def _paragraphs(folded: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: lines, with a hard-wrapped continuation line joined to the one before."""
    cur: tuple[int, int] | None = None
    for m in _LINE.finditer(folded):
        s, e = m.span()
        while s < e and folded[s] == " ":
            s += 1
        while e > s and folded[e - 1] == " ":
            e -= 1
        if s == e:
            if cur is not None:
                yield cur
                cur = None
            continue
        if (
            cur is not None
            and folded[s].islower()
            and folded[cur[1] - 1] not in _TERMINAL
            and folded[m.start() - 2 : m.start()] != "\n\n"
        ):
            cur = (cur[0], e)
            continue
        if cur is not None:
            yield cur
        cur = (s, e)
    if cur is not None:
        yield cur


class Document:
    """An article's text segmented once: paragraphs, sentences and tokens as exact spans.

    Build it from the string to analyse and hand it to any extractor; extractors store
    shared intermediate results on it with :meth:`memo`, so work done for one (the dates
    that events build on) is not repeated for another.

    >>> doc = Document("KYIV, Ukraine (AP) - Troops left. Gen. Ivanov said so.")
    >>> [s.text for s in doc.sentences]
    ['KYIV, Ukraine (AP) -', 'Troops left.', 'Gen. Ivanov said so.']
    >>> doc.sentence_index(25), doc.sentences[1].text
    (1, 'Troops left.')
    """

    __slots__ = (
        "_memo",
        "_tokens",
        "folded",
        "paragraphs",
        "sentence_starts",
        "sentences",
        "text",
    )

    text: str
    folded: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    #: The start of each sentence, in order (read, never changed: what
    #: :meth:`sentence_index` bisects).
    sentence_starts: list[int]

    def __init__(self, text: str) -> None:
        text = require_text(text)
        self.text = text
        self.folded = folded = fold(text)
        paragraphs: list[Span] = []
        sentences: list[Sentence] = []
        starts: list[int] = []
        headings = "==" in folded  # what every wiki heading holds
        # (``Sentence(s_start, s_end, text[s_start:s_end], index)``, its slots filled at
        # once: the offsets and the paragraph are ints, 0 <= s_start <= s_end, the text a str)
        new, set_start, set_end, set_text, set_paragraph = _SENTENCE_SLOTS
        for p_start, p_end in _paragraphs(folded):
            index = len(paragraphs)
            paragraphs.append(make_span(p_start, p_end, text[p_start:p_end]))
            for s_start, s_end in _split_paragraph(folded, p_start, p_end, headings=headings):
                sentence = new(Sentence)
                set_start(sentence, s_start)
                set_end(sentence, s_end)
                set_text(sentence, text[s_start:s_end])
                set_paragraph(sentence, index)
                sentences.append(sentence)
                starts.append(s_start)
        self.paragraphs = tuple(paragraphs)
        self.sentences = tuple(sentences)
        self.sentence_starts = starts
        self._tokens: tuple[Token, ...] | None = None
        self._memo: dict[Any, Any] = {}

    def __repr__(self) -> str:
        return (
            f"<Document {len(self.text)} chars, {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences>"
        )

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the text, computed on first use.

        >>> [t.text for t in Document("It cost $1,200.").tokens]
        ['It', 'cost', '$', '1,200', '.']
        """
        if self._tokens is None:
            self._tokens = tuple(self.tokens_in(0, len(self.text)))
        return self._tokens

    def tokens_in(self, start: int, end: int) -> Iterator[Token]:
        """Tokens between two offsets (for one sentence, say), computed on demand."""
        for m in _TOKEN.finditer(self.folded, start, end):
            kind = m.lastgroup or "punct"
            yield Token(m.start(), m.end(), self.text[m.start() : m.end()], kind=kind)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the last one starting before it)."""
        i = _bisect_right(self.sentence_starts, offset)
        return i - 1 if i else 0

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, or ``None`` between sentences."""
        i = _bisect_right(self.sentence_starts, offset)
        if not i:
            return None  # before the first sentence, or no sentence at all
        s = self.sentences[i - 1]
        return s if offset < s.end else None

    def span(self, start: int, end: int) -> Span:
        """The :class:`~newsstruct.model.Span` of ``text[start:end]``."""
        return make_span(start, end, self.text[start:end])

    def memo(self, key: Any, factory: Callable[[], T]) -> T:
        """Compute ``factory()`` once per document and key; later calls return the same value."""
        value: T = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = factory()
        return value


_ASCII_RANGES: Final = {"Lu": "A-Z", "Ll": "a-z", "L": "A-Za-z", "N": "0-9", "M": ""}


def ascii_form(pattern: str) -> re.Pattern[str]:
    r"""``pattern`` for text whose characters are all ASCII, read by the standard engine
    (several times faster on these patterns): each letter or digit property becomes its
    ASCII range, which holds the same characters of such a text.

    Only for patterns that the standard engine reads as :mod:`regex` does: no reverse
    search, no lookbehind of varying width, no case folding.

    >>> ascii_form(r"\p{Lu}[\p{L}.]+").pattern
    '[A-Z][A-Za-z.]+'
    """
    out: list[str] = []
    i, inside = 0, False
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("\\p{", i):
            j = pattern.index("}", i)
            ranges = _ASCII_RANGES[pattern[i + 3 : j]]
            out.append(ranges if inside else "[" + ranges + "]")
            i = j + 1
            continue
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not inside:
            inside = True
        elif c == "]" and inside:
            inside = False
        out.append(c)
        i += 1
    return re.compile("".join(out))


_MIDSENTENCE_CAPITAL: Final = regex.compile(r"(?<=[\p{Ll},;] )\p{Lu}[\p{L}\p{M}'-]*")


def midsentence_capitals(doc: Document) -> frozenset[str]:
    """Words the document writes capitalised after a lower-case word or a comma: names, as
    opposed to common words capitalised only because they open a sentence ("Photos ...").
    Computed once per document.

    >>> sorted(midsentence_capitals(Document("Photos showed Acme, Zeta and more.")))
    ['Acme', 'Zeta']
    """
    return doc.memo(
        "midsentence_capitals",
        lambda: frozenset(
            word
            for m in _MIDSENTENCE_CAPITAL.finditer(doc.folded)
            for word in (m.group(0), m.group(0).removesuffix("'s"))
        ),
    )


def pieces(text: str, size: int = 1 << 12) -> Iterator[tuple[int, int]]:
    """Bounds of consecutive pieces that cover ``text``, each cut before the first space or
    line break ``size`` characters or more after its start (a text with neither is one
    piece), so that a word never straddles two pieces.  A pass that makes a list of every
    word (``str.split``, ``Pattern.split``) runs piece by piece in memory that a piece
    bounds, not the text.

    >>> list(pieces("aa bb cc dd", size=4))
    [(0, 5), (5, 11)]
    >>> [len(p) for p in pieces("", 4)], list(pieces("abc", 1))
    ([], [(0, 3)])
    """
    start, end = 0, len(text)
    while start < end:
        at = start + size
        stops = [i for i in (text.find(" ", at), text.find("\n", at)) if i >= 0]
        stop = min(stops) if stops and at < end else end
        yield start, stop
        start = stop


def distinct(findall: Callable[[str, int, int], list[str]], text: str) -> frozenset[str]:
    """Every distinct string that ``findall`` (a compiled pattern's, without groups) finds in
    ``text``, found :func:`pieces` at a time: the set, not the list of every match.

    >>> sorted(distinct(regex.compile(r"\\p{Ll}+").findall, "a b a c"))
    ['a', 'b', 'c']
    """
    found: set[str] = set()
    for start, end in pieces(text):
        found.update(findall(text, start, end))
    return frozenset(found)


def as_document(text_or_document: object) -> Document:
    """The :class:`Document` for a string, or the document itself; a clear ``TypeError``
    for anything else (checked here, so a compiled build raises the same error).

    >>> doc = Document("Hi.")
    >>> as_document(doc) is doc, as_document("Hi.").text
    (True, 'Hi.')
    """
    if isinstance(text_or_document, Document):
        return text_or_document
    return Document(require_text(text_or_document))


def link_sections(doc: Document) -> list[tuple[int, int]]:
    """The sections of ``doc`` under a heading of links ("== Related news =="), each to the
    next heading or the end (computed once): the headlines listed there are other stories,
    whose names do not act and whose dates make no event in this one.

    >>> link_sections(Document("Rain fell. == Related news == * Floods hit 2004"))
    [(11, 47)]
    """

    def find() -> list[tuple[int, int]]:
        folded = doc.folded
        if "==" not in folded:
            return []
        found = []
        for m in _LINKS_HEADING.finditer(folded):
            after = _ANY_HEADING.search(folded, m.end())
            found.append((m.start(), len(folded) if after is None else after.start()))
        return found

    return doc.memo("link sections", find)
