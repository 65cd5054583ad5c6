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
    _names_around,
    _opens_sentence,
    _people_nouns,
)
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import NAMED
from newsstruct._names import Entity, resolve
from newsstruct._subjects import (
    _BY_TEXT,
    _FIXED_KEPT,
    Lexicon,
    _fixed_reading,
    _lexicon,
    _may_go_on_after_comma,
    _read_in_text,
    reading,
    subject_finder,
)
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


# --- the words read alike whatever follows them ---------------------------------------------

_WORDS = [
    "said", "says", "say", "was", "is", "'s", "has", "had", "will", "would", "plan", "plans",
    "due", "warns", "warn", "shows", "maneuvers", "class", "based", "united", "killed", "ed",
    "reds", "Bank", "bank", "it", "vows", "announces", "Said", "SAID", "\u00e9t\u00e9s",
    "'ll", "can't", "opens", "arrived", "went", "boss", "news", "",
]  # fmt: skip
_AFTER = [
    " it", " the", " to", " going", " arrested", " be", " been", " not", " have", " Kyiv",
    " only", " a", " 5", "", " ", " likely", " expected to", " mainly", " investigating",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_WORDS), st.lists(st.sampled_from(_AFTER), max_size=4).map("".join))
def test_a_fixed_reading_is_the_reading_in_any_text(word: str, after: str) -> None:
    lexicon = _lexicon(DEFAULT_CONFIG)
    fixed = _fixed_reading(word, lexicon)
    plain = _read_in_text(word, lexicon, after, 0)
    assert fixed in (_BY_TEXT, plain), (word, after)
    assert reading(word, lexicon, after, 0) == plain
    assert reading(word, lexicon, "x" + after, 1) == plain  # read again: kept


def test_fixed_readings_examples() -> None:
    lexicon = _lexicon(DEFAULT_CONFIG)
    assert _fixed_reading("said", lexicon) != _BY_TEXT
    assert _fixed_reading("was", lexicon) == _BY_TEXT
    assert _fixed_reading("maneuvers", lexicon) == _BY_TEXT
    assert _fixed_reading("Bank", lexicon) != _BY_TEXT


def test_the_readings_kept_are_bounded() -> None:
    base = _lexicon(DEFAULT_CONFIG)
    lexicon = Lexicon(base.acting, base.tense, base.verbs)
    assert not lexicon.fixed  # a new lexicon keeps no reading yet
    for i in range(_FIXED_KEPT + 5):
        reading(f"w{i}x", lexicon, "", 0)
    assert 0 < len(lexicon.fixed) <= _FIXED_KEPT
    # what is kept changes no reading: a word reads as on a fresh lexicon
    fresh = Lexicon(base.acting, base.tense, base.verbs)
    for word in ("said", "was", "Bank", "plans", "w3x"):
        assert reading(word, lexicon, " it", 0) == reading(word, fresh, " it", 0)


# --- the word after a name ------------------------------------------------------------------

_AFTER_NAME_PIECES = [
    "Acme", "Ann Lee", "Zeta", " ", "  ", "   ", "    ", ",", ", ", "said", "says", "is", "was",
    "has", "had", "a", "the", "and", "or", "of", "from", "at", "who", "which", "that", "also",
    "quickly", "only", "approve", "remain", "plan", "on", "Monday", "in", "'s", "'ll", "to",
    "going", "(", "a rival", ")", ".", "2009", "\u00e9t\u00e9", "\u00c9mile", "-", "officials",
    "with", "hedge", "fund", "won", " and Zeta", "  and Zeta", " said it", "  said", " of the ",
    "Acme  said", "Acme  and", "Acme  of Zeta", "Acme, the firm,", " which ", "Acme  also",
]  # fmt: skip
_after_name_texts = st.lists(st.sampled_from(_AFTER_NAME_PIECES), min_size=1, max_size=14)


@settings(max_examples=800, deadline=None)
@given(_after_name_texts.map("".join), st.booleans())
def test_a_name_acts_as_the_plain_rule_reads_what_follows_it(text: str, state: bool) -> None:
    # with no "by" before a name and no wiki quote marks after it, a name acts where a verb
    # of an acting subject follows it (past what may stand between them) and it stands in
    # no phrase: the fast readings of the word and the comma after it agree
    subjects = subject_finder(Document(text))
    folded = subjects.folded
    for name in re.finditer(r"[A-Z\u00c9][\w'-]*(?: [A-Z][\w'-]*)*", folded):
        start, end = name.span()
        spaced = start > 0 and folded[start - 1] == " "
        plain = subjects._verb_follows(start, end, state=state) and not (
            spaced and subjects.in_phrase(start)
        )
        assert subjects.acts(start, end, state=state) == plain, (text, name.group())


def test_a_word_after_more_space_examples() -> None:
    for text, acts in [
        ("Acme  said it", True), ("Acme   said it", True), ("Acme  is big", False),
        ("Acme  and Zeta said", True), ("Acme  also said", True), ("Acme    said", False),
        ("Acme  Zeta said", False), ("a unit of hedge fund Acme  said", False),
    ]:  # fmt: skip
        subjects = subject_finder(Document(text))
        assert subjects.acts(text.index("Acme"), text.index("Acme") + 4) is acts, text


# --- the fuller names of a short one --------------------------------------------------------

_NAME_WORDS = ["Southwest", "Airlines", "Home", "Office", "United", "Kingdom", "Court", "of",
               "Supreme", "Lee", "Ann", "", "A"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=4).map(" ".join)),
    st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3).map(" ".join),
)
def test_the_names_around_a_name_are_those_that_open_or_end_with_it(
    names: list[str], name: str
) -> None:
    names = list(dict.fromkeys(names))  # (the keys of a dict, as find_actors has them)
    plain = [n for n in names if n.startswith(name + " ") or n.endswith(" " + name)]
    assert _names_around(names).get(name, []) == plain


def test_names_around_examples() -> None:
    around = _names_around(["Southwest Airlines", "Lee Ann Lee", "Supreme Court of Pakistan"])
    assert around["Southwest"] == around["Airlines"] == ["Southwest Airlines"]
    assert around["Lee"] == ["Lee Ann Lee"]
    assert around["Supreme Court"] == ["Supreme Court of Pakistan"]
    assert "Court" not in around
