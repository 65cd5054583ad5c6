"""People and organisations in an article: mentions, and the entities they refer to.

:func:`find_mentions` finds every way the article names a person, an organisation or a
source: capitalised names with their titles split off ("Russian Defense Minister Sergei
Shoigu" is the person "Sergei Shoigu" with the role "Russian Defense Minister"), role
phrases ("the official", "police", "the report"), and the pronouns "he", "she", "it",
"they".  :func:`resolve` merges the mentions into :class:`Entity` values that carry the
fullest name the article gives ("Price" and "he" both become "Ned Price").

>>> doc = Document("U.S. State Department spokesman Ned Price spoke. Later Price said he "
...                "would wait.")
>>> ents = resolve(doc)
>>> [(m.text, m.kind) for m in ents.mentions]
[('U.S. State Department', 'organisation'), ('Ned Price', 'person'), ('Price', 'name'),
 ('he', 'pronoun')]
>>> ents.at(55)
Entity('Ned Price', kind='person', role='U.S. State Department spokesman', mentions=3)
>>> ents.at(doc.text.index("he would")).name
'Ned Price'

Everything is computed once per document (through :meth:`Document.memo`) and in time
linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from operator import attrgetter
from typing import TypeVar

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._mentions import (
    ACRONYM,
    DESCRIBED,
    NAMED,
    Mention,
    Scan,
    _Vocab,
    ascii_words_of,
    find_mentions,
    scan,
    vocab,
)
from newsstruct._quotemarks import quoted
from newsstruct._text import Document, Sentence, ascii_form
from newsstruct.model import _slot_setters

_T = TypeVar("_T")

__all__ = ["NAMED", "Entities", "Entity", "Mention", "Scan", "find_mentions", "resolve", "scan"]


@attrs.frozen(repr=False)
class Entity:
    """A person, organisation or source merged across its mentions.

    ``name`` is the fullest name the article gives; ``spans`` are the mentions.
    """

    name: str
    kind: str
    role: str | None = None
    spans: tuple[Mention, ...] = ()
    gender: str | None = None

    @property
    def mentions(self) -> int:
        """How many mentions refer to this entity."""
        return len(self.spans)

    def __repr__(self) -> str:
        return (
            f"Entity({self.name!r}, kind={self.kind!r}, role={self.role!r}, "
            f"mentions={self.mentions})"
        )


class Entities:
    """Every mention of an article and the entity each refers to.

    >>> ents = resolve(Document("Josep Borrell, the EU's top diplomat, spoke. Borrell left."))
    >>> [e.name for e in ents.entities]
    ['Josep Borrell', 'EU']
    >>> ents.entities[0].role
    "the EU's top diplomat"
    >>> ents.entity_of(ents.mentions[-1]).name
    'Josep Borrell'
    """

    __slots__ = ("_of", "_starts", "entities", "mentions")

    def __init__(
        self,
        mentions: tuple[Mention, ...],
        of: tuple[int | None, ...],
        entities: tuple[Entity, ...],
    ) -> None:
        self.mentions = mentions
        self.entities = entities
        self._of = of
        self._starts = [m.start for m in mentions]

    def __repr__(self) -> str:
        return f"<Entities {len(self.entities)} entities, {len(self.mentions)} mentions>"

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def index_of(self, mention: Mention) -> int | None:
        """Position of ``mention`` in :attr:`mentions`, or ``None``."""
        start = mention.start
        mentions = self.mentions
        i = bisect.bisect_left(self._starts, start)
        while i < len(mentions) and mentions[i].start == start:
            if mentions[i] is mention or mentions[i] == mention:  # most often the very object
                return i
            i += 1
        return None

    def owners(self) -> list[Entity | None]:
        """The entity each mention was resolved to, in the order of :attr:`mentions`
        (``None`` for an unresolved pronoun).  Unlike :meth:`entity_of`, which reads the
        first of equal mentions, this is each mention's own entity.

        >>> ents = resolve(Document("Ann Lee left. She said Lee would go."))
        >>> [(m.text, e and e.name) for m, e in zip(ents.mentions, ents.owners())]
        [('Ann Lee', 'Ann Lee'), ('She', 'Ann Lee'), ('Lee', 'Ann Lee')]
        """
        entities = self.entities
        return [None if e is None else entities[e] for e in self._of]

    def entity_of(self, mention: Mention) -> Entity | None:
        """The entity a mention refers to (``None`` for an unresolved pronoun)."""
        i = self.index_of(mention)
        if i is None:
            return None
        e = self._of[i]
        return None if e is None else self.entities[e]

    def mention_at(self, offset: int) -> Mention | None:
        """The mention covering ``offset`` (the shortest one when mentions nest)."""
        i = bisect.bisect_right(self._starts, offset)
        best: Mention | None = None
        for j in range(i - 1, max(-1, i - 6), -1):
            m = self.mentions[j]
            if m.start <= offset < m.end and (best is None or len(m) < len(best)):
                best = m
        return best

    def at(self, offset: int) -> Entity | None:
        """The entity referred to by the mention covering ``offset``."""
        m = self.mention_at(offset)
        return None if m is None else self.entity_of(m)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The slice of :attr:`mentions` that start inside ``[start, end)`` (some of which
        may end after ``end``)."""
        starts = self._starts
        i = bisect.bisect_left(starts, start)
        return i, bisect.bisect_left(starts, end, i)

    def between(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions that lie inside ``[start, end)``, in text order."""
        starts = self._starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        return tuple(m for m in self.mentions[i:j] if m.end <= end)


# --- resolution ---------------------------------------------------------------------------------


_INITIAL = regex.compile(r"\p{Lu}\.?")


def _without_initials(name: str) -> str:
    """A person's name without its middle initials ("George W. Bush" -> "George Bush")."""
    words = name.split(" ")
    if len(words) < 3:
        return name
    inner = [w for w in words[1:-1] if not _INITIAL.fullmatch(w)]
    return " ".join([words[0], *inner, words[-1]])


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split(" ") if w[:1].isupper())


def _owned_initials(name: str) -> str:
    """The acronym of a body's name after a state's ("US Food and Drug Administration" ->
    "FDA"), or of a name of two parts joined by "&" ("Johnson & Johnson" -> "J&J"); "" if
    none."""
    first, _, rest = name.partition(" ")
    if " & " in name:
        parts = name.split(" & ")
        if len(parts) == 2 and all(_initials(p) for p in parts):
            return "&".join(_initials(p) for p in parts)
    if 2 <= len(first) <= 3 and first.isupper() and rest.count(" ") >= 2:
        short = _initials(rest)
        return short if len(short) > 2 else ""
    return ""


@functools.lru_cache(maxsize=4096)
def _org_aliases(name: str) -> frozenset[str]:
    """The acronyms an organisation's name may be written as (:func:`_initials`,
    :func:`_all_initials`, :func:`_owned_initials`), without ""."""
    return frozenset((_initials(name), _all_initials(name), _owned_initials(name))) - {""}


def _all_initials(name: str) -> str:
    """The first letter of every word of ``name``, as acronyms with the linking words in
    lower case are written ("BoA" for "Bank of America"); "" when no word is in lower case."""
    letters = "".join(w[0] for w in name.split(" ") if w)
    return letters if not letters.isupper() and letters[:1].isupper() else ""


# The article that opens many Arabic surnames: "al-Zarqawi" is also written "Zarqawi" and
# "Al-Zarqawi".
_PARTICLE = regex.compile(r"(?:[Aa][lnrsdzt]|[Ee]l|[Aa]sh)-")


def _bare_surname(word: str) -> str:
    """A surname without the particle that may open it ("al-Zarqawi" -> "Zarqawi")."""
    if word[2:3] != "-" and word[3:4] != "-":
        return word  # no particle: its hyphen is the third or the fourth character
    m = _PARTICLE.match(word)
    return word[m.end() :] if m is not None and len(word) - m.end() > 2 else word


def _shorter_form(short: list[str], full: list[str]) -> bool:
    """Whether the person's name ``short`` is a shorter form of ``full``: its tail of two
    words or more ("Hirsi Ali" of "Ayaan Hirsi Ali"), or the same first and last words with
    fewer words between ("Jan Balkenende" of "Jan Peter Balkenende").  Either way both end
    on the same word."""
    n = len(short)
    if n < 2 or n >= len(full):
        return False
    if full[-n:] == short:
        return True
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    inner = iter(full[1:-1])
    return all(w in inner for w in short[1:-1])  # in order


def _forms(words: list[str]) -> list[tuple[str, ...]]:
    """Keys that a name shares with every shorter or longer form of it (of
    :func:`_shorter_form`): its first and last words, and each tail of two words or more,
    itself included ("Ayaan Hirsi Ali": ("", "Ayaan", "Ali"), ("Hirsi", "Ali"),
    ("Ayaan", "Hirsi", "Ali")).  A tail of a name is a key of the name itself, and a name
    whose tail another is holds that other as a key."""
    return [("", words[0], words[-1]), *(tuple(words[i:]) for i in range(len(words) - 1))]


def resolve(doc: Document, config: Config | None = None) -> Entities:
    """Merge the mentions of ``doc`` into entities (computed once per document).

    Surnames join the fuller name that shares their last word, acronyms the name they
    abbreviate, role phrases ("the minister") the latest entity with that role, "he" and
    "she" the latest person, "it" and "they" the latest organisation or group.

    >>> doc = Document("The World Health Organisation (WHO) warned. WHO said it would act. "
    ...                "Foreign Minister Dmytro Kuleba agreed, and the minister said he "
    ...                "would go.")
    >>> ents = resolve(doc)
    >>> [(e.name, e.mentions) for e in ents]
    [('World Health Organisation', 4), ('Dmytro Kuleba', 3)]
    """
    config = config or DEFAULT_CONFIG
    return doc.memo(("names.entities", config), lambda: _resolve(doc, config))


@functools.lru_cache(maxsize=8)
def _thing_heads(config: Config) -> frozenset[str]:
    """The last words of names of wars, documents, plans and occasions."""
    return config.words("non_actor_heads")


@functools.lru_cache(maxsize=8)
def _product_heads(config: Config) -> frozenset[str]:
    """The last words of names of products, technologies, drugs, diseases and measures
    ("DVD", "Vioxx", "HIV", "GDP"), and the currency codes ("USD")."""
    codes = {row[0] for row in config.rows("currencies") if len(row) > 1 and row[0] == row[1]}
    return config.words("product_heads") | codes


@functools.lru_cache(maxsize=8)
def _non_actor_heads(config: Config) -> frozenset[str]:
    """:func:`_thing_heads` and :func:`_product_heads` together: what no actor's name ends in."""
    return _thing_heads(config) | _product_heads(config)


def _names_thing(name: str, heads: frozenset[str]) -> bool:
    """Whether a name is or ends in a word of ``heads``, before an optional number
    ("World War III", "the Reorganization Plan", "the Constitution")."""
    return _head_word(name) in heads


@functools.lru_cache(maxsize=8192)
def _head_word(name: str) -> str:
    """The word of a name that :func:`_names_thing` looks up: its last word, or the one
    before a number or a single capital letter that ends it ("War" of "World War III",
    "Plan" of "Plan B")."""
    return _read_head_word(name)


def _read_head_word(name: str) -> str:
    """:func:`_head_word`, read from the name (no cache)."""
    space = name.rfind(" ")
    last = name[space + 1 :]
    if (
        space > 0
        and (last[:1] in _NUMERAL_OPENINGS or last[:1].isdigit())
        and name.count(" ") >= 2
        and _NUMBER.fullmatch(last)
    ):
        last = name[name.rfind(" ", 0, space) + 1 : space]  # the word before the number
    elif space > 0 and len(last) == 1 and last.isupper():
        last = name[name.rfind(" ", 0, space) + 1 : space]  # "Plan B": a letter after it
    return last


# Body nouns that stand for any organisation ("the Chinese company" after "Acme"); other
# body nouns with a modifier ("the Dutch government") stand only for a name that holds them.
_ANY_BODY = frozenset(
    "agency airline bank board broadcaster business carrier charity club company corporation"
    " firm group insurer lender manufacturer network newspaper operator organisation"
    " organization party publisher regulator retailer studio team union watchdog".split()
)


# Bodies of a state: a bare "the ministry" or "the military" stands only for an organisation
# whose name holds the noun, never for a company or a charity named last.
_STATE_BODY = frozenset(
    "administration army assembly authorities cabinet congress council court department"
    " embassy forces government junta legislature military ministry navy parliament police"
    " regime senate".split()
)


# What a description's head noun may stand for, by the last word of an organisation's name:
# "the company" is no "Authority", "the group" no "Corp".  An organisation whose last word
# tells no kind ("Hamas", "Centrica") fits any description.
_COMPANY_HEADS = frozenset(
    "company companies corporation corp inc ltd plc co llc limited holdings airlines airways"
    " motors industries bank group enterprises technologies systems".split()
)
_GROUP_HEADS = frozenset(
    "group movement front alliance brigade brigades army organisation organization network"
    " coalition party union watch council committee association federation society"
    " foundation institute league campaign fund trust centre center initiative".split()
)
_AGENCY_HEADS = frozenset(
    "agency administration office bureau service commission authority organisation"
    " organization board institute centre center council programme program fund".split()
)
_HEAD_FITS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        "company firm business corporation manufacturer retailer carrier airline lender"
        " insurer operator publisher".split(),
        _COMPANY_HEADS,
    ),
    "group": _GROUP_HEADS | {"bank"},
    "bank": _COMPANY_HEADS | {"reserve", "fund"},
    "party": frozenset("party front movement alliance congress league coalition union".split()),
    "union": frozenset("union federation confederation association congress council".split()),
    "agency": _AGENCY_HEADS | {"department", "ministry"},
    "regulator": _AGENCY_HEADS,
    "watchdog": _AGENCY_HEADS | _GROUP_HEADS,
}
# Words in the name of a broadcaster ("Television New Zealand", "Voice of America").
_BROADCAST_WORDS = frozenset(
    "broadcasting broadcaster broadcasters television tv radio channel network voice"
    " media news".split()
)
# Last words that tell an organisation's kind.
_KIND_HEADS = (
    _COMPANY_HEADS
    | _GROUP_HEADS
    | _AGENCY_HEADS
    | _STATE_BODY
    | frozenset(
        "ministry court tribunal police forces force university college school hospital"
        " church news press radio television tv times post journal herald tribune telegraph"
        " broadcasting channel daily".split()
    )
)


# Last words that make a name an organisation's, never a person's.
_ORG_LAST = frozenset(
    "co corp inc ltd plc llc company corporation holdings industries radio television tv"
    " air airlines lines airways hospital hospitals clinic college school"
    " network agency ministry department committee commission association foundation"
    " institute university".split()
)


# Nouns for a body of people at work, and the last words of the names of grounds and
# venues, which name no such body.
_PEOPLE_NOUNS = frozenset(("team", "group", "club", "company", "firm"))
_GROUNDS = tuple(
    f" {w}"
    for w in "reserve park forest sanctuary zoo museum airport stadium arena valley".split()
)


@functools.lru_cache(maxsize=4096)
def _fits_head(noun: str, name: str) -> bool:
    """Whether the organisation ``name`` may be called "the ``noun``"."""
    if noun == "broadcaster":  # "the state broadcaster": no "NLD", no "Foreign Ministry"
        words = name.lower().replace("-", " ").split(" ")
        return any(w in _BROADCAST_WORDS for w in words) or (
            name.isupper() and (name.endswith("C") or "TV" in name)  # "BBC", "KBS", "CCTV"
        )
    fits = _HEAD_FITS.get(noun)
    low = name.lower()
    if noun in _PEOPLE_NOUNS and low.endswith(_GROUNDS):
        return False  # "the team" is no "Budongo Forest Reserve" nor "Acme Stadium"
    if fits is None:
        return True
    last = low[low.rfind(" ") + 1 :].rstrip(".")
    of = low.find(" of ")
    if of > 0 and last not in _KIND_HEADS:  # "Department of Defense", "Bank of America"
        last = low[low.rfind(" ", 0, of) + 1 : of]
    return last == noun or last in fits or last not in _KIND_HEADS


def _proper_modifier(name: str, places: frozenset[str], demonyms: frozenset[str]) -> bool:
    """Whether a name in capitals modifies the description ``name`` ("the Liberal party",
    not "the Chinese company", "the United States central bank" or "the US carrier")."""
    run: list[str] = []
    for w in [*name.split(" ")[:-1], ""]:
        if w[:1].isupper():
            run.append(w)
            continue
        if run:
            joined = " ".join(run)
            if not (
                joined in places
                or (joined.isupper() and len(joined) <= 3)
                or all(x in demonyms or x.endswith(_DEMONYM_ENDS) for x in run)
            ):
                return True
            run = []
    return False


def _body_of(
    name: str,
    recent: list[int],
    names: list[str],
    kinds: list[str],
    orgs: list[int],
    last_state: int | None = None,
    *,
    things: frozenset[str] = frozenset(),
    proper: bool = False,
) -> int | None:
    """The organisation "the company" or "the Dutch government" stands for: a bare noun
    ("the company", "the hospital") stands for the organisation last named that the noun
    fits ("the company" is no "Authority"), but a body of a state ("the ministry", "the
    military") only for the latest organisation whose name holds it, and "the government"
    else for the country or capital named lately as an agent ("India banned"); a noun with
    a modifier for the latest organisation whose name holds its every word or is the
    modifier ("UAE" for "the UAE government"), else, when the noun fits any organisation
    ("the Chinese company") and no name in capitals modifies it ("the Liberal party"), the
    organisation last named that it fits.  ``orgs`` are the named organisations, latest
    last; ``proper`` tells a modifier written as a name."""
    want = name.lower().split(" ")
    noun = want[-1]

    def latest_fit() -> int | None:
        for c in reversed(orgs[-12:]):
            if _fits_head(noun, names[c]):
                return c
        return None

    if len(want) > 3:  # a long phrase, more than a modified noun
        return None if noun in _STATE_BODY or proper else latest_fit()
    if len(want) == 1:
        if noun not in _STATE_BODY:
            return latest_fit()
        for c in reversed(recent[-30:]):
            if (
                kinds[c] == "organisation"
                and noun in names[c].lower().split(" ")
                and not _names_thing(names[c], things)  # not the "Self Government Act"
            ):
                return c  # "the ministry" for "Education Ministry"
        if noun == "government" and last_state is not None and last_state in recent[-6:]:
            return last_state  # "India banned exports. The government said ..."
        return None
    for c in reversed(recent[-30:]):
        if kinds[c] == "organisation" and not _names_thing(names[c], things):
            have = names[c].lower().split(" ")
            if have == want[:-1] or all(w in have for w in want):
                return c  # "the oil ministry" for "Iraqi Oil Ministry"
    return latest_fit() if noun in _ANY_BODY and not proper else None


# Words that make a title another office: "the minister" is not the "Prime Minister".
_OFFICE_MODIFIERS = frozenset("prime vice deputy assistant".split())


# An appositive that lists the named person's kin rather than describing the person:
# "Ann Lee, her husband and their two sons, ..." (Ann Lee is not "her husband").
_KIN_LIST = regex.compile(
    r"(?:his|her|their)[ ][^,]{1,40}?[ ]and[ ](?:his|her|their|the|\p{N}+|two|three|four|"
    r"five|six|other|several)[ ]"
)


def _own_role(m: Mention) -> bool:
    """Whether ``m``'s role describes the person named (not a list of others beside it)."""
    span = m.role_span
    return span is None or span.start < m.start or _KIN_LIST.match(span.text) is None


def _both(pattern: str) -> tuple[regex.Pattern[str], re.Pattern[str]]:
    """``pattern`` for the :mod:`regex` engine, and its ASCII form for the standard engine
    (:func:`~newsstruct._text.ascii_form`), which is faster.  The ASCII form reads as the
    full one a text whose letters, marks and digits are all ASCII
    (:func:`~newsstruct._mentions.ascii_words`), or, for a pattern with ``\\b``, a text
    whose characters are all ASCII: beyond ASCII the engines differ on which characters
    are word characters (a joiner, a connector)."""
    return regex.compile(pattern), ascii_form(pattern)


# A reporting verb right after a pronoun: "it said", "it has warned".
_SPEECH_AFTER, _ASCII_SPEECH_AFTER = _both(
    r"[ ](?:has[ ]|had[ ]|also[ ])?(?:said|says|stated|states|added|adds|announced|claimed|"
    r"warned|urged|called|denied|insisted|noted|argued|described)\b"
)
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# An object right after a reporting verb: no speech ("if it added the warning").
# (No property class nor "\b": the standard engine reads it as regex does, on any text.)
_OBJECT_AFTER = re.compile(r"[ ](?:the|a|an|its|their|his|her|to)[ ]")
# A verb right after a place's name: the place acts ("India banned", "Kyiv has said").
_STATE_VERB, _ASCII_STATE_VERB = _both(
    r"[ ](?:has[ ]|have[ ]|had[ ]|will[ ]|would[ ]|also[ ]|then[ ])?\p{Ll}{2,}(?:ed|s)\b"
)
# Words that open the name of a place ending in another place's name ("East Timor").
_PLACE_OPENINGS = frozenset("North South East West Northern Southern New N. S.".split())
# How adjectives of a people end ("Chinese", "Kenyan"): they modify, they name no body.
_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "ic", "an", "ern", "i")
_NUMBER = regex.compile(r"[IVX]{1,5}|\d{1,4}")
# What may come before the subject that opens a sentence: marks, "The", capitalised words
# of a title or a place ("United States President George Bush").
_OPENING_PATTERN = (
    r"[ \n\"'(]{0,3}(?:[^,.;:\"“”\n]{1,80},[ ]{1,2})?"  # an opening phrase ("When speaking, ")
    r"(?:(?:The|the|\p{Lu}[\p{L}.'’-]{0,20})[ ]{1,2},?[ ]?){0,4}"
)
_OPENING = regex.compile(_OPENING_PATTERN)
# The same for a text whose letters are all ASCII (see ascii_words).
_ASCII_OPENING = re.compile(
    _OPENING_PATTERN.replace(r"\p{Lu}", "[A-Z]").replace(r"\p{L}", "A-Za-z")
)
# What may follow a subject: a comma (an appositive), or a word in lower case (a verb), not
# a conjunction ("Ann Lee and ...").
_SUBJECT_VERB, _ASCII_SUBJECT_VERB = _both(r"[ ]{0,2}(?:,|(?!(?:and|or|nor)\b)\p{Ll})")
# A preposition right before a name ("on BBC Radio", "to the minister").
_AFTER_PREPOSITION_PATTERN = (
    r"(?:^|[ ])(?:on|in|at|to|from|with|by|for|of|about|against|into|toward|towards|via"
    r"|outside|inside|near|across|through|within|among|between|over|under)"
    r"[ ]{1,2}(?:the[ ]{1,2}|\p{Ll}{3,12}[ ])?\Z"
)
_AFTER_PREPOSITION = regex.compile(_AFTER_PREPOSITION_PATTERN)
# The same for a text whose letters are all ASCII (see ascii_words), where the standard
# engine is faster.
_ASCII_AFTER_PREPOSITION = re.compile(_AFTER_PREPOSITION_PATTERN.replace(r"\p{Ll}", "[a-z]"))
# How a sentence opens on a phrase that is no subject: a preposition, a subordinating word
# or a participle ("Speaking on BBC Radio she said", "After meeting Mr Lee, he left").
_ADJUNCT_OPENING = regex.compile(
    r"[ \"'(]{0,3}(?:On|In|At|To|From|With|By|For|About|Against|After|Before|During|Since"
    r"|Following|Despite|Unlike|Like|Upon|When|While|(?!According)\p{Lu}\p{Ll}{1,20}ing)[ ]"
)
# One or two lower-case words between a mention and a name; the last of them.
_TITLE_GAP, _ASCII_TITLE_GAP = _both(
    r"[ ]{1,2}(?:\p{Ll}[\p{Ll}-]{1,20}[ ])?(\p{Ll}[\p{Ll}-]{1,20}),?[ ]{1,2}\p{Lu}"
)
_ARTICLES = frozenset(("the", "a", "an"))
# What may stand between a group or body that opens a sentence and a name inside its phrase:
# prepositions, "and", articles and commas ("A research team from the University of X and Y
# in Z").
_SUBJECT_PHRASE = regex.compile(r"(?:[ ]{1,2}|,[ ])(?:(?:from|of|at|in|and|the)[ ]{1,2}){1,3}")

# How a sentence opens on a phrase without a subject of its own ("Before the talks Ann
# Lee ...", not "When Ann Lee joined ...").
_PHRASE_OPENING, _ASCII_PHRASE_OPENING = _both(
    r"[ \"'(]{0,3}(?:(?:On|In|At|To|From|With|By|For|About|Against|During|Following|Despite"
    r"|Unlike|Like|Upon|(?!According)\p{Lu}\p{Ll}{1,20}ing)[ ]"
    r"|(?:After|Before|Since|Until)[ ](?:the|a|an|his|her|its|their|this|last)[ ])"
)
# What may stand between the object of an opening phrase and the pronoun that is the
# clause's subject: a few capitalised words or a time ("on Monday"), and a comma.
_ADJUNCT_TAIL = regex.compile(
    r"(?:[ ]{1,2}(?:on|in|at|last|this|\p{Lu}[\p{L}.'’-]{0,20})){0,3},?[ ]{1,2}"
)
# What makes a subject act: a comma (an appositive) or a verb in the past or the present.
_ACTS, _ASCII_ACTS = _both(r"[ ]{0,2}(?:,|\p{Ll}{2,20}(?:ed|s|ing)\b)")
# How the name of a model or a product looks: a code in capitals after a hyphen, or a
# number ("VoteMaster-TS", "Boeing 737").
_MODEL_NAME, _ASCII_MODEL_NAME = _both(r"-\p{Lu}{2}|\d")
# How a match of ACRONYM opens.
_ACRONYM_OPENINGS = (" (", "  (")
# An indefinite description ("A senior official", "An aide").
# A speech verb's addressee ("told VOA", "told the BBC"): an outlet spoken to, which no
# later "the team" or "the agency" describes.
_TOLD = regex.compile(r"\b(?:told|tells|telling)[ ](?:the[ ])?\Z")
# How a text that _TOLD finds at its end ends: what the plain test before it looks for.
_TOLD_ENDS = tuple(f"{verb} {the}" for verb in ("told", "tells", "telling") for the in ("", "the "))
_INDEFINITE = re.compile(r"(?:A|An)[ ]")  # (read alike by both engines, as _OBJECT_AFTER)
# A pronoun right after a quotation: '"...," he said'.
# "in" (and "the") right before a body's name: the body names where, not who ("in Acme
# Forest Reserve", "in the Acme Building").
_IN_BEFORE = regex.compile(r"\b[Ii]n[ ](?:the[ ])?\Z")
# How a text that _IN_BEFORE finds at its end ends: what the plain test before it looks for.
_IN_ENDS = ("in ", "In ", "in the ", "In the ")
# What goes on a group's name with where its members come from ("Researchers from ...").
_FROM_AFTER = re.compile(r"[ ](?:from|at)[ ]")  # (read alike by both engines)
_BOTH_BEFORE = (", both ", ", all ", " (both ", " (all ")
_AFTER_QUOTE = re.compile(r"[\"”'][ ]{1,2}\Z")  # (read alike by both engines)

# Endings of capitalised adjectives ("Aboriginal", "Indigenous", "Parliamentary").
_MODIFIER_ENDS = ("ian", "ean", "ese", "ish", "al", "ous", "ary")
# The lower-case word after a capitalised one, in the same clause.
# "of" and up to three lower-case words before a name: "the mother of fallen soldier ".
_KIN_OF = regex.compile(r"[ ]of(?:[ ]\p{Ll}[\p{Ll}-]{0,20}){0,3}[ ]{1,2}\Z")
_NEXT_LOWER, _ASCII_NEXT_LOWER = _both(r"[ ]{1,2}(\p{Ll}[\p{Ll}-]{0,30})\b")
# Lower-case words after a name that show it is no adjective: a verb or a function word.
_AFTER_NAME = frozenset(
    """about of in on at to for with from by and or who whom whose which that as than has
    have had was were is are will would could can may might must did does do also then later
    again still not never during after before since into over under against between without
    when while because but""".split()
)


# A body described by its country before the article names it ("..., the country's
# emergency agency said.  The National Emergency Management Agency said ..."): the head
# noun of the description.
_OWNED_BODY = regex.compile(r"[Tt]he[ ](?:country|nation|state)'s[ ](?:\p{Ll}+[ ]){0,2}(\p{Ll}+)")
# What a text that _OWNED_BODY reads holds.
_STATE_POSSESSIVES = ("country's ", "nation's ", "state's ")


def _name_described(
    doc: Document,
    mentions: Sequence[Mention],
    of: list[int | None],
    spans: list[list[Mention]],
    kinds: list[str],
    names: list[str],
) -> None:
    """Give a description of a body by its country ("the country's emergency agency") to the
    organisation named next, in the same sentence or the next, whose last word is its noun
    ("National Emergency Management Agency"), when no other organisation comes between.
    ``spans[e]`` are the mentions ``i`` with ``of[i] == e``, in order."""
    members: list[list[int]] = [[] for _ in kinds]  # the positions of spans[e] in mentions
    for i, e in enumerate(of):
        if e is not None:
            members[e].append(i)
    merged = False
    for i, m in enumerate(mentions):
        e = of[i]
        if e is None or kinds[e] not in ("source", "body") or members[e][0] != i:
            continue
        found = _OWNED_BODY.fullmatch(m.text)
        if found is None:
            continue
        head = found.group(1)
        last = doc.sentence_index(m.start) + 1
        for j in range(i + 1, min(len(mentions), i + 8)):
            t = of[j]
            if t is None or kinds[t] != "organisation":
                continue
            if (
                mentions[j].kind == "organisation"
                and names[t].rsplit(" ", 1)[-1].lower() == head
                and doc.sentence_index(mentions[j].start) <= last
            ):
                for k in members[e]:
                    of[k] = t
                members[t] = sorted(members[t] + members[e])
                members[e] = []
                merged = True
            break
    if merged:
        spans[:] = [[mentions[k] for k in member] for member in members]


def _sentence_around(doc: Document, offset: int) -> tuple[int, Sentence | None, int, int]:
    """``doc.sentence_index(offset)``, that sentence (None past the last), and the bounds
    ``[low, high)`` of the offsets for which ``sentence_index`` gives the same index.

    >>> doc = Document("Ann Lee left. Bo Park stayed.")
    >>> k, sent, low, high = _sentence_around(doc, 20)
    >>> k, sent.text, low, high == sys.maxsize
    (1, 'Bo Park stayed.', 14, True)
    """
    return _sentence_within(doc.sentences, [s.start for s in doc.sentences], offset)


def _sentence_within(
    sentences: Sequence[Sentence], starts: list[int], offset: int
) -> tuple[int, Sentence | None, int, int]:
    """:func:`_sentence_around` of a document of these ``sentences``, whose ``starts`` are
    given (made once per document): ``sentence_index`` is the sentence that starts last at
    or before ``offset``, else the first."""
    k = bisect_right(starts, offset) - 1
    if k < 0:
        k = 0  # (before the first sentence: the first)
    sent = sentences[k] if k < len(sentences) else None
    low = starts[k] if k > 0 else -1
    high = starts[k + 1] if k + 1 < len(sentences) else sys.maxsize
    return k, sent, low, high


def _opens_sentence(doc: Document, start: int) -> bool:
    """Whether ``start`` opens its sentence (after an opening mark, perhaps)."""
    sent = doc.sentence_at(start)
    return sent is not None and doc.folded[sent.start : start].strip(" \"'") == ""


def _modifier(folded: str, m: Mention, v: _Vocab, actions: frozenset[str]) -> bool:
    """Whether a one-word name is an adjective before a noun ("Aboriginal communities",
    "secretive Indigenous male culture"), not a later mention of a person whose name ends
    or opens with that word."""
    word = m.name
    if " " in word or not (
        word in v.demonyms or (len(word) > 5 and word.endswith(_MODIFIER_ENDS))
    ):
        return False
    nxt = _NEXT_LOWER.match(folded, m.end)
    if nxt is None:
        return False
    after = nxt.group(1)
    return not (
        after in _AFTER_NAME or after in v.verbs or after in actions or after.endswith("ed")
    )
_NUMERAL_OPENINGS = frozenset("IVX")  # what _NUMBER opens on, besides a digit


class _ByName(dict[str, bool]):
    """What ``test`` tells of each name, computed once per name."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, name: str) -> bool:
        value = self[name] = self.test(name)
        return value


class _HeadWords(dict[str, str]):
    """The :func:`_head_word` of each name, computed once per name."""

    def __missing__(self, name: str) -> str:
        value = self[name] = _read_head_word(name)  # (this table is its cache)
        return value


# Names recur from one article to the next ("United States", "Bush"): what resolution tests
# of a name alone is kept across documents, in tables emptied when they grow large.
_SHARED_MAX = 1 << 16
_HEAD_WORDS = _HeadWords()


@functools.lru_cache(maxsize=8)
def _no_group_names(config: Config) -> _ByName:
    """Whether a name is a title ("the Pontiff") or the name of a model ("VoteMaster-TS"),
    which names no group of people, by name (shared by the documents of ``config``)."""
    titles = vocab(config).titles
    return _ByName(
        lambda name: titles.get(name.lower()) == "title"
        or (_ASCII_MODEL_NAME if name.isascii() else _MODEL_NAME).search(name) is not None
    )


def _shared(table: dict[str, _T]) -> dict[str, _T]:
    """``table``, emptied first when it has grown past :data:`_SHARED_MAX` names."""
    if len(table) > _SHARED_MAX:
        table.clear()
    return table


def _entity_maker() -> Callable[[str, str, str | None, tuple[Mention, ...], str | None], Entity]:
    """A function of all the fields of :class:`Entity` in order that returns what
    ``Entity(...)`` returns, faster: it fills the slots itself, as the constructor (which
    checks nothing) does."""
    setters = _slot_setters(Entity, "name kind role spans gender")
    if setters is None:
        return Entity  # pragma: no cover - not a slotted class of these fields
    s_name, s_kind, s_role, s_spans, s_gender = setters
    new = object.__new__

    def make(
        name: str,
        kind: str,
        role: str | None,
        spans: tuple[Mention, ...],
        gender: str | None,
    ) -> Entity:
        made = new(Entity)
        s_name(made, name)
        s_kind(made, kind)
        s_role(made, role)
        s_spans(made, spans)
        s_gender(made, gender)
        return made

    return make


_entity = _entity_maker()
# The setters of Entity's slots, in the order of its fields (None if it had no such slots).
_ENTITY_SETTERS = _slot_setters(Entity, "name kind role spans gender")


def _entities_of(
    order: list[int],
    names: list[str],
    kinds: list[str],
    roles: list[str | None],
    spans: list[list[Mention]],
    genders: dict[int, str],
) -> tuple[Entity, ...]:
    """``_entity(names[e], kinds[e], roles[e], tuple(spans[e]), genders.get(e))`` for each
    ``e`` of ``order``, in order: the slots filled in one loop, without a call of the maker
    for each entity."""
    if _ENTITY_SETTERS is None:  # pragma: no cover - not a slotted class of these fields
        return tuple(
            _entity(names[e], kinds[e], roles[e], tuple(spans[e]), genders.get(e)) for e in order
        )
    s_name, s_kind, s_role, s_spans, s_gender = _ENTITY_SETTERS
    new = object.__new__
    made_all: list[Entity] = []
    add = made_all.append
    get_gender = genders.get
    for e in order:
        made = new(Entity)
        s_name(made, names[e])
        s_kind(made, kinds[e])
        s_role(made, roles[e])
        s_spans(made, tuple(spans[e]))
        s_gender(made, get_gender(e))
        add(made)
    return tuple(made_all)
_KIND = attrgetter("kind")
# The kinds of mention whose full names resolution reads first.
_NAMED_FULLY = frozenset(("person", "organisation"))


def _resolve(doc: Document, config: Config) -> Entities:
    mentions = find_mentions(doc, config)
    v = vocab(config)
    actions = config.words("action_verbs")
    products = _product_heads(config)
    things = _non_actor_heads(config)
    marks = quoted(doc)
    ascii_text = ascii_words_of(doc)
    after_preposition = (_ASCII_AFTER_PREPOSITION if ascii_text else _AFTER_PREPOSITION).search
    opening = (_ASCII_OPENING if ascii_text else _OPENING).fullmatch
    # the patterns read at each mention, in their faster ASCII forms where these read the
    # text as the full ones do (see _both: those with "\b" for a text all of ASCII)
    pure_ascii = doc.folded.isascii()
    speech_after = (_ASCII_SPEECH_AFTER if pure_ascii else _SPEECH_AFTER).match
    state_verb = (_ASCII_STATE_VERB if pure_ascii else _STATE_VERB).match
    subject_verb = (_ASCII_SUBJECT_VERB if pure_ascii else _SUBJECT_VERB).match
    acts_after = (_ASCII_ACTS if pure_ascii else _ACTS).match
    next_lower = (_ASCII_NEXT_LOWER if pure_ascii else _NEXT_LOWER).match
    title_gap = (_ASCII_TITLE_GAP if ascii_text else _TITLE_GAP).match
    phrase_opening = (_ASCII_PHRASE_OPENING if ascii_text else _PHRASE_OPENING).match
    # head_of[name] in things stands for _names_thing(name, things), and the same for
    # products: both look up the one head word of the name
    head_of = _shared(_HEAD_WORDS)
    # a title ("the Pontiff") or the name of a model ("VoteMaster-TS"): no group of people
    names_no_group = _shared(_no_group_names(config))
    folded = doc.folded
    mark_starts = [q.mark for q in marks]
    mark_afters = [q.after for q in marks]

    def quoted_at(offset: int) -> bool:
        i = bisect.bisect_right(mark_starts, offset) - 1
        return i >= 0 and mark_starts[i] < offset < mark_afters[i]

    by_last: dict[str, list[int]] = {}
    # each entity's surname and its place in ``by_last``, and for each surname the last
    # place of an entity already mentioned (its first member recorded)
    last_place: dict[int, tuple[str, int]] = {}
    last_seen: dict[str, int] = {}
    by_first: dict[str, list[int]] = {}
    names: list[str] = []
    kinds: list[str] = []
    roles: list[str | None] = []
    spans: list[list[Mention]] = []  # each entity's mentions, in order
    key_of: dict[str, int] = {}
    of: list[int | None] = []

    def new(m: Mention, key: str) -> int:
        e = len(names)
        names.append(m.name)
        kinds.append(m.kind)
        roles.append(m.role)
        spans.append([])
        key_of[key] = e
        return e

    by_part: dict[str, set[int]] = {}  # the inner words of persons' names ("Lula")
    by_bare: dict[str, list[int]] = {}  # surnames without their particle ("Zarqawi")

    def given(full: list[str], short: list[str]) -> bool:
        """Whether the words ``full`` holds before its tail ``short`` are given names,
        titles or initials ("Ayaan" of "Ayaan Hirsi Ali", not "Wynn" of "Wynn Las Vegas"),
        or both open on the same given name or title."""
        if short[0] == full[0]:  # "Jan Balkenende": a person's given name or title opens both
            return full[0] in v.first_names or full[0].lower() in v.titles
        if " ".join(short) in v.places:
            return False
        return all(
            w in v.first_names or w.lower() in v.titles or _INITIAL.fullmatch(w)
            for w in full[: len(full) - len(short)]
        )

    person_words: dict[int, list[str]] = {}  # the words of each person's fullest name
    # the same persons by what a shorter or longer form of their name shares with it (see
    # :func:`_forms`), so that a name is compared only with those that may be its forms
    persons_by_form: dict[tuple[str, ...], list[int]] = {}

    def index(person: int, words: list[str]) -> None:
        for key in _forms(words):
            persons_by_form.setdefault(key, []).append(person)
    # full names first, so a surname met before its full name still finds it
    for m in compress(mentions, map(_NAMED_FULLY.__contains__, map(_KIND, mentions))):
        kind = m.kind  # a person or an organisation
        if kind == "person" and " " in m.name and m.name not in key_of:
            # _without_initials(m.name), which leaves a name of two words as it is
            short = m.name if m.name.count(" ") == 1 else _without_initials(m.name)
            if short in key_of and names[key_of[short]] == short:
                # "George W. Bush" after "George Bush": the same person
                key_of[m.name] = key_of[short]
                continue
            words = short.split(" ")
            forms = _forms(words)
            found = [persons_by_form[form] for form in forms if form in persons_by_form]
            same = (
                [
                    p
                    for p in sorted({q for group in found for q in group})
                    if (_shorter_form(words, known := person_words[p]) and given(known, words))
                    or (_shorter_form(known, words) and given(words, known))
                ]
                if found  # (no person shares a form with it: none is the same)
                else []
            )
            if len(same) == 1:  # "Hirsi Ali" and "Ayaan Hirsi Ali": the same person
                first = key_of[m.name] = same[0]
                key_of.setdefault(short, first)
                if len(words) > len(person_words[first]):
                    person_words[first] = words
                    index(first, words)
                    by_first.setdefault(words[0], []).append(first)
                continue
            first = new(m, m.name)
            person_words[first] = words
            for form in forms:  # index(first, words)
                persons_by_form.setdefault(form, []).append(first)
            key_of.setdefault(short, first)
            inner = words[1:-1]  # (of the short name: its inner words, initials left out)
            if short != m.name:
                words = m.name.split(" ")
            same_last = by_last.setdefault(words[-1], [])
            last_place[first] = (words[-1], len(same_last))
            same_last.append(first)
            by_first.setdefault(words[0], []).append(first)
            bare = _bare_surname(words[-1])
            if bare != words[-1]:
                by_bare.setdefault(bare, []).append(first)
            for word in inner:  # the inner words, initials left out
                if word[:1].isupper():
                    by_part.setdefault(word, set()).add(first)
        elif kind == "organisation" and " " in m.name and m.name not in key_of:
            first = new(m, m.name)
            # ACRONYM.match(folded, m.end), which opens on one or two spaces and a bracket
            acr = (
                ACRONYM.match(folded, m.end)
                if folded.startswith(_ACRONYM_OPENINGS, m.end)
                else None
            )
            for alias in _org_aliases(m.name) | {acr.group(1) if acr else ""}:
                if len(alias) > 1:
                    key_of.setdefault(alias, first)
            head = m.name.split(" ", 1)[0]
            if head not in v.places and head not in v.non_names:
                by_first.setdefault(head, []).append(first)  # "Southwest" for "Southwest Airlines"
    # the lowercase words of each entity's role and name, dropped when either changes
    words_of: dict[int, set[str]] = {}
    recent: list[int] = []  # entities in order of their latest mention
    persons: list[int] = []  # person entities, latest last
    genders: dict[int, str] = {}
    last_group: int | None = None
    last_issuer: int | None = None  # the last organisation or body (who issues documents)
    last_issuer_at = 0
    last_plural: int | None = None  # the latest group, body or organisation: what "they" is
    subject_body: int | None = None  # where a group or body opening its sentence ends
    orgs: list[int] = []  # named organisations, latest last
    last_state: int | None = None  # a country or capital named as an agent
    sentence_index = doc.sentence_index
    opener: dict[int, int | None] = {}  # sentence -> the person that opens it as subject
    last_at: dict[int, int] = {}  # person -> where its latest mention (no pronoun) starts
    last_end: dict[int, int] = {}  # and where it ends
    acting: set[int] = set()  # sentences whose subject a verb or an appositive follows
    last_one: int | None = None  # the latest organisation, place, body or source: what "it" is
    thing_opener: dict[int, int] = {}  # sentence -> the body or thing that opens it as subject
    last_at_thing: dict[int, int] = {}  # such an opener -> where it opens its sentence

    def gender_of(c: int) -> str | None:
        """The gender known for ``c``, else the one its given name tells."""
        g = genders.get(c)
        if g is None and kinds[c] == "person":
            given = names[c].split(" ", 1)[0]
            if given != names[c]:
                g = v.first_names.get(given) or v.first_names.get(given.split("-", 1)[0])
        return g

    def fits(c: int, g: str | None) -> bool:
        """Whether "he" or "she" (of gender ``g``) may stand for ``c``: a person of that
        gender or none known, whose name is not that of a place or an organisation."""
        if g is not None and gender_of(c) not in (None, g):
            return False
        name = names[c]
        last = name[name.rfind(" ") + 1 :]
        if (
            name in v.places
            or last in v.orgs
            or last in v.place_words
            or last.lower().rstrip(".") in _ORG_LAST
        ):
            return False  # "BBC Radio", "Rose Garden", "Acme Energy Co"
        return last not in v.places or name.split(" ", 1)[0] not in _PLACE_OPENINGS  # "N. Korea"

    def before_name(end: int) -> bool:
        """Whether a lower-case word that is no verb joins the mention ending at ``end`` to
        a name after it: the mention is then part of a title ("Former British defence
        minister Peter Hale", "Acme Systems president Dave Hart"), no subject."""
        gap = title_gap(doc.folded, end)
        if gap is None:
            return False
        word = gap.group(1)
        return not (
            word.endswith(("ed", "s"))
            or word in v.verbs
            or word in actions
            or word in _AFTER_NAME
            or word in _ARTICLES
        )

    def acts(end: int) -> bool:
        """Whether a verb or an appositive follows the subject ending at ``end``."""
        if acts_after(doc.folded, end):
            return True
        nxt = next_lower(doc.folded, end)
        return nxt is not None and (nxt.group(1) in v.verbs or nxt.group(1) in actions)

    def kin_of_named(surname: str, at: int) -> bool:
        """Whether the name at ``at`` follows "of" in a phrase that describes a person of
        that ``surname`` named just before in its sentence ("Ann Lee, the mother of soldier
        Tom Lee"): a relative, whom the surname alone goes on naming the other for."""
        seen = by_last.get(surname)
        if not seen or surname not in last_seen:
            return False
        where = last_at.get(seen[last_seen[surname]])
        if where is None or at - where > 80:
            return False
        sent = doc.sentence_at(at)
        return (
            sent is not None
            and where >= sent.start
            and _KIN_OF.search(doc.folded, max(where, at - 40), at) is not None
        )

    def in_adjunct(c: int, at: int) -> bool:
        """Whether ``c``'s latest mention is the object of a preposition in the phrase that
        opens the sentence of the pronoun at ``at``, which is then the clause's subject and
        stands for someone else ("Speaking on BBC Radio she said")."""
        where = last_at.get(c)
        if where is None or where >= at:
            return False
        sent = doc.sentence_at(at)
        if sent is None or where < sent.start:
            return False
        folded = doc.folded
        return (
            after_preposition(folded, max(sent.start, where - 16), where) is not None
            and _ADJUNCT_OPENING.match(folded, sent.start) is not None
            and _ADJUNCT_TAIL.fullmatch(folded, last_end.get(c, at), at) is not None
        )

    def _subject_over(c: int, g: str, at: int) -> int | None:
        """The person that opens the sentence of ``c``'s latest mention as its subject, when
        that mention is not the subject ("Howard accused Mr Beazley of ... "...," he
        said"), and the pronoun at ``at`` opens a clause after that sentence or after a
        quotation."""
        where = last_at.get(c)
        if where is None:
            return None
        k = sentence_index(where)
        o = opener.get(k)
        if (
            o is None
            or o == c
            or kinds[o] not in ("person", "role")
            or not fits(o, g)
            or o not in persons[-6:]
            or (gender_of(o) is None and k not in acting)  # "Kim Lee described"
        ):
            return None
        if k == sentence_index(at) and not _AFTER_QUOTE.search(doc.folded, max(0, at - 4), at):
            return None
        return o

    # the sentence of the mention at hand as sentence_index reads it: sent_k, and
    # sentences[sent_k] or None as sent_at; it holds for the offsets in [sent_low,
    # sent_high), found anew (mentions come in order) when a mention starts outside them
    sent_k: int = 0
    sent_at: Sentence | None = None
    sent_low, sent_high = 0, -1
    sentences = doc.sentences
    sent_starts = doc.sentence_starts
    n_sentences = len(sentences)
    possessed = False  # whether a description holds "country's " or the like
    order: list[int] = []  # the entities in the order of their first mentions
    for m in mentions:
        mk, mn = m.kind, m.name
        start = m.start
        if not sent_low <= start < sent_high:
            # _sentence_within(sentences, sent_starts, start) (_sentence_around(doc, start)),
            # written out: the sentence that starts last at or before ``start``, else the first
            sent_k = bisect_right(sent_starts, start) - 1
            if sent_k < 0:
                sent_k = 0
            sent_at = sentences[sent_k] if sent_k < n_sentences else None
            sent_low = sent_starts[sent_k] if sent_k > 0 else -1
            sent_high = sent_starts[sent_k + 1] if sent_k + 1 < n_sentences else sys.maxsize
        e: int | None = None
        modifier = False  # an adjective taken for a name: nothing "he" or "it" stands for
        if mk == "pronoun" and v.pronouns.get(mn) == "person":
            g = v.genders.get(mn)
            for c in reversed(persons[-6:]):  # the latest person of a compatible gender
                if fits(c, g) and not in_adjunct(c, m.start):
                    e = c
                    break
            if e is not None and g is not None:
                o = None if quoted_at(m.start) else _subject_over(e, g, m.start)
                e = e if o is None else o
                genders[e] = g
                k, sent = sent_k, sent_at  # sentence_index(m.start) and its sentence
                if (
                    opener.get(k) is None
                    and not quoted_at(m.start)
                    and sent is not None
                    and opening(doc.folded, sent.start, m.start)
                ):
                    # "He also serves as ..., succeeding Ann Lee.": its subject still
                    opener[k] = e
                    acting.add(k)
        elif mk == "pronoun":
            # "they" say, ask, call for: people or a body, never a document, a place, a
            # product or a single person
            e = last_plural if mn == "they" else last_group
            o = None
            cue = speech_after(doc.folded, m.end) if mn == "it" else None
            if cue is not None and not _OBJECT_AFTER.match(doc.folded, cue.end()):
                # "it said": the body or document that opens this sentence as its subject,
                # or the one before when "it" opens its own; never a group ("protesters")
                k = sent_k  # sentence_index(m.start)
                o = thing_opener.get(k)
                if o is not None and last_at_thing[o] >= m.start:
                    o = None
                sent = doc.sentences[k] if k < len(doc.sentences) else None
                if o is None and (
                    (sent is not None and opening(doc.folded, sent.start, m.start))
                    or _AFTER_QUOTE.search(doc.folded, max(0, m.start - 4), m.start)
                ):
                    o = thing_opener.get(k - 1)
                if o is not None:
                    e = o
                elif e is not None and kinds[e] in ("group", "place"):
                    e = last_one  # not "protesters", nor "China" of "in China"
            if (
                o is None
                and e is not None
                and e != last_issuer
                and last_issuer is not None
                and kinds[e] == "source"
                and sentence_index(last_issuer_at) >= sent_k - 1  # (sent_k: of m.start)
                and speech_after(doc.folded, m.end)
            ):
                e = last_issuer  # "issued a statement in which it said": the issuer speaks
                if mn == "it" and kinds[e] == "group":
                    e = last_one  # "Experts say more study is needed. It adds": no plural
        elif mk in NAMED:
            e = key_of.get(mn)
            if e is not None:
                pass  # a name already known
            elif mk in ("name", "person") and " " not in mn and mn in by_last:
                # the last of the persons of that surname already mentioned, or the first
                e = by_last[mn][last_seen.get(mn, 0)]
            elif (
                mk in ("name", "person")
                and len(by_first.get(mn, ())) == 1
                and (mk == "name" or kinds[by_first[mn][0]] == "person")
            ):
                e = by_first[mn][0]  # "Southwest"; "Colonel Thawan" for "Thawan Nakarawong"
            elif (
                mk in ("name", "person")
                and " " not in mn
                and mn not in by_first
                and len(by_part.get(mn, ())) == 1
            ):
                e = next(iter(by_part[mn]))  # "Lula" for "Luiz Inácio Lula da Silva"
            elif (
                mk in ("name", "person")
                and " " not in mn
                and by_bare  # (mostly empty: no surname opens on a particle)
                and len(by_bare.get(_bare_surname(mn), ())) == 1
            ):
                e = by_bare[_bare_surname(mn)][0]  # "Zarqawi" for "Abu Musab al-Zarqawi"
            else:
                e = new(m, mn)
            if (
                mk == "person"
                and m.gender is not None
                and " " not in mn
                and kinds[e] == "person"
                and " " in names[e]
                and v.first_names.get(names[e].split(" ", 1)[0]) not in (None, m.gender)
            ):
                # "Mrs. Bush" after "George W. Bush": another person of that surname, whose
                # given name tells the other gender
                other = "\0" + m.gender + mn
                e = key_of[other] if other in key_of else new(m, other)
            if (
                mk == "name"
                and kinds[e] == "person"
                and names[e] != mn
                and _modifier(doc.folded, m, v, actions)
                and not _opens_sentence(doc, m.start)  # "Cathal became ...": its subject
            ):
                # "Aboriginal communities": no later mention of "Aboriginal Australians", nor
                # of a person at all (a key no name has)
                e = key_of.get("\0" + mn)
                if e is None:
                    e = new(m, "\0" + mn)
                modifier = True
        else:  # a description: a role, a group, a source or a body
            if "'s " in m.text and any(p in m.text for p in _STATE_POSSESSIVES):
                possessed = True  # perhaps "the country's agency" (see _name_described)
            if mk == "role" and m.text.split(" ")[0].lower() not in ("a", "an", "another", "one"):
                want = set(mn.lower().split(" "))
                for c in reversed(recent[-30:]):
                    if kinds[c] == "body":
                        continue  # "the Governor-General" is no description of a body
                    have = words_of.get(c)
                    if have is None:
                        have = words_of[c] = set(f"{roles[c] or ''} {names[c]}".lower().split(" "))
                    if want <= have and not (
                        _OFFICE_MODIFIERS & set((roles[c] or "").lower().split(" ")) - want
                    ):  # "the minister" is not the prime minister
                        e = c
                        break
            if (
                e is None
                and (mk == "body" or (mk == "source" and mn in _ANY_BODY))
                and m.text[:4].lower() == "the "
            ):  # "the ministry"; "the agency", also a source noun ("the news agency")
                # (a description of one word has no modifier: _proper_modifier is False)
                proper = " " in mn and _proper_modifier(mn, v.places, v.demonyms)
                e = _body_of(
                    mn,
                    recent,
                    names,
                    kinds,
                    orgs,
                    last_state,
                    things=things,
                    proper=proper,
                )
            if e is None and mk in DESCRIBED:
                key = mn.lower()
                e = key_of.get(key) if mk != "role" or m.text[:1].lower() == "t" else None
                if e is None:
                    e = new(m, key)
                    if mk == "body" and mn[:1].isupper() and " " not in mn:
                        kinds[e] = "organisation"  # "the Court", written as a proper name
        if e is not None:
            member = spans[e]
            if not member:  # e's first mention
                order.append(e)
                if e in last_place:
                    surname, place = last_place[e]
                    if not kin_of_named(surname, start):
                        last_seen[surname] = max(last_seen.get(surname, 0), place)
            member.append(m)
            role = m.role
            own = role is None or _own_role(m)
            if role is not None and own and roles[e] is None:
                roles[e] = role
                words_of.pop(e, None)
            gender = m.gender
            if gender is not None and mk != "pronoun" and own:
                genders[e] = gender
            kind = kinds[e]  # (kinds[e] and names[e] as this mention leaves them)
            if kind in ("name", "role") and mk in ("person", "organisation", "place"):
                kinds[e] = kind = mk
            name = names[e]
            if mk in NAMED and mn != name and mn.count(" ") > name.count(" "):
                names[e] = name = mn
                words_of.pop(e, None)
            if not recent or recent[-1] != e:
                recent.append(e)
            if (
                mk != "pronoun"
                and not modifier
                and not (  # quoted_at(start)
                    (q := bisect_right(mark_starts, start) - 1) >= 0
                    and mark_starts[q] < start < mark_afters[q]
                )
            ):
                if (
                    (kind == "person" and head_of[name] not in things)  # no War
                    or (kind == "role" and mk != "role")
                    or (
                        mk == "role"
                        and (
                            m.text[:4].lower() == "the "
                            or (_INDEFINITE.match(m.text) and _opens_sentence(doc, start))
                        )
                    )
                    or (
                        kind == "name"
                        and e in last_place  # (a plain test first: mostly no surname of it)
                        and last_place[e][0] == name.rsplit(" ", 1)[-1]
                    )
                ):
                    if persons and persons[-1] != e and e in persons[-6:]:
                        persons.remove(e)
                    if not persons or persons[-1] != e:
                        persons.append(e)
                    last_at[e] = start
                    last_end[e] = m.end
                    k, sent = sent_k, sent_at  # sentence_index(start) and its sentence
                    if opener.get(k) is None:  # the sentence's first subject
                        span = m.role_span
                        p = span.start if span is not None and span.start < start else start
                        opener[k] = (
                            e
                            if sent is not None
                            and sent.start <= p
                            and opening(folded, sent.start, p)
                            and not (  # "Before the talks Ann Lee ...": in the phrase
                                phrase_opening(folded, sent.start)
                                and "," not in folded[sent.start : p]
                            )
                            and subject_verb(folded, m.end)
                            and (  # "A spokesman said": an unnamed person
                                mk != "role"
                                or (_INDEFINITE.match(m.text) and _opens_sentence(doc, p))
                            )
                            and not before_name(m.end)
                            else None
                        )
                        if opener[k] is not None and acts(m.end):
                            acting.add(k)
                elif head_of[name] in products:
                    pass  # "DVD", "Vioxx": neither what "it" nor "the company" stands for
                elif (
                    subject_body is not None
                    and kind in ("organisation", "place", "name")
                    and _SUBJECT_PHRASE.fullmatch(folded, subject_body, start) is not None
                ):
                    # "A research team from the University of Ruritania and Acme University
                    # in Elbonia has ...": names in the subject's phrase, not what "they" is
                    subject_body = m.end
                elif kind in ("organisation", "place", "group", "source", "name", "body"):
                    last_group = e
                    # whether a preposition stands before a place (found once for both uses)
                    place_after_preposition = False
                    if (
                        kind != "group"
                        and not (
                            kind == "place"
                            and (
                                place_after_preposition := after_preposition(
                                    folded, max(0, start - 16), start
                                )
                                is not None
                            )
                        )  # (not "in Kenya")
                        and not (m.text[:1] in _LOWER_LETTERS and " " not in m.text)
                        # (not a bare noun: "is party to")
                    ):
                        last_one = e
                        k, sent = sent_k, sent_at  # sentence_index(start) and its sentence
                        if (
                            k not in thing_opener
                            and sent is not None
                            and opening(folded, sent.start, start)
                            and acts(m.end)
                        ):
                            thing_opener[k] = e  # "The United Nations said ..."
                            last_at_thing[e] = start
                    if kind != "source":  # ("A research" inside "A research team")
                        subject_body = None
                    if (
                        kind in ("group", "body")
                        and (" " in m.text or _FROM_AFTER.match(folded, m.end))
                        and m.text[:1].isupper()
                    ):
                        sent = sent_at
                        if sent is not None and opening(folded, sent.start, start):
                            subject_body = m.end  # "A research team ...": the subject
                    if kind in ("organisation", "group", "body"):
                        last_issuer, last_issuer_at = e, start
                        if not (
                            folded.endswith(_IN_ENDS, max(0, start - 8), start)
                            and _IN_BEFORE.search(folded, max(0, start - 8), start)
                        ):
                            last_plural = e  # (not "in Acme Forest Reserve": a place there)
                    elif kind == "source":
                        pass  # "the report": neither what "they" is nor what hides it
                    elif (
                        names_no_group[name]  # "the Pontiff", "VoteMaster-TS"
                        # "working in Kenya", "sellers on Acme"
                        or (
                            place_after_preposition
                            if kind == "place"
                            else after_preposition(folded, max(0, start - 16), start) is not None
                        )
                    ):
                        last_plural = None  # what "they" stands for is then unknown
                    elif folded.endswith(_BOTH_BEFORE, 0, start):
                        # "Ann Lee and Bo Park, both Democrats, ...": the people named
                        # before are what "they" is
                        last_plural = None
                    else:
                        last_plural = e
                if (
                    kind == "organisation"
                    and name not in v.orgs
                    and head_of[name] not in things
                    and not (
                        folded.endswith(_TOLD_ENDS, max(0, start - 12), start)
                        and _TOLD.search(folded, max(0, start - 12), start) is not None
                    )
                ):
                    # a named organisation, not a bare "Office" or "Court"
                    if orgs and orgs[-1] != e and e in orgs[-12:]:
                        orgs.remove(e)
                    if not orgs or orgs[-1] != e:
                        orgs.append(e)
        if (
            e is not None
            and mk == "place"
            and mn in v.places
            and state_verb(folded, m.end)
        ):
            last_state = e  # "India banned ...", "Moscow says ..."
        of.append(e)
    if possessed:  # (only a description that holds one reads as _OWNED_BODY)
        _name_described(doc, mentions, of, spans, kinds, names)
        # the entities with mentions in the order of their first mentions: as ``spans[e]``
        # lists in order the mentions ``i`` with ``of[i] == e``, the order in which ``of``
        # first names them (``order`` as the loop built it, anew as mentions moved)
        order = [e for e in dict.fromkeys(of) if e is not None]
    renum: dict[int | None, int | None] = {e: i for i, e in enumerate(order)}
    renum[None] = None
    entities = _entities_of(order, names, kinds, roles, spans, genders)
    return Entities(mentions, tuple(map(renum.__getitem__, of)), entities)
