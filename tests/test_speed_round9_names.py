"""The short paths of entity resolution (round 9) agree with the plain rules they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import vocab
from newsstruct._names import (
    _IN_BEFORE,
    _IN_ENDS,
    _MODEL_NAME,
    _NUMBER,
    _OWNED_BODY,
    _TOLD,
    _TOLD_ENDS,
    Entity,
    _all_initials,
    _entity,
    _head_word,
    _HeadWords,
    _initials,
    _names_thing,
    _no_group_names,
    _org_aliases,
    _owned_initials,
    _sentence_around,
    _shared,
    _thing_heads,
    resolve,
)
from newsstruct._text import Document

# --- the head word of a name ---------------------------------------------------------------


def _head_by_words(name: str) -> str:
    """The plain rule: the last word, or the one before a number or a single capital."""
    words = name.split(" ")
    if (len(words) > 2 and _NUMBER.fullmatch(words[-1])) or (len(words) > 1 and words[:-1] != [""] and len(words[-1]) == 1 and words[-1].isupper()):
        words.pop()
    return words[-1]


_NAME_PIECES = ["World", "War", "III", "Plan", "B", "Act", "2", "1\u00b2", "x", "Acme", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=5))
def test_head_word_reads_as_the_words(words: list[str]) -> None:
    heads = _thing_heads(DEFAULT_CONFIG) | {"War"}
    for name in (" ".join(words), "".join(words)):
        assert _head_word(name) == _head_by_words(name)
        assert _HeadWords()[name] == _head_by_words(name)
        assert _names_thing(name, heads) == (_head_by_words(name) in heads)


def test_shared_tables_empty_when_large() -> None:
    table = {str(i): "x" for i in range(5)}
    assert _shared(table) is table and len(table) == 5
    import newsstruct._names as names

    table = {str(i): "x" for i in range(names._SHARED_MAX + 1)}
    assert _shared(table) == {}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Pontiff", "the", "VoteMaster-TS", "Boeing", "737", "Acme"]),
                min_size=1, max_size=3).map(" ".join))
def test_no_group_names_read_as_the_test(name: str) -> None:
    titles = vocab(DEFAULT_CONFIG).titles
    plain = titles.get(name.lower()) == "title" or _MODEL_NAME.search(name) is not None
    assert _no_group_names(DEFAULT_CONFIG)[name] == plain


# --- pre-checks before the patterns that look back from a name -----------------------------

_BEFORE_PIECES = [" ", "  ", "told", "tells", "telling", "foretold", "the", "The", "in", "In",
                  "pin", "x", ",", "\u00e9", "said"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=8).map("".join))
def test_endings_before_told_and_in_are_necessary(text: str) -> None:
    for end in range(len(text) + 1):
        for back in (8, 12):
            start = max(0, end - back)
            if _TOLD.search(text, start, end) is not None:
                assert text.endswith(_TOLD_ENDS, start, end), (text, start, end)
            if _IN_BEFORE.search(text, start, end) is not None:
                assert text.endswith(_IN_ENDS, start, end), (text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "country's", "nation's", "state's", "country",
                                 "'s", " ", "emergency", "agency", "x"]), max_size=7)
       .map("".join))
def test_owned_body_needs_its_possessive(text: str) -> None:
    # the description _OWNED_BODY reads holds one of the three possessives followed by a space
    if _OWNED_BODY.fullmatch(text) is not None:
        assert any(p in text for p in ("country's ", "nation's ", "state's "))


def test_described_body_joins_the_organisation_named_next() -> None:
    doc = Document("Floods hit the coast, the country's emergency agency said. The National "
                   "Emergency Management Agency said more rain would come. It warned people.")
    ents = resolve(doc)
    agency = next(e for e in ents if e.name == "National Emergency Management Agency")
    texts = [m.text for m in agency.spans]
    assert texts[:2] == ["the country's emergency agency", "National Emergency Management Agency"]
    assert [m.start for m in agency.spans] == sorted(m.start for m in agency.spans)
    for m in agency.spans:
        assert ents.entity_of(m) is agency


# --- acronyms of an organisation's name ------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["US", "Food", "and", "Drug", "Administration", "&", "Johnson",
                                 "Bank", "of", "America", "X"]), min_size=1, max_size=6)
       .map(" ".join))
def test_org_aliases_read_as_the_three_rules(name: str) -> None:
    plain = {_initials(name), _all_initials(name), _owned_initials(name)} - {""}
    assert _org_aliases(name) == plain


# --- building entities and their order ---------------------------------------------------------


def test_entity_maker_builds_what_the_constructor_does() -> None:
    doc = Document("Ann Lee spoke.")
    m = resolve(doc).mentions[0]
    for args in (("Ann Lee", "person", None, (m,), "female"), ("Acme", "organisation", "x", (), None)):
        made, plain = _entity(*args), Entity(*args)
        assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)


_TEXT_PIECES = ["Ann Lee", "Lee", "Bo Park", "Park", "she", "he", "it", "they", "Acme Corp",
                "Acme", "the company", "the minister", "Foreign Minister Dan Cho", "Cho", "said",
                "met", "in Kenya", "the country's emergency agency", "Emergency Agency", ".",
                ",", "and"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=24).map(" ".join))
def test_entities_come_in_order_of_their_first_mentions(text: str) -> None:
    ents = resolve(Document(text))
    owners = ents.owners()
    position = {id(m): i for i, m in enumerate(ents.mentions)}
    firsts = [position[id(e.spans[0])] for e in ents.entities]
    assert firsts == sorted(firsts)  # the plain order: by each entity's first mention
    for e in ents.entities:
        # an entity's spans are the mentions resolved to it, in order
        assert list(e.spans) == [m for m, o in zip(ents.mentions, owners, strict=True) if o is e]


# --- the sentence of a mention -----------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ann left.", "Bo stayed!", " ", "\n\n", "Then x", "?", "A."]),
                max_size=10).map("".join))
def test_sentence_around_holds_for_its_bounds(text: str) -> None:
    doc = Document(text)
    for offset in range(len(text) + 1):
        k, sent, low, high = _sentence_around(doc, offset)
        assert k == doc.sentence_index(offset)
        assert sent == (doc.sentences[k] if k < len(doc.sentences) else None)
        assert low <= offset < high
        for other in range(max(0, low), min(high, len(text) + 1)):
            assert doc.sentence_index(other) == k, (text, offset, other)
        if low > 0:
            assert doc.sentence_index(low - 1) != k
        if high <= len(text):
            assert doc.sentence_index(high) != k
