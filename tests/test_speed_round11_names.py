"""The short paths of entity resolution (round 11) agree with the plain rules they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import Mention, vocab
from newsstruct._names import (
    Entity,
    _entities_of,
    _entity,
    _proper_modifier,
    _without_initials,
    resolve,
)
from newsstruct._text import Document

# --- the entities made in one loop ---------------------------------------------------------------

_NAMES = st.sampled_from(["Ann Lee", "Acme", "the ministry", "he", "World Health Organisation"])
_KINDS = st.sampled_from(["person", "organisation", "name", "role", "pronoun"])
_ROLES = st.one_of(st.none(), st.sampled_from(["minister", "the EU's top diplomat"]))
_GENDERS = st.sampled_from(["male", "female"])
_MENTION = Mention(0, 7, "Ann Lee", "person", "Ann Lee")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(_NAMES, _KINDS, _ROLES, st.integers(0, 3)), max_size=8),
    st.dictionaries(st.integers(0, 9), _GENDERS, max_size=4),
    st.data(),
)
def test_entities_of_makes_what_the_constructor_makes(
    fields: list[tuple[str, str, str | None, int]], genders: dict[int, str], data: st.DataObject
) -> None:
    names = [f[0] for f in fields]
    kinds = [f[1] for f in fields]
    roles = [f[2] for f in fields]
    spans = [[_MENTION] * f[3] for f in fields]
    order = data.draw(st.permutations(range(len(fields))))
    made = _entities_of(order, names, kinds, roles, spans, genders)
    plain = tuple(
        Entity(names[e], kinds[e], roles[e], tuple(spans[e]), genders.get(e)) for e in order
    )
    assert made == plain
    assert made == tuple(
        _entity(names[e], kinds[e], roles[e], tuple(spans[e]), genders.get(e)) for e in order
    )
    assert all(type(e) is Entity for e in made)
    assert [repr(e) for e in made] == [repr(e) for e in plain]


# --- the entities in the order of their first mentions -------------------------------------------

_PIECES = ["Ann Lee", "Lee", "he", "she", "it", "they", "the minister", "Acme Corp", "Acme",
           "the company", "Foreign Minister Bo Park", "Park", "the World Health Organisation",
           "(WHO)", "WHO", "police", "the country's health agency", "the National Health Agency",
           "said", "left", "and", ",", ".", " ", '"', "Kenya", "in", "the report"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join))
def test_entities_come_in_the_order_of_their_first_mentions(text: str) -> None:
    """The order resolution keeps as it goes is the plain order: each entity where ``owners``
    first names it."""
    ents = resolve(Document(text))
    first = {id(e): e for e in ents.owners() if e is not None}
    assert [id(e) for e in ents.entities] == list(first)
    assert all(e.spans for e in ents.entities)
    # each mention's entity holds it, and the entities' mentions are all the resolved ones
    owners = ents.owners()
    assert sum(len(e.spans) for e in ents.entities) == sum(o is not None for o in owners)


# --- the sentence of a mention, and a name of two words ------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ann left.", "Bo stayed!", " ", "\n\n", "Then x", "?", '"']),
                max_size=8).map("".join))
def test_sentence_starts_are_the_starts_of_the_sentences(text: str) -> None:
    """Resolution bisects the document's own list of sentence starts."""
    doc = Document(text)
    assert doc.sentence_starts == [s.start for s in doc.sentences]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ann", "Lee", "W.", "J", "George", "al-Zarqawi", "Bush", ""]),
                min_size=2, max_size=4).map(" ".join))
def test_a_name_of_two_words_keeps_its_initials(name: str) -> None:
    """A name of one space is its own :func:`_without_initials` (what resolution skips)."""
    if name.count(" ") == 1:
        assert _without_initials(name) == name


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["party", "Party", "government", "Liberal", "US", "UN", "company", "X",
                        "Chinese", "ministry", ""]))
def test_a_description_of_one_word_has_no_proper_modifier(word: str) -> None:
    """What resolution skips for a description of one word ("the ministry")."""
    v = vocab(DEFAULT_CONFIG)
    assert _proper_modifier(word, v.places, v.demonyms) is False
