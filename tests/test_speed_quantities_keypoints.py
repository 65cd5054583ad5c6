"""The fast paths of the quantity reader, the lead and the key points read what the patterns
they spare read."""

from __future__ import annotations

from decimal import Decimal

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import _keypoints, _lead
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_nouns import _FORM_START, _WORD_BEFORE, Fig
from newsstruct._quantity_read import Reader
from newsstruct._quantity_rules import Heads, Rules, compile_rules
from newsstruct._text import Document
from tests.test_summary_fastpaths import pattern_content_words

# ASCII text with the characters words, markup, credits and datelines are made of.
ascii_text = st.text(
    alphabet=st.sampled_from(list("abcsXYZPI '-.,;:!?0123_{}[]<>&\"()\t\n")), max_size=80
)
# Any text, with some of the characters case folding maps to ASCII letters (K, ſ).
any_text = st.text(
    alphabet=st.sampled_from(list("abcsXYZ '-.,:()0123_\u212a\u017f\u00e9\u00c9\u0130\u0131")),
    max_size=60,
)
CREDITS = [
    "Image: NASA.",
    "PHOTO: Jane Doe",
    "The mayor (AP Photo/John Doe) spoke.",
    "Ann (left) and Bo.",
    "A (reuters image) b",
    "File photo: a dam",
    "picture credit: x",
]
DATELINES = [
    "Wednesday, September 12th, 2015",
    " '*\"Thursday.,   September.   30th,   2015.'\"*",
    "Tues 3rd Dec., 2019",
    "2015-09-12",
]


@given(ascii_text)
def test_content_words_of_three_letters_or_more(text: str) -> None:
    lower = text.lower()
    expected = frozenset(
        w[:-1] if w[-1] == "s" and len(w) > 3 else w
        for w in set(regex.findall(r"\p{L}[\p{L}'-]+", lower)).difference(_keypoints._STOP)
        if len(w) > 2
    )
    assert _keypoints._content_words(text) == expected
    assert set(_keypoints._ASCII_WORD3.findall(lower)) == {
        w for w in regex.findall(r"[a-z][a-z'-]+", lower) if len(w) > 2
    }


@given(any_text)
def test_content_words_outside_ascii(text: str) -> None:
    assert _keypoints._content_words(text) == pattern_content_words(text)


# Texts made of the pieces of credits and caption markers.
credit_pieces = st.lists(
    st.sampled_from(
        ["Photo", "image", "IMAGES", "Credit", "video", "file photo", "AP", "Reuters", ": ", ":",
         "(", ")", "left", "Top", " ", "x", "/", "\n", "\u212a", "\u017f"]
    ),
    max_size=12,
).map("".join)


@given(st.one_of(ascii_text, any_text, credit_pieces, st.sampled_from(CREDITS)))
def test_credit_test_passes_every_text_with_a_credit(text: str) -> None:
    if _lead._CREDIT.search(text) is not None:
        assert _lead._may_credit(text)
    elif text.isascii():
        assert not _lead._may_credit(text)


def test_credits_found() -> None:
    for text in CREDITS:
        assert _lead._may_credit(text) and _lead._CREDIT.search(text)
        doc = Document("Boats sank.\n\n" + text + "\n\nCrews helped.")
        assert _lead._captions(doc) == frozenset({1})


@given(st.one_of(ascii_text, any_text))
def test_markup_found_where_the_pattern_finds_it(text: str) -> None:
    doc = Document(text + " x") if text.strip() else Document("x")
    assert _lead._has_markup(doc) == (_lead._MARKUP.search(doc.folded) is not None)
    if not _lead._has_markup(doc):
        for s in doc.sentences:
            assert _lead._MARKUP.search(doc.folded, s.start, s.end) is None
    assert _lead._markup_only(text, _lead._MARKUP.search(text) is not None) == (
        _lead._markup_only(text)
    )


def test_dateline_bound() -> None:
    for text in DATELINES:
        assert _lead._DATELINE.match(text)
    longest = "   *Wednesday.,   September.   30th,   2015    "
    assert len(longest) <= _lead._DATELINE_MAX
    assert _lead._DATELINE.match(longest)
    assert not _lead._DATELINE.match(longest + " ")


@given(st.one_of(ascii_text, any_text))
def test_dateline_and_byline_prechecks(text: str) -> None:
    if _lead._DATELINE.match(text):
        assert len(text) <= _lead._DATELINE_MAX
    if _lead._BYLINE.match(text):
        assert text[:1] in _lead._BYLINE_FIRST


@given(st.lists(st.sampled_from(["Image: NASA.", "By Jo Ray", "Monday, May 18, 2015", "__NOTOC__",
                                 "Boats sank.", "crews helped", "Heading", "x (left)"]), max_size=6))
def test_story_sentences_as_furniture_tells(parts: list[str]) -> None:
    doc = Document("\n\n".join(parts) or "x")
    expected = [i for i in range(len(doc.sentences)) if _lead.furniture(doc, i) is None]
    assert _lead.story_sentences(Document(doc.text)) == expected


# --- quantities -------------------------------------------------------------------------------

def _rules() -> Rules:
    return compile_rules(DEFAULT_CONFIG)


@given(st.text(alphabet=st.sampled_from(list("kmsKMS\u212a\u017f\u00b0\u00e9\u00b2ab$%")), max_size=6))
def test_heads_outside_ascii_as_the_whole_alternation_tells(key: str) -> None:
    for heads in (_rules().unit_heads, _rules().currency_heads, _rules().scale_heads):
        fresh = Heads(heads.exact, heads.folded, heads.always)
        alternation = "|".join(regex.escape(h) for h in sorted(heads.folded))
        expected = heads.always or key in heads.exact or (
            bool(heads.folded) and regex.fullmatch(f"(?i:{alternation})", key) is not None
        )
        assert fresh.may_start(key) == expected


def _digits_ok_reference(r: Reader, g: Fig) -> bool:
    """The checks of ``Reader.digits_ok`` in their plain order, one after the other."""
    f, s, e = r.f, g.start, g.end
    before = f[s - 1] if s else " "
    before2 = f[s - 2] if s > 1 else " "
    after = f[e] if e < len(f) else " "
    after2 = f[e + 1] if e + 1 < len(f) else " "
    if before == "-":
        if (before2.isalpha() or before2.isdigit() or before2 in "-/") and not f.endswith(
            "+/-", max(0, s - 3), s
        ):
            return False
        if before2 in " (\n" and not f[max(0, s - 3) : s - 2].isdigit() and g.value:
            g.start -= 1
            g.value = -g.value
    if before in ":" and before2.isdigit():
        return False
    if before == "+" and f[max(0, s - 4) : s - 1].isupper():
        return False
    if before in "#|!=§№" or (before == "'" and before2 in " (\n"):
        return False
    if before == "%" and after.isalpha():
        return False
    if before in "\"'" and before2 == "=":
        return False
    if before in "\"“" and f[e : e + 1] in ("\"", "”"):
        return False
    if after in ":/" and after2.isdigit():
        return False
    if after == "," and after2.isdigit():
        comma = regex.match(r",([0-9]{1,2})(?=[ ]?%)", f[e:])
        if comma is None or not f[s:e].isdigit():
            return False
        g.value = Decimal(f"{f[s:e]}.{comma.group(1)}")  # "35,5%": a decimal comma
        g.end = e + comma.end()
        return _not_label_reference(r, g)
    if after == "." and after2.isdigit():
        return False
    if after == "-" and after2.isalpha() and after2.isupper():
        return False
    if after.isalpha() or after == "'":
        return (
            not r.attached_at(e)
            and bool(
                r.scale_at(e)
                or r.unit_at(e)
                or r.currency_at(e)
                or (after in "CF" and regex.match(r"[CF](?![\p{L}\p{N}'])", f[e:]))
            )
            and _not_label_reference(r, g)
        )
    if after == " " and r.attached_at(e):
        return False
    return _not_label_reference(r, g)


def _not_label_reference(r: Reader, g: Fig) -> bool:
    f, s, e = r.f, g.start, g.end
    text = f[s:e]
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return False
    line = f[max(0, s - 8) : s]
    if "\n" in line or s <= 8:
        head = line.rsplit("\n", 1)[-1].strip(" (")
        if (
            head == ""
            and text.isdigit()
            and len(text) <= 2
            and f[e : e + 1] in (".", ")")
            and f[e + 1 : e + 2] in (" ", "")
        ):
            return False
    before, after = f[s - 1 : s], f[e : e + 1]
    return not (before == "(" and after == ")" and g.value is not None and g.value <= 20)


number_context = st.lists(
    st.sampled_from(
        ["7", "0", "12", "2014", "1,200", "-", ":", "#", "|", "!", "=", "'", '"', "/", ",", ".",
         "(", ")", " ", "\n", "a", "F", "MAG", "km", "pm", "bn", "%", "x"]
    ),
    max_size=10,
).map("".join)


@given(number_context)
def test_digits_checked_as_in_plain_order(text: str) -> None:
    doc = Document(text + " .")
    for m in regex.finditer(r"\d+", doc.folded):
        value = Decimal(m.group())
        fast, slow = Fig(m.start(), m.end(), value), Fig(m.start(), m.end(), value)
        assert Reader(doc, _rules()).digits_ok(fast) == _digits_ok_reference(
            Reader(doc, _rules()), slow
        )
        assert (fast.start, fast.value) == (slow.start, slow.value)


@given(
    st.lists(
        st.sampled_from(["Boeing", "a", "U.S.", "&", "'", "-", ".", " ", "  ", "7", ",", "x" * 40,
                         "\u00e9", "e\u0301", "\n", "("]),
        max_size=8,
    ).map("".join)
)
def test_word_before_read_as_the_pattern_reads_it(text: str) -> None:
    doc = Document(text + " 5 x")
    reader = Reader(doc, _rules())
    pos = len(text) + 1
    f = doc.folded
    expected = ""
    if f[pos - 1 : pos] == " " and pos >= 2:
        c = f[pos - 3 : pos - 2] if f[pos - 2] == " " else f[pos - 2]
        if not (c.isascii() and not c.isalpha() and c not in (".", "'", "&", "-")):
            m = _WORD_BEFORE.search(f, max(0, pos - 34), pos)
            expected = m.group("w") if m else ""
    assert reader.prev_word(pos) == expected


@given(
    st.lists(
        st.sampled_from([" ", "-", "km", "Billion", "x" * 30, "\u00e9", "%", "$", ".", "7", "\n"]),
        max_size=8,
    ).map("".join)
)
def test_form_start_read_as_the_pattern_reads_it(text: str) -> None:
    doc = Document("5" + text if text.strip() else "5 x")
    reader = Reader(doc, _rules())
    m = _FORM_START.match(doc.folded, 1)
    assert m is not None
    assert reader._form_start(1) == (m.group(1) or doc.folded[m.end() : m.end() + 1])


@given(ascii_text)
def test_letters_flagged_as_markup_only_counts_them(text: str) -> None:
    flags = _lead._letter_flags(text)
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 5):
            expected = _lead._markup_only(text[start:end], False)
            assert (flags.count(1, start, end) < max(3, (end - start) // 3)) == expected
