"""Reading the words around a number: the noun phrase it counts, vague amounts, fractions.

:class:`NounReader` is the base of the quantity reader; it holds the state of one figure
being read (:class:`Fig`) and the methods that look at words rather than digits.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from decimal import Decimal

import attrs
import regex

from newsstruct._datepatterns import _for_plain_text, plain_from
from newsstruct._quantity_rules import Match, Pattern, Rules
from newsstruct._text import Document

__all__ = ["Fig", "NounReader"]


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII capitals lowered and every other character kept (so the
    same length): :meth:`str.lower` on the ASCII runs, the rest untouched."""
    if text.isascii():
        return text.lower()
    # (in UTF-8 every byte of a character beyond ASCII is beyond ASCII too: bytes.lower
    # leaves them be)
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


_AND_WORD = regex.compile(r"[ ]and[ ]([\p{L}]+)(?:[ ]([\p{L}]+))?")
# After a word in -s, "to" and a word: a verb and its infinitive ("and hopes to raise").
_TO_AFTER = regex.compile(r"[ ]to[ ]\p{Ll}")
# Words that open no noun phrase as a modifier after "and" ("and the", "and then"), and
# amounts ("and no deaths", "and several militants").
_NOT_MODIFIERS = frozenset(
    """the a an its their his her our then also other more most some all many few no several
    new old now still later again yet even only just soon""".split()
)
# Endings of adjectives and verbs: such a word after "and" opens a phrase of its own ("200
# features and new versions", "two nations and trilateral talks", "30 people and sells").
_ADJECTIVE_ENDINGS = (
    "ed", "ing", "al", "ic", "ous", "ive", "ible", "able", "ful", "ary", "s", "ly", "ent", "ant"
)
_AND_WORD_PLAIN = _for_plain_text(_AND_WORD)
_LETTERS = regex.compile(r"[\p{L}]+")
# A word in -s with an object or a determiner right after it is a verb ("and sends them",
# "19 dead reports the agency"), not a plural noun.
_OBJECT_AFTER = regex.compile(r"[ ](?:them|him|her|it|us|me)[ ]")
_DETERMINER_AFTER = regex.compile(r"[ ](?:the|a|an)[ ]")
# Verbs of reporting in -s that stand right before their subject ("19 dead, reports the
# agency"), so a determiner after them does not start a noun phrase they qualify.
_REPORTS = frozenset("reports says adds tells claims confirms states".split())
# Verbs in -s that are hardly ever plural nouns: one with a determiner or "that" after it
# ends the noun phrase ("Canadians between 18 and 25 finds the economy ...")
_SAYS = frozenset("says tells adds finds suggests warns believes thinks".split())
_CLAUSE_AFTER = regex.compile(r"[ ](?:the|a|an|that|it|they|he|she|we)[ ]")
_A_AN = regex.compile(r"[ ]an?[ ]")

# The place where a word read after a number starts (past spaces and hyphens), and its letters.
_FORM_START = regex.compile(r"[ -]{0,6}(\p{L}*)")
_ASCII_DIGITS = frozenset(string.digits)
_WORD_CHARS = string.ascii_letters + ".'&-"  # the ASCII characters of a word before a number
_WORD_BEFORE = regex.compile(r"(?P<w>[\p{L}][\p{L}\p{M}.'&-]{0,30})[ ]{1,2}\Z", regex.REVERSE)
_NP_WORD = regex.compile(
    r"[ ]{1,2}"  # (two where markup was taken out: "700 Somerfield  supermarkets")
    # ("HIV/AIDS patients": a slash joins two words as a hyphen does)
    r"(?P<w>[\p{L}][\p{L}\p{M}\p{N}'&.]{0,40}"
    r"(?:(?:-[\p{L}\p{N}]|/\p{L})[\p{L}\p{M}\p{N}'.]{0,30}){0,3})"
)
# The same on plain text (see :func:`~newsstruct._datepatterns.plain_from`), for the faster
# engine.
_NP_WORD_PLAIN = _for_plain_text(_NP_WORD) or _NP_WORD
_OF = regex.compile(r"[ ](?i:of)(?:[ ](?:the|all|these|those|their|its|his|her|our))?(?=[ ])")
_OF_DETERMINER = regex.compile(
    r"[ ]of[ ](?:the|these|those|their|its|his|her|our|my|your|\p{Lu}[\p{L}.-]{1,30}['’]s)(?=[ ])"
)
# "a two-thirds majority", "the two thirds support required", "a three-quarters vote"
_MAJORITY = regex.compile(r"[ ](majorit(?:y|ies)|support|vote)(?![\p{L}])")
# "half the budget", "half its staff": "half" takes a determiner without "of"
_HALF_DETERMINER = regex.compile(r"[ ](?:the|its|their|his|her|our)(?=[ ])")
_DETERMINER = regex.compile(r"[ ](?:the|a|an|his|her|its|their|our|this|that|these|those)[ ]")
_MODIFIERS = frozenset("most more other additional new extra remaining further".split())
_NOT_FRACTION = frozenset(
    """the first second third fourth final last next previous same opening closing current
    coming this that other latter former each every one bottom top upper lower front back
    better larger bigger smaller greater lesser""".split()
)
_SINGULAR_MEN = frozenset("abdomen specimen regimen stamen semen hymen acumen".split())
_SKIPPED = frozenset("more other additional extra further".split())
# the endings of nationality adjectives: "American", "European", "Chinese", "Polish", "Arabic"
_DEMONYM = ("ian", "ean", "ese", "ish", "ic", "an")
# "I for one welcome": "for one" after a pronoun is an idiom
_FOR_ONE = regex.compile(r"(?<![\p{L}])(?i:i|we|he|she|they|you)[ ]for[ ]$")
_ONE_IDIOMS = frozenset(
    """big huge great little last final such more other another thing way day time point
    hand side certain particular single day's another's""".split()
)
# adjectives taking "of" after the pronoun "one": "one full of hope", "one worthy of note"
_ONE_ADJECTIVES = frozenset(
    """full free worthy aware capable short proud fond sure afraid guilty typical devoid
    reminiscent indicative representative characteristic""".split()
)


@attrs.define
class Fig:
    """A figure being read: its span so far and what is known about it."""

    start: int
    end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str = "exact"
    unit: str | None = None
    entity: str | None = None
    kind: str = "number"
    rule: str = "quantity.count"
    currency: str | None = None
    plain4: bool = False  # a plain four-digit integer ("2014"), so maybe a year
    word: str = ""  # the numeral as written, lower case, when spelt out


class NounReader:
    """Word-level reading shared by the quantity reader."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        self.doc = doc
        self.text = doc.text
        self.f = doc.folded
        # On plain text the patterns read at a place are read by the faster engine.
        self.plain = plain_from(self.f) == 0
        self.r = (rules.plain or rules) if self.plain else rules
        self.np_word: Pattern = _NP_WORD_PLAIN if self.plain else _NP_WORD
        self.and_word: Pattern = (_AND_WORD_PLAIN or _AND_WORD) if self.plain else _AND_WORD
        self.low = doc.memo("quantity.lowered", lambda: ascii_lower(self.f))
        self._phrases_at = -1
        self._phrases: list[tuple[int, str]] = []
        self._key_at = -1
        self._key = ""
        self._heads_at = -1
        self._heads = (False, False, False, False)

    def read_after(self, g: Fig) -> None:  # pragma: no cover - defined by the reader
        raise NotImplementedError

    def key_after(self, pos: int) -> str:
        """The letters of the word starting at ``pos`` past spaces and hyphens, or the
        character there when it is not a letter (the last place asked is remembered)."""
        if pos != self._key_at:
            c = self.f[pos : pos + 1]
            if c.isascii() and not c.isalpha() and c not in (" ", "-"):
                self._key = c  # a digit or a mark: no letters to read
            elif c in (" ", "-") and self.f[pos + 1 : pos + 2] in _ASCII_DIGITS:
                self._key = self.f[pos + 1]  # a space or hyphen, then a digit ("10-20")
            else:
                self._key = self._form_start(pos)
            self._key_at = pos
        return self._key

    def _form_start(self, pos: int) -> str:
        """What :data:`_FORM_START` reads at ``pos``: its letters, or the character after."""
        f = self.f
        seg = f[pos : pos + 48]
        body = seg.lstrip(" -")
        if len(seg) - len(body) <= 6 and seg.isascii():
            # ASCII: the run of letters, when the text shows where it ends
            letters = body[: len(body) - len(body.lstrip(string.ascii_letters))]
            if len(letters) < len(body) or pos + 48 >= len(f):
                return letters or body[:1]
        m = _FORM_START.match(f, pos)
        assert m is not None  # the pattern matches the empty string
        return m.group(1) or f[m.end() : m.end() + 1]

    def heads_after(self, pos: int) -> tuple[bool, bool, bool, bool]:
        """Whether a scale, a unit, a currency and a qualifier may start at ``pos``, as
        :meth:`~newsstruct._quantity_rules.Rules.heads_at` tells from :meth:`key_after` (the
        last place asked is remembered)."""
        if pos != self._heads_at:
            f = self.f
            c = f[pos : pos + 1]
            if c == " " and (word := f[pos + 1 : pos + 25]).isascii():
                # (the common case, read as :meth:`key_after` reads it: a space, then an
                # ASCII word whose end the window shows)
                rest = word.lstrip(string.ascii_letters)
                if rest and len(rest) < len(word):
                    key = word[: len(word) - len(rest)]
                else:
                    key = self.key_after(pos)
            else:
                key = self.key_after(pos)
            verdicts = self.r.verdicts.get(key)
            self._heads = self.r.heads_at(key) if verdicts is None else verdicts
            self._heads_at = pos
        return self._heads

    def scale_at(self, pos: int) -> Match | None:
        """A scale word at ``pos`` ("billion", "bn", "k")."""
        if (self._heads if pos == self._heads_at else self.heads_after(pos))[0]:
            return self.r.scale_at.match(self.f, pos)
        return None

    def unit_at(self, pos: int) -> Match | None:
        """A unit at ``pos`` ("km", "per cent", "square metres")."""
        if (self._heads if pos == self._heads_at else self.heads_after(pos))[1]:
            return self.r.unit_after.match(self.f, pos)
        return None

    def currency_at(self, pos: int) -> Match | None:
        """A currency written after a number at ``pos`` ("dollars", "EUR")."""
        if (self._heads if pos == self._heads_at else self.heads_after(pos))[2]:
            return self.r.currency_after.match(self.f, pos)
        return None

    def qualifier_at(self, pos: int) -> Match | None:
        """A qualifier written after a number at ``pos`` ("or more", "plus")."""
        if (self._heads if pos == self._heads_at else self.heads_after(pos))[3]:
            return self.r.qualifier_after.match(self.f, pos)
        return None

    def prev_word(self, pos: int) -> str:
        f = self.f
        if f[pos - 1 : pos] != " " or pos < 2:
            return ""  # the word must end one or two spaces before
        c = f[pos - 3 : pos - 2] if f[pos - 2] == " " else f[pos - 2]
        if c.isascii() and not c.isalpha() and c not in (".", "'", "&", "-"):
            return ""  # nor with a digit or a mark other than . ' & -
        # In ASCII the pattern reads the longest run of its characters (31 at most) before
        # the spaces, from its first letter on: plain string operations read the same.
        end = pos - 2 if f[pos - 2] == " " else pos - 1
        run = f[end - 31 if end > 31 else 0 : end]
        if run.isascii():
            return run[len(run.rstrip(_WORD_CHARS)) :].lstrip(".'&-")
        m = _WORD_BEFORE.search(self.f, max(0, pos - 34), pos)
        return m.group("w") if m else ""

    def phrase_before(
        self, pos: int, table: Mapping[str, object] | frozenset[str], words: int = 4
    ) -> tuple[int, str] | None:
        """The longest phrase of ``table`` (lower case) ending 1-3 spaces before ``pos``."""
        best = None
        for found in self.phrases_before(pos)[:words]:
            if found[1] in table:
                best = found
        return best

    def phrase_tail(self, pos: int, ends: frozenset[str]) -> tuple[str, str, int]:
        """The last word of every phrase of :meth:`phrases_before`, as written and without
        its opening brackets and quotes (("", "") if none, or if it ends with none of
        ``ends``): a table none of whose phrases ends with either has no phrase there.  Then
        where the phrases end."""
        low = self.low
        lo = pos - 48 if pos > 48 else 0
        end = pos
        while end > lo and pos - end < 3 and low[end - 1] == " ":
            end -= 1
        if end == pos or end <= lo or low[end - 1] not in ends:
            return "", "", end
        j = max(low.rfind(" ", lo, end), low.rfind("\n", lo, end))
        word = low[max(j + 1, lo) : end]
        return word, word.lstrip("(\"'["), end

    def qualifier_before(self, pos: int, raw: str, bare: str, end: int) -> tuple[int, str] | None:
        """What ``phrase_before(pos, qualifiers_before)`` finds, given what :meth:`phrase_tail`
        tells at ``pos`` (its last word ``raw``, or ``bare`` without brackets, a qualifier's
        last word).  When no qualifier of several words ends with ``raw``, only the phrase of
        one word can be one, and that is ``bare``, ending at ``end`` (when ``raw`` is short:
        a longer one may fill the window :meth:`phrases_before` reads, and it then reads no
        phrase)."""
        r = self.r
        if raw in r.qualifier_multi_tails or len(raw) >= 40:
            return self.phrase_before(pos, r.qualifiers_before)
        return (end - len(bare), bare) if bare in r.qualifiers_before else None

    def phrases_before(self, pos: int) -> list[tuple[int, str]]:
        """The phrases of one to four words ending 1-3 spaces before ``pos``, shortest first
        (the last position asked is remembered: the reader asks several tables in turn)."""
        if pos == self._phrases_at:
            return self._phrases
        low = self.low
        lo = max(0, pos - 48)
        end = pos
        out: list[tuple[int, str]] = []
        while end > lo and pos - end < 3 and low[end - 1] == " ":
            end -= 1
        if not (end == pos or (end > lo and low[end - 1] == " ")):
            i = end
            for _ in range(4):
                j = max(low.rfind(" ", lo, i), low.rfind("\n", lo, i))
                if j < 0 and lo > 0:
                    break
                start = j + 1
                while start < end and low[start] in "(\"'[":
                    start += 1
                out.append((start, low[start:end]))
                if j < 0:
                    break
                i = j
        self._phrases_at, self._phrases = pos, out
        return out

    def unit_key(self, surface: str, table: Mapping[str, object] | None = None) -> str:
        """The vocabulary entry for a unit (or currency) matched in any case."""
        table = self.r.units if table is None else table
        if surface in table:
            return surface
        low = surface.lower()
        for key in table:
            if key.lower() == low:
                return key
        return surface

    def read_entity(self, g: Fig, after_of: bool = False) -> None:
        """The noun phrase a bare number counts: "10,000 troops", "two referendums".

        ``after_of``: the phrase follows "of" ("half of the budget"), so a singular noun
        ending at a function word is the entity too.
        """
        f, r = self.f, self.r
        one = bool(g.word) and g.value == 1 and g.low is None  # "one ferry", not "1 boats"
        pos = g.end
        words: list[tuple[int, int, str]] = []
        ended_by_punct = stopped = False
        head = -1
        last_plural = -1  # the last of ``words`` that is a plural (read unless ``one``)
        for _ in range(6):
            m = self.np_word.match(f, pos)
            if not m:
                ended_by_punct = (
                    pos >= len(f)
                    or f[pos] not in " \n"
                    or f[pos : pos + 2] in (" -", " (", " '", ' "')
                )
                break
            w = m.group("w")
            ws, we = m.span("w")
            if g.plain4 and ws - pos > 1:
                break  # "2008  based": a double space left by markup does not join a year
            if w.endswith(".") and w.count(".") == 1:
                w, we = w[:-1], we - 1
                ended_by_punct = True
            lw = w.lower()
            # "two US soldiers": a word in capitals is a name, not the pronoun "us"
            function = lw in r.stopwords and not (len(w) > 1 and w.isupper())
            if (
                lw == "of"
                and words
                and f[words[-1][0]].isupper()
                and all(f[x].isupper() or w2 in _MODIFIERS for x, _, w2 in words)
                and (nxt := self.np_word.match(f, we)) is not None
                and nxt.group("w")[:1].isupper()
                and nxt.group("w").lower() not in r.stopwords
                and nxt.group("w").lower() not in r.number_words  # "six medium and four light"
                and self.lower_plural_follows(nxt.end())
            ):
                # "two Voice of America journalists": "of" inside a name before the noun
                words.append((ws, we, lw))
                pos = we
                if not one and self.is_plural(w):
                    last_plural = len(words) - 1
                continue
            if (
                lw == "and"
                and words
                and last_plural < 0
                and (nxt := self.np_word.match(f, we)) is not None
                and nxt.group("w").lower() not in r.stopwords
                and nxt.group("w").lower() not in r.number_words  # "six medium and four light"
                and self.lower_plural_follows(nxt.end())
            ):
                # "2,000 military and police troops": two modifiers of one plural noun
                words.append((ws, we, lw))
                pos = we
                continue
            if (function and lw not in _MODIFIERS) or lw in r.units or lw in r.months:
                stopped = function
                break
            if lw in r.scales:
                break  # "a few hundred million US dollars": a scale left unread is no noun
            if lw in _SAYS and _CLAUSE_AFTER.match(f, we):
                break  # "a survey of those aged 18 to 25 finds the ...": a verb
            if (
                words
                and lw.endswith("ed")
                and lw in r.plurals
                and words[-1][2] not in _MODIFIERS
                and not words[-1][2].endswith("ly")
                and "-" not in words[-1][2]
            ):
                # "1 soldier killed": a participle after the noun, which the number counts
                # ("20 killed", "five seriously injured", "long-term unemployed": the noun)
                if not one:
                    head = len(words) - 1
                break
            words.append((ws, we, lw))
            pos = we
            plural = not one and self.is_plural(w)
            if plural:
                last_plural = len(words) - 1
            if plural and lw not in _MODIFIERS:
                head = len(words) - 1
                if not (f[ws].isupper() and self.lower_plural_follows(we)) and not (
                    not lw.endswith("s") and self.noun_plural_follows(we)
                ):
                    break  # "United Nations member states": read on to the common noun
                head = -1  # and "police officers", "staff members", "wounded soldiers"
            if ended_by_punct:
                break
        else:
            ended_by_punct = False
        if head < 0 and not one:
            head = last_plural  # (the last word read that is a plural: each was asked)
        if one:
            self.read_singular(g, words, stopped)
            return
        if head < 0 and g.value == 1:
            self.read_singular(g, words, stopped)
            return
        if head < 0:
            if not ((ended_by_punct or after_of) and 1 <= len(words) <= 3):
                return
            if (
                any(f[ws].isupper() for ws, _, _ in words)
                or all(lw in _MODIFIERS for _, _, lw in words)
                or words[-1][2].endswith(("ed", "ing", "ly"))
            ):
                return
            head = len(words) - 1
        first = 0
        while first <= head and words[first][2] in _SKIPPED and first < head:
            first += 1
        end = words[head][1]
        coord = self.and_word.match(f[end : end + 40])
        if coord and coord.group(2) and self.is_plural(coord.group(2).lower()):
            # "65 soldiers and police officers": a modifier, then the plural
            modifier = coord.group(1)
            if not (
                modifier.islower()
                and coord.group(2).islower()
                and not modifier.endswith(("ed", "ing"))
                and modifier not in r.verbs
                and modifier not in _NOT_MODIFIERS
                and modifier not in r.number_words  # "four men and four women": two counts
                and not modifier.endswith(_ADJECTIVE_ENDINGS)  # "and trilateral talks"
                and not _TO_AFTER.match(f, end + coord.end())
            ):
                coord = None
        elif coord:
            word = coord.group(1)
            if (
                self.is_plural(word.lower())
                and word.islower()
                and not word.endswith("ed")  # "killed two guards and wounded six"
                and word not in r.verbs  # "15 citizens and underlines its support"
                and not _OBJECT_AFTER.match(f, end + coord.end(1))  # "20 troops and sends them"
                and not _TO_AFTER.match(f, end + coord.end(1))  # "700 names and hopes to"
            ):
                end += coord.end(1)
            coord = None
        if coord:
            end += coord.end()
        g.entity = self.text[words[first][0] : end]
        g.end = end
        g.kind = "count"

    def read_partitive(self, g: Fig) -> None:
        """ "three of the bombers", "two of his sons": a bare number counts the plural noun
        phrase after "of" and a determiner ("one of the" is left alone: mostly idiom)."""
        if g.value is None or g.value == 1 or g.low is not None or g.entity is not None:
            return
        of = _OF_DETERMINER.match(self.f, g.end)
        if of is None:
            return
        end = g.end
        g.end = of.end()
        self.read_entity(g)
        entity = _entity_of(g)  # (read anew: the test above narrowed it to None for mypy)
        words: list[str] = entity.lower().replace("-", " ").split() if entity else []
        if (
            not words
            or not self.is_plural(words[-1])
            or any(w in self.r.number_words for w in words)  # "five of the six numbers"
        ):
            g.end, g.entity, g.kind = end, None, "number"

    def noun_plural_follows(self, pos: int) -> bool:
        """A lower-case plural in -s right after a plural without one ("police officers")."""
        m = self.np_word.match(self.f, pos)
        if m is None:
            return False
        w = m.group("w").removesuffix(".")
        if w in ("people", "children") or (w.endswith("men") and self.is_plural(w)):
            return True  # "elderly people", "police men"
        return (
            w.islower()
            and w.endswith("s")
            and w not in self.r.units
            and self.is_plural(w)
            and not _OBJECT_AFTER.match(self.f, m.end())  # "dead sends them"
            # "19 dead reports the agency"
            and not (w in _REPORTS and _DETERMINER_AFTER.match(self.f, m.end()))
        )

    def lower_plural_follows(self, pos: int) -> bool:
        """A lower-case plural noun within the next three words, with no function word."""
        for _ in range(3):
            m = self.np_word.match(self.f, pos)
            w = m.group("w").removesuffix(".") if m else ""
            if not m or not w[:1].islower() or w in self.r.stopwords:
                return False
            if w in self.r.number_words:
                return False  # "Hundreds of Indians occupied eight plots": a new figure
            if self.is_plural(w):
                return True
            pos = m.end()
        return False

    def read_singular(self, g: Fig, words: list[tuple[int, int, str]], stopped: bool) -> None:
        """ "one shell", "one vote": a singular noun after one."""
        if not words or _FOR_ONE.search(self.f, max(0, g.start - 9), g.start):
            return
        ws, we, lw = words[0]
        if (
            not self.f[ws].islower()
            and len(words) > 1
            and (
                self.is_demonym(self.f[ws:we])
                or (
                    we - ws <= 3
                    and self.f[ws:we].isupper()
                    # (not "1 GB", "one US dollar": a unit or a currency)
                    and self.f[ws:we] not in self.r.units
                    and self.f[ws:we].lower() not in self.r.units
                    and words[1][2] not in self.r.currencies
                )
            )
        ):
            # "one Iraqi soldier", "one Somali boy", "1 US soldier": the noun the nationality
            # describes
            end = ws
            for ws2, we2, lw2 in words[1:3]:  # "one German intelligence officer"
                if (
                    not self.f[ws2].islower()
                    or lw2.endswith(("s", "ed", "ing", "ly", "'s"))
                    or lw2 in _MODIFIERS
                    or lw2 in self.r.verbs
                ):
                    break
                end = we2
            if end > ws:
                g.entity = self.text[ws:end]
                g.end = end
                g.kind = "count"
            return
        if not self.f[ws].islower() or lw in _ONE_IDIOMS or lw in _MODIFIERS or "'" in lw:
            return
        if len(words) == 1 and lw in _ONE_ADJECTIVES and self.f.startswith(" of ", we):
            return  # "a situation that is one full of hope": "one" is a pronoun
        if lw.endswith(("s", "ed")) and lw not in self.r.plurals:
            return  # "if one sets out", "no one stepped up": a verb, so "one" is a pronoun
        if lw.endswith("ing") and (_DETERMINER.match(self.f, we) or lw in self.r.verbs):
            return  # "with one showing the prophet", "one suggesting": a verb
        end = we
        if len(words) > 1 and words[1][2].endswith("'s") and self.f[words[1][0]].islower():
            # "one young girl's bag": the owner is the one counted
            g.entity = self.text[ws : words[1][1] - 2]
            g.end = words[1][1] - 2
            g.kind = "count"
            return
        rest = words[1:] if stopped or len(words) <= 2 else []
        if (
            len(rest) <= 2
            and all(
                self.f[ws2].islower()
                and not lw2.endswith(("s", "ed", "ing", "ly"))
                and lw2 not in _MODIFIERS
                and lw2 not in self.r.verbs  # "one bullet hit his heart"
                for ws2, _, lw2 in rest
            )
            and rest
        ):
            end = rest[-1][1]  # "one police officer was", not "one ferry left port"
        g.entity = self.text[ws:end]
        g.end = end
        g.kind = "count"

    def is_demonym(self, word: str) -> bool:
        """A nationality or people adjective: "Iraqi", "American", "Chinese", "Polish"."""
        if word in self.r.demonyms:
            return True
        return (
            len(word) > 4
            and word[0].isupper()
            and word[1:].islower()
            and word.endswith(_DEMONYM)
            and not word.endswith(("hman", "sman"))  # "one Frenchman": the noun itself
        )

    def is_plural(self, word: str) -> bool:
        """Whether a word can head a counted noun phrase: "troops", "people", "MPs"."""
        lw = word.lower()
        if lw in self.r.plurals:
            return True
        if lw[-1:] != "s":  # (nor does ``word`` end with "s": the last two tests ask it)
            return lw.endswith("men") and len(lw) > 4 and lw not in _SINGULAR_MEN
        if len(word) >= 3 and word[:-1].isupper() and word[-1] == "s":
            return True  # MPs, CEOs
        return (
            len(lw) > 3
            and not lw.endswith(("ss", "us", "is", "'s", "ous"))
            and lw not in self.r.stopwords
        )

    def read_vague(self, m: Match) -> Fig | None:
        f, r = self.f, self.r
        phrase = m.group(0).lower()
        s, e = m.span()
        if phrase in r.vague:
            base = r.vague[phrase]
            needs_of = phrase in ("scores", "tens")
            value = base * 2
        else:
            head, scale = phrase.rsplit(" ", 1)
            base = r.number_words[scale]
            value = base * (3 if head.startswith("several") else 2)
            needs_of = False
        g = Fig(s, e, value, qualifier="at_least", rule="quantity.vague", kind="number")
        of = _OF.match(f, e)
        if needs_of and not of:
            return None
        if of:
            g.end = of.end()
            self.read_entity(g, after_of=True)
            if g.entity is None:
                g.end = e
        else:
            self.read_entity(g)
        if phrase in r.vague and g.entity is None and not of and f[e : e + 1] != " ":
            return None
        if not of and f[s].isupper() and self.prev_word(s)[:1].isupper():
            return None  # "Mega Millions"
        g.rule = "quantity.vague"
        if g.entity:
            g.kind = "count"
        return g

    def read_fraction(self, m: Match) -> Fig | None:
        f, r = self.f, self.r
        s, e = m.span()
        words = _LETTERS.findall(m.group(0).lower())
        before = self.prev_word(s)
        prev = before.lower()
        if len(words) == 1 and (
            prev in _NOT_FRACTION
            or prev.endswith("ern")
            or (
                before[:1].isupper()
                and prev not in self.r.stopwords
                and prev not in self.r.qualifiers_before
            )
        ):
            return None  # "the second half", "the northern half", "the Sunni half"
        frac = r.number_words[words[-1]]
        num = (
            Decimal(1)
            if len(words) == 1 or words[0] in ("a", "an")
            else r.number_words.get(words[0], Decimal(1))
        )
        value = num * frac
        g = Fig(s, e, value, rule="quantity.fraction", kind="number")
        qual = self.phrase_before(s, r.qualifiers_before)
        if qual:
            g.qualifier = r.qualifiers_before[qual[1]]
            g.start = qual[0]
        a = _A_AN.match(f[e : e + 4])
        if a:
            sc = self.scale_at(e + a.end())
            if sc and sc.group("scale") in r.number_words:
                g.value = value * r.scales[sc.group("scale")][0]
                g.end = sc.end()
                g.rule = "quantity.count"
                self.read_after(g)
                return g
            um = self.unit_at(e + a.end() - 1)
            if um and r.units[self.unit_key(um.group("unit"))][1] == "duration":
                g.unit = r.units[self.unit_key(um.group("unit"))][0]
                g.kind, g.rule, g.end = "duration", "quantity.duration", um.end()
                return g
            return None
        of = _OF.match(f, e)
        majority = _MAJORITY.match(f, e)
        if of:
            g.end = of.end()
            self.read_entity(g, after_of=True)
            if g.entity is None:
                g.end = e
        elif majority and len(words) > 1 and words[0] not in ("a", "an"):
            g.entity, g.end, g.kind = majority.group(1), majority.end(), "count"
        elif words == ["half"] and (det := _HALF_DETERMINER.match(f, e)):
            g.end = det.end()
            self.read_entity(g, after_of=True)
            if g.entity is None:
                g.end = e
                if not (qual or prev in ("by", "than")):
                    return None
        elif not (qual or prev in ("by", "than")):
            return None  # a bare fraction only as in "cut by a third", "more than half"
        return g


def _entity_of(g: Fig) -> str | None:
    """What ``g`` counts now, as its declared type: a read after a call that may set it."""
    return g.entity
