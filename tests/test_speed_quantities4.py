"""The quantity reader's shortcuts read what its full path reads: a bare number with
nothing before or after it, and the cheaper tests of a range."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_nouns import Fig
from newsstruct._quantity_read import Reader
from newsstruct._quantity_rules import compile_rules
from newsstruct._text import Document
from newsstruct.model import Quantity
from tests.adversarial_inputs import INPUTS

RULES = compile_rules(DEFAULT_CONFIG)


class FullReader(Reader):
    """The reader with every figure read the whole way."""

    def bare(self, g: Fig) -> bool:
        return False


def read(text: str, reader: type[Reader] = Reader) -> tuple[Quantity, ...]:
    return reader(Document(text), RULES).run()


TOKENS = [
    *"0123456789",
    "10",
    "20",
    "99",
    "100",
    "2014",
    "1999",
    "5,000",
    "1.5",
    "007",
    *" ,.;:()[]%$£€-+/#'\"\n",
    "  ",
    ", ",
    "US$",
    "US",
    "AD",
    "Rs",
    "the",
    "in",
    "and",
    "or",
    "to",
    "of",
    "about",
    "more than",
    "aged",
    "between",
    "from",
    "Boeing",
    "Flight",
    "April",
    "Ann",
    "people",
    "million",
    "bn",
    "km",
    "per cent",
    "percent",
    "pm",
    "th",
    "st",
    "score",
    "beat",
    "years",
    "old",
    "one",
    "two",
    "C",
    "m",
]
texts = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)
# Mostly numbers and spaces, with a few marks: the texts the shortcut is taken in.
numbers = st.lists(
    st.sampled_from(["1", "2", "10", "20", "2014", "5,000", " ", " ", " ", "-", ",", ")", "%"]),
    max_size=40,
).map("".join)


@settings(max_examples=400)
@given(texts)
@example("Ann, 42, left; Ann (32) left; 5 2014, 3 $ 4 US$ 5 ( 7) 8 :9 10;")
@example("about 1 2 3, aged 4 5, between 6 and 7 8 in 9 Flight 10 11.")
def test_bare_numbers_read_as_the_full_path_reads_them(text: str) -> None:
    assert read(text) == read(text, FullReader)


@settings(max_examples=300)
@given(numbers)
def test_runs_of_numbers_read_as_the_full_path_reads_them(text: str) -> None:
    assert read(text) == read(text, FullReader)


def test_hostile_inputs_read_as_the_full_path_reads_them() -> None:
    for name, make in INPUTS.items():
        text = make(3000)
        assert read(text) == read(text, FullReader), name
