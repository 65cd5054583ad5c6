"""The fast paths of the actors, the lead, the key points and the segmenter give what the
slower paths they spare give."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import _keypoints, _lead, _text
from newsstruct._text import Document, Sentence
from newsstruct.model import KeyPoint, Span
from tests._build import pure_python_only

# Text with the characters sentences, headings, datelines and furniture are made of.
text_chars = st.text(
    alphabet=st.sampled_from(list("abcsXYZTI '-.,;:!?=01_\"()\n\u2019\u00e9")), max_size=120
)
PARTS = [
    "Image: NASA.",
    "By Jo Ray",
    "Monday, May 18, 2015",
    "__NOTOC__",
    "Boats sank.",
    "crews helped",
    "Heading",
    "x (left)",
    "==Debate over fares==",
    "The mayor said so. Then he left.",
]


# --- the key point maker -----------------------------------------------------------------------

feature_names = st.text(alphabet="abcdefg_", min_size=1, max_size=8)
feature_values = st.one_of(
    st.floats(allow_nan=False), st.integers(-3, 3), st.booleans(), st.just(-0.0)
)


@given(
    st.integers(-2, 40),
    st.integers(-2, 40),
    st.text(max_size=5),
    st.one_of(st.floats(allow_nan=False), st.integers(-3, 3)),
    st.dictionaries(feature_names, feature_values, max_size=6),
)
def test_key_point_maker_is_the_constructor(
    start: int, end: int, text: str, score: float, features: dict[str, float]
) -> None:
    try:
        expected: KeyPoint | Exception = KeyPoint(start, end, text, score, tuple(features.items()))
    except (TypeError, ValueError) as error:
        expected = error
    try:
        got: KeyPoint | Exception = _keypoints._make_key_point(start, end, text, score, features)
    except (TypeError, ValueError) as error:
        got = error
    if isinstance(expected, Exception):
        assert type(got) is type(expected)
        return
    assert type(got) is KeyPoint
    assert got == expected
    assert [type(v) for _, v in got.features] == [float] * len(features)  # type: ignore[union-attr]
    assert got.to_dict() == expected.to_dict()  # type: ignore[union-attr]


def test_key_point_maker_on_a_subclass_key() -> None:
    class Name(str):
        pass

    made = _keypoints._make_key_point(0, 2, "ab", 1.0, {Name("lead"): 1})
    assert made == KeyPoint(0, 2, "ab", 1.0, (("lead", 1.0),))
    assert type(made.features[0][0]) is str and type(made.features[0][1]) is float


# --- the lead read from the furniture of every sentence ----------------------------------------


def _lead_one_by_one(doc: Document) -> tuple[Sentence | None, list[tuple[str, Sentence]]]:
    """The lead sentence and what is skipped before it, sentence by sentence."""
    skipped = []
    for index, sentence in enumerate(doc.sentences):
        kind = _lead.furniture(doc, index)
        if kind is None:
            return sentence, skipped
        skipped.append((kind, sentence))
    return None, skipped


@given(st.lists(st.one_of(st.sampled_from(PARTS), text_chars), max_size=6))
def test_lead_and_story_from_the_kinds(parts: list[str]) -> None:
    text = "\n\n".join(parts) or "x"
    if not text.strip():
        return
    sentence, skipped_before = _lead_one_by_one(Document(text))
    doc = Document(text)
    lead, skipped = _lead.find_lead(doc)
    assert [(k, s) for k, s in skipped if k != "label"] == skipped_before
    if sentence is None:
        assert lead is None
    else:
        assert lead is not None and lead.end == sentence.end
    expected = [i for i in range(len(doc.sentences)) if _lead.furniture(doc, i) is None]
    assert _lead.story_sentences(doc) == expected


# --- the segmenter: no wiki heading to look for without "==" -----------------------------------


@given(st.one_of(text_chars, st.lists(st.sampled_from(PARTS), max_size=5).map(" ".join)))
def test_split_without_headings(text: str) -> None:
    folded = _text.fold(text)
    for start, end in _text._paragraphs(folded):
        cut = list(_text._split_paragraph(folded, start, end))
        if "==" not in folded:
            assert list(_text._split_paragraph(folded, start, end, headings=False)) == cut
    doc = Document(text)
    assert [(s.start, s.end, s.paragraph) for s in doc.sentences] == [
        (s, e, i)
        for i, (p_start, p_end) in enumerate(_text._paragraphs(folded))
        for s, e in _text._split_paragraph(folded, p_start, p_end)
    ]


# --- spans and sentences made without the constructor ------------------------------------------

offsets = st.one_of(st.integers(-2, 40), st.booleans(), st.just(1.0))


@pure_python_only
@given(offsets, offsets, st.one_of(st.text(max_size=4), st.none()), offsets)
def test_span_makers_are_the_constructors(
    start: int, end: int, text: str, paragraph: int
) -> None:
    for make, cls, args in [
        (_text.make_span, Span, (start, end, text)),
        (_text._make_sentence, Sentence, (start, end, text, paragraph)),
    ]:
        try:
            expected: object = cls(*args)
        except (TypeError, ValueError) as error:
            expected = error
        try:
            got: object = make(*args)
        except (TypeError, ValueError) as error:
            got = error
        if isinstance(expected, Exception):
            assert type(got) is type(expected)
        else:
            assert type(got) is cls
            assert got == expected
            assert repr(got) == repr(expected)


# The sentence-end pattern as the other engine ran it.
OLD_SENTENCE_END = regex.compile(
    r"""
    (?<![.!?\u2026])
    (?P<punct>[.!?\u2026]++)
    (?P<close>["')\]\u2019\u201d]*+)
    (?P<space>[ \n]++)
    (?=(?P<next>[^ \n]))
    """,
    regex.VERBOSE,
)
end_chars = st.text(
    alphabet=st.sampled_from(list("ab .!?\u2026\"')]\u2019\u201d\n\t(")), max_size=60
)


@given(end_chars, st.integers(0, 8), st.integers(0, 8))
def test_sentence_ends_as_the_other_engine_reads_them(text: str, lo: int, cut: int) -> None:
    start, end = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)

    def read(pattern: regex.Pattern[str] | re.Pattern[str]) -> list[tuple[object, ...]]:
        return [
            (m.span(), m.group("punct", "close", "space", "next"))
            for m in pattern.finditer(text, start, end)
        ]

    assert read(_text._SENTENCE_END) == read(OLD_SENTENCE_END)
