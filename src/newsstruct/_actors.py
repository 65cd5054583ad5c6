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
from collections.abc import Callable, Sequence

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._mentions import NAMED
from newsstruct._names import Entities, Entity, Mention, resolve
from newsstruct._text import Document, midsentence_capitals
from newsstruct.model import Actor, Event, Quote, Span

__all__ = ["Cast", "find_actors"]

_PERSON_PRONOUNS = frozenset({"he", "she"})
_AUX = frozenset(
    """has have had will would can could may might must should shall does did do
    've 'll 'd""".split()
)
# A copula makes its subject acting only before "to" or an -ing form ("is to begin",
# "was going"), not before a description ("is mainly Buddhist") or a passive ("was arrested").
_COPULAS = frozenset("""is are was were 's""".split())
_ACTIVE_AFTER_COPULA = regex.compile(r"[ ](?:to[ ]|\p{L}+ing\b)")
_MODAL_COPULA = regex.compile(r"[ ](?:not[ ])?(?:have[ ])?(?:be|been)\b")
_ADVERBS = frozenset(
    """also then later now still already reportedly allegedly finally first recently further
    previously subsequently quickly immediately again even only never not just since
    initially currently officially formally publicly repeatedly""".split()
)
_NOT_VERBS = frozenset(
    """based united red bed need feed seed speed bred shed deed creed""".split()
)

_APPOSITIVE = regex.compile(
    r"""[ ]?(?:,[ ](?:the|a|an|his|her|its|their|who|which|whose|[\p{Lu}\p{N}])[^,;:.()"]{0,90},
        |[ ]?\([^()]{1,60}\))""",
    regex.VERBOSE,
)
_NEXT_WORD = regex.compile(r"[ ]{1,3}((?:'[a-z]{1,2})|[\p{L}][\p{L}'-]*)")
# A time adverbial between a subject and its verb: "Zelenskiy on April 21 signed".
_WHEN = regex.compile(
    r"""[ ](?:(?:on|in|at)[ ])?
        (?:(?:last|this|next|earlier[ ]this|later[ ]this)[ ]\p{L}+|yesterday|today|tonight
          |\p{Lu}\p{L}+(?:[ ]\d{1,2})?(?:,[ ]\d{4})?)(?=[ ,])""",
    regex.VERBOSE,
)
# Further conjuncts of a coordinated subject: ", Laos and Indonesia", " and the FBI".
_COORDINATED = regex.compile(
    r"(?:,[ ]\p{Lu}[\p{L}'-]*(?:[ ]\p{Lu}[\p{L}'-]*){0,3}){0,5},?[ ](?:and|or)[ ](?:the[ ])?"
    r"\p{Lu}[\p{L}'-]*(?:[ ]\p{Lu}[\p{L}'-]*){0,3}"
)
# What may stand before a subject that opens a clause (start of text, punctuation, a
# conjunction or "that", an article).
_CLAUSE_OPENING = regex.compile(
    r"(?:\A|[.,;:!?\"(\n]|\b(?:that|and|but|while|as|when|because|after|before|though|if"
    r"|the|The))[ ]*\Z"
)
# A name's post-modifier naming its organisation: "of the Neo Democrats", "from Acme Corp".
_POSTMODIFIER = regex.compile(
    r"[ ](?:of|from|at)[ ](?:the[ ])?\p{Lu}[\p{L}'&-]*(?:[ ](?:of[ ])?\p{Lu}[\p{L}'&-]*){0,5}"
)
_RELATIVE = regex.compile(r",?[ ](?:who|which|that)[ ]+")
# A name right after a preposition sits in a prepositional phrase, not in subject position.
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?i:in|near|at|from|to|of|with|into|across|over|for|on|about|against|between|under"
    r"|around|toward|towards|inside|outside|within|without|through|throughout)[ ]+(?:the[ ]+)?"
    r"(?:(?!(?:as|that|when|while|and|but|because|if|after|before|since|until|where|who"
    r"|which|then|so)[ ])\p{Ll}[\p{Ll}-]*[ ]+){0,2}\Z",
)
# The word before a list of names ("from Libya, Syria and"), when one stands there.
_LIST_BEFORE = regex.compile(
    r"\b(\p{Ll}+)[ ]+(?:\p{Lu}[\p{L}'-]*[ ]?){1,4}(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ])"
    r"(?:\p{Lu}[\p{L}'-]*[ ]?){1,4}){0,8}(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ])\Z"
)
_LIST_PREPOSITIONS = frozenset(
    "in near at from to of with into across over for on about against between under around "
    "including".split()
)
_OBJECT_BEFORE = regex.compile(r"\b\p{Ll}{3,}(?:ing|ed)[ ]+the[ ]+\Z")
_BY_BEFORE = regex.compile(r"\b(\p{L}+)[ ]+by[ ]+(?:the[ ]+)?\Z", regex.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _verbs(config: Config) -> frozenset[str]:
    return config.words("speech_verbs") | config.words("action_verbs")


_OBJECT_START = regex.compile(
    r"[ ](?:the|a|an|that|it|its|his|her|their|this|these|to|on|in|about|for|no|more|\d)\b"
)


def _is_verb(word: str, verbs: frozenset[str], after: str = "") -> bool:
    """Whether ``word`` reads as a finite verb; ``after`` is the text that follows it."""
    w = word.lower()
    if not word[:1].islower() and not word.startswith("'"):
        return False
    if w in _COPULAS:
        return _ACTIVE_AFTER_COPULA.match(after) is not None
    if w in _AUX:
        return _MODAL_COPULA.match(after) is None  # "would have been a fit" describes
    if w in verbs:
        return True
    if w in _NOT_VERBS or len(w) < 4:
        return False
    if w.endswith("ed"):
        return True
    # "Moscow says it ...", but not "Crimea maneuvers included ...": a present-tense verb
    # is told from a plural noun by what follows it.
    return w.endswith("s") and not w.endswith("ss") and _OBJECT_START.match(after) is not None


def _acts(doc: Document, m: Mention, verbs: frozenset[str]) -> bool:
    """True when the mention is the subject of a verb or the agent of a passive."""
    folded = doc.folded
    by = _BY_BEFORE.search(folded, max(0, m.start - 40), m.start)
    if by is not None:
        return by.group(1).lower().endswith("ed") or by.group(1).lower() in verbs
    if _PREPOSITION_BEFORE.search(folded, max(0, m.start - 40), m.start):
        return False  # "of hedge fund Acme Partners said": inside a prepositional phrase
    if _OBJECT_BEFORE.search(folded, max(0, m.start - 30), m.start):
        return False  # "migrants crossing the Channel last year drove ...": an object
    listed = _LIST_BEFORE.search(folded, max(0, m.start - 160), m.start)
    if listed is not None and listed.group(1).lower() in _LIST_PREPOSITIONS:
        return False  # "from Libya, Syria and Yemen who ...": a member of a list after "from"
    pos = m.end
    end = min(len(folded), m.end + 240)
    for _ in range(2):
        ap = _APPOSITIVE.match(folded, pos, end)
        if ap is None:
            break
        pos = ap.end()
    both = _COORDINATED.match(folded, pos, end)
    if both is not None and _CLAUSE_OPENING.search(folded, max(0, m.start - 12), m.start):
        pos = both.end()  # "Malaysia and Indonesia have ...": every conjunct is a subject
    post = _POSTMODIFIER.match(folded, pos, end)
    if post is not None:
        pos = post.end()  # "Gary Fan of the Neo Democrats failed ..."
    rel = _RELATIVE.match(folded, pos, end)
    if rel is not None:
        pos = rel.end() - 1
    when = _WHEN.match(folded, pos, end)
    if when is not None:
        pos = when.end()
    for _ in range(3):
        nxt = _NEXT_WORD.match(folded, pos, end)
        if nxt is None:
            break
        word = nxt.group(1)
        if word.lower() in _ADVERBS:
            pos = nxt.end()
            continue
        if _is_verb(word, verbs, folded[nxt.end() : nxt.end() + 20]):
            return True
        break
    return False


def _covers(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether one of the sorted ``(start, end)`` pairs covers ``offset``."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _eligible(
    doc: Document, entity: Entity, prefixes: tuple[str, ...], vehicles: frozenset[str]
) -> bool:
    """Whether an entity can be an actor: a name, not a vehicle or product (nor the short
    name of one met before, "Columbia" after "Space Shuttle Columbia"), and not a
    capitalised common word that only ever opens a sentence ("Photos showed ...")."""
    if entity.name.startswith(prefixes):
        return False
    if _GLUED_WORD.search(entity.name):
        return False  # "UkraineAn": a word glued to the next sentence's first by lost space
    words = [w for w in entity.name.split() if w not in ("and", "&", ",")]
    if words and all(w in vehicles for w in words):
        return False
    if entity.kind not in NAMED:
        return _TITLED.fullmatch(entity.name) is not None  # "the Indonesian Navy"
    if entity.kind != "name" or " " in entity.name or entity.name.isupper():
        return True
    for m in entity.spans:
        if m.kind == "pronoun":
            continue  # "it" may have been resolved to the word; only its own mentions count
        sentence = doc.sentence_at(m.start)
        if sentence is None or _HAS_LETTER.search(doc.folded, sentence.start, m.start):
            return True
    return entity.name in midsentence_capitals(doc)


_HAS_LETTER = regex.compile(r"\p{L}")
_GLUED_WORD = regex.compile(r"\p{Ll}{3}(?:The|An|According|In|On|At|He|She|It|They|We|This|But)\Z")
# A described body written as a proper name: every word capitalised but small linking words.
_TITLED = regex.compile(
    r"\p{Lu}[\p{L}.'&-]*(?:[ ](?:(?:of|for|and|the|on|de)[ ])*\p{Lu}[\p{L}.'&-]*)+"
)


_NAME_WORD = regex.compile(r"[\p{L}\p{N}'-]+")


def _words(name: str) -> list[str]:
    words = _NAME_WORD.findall(name.lower())
    return [w for w in words if w not in ("the", "a", "an")]


def _same_actor(agent: str, name: str) -> bool:
    """Whether an event's agent, as written, names the actor ``name``."""
    a, n = _words(agent), _words(name)
    return bool(a) and bool(n) and (a == n or a[-1] == n[-1] or set(a) <= set(n))


def _name_after(
    doc: Document, entities: Entities, by_id: dict[int, Entity], event: Event, agent: str
) -> int | None:
    """The actor named right after ``agent`` in the event, when the agent is its role."""
    at = doc.text.find(agent, event.start, event.end)
    if at < 0:
        return None
    after = at + len(agent)
    for m in entities.between(after, min(event.end, after + 80)):
        if m.start - after <= 2:
            entity = entities.entity_of(m)
            if entity is not None and id(entity) in by_id:
                return id(entity)
    return None


def _same_role(agent: str, role: str | None) -> bool:
    """Whether an agent written as a role ("the Ukrainian president") is this role."""
    a, r = _words(agent), _words(role or "")
    return len(a) > 0 and len(r) > 0 and a[-1] == r[-1] and set(a) <= set(r)


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
    for m in entities.between(event.start if start is None else start,
                              event.end if end is None else end):
        if not m.name:
            continue
        named = m.text == agent or m.name == agent
        if named or m.text.endswith(agent) or agent.endswith(m.name):
            before = m.start < event.date.start
            if best is None or before > (best.start < event.date.start):
                best = m
    return best


def find_actors(
    doc: Document,
    quotes: Sequence[Quote],
    events: Sequence[Event] = (),
    config: Config = DEFAULT_CONFIG,
) -> Cast:
    """The actors of ``doc`` (entities that speak in ``quotes``, act, or are the agent of one of
    ``events``), and ``events`` with their agents named as those actors."""
    entities = resolve(doc, config)
    verbs = _verbs(config)
    capitals = {row[0]: row[1] for row in config.rows("capitals")}
    speaking = sorted((q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None)
    # what speakers say directly: a name inside it ("America needs this") is not acting here
    quoted_text = sorted(
        (part.start, part.end)
        for q in quotes
        if q.kind == "direct"
        for part in (q.parts or (q.content,))
    )
    acts: dict[int, int] = {}
    first: dict[int, int] = {}
    by_id: dict[int, Entity] = {}

    def credit(m: Mention) -> int | None:
        entity = entities.entity_of(m)
        if entity is None or id(entity) not in by_id:
            return None
        acts[id(entity)] = acts.get(id(entity), 0) + 1
        return id(entity)

    acting: list[Mention] = []
    prefixes = tuple(sorted(config.words("non_actor_prefixes")))
    vehicles = frozenset(
        w
        for e in entities.entities
        if e.name.startswith(prefixes)
        for w in e.name[len(next(p for p in prefixes if e.name.startswith(p))) :].split()
    )
    eligible: dict[int, bool] = {}
    for m in entities.mentions:
        entity = entities.entity_of(m)
        if entity is None:
            continue
        if id(entity) not in eligible:
            speaker = entity.kind in NAMED and any(
                span.kind != "pronoun" and _covers(speaking, span.start) for span in entity.spans
            )
            eligible[id(entity)] = speaker or _eligible(doc, entity, prefixes, vehicles)
        if not eligible[id(entity)]:
            continue
        by_id[id(entity)] = entity
        first.setdefault(id(entity), m.start)
        if m.kind == "pronoun" and m.text.lower() not in _PERSON_PRONOUNS:
            continue  # "it", "they", "I" are too often resolved to the wrong name to vouch
        if _misresolved(entities, m):
            continue
        speaks = _covers(speaking, m.start)
        inside_quote = _covers(quoted_text, m.start)
        barred = inside_quote and entity.kind == "place"
        if speaks or (not barred and _acts(doc, m, verbs)):
            credit(m)
            acting.append(m)

    starts = [m.start for m in entities.mentions]
    acting_starts = [m.start for m in acting]
    quoted = sorted(
        ((q.content.start, q.content.end, q) for q in quotes if q.speaker is not None),
        key=lambda item: item[:2],
    )
    agent_of: list[int | str | None] = []
    for event in events:
        key: int | str | None = _speaker_key(entities, quoted, event, credit)
        for agent in () if key is not None else event.actors:
            mention = _event_mention(entities, event, agent)
            if mention is None and doc.sentences:  # the agent of an earlier clause
                sentence = doc.sentences[doc.sentence_index(event.start)]
                mention = _event_mention(entities, event, agent, sentence.start, event.end)
            if mention is not None and _misresolved(entities, mention):
                # "the Court" is a court, whatever was named just before it
                matches = (k for k in acts if _same_actor(mention.name, by_id[k].name))
                key = next(matches, mention.name)
                if isinstance(key, int):
                    acts[key] += 1
                break
            key = credit(mention) if mention is not None else None
            if key is None:
                key = next((k for k in acts if _same_actor(agent, by_id[k].name)), None)
            if key is None:  # "the Ukrainian president": the actor with that role
                key = next((k for k in acts if _same_role(agent, by_id[k].role)), None)
            if key is None:  # "Low-cost US airline Southwest Airlines": the name after a role
                key = _name_after(doc, entities, by_id, event, agent)
                if key is not None:
                    acts[key] = acts.get(key, 0) + 1
            if key is None and _is_anaphor(doc, event, agent):
                # "the company": the organisation named last before, or nobody
                key = _nearest_organisation(entities, starts, by_id, event.start)
                if key is not None:
                    acts[key] = acts.get(key, 0) + 1
            elif key is None and (agent[:1].islower() or " " in agent) and not agent.startswith(
                prefixes
            ):
                key = agent  # a group ("fishermen") the resolver does not name: kept as written
            break
        if key is None and not event.actors:
            key = _last_acting(entities, acting, acting_starts, event)
        agent_of.append(key)

    # A capital used for its state ("Moscow said") is the state when the article has it too,
    # and a short name ("Southwest") is the organisation whose full name it opens.
    by_name = {by_id[k].name: k for k in acts}
    merged: dict[int, int] = {}
    for key in acts:
        name = by_id[key].name
        state = capitals.get(name)
        if state in by_name and by_name[state] != key:
            merged[key] = by_name[state]
        elif by_id[key].kind != "person":
            # "Southwest" -> "Southwest Airlines"; "Home Office" -> "United Kingdom Home Office"
            full = [
                k
                for n, k in by_name.items()
                if k != key
                and by_id[k].kind != "person"
                and ((" " not in name and n.startswith(name + " ")) or n.endswith(" " + name))
            ]
            if len(full) == 1:
                merged[key] = full[0]

    spans: dict[int, list[Span]] = {}
    for key, entity in by_id.items():
        target = merged.get(key, key)
        if target in acts:
            spans.setdefault(target, []).extend(Span(s.start, s.end, s.text) for s in entity.spans)
    weight = {k: 2 * acts[k] + len(spans[k]) for k in spans}
    for source, target in merged.items():
        weight[target] += 2 * acts[source]
    order = sorted(spans, key=lambda k: (-weight[k], first[k]))
    actors = []
    for key in order:
        entity = by_id[key]
        kind = "person" if entity.kind == "person" else "organisation"
        ordered = tuple(sorted(set(spans[key]), key=lambda s: (s.start, s.end)))
        actors.append(Actor(entity.name, role=entity.role, spans=ordered, kind=kind))
    extra: dict[str, list[Span]] = {}
    for event, key in zip(events, agent_of, strict=True):
        if isinstance(key, str):
            at = doc.text.find(key, event.start, event.end)
            if at >= 0:
                extra.setdefault(key, []).append(Span(at, at + len(key), key))
    for name, found in extra.items():
        actors.append(Actor(_bare_name(name), spans=tuple(found), kind="group"))
    named = []
    for event, key in zip(events, agent_of, strict=True):
        if key is None or (isinstance(key, str) and key not in extra):
            named.append(attrs.evolve(event, actors=()))
        elif isinstance(key, str):
            named.append(attrs.evolve(event, actors=(_bare_name(key),)))
        else:
            named.append(attrs.evolve(event, actors=(by_id[merged.get(key, key)].name,)))
    return Cast(tuple(actors), tuple(named))


def _speaker_key(
    entities: Entities,
    quoted: list[tuple[int, int, Quote]],
    event: Event,
    credit: Callable[[Mention], int | None],
) -> int | None:
    """The speaker's entity when the event's date sits inside what a speaker is quoted as
    saying directly ('"... in 2010," said Bisignani'): the statement is the speaker's."""
    date = event.date.start
    i = bisect.bisect_right(quoted, (date, len(entities.mentions) + date + 1)) - 1
    for j in range(i, max(-1, i - 3), -1):
        start, end, quote = quoted[j]
        if start <= date < end and quote.kind == "direct" and quote.speaker is not None:
            mention = entities.mention_at(quote.speaker.start)
            return None if mention is None else credit(mention)
    return None


_ANAPHOR = regex.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]\p{Ll}+\Z")


def _is_anaphor(doc: Document, event: Event, agent: str) -> bool:
    """Whether the agent is a definite description ("the company", "the group") rather than
    a group named by a plural ("fishermen")."""
    at = doc.text.find(agent, event.start, event.end)
    if at < 0 or not agent[:1].islower() or " " in agent:
        return _ANAPHOR.fullmatch(agent) is not None
    return _ANAPHOR.search(doc.folded, max(0, at - 6), at + len(agent)) is not None


def _nearest_organisation(
    entities: Entities, starts: list[int], by_id: dict[int, Entity], pos: int
) -> int | None:
    """The organisation actor mentioned last before ``pos`` (what "the company" refers to),
    looking back over at most 50 mentions."""
    i = bisect.bisect_left(starts, pos) - 1
    for j in range(i, max(-1, i - 50), -1):
        entity = entities.entity_of(entities.mentions[j])
        if entity is not None and id(entity) in by_id and entity.kind not in ("person", "place"):
            return id(entity)
    return None


def _last_acting(
    entities: Entities, acting: list[Mention], starts: list[int], event: Event
) -> int | None:
    """The entity of the last mention that acts before the event's date, within the event
    ("Acme, a rival firm, announced last month ...")."""
    i = bisect.bisect_left(starts, event.date.start) - 1
    if i >= 0 and acting[i].start >= event.start:
        entity = entities.entity_of(acting[i])
        return None if entity is None else id(entity)
    return None


def _misresolved(entities: Entities, mention: Mention) -> bool:
    """Whether a capitalised description ("the Court") was linked to an entity whose name
    shares none of its words (an organisation named just before it)."""
    entity = entities.entity_of(mention)
    if entity is None or entity.kind == "person":
        return False  # "the minister" for the minister named before: what descriptions do
    if mention.kind in NAMED or not mention.name[:1].isupper():
        return False
    known = set(_words(entity.name)) | set(_words(entity.role or ""))
    return not set(_words(mention.name)) & known


def _bare_name(agent: str) -> str:
    """An agent as written, without a leading article ("the fishermen" -> "fishermen")."""
    return regex.sub(r"^(?:the|a|an)[ ]+", "", agent, flags=regex.IGNORECASE)
