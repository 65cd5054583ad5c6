"""The lines of a broadcast programme: how a transcript frames its story.

Radio and television news published as text keeps the programme's own lines around the
story: an intro ("From VOA Learning English, this is the Science report.", "Hello and
welcome to World News. I'm Ann Lee in Washington.", "Today we tell about a new study."), a
hand-over ("Radio One's Sam Obi reports from Lagos."), a sign-off ("I'm Ann Lee.", "Sam Obi,
World News, Lagos."), credits ("Ann Lee wrote this story for ...", "Reuters contributed to
this report.", "Tom Ray was the editor."), a list of the words of the story with their
meanings ("pest - n. an insect that ..."), and a call to write in ("What do you think? Write
to us in the comments.").

None of these lines tells the story: :func:`programme_sentences` finds them, so that the lead,
the key points, the actors, quotes, figures and dates leave them out.  The rules read the
shape of such lines and where they stand (an intro in the opening paragraphs, a call to
write in among the last ones, a sign-off as a paragraph of its own), never a programme's
name.

>>> from newsstruct._text import Document
>>> doc = Document("From Radio One, this is the Farm Report.\\n\\nRain fell on Monday.\\n\\n"
...                "I'm Ann Lee.\\n\\nAnn Lee wrote this story for Radio One.")
>>> for i in sorted(programme_sentences(doc)):
...     print(doc.sentences[i].text)
From Radio One, this is the Farm Report.
I'm Ann Lee.
Ann Lee wrote this story for Radio One.
"""

from __future__ import annotations

from typing import Final

import regex

from newsstruct._text import Document

__all__ = ["handover", "programme_sentences"]

# A capitalised word of a name ("Ann", "O'Neil", "Jr.", "VOA", "Al-Amin"), then a name of
# one to five such words.
_CAP: Final = r"\p{Lu}[\p{L}\p{M}'.&-]{0,30}"
_NAME: Final = rf"{_CAP}(?:[ ]{_CAP}){{0,4}}"
# The words of a programme's title: capitalised words and the short words between them
# ("Science in the News", "What's Trending Today").
_TITLE: Final = rf"{_CAP}(?:[ ](?:{_CAP}|in|of|the|and|on|for|from|at|to|a)){{0,8}}"
# What a title may end on in lower case: "the Science in the News report".
_SHOW: Final = r"(?:report|program|programme|show|podcast|edition|bulletin|broadcast|news|update)"

# Lines that open a programme; they count in its opening paragraphs only.
_OPENING: Final = regex.compile(
    rf"""(?:
        From[ ]{_TITLE},[ ](?:this[ ]is|I'm|I[ ]am|welcome)\b
      | (?:Hello[ ]and[ ]|Hi[ ]and[ ]|Good[ ](?:morning|afternoon|evening)[ ]and[ ])?
        [Ww]elcome[ ]to[ ](?:the[ ])?{_TITLE}\b
      | This[ ]is[ ](?:the[ ])?(?:{_TITLE})(?:[ ]{_SHOW})?[.!]?\Z
      | I'm[ ]{_NAME}(?:[ ](?:in|from|at|with)[ ]{_TITLE})?[.!]?\Z
      | (?:Today|This[ ]week|On[ ]this[ ](?:program|programme|show|report))[ ]we[ ]
        (?:tell|talk|report|look|explore|hear|visit|meet|answer)\b
    )""",
    regex.VERBOSE,
)

# An anchor's lead-in that hands over to the reporter, closing the intro: "But as Ann Lee
# reports, the visit comes amid ...".
_HANDOVER: Final = regex.compile(
    rf"(?:(?:But|And)[ ]as|As)[ ]{_CAP}[ ]{_NAME}[ ]reports(?:[ ]from[ ][^,\n]{{1,60}})?,[ ]"
)
_HANDOVER_OPENINGS: Final = ("As ", "But as ", "And as ")

# What every line of :data:`_OPENING` opens on.
_OPENING_OPENINGS: Final = (
    "From ",
    "Hello and ",
    "Hi and ",
    "Good ",
    "Welcome to ",
    "welcome to ",
    "This is ",
    "I'm ",
    "Today we ",
    "This week we ",
    "On this ",
)

# Lines that sign off or credit the story, each a sentence of its own: anywhere in the text,
# for their shape is their own.
_CLOSING: Final = regex.compile(
    rf"""(?:
        I'm[ ]{_NAME}\.?\Z
      | {_NAME},[ ](?:{_CAP}[ ]){{0,3}}(?:News|Radio|Television|TV|Service)
        (?:,[ ]{_NAME}){{0,3}}\.?\Z
      | {_NAME}'s[ ]{_NAME}[ ](?:reports|has[ ](?:more|the[ ]story|this[ ]report))
        (?:[ ](?:from|in)[ ](?:the[ ])?{_NAME}(?:,[ ]{_NAME})?)?\.\Z
      | {_NAME}[ ](?:wrote|reported|adapted|produced|prepared|edited)[ ]this[ ]
        (?:story|report|article|piece)\b
      | {_NAME}[ ]was[ ]the[ ](?:editor|producer)\.\Z
      | (?:{_NAME}|(?:Some[ ])?[Ii]nformation|Material)(?:[ ]from[ ]{_NAME})?
        [ ](?:contributed[ ]to|was[ ]used[ ]in|for)[ ]this[ ](?:report|story|article)\b
      | Words[ ]in[ ](?:This|the)[ ](?:Story|News|Report)[.:]?\Z
      | \p{{Ll}}[\p{{L}}\p{{M}}' ]{{0,40}}[ ]-[ ](?:n|v|adj|adv|prep|conj|pron|phrasal[ ]verb|phrase
        |idiom|expression|noun|verb|adjective|adverb)\.[ ]
    )""",
    regex.VERBOSE,
)

# Lines that close a programme; they count among its last sentences only.
_LAST: Final = regex.compile(
    rf"""(?:
        (?:And[ ]that|That)(?:'s|[ ]is)[ ](?:the[ ]news|all|it)[ ]for[ ]
      | And[ ]that's[ ]{_TITLE}[.!]?\Z
    )""",
    regex.VERBOSE,
)
# What a call on the audience names: a paragraph among the last that names it ("What do you
# think? Write to us in the comments section.") is the programme's, every sentence of it.
_AUDIENCE: Final = regex.compile(
    r"\b(?:[Cc]omments?[ ]section|[Ww]rite[ ]to[ ]us|[Tt]ell[ ]us|[Ll]et[ ]us[ ]know"
    r"|[Yy]our[ ]turn|our[ ](?:website|Facebook|Twitter|Instagram|YouTube)|[Ff]ollow[ ]us)\b"
)
# What every line of :data:`_LAST` opens on.
_LAST_OPENINGS: Final = ("And that", "That")


def _may_close(line: str) -> bool:
    """Whether :data:`_CLOSING` may match the whole of ``line`` (False: it cannot): each of
    its lines opens on "I'm " or "Words in ", or holds " this " and what it credits, " was
    the ", " - " and ". " (a word list), "'s " and " reports" or " has " (a hand-over), or
    ", " and the name of a medium (a sign-off)."""
    return (
        line.startswith(("I'm ", "Words in "))
        or (
            " this " in line
            and (
                " this story" in line
                or " this report" in line
                or " this article" in line
                or " this piece" in line
            )
        )
        or " was the " in line
        or (" - " in line and ". " in line)
        or ("'s " in line and (" reports" in line or " has " in line))
        or (
            ", " in line
            and (
                "News" in line
                or "Radio" in line
                or "Television" in line
                or "TV" in line
                or "Service" in line
            )
        )
    )


def _may_call(line: str) -> bool:
    """Whether :data:`_AUDIENCE` may be found in ``line`` (False: it cannot): a piece of
    each of its words."""
    return (
        "omment" in line
        or "rite to us" in line
        or "ell us" in line
        or "et us know" in line
        or "our " in line
        or "ollow us" in line
    )


# How many paragraphs and sentences open a programme, and how many close it.
_OPENING_PARAGRAPHS, _OPENING_SENTENCES = 2, 3
_LAST_PARAGRAPHS, _LAST_SENTENCES = 4, 12
# How many lines of a headline, dateline or byline may stand before the opening lines, how
# long each is at most, and what none ends on.
_HEAD_LINES, _HEAD_CHARS = 3, 100
_FINAL: Final = tuple(".!?\"'")
# A programme line is a short sentence, and none is quoted.
_MAX_CHARS: Final = 160
_QUOTE: Final = '"'


def programme_sentences(doc: Document) -> frozenset[int]:
    """Indices of the sentences of ``doc`` that are a programme's own lines (computed once).

    >>> from newsstruct._text import Document
    >>> doc = Document("Hello and welcome to World News. I'm Ann Lee in Washington.\\n\\n"
    ...                "Floods hit the coast on Monday, officials said.\\n\\n"
    ...                "Sam Obi, World News, Lagos.")
    >>> sorted(programme_sentences(doc))
    [0, 1, 3]
    """
    return doc.memo("programme sentences", lambda: _find(doc))


def opening_top(doc: Document) -> tuple[int, int]:
    """The sentence and the paragraph that the opening lines count from: the first after a
    headline, a dateline or a byline (short lines with no final stop)."""
    sentences, folded = doc.sentences, doc.folded
    top = 0
    while top < min(len(sentences), _HEAD_LINES):
        line = folded[sentences[top].start : sentences[top].end].rstrip()
        if len(line) > _HEAD_CHARS or line[-1:] in _FINAL:
            break
        top += 1
    return top, sentences[top].paragraph if top < len(sentences) else 0


def _find(doc: Document) -> frozenset[int]:
    sentences = doc.sentences
    folded = doc.folded

    def short(i: int) -> bool:
        s = sentences[i]
        return s.end - s.start <= _MAX_CHARS and _QUOTE not in folded[s.start : s.end]

    top, top_paragraph = opening_top(doc)
    found: set[int] = set()
    for i, s in enumerate(sentences):
        start, end = s.start, s.end
        if end - start > _MAX_CHARS:
            continue
        line = folded[start:end]
        if _QUOTE in line:
            continue
        if (_may_close(line) and _CLOSING.match(folded, start, end)) or (
            i - top < _OPENING_SENTENCES
            and s.paragraph - top_paragraph < _OPENING_PARAGRAPHS
            and line.startswith(_OPENING_OPENINGS)
            and _OPENING.match(folded, start, end)
        ):
            found.add(i)
    # the last sentences and paragraphs of the story, the sign-off and credits aside
    rest = [i for i in range(len(sentences)) if i not in found][-_LAST_SENTENCES:]
    if not rest:
        return frozenset(found)
    # (the paragraphs counted are those of the story's sentences)
    first_paragraph = sorted({sentences[i].paragraph for i in rest})[-_LAST_PARAGRAPHS:][0]
    calls: set[int] = set()  # paragraphs that call on the audience
    for i in rest:
        s = sentences[i]
        if s.paragraph < first_paragraph or not short(i):
            continue
        if folded.startswith(_LAST_OPENINGS, s.start, s.end) and _LAST.match(
            folded, s.start, s.end
        ):
            found.add(i)
        elif _may_call(folded[s.start : s.end]) and _AUDIENCE.search(folded, s.start, s.end):
            calls.add(s.paragraph)
    for p in calls:
        members = [i for i, s in enumerate(sentences) if s.paragraph == p]
        if all(short(i) for i in members) and len(doc.paragraphs[p]) <= 3 * _MAX_CHARS:
            found.update(members)
    return frozenset(found)


def handover(doc: Document, story: list[int]) -> int | None:
    """The sentence among the first of ``story`` (indices of the story's sentences, in
    order) in which an anchor hands over to the reporter after an intro ("Floods hit the
    coast this week. But as Ann Lee reports, the rains came late."), or None.  The intro
    and the hand-over tell the story in brief; the reporter's story opens after them.

    >>> from newsstruct._text import Document
    >>> doc = Document("Floods hit the coast this week. But as Ann Lee reports, the rains "
    ...                "came late. Farmers lost their crops on Monday.")
    >>> handover(doc, [0, 1, 2])
    1
    """
    folded = doc.folded
    for i in story[1:_OPENING_SENTENCES]:
        s = doc.sentences[i]
        if folded.startswith(_HANDOVER_OPENINGS, s.start, s.end) and _HANDOVER.match(
            folded, s.start, s.end
        ):
            return i
    return None
