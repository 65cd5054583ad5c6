"""The fast paths of the programme lines, the key points and the quantity reader read what
the patterns and the slower code they spare read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import _keypoints, _lead, _programme, _text
from newsstruct._text import Document

# Pieces of programme lines and of story sentences, joined at random: every pattern of the
# programme lines can match some of what they make, and miss most of it.
PIECES = [
    "I'm",
    "Ann",
    "Lee",
    "Sam Obi",
    "O'Neil",
    "VOA",
    "Radio One's",
    "World",
    "News",
    "Radio",
    "Television",
    "TV",
    "Service",
    "Lagos",
    "reports",
    "from",
    "in",
    "has more",
    "has the story",
    "has this report",
    "wrote",
    "adapted",
    "this",
    "story",
    "report",
    "article",
    "piece",
    "for",
    "was the",
    "editor",
    "producer",
    "Reuters",
    "Some",
    "information",
    "Information",
    "Material",
    "contributed to",
    "was used in",
    "Words",
    "This",
    "the",
    "flood",
    "-",
    "n.",
    "v.",
    "phrasal verb.",
    "And that's",
    "That's",
    "That is",
    "the news",
    "all",
    "it",
    "Write to us",
    "write to us",
    "comments section",
    "Comment section",
    "Tell us",
    "Let us know",
    "your turn",
    "Your turn",
    "our website",
    "our Twitter",
    "Follow us",
    "From",
    "Hello and",
    "welcome to",
    "Welcome to",
    "Good morning and",
    "this is",
    "I am",
    "officials said",
    "3,000",
    '"',
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "  ", "", ".", "?", "'s "]


@st.composite
def lines(draw: st.DrawFn) -> str:
    """A line of programme pieces and story words."""
    words = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9))
    out = words[0]
    for word in words[1:]:
        out += draw(st.sampled_from(SEPARATORS)) + word
    return out + draw(st.sampled_from(["", ".", "!", ". ", "?"]))


CLOSINGS = [
    "I'm Ann Lee.",
    "Sam Obi, World News, Lagos.",
    "Sam Obi, Radio One News, Lagos, Nigeria.",
    "Radio One's Sam Obi reports from Lagos.",
    "Radio One's Sam Obi has more.",
    "Ann Lee wrote this story for Radio One.",
    "Ann Lee adapted this story for Learning English.",
    "Reuters contributed to this report.",
    "Some information from Reuters was used in this article.",
    "Tom Ray was the editor.",
    "Words in This Story",
    "flood - n. a large amount of water covering land that is usually dry",
    "Write to us in the comments section.",
    "Now it's your turn. Tell us.",
    "That's the news for now.",
    "Follow us on Twitter.",
    "From Radio One, this is the Farm Report.",
    "Hello and welcome to World News.",
    "This is the Health Report.",
]


@st.composite
def near_closings(draw: st.DrawFn) -> str:
    """A programme line with a few of its words replaced, dropped or doubled."""
    words = draw(st.sampled_from(CLOSINGS)).split(" ")
    for _ in range(draw(st.integers(0, 2))):
        i = draw(st.integers(0, len(words) - 1))
        change = draw(st.sampled_from(["replace", "drop", "double", "join"]))
        if change == "replace":
            words[i] = draw(st.sampled_from(PIECES))
        elif change == "drop" and len(words) > 1:
            del words[i]
        elif change == "double":
            words.insert(i, words[i])
        elif change == "join" and i + 1 < len(words):
            words[i : i + 2] = [words[i] + draw(st.sampled_from(SEPARATORS)) + words[i + 1]]
    return " ".join(words)


@st.composite
def broadcasts(draw: st.DrawFn) -> str:
    """A text of such lines in paragraphs, with story paragraphs among them."""
    paragraphs = draw(
        st.lists(
            st.one_of(
                lines(), near_closings(), st.just("Floods forced 3,000 people from their homes.")
            ),
            min_size=1,
            max_size=16,
        )
    )
    return "\n\n".join(paragraphs)


def _find_with_every_pattern(doc: Document) -> frozenset[int]:
    """The programme lines as found by trying every pattern on every short sentence."""
    sentences = doc.sentences
    folded = doc.folded

    def short(i: int) -> bool:
        s = sentences[i]
        return s.end - s.start <= 160 and '"' not in folded[s.start : s.end]

    found: set[int] = set()
    top, top_paragraph = _programme.opening_top(doc)
    for i, s in enumerate(sentences):
        if short(i) and (
            _programme._CLOSING.match(folded, s.start, s.end)
            or (
                i - top < 3
                and s.paragraph - top_paragraph < 2
                and _programme._OPENING.match(folded, s.start, s.end)
            )
        ):
            found.add(i)
    rest = [i for i in range(len(sentences)) if i not in found][-12:]
    if not rest:
        return frozenset(found)
    first_paragraph = sorted({sentences[i].paragraph for i in rest})[-4:][0]
    calls: set[int] = set()
    for i in rest:
        s = sentences[i]
        if s.paragraph < first_paragraph or not short(i):
            continue
        if _programme._LAST.match(folded, s.start, s.end):
            found.add(i)
        elif _programme._AUDIENCE.search(folded, s.start, s.end):
            calls.add(s.paragraph)
    for p in calls:
        members = [i for i, s in enumerate(sentences) if s.paragraph == p]
        if all(short(i) for i in members) and len(doc.paragraphs[p]) <= 3 * 160:
            found.update(members)
    return frozenset(found)


@settings(max_examples=400)
@given(st.one_of(lines(), near_closings()))
def test_a_closing_line_passes_the_closing_hint(line: str) -> None:
    if _programme._CLOSING.match(line):
        assert _programme._may_close(line)
    if _programme._AUDIENCE.search(line):
        assert _programme._may_call(line)


@given(st.sampled_from(PIECES), st.sampled_from(PIECES))
def test_the_hints_hold_for_pairs(a: str, b: str) -> None:
    for line in (f"{a} {b}", f"{a}, {b}", f"{a} {b}.", f"{a}'s {b}"):
        if _programme._CLOSING.match(line):
            assert _programme._may_close(line)
        if _programme._AUDIENCE.search(line):
            assert _programme._may_call(line)


def test_the_closing_hint_passes_the_shipped_examples() -> None:
    for line in CLOSINGS[: CLOSINGS.index("Write to us in the comments section.")]:
        assert _programme._CLOSING.match(line), line
        assert _programme._may_close(line), line
    for line in ["Write to us in the comments section.", "Tell us.", "Follow us on Twitter."]:
        assert _programme._AUDIENCE.search(line)
        assert _programme._may_call(line)


@settings(max_examples=300)
@given(broadcasts())
def test_programme_lines_are_those_every_pattern_finds(text: str) -> None:
    doc = Document(text)
    assert _programme._find(doc) == _find_with_every_pattern(doc)


# Words and marks around the tenses of a sentence, joined at random.
TENSE_PIECES = [
    "was", "were", "is", "are", "am", "be", "not", "most", "more", "to", "set", "due",
    "expected", "going", "said", "told", "will", "would", "could", "had", "did", "based",
    "ed", "red", "bed", "Bombed", "X-ed", "wanted", "édited", "éd", "_ed", "1ed", "aed",
    "seed", "ted", "scheduled", "walked", "wasp",
]
TENSE_GLUE = [" ", " ", "", ",", ".", "-", "_", "  ", "\n", "é", "1", "A"]


@st.composite
def tense_texts(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text of such words and a stretch of it."""
    words = draw(st.lists(st.sampled_from(TENSE_PIECES), min_size=1, max_size=8))
    text = words[0]
    for word in words[1:]:
        text += draw(st.sampled_from(TENSE_GLUE)) + word
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@settings(max_examples=1000)
@given(tense_texts())
def test_a_tense_is_found_where_the_pattern_finds_it(case: tuple[str, int, int]) -> None:
    text, start, end = case
    found = _keypoints._TENSE.search(text, start, end) is not None
    assert _keypoints._has_tense(text, start, end) == found


@given(st.text(alphabet=st.sampled_from(list("aeds isworet_1Aé-.")), max_size=40), st.data())
def test_a_tense_is_found_in_any_text_where_the_pattern_finds_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = _keypoints._TENSE.search(text, start, end) is not None
    assert _keypoints._has_tense(text, start, end) == found


def test_tenses_of_sentences() -> None:
    for sentence, tense in [
        ("The plan is based on data.", False),
        ("The plan was based on data.", True),
        ("Prices jumped.", True),
        ("Shares are expected to rise.", True),
        ("The most persecuted group.", False),
        ("It is red.", False),
        ("Troops bombed the town.", True),
        ("Troops Bombed the town.", False),
    ]:
        assert _keypoints._has_tense(sentence, 0, len(sentence)) == tense, sentence
        assert (_keypoints._TENSE.search(sentence) is not None) == tense, sentence


# Text with capitalised openers glued to words before them, in any script.
GLUE_PIECES = ["The", "In", "On", "At", "For", "After", "An", "the", "a", "its", "cat", "ÉTÉ",
               "été", "ª", "ʰ", "ⅰ", "x", "dog", "ß"]


@given(st.lists(st.sampled_from(GLUE_PIECES), max_size=10), st.lists(st.sampled_from(["", " ", ", ", "  "]), min_size=10, max_size=10), st.data())
def test_glued_words_are_where_the_pattern_finds_them(words: list[str], glue: list[str], data: st.DataObject) -> None:
    text = "".join(word + sep for word, sep in zip(words, glue, strict=False))
    # (a stretch opens where a paragraph does: at the start or after a space)
    start = data.draw(st.sampled_from([0, *(i for i in range(1, len(text)) if text[i - 1] == " ")]))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.start() for m in _text._GLUED.finditer(text, start, end)]
    assert list(_text._glued(text, start, end)) == expected


def _fold_by_pattern(text: str) -> str:
    for char in set(_text._FOLDABLE.findall(text)):
        text = text.replace(char, _text._FOLD_TABLE[char])
    return text


FOLD_ALPHABET = [*"ab `\t\x1f\r\x0b\x0c\x1c\x1d\x1e\n\"'-", "\u2019", "\u00a0", "\u2014"]


@given(st.text(alphabet=st.sampled_from(FOLD_ALPHABET)))
def test_fold_folds_what_the_pattern_finds(text: str) -> None:
    assert _text.fold(text) == _fold_by_pattern(text)


@given(st.text())
def test_fold_folds_any_text_as_the_pattern(text: str) -> None:
    assert _text.fold(text) == _fold_by_pattern(text)


@settings(max_examples=100)
@given(broadcasts())
def test_furniture_of_every_sentence_is_furniture_of_each(text: str) -> None:
    doc = Document(text)
    assert _lead._kinds(doc) == [_lead.furniture(doc, i) for i in range(len(doc.sentences))]


@given(st.lists(st.sampled_from([*"()lefrightcopu ", "left", "(top)", "center"])).map("".join))
def test_a_caption_mark_is_found_where_one_of_the_marks_is(text: str) -> None:
    marks = [f"({w})" for w in "left right centre center pictured top bottom".split()]
    assert (_lead._CAPTION_MARK.search(text) is not None) == any(m in text for m in marks)
