"""The vocabularies and compiled patterns :mod:`newsstruct.quantities` reads with.

Everything here is built once per :class:`~newsstruct._lexicon.Config` (cached), from the
data files ``units``, ``currencies``, ``scale_words``, ``number_words``,
``quantity_qualifiers``, ``quantity_vague``, ``quantity_labels``, ``quantity_stopwords``,
``quantity_plurals``, ``quantity_date_words``, ``quantity_change_words``,
``quantity_score_cues``, ``quantity_unit_modifiers`` and ``demonyms``.  Every pattern is
linear-time: alternations of literal words, single character classes, and bounded
repetition only.

>>> rules = compile_rules(Config())
>>> rules.units["km"], rules.currencies["US$"][0]
(('km', 'length'), 'USD')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import regex

from newsstruct._datepatterns import _for_plain_text
from newsstruct._lexicon import Config, word_trie
from newsstruct._numbers import DIGITS, PLAIN_DIGITS

__all__ = ["Heads", "Match", "Pattern", "Rules", "compile_rules"]

# A pattern of either engine (the standard library's reads plain text faster) and its match.
Pattern = regex.Pattern[str] | re.Pattern[str]
Match = regex.Match[str] | re.Match[str]

_V = regex.VERBOSE
_VI = regex.VERBOSE | regex.IGNORECASE


def _alternation(forms: list[str], *, fold_case: bool = False) -> str:
    """A regex alternation of literal ``forms``, longest first (so "US$" wins over "$")."""
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        body = regex.escape(form).replace(r"\ ", "[ ]")
        parts.append(f"(?i:{body})" if fold_case else body)
    return "|".join(parts) if parts else "(?!)"


def _caseless(form: str) -> bool:
    """Whether every character of ``form`` is ASCII or without case ("km²", "°c"): matched
    in any case, each then matches one character of the text and the same ones as written."""
    return all(c.isascii() or c.lower() == c == c.upper() == c.casefold() for c in form)


def _trie(forms: list[str], *, fold_case: bool = False) -> str:
    """The alternation of :func:`_alternation`, factored by common prefixes.

    A factored pattern tries, at each character, only the forms that share it, where a flat
    alternation tries every form in turn: several times faster on a vocabulary of hundreds of
    units.  It matches what the flat alternation matches, the longest form first (each
    optional tail is greedy), because two forms that match at one place are then prefixes of
    one another.  That holds when case matters, or when every character of the forms is
    ASCII or has no case; otherwise the flat alternation is kept.
    """
    forms = sorted(set(forms))
    if fold_case and not all(_caseless(f) for f in forms):
        return _alternation(forms, fold_case=True)
    root: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = root
        for ch in form.lower() if fold_case else form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            ("[ ]" if ch == " " else regex.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    body = emit(root)
    if not body:
        return "(?!)"
    return f"(?i:{body})" if fold_case else body


_LEADING_LETTERS = regex.compile(r"\p{L}*")


@attrs.frozen
class Heads:
    """The first words of a vocabulary's forms, so a reader can tell from the word at a place
    that no form starts there without trying the pattern.

    A form's head is its leading run of letters (after any spaces and hyphens), or its
    first character when that is not a letter ("%", "$").  A form matches only where it is
    followed by no letter, so where it matches, the text's run of letters there is its head.
    """

    exact: frozenset[str]
    folded: frozenset[str]  # heads of forms matched in any case, lower case
    always: bool = False  # the forms cannot be told apart so: try the pattern everywhere
    # the verdicts on keys outside ASCII, which the pattern's own case folding decides
    unusual: dict[str, bool] = attrs.field(factory=dict, eq=False, repr=False)

    def may_start(self, key: str) -> bool:
        """Whether a form may start at a place whose letters (or character) are ``key``."""
        if self.always or key in self.exact:
            return True
        if not self.folded:
            return False
        if key.isascii():
            return key.lower() in self.folded
        verdict = self.unusual.get(key)
        if verdict is None:
            # Without full case folding a character matches one character: only the heads
            # as long as the key can match it (a small pattern, soon compiled).
            same = sorted(head for head in self.folded if len(head) == len(key))
            heads = "|".join(regex.escape(head) for head in same)
            verdict = bool(same) and regex.fullmatch(f"(?i:{heads})", key) is not None
            if len(self.unusual) < 4096:
                self.unusual[key] = verdict
        return verdict


def _heads(exact_forms: list[str], folded_forms: list[str]) -> Heads:
    """The :class:`Heads` of a vocabulary (forms matched as written, or in any case)."""
    exact: set[str] = set()
    folded: set[str] = set()
    for forms, out, fold in ((exact_forms, exact, False), (folded_forms, folded, True)):
        for form in forms:
            body = form.lstrip(" -")
            if not body or len(form) - len(body) > 3 or (fold and not _caseless(form)):
                return Heads(frozenset(), frozenset(), always=True)
            letters = _LEADING_LETTERS.match(body)
            head = (letters.group() if letters else "") or body[0]
            out.add(head.lower() if fold else head)
    return Heads(frozenset(exact), frozenset(folded))


def _folds_case(form: str) -> bool:
    """Unit words match in any case; short symbols and anything with a capital as written."""
    return form == form.lower() and len(form) >= 3 and any(c.isalpha() for c in form)


def _unit_folds_case(form: str) -> bool:
    """A unit matched in any case: as :func:`_folds_case`, and a phrase whose first word is
    such a unit word ("degrees Celsius", "degrees C"), so that it is read whole rather than
    its first word alone."""
    first = form.split(" ", 1)[0]
    return _folds_case(form) or (" " in form and _folds_case(first) and first.isalpha())


@attrs.frozen
class Rules:
    """What the quantity reader needs from one configuration."""

    units: dict[str, tuple[str, str]]
    currencies: dict[str, tuple[str, str, Decimal]]
    scales: dict[str, tuple[Decimal, str]]
    number_words: dict[str, Decimal]
    number_roles: dict[str, str]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    vague: dict[str, Decimal]
    labels: frozenset[str]
    strong_labels: frozenset[str]
    stopwords: frozenset[str]
    plurals: frozenset[str]
    verbs: frozenset[str]  # verbs that end a counted noun phrase ("one bullet hit")
    months: frozenset[str]
    weekdays: frozenset[str]
    demonyms: frozenset[str]  # "Iraqi", "Somali": nationality words without a usual suffix
    seasons: frozenset[str]
    year_words: frozenset[str]
    change_words: frozenset[str]
    score_cues: frozenset[str]
    # compiled patterns
    scan_digits: Pattern
    scan_words: Pattern
    words_hint: re.Pattern[str] | None  # the character before where scan_words may match
    spelt: Pattern
    numeral_at: Pattern
    scale_at: Pattern
    currency_after: Pattern
    unit_after: Pattern
    qualifier_after: Pattern
    one_unit: regex.Pattern[str]
    # ``one_unit`` without its first word boundary, for ASCII text (the standard library's
    # engine finds its first letter fast): see :meth:`one_units`
    one_unit_ascii: re.Pattern[str]
    # cheap tests that spare the reader a pattern that cannot match
    inert_after: frozenset[str]  # characters no word read after a number starts with
    scale_heads: Heads
    currency_heads: Heads
    unit_heads: Heads
    qualifier_heads: Heads
    currency_ones: frozenset[str]  # currencies of one character written before a number
    glued_codes: frozenset[str]  # codes written against a number, lower case ("AUD1 million")
    currency_tails: frozenset[str]  # the last two characters of the others, as written
    # the currencies written before a number, and each with "$" after it ("AUD$"): what a
    # candidate before a number must be, its spaces before "$" taken out, to be one
    currency_befores: frozenset[str]
    qualifier_tails: frozenset[str]  # last words of qualifiers written before a number
    # the last words of those of several words (after their last space or line break)
    qualifier_multi_tails: frozenset[str]
    # The same rules with the patterns the standard library's faster engine reads as these
    # do on plain text (see :func:`~newsstruct._datepatterns.plain_from`), if any.
    plain: Rules | None = None
    # the verdicts of :meth:`heads_at`, remembered per key (shared with ``plain``)
    verdicts: dict[str, tuple[bool, bool, bool, bool]] = attrs.field(
        factory=dict, eq=False, repr=False
    )

    def one_units(self, low: str) -> Iterator[Match]:
        """The matches of :attr:`one_unit` in ``low`` (a text with its ASCII capitals lowered),
        in order.

        In ASCII text they are found by :attr:`one_unit_ascii`, whose match is kept where a
        word boundary comes before it: a match of ``one_unit`` opens with the letter "a", so
        the boundary is there where the character before is no letter, digit or "_".  The
        search goes on one place further after a match without it, so the leftmost match with
        the boundary is found, as the full pattern finds it.
        """
        if not low.isascii():
            yield from self.one_unit.finditer(low)
            return
        search = self.one_unit_ascii.search
        pos = 0
        while (m := search(low, pos)) is not None:
            start = m.start()
            before = low[start - 1 : start]
            if before.isalnum() or before == "_":
                pos = start + 1
                continue
            yield m
            pos = m.end()

    def heads_at(self, key: str) -> tuple[bool, bool, bool, bool]:
        """Whether a scale, a unit, a currency and a qualifier may start at a place whose
        letters (or character) are ``key``: the verdicts of :attr:`scale_heads`,
        :attr:`unit_heads`, :attr:`currency_heads` and :attr:`qualifier_heads` at once."""
        verdicts = self.verdicts.get(key)
        if verdicts is None:
            verdicts = (
                self.scale_heads.may_start(key),
                self.unit_heads.may_start(key),
                self.currency_heads.may_start(key),
                self.qualifier_heads.may_start(key),
            )
            if len(self.verdicts) < 8192:
                self.verdicts[key] = verdicts
        return verdicts


@functools.lru_cache(maxsize=16)
def compile_rules(config: Config) -> Rules:
    """Build (once per configuration) the tables and patterns of the quantity reader."""
    units = {r[0]: (r[1], r[2]) for r in config.rows("units")}
    currencies = {r[0]: (r[1], r[2], Decimal(r[3])) for r in config.rows("currencies")}
    scales = {r[0]: (Decimal(r[1]), r[2]) for r in config.rows("scale_words")}
    number_words = {r[0]: Decimal(r[1]) for r in config.rows("number_words")}
    number_roles = {r[0]: r[2] for r in config.rows("number_words")}
    qualifiers = config.rows("quantity_qualifiers")
    q_before = {r[0].lower(): r[1] for r in qualifiers if r[2] == "before"}
    q_after = {r[0].lower(): r[1] for r in qualifiers if r[2] == "after"}
    vague = {r[0].lower(): Decimal(r[1]) for r in config.rows("quantity_vague")}
    date_rows = config.rows("quantity_date_words")

    def of_kind(kind: str) -> frozenset[str]:
        return frozenset(r[0] for r in date_rows if r[1] == kind)

    counting = [w for w, role in number_roles.items() if role in ("unit", "tens")]
    big = [w for w, role in number_roles.items() if role == "scale"]
    fractions = [w for w, role in number_roles.items() if role == "fraction"]
    word = rf"(?:{_alternation(counting + big)})\b"
    start = rf"(?:{_alternation(counting)})\b"
    a_scale = rf"an?[ ](?:{_alternation(big)})\b"
    words_numeral = rf"(?:{a_scale}|{start})(?:(?:[ ]{{1,2}}|-|[ ]and[ ]){word}){{0,8}}"
    numerator = _alternation(
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
    fraction = (
        rf"(?:(?:{numerator})[ -])?(?:{_alternation(fractions)})"
        rf"(?=[ ]of[ ]|[ ]an?[ ]|[.,;:)]|[ ](?:since|in|from|to|and|or|on|over|last|this|as)\b"
        rf"|(?<=half)[ ](?:the|its|their|his|her|our)[ ]"  # "half the budget"
        rf"|[ ](?:majorit(?:y|ies)|support|vote)\b)"  # "a two-thirds majority", "vote"
    )
    vague_alt = _alternation(list(vague))
    several = r"(?:several|a[ ]few|a[ ]couple[ ]of|many)[ ](?:hundred|thousand|million|billion)"
    # The scan finds digits and the first word of a spelt-out number in the text with ASCII
    # capitals lowered (same length); the anchored patterns below then read the whole phrase.
    firsts = {w.split()[0] for w in vague} | {
        w for w, role in number_roles.items() if role != "scale"
    }
    firsts |= {f"a {w}" for w in big + fractions} | {"several", "many", "a few", "a couple"}
    # Two scans, digits and words, each much faster alone than their alternation; the
    # reader takes whichever matches first.  The words are factored by common prefixes.
    # an ISO code written against the number ("AUD1 million", "USD5bn") in the lowered text
    glued_codes = sorted(
        k.lower()
        for k, (_, where, _) in currencies.items()
        if len(k) == 3 and k.isascii() and k.isalpha() and k.isupper() and where != "suffix"
    )
    glued = rf"(?<=(?<![\p{{L}}\p{{N}}_])(?:{'|'.join(glued_codes)}))" if glued_codes else ""
    scan_digits_at = (
        r"(?P<digits>(?:(?<![\p{L}\p{N}_.,/\\])" + (f"|{glued}" if glued else "") + ")DIGITS)"
    )
    scan_digits = regex.compile(scan_digits_at.replace("DIGITS", DIGITS), _V)
    scan_words = regex.compile(rf"\b(?P<word>{word_trie(firsts)})\b", _V)
    # The same words after a character that is not an ASCII letter or digit, for the
    # standard library's engine, which finds them several times faster: every place after
    # the first where the scan matches follows a place the hint matches, so the scan is only
    # tried there.
    words_hint = None
    if all(w and w.isascii() and w[0].isalpha() and w[-1].isalpha() for w in firsts):
        words_hint = re.compile(rf"[^a-z0-9_](?:{word_trie(firsts)})(?![a-z0-9_])")
    spelt = regex.compile(
        rf"""(?P<vague>(?:{several}|{vague_alt})\b)
        |(?P<fraction>{fraction})
        |(?P<words>{words_numeral})""",
        _V,
    )
    numeral = rf"""(?:(?P<digits>DIGITS)|(?P<words>{words_numeral}))(?![\p{{L}}\p{{N}}])"""
    numeral_at = regex.compile(numeral.replace("DIGITS", DIGITS), _V)
    scale_at = regex.compile(
        rf"""(?P<sep>[ ]{{0,2}}|-)(?P<scale>{_trie(list(scales))})(?![\p{{L}}\p{{N}}])""", _V
    )
    suffixes = [s for s, (_, where, _) in currencies.items() if where in ("suffix", "both")]

    def currency_pattern(forms: list[str]) -> regex.Pattern[str]:
        return regex.compile(
            rf"[ ]?(?P<cur>{_trie([s for s in forms if not _folds_case(s)])}"
            rf"|{_trie([s for s in forms if _folds_case(s)], fold_case=True)})"
            r"(?![\p{L}\p{N}])",
            _V,
        )

    currency_after = currency_pattern(suffixes)
    unit_forms = list(units)

    def unit_pattern(forms: list[str], unit_end: str) -> regex.Pattern[str]:
        unit_alt = "|".join(
            [
                _trie([u for u in forms if _unit_folds_case(u)], fold_case=True),
                _trie([u for u in forms if not _unit_folds_case(u)]),
            ]
        )
        return regex.compile(
            rf"""(?P<sep>[ ]?-[ ]?|[ ]?)
            (?P<adj>(?:{_trie(list(config.words("quantity_unit_modifiers")))})[ ])?
            (?P<unit>{unit_alt})(?![{unit_end}])""",
            _V,
        )

    unit_after = unit_pattern(unit_forms, r"\p{L}\p{N}²³")
    measured = [
        u
        for u, (_, kind) in units.items()
        if kind in ("duration", "length", "mass") and _folds_case(u) and not u.endswith("s")
    ]
    one_unit_body = rf"""an?[ ](?P<unit>{_trie(measured)})\b"""
    one_unit = regex.compile(rf"\b{one_unit_body}", _V)
    prefixed = [key for key, (_, where, _) in currencies.items() if key and where != "suffix"]
    currency_tails = {key[-2:] for key in prefixed if len(key) > 1}
    currency_tails |= {" $" for key in prefixed if len(key) > 1 and key.endswith("$")}
    qualifier_after = regex.compile(
        rf"(?:[ ]|(?=-))(?P<q>{_trie(list(q_after), fold_case=True)})(?![\p{{L}}\p{{N}}])", _V
    )
    # Every pattern read right after a number starts, past at most two spaces or a hyphen,
    # with a form of a vocabulary or with a letter, "%", "/", "+" or "-": a number followed
    # by one of these characters (or by a space and one of them) has nothing after it.
    after_forms = [*scales, *suffixes, *units, *config.words("quantity_unit_modifiers"), *q_after]
    inert_after = frozenset(',.;:)]\n"0123456789') - {form[:1] for form in after_forms}
    rules = Rules(
        units=units,
        currencies=currencies,
        scales=scales,
        number_words=number_words,
        number_roles=number_roles,
        qualifiers_before=q_before,
        qualifiers_after=q_after,
        vague=vague,
        labels=config.words("quantity_labels"),
        strong_labels=frozenset(r[0] for r in config.rows("quantity_labels") if r[1] == "strong"),
        stopwords=config.words("quantity_stopwords"),
        # and "Iraqis", "Tutsis": a people's name in -i, whose plural ends like "crisis"
        plurals=config.words("quantity_plurals")
        | {f"{w.lower()}s" for w in config.words("demonyms") if w.endswith("i")},
        verbs=config.words("action_verbs") | config.words("speech_verbs"),
        months=of_kind("month"),
        weekdays=of_kind("weekday"),
        demonyms=config.words("demonyms"),
        seasons=of_kind("season"),
        year_words=of_kind("year_preposition"),
        change_words=config.words("quantity_change_words"),
        score_cues=config.words("quantity_score_cues"),
        scan_digits=scan_digits,
        scan_words=scan_words,
        words_hint=words_hint,
        spelt=spelt,
        numeral_at=numeral_at,
        scale_at=scale_at,
        currency_after=currency_after,
        unit_after=unit_after,
        qualifier_after=qualifier_after,
        one_unit=one_unit,
        one_unit_ascii=re.compile(one_unit_body, re.VERBOSE | re.ASCII),
        inert_after=inert_after | {""},
        scale_heads=_heads(list(scales), []),
        currency_heads=_heads(
            [s for s in suffixes if not _folds_case(s)], [s for s in suffixes if _folds_case(s)]
        ),
        unit_heads=_heads(
            [u for u in unit_forms if not _unit_folds_case(u)]
            + list(config.words("quantity_unit_modifiers")),
            [u for u in unit_forms if _unit_folds_case(u)],
        ),
        qualifier_heads=_heads([], list(q_after)),
        currency_ones=frozenset(key for key in prefixed if len(key) == 1),
        currency_tails=frozenset(currency_tails),
        currency_befores=frozenset(
            form
            for key, (_, where, _) in currencies.items()
            if where != "suffix"
            for form in (key, f"{key}$")
        ),
        glued_codes=frozenset(glued_codes),
        qualifier_tails=frozenset(key.split(" ")[-1] for key in q_before if key),
        qualifier_multi_tails=frozenset(
            regex.split(r"[ \n]", key)[-1] for key in q_before if " " in key or "\n" in key
        ),
    )
    # (a plain text holds no vulgar fraction, nor a unit or currency its characters cannot
    # spell, and "²" and "³" are numbers already)
    plain_patterns = {
        "scan_digits": regex.compile(scan_digits_at.replace("DIGITS", PLAIN_DIGITS), _V),
        "numeral_at": regex.compile(numeral.replace("DIGITS", PLAIN_DIGITS), _V),
        "unit_after": unit_pattern(_plain_forms(unit_forms), r"\p{L}\p{N}"),
        "currency_after": currency_pattern(_plain_forms(suffixes)),
    }
    return attrs.evolve(rules, plain=_for_plain_rules(rules, plain_patterns))


_ASCII = [chr(code) for code in range(128)]


def _plain_forms(forms: list[str]) -> list[str]:
    """The ``forms`` that may match in plain text (see
    :func:`~newsstruct._datepatterns.plain_from`): all but those with a character beyond
    ASCII that matches no ASCII character, in any case, which plain text never holds."""

    def spelt_in_ascii(c: str) -> bool:
        if c.isascii():
            return True
        caseless = regex.compile(f"(?i:{regex.escape(c)})")
        return any(caseless.fullmatch(a) is not None for a in _ASCII)

    return [form for form in forms if all(spelt_in_ascii(c) for c in form)]


def _for_plain_rules(rules: Rules, plain_patterns: dict[str, regex.Pattern[str]]) -> Rules:
    """``rules`` with the patterns read at a place for the standard library's engine, which
    reads them faster on plain text (not the scans of a whole text, which it reads no faster);
    ``plain_patterns`` are the patterns of numbers without their vulgar fractions, and of
    units and currencies without the forms plain text cannot hold.
    """

    def faster(pattern: Pattern) -> Pattern:
        plain = _for_plain_text(pattern) if isinstance(pattern, regex.Pattern) else None
        return pattern if plain is None else plain

    return attrs.evolve(
        rules,
        spelt=faster(rules.spelt),
        scale_at=faster(rules.scale_at),
        qualifier_after=faster(rules.qualifier_after),
        scan_digits=faster(plain_patterns["scan_digits"]),
        numeral_at=faster(plain_patterns["numeral_at"]),
        unit_after=faster(plain_patterns["unit_after"]),
        currency_after=faster(plain_patterns["currency_after"]),
        # (the words scan is only matched at a place where its hint found a word)
        scan_words=rules.scan_words if rules.words_hint is None else faster(rules.scan_words),
    )
