"""The fast paths of the segmenter, the lead and the programme lines read what the slower
paths and patterns they spare read."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import _lead, _programme, _text
from newsstruct._text import Document, Sentence, make_span
from newsstruct.model import Span
from tests._build import pure_python_only

# --- the segmenter -------------------------------------------------------------------------------


def _split_by_every_rule(
    folded: str, start: int, end: int, *, headings: bool = True
) -> Iterator[tuple[int, int]]:
    """The sentences of a paragraph, each sentence end read by every rule of the segmenter."""
    return _text._split_paragraph(folded, start, end, headings=headings, shortcut=False)


# Words before and after sentence ends: abbreviations, initials, weekdays, months, openers,
# function words, capitals outside ASCII, and the marks around sentence ends.
WORDS = [
    "said",
    "it",
    "a",
    "I",
    "J",
    "Mr",
    "Dr",
    "Gen",
    "Inc",
    "Corp",
    "Jr",
    "U.S",
    "a.m",
    "p.m",
    "Mon",
    "Fri",
    "Jan",
    "No",
    "Rs",
    "The",
    "He",
    "Police",
    "Smith",
    "In",
    "the",
    "by",
    "Über",
    "été",
    "Ébola",
    "5",
    "1,200",
    "UkraineAn",
    "won In the",
]
MARKS = [". ", "! ", "? ", "... ", "\u2026 ", '." ', ".) ", "?' ", " . ", ".\n", ". (", ". , ", ".  "]
glued_texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([*MARKS, " "])).map("".join), max_size=12
).map("".join)
# An abbreviation, initial or word, a mark, and a capitalised word or a digit after it.
abbreviated = st.tuples(
    st.sampled_from(["J", "I", "x", "Mr", "Inc", "U.S", "Mon", "a.m", "No", "Jr", "v", "said", ""]),
    st.sampled_from([". ", '." ', "? ", ". (", ".  "]),
    st.sampled_from(["Smith", "The", "Jan", "5", "T.", "Über", "it"]),
    st.sampled_from([" ", ". "]),
).map("".join)
abbreviated_texts = st.lists(abbreviated, max_size=6).map("".join)
any_texts = st.text(
    alphabet=st.sampled_from(list("abXYZTIM .!?\"')(,\n5\u00e9\u00c9\u2026=")), max_size=80
)


@settings(max_examples=400)
@given(st.one_of(glued_texts, abbreviated_texts, any_texts))
def test_sentences_are_cut_where_every_rule_cuts(text: str) -> None:
    folded = _text.fold(text)
    for start, end in _text._paragraphs(folded):
        for headings in (True, False) if "==" not in folded else (True,):
            assert list(_text._split_paragraph(folded, start, end, headings=headings)) == list(
                _split_by_every_rule(folded, start, end, headings=headings)
            )


def test_sentences_of_abbreviations_and_quotes() -> None:
    text = (
        'He left. "No," she said! It rained. Gen. Lee came. Acme Inc. The firm sank. '
        "J. R. R. Tolkien wrote. U.S. Officials met. Mon. Jan. 5 came. Über alles. "
        "It cost 5. 6 more came? Yes. By the . SEC said so."
    )
    doc = Document(text)
    folded = doc.folded
    assert [(s.start, s.end) for s in doc.sentences] == list(
        _split_by_every_rule(folded, 0, len(folded))
    )


# --- spans and sentences made at once ------------------------------------------------------------

offsets = st.one_of(st.integers(-2, 40), st.booleans(), st.just(1.0))


def _made(make: object, *args: object) -> object:
    try:
        return make(*args)  # type: ignore[operator]
    except (TypeError, ValueError) as error:
        return (type(error), str(error))


@pure_python_only
@given(offsets, offsets, st.one_of(st.text(max_size=4), st.none()), st.one_of(offsets, st.none()))
def test_makers_make_what_the_constructors_make(
    start: int, end: int, text: str, paragraph: int
) -> None:
    span = _made(make_span, start, end, text)
    assert span == _made(Span, start, end, text)
    sentence = _made(_text._make_sentence, start, end, text, paragraph)
    assert sentence == _made(Sentence, start, end, text, paragraph)
    assert type(span) is type(_made(Span, start, end, text))
    assert type(sentence) is type(_made(Sentence, start, end, text, paragraph))


# --- the memo -------------------------------------------------------------------------------------


def test_memo_computes_once_and_keeps_none() -> None:
    doc = Document("Hi.")
    calls: list[int] = []

    def factory() -> None:
        calls.append(1)

    assert doc.memo("k", factory) is None
    assert doc.memo("k", factory) is None
    assert calls == [1]
    value = doc.memo("nested", lambda: [doc.memo("inner", lambda: 2)])
    assert doc.memo("nested", list) is value and value == [2]


# --- the lead: markup, credits, bylines ------------------------------------------------------------

markup_texts = st.lists(
    st.sampled_from(
        ["__NOTOC__", "__x__", "{{", "}", "[[", "]", "<b>", "</", "<1>", "&amp;", "&;", "'''", "''",
         "_", "a", "B", " ", "it's", "<", "&"]
    ),
    max_size=8,
).map("".join)


@given(st.one_of(markup_texts, st.text(max_size=30)))
def test_markup_is_found_where_the_pattern_finds_it(text: str) -> None:
    assert _lead._markup_in(text) == (_lead._MARKUP.search(text) is not None)


def test_credit_markers_far_from_their_colon_and_bracket() -> None:
    for text in [
        "Illustration : x",
        "a Illustration credit : b",
        "File photo: x",
        "Photograph credit: Jo",
        "(Reuters Photo/Jo)",
        "(Reuters  Photo)",
        "(AFP Images)",
        "see (pictured) here",
        "Illustrations: no",
    ]:
        assert _lead._may_credit(text) == (_lead._CREDIT.search(text) is not None)
        assert _lead._may_credit(text) == _may_credit_lowering_the_text(text)


def _may_credit_lowering_the_text(folded: str) -> bool:
    """The credit pre-check that lowers the whole text and looks for every word in it."""
    if not folded.isascii():
        return True
    low = folded.lower()
    if not (
        (": " in low and any(word in low for word in _lead._CREDIT_WORDS))
        or ("(" in low and ("photo" in low or "image" in low))
        or ("(" in low and _lead._CAPTION_MARK.search(low) is not None)
    ):
        return False
    return _lead._CREDIT_LOWER.search(low) is not None


credit_texts = st.lists(
    st.sampled_from(
        ["Image", "IMAGES", "photo", "Photograph", "Picture", "Credit", "credits", "Video",
         "Graphic", "Illustration", "File photo", " credit", ":", ": ", " ", "(", ")", "AP",
         "Reuters ", "Getty", "left", "(Right)", "pictured", "top", "Bottom", "x", "said",
         "0123456789"]
    ),
    max_size=12,
).map("".join)


CREDIT_WORDS = ["Image", "Images", "PHOTO", "Photos", "Photograph", "Picture", "Credit",
                "Credits", "Video", "Graphic", "Illustration", "File photo", "Imag", "hoto"]
credits = st.tuples(
    st.sampled_from(["", "x", "a (", " "]),
    st.sampled_from(CREDIT_WORDS),
    st.sampled_from(["", " "]),
    st.sampled_from(["", "credit", "Credit ", "credit  "]),
    st.sampled_from([": ", ":", " : ", ":x"]),
).map("".join)
photos = st.tuples(
    st.sampled_from(["(", "( ", "x("]),
    st.sampled_from(["", "AP", "AFP", "Reuters", "Getty", "EPA", "Reuters  ", "Agence"]),
    st.sampled_from(["", " "]),
    st.sampled_from(["Photo", "image", "Images", "Pho", "left)", "Pictured)", "top )", "bottom"]),
    st.sampled_from(["", ")", "/Jo Ray)", "s)"]),
).map("".join)


@settings(max_examples=400)
@given(st.one_of(credit_texts, credits, photos, st.text(max_size=40)))
def test_credit_precheck_is_the_one_that_lowers_the_text(text: str) -> None:
    assert _lead._may_credit(text) == _may_credit_lowering_the_text(text)
    if text.isascii():
        assert _lead._may_credit(text) == (_lead._CREDIT.search(text) is not None)


byline_texts = st.lists(
    st.sampled_from(["By", "by", "From", "Reporting", "Written", "Posted", " ", "Jo", "Ray",
                     "and", ",", "x", "B", "Éa"]),
    max_size=8,
).map("".join)


@given(st.one_of(byline_texts, st.text(max_size=20)))
def test_a_byline_opens_as_every_byline_opens(text: str) -> None:
    if _lead._BYLINE.match(text):
        assert text.startswith(_lead._BYLINE_OPENINGS)


# --- the programme lines -----------------------------------------------------------------------

programme_texts = st.lists(
    st.sampled_from(["From", "Hello", "Hi", "Good", "morning", "and", "Welcome", "welcome",
                     "to", "the", "This", "is", "I'm", "And", "that", "That", "that's", "'s",
                     "all", "for", "now", "news", "World", "News", "Ann", "Lee", " ", ",", ".",
                     "!", "it", "Science", "in", "report"]),
    max_size=12,
).map(" ".join)


@given(st.one_of(programme_texts, programme_texts.map(lambda t: t.replace(" ", ""))))
def test_opening_and_last_lines_open_as_every_such_line_opens(text: str) -> None:
    if _programme._OPENING.match(text):
        assert text.startswith(_programme._OPENING_OPENINGS)
    if _programme._LAST.match(text):
        assert text.startswith(_programme._LAST_OPENINGS)


def test_opening_and_last_lines_are_found() -> None:
    doc = Document(
        "Good evening and welcome to World News.\n\nRain fell on Monday.\n\n"
        "And that's the news for tonight."
    )
    assert _programme.programme_sentences(doc) == frozenset({0, 2})


@given(st.text(max_size=6), offsets, offsets)
def test_span_of_is_the_constructor_of_the_slice(text: str, start: int, end: int) -> None:
    def by_constructor() -> Span:
        return Span(start, end, text[start:end])

    got = _made(Span.of, text, start, end)
    assert got == _made(by_constructor)
    assert type(got) is type(_made(by_constructor))


@given(
    st.integers(0, 40),
    st.sampled_from(["(", ": ", "x: ", "(x"]),
    st.sampled_from(["", "Photo: x", "(AP Photo)", "(left)", "Image : x", "(top"]),
)
def test_credit_precheck_past_many_colons_and_brackets(n: int, mark: str, tail: str) -> None:
    text = mark * n + tail
    assert _lead._may_credit(text) == _may_credit_lowering_the_text(text)
    assert _lead._may_credit(text) == (_lead._CREDIT.search(text) is not None)
