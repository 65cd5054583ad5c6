"""The compiled date grammar: one verbose pattern built from the date vocabularies.

Everything here is compiled once per :class:`~newsstruct._lexicon.Config` and shared by
:mod:`newsstruct.dates`.  Each alternative of :attr:`Grammar.pattern` is a named group whose
name is the rule that reads it; alternatives that can start at the same place are ordered
longest reading first ("Tuesday, June 19, 2018" before "Tuesday", "May Day" before "May").

>>> g = grammar(DEFAULT_CONFIG)
>>> m = g.pattern.search("It opened on Tuesday, June 19, 2018.")
>>> m.group(0), m.lastgroup is not None
('Tuesday, June 19, 2018', True)
>>> g.months["sept"], g.weekdays["sunday"]
(9, 7)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config, word_trie

__all__ = [
    "ADDRESS", "HOLIDAY_ONLY", "NOT_READ", "READ", "RULES", "YEAR_MEASURES", "Grammar", "Prefilter",
    "grammar",
    "plain_from",
]  # fmt: skip

# The alternatives of the grammar, each read by the rule of the same name, in pattern order.
RULES = (
    "md", "hol", "my", "iso", "num", "fiscal", "quarter", "decade", "reld", "ago", "inn",
    "anch", "wd", "season", "yend", "rel", "year", "mon",
)  # fmt: skip

# Words before a bare year or month that make it a date ("in 1850", "since March").
TEMPORAL_PREPOSITIONS = frozenset(
    """in since from until till by to of during before after between and or through
    throughout circa c early late mid around the this last next year fiscal""".split()
)
# Words before a number that make it an amount ("about 2000", "a total of 2000").
AMOUNT_WORDS = frozenset(
    """about around some nearly almost over than approximately roughly estimated total
    least most only just another additional extra""".split()
)
# Plural nouns a year qualifies ("below 1990 levels", "up to 2008 prices"), where a
# count would not.
YEAR_MEASURES = frozenset(
    {"levels", "prices", "standards", "rates", "figures", "values", "emissions"}
)
# After a house number: (after "and" or "to" and another number) the name of a street
# ("1109 and 1121 Elmwood Avenue", "2200 North Main Street"), which makes the number
# neither a year nor an amount.
ADDRESS = regex.compile(
    r"(?:[ ](?:and|to|or)[ ]\d{1,5})?(?:[ ]\p{Lu}[\p{Ll}'-]+){1,3}[ ]"
    r"(?:Avenue|Street|Road|Boulevard|Drive|Lane|Terrace|Parkway|Highway|Ave|St|Rd|Blvd)\b"
    r"(?![ ]\p{Lu}\p{Ll})"  # ("the California Highway Patrol": a name, not a street)
)


def _forms(words: Iterable[str], *, cased: bool) -> set[str]:
    """``words`` as written, or in their Title and UPPER case forms if ``cased``."""
    if not cased:
        return set(words)
    return {form for w in words for form in (w[:1].upper() + w[1:], w.upper())}


def _alternation(words: Iterable[str], *, cased: bool) -> str:
    """A regex matching any of ``words`` (Title and UPPER case forms if ``cased``), written
    as a trie of common prefixes, so that a text matches the longest form first and a
    failing position is rejected after a character or two; spaces match any run of spaces.

    >>> _alternation(["may", "march", "mar"], cased=False)
    'ma(?:r(?:ch)?|y)'
    """
    return word_trie(_forms(words, cased=cased), space=r"\s+")


def _longest_first(words: Iterable[str]) -> str:
    """A flat regex alternation of ``words``, longest first: for patterns matched right to
    left, where a trie would try a shorter word before a longer one ending the same way."""
    ordered = sorted(set(words), key=lambda s: (-len(s), s))
    return "|".join(regex.escape(f).replace("\\ ", r"\s+") for f in ordered)


def _initials(words: Iterable[str], *, cased: bool) -> str:
    """The characters ``words`` can start with, for a character class (may be empty)."""
    return "".join(sorted({regex.escape(f[0]) for f in _forms(words, cased=cased) if f}))


def _guard(*classes: str) -> str:
    """A lookahead for the first character of an alternative: ``classes`` are regex atoms
    ("[Ab]", "\\d", "(?i:[t])") one of which the alternative must start with.  Empty
    classes (a vocabulary with no words) make no guard, so nothing is ever excluded."""
    if any(c in ("", "[]", "(?i:[])") for c in classes):
        return ""
    return "(?=" + "|".join(classes) + ")"


@attrs.frozen
class Prefilter:
    """A fast first pass for the trigger pattern over an ASCII copy of the text.

    ``pattern`` runs on the lower-cased ASCII bytes of the text, every other character
    replaced by ``?``, after one leading space.  Each match starts one character before a
    position where the trigger may match, and every such position is matched, but for a
    trigger word whose run of letters :meth:`reading` turns down in any case, with ASCII
    around it (see :func:`_prefilter_pattern`); group 1, when set, is the trigger word
    found there, exactly as the trigger reads it when the character before it is ASCII,
    and group 2 the rest of its run of ASCII letters and digits.  It holds only when
    ``risky`` finds nothing in the text: a character outside ASCII that the trigger could
    read as a letter or a digit of its own.

    ``any_case`` and ``as_written`` (None when a vocabulary is not all ASCII) hold every
    run of letters the grammar can read, in any case (lower-cased here) or only as
    written: a trigger word whose run of letters is in neither, even without a final
    "s", is part of no date ("Newsweek", "stocks") and the grammar need not run there.
    ``holiday_first`` holds the runs it reads only as the first word of a holiday name
    ("New", "Canada"): there the grammar need only run where ``holiday`` matches.
    """

    pattern: re.Pattern[bytes]
    risky: regex.Pattern[str]
    any_case: frozenset[str] | None
    as_written: frozenset[str] | None
    holiday_first: frozenset[str] = frozenset()
    holiday: regex.Pattern[str] | None = None
    # The verdict of :meth:`reading` on each run of letters and digits met so far.
    verdicts: dict[str, int] = attrs.field(factory=dict, eq=False, repr=False)

    def reading(self, run: str) -> int:
        """How the grammar can read the run of ASCII letters ``run`` (a word, or its plural):
        :data:`NOT_READ`, :data:`READ` or :data:`HOLIDAY_ONLY` (as a holiday's first word)."""
        if self.any_case is None or self.as_written is None:
            return READ
        hits = [
            r
            for r in ((run, run[:-1]) if run[-1:] in "sS" else (run,))
            if r.lower() in self.any_case or r in self.as_written
        ]
        if not hits:
            return NOT_READ
        return HOLIDAY_ONLY if all(r in self.holiday_first for r in hits) else READ


NOT_READ, READ, HOLIDAY_ONLY = 0, 1, 2


# Characters outside ASCII that match an ASCII letter when case is ignored (K, s, i).
_ASCII_CASE_PARTNERS = "\u0130\u017f\u212a"
_LETTER_RUN = re.compile("[A-Za-z]+")


def _prefilter(
    words: Iterable[str],
    any_case: Iterable[str],
    as_written: Iterable[str],
    holidays: Iterable[str] = (),
    holiday: str = "",
) -> Prefilter | None:
    """The first pass for a trigger made of ``words`` (lower case), if they are all ASCII.

    ``any_case`` and ``as_written`` are texts whose runs of letters the grammar reads in
    any case or only as written; ``holidays`` the holiday names it reads as written, with
    the pattern ``holiday`` for them.
    """
    if not all(w.isascii() for w in words):
        return None
    trie = word_trie(words).encode()
    space = rb"[\t-\r ?]+"  # "?" stands for any character outside ASCII
    numbers = rb"""(?:1[0-9]|20)[0-9][0-9](?![0-9])|[0-9]{3}0s|'[0-9]0s|q[1-4]
        |[0-9]{1,2}(?=(?:st|nd|rd|th)?(?:%s(?:of))?%s[a-z?]|/[0-9])""" % (space, space)
    risky = regex.compile(rf"[^\P{{Nd}}0-9]|[{_ASCII_CASE_PARTNERS}]")
    any_case, as_written, holidays = list(any_case), list(as_written), list(holidays)
    if not all(w.isascii() for w in (*any_case, *as_written, *holidays)):
        return Prefilter(_prefilter_pattern(trie, numbers, None), risky, None, None)
    lower = frozenset(r.lower() for w in any_case for r in _LETTER_RUN.findall(w))
    written = frozenset(r for w in as_written for r in _LETTER_RUN.findall(w))
    runs = [_LETTER_RUN.findall(h) for h in holidays]
    later = {r for rs in runs for r in rs[1:]}
    first = {rs[0] for rs in runs if rs and rs[0] not in later and rs[0] not in written}
    readable = lower.union(r.lower() for r in written.union(*runs))
    # A trigger word holding a mark ("st.") may hold another trigger word after it, which
    # the verdict on its run of letters turns down with it: it is kept if it can be read.
    kept = all(
        (m := _LETTER_RUN.match(w)) is not None and m.group() in readable
        for w in words
        if not w.isalpha()
    )
    return Prefilter(
        _prefilter_pattern(trie, numbers, readable if kept else None),
        risky,
        lower,
        written.union(*runs),
        frozenset(r for r in first if r.lower() not in lower),
        regex.compile(holiday) if holiday and first else None,
    )


def _prefilter_pattern(
    trie: bytes, numbers: bytes, readable: frozenset[str] | None
) -> re.Pattern[bytes]:
    """The pattern of :class:`Prefilter` for the trigger words ``trie`` and the patterns
    ``numbers`` of the triggers that open with a digit, an apostrophe or "q".

    With ``readable``, the lower-cased runs of letters :meth:`Prefilter.reading` can accept
    (less a final "s"), a trigger word is only found where its run of letters is one of
    them or the text around it holds a character outside ASCII ("?" in the copy): the
    other runs ("states", "market") the verdict would turn down.
    """
    word = rb"((?:" + trie + rb")s?)([a-z0-9]*)"
    if readable is not None:
        runs = word_trie(readable | {r + "s" for r in readable}).encode()
        word = rb"(?=" + trie + rb")(?=(?<=\?)|(?:" + runs + rb")(?![a-z])|[a-z0-9]*+\?)" + word
    return re.compile(rb"[^a-z0-9](?=" + word + rb"|(?=[0-9'q])(?:" + numbers + rb"))", re.VERBOSE)


# What may stand between a relation word and the date it governs ("since about 2001").
_RELATION_FILLERS = (
    "at least", "as early as", "as late as", "about", "around", "roughly", "approximately",
    "the night of", "the morning of", "the afternoon of", "the evening of",
)  # fmt: skip


_LAST_RUN = re.compile(r"[A-Za-z]+\Z")


def _last_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The runs of letters ending ``phrases`` that end with a letter, in lower case (None if a
    phrase is not all ASCII): a phrase the relation pattern reads before a date ends with
    one of them, or with a mark, whatever the case it is written in."""
    if not all(p.isascii() for p in phrases):
        return None
    return frozenset(m.group().lower() for p in phrases if (m := _LAST_RUN.search(p)))


def _alone(relations: Iterable[str], fillers: Iterable[str]) -> frozenset[str]:
    """The relation words of ASCII letters only whose letters end no other relation phrase
    nor filler (in any case): before a date, the relation pattern can read them only alone."""
    phrases = [*relations, *fillers]
    ends = [m.group().lower() if (m := _LAST_RUN.search(p)) else "" for p in phrases]
    return frozenset(
        w
        for w in relations
        if w.isascii() and w.isalpha() and sum(e == w.lower() for e in ends) == 1
    )


# Characters on which the two engines agree ("plain" text): ASCII but the separators
# \x1c-\x1f, which ``re`` reads as spaces and ``regex`` does not.
_NOT_PLAIN = regex.compile(r"[^\x00-\x1b\x20-\x7f]", regex.REVERSE)


def plain_from(text: str) -> int:
    """Where the plain part that ends ``text`` begins: the offset just after its last
    character that is not plain, 0 if there is none."""
    if text.isascii():
        return max(text.rfind(c) for c in "\x1c\x1d\x1e\x1f") + 1
    m = _NOT_PLAIN.search(text)
    return 0 if m is None else m.end()


# The letters, digits and marks of the Unicode classes the patterns use, in ASCII (no mark
# is: inside brackets, a mark class adds nothing; alone, it leaves the pattern to ``regex``).
_ASCII_CLASSES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "N": "0-9", "M": ""}
_SOURCE_TOKEN = regex.compile(r"\\[pP]\{(\w+)\}|\\.|\[\^?\]?|\]", regex.DOTALL)
# The flags of ``regex`` that ``re`` reads the same way (the other ones are refused).
_SHARED_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE
_OWN_FLAGS = regex.ASCII | regex.LOCALE | regex.REVERSE | regex.FULLCASE | regex.BESTMATCH
_OWN_FLAGS |= regex.ENHANCEMATCH | regex.POSIX | regex.VERSION1 | regex.WORD


def _for_plain_text(compiled: regex.Pattern[str]) -> re.Pattern[str] | None:
    """``compiled`` for the faster ``re``, its Unicode classes of letters, digits and marks
    written for ASCII: on plain text (:func:`plain_from`) it reads what ``compiled`` reads.
    None if the pattern is not all ASCII or holds what ``re`` would read otherwise (a
    bracket left empty by a mark class among them)."""
    source, parts, start, in_set = compiled.pattern, [], 0, False
    if not source.isascii() or compiled.flags & _OWN_FLAGS:
        return None
    for m in _SOURCE_TOKEN.finditer(source):
        token = m.group()
        if token.startswith(("\\p{", "\\P{")):
            letters = _ASCII_CLASSES.get(m.group(1)) if token[1] == "p" else None
            if letters is None:
                return None
            parts += [source[start : m.start()], letters if in_set else f"[{letters}]"]
            start = m.end()
        elif token.startswith("["):
            in_set = True
        elif token == "]":
            in_set = False
    written = "".join(parts) + source[start:]
    if "[]" in written or "[^]" in written:
        return None  # ("[\p{M}]": in ``re`` a "]" right after "[" is a character of the set)
    try:
        out = re.compile(written, compiled.flags & _SHARED_FLAGS)
    except re.error:
        return None
    return out if out.groupindex == compiled.groupindex else None


_Record = TypeVar("_Record", bound=attrs.AttrsInstance)


def plain_copy(looks: _Record) -> _Record:
    """A copy of an attrs record of patterns with each field read by the faster ``re``
    engine where :func:`_for_plain_text` translates it (the same pattern elsewhere): for
    plain text (see :func:`plain_from`), where the two engines read alike."""
    make: Callable[..., _Record] = type(looks)
    return make(
        **{
            field.name: _for_plain_text(getattr(looks, field.name)) or getattr(looks, field.name)
            for field in attrs.fields(type(looks))
        }
    )


# Words a tense marker can start with besides the listed ones ("will be held", "is being").
_TENSE_VERBS = (
    "is", "are", "was", "were", "am", "to", "will", "shall", "would", "should", "must"
)  # fmt: skip


def _tense_prefilter(tenses: Iterable[str]) -> re.Pattern[str] | None:
    """A first pass for the tense pattern over a lower-cased ASCII window: it matches at
    every position where a tense marker can start (a word it can open, a word ending in
    "ed", an apostrophe), if every marker is ASCII and opens with a letter or an apostrophe.
    """
    firsts = set(_TENSE_VERBS)
    for w in tenses:
        if not w.isascii():
            return None
        run = _LETTER_RUN.match(w)
        if run is not None:
            firsts.add(run.group().lower())
        elif not w.startswith("'"):
            return None
    return re.compile(rf"(?<![a-z'])(?:(?:{word_trie(firsts)})(?![a-z])|[a-z]{{2,}}ed(?![a-z])|')")


@attrs.frozen
class Grammar:
    """The compiled patterns and lookup tables of one configuration."""

    pattern: regex.Pattern[str]
    rule_groups: tuple[tuple[str, int], ...]
    rule_of_group: tuple[str, ...]
    trigger: regex.Pattern[str]
    prefilter: Prefilter | None
    relation: regex.Pattern[str]
    tense: regex.Pattern[str]
    tense_prefilter: re.Pattern[str] | None
    # ``pattern``, ``trigger`` and ``tense`` for the faster engine, to be read only where
    # the text is plain (:func:`plain_from`); None where it cannot read them.
    ascii_pattern: re.Pattern[str] | None
    ascii_trigger: re.Pattern[str] | None
    ascii_tense: re.Pattern[str] | None
    months: dict[str, int]
    abbreviations: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    holidays: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    relations: dict[str, str]
    # The last characters of the relation words, and the runs of letters that end the
    # phrases the relation pattern reads before a date ("prior to", "as of ... as early as").
    relation_ends: frozenset[str]
    relation_last_words: frozenset[str] | None
    # The relation words that end no other phrase the pattern reads ("in", "on", "since").
    relation_alone: frozenset[str]
    tenses: dict[str, str]
    year_blockers: frozenset[str]
    year_labels: frozenset[str]
    blockers_before: frozenset[str]
    blockers_after: frozenset[str]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=16)
def grammar(config: Config = DEFAULT_CONFIG) -> Grammar:
    """The date grammar for ``config`` (compiled once per configuration)."""
    months = {_key(r[0]): int(r[1]) for r in config.rows("months")}
    weekdays = {_key(r[0]): int(r[1]) for r in config.rows("weekdays")}
    seasons = {_key(r[0]): r[1] for r in config.rows("seasons")}
    holidays = {}
    for r in config.rows("holidays"):
        mm, dd = r[1].split("-")
        holidays[_key(r[0])] = (int(mm), int(dd))
    numbers = {_key(r[0]): int(r[1]) for r in config.rows("date_numbers")}
    relations = {_key(r[0]): r[1] for r in config.rows("date_relations")}
    tenses = {_key(r[0]): r[1] for r in config.rows("tense_markers")}
    blockers = config.rows("date_blockers")

    short = [m for m in months if any(o != m and o.startswith(m) for o in months)]
    month = rf"""(?:(?:{_alternation(short, cased=True)})(?:\.(?=\s|\Z))?
        |{_alternation([m for m in months if m not in short], cased=True)})"""
    weekday = rf"(?:{_alternation(weekdays, cased=True)})"
    season = rf"(?i:{_alternation(seasons, cased=False)})"
    holiday = rf"(?:{_alternation([r[0] for r in config.rows('holidays')], cased=False)})"
    number = rf"(?:\d{{1,3}}|(?i:{_alternation(numbers, cased=False)}))"
    year = r"(?:1[0-9]|20)\d\d(?!\d)"
    # (not the first digits of a number: "30,000", "3.5"; but "December 30,2003" is a date)
    day = rf"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[.:]\d|,(?!{year})\d)"
    # a comma between the parts of a date, with the space before it that text stripped of
    # its links has ("March 24 , 2005"), or none after it before a year ("December 30,2003")
    comma = rf"(?:(?:\s?,)?\s+|,(?={year}))"
    unit = r"(?i:day|week|month|year|decade)"
    part = r"(?i:morning|afternoon|evening|night)"
    det = r"(?i:this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|past|the)"
    # First characters each alternative can start with: a failing position is left at once.
    mo_i, wd_i = f"[{_initials(months, cased=True)}]", f"[{_initials(weekdays, cased=True)}]"
    hol_i = f"[{_initials([r[0] for r in config.rows('holidays')], cased=False)}]"
    se_i = f"(?i:[{_initials(seasons, cased=False)}])"
    num_i = f"(?i:[{_initials(numbers, cased=False)}])"
    g_md, g_hol, g_my = _guard(wd_i, mo_i, "[0-9]"), _guard(hol_i), _guard(mo_i)
    g_ago, g_season = _guard(r"\d", num_i), _guard("(?i:[tlnp])", se_i)
    g_wd, g_mon = _guard("(?i:[lntc])", wd_i), _guard("(?i:[lntc])", mo_i)

    pattern = rf"""
    (?<![\p{{L}}\p{{N}}])
    (?P<mod>(?=(?i:[eltsbmc]))(?:(?i:early|mid|late|earlier|later)(?:\s+in)?(?:\s+|-)
       |(?i:the\s+)?(?i:start|beginning|middle|end|close)\s+of\s+))?
    (?:
      (?P<md>{g_md}(?:(?P<md_wd>{weekday})(?:{comma}|\s+(?i:the)\s+(?=\d)))?
         (?:(?P<md_m>{month})\s+(?P<md_d>{day})
           |(?P<md_d2>{day})(?:\s+of)?\s+(?P<md_m2>{month}))
         (?:{comma}(?:(?P<md_y>{year})|(?:of\s+)?(?P<md_det>(?i:this|last|next))\s+(?i:year)))?)
     |(?P<hol>{g_hol}{holiday})(?:{comma}(?P<hol_y>{year}))?
     |(?P<my>{g_my}(?P<my_m>{month}){comma}(?:of\s+)?
         (?:(?P<my_y>{year})|(?P<my_det>(?i:this|last|next))\s+(?i:year)))
     |(?P<iso>(?=[12])(?P<iso_y>{year})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01]))(?!\d)
     |(?P<num>(?=\d)(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_y>{year}))(?![/\d])
     |(?P<fiscal>(?=(?i:f))(?i:fiscal(?:\s+year)?\s+|FY\s?))(?P<fiscal_y>{year})
     |(?P<quarter>(?=(?i:[tfs1-4]))(?i:the\s+)?(?P<q_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))
         [\s-](?i:quarter)
         (?:\s+(?i:of)\s+(?:(?P<q_y>{year})|(?P<q_det>(?i:this|last|next|the))\s+(?i:year)))?
       |Q(?P<q_num>[1-4])(?:\s+(?P<q_y2>{year}))?)
     |(?P<decade>(?=(?i:t)|[12'])(?i:the\s+)?(?:(?P<dec_y>(?:1[0-9]|20)\d0)|'(?P<dec_short>\d0))'?s)
     |(?P<reld>(?=(?i:[ty]))(?P<reld_w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow
           |today|tonight|yesterday|tomorrow))(?:\s+(?P<reld_part>{part}))?
        |(?i:this)\s+(?P<this_part>(?i:morning|afternoon|evening))
        |(?P<last_night>(?i:last)\s+(?i:night)))
     |(?P<ago>{g_ago}(?P<ago_n>{number})\s+(?P<ago_u>{unit})s?\s+
         (?P<ago_dir>(?i:ago|earlier|later|before|after|on|previously)))
     |(?P<inn>(?=(?i:i))(?i:in)\s+(?:(?i:about|around|roughly|some|approximately|nearly|almost|just
         |less\s+than|more\s+than|over|under|another)\s+)?(?P<inn_n>{number})\s+
         (?P<inn_u>{unit})s?(?:'?\s+(?i:time))?)
     |(?P<anch>(?=(?i:t))(?:(?i:the)\s+(?:(?P<anch_rel>(?i:next|following|previous|preceding|same))\s+
         (?P<anch_u>{unit})|(?P<anch_u2>{unit})\s+(?P<anch_dir>(?i:before|after|earlier|later)))
         |(?P<anch_that>(?i:that))\s+(?:(?i:same)\s+)?(?P<anch_u3>(?i:day|week|month|year))
         (?![\p{{L}}\p{{N}}-])
         |(?<=[Ii][Nn]\s)(?i:the)\s+(?P<anch_day>(?i:day))(?![\p{{L}}\p{{N}}-])))
     |(?P<wd>{g_wd}(?:(?P<wd_det>(?i:last|next|this\s+past|this\s+coming|this|coming))\s+)?(?P<wd_name>{weekday})
         (?:\s+(?P<wd_part>{part}))?)
     |(?P<season>{g_season}(?:(?P<se_det>{det})\s+)?(?P<se_name>{season})
         (?:\s+(?:of\s+)?(?P<se_y>{year}))?)
     |(?P<yend>(?=(?i:[ym]))(?P<yend_u>(?i:year|month))[\s-](?i:end))
     |(?P<rel>(?=(?i:[tlnpwmyqd]))(?:(?P<rel_det>{det})\s+)?
         (?P<rel_u>(?i:weekend|week|month|year|quarter|decade)))
     |(?P<year>(?=[12]){year})
     |(?P<mon>{g_mon}(?:(?P<mon_det>(?i:last|next|this|coming))\s+)?
         (?P<mon_name>{month})(?!-\p{{Ll}}))
    )
    (?![\p{{L}}\p{{N}}])
    """
    rel_words = _longest_first(relations)
    fillers = "|".join(w.replace(" ", r"\s+") for w in _RELATION_FILLERS)
    relation = rf"""(?i)(?:^|(?<=[^\p{{L}}\p{{N}}]))(?P<word>{rel_words})\s+
        (?:(?:{fillers})\s+)?\Z"""
    future_first = sorted(tenses, key=lambda w: (tenses[w] != "future", -len(w), w))
    tense_words = "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in future_first)
    tense = rf"""(?ix)(?<![\p{{L}}'])(?:
        (?P<fut>(?:(?:is|are|was|were)\s+)?(?:to|will|shall|would|'ll|won't|wouldn't)\s+(?:not\s+)?
            (?:be|have)\s+\p{{L}}+|(?:should|must|might)\s+(?:not\s+|still\s+)?be\s+\p{{L}}+)
        |(?P<pres>(?:is|are|am)\s+(?:being\s+)?(?:\p{{L}}+(?:ed|en|wn)|held|made|run|shut))
        |(?P<w>{tense_words})|(?P<ed>\p{{L}}{{2,}}ed))(?![\p{{L}}])"""
    # Words every date expression contains: the grammar only runs in windows around them.
    trigger_words = {
        *seasons, *(w for r in config.rows("holidays") for w in r[0].lower().split()[:1]),
        "today", "tonight", "yesterday", "tomorrow", "day", "week", "weekend", "month",
        "year", "quarter", "decade", "night", "morning", "afternoon", "evening", "fy", "fiscal",
    }  # fmt: skip
    words = {*trigger_words, *months, *weekdays}
    trigger = rf"""(?<![\p{{L}}\p{{N}}])(?:
        (?i:(?:{word_trie(words)})s?)
        |(?:1\d|20)\d\d(?!\d)|\d{{1,2}}(?=(?:st|nd|rd|th)?(?:\s+of)?\s+\p{{Lu}}|/\d)|\d{{3}}0s
        |Q[1-4]|'\d0s)"""
    # The grammar without its vocabularies: the words it reads in any case.
    template = pattern
    vocabularies = (month, weekday, season, holiday, number)
    for part in (*vocabularies, g_md, g_hol, g_my, g_ago, g_season, g_wd, g_mon):
        template = template.replace(part, " ") if part else template
    as_written = [*_forms(months, cased=True), *_forms(weekdays, cased=True)]
    compiled = regex.compile(pattern, regex.VERBOSE)
    compiled_trigger = regex.compile(trigger, regex.VERBOSE)
    compiled_tense = regex.compile(tense)
    groups = compiled.groupindex
    first = sorted((groups[rule], rule) for rule in RULES)
    if groups["mod"] != 1:
        raise AssertionError("the group 'mod' must be the first group of the grammar")
    return Grammar(
        pattern=compiled,
        rule_groups=tuple((rule, groups[rule]) for rule in RULES),
        rule_of_group=tuple(
            next((r for i, r in reversed(first) if i <= index), "")
            for index in range(compiled.groups + 1)
        ),
        trigger=compiled_trigger,
        prefilter=_prefilter(
            words,
            [template, *numbers, *seasons],
            as_written,
            [r[0] for r in config.rows("holidays")],
            holiday,
        ),
        relation=regex.compile(relation, regex.VERBOSE | regex.REVERSE),
        tense=compiled_tense,
        tense_prefilter=_tense_prefilter(tenses),
        ascii_pattern=_for_plain_text(compiled),
        ascii_trigger=_for_plain_text(compiled_trigger),
        ascii_tense=_for_plain_text(compiled_tense),
        months=months,
        abbreviations=frozenset(short),
        weekdays=weekdays,
        seasons=seasons,
        holidays=holidays,
        numbers=numbers,
        relations=relations,
        relation_ends=frozenset(w[-1:] for w in relations),
        relation_last_words=_last_words([*relations, *_RELATION_FILLERS]),
        relation_alone=_alone(relations, _RELATION_FILLERS),
        tenses=tenses,
        year_blockers=frozenset(
            _key(r[0]) for r in config.rows("year_blockers") if r[1] == "after"
        ),
        year_labels=frozenset(_key(r[0]) for r in config.rows("year_blockers") if r[1] == "before"),
        blockers_before=frozenset(r[0] for r in blockers if r[1] == "before"),
        blockers_after=frozenset(r[0] for r in blockers if r[1] == "after"),
    )
