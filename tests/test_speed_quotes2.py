"""The short paths of quote extraction and name resolution read what the longer ones read.

Each test sets a short path against the pattern or the plain reading it stands for, over
texts made of pieces that reach its edges: prepositions and determiners before names,
brackets, doubled spaces, roles set before names, commas, wider letters and marks.
"""

from __future__ import annotations

import bisect
import random

from hypothesis import given
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._mentions import (
    _WORD_BACK,
    _role_before,
    _word_back,
    _word_before,
    vocab,
)
from newsstruct._names import resolve
from newsstruct._quote_patterns import (
    AND_THAT,
    APPOSITIVE,
    DETERMINERS,
    GAP,
    LETTERS,
    NOT_CLAUSE,
    PASSIVE,
    PREP_THAT,
    PREPOSITION,
    SUBORDINATE,
    WORD_RE,
)
from newsstruct._subjects import (
    _MODIFIER,
    _NOT_MODIFIER_SET,
    _PREPOSITION_BEFORE,
    _is_modifier,
    subject_finder,
)
from newsstruct._text import Document
from newsstruct.quotes import (
    _JOINED_AFTER_COMMA,
    _WORD_OPENINGS_BUT_DETERMINERS,
    NAME_APPOSED,
    SENTENCE_OPENING,
    _and_that,
    _Found,
    _four_words,
    _lower_at,
    _may_end_passive,
    _may_follow_preposition,
    _Pass,
)
from tests.test_speed_mentions import SEPARATORS, _role_before_by_words

_V = vocab(DEFAULT_CONFIG)

_PIECES = [
    "Ann Lee",
    "Lee",
    "Pérez",
    "1\u0301",
    "Acme Corp",
    "spokesman",
    "spokesman Ned Price",
    "Foreign Minister Dmytro Kuleba",
    "the official",
    "officials",
    "police",
    "the report",
    "the",
    "The",
    "a",
    "an",
    "his",
    "their",
    "Mr.",
    "Mr",
    "Dr",
    "of",
    "for",
    "with",
    "with the",
    "to",
    "towards",
    "near",
    "in",
    "by",
    "and",
    "but",
    "while",
    "said",
    "says",
    "told",
    "saying",
    "added",
    "also",
    "he",
    "she",
    "it",
    "they",
    "on Monday",
    "who",
    "'s",
    "'s tweet",
    *SEPARATORS,
    ";",
    '"',
    '" ',
    "\n",
    "was",
    "were not",
    "is to",
    "been",
    "n't",
    "can't",
    "quickly",
    "Quickly",
    "(was",
    "that",
    "that,",
    "after",
    "as",
    "unless",
    "in the",
    "at a press conference",
    "in Moscow that",
    "after the talks that",
    "on",
    "Is",
    "and that",
    ", and that",
    ",and that",
]


def _text(rng: random.Random, size: int) -> str:
    out = []
    for _ in range(size):
        out.append(rng.choice(_PIECES))
        out.append(rng.choice([" ", " ", " ", "", "  ", ", "]))
    return "".join(out)


def _texts(seed: int, count: int, size: int = 30) -> list[str]:
    rng = random.Random(seed)
    return [_text(rng, rng.randint(1, size)) for _ in range(count)]


texts = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)


@given(texts, st.integers(0, 200))
def test_preposition_filter_admits_every_match(text: str, cut: int) -> None:
    end = min(cut, len(text))
    lo = max(0, end - 40)
    if PREPOSITION.search(text, lo, end) is not None:
        assert _may_follow_preposition(text, lo, end)


def test_preposition_filter_admits_every_match_in_long_texts() -> None:
    for text in _texts(1, 300):
        for end in range(len(text) + 1):
            lo = max(0, end - 40)
            if PREPOSITION.search(text, lo, end) is not None:
                assert _may_follow_preposition(text, lo, end), (text, end)


def test_gap_reads_a_lone_space() -> None:
    assert GAP.fullmatch(" ") is not None
    assert GAP.fullmatch("") is not None


@given(texts)
def test_gap_opens_on_a_space_a_bracket_an_apostrophe_or_a_comma(text: str) -> None:
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 60) + 1):
            if GAP.fullmatch(text, start, end) is not None:
                assert text[start] in " (',"


def test_gap_openings_in_long_texts() -> None:
    for text in _texts(11, 100, size=12):
        for start in range(len(text)):
            if text[start] in " (',":
                continue
            for end in range(start + 1, min(len(text), start + 80) + 1):
                assert GAP.fullmatch(text, start, end) is None


@given(texts)
def test_four_words_counts_as_findall(text: str) -> None:
    for start in range(0, len(text) + 1, 2):
        for end in range(start, len(text) + 1, 3):
            assert _four_words(text, start, end) is (len(WORD_RE.findall(text, start, end)) >= 4)


def test_a_word_opening_on_no_determiner_letter_is_no_determiner() -> None:
    for text in _texts(12, 200):
        for s in range(len(text)):
            if text[s] in _WORD_OPENINGS_BUT_DETERMINERS:
                for limit in (s + 1, s + 3, s + 80):
                    first = WORD_RE.search(text, s, limit)
                    assert first is not None and first.start() == s
                    assert first.group() not in DETERMINERS


def test_between_is_every_mention_inside() -> None:
    for text in _texts(2, 60, size=40):
        ents = resolve(Document(text))
        for start in range(0, len(text) + 1, 3):
            for end in range(start, min(len(text), start + 120) + 1, 5):
                want = tuple(m for m in ents.mentions if start <= m.start and m.end <= end)
                assert ents.between(start, end) == want
                i, j = ents.bounds(start, end)
                assert ents.mentions[i:j] == tuple(
                    m for m in ents.mentions if start <= m.start < end
                )


def _subject_by_every_mention(p: _Pass, clause: int, verb: int) -> object:
    """The subject as read by listing every usable mention of the clause first."""
    folded = p.folded
    head = LETTERS.match(folded, verb, verb + 24)
    with_ok = head is not None and head.group().endswith("ing")
    mentions = []
    for m in p.ents.between(clause, verb):
        after = p.preposition_before(m.start)
        if not after or (with_ok and folded[max(0, m.start - 5) : m.start] == "with "):
            mentions.append(m)
    best = None
    for m in reversed(mentions):
        gap = folded[m.end : verb]
        if gap.startswith(" ,"):
            gap = gap[1:]
        if not GAP.fullmatch(gap):
            continue
        if m.kind == "source" and folded[max(0, m.start - 3) : m.start] == "'s ":
            continue
        if "," in gap and any(
            x.end < m.start
            and folded[x.end : x.end + 1] == ","
            and not (
                x.kind in ("name", "organisation", "place")
                and m.kind == "person"
                and " " in m.name
                and NAME_APPOSED.fullmatch(folded, x.end, m.start)
                and SENTENCE_OPENING.fullmatch(folded, clause, x.start) is None
            )
            for x in mentions
        ):
            continue
        owner = [
            x
            for x in mentions
            if x.role_span is not None
            and x.role_span.start <= m.start
            and m.end <= x.role_span.end
        ]
        best = owner[0] if owner else m
        break
    if best is None:
        for m in mentions:
            if m.kind == "pronoun":
                continue
            app = APPOSITIVE.match(folded, m.end, verb)
            if (
                app is not None
                and GAP.fullmatch(folded[app.end() : verb])
                and _JOINED_AFTER_COMMA.match(folded, m.end, verb) is None
            ):
                best = m
                break
    if best is None or best.start > clause + 2:
        for x in p.ents.between(clause, verb)[:2]:
            if x.kind == "person":
                best = p.relative_opener(clause, verb, x) or best
                break
    if (
        best is not None
        and best.kind == "pronoun"
        and best.name == "it"
        and folded[best.start - 1 : best.start] != " "
        and best.start != clause
    ):
        return None
    if best is None:
        best = p.described(clause, verb)
    if best is None:
        comma = folded.rfind(", ", max(clause, verb - 80), verb)
        if comma >= 0:
            best = p.described(comma + 2, verb)
    return best


def test_subject_reads_what_every_mention_reads() -> None:
    for text in _texts(3, 200):
        p = _Pass(Document(text), DEFAULT_CONFIG)
        for vs, _, _ in p.verbs:
            for clause in {p.clause_start(vs), max(0, vs - 60), 0}:
                assert p.subject(clause, vs) == _subject_by_every_mention(p, clause, vs), (
                    text,
                    clause,
                    vs,
                )


def test_clause_start_reads_every_separator() -> None:
    seps = (";", '" ', '",', "\n", " while ", " whereas ", " but ", " But ")
    for text in _texts(4, 100):
        p = _Pass(Document(text), DEFAULT_CONFIG)
        for offset in range(len(text) + 1):
            sent = p.doc.sentence_at(offset)
            start = sent.start if sent is not None else max(0, offset - 200)
            start = max(start, offset - 250)
            for sep in seps:
                k = text.rfind(sep, start, offset)
                if k >= 0:
                    start = max(start, k + len(sep))
            assert p.clause_start(offset) == start


def test_add_keeps_quotes_in_order_as_insort_does() -> None:
    rng = random.Random(5)
    p = _Pass(Document("Lee said so."), DEFAULT_CONFIG)
    p.found = []
    want: list[_Found] = []
    for n in range(300):
        start = rng.choice([n, n, rng.randint(0, 300)])
        f = _Found(start, start + 1, "direct", (start, start + 1), None, None, None, str(n))
        p.add(f)
        bisect.insort(want, f, key=lambda x: x.start)
    assert [f.rule for f in p.found] == [f.rule for f in want]


_PHRASE_TOKENS = [
    "in", "In", "İn", "acroſs", "acroß", "of", "oF", "\u212aof", "of\u0301", "1\u0301",
    "i\u0301n", "on\u0301", "é", "éa", "a\u0301", "x-in", "2in", "(in", "the", "hedge",
    "fund", "long-term", "and", "as", "Pérez", "Acme", ",", "  ",
]  # fmt: skip


def test_in_phrase_reads_wide_words_as_the_pattern() -> None:
    rng = random.Random(6)
    for _ in range(1500):
        words = [rng.choice(_PHRASE_TOKENS) for _ in range(rng.randint(1, 10))]
        text = " ".join(words) + " "
        subjects = subject_finder(Document(text))
        for start in range(1, len(text) + 1):
            if text[start - 1] != " ":
                continue
            expected = _PREPOSITION_BEFORE.search(text, max(0, start - 40), start) is not None
            assert subjects._in_phrase(start) is expected, (text, start)


@given(st.text(alphabet="asZ1-é\u0301\u212a\u017f'", min_size=1, max_size=6))
def test_modifier_reads_wide_words_as_the_pattern(word: str) -> None:
    assert _is_modifier(word) is (
        word not in _NOT_MODIFIER_SET and _MODIFIER.fullmatch(word) is not None
    )


def _word_by_pattern(folded: str, start: int) -> tuple[str, int]:
    """The word one space before ``start``: a plain word after a space, else what the
    backward pattern reads."""
    if start < 2 or folded[start - 1] != " ":
        return "", start
    space = folded.rfind(" ", max(0, start - 42), start - 1)
    plain = folded[space + 1 : start - 1] if space >= 0 else ""
    if plain.isalpha():
        return plain, space + 1
    m = _WORD_BACK.match(folded, max(0, start - 41), start - 1)
    return ("", start) if m is None else (m.group(), m.start())


def _role_before_by_pattern(folded: str, start: int) -> int | None:
    """``_role_before`` read word by word with :func:`_word_by_pattern`."""
    return _role_before_by_words(folded, start, _word_by_pattern)


def test_word_before_reads_wide_words_as_the_pattern() -> None:
    rng = random.Random(7)
    pieces = ["1\u0301", "Pérez", "said", "U.S.", "O'Neil", "-", "é", "\u0301", "spokesman", "of"]
    for _ in range(500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + " X"
        for start in range(len(text)):
            want = _word_by_pattern(text, start)
            assert _word_before(text, start) == want
            if start >= 2 and text[start - 1] == " ":
                space = text.rfind(" ", max(0, start - 42), start - 1)
                if not (space >= 0 and text[space + 1 : start - 1].isalpha()):
                    assert _word_back(text, start) == want
                assert _role_before(text, start, _V) == _role_before_by_pattern(text, start)


@given(texts)
def test_passive_filter_admits_every_match(text: str) -> None:
    for end in range(len(text) + 1):
        before = text[max(0, end - 40) : end]
        if PASSIVE.search(before) is not None:
            assert _may_end_passive(before), before


def test_passive_filter_admits_every_match_in_long_texts() -> None:
    for text in _texts(8, 300):
        for end in range(len(text) + 1):
            before = text[max(0, end - 40) : end]
            if PASSIVE.search(before) is not None:
                assert _may_end_passive(before), before


def test_lower_case_openings_admit_every_match() -> None:
    for text in _texts(9, 300):
        for pos in range(len(text) + 1):
            for end in (len(text), min(len(text), pos + 5)):
                if NOT_CLAUSE.match(text, pos, end) or SUBORDINATE.match(text, pos, end):
                    assert _lower_at(text, pos)
                if PREP_THAT.match(text, pos, min(end, pos + 120)):
                    assert text[pos] == " " and _lower_at(text, pos + 1)


def test_and_that_reads_what_the_pattern_reads() -> None:
    for text in _texts(10, 300):
        for pos in range(len(text) + 1):
            m = AND_THAT.match(text, pos, pos + 12)
            assert _and_that(text, pos) == (None if m is None else m.end())
