"""Mentions of people, organisations and sources: how :mod:`newsstruct._names` finds them.

Capitalised names are read as runs of capitalised words, with titles split off into a role
("Russian Defense Minister Sergei Shoigu"), honorifics dropped ("Mr. Madoff"), bodies told
from people ("Refugee Council Enver Solomon") and common words that open a sentence left
out.  Role phrases ("the official", "police", "the report") start from a role noun and
reach back to their determiner.  Pronouns come from the same single pass over the words.

>>> [(m.text, m.kind) for m in find_mentions(Document("Police said Mr. Okafor left."))]
[('Police', 'group'), ('Okafor', 'person')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._programme import programme_sentences
from newsstruct._text import Document, ascii_form, distinct, pieces
from newsstruct.model import Span, _slot_setters

__all__ = [
    "ACRONYM",
    "DESCRIBED",
    "NAMED",
    "SET_OFF",
    "Mention",
    "Scan",
    "ascii_words",
    "ascii_words_of",
    "find_mentions",
    "scan",
    "vocab",
]

#: Mention kinds that name someone (as opposed to describing or pointing at them).
NAMED = frozenset({"person", "organisation", "place", "name"})
#: Mention kinds that describe a source without naming it.
DESCRIBED = frozenset({"role", "group", "source", "body"})


@attrs.frozen(repr=False)
class Mention(Span):
    """One mention of a person, organisation or source, as written.

    The rules build their mentions with the fields in order, by position: attrs reads
    positional arguments faster than keywords.

    ``kind`` is ``person``, ``organisation``, ``place``, ``name`` (a lone capitalised word
    that may be a surname or a body), ``role`` ("the official"), ``group`` ("analysts"),
    ``source`` ("the report"), ``body`` ("the ministry") or ``pronoun``.  ``name`` is the
    normalised name (titles, articles and honorifics stripped); ``role`` the title or role
    the text gives with it, and ``role_span`` where it is written.

    >>> m = Mention(0, 9, "Ned Price", kind="person", name="Ned Price", role="spokesman")
    >>> m
    Mention('Ned Price', kind='person', role='spokesman')
    """

    kind: str = "name"
    name: str = ""
    role: str | None = None
    role_span: Span | None = None
    gender: str | None = None

    def __repr__(self) -> str:
        role = "" if self.role is None else f", role={self.role!r}"
        return f"Mention({self.text!r}, kind={self.kind!r}{role})"


def _mention_maker() -> Callable[
    [int, int, str, str, str, str | None, Span | None, str | None], Mention
]:
    """A function of all the fields of :class:`Mention` in order that returns what
    ``Mention(...)`` returns, faster: when the offsets and text pass the span check at once
    (the only check the constructor runs), it fills the slots itself; otherwise it calls
    the constructor (the rules make a mention of most runs of capitalised words)."""
    setters = _slot_setters(Mention, "start end text kind name role role_span gender")
    if setters is None:
        return Mention  # pragma: no cover - not a slotted class of these fields
    s_start, s_end, s_text, s_kind, s_name, s_role, s_role_span, s_gender = setters
    new = object.__new__

    def make(
        start: int,
        end: int,
        text: str,
        kind: str,
        name: str,
        role: str | None,
        role_span: Span | None,
        gender: str | None,
    ) -> Mention:
        # _span_ok(start, end, text), written out: this runs for every mention
        if not (
            type(start) is int and type(end) is int and type(text) is str and 0 <= start <= end
        ):
            return Mention(start, end, text, kind, name, role, role_span, gender)
        made = new(Mention)
        s_start(made, start)
        s_end(made, end)
        s_text(made, text)
        s_kind(made, kind)
        s_name(made, name)
        s_role(made, role)
        s_role_span(made, role_span)
        s_gender(made, gender)
        return made

    return make


#: ``Mention(start, end, text, kind, name, role, role_span, gender)``, made faster.
_make_mention = _mention_maker()


# --- vocabularies -------------------------------------------------------------------------------


@attrs.frozen
class _Vocab:
    titles: dict[str, str]
    orgs: frozenset[str]
    places: frozenset[str]
    place_words: frozenset[str]
    non_names: frozenset[str]
    demonyms: frozenset[str]
    bodies: frozenset[str]  # lower-case nouns that name a body ("agency", "party")
    pronouns: dict[str, str]
    genders: dict[str, str]
    first_names: dict[str, str]  # given names that tell a gender: "Stephen" -> "m"
    verbs: frozenset[str]
    heads: frozenset[str]
    word_kinds: dict[str, tuple[int, ...]]
    # those of word_kinds that a text whose letters are all ASCII may hold as a word: an
    # ASCII letter, then ASCII letters, apostrophes and hyphens (see _scan_ascii)
    ascii_word_kinds: dict[str, tuple[int, ...]]
    title_tails: frozenset[str]  # the last three characters of the titles (kind "title")
    short_titles: frozenset[str]  # the titles (kind "title") of fewer than three characters
    # the category labels a text may open on ("Politics and conflicts"), by their first word
    labels: dict[str, tuple[str, ...]]
    # runs of one word that _named skips whatever stands around them: non-names, the ends
    # of companies' names and connectors, written with no full stop at the end
    skipped_words: frozenset[str]


def _word_kinds(*groups: frozenset[str] | set[str]) -> dict[str, tuple[int, ...]]:
    kinds: dict[str, tuple[int, ...]] = {}
    for i, group in enumerate(groups):
        for w in group:
            kinds[w] = (*kinds.get(w, ()), i)
    return kinds


def _labels_by_first_word(labels: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``labels`` under their first words, longest first."""
    out: dict[str, list[str]] = {}
    for label in sorted(labels, key=len, reverse=True):
        out.setdefault(label.split(" ", 1)[0], []).append(label)
    return {first: tuple(found) for first, found in out.items()}


@functools.lru_cache(maxsize=16)
def vocab(config: Config) -> _Vocab:
    """The vocabularies the name rules read, compiled once per configuration.

    >>> vocab(Config()).titles["spokesman"]
    'title'
    """
    titles = {r[0].lower(): r[1] for r in config.rows("titles")}
    nouns = sorted(
        (t for t, k in titles.items() if k != "honorific" and "." not in t), key=len, reverse=True
    )
    heads = frozenset(f for n in nouns for f in (n, n[:1].upper() + n[1:]))
    word_kinds = _word_kinds(
        heads,
        {f for r in config.rows("pronouns") for f in (r[0], r[0].capitalize())},
        {f.split(" ")[0] for f in config.words("speech_verbs")},
    )
    return _Vocab(
        titles=titles,
        orgs=config.words("org_words"),
        places=config.words("places"),
        place_words=config.words("place_words"),
        non_names=config.words("non_names"),
        demonyms=config.words("demonyms"),
        bodies=frozenset(w.lower() for w in config.words("org_words"))
        | config.words("agent_nouns"),
        pronouns={r[0]: r[1] for r in config.rows("pronouns")},
        genders={
            r[0].lower(): r[2]
            for name in ("titles", "pronouns")
            for r in config.rows(name)
            if len(r) > 2 and r[2] in ("m", "f")
        },
        first_names={r[0]: r[1] for r in config.rows("first_names") if len(r) > 1},
        verbs=config.words("speech_verbs"),
        heads=heads,
        labels=_labels_by_first_word(config.words("section_labels")),
        title_tails=frozenset(t[-3:] for t, k in titles.items() if k == "title" and len(t) >= 3),
        short_titles=frozenset(t for t, k in titles.items() if k == "title" and len(t) < 3),
        skipped_words=frozenset(
            w
            for w in (
                *config.words("non_names"),
                *_COMPANY_ENDS,
                *(f for c in _CONNECTORS for f in (c, c.capitalize(), c.upper())),
            )
            if " " not in w and not w.endswith(".")
        ),
        word_kinds=word_kinds,
        ascii_word_kinds={w: k for w, k in word_kinds.items() if _ASCII_WORD.fullmatch(w)},
    )


# --- capitalised names --------------------------------------------------------------------------

# Titles abbreviated in four letters or more ("Brig. Ann Lee"), after their capital; the
# shorter ones are read as any word of up to three letters before a full stop.
_LONG_TITLES = (
    r"(?:rig(?<=Brig)|apt(?<=Capt)|upt(?<=Supt)|mdr(?<=Cmdr)|rof(?<=Prof))\.(?=[ ][\p{Lu}])"
)
_WORD = (
    r"(?:[\p{Lu}]\.(?:[\p{Lu}]\.)+|[JS]r\.(?=[ ,;:)]|\Z)|[\p{Lu}][\p{Ll}]{0,2}\.(?=[ ][\p{Lu}])"
    r"|[\p{Lu}]"
    + _LONG_TITLES
    + r"|[\p{Ll}]{1,2}[\p{Lu}]"
    r"[\p{L}]+|(?:(?:al|el|de|da|van|bin)-)?[\p{Lu}][\p{L}\p{M}\p{N}]*"
    r"(?:[-'\u2019](?!s(?![\p{L}]))[\p{L}\p{M}]+|&[\p{Lu}]{1,3}(?![\p{L}])){0,3})"
)
_RUN_TAIL = (
    r"(?:(?:[ ](?:of(?:[ ]the)?|for(?:[ ]the)?|and|&|de|del|della|da|do|di|dos|das|des|van|von"
    r"|der|den|bin|ibn|al|la|le|du|y))?"
    r"[ ]" + _WORD + r"){0,10}"
)
_RUN_PATTERN = r"(?<![\p{L}\p{M}\p{N}.-])(?<![\p{L}\p{M}\p{N}]')(?<!''')" + _WORD + _RUN_TAIL
_RUN = regex.compile(_RUN_PATTERN)
# A run that opens on a capital: ``_WORD``'s branches after their first letter, so the
# search skips straight from capital to capital.
_CAPITAL_RUN_PATTERN = (
    r"[\p{Lu}](?<![\p{L}\p{M}\p{N}.-][\p{Lu}])(?<![\p{L}\p{M}\p{N}]'[\p{Lu}])(?<!'''[\p{Lu}])"
    r"(?:\.(?:[\p{Lu}]\.)+|[\p{Ll}]{0,2}\.(?=[ ][\p{Lu}])|" + _LONG_TITLES + r"|[\p{L}\p{M}\p{N}]*"
    r"(?:[-'\u2019](?!s(?![\p{L}]))[\p{L}\p{M}]+|&[\p{Lu}]{1,3}(?![\p{L}])){0,3})" + _RUN_TAIL
)
# A capital after the lowercase opening of a run ("eBay", "al-Assad"), where only the full
# pattern finds the run.  Every opening ends in a lowercase letter or a hyphen: one look
# behind the capital passes over the others before the four openings are tried.
_LOWER_OPENING_PATTERN = (
    r"[\p{Lu}](?<=[\p{Ll}-][\p{Lu}])(?:"
    + "|".join(
        r"(?<=(?<![\p{L}\p{M}\p{N}.-])(?<![\p{L}\p{M}\p{N}]')(?<!''')"
        + opening
        + r"[\p{Lu}])"
        for opening in (r"[\p{Ll}]", r"[\p{Ll}]{2}", r"[\p{Ll}]{2}-", r"[\p{Ll}]{3}-")
    )
    + ")"
)


_ASCII_RUN = ascii_form(_RUN_PATTERN)
_ASCII_CAPITAL_RUN = ascii_form(_CAPITAL_RUN_PATTERN)
_ASCII_LOWER_OPENING = ascii_form(_LOWER_OPENING_PATTERN)
_CAPITAL_RUN = regex.compile(_CAPITAL_RUN_PATTERN)
_LOWER_OPENING = regex.compile(_LOWER_OPENING_PATTERN)
# A letter, mark or digit beyond ASCII: where it is absent, every property class of the
# patterns reads the text as its ASCII range does ("€" and "£" are in none).
_WIDE_WORD_CHAR = regex.compile(r"[^\x00-\x7f](?<=[\p{L}\p{M}\p{N}])")


def ascii_words(folded: str) -> bool:
    """Whether every letter, mark and digit of ``folded`` is ASCII, so that the ASCII forms
    of the patterns (:func:`~newsstruct._text.ascii_form`) read it as the full ones do.

    >>> ascii_words("Paid \u20ac5 to Zoe"), ascii_words("Paid \u20ac5 to Zo\u00eb")
    (True, False)
    """
    return folded.isascii() or _WIDE_WORD_CHAR.search(folded) is None


def ascii_words_of(doc: Document) -> bool:
    """:func:`ascii_words` of ``doc.folded``, computed once per document."""
    return doc.memo("ascii words", lambda: ascii_words(doc.folded))
# An acronym defined in brackets after a name or term ("Energy Agency (IEA)"), with the
# doubled space that text stripped of links leaves.
ACRONYM = regex.compile(r"[ ]{1,2}\((\p{Lu}[\p{Lu}\p{N}&.]{1,9})\)")
# The same pattern for ASCII characters: it reads at most fourteen characters, so where the
# fourteen from its start are ASCII the standard engine reads them as the full one does.
_ASCII_ACRONYM = ascii_form(ACRONYM.pattern)


def _acronym_at(folded: str, pos: int) -> re.Match[str] | regex.Match[str] | None:
    """``ACRONYM.match(folded, pos)``, read by the standard engine where it can."""
    return (_ASCII_ACRONYM if folded[pos : pos + 14].isascii() else ACRONYM).match(folded, pos)


_ABBREV_END = regex.compile(r"\.\p{Lu}\.\Z|\b\p{Lu}\.\Z|\b[JS]r\.\Z")
# The suffixes that may close a person's name after the surname.
_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))
_NAME_NEXT = regex.compile(r"[ ]\p{Lu}\p{Ll}")
_ASCII_NAME_NEXT = ascii_form(_NAME_NEXT.pattern)  # (for three ASCII characters)
_NOUN_TOO = frozenset(
    "state states reports claims notes estimates comments tweets findings".split()
)
_NEXT_WORD = regex.compile(r"[ ]{1,3}(\p{Ll}[\p{L}-]*)")
_ASCII_NEXT_WORD = ascii_form(_NEXT_WORD.pattern)


def _next_word(folded: str, end: int) -> re.Match[str] | regex.Match[str] | None:
    """``_NEXT_WORD.match(folded, end)``, read by the standard engine (faster) where every
    character the pattern reads is ASCII: the four from ``end`` (the spaces and the
    first letter, or what fails the pattern there) and the one after its match."""
    if folded[end : end + 4].isascii():
        m = _ASCII_NEXT_WORD.match(folded, end)
        if m is None or folded[m.end() : m.end() + 1].isascii():
            return m
    return _NEXT_WORD.match(folded, end)


_NEXT_TITLE = regex.compile(r"[ ]{1,3}(\p{Lu}\p{Ll}{1,20})")
# What follows a capitalised noun after "a" or "an" that ends its phrase ("a Dane who").
_NOUN_END = regex.compile(r"[ ]{0,2}(?:[,.;:)]|\Z)|[ ]{1,2}(?:who|that|of|from|and|or|with)[ ]")
_APPOSITIVE = regex.compile(r"[ ]?,[ ]{1,2}([^,.;:\"()\n]{2,80})")
# The same pattern read by the standard engine, faster: it holds no class of letters, so
# both engines read it alike in any text.
_STD_APPOSITIVE = re.compile(_APPOSITIVE.pattern)
_POSSESSIVES = frozenset("her his their its our my your".split())
# words that open the object of a verb ("defended the plan", "praised his rival")
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those".split())


def _lists_people(words: list[tuple[int, int, str]]) -> bool:
    """Whether the words after a name's comma list the people with it rather than name its
    role: "Ayse Demir, her husband and their children share a room" (but "his lawyer and
    friend" is a role)."""
    return words[0][2].lower() in _POSSESSIVES and any(
        w[2] == "and" and n[2].lower() in _POSSESSIVES for w, n in itertools.pairwise(words)
    )


# ", who has been the Premier of Queensland": a role held by the name before it; the words
# of the role, and what may follow its title ("of the Victorian Commission")
_WHO_IS = regex.compile(
    r",[ ]who[ ](?:is|was|has[ ]been|had[ ]been|became|is[ ]now|was[ ]then)[ ]"
    r"((?:[\p{L}'-]+[ ]){0,4}[\p{L}'-]+)"
)
# An appositive that gives a one-word name a person's title ("Prachanda, leader of the
# rebels", "Ali, a senior adviser to ..."): the title ends it, and "of", "for", "to",
# "at" or a comma follows.
_APPOSITION = regex.compile(
    r"[ ]?,[ ]((?:(?:the|a|an)[ ])?(?:\p{Ll}[\p{Ll}'-]{0,29}[ ]){0,2}?\p{Ll}[\p{Ll}-]{0,29})"
    r"(?=[ ](?:of|for|to|at)[ ]|[ ]?,)"
)
# The same pattern for a text whose letters are all ASCII (see ascii_words), where the
# standard engine reads it several times faster.
_ASCII_APPOSITION = ascii_form(_APPOSITION.pattern)
_PREPOSITIONS = frozenset("from of at by with to in on for against about".split())
_ROLE_OF = regex.compile(r"[ ]of(?:[ ]the)?(?:[ ]\p{Lu}[\p{L}'-]*){1,4}")
_TEXT = operator.itemgetter(2)  # the word of a (start, end, word) triple
# Capitalised words that join the words of a body's name written in title case ("Research
# In Motion", "Bank Of America", "Doctors Without Borders", "Friends Of The Earth"), read
# as their lower-case forms inside a run (see _title_case_links).
_TITLE_LINKS = frozenset(
    "Of For And In On At To With Without Against Sans Under By From".split()
)
# Those of them that place or move ("In Moscow", "To Iraq"): before a place they more likely
# open a phrase of their own than join a name.
_PLACING_LINKS = frozenset("In On At To Under By From".split())
# words that join the parts of a body's name
_GLUE = frozenset(("of", "for", "the", "and", "&", *(w.lower() for w in _TITLE_LINKS)))
_CONNECTORS = frozenset(
    """of the for and & de del della da do di dos das des van von der den bin ibn al la le du
    y""".split()
)
_DEMONYM = ("ian", "ean", "ese", "ish", "ic", "an", "ern")
_COMPASS = frozenset(
    "North South East West Middle Latin Central Southern Northern Eastern Western".split()
)
# First words of the names of states, provinces and regions ("New Jersey", "West
# Virginia", "North Staffordshire"), and the initials of the compass points ("N. Korea").
_REGION_OPENERS = frozenset("North South East West New Upper Lower Greater".split())
_COMPASS_INITIALS = frozenset("N S E W".split())
# The district after a city's name ("Washington D.C.").
_DISTRICTS = frozenset(("D.C", "DC"))
# Words that end a title before "in" or "at" ("Special Agent in Charge Ann Lee").
_TITLE_CLOSERS = frozenset(("Charge", "Large", "Residence", "Waiting"))
# First words of the names of towns and landmarks ("St Petersburg", "Fort Worth").
_PLACE_OPENERS = frozenset(
    "St Ste Saint San Santa Fort Mount Mt Lake Port Porto Puerto Rio Camp".split()
)
_COMPANY_ENDS = frozenset("Inc Ltd Plc PLC LLC LLP GmbH".split())
_STRIP = frozenset({"unidentified", "unnamed", "anonymous"})
# Endings of a word glued to a name that make it no name ("Kremlin-backed", "Lee'll"): each
# opens on "-" or "'", so a word with neither ends in none of them.
_ADJECTIVAL = (
    *(
        "-" + w
        for w in """led backed based born owned run style era signed made funded bound
    linked held controlled speaking wide like related specific oriented""".split()
    ),
    "'ve",
    "'re",
    "'ll",
    "'d",
    "'m",
)
_FUNCTION = frozenset(
    """over of in on at to and or with by from for as into than that which who whose when
    while after before about against between during under said says told""".split()
)


def _words(folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words between ``start`` and ``end``: the runs of characters other than a space."""
    # the matches of "[^ ]+" over folded[start:end], read off its split at spaces
    out = []
    for w in folded[start:end].split(" "):
        if w:
            out.append((start, start + len(w), w))
        start += len(w) + 1
    return out


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def _role_before(folded: str, start: int, v: _Vocab) -> int | None:
    """Start of a lowercase title before a name ("spokesman Ned Price"), with what precedes it."""
    if start < 2 or folded[start - 1] != " ":
        return None  # no word one space before
    # the last characters of the word before
    tail = folded[start - 4 if start > 4 else 0 : start - 1]
    if tail.isascii():
        tail = tail.lower()
        if (
            tail not in v.title_tails
            and tail[-2:] not in v.short_titles
            and tail[-1:] not in v.short_titles
        ):
            return None  # the word before ends as no title does ("the", "and", ",")
    elif not _may_end_word(folded[start - 2]):
        return None  # no word ends one space before (see _word_before): "1\u0301 Lee"
    # the word before, read as _word_before reads it: a plain word after a space at once
    space = folded.rfind(" ", start - 42 if start > 42 else 0, start - 1)
    word = folded[space + 1 : start - 1] if space >= 0 else ""
    if word.isalpha():
        pos = space + 1
    else:
        word, pos = _word_back(folded, start)
    if not word or not word[0].islower() or v.titles.get(word.lower()) != "title":
        return None
    for _ in range(5):
        w, p = _word_before(folded, pos)
        if w and _ends_sentence(w, v.titles):
            break  # "before the committee. Secret Service spokesman Eric Zahren"
        if w and (
            (w[0].isupper() and w.rstrip(".") not in v.non_names)
            or _bare(w) in v.titles
            or w.endswith("'s")
        ):
            pos = p
        else:
            break
    return pos


_WORD_BACK = regex.compile(r"(?r)[\p{L}.'-]+")
# The ASCII characters of the class of _WORD_BACK.
_WORD_BACK_ASCII = "".join(chr(c) for c in range(128) if chr(c).isalpha() or chr(c) in ".'-")


def _may_end_word(c: str) -> bool:
    """Whether ``c`` may end the word :func:`_word_before` reads: a letter (of any Unicode
    version: an unassigned character may be a letter of a later one), ".", "'" or "-"."""
    return c.isalpha() or c in ".'-" or unicodedata.category(c) == "Cn"


def _ends_sentence(word: str, abbreviations: dict[str, str] | frozenset[str]) -> bool:
    """Whether ``word`` ends in a full stop that closes a sentence, not an abbreviation
    ("U.S.", "Gen.")."""
    return (
        word.endswith(".")
        and len(word) > 2
        and word.lower() not in abbreviations
        and _ABBREV_END.search(word) is None
    )


def _word_before(folded: str, start: int) -> tuple[str, int]:
    """The word that ends one space before ``start``, and where it starts ('' if none)."""
    if start < 2 or folded[start - 1] != " ":
        return "", start
    space = folded.rfind(" ", start - 42 if start > 42 else 0, start - 1)
    if space >= 0:
        word = folded[space + 1 : start - 1]
        if word.isalpha():  # the common case: a plain word after a space
            return word, space + 1
    return _word_back(folded, start)


def _word_back(folded: str, start: int) -> tuple[str, int]:
    """:func:`_word_before` where the word one space before ``start`` is no plain word
    after a space: the letters, full stops, apostrophes and hyphens ending there."""
    lo = max(0, start - 41)
    if start > 1:
        before = folded[lo : start - 1]
        if before.isascii():
            # the reverse match of _WORD_BACK over ASCII characters alone: the longest tail
            # of ASCII letters, full stops, apostrophes and hyphens
            word = before[len(before.rstrip(_WORD_BACK_ASCII)) :]
            return (word, start - 1 - len(word)) if word else ("", start)
    m = _WORD_BACK.match(folded, lo, start - 1)
    return ("", start) if m is None else (m.group(), m.start())


def _split_run(run: str, start: int) -> list[tuple[int, int, str]]:
    out = []
    for w in run.split(" "):
        out.append((start, start + len(w), w))
        start += len(w) + 1
    return out


_LETTER_RUN = regex.compile(r"\p{L}+")
# The same runs in a text whose letters are all ASCII (see ascii_words), where the standard
# engine is faster.
_ASCII_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _letter_runs(doc: Document) -> frozenset[str]:
    """Every maximal run of letters in the text: the whole words, found in one pass."""
    return doc.memo(
        "letter runs",
        lambda: distinct(
            (_ASCII_LETTER_RUN if ascii_words_of(doc) else _LETTER_RUN).findall, doc.folded
        ),
    )


# How many words a document looks up by searching its text before it collects its words.
_SEARCHED_WORDS = 8
# How many words a text whose letters are all ASCII looks up so, each search passing over at
# most _SEARCH_TRIES places where the word is written inside a longer one: there a search
# and the collection read the same whole words (the letters are those of "[A-Za-z]"), and a
# search, which reads the text at C speed, costs far less than collecting every word.
_SEARCHED_ASCII_WORDS = 64
_SEARCH_TRIES = 16


def _in_lowercase(doc: Document, word: str) -> bool:
    """Whether ``word`` (lowercase) also occurs as a whole word in the text.

    The first few words asked are searched for in the text; after that, one pass collects
    every word made of letters alone, so that many lookups in a long text stay linear.
    """
    known: dict[str, bool] = doc.memo("lowercase words asked", dict)
    found = known.get(word)
    if found is None:
        if len(known) < _SEARCHED_WORDS or not word.isalpha():
            found = _search_word(doc.folded, word)
        else:
            if len(known) < _SEARCHED_ASCII_WORDS and ascii_words_of(doc):
                found = _search_word_within(doc.folded, word, _SEARCH_TRIES)
            if found is None:
                found = word in _letter_runs(doc)
        known[word] = found
    return found


def _search_word_within(folded: str, word: str, tries: int) -> bool | None:
    """:func:`_search_word`, or ``None`` once it has passed over ``tries`` places where
    ``word`` is written inside a longer word (so that its Python steps stay bounded)."""
    n = len(word)
    size = len(folded)
    i = folded.find(word)
    while i >= 0:
        if (i == 0 or not folded[i - 1].isalpha()) and (
            i + n >= size or not folded[i + n].isalpha()
        ):
            return True
        if not tries:
            return None
        tries -= 1
        i = folded.find(word, i + 1)
    return False


def _search_word(folded: str, word: str) -> bool:
    """Whether ``word`` occurs in ``folded`` as a whole word (not inside a longer one)."""
    return _search_word_within(folded, word, -1) is True  # (no bound: never ``None``)


# Where a run of capitalised words may start: a capital not glued to a word, or one after
# the lowercase opening of "eBay" or "al-Assad".
_RUN_START = regex.compile(
    r"\p{Lu}(?<=(?<![\p{L}\p{M}\p{N}.-])(?<![\p{L}\p{M}\p{N}]')(?<!''')"
    r"(\p{Ll}{1,2}|(?:al|el|de|da|van|bin)-)?\p{Lu})"
)


def _runs(
    folded: str, ascii_only: bool | None = None
) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches of ``_RUN`` over the text, tried only where a run may start;
    ``ascii_only`` is :func:`ascii_words` of the text, if known."""
    if ascii_words(folded) if ascii_only is None else ascii_only:
        if not _ascii_lower_opening(folded):  # every run opens on a capital
            return _ASCII_CAPITAL_RUN.finditer(folded)
        return _ASCII_RUN.finditer(folded)
    if _LOWER_OPENING.search(folded) is None:
        return _CAPITAL_RUN.finditer(folded)
    return _unicode_runs(folded)


# Every ASCII letter as "a" (lower case) or "A" (upper case), other characters as they are.
_LETTER_CASES = bytes.maketrans(
    bytes(range(ord("a"), ord("z") + 1)) + bytes(range(ord("A"), ord("Z") + 1)),
    b"a" * 26 + b"A" * 26,
)


def _ascii_lower_opening(folded: str) -> bool:
    """Whether ``_ASCII_LOWER_OPENING`` matches somewhere in ``folded`` (whose letters are
    ASCII): tried only at the capitals right after a lowercase letter or a hyphen, where
    each of its matches starts, which a text of ASCII characters finds among the cases of
    its letters."""
    if not folded.isascii():
        return _ASCII_LOWER_OPENING.search(folded) is not None
    cases = folded.encode("ascii").translate(_LETTER_CASES)
    for pair in (b"aA", b"-A"):
        at = cases.find(pair)
        while at >= 0:
            if _ASCII_LOWER_OPENING.match(folded, at + 1) is not None:
                return True
            at = cases.find(pair, at + 1)
    return False


def _unicode_runs(folded: str) -> Iterator[regex.Match[str]]:
    last = 0
    match = _RUN.match
    for c in _RUN_START.finditer(folded):
        p = c.start(1)
        if p < 0:
            p = c.start()
        if p < last:
            continue
        m = match(folded, p)
        if m is not None:
            last = m.end()
            yield m


def _common_opener(doc: Document, m: Mention) -> bool:
    """Whether a lone ``name`` opens its sentence and is a common word ("Grateful for ...")."""
    return _opens_common(doc, m.start, m.name)


# Endings of adverbs that open a sentence before a comma ("Personally,", "Ironically,"); each
# ends in "y", so a word that does not ends in none of them.
_ADVERB_ENDS = (
    *("ally", "ately", "ously", "ntly", "ively", "fully", "ingly", "edly", "stly", "arly"),
)


# Prepositions and conjunctions after a sentence-opening adverb ("Especially in ...").
_ADVERB_NEXT = tuple(
    f" {w} "
    for w in """in on at for from after before since during among with when while if
    because as""".split()
)


def _at_opening(doc: Document, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a quotation."""
    if start and doc.folded[start - 1] not in "\n\"'(":
        sentence = doc.sentence_at(start)
        if sentence is not None and sentence.start != start:
            return False
    return True


def _opens_common(doc: Document, start: int, name: str) -> bool:
    """:func:`_common_opener` for the name ``name`` written at ``start``."""
    lower = name.lower()
    if lower.endswith("y") and lower.endswith(_ADVERB_ENDS):  # (see _ADVERB_ENDS)
        folded = doc.folded
        if folded.startswith(",", start + len(name)) and (
            folded.endswith(": ", 0, start) or _at_opening(doc, start)
        ):
            return True  # "Personally, I think ...": an adverb set off before the clause
        if (
            len(lower) > 6
            and folded.startswith(_ADVERB_NEXT, start + len(name))
            and _at_opening(doc, start)
        ):
            return True  # "Especially in the cities, ...": an adverb before a preposition
    if start and doc.folded[start - 1] not in "\n\"'(":  # _at_opening, written out
        sentence = doc.sentence_at(start)
        if sentence is not None and sentence.start != start:
            return False  # inside its sentence
    if len(lower) > 5 and lower.endswith(_OPENING_MODIFIER_ENDS):
        nxt = _LOWER_NEXT.match(doc.folded, start + len(name))
        if (
            nxt is not None
            and _modifies_next(lower, nxt.group(1))
            # (a word the text writes elsewhere with its capital is a name: "Mulally")
            and doc.folded.find(name, 0, start) < 0
            and doc.folded.find(name, start + len(name)) < 0
        ):
            return True  # "Questioned about ...", "Proudly paid for ...", "Vicious attacks"
    return _in_lowercase(doc, lower) or (
        # "Opponents of the plan said": a plural whose singular the text writes in lower case
        len(lower) > 4
        and lower.endswith("s")
        and not lower.endswith("ss")
        and lower.isalpha()
        and not doc.folded.startswith(_NAMED_AFTER, start + len(name))
        and _in_lowercase(doc, lower[:-1])
    )


# The endings of a participle, an adverb or an adjective that may open a sentence before
# the word it modifies ("Questioned about", "Proudly paid", "Vicious attacks").
_OPENING_MODIFIER_ENDS = ("ed", "ly", "ous", "ive", "ful")
_LOWER_NEXT = regex.compile(r"[ ](\p{Ll}+)\b")
# The prepositions after an opening participle ("Asked about", "Based in").
_AFTER_PARTICIPLE = frozenset(
    "about regarding on in at by for from with over of to as after".split()
)
# The verbs of speech after a name that may end like an adverb ("Kelly said").
_NAME_VERBS = frozenset(
    "said says told tells added adds asked asks wrote writes stated states".split()
)


def _modifies_next(lower: str, nxt: str) -> bool:
    """Whether the opening word ``lower`` (in lower case), which ends like a participle, an
    adverb or an adjective, modifies the lower-case word ``nxt`` after it, and so is no
    name: a participle before a preposition, an adverb of the endings adverbs have before
    any word but a verb of speech, an adjective before a noun in "-s"."""
    if lower.endswith("ed"):
        return nxt in _AFTER_PARTICIPLE
    if lower.endswith("ly"):
        return lower.endswith((*_ADVERB_ENDS, "dly")) and nxt not in _NAME_VERBS
    return nxt.endswith("s") and nxt not in _NAME_VERBS and len(nxt) > 3


# What follows a plural noun that the names after it stand for ("Groups such as Oxfam").
_NAMED_AFTER = (" such as ", " including ", " like ")


def _common_words(doc: Document, plain: list[str], v: _Vocab) -> bool:
    """Whether a run of capitalised words opens and ends with words the text also writes in
    lower case, and opens on no given name: a capitalised phrase ("State Media", "Senior
    Indigenous") rather than a person's name."""
    first, last = plain[0], plain[-1]
    return (
        first not in v.first_names
        and first.isalpha()
        and last.isalpha()
        and _in_lowercase(doc, first.lower())
        and _in_lowercase(doc, last.lower())
    )


def _alone_elsewhere(folded: str, word: str, start: int) -> bool:
    """Whether ``word`` is written elsewhere than at ``start`` as a name of its own: a whole
    word not followed by another capitalised word."""
    n = len(word)
    i = folded.find(word)
    while i >= 0:
        after = folded[i + n : i + n + 2]
        if (
            i != start
            and (i == 0 or not folded[i - 1].isalpha())
            and not after[:1].isalpha()
            and not (after[:1] == " " and after[1:].isupper())
        ):
            return True
        i = folded.find(word, i + 1)
    return False


def _links(word: str) -> bool:
    """Whether ``word`` is a connector that links the words of a name ("of", "and", "bin"),
    not one written with a capital that opens a name ("Al Jazeera", "El Tiempo", "Vice
    President Al Gore")."""
    low = word.lower()
    return low in _CONNECTORS and (word == low or low in _ENGLISH_CONNECTORS)


_ENGLISH_CONNECTORS = frozenset("of the for and &".split())


# A lawmaker's party and state in brackets after the name: "(R-TX)", "(D-New York)".
_PARTY_TAG = regex.compile(r"[RDI]-(?:\p{Lu}{2}|\p{Lu}\p{Ll}{1,15}(?:[ ]\p{Lu}\p{Ll}{1,15})?)")
# A programme's closing words after its title: "the Health & Lifestyle report."
_REPORT_AFTER = regex.compile(r"[ ][Rr]eport[ ]?(?:[.!]|\Z)")


def _named(doc: Document, v: _Vocab) -> list[Mention]:
    """The mentions the runs of capitalised words make, in text order."""
    out: list[Mention] = []
    non_names, orgs = v.non_names, v.orgs
    folded = doc.folded
    runs = _name_runs(doc.text, folded, v, ascii_words_of(doc))
    if any(". " in run[2] for run in runs):
        runs = _cut_at_sentences(doc, runs)
    # the runs of one word that the loop skips at "plain in non_names ..." below (each test
    # before that skips a run of one word too), dropped in one pass
    kept = map(operator.not_, map(v.skipped_words.__contains__, map(_TEXT, runs)))
    for run_start, run_end, text in itertools.compress(runs, kept):
        after = folded[run_end : run_end + 1]  # (the tests below each need one of these)
        if (
            after == " "
            and folded.startswith((" report", " Report"), run_end)
            and _REPORT_AFTER.match(folded, run_end)
            and folded.endswith(("the ", "The "), 0, run_start)
        ):
            continue  # "that's the Health & Lifestyle report.": a programme's title, no name
        if folded[run_start - 1 : run_start] == "(" and _PARTY_TAG.fullmatch(text):
            continue  # "Tom Lee (R-TX)": a lawmaker's party and state, no name
        if after == "-" and folded[run_end + 1 : run_end + 2].isdigit():
            continue  # "US F-15 jets", "a Boeing B-52": a model's name, no one's
        if after == "$":  # "NZ$ 10", "US$5": a currency, not a name
            space = text.rfind(" ")
            if space < 0:
                continue
            text = text[:space]
        if " " not in text:  # one word, the most common run
            plain = text.rstrip(".")
            if plain in non_names or plain in _COMPANY_ENDS or text.lower() in _CONNECTORS:
                continue  # "DivX, Inc.": the end of the company's name, cut off by a comma
            if text in v.labels and _opening_label(folded, run_start, v.labels[text]):
                continue  # "Politics and conflicts On Friday, ...": a category label
            start = run_start
            one = _one_word(doc, start, start + len(text), text, plain, v)
            if one is not None:
                out.append(one)
            continue
        words = _split_run(text, run_start)
        if (
            len(words) > 2
            and words[0][2] in _ARTICLE_WORDS
            and folded.endswith("''", 0, run_start)
            and folded.startswith(("''", " ''"), words[-1][1])
        ):
            words.pop(0)  # "''The Sunday Times''": a title keeps its words after "The"
        else:
            while words and (words[0][2].rstrip(".") in non_names or _links(words[0][2])):
                words.pop(0)
        if (
            len(words) >= 4
            and words[1][2] == "of"
            and words[0][2] in [w[2] for w in words[3:]]
        ):
            # "the sea Tigers of the Liberation Tigers of Tamil Eelam": a part of the body
            # named after it, then the body's name
            words = words[3:] if words[2][2] == "the" else words[2:]
        while words and words[-1][2].lower() in _CONNECTORS:
            words.pop()
        if not words:
            continue
        if len(words) > 2:
            words = _title_case_links(words, v)
        # "Aviation The International ...": a capitalised function word starts a new name
        for i in range(len(words) - 1, 0, -1):
            if words[i][2] in non_names and not (
                (i == len(words) - 1 or words[i + 1][2] in ("and", "&"))
                and (
                    words[i][2] in orgs
                    or (words[i][2] in _TITLE_ENDS and words[i - 1][2] not in non_names)
                )
            ):
                # ("Human Rights Watch": a body's last word, not a new name's first; "USA
                # Today": a title's)
                rest = words[i + 1 :]
                words = words[:i]
                if rest:
                    out.extend(_one_name(doc, rest, v))
        # split "Putin and Zelenskiy", keep "Securities and Exchange Commission"
        parts: list[list[tuple[int, int, str]]] = [[]]
        if "and" in text or "&" in text or "And" in text:
            for w in words:
                if (
                    w[2] == "and"
                    and (
                        not (
                            (words[-1][2] in orgs and words[-1][2] not in _FIRM_ENDS)
                            or words[-1][2] in _BODY_ENDS
                        )
                        or any(x[2] in orgs for x in parts[-1])
                        or _acronym_part(parts[-1])  # "HSBC and Acme Bank"
                    )
                    and not _remit_goes_on(parts[-1], v)
                ):
                    parts.append([])
                else:
                    parts[-1].append(w)
        else:
            parts[0] = words
        for part in _split_person_of(parts, v):
            opens = part[0][0] if part else _LABEL_REACH
            if opens < _LABEL_REACH and not (
                _ASCII_LOWER_BEFORE if folded[:opens].isascii() else _LOWER_BEFORE
            ).search(folded, 0, opens):
                part = _after_opening_label(doc, part, v)
                if not part:
                    continue
            for m in _one_name(doc, part, v):
                if m.kind == "name" and _common_opener(doc, m):
                    continue  # a common word opening a sentence ("Grateful for ...")
                out.append(m)
    return out


def _acronym_part(part: list[tuple[int, int, str]]) -> bool:
    """Whether ``part`` is one acronym, a whole name before "and" ("HSBC and Acme Bank")."""
    return len(part) == 1 and len(part[0][2]) > 1 and part[0][2].isalpha() and part[0][2].isupper()


# Common nouns that end a firm's name ("Acme Research", "Lee Capital"): a name before "and"
# is not one word of such a firm's name ("Flickr and Getty Images").
_FIRM_ENDS = frozenset(
    "Research Strategies Capital Consulting Consultants Analytics Associates Advisors Advisers"
    " Economics Insights Investments Ventures Images Healthcare Exploration".split()
)


def _remit_goes_on(part: list[tuple[int, int, str]], v: _Vocab) -> bool:
    """Whether an "and" after ``part`` goes on with the remit of the body it names
    ("Ministry of Culture and Islamic Guidance", "Department of Health and Human
    Services", "Minister for Women and Child Development"), not with another name ("Bank of
    Ruritania and Acme"): a body's word or a title, "of" or "for", and one word that is no
    place."""
    for k in (3, 4):  # one word of remit, or "... Affairs" ("Ministry of Foreign Affairs and")
        if (
            len(part) >= k
            and (part[-k][2] in v.orgs or v.titles.get(part[-k][2].lower()) == "title")
            and part[-k + 1][2] in ("of", "for", "on")
            and all(w[2] not in v.places and w[2] not in v.place_words for w in part[-k + 2 :])
            and (k == 3 or part[-1][2] == "Affairs")
        ):
            return True
    # "Secretary of State for Foreign and Commonwealth Affairs", "Assistant Secretary of
    # State for East Asian and Pacific Affairs": a title's remit after a title of several
    # words, in one or two words
    for k in (2, 3):
        if (
            len(part) >= k + 2
            and part[-k][2] == "for"
            and all(w[2] not in v.places and w[2][:1].isupper() for w in part[-k + 1 :])
            and any(v.titles.get(w[2].lower()) == "title" for w in part[:-k])
        ):
            return True
    return False


# Words of time that end the title of a newspaper or a programme after a name's word ("USA
# Today", "Newsnight Tonight"), where elsewhere they open no name.
_TITLE_ENDS = frozenset(("Today", "Tonight"))


# Plural nouns whose possessive opens or continues a body's name ("People's Action Party",
# "Workers' Party", "Women's Aid"): a plural in "s'" does too when the name ends as a body's.
_PLURAL_POSSESSIVES = frozenset("People Peoples Women Children Men".split())
_POSSESSIVE_LINK = regex.compile(r"(?:'s|\u2019s|'|\u2019)[ ](?=\p{Lu})")
# The same pattern for ASCII characters: it reads at most four characters, so where the
# four from the apostrophe are ASCII the standard engine reads them as the full one does.
_ASCII_POSSESSIVE_LINK = ascii_form(_POSSESSIVE_LINK.pattern)


def _cut_at_sentences(
    doc: Document, runs: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``runs`` with each run cut where a sentence starts inside it: a short name's full
    stop, which the runs read as an abbreviation's, may end a sentence ("said Jo Ray. Ray
    added"), and then the name ends before it."""
    starts = frozenset(doc.sentence_starts)
    out = []
    for start, end, text in runs:
        at = text.find(". ")
        while at >= 0:
            if start + at + 2 in starts:
                out.append((start, start + at, text[:at]))
                text = text[at + 2 :]
                start += at + 2
                at = text.find(". ")
            else:
                at = text.find(". ", at + 2)
        out.append((start, end, text))
    return out


def _name_runs(
    text: str, folded: str, v: _Vocab, ascii_only: bool
) -> list[tuple[int, int, str]]:
    """The runs of capitalised words (see :func:`_runs`) as ``(start, end, words)``, with a
    run that ends in a plural possessive joined to the run after it when the two make one
    name ("Mongolian People's Revolutionary Party"), then a run that ends in a committee's
    word joined to the run after "on" or "to" that names its remit ("Committee on Foreign
    Relations"): see :func:`_joined_runs` and :func:`_remit_runs`."""
    runs = [(m.start(), m.end(), m.group()) for m in _runs(folded, ascii_only)]
    if " for the " in folded:
        runs = _for_the_runs(runs, v)
    # A run joins the next only after a possessive link, and the remit pass changes
    # nothing without a committee's word before "on" or "to": each pass runs only where
    # the text holds what it joins.
    if "'" in folded or "\u2019" in folded:
        runs = _joined_runs(text, folded, v, runs)
    if _REMIT_AHEAD.search(folded) is not None:
        runs = list(_remit_runs(text, folded, v, runs))
    return runs


def _for_the_runs(
    runs: list[tuple[int, int, str]], v: _Vocab
) -> list[tuple[int, int, str]]:
    """``runs`` with each run that "for the" joins after a word that names no body cut in
    two there: "Office for the Coordination of Humanitarian Affairs" is one name, "Lawyers
    for the Ilois" and "Minister for the Environment" are two."""
    out = []
    for start, end, words in runs:
        at = words.find(" for the ")
        while at >= 0:
            head = words[words.rfind(" ", 0, at) + 1 : at]
            if head in v.orgs:
                at = words.find(" for the ", at + 9)
                continue
            out.append((start, start + at, words[:at]))
            cut = at + len(" for the ")
            start, words = start + cut, words[cut:]
            at = words.find(" for the ")
        out.append((start, end, words))
    return out


def _joined_runs(
    text: str, folded: str, v: _Vocab, runs: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``runs`` (in text order) with a run that ends in a plural possessive joined to the
    run right after the possessive when the two make one name ("Mongolian People's
    Revolutionary Party"); a joined run may join the next in turn."""
    # only a run that a possessive link ends may join the next: the runs, by their ends
    ends = dict(zip(map(_RUN_END, runs), itertools.count()))
    # where a possessive link ends a run (each link opens on an apostrophe, so only the
    # apostrophes that end a run are tried)
    links: dict[int, re.Match[str] | regex.Match[str]] = {}
    for mark in ("'", "\u2019"):
        at = folded.find(mark)
        while at >= 0:
            if at in ends:
                found = (
                    _ASCII_POSSESSIVE_LINK if folded[at : at + 4].isascii() else _POSSESSIVE_LINK
                ).match(folded, at)
                if found is not None:
                    links[at] = found
            at = folded.find(mark, at + 1)
    if not links:
        return runs
    # those runs, by their place in ``runs``
    linked = sorted(ends[at] for at in links)
    out: list[tuple[int, int, str] | None] = list(runs)
    for i in linked:  # in text order, so that a joined run may join the next in turn
        link = links[runs[i][1]]
        before = out[i]
        if i + 1 < len(runs) and before is not None:
            current = runs[i + 1]
            if link.end() == current[0] and _joins(before[2], current[2], link.group(), v):
                out[i + 1] = (before[0], current[1], text[before[0] : current[1]])
                out[i] = None  # joined to the next
    return list(filter(None, out))


_RUN_END = operator.itemgetter(1)  # the end of a (start, end, words) run


# "on" or "to" between a body's name and the remit or aim that ends it ("House Committee on
# Oversight and Government Reform", "Committee to Protect Journalists").
_REMIT_LINK = regex.compile(r"[ ](?:on|to)[ ]")
# The bodies whose name goes on with such a remit.
_REMIT_BODIES = frozenset(
    "Committee Commission Council Subcommittee Campaign Coalition Office Panel".split()
)
# One of them before "on" or "to" anywhere in the text (a pre-check: it may end a longer
# word): without it, no run is held to join its remit.
_REMIT_AHEAD = re.compile("(?:" + "|".join(sorted(_REMIT_BODIES)) + ")[ ](?:on|to)[ ]")


def _remit_runs(
    text: str, folded: str, v: _Vocab, runs: Iterable[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """``runs`` with a run that ends in a committee's word joined to the run after "on" or
    "to" that names its remit ("Committee on Foreign Relations"), unless that run is a day,
    a place or another name's opening ("the Council on Monday", "Committee to Iraq")."""
    held: tuple[int, int, str] | None = None
    for current in runs:
        if held is not None:
            link = _REMIT_LINK.match(folded, held[1])
            first = current[2].split(" ", 1)[0]
            if (
                link is not None
                and link.end() == current[0]
                and first not in v.non_names
                and first not in v.places
                and first not in v.place_words
            ):
                current = (held[0], current[1], text[held[0] : current[1]])
            else:
                yield held
            held = None
        if current[2].rsplit(" ", 1)[-1] in _REMIT_BODIES and _REMIT_LINK.match(folded, current[1]):
            held = current
        else:
            yield current
    if held is not None:
        yield held


def _joins(before: str, after: str, link: str, v: _Vocab) -> bool:
    """Whether ``before``, a plural possessive (``link``) and ``after`` make one name."""
    last = before.rsplit(" ", 1)[-1]
    plural = last in _PLURAL_POSSESSIVES and link[-2:-1] == "s"
    if not plural and not (link[:1] in "'\u2019" and len(link) == 2 and last.endswith("s")):
        return False  # "Britain's Labour Party": a singular possessive
    return after.rsplit(" ", 1)[-1] in v.orgs or (plural and last.startswith("People"))


def _title_case_links(
    words: list[tuple[int, int, str]], v: _Vocab
) -> list[tuple[int, int, str]]:
    """``words`` with each capitalised linking word between two words of a name (and a "The"
    right after it) in lower case, so that the run is read as one name, as "Research in
    Motion" or "Friends of the Earth" would be.

    A link after a word that is no name ("Monday In Moscow"), or before a word that is no
    name or a place it may put the name in ("Sports In Moscow"), is left as it is.

    >>> _title_case_links(_split_run("Friends Of The Earth", 0), vocab(Config()))
    [(0, 7, 'Friends'), (8, 10, 'of'), (11, 14, 'the'), (15, 20, 'Earth')]
    """
    out = words
    non_names = v.non_names
    for i in range(1, len(words) - 1):
        link = words[i][2]
        if link not in _TITLE_LINKS:
            continue
        before = words[i - 1][2]
        if not before[:1].isupper() or before in non_names or before in _TITLE_LINKS:
            continue
        j = i + 2 if words[i + 1][2] == "The" and i + 2 < len(words) else i + 1
        after = words[j][2].rstrip(".")
        if not after[:1].isupper() or after in non_names or after in _TITLE_LINKS:
            continue
        if link in _PLACING_LINKS and (after in v.places or after in v.place_words):
            continue
        if out is words:
            out = list(words)
        for k in range(i, j):
            s, e, w = words[k]
            out[k] = (s, e, w.lower())
    return out


# Last words that end only the names of bodies, not those of people or places, but that do
# not mark a body wherever they stand in its name ("Amnesty International", "Delta Air
# Lines", "Innocence Project"; but "International Space Station").
_BODY_ENDS = frozenset("Archive Archives International Lines Project Network".split())
# The plural of a party's or a movement's member that names it ("Scottish Socialists",
# "Australian Democrats", "Young Republicans"), by its ending or as a whole.
_MEMBERS_ENDS = ("ists", "crats")
_MEMBERS = frozenset("Republicans Liberals Conservatives Greens Tories Nationals".split())
_PARTY_MEMBERS = frozenset("Democrat Republican Liberal Conservative Tory Socialist".split())


def _ends_as_body(last: str) -> bool:
    """Whether ``last``, the last word of a name of two words or more, makes it a body's."""
    return (
        last in _BODY_ENDS
        or last in _MEMBERS
        or last.endswith(_MEMBERS_ENDS)
        or last in _BRANCH_ENDS
    )


# Last words of an airline's name or of a body's branch in a state ("Korean Air", "Cancer
# Research UK", "Amnesty International USA"), never of a person's.
_BRANCH_ENDS = frozenset(("Air", "UK", "USA"))


def _named_by_initials(folded: str, end: int, plain: list[str]) -> bool:
    """Whether a name of two words or more is followed by its initials in brackets
    ("Pandemic Response Unit (PRU)"): a body's name, not a person's."""
    if not folded.startswith((" (", "  ("), end):
        return False  # no bracket after the name: ACRONYM cannot match
    if len(plain) < 2 or plain[-1].endswith("ed") or any(w.endswith("ly") for w in plain):
        return False  # "Genetically Modified (GM)": a modifier, no name
    m = _acronym_at(folded, end)
    if m is None:
        return False
    initials = "".join(w[0] for w in plain if w.lower() not in _ENGLISH_CONNECTORS)
    return m.group(1).replace(".", "") == initials


def _one_word(
    doc: Document, start: int, end: int, word: str, plain: str, v: _Vocab
) -> Mention | None:
    """:func:`_one_name` for a run of one word that is neither a non-name nor a connector,
    ``plain`` without its full stops; ``None`` for a common word opening a sentence too."""
    text = doc.text
    lower = plain.lower()
    title = v.titles.get(lower)
    if title is not None:
        if title == "title":
            written = text[start:end]
            return _make_mention(start, end, written, "role", written, written, None, None)
        return None  # an honorific, or a title of another kind (see below)
    if lower in v.pronouns or (
        ("-" in plain or "'" in plain) and plain.endswith(_ADJECTIVAL)  # (see _ADJECTIVAL)
    ):
        return None
    if plain.endswith(("n't", "n\u2019t")):
        return None  # "Don't", "Won't": a verb opening a sentence
    folded = doc.folded
    if folded[end - 1] == "." and not _ABBREV_END.search(folded, start, end):
        end -= 1
    if end <= start:
        return None
    if (
        (len(plain) > 4 and plain.endswith(_DEMONYM)) or plain in v.demonyms
    ) and _adjective_before_noun(folded, end, plain, v):
        return None  # an adjective: "the Russian buildup", "European states"
    if folded[start - 2 : start] in _A_AN_ENDS and _one_of_a_people(folded, start, end):
        return None  # "is a Dane who ...", "an Australian, ...": a noun for one of a people
    name = text[start:end]
    role_start = _role_before(folded, start, v)
    if role_start is None:
        role = role_span = None
    else:
        role = text[role_start : start - 1]
        role_span = Span(role_start, start - 1, role)
    if plain in v.orgs or (
        plain.isupper()
        and len(plain) > 1
        and name not in v.places
        and plain.title() not in v.places  # "WASHINGTON (AP)": a dateline's place
    ):
        kind = "organisation"
    elif (
        plain in v.place_words
        and name not in v.places
        and _next_word(folded, end) is not None
        and _at_opening(doc, start)
    ):
        return None  # "Prison officers said": a common noun opening its sentence
    elif (
        name in v.places
        or plain in v.places
        or plain in v.place_words
        or (plain.isupper() and plain.title() in v.places)
    ):
        kind = "place"
    elif role is not None:
        kind = "person"
    elif _body_noun_before(folded, start):
        kind = "organisation"  # "the newspaper Clarin"
    elif (
        # (_role_held opens on ", who ", _role_after on a comma or a space and a comma)
        folded.startswith((",", " ,"), end)
        and (role_span := _role_held(doc, end, v) or _role_after(doc, start, end, v)) is not None
    ):
        role, kind = role_span.text, "person"
    else:
        if _opens_common(doc, start, name):
            return None  # a common word opening a sentence ("Grateful for ...")
        kind = "name"
    gender = None
    if kind == "person":
        for h in [word, *(role or "").split(" ")]:
            h = h.lower().rstrip(".")
            if h in v.genders:
                gender = v.genders[h]
                break
    return _make_mention(start, end, name, kind, name, role, role_span, gender)


# Words after a lower-case title that make it a role serving someone ("spokesman for").
_SERVES = frozenset("for of to with at".split())


def _titled_person(words: list[tuple[int, int, str]], v: _Vocab) -> bool:
    """Whether an appositive's words end in a person's name after a title ("Mr Howard,
    Archbishop of Brisbane John Bathersby, said"): another person, not the first one's
    role (but "Ann Lee, President John Ray's adviser", "Ann Lee, spokesman for President
    John Ray")."""
    n = len(words)
    for a, b in itertools.pairwise(words):
        if a[2].islower() and v.titles.get(a[2]) == "title" and b[2] in _SERVES:
            return False  # "Ann Lee, spokesman for President Jo Ray": her role
    for i in range(max(1, n - 3), n):
        given = words[i][2]
        if given in v.first_names and given[:1].isupper():
            rest = [w[2] for w in words[i + 1 :]]
            return all(w[:1].isupper() and not w.endswith("'s") for w in rest) and any(
                v.titles.get(_bare(w[2])) == "title" for w in words[:i]
            )
    return False


def _role_after(doc: Document, start: int, end: int, v: _Vocab) -> Span | None:
    """The title an appositive gives the name from ``start`` to ``end`` ("Prachanda, leader
    of the rebels"), or ``None``; not after a preposition ("from Acme, the chief said")."""
    if not doc.folded.startswith((",", " ,"), end):
        return None  # _APPOSITION opens on a comma, or on a space and a comma
    m = (_ASCII_APPOSITION if ascii_words_of(doc) else _APPOSITION).match(doc.folded, end)
    if m is None or v.titles.get(m.group(1).rsplit(" ", 1)[-1]) != "title":
        return None
    if any(w.endswith("ing") for w in m.group(1).split(" ")):
        return None  # "Acme, including chief executive ..."
    if _word_before(doc.folded, start)[0] in _PREPOSITIONS:
        return None
    return Span(m.start(1), m.end(1), doc.text[m.start(1) : m.end(1)])


def _role_held(doc: Document, end: int, v: _Vocab) -> Span | None:
    """The role a relative clause gives the name ending at ``end`` ("Beattie, who has been
    the Premier of Queensland, ..."): up to a title among its first five words."""
    folded = doc.folded
    if not folded.startswith(", who ", end):
        return None
    rel = _WHO_IS.match(folded, end)
    if rel is None:
        return None
    start = rel.start(1)
    words = _words(folded, start, rel.end(1))
    for i, w in enumerate(words):
        low = w[2].lower()
        if i == 0 and low in ("the", "a", "an"):
            continue
        if v.titles.get(low) == "title":
            stop = w[1]
            for more in words[i + 1 :]:  # "Chief Justice": the title's last word
                if v.titles.get(more[2].lower()) != "title":
                    break
                stop = more[1]
            of = _ROLE_OF.match(folded, stop)
            stop = of.end() if of else stop
            return Span(start, stop, doc.text[start:stop])
        if not w[2][:1].isupper() and words[0][2].lower() not in ("the", "a", "an"):
            return None  # "who is happy": no role
    return None


# Lower-case nouns for a kind of body: a name right after one is that body's name ("the
# newspaper El Comercio", "rights group Human Rights First", "the airline Acme").
_BODY_NOUNS = frozenset(
    """administration agency airline association authority bank broadcaster carrier channel
    charity club coalition commission committee company council daily firm foundation group
    magazine movement network newspaper nonprofit organisation organization outlet paper
    party publication regulator station tabloid team union university watchdog
    website""".split()
)
# Their last three letters (each has four or more).
_BODY_NOUN_TAILS = frozenset(n[-3:] for n in _BODY_NOUNS)


def _body_noun_before(folded: str, start: int) -> bool:
    """Whether the word one space before ``start`` is one of :data:`_BODY_NOUNS`."""
    if start < 3 or folded[start - 1] != " " or not folded[start - 2].islower():
        return False
    if folded[start - 4 if start > 4 else 0 : start - 1] not in _BODY_NOUN_TAILS:
        return False  # the word before ends as none of them does
    word, _ = _word_before(folded, start)
    return word in _BODY_NOUNS


# The Arabic and Spanish articles that open the names of bodies as "Al" and "El" ("Al
# Jazeera", "El Tiempo"), and some persons' given names as well ("Al Gore").
_ARTICLES = frozenset(("Al", "El"))


def _article_named(folded: str, plain: list[str], name: str) -> bool:
    """Whether ``name``, opening with one of :data:`_ARTICLES`, is a body's: written more
    than once, and its last word never without it, as a person's surname would be."""
    if plain[0] not in _ARTICLES or not 2 <= len(plain) <= 3:
        return False
    times = folded.count(name)
    return times >= 2 and folded.count(plain[-1]) == times


def _qualifies_title(word: str, v: _Vocab) -> bool:
    """Whether a capitalised ``word`` before a title may be part of the role ("U.S.
    Senators", "Democratic Senators"), not a name of its own ("Seabreeze Partners")."""
    plain = word.rstrip(".")
    return (
        word.endswith(".")
        or plain in v.places
        or plain in v.demonyms
        or plain.endswith(_DEMONYM)
        or v.titles.get(plain.lower()) == "title"
    )


def _demonym_of_place(name: str, v: _Vocab) -> bool:
    """Whether ``name`` is a place's name with an adjective's ending: "Sri Lankan" ("Sri
    Lanka"), "Costa Rican", "New Zealander"."""
    return name[:-1] in v.places or (name.endswith(("an", "er")) and name[:-2] in v.places)


def _adjective_before_noun(folded: str, end: int, word: str, v: _Vocab) -> bool:
    """Whether ``word``, ending at ``end``, is a nationality or religion adjective before a
    common noun ("Russian buildup", "Saudi  officials"), not a name acting ("Russian said")."""
    if not (
        (word.endswith(_DEMONYM) and len(word) > 4 and word not in v.places)
        or word in v.demonyms
    ):
        return False
    nxt = _next_word(folded, end)
    if nxt is None:  # "Ruritanian  President Ann Lee": the adjective of a title
        title = _NEXT_TITLE.match(folded, end)
        return title is not None and v.titles.get(title.group(1).lower()) == "title"
    if nxt.group(1) not in v.verbs:
        return True
    return nxt.group(1) in _NOUN_TOO and not (
        # "The Guardian reports that": a paper's title, then its verb
        nxt.group(1) in ("reports", "notes")
        and word not in v.demonyms
        and folded.endswith(("The ", "the "), 0, end - len(word))
        and folded.startswith(" that ", nxt.end())
    )


_ADJECTIVE_ENDS = ("ian", "ean", "ese", "ish", "ic", "al", "ary")
# Words after a name that do not make it the modifier of a noun ("Ann Lee about ...").
_NOT_NOUNS = frozenset(
    "about of in on at to for with from by and or who whom whose which that as than".split()
)


def _adjective_run(folded: str, end: int, plain: list[str], v: _Vocab) -> bool:
    """Whether capitalised words ending at ``end`` are all adjectives ("Federal",
    "Parliamentary", "Australian") before a lower-case word, not a name."""
    demonyms = v.demonyms
    for w in plain:
        if w not in demonyms and (len(w) <= 4 or not w.endswith(_ADJECTIVE_ENDS)):
            return False
    nxt = _next_word(folded, end)
    return nxt is not None and nxt.group(1) not in _NOT_NOUNS


# The two characters before a word that "a" or "an" may end one space before (see
# _one_of_a_people).
_A_AN_ENDS = frozenset(("a ", "A ", "n "))


def _one_of_a_people(folded: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` follows "a" or "an" and ends its
    phrase ("is a Dane who ...", "an Australian, ..."): a noun for one of a people."""
    if start < 2 or folded[start - 1] != " " or folded[start - 2] not in "aAn":
        return False  # the word before (see _word_before) cannot be "a" or "an"
    return _word_before(folded, start)[0] in ("a", "A", "an", "An") and bool(
        _NOUN_END.match(folded, end)
    )


# The articles that open a title ("''The Sunday Times''").
_ARTICLE_WORDS = frozenset(("The", "A", "An"))

# How far into a text a category label glued to its first sentence may reach, and a
# lower-case letter, which no such label holds before the run it opens.
_LABEL_REACH = 60
_LOWER_BEFORE = regex.compile(r"\p{Ll}")
_ASCII_LOWER_BEFORE = ascii_form(_LOWER_BEFORE.pattern)  # (before an ASCII opening)


def _opening_label(folded: str, start: int, labels: tuple[str, ...]) -> bool:
    """Whether one of ``labels`` is written at ``start``, before a capital or a quotation
    mark, with no lower-case letter before it in the text: a category label."""
    if start >= _LABEL_REACH or (
        _ASCII_LOWER_BEFORE if folded[:start].isascii() else _LOWER_BEFORE
    ).search(folded, 0, start):
        return False
    for label in labels:
        after = start + len(label)
        if folded.startswith(label, start) and folded[after : after + 1] == " ":
            rest = folded[after : after + 8].lstrip(" ")
            if rest[:1].isupper() or rest[:1] == '"':
                return True
    return False


def _after_opening_label(
    doc: Document, part: list[tuple[int, int, str]], v: _Vocab
) -> list[tuple[int, int, str]]:
    """The words of a run that opens the text, without a category label glued to it.

    A site's category opens many texts with one space before the story: "Cyclone Nargis
    Gordon Brown, the Prime Minister, said" (a label, then a person's name opened by a
    known given name) or "Israel Israel has tested" (a place, then the same word again).
    """
    n = len(part)
    words = [w[2] for w in part]
    if n == 2 and words[0] == words[1] and words[0] in v.places:
        return part[1:]
    for k in range(2, n - 1):  # a label of two words or more ("Democrat Ann Lee": a role)
        if words[k] in v.first_names:
            if n - k > 3 or any(
                w.endswith(".")
                or w.lower() in v.titles
                or w.lower()[:-1] in v.titles  # "Senators Ann Lee and ..."
                or w in _PARTY_MEMBERS
                or w in v.first_names
                or w in v.orgs
                or w in v.place_words
                for w in words[:k]
            ):
                return part  # "Senator John Lee", "St. John Ambulance"
            if any(
                w in v.orgs or w in v.place_words or not w[:1].isupper() for w in words[k:]
            ):
                return part
            return part[k:]
    return part


def _split_person_of(
    parts: list[list[tuple[int, int, str]]],
    v: _Vocab,
) -> list[list[tuple[int, int, str]]]:
    """Split "Tom Parsons of BestFares" into the person and the body; keep "Bank of America".

    A place before a person's name is split off too: "New York Joseph Crowley".
    """
    if len(parts) == 1 and len(parts[0]) < 3:
        return parts  # the most common: one part, too short to split (as the loop leaves it)
    out = []
    for part in parts:
        if len(part) < 3:  # too short to split
            out.append(part)
            continue
        for k in (2, 1):
            if (
                len(part) >= k + 2
                and " ".join(map(_TEXT, part[:k])) in v.places
                and not any(
                    w[2] in v.orgs or w[2] in v.place_words or w[2] in _CONNECTORS for w in part[k:]
                )
            ):
                out.append(part[:k])
                part = part[k:]
                break
        for i, w in enumerate(part):
            if w[2] in ("of", "for") and i >= 2 and i + 1 < len(part):
                head = [x[2].rstrip(".") for x in part[:i]]
                if any(h.endswith(("'s", "s'", "\u2019s")) for h in head):
                    continue  # "People's Republic of China": a possessive opens a body's name
                if not any(
                    h in v.orgs
                    or h in v.non_names
                    or h in v.places
                    or h in v.place_words
                    or h.endswith("tion")  # "Liberation Tigers of ...": no person's name
                    for h in head
                ) and (
                    # "Gary Fan of the Neo Democrats": a title word after a given name is a
                    # surname
                    (head[-1].lower() not in v.titles or head[-2] in v.first_names)
                    and head[-2].lower() not in v.titles
                ):
                    out.append(part[:i])
                    out.append(part[i + 1 :])
                    break
        else:
            out.extend(_split_place_person(part, v))
    return out


def _split_place_person(
    part: list[tuple[int, int, str]], v: _Vocab
) -> list[list[tuple[int, int, str]]]:
    """``part`` cut before a person's name that follows a place at its end ("... Court for
    the Southern District of New York Louis L. Stanton"): a given name after a place of one
    or two words, after "of", with a word after it; a given name is one of the lexicon's
    or a word before an initial ("Louis L.")."""
    for i in range(3, len(part) - 1):
        after = part[i + 1][2]
        if part[i][2] in v.first_names or (
            len(after) == 2 and after[1] == "." and after[0].isupper()
        ):
            for k in (2, 1):
                if (
                    i - k >= 1
                    and part[i - k - 1][2] == "of"
                    and " ".join(map(_TEXT, part[i - k : i])) in v.places
                ):
                    return [part[:i], part[i:]]
    return [part]


# Endings of common nouns and adjectives that open a sentence before a person's name
# ("Parent Lucia Fernandez", "Writer Marc Jacobson", "Ageing Tony Abbott").
_MODIFIER_ENDS = ("ing", "er", "or", "ent", "ant", "ist", "aire")


# The words before a place that a person's name follows ("the Senator from Nevada Harry Reid").
_PLACE_LINKS = frozenset(("of", "from"))
# The states of the United States named in one word, which titles name ("Senator from Ohio").
# Read only in that place, not from the places lexicon: some are given names as well
# ("Virginia Woolf", "Indiana Jones"), and a name of that lexicon is never a person's.
_US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
    Wyoming""".split()
)


def _role_from_place(folded: str, named: list[Mention], v: _Vocab) -> None:
    """Give a title written before "from" or "of" and a place to the person named right
    after the place ("Senate Majority Leader from Nevada Harry Reid"), in place of the
    title's own mention."""
    for i in range(len(named) - 2, -1, -1):
        role, person = named[i], named[i + 1]
        if role.kind != "role" or person.kind != "person" or person.role is not None:
            continue
        gap = folded[role.end : person.start].split(" ")
        if (
            len(gap) == 4
            and gap[0] == ""
            and gap[-1] == ""
            and gap[1] in _PLACE_LINKS
            and (gap[2] in v.places or gap[2] in _US_STATES)
            and role.text[:1].isupper()
        ):
            span = Span(role.start, role.end, role.text)
            named[i + 1] = attrs.evolve(person, role=role.role, role_span=span)
            del named[i]


def _place_before_name(folded: str, words: list[tuple[int, int, str]], v: _Vocab) -> bool:
    """Whether the first of ``words`` (three or more) is a place, after "of" or "from", that
    ends a title before a person's name opening on a given name ("President of the United
    States of America George W. Bush")."""
    first, given = words[0][2], words[1][2]
    if (
        (first not in v.places and first not in _US_STATES)
        or first in v.first_names
        or given not in v.first_names
    ):
        return False
    before, _ = _word_before(folded, words[0][0])
    return before in _PLACE_LINKS


def _opening_modifier(doc: Document, words: list[tuple[int, int, str]], v: _Vocab) -> bool:
    """Whether the first of ``words`` (two or more) is a capitalised common noun or
    adjective opening its sentence before a person's name, not part of the name: the word
    is a nationality adjective, has a common word's ending or is written in lower case in
    the text, and the name after it has a known given name or its surname recurs alone.
    Before a name of one word, only a plural noun the text writes in lower case counts
    ("Suspects Mancao and Aquino")."""
    start, _, first = words[0]
    folded = doc.folded
    if start and folded[start - 1] not in "\n\"'(":
        sentence = doc.sentence_at(start)
        if sentence is None or sentence.start != start:
            return False  # inside its sentence
    rest = words[1:]
    if len(rest) > 3 or not first.isalpha() or not first[1:].islower():
        return False
    lower = first.lower()
    plural = len(first) > 4 and first.endswith("s") and not first.endswith("ss")
    if (
        first in v.first_names
        or first in v.places
        or first in v.orgs
        or first in v.non_names
        or first.lower() in v.titles
    ):
        return False
    if rest[0][2].rstrip(".").lower() in v.titles:
        return False  # "Harbour Minister Ines Alvarez": the word qualifies the title
    for w in rest:
        if (
            not w[2][:1].isupper()
            or w[2] in v.orgs
            or w[2] in v.place_words
            or w[2] in v.places
            or w[2].lower() in _CONNECTORS
            or _in_lowercase(doc, w[2].lower())
        ):
            return False  # "British Red Cross", "Space Shuttle Discovery": not a person's name
    plural = plural and (_in_lowercase(doc, lower) or _in_lowercase(doc, lower[:-1]))
    if len(rest) == 1 and not plural:
        return _opens_before_name(doc, words)
    if not (
        plural
        or first in v.demonyms
        or (first.endswith(_DEMONYM) and len(first) > 4)
        or lower.endswith(_MODIFIER_ENDS)
        or _in_lowercase(doc, lower)
    ):
        return False
    if rest[0][2] in v.first_names:
        return True
    # the surname recurs
    return sum(1 for _ in itertools.islice(_alone(folded, rest[-1][2], 0, len(folded)), 2)) > 1


def _opens_before_name(doc: Document, words: list[tuple[int, int, str]]) -> bool:
    """Whether the first of two words opening a sentence is a gerund or an adjective
    glued to a name of one word ("Buying Acme would ...", "Internal Acme papers show"):
    the word has a gerund's or an adjective's ending, the pair is written only here and
    the name after it is written alone elsewhere in the text."""
    first, last = words[0][2], words[1][2]
    lower = first.lower()
    if not (
        (len(lower) > 5 and lower.endswith("ing"))
        or (len(lower) > 5 and lower.endswith(_OPENING_ENDS))
    ):
        return False
    folded = doc.folded
    if folded.count(first + " " + last) > 1:
        return False  # "Liberal Democrats" written so again: one name
    return next(_alone(folded, last, 0, words[0][0]), -1) >= 0 or (
        next(_alone(folded, last, words[1][1], len(folded)), -1) >= 0
    )


_LETTER = regex.compile(r"\p{L}")


def _is_letter(c: str) -> bool:
    """Whether the character ``c`` is a letter as ``\\p{L}`` reads it."""
    return c.isalpha() if c.isascii() else _LETTER.match(c) is not None


def _alone(folded: str, word: str, pos: int, endpos: int) -> Iterator[int]:
    """Where ``word`` (not empty) is written between ``pos`` and ``endpos`` with no letter
    right before it (even before ``pos``) nor right after it (before ``endpos``), each
    after the end of the one before: the starts of the matches of the pattern
    ``(?<!\\p{L})word(?!\\p{L})`` over ``folded[:endpos]`` from ``pos``, found without
    compiling a pattern for each word."""
    n = len(word)
    endpos = min(endpos, len(folded))  # (as a pattern's search reads an end past the text)
    i = folded.find(word, pos, endpos)
    while i >= 0:
        if (i == 0 or not _is_letter(folded[i - 1])) and (
            i + n >= endpos or not _is_letter(folded[i + n])
        ):
            yield i
            i = folded.find(word, i + n, endpos)
        else:
            i = folded.find(word, i + 1, endpos)


# Endings of the adjectives that open a sentence before a name ("Internal", "Previous").
_OPENING_ENDS = ("al", "ous", "ive", "ary")


def _region_named(folded: str, plain: list[str], cut: int, role: str | None) -> bool:
    """Whether a name of two words (full stops stripped), with no title or role, names a
    state or a region: a compass point or "New" before a word ("New Jersey", "South
    Dakota") unless that word is ``alone`` elsewhere in the text as a name, a compass
    point's initial before a place ("N. Korea"), or a place's name and its district
    ("Washington D.C.")."""
    if len(plain) != 2 or cut >= 0 or role is not None:
        return False
    first, last = plain
    return (
        (
            first in _REGION_OPENERS
            and last.isalpha()
            and not last.endswith(_DEMONYM_PLURALS)
            # "East Oakland", where "Oakland" is named too: a part of a city
            and not _named_apart(folded, first, last)
        )
        or first in _COMPASS_INITIALS
        or last in _DISTRICTS
    )


def _named_apart(folded: str, first: str, word: str) -> bool:
    """Whether ``word`` is written as a name of its own somewhere, not after ``first``: a
    whole word not followed by another capitalised word."""
    n = len(word)
    i = folded.find(word)
    while i >= 0:
        after = folded[i + n : i + n + 2]
        if (
            (i == 0 or not folded[i - 1].isalpha())
            and not folded.endswith(first + " ", 0, i)
            and not after[:1].isalpha()
            and not (after[:1] == " " and after[1:].isupper())
        ):
            return True
        i = folded.find(word, i + 1)
    return False


# The plural endings of peoples' names ("New Zealanders", "North Africans"): a people, no
# place, and no person either.
_DEMONYM_PLURALS = ("ers", "ians", "icans")


def _closes_title(folded: str, words: list[tuple[int, int, str]], v: _Vocab) -> bool:
    """Whether the first of ``words`` (three or more) ends a title written before the run
    and joined to it by "in" or "at" ("Special Agent in Charge Ann Lee")."""
    if words[0][2] not in _TITLE_CLOSERS:
        return False
    link, pos = _word_before(folded, words[0][0])
    if link not in ("in", "at"):
        return False
    title, _ = _word_before(folded, pos)
    return v.titles.get(_bare(title)) == "title"


# The grades of a rank ("Sergeant First Class", "Petty Officer Second Class").
_GRADES = frozenset(("First", "Second", "Third"))


def _one_name(doc: Document, words: list[tuple[int, int, str]], v: _Vocab) -> list[Mention]:
    folded, text = doc.folded, doc.text
    while words and words[-1][2].lower() in _CONNECTORS:
        words.pop()
    while words and words[0][2] in _CONNECTORS:
        words.pop(0)
    if not words:
        return []
    if len(words) >= 3 and _closes_title(folded, words, v):
        words = words[1:]  # "Agent in Charge Ann Lee": the title's last word, then the name
    s0 = words[0][0]
    if (
        len(words) >= 2
        # the first test of _opening_modifier, written out: the sentence opens there, or a
        # line break, a quotation mark or a bracket comes before
        and (
            not s0
            or folded[s0 - 1] in "\n\"'("
            or ((sentence := doc.sentence_at(s0)) is not None and sentence.start == s0)
        )
        and _opening_modifier(doc, words, v)
    ):
        words = words[1:]  # "Ageing Tony Abbott": a common word opening the sentence
    if len(words) >= 3 and _place_before_name(folded, words, v):
        words = words[1:]  # "Senator from Nevada Harry Reid": the place, then the name
    role_start: int | None = None
    role_end: int | None = None
    titles, orgs = v.titles, v.orgs
    all_words = words  # from here on ``words`` is only rebound, never changed
    n = len(words)
    tail_org = n > 1 and (words[-1][2] in orgs or words[-1][2] in _BODY_ENDS)
    cut = -1
    honorific_only = False
    # the place of the surname: the last word, or the one before a suffix ("King Jr.")
    last = n - 2 if n > 2 and words[-1][2].rstrip(".") in _SUFFIXES else n - 1
    for i in range(n - 1, -1, -1):
        low = words[i][2].rstrip(".").lower()
        title = titles.get(low)
        if (
            title is None
            and i < n - 2
            and low.endswith("s")
            and titles.get(low[:-1]) == "title"
            and (i == 0 or _qualifies_title(words[i - 1][2], v))
        ):
            title = "title"  # "Senators Ann Lee and Tom Ray": a plural title before a name
        if (title == "title" or title == "honorific") and not (i == n - 1 and tail_org):
            if i == last and i > 0 and (words[i - 1][2] in v.first_names or last < n - 1):
                continue  # "Stephen King", "Martin Luther King Jr.": a surname, not a title
            if (
                i == 1
                and n == 3
                and words[0][2] in v.first_names
                and words[0][2].lower() not in titles
                and not _in_lowercase(doc, words[0][2].lower())
            ):
                continue  # "Khalid Sheikh Mohammed": a given name, then a middle name
            if tail_org and i < n - 2 and words[i + 1][2] in ("and", "&"):
                continue  # "Justice and Equality Movement": a word of the body's name
            if tail_org and i == n - 2 and words[-1][2] in orgs:
                continue  # "UN General Assembly": the title is a word of the body's name
            if i == 0 and n > 2 and words[1][2] in orgs:
                continue  # "Major League Baseball": the title opens the body's name
            cut = i
            honorific_only = title == "honorific"
            break
    if 0 <= cut < n - 3 and words[cut + 2][2] == "Class" and words[cut + 1][2] in _GRADES:
        cut += 2  # "Sergeant First Class Ann Lee": the grade ends the rank
    if (
        cut < 0
        and not tail_org
        and 3 <= n <= 4
        and words[0][2] in _PARTY_MEMBERS
        and all(
            w[2][:1].isupper() and w[2] not in orgs and w[2] not in v.non_names
            for w in words[1:]
        )
        and " ".join(w[2] for w in words[1:]) not in v.places
    ):
        cut = 0  # "Democrat Jay Rockefeller": a party's member, then the person's name
    if (
        cut < 0
        and not tail_org
        and n >= 3
        and _acronym_part(words[:1])
        and words[1][2] in v.first_names
        and not any(_links(w[2]) for w in words[1:])
    ):
        cut = 0  # "the IRS Marcus Owens": a body's acronym, then a person's name
    if cut < 0 and not tail_org:
        # "Refugee Council Enver Solomon": a body's name, then a person's (but
        # "Government Accountability Office" ends as a body does)
        for i in range(n - 3, -1, -1):
            if words[i][2] in orgs:
                if not any(_links(w[2]) for w in words[i + 1 :]):
                    # ("Centre for Tropical Health", "Union Fédérale des Consommateurs": one
                    # body)
                    cut = i  # not a title (the loop above would have cut there)
                break
    if cut >= 0:
        rest = words[cut + 1 :]
        if (
            rest
            and _links(rest[0][2])
            and (
                rest[-1][2] in orgs
                or rest[-1][2] in _BODY_ENDS
                # "... of Amnesty International USA": the body's branch in a state
                or (len(rest) >= 3 and rest[-1][2] in v.places and rest[-2][2] in _BODY_ENDS)
            )
        ):
            # "Executive Director of the International Energy Agency": a role that ends in
            # the body it serves, and no name after it
            s0, e0 = words[0][0], words[-1][1]
            body = rest
            while body and body[0][2].lower() in _CONNECTORS:
                body = body[1:]
            role_text = text[s0:e0]
            out = [Mention(s0, e0, role_text, kind="role", name=role_text, role=role_text)]
            if len(body) >= 2:
                b0, b1 = body[0][0], body[-1][1]
                out.append(
                    Mention(b0, b1, text[b0:b1], kind="organisation", name=text[b0:b1])
                )
            return out
        if rest and _links(rest[0][2]):
            # "High Commissioner for Refugees", "Secretary of State John Kerry"
            org = next((j for j in range(len(rest) - 3, -1, -1) if rest[j][2] in v.orgs), None)
            if len(rest) >= 5 and rest[-2][2] in v.first_names and rest[-3][2] not in _GLUE:
                cut = len(words) - 3  # "Director of the Office of Media Affairs Ann Lee"
            elif org is not None:
                cut += org + 1
            elif len(rest) >= 4 and rest[-2][2] not in _CONNECTORS:
                cut = len(words) - 3
            else:
                # "CEO of Southwest", "Secretary of State for Transport": a role with no
                # name
                s0, e0 = words[0][0], words[-1][1]
                return [
                    Mention(s0, e0, text[s0:e0], kind="role", name=text[s0:e0], role=text[s0:e0])
                ]
        title_words = words[: cut + 1] if cut >= 0 else []
        if title_words and not honorific_only:
            role_start, role_end = title_words[0][0], title_words[-1][1]
        words = words[cut + 1 :]
        if not words:
            if role_start is not None and role_end is not None:
                return [
                    Mention(
                        role_start,
                        role_end,
                        text[role_start:role_end],
                        kind="role",
                        name=text[role_start:role_end],
                        role=text[role_start:role_end],
                    )
                ]
            return []
    if cut >= 0 and not _GLUE.isdisjoint(map(_TEXT, words)):
        # "Chairman of the Australian Centre for Control of ...": a body, not a person
        words = all_words
        role_start = role_end = None
        cut = -1
    if (
        len(words) >= 3
        and words[-2][2] in _CONNECTORS
        and _adjective_before_noun(folded, words[-1][1], words[-1][2], v)
    ):
        words = words[:-2]  # "a Dane of Palestinian origin": the adjective is the noun's
        if len(words) == 1 and _one_of_a_people(folded, words[0][0], words[0][1]):
            return []
    start, end = words[0][0], words[-1][1]
    if folded[end - 1] == "." and not _ABBREV_END.search(folded, start, end):
        end -= 1
    if end <= start:
        return []
    name = text[start:end]
    plain = list(map(_TEXT, words))
    if "." in "".join(plain):  # (rstrip(".") changes only a word that holds one)
        plain = [w.rstrip(".") for w in plain]
    first = plain[0]
    if (
        len(words) == 1
        and cut < 0
        # the first test of _adjective_before_noun, written out: a demonym's form
        and (first in v.demonyms or (len(first) > 4 and first.endswith(_DEMONYM)))
        and _adjective_before_noun(folded, end, first, v)
    ):
        return []  # an adjective: "the Russian buildup", "European states"
    if (
        len(words) == 2
        and cut < 0
        and plain[1].endswith(("n", "r"))
        and _demonym_of_place(" ".join(plain), v)
        and _adjective_before_noun(folded, end, plain[1], v)
    ):
        return []  # "Sri Lankan troops", "a Costa Rican firm": the adjective of a place
    if (
        len(words) == 1
        and (
            plain[0] in v.non_names
            or plain[0].lower() in v.titles
            or plain[0].lower() in v.pronouns
        )
    ) or (("-" in plain[-1] or "'" in plain[-1]) and plain[-1].endswith(_ADJECTIVAL)):
        return []
    if len(words) >= 2 and plain[0] in _COMPASS and plain[-1].endswith(_DEMONYM):
        return []  # "North American", "Middle Eastern"
    if (
        cut < 0
        and 2 <= len(words) <= 3
        # the test of _adjective_run for the first word, written out: an adjective's form
        and (first in v.demonyms or (len(first) > 4 and first.endswith(_ADJECTIVE_ENDS)))
        and _adjective_run(folded, end, plain, v)
    ):
        return []  # "Australian Aboriginal communities", "a Federal Parliamentary report"
    if role_start is None:
        role_start = _role_before(folded, start, v)
        role_end = None if role_start is None else start - 1
    role: str | None = (
        None if role_start is None or role_end is None else text[role_start:role_end]
    )
    role_span = (
        None
        if role is None or role_start is None or role_end is None
        else Span(role_start, role_end, role)
    )
    if (
        not v.orgs.isdisjoint(plain)
        or (len(words) == 1 and plain[0].isupper() and len(plain[0]) > 1 and name not in v.places)
        or (len(words) > 1 and (_ends_as_body(plain[-1]) or plain[0] == "Air"))
        # (_named_by_initials reads a bracket after the name)
        or (folded.startswith((" (", "  ("), end) and _named_by_initials(folded, end, plain))
    ):
        kind = "organisation"  # ("Air France", "Korean Air": an airline)
    elif cut >= 0 and len(words) == 1 and (role is not None or honorific_only):
        kind = "person"  # "Colonel Jordan", "Queen Victoria": a title makes it a person
    elif (
        name in v.places
        or " ".join(plain) in v.places
        or plain[-1] in v.place_words
        or (len(plain) > 2 and " ".join(plain[-2:]) in v.places)
        or (plain[0] in _COMPASS and plain[-1] in v.places)
        or (len(plain) <= 3 and plain[0] in _PLACE_OPENERS)
        # (_region_named reads two words with no title or role)
        or (
            len(plain) == 2 and cut < 0 and role is None and _region_named(folded, plain, cut, role)
        )
    ):  # "South Australia", "St Petersburg", "New Jersey", "N. Korea", "Washington D.C."
        kind = "place"
    elif (
        not _GLUE.isdisjoint(plain)
        or (cut < 0 and role is None and _body_noun_before(folded, start))
        or (cut < 0 and role is None and first in _ARTICLES and _article_named(folded, plain, name))
    ):
        kind = "organisation"  # "the newspaper El Comercio", "the group Human Rights First"
    elif (
        cut >= 0
        or role is not None
        or (
            # "Luiz Inácio Lula da Silva": the particles of a name are not counted
            2 <= len(plain) - sum(map(_CONNECTORS.__contains__, plain)) <= 4
            and v.non_names.isdisjoint(plain)
            and folded[max(0, start - 4) : start] not in ("the ", "The ")
            and not _common_words(doc, plain, v)
        )
    ):
        kind = "person"
    else:
        kind = "name"
    if (
        cut < 0
        and role is None
        and kind == "person"
        and folded.endswith("''", 0, start)
        and folded.startswith("''", end)
    ):
        kind = "name"  # "''Sudan Red 1''", "''The Boston Globe''": a title, no person
        if len(plain) >= 2 and _alone_elsewhere(folded, plain[0], start):
            return []  # "Google launched ''Google Print''": a product of the name before it
    # (_role_held opens on ", who ", _role_after on a comma or a space and a comma)
    if kind in ("person", "name") and role is None and folded.startswith((",", " ,"), end):
        role_span = _role_held(doc, end, v)
        if role_span is None and kind == "name":
            role_span = _role_after(doc, start, end, v)  # "Prachanda, leader of the rebels"
        if role_span is not None:
            role, kind = role_span.text, "person"
    if kind == "person" and role is None:
        # _APPOSITIVE opens on a comma, or on a space and a comma
        app = _STD_APPOSITIVE.match(folded, end) if folded.startswith((",", " ,"), end) else None
        if app is not None:
            phrase = _words(folded, app.start(1), app.end(1))
            kept = []
            for i, w in enumerate(phrase):
                if w[2] in v.verbs:
                    break
                if (
                    i == 0
                    and w[2].endswith("ed")
                    and len(phrase) > 1
                    and phrase[1][2] in _OBJECT_OPENERS
                ):
                    break  # "Ann Lee, defended the plan": the verb of the name, no role
                kept.append(w)
            if (
                kept
                and len(kept) <= 10
                and any(v.titles.get(_bare(w[2])) == "title" for w in kept)
                and not _lists_people(kept)
                and not _titled_person(kept, v)
            ):
                role = text[kept[0][0] : kept[-1][1]]
                role_span = Span(kept[0][0], kept[-1][1], role)
    gender = None
    if kind == "person":
        for h in [*map(_TEXT, all_words[: max(cut, 0) + 1]), *(role or "").split(" ")]:
            h = h.lower().rstrip(".")
            if h in v.genders:
                gender = v.genders[h]
                break
        else:
            gender = v.first_names.get(plain[0]) if len(plain) > 1 else None
    return [_make_mention(start, end, name, kind, name, role, role_span, gender)]


def _described(
    doc: Document,
    v: _Vocab,
    taken: list[tuple[int, int]],
    scan_: Scan,
    bodies: list[tuple[int, int]],
    name_starts: dict[int, Mention] | None = None,
) -> Iterator[Mention]:
    """Role, group and source phrases: "the official", "an unidentified NATO official"; a
    body's phrase right before the body's name ("the rating agency Acme") is that name's."""
    folded, text = doc.folded, doc.text
    for hs, end, word in scan_.heads:
        head = word.lower()
        kind = v.titles.get(head, "title")
        if kind == "honorific":
            continue
        if word[0].isupper():  # (no phrase of a capitalised noun is yielded before these)
            if _starts_inside(bodies, hs):
                continue  # "the Justice and Equality Movement": a word of a body's name
            if hs > 0 and folded[hs - 1] not in '\n"(' and _inside_name(doc, hs, kind, v):
                continue  # "the Seoul Police": the name's, as the test below finds
        if (
            kind != "title"
            and (kind == "body" or head in _OWNED_HEADS)
            and head not in _STATE
            and word.islower()
            and (owner := _place_owner(folded, hs, v)) is not None
            and not _SET_OFF_BEFORE.search(folded, max(0, owner - 36), owner)
            and not _NAME_SET_OFF.match(folded, end)
        ):
            # "Kenya's health ministry said": the place's own body, named by the phrase
            name = text[owner:end]
            yield _make_mention(owner, end, name, "organisation", name, None, None, None)
            continue
        if kind == "title" and (
            _ASCII_NAME_NEXT if folded[end : end + 3].isascii() else _NAME_NEXT
        ).match(folded, end, end + 3):
            continue  # "spokesman Ned Price": the role of the name
        det, start = _det_before(folded, hs)
        if det is None and kind == "title":
            # "Government official said": a capitalised modifier opening the sentence
            w, p = _word_before(folded, hs)
            sent = doc.sentence_at(p) if w else None
            if not (
                w
                and w[0].isupper()
                and w not in v.non_names
                and w not in v.first_names  # "Stephen King said": a name
                and sent is not None
                and sent.start == p
            ):
                continue  # a bare singular title belongs to the name after it
            det, start = "", p
        named = name_starts.get(end + 1) if name_starts and det is not None else None
        if named is not None and kind != "title" and word.islower():
            # "the credit rating agency Acme": the name says who
            span = text[start : named.end]
            yield _make_mention(
                start, named.end, span, named.kind, named.name, None, None, named.gender
            )
            continue
        if det is None and head in _NAMED_SOURCES:
            start = _acronym_before(folded, hs, start, v)
        if _starts_inside(taken, start):
            continue  # inside a person's role
        if word[0].isupper() and hs > 0 and folded[hs - 1] not in '\n"(':
            # a capitalised noun inside a name ("the Seoul Police") is the name's
            pw, ps = _word_before(folded, hs)
            if pw and pw[0].isupper() and (det is None or ps > start):
                continue
        toks = text[start:end].split(" ")
        cut_at = -1  # the last function word before the head
        for i in range(len(toks) - 2, -1, -1):
            if toks[i].lower() in _FUNCTION:
                cut_at = i
                break
        if cut_at >= 0:
            if kind == "title":
                continue
            start += sum(len(w) + 1 for w in toks[: cut_at + 1])
            toks = toks[cut_at + 1 :]
        core = [w for w in toks if w.lower() not in _NOT_CORE]
        name = " ".join(core) or text[start:end]
        mk = "role" if kind == "title" else kind
        role = name if mk == "role" else None
        yield _make_mention(start, end, text[start:end], mk, name, role, None, None)


def _inside_name(doc: Document, hs: int, kind: str, v: _Vocab) -> bool:
    """Whether the capitalised head at ``hs`` follows a capitalised word that is no
    determiner (nor ends in one glued to it), and, for a title, that the word is a
    non-name or a given name or opens no sentence: then :func:`_described` skips the head
    as a word inside a name, whatever determiner :func:`_det_before` finds further back
    (before that word) or not at all, so the search for one is not made."""
    pw, ps = _word_before(doc.folded, hs)
    if not pw or not pw[0].isupper() or pw in _DETS or pw.endswith(("The", "An", "A")):
        return False
    if kind != "title" or pw in v.non_names or pw in v.first_names:
        return True
    sentence = doc.sentence_at(ps)
    return sentence is None or sentence.start != ps  # (else "Government official said")


# Heads that an acronym before them names ("Iran's official IRNA news agency said").
_NAMED_SOURCES = frozenset(("agency", "newspaper", "broadcaster", "channel"))


def _acronym_before(folded: str, head: int, start: int, v: _Vocab) -> int:
    """Where a name opens the description whose head is at ``head``, at most one lower-case
    word between ("IRNA news agency", "the official Xinhua news agency"); else ``start``."""
    pos = head
    for _ in range(2):
        w, p = _word_before(folded, pos)
        if (
            len(w) >= 2
            and w[0].isupper()
            and w.isalpha()
            and w not in v.non_names
            and w not in v.demonyms
            and w not in v.places
            and _opens_no_sentence(_word_before(folded, p)[0])
        ):
            return p
        if not (w.isalpha() and w.islower()):
            break
        pos = p
    return start


def _opens_no_sentence(before: str) -> bool:
    """Whether the word ``before`` a capitalised word shows it opens no sentence nor the
    object of a preposition: a word in lower case that is no preposition ("official
    Xinhua"), or a possessive ("Russia's Interfax")."""
    return (before[:1].islower() and before not in _PREPOSITIONS) or before.endswith(
        ("'s", "\u2019s")
    )


# Heads of other kinds than "body" that a place's possessive makes a body ("Japan's weather
# agency", "Kenya's police").
_OWNED_HEADS = frozenset(("agency", "police", "forces"))
# A description set off by commas before or after the name it describes ("Qantas,
# Australia's main airline, said"; "France's largest bank, BNP Paribas, said").
_SET_OFF_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.&-]{0,30}[ ]?,[ ]{1,2}\Z")
_NAME_SET_OFF = regex.compile(r"[ ]?,[ ]{1,2}\p{Lu}")
# The state itself, which "Kenya's government" names as "Kenya" does.
_STATE = frozenset(("government", "administration"))


def _place_owner(folded: str, head: int, v: _Vocab) -> int | None:
    """Where a place's possessive starts that owns the noun at ``head``, with at most two
    lower-case words between ("Kenya's health ministry", "South Africa's army").

    >>> _place_owner("Kenya's health ministry said", 15, vocab(Config()))
    0
    """
    pos = head
    for _ in range(3):
        w, p = _word_before(folded, pos)
        if not w:
            return None
        if w.endswith("'s"):
            stem = w[:-2]
            if stem in v.places:
                return p
            w2, p2 = _word_before(folded, p)
            return p2 if w2 and f"{w2} {stem}" in v.places else None
        if not (w.isalpha() and w.islower()) or w in _FUNCTION or w in _DETS_LOWER:
            return None
        pos = p
    return None


_DETS = frozenset(
    "the The a A an An another Another one One his His her Her their Their its Its".split()
)
_DETS_LOWER = frozenset(d.lower() for d in _DETS)
_NOT_CORE = _DETS_LOWER | _STRIP  # the words a described mention's name leaves out
_GLUED_DET = regex.compile(r"\p{Ll}(The|An|A)\Z")  # "UkraineAn official": lost space


def _det_before(folded: str, head: int) -> tuple[str | None, int]:
    """The determiner up to three words before ``head`` ("an unidentified NATO official")."""
    pos = head
    for _ in range(4):
        if pos < 2 or folded[pos - 1] != " ":
            break  # no word before
        # the word before, read as _word_before reads it: a plain word after a space at once
        space = folded.rfind(" ", pos - 42 if pos > 42 else 0, pos - 1)
        w = folded[space + 1 : pos - 1] if space >= 0 else ""
        if w.isalpha():
            p = space + 1
            if len(w) > 24:
                break
        else:
            w, p = _word_back(folded, pos)
            if not w or len(w) > 24 or _ends_sentence(w, _DETS_LOWER):
                break  # "the talks failed. Saudi officials": not one phrase
        if w in _DETS:
            return w, p
        glued = _GLUED_DET.search(w) if w.endswith(("The", "An", "A")) else None
        if glued is not None:
            return glued.group(1), p + glued.start(1)
        pos = p
    return None, head


_WORDS = regex.compile(r"(\p{L}[\p{L}\p{M}'-]*)")
# The same words in a text of ASCII characters only, where the standard engine is faster.
_ASCII_WORDS = re.compile(r"([A-Za-z][A-Za-z'-]*)")


@attrs.frozen
class Scan:
    """The words of a document that the name and quote rules start from, found in one pass.

    Each is ``(start, end, word)``: ``heads`` are role nouns ("official", "police"),
    ``pronouns`` the pronouns that may stand for a speaker, ``verbs`` the first words of
    reporting verbs ("said", "called" of "called on").

    >>> scan(Document("The official said he would go.")).verbs
    ((13, 17, 'said'),)
    """

    heads: tuple[tuple[int, int, str], ...]
    pronouns: tuple[tuple[int, int, str], ...]
    verbs: tuple[tuple[int, int, str], ...]


def scan(doc: Document, config: Config | None = None) -> Scan:
    """The :class:`Scan` of ``doc`` (computed once per document and configuration).

    >>> scan(Document("Police say he left.")).pronouns
    ((11, 13, 'he'),)
    """
    config = config or DEFAULT_CONFIG
    return doc.memo(("names.scan", config), lambda: _scan(doc, vocab(config)))


def _scan(doc: Document, v: _Vocab) -> Scan:
    folded = doc.folded
    if ascii_words_of(doc):
        return _scan_ascii(folded, v.ascii_word_kinds)
    kinds = v.word_kinds
    split = _WORDS.split
    buckets: tuple[list[tuple[int, int, str]], ...] = ([], [], [])
    for base, stop in pieces(folded):  # (a piece at a time: the split lists every word)
        # words at odd places, the stretches between them at even places
        parts = split(folded[base:stop])
        start = base  # where parts[done] starts
        done = 0
        for i in itertools.compress(range(1, len(parts), 2), map(kinds.__contains__, parts[1::2])):
            start += len("".join(parts[done:i]))
            done = i
            w = parts[i]
            word = (start, start + len(w), w)
            for b in kinds[w]:
                buckets[b].append(word)
    return Scan(tuple(buckets[0]), tuple(buckets[1]), tuple(buckets[2]))


# Each byte of an ASCII letter, an apostrophe or a hyphen (the characters of a word of
# _ASCII_WORDS) as it is, every other byte as a space.
_WORD_BYTES = bytes(
    c if chr(c).isascii() and (chr(c).isalpha() or chr(c) in "'-") else 0x20 for c in range(256)
)
_ASCII_WORD = re.compile(_ASCII_WORDS.pattern)  # (fullmatch: the whole string is one word)


def _scan_ascii(folded: str, kinds: dict[str, tuple[int, ...]]) -> Scan:
    """:func:`_scan` of a text whose letters, marks and digits are all ASCII (see
    :func:`ascii_words`), whose words are those of ``_ASCII_WORDS``; ``kinds`` is
    ``word_kinds`` without the words no such text holds (``ascii_word_kinds``).

    Each piece is read with every character that is no ASCII letter, apostrophe or hyphen
    as a space (one character for one), so that splitting it at spaces lists its maximal
    runs of those characters at once: a word is such a run without the apostrophes and
    hyphens that open it (a run of them alone holds no word).  A run that opens on a
    letter is its word as it is, found among the runs by one lookup each; the few runs
    that open on an apostrophe or a hyphen ("''he said") are read apart.
    """
    hits: list[tuple[int, int, str]] = []
    for base, stop in pieces(folded):
        # (each character that is not ASCII, letter or not, is one "?" and so one space)
        plain = folded[base:stop].encode("ascii", "replace").translate(_WORD_BYTES).decode()
        found = len(hits)
        # each run found is the first whole run written so after the one found before it
        # (a run between them written so would be found too), found with the spaces
        # around it in the piece with a space at each end
        padded = " " + plain + " "
        runs = padded.split()
        at = 0  # where the space before the next run is looked for
        for w in itertools.compress(runs, map(kinds.__contains__, runs)):
            at = padded.find(" " + w + " ", at)  # (the word is padded[at + 1 :], plain[at:])
            hits.append((base + at, base + at + len(w), w))
            at += len(w) + 1
        opened = False  # whether a word of a run opened by "'" or "-" was found
        for mark in ("'", "-"):
            at = plain.find(mark)
            while at >= 0:
                if at and plain[at - 1] != " ":
                    at = plain.find(mark, at + 1)  # inside a run: the run's word holds it
                    continue
                end = plain.find(" ", at)
                if end < 0:
                    end = len(plain)
                w = plain[at:end].lstrip("'-")
                if w in kinds:
                    hits.append((base + end - len(w), base + end, w))
                    opened = True
                at = plain.find(mark, end)
        if opened:
            hits[found:] = sorted(hits[found:])
    buckets: tuple[list[tuple[int, int, str]], ...] = ([], [], [])
    for word in hits:
        for b in kinds[word[2]]:
            buckets[b].append(word)
    return Scan(tuple(buckets[0]), tuple(buckets[1]), tuple(buckets[2]))


def find_mentions(doc: Document, config: Config | None = None) -> tuple[Mention, ...]:
    """Every mention of a person, organisation or source, in text order.

    >>> ms = find_mentions(Document("Russian Defense Minister Sergei Shoigu said so, "
    ...                             "as did an unidentified NATO official."))
    >>> [(m.name, m.kind, m.role) for m in ms]
    [('Sergei Shoigu', 'person', 'Russian Defense Minister'), ('NATO official', 'role',
     'NATO official'), ('NATO', 'organisation', None)]
    """
    config = config or DEFAULT_CONFIG
    return doc.memo(("names.mentions", config), lambda: _find(doc, config))


def _find(doc: Document, config: Config) -> tuple[Mention, ...]:
    v = vocab(config)
    named = _appositive_names(doc.folded, _named(doc, v))
    _role_from_place(doc.folded, named, v)
    # a name that reads as a body's in one place is that body's wherever it stands
    bodies = {m.name for m in named if m.kind == "organisation" and " " in m.name}
    if bodies:
        for i, m in enumerate(named):
            if (
                m.kind == "person"
                and m.name in bodies
                and m.role is None
                and m.name.split(" ", 1)[0] not in v.first_names  # "the firm Ann Lee and Co"
            ):
                named[i] = attrs.evolve(m, kind="organisation", gender=None)
    placed = _placed_pairs(doc.folded, named, v)
    if placed:  # "wildfires in British Columbia": a place wherever it stands
        for i, m in enumerate(named):
            if m.name in placed and m.kind == "person" and m.role is None:
                named[i] = attrs.evolve(m, kind="place", gender=None)
    terms = _term_acronyms(doc.folded, v)
    if terms:  # "triacetone triperoxide (TATP)": TATP is a thing wherever it stands
        named = [m for m in named if m.name not in terms]
    taken = sorted((m.role_span.start, m.role_span.end) for m in named if m.role_span is not None)
    held = sorted(  # roles a relative clause gives a name: ", who is the Premier of ..."
        (m.role_span.start, m.role_span.end)
        for m in named
        if m.role_span is not None and doc.folded.startswith(", who ", m.end)
    )
    if held:  # a role inside such a role ("Premier of Queensland") is that name's
        named = [m for m in named if m.kind != "role" or not _starts_inside(held, m.start)]
    words = scan(doc, config)
    # (and the roles named in several words: "the new President of the Republic of China"
    # is one role)
    spans = sorted(
        (m.start, m.end) for m in named if m.kind in ("organisation", "role") and " " in m.name
    )
    name_starts = {
        m.start: m for m in named if m.kind in ("organisation", "person") and m.role is None
    }
    described = list(_described(doc, v, taken, words, spans, name_starts))
    swallowed = {  # a name that ends a description ("the rating agency Acme") is in it
        m.end: m.start for m in described if m.kind in ("organisation", "person")
    }
    if swallowed:
        named = [m for m in named if swallowed.get(m.end, m.start) >= m.start]
    owned = {m.start: m.end for m in described if m.kind == "organisation"}
    if owned:  # "Kenya's health ministry": the place is a word of the body's name
        named = [m for m in named if owned.get(m.start, -1) <= m.end]
    pron = [
        _make_mention(s, e, doc.text[s:e], "pronoun", w.lower(), None, None, None)
        for s, e, w in words.pronouns
    ]
    out = named + described + pron
    programme = programme_sentences(doc)
    if programme:  # a broadcast's own lines name its presenters, not the story's people
        index = doc.sentence_index
        out = [m for m in out if index(m.start) not in programme]
    out.sort(key=_END, reverse=True)  # by start, then longest first: two stable sorts
    out.sort(key=_START)
    return tuple(out)


# Prepositions that place what follows them ("in Nova Scotia", "near Kerem Shalom").
_IN_PLACE = frozenset(("in", "near", "across", "throughout"))
_IN_PLACE_ENDS = tuple(f"{w} " for w in sorted(_IN_PLACE))  # how the text before ends then


def _placed_pairs(folded: str, named: list[Mention], v: _Vocab) -> frozenset[str]:
    """Two-word names read as persons that stand after a preposition of place somewhere
    ("fires in British Columbia"), whose first word is no given name and that no title
    or gendered word makes a person: places.

    >>> doc = Document("Fires in Nova Scotia spread. Nova Scotia sent help to Ann Lee.")
    >>> sorted(_placed_pairs(doc.folded, _named(doc, vocab(Config())), vocab(Config())))
    ['Nova Scotia']
    """
    found: set[str] = set()
    personal: set[str] = set()
    for m in named:
        if m.kind != "person" or m.name.count(" ") != 1:
            continue
        if m.role is not None or m.gender is not None:
            personal.add(m.name)
            continue
        if m.name.split(" ", 1)[0] in v.first_names or folded.startswith("'s", m.end):
            continue
        if not folded.endswith(_IN_PLACE_ENDS, 0, m.start):
            continue  # the word before cannot be one of _IN_PLACE
        w, _ = _word_before(folded, m.start)
        if w in _IN_PLACE:
            found.add(m.name)
    return frozenset(found - personal)


def _starts_inside(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether ``start`` lies within one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (start, 1 << 62))
    return bool(i) and spans[i - 1][0] <= start < spans[i - 1][1]


def _term_acronyms(folded: str, v: _Vocab) -> frozenset[str]:
    """Acronyms the text defines after lower-case words that name no body ("triacetone
    triperoxide (TATP)", but not "the intelligence agency (PET)").

    >>> sorted(_term_acronyms("an explosive, triacetone triperoxide (TATP), and the "
    ...                       "security agency (PET) or Acme Corp (AC)", vocab(Config())))
    ['TATP']
    """
    found = set()
    for m in _acronyms(folded):
        word, _ = _word_before(folded, m.start() + 1)
        if word.isalpha() and word.islower() and word not in v.bodies:
            found.add(m.group(1))
    return frozenset(found)


def _acronyms(folded: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches of :data:`ACRONYM` in ``folded``, tried only at the space or two before
    each opening bracket."""
    i = folded.find(" (")
    while i >= 0:
        start = i - 1 if i and folded[i - 1] == " " else i  # "Agency  (IEA)"
        m = _acronym_at(folded, start)
        if m is not None:
            yield m
        i = folded.find(" (", i + 2)


# The comma that sets a phrase off, with the space left before it by removed links.
SET_OFF = regex.compile(r"[ ]?,[ ]{1,2}")
_CLOSING = regex.compile(r"[ ]?[,.;]")  # what ends a name set off by commas ("Ann Lee ,")


def _appositive_names(folded: str, named: list[Mention]) -> list[Mention]:
    """A role written as a name and the full name set off after it ("the Colombian
    Minister of Foreign Relations, Carolina Barco, said"): the person, with that role.

    >>> doc = Document("The Finance Minister of Ruritania, Ann Lee, said so.")
    >>> [(m.name, m.kind, m.role) for m in find_mentions(doc)]
    [('Ann Lee', 'person', 'Finance Minister of Ruritania')]
    """
    roles = [i for i, m in enumerate(named) if m.kind == "role"]  # (only persons change)
    if not roles:
        return named
    persons = {m.start: i for i, m in enumerate(named) if m.kind in ("person", "name")}
    dropped: set[int] = set()
    for i in roles:
        m = named[i]
        acronym = _acronym_at(folded, m.end)  # "... Energy Agency (IEA), Claude Mandil,"
        after = m.end if acronym is None else acronym.end()
        comma = SET_OFF.match(folded, after)
        set_off = comma is not None
        if comma is not None:  # "the President , Ann Lee ,": links removed left spaces
            j = persons.get(comma.end())
        else:  # "Prime Minister  Ann Lee": a name that a doubled space cut off its title
            j = persons.get(after + 2) if folded.startswith("  ", after) else None
        if j is None:
            continue
        p = named[j]
        if p.role is not None or " " not in p.name:
            continue
        if set_off and not _CLOSING.match(folded, p.end):
            continue
        role = Span(m.start, m.end, m.text)
        named[j] = attrs.evolve(p, kind="person", role=m.text, role_span=role)
        dropped.add(i)
    # "Ann Lee the Finance Minister met ...": a full name, then its title after "the"
    # with no comma between
    ends = {m.end: i for i, m in enumerate(named) if m.kind in ("person", "name")}
    for i in roles:
        m = named[i]
        if i in dropped or not folded.endswith(" the ", 0, m.start):
            continue
        if m.text[:1].islower() or m.text.lower().startswith("the "):
            continue
        j = ends.get(m.start - 5)
        if j is None:
            continue
        p = named[j]
        if p.role is not None or " " not in p.name or j in dropped:
            continue
        if _word_before(folded, p.start)[0].lower() in _GIVING:
            continue  # "told Ann Lee the Prime Minister would ...": two objects
        role = Span(m.start, m.end, m.text)
        named[j] = attrs.evolve(p, kind="person", role=m.text, role_span=role)
        dropped.add(i)
    return [m for i, m in enumerate(named) if i not in dropped] if dropped else named


# Verbs that take two objects ("told Ann Lee the Minister had gone"): a name after one is
# not set off from a title after it.
_GIVING = frozenset(
    "told tell tells asked ask asks gave give gives showed show shows sent send sends offered"
    " promised assured reminded warned informed wished".split()
)


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
