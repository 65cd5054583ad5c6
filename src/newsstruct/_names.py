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
from newsstruct._quotemarks import quoted
from newsstruct._text import Document
from newsstruct.model import Span

__all__ = ["Entities", "Entity", "Mention", "find_mentions", "resolve", "word_spans"]

#: Mention kinds that name someone (as opposed to describing or pointing at them).
NAMED = frozenset({"person", "organisation", "place", "name"})
#: Mention kinds that describe a source without naming it.
DESCRIBED = frozenset({"role", "group", "source", "body"})


@attrs.frozen(repr=False)
class Mention(Span):
    """One mention of a person, organisation or source, as written.

    ``kind`` is ``person``, ``organisation``, ``place``, ``name`` (a lone capitalised word
    that may be a surname or a body), ``role`` ("the official"), ``group`` ("analysts"),
    ``source`` ("the report"), ``body`` ("the ministry") or ``pronoun``.  ``name`` is the
    normalised name (titles, articles and honorifics stripped); ``role`` the title or role
    the text gives with it, and ``role_span`` where it is written.
    """

    kind: str = "name"
    name: str = ""
    role: str | None = None
    role_span: Span | None = None

    def __repr__(self) -> str:
        role = "" if self.role is None else f", role={self.role!r}"
        return f"Mention({self.text!r}, kind={self.kind!r}{role})"


@attrs.frozen(repr=False)
class Entity:
    """A person, organisation or source merged across its mentions.

    ``name`` is the fullest name the article gives; ``spans`` are the mentions.
    """

    name: str
    kind: str
    role: str | None = None
    spans: tuple[Mention, ...] = ()

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

    __slots__ = ("_ends", "_of", "_starts", "entities", "mentions")

    def __init__(self, mentions: tuple[Mention, ...], of: tuple[int | None, ...],
                 entities: tuple[Entity, ...]) -> None:
        self.mentions = mentions
        self.entities = entities
        self._of = of
        self._starts = [m.start for m in mentions]
        self._ends = [m.end for m in mentions]

    def __repr__(self) -> str:
        return f"<Entities {len(self.entities)} entities, {len(self.mentions)} mentions>"

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def index_of(self, mention: Mention) -> int | None:
        """Position of ``mention`` in :attr:`mentions`, or ``None``."""
        i = bisect.bisect_left(self._starts, mention.start)
        while i < len(self.mentions) and self.mentions[i].start == mention.start:
            if self.mentions[i] == mention:
                return i
            i += 1
        return None

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

    def between(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions that lie inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return tuple(out)

    def ending_at(self, end: int) -> tuple[Mention, ...]:
        """Mentions whose span ends exactly at ``end``, longest first."""
        i = bisect.bisect_left(self._starts, end - 160)
        found = [m for m in self.mentions[i: bisect.bisect_left(self._starts, end)]
                 if m.end == end]
        return tuple(sorted(found, key=lambda m: m.start))


# --- vocabularies -------------------------------------------------------------------------------


@attrs.frozen
class _Vocab:
    titles: dict[str, str]
    orgs: frozenset[str]
    places: frozenset[str]
    place_words: frozenset[str]
    non_names: frozenset[str]
    pronouns: dict[str, str]
    verbs: frozenset[str]
    heads: frozenset[str]


@functools.lru_cache(maxsize=16)
def _vocab(config: Config) -> _Vocab:
    titles = {r[0].lower(): r[1] for r in config.rows("titles")}
    nouns = sorted((t for t, k in titles.items() if k != "honorific" and "." not in t),
                   key=len, reverse=True)
    heads = frozenset(f for n in nouns for f in (n, n[:1].upper() + n[1:]))
    return _Vocab(
        titles=titles,
        orgs=config.words("org_words"),
        places=config.words("places"),
        place_words=config.words("place_words"),
        non_names=config.words("non_names"),
        pronouns={r[0]: r[1] for r in config.rows("pronouns")},
        verbs=config.words("speech_verbs"),
        heads=heads,
    )


# --- capitalised names --------------------------------------------------------------------------

_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{Ll}]{0,2}\.(?=[ ]\p{Lu})|" \
    r"(?:(?:al|el|de|da|van|bin)-)?\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'\u2019](?!s(?![\p{L}]))[\p{L}\p{M}]+){0,3})"
_RUN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'.-])" + _WORD
    + r"(?:(?:[ ](?:of(?:[ ]the)?|for|and|&|de|del|da|di|van|von|der|den|bin|ibn|al|la|le|du|y))?"
    r"[ ]" + _WORD + r"){0,8}"
)
_TOKEN = regex.compile(r"[^ ]+")
_ACRONYM = regex.compile(r"[ ]\((\p{Lu}[\p{Lu}&.]{1,9})\)")
_NEXT_WORD = regex.compile(r"[ ](\p{Ll}[\p{L}-]*)")
_APPOSITIVE = regex.compile(r",[ ]([^,.;:\"()\n]{2,80})")
_CONNECTORS = frozenset(
    "of the for and & de del da di van von der den bin ibn al la le du y".split()
)
_DEMONYM = ("ian", "ean", "ese", "ish", "ic", "an", "ern")
_COMPASS = frozenset(
    "North South East West Middle Latin Central Southern Northern Eastern Western".split()
)
_STRIP = frozenset({"unidentified", "unnamed", "anonymous"})
_ADJECTIVAL = (
    *("-" + w for w in """led backed based born owned run style era signed made funded bound
    linked held controlled speaking wide like related specific oriented""".split()),
    "'ve", "'re", "'ll", "'d", "'m",
)
_FUNCTION = frozenset(
    """over of in on at to and or with by from for as into than that which who whose when
    while after before about against between during under said says told""".split()
)


def _words(folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded, start, end)]


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def _role_before(folded: str, start: int, v: _Vocab) -> int | None:
    """Start of a lowercase title before a name ("spokesman Ned Price"), with what precedes it."""
    word, pos = _word_before(folded, start)
    if not word or not word[0].islower() or v.titles.get(word.lower()) != "title":
        return None
    for _ in range(5):
        w, p = _word_before(folded, pos)
        if w and ((w[0].isupper() and w.rstrip(".") not in v.non_names) or _bare(w) in v.titles
                  or w.endswith("'s")):
            pos = p
        else:
            break
    return pos


def _word_before(folded: str, start: int) -> tuple[str, int]:
    """The word that ends one space before ``start``, and where it starts ('' if none)."""
    if start < 2 or folded[start - 1] != " ":
        return "", start
    j = start - 1
    low = max(0, start - 41)
    while j > low and (folded[j - 1].isalpha() or folded[j - 1] in ".'-"):
        j -= 1
    return (folded[j:start - 1], j) if j < start - 1 else ("", start)


def _named(doc: Document, v: _Vocab) -> Iterator[Mention]:
    folded = doc.folded
    lower = frozenset(w for _, _, w in word_spans(doc) if w[0].islower())
    for run in _RUN.finditer(folded):
        words = _words(folded, run.start(), run.end())
        while words and (words[0][2].rstrip(".") in v.non_names
                         or words[0][2].lower() in _CONNECTORS):
            words.pop(0)
        while words and words[-1][2].lower() in _CONNECTORS:
            words.pop()
        if not words:
            continue
        # "Aviation The International ...": a capitalised function word starts a new name
        for i in range(len(words) - 1, 0, -1):
            if words[i][2] in v.non_names:
                rest = words[i + 1:]
                words = words[:i]
                if rest:
                    yield from _one_name(doc, rest, v)
        # split "Putin and Zelenskiy", keep "Securities and Exchange Commission"
        parts: list[list[tuple[int, int, str]]] = [[]]
        for w in words:
            if w[2] in ("and", "&") and not (words[-1][2] in v.orgs and
                                              not any(x[2] in v.orgs for x in parts[-1])):
                parts.append([])
            else:
                parts[-1].append(w)
        for part in _split_person_of(parts, v):
            for m in _one_name(doc, part, v):
                if m.kind == "name" and m.name.lower() in lower and (
                    m.start == 0 or folded[m.start - 1] in "\n\"'(" or (
                        doc.sentence_at(m.start) or m).start == m.start):
                    continue  # a common word opening a sentence ("Grateful for ...")
                yield m


def _split_person_of(parts: list[list[tuple[int, int, str]]], v: _Vocab,
                     ) -> Iterator[list[tuple[int, int, str]]]:
    """Split "Tom Parsons of BestFares" into the person and the body; keep "Bank of America"."""
    for part in parts:
        for i, w in enumerate(part):
            if w[2] in ("of", "for") and i >= 2 and i + 1 < len(part):
                head = [x[2].rstrip(".") for x in part[:i]]
                if not any(h in v.orgs or h.lower() in v.titles or h in v.non_names
                           or h in v.places or h in v.place_words for h in head):
                    yield part[:i]
                    yield part[i + 1:]
                    break
        else:
            yield part


def _one_name(doc: Document, words: list[tuple[int, int, str]], v: _Vocab) -> Iterator[Mention]:
    folded, text = doc.folded, doc.text
    while words and words[-1][2].lower() in _CONNECTORS:
        words.pop()
    if not words:
        return
    role_start: int | None = None
    role_end: int | None = None
    all_words = list(words)
    cut = -1
    for i, w in enumerate(words):
        if v.titles.get(_bare(w[2])) in ("title", "honorific") and not (
            i == len(words) - 1 and len(words) > 1 and words[-1][2] in v.orgs
        ):
            cut = i
    if cut < 0:
        # "Refugee Council Enver Solomon": a body's name, then a person's
        for i in range(len(words) - 3, -1, -1):
            if words[i][2] in v.orgs:
                cut = i
                break
    honorific_only = cut >= 0 and v.titles.get(_bare(words[cut][2])) == "honorific"
    if cut >= 0:
        rest = words[cut + 1:]
        if rest and rest[0][2].lower() in _CONNECTORS:
            # "High Commissioner for Refugees", "Secretary of State John Kerry"
            org = next((j for j in range(len(rest) - 3, -1, -1) if rest[j][2] in v.orgs), None)
            if org is not None:
                cut += org + 1
            elif len(rest) >= 4:
                cut = len(words) - 3
            else:
                # "CEO of Southwest": a role with no name
                s0, e0 = words[0][0], words[-1][1]
                yield Mention(s0, e0, text[s0:e0], kind="role", name=text[s0:e0],
                              role=text[s0:e0])
                return
        title_words = words[: cut + 1] if cut >= 0 else []
        if title_words and not honorific_only:
            role_start, role_end = title_words[0][0], title_words[-1][1]
        words = words[cut + 1:]
        if not words:
            if role_start is not None and role_end is not None:
                yield Mention(role_start, role_end, text[role_start:role_end], kind="role",
                              name=text[role_start:role_end], role=text[role_start:role_end])
            return
    if any(w[2] in ("of", "for", "the", "and", "&") for w in words) and cut >= 0:
        # "Chairman of the Australian Centre for Control of ...": a body, not a person
        words = all_words
        role_start = role_end = None
        cut = -1
    start, end = words[0][0], words[-1][1]
    if folded[end - 1] == "." and not regex.search(r"\.\p{Lu}\.\Z|\b\p{Lu}\.\Z", folded[start:end]):
        end -= 1
    if end <= start:
        return
    name = text[start:end]
    plain = [w[2].rstrip(".") for w in words]
    if len(words) == 1 and plain[0].endswith(_DEMONYM) and len(plain[0]) > 4 and cut < 0 \
            and plain[0] not in v.places:
        nxt = _NEXT_WORD.match(folded, end)
        if nxt is not None and nxt.group(1) not in v.verbs:
            return  # an adjective: "the Russian buildup"
    if (len(words) == 1 and (plain[0] in v.non_names or plain[0].lower() in v.titles)) \
            or plain[-1].endswith(_ADJECTIVAL):
        return
    if len(words) >= 2 and plain[0] in _COMPASS and plain[-1].endswith(_DEMONYM):
        return  # "North American", "Middle Eastern"
    if role_start is None:
        role_start = _role_before(folded, start, v)
        role_end = None if role_start is None else start - 1
    role = None if role_start is None or role_end is None else text[role_start:role_end]
    role_span = None if role is None or role_start is None or role_end is None else Span(
        role_start, role_end, role)
    if any(p in v.orgs for p in plain) or (
        len(words) == 1 and plain[0].isupper() and len(plain[0]) > 1 and name not in v.places
    ):
        kind = "organisation"
    elif name in v.places or " ".join(plain) in v.places or plain[-1] in v.place_words or (
            len(plain) > 2 and " ".join(plain[-2:]) in v.places):
        kind = "place"
    elif any(p in ("of", "for", "and", "&", "the") for p in plain):
        kind = "organisation"
    elif cut >= 0 or role is not None or (
        2 <= len(words) <= 4 and not any(p in v.non_names for p in plain)
        and folded[max(0, start - 4):start] not in ("the ", "The ")
    ):
        kind = "person"
    else:
        kind = "name"
    if kind == "person" and role is None:
        app = _APPOSITIVE.match(folded, end)
        if app is not None:
            phrase = _words(folded, app.start(1), app.end(1))
            kept = []
            for w in phrase:
                if w[2] in v.verbs:
                    break
                kept.append(w)
            if kept and len(kept) <= 10 and any(v.titles.get(_bare(w[2])) == "title"
                                                for w in kept):
                role = text[kept[0][0]:kept[-1][1]]
                role_span = Span(kept[0][0], kept[-1][1], role)
    yield Mention(start, end, name, kind=kind, name=name, role=role, role_span=role_span)


def _described(doc: Document, v: _Vocab, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """Role, group and source phrases: "the official", "an unidentified NATO official"."""
    folded, text = doc.folded, doc.text
    for hs, end, word in word_spans(doc):
        if word not in v.heads:
            continue
        head = word.lower()
        kind = v.titles.get(head, "title")
        if kind == "honorific":
            continue
        det, start = _det_before(folded, hs)
        if det is None and kind == "title":
            continue  # a bare singular title belongs to the name after it
        if kind == "title" and regex.match(r"[ ]\p{Lu}\p{Ll}", folded[end:end + 3]):
            continue  # "spokesman Ned Price": the role of the name
        i = bisect.bisect_right(taken, (start, len(folded)))
        if i and taken[i - 1][0] <= start < taken[i - 1][1]:
            continue  # inside a person's role
        if word[0].isupper() and hs > 0 and folded[hs - 1] not in "\n\"(":
            # a capitalised noun inside a name ("the Seoul Police") is the name's
            pw, ps = _word_before(folded, hs)
            if pw and pw[0].isupper() and (det is None or ps > start):
                continue
        toks = text[start:end].split(" ")
        cut_at = max((i for i, w in enumerate(toks[:-1]) if w.lower() in _FUNCTION), default=-1)
        if cut_at >= 0:
            if kind == "title":
                continue
            start += sum(len(w) + 1 for w in toks[: cut_at + 1])
            toks = toks[cut_at + 1:]
        core = [w for w in toks if w.lower() not in {"the", "a", "an", "another", "one"}
                and w.lower() not in _STRIP]
        name = " ".join(core) or text[start:end]
        mk = "role" if kind == "title" else kind
        yield Mention(start, end, text[start:end], kind=mk, name=name,
                      role=name if mk == "role" else None)


_DETS = frozenset("the The a A an An another Another one One".split())
_GLUED_DET = regex.compile(r"\p{Ll}(The|An|A)\Z")  # "UkraineAn official": lost space


def _det_before(folded: str, head: int) -> tuple[str | None, int]:
    """The determiner up to three words before ``head`` ("an unidentified NATO official")."""
    pos = head
    for _ in range(4):
        w, p = _word_before(folded, pos)
        if not w or len(w) > 24:
            break
        if w in _DETS:
            return w, p
        glued = _GLUED_DET.search(w)
        if glued is not None:
            return glued.group(1), p + glued.start(1)
        pos = p
    return None, head


_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}'-]*")


def word_spans(doc: Document) -> tuple[tuple[int, int, str], ...]:
    """Every word of ``doc.folded`` as ``(start, end, word)``, computed once per document.

    >>> word_spans(Document("Price's aide said."))
    ((0, 7, "Price's"), (8, 12, 'aide'), (13, 17, 'said'))
    """
    folded = doc.folded
    return doc.memo("names.words", lambda: tuple(
        (m.start(), m.end(), m.group()) for m in _WORDS.finditer(folded)))


_PRONOUNS = frozenset("he she it they He She It They".split())


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
    v = _vocab(config)
    named = list(_named(doc, v))
    taken = sorted(
        (m.role_span.start, m.role_span.end) for m in named if m.role_span is not None
    )
    described = list(_described(doc, v, taken))
    pron = [
        Mention(s, e, doc.text[s:e], kind="pronoun", name=w.lower())
        for s, e, w in word_spans(doc) if w in _PRONOUNS
    ]
    out = named + described + pron
    out.sort(key=lambda m: (m.start, -m.end))
    return tuple(out)


# --- resolution ---------------------------------------------------------------------------------


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


def _resolve(doc: Document, config: Config) -> Entities:
    mentions = find_mentions(doc, config)
    marks = quoted(doc)
    mark_starts = [q.mark for q in marks]

    def quoted_at(offset: int) -> bool:
        i = bisect.bisect_right(mark_starts, offset) - 1
        return i >= 0 and marks[i].mark < offset < marks[i].after
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

    # full names first, so a surname met before its full name still finds it
    for m in mentions:
        if m.kind == "person" and " " in m.name and m.name not in key_of:
            first = new(m, m.name)
            by_last.setdefault(m.name.rsplit(" ", 1)[1], []).append(first)
            by_first.setdefault(m.name.split(" ", 1)[0], []).append(first)
        elif m.kind == "organisation" and " " in m.name and m.name not in key_of:
            first = new(m, m.name)
            acr = _ACRONYM.match(doc.folded, m.end)
            for alias in {_initials(m.name), acr.group(1) if acr else ""} - {""}:
                if len(alias) > 1:
                    key_of.setdefault(alias, first)
    recent: list[int] = []  # entities in order of their latest mention
    last_person: int | None = None
    last_group: int | None = None
    last_org: int | None = None
    for m in mentions:
        e: int | None = None
        if m.kind == "pronoun":
            e = last_person if m.name in ("he", "she") else last_group
        elif m.kind in NAMED:
            if m.name in key_of:
                e = key_of[m.name]
            elif m.kind in ("name", "person") and " " not in m.name and m.name in by_last:
                cands = by_last[m.name]
                before = [c for c in cands if members[c] and members[c][0] < len(of)]
                e = before[-1] if before else cands[0]
            elif m.kind == "name" and len(by_first.get(m.name, ())) == 1:
                e = by_first[m.name][0]
            else:
                e = new(m, m.name)
        elif m.kind == "role" and m.text.split(" ")[0].lower() not in ("a", "an", "another", "one"):
            want = {w.lower() for w in m.name.split(" ")}
            for c in reversed(recent[-30:]):
                have = {w.lower() for w in f"{roles[c] or ''} {names[c]}".split(" ")}
                if want <= have:
                    e = c
                    break
        if e is None and m.kind == "body" and m.text[:4].lower() == "the " and last_org is not None:
            e = last_org  # "the company", "the group": the organisation last named
        if e is None and m.kind in DESCRIBED:
            key = m.name.lower()
            e = key_of.get(key) if m.kind != "role" or m.text[:1].lower() == "t" else None
            if e is None:
                e = new(m, key)
        if e is not None:
            members[e].append(len(of))
            if roles[e] is None and m.role is not None:
                roles[e] = m.role
            if kinds[e] in ("name", "role") and m.kind in ("person", "organisation", "place"):
                kinds[e] = m.kind
            if len(m.name.split(" ")) > len(names[e].split(" ")) and m.kind in NAMED:
                names[e] = m.name
            if recent and recent[-1] == e:
                pass
            else:
                recent.append(e)
            if m.kind != "pronoun" and not quoted_at(m.start):
                if (kinds[e] == "person" or (kinds[e] == "role" and m.kind != "role") or (
                        m.kind == "role" and m.text[:4].lower() == "the ") or (
                        kinds[e] == "name" and e in by_last.get(names[e].rsplit(" ", 1)[-1], []))):
                    last_person = e
                elif kinds[e] in ("organisation", "place", "group", "source", "name", "body"):
                    last_group = e
                if kinds[e] == "organisation":
                    last_org = e
        of.append(e)
    # "name" kinds that joined a person are persons
    order = sorted((e for e in range(len(names)) if members[e]), key=lambda e: members[e][0])
    renum = {e: i for i, e in enumerate(order)}
    entities = tuple(
        Entity(names[e], kinds[e], roles[e], tuple(mentions[i] for i in members[e]))
        for e in order
    )
    return Entities(mentions, tuple(None if e is None else renum[e] for e in of), entities)
