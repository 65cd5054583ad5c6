"""The short paths of the actors and of the subjects (tenth speed round) agree with the plain
rules they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._actors import (
    _BODY_GROUPS,
    _CAPITALS,
    _COUNT_OPENS,
    _GLUED_ENDS,
    _GLUED_WORD,
    _NO_TITLE,
    _NOT_A_NAME,
    _ONE_WORD,
    _POLICE,
    _TITLED,
    _UNIQUE_TITLES,
    _bounds,
    _by_first,
    _counts,
    _covers,
    _inside_bodies,
    _modifies_people,
    _name_verdict,
    _owners,
    _people_nouns,
    _prefix_of,
    _tables,
    _Verdicts,
)
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import NAMED
from newsstruct._names import _names_thing, _non_actor_heads, resolve
from newsstruct._subjects import _BY_ENDS, _BY_LAST, _by_may_end
from newsstruct._text import Document

# --- "by" and "the" before a name -----------------------------------------------------------

_BY_PIECES = [
    "by", "By", "BY", "bY", "the", "The", "THE", "he", "e", "y", "b", " ", "  ", "Acme",
    "\u0130", "\u00c9", ",", ".", "x", "used", "yesterday",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BY_PIECES), max_size=10).map(" ".join))
def test_by_ends_stand_for_the_words_by_may_end_reads(text: str) -> None:
    # wherever _by_may_end holds before a name, the three characters before the space after
    # the words end in "by", "the" or a space, in lower case
    for start in range(2, len(text) + 1):
        if text[start - 1] != " " or text[start - 2 : start - 1] not in _BY_LAST:
            continue
        head = text[max(0, start - 40) : start].rstrip(" ")
        if _by_may_end(head, head[-3:].lower()):
            assert text[max(0, start - 4) : start - 1].lower().endswith(_BY_ENDS), (text, start)


def test_by_ends_examples() -> None:
    for text, found in [("used by Acme", True), ("By the Acme", True), ("Tuesday Acme", False),
                        ("he Acme", False), ("by  Acme", True)]:  # fmt: skip
        start = text.index("Acme")
        assert text[max(0, start - 4) : start - 1].lower().endswith(_BY_ENDS) is found, text


# --- what a name alone says of an entity ---------------------------------------------------

_NAME_PIECES = [
    "Acme", "ACME", "Space Shuttle", "Airbus", "iPhone", "War", "Plan", "III", "B", "Ten",
    "Thirty-seven", "All", "Four", "UkraineAn", "SayThe", "Police", "police", "Pope",
    "Indonesian", "Navy", "official", "the", "of", "Bank", "Columbia", "DVD", "\u00c9mile",
]  # fmt: skip
_KINDS = ["person", "organisation", "place", "name", "role", "group", "source", "body"]
_names = st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=4).map(" ".join)


def _verdict_reference(name: str, kind: str) -> int:
    """The plain rules of the tests on a name and its kind, one flag each."""
    config = DEFAULT_CONFIG
    counts = _counts(config)
    first = name.split(" ", 1)[0].split("-", 1)[0].lower()
    last = name.rsplit(" ", 1)[-1]
    if (
        _prefix_of(name, _tables(config)[1]) is not None
        or _names_thing(name, _non_actor_heads(config))
        or (" " not in name and name.lower() in counts)
        or (name.endswith(_GLUED_ENDS) and _GLUED_WORD.search(name) is not None)
    ):
        return _NOT_A_NAME
    police = kind == "group" and last.lower() in _BODY_GROUPS
    unique = kind == "role" and last in _UNIQUE_TITLES
    flags = {
        _COUNT_OPENS: " " in name and first in counts,
        _CAPITALS: name.isupper(),
        _POLICE: police,
        _NO_TITLE: kind not in NAMED
        and not police
        and not unique
        and _TITLED.fullmatch(name) is None,
        _ONE_WORD: kind == "name" and " " not in name and not name.isupper(),
    }
    return sum(flag for flag, held in flags.items() if held)


@settings(max_examples=500, deadline=None)
@given(_names, st.sampled_from(_KINDS))
def test_name_verdict_reads_as_the_plain_rules(name: str, kind: str) -> None:
    assert _name_verdict(name, kind, DEFAULT_CONFIG) == _verdict_reference(name, kind)


def test_verdicts_keep_each_verdict_and_are_bounded() -> None:
    verdicts = _Verdicts(DEFAULT_CONFIG)
    for name in ["Space Shuttle Columbia", "Acme", "Ten Canadians", "the Pope"]:
        for kind in _KINDS:
            assert verdicts[name, kind] == _name_verdict(name, kind, DEFAULT_CONFIG)
            assert (name, kind) in verdicts
    assert verdicts["Space Shuttle Columbia", "name"] == _NOT_A_NAME
    assert verdicts["Acme", "name"] == _ONE_WORD
    assert verdicts["Ten Canadians", "group"] & _COUNT_OPENS


# --- the one-word tests, the owners and the prefixes ----------------------------------------

_TEXT_PIECES = [
    "Ann Lee", "Lee", "Acme", "Acme Corp", "Aid", "groups", "say", "the", "Acme committee",
    "said", "and", "Police", "officers", ".", ",", "She", "it", "Ruritania", "the bank",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_TEXT_PIECES), min_size=1, max_size=16).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_the_tests_of_one_word_names_fail_for_longer_names(text: str) -> None:
    entities = resolve(Document(text))
    starts = [m.start for m in entities.mentions]
    people = _people_nouns(DEFAULT_CONFIG)
    doc = Document(text)
    for entity in entities.entities:
        if " " in entity.name:
            assert not _modifies_people(doc, entity, people)
            assert not _inside_bodies(entity, entities.mentions, starts)


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_owners_read_as_the_plain_rule(text: str) -> None:
    entities = resolve(Document(text))
    mentions = entities.mentions
    plain = entities.owners()
    own = True
    for i in range(1, len(mentions)):
        if mentions[i].start == mentions[i - 1].start:
            own = own and entities.entity_of(mentions[i]) is plain[i]
            plain[i] = entities.entity_of(mentions[i])
    assert _owners(entities) == (plain, own)
    assert _owners(entities, [m.start for m in mentions]) == (plain, own)


_PREFIXES = ["", "A", "Ai", "Airbus", "S", "SS", "Space Shuttle", "i", "iPhone"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PREFIXES), max_size=5).map(sorted),
    st.lists(st.sampled_from([*_PREFIXES, " ", "x", "Col"]), max_size=4).map("".join),
)
def test_a_name_has_no_prefix_whose_first_character_it_lacks(
    prefixes: list[str], name: str
) -> None:
    by_first = _by_first(prefixes)
    if name[:1] not in by_first and "" not in by_first:
        assert _prefix_of(name, by_first) is None


def test_nothing_is_inside_no_quote() -> None:
    assert not any(_covers(_bounds([]), offset) for offset in range(-2, 50))
