"""Actors: the people and organisations that speak or act, and the agent of each event.

An entity (see :mod:`newsstruct._names`) is an *actor* when one of its mentions speaks (it
is the speaker of a quote) or acts: it is the subject of a verb ("Sweden defeated ...",
"Moscow says ...", "the FBI, which ..., arrested ..."), or the agent of a passive ("was
charged by the FBI").  People and organisations that are only mentioned are not actors.
Actors are ordered by how central they are: how often they speak or act, then how often
they are mentioned, then where they first appear.

>>> from newsstruct._text import Document, midsentence_capitals
>>> doc = Document("Acme Corp said on Monday it would buy Zeta for $5 million. "
...                "Chief executive Ann Lee praised the deal, and Lee said Zeta had agreed. "
...                "Analysts at Brio Bank were not asked.")
>>> for actor in find_actors(doc, quotes=()).actors:
...     print(actor.name, "|", actor.role, "|", [s.text for s in actor.spans])
Ann Lee | Chief executive | ['Ann Lee', 'Lee']
Acme Corp | None | ['Acme Corp', 'it']
Zeta | None | ['Zeta', 'Zeta']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._mentions import ACRONYM, NAMED, SET_OFF
from newsstruct._names import (
    Entities,
    Entity,
    Mention,
    _names_thing,
    _non_actor_heads,
    resolve,
)
from newsstruct._subjects import SET_OFF_OPENINGS, Subjects, subject_finder
from newsstruct._text import Document, link_sections, make_span, pieces
from newsstruct.model import Actor, Event, Quote, Span

__all__ = ["Cast", "find_actors"]

_PERSON_PRONOUNS = frozenset({"he", "she"})


Prefixes = dict[str, tuple[str, ...]]


@functools.lru_cache(maxsize=8)
def _tables(config: Config) -> tuple[dict[str, str], Prefixes]:
    """The capitals (city -> state) and the prefixes of names that are not actors (see
    :func:`_by_first`)."""
    capitals = {row[0]: row[1] for row in config.rows("capitals")}
    return capitals, _by_first(sorted(config.words("non_actor_prefixes")))


def _by_first(prefixes: Sequence[str]) -> Prefixes:
    """The ``prefixes`` (in their order) under each first character, each with the empty
    prefix if there is one: the only ones that a name opening with that character may start
    with (see :func:`_prefix_of`)."""
    return {c: tuple(p for p in prefixes if p[:1] in (c, "")) for c in {p[:1] for p in prefixes}}


def _prefix_of(name: str, prefixes: Prefixes) -> str | None:
    """The first of the ``prefixes`` that ``name`` starts with, if any."""
    for prefix in prefixes.get(name[:1]) or prefixes.get("", ()):
        if name.startswith(prefix):
            return prefix
    return None


@functools.lru_cache(maxsize=8)
def _counts(config: Config) -> frozenset[str]:
    """The words that count what follows them ("Ten Canadian soldiers", "All US officials"):
    numbers written as words and quantifiers."""
    numbers = (row[0] for row in config.rows("number_words") if row[2] != "fraction")
    return frozenset(numbers) | _QUANTIFIERS


@functools.lru_cache(maxsize=8)
def _given_names(config: Config) -> frozenset[str]:
    """The given names of the lexicon ("James", "Miguel")."""
    return frozenset(row[0] for row in config.rows("first_names"))


# What a state's name opens when it names the state itself ("Singapore Government").
_STATE_BODIES = frozenset({"government", "administration"})

_QUANTIFIERS = frozenset("all both each every many most several some few no".split())


@functools.lru_cache(maxsize=8)
def _states(config: Config) -> frozenset[str]:
    """Places and demonyms of one word, in lower case: what may name a title's state."""
    words = config.words("places") | config.words("demonyms")
    return frozenset(w.lower() for w in words if " " not in w)


# Endings of the adjectives of peoples that have a plural noun in "-s" ("Americans",
# "Iraqis", "Chinese" has none).
_PEOPLE_ENDS = ("ian", "an", "i")


def _a_people(name: str, config: Config) -> bool:
    """Whether ``name`` is a people named by its plural ("Americans", "the North Koreans",
    "Muslims"), which a speaker's words make no actor ("the Iraqis are doing more")."""
    last = name.rsplit(" ", 1)[-1]
    if len(last) < 5 or not last.endswith("s") or not last[:1].isupper():
        return False
    one = last[:-1]
    return one.endswith(_PEOPLE_ENDS) or one in config.words("demonyms")


@functools.lru_cache(maxsize=8)
def _title_words(config: Config) -> frozenset[str]:
    """The titles of persons ("minister", "president"), in lower case."""
    return frozenset(row[0] for row in config.rows("titles") if row[1] == "title")


# What sets a title off after a person's name: a comma (a space before it, where links were
# removed) and "the" or "former" ("Ann Lee, the Prime Minister of Ruritania"), or words that
# place the title in time ("Ann Lee, immediate past President of the Bar Council").
_APPOSED = regex.compile(
    r"[ ]?,[ ](?:the[ ]|[Ff]ormer[ ]|the[ ]former[ ]|immediate[ ]past[ ]|then[ ]|acting[ ])"
)


def _apposed_title(doc: Document, m: Mention, before: Mention, config: Config) -> bool:
    """Whether ``m`` is a title set off after the person's name ``before`` ("Ann Lee, the
    Prime Minister of Ruritania"): it describes that person, and is no actor of its own."""
    if before.kind != "person" or m.kind == "person" or m.kind == "pronoun":
        return False
    gap = _APPOSED.fullmatch(doc.folded, before.end, m.start)
    if gap is None:
        return False
    titles = _title_words(config)
    words = m.text.split(" ")
    return any(w.lower() in titles for w in words[:4])


@functools.lru_cache(maxsize=8)
def _ranks(config: Config) -> frozenset[str]:
    """The titles and honorifics that may open a person's name ("general", "sir")."""
    return frozenset(row[0] for row in config.rows("titles") if row[1] in ("title", "honorific"))


@functools.lru_cache(maxsize=8)
def _groups(config: Config) -> frozenset[str]:
    """The nouns that name a group of people ("police", "protesters")."""
    return frozenset(row[0] for row in config.rows("titles") if row[1] == "group")




def _owners(
    entities: Entities, starts: list[int] | None = None
) -> tuple[list[Entity | None], bool]:
    """The entity of each mention (:meth:`Entities.entity_of`), in the order of
    :attr:`Entities.mentions`, and whether each mention is also one of the spans of its
    entity (which only an equal mention before it can prevent).  ``starts``: where the
    mentions start, if known."""
    owners = entities.owners()
    own = True
    mentions = entities.mentions
    if starts is None:
        starts = [m.start for m in mentions]
    if len(set(starts)) == len(starts):
        return owners, own  # (a fast test: no two mentions start at one offset)
    for i in range(1, len(mentions)):
        if mentions[i].start == mentions[i - 1].start:
            # an equal mention before it would own it: ask the index
            found = entities.entity_of(mentions[i])
            own = own and found is owners[i]
            owners[i] = found
    return owners, own


def _markup_name(doc: Document, entity: Entity) -> bool:
    """Whether a name in capitals is only ever written as markup's words ("__NOTOC__",
    "<!-- this is NOT a typo -->")."""
    if not entity.name.isupper():
        return False
    starts = [m.start for m in entity.spans if m.kind in NAMED]
    return bool(starts) and all(_in_markup(doc.folded, start) for start in starts)


def _in_markup(folded: str, start: int) -> bool:
    """Whether the word at ``start`` is a wiki switch ("__NOTOC__") or in a comment ("<!--
    this is NOT a typo -->"), one opened at most 200 characters before it."""
    if folded.endswith("__", 0, start):
        return True
    opened = folded.rfind("<!--", max(0, start - 200), start)
    return opened >= 0 and "-->" not in folded[opened:start]


def _bounds(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and the ends of sorted ``(start, end)`` pairs, as :func:`_covers` reads
    them."""
    return [start for start, _ in spans], [end for _, end in spans]


def _covers(bounds: tuple[list[int], list[int]], offset: int) -> bool:
    """Whether the last of the sorted ``(start, end)`` pairs (given by their :func:`_bounds`)
    that starts at or before ``offset`` covers it: one of them does, where they do not
    overlap."""
    starts, ends = bounds
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < ends[i]


# What the name and the kind of an entity alone say of whether it can be an actor (see
# :func:`_name_verdict`): flags of the tests the text must still pass, and what is left.
_NOT_A_NAME = 1  # a vehicle's or a thing's name, a count, a word glued to the next
_COUNT_OPENS = 2  # opens on a count ("Ten Canadian soldiers"): a name unless it only opens
_CAPITALS = 4  # written in capitals: no name when only ever markup's words
_POLICE = 8  # a force named by its group noun: a name unless it is only sent somewhere
_NO_TITLE = 16  # a description not written as a proper name ("the official")
_ONE_WORD = 32  # a capitalised word of no known kind: a name if written as one


class _Verdicts(dict[tuple[str, str], int]):
    """:func:`_name_verdict` of each name and kind asked, under one configuration (names
    recur from article to article); emptied when it grows past :data:`_VERDICTS_KEPT`."""

    def __init__(self, config: Config) -> None:
        super().__init__()
        self.config = config

    def __missing__(self, key: tuple[str, str]) -> int:
        if len(self) >= _VERDICTS_KEPT:
            self.clear()
        verdict = self[key] = _name_verdict(key[0], key[1], self.config)
        return verdict


_VERDICTS_KEPT = 1 << 14


@functools.lru_cache(maxsize=8)
def _verdicts(config: Config) -> _Verdicts:
    return _Verdicts(config)


def _name_verdict(name: str, kind: str, config: Config) -> int:
    """The tests of :func:`_eligible` that read only the entity's ``name`` and ``kind``:
    :data:`_NOT_A_NAME`, or the flags of the tests left to read in the text."""
    prefixes = _tables(config)[1]
    if _prefix_of(name, prefixes) is not None or _names_thing(name, _non_actor_heads(config)):
        return _NOT_A_NAME
    counts = _counts(config)
    flags = 0
    if " " in name:
        if name.split(" ", 1)[0].split("-", 1)[0].lower() in counts:
            flags |= _COUNT_OPENS
    elif name.lower() in counts:
        return _NOT_A_NAME  # "Four declared contenders": a count, no name
    if name.isupper():
        flags |= _CAPITALS
    if name.endswith(_GLUED_ENDS) and _GLUED_WORD.search(name):
        return _NOT_A_NAME  # "UkraineAn": a word glued to the next sentence's first by lost space
    if kind not in NAMED:
        if kind == "group" and name.rsplit(" ", 1)[-1].lower() in _BODY_GROUPS:
            return flags | _POLICE
        if kind == "role" and name.rsplit(" ", 1)[-1] in _UNIQUE_TITLES:
            return flags  # "the Pope said": a title only one person holds
        if _TITLED.fullmatch(name) is None:  # (but "the Indonesian Navy" is a name)
            return flags | _NO_TITLE
        return flags
    if kind != "name" or " " in name or name.isupper():
        return flags
    return flags | _ONE_WORD


def _model_maker(folded: str, entity: Entity) -> bool:
    """Whether every mention of the entity by name is followed by a model number: a
    maker's name on a model ("armed with AK-47s", "a Boeing 747"), no actor."""
    seen = False
    for m in entity.spans:
        if m.kind in NAMED:
            after = folded[m.end : m.end + 2]
            if len(after) < 2 or after[0] not in " -" or not after[1].isdigit():
                return False
            seen = True
    return seen


def _eligible(
    doc: Document,
    subjects: Subjects,
    entity: Entity,
    verdicts: _Verdicts,
    vehicles: set[str],
    opening: bool = False,
    animals: bool | None = None,
) -> bool:
    """Whether an entity can be an actor: a name, not a vehicle or product (nor the short
    name of one met before, "Columbia" after "Space Shuttle Columbia"), and not a
    capitalised common word that only ever opens a sentence ("Photos showed ...", "Ten
    Canadian soldiers died").  The names of things (wars, laws, products: "DVD") and
    counts ("ten", "all") are none (see :func:`_name_verdict`; ``verdicts`` keeps them).
    ``opening``: a word that only opens sentences may be a name (an event's agent, read
    as the subject).  ``animals``: whether the text has an animal's noun
    (:func:`_has_animals`), if known."""
    name = entity.name
    verdict = verdicts[name, entity.kind]
    if verdict & _NOT_A_NAME:
        return False
    if verdict & _COUNT_OPENS and all(
        _opens_sentence(doc, m) for m in entity.spans if m.kind in NAMED
    ):
        return False  # "Thirty-seven Canadians have died", "All US officials are safe"
    if verdict & _CAPITALS and _markup_name(doc, entity):
        return False
    if (_has_animals(doc) if animals is None else animals) and any(
        m.kind in NAMED and _names_an_animal(doc.folded, m.start) for m in entity.spans
    ):
        return False  # "The dog, named Otto, ...": an animal's name
    if vehicles:
        words = [w for w in name.split() if w not in ("and", "&", ",")]
        if words and all(w in vehicles for w in words):
            return False
    if verdict & _POLICE:
        # "the police": a force that acts, named by its noun (but not one only sent or
        # deployed: "to send 1,000 police officers")
        return not all(
            _SENT_BEFORE.search(doc.folded, max(0, m.start - 40), m.start) for m in entity.spans
        )
    if verdict & _NO_TITLE:
        return False
    if not verdict & _ONE_WORD:
        return True
    if subjects.written_lowercase(name) and not subjects.capitalised_inside(name):
        return False  # "New Zealand  Photographs published by ...": a common noun
    if opening:
        return True
    for m in entity.spans:
        if m.kind == "pronoun":
            continue  # "it" may have been resolved to the word; only its own mentions count
        sentence = doc.sentence_at(m.start)
        if (
            sentence is None or _HAS_LETTER.search(doc.folded, sentence.start, m.start)
        ) and not _after_stop(doc.folded, m.start):
            return True  # (but after a full stop the sentences missed: "the plan .  Reportedly")
    return subjects.capitalised_inside(entity.name)


# Plural nouns of groups of people or bodies that a capitalised common word opening a
# sentence may modify ("Aid groups say", "Opposition politicians accused"), besides the
# group nouns of the titles and the agent nouns.
_PEOPLE_NOUNS = frozenset(
    "groups politicians leaders members supporters agencies organisations organizations"
    " parties companies firms officers workers employees residents students teachers doctors"
    " nurses farmers miners pilots drivers guards soldiers troops voters".split()
)
# Bodies of a state that stand for it even before a group noun ("Army officers").
_MODIFIED_BODIES = frozenset("army navy military ministry cabinet parliament congress".split())
_PLURAL_AFTER = regex.compile(r"[ ](\p{Ll}{3,20}s)\b")


@functools.lru_cache(maxsize=8)
def _people_nouns(config: Config) -> frozenset[str]:
    """The plural nouns of groups ("groups", "officials", "militants")."""
    agents = {w for w in config.words("agent_nouns") if w.endswith("s")}
    return _groups(config) | agents | _PEOPLE_NOUNS


def _modifies_people(doc: Document, entity: Entity, people: frozenset[str]) -> bool:
    """Whether a one-word name is only ever a capitalised word opening its sentence before
    a plural noun of a group ("Aid groups say ...", "Opposition politicians accused ..."):
    a common word modifying the group, no name; so too a capitalised body noun ("Hospital
    workers say ..."), but one of a state ("Police officers")."""
    if " " in entity.name:
        return False
    if entity.kind == "organisation":
        if entity.name.lower() in _UNMODIFIED_BODIES:
            return False
        named = [m for m in entity.spans if m.kind in NAMED or m.kind == "body"]
        if any(m.kind != "body" for m in named):
            return False
    elif entity.kind == "name":
        named = [m for m in entity.spans if m.kind in NAMED]
    else:
        return False
    folded = doc.folded
    for m in named:
        # (a fast test of _PLURAL_AFTER's first two characters: a space, a lower-case letter)
        if not folded.startswith(" ", m.end) or not folded[m.end + 1 : m.end + 2].islower():
            return False
        after = _PLURAL_AFTER.match(folded, m.end)
        if after is None or after.group(1) not in people or not _opens_sentence(doc, m):
            return False
    return bool(named)


# A verb that sends or deploys a force, and the count of it, right before its noun.
_SENT_BEFORE = regex.compile(
    r"\b(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatched"
    r"|dispatching)[ ](?:(?:more|extra|additional|about|some|up[ ]to|[\d,]{1,9}|the)[ ]){0,3}\Z"
)


def _inside_bodies(entity: Entity, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether a one-word name of no known kind is only ever written inside the noun of a
    body or a statement ("the Acme committee", "an Acme statement"): the body or the
    statement acts, not what it is named after."""
    if entity.kind != "name" or " " in entity.name:
        return False
    named = [m for m in entity.spans if m.kind in NAMED]
    for m in named:
        low, high = bisect.bisect_left(starts, m.start - 8), bisect.bisect_right(starts, m.start)
        near = mentions[low:high]
        if not any(
            x.kind in ("body", "source") and x.start <= m.start and x.end > m.end for x in near
        ):
            return False
    return bool(named)


def _spelling(name: str) -> str:
    """``name`` without accents and case: "Sinn Féin" and "Sinn Fein" are spelt alike."""
    if name.isascii():
        return name.lower()  # fast path: NFKD leaves ASCII as it is, with no accent to drop
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _opens_sentence(doc: Document, m: Mention) -> bool:
    """Whether the mention ``m`` opens its sentence (no letter before it there)."""
    sentence = doc.sentence_at(m.start)
    return sentence is not None and not _HAS_LETTER.search(doc.folded, sentence.start, m.start)


_HAS_LETTER = regex.compile(r"\p{L}")
# A full stop after a lower-case word (or set off by a space), and the space after it.
_AFTER_STOP = regex.compile(r"(?:[ ]\.|(?<!\p{L})\p{Ll}{2,}\.|[!?])[ ]{1,3}\Z")


def _after_stop(folded: str, start: int) -> bool:
    """Whether :data:`_AFTER_STOP` ends at ``start``, within the 40 characters before it."""
    # fast path: the pattern ends in a stop and one to three spaces, all in the last four
    # characters; where they are not, it cannot match
    tail = folded[max(0, start - 4) : start]
    if not tail.endswith(" ") or not ("." in tail or "!" in tail or "?" in tail):
        return False
    return _AFTER_STOP.search(folded, max(0, start - 40), start) is not None


# An animal's noun right before a name, perhaps with "named" or "called": "the dog, named
# Otto", "a cat called Tom", "the elephant Raja".
_ANIMALS = """dog puppy cat kitten horse pony donkey bird parrot eagle owl hawk falcon penguin
    elephant lion lioness tiger leopard cheetah bear panda gorilla chimpanzee monkey orangutan
    dolphin whale orca shark seal cow bull calf pig goat sheep camel giraffe rhino hippo
    zebra turtle tortoise snake crocodile alligator koala kangaroo wolf fox deer rabbit
    hamster mouse rat octopus""".split()
_ANIMAL_BEFORE = regex.compile(
    r"\b(?:" + "|".join(_ANIMALS) + r"),?[ ](?:(?:named|called|nicknamed),?[ ])?\Z"
)
# The same, matched backwards from the name (one attempt instead of one at every offset).
_ANIMAL_BEFORE_BACK = regex.compile(_ANIMAL_BEFORE.pattern, regex.REVERSE)


_ANIMAL_WORDS = frozenset(_ANIMALS) | frozenset(a + "," for a in _ANIMALS)


def _has_animals(doc: Document) -> bool:
    """Whether an animal's noun stands anywhere in the text (computed once per document)."""
    return doc.memo("animal nouns", lambda: _animal_token(doc.folded))


def _animal_token(text: str) -> bool:
    """Whether a run of characters between whitespace in ``text`` is an animal's noun (with
    its comma): ``str.split`` of each of :func:`pieces`, which no word straddles, stopping
    at the first piece that has one."""
    return any(not _ANIMAL_WORDS.isdisjoint(text[s:e].split()) for s, e in pieces(text))


def _names_an_animal(folded: str, start: int) -> bool:
    """Whether the name at ``start`` follows an animal's noun (see :data:`_ANIMAL_BEFORE`)."""
    if start < 4 or folded[start - 1] != " ":
        return False
    return _ANIMAL_BEFORE_BACK.match(folded, max(0, start - 30), start) is not None
# The group nouns that name a body acting as one (a force), not people in general.
_BODY_GROUPS = frozenset({"police"})
# The one-word bodies that a word opening a sentence before a group noun does not make a
# common word (see :func:`_modifies_people`).
_UNMODIFIED_BODIES = _STATE_BODIES | _BODY_GROUPS | _MODIFIED_BODIES
_GLUED_ENDS = tuple("The An According In On At He She It They We This But".split())
_GLUED_WORD = regex.compile(r"\p{Ll}{3}(?:" + "|".join(_GLUED_ENDS) + r")\Z")
# A described body written as a proper name: every word capitalised but small linking words.
# Titles written alone that name the one person who holds them, with no country or body
# needed to tell which ("the Pope", "the Pontiff").
_UNIQUE_TITLES = frozenset("Pope Pontiff Taoiseach".split())
_TITLED = regex.compile(
    r"\p{Lu}[\p{L}.'&-]*(?:[ ](?:(?:of|for|and|the|on|de)[ ])*\p{Lu}[\p{L}.'&-]*)+"
)


_NAME_WORD = regex.compile(r"[\p{L}\p{N}'-]+")


def _words(name: str) -> list[str]:
    """The words of ``name`` in lower case, but articles."""
    return list(_name_words(name))


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """:func:`_words`, kept for the names met again (a name's words are asked for by
    mention and by the bodies named before it)."""
    low = name.lower()
    if low.isascii() and low.replace(" ", "").replace("-", "").replace("'", "").isalnum():
        words = low.split(" ")  # words of letters, digits, "'" and "-" alone: _NAME_WORD's
    else:
        words = _NAME_WORD.findall(low)
    return tuple([w for w in words if w and w not in ("the", "a", "an")])


def _same_actor(agent: str, name: str) -> bool:
    """Whether an event's agent, as written, names the actor ``name``."""
    a, n = _name_words(agent), _name_words(name)
    return bool(a) and bool(n) and (a == n or a[-1] == n[-1] or set(a) <= set(n))


def _name_after(
    doc: Document, entities: Entities, by_id: dict[int, Entity], event: Event, agent: str
) -> int | None:
    """The actor named right after ``agent`` in the event, when the agent is its role."""
    at, _ = _written(doc.text, agent, event.start, event.end)
    if at < 0:
        return None
    after = at + len(agent)
    for m in entities.between(after, min(event.end, after + 80)):
        if m.start - after <= 2:
            entity = entities.entity_of(m)
            if entity is not None and id(entity) in by_id:
                return id(entity)
    return None


# What opens a list of examples inside a noun phrase, whose head is the subject.
_LISTED_AFTER = (" including ", " such as ")
_SET_OFF_KINDS = frozenset({"person", "organisation", "name"})
_COMMA_WORD = regex.compile(r"[ ]?,[ ](?=\p{Ll})")  # ... and a lower-case word after it


def _acts(
    doc: Document, subjects: Subjects, m: Mention, before: Mention | None = None
) -> bool:
    """Whether a mention acts, or the name set off after its role does ("The Finance
    Minister, Ann Lee, said ...": the role, the name and its commas stand as the subject).
    ``before`` is the mention before it."""
    if m.kind == "place":
        return _place_acts(doc, subjects, m, before)
    folded = doc.folded
    if folded.endswith(_LISTED_AFTER, 0, m.start):
        return False  # "journals including Acme Review have found": the head noun acts
    if subjects.acts(m.start, m.end):
        return True
    if (
        folded.endswith(SET_OFF_OPENINGS, 0, m.start)  # (a fast test of acts_set_off's first)
        and m.kind in _SET_OFF_KINDS
        and not (
            before is not None
            and m.start - before.end <= 3
            and (before.kind == "person" or (before.kind == "place" and m.kind != "person"))
        )
        and subjects.acts_set_off(m.start, m.end, person=m.kind == "person")
    ):
        # "Police chief in Kabul, Ann Lee, reported", but not "Ann Lee, SC, said" nor "Ann
        # Lee, Governor of Kent, said" (what is set off after a person describes the person)
        # nor "Ann Lee, of Concord, NC, designed" (a place's state)
        return True
    role = m.role_span
    if role is None:
        if m.kind == "person" and folded.endswith(", ", 0, m.start):
            # "..., New York associate director of enforcement, Ann M. Lee, asked the judge"
            closing = _COMMA_WORD.match(folded, m.end)
            return closing is not None and subjects.acts(m.start, closing.end() - 1)
        return False
    if (
        m.kind == "person"
        and 0 < m.start - role.end <= 2
        and folded.startswith(" and ", m.end)
        and subjects.acts(role.start, m.end)
    ):
        return True  # "Senators Ann Lee and Tom Ray proposed": the role opens the clause
    closing = None if role.end >= m.start else SET_OFF.match(folded, m.end)
    if closing is None:
        return False
    acronym = ACRONYM.match(folded, role.end)  # "... Energy Agency (IEA), Claude Mandil,"
    return SET_OFF.match(
        folded, role.end if acronym is None else acronym.end()
    ) is not None and subjects.acts(role.start, closing.end() - 1)


# The last words of a road's name.
_ROADS = (" Avenue", " Road", " Boulevard", " Drive", " Lane", " Terrace", " Parkway", " Highway")


def _place_acts(
    doc: Document, subjects: Subjects, m: Mention, before: Mention | None = None
) -> bool:
    """Whether a place's mention acts as a state or its government does ("Moscow said",
    "sanctions imposed by Washington"), not where it only sets the scene ("Thailand has
    been in turmoil", "Thailand has a population of", "Hackney, East London occupied").
    ``before`` is the mention before it.  A road is no state ("Elmwood Avenue"; "Downing
    Street" and "Wall Street" may stand for those who work there)."""
    if m.name.endswith(_ROADS):
        return False
    folded = doc.folded
    if (
        before is not None
        and before.kind == "place"
        and 0 < m.start - before.end <= 3
        and _ADDRESS_BEFORE.search(folded, max(0, m.start - 40), m.start)
        and not folded.startswith((",", " and ", " or ", "  and "), m.end)  # a list
    ):
        return False  # "Hackney, East London": where the other place is
    if (
        before is not None
        and before.kind == "body"
        and folded[before.end : m.start] in (" of ", " of the ")
    ):
        # "the government of Brazil threatened", "the government of the United Kingdom
        # has outlined": the body and its state act together
        return subjects.acts(before.start, m.end)
    # (a fast test of the pattern's first two characters: a space, the first letter of its
    # words)
    agent = (
        _AGENT_AFTER_PLACE.match(folded, m.end, min(len(folded), m.end + 50))
        if folded.startswith(" ", m.end) and folded[m.end + 1 : m.end + 2] in _AGENT_FIRST
        else None
    )
    if agent is not None and not folded.endswith(("by ", "by the "), 0, m.start):
        # "A United States military air strike killed": the state's forces act for it
        nxt = _NEXT_LOWER.match(folded, agent.end(), agent.end() + 30)
        if (
            nxt is None
            or not agent.group().endswith(_SINGULAR_AGENTS)
            or nxt.group(1).endswith(("s", "ed"))
        ) and subjects.acts(m.start, agent.end()):
            return True  # (not "a US government report was issued": a noun after the noun)
    if folded.endswith(("by ", "by the "), 0, m.start):
        return subjects.acts(m.start, m.end) or _BY_AGENT.search(
            folded, max(0, m.start - 60), m.start
        ) is not None
    return subjects.acts(m.start, m.end, state=True)


# The lower-case nouns of a state's agents written after the place's name: "(United States)
# military air strike", "(Israeli) government agents", "(Iraqi) security forces".
_AGENT_AFTER_PLACE = regex.compile(
    r"[ ](?:(?:military|government|security|armed|naval|air|federal|state|border|special)[ ])?"
    r"(?:forces|troops|soldiers|agents|officials|authorities|police|military|government|navy|"
    r"army|warplanes|jets|aircraft|air[ ]strikes?|strikes?|officers|diplomats|envoys|negotiators)"
    r"\b"
)
_AGENT_FIRST = frozenset("mgsanfbtopwjde")  # the first letters of its words
_SINGULAR_AGENTS = ("military", "government", "police", "navy", "army", "strike", "aircraft")
_NEXT_LOWER = regex.compile(r"[ ](\p{Ll}+)\b")
# A passive's agent set off after what the verb leads: "killed in an air strike, by the US".
_BY_AGENT = regex.compile(r"\b\p{Ll}{3,}(?:ed|en|wn)\b[^.;]{0,40},[ ]by[ ](?:the[ ])?\Z")
# A place written after another place's name and a comma, as in an address: "Hackney,
# East London", "Paris, Texas".
_ADDRESS_BEFORE = regex.compile(r"\p{Lu}[\p{L}'-]+[ ]?,[ ]{1,2}\Z")
# The words before a place that speaks or acts as a state in a clause of its own: "The US
# said", "which Iraq claims", "said Syria", "according to Iran".
_CLAUSE_WORDS = frozenset(
    """the that which and but while as when because after before though although if where
    since so then also said says added stated announced according""".split()
)


def _place_as_object(doc: Document, subjects: Subjects, m: Mention) -> bool:
    """Whether a place named as a speaker stands where no speaker does: in a prepositional
    phrase ("relations with India, saying ...") or as an object ("threaten Rome, saying
    ...")."""
    folded = doc.folded
    before = folded[max(0, m.start - 30) : m.start].rstrip(" ").rsplit(" ", 1)[-1]
    if before.lower() == "to" and folded.endswith("according to ", 0, m.start):
        return False
    if subjects.in_phrase(m.start):
        return True
    return before.isalpha() and before.islower() and before not in _CLAUSE_WORDS


def _name_inside(
    doc: Document, entities: Entities, by_id: dict[int, Entity], event: Event, agent: str
) -> int | None:
    """The one actor named inside an agent written as a description ("the state-run Xinhua
    news agency")."""
    if agent[:1].isupper() or not any(c.isupper() for c in agent):
        return None
    at, _ = _written(doc.text, agent, event.start, event.end)
    if at < 0:
        return None
    found = {
        id(entity)
        for m in entities.between(at, at + len(agent))
        if m.kind in NAMED and m.kind != "place"
        for entity in (entities.entity_of(m),)
        if entity is not None and id(entity) in by_id
    }
    return found.pop() if len(found) == 1 else None


def _same_role(agent: str, role: str | None) -> bool:
    """Whether an agent written as a role ("the Ukrainian president") is this role."""
    a, r = _name_words(agent), _name_words(role or "")
    return len(a) > 0 and len(r) > 0 and a[-1] == r[-1] and set(a) <= set(r)


def _role_within(name: str, role: str | None, states: frozenset[str]) -> bool:
    """Whether the words of ``role`` ("President") are those of a role written in full
    (``name``, "U.S. President"), ending in the same title, the other words of which name
    its state (``states``: lower-case places and demonyms; "U.S.", "UN": initials)."""
    a, r = _name_words(name), _name_words(role or "")
    if not (a and r and a[-1] == r[-1] and set(r) <= set(a)):
        return False
    return all(w in states or _STATE_INITIALS.fullmatch(w) for w in set(a) - set(r))


_STATE_INITIALS = regex.compile(r"\p{Ll}(?:\.|\Z)|u[ksn]|eu")


@attrs.frozen
class Cast:
    """The actors of an article, and the events with their agents named as actors."""

    actors: tuple[Actor, ...]
    events: tuple[Event, ...]


def _event_mention(
    entities: Entities, event: Event, agent: str, start: int | None = None, end: int | None = None
) -> Mention | None:
    """The mention in ``event`` (or in ``start:end``) that its agent name was read from."""
    best: Mention | None = None
    for m in entities.between(
        event.start if start is None else start, event.end if end is None else end
    ):
        if not m.name:
            continue
        named = m.text == agent or m.name == agent
        owner = len(agent) - len(m.name)
        if not named and agent.endswith(m.name) and _OF_END.search(agent, 0, owner):
            continue  # "the speaker of the parliament": the parliament is not the agent
        if (
            named
            or m.text.endswith(agent)
            or agent.endswith(m.name)
            or (m.kind == "person" and agent.startswith(m.name + " of "))  # "Ann Lee of Acme"
            # "Ann Lee the Finance Minister": the person, then the role that names her
            or (m.role is not None and agent == f"{m.name} the {m.role}")
            # "People's Alliance", cut from "People's Alliance for Democracy"
            or (" " in agent and m.kind in NAMED and m.name.startswith(agent + " "))
        ):
            before = m.start < event.date.start
            if best is None or before > (best.start < event.date.start):
                best = m
    return best


# A preposition (and "the") that opens a sentence before the agent's name ("With the
# People's Alliance having called off its protest, ..."): no part of the name.
_OPENING_PREPOSITION = regex.compile(
    r"(?:With|Without|For|After|Before|Despite|Following|Amid|Under|Against|Unlike|Like)[ ]"
    r"(?:the[ ])?(?=\p{Lu})"
)


def _without_preposition(agent: str) -> str:
    found = _OPENING_PREPOSITION.match(agent)
    return agent if found is None else agent[found.end() :]


_ACRONYM_NAME = regex.compile(r"(?:\p{Lu}\.?){2,6}")
# An acronym the text may define in brackets after the name, which may be longer ("MINUSTAH").
_ACRONYM_WORD = regex.compile(r"(?:\p{Lu}\.?){2,10}")
_NOT_INITIALS = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


def _initials(name: str) -> str:
    """The initials of a name's words, but its small linking words ("United Nations" ->
    "UN", "International Labour Organisation" -> "ILO")."""
    words = [w for w in name.split(" ") if w and w.lower() not in _NOT_INITIALS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


_OF_END = regex.compile(r"[ ]of[ ](?:the[ ])?\Z")


def _defines(folded: str, name: str, acronym: str) -> bool:
    """Whether the text gives ``acronym`` in brackets right after ``name``
    ("Reporters Without Borders (RSF)"), or after the place the name goes on with ("UN
    Mission in Haiti (MINUSTAH)")."""
    if f"{name} ({acronym})" in folded or f"{name}  ({acronym})" in folded:
        return True
    at = folded.find(f" ({acronym})")
    if at < 0:
        return False
    start = folded.rfind(name + " ", max(0, at - len(name) - 40), at)
    return start >= 0 and _PLACE_TAIL.fullmatch(folded, start + len(name), at) is not None


# What may go on a body's name before the acronym in brackets: its place ("in Haiti").
_PLACE_TAIL = regex.compile(
    r"[ ](?:in|for|of)[ ]\p{Lu}[\p{L}-]{1,20}(?:[ ]\p{Lu}[\p{L}-]{1,20}){0,2}[ ]?"
)


def _acronym_of(
    folded: str, name: str, acts: dict[int, int], by_id: dict[int, Entity]
) -> int | None:
    """The acting entity whose name is the acronym of ``name``: its initials, or the one the
    text gives it in brackets."""
    for k in acts:
        short = by_id[k].name
        if _ACRONYM_NAME.fullmatch(short) and (
            _initials(name) == short.replace(".", "") or _defines(folded, name, short)
        ):
            return k
    return None


@attrs.frozen
class _Vocab:
    """The tables of one configuration that :func:`find_actors` reads (each of a function
    of its own), gathered once per configuration."""

    capitals: dict[str, str]
    prefixes: Prefixes
    verdicts: _Verdicts
    things: frozenset[str]
    groups: frozenset[str]
    people: frozenset[str]
    body_words: frozenset[str]
    given: frozenset[str]
    ranks: frozenset[str]


@functools.lru_cache(maxsize=8)
def _vocab(config: Config) -> _Vocab:
    capitals, prefixes = _tables(config)
    return _Vocab(
        capitals,
        prefixes,
        _verdicts(config),
        _non_actor_heads(config),
        _groups(config),
        _people_nouns(config),
        _body_words(config),
        _given_names(config),
        _ranks(config),
    )


def find_actors(
    doc: Document,
    quotes: Sequence[Quote],
    events: Sequence[Event] = (),
    config: Config = DEFAULT_CONFIG,
) -> Cast:
    """The actors of ``doc`` (entities that speak in ``quotes``, act, or are the agent of one of
    ``events``), and ``events`` with their agents named as those actors."""
    entities = resolve(doc, config)
    subjects = subject_finder(doc, config)
    vocab = _vocab(config)
    capitals, prefixes, verdicts = vocab.capitals, vocab.prefixes, vocab.verdicts
    things = vocab.things  # wars, laws, products: never actors
    groups, people, body_words = vocab.groups, vocab.people, vocab.body_words
    given, ranks = vocab.given, vocab.ranks
    speaking = sorted((q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None)
    speaking_at = _bounds(speaking)
    # what speakers say directly: a name inside it ("America needs this") is not acting here
    quoted_text = _bounds(
        sorted(
            (part.start, part.end)
            for q in quotes
            if q.kind == "direct"
            for part in (q.parts or (q.content,))
        )
    )
    acts: dict[int, int] = {}
    first: dict[int, int] = {}
    by_id: dict[int, Entity] = {}

    # descriptions of a kind of body ("the bank") taken from the body of another kind they
    # were linked to, for the body of their kind named before them
    redirect: dict[int, Entity] = {}

    def credit(m: Mention) -> int | None:
        entity = redirect.get(m.start)
        if entity is None:
            entity = entities.entity_of(m)
            if entity is not None and _another_body(entity, m, body_words):
                return None  # "the party" is no school, whatever was named before it
        if entity is None or id(entity) not in by_id:
            return None
        acts[id(entity)] = acts.get(id(entity), 0) + 1
        return id(entity)

    acting: list[Mention] = []
    vehicles: set[str] = set()
    any_start = "" in prefixes  # (an empty prefix: every name may have one)
    for e in entities.entities:
        # (a fast test: only a name opening with the first character of a prefix has it)
        if any_start or e.name[:1] in prefixes:
            prefix = _prefix_of(e.name, prefixes)
            if prefix is not None:
                vehicles.update(e.name[len(prefix) :].split())
    starts = [m.start for m in entities.mentions]
    owners, own = _owners(entities, starts)
    # the entities with a mention inside a speaker's name (checked exactly below)
    speakers = {
        id(owner)
        for start, end in (speaking if own else [(0, len(doc.text))])
        for owner in owners[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    }
    eligible: dict[int, bool] = {}
    animals = _has_animals(doc)
    links = _bounds(link_sections(doc))
    mentions = entities.mentions
    carried = -1  # where the person named after an acting title set off by a comma starts
    titled: dict[int, Mention] = {}  # such a title's entity -> the person's mention
    for i, (m, entity) in enumerate(zip(mentions, owners, strict=True)):
        if entity is None:
            continue
        kind, start = m.kind, m.start
        is_named = kind in NAMED
        if (
            not is_named
            and entity.kind == "organisation"  # (a fast test of _another_body's first)
            and _another_body(entity, m, body_words)
        ):
            other = _body_before(owners, i, m, body_words)
            if other is None or id(other) not in by_id:
                continue
            entity = redirect[start] = other
        eid = id(entity)
        ok = eligible.get(eid)
        if ok is None:
            speaker = (
                eid in speakers
                and entity.kind in NAMED
                and not _names_thing(entity.name, things)  # "the Plan calls for ..."
                and not _markup_name(doc, entity)
                and any(
                    span.kind != "pronoun" and _covers(speaking_at, span.start)
                    for span in entity.spans
                )
            )
            ok = speaker or (
                _eligible(doc, subjects, entity, verdicts, vehicles, animals=animals)
                and not _model_maker(doc.folded, entity)
            )
            if ok and " " not in entity.name:  # (both tests are of one-word names only)
                ok = not _modifies_people(doc, entity, people) and not _inside_bodies(
                    entity, mentions, starts
                )
            eligible[eid] = ok
            if ok:
                by_id[eid] = entity
                first[eid] = start
        if not ok:
            continue
        if kind == "pronoun" and m.text.lower() not in _PERSON_PRONOUNS:
            continue  # "it", "they", "I" are too often resolved to the wrong name to vouch
        if not is_named and (_misresolved(entity, m) or _NEW_BODY.match(m.text)):
            continue  # "the new airline": a body formed since, not one named before
        if links[0] and _covers(links, start):
            continue  # a headline of another story
        speaks = (
            eid in speakers
            and _covers(speaking_at, start)
            and not (entity.kind == "place" and _place_as_object(doc, subjects, m))
        )
        before = mentions[i - 1] if i > 0 else None
        if before is not None and before.kind == "person":
            if (
                not speaks
                and _apposed_title(doc, m, before, config)
                and owners[i - 1] is not entity
            ):
                # "Ann Lee, the Prime Minister of Ruritania visited ...": the title set off
                # after a person's name (its closing comma lost) is that person, who acts
                # through it
                holder = owners[i - 1]
                if holder is not None and id(holder) in by_id and _acts(doc, subjects, m, before):
                    acts[id(holder)] = acts.get(id(holder), 0) + 1
                    acting.append(before)
                continue
            if (
                speaks
                and kind in ("organisation", "name")
                and _MEMBER_OF.fullmatch(doc.folded, before.end, start)
                and owners[i - 1] is not None
                and id(owners[i - 1]) in by_id
            ):
                # "Ann Lee of the ruling Labour Party said": the person speaks, not the party
                holder = owners[i - 1]
                acts[id(holder)] = acts.get(id(holder), 0) + 1
                acting.append(before)
                continue
        if carried == start and kind == "person":
            speaks = True  # the title before it acts ("The Director, Sir Ann Lee, QC, said")
        if not speaks and kind == "name" and " " not in m.name and i + 1 < len(mentions):
            nxt = mentions[i + 1]
            span = nxt.role_span
            if nxt.kind == "person" and span is not None and span.start <= start < span.end:
                continue  # "led by Opposition leader Jo Ray": a word of the person's title
        # a place or a people ("the Iraqis") in what a speaker says is not acting here
        barred = (
            not speaks
            and bool(quoted_text[0])  # (a fast test: no quote, nothing in one)
            and _covers(quoted_text, start)
            and (
                entity.kind == "place"
                or (entity.kind != "person" and _a_people(entity.name, config))
            )
        )
        if speaks or (not barred and _acts(doc, subjects, m, before)):
            if kind == "role" and i + 1 < len(mentions):
                nxt = mentions[i + 1]
                if nxt.kind == "person" and _titles_between(doc.folded, m.end, nxt.start, ranks):
                    # "The Director of Public Prosecutions, Sir Ann Lee, QC, said": the person
                    # named after the title set off by a comma acts through it
                    carried = nxt.start
                    titled[eid] = nxt
                    continue
            acts[eid] = acts.get(eid, 0) + 1
            acting.append(m)

    def admit(m: Mention) -> int | None:
        """The entity of a name an event gives as its agent, made an actor when the name
        acts there though it was met only opening its sentences, and is shaped as a name
        ("Hewlett-Packard", "eBay") or described as a body ("Acme, a Dutch firm, ...")."""
        entity = entities.entity_of(m)
        if (
            entity is None
            or m.kind not in NAMED
            or entity.kind in ("place", "role")
            or id(entity) in by_id
            or _covers(quoted_text, m.start)
            or not (_NAME_SHAPE.search(entity.name) or _DESCRIBED_AFTER.match(doc.folded, m.end))
            or not _acts(doc, subjects, m)
            or _modifies_people(doc, entity, people)
            or not _eligible(doc, subjects, entity, verdicts, vehicles, True, animals)
            or _model_maker(doc.folded, entity)
        ):
            return None
        eid = id(entity)
        by_id[eid] = entity
        first[eid] = min(span.start for span in entity.spans)
        acts[eid] = 1
        return eid

    acting_starts = [m.start for m in acting]
    quoted = sorted(
        ((q.content.start, q.content.end, q) for q in quotes if q.speaker is not None),
        key=lambda item: item[:2],
    )
    agent_of: list[int | str | None] = []
    for event in events:
        if links[0] and _covers(links, event.start):
            agent_of.append(None)  # a headline of another story
            continue
        key: int | str | None = _speaker_key(entities, quoted, event, credit)
        for agent in () if key is not None else event.actors:
            if agent.endswith("''"):
                agent = agent.rstrip("' ")  # "Acme Herald''": the name in wiki quote marks
            if "--" in agent:
                agent = agent[: agent.index("--")]  # "United Nations--many": a dash glued on
            agent = _without_preposition(agent)
            mention = _event_mention(entities, event, agent)
            if mention is None and doc.sentences:  # the agent of an earlier clause
                sentence = doc.sentences[doc.sentence_index(event.start)]
                mention = _event_mention(entities, event, agent, sentence.start, event.end)
            if mention is not None and _misresolved(entities.entity_of(mention), mention):
                # "the Court" is a court, whatever was named just before it
                matches = (k for k in acts if _same_actor(mention.name, by_id[k].name))
                key = next(matches, mention.name)
                if isinstance(key, int):
                    acts[key] += 1
                break
            if (
                mention is not None
                and mention.kind == "place"
                and not doc.folded.startswith(" and ", mention.end)  # "Sudan and the rebels"
                and not _place_acts(doc, subjects, mention)
                and not (
                    _covers(speaking_at, mention.start)
                    and not _place_as_object(doc, subjects, mention)
                )
            ):
                # "Thailand has been in turmoil since April": a place, no agent; the
                # person "he" or "she" before the date is, if any ("the firm he launched")
                key = _pronoun_person(entities, starts, by_id, event)
                break
            key = credit(mention) if mention is not None else None
            if key is None and mention is not None:
                key = admit(mention)  # "Acme opens a plant on Friday": named once, acting
            if key is None:
                key = next((k for k in acts if _same_actor(agent, by_id[k].name)), None)
            if key is None:  # "the Director of Public Prosecutions, Sir Ann Lee, QC"
                title = next((k for k in titled if _same_actor(agent, by_id[k].name)), None)
                key = None if title is None else credit(titled[title])
            if key is None:  # "the Ukrainian president": the actor with that role
                key = next((k for k in acts if _same_role(agent, by_id[k].role)), None)
            if key is None:  # "Low-cost US airline Southwest Airlines": the name after a role
                key = _name_after(doc, entities, by_id, event, agent)
                if key is not None:
                    acts[key] = acts.get(key, 0) + 1
            if key is None:  # "the official Xinhua news agency": the name inside it
                key = _name_inside(doc, entities, by_id, event, agent)
                if key is not None:
                    acts[key] = acts.get(key, 0) + 1
            # "the police", "Police": a group named by its noun, not an anaphor
            group = agent.rsplit(" ", 1)[-1].lower() in groups
            if key is None and " " in agent and agent[:1].isupper():
                # "the International Committee of the Red Cross (ICRC)": the acronym its
                # initials spell, or that the text gives it, is the actor
                key = _acronym_of(doc.folded, _bare_name(agent), acts, by_id)
                if key is not None:
                    acts[key] += 1
            head = agent.rsplit(" ", 1)[-1].lower()
            if key is None and not group and _is_anaphor(doc, event, agent):
                # "the company": the organisation named last before, or nobody
                key = _nearest_organisation(
                    entities, starts, by_id, event.start, head, body_words, acts
                )
                if (
                    key is not None
                    and head in _BODY_HEADS
                    and head not in _name_words(by_id[key].name)
                ):
                    key = agent  # "the government" is no union named before it
                elif key is not None:
                    acts[key] = acts.get(key, 0) + 1
                elif head in _BODY_HEADS:
                    key = agent  # "The court ruled": the body as the article writes it
            elif (
                key is None
                and (agent[:1].islower() or " " in agent or group)
                and _prefix_of(agent, prefixes) is None
                and not _names_thing(_bare_name(agent), things)
                and not set(agent.split(" ")) <= config.words("non_names")  # "On July"
                and not _run_on(agent.split(" "), config.words("non_names"))
            ):
                key = agent  # a group ("fishermen") the resolver does not name: kept as written
            break
        if key is None and not event.actors:
            key = _last_acting(doc, entities, acting, acting_starts, event, redirect, by_id)
        if isinstance(key, str):
            key = _state_of(key, acts, by_id, capitals)
        if isinstance(key, str) and key[:1].isupper() and " " in key:
            # "Former President of the United States, Jimmy Carter": the title set off
            # before the person's name is the person
            at, written = _written(doc.text, key, event.start, event.end)
            after = (
                None
                if at < 0
                else _person_after(doc, at + len(written), starts, owners, acts, ranks)
            )
            if after is not None:
                acts[after] += 1
                key = after
        agent_of.append(key)

    # A capital used for its state ("Moscow said") is the state when the article has it too,
    # and a short name ("Southwest") is the organisation whose full name it opens.
    by_name = {by_id[k].name: k for k in acts}
    around = _names_around(by_name)  # the names that may be the fuller name of another
    merged: dict[int, int] = {}
    for key in acts:
        name = by_id[key].name
        state = capitals.get(name)
        holders = (
            [k for k in acts if by_id[k].kind == "person" and _same_role(name, by_id[k].role)]
            if by_id[key].kind == "role"
            else []
        )
        if not holders and by_id[key].kind == "role":
            # "a sitting U.S. President", after "President George Bush": the one holder of
            # the title the role ends in
            holders = [
                k
                for k in acts
                if by_id[k].kind == "person" and _role_within(name, by_id[k].role, _states(config))
            ]
        if not holders and by_id[key].kind == "role":
            # "Former President of the United States, Jimmy Carter": the person named
            # right after the title set off by a comma
            holders = _named_after(doc, by_id[key], starts, owners, acts, ranks)
        if state in by_name and by_name[state] != key:
            merged[key] = by_name[state]
        elif len(holders) == 1:
            merged[key] = holders[0]  # "the Prime Minister", before "Prime Minister Ann Lee"
        elif by_id[key].kind != "person":
            # "Southwest" -> "Southwest Airlines"; "Home Office" -> "United Kingdom Home Office"
            places = config.words("places")
            full = [
                k
                for n in around.get(name, ())  # (of by_name, the names it opens or ends)
                for k in (by_name[n],)
                if k != key
                and by_id[k].kind != "person"
                and (
                    # (but "Japan" is no short name of "Japan Times": a state is only its
                    # government's)
                    (
                        " " not in name
                        and n.startswith(name + " ")
                        and (name not in places or n[len(name) + 1 :].lower() in _STATE_BODIES)
                    )
                    or n.endswith(" " + name)
                    # "Supreme Court" -> "Supreme Court of Pakistan"; "Court" -> "District
                    # Court for the Southern District": the head before its remit
                    or (name[:1].isupper() and n.startswith(name + " of "))
                    or (name[:1].isupper() and " " + name + " for the " in n)
                )
            ]
            if len(full) > 1:
                # "House" of "House of Representatives" and "House Republicans": the body
                # whose name goes on with "of"
                full = [k for k in full if by_id[k].name.startswith(name + " of ")] or full
            if not full and _CLIPPED.fullmatch(name) and name not in places:
                # "the Fed" -> "U.S. Federal Reserve": a word cut short, the first word of
                # the body's own name (after its state's) opening with it
                full = [
                    k
                    for n, k in by_name.items()
                    if k != key and by_id[k].kind != "person" and _clipped_from(name, n, places)
                ]
            if len(full) != 1 and _ACRONYM_WORD.fullmatch(name):
                # "U.S." and "US" -> "United States": the name whose initials it spells, or
                # else the same letters written first
                letters = name.replace(".", "")
                full = [
                    k
                    for n, k in by_name.items()
                    if k != key and by_id[k].kind != "person" and _initials(n) == letters
                ]
                if not full:
                    full = [
                        k
                        for n, k in by_name.items()
                        if k != key
                        and n.replace(".", "") == letters
                        and first[k] < first[key]
                        and by_id[k].kind != "person"
                    ][:1]
                # "Reporters Without Borders (RSF)": the text defines it (each definition
                # holds the acronym in brackets: a fast test of the text first)
                if not full and f" ({name})" in doc.folded:
                    full = [
                        k
                        for n, k in by_name.items()
                        if k != key
                        and by_id[k].kind != "person"
                        and _defines(doc.folded, n, name)
                    ][:1]
            if len(full) == 1:
                merged[key] = full[0]
    # "Hugo Chávez" and "Hugo Chavez", "Al-Zawahiri" and "al-Zawahiri": one name spelt two
    # ways (with and without its accents, or another case) is one actor, the first met
    spelt: dict[str, int] = {}
    for key in sorted(acts, key=first.__getitem__):
        if key in merged:
            continue
        folded = _spelling(by_id[key].name)
        same = spelt.setdefault(folded, key)
        if same != key and (by_id[same].kind == "person") == (by_id[key].kind == "person"):
            merged[key] = same
    # "Ali Khamenei" and "Sayyed Ali Khamenei", "Chris Dodd" and "Christopher Dodd": a
    # person's name of two words or more that ends another's, or that shortens its first
    # name, is that person, the fuller name
    persons = [
        k
        for k in acts
        if k not in merged
        and by_id[k].kind == "person"
        # (but "Polo Ralph Lauren, which ...": a firm's name taken for a person's)
        and not any(_WHICH_AFTER.match(doc.folded, span.end) for span in by_id[k].spans)
    ]
    # each person under the shorter forms its name is a fuller form of
    shorter: dict[str, list[int]] = {}
    for key in persons:
        for form in _shorter_forms(by_id[key].name):
            shorter.setdefault(form, []).append(key)
    for key in persons:
        name = by_id[key].name
        fullest = [
            k for k in shorter.get(name, ()) if k != key and _fuller_name(name, by_id[k].name)
        ]
        if len(fullest) == 1:
            merged[key] = fullest[0]
    for key in merged:  # "US" -> "U.S." -> "United States": straight to the last
        for _ in range(3):
            target = merged[key]
            if target not in merged or merged[target] == key:
                break
            merged[key] = merged[target]

    spans: dict[int, list[tuple[int, int, str]]] = {}
    for key, entity in by_id.items():
        target = merged.get(key, key)
        if target in acts:
            spans.setdefault(target, []).extend(
                (s.start, s.end, s.text)
                for s in entity.spans
                if s.kind in NAMED
                or not (_other_body(entity, s) or _another_body(entity, s, body_words))
            )
    weight = {k: 2 * acts[k] + len(spans[k]) for k in spans}
    for source, target in merged.items():
        weight[target] += 2 * acts[source]
    order = sorted(spans, key=lambda k: (-weight[k], first[k]))
    actors = []
    for key in order:
        entity = by_id[key]
        kind = "person" if entity.kind == "person" else "organisation"
        if entity.kind == "name" and entity.name in given:
            kind = "person"  # "James said": a given name alone names a person
        elif (
            entity.kind == "role"
            and entity.name.rsplit(" ", 1)[-1].lower() in ranks
            and " of " not in entity.name
        ):
            kind = "person"  # "a Republican Senator": one person, named by a title
        ordered = tuple(itertools.starmap(make_span, sorted(set(spans[key]))))
        actors.append(Actor(entity.name, entity.role, ordered, kind))  # the fields in order
    extra: dict[str, list[Span]] = {}
    for event, key in zip(events, agent_of, strict=True):
        if isinstance(key, str):
            at, written = _written(doc.text, key, event.start, event.end)
            if at >= 0:
                extra.setdefault(key, []).append(Span(at, at + len(written), written))
    # "the council", after "the city council": the group named in full before, as one actor
    fuller: dict[str, str] = {}
    for name, found in extra.items():
        bare = _bare_name(name).lower()
        at = found[0].start
        if " " in bare or doc.folded[max(0, at - 4) : at].lower() != "the ":
            continue  # (but "Workers" is no short name of "Welsh news Workers")
        longer = [
            n
            for n, spans_of in extra.items()
            if _bare_name(n).lower().endswith(" " + bare) and spans_of[0].start < found[0].start
        ]
        if len(longer) == 1:
            fuller[name] = longer[0]
    for name, whole in fuller.items():
        merged_spans = set(extra[whole]) | set(extra.pop(name))
        extra[whole] = sorted(merged_spans, key=lambda span: span.start)
    for name, found in extra.items():
        actors.append(Actor(_bare_name(name), spans=tuple(found), kind="group"))
    named = []
    for event, key in zip(events, agent_of, strict=True):
        agents: tuple[str, ...]
        if isinstance(key, str):
            key = fuller.get(key, key)
        if key is None or (isinstance(key, str) and key not in extra):
            agents = ()
        elif isinstance(key, str):
            agents = (_bare_name(key),)
        else:
            agents = (by_id[merged.get(key, key)].name,)
        named.append(event if event.actors == agents else attrs.evolve(event, actors=agents))
    return Cast(tuple(actors), tuple(named))


def _names_around(names: Iterable[str]) -> dict[str, list[str]]:
    """The ``names`` (in their order) under each of their openings and endings at a space
    ("Southwest" and "Airlines" of "Southwest Airlines"): under ``name``, those that start
    with ``name + " "`` or end with ``" " + name``, and those whose words before a remit
    (" for the ") end with ``name``, without reading every name for it."""
    around: dict[str, list[str]] = {}
    for n in names:
        parts: list[str] = []
        at = n.find(" ")
        while at >= 0:
            parts += (n[:at], n[at + 1 :])
            at = n.find(" ", at + 1)
        remit = n.find(" for the ")
        if remit > 0:  # "District Court for the ...": its head's last words too
            head = n[:remit]
            at = head.rfind(" ")
            while at >= 0:
                parts.append(head[at + 1 :])
                at = head.rfind(" ", 0, at)
        for part in parts:
            found = around.setdefault(part, [])
            if not found or found[-1] != n:  # (once per name: "Lee Ann Lee")
                found.append(n)
    return around


_TITLE_COMMA = regex.compile(r"[ ]?,[ ]{1,2}")
# What links a person's name to the body the person belongs to: "Ann Lee of the ruling ...".
_MEMBER_OF = regex.compile(r"[ ]of[ ](?:the[ ])?(?:\p{Ll}[\p{Ll}-]{1,20}[ ]){0,2}")


_WHICH_AFTER = regex.compile(r"[ ]?,[ ]which\b")


def _shorter_forms(name: str) -> Iterator[str]:
    """The names of two words or more that the person's ``name`` is a fuller form of (see
    :func:`_fuller_name`): its last words, and its first name cut short."""
    words = name.split(" ")
    for i in range(1, len(words) - 1):
        yield " ".join(words[i:])
    if len(words) >= 2 and len(words[0]) <= 20:  # (a given name is no longer)
        rest = " ".join(words[1:])
        for end in range(4, len(words[0]) - 2):
            yield f"{words[0][:end]} {rest}"


def _fuller_name(short: str, name: str) -> bool:
    """Whether the person's ``name`` is a fuller form of ``short``, both of two words or more:
    it ends with all of ``short``'s words ("Sayyed Ali Khamenei" of "Ali Khamenei"), or has
    the same words but a first name that ``short``'s opens ("Christopher Dodd" of "Chris
    Dodd")."""
    words, full = short.split(" "), name.split(" ")
    if len(words) < 2 or len(full) < len(words):
        return False
    if len(full) > len(words):
        return full[-len(words) :] == words
    first, whole = words[0], full[0]
    return (
        len(first) >= 4
        and whole.startswith(first)
        and len(whole) - len(first) >= 3
        and whole[len(first) :].isalpha()
        and whole[len(first) :].islower()
        and words[1:] == full[1:]
    )


def _titles_between(folded: str, end: int, start: int, titles: frozenset[str]) -> bool:
    """Whether only a comma and at most three of the ``titles`` ("Lieutenant General",
    "Sir") stand between ``end`` and ``start``."""
    gap = _TITLE_COMMA.match(folded, end, start)
    if gap is None:
        return False
    words = folded[gap.end() : start].split()
    return len(words) <= 3 and all(w.lower() in titles for w in words)


def _named_after(
    doc: Document,
    entity: Entity,
    starts: list[int],
    owners: list[Entity | None],
    acts: dict[int, int],
    titles: frozenset[str] = frozenset(),
) -> list[int]:
    """The acting person whose name follows a mention of the title ``entity`` after a comma
    ("Former President of the United States, Jimmy Carter, visited ..."), if any."""
    for span in entity.spans:
        if span.kind == "role":
            found = _person_after(doc, span.end, starts, owners, acts, titles)
            if found is not None:
                return [found]
    return []


def _person_after(
    doc: Document,
    end: int,
    starts: list[int],
    owners: list[Entity | None],
    acts: dict[int, int],
    titles: frozenset[str] = frozenset(),
) -> int | None:
    """The acting person named right after a comma at ``end``, if any, past the ``titles``
    and honorifics before the name ("President of Ruritania, General Tomas Varga")."""
    i = bisect.bisect_left(starts, end)
    if i < len(starts) and _titles_between(doc.folded, end, starts[i], titles):
        owner = owners[i]
        if owner is not None and owner.kind == "person" and id(owner) in acts:
            return id(owner)
    return None


_CLIPPED = regex.compile(r"\p{Lu}\p{Ll}{2,6}")


def _clipped_from(short: str, name: str, places: frozenset[str]) -> bool:
    """Whether ``short`` ("Fed") cuts short the first word of ``name`` ("U.S. Federal
    Reserve", "Federal Reserve") that is not its state's name, in a name of two words or
    more."""
    words = name.split(" ")
    while len(words) > 2 and (words[0] in places or _ACRONYM_NAME.fullmatch(words[0])):
        words = words[1:]
    return len(words) >= 2 and words[0] != short and words[0].startswith(short)


_STATE_OWNED = regex.compile(r"(?:[Tt]he[ ])?(\p{Lu}[\p{L}.-]*(?:[ ]\p{Lu}[\p{L}.-]*){0,2})'s?[ ]")


def _state_of(
    agent: str, acts: dict[int, int], by_id: dict[int, Entity], capitals: dict[str, str]
) -> int | str:
    """The state that ``agent`` ("Kenya's government", "the Kremlin's administration") is
    the government of, when it acts elsewhere in the article under its own name (or its
    capital's), else ``agent`` as written."""
    m = _STATE_OWNED.match(agent)
    if m is None or agent[m.end() :].lower() not in _STATE_BODIES:
        return agent
    owner = m.group(1)
    state = capitals.get(owner, owner)
    for k in acts:
        entity = by_id[k]
        if entity.kind == "place" and entity.name in (owner, state):
            acts[k] += 1
            return k
    return agent


def _start_of(item: tuple[int, int, Quote]) -> int:
    return item[0]


def _speaker_key(
    entities: Entities,
    quoted: list[tuple[int, int, Quote]],
    event: Event,
    credit: Callable[[Mention], int | None],
) -> int | None:
    """The speaker's entity when the event's date sits inside what a speaker is quoted as
    saying directly ('"... in 2010," said Bisignani'): the statement is the speaker's.  So
    it is inside reported words whose speaker has a name when no agent was found in those
    words, after its cue ("Ann Lee told AFP that the report on the elections in February
    ...": Ann Lee, not AFP; but "Lee said Acme cut jobs on Monday": Acme)."""
    date = event.date.start
    i = bisect.bisect_right(quoted, date, key=_start_of) - 1
    for j in range(i, max(-1, i - 3), -1):
        start, end, quote = quoted[j]
        speaker = quote.speaker
        if not (start <= date < end and speaker is not None):
            continue
        if quote.kind != "direct" and (
            not (speaker.name or "")[:1].isupper()
            or quote.cue is None
            or quote.cue.start > start  # "A blast hit X on Monday, Lee said": the blast's
            or any(a.rsplit(" ", 1)[-1] in quote.content.text for a in event.actors)
        ):
            continue
        mention = entities.mention_at(speaker.start)
        return None if mention is None else credit(mention)
    return None


_ANAPHOR = regex.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]\p{Ll}+\Z")


def _is_anaphor(doc: Document, event: Event, agent: str) -> bool:
    """Whether the agent is a definite description ("the company", "the group") rather than
    a group named by a plural ("fishermen")."""
    at, _ = _written(doc.text, agent, event.start, event.end)
    if at < 0 or not agent[:1].islower() or " " in agent:
        return _ANAPHOR.fullmatch(agent) is not None
    return _ANAPHOR.search(doc.folded, max(0, at - 6), at + len(agent)) is not None


def _nearest_organisation(
    entities: Entities,
    starts: list[int],
    by_id: dict[int, Entity],
    pos: int,
    head: str = "",
    body_words: frozenset[str] = frozenset(),
    acts: Mapping[int, int] | None = None,
) -> int | None:
    """The organisation actor mentioned last before ``pos`` (what "the company" refers to),
    looking back over at most 50 mentions; none when its name says it is of another kind
    than ``head`` ("the company" is not the "Federal Reserve" named before): only the words
    of the kinds tell, not the other words of bodies ("Ruritan Motors").  With ``acts`` (the
    acts counted so far by entity), one that acts in the text comes before one only named
    ("Acme will buy Zeta, whose stations air on Kappa Radio. The company hopes ...": Acme).
    """
    kinds = body_words & _KIND_WORDS
    i = bisect.bisect_left(starts, pos) - 1
    chosen: Entity | None = None  # the last named, should none act
    for j in range(i, max(-1, i - 50), -1):
        entity = entities.entity_of(entities.mentions[j])
        if entity is not None and id(entity) in by_id and entity.kind not in ("person", "place"):
            if acts is None or acts.get(id(entity)):
                chosen = entity
                break
            chosen = chosen or entity
    if chosen is None:
        return None
    return None if _other_kind(head, chosen.name, kinds) else id(chosen)


def _pronoun_person(
    entities: Entities, starts: list[int], by_id: dict[int, Entity], event: Event
) -> int | None:
    """The person actor that "he" or "she" before the event's date refers to ("the firm he
    launched in 1960"): the person actor mentioned last before the pronoun, looking back
    over at most 50 mentions."""
    pronoun = None
    for m in entities.between(event.start, event.date.start):
        if m.kind == "pronoun" and m.text.lower() in _PERSON_PRONOUNS:
            pronoun = m
    if pronoun is None:
        return None
    i = bisect.bisect_left(starts, pronoun.start) - 1
    for j in range(i, max(-1, i - 50), -1):
        entity = entities.entity_of(entities.mentions[j])
        if entity is not None and id(entity) in by_id and entity.kind == "person":
            return id(entity)
    return None


def _last_acting(
    doc: Document,
    entities: Entities,
    acting: list[Mention],
    starts: list[int],
    event: Event,
    redirect: dict[int, Entity],
    by_id: dict[int, Entity],
) -> int | None:
    """The entity of the last mention that acts before the event's date, within the event
    ("Acme, a rival firm, announced last month ..."), unless another person or body is
    named between them ("Ann Lee praised Tom Ray, who was charged in May")."""
    i = bisect.bisect_left(starts, event.date.start) - 1
    if i >= 0 and acting[i].start >= event.start:
        entity = redirect.get(acting[i].start) or entities.entity_of(acting[i])
        if entity is None:
            return None
        for m in entities.between(acting[i].end, event.date.start):
            other = entities.entity_of(m)
            if (
                m.kind in _OTHER_NAMED
                and other is not None
                and other is not entity
                and id(other) in by_id
                and _RELATIVE.match(doc.folded, m.end)
            ):
                return None  # the date is in what the clause after that name says of it
        return id(entity)
    return None


# A name's shape that no common word has: a capital inside it ("Hewlett-Packard", "eBay").
_NAME_SHAPE = regex.compile(r"\p{Ll}\p{Lu}|-\p{Lu}")
# A description set off after a name: "Acme, a Dutch firm", "Acme , the largest carrier".
_DESCRIBED_AFTER = regex.compile(r"[ ]?,[ ](?:an?|the)[ ]")

_OTHER_NAMED = frozenset({"person", "organisation", "name"})
# A relative clause after a name: "Tom Ray, who", "Acme (which".
_RELATIVE = regex.compile(r"[ ]?[,(]?[ ]{1,2}(?:who|whose|whom|which)[ ]")


# prepositions that open a phrase of time or place, not a group's name ("In October ...")
_PHRASE_OPENERS = frozenset("In On At During After Before Since Until By From".split())


def _run_on(words: list[str], non_names: frozenset[str]) -> bool:
    """Whether the capitalised run ``words`` runs a name into the phrase next to it:
    "Venezuela On", "In October United States candidate"."""
    return words[0] in _PHRASE_OPENERS or any(w in non_names for w in words[1:])


_NEW_BODY = regex.compile(r"(?:[Tt]he|[Aa])[ ]new[ ]")


def _misresolved(entity: Entity | None, mention: Mention) -> bool:
    """Whether a capitalised description ("the Court") was linked to ``entity``, whose name
    shares none of its words (an organisation named just before it)."""
    if entity is None or entity.kind == "person":
        return False  # "the minister" for the minister named before: what descriptions do
    if mention.kind in NAMED or not mention.name[:1].isupper():
        return False
    known = set(_name_words(entity.name)) | set(_name_words(entity.role or ""))
    return not set(_name_words(mention.name)) & known


def _written(text: str, agent: str, start: int, end: int) -> tuple[int, str]:
    """Where an agent's name is written in ``text[start:end]``, and as what: as given, or
    with more space between its words ("the Romanian  parliament", where a link was)."""
    at = text.find(agent, start, end)
    if at >= 0 or " " not in agent:
        return at, agent
    spaced = regex.compile(r"[ ]{1,3}".join(regex.escape(w) for w in agent.split(" ")))
    found = spaced.search(text, start, end)
    return (-1, agent) if found is None else (found.start(), found.group())


# The heads of descriptions that name a body of its own ("the Romanian government"), not
# another way to call a company or an agency ("the Atlanta-based airline").
_BODY_HEADS = frozenset(
    """government administration parliament embassy army military navy regime party team
    board network council commission court committee jury tribunal panel senate congress
    ministry assembly""".split()
)


def _other_body(entity: Entity, mention: Mention) -> bool:
    """Whether a description linked to ``entity`` names another body: one of
    :func:`_misresolved` headed by a body's noun ("the Romanian government" for a bank)."""
    words = _name_words(mention.name)
    return bool(words) and words[-1] in _BODY_HEADS and _misresolved(entity, mention)


@functools.lru_cache(maxsize=16)
def _body_words(config: Config) -> frozenset[str]:
    """The words that make a name a body's (``org_words``), in lower case."""
    return frozenset(w.lower() for w in config.words("org_words"))


# Kinds of body, each by the nouns that describe one and the words that end its names: a
# description of one kind ("the bank") names no body of another ("the Department of
# Defense").  A noun may be of two kinds ("commission").
_BODY_KINDS = tuple(
    frozenset(kind.split())
    for kind in (
        """company firm corporation corp inc ltd holdings partners airline airlines airways
        carrier bank group limited plc laboratories""",
        """government administration agency department ministry office bureau service
        services authority directorate commission reserve""",
        "council committee commission board panel tribunal assembly parliament senate congress",
        "army military navy force forces command guard regiment brigade battalion police",
        "court tribunal",
        """newspaper paper daily network channel broadcaster station times herald journal
        post telegraph press news corporation""",
        "university college institute school academy centre center laboratory laboratories",
        "party movement alliance coalition league front union",
        "club team league federation association union",
    )
)
_KIND_WORDS = frozenset().union(*_BODY_KINDS)
# "the group" may stand for a body of any kind ("the rights group"), "the board" for the
# board of one
_DESCRIBING = frozenset().union(*_BODY_KINDS) - {"group", "board"}


def _another_body(entity: Entity, mention: Mention, body_words: frozenset[str]) -> bool:
    """Whether a description of a kind of body ("the party", "the bank") was linked to a body
    whose name says it is of another kind ("the London School of Economics")."""
    if entity.kind != "organisation" or mention.kind in NAMED:
        return False
    words = _name_words(mention.name)
    return bool(words) and _other_kind(words[-1], entity.name, body_words)


def _other_kind(head: str, name: str, body_words: frozenset[str]) -> bool:
    """Whether a body's ``name`` says it is of another kind than the noun ``head`` describes
    ("company" and "Federal Reserve", "union" and "Seoul Police"): a body word of its name
    (of ``body_words``) shares no kind with the noun."""
    if head not in _DESCRIBING:
        return False
    words = _name_words(name)
    named = [w for w in words if w in body_words]
    return (
        bool(named)
        and head not in words
        and not any(head in kind and not kind.isdisjoint(named) for kind in _BODY_KINDS)
    )


def _body_before(
    owners: list[Entity | None], i: int, mention: Mention, body_words: frozenset[str]
) -> Entity | None:
    """The organisation of the description's kind named last before the ``i``-th mention
    ("Bank of America ... the Department of Defense ... the bank"), if any, among the 60
    mentions before it."""
    for j in range(i - 1, max(-1, i - 61), -1):
        e = owners[j]
        if (
            e is not None
            and e.kind == "organisation"
            and not body_words.isdisjoint(_name_words(e.name))
            and not _another_body(e, mention, body_words)
        ):
            return e
    return None


def _bare_name(agent: str) -> str:
    """An agent as written, without a leading article ("the fishermen" -> "fishermen")."""
    return _ARTICLE.sub("", agent)


_ARTICLE = regex.compile(r"^(?:the|a|an)[ ]+", flags=regex.IGNORECASE)
