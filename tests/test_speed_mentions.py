"""The short paths of mention finding, resolution and actors read what the longer ones read.

Each test sets a short path against the pattern or the word-by-word reading it stands for,
over texts made of pieces that reach its edges: ASCII and wider letters, symbols such as
"\u20ac", marks, titles in odd case, dotted titles, doubled spaces and brackets.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct._actors import _NAME_WORD, _owners
from newsstruct._actors import _words as actor_words
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _DETS,
    _DETS_LOWER,
    _GLUED_DET,
    _NOUN_END,
    _RUN,
    _WORDS,
    ACRONYM,
    _acronyms,
    _det_before,
    _ends_sentence,
    _in_lowercase,
    _one_of_a_people,
    _opens_common,
    _role_before,
    _runs,
    _scan,
    _word_before,
    ascii_words,
    vocab,
)
from newsstruct._names import _NUMBER, _names_thing, _thing_heads, resolve
from newsstruct._subjects import (
    _ACTS,
    _ADVERBS,
    _APPOSITIVE,
    _ASCII_NEXT_WORD,
    _BY_BEFORE,
    _BY_LAST,
    _CLAUSE_OPENING,
    _COORDINATED,
    _NEXT_WORD,
    _POSTMODIFIER,
    _RELATIVE,
    _RELATIVE_STARTS,
    _SKIPPED,
    _VERB_FOLLOWS_FROM,
    _WHEN,
    _WHEN_STARTS,
    Subjects,
    reading,
    subject_finder,
)
from newsstruct._text import Document

_V = vocab(DEFAULT_CONFIG)

#: Brackets, spaces (weighted three to one), commas and stops between the pieces of a
#: random text, for the fast-path tests of mentions and of quotes.
SEPARATORS = [
    "(IEA)",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    ",",
    ", ",
    ".",
    ". ",
]
_PIECES = [
    "Ann",
    "Lee",
    "Obama",
    "Acme",
    "Corp",
    "Bank",
    "World War",
    "III",
    "2010",
    "eBay",
    "al-",
    "McDonald",
    "Russian",
    "Dane",
    "European",
    "the",
    "The",
    "a",
    "A",
    "an",
    "An",
    "UkraineAn",
    "his",
    "one",
    "of",
    "and",
    "by",
    "in",
    "said",
    "says",
    "was",
    "will",
    "arrested",
    "who",
    "on Monday",
    "also",
    "he",
    "she",
    "it",
    "they",
    "official",
    "officials",
    "police",
    "Police",
    "spokesman",
    "spokesMan",
    "minister",
    "Minister",
    "gov.",
    "Gen.",
    "mp",
    "lt",
    "U.S.",
    "Mr.",
    "unidentified",
    *SEPARATORS,
    "'",
    "'s",
    "-",
    "\n",
    '"',
    "5",
    "\u20ac",
    "\u00a3",
    "\u00c9mile",
    "\u00e9",
    "Zo\u00eb",
    "\u0130",
    "\u0301",
    "\u00b2",
    "\u2019",
]
_ASCII_PIECES = [p for p in _PIECES if p.isascii()]
_SYMBOL_PIECES = [*_ASCII_PIECES, "\u20ac", "\u00a3", "\u2019", "\u00d7"]

texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)
symbol_texts = st.lists(st.sampled_from(_SYMBOL_PIECES), min_size=1, max_size=40).map("".join)


def _texts(seed: int, count: int, pieces: list[str] = _PIECES) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(count)]


# --- names ------------------------------------------------------------------------------------


_WIDE = regex.compile(r"[\p{L}\p{M}\p{N}]")


@given(st.one_of(texts, symbol_texts))
def test_ascii_words_finds_every_wide_letter_mark_and_digit(text: str) -> None:
    wide = any(not c.isascii() for c in _WIDE.findall(text))
    assert ascii_words(text) is not wide


@given(st.one_of(texts, symbol_texts))
def test_runs_read_what_the_run_pattern_reads(text: str) -> None:
    folded = Document(text).folded
    want = [m.span() for m in _RUN.finditer(folded)]
    assert [m.span() for m in _runs(folded)] == want
    assert [m.span() for m in _runs(folded, ascii_words(folded))] == want


def test_runs_of_capitals_in_wide_texts_read_what_the_run_pattern_reads() -> None:
    for text in [*_texts(11, 400), "\u00c9mile Zola met \u00c9ve of Cr\u00e9dit Agricole"]:
        folded = Document(text).folded
        assert [m.span() for m in _runs(folded, False)] == [
            m.span() for m in _RUN.finditer(folded)
        ]


def test_scan_of_texts_with_symbols_matches_the_word_pattern() -> None:
    for text in [*_texts(12, 300, _SYMBOL_PIECES), *_texts(13, 100)]:
        doc = Document(text)
        buckets: tuple[list[tuple[int, int, str]], ...] = ([], [], [])
        for m in _WORDS.finditer(doc.folded):
            for b in _V.word_kinds.get(m.group(), ()):
                buckets[b].append((m.start(), m.end(), m.group()))
        found = _scan(doc, _V)
        assert [list(found.heads), list(found.pronouns), list(found.verbs)] == list(buckets)


def _role_before_by_words(
    folded: str, start: int, word_before: Callable[[str, int], tuple[str, int]] = _word_before
) -> int | None:
    """``_role_before`` read word by word with ``word_before``, without a test of the
    letters before."""
    word, pos = word_before(folded, start)
    if not word or not word[0].islower() or _V.titles.get(word.lower()) != "title":
        return None
    for _ in range(5):
        w, p = word_before(folded, pos)
        if w and _ends_sentence(w, _V.titles):
            break
        if w and (
            (w[0].isupper() and w.rstrip(".") not in _V.non_names)
            or w.rstrip(".").lower() in _V.titles
            or w.endswith("'s")
        ):
            pos = p
        else:
            break
    return pos


def test_role_before_tests_the_last_letters_as_the_titles_end() -> None:
    extra = ["the spokesman Ned", "gov. Ann", "mp Ann", "(lt Ann", "a\u0130 Lee", "spokesMan Lee"]
    for text in [*_texts(14, 300), *extra]:
        folded = Document(text).folded
        for start in range(len(folded) + 1):
            assert _role_before(folded, start, _V) == _role_before_by_words(folded, start)


def test_one_of_a_people_rejects_only_words_that_are_not_a_or_an() -> None:
    for text in [*_texts(15, 300), "is a Dane who", "(an Australian, ", "xa Dane"]:
        folded = Document(text).folded
        for start in range(len(folded) + 1):
            for end in range(start, min(len(folded), start + 8) + 1):
                want = _word_before(folded, start)[0] in ("a", "A", "an", "An") and bool(
                    _NOUN_END.match(folded, end)
                )
                assert _one_of_a_people(folded, start, end) == want


def _det_before_by_words(folded: str, head: int) -> tuple[str | None, int]:
    pos = head
    for _ in range(4):
        w, p = _word_before(folded, pos)
        if not w or len(w) > 24 or _ends_sentence(w, _DETS_LOWER):
            break
        if w in _DETS:
            return w, p
        glued = _GLUED_DET.search(w) if w.endswith(("The", "An", "A")) else None
        if glued is not None:
            return glued.group(1), p + glued.start(1)
        pos = p
    return None, head


def test_det_before_reads_the_words_before_as_word_before_does() -> None:
    long_word = "x" * 30
    extra = [f"the {long_word} official", "U.S. officials", "the talks failed. Saudi officials"]
    for text in [*_texts(16, 300), *extra]:
        folded = Document(text).folded
        for head in range(len(folded) + 1):
            assert _det_before(folded, head) == _det_before_by_words(folded, head)


def test_common_opener_reads_the_sentence_start_as_before() -> None:
    for text in _texts(17, 200):
        doc = Document(text)
        folded = doc.folded
        for start in range(len(folded)):
            for name in ("Police", "The", "Grateful"):
                sentence = doc.sentence_at(start)
                want = (
                    start == 0
                    or folded[start - 1] in "\n\"'("
                    or (start if sentence is None else sentence.start) == start
                ) and _in_lowercase(doc, name.lower())
                assert _opens_common(doc, start, name) == want


@given(st.one_of(texts, symbol_texts))
def test_acronyms_are_the_matches_of_the_acronym_pattern(text: str) -> None:
    folded = Document(text + " (IEA) x  (UN)").folded
    assert [m.span() for m in _acronyms(folded)] == [m.span() for m in ACRONYM.finditer(folded)]


# --- actors -----------------------------------------------------------------------------------


def _names_thing_by_words(name: str, heads: frozenset[str]) -> bool:
    words = name.split(" ")
    if len(words) > 2 and _NUMBER.fullmatch(words[-1]):
        words.pop()
    elif len(words) > 1 and words[:-1] != [""] and len(words[-1]) == 1 and words[-1].isupper():
        words.pop()  # "Plan B": a letter after the word
    return words[-1] in heads


@given(st.lists(st.sampled_from([*_PIECES, "War", "Act", "IV", "1\u00b2", "\u0661"]), max_size=6))
def test_names_thing_reads_the_last_word_as_before(words: list[str]) -> None:
    heads = _thing_heads(DEFAULT_CONFIG) | {"War"}
    for name in (" ".join(words), "".join(words)):
        assert _names_thing(name, heads) == _names_thing_by_words(name, heads)


@given(st.one_of(texts, symbol_texts))
def test_actor_words_are_the_words_of_the_name_pattern(name: str) -> None:
    want = [w for w in _NAME_WORD.findall(name.lower()) if w not in ("the", "a", "an")]
    assert actor_words(name) == want


def test_owners_are_the_entities_the_index_gives() -> None:
    for text in [*_texts(18, 200), "Ann Lee left. She said Lee would go. Lee Lee Lee."]:
        entities = resolve(Document(text))
        owners, own = _owners(entities)
        assert owners == [entities.entity_of(m) for m in entities.mentions]
        spans_own = all(
            e is None or any(s is m for s in e.spans)
            for m, e in zip(entities.mentions, owners, strict=True)
        )
        assert own == spans_own


# --- subjects ---------------------------------------------------------------------------------


def test_ascii_next_word_matches_the_next_word_pattern() -> None:
    for text in _texts(19, 300, _SYMBOL_PIECES):
        folded = Document(text).folded
        assert ascii_words(folded)
        for pos in range(len(folded) + 1):
            want = _NEXT_WORD.match(folded, pos, min(len(folded), pos + 240))
            got = _ASCII_NEXT_WORD.match(folded, pos, min(len(folded), pos + 240))
            assert (want and (want.span(), want.group(1))) == (got and (got.span(), got.group(1)))


def _verb_follows_by_patterns(s: Subjects, start: int, end: int) -> bool:
    """``Subjects._verb_follows`` trying every pattern, as it read before its short paths."""
    folded = s.folded
    stop = min(len(folded), end + 240)
    pos = end
    for _ in range(2):
        if not ("," in folded[pos : pos + 2] or "(" in folded[pos : pos + 3]):
            break
        ap = _APPOSITIVE.match(folded, pos, stop)
        if ap is None:
            break
        pos = ap.end()
    if folded.startswith((",", " and ", " or "), pos):
        both = _COORDINATED.match(folded, pos, stop)
        if both is not None and _CLAUSE_OPENING.search(folded, max(0, start - 12), start):
            pos = both.end()
    if folded.startswith((" of ", " from ", " at "), pos):
        post = _POSTMODIFIER.match(folded, pos, stop)
        if post is not None:
            pos = post.end()
    if folded.startswith(_RELATIVE_STARTS, pos):
        rel = _RELATIVE.match(folded, pos, stop)
        if rel is not None:
            pos = rel.end() - 1
    following = folded[pos + 1 : pos + 2]
    if following.isupper() or following in _WHEN_STARTS:
        when = _WHEN.match(folded, pos, stop)
        if when is not None:
            pos = when.end()
    for _ in range(3):
        nxt = _NEXT_WORD.match(folded, pos, stop)
        if nxt is None:
            break
        word = nxt.group(1)
        if word.lower() in _ADVERBS:
            pos = nxt.end()
            continue
        return reading(word, s.lexicon, folded, nxt.end()) in _ACTS
    return False


def _acts_by_patterns(s: Subjects, start: int, end: int) -> bool:
    """``Subjects.acts`` trying every pattern, as it read before its short paths."""
    folded = s.folded
    spaced = start > 0 and folded[start - 1] == " "
    tail = ""
    if spaced and folded[start - 2 : start - 1] in _BY_LAST:
        tail = folded[max(0, start - 40) : start].rstrip(" ")[-3:].lower()
        if tail.endswith(("by", "the")):
            by = _BY_BEFORE.match(folded, max(0, start - 40), start)
            if by is not None:
                agent = by.group(1).lower()
                return agent.endswith("ed") or agent in s.lexicon.acting
    after = folded[end : end + 1]
    if after == " ":
        nxt = _NEXT_WORD.match(folded, end, min(len(folded), end + 240))
        if nxt is not None and nxt.start(1) == end + 1:
            word = nxt.group(1)
            if word[:1].islower() and word not in _SKIPPED and word.lower() not in _ADVERBS:
                if reading(word, s.lexicon, folded, nxt.end()) not in _ACTS:
                    return False
                return not (spaced and s.in_phrase(start, tail))
    elif after not in _VERB_FOLLOWS_FROM:
        return False
    if not _verb_follows_by_patterns(s, start, end):
        return False
    return not (spaced and s.in_phrase(start, tail))


_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'.-]*(?:[ ]\p{Lu}[\p{L}\p{M}'.-]*)*|\b[hs]he\b")


def test_acts_reads_what_every_pattern_reads() -> None:
    sentences = [
        "Acme said it would go.",
        "Acme  said so.",
        "Acme 5 times.",
        "Acme . said",
        "Acme, a rival, on Monday also said",
        "Acme 've gone",
        "Acme \u00e9tait",
        "Acme \u2167 said",
        "Norway and Sweden have won, and he was arrested by Finland.",
    ]
    for text in [*sentences, *_texts(20, 400), *_texts(21, 200, _SYMBOL_PIECES)]:
        subjects = subject_finder(Document(text))
        folded = subjects.folded
        for m in _CAPITALISED.finditer(folded):
            start, end = m.span()
            assert subjects.acts(start, end) == _acts_by_patterns(subjects, start, end), (
                text,
                m.group(),
            )
            assert subjects._verb_follows(start, end) == _verb_follows_by_patterns(
                subjects, start, end
            )
