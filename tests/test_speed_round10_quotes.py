"""The short paths of the quote pass (tenth speed round) agree with the plain rules they
stand for: the look for a preposition before a mention, the first mentions after an
offset, a name and a verb after a closing mark, an empty reported clause, the first words
of a bare plural."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import extract_quotes
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quote_patterns import HONORIFIC_GAP, PREPOSITION
from newsstruct._text import Document
from newsstruct.quotes import _OPENING_PREPOSITION, _Pass

# Words and marks of attributions, glued at random into sentences.
_PIECES = [
    "Ann Lee",
    "Lee",
    "Mr Lee",
    "President Ann Lee",
    "the minister",
    "The minister",
    "officials",
    "Thai exporters",
    "Many residents",
    "the BBC",
    "He",
    "he",
    "she",
    "they",
    "It",
    "said",
    "says",
    "announced",
    "told",
    "asked",
    "described",
    "reported",
    "warned",
    "added",
    "agreed",
    "denied",
    "saying",
    "adding",
    "states",
    "state",
    "the plan",
    "the plan would fail",
    "that",
    "that the talks failed",
    "talks will resume",
    "reporters",
    "on Monday",
    "last week",
    "before the vote",
    "in a statement",
    "in Paris",
    "of the",
    "with",
    "and",
    "but",
    "who",
    "which",
    "according to",
    "to",
    ",",
    ", ",
    ".",
    ":",
    ";",
    '"',
    '"We will go,"',
    '"It was a disaster."',
    "\n",
    "\u00e9t\u00e9",
]

_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=18).map(" ".join)


def _plain_preposition_before(text: str, start: int) -> bool:
    """A preposition (or a capitalised one opening a sentence) ends right before ``start``."""
    if text[start - 2 : start] == "''":
        start -= 2
    lo = max(0, start - 40)
    return (
        PREPOSITION.search(text, lo, start) is not None
        or _OPENING_PREPOSITION.search(text, lo, start) is not None
    )


_PREPOSITION_PIECES = [
    *_PIECES,
    "In",
    "At the",
    "'' Business Day",
    "''",
    "Following their",
    "northern Ghana",
    "Amid",
    "in rural",
    "(of",
    "by Mr.",
    '."In',
    "Outside",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PREPOSITION_PIECES), min_size=1, max_size=14).map(" ".join))
def test_preposition_before_reads_as_the_patterns(text: str) -> None:
    p = _Pass(Document(text), DEFAULT_CONFIG)
    for start in range(len(p.folded) + 1):
        assert p.preposition_before(start) == _plain_preposition_before(p.folded, start), (
            text,
            start,
        )


def test_preposition_before_examples() -> None:
    text = 'He spoke. In the city Lee said. "At Paris, with the envoy of northern Ghana'
    p = _Pass(Document(text), DEFAULT_CONFIG)
    for start in range(len(text) + 1):
        assert p.preposition_before(start) == _plain_preposition_before(p.folded, start)
    assert p.preposition_before(text.index("city"))
    assert p.preposition_before(text.index("Ghana"))
    assert not p.preposition_before(text.index("Lee"))


@settings(max_examples=200, deadline=None)
@given(_texts, st.integers(1, 3))
def test_within_is_the_first_mentions_between(text: str, count: int) -> None:
    p = _Pass(Document(text), DEFAULT_CONFIG)
    n = len(p.folded)
    for start in range(0, n + 1, 2):
        for end in (start, min(n, start + 7), min(n, start + 60), n):
            assert p.within(start, end, count) == list(p.ents.between(start, end)[:count])


def _plain_named_then_verb(p: _Pass, pos: int, limit: int) -> bool:
    """The first mention after ``pos``, a name, then a reporting verb after a space."""
    ms = p.ents.between(pos, min(limit, pos + 60))
    if (
        not ms
        or ms[0].kind not in ("person", "name", "organisation")
        or not HONORIFIC_GAP.fullmatch(p.folded, pos, ms[0].start)
    ):
        return False
    return p.rules.verbs.match(p.folded, ms[0].end + 1, limit) is not None and (
        p.folded[ms[0].end : ms[0].end + 1] == " "
    )


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_named_then_verb_reads_as_the_plain_rule(text: str) -> None:
    p = _Pass(Document(text), DEFAULT_CONFIG)
    n = len(p.folded)
    for pos in range(n + 1):
        for limit in {n, min(n, pos + 20)}:
            assert p.named_then_verb(pos, limit) == _plain_named_then_verb(p, pos, limit)


def test_a_name_and_a_verb_after_a_closing_mark() -> None:
    (q,) = extract_quotes('"We have won three in a row" Mr McCague said.')
    assert (q.rule, q.speaker and q.speaker.name) == ("quote.direct_after", "McCague")


def test_bare_plurals_read_on_their_first_three_words() -> None:
    got = [
        q.speaker and q.speaker.text
        for q in extract_quotes(
            "Thai exporters said the baht was too strong. Many residents in rural Kenya "
            "say the roads are closed. Some local farmers said prices fell. The farmers "
            "also said prices fell."
        )
    ]
    assert got == ["Thai exporters", "residents", "farmers", "The farmers"]


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_an_empty_clause_stays_empty(text: str) -> None:
    # what the reading of a forward clause stands for when the clause opens where the
    # sentence ends: the clause end and the cut leave it empty
    p = _Pass(Document(text), DEFAULT_CONFIG)
    for start in range(len(p.folded) + 1):
        assert p.clause_end(start, start) == start
        assert p.cap(start, start) == start
