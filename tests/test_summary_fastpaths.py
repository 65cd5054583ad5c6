"""The lead's and the key points' ASCII fast paths read what their patterns read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsstruct import _keypoints, _lead

# ASCII text, with the characters that words, markup and punctuation are made of.
ascii_text = st.text(
    alphabet=st.sampled_from(list("abcXYZ '-.,;:!?0123_{}[]<>&\"\t\n")), max_size=80
)


@given(ascii_text)
def test_letters_counted_as_the_pattern_counts_them(text: str) -> None:
    stripped = _lead._MARKUP.sub("", text)
    letters = len(_lead._NOT_LETTER.sub("", stripped))
    # (letters outside markup against the length of the whole text)
    assert _lead._markup_only(text) == (letters < max(3, len(text) // 3))


def pattern_content_words(text: str) -> frozenset[str]:
    """The content words of ``text`` as the general pattern reads them."""
    lower = text.lower()
    return frozenset(
        w[:-1] if w[-1] == "s" and len(w) > 3 else w
        for w in set(_keypoints._WORD.findall(lower)).difference(_keypoints._STOP)
        if len(w) > 2
    )


@given(ascii_text)
def test_content_words_read_as_the_pattern_reads_them(text: str) -> None:
    expected = pattern_content_words(text)
    assert _keypoints._content_words(text) == expected
    # and a non-ASCII text takes the general path to the same words
    assert _keypoints._content_words(text + " \u00e9t\u00e9") == expected | {"\u00e9t\u00e9"}
