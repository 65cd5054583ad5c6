"""The quantity reader: from each numeral found in the text, out to the whole figure.

For every numeral the reader first asks whether it is a quantity at all (dates, years,
times, ordinals, codes, names, labels are not), then reads leftwards (currency symbol,
qualifier, "between", "aged") and rightwards (scale word, range, unit, currency word,
counted noun phrase).  Work is local: every look is an anchored match or a search in a
window of bounded width, so the reader is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from decimal import Decimal

import attrs
import regex

from newsstruct._datepatterns import ADDRESS, YEAR_MEASURES, plain_copy
from newsstruct._lexicon import load_table
from newsstruct._numbers import VULGAR_FRACTIONS, parse_digits, to_number, words_value
from newsstruct._quantity_nouns import _OF_DETERMINER, Fig
from newsstruct._quantity_passes import DocumentPasses
from newsstruct._quantity_rules import Match, Pattern, Rules
from newsstruct._text import Document
from newsstruct.model import Quantity

__all__ = ["Reader"]

_DIGIT = regex.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # (what _DIGIT finds in ASCII text, found faster)
_DIGIT_RUN = re.compile(r"[0-9]+")  # a number's digits, for a house number
_GLUED_RUN = re.compile(r"[0-9A-Za-z_.,/\\]*")  # the characters of :func:`_glued`
_WORD_TOKENS = regex.compile(r"[\p{L}]+|-| ")
_NEXT_WORD_OF = regex.compile(r"[ ](?:of[ ])?([\p{L}]+)")
_WORDS = regex.compile(r"[\p{L}'-]+")
_WORDS_HYPHEN = regex.compile(r"[\p{L}-]+")
_HYPHEN_WORD = regex.compile(r"-[\p{L}]")
_ENDS_LETTER = regex.compile(r"(?i)[\p{L}]\Z")
_NAME_COMMA = regex.compile(r"([\p{L}][\p{L}'-]*)[ ]?,[ ]\Z")  # "Sam, " or "Sam , "
_NEXT_WORD = regex.compile(r"[ ]([\p{L}]+)")
_TOKEN_REST = regex.compile(r"[\p{L}\p{N}:/.,'-]{0,40}")
_REPEATED_CURRENCY = regex.compile(r"(?P<c>[^\p{L}\p{N} ]{1,2}|[A-Z]{1,3}\$)[ ]?")

_PHONE = regex.compile(
    r"""(?<![\p{N}])(?:
        \+\d{1,3}[ ]\d{2,4}[ ]\d{5,8}                                          # +44 800 789321
      | \+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,4}){1,4}   # +44 20 7946 0958
      | \(\d{3}\)[ ]?\d{3}[ .-]\d{4}                                       # (212) 555-1234
      | \d{3}[.-]\d{3}[.-]\d{4}                                            # 212-555-1234
      | 1-800-[\dA-Z]{3}-[\dA-Z]{4}
      | \(0\d{1,4}\)[ ]?\d{3,4}[ -]?\d{3,4}                                   # (02) 9876 5432
      | 0\d{2,4}[ ]\d{3,4}[ ]\d{3,4}                                          # 020 7946 0958
      | 1[38]00[ ]\d{3}[ ]\d{3,4}                                            # 1800 333 000
      | 0\d{2,4}[ ]\d{5,8}                                                   # 0800 789321
    )(?![\p{N}])""",
    regex.VERBOSE,
)
# What a phone number is written with: a match of _PHONE holds only ASCII digits and
# capitals ("1-800-FLOWERS"), spaces, ".", "-", "+", "(", ")" and digits beyond ASCII, so
# it lies within one run of these characters and of any others beyond ASCII, and the scan
# of the whole text finds in each such run what a scan of that run alone finds.  It has
# two runs of digits or more, apart.
_PHONE_ASCII = frozenset(string.digits + string.ascii_uppercase + " .+()-")
_PHONE_MARKS = string.ascii_uppercase + " .+()-"  # (the characters above but the digits)
# A phone number has four digits or more: with a "+" or "1-800-", else eight or more.
_NO_DIGITS = str.maketrans("", "", string.digits)
_DIGIT_BYTES = string.digits.encode("ascii")  # (the same, for bytes.translate)
# The characters no phone number is written with (and the end of the text)
_NO_PHONE = frozenset(map(chr, range(128))) - _PHONE_ASCII | {""}
_PHONE_RUN = re.compile(r"[0-9A-Z .+()\-\x80-\U0010FFFF]*")  # (a run from a place on)
_ATTACHED_NON_QUANTITY = regex.compile(
    r"""(?:st|nd|rd|th|s|'s|[ ]?(?i:a\.m\.?|p\.m\.?|am|pm|gmt|utc|hrs|bst|cet|est|edt|pst)
    |[ ](?i:noon|midnight))(?![\p{L}\p{N}])""",
    regex.VERBOSE,
)
_SEP = regex.compile(
    r"""(?P<pct>[ ]?%|[ ](?i:percent|per[ ]cent))?
    (?P<sep>[ ]?-[ ]?(?:to[ ])?|[ ]to[ ]|[ ]and[ ]|[ ]or[ ]|[ ]through[ ]|[ ]?/[ ]?)""",
    regex.VERBOSE,
)
_WORDS_BEFORE = regex.compile(r"(?:[\p{L}'-]+[ ,]{1,2}){0,4}\Z")
_RANGE_WORDS = frozenset({"between", "from"})
_DEGREES_GLUED = regex.compile(r"[CF](?![\p{L}\p{N}'])")
_CLOCK = regex.compile(r"\d{1,2}(?:[.:]\d{2})?[ ]?(?i:am|pm|a\.m\.|p\.m\.)(?![\p{L}])")
# "9.40 this morning", "7.30 tonight": a time of day written with a point, then the part of
# the day
_CLOCK_PART = regex.compile(
    r"[ ](?:this[ ](?:morning|afternoon|evening)|tonight|last[ ]night|local[ ]time"
    r"|in[ ]the[ ](?:morning|afternoon|evening)|at[ ]night)(?![\p{L}])"
)
_DOTTED_CLOCK = regex.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# "one in five adults", "nine in 10 people", "six out of every ten residents": a share
# written as a part of a whole
_ONE_IN = regex.compile(
    r"[ ](?:in|out[ ]of[ ]every|in[ ]every)[ ](?P<n>[1-9]\d{0,2}(?:,\d{3})?"
    r"|two|three|four|five|six|seven|eight|nine|ten|twenty|a[ ]hundred|a[ ]thousand)"
    r"(?![\p{L}\p{N}%/-]|[.,:]\p{N})"
)
_WHOLES = {"a hundred": 100, "a thousand": 1000}
# Qualifiers that are also prepositions ("about one of the issues": about it, not about 1)
_PREPOSITION_QUALIFIERS = frozenset({"about", "around", "over", "under"})
_NOT_ONE = frozenset({"no", "any", "every", "some", "each", "someone", "this", "that"})
# Verbs whose particle is "over" ("handed over 50 files"), so "over" is no qualifier there.
_OVER_VERBS = frozenset(
    """hand hands handed handing turn turns turned turning sign signs signed signing
    pass passes passed passing""".split()
)
_AGE_WORDS = frozenset(
    {"aged", "age", "ages", "at the age of", "the age of", "at age", "the ages of"}
    | {"between the ages of", "aged between"}
)
# Verbs of spreading over time: "repaid over 30 years" is the span, not a bound.
_SPREAD_VERBS = frozenset(
    """repay repays repaid repaying pay paid paying spread spreads spreading phased phasing
    staggered amortised amortized stretched distributed payable built constructed
    implemented introduced delivered""".split()
)
_SPREAD_SKIPPED = frozenset({"off", "back", "out", "it", "them"})
# Words after "the N" that make it a count ("more than the 233 needed"), not a name
_THE_N_AFTER = frozenset(
    """needed required necessary remaining missing expected allowed permitted surveyed
    polled questioned""".split()
)
# "December 21 and 22": a month and a day, and a link to the number after it
_DAY_LINKS = frozenset({"and", "or", "to", "through", "until", "till"})
_DAY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<m>[A-Z][a-z]{2,8}\.?)[ ]\d{1,2}(?:st|nd|rd|th)?,?"
    r"[ ](?:and|or|to|through|until|till)[ ]\Z"
)
_HEAD_OF = regex.compile(r"[ ]head[ ]of[ ](?P<w>[a-z]{3,20})(?![\p{L}\p{N}-])")
_AGE_TAILS = frozenset(w.split(" ")[-1] for w in _AGE_WORDS)
_RANGE_TAILS = frozenset(w.split(" ")[-1] for w in _RANGE_WORDS)
_RATE = regex.compile(r"[ ](?:a|an|per|each|every)[ ](?P<w>[\p{L}]{2,20})(?![\p{L}])")
# "up from $1.2 billion a year earlier": "a year" there starts a date, not a rate
_RATE_DATE = regex.compile(r"[ ](?:earlier|ago|later|before|previously)(?![\p{L}])")
_OLD = regex.compile(r"(?:-|[ ])olds?(?![\p{L}])")  # "a 9-year-old", "14-year-olds"
_AGO = regex.compile(r"[ ](?:ago|hence)(?![\p{L}])")  # ("20 years hence": a date too)


def _short_full_months() -> frozenset[str]:
    """Months whose full name has four letters or fewer ("May", "June", "July"): the longest
    form of each month in the months vocabulary, when it is that short."""
    longest: dict[str, str] = {}
    for form, number, *_ in load_table("months"):
        if len(form) > len(longest.get(number, "")):
            longest[number] = form
    return frozenset(form for form in longest.values() if len(form) <= 4)


_SHORT_MONTHS = _short_full_months()
# "65 or older", "18 and younger": an age bound
_OLDER = regex.compile(r"[ ](?:or|and)[ ](older|younger)(?![\p{L}])")
# "two and (a) half", "three-and-a-half"
_HALF = regex.compile(r"(?:[ ]and[ ](?:a[ ])?|-and-(?:a-)?)half(?![\p{L}])")
# "a seven-man crew", "the 27-member bloc", "a 40-page report", "a 460-strong battalion":
# a size written as a modifier still counts the noun joined to it (what "-strong" counts
# is the noun after it).
_SIZE_NOUN = regex.compile(
    r"""-(?P<w>man|woman|member|seat|page|nation|country|judge|story|storey|room|bedroom
    |bed|engine|car|carriage|vehicle|ship|vessel|team|player|passenger|county|city|game|episode
    |chapter|volume|officer|soldier|point|district|round|race|match|strong)
    (?![\p{L}\p{N}-])""",
    regex.VERBOSE,
)
# "gives Brazil 19 points", "sent Kenya 300 tonnes": a verb of giving, a name, a count
_GIVING = frozenset(
    """give gives gave giving hand hands handed handing send sends sent sending offer offers
    offered offering award awards awarded awarding grant grants granted granting lend lends
    lent lending owe owes owed sell sells sold selling""".split()
)
# "a 4-million member union", "a 2-million strong army": a hyphened figure before the size
# word written apart from it
_SCALED_HYPHEN = regex.compile(r"\p{N}-\p{L}{4,12}$")
_SPACED_SIZE = regex.compile(r"[ ](?P<w>member|strong)(?=[ ][a-z])")
# "a 15 member council", "a 500 seat chamber": a size word written apart from the number,
# before the singular noun it describes
_SPACED_SIZE_WORDS = "member seat page man nation bed bedroom judge point storey".split()
_SPACED_SIZE_NOUN = regex.compile(
    rf"[ ](?P<w>{'|'.join(_SPACED_SIZE_WORDS)})(?=[ ](?P<n>[a-z]{{3,20}})(?![\p{{L}}\p{{N}}'-]))"
)
_SPACED_SIZE_FIRST = frozenset(w[0] for w in _SPACED_SIZE_WORDS)  # (after the space)
_STRONG_NOUN = regex.compile(r"[ ](?P<w>[a-z]{3,20})(?![\p{L}\p{N}-])")
# Characters the patterns above may start with, to spare a pattern that cannot match.
# What a match of _SEP that opens with a space opens with ("per" in any case: "percent",
# "per cent")
_SEP_SPACED = (" %", " -", " /", " to ", " and ", " or ", " through ")
_ATTACHED_FIRST = frozenset("snrt'aApPgGuUhHbBcCeENmM")  # st nd rd th s 's am pm gmt noon ...
_ATTACHED_SPACED = frozenset("aApPgGuUhHbBcCeEnNmM")  # after a space: am pm gmt utc ... noon
_RATE_SECOND = frozenset("ape")  # a, an, per, each, every
_ASCII_DIGITS = frozenset(string.digits)
_MIXED_SECOND = frozenset("123456789")  # after a space, what a fraction after a number opens with
# The characters before a number that ``digits_ok`` asks about.
# "He was", "she is" right before a bare number: an age ("He was 99.")
_PRONOUN_WAS = regex.compile(r"(?<![\p{L}])(?:(?i:he|she)[ ](?:was|is)|I[ ](?:was|am))[ ]\Z")
# A decimal comma in a percentage: ",9%" of "29,9%" (a thousands group has three digits)
_DECIMAL_COMMA = re.compile(r",([0-9]{1,2})(?=[ ]?%)")
_BEFORE_MARKS = frozenset("-+:#|!='\"“§№%")
# The characters after a number set off after a name, or after "He was" ("Sam, 42,", "(32)")
_AGE_AFTER = frozenset((".", ",", ";", '"', "\u201d", ")"))
# A lower-case word after a number ("Monday 12 people"), not a preposition ("Monday 5 of May")
_LOWER_WORD = regex.compile(r"[ ](?!(?:of|and|or|to)(?![\p{L}]))[a-z]{2,20}(?![\p{L}\p{N}.'-])")
# Units of a span of time: no label ends with one ("gave Morales 30 days")
_SPAN_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
# "2 1/2 years": a whole number and a proper fraction after it
# What opens a list item after its label: a capital or a quotation or emphasis mark
_LABEL_NEXT = frozenset(string.ascii_uppercase + "'\"\u201c")
_MIXED_FRACTION = regex.compile(r"[ ]([1-9])/([1-9][0-9]?)(?![\p{N}/])")
_make_quantity = Quantity.maker()


@attrs.frozen
class _Looks:
    """The patterns read at a place after a number, for one engine."""

    half: Pattern = _HALF
    token_rest: Pattern = _TOKEN_REST
    degrees_glued: Pattern = _DEGREES_GLUED
    next_word_of: Pattern = _NEXT_WORD_OF
    repeated_currency: Pattern = _REPEATED_CURRENCY
    sep: Pattern = _SEP
    clock: Pattern = _CLOCK
    next_word: Pattern = _NEXT_WORD
    rate: Pattern = _RATE
    ago: Pattern = _AGO
    old: Pattern = _OLD
    hyphen_word: Pattern = _HYPHEN_WORD
    size_noun: Pattern = _SIZE_NOUN
    strong_noun: Pattern = _STRONG_NOUN
    attached: Pattern = _ATTACHED_NON_QUANTITY
    lower_word: Pattern = _LOWER_WORD
    spaced_size_noun: Pattern = _SPACED_SIZE_NOUN
    dotted_clock: Pattern = _DOTTED_CLOCK
    clock_part: Pattern = _CLOCK_PART
    day_before: Pattern = _DAY_BEFORE
    rate_date: Pattern = _RATE_DATE
    pronoun_was: Pattern = _PRONOUN_WAS
    older: Pattern = _OLDER
    one_in: Pattern = _ONE_IN


_LOOKS = _Looks()
# The same for plain text (see :func:`~newsstruct._datepatterns.plain_from`): the standard
# library's engine reads them there as ``regex`` does, faster.
_PLAIN_LOOKS = plain_copy(_LOOKS)


@functools.lru_cache(maxsize=16)
def _tail_ends(qualifier_tails: frozenset[str]) -> frozenset[str]:
    """The last characters of the words that end a qualifier, "aged" or "between" phrase."""
    return frozenset(w[-1] for w in (*qualifier_tails, *_AGE_TAILS, *_RANGE_TAILS) if w)


@functools.lru_cache(maxsize=16)
def _letterless(score_cues: frozenset[str]) -> bool:
    """Whether a score cue has no letter: a run of hyphens, or nothing."""
    return any(not cue.strip("-") for cue in score_cues)


@functools.lru_cache(maxsize=16)
def _quiet_before(
    currency_ones: frozenset[str], currency_tails: frozenset[str], tail_ends: frozenset[str]
) -> frozenset[str]:
    """The characters that, two places before a number (a space between), leave nothing to
    read before it: no word ends with them, nor a currency, a qualifier, "aged" or "between",
    and they set off no age after a name (", 42")."""
    return frozenset(
        c
        for c in string.digits + string.punctuation
        if c not in ".'&-,"
        and c not in currency_ones
        and c not in tail_ends
        and not any(tail.endswith(c) for tail in currency_tails)
    )


def _comments(text: str) -> list[tuple[int, int]]:
    """The spans of the markup comments of a text ("<!-- editors' note -->"): what they
    hold is not part of the story."""
    spans = []
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:  # never closed: up to the end of the line
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
        else:
            end += 3
        spans.append((start, end))
        start = text.find("<!--", end)
    return spans


def _no_phone_at(f: str, start: int, end: int) -> bool:
    """Whether no phone number holds ``start``, the start of a numeral ending at ``end``, as
    its characters tell at once (if not, :meth:`Reader.phone_end` tells): no phone character
    stands there, or the numeral opens with a run of ASCII digits with, on each side, a
    character no phone number is written with, or a space and such a character (its run of
    phone characters then holds one run of digits)."""
    if f[start : start + 1] in _NO_PHONE:
        return True
    numeral = f[start:end]
    k = start + len(numeral) - len(numeral.lstrip(string.digits))
    if k == start:
        return False
    c = f[start - 1 : start]
    if not (c in _NO_PHONE or (c == " " and f[start - 2 : start - 1] in _NO_PHONE)):
        return False
    c = f[k : k + 1]
    return c in _NO_PHONE or (c == " " and f[k + 1 : k + 2] in _NO_PHONE)


# The longest match of _PHONE: "+" and three digits, a separator, four digits in brackets and
# a separator, four digits, then four groups of a separator and four digits.
_PHONE_LONGEST = 36


def _too_few_phone_digits(f: str, start: int) -> bool:
    """Whether no phone number holds ``start`` in a text without "1-800-", as the digits
    around it tell: a match of :data:`_PHONE` holding ``start`` lies within
    :data:`_PHONE_LONGEST` characters of it each side, and holds four digits or more, eight
    or more without a "+" (see :meth:`Reader.phone_end`).  False when that window holds a
    character beyond ASCII (a digit of another script, for all it tells)."""
    window = f[start - _PHONE_LONGEST if start > _PHONE_LONGEST else 0 : start + _PHONE_LONGEST]
    if not window.isascii():
        return False
    digits = len(window) - len(window.encode("ascii").translate(None, _DIGIT_BYTES))
    return digits < 4 or (digits < 8 and "+" not in window)


def _glued(before: str) -> bool:
    """Whether a number cannot start after ``before`` (the scan's look-behind, for ASCII)."""
    return before != "" and before.isascii() and (before.isalnum() or before in "_.,/\\")


class Reader(DocumentPasses):
    """Reads every quantity of one document (see the module docstring)."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        super().__init__(doc, rules)
        # The spans no number is read in: phone numbers, found as the scan reaches them
        # (see :meth:`phone_end`), or else, when the text holds markup comments, these and
        # the phone numbers found at once.
        self.blocked: list[tuple[int, int]] | None = None
        if "<!--" in self.f:
            phones = [m.span() for m in _PHONE.finditer(self.f)]
            self.blocked = sorted(phones + _comments(self.f))
        self._phone_run: tuple[int, int, list[tuple[int, int]]] = (0, 0, [])
        self.digit: Pattern = _ASCII_DIGIT if self.low.isascii() else _DIGIT
        self.labels_until = -1
        self.last_end = -1  # where the figure read last ends
        self.looks = _PLAIN_LOOKS if self.plain else _LOOKS
        self.tail_ends = _tail_ends(rules.qualifier_tails)
        self.letterless_cues = _letterless(rules.score_cues)
        self.quiet_before = (
            frozenset()
            if "" in rules.labels
            else _quiet_before(rules.currency_ones, rules.currency_tails, self.tail_ends)
        )

    # --- driver ---------------------------------------------------------------------------

    def run(self) -> tuple[Quantity, ...]:
        out: list[Fig] = []
        pos = 0
        f = self.f
        n = len(f)
        blocked = iter(self.blocked or ())
        block = next(blocked, None)
        phones = self.blocked is None
        toll_free = "1-800-" in f  # (the one phone number written with capitals)
        low = self.low
        digits_at: Callable[[str, int], Match | None] = self.r.scan_digits.search
        words_at = self.next_word
        if low.isascii() or not any(c in low for c in VULGAR_FRACTIONS):
            digits_at = self.next_digits  # every number then has a digit
        # The next match of each scan at or after ``pos``: a match found earlier stays the
        # next one until ``pos`` passes its start.
        dm = digits_at(low, 0)
        wm = words_at(low, 0)
        while pos < n:
            if dm is not None and dm.start() < pos:
                dm = digits_at(low, pos)
            if wm is not None and wm.start() < pos:
                wm = words_at(low, pos)
            if wm is None or (dm is not None and dm.start() < wm.start()):
                if dm is None:
                    break
                m = dm
            else:
                m = wm
            ms = m.start()
            if m.lastgroup == "word":
                spelt = None
                if low[ms - 1 : ms] not in ("'", "-") or (
                    low.endswith("-of-", 0, ms)
                    and low[ms - 5 : ms - 4].isalpha()
                    and low[ms - 5 : ms - 4] != "s"  # (not "hundreds-of-thousands")
                    and low[m.end() : m.end() + 1] != "-"
                ):  # "a mother-of-three", as "a mother of three"
                    spelt = self.r.spelt.match(low, ms)
                if spelt is None:
                    pos = m.end()
                    continue
                m = spelt
            if (
                phones
                and not _no_phone_at(f, ms, m.end())
                and (toll_free or not _too_few_phone_digits(f, ms))
            ):
                end = self.phone_end(ms)
                if end >= 0:
                    pos = end  # a phone number
                    continue
            while block is not None and block[1] <= ms:
                block = next(blocked, None)
            if block is not None and block[0] <= ms:
                pos = block[1]
                continue
            self.last_end = out[-1].end if out else -1
            fig, nxt = self.read(m)
            if fig is not None and (not out or fig.start >= out[-1].end):
                out.append(fig)
                if fig.end > nxt:
                    nxt = fig.end
            pos = nxt if nxt > ms else ms + 1
        self.share_units(out)
        self.share_partitive(out)
        self.share_compared(out)
        self.borrow_conversions(out)
        if "$" in self.f:
            self.share_dollar(out)
        out = self.add_one_units(out)
        return tuple(map(self.finish, out))

    def phone_end(self, pos: int) -> int:
        """The end of the phone number that holds ``pos`` (a match of the scan of the whole
        text for :data:`_PHONE`), or -1: read in the run of phone characters around ``pos``
        alone (see :data:`_PHONE_ASCII`), the last run read remembered."""
        start, end, spans = self._phone_run
        if not start <= pos < end:
            f = self.f
            end = _PHONE_RUN.match(f, pos).end()  # type: ignore[union-attr]
            if end == pos:
                return -1  # no phone character at pos
            start = pos
            while start and ((c := f[start - 1]) in _PHONE_ASCII or c >= "\x80"):
                start -= 1
            run = f[start:end]
            core = run.strip(_PHONE_MARKS)
            if run.isascii() and (
                core.isdigit()
                or not core
                or (digits := len(run) - len(run.translate(_NO_DIGITS))) < 4
                or (digits < 8 and "+" not in run and "1-800-" not in run)
            ):
                spans = []  # one run of digits or none, or too few digits: no phone number
            else:
                spans = [m.span() for m in _PHONE.finditer(f, start, end)]
            self._phone_run = (start, end, spans)
        for s, e in spans:
            if s <= pos < e:
                return e
        return -1

    def next_digits(self, low: str, pos: int) -> Match | None:
        """The first match of the digits scan at or after ``pos`` in a text without vulgar
        fractions, where a number starts at a digit or at a point just before one."""
        scan = self.r.scan_digits
        while (digit := self.digit.search(low, pos)) is not None:
            at = digit.start()
            if at > pos and low[at - 1] == "." and not _glued(low[at - 2 : at - 1]):
                m = scan.match(low, at - 1)  # ".75"
                if m is not None:
                    return m
            before = low[at - 1 : at]
            if (
                before.isalpha()
                and low[at - 3 : at] in self.r.glued_codes
                and self.f[at - 3 : at].isupper()
                and not (at > 3 and (low[at - 4].isalnum() or low[at - 4] == "_"))
            ):
                m = scan.match(low, at)  # "AUD1 million": a code written against the number
                if m is not None:
                    return m
            if before and before.isascii() and (before.isalnum() or before in "_.,/\\"):
                # glued (see :func:`_glued`), and so is every digit up to the end of the
                # word: "A380", "1.2.3", "1,2,3"
                pos = max(at + 1, _GLUED_RUN.match(low, at).end())  # type: ignore[union-attr]
                continue
            m = scan.match(low, at)
            if m is not None:
                return m
            pos = at + 1
        return None

    def next_word(self, low: str, pos: int) -> Match | None:
        """The first match of the words scan at or after ``pos``."""
        hint, scan = self.r.words_hint, self.r.scan_words
        if hint is None:
            return scan.search(low, pos)
        if pos == 0:
            m = scan.match(low, 0)
            if m is not None:
                return m
            pos = 1
        pos -= 1  # the hint matches the character before the word
        while (found := hint.search(low, pos)) is not None:
            pos = found.start() + 1
            m = scan.match(low, pos)
            if m is not None:
                return m
        return None

    def finish(self, g: Fig) -> Quantity:
        value, low, high = g.value, g.low, g.high
        return _make_quantity(
            g.start,
            g.end,
            self.text[g.start : g.end],
            None if value is None else to_number(value),
            None if low is None else to_number(low),
            None if high is None else to_number(high),
            g.qualifier,
            g.unit,
            g.entity,
            g.kind,
            g.rule,
        )

    # --- one numeral ----------------------------------------------------------------------

    def read(self, m: Match) -> tuple[Fig | None, int]:
        kind = m.lastgroup
        if kind == "vague":
            return self.read_vague(m), m.end()
        if kind == "fraction":
            return self.read_fraction(m), m.end()
        s, e = m.span()
        if kind == "words":
            e, value, word = self.split_words(s, e)
            fig = Fig(s, e, value, word=word)
        else:
            text = self.f[s:e]
            try:
                value = parse_digits(text)
            except ValueError:
                return None, e
            fig = Fig(s, e, value, plain4=len(text) == 4 and text.isdigit())
            if not self.digits_ok(fig):
                return None, self.skip_token(e)
            if self.f[e : e + 1] == " " and text.isdigit():
                mixed = (
                    _MIXED_FRACTION.match(self.f, e)
                    if self.f[e + 1 : e + 2] in _MIXED_SECOND
                    else None
                )
                if mixed is not None and int(mixed.group(1)) < int(mixed.group(2)):
                    fig.value = value + Decimal(mixed.group(1)) / Decimal(mixed.group(2))
                    fig.end = e = mixed.end()
                    fig.plain4 = False
                elif self.f[e + 1 : e + 2] == "a" and (half := self.looks.half.match(self.f, e)):
                    fig.value = value + Decimal("0.5")  # "3 and a half hours"
                    fig.end = e = half.end()
                    fig.plain4 = False
        kept = self.expand(fig)
        return kept, (e if e > fig.end else fig.end)

    def split_words(self, s: int, e: int) -> tuple[int, Decimal, str]:
        """Cut a run of number words where a new number starts ("eighteen and sixteen")."""
        text = self.f[s:e]
        if text.isascii() and text.isalpha() and self.r.number_roles.get(text.lower()) in (
            "unit",
            "tens",
        ):
            # one number word ("two", "twenty"): kept whole, as :meth:`cut_words` keeps it
            kept, end = [text.lower()], e
        else:
            kept, end = self.cut_words(s, e)
        value = words_value(
            kept,
            self.r.number_words,
            {"hundred", "thousand", "million", "billion", "trillion", "dozen"},
        )
        if self.looks.half.match(self.f, end):
            value += Decimal("0.5")
            end = self.looks.half.match(self.f, end).end()  # type: ignore[union-attr]
        return end, value, " ".join(kept)

    def cut_words(self, s: int, e: int) -> tuple[list[str], int]:
        """The words of the first number in a run of number words, and where it ends."""
        roles = self.r.number_roles
        words = _WORD_TOKENS.findall(self.f[s:e].lower())
        kept: list[str] = []
        pos = s
        last_role = ""
        for w in words:
            if w in (" ", "-"):
                pos += 1
                continue
            role = "a" if w in ("a", "an") else ("and" if w == "and" else roles[w])
            if (
                role in ("unit", "tens")
                and last_role in ("unit", "tens")
                and not (last_role == "tens" and role == "unit" and self.r.number_words[w] < 10)
            ):
                break
            if role == "and" and last_role != "scale":
                break
            if last_role == "and" and role not in ("unit", "tens"):
                break
            kept.append(w)
            last_role = role
            pos += len(w)
        while kept and kept[-1] == "and":
            kept.pop()
        text = self.f[s:e].lower()
        end = s
        for w in kept:
            end = text.index(w, end - s) + s + len(w)
        return kept, end

    def skip_token(self, e: int) -> int:
        """Past the rest of a code or date the numeral belongs to ("08-MAG-02735")."""
        m = self.looks.token_rest.match(self.f, e)
        return m.end() if m else e

    def digits_ok(self, g: Fig) -> bool:
        """False for digits that are part of a code, a name, a time, an ordinal or a date."""
        f, s, e = self.f, g.start, g.end
        n = len(f)
        before = f[s - 1] if s else " "
        after = f[e] if e < n else " "
        after2 = f[e + 1] if e + 1 < n else " "
        if before in _BEFORE_MARKS:  # (most numbers follow a space: none of these)
            before2 = f[s - 2] if s > 1 else " "
            if before == "-":
                if (
                    before2.isalpha() or before2.isdigit() or before2 in "-/"
                ) and not f.endswith("+/-", max(0, s - 3), s):  # "+/-3.1%": plus or minus
                    return False  # F-16, COVID-19, 2012-13 tail
                if before2 in " (\n" and not f[max(0, s - 3) : s - 2].isdigit() and g.value:
                    g.start -= 1  # a negative number: "-5", "(-3)"
                    g.value = -g.value
            if before == ":" and before2.isdigit():
                return False
            if before == "+" and f[max(0, s - 4) : s - 1].isupper():
                return False  # UTC+1, GMT+8: a time zone (not "inflation+2%")
            if before in "#|!=§№" or (before == "'" and before2 in " (\n"):
                return False  # #5, '90s, table cells and markup: |19 |6, border="2"
            if before == "%" and after.isalpha():
                return False  # "%2C": a character escaped in a web address
            if before in "\"'" and before2 == "=":
                return False
            if before in "\"“" and f[e : e + 1] in ("\"", "”"):
                return False  # a "527" organisation: a name in quotation marks
        if after in ":/,.-":
            if after in ":/" and after2.isdigit():
                return False
            if after == "," and after2.isdigit():
                comma = _DECIMAL_COMMA.match(f, e)
                if comma is None or not f[s:e].isdigit():
                    return False  # a list glued together: "1,2,3"
                # "35,5%": a decimal comma, in a percentage
                g.value = parse_digits(f"{f[s:e]}.{comma.group(1)}")
                g.end = comma.end()
                g.plain4 = False
                return self.not_label(g)
            if after == "." and after2.isdigit():
                return False  # 1.2.3
            if after == "-" and after2.isalpha() and after2.isupper():
                return False  # 08-MAG
        if after.isalpha() or after == "'":
            return (
                not self.attached_at(e)
                and bool(
                    self.scale_at(e)
                    or self.unit_at(e)
                    or self.currency_at(e)
                    or (after in "CF" and self.looks.degrees_glued.match(f, e))
                )
                and self.not_label(g)
            )
        if (
            after == " "
            and (after2 in _ATTACHED_SPACED or not after2.isascii())  # see :meth:`attached_at`
            and self.looks.attached.match(f, e)
        ):
            return False  # 10 a.m.
        if (
            after == " "
            and after2 in "tlia"
            and "." in f[s:e]  # (what the dotted clock needs)
            and self.looks.dotted_clock.fullmatch(f, s, e)
            and self.looks.clock_part.match(f, e)
        ):
            return False  # "9.40 this morning": a time of day
        s, e = g.start, g.end
        if f[s] != "0" and f[e : e + 1] not in (".", ")") and s > 8 and "\n" not in f[s - 8 : s]:
            return True  # (none of the labels :meth:`not_label` turns down)
        return self.not_label(g)

    def not_label(self, g: Fig) -> bool:
        """False for "007", list labels ("1. ", "(2) ") and a lone "(3)"."""
        f, s, e = self.f, g.start, g.end
        if f[s] == "0" and e - s > 1 and f[s + 1].isdigit():
            return False  # 007, 0800
        if s <= 8 or "\n" in f[s - 8 : s]:
            text = f[s:e]
            line = f[max(0, s - 8) : s]
            head = line.rsplit("\n", 1)[-1].strip(" (")
            if (
                head == ""
                and text.isdigit()
                and len(text) <= 2
                and f[e : e + 1] in (".", ")")
                and f[e + 1 : e + 2] in (" ", "")
            ):
                return False  # "1. First point"
        before, after = f[s - 1 : s], f[e : e + 1]
        if (
            after == "."
            and e - s <= 2
            and f[s - 2 : s] == ": "
            and f[e + 1 : e + 2] == " "
            and f[e + 2 : e + 3] in _LABEL_NEXT
            and f[s:e].isdigit()
        ):
            return False  # "three issues: 1. The economy": an item's label after a colon
        if (
            after == "."
            and e - s <= 2
            and f[s - 2 : s] in (". ", "! ", "? ")
            and f[e + 1 : e + 2] == " "
            and f[e + 2 : e + 3] in _LABEL_NEXT
            and f[s:e].isdigit()
        ):
            return False  # "... the minister. 2. On Friday, ...": a label run into the text
        return not (before == "(" and after == ")" and g.value is not None and g.value <= 20)

    # --- reading outwards ---------------------------------------------------------------

    def expand(self, g: Fig) -> Fig | None:
        f, r = self.f, self.r
        s = g.start
        # nothing to read before the number: no word, currency, qualifier, "aged", "between"
        quiet = f[s - 1 : s] == " " and f[s - 2 : s - 1] in self.quiet_before
        c, inert_chars = f[g.end : g.end + 1], r.inert_after
        # nothing can be read after the number (as :meth:`inert_after` tells)
        inert = c in inert_chars or (c == " " and f[g.end + 1 : g.end + 2] in inert_chars)
        if quiet and inert and not g.word:
            # "1 2 3": the number stays as it is, unless it is a year (see :meth:`keep`)
            if g.plain4 and g.value is not None and 1000 <= g.value <= 2100:
                return None
            self.labels_until = -1
            return g
        prev = "" if quiet else self.prev_word(s)
        prev_l = prev.lower().rstrip(".")
        # dates: "April 22", "22 April", "March 2014"
        after_weekday = False
        if (
            prev
            and prev[0].isupper()
            and (prev_l in r.months or prev_l in r.weekdays or prev_l in r.seasons)
            # "on Sunday. 51% of ...": a name in full closing a sentence ("Nov. 14" does not)
            and not (prev.endswith(".") and (len(prev_l) > 4 or prev_l in _SHORT_MONTHS))
        ):
            # "On Monday 12 people were killed": a count after the day, not its date
            after_weekday = prev_l in r.weekdays and bool(self.looks.lower_word.match(f, g.end))
            if not after_weekday:
                return None
        if (
            prev_l in _DAY_LINKS
            and not g.word
            and g.value is not None
            and 1 <= g.value <= 31
            and (day := self.looks.day_before.search(f, max(0, s - 30), s))
            and day.group("m").lower().rstrip(".") in r.months
            and (
                (after := self.looks.lower_word.match(f, g.end)) is None
                or after.group(0)[1:] in r.stopwords
            )
        ):
            return None  # "December 21 and 22": the second day of a date
        if not inert and self.word_follows(g.end, "o"):
            nxt = self.looks.next_word_of.match(f[g.end : g.end + 20])
            if nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() in r.months:
                return None
        qual = age = rng = None
        span_at = -1
        if not quiet:
            # currency and qualifier before
            cur = self.currency_before(s)
            if cur:
                g.start, g.currency = cur
            # the last word of every phrase before, as written and without an opening bracket
            raw, bare, end = self.phrase_tail(g.start, self.tail_ends)
            if raw in r.qualifier_tails or bare in r.qualifier_tails:
                qual = self.qualifier_before(g.start, raw, bare, end)
                if qual and qual[1] == "over" and self.prev_word(qual[0]).lower() in _OVER_VERBS:
                    qual = None  # "handed over 2 databases": a verb's particle
                elif qual and qual[1] == "over" and self.spread_before(qual[0]):
                    span_at = g.start  # "12 percent over two years": a span if of time
            if raw in _AGE_TAILS or bare in _AGE_TAILS:
                age = self.phrase_before(g.start, _AGE_WORDS)
                if age and age[1].startswith(("between", "aged between")):
                    rng = (age[0], "between")  # "between the ages of 12 and 15"
            elif qual is not None:  # "aged over eighty": the age before the qualifier
                raw2, bare2, _ = self.phrase_tail(qual[0], self.tail_ends)
                if raw2 in _AGE_TAILS or bare2 in _AGE_TAILS:
                    age = self.phrase_before(qual[0], _AGE_WORDS)
            if raw in _RANGE_TAILS or bare in _RANGE_TAILS:
                rng = self.phrase_before(g.start, _RANGE_WORDS, 1)
        if not inert:
            # scale word (its cheap test asked first)
            if (self._heads if g.end == self._heads_at else self.heads_after(g.end))[0]:
                self.read_scale(g)
            # range or score
            if self.read_range(g, rng) is False:
                return None
        if qual and g.qualifier == "exact":
            g.qualifier = r.qualifiers_before[qual[1]]
            g.start = qual[0]
        elif rng and g.low is not None:
            g.start = rng[0]
        elif qual and g.low is not None:
            g.start = qual[0]  # "some 300 to 400 protesters": still a range
        if g.kind == "score":
            # "Law no 2001-692", "Resolution 1483-1": a label, not a tally
            return None if prev_l in r.strong_labels else g
        self.read_after(g)
        if span_at >= 0 and g.kind == "duration" and g.low is None:
            g.qualifier, g.start = "exact", span_at  # "repaid over 30 years": the span
        older = None
        if (
            g.unit is None
            and g.currency is None
            and g.entity is None
            and g.low is None
            and self.f.startswith((" or ", " and "), g.end)  # (what _OLDER opens with)
        ):
            older = self.looks.older.match(self.f, g.end)  # "65 or older"
        if older and g.qualifier == "exact" and g.value is not None and 1 <= g.value <= 120:
            g.end = older.end()
            g.qualifier = "at_least" if older.group(1) == "older" else "at_most"
            g.unit, g.kind, g.rule = "year", "age", "quantity.age"
            if age:
                g.start = min(g.start, age[0])
        elif age and g.unit in (None, "year", "month", "week", "day"):
            g.start = min(g.start, age[0])
            g.unit = g.unit or "year"
            g.kind, g.rule = "age", "quantity.age"
        elif (
            g.unit is None
            and g.currency is None
            # (what :meth:`is_age_after_name` reads after the number)
            and (f[g.end : g.end + 1] in _AGE_AFTER or f.startswith(" (", g.end))
            and self.is_age_after_name(g)
        ):
            g.unit, g.kind, g.rule = "year", "age", "quantity.age"
        if not self.keep(g, prev, prev_l, qual is not None):
            return None
        return g

    def currency_before(self, pos: int) -> tuple[int, str] | None:
        """A currency symbol or code written before the number ("US$13", "NZ $ 26", "EUR 40")."""
        f, table = self.f, self.r.currencies
        if f.endswith("&nbsp;", 0, pos):  # "US$ &nbsp;85 billion": a space left as markup
            pos -= 6
        end = pos - 1 if f[pos - 1 : pos] == " " else pos
        if f[end - 1 : end] == " " and f[end - 2 : end - 1] == "$":
            end -= 1  # "R$  6.86": a space left where a link was
        if f[end - 1 : end] not in self.r.currency_ones and f[end - 2 : end] not in (
            self.r.currency_tails
        ):
            return None  # no currency ends with the characters before
        befores = self.r.currency_befores
        for size in range(min(7, end), 0, -1):
            start = end - size
            cand = f[start:end]
            key = cand.replace(" $", "$")
            if key not in befores:
                continue  # (nor is it one once a "$" after a code is taken off: see below)
            if key.endswith("$") and key[:-1] in table and table[key[:-1]][0] == key[:-1]:
                key = key[:-1]  # "AUD $600,000", "CAD$40": the code says which dollar
            if key != cand and len(key) == 2 and cand[0] in "AI":
                continue  # "A $5 toll": the article, not a code spaced from the sign
            if (
                cand[0] != " "
                and key in table
                and table[key][1] != "suffix"
                and (start == 0 or not (f[start - 1].isalnum()))
            ):
                return start, table[key][0]
        return None

    def read_scale(self, g: Fig) -> None:
        pos = g.end
        # (:meth:`scale_at`, its cheap test asked first)
        if not (self._heads if pos == self._heads_at else self.heads_after(pos))[0]:
            return
        m = self.r.scale_at.match(self.f, pos)
        if not m or g.value is None:
            return
        mult, where = self.r.scales[m.group("scale")]
        if where == "money" and g.currency is None:
            return
        if where == "attached" and m.group("sep"):
            return
        if (
            g.word
            and m.group("sep")
            and m.group("scale") in self.r.number_words
            and not self.f.endswith("half", g.start, g.end)  # "five and a half billion"
        ):
            return  # already read as words
        g.value *= mult
        g.end = m.end()
        g.plain4 = False

    def second_numeral(self, pos: int, currency: str | None) -> tuple[int, Decimal, bool] | None:
        """The numeral that closes a range, at ``pos`` (a currency symbol may repeat)."""
        f, r = self.f, self.r
        repeated = self.looks.repeated_currency
        cur = None if f[pos : pos + 1] in _ASCII_DIGITS else repeated.match(f, pos)
        if cur and cur.group("c") in r.currencies:
            if currency and r.currencies[cur.group("c")][0] != currency:
                return None
            pos = cur.end()
        m = r.numeral_at.match(self.low, pos)
        if not m:
            return None
        digits = m.group("digits")
        if digits:
            e = m.end()
            value = parse_digits(digits)
            if e < len(f) and (f[e] in ":/" or (f[e] == "." and f[e + 1 : e + 2].isdigit())):
                return None
            if e < len(f) and f[e] != " " and self.attached_at(e):
                return e, Decimal(-1), False  # a time or an ordinal: "5.15-5.30pm"
            if f[e : e + 1] == " " and f[e + 1 : e + 2] in _MIXED_SECOND and digits.isdigit():
                mixed = _MIXED_FRACTION.match(f, e)  # "1 1/4 to 1 1/2 inches"
                if mixed is not None and int(mixed.group(1)) < int(mixed.group(2)):
                    part = Decimal(mixed.group(1)) / Decimal(mixed.group(2))
                    return mixed.end(), value + part, False
            return e, value, len(digits) == 4 and digits.isdigit()
        e, value, _ = self.split_words(m.start(), m.end())
        return e, value, False

    def read_range(self, g: Fig, rng: tuple[int, str] | None) -> bool | None:
        """Read "10 to 20", "10-20", "between 10 and 20", "3 - 1" (a score).

        Returns False when the pair is not a quantity at all ("2000 - 2050", "2012-13").
        """
        f, r = self.f, self.r
        c = f[g.end : g.end + 1]
        if c == "-" and f[g.end + 1 : g.end + 2] in _ASCII_DIGITS:
            raw, pct, sep_end = "-", None, g.end + 1  # what _SEP reads of "-2"
        else:
            if not (
                c in ("%", "-", "/")
                or (
                    c == " "
                    and (
                        f.startswith(_SEP_SPACED, g.end)
                        or f[g.end + 1 : g.end + 4].lower() == "per"
                    )
                )
            ):
                return None
            m = self.looks.sep.match(f, g.end)
            if not m:
                return None
            raw, pct, sep_end = m.group("sep"), m.group("pct"), m.end()
        if g.value is None:
            return None
        sep = raw.strip(" ")
        clock = f[sep_end : sep_end + 9]  # an "m" ends "am" or "pm" within it
        if ("m" in clock or "M" in clock) and self.looks.clock.match(f, sep_end):
            g.end = sep_end
            return False  # "5.15-5.30pm", "9 to 5pm"
        second = self.second_numeral(sep_end, g.currency)
        if second is None:
            return None
        e2, v2, plain4_2 = second
        if v2 < 0:
            if sep.startswith("-"):
                g.end = e2
                return False
            return None
        first_plain = g.plain4 or (g.value == g.value.to_integral_value() and g.value >= 1000)
        if (
            first_plain
            and g.plain4
            and 1000 <= g.value <= 2100
            and ((plain4_2 and 1000 <= v2 <= 2100) or (sep.startswith("-") and e2 - sep_end == 2))
        ):
            g.end = e2
            return False  # 2000 - 2050, 2012-13, from 1980 to 2012
        if sep == "/":
            return None
        if sep == "and" and not (rng and rng[1] == "between"):
            return None
        if sep == "to" and rng and rng[1] == "from" and self.is_change(rng[0]):
            return None
        if (
            sep == "to"
            and (pct or g.value > v2)
            and f.endswith(" by ", max(0, g.start - 4), g.start)
            and self.is_change(g.start - 3)
        ):
            return None  # "rose by 0.5% to 7.5%", "rising by 293,000 to 5.9 million": two figures
        after = self.unit_at(e2)
        if pct and not (after and after.group("unit") in ("%", "percent", "per cent")):
            return None
        if sep.startswith("-") and self.is_score(g, pct, raw, e2, v2, after):
            g.end, g.value = e2, None
            g.kind, g.rule = "score", "quantity.score"
            return True
        scale = self.scale_at(e2)
        if scale and (r.scales[scale.group("scale")][1] != "attached" or not scale.group("sep")):
            mult, where = r.scales[scale.group("scale")]
            if where != "money" or g.currency:
                if g.value < v2 or g.value == v2:
                    g.value *= mult
                elif g.plain4 and 1900 <= g.value <= 2100:
                    return None  # "in 2007 to 350 billion yuan": a year, then the figure
                v2 *= mult
                e2 = scale.end()
        if v2 < g.value:
            return None  # "5 to 3": not a range we can trust
        g.low, g.high, g.value = g.value, v2, None
        g.qualifier, g.rule, g.end = "range", "quantity.range", e2
        g.plain4 = False
        return True

    def spread_before(self, pos: int) -> bool:
        """Whether "over" at ``pos`` follows a figure ("12 percent over two years") or a
        verb of change or of spreading ("rose over", "repaid over")."""
        if self.last_end >= 0 and self.f[self.last_end : pos] == " ":
            return True
        word = self.prev_word(pos).lower()
        for _ in range(2):  # "paid off over 10 years", "repaid it over 10 years"
            if word not in _SPREAD_SKIPPED or pos <= len(word) + 1:
                break
            pos -= len(word) + 1
            word = self.prev_word(pos).lower()
        return word in _SPREAD_VERBS or word in self.r.change_words

    def is_change(self, pos: int) -> bool:
        m = _WORDS_BEFORE.search(self.f, max(0, pos - 50), pos)
        words = _WORDS.findall(m.group(0).lower()) if m else []
        return any(w in self.r.change_words for w in words[-3:])

    def is_score(
        self,
        g: Fig,
        pct: str | None,
        sep: str,
        e2: int,
        v2: Decimal,
        after: Match | None,
    ) -> bool:
        """Whether "3-1" (``sep`` the separator as written) is a score or a tally."""
        if g.value is None or g.currency or pct or after or g.word:
            return False
        if not (g.value == g.value.to_integral_value() and v2 == v2.to_integral_value()):
            return False
        if "," in self.f[g.start : e2]:
            return False
        if v2 < g.value:
            return True  # a tally: "passed 72-39"
        if g.value > 99 or v2 > 99:
            return False
        window = self.f[max(0, g.start - 40) : min(len(self.f), e2 + 25)].lower()
        if self.letterless_cues or not window.isascii() or window.upper() != window:
            # (an ASCII window without letters holds no word, only runs of hyphens)
            words = set(_WORDS_HYPHEN.findall(window))
            if words & self.r.score_cues:
                return True
        spaced = sep.startswith(" ")
        prev = self.prev_word(g.start)
        return (spaced and (g.value <= 15 and v2 <= 15)) or bool(
            prev and prev[0].isupper() and prev.lower() not in self.r.stopwords
        )

    def read_after(self, g: Fig) -> None:
        f, r = self.f, self.r
        if f.startswith((" in ", " out of every "), g.end) and self.read_share(g):
            return
        c, inert = f[g.end : g.end + 1], r.inert_after
        if c in inert or (c == " " and f[g.end + 1 : g.end + 2] in inert):  # (inert_after)
            if g.currency:
                g.unit, g.kind, g.rule = g.currency, "money", self.rule_for(g, "quantity.money")
            return
        qa = self.qualifier_at(g.end)
        if qa and g.qualifier in ("exact",) and g.low is None:
            g.qualifier = r.qualifiers_after[qa.group("q").lower()]
            g.end = qa.end()
        elif (
            f[g.end : g.end + 1] == "+"
            and not f[g.end + 1 : g.end + 2].isalnum()
            and g.qualifier == "exact"
            and g.low is None
        ):
            g.qualifier, g.end = "at_least", g.end + 1  # "50+ people"
        # currency word after ("5.6 billion dollars", "40 EUR")
        # (:meth:`currency_at` and :meth:`unit_at`, their cheap test asked once)
        pos = g.end
        heads = self._heads if pos == self._heads_at else self.heads_after(pos)
        cm = r.currency_after.match(f, pos) if heads[2] else None
        um = r.unit_after.match(f, pos) if heads[1] else None
        if um and len(um.group("unit")) > 3 and um.group("unit")[:2].istitle():
            nxt = self.looks.next_word.match(f, um.end())
            if nxt and nxt.group(1)[0].isupper():
                um = None  # "Three Mile Island": a name, not a unit
        surface = self.unit_key(cm.group("cur"), r.currencies) if cm else ""
        if cm and (g.currency is None or r.currencies[surface][0] == g.currency):
            code, _, factor = r.currencies[surface]
            is_pound = surface.lower().startswith("pound")
            if not is_pound or g.currency or self.scaled(g) or "sterling" in surface:
                g.currency = code
                g.end = cm.end()
                if factor != 1:
                    g.value = g.value * factor if g.value is not None else None
                    g.low = g.low * factor if g.low is not None else None
                    g.high = g.high * factor if g.high is not None else None
                um = None
        if g.currency:
            g.unit, g.kind, g.rule = g.currency, "money", self.rule_for(g, "quantity.money")
            rate = (
                self.looks.rate.match(f, g.end)
                if f[g.end : g.end + 1] == " " and f[g.end + 1 : g.end + 2] in _RATE_SECOND
                else None
            )
            if (
                rate
                and rate.group("w").lower() not in r.stopwords
                and not self.looks.rate_date.match(f, rate.end())
            ):
                g.entity = rate.group("w")
                g.end = rate.end()
            return
        degrees = self.looks.degrees_glued
        glued = degrees.match(f, g.end) if f[g.end : g.end + 1] in ("C", "F") else None
        if glued and not um and not cm and g.currency is None:
            g.unit, g.kind, g.rule = f"°{glued.group(0)}", "temperature", "quantity.measure"
            g.end = glued.end()  # "40C"
            return
        if um and um.group("unit") == "m" and not um.group("sep") and g.value is not None:
            nxt = self.looks.next_word.match(f, um.end())
            if nxt and self.is_plural(nxt.group(1)):
                g.value *= 1_000_000  # "1.5m people": million, not metres
                g.end = um.end()
                self.read_entity(g)
                return
        if um:
            unit, kind = r.units[self.unit_key(um.group("unit"))]
            if kind == "duration" and self.looks.ago.match(f, um.end()):
                g.value = g.low = g.high = None
                g.kind = "date"
                return
            old = self.looks.old.match(f, um.end())
            if old and kind == "duration":
                g.unit, g.kind, g.rule = unit, "age", "quantity.age"
                g.end = old.end()
                return
            g.unit, g.end = unit, um.end()
            g.kind = kind
            rule = {"percent": "quantity.percent", "duration": "quantity.duration"}
            g.rule = self.rule_for(g, rule.get(kind, "quantity.measure"))
            if unit == "°":
                g.kind = "temperature"
            return
        hyph = f[g.end : g.end + 1] == "-" and self.looks.hyphen_word.match(f[g.end : g.end + 2])
        if hyph and self.read_size(g):
            return
        if hyph:
            g.kind = "hyphenated"  # "three-time", "10-member": a modifier, not a figure
            return
        if (
            f[g.end : g.end + 1] == " "
            and f.find("-", g.start, g.end) >= 0  # (what _SCALED_HYPHEN needs)
            and _SCALED_HYPHEN.search(f, g.start, g.end)
            and (size := _SPACED_SIZE.match(f, g.end))
            and self.read_size(g, size)
        ):
            return  # "a 4-million member union"
        if (
            f[g.end : g.end + 1] == " "
            and not g.plain4
            and self.low[g.end + 1 : g.end + 2] in _SPACED_SIZE_FIRST
            and (spaced := self.looks.spaced_size_noun.match(self.low, g.end))
            and not spaced.group("n").endswith(("s", "ed", "ing", "ly"))
            and spaced.group("n") not in r.stopwords
            and spaced.group("n") not in r.verbs
            and f[spaced.start("n")].islower()
            and self.read_size(g, spaced)
        ):
            return  # "the 15 member council"
        if (
            f.startswith(" times", g.end)
            and not f[g.end + 6 : g.end + 7].isalnum()
            and (g.value is None or g.value > 1)
        ):
            g.entity, g.end, g.kind = "times", g.end + 6, "count"  # "re-elected three times"
            return
        if f.endswith("-of-", 0, g.start):
            return  # "a mother-of-three": the noun it counts is not written
        if (
            f.startswith(" head of ", g.end)
            and not f[g.start].isupper()  # (not "Nine head of news": a title)
            and (herd := _HEAD_OF.match(f, g.end))
        ):
            g.entity = f[g.end + 1 : herd.end()]  # "1,500 head of cattle"
            g.end, g.kind, g.rule = herd.end(), "count", "quantity.count"
            return
        self.read_entity(g)
        if g.entity is None and g.value is not None and g.value > 1 and self.word_follows(g.end):
            people = self.looks.next_word.match(f, g.end)
            if people and people.group(1).endswith(("ese", "Swiss")) and self.is_demonym(
                people.group(1)
            ):
                g.entity, g.end, g.kind = people.group(1), people.end(), "count"  # "38 Lebanese"
        if g.entity is None and f[g.end : g.end + 4] == " of ":
            self.read_partitive(g)

    def read_share(self, g: Fig) -> bool:
        """ "one in five adults", "six out of every ten residents": the share of a whole
        (0.2, 0.6) and the noun it counts."""
        if (
            g.value is None
            or g.low is not None
            or g.currency is not None
            or g.plain4
            or not 1 <= g.value < 100
            or g.value != int(g.value)
        ):
            return False
        m = self.looks.one_in.match(self.low, g.end)
        if m is None or self.unit_at(m.end()) or self.currency_at(m.end()):
            return False  # "2 in 10 days", "3 in 10 dollars"
        n = m.group("n")
        digits = n.replace(",", "")
        whole = Decimal(_WHOLES[n]) if n in _WHOLES else self.r.number_words.get(n)
        if whole is None and digits.isdigit():
            whole = Decimal(digits)
        if whole is None:
            return False
        end = m.end()
        sc = self.scale_at(end) if digits.isdigit() else None
        if sc is not None and self.r.scales[sc.group("scale")][1] != "money":
            whole, end = whole * self.r.scales[sc.group("scale")][0], sc.end()  # "1 in 176m"
        if whole <= g.value:
            return False
        g.value = g.value / whole
        g.end = end
        g.word = ""  # (a share, not the pronoun "one")
        g.rule = "quantity.fraction"
        self.read_entity(g)
        words = g.entity.split(" ") if g.entity else []
        if (
            len(words) == 2
            and words[0][:1].isupper()
            and words[1].islower()
            and self.is_plural(words[0])
        ):
            # "one in four Malawians lives on ...": the verb agrees with "one"
            g.entity = words[0]
            g.end = g.end - len(words[1]) - 1
        return True

    def read_size(self, g: Fig, size: Match | None = None) -> bool:
        """ "a seven-man crew", "the 27-member bloc", "a 5,000-strong force": a count."""
        if size is None:
            size = self.looks.size_noun.match(self.low, g.end)
        if size is None or g.value is None or g.value <= 1 or g.low is not None:
            return False
        g.end = size.end()
        g.kind, g.rule = "count", "quantity.count"
        word = size.group("w")
        if word != "strong":
            g.entity = self.text[size.start("w") : size.end("w")]
            return True
        noun = self.looks.strong_noun.match(self.f, g.end)
        if noun is None:
            self.read_entity(g)  # "the 100,000-strong U.S. forces"
        elif noun.group("w") not in self.r.stopwords:
            g.entity = noun.group("w")
            g.end = noun.end()
            head = self.looks.strong_noun.match(self.f, g.end)
            if (
                head is not None
                and not g.entity.endswith("s")  # ("police unit", not "troops")
                and head.group("w") not in self.r.stopwords
                and head.group("w") not in self.r.verbs
                and not head.group("w").endswith(("ed", "ing", "ly"))
            ):
                g.entity = self.text[noun.start("w") : head.end()]  # "security force"
                g.end = head.end()
        return True

    def attached_at(self, pos: int) -> Match | None:
        """An ordinal, plural or clock suffix glued to (or after) a number ("2nd", "10 am")."""
        c = self.f[pos : pos + 1]
        if c == " ":
            c = self.f[pos + 1 : pos + 2]
            if c in _ATTACHED_SPACED or not c.isascii():
                return self.looks.attached.match(self.f, pos)
            return None
        if c in _ATTACHED_FIRST or not c.isascii():
            return self.looks.attached.match(self.f, pos)
        return None

    def word_follows(self, pos: int, also: str = "") -> bool:
        """Whether a space and a capital (or any non-ASCII character, or ``also``) come at
        ``pos``: the start of a name ("10 Downing Street", "5 March", "5 of March")."""
        c = self.f[pos + 1 : pos + 2]
        return (
            self.f[pos : pos + 1] == " "
            and c != ""
            and (c.isupper() or not c.isascii() or c == also)
        )

    def inert_after(self, pos: int) -> bool:
        """Whether no unit, scale, range, qualifier or word can be read at ``pos``: the text
        goes on with a character none of them starts with, or a space and such a character
        ("2021 2021", "in 2014, the")."""
        inert = self.r.inert_after
        c = self.f[pos : pos + 1]
        return c in inert or (c == " " and self.f[pos + 1 : pos + 2] in inert)

    @staticmethod
    def rule_for(g: Fig, rule: str) -> str:
        return "quantity.range" if g.low is not None else rule

    def scaled(self, g: Fig) -> bool:
        return bool(_ENDS_LETTER.search(self.f[g.start : g.end]))

    def is_age_after_name(self, g: Fig) -> bool:
        """ "Thomas Sam, 42, and ...", "Ann Ion (32)": a bare number set off after a name."""
        f = self.f
        if g.value is None or g.entity or g.word or g.qualifier != "exact":
            return False
        after = f[g.end : g.end + 1]
        if (
            after in (".", ",", ";", '"', "\u201d")  # "He was 99.", 'when I was 8".'
            and 1 <= g.value <= 120
            and self.looks.pronoun_was.search(f, max(0, g.start - 12), g.start)
        ):
            return True  # "He was 99."
        noted = f[g.end : g.end + 2] == " ("  # "Bahus, 56 (bus driver)"
        if after not in (",", ")") and not noted:
            return False  # neither "Sam, 42," nor "Ion (32)"
        if not (1 <= g.value <= 120 and g.value == g.value.to_integral_value()):
            return False
        if f[g.start - 1 : g.start] == "(" and after == ")" and g.value >= 16:
            word = self.prev_word(g.start - 1)  # "Ion (32)"
        elif f[g.start - 3 : g.start] == "), " and after == ",":
            # "Sharon (born Ariel Sheinerman), 77,": the name before the aside
            opened = f.rfind("(", max(0, g.start - 60), g.start - 3)
            word = self.prev_word(opened) if opened > 0 else ""
        elif f[g.start - 2 : g.start] == ", ":
            m = _NAME_COMMA.search(f[max(0, g.start - 40) : g.start])
            word = m.group(1) if m else ""
        elif f.endswith(", then ", max(0, g.start - 7), g.start) and after == ",":
            m = _NAME_COMMA.search(f[max(0, g.start - 45) : g.start - 5])  # "Sam, then 28,"
            word = m.group(1) if m else ""
        else:
            return False
        # "el-Nashar": a particle before a capital
        named = word[:1].isupper() or word.rsplit("-", 1)[-1][:1].isupper()
        return bool(word) and named and word.lower() not in self.r.stopwords

    def counts_after_name(self, g: Fig, prev: str, prev_l: str) -> bool:
        """A capitalised word before a number that still counts: "On Monday 12 people died",
        "sent the North 50,000 tons", a topic word before "Five men were"."""
        if prev_l in self.r.weekdays:
            return True  # (read on only before a lower-case word: see :meth:`expand`)
        if g.entity is None and g.unit is None:
            return False
        if g.word == "" and "," in self.f[g.start : g.end]:
            return True  # thousands in a label are not written with a comma: "Flight 447"
        if g.unit in _SPAN_UNITS and g.entity is None and g.word == "":
            return True  # "to give Thompson 15 days": a span of time is no label's tail
        at = g.start - 1 - len(prev)
        if (
            (g.unit is not None or (g.entity and g.entity.islower()))
            and (g.entity is None or self.is_plural(g.entity.split()[-1]))
            and self.f[at : at + len(prev)] == prev
            and self.prev_word(at).lower() in _GIVING
        ):
            return True  # "the win gives Brazil 19 points": what the name receives
        head = g.entity.split()[-1] if g.entity else ""
        if not (g.word and g.value is not None and g.value >= 2 and head.islower()):
            return False
        if not self.is_plural(head):
            return False  # "BBC One autumn launch"
        # only a topic word that opens the text ("Peru Four miners were"): elsewhere a
        # name ("World War Two veterans", "the Big Three automakers")
        at = len(self.f[: g.start].rstrip(" ")) - len(prev) if g.start <= 40 else -1
        return at >= 0 and not self.f[:at].strip()

    def counted_by_owner(self, g: Fig, prev: str) -> bool:
        """ "Quebec's 75 seats", "Britain's 650 MPs": a name's possessive before a number
        that counts a plural noun in lower case is its owner, not a label's first part."""
        if not prev.endswith(("'s", "s'")) or g.entity is None or g.unit is not None:
            return False
        head = g.entity.split()[-1]
        return (head.islower() or head[:-1].isupper()) and self.is_plural(head)

    # --- keep or drop -------------------------------------------------------------------

    def keep(self, g: Fig, prev: str, prev_l: str, qualified: bool) -> bool:
        r = self.r
        if g.kind in ("date", "hyphenated"):
            return False
        bare = g.unit is None and g.entity is None and g.currency is None
        if g.plain4 and g.value is not None and g.low is None:
            if bare and 1000 <= g.value <= 2100:
                if prev_l in r.labels or prev_l.rstrip("s") in r.labels:
                    self.labels_until = g.end  # "Resolutions 1441, 678 and 687": a label
                return False  # a year: "in 2014", "2009 was the worst year"
            if (
                1900 <= g.value <= 2100
                and g.currency is None
                and g.unit is None
                and not (qualified or (prev and prev.islower() and prev_l not in r.year_words))
            ):
                return False  # "the 2014 protests", "2009 goes into the books"
            if 1900 <= g.value <= 2100 and g.entity in YEAR_MEASURES:
                return False  # "20% below 1990 levels": a year
        if (
            g.entity is not None
            and g.entity[:1].isupper()
            and g.unit is None
            and g.currency is None
            and (digits := _DIGIT_RUN.search(self.f, g.start, g.end)) is not None
            and ADDRESS.match(self.f, digits.end())
        ):
            return False  # "1850 Kings Road": a house number
        if g.word == "zero" and bare:
            return False  # "a rate near zero", "sales fell to zero": a level, nothing counted
        if g.word == "one" and ((bare and not qualified) or prev_l in _NOT_ONE):
            return False  # "one of several issues", "the new one", "no one"
        if (
            g.word == "one"
            and bare
            and prev_l in _PREPOSITION_QUALIFIERS
            and _OF_DETERMINER.match(self.f, g.end)
        ):
            return False  # "to talk about one of the problems": "about" is no qualifier
        if g.word and g.word.split()[0] in ("a", "an") and bare and not qualified:
            return prev_l not in r.stopwords or prev_l in ("of", "by")
        mid_sentence = prev[-1:].isalpha() and prev.islower()
        if g.word and not qualified and mid_sentence and self.f[g.start].isupper():
            named = g.entity or ""
            if not named and (following := _NEXT_WORD.match(self.f, g.end)):
                named = following.group(1)
            if named[:1].isupper():
                return False  # "the new Seven Wonders", "the Three Gorges": a name
        labelled = prev_l in r.labels or prev_l.rstrip("s") in r.labels
        chained = self.labels_until >= 0 and (
            prev_l in ("and", "or", "to", "through")
            or self.f[self.labels_until : g.start] == ", "  # "Resolutions 242, 338"
        )
        strong = prev_l in r.strong_labels or prev_l.rstrip("s") in r.strong_labels
        if strong and prev_l.endswith("s") and g.entity and self.is_plural(g.entity.split()[-1]):
            strong = labelled = False  # "the force numbers 5,000 troops": a verb
        if prev.endswith(".") and self.f[g.start].isupper():
            strong = labelled = False  # "passed the amendment. Two hundred lawmakers"
        if (bare or strong) and (labelled or chained) and g.currency is None:
            self.labels_until = g.end
            return False
        self.labels_until = -1
        if (
            prev  # the word right before the number
            and not prev.endswith(".")
            and not prev.islower()
            and any(c.isupper() for c in prev)  # Boeing 737, iPad 2
            and prev_l not in r.stopwords
            and prev_l not in r.qualifiers_before
            and prev_l not in _AGE_WORDS  # "Aged 30"
            and g.currency is None
            and g.unit != "%"
            and not qualified
            # "EU's 27-member"
            and not (g.entity and self.looks.size_noun.search(self.low, g.start, g.end))
            # "handing Gbagbo two rifles": a number in words, in lower case, that counts
            and not (g.word and g.entity and self.f[g.start].islower())
            # "Canada Thirty-five square kilometres": a measure spelt out opens a sentence
            and not (g.word and g.rule == "quantity.measure" and self.f[g.start].isupper())
            and not self.counts_after_name(g, prev, prev_l)
            and not self.counted_by_owner(g, prev)
        ):
            return False  # Boeing 737, Flight 447, Article 5, DEFENDER-Europe 21
        if bare and prev_l == "the" and not qualified:
            nxt = self.looks.next_word.match(self.f[g.end : g.end + 30])
            return bool(nxt and nxt.group(1) in _THE_N_AFTER)  # "the 747", not "the 233 needed"
        if bare and not qualified and self.word_follows(g.end):
            nxt = self.looks.next_word.match(self.f[g.end : g.end + 30])
            if nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() not in r.stopwords:
                return False  # 10 Downing Street
        return True
