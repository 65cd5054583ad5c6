"""Subjects: whether a name is the subject of a verb, shared by actors and event agents."""

from __future__ import annotations

import random

import pytest
import regex

from newsstruct import Document
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._subjects import (
    _BY_BEFORE,
    _LIST_BEFORE,
    _LOWER_RUN,
    _OBJECT_BEFORE,
    _PREPOSITION_BEFORE,
    _SCANNED_WORDS,
    ACTING,
    MAYBE_ACTING,
    NOT_VERB,
    VERB,
    _lexicon,
    reading,
    subject_finder,
)
from newsstruct._text import midsentence_capitals


def acting(text: str, name: str) -> bool:
    start = text.index(name)
    return subject_finder(Document(text)).acts(start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "acts"),
    [
        ("Norway beat Iceland on Sunday.", "Norway", True),
        ("Norway beat Iceland on Sunday.", "Iceland", False),
        ("Freedonia is mainly rural.", "Freedonia", False),
        ("Freedonia is to hold elections.", "Freedonia", True),
        ("The mayor was questioned by the Acme Police on Monday.", "Acme Police", True),
        ("A plan by Acme Police failed.", "Acme Police", False),
        ("Drills in Ruritania involved 40 ships.", "Ruritania", False),
        ("Dana Wu, head of hedge fund Brio Capital said so.", "Brio Capital", False),
        ("Prices rose as Brio Capital, a rival, announced a merger.", "Brio Capital", True),
        ("Aid came from Freedonia, Ruritania and Sylvania who pledged funds.", "Sylvania", False),
        ("Migrants crossing the Channel last year drove claims up.", "Channel", False),
        ("Norway and Iceland have signed the treaty.", "Iceland", True),
        ("Dana Wu of the Green Party lost her seat.", "Dana Wu", True),
        ("Maria Lopez on Tuesday signed the order.", "Maria Lopez", True),
        ("Moscow says it will respond.", "Moscow", True),
        ("Crimea maneuvers included tanks.", "Crimea", False),
        ("Acme plans to expand.", "Acme", True),
        ("Acme plans were shelved.", "Acme", False),
        ("Germany's rate fell.", "Germany", False),
    ],
)
def test_acts(text: str, name: str, acts: bool) -> None:
    assert acting(text, name) is acts


@pytest.mark.parametrize(
    ("word", "after", "read"),
    [
        ("said", " it", ACTING),
        ("was", " arrested", VERB),
        ("was", " going", ACTING),
        ("would", " have been", VERB),
        ("'s", " rate", NOT_VERB),
        ("vows", " to", ACTING),  # a reporting verb
        ("rows", " to", MAYBE_ACTING),
        ("rows", " only", NOT_VERB),
        ("shows", " only", VERB),  # a form of a known verb, perhaps a plural noun
        ("plan", " is", VERB),  # a tense marker may be a noun: a verb, not acting
        ("based", " in", NOT_VERB),
        ("Bank", " said", NOT_VERB),
    ],
)
def test_reading(word: str, after: str, read: int) -> None:
    assert reading(word, _lexicon(DEFAULT_CONFIG), after, 0) == read


def test_verb_after_for_clause_subjects() -> None:
    text = "Acme was fined. Acme also left. Acme shares fell."
    subjects = subject_finder(Document(text))
    assert subjects.verb_after(4, len(text))  # a copula: a subject, though not acting
    assert subjects.verb_after(20, len(text), adverbials=True)
    assert not subjects.verb_after(20, len(text), adverbials=False)
    assert not subjects.verb_after(36, len(text))  # "shares": a plural noun
    assert subjects.verb_after(36, len(text), strict=False)


def test_passive_agent_and_inverted_speaker() -> None:
    text = 'He was arrested by the Acme Police. "It is over," said Dana Wu.'
    subjects = subject_finder(Document(text))
    agent = subjects.passive_agent(0, 34)
    assert agent is not None and agent.group("name") == "Acme Police"
    speaker = subjects.inverted_speaker(36, len(text) - 1)
    assert speaker is not None and speaker.group("name") == "Dana Wu"
    assert subjects.passive_agent(36, len(text)) is None


# --- the fast readings agree with the patterns they stand for --------------------------------

_TOKENS = [
    "in", "In", "IN", "İn", "acroſs", "of", "into", "within", "(in", "x-in", "2in", "_in",
    "the", "The", "hedge", "fund", "long-term", "as", "and", "or", "by", "By", "arrested",
    "crossing", "Acme", "Zeta", "Ab-c", "O'Neil", "é", "É", ",", ";", "\n", "  ", "Acme's",
    "acme", "from", "including",
]  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rnd.choice(_TOKENS) for _ in range(rnd.randint(1, 16))]
        out.append(" ".join(words).replace(" ,", ",") + " ")
    return out


def test_preposition_read_backwards_as_the_pattern() -> None:
    for text in _texts(1500, 1):
        subjects = subject_finder(Document(text))
        for start in range(1, len(text) + 1):
            if text[start - 1] != " ":
                continue
            lo = max(0, start - 40)
            expected = _PREPOSITION_BEFORE.search(text, lo, start) is not None
            assert subjects._in_phrase(start) is expected, (text, start)


@pytest.mark.parametrize(
    ("pattern", "window"), [(_BY_BEFORE, 40), (_OBJECT_BEFORE, 30), (_LIST_BEFORE, 160)]
)
def test_backward_patterns_match_as_forward_search(
    pattern: regex.Pattern[str], window: int
) -> None:
    forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    for text in _texts(800, 2):
        for start in range(1, len(text) + 1):
            lo = max(0, start - window)
            a, b = forward.search(text, lo, start), pattern.match(text, lo, start)
            assert (a is None) == (b is None), (text, start)
            if a is not None and b is not None:
                assert a.span() == b.span() and a.groups() == b.groups()


def test_written_words_as_the_whole_text_holds_them() -> None:
    for text in _texts(400, 3):
        doc = Document(text)
        capitals = midsentence_capitals(doc)
        lower = frozenset(_LOWER_RUN.findall(doc.folded))
        for word in set(_TOKENS) | set(doc.folded.split()):
            subjects = subject_finder(doc)
            subjects._written.clear()  # each word read from the text
            assert subjects.capitalised_inside(word) is (word in capitals), (text, word)
            assert subjects.written_lowercase(word) is (word.lower() in lower), (text, word)


def test_many_words_are_looked_up_in_one_collection() -> None:
    words = [f"Name{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(3 * _SCANNED_WORDS)]
    text = "and " + " and ".join(words) + "."
    subjects = subject_finder(Document(text))
    assert all(subjects.capitalised_inside(w) for w in words)
    assert not subjects.capitalised_inside("Namezz")
    assert len(subjects._written) == len(words) + 1


def test_no_verb_follows_a_name_before_other_characters() -> None:
    # ``acts`` answers at once for a name followed by none of the characters that open
    # what ``_verb_follows`` reads: it finds no verb there either
    pieces = [*_TOKENS, "said", "'s", ".", "-", "(", ")", '"', "who", "on", "Monday", "also"]
    rnd = random.Random(4)
    for _ in range(600):
        text = "".join(rnd.choice(pieces) + rnd.choice(("", " ", " ", ",")) for _ in range(12))
        subjects = subject_finder(Document(text))
        folded = subjects.folded
        for end in range(1, len(folded) + 1):
            if folded[end : end + 1] not in (" ", ",", "("):
                assert not subjects._verb_follows(max(0, end - 4), end), (text, end)
