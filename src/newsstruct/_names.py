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
from collections.abc import Iterator

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._mentions import (
    ACRONYM,
    DESCRIBED,
    NAMED,
    Mention,
    Scan,
    find_mentions,
    scan,
    vocab,
)
from newsstruct._quotemarks import quoted
from newsstruct._text import Document

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
    space = name.rfind(" ")
    last = name[space + 1 :]
    if (
        space > 0
        and (last[:1] in _NUMERAL_OPENINGS or last[:1].isdigit())
        and name.count(" ") >= 2
        and _NUMBER.fullmatch(last)
    ):
        last = name[name.rfind(" ", 0, space) + 1 : space]  # the word before the number
    return last in heads


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


def _body_of(
    name: str,
    recent: list[int],
    names: list[str],
    kinds: list[str],
    last_org: int | None,
    last_state: int | None = None,
) -> int | None:
    """The organisation "the company" or "the Dutch government" stands for: a bare noun
    ("the company", "the hospital") stands for the organisation last named, but a body of
    a state ("the ministry", "the military") only for the latest organisation whose name
    holds it, and "the government" else for the country or capital named lately as an
    agent ("India banned"); a noun with a modifier for the latest organisation whose name holds
    its every word or is the modifier ("UAE" for "the UAE government"), else, when the
    noun fits any organisation ("the Chinese company"), the organisation last named."""
    want = name.lower().split(" ")
    if len(want) > 3:
        return last_org  # a long phrase, more than a modified noun
    if len(want) == 1:
        if want[0] not in _STATE_BODY:
            return last_org
        for c in reversed(recent[-30:]):
            if kinds[c] == "organisation" and want[0] in names[c].lower().split(" "):
                return c  # "the ministry" for "Education Ministry"
        if want[0] == "government" and last_state is not None and last_state in recent[-6:]:
            return last_state  # "India banned exports. The government said ..."
        return None
    for c in reversed(recent[-30:]):
        if kinds[c] == "organisation":
            have = names[c].lower().split(" ")
            if have == want[:-1] or all(w in have for w in want):
                return c  # "the oil ministry" for "Iraqi Oil Ministry"
    return last_org if want[-1] in _ANY_BODY else None


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


# A verb right after a place's name: the place acts ("India banned", "Kyiv has said").
_STATE_VERB = regex.compile(
    r"[ ](?:has[ ]|have[ ]|had[ ]|will[ ]|would[ ]|also[ ]|then[ ])?\p{Ll}{2,}(?:ed|s)\b"
)
_NUMBER = regex.compile(r"[IVX]{1,5}|\d{1,4}")
_NUMERAL_OPENINGS = frozenset("IVX")  # what _NUMBER opens on, besides a digit


def _resolve(doc: Document, config: Config) -> Entities:
    mentions = find_mentions(doc, config)
    v = vocab(config)
    products = _product_heads(config)
    things = _non_actor_heads(config)
    marks = quoted(doc)
    mark_starts = [q.mark for q in marks]
    mark_afters = [q.after for q in marks]

    def quoted_at(offset: int) -> bool:
        i = bisect.bisect_right(mark_starts, offset) - 1
        return i >= 0 and mark_starts[i] < offset < mark_afters[i]

    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    names: list[str] = []
    kinds: list[str] = []
    roles: list[str | None] = []
    members: list[list[int]] = []
    key_of: dict[str, int] = {}
    of: list[int | None] = []

    def new(m: Mention, key: str) -> int:
        e = len(names)
        names.append(m.name)
        kinds.append(m.kind)
        roles.append(m.role)
        members.append([])
        key_of[key] = e
        return e

    by_part: dict[str, set[int]] = {}  # the inner words of persons' names ("Lula")
    # full names first, so a surname met before its full name still finds it
    for m in mentions:
        if m.kind == "person" and " " in m.name and m.name not in key_of:
            short = _without_initials(m.name)
            if short in key_of and names[key_of[short]] == short:
                # "George W. Bush" after "George Bush": the same person
                key_of[m.name] = key_of[short]
                continue
            first = new(m, m.name)
            key_of.setdefault(short, first)
            words = m.name.split(" ")
            by_last.setdefault(words[-1], []).append(first)
            by_first.setdefault(words[0], []).append(first)
            for word in short.split(" ")[1:-1]:  # the inner words, initials left out
                if word[:1].isupper():
                    by_part.setdefault(word, set()).add(first)
        elif m.kind == "organisation" and " " in m.name and m.name not in key_of:
            first = new(m, m.name)
            acr = ACRONYM.match(doc.folded, m.end)
            for alias in {_initials(m.name), acr.group(1) if acr else ""} - {""}:
                if len(alias) > 1:
                    key_of.setdefault(alias, first)
            head = m.name.split(" ", 1)[0]
            if head not in v.places and head not in v.non_names:
                by_first.setdefault(head, []).append(first)  # "Southwest" for "Southwest Airlines"
    words_of: dict[str, set[str]] = {}  # the lowercase words of a role and name
    recent: list[int] = []  # entities in order of their latest mention
    persons: list[int] = []  # person entities, latest last
    genders: dict[int, str] = {}
    last_group: int | None = None
    last_body: int | None = None  # the same, a document ("the report") aside
    last_org: int | None = None
    last_state: int | None = None  # a country or capital named as an agent
    for m in mentions:
        mk, mn = m.kind, m.name
        e: int | None = None
        if mk == "pronoun" and v.pronouns.get(mn) == "person":
            g = v.genders.get(mn)
            for c in reversed(persons[-6:]):  # the latest person of a compatible gender
                if g is None or genders.get(c) in (None, g):
                    e = c
                    if g is not None:
                        genders[c] = g
                    break
        elif mk == "pronoun":
            # "they" say, ask, call for: people or a body rather than a document
            e = last_body if mn == "they" and last_body is not None else last_group
        elif mk in NAMED:
            if mn in key_of:
                e = key_of[mn]
            elif mk in ("name", "person") and " " not in mn and mn in by_last:
                cands = by_last[mn]
                before = [c for c in cands if members[c] and members[c][0] < len(of)]
                e = before[-1] if before else cands[0]
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
            else:
                e = new(m, mn)
        elif mk == "role" and m.text.split(" ")[0].lower() not in ("a", "an", "another", "one"):
            want = set(mn.lower().split(" "))
            for c in reversed(recent[-30:]):
                said = f"{roles[c] or ''} {names[c]}"
                have = words_of.get(said)
                if have is None:
                    have = words_of[said] = set(said.lower().split(" "))
                if want <= have:
                    e = c
                    break
        if (
            e is None
            and (mk == "body" or (mk == "source" and mn in _ANY_BODY))
            and m.text[:4].lower() == "the "
        ):  # "the ministry"; "the agency", also a source noun ("the news agency")
            e = _body_of(mn, recent, names, kinds, last_org, last_state)
        if e is None and mk in DESCRIBED:
            key = mn.lower()
            e = key_of.get(key) if mk != "role" or m.text[:1].lower() == "t" else None
            if e is None:
                e = new(m, key)
                if mk == "body" and mn[:1].isupper() and " " not in mn:
                    kinds[e] = "organisation"  # "the Court", written as a proper name
        if e is not None:
            members[e].append(len(of))
            own = m.role is None or _own_role(m)
            if roles[e] is None and m.role is not None and own:
                roles[e] = m.role
            if m.gender is not None and mk != "pronoun" and own:
                genders[e] = m.gender
            if kinds[e] in ("name", "role") and mk in ("person", "organisation", "place"):
                kinds[e] = mk
            if mk in NAMED and mn.count(" ") > names[e].count(" "):
                names[e] = mn
            if recent and recent[-1] == e:
                pass
            else:
                recent.append(e)
            if mk != "pronoun" and not quoted_at(m.start):
                if (
                    (kinds[e] == "person" and not _names_thing(names[e], things))  # no War
                    or (kinds[e] == "role" and mk != "role")
                    or (mk == "role" and m.text[:4].lower() == "the ")
                    or (kinds[e] == "name" and e in by_last.get(names[e].rsplit(" ", 1)[-1], []))
                ):
                    if persons and persons[-1] != e and e in persons[-6:]:
                        persons.remove(e)
                    if not persons or persons[-1] != e:
                        persons.append(e)
                elif _names_thing(names[e], products):
                    pass  # "DVD", "Vioxx": neither what "it" nor "the company" stands for
                elif kinds[e] in ("organisation", "place", "group", "source", "name", "body"):
                    last_group = e
                    if kinds[e] != "source":
                        last_body = e
                if (
                    kinds[e] == "organisation"
                    and names[e] not in v.orgs
                    and not _names_thing(names[e], things)
                ):
                    last_org = e  # a named organisation, not a bare "Office" or "Court"
        if (
            e is not None
            and mk == "place"
            and mn in v.places
            and _STATE_VERB.match(doc.folded, m.end)
        ):
            last_state = e  # "India banned ...", "Moscow says ..."
        of.append(e)
    # "name" kinds that joined a person are persons
    order = sorted((e for e in range(len(names)) if members[e]), key=lambda e: members[e][0])
    renum = {e: i for i, e in enumerate(order)}
    entities = tuple(
        Entity(
            names[e],
            kinds[e],
            roles[e],
            tuple(map(mentions.__getitem__, members[e])),
            genders.get(e),
        )
        for e in order
    )
    return Entities(mentions, tuple(None if e is None else renum[e] for e in of), entities)
