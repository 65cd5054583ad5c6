"""The short paths of the actors and of the subjects (eleventh speed round) agree with the
plain rules they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._actors import (
    _AGENT_AFTER_PLACE,
    _AGENT_FIRST,
    _BODY_GROUPS,
    _MODIFIED_BODIES,
    _PLURAL_AFTER,
    _STATE_BODIES,
    _UNMODIFIED_BODIES,
    _modifies_people,
    _opens_sentence,
    _people_nouns,
)
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import NAMED
from newsstruct._names import Entity, resolve
from newsstruct._subjects import _may_go_on_after_comma, subject_finder
from newsstruct._text import Document

# --- the comma after a name -----------------------------------------------------------------

_COMMA_PIECES = [
    "Acme", "Ann Lee", "Zeta", ",", ", ", " ", "  ", "the", "a", "an", "his", "its", "their",
    "who", "which", "whose", "that", "both", "all", "and", "or", "other", "officials", "said",
    "saying", "says", "will", "later", "on", "Monday", "of", "from", "2009", "(", ")", "firm",
    "\u00c9mile", "\u00e9t\u00e9", "\u0661", "-", "'", "Ltd", "rival", ".",
]  # fmt: skip
_comma_texts = st.lists(st.sampled_from(_COMMA_PIECES), min_size=1, max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(_comma_texts, st.booleans())
def test_no_verb_follows_a_name_where_nothing_may_go_on_after_its_comma(
    text: str, state: bool
) -> None:
    # wherever the fast test says nothing may follow the comma after a name, the full
    # reading of what follows the name finds no verb
    subjects = subject_finder(Document(text))
    folded = subjects.folded
    for name in re.finditer(r"[A-Z\u00c9][\w'-]*(?: [A-Z][\w'-]*)*", folded):
        end = name.end()
        if folded[end : end + 1] == "," and not _may_go_on_after_comma(folded, end):
            assert not subjects._verb_follows(name.start(), end, state=state), (text, end)


def test_what_may_go_on_after_a_comma_examples() -> None:
    for text, goes_on in [
        ("Acme, the firm, said", True), ("Acme, a rival, said", True), ("Acme, and Zeta", True),
        ("Acme, Zeta and Brio said", True), ("Acme, which", True), ("Acme, 2009", True),
        ("Acme,  and Zeta", True), ("Acme, \u00c9mile", True), ("Acme, said", False),
        ("Acme, saying", False), ("Acme,said", False), ("Acme,", False), ("Acme, ", False),
        ("Acme, (a rival)", False), ("Acme, -", False),
    ]:  # fmt: skip
        assert _may_go_on_after_comma(text, 4) is goes_on, text


# --- a state's agents after a place's name --------------------------------------------------

_AGENT_WORDS = re.findall(r"[a-z]{2,}", _AGENT_AFTER_PLACE.pattern)


def test_the_first_letters_of_a_states_agents_are_those_of_the_pattern() -> None:
    assert {w[0] for w in _AGENT_WORDS} == _AGENT_FIRST


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_AGENT_WORDS, "US", " ", "  ", "air strike", "Army", "x", ","]),
        max_size=6,
    ).map(" ".join)
)
def test_a_states_agents_open_on_a_space_and_a_first_letter(text: str) -> None:
    for at in range(len(text) + 1):
        if _AGENT_AFTER_PLACE.match(text, at, min(len(text), at + 50)) is not None:
            assert text.startswith(" ", at) and text[at + 1 : at + 2] in _AGENT_FIRST


# --- one-word names before a group noun -----------------------------------------------------


def test_the_bodies_no_group_noun_makes_common_words() -> None:
    assert _UNMODIFIED_BODIES == _STATE_BODIES | _BODY_GROUPS | _MODIFIED_BODIES


def _modifies_people_reference(doc: Document, entity: Entity, people: frozenset[str]) -> bool:
    """The plain rule: a one-word name (or a body's noun) only ever opening its sentence
    right before a plural noun of a group."""
    if " " in entity.name:
        return False
    if entity.kind == "organisation":
        if entity.name.lower() in _STATE_BODIES | _BODY_GROUPS | _MODIFIED_BODIES:
            return False
        named = [m for m in entity.spans if m.kind in NAMED or m.kind == "body"]
        if any(m.kind != "body" for m in named):
            return False
    elif entity.kind == "name":
        named = [m for m in entity.spans if m.kind in NAMED]
    else:
        return False
    return bool(named) and all(
        (after := _PLURAL_AFTER.match(doc.folded, m.end)) is not None
        and after.group(1) in people
        and _opens_sentence(doc, m)
        for m in named
    )


_PEOPLE_PIECES = [
    "Aid", "groups", "say", "Opposition", "politicians", "accused", "Hospital", "workers",
    "Police", "officers", "Acme", "Army", "the", ".", ",", "  ", "said", "\u00c9mile",
    "\u00e9tudiants", "Ministry", "officials", "Ann Lee",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PEOPLE_PIECES), min_size=1, max_size=14).map(" ".join))
def test_modifies_people_reads_as_the_plain_rule(text: str) -> None:
    doc = Document(text)
    people = _people_nouns(DEFAULT_CONFIG)
    for entity in resolve(doc).entities:
        assert _modifies_people(doc, entity, people) == _modifies_people_reference(
            doc, entity, people
        ), (text, entity.name)


def test_modifies_people_examples() -> None:
    text = "Aid groups say the plan fails. Acme said so."
    doc = Document(text)
    people = _people_nouns(DEFAULT_CONFIG)
    verdicts = {e.name: _modifies_people(doc, e, people) for e in resolve(doc).entities}
    assert verdicts.get("Aid") is True
    assert verdicts.get("Acme") is False
