"""The quote pass reads the same tables and clause openings on its shorter paths.

The vocabularies a pass reads are built once per configuration, not once per text, and a
clause's opening is found without first listing the separators the whole text holds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._text import Document
from newsstruct.quotes import _SEPARATORS, _Pass, _tables, extract_quotes


def _tables_read_per_text(config: Config) -> tuple[object, ...]:
    """The tables as each pass built them before they were kept per configuration."""
    return (
        {r[0]: r[1] for r in config.rows("pronouns")},
        {r[0]: r[2] for r in config.rows("pronouns") if len(r) > 2},
        frozenset(r[0] for r in config.rows("titles") if r[1] == "title"),
        config.words("agent_nouns"),
    )


def test_tables_match_the_configuration() -> None:
    for config in (
        DEFAULT_CONFIG,
        Config().extend("pronouns", [("thon", "person", "-")]),
        Config().extend("titles", [("Archdruid", "title")]),
        Config().extend("agent_nouns", ["soothsayer"]),
    ):
        t = _tables(config)
        assert (t.pronouns, t.genders, t.titles, t.agents) == _tables_read_per_text(config)
        assert _tables(config) is t  # built once


def test_added_pronoun_and_title_reach_the_pass() -> None:
    config = Config().extend("titles", [("Archdruid", "title")])
    p = _Pass(Document("The Archdruid said the rite would go ahead."), config)
    assert "Archdruid" in p.titles
    assert "Archdruid" not in _Pass(Document("x"), DEFAULT_CONFIG).titles


def _clause_start_with_listed_separators(p: _Pass, offset: int) -> int:
    """``clause_start`` as it read with only the separators the text holds."""
    held = [sep for sep in _SEPARATORS if sep in p.folded]
    sent = p.doc.sentence_at(offset)
    start = sent.start if sent is not None else max(0, offset - 200)
    start = max(start, offset - 250)
    for sep in held:
        k = p.folded.rfind(sep, start, offset)
        if k >= 0:
            start = max(start, k + len(sep))
    return start


_PIECES = [
    "Lee said", " while ", " whereas ", " but ", " But ", ";", '" ', '",', "\n", "\n\n",
    ' "We go," ', "the plan", ". ", " ", ",", "Ann Lee", "and", "whil", " bu", '"',
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.data())
def test_clause_start_reads_as_with_listed_separators(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    p = _Pass(Document(text), DEFAULT_CONFIG)
    offset = data.draw(st.integers(0, len(text)))
    assert p.clause_start(offset) == _clause_start_with_listed_separators(p, offset)


def test_quotes_unchanged_on_separator_sentences() -> None:
    text = (
        'Ann Lee said the plan would work, but Tom Hale said it would not; "We will see," '
        "he added.\nThe mayor said prices rose while wages fell."
    )
    got = [
        (q.rule, q.content.text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text)
    ]
    assert ("quote.indirect", "the plan would work", "Ann Lee") in got
    assert ("quote.direct_after", "We will see,", "Tom Hale") in got
