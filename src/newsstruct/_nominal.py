"""Nominalised acts: a clause whose subject names an act ("the announcement").

"Moscow ordered the troops home. The April 22 announcement eased tension." -- the
announcement was Moscow's: the agent of a nominalised act is the agent of the clause that
performed it, found by :mod:`newsstruct.events` in the sentences before.  This module reads
the two ends of that link: the subject noun phrase (:func:`read_nominal`) and, walking
backwards from a verb, the words that stand between it and its subject
(:func:`subject_before`), or from an earlier mention of the noun, the verb that performed
it ("Acme issued a recall": :func:`performing_verb`).  The vocabulary of act nouns is
``event_nouns``.

>>> from newsstruct._lexicon import DEFAULT_CONFIG
>>> nouns = act_nouns(DEFAULT_CONFIG)
>>> "announced" in nouns["announcement"].forms, nouns["move"].forms, nouns["arrest"].possessor
(True, frozenset(), 'patient')
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType

import attrs
import regex

from newsstruct._lexicon import Config

__all__ = [
    "BY",
    "ActNoun",
    "Nominal",
    "act_nouns",
    "not_a_subject",
    "performing_verb",
    "read_nominal",
    "subject_before",
]

WORD = regex.compile(r"[\p{L}\p{N}'.-]+")
_LETTERS = regex.compile(r"\p{Ll}[\p{Ll}-]{0,30}")
OPENERS = frozenset({"the", "this", "that"})
# Words that may stand between a subject and its verb: auxiliaries, "not", adverbs.
_GAP = frozenset(
    """has have had will would can could may might must should shall does did do not
    also then later now still already reportedly allegedly finally first recently further
    previously subsequently quickly immediately again officially formally publicly
    earlier yesterday today tonight""".split()
)
_BE = frozenset("is are was were be been being".split())
# A word before which a verb form is a noun or an infinitive, not a clause's verb.
_NOT_SUBJECTS = frozenset(
    """the a an to of for in on at by with from into its his her their this these those
    our my your no any every each some""".split()
)
# Words standing for a subject named elsewhere in the same sentence ("Moscow says it has
# ordered ..."): the search goes on to an earlier verb of that sentence.
PRONOUNS = frozenset({"it", "they"})
# A word before which a name opens a clause.
CLAUSE_OPENERS = frozenset(
    """that and but while as when because after before though although then so""".split()
)


# Verbs that perform the act their object names: "Acme issued a recall", "made the decision".
_PERFORMING = frozenset(
    """announce announced announces carried deliver delivered delivers gave give gives
    handed issue issued issues launch launched launches made make makes reach reached
    reaches release released releases take taken takes took unveil unveiled unveils""".split()
)

@attrs.frozen
class ActNoun:
    """An act noun of ``event_nouns``: the forms of its verbs (empty for any verb of an
    acting subject) and whether a possessor before it is its ``agent``, its ``patient``
    or either (``-``)."""

    forms: frozenset[str]
    possessor: str = "agent"


@functools.lru_cache(maxsize=16)
def act_nouns(config: Config) -> Mapping[str, ActNoun]:
    """Each act noun of ``event_nouns``, by its lower-case form."""
    out: dict[str, ActNoun] = {}
    for row in config.rows("event_nouns"):
        forms = frozenset(row[1].split()) if len(row) > 1 else frozenset()
        role = row[2] if len(row) > 2 else "agent"
        out[row[0].lower()] = ActNoun(frozenset() if forms == {"*"} else forms, role)
    return MappingProxyType(out)


@attrs.frozen
class Nominal:
    """An act noun heading a subject: ``noun`` at ``start:end``; ``owner`` is the span of a
    possessor ("Russia's", then ``possessive``) or of the agent of a "by" phrase, when it
    has one."""

    noun: str
    start: int
    end: int
    owner: tuple[int, int] | None = None
    possessive: bool = False


def _possessor(name: regex.Match[str] | None) -> tuple[int, int] | None:
    """The span of the possessor that opens ``name`` ("Russia's" of "Russia's April"), if
    one does."""
    if name is None:
        return None
    found = _POSSESSIVE.search(name.group(0))
    return None if found is None else (name.start(), name.start() + found.end())


_POSSESSIVE = regex.compile(r"(?:'s|s')(?=[ ]|\Z)")
# "The announcement was made on Monday by Acme": the agent of a passive after the noun,
# when the verb performs the act ("made", "issued"), not when it reacts to it ("welcomed").
_PERFORMED = (
    "announced|carried|delivered|given|handed|imposed|issued|launched|made|reached|released"
    "|signed|taken|unveiled"
)
_PASSIVE_BY = regex.compile(
    r"[ ](?:is|are|was|were|been)[ ](?:\p{Ll}{1,20}[ ]){0,2}?(?:"
    + _PERFORMED
    + r")[ ](?:(?:out|down)[ ])?(?:[\p{L}\p{N}'-]{1,20}[ ]){0,3}?by[ ](?:the[ ])?(?=\p{Lu})"
)
BY = regex.compile(r"[ ]by[ ](?:the[ ])?(?=\p{Lu})")


# What may follow the agent of a passive: punctuation, the clause's end, an adverbial.
_AFTER_AGENT = regex.compile(
    r"(?:[.,;:)\"]|[ ](?:on|in|at|for|after|before|as|and|to|with|during|which|who|amid"
    r"|following|last|this|yesterday|today)\b|[ ]*\Z)"
)


def read_nominal(
    folded: str,
    pos: int,
    end: int,
    nouns: Mapping[str, ActNoun],
    *,
    name_at: Callable[[int, int], regex.Match[str] | None],
    date_end: Callable[[int], int | None],
    agentive: frozenset[str],
    verb_after: Callable[[int, int], bool],
) -> Nominal | None:
    """The act noun heading the subject that starts at ``pos``, or None.

    The subject is "the", "this" or "that", or a possessor ("Russia's", "the Kremlin's"),
    then at most three modifiers (lower-case words or a date), then the noun and, unless it
    has a possessor, perhaps "by" and a name; a verb follows.  A capitalised modifier or one
    in ``agentive`` ("the Russian announcement", "the court ruling") names an agent of its
    own: no nominal is read.  ``name_at(pos, end)`` matches a name at ``pos``,
    ``date_end(pos)`` is the end of the date starting at ``pos`` (or None) and
    ``verb_after(pos, end)`` tells whether a verb follows ``pos``.
    """
    owner: tuple[int, int] | None = None
    word = WORD.match(folded, pos, end)
    if word is None:
        return None
    low = word.group(0).lower()
    if low in OPENERS:
        pos = word.end()
        while folded.startswith(" ", pos):
            pos += 1
    if date_end(pos) is None:
        owner = _possessor(name_at(pos, end))
        if owner is not None:
            pos = owner[1]
        elif low not in OPENERS:
            return None
    for _ in range(4):
        while folded.startswith(" ", pos):
            pos += 1
        after_date = date_end(pos)
        if after_date is not None:
            pos = after_date
            continue
        word = WORD.match(folded, pos, end)
        if word is None or not _LETTERS.fullmatch(word.group(0)):
            return None  # a capitalised word, a number, a word with a full stop
        low = word.group(0)
        if low in nouns:
            noun_end = word.end()
            by = BY.match(folded, noun_end, end)  # "Beta's takeover by Acme": Acme's act
            active = by is not None  # "the announcement by Acme came": a verb follows
            if by is None:
                by = _PASSIVE_BY.match(folded, noun_end, end)  # "... was made by Acme"
            if by is not None:
                name = name_at(by.end(), end)
                if name is None:
                    return None
                if active and not verb_after(name.end(), end):
                    return None
                if not active and _AFTER_AGENT.match(folded, name.end(), end) is None:
                    return None  # "by Labour minister Ann Lee": the name goes on
                return Nominal(low, word.start(), noun_end, (name.start(), name.end()))
            if verb_after(noun_end, end):
                return Nominal(low, word.start(), noun_end, owner, owner is not None)
        if low in agentive:
            return None
        pos = word.end()
    return None


def subject_before(
    tokens: list[regex.Match[str]],
    k: int,
    folded: str,
    sentence_start: int,
    in_date: Callable[[int], bool],
) -> tuple[int, bool]:
    """The index of the token that ends the subject of the verb ``tokens[k]``, past the
    auxiliaries, adverbs and dates between them ("Russia last week announced"), and whether
    a form of "be" stood there (a passive).  -1 when the verb opens the sentence or a
    punctuation mark stands before it.
    """
    j = k - 1
    passive = False
    for _ in range(8):
        if j < 0 or tokens[j].start() < sentence_start:
            return -1, passive
        between = folded[tokens[j].end() : tokens[j + 1].start()]
        if between.strip(" "):
            return -1, passive
        t = tokens[j]
        low = t.group(0).lower()
        if in_date(t.start()):
            j -= 1
            continue
        if low in _BE:
            passive = True
            j -= 1
            continue
        if low in _GAP or (low in ("on", "in") and in_date(tokens[j + 1].start())):
            j -= 1
            continue
        return j, passive
    return -1, passive


_OBJECT_DETERMINERS = frozenset("a an the its their his her".split())


def performing_verb(tokens: list[regex.Match[str]], k: int, folded: str) -> int:
    """The index of the verb that performs the act noun ``tokens[k]`` as its object ("issued
    a recall", "announced its decision"), or -1."""
    j = k - 1
    for _ in range(4):
        if j < 1 or folded[tokens[j].end() : tokens[j + 1].start()].strip(" "):
            return -1
        low = tokens[j].group(0)
        if not _LETTERS.fullmatch(low):
            return -1
        if low in _OBJECT_DETERMINERS:
            verb = tokens[j - 1]
            if folded[verb.end() : tokens[j].start()].strip(" "):
                return -1
            return j - 1 if verb.group(0) in _PERFORMING else -1
        j -= 1
    return -1


def not_a_subject(word: str) -> bool:
    """Whether a verb form after ``word`` is a noun or an infinitive ("an order", "to
    order")."""
    return word.lower() in _NOT_SUBJECTS
