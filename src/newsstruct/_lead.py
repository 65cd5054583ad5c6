"""Article furniture and the lead: which sentences carry the story and which only frame it.

News text opens with material that is not the story: a dateline ("Saturday, September 12,
2015"), section labels ("Economy and business"), photo captions and credits ("... Image:
NASA."), headings without a full stop, bylines, programme intros and markup debris
("__NOTOC__").  :func:`furniture` names what a sentence is when it is such material;
:func:`find_lead` returns the first sentence of the story proper and what it skipped.

>>> from newsstruct._text import Document
>>> doc = Document("Tuesday, June 19, 2018\\n\\nThe mayor, left. Image: City Hall.\\n\\n"
...                "The city approved the budget on Monday. It passed 7-2.")
>>> lead, skipped = find_lead(doc)
>>> lead.text
'The city approved the budget on Monday.'
>>> for kind, sentence in skipped:
...     print(kind, repr(sentence.text))
dateline 'Tuesday, June 19, 2018'
caption 'The mayor, left.'
caption 'Image: City Hall.'
"""

from __future__ import annotations

import functools
import re
from typing import Final

import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._programme import handover, programme_sentences
from newsstruct._text import _DATELINE as _DASH_DATELINE
from newsstruct._text import Document, Sentence, _make_sentence
from newsstruct.model import Span

__all__ = ["find_lead", "furniture", "story_sentences"]

_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY: Final = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"

# A line that is only a date, as datelines at the top of articles are.
_DATELINE: Final = regex.compile(
    rf"""
    [ '"*]{{0,4}}
    (?:{_WEEKDAY},?[ ]{{1,3}})?
    (?:{_MONTH}[ ]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?[ ]{{1,3}}\d{{4}}
      |\d{{1,2}}(?:st|nd|rd|th)?[ ]{{1,3}}{_MONTH},?[ ]{{1,3}}\d{{4}}
      |\d{{4}}-\d{{2}}-\d{{2}})
    [ .'"*]{{0,4}}
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# No dateline is longer: a longer sentence is not tried (the pattern has bounded repetition
# only, and without full case folding each character matches one character).
_DATELINE_MAX: Final = 64
# What may follow a dateline's last digit: a dateline is no sentence whose last character
# but these is no digit.
_DATELINE_TAIL: Final = " .'\"*"

# Credits and caption markers: "Image: NASA.", "Photo: Jane Doe", "(AP Photo/John Doe)".
_CREDIT: Final = regex.compile(
    r"""(?:\b(?:Image|Images|Photo|Photos|Photograph|Picture|Credit|Credits|Video|Graphic
          |Illustration|File[ ]photo)[ ]?(?:credit[ ]?)?:[ ]
        |\((?:AP|AFP|Reuters|Getty|EPA)?[ ]?(?:Photo|Image|Images)\b[^)]{0,80}\)
        |\((?:left|right|centre|center|pictured|top|bottom)\))""",
    regex.VERBOSE | regex.IGNORECASE,
)

# The same markers in ASCII text lowered, for the standard library's engine, and the
# characters every marker holds: a text without them (most) is not searched.
_CREDIT_LOWER: Final = re.compile(_CREDIT.pattern.lower(), re.VERBOSE)


def _may_credit(folded: str) -> bool:
    """False when ``folded`` holds no credit or caption marker: an exact test for ASCII text
    (where matching in any case is matching the text lowered), a pass for any other.

    A marker holds ": " after a credit word or "(" before a word of a photo or a position:
    the text around the first few of them is read, the text lowered as a whole past them.
    """
    if not folded.isascii():
        return True
    # a credit word ends at most 20 characters before ": " ("Illustration credit: ")
    i, seen = folded.find(": "), 0
    while i >= 0:
        if seen == _MARKS_READ:
            return _may_credit_lowered(folded.lower())
        if any(word in folded[max(0, i - 20) : i].lower() for word in _CREDIT_WORDS):
            return _CREDIT_LOWER.search(folded.lower()) is not None
        i, seen = folded.find(": ", i + 2), seen + 1
    # "photo" or "image" within 15 characters after "(" ("(Reuters Photo"), or a position
    # in brackets ("(left)")
    i, seen = folded.find("("), 0
    while i >= 0:
        if seen == _MARKS_READ:
            return _may_credit_lowered(folded.lower())
        after = folded[i : i + 16].lower()
        if "photo" in after or "image" in after or _CAPTION_MARK.match(after):
            return _CREDIT_LOWER.search(folded.lower()) is not None
        i, seen = folded.find("(", i + 1), seen + 1
    return False


def _may_credit_lowered(low: str) -> bool:
    """:func:`_may_credit` of ASCII text ``low`` lowered, read as a whole."""
    if not (
        (": " in low and any(word in low for word in _CREDIT_WORDS))  # "Image: NASA."
        or ("(" in low and ("photo" in low or "image" in low))  # "(AP Photo/John Doe)"
        or ("(" in low and _CAPTION_MARK.search(low) is not None)  # "(left)"
    ):
        return False  # what every marker of one kind or another holds is missing
    return _CREDIT_LOWER.search(low) is not None


# How many colons and brackets :func:`_may_credit` reads the text around.
_MARKS_READ: Final = 16


# What the markers hold, lowered: a credit word before ": ", a position in brackets.
_CREDIT_WORDS: Final = ("image", "photo", "picture", "credit", "video", "graphic", "illustration")
_CAPTION_MARK: Final = re.compile(r"\((?:left|right|centre|center|pictured|top|bottom)\)")


_BYLINE: Final = regex.compile(
    r"(?:By|From|Reporting[ ]by|Written[ ]by|Posted[ ]by)[ ]\p{Lu}[\p{L}.'-]*"
    r"(?:[ ](?:and[ ])?\p{Lu}[\p{L}.'-]*){0,5}(?:,[ ][\p{L} ]{1,40})?\Z",
)

# The first characters the byline pattern can match (and "" for an empty sentence), and
# what every byline opens on.
_BYLINE_FIRST: Final = "BFRWP"
_BYLINE_OPENINGS: Final = ("By ", "From ", "Reporting by ", "Written by ", "Posted by ")

_INTRO: Final = regex.compile(
    r"(?:This[ ]is|Welcome[ ]to|Hello[ ]and[ ]welcome|I'm|I[ ]am|From[ ]\p{Lu}\p{L}+[ ]\p{Lu}"
    r"\p{L}+,[ ]this[ ]is)\b",
)

# A note from the editors to the readers, a paragraph of its own ("Editor's note: This story
# was updated ..."), and how long it is at most.
_EDITORS_NOTE: Final = re.compile(r"(?:Editor'?s'? [Nn]ote|EDITOR'?S'? NOTE) ?[:-] ")
_NOTE_MAX: Final = 800

# (ASCII only: the standard library's engine finds it faster, with the same matches)
_MARKUP: Final = re.compile(
    r"__[A-Z]{2,20}__|\{\{|\}\}|\[\[|\]\]|<\/?[a-zA-Z][^<>]{0,40}>|&[a-z]{2,8};|'''"
)
_NOT_LETTER: Final = regex.compile(r"\P{L}+")
# Every ASCII byte that is not a letter: deleting them counts the letters of ASCII text.
_ASCII_NOT_LETTER: Final = bytes(c for c in range(128) if not chr(c).isalpha())
# The same as a table to :meth:`bytes.translate`: 1 for a letter, 0 for any other byte.
_LETTER_FLAGS: Final = bytes(int(c < 128 and chr(c).isalpha()) for c in range(256))
# A sentence that opens on an image link, its options and its caption ("[[Image:x.jpg|
# thumb|The stable after ..."), tags before it aside.
_IMAGE_LINK: Final = re.compile(r"[ ]*(?:<[^<>]{0,40}>[ ]*){0,3}\[\[(?:Image|File):")
_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'-]*")
_TERMINAL: Final = frozenset(".!?\"')]:")


@functools.lru_cache(maxsize=8)
def _section_labels(config: Config) -> regex.Pattern[str]:
    labels = sorted(config.words("section_labels"), key=len, reverse=True)
    alternatives = "|".join(regex.escape(label) for label in labels)
    # Labels, wiki magic words, HTML tags and comments (of a few lines), a date in bold
    # ("'''April 6, 2005'''"), and template names ("Crime and law infobox"), any number of
    # them in a row.
    return regex.compile(
        rf"(?:(?:{alternatives})[ ]+(?=\p{{Lu}}|\")|__[A-Z]{{2,20}}__[ ]*|<[^<>]{{0,60}}>[ ]*"
        rf"|'''[\p{{L}}\p{{N}}, ]{{3,30}}[ ]\d{{4}}[ ]?'''[ ]*|={{2,6}}[ ]+"
        rf"|<!--(?:[^-]|-(?!->)){{0,300}}-->[ ]*"
        rf"|{_IMAGE_OPTIONS}[ ]{{2,}}|{_OPTIONS_RUN}"
        rf"(?=[\p{{Lu}}\p{{N}}\"'=]|\p{{Ll}}\p{{Lu}}|\p{{Ll}}{{3,20}}[ ]\p{{Lu}})"
        rf"|[\]|}}]{{1,4}}[ ]*"
        rf"|(?:[\p{{L}}\p{{N}}'-]+[ ]){{0,4}}[Ii]nfobox[ ]+(?=\p{{Lu}}|\"))+"
    )


# A sentence that is only a few words in wiki bold ("'''Updated:'''"): a label.
_BOLD_ONLY: Final = re.compile(r"'''[^'\n]{1,40}'''")

# How many words a label cut off the text's first sentence has at most.
_LABEL_WORDS: Final = 8


# Lower-case words a label does not end with.
_LABEL_NOT_LAST: Final = frozenset(
    """of the a an and or for to in on at by with from as is are was were has have""".split()
)
# Lower-case words no label holds: they join a sentence's words.
_NOT_IN_LABEL: Final = _LABEL_NOT_LAST | frozenset(
    """but so yet nor then than that this which who when while if into his her its their
    said says""".split()
)

# What is left of an image's options in wiki text ("thumb  right  The minister ..."): set off
# by two spaces, they open a text without being a fragment of a sentence.
_IMAGE_OPTIONS: Final = (
    r"(?:thumb|thumbnail|right|left|center|centre|upright|frame|frameless|\d{2,4}px)"
)
# The same options (and "publish") one after another, with the text's spaces closed up.
_OPTIONS_RUN: Final = rf"(?:(?:{_IMAGE_OPTIONS}|publish)[ ]+)+"
# What is left of them when a text's runs of spaces were closed up ("right right Online
# auction company eBay ...", "publish aviation UK firm BAA ..."): the options, a word in
# lower case at most (a section's label), then what opens a sentence.
_DEBRIS_START: Final = re.compile(
    rf"(?:{_IMAGE_OPTIONS}|publish)[ ]{{2,}}"
    rf"|{_OPTIONS_RUN}(?:(?!(?:{'|'.join(sorted(_NOT_IN_LABEL))})[ ])[a-z]{{3,20}}[ ])?"
    rf"(?=[A-Z0-9\"'=]|[a-z][A-Z])"
)

# A wiki section heading that is a sentence of its own: "== Background ==".
_WIKI_HEADING: Final = re.compile(r"={2,6}[^=]{1,120}={2,6}$")


# A category label at the very start of a text: a place ("New Zealand  New Zealand Post
# said ..."), set off by two spaces or more from the capitalised word that opens the story
# (one space is a sentence: "Canada Post said ..."); or a template name with a digit in it
# ("Germanelection2005  The court ...", "APEC2005  APEC, the ...").  Only a place of the
# ``places`` vocabulary counts: "The United States  Department of Labor" is a subject.
_OPENING_LABEL: Final = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}'.-]{0,30}(?:[ ]\p{Lu}[\p{L}'.-]{0,30}){0,2})[ ]{2,}(?=\p{Lu}|\"|')"
    r"|(?P<template>(?=[\w-]{0,60}\d)\p{Lu}[\w-]{5,60})[ ]+(?=\p{Lu}|\"|'|<)"
)

# A topic label: a short phrase set off by two spaces or more from the story, that names a
# running story ("Iraq war  Sixty percent of ...", "Oil prices surge  Crude rose ...") or
# stands before a word that opens sentences ("Cole Inquiry  Yesterday, the minister ...").
_TOPIC_LABEL: Final = regex.compile(
    r"\p{Lu}[\p{L}'-]{0,30}(?:[ ](?P<last>[\p{L}'-]{1,30})){0,3}[ ]{2,}"
    r"(?=(?P<next>\p{Lu}[\p{L}'-]{0,30}\b)?)(?=\p{Lu}|\")"
)

# A place that labels the text before a sentence opened by an article, with one space:
# "Palestine An explosion has ...", "Iraq The parliament approved ...".
_PLACE_BEFORE_ARTICLE: Final = regex.compile(
    r"(\p{Lu}[\p{L}'.-]{0,30}(?:[ ]\p{Lu}[\p{L}'.-]{0,30}){0,2})[ ](?=(?:The|An?)[ ]\p{L})"
)

# A label in lower case at the very start of a text, a site's category or a place
# ("aviation   The carrier ...", "sponsorship scandal  The government ...", "iraq Scores of
# people ..."): up to three words before the capitalised word that opens the story.
_LOWER_LABEL: Final = regex.compile(
    r"(?P<label>\p{Ll}[\p{L}\p{N}'-]{0,30}(?:[ ][\p{L}\p{N}'-]{1,30}){0,2})(?P<gap>[ ]+)"
    r"(?=\p{Lu}|\")"
)


def _lower_label(folded: str, start: int, end: int, config: Config) -> int | None:
    """Where the story starts after a label in lower case that opens the text at ``start``
    (set off by two spaces or more, or by one when it is a place or a section label), or
    None when there is no such label."""
    m = _LOWER_LABEL.match(folded, start, end)
    if m is None or m.end() >= end:
        return None
    if len(m.group("gap")) >= 2:
        return m.end()
    # one space: the longest run of the label's first words that names a place or a
    # section, or a template ("california infobox"), before a capitalised word
    label = m.group("label")
    known = config.words("places") | config.words("section_labels")
    cut = len(label)
    while cut > 0:
        words = label[:cut]
        rest = (label[cut + 1 :] + " " + folded[m.end() : m.end() + 4]).lstrip()
        if (
            words[:1].upper() + words[1:] in known
            or words.endswith(" infobox")
            # words in lower case before an article that opens the story: "sponsorship
            # scandal The government ..."
            or (
                words.islower()
                and rest.startswith(("The ", "A ", "An "))
                and _NOT_IN_LABEL.isdisjoint(words.split(" "))
            )
        ) and (cut == len(label) or label[cut + 1 : cut + 2].isupper()):
            return start + cut + 1
        cut = label.rfind(" ", 0, cut)
    return None


# Words that open a sentence, not a name: a capitalised phrase set off before one of them
# by two spaces is a label.
_LABEL_OPENERS: Final = frozenset(
    """The A An In On At According Yesterday Today Tonight Last Earlier After Following
    During Since While When It He She They There This These""".split()
)



def _opening_label(doc: Document, start: int, end: int, config: Config) -> int | None:
    """Where the story starts after a category label that opens the text at ``start``,
    or None when there is no such label."""
    if doc.folded[start : start + 1].islower():
        return _lower_label(doc.folded, start, end, config)
    m = _OPENING_LABEL.match(doc.folded, start, end)
    if m is not None and m.end() < end:
        place = m.group("place")
        if place is None or (place in config.words("places") and not _modifier(doc, place, m)):
            return m.end()
    m = _TOPIC_LABEL.match(doc.folded, start, end)
    if m is not None and m.end() < end and _topic_label(m, config):
        return m.end()
    m = _PLACE_BEFORE_ARTICLE.match(doc.folded, start, end)
    if m is not None and m.group(1) in config.words("places"):
        return m.end()
    return None


def _modifier(doc: Document, place: str, m: regex.Match[str]) -> bool:
    """Whether a place that opens the text is a short abbreviation ("U.S.", "UK") before a
    name or title it modifies ("U.S.  District Judge ...") rather than a label."""
    letters = place.replace(".", "")
    if len(letters) > 2 or not letters.isupper():
        return False
    word = _WORD.match(doc.folded, m.end())
    return word is None or word.group() not in _LABEL_OPENERS


def _topic_label(m: regex.Match[str], config: Config) -> bool:
    """Whether a match of :data:`_TOPIC_LABEL` is a label rather than a name or title that
    lost a link ("Extremely rare  Patek Philippe ...", "Irish Taoiseach  Bertie Ahern")."""
    first = m.group().split(" ", 1)[0]
    if first in _LABEL_OPENERS:
        return False  # "The online service  PayPal has ...", "On its blog  Thursday, ..."
    if m.group("next") in _LABEL_OPENERS:
        return True
    last = m.group("last")
    return (
        last is not None
        and last.islower()
        and last not in _LABEL_NOT_LAST
        and last not in config.words("titles")
        and not first.endswith("ly")
    )


def _markup_only(text: str, markup: bool = True) -> bool:
    """Whether ``text`` is mostly markup or marks; ``markup``: whether it may hold markup.

    Letters outside markup are counted against the length of the whole text, so that a
    run of entities with a few letters left over ("&mdash;&nbsp;&nbsp") is markup too.
    """
    stripped = _MARKUP.sub("", text) if markup and _MARKUP.search(text) else text
    if stripped.isascii():
        letters = len(stripped.encode("ascii").translate(None, _ASCII_NOT_LETTER))
    else:
        letters = len(_NOT_LETTER.sub("", stripped))
    return letters < max(3, len(text) // 3)


# A photo from the archive, captioned: "FILE - Workers repair a road ...", "FILE PHOTO: ...".
_FILE_PHOTO: Final = re.compile(r"FILE(?: PHOTO)?(?: ?- |: )")


def _captions(doc: Document) -> frozenset[int]:
    """Indices of the paragraphs that are captions: short, with a credit or caption marker,
    or opened by the mark of a photo from the archive."""

    def find() -> frozenset[int]:
        found: set[int] = set()
        if "FILE" in doc.folded:
            for i, p in enumerate(doc.paragraphs):
                if len(p) < 1200 and _FILE_PHOTO.match(doc.folded, p.start, p.end):
                    found.add(i)
        if not _may_credit(doc.folded):
            return frozenset(found)  # a paragraph holds a marker only where the whole text does
        for i, p in enumerate(doc.paragraphs):
            if (
                len(p) < 1200
                and _CREDIT.search(doc.folded, p.start, p.end)
                and len(_WORD.findall(doc.folded, p.start, p.end)) < 60
            ):
                found.add(i)
        return frozenset(found)

    return doc.memo("caption paragraphs", find)


def furniture(doc: Document, index: int) -> str | None:
    """What sentence ``index`` is when it frames rather than tells the story, else ``None``.

    One of ``dateline``, ``caption``, ``byline``, ``intro``, ``heading``, ``fragment``,
    ``markup``, and ``programme`` for a broadcast's own lines (its intro, sign-off, credits,
    word list and call to write in: see :func:`newsstruct._programme.programme_sentences`).

    >>> doc = Document("Election Results\\nVoters chose a new council on Sunday.")
    >>> furniture(doc, 0), furniture(doc, 1)
    ('heading', None)
    """
    return _furniture(doc, index, _captions(doc), _has_markup(doc))


def _has_markup(doc: Document) -> bool:
    """Whether markup occurs anywhere in the document: the pattern has no anchors nor
    look-arounds, so a sentence holds a match only where the whole text does."""
    return doc.memo("has markup", lambda: _markup_in(doc.folded))


def _markup_in(text: str) -> bool:
    """Whether :data:`_MARKUP` is found in ``text``: what each of its alternatives opens on
    is looked for first (a character, found at once, or three apostrophes)."""
    if "'''" in text:
        return True
    return any(c in text for c in _MARKUP_FIRST) and _MARKUP_BUT_QUOTES.search(text) is not None


# The characters the alternatives of :data:`_MARKUP` open on, but for its three apostrophes,
# and those alternatives alone.
_MARKUP_FIRST: Final = "_{}[]<&"
_MARKUP_BUT_QUOTES: Final = re.compile(_MARKUP.pattern.removesuffix("|'''"))


def _furniture(
    doc: Document,
    index: int,
    captions: frozenset[int],
    markup: bool,
    letters: bytes | None = None,
    programme: frozenset[int] | None = None,
) -> str | None:
    """:func:`furniture`, given the caption paragraphs, whether the text has markup and,
    for an ASCII text without markup, :func:`_letter_flags` of the text (and, when given,
    :func:`~newsstruct._programme.programme_sentences` of the document)."""
    sentence = doc.sentences[index]
    start, end = sentence.start, sentence.end
    folded = doc.folded[start:end]
    if (
        len(folded) <= _DATELINE_MAX
        and folded.rstrip(_DATELINE_TAIL)[-1:].isdigit()
        and _DATELINE.match(folded)
    ):
        return "dateline"
    if (
        letters.count(1, start, end) < max(3, (end - start) // 3)
        if letters is not None
        else _markup_only(folded, markup)
    ):
        return "markup"
    if index in (programme_sentences(doc) if programme is None else programme):
        return "programme"
    if sentence.paragraph in captions:
        return "caption"
    if folded.rstrip()[-1:] == "-" and _DASH_DATELINE.fullmatch(folded):
        return "dateline"  # "WASHINGTON —", "KYIV, Ukraine (AP) —": cut off its sentence
    if folded.startswith(_BYLINE_OPENINGS) and _BYLINE.match(folded):
        return "byline"
    if folded[-2:] == "]]" and "[[" not in folded:
        return "caption"  # the end of an image's caption: "... from street level.]]"
    if folded[:1] in " <[" and _IMAGE_LINK.match(folded):
        return "caption"
    paragraph = doc.paragraphs[sentence.paragraph]
    if (
        doc.folded.startswith(("Editor", "EDITOR"), paragraph.start)
        and paragraph.end - paragraph.start <= _NOTE_MAX
        and _EDITORS_NOTE.match(doc.folded, paragraph.start, paragraph.end)
    ):
        return "intro"  # every sentence of a note to the readers: "Editor's note: ..."
    if sentence.start != paragraph.start:
        return None  # the rest frames only a paragraph's first sentence
    if _INTRO.match(folded) and _words(folded) <= 25:
        return "intro"
    only = sentence.end == paragraph.end
    if only and folded[-1] not in _TERMINAL and _words(folded) <= 14:
        return "heading"
    if (
        folded[-1] not in _TERMINAL
        and _words(folded) <= _LABEL_WORDS
        and index + 1 < len(doc.sentences)
        and doc.sentences[index + 1].paragraph == sentence.paragraph
        and _opens_text(doc, start)
    ):
        return "heading"  # a label cut off the text's first sentence: "2007 Expo Taipei"
    if (
        folded[:1].islower()
        and _words(folded) <= 25
        and not _DEBRIS_START.match(folded)
        and not (  # a label in lower case before the story's first sentence
            _opens_text(doc, start)
            and _lower_label(folded, 0, len(folded), DEFAULT_CONFIG) is not None
        )
    ):
        return "fragment"
    return None


def _opens_text(doc: Document, start: int) -> bool:
    """Whether only spaces stand before ``start`` in ``doc``."""
    return not doc.folded[:start].strip()


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def story_sentences(doc: Document) -> list[int]:
    """Indices of the sentences that tell the story (furniture left out).

    >>> story_sentences(Document("Monday, May 18, 2015\\nBoats sank. Crews helped."))
    [1, 2]
    """
    return doc.memo(
        "story_sentences",
        lambda: [i for i, kind in enumerate(_kinds(doc)) if kind is None],
    )


def _kinds(doc: Document) -> list[str | None]:
    """:func:`furniture` of every sentence (computed once per document: the lead and the
    story sentences are both read from it)."""
    return doc.memo("furniture kinds", lambda: _furniture_kinds(doc))


def _furniture_kinds(doc: Document) -> list[str | None]:
    captions, markup = _captions(doc), _has_markup(doc)
    letters = None if markup or not doc.folded.isascii() else _letter_flags(doc.folded)
    programme = programme_sentences(doc)
    kinds = [
        _furniture(doc, i, captions, markup, letters, programme)
        for i in range(len(doc.sentences))
    ]
    box = _box_end(doc)
    for i, sentence in enumerate(doc.sentences):
        if sentence.end > box:
            break
        kinds[i] = "markup"
    return kinds


# The tags that open and close a box of wiki text (a table, a floating <div>, an HTML
# table), and those that open one.
_BOX_TAG: Final = re.compile(r"\{\||\|\}|<div\b|</div>|<table\b|</table>")
_BOX_OPEN: Final = ("{|", "<div", "<table")
# No box at the top of a text is longer (a longer one is not looked for).
_BOX_MAX: Final = 3000


def _box_end(doc: Document) -> int:
    """Where the boxes that open the text end (a table or a floating ``<div>``, infoboxes
    and photo frames with their captions, and comments to the text's editors: "<!--
    Replace this line with the article. -->"), or 0 when the text opens on no box."""

    def find() -> int:
        folded = doc.folded
        pos = len(folded) - len(folded.lstrip())
        end = 0
        while folded.startswith((*_BOX_OPEN, "<!--"), pos):
            if folded.startswith("<!--", pos):
                close = folded.find("-->", pos + 4, pos + _BOX_MAX)
                if close < 0:
                    return end  # unclosed, or closed too far away
                end = close + 3
            else:
                depth, closed = 0, -1
                for m in _BOX_TAG.finditer(folded, pos, pos + _BOX_MAX):
                    depth += 1 if m.group() in _BOX_OPEN else -1
                    if depth == 0:
                        closed = m.end()
                        break
                if closed < 0:
                    # unclosed, closed too far away to be a box, or no tag ("<divide")
                    return end
                end = closed
            pos = end + len(folded[end:]) - len(folded[end:].lstrip())
        return end

    return doc.memo("box end", find) if doc.folded[:1] in "{< \n" else 0


def _letter_flags(text: str) -> bytes:
    """ASCII ``text`` as bytes with 1 for each letter and 0 for any other character: the
    letters of a stretch without markup counted at once (what :func:`_markup_only` counts)."""
    return text.encode("ascii").translate(_LETTER_FLAGS)


def find_lead(
    doc: Document, config: Config = DEFAULT_CONFIG
) -> tuple[Span | None, list[tuple[str, Sentence]]]:
    """The sentence that opens the story proper, and the furniture skipped before it.

    A section label or markup glued to the front of the lead ("Economy and business
    Centrica has ...") is trimmed off the lead span and reported as skipped.

    >>> doc = Document("__NOTOC__ Acme Corp said on Monday it would buy a rival.")
    >>> lead, skipped = find_lead(doc)
    >>> lead.text, [k for k, _ in skipped]
    ('Acme Corp said on Monday it would buy a rival.', ['label'])
    """
    # (read once per document and configuration: the events and the summary both ask)
    lead, skipped = doc.memo(("lead", config), lambda: _find_lead(doc, config))
    return lead, list(skipped)


def _find_lead(
    doc: Document, config: Config
) -> tuple[Span | None, tuple[tuple[str, Sentence], ...]]:
    skipped: list[tuple[str, Sentence]] = []
    kinds = _kinds(doc)
    # an anchor's intro and hand-over to the reporter ("But as Ann Lee reports, ...")
    intro = handover(doc, [i for i, kind in enumerate(kinds[:8]) if kind is None])
    for index, (sentence, kind) in enumerate(zip(doc.sentences, kinds, strict=True)):
        if kind is None and intro is not None and index <= intro:
            kind = "programme"
        if kind is None and _WIKI_HEADING.match(doc.folded, sentence.start, sentence.end):
            kind = "heading"  # a wiki heading before the story (left among its sentences)
        if kind is not None:
            skipped.append((kind, sentence))
            continue
        start = end = sentence.start
        box = _box_end(doc)
        if start < box:  # the sentence opens with the end of a box
            rest = doc.folded[box : sentence.end]
            end = box + len(rest) - len(rest.lstrip())
        opening = _opens_text(doc, start)  # the text opens on this sentence
        whole = _BOLD_ONLY.fullmatch(doc.folded[start : sentence.end].strip()) is not None
        for _ in range(0 if whole else 3):  # labels of one kind and another in a row
            m = _section_labels(config).match(doc.folded, end, sentence.end)
            if m and not doc.folded[m.end() : sentence.end].strip():
                whole = True  # labels only: "publish '''February 7, 2005'''"
                break
            story = m.end() if m else None
            if opening:  # the text opens on a label?
                story = _opening_label(doc, story or end, sentence.end, config) or story
            if story is None:
                break
            end = story
        if whole:
            skipped.append(("label", sentence))
            continue
        if end > start:
            # (``attrs.evolve(sentence, end=end, text=...)``, made at once)
            label = _make_sentence(start, end, doc.text[start:end], sentence.paragraph)
            skipped.append(("label", label))
        return doc.span(end, sentence.end), tuple(skipped)
    return None, tuple(skipped)
