"""A catalogue of hostile and broken inputs, each built at any size.

Every entry maps a name to a function ``make(size) -> str`` that returns a text of exactly
``size`` characters made of one pathological pattern: long runs of the characters that
patterns for numbers, quotes and names repeat over, text with no sentence punctuation,
control and odd Unicode characters, markup debris.  The adversarial test suite checks that
every extractor returns a valid result on each and that its time grows linearly with the
size; the benchmark reports time per megabyte on each next to real news.

>>> sorted(INPUTS)[:3]
['abbreviations', 'according_to', 'apostrophes']
>>> all(len(make(100)) == 100 for make in INPUTS.values())
True
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["INPUTS", "news_paragraph"]


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _cycle(units: list[str], size: int) -> str:
    """The units joined in turn, cut to exactly ``size`` characters (deterministic)."""
    return _repeat("".join(units), size)


def _framed(head: str, fill: str, tail: str, size: int) -> str:
    """``head``, a run of ``fill``, ``tail``: exactly ``size`` characters."""
    body = _repeat(fill, max(0, size - len(head) - len(tail)))
    return (head + body + tail)[:size]


def _nested_brackets(size: int) -> str:
    half = size // 2
    return ("([{" * (half // 3 + 1))[:half] + ("}])" * ((size - half) // 3 + 1))[: size - half]


def _distinct_names(size: int) -> str:
    """Capitalised made-up names, each different, each saying something."""
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vek", "do", "ri", "an", "zo", "pel"]
    out: list[str] = []
    length = 0
    while length < size:
        first = "".join(rng.choice(syllables) for _ in range(3)).capitalize()
        last = "".join(rng.choice(syllables) for _ in range(3)).capitalize()
        piece = f"{first} {last} said {rng.randrange(1000)} {last} met {first} in 2020. "
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def _one_surname(size: int) -> str:
    """Different given names with one surname, then the surname alone, each saying
    something: every full name may be a form of every other, and every bare surname may
    mean any of them."""
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vek", "do", "ri", "an", "zo", "pel"]
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        first = "".join(syllables[(i // 12**k) % 12] for k in range(4)).capitalize()
        piece = f"{first} Smith said the plan would work. Smith agreed. "
        out.append(piece)
        length += len(piece)
        i += 1
    return "".join(out)[:size]


def _binary_noise(size: int) -> str:
    rng = random.Random(20210422)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


def _unicode_noise(size: int) -> str:
    rng = random.Random(1917)
    out = []
    for _ in range(size):
        cp = rng.randrange(0x110000)
        out.append(chr(cp))
    return "".join(out)


# A news-like sentence pool written for these tests; glued into a paragraph by size.
_NEWS = [
    "The council said on Tuesday that 1,200 homes would get new roofs by March 2022.",
    '"We are not going anywhere," Mayor Ana Ortiz told reporters at City Hall.',
    "Officials estimated the repairs at $4.5 million, about 12% more than last year.",
    "Dr. J. R. Hale, a spokesman for the agency, declined to comment.",
    "Rainfall reached 310 mm in 48 hours, the highest since 1998.",
    "She added that talks with the union would resume next week.",
]


def news_paragraph(size: int) -> str:
    """One paragraph (no blank line) of news-like sentences, exactly ``size`` characters.

    >>> news_paragraph(30)
    'The council said on Tuesday th'
    """
    return _repeat(" ".join(_NEWS) + " ", size)


#: name -> make(size): every input has exactly ``size`` characters.
INPUTS: dict[str, Callable[[int], str]] = {
    # long runs of what number patterns repeat over
    "digits": lambda n: _repeat("1234567890", n),
    "digits_commas": lambda n: _repeat("1,", n),
    "digit_groups": lambda n: _repeat("123,456,", n),
    "digits_dots": lambda n: _repeat("1.", n),
    "digits_spaced": lambda n: _repeat("1 ", n),
    "commas": lambda n: _repeat(",", n),
    "money_run": lambda n: _repeat("$1.5 million ", n),
    "percent_signs": lambda n: _repeat("%$", n),
    "ranges": lambda n: _repeat("10-20 ", n),
    "number_words": lambda n: _repeat("one hundred and twenty thousand ", n),
    # whitespace and punctuation runs
    "spaces": lambda n: _repeat(" ", n),
    "spaces_between_words": lambda n: _framed("Troops", " ", "left.", n),
    "spaces_between_dates": lambda n: _framed(
        "Troops left on April 22, 2021", " ", " and returned on May 3, 2021.", n
    ),
    "newlines": lambda n: _repeat("\n", n),
    "dots": lambda n: _repeat(".", n),
    "question_marks": lambda n: _repeat("?!", n),
    "ellipses": lambda n: _repeat("\u2026", n),
    "abbreviations": lambda n: _repeat("Mr. ", n),
    "dashes": lambda n: _repeat("\u2014-", n),
    "hyphenated": lambda n: _repeat("long-", n),
    # quotation marks
    "quotes_straight": lambda n: _repeat('"', n),
    "quotes_curly": lambda n: _repeat("\u201c\u201d", n),
    "quotes_opening": lambda n: _repeat("\u201c", n),
    "apostrophes": lambda n: _repeat("'", n),
    "quote_unclosed": lambda n: _framed('"', "we will stay here ", "", n),
    "quote_said_chain": lambda n: _repeat('"Yes," she said, "', n),
    # names and speech
    "capitalised": lambda n: _repeat("Alpha Beta Gamma Delta ", n),
    "said": lambda n: _repeat("said ", n),
    "name_said": lambda n: _repeat("John Smith said ", n),
    "according_to": lambda n: _repeat("according to ", n),
    "distinct_names": _distinct_names,
    "one_surname": _one_surname,
    # dates
    "months": lambda n: _repeat("January February March ", n),
    "dense_dates": lambda n: _repeat("on April 22, 2021 last week in 1998 ", n),
    "years": lambda n: _repeat("2021 ", n),
    # brackets
    "brackets_nested": _nested_brackets,
    "brackets_open": lambda n: _repeat("(", n),
    # no sentence punctuation at all
    "no_punctuation": lambda n: _repeat("the troops left the city and the officials met ", n),
    # control characters and odd Unicode
    "nul_bytes": lambda n: _repeat("\x00", n),
    "nul_in_text": lambda n: _repeat("He said\x00 200\x00 troops.\x00 ", n),
    "lone_surrogates": lambda n: _repeat("\ud800a\udfff ", n),
    "combining_marks": lambda n: _framed("e", "\u0301", "", n),
    "combining_text": lambda n: _repeat("Pe\u0301rez said 1\u0301 ", n),
    "right_to_left": lambda n: _repeat(
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u201c\u0662\u0660\u0662\u0661\u201d \u202e5\u202c. ",
        n,
    ),
    "emoji": lambda n: _repeat(
        "\U0001f600\U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f1fa\U0001f1f8 ", n
    ),
    "binary_noise": _binary_noise,
    "unicode_noise": _unicode_noise,
    # markup debris
    "html_breaks": lambda n: _repeat("<br>", n),
    "html_entities": lambda n: _repeat("&mdash;&nbsp;&quot;", n),
    "wiki_bold": lambda n: _repeat("'''", n),
    "wiki_markup": lambda n: _repeat("[[Link|text]] {{cite|a=1}} ''It'' ", n),
    # real-looking text with no paragraph break
    "news_paragraph": news_paragraph,
}
