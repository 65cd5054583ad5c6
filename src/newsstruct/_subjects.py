"""Subjects: whether a name is the subject of a clause, read from the words around it.

The actors of an article (:mod:`newsstruct._actors`) and the agents of dated events
(:mod:`newsstruct.events`) ask the same question of a name: is it the subject of a verb?
Both are answered here, from the words right before the name (a preposition puts it in a
phrase, "by" makes it the agent of a passive) and the word after it, read as a verb or
not.

>>> from newsstruct._text import Document
>>> text = "Norway beat Iceland on Sunday, and Sweden was eliminated by Finland."
>>> subjects = subject_finder(Document(text))
>>> spans = {name: (text.index(name), text.index(name) + len(name))
...          for name in ("Norway", "Iceland", "Sweden", "Finland")}
>>> [name for name, (start, end) in spans.items() if subjects.acts(start, end)]
['Norway', 'Finland']
>>> subjects.verb_after(spans["Sweden"][1], len(text))  # a subject, though not acting
True

Everything that depends on the whole document is computed once per document, in time
linear in its length; each question then looks at a few words only.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._mentions import ascii_words_of
from newsstruct._text import Document, distinct, midsentence_capitals

__all__ = ["SET_OFF_OPENINGS", "Subjects", "subject_finder"]

# --- the word after a name ------------------------------------------------------------------

_AUX = frozenset(
    """has have had will would can could may might must should shall does did do
    've 'll 'd cannot can't couldn't won't wouldn't doesn't didn't don't hasn't haven't
    hadn't shouldn't mustn't""".split()
)
# A copula makes its subject acting only before "to" or an -ing form ("is to begin",
# "was going"), not before a description ("is mainly Buddhist") or a passive ("was arrested").
_COPULAS = frozenset("""is are was were 's""".split())
_ACTIVE_AFTER_COPULA = regex.compile(
    r"[ ](?:(?!likely\b)\p{Ll}{2,16}ly[ ])?"
    r"(?:(?:expected|set|due|likely|poised|scheduled|about|ready|preparing)[ ]to[ ]"
    r"(?!be[ ]|remain\b)|to[ ]|\p{L}+ing\b)"
)
_MODAL_COPULA = regex.compile(r"[ ](?:not[ ])?(?:have[ ])?(?:be|been)\b")
_NOT_VERBS = frozenset("""based united red bed need feed seed speed bred shed deed creed""".split())
_OBJECT_START = regex.compile(
    r"[ ](?:the|a|an|that|it|its|his|her|their|this|these|to|on|in|about|for|no|more|\d)\b"
)
_ADVERBIALS = frozenset("also then on in at last this yesterday today".split())
# What a verb of a state reads as after "has" or "have": a place that "has a population of"
# or "has become a magnet" is described, not acting.
_DESCRIBED_AFTER_HAVE = regex.compile(
    r"[ ]{1,3}(?:(?:also|already|long|now|still|always|never|not)[ ]{1,3})?"
    r"(?:a|an|the|no|its|their|many|more|some|several|one|two|\d[\d,.]*|become|remained)\b"
)
_HAVE = frozenset({"has", "have", "had"})
_CLAUSE_NEXT_WORD = regex.compile(r"[ ]{1,3}([\p{L}\p{N}'.-]+)")


# The wiki quote marks that open a title, and "The" between them and the name.
_WIKI_OPENING = regex.compile(r"''(?:[Tt]he[ ])?\Z")


class Lexicon:
    """The verbs known by name.  (A plain class: the compiled build compiles it, with the
    dict it fills as it reads.)"""

    __slots__ = ("acting", "fixed", "tense", "verbs")

    def __init__(
        self, acting: frozenset[str], tense: frozenset[str], verbs: frozenset[str]
    ) -> None:
        self.acting = acting  # speech and action verbs
        self.tense = tense  # verbs of tense and plan: "will", "plans", "due", "went"
        self.verbs = verbs  # both
        # the words asked of :func:`reading`, each with how it reads whatever follows it,
        # or :data:`_BY_TEXT` (see :func:`_fixed_reading`); emptied past :data:`_FIXED_KEPT`
        self.fixed: dict[str, int] = {}


# Verbs of tense and plan that read as verbs after a name ("Smith will", "the vote was",
# "the PM starts the campaign").  The dates' tense markers are not used: their words for
# what a date does ("the offer closes", "the term ends") and conjunctions ("if") make no
# acting subject.
_TENSE_VERBS = frozenset(
    """'ll wo will would shall should must had was were went ate arrived due expected
    scheduled slated plan plans planned planning won't wouldn't begins holds launches
    opens reopens resumes starts""".split()
)


@functools.lru_cache(maxsize=8)
def _lexicon(config: Config) -> Lexicon:
    acting = config.words("speech_verbs") | config.words("action_verbs")
    return Lexicon(acting, _TENSE_VERBS, acting | _TENSE_VERBS)


# How a word after a name reads (see :func:`reading`).
NOT_VERB = 0
MAYBE_ACTING = 1  # an -s word before an object: a verb in the present, or a plural noun
VERB = 2  # a verb whose subject is described or acted upon: "is mainly", "was arrested"
ACTING = 3  # a verb whose subject acts


_BY_TEXT = -1  # a word whose reading depends on the text after it (see _fixed_reading)
_FIXED_KEPT = 1 << 14  # how many words a lexicon keeps the reading of


def reading(word: str, lexicon: Lexicon, text: str, after: int) -> int:
    """How ``word`` reads after a name: :data:`NOT_VERB`, :data:`MAYBE_ACTING`,
    :data:`VERB` or :data:`ACTING`; ``text[after:]`` is the text that follows it (see
    :func:`_read_in_text`).  A word that reads alike whatever follows it (most words) is
    read once per lexicon.
    """
    fixed = lexicon.fixed.get(word)
    if fixed is None:
        if len(lexicon.fixed) >= _FIXED_KEPT:
            lexicon.fixed.clear()
        fixed = lexicon.fixed[word] = _fixed_reading(word, lexicon)
    return _read_in_text(word, lexicon, text, after) if fixed == _BY_TEXT else fixed


def _fixed_reading(word: str, lexicon: Lexicon) -> int:
    """What :func:`_read_in_text` returns for ``word`` whatever text follows it, or
    :data:`_BY_TEXT` for the words it reads the text for: a copula, an auxiliary, or a
    word in "-s" of four letters or more (a verb or a plural noun)."""
    if not word[:1].islower() and not word.startswith("'"):
        return NOT_VERB
    w = word.lower()
    if w in _COPULAS or w in _AUX:
        return _BY_TEXT
    if w in lexicon.acting:
        return ACTING
    if w not in _NOT_VERBS and len(w) >= 4:
        if w.endswith("ed"):
            return ACTING
        if w.endswith("s") and not w.endswith("ss"):
            return _BY_TEXT
    return VERB if w in lexicon.tense else NOT_VERB


def _read_in_text(word: str, lexicon: Lexicon, text: str, after: int) -> int:
    """How ``word`` reads after a name, followed by ``text[after:]`` (the plain rule of
    :func:`reading`).  A tense marker that is not a known action or speech verb ("plan",
    "due") may be a noun or an adjective: it reads as a verb, not as acting.

    >>> lexicon = _lexicon(DEFAULT_CONFIG)
    >>> [reading(w, lexicon, t, 0) for w, t in [("said", " it"), ("was", " arrested"),
    ...  ("was", " going"), ("'s", " rate"), ("maneuvers", " included"), ("says", " it"),
    ...  ("rows", " to"), ("shows", " only"), ("plan", " is"), ("Bank", "")]]
    [3, 2, 3, 0, 0, 3, 1, 2, 2, 0]
    """
    if not word[:1].islower() and not word.startswith("'"):
        return NOT_VERB
    w = word.lower()
    if w in _COPULAS:
        if _ACTIVE_AFTER_COPULA.match(text, after, after + 40):
            return ACTING
        return NOT_VERB if w == "'s" else VERB  # "Germany's rate": a possessive
    if w in _AUX:
        # "would have been a fit" describes; "has been investigating" acts
        modal = _MODAL_COPULA.match(text, after, after + 20)
        if modal is None or _ACTIVE_AFTER_COPULA.match(text, modal.end(), modal.end() + 40):
            return ACTING
        return VERB
    if w in lexicon.acting:
        return ACTING
    if w not in _NOT_VERBS and len(w) >= 4:
        if w.endswith("ed"):
            return ACTING
        if w.endswith("s") and not w.endswith("ss"):
            # "Moscow says it ...", but not "Crimea maneuvers included ...": a present-tense
            # verb is told from a plural noun by what follows it, and by the verb it is a
            # form of ("warns", "announces").
            verbs = lexicon.verbs
            known = w in verbs or w[:-1] + "d" in verbs or w[:-1] + "ed" in verbs
            if _OBJECT_START.match(text, after, after + 20) is not None:
                return ACTING if known else MAYBE_ACTING
            if known:
                if text[after : after + 1] == " " and text[after + 1 : after + 2].isupper():
                    return ACTING  # "Moscow blames Kyiv"
                return VERB  # "The Boston shows only had"
    return VERB if w in lexicon.tense else NOT_VERB


# --- the words before a name ----------------------------------------------------------------

# The patterns of the words before a name end where the name starts; they are matched
# backwards from there (REVERSE), one attempt each instead of one at every earlier offset.
_BY_LAST = frozenset("yYeE ")  # what "by" or "the" ends with, or more space
# The same read three characters back, in lower case: "by", "the", or more space.
_BY_ENDS = ("by", "the", " ")
_BY_BEFORE = regex.compile(
    r"\b(\p{L}+)[ ]+(?:(?:yesterday|today|tonight|earlier|later|again|also)[ ]+)?"
    r"by[ ]+(?:the[ ]+)?\Z",
    regex.IGNORECASE | regex.REVERSE,
)


def _by_may_end(head: str, tail: str) -> bool:
    """Whether :data:`_BY_BEFORE` may match at the end of ``head`` (the text before a name,
    without the spaces after it; ``tail``: its last three characters in lower case): only
    where "by" ends it, or "the" after "by" (a fast test of the words the pattern ends in)."""
    return tail.endswith("by") or (
        tail.endswith("the") and head[:-3].rstrip(" ")[-2:].lower() == "by"
    )


_PREPOSITIONS = (
    "in near at from to of with into across over for on about against between under around "
    "toward towards inside outside within without through throughout except excluding bar"
).split()
_NOT_MODIFIERS = (
    "as that when while and but because if after before since until where who which then so"
).split()
# A name right after a preposition, "the" and at most two lower-case words sits in a
# prepositional phrase, not in subject position.  ``Subjects._in_phrase`` reads this pattern
# word by word, backwards from the name.
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?i:" + "|".join(_PREPOSITIONS) + r")[ ]+(?:the[ ]+)?"
    r"(?:(?!(?:" + "|".join(_NOT_MODIFIERS) + r")[ ])\p{Ll}[\p{Ll}-]*[ ]+){0,2}\Z",
)
_PREPOSITION_SET = frozenset(_PREPOSITIONS)
_PREPOSITION_LENGTHS = sorted({len(p) for p in _PREPOSITIONS})
_PREPOSITION_ENDS = frozenset(p[-2:] for p in _PREPOSITIONS)
_NOT_MODIFIER_SET = frozenset(_NOT_MODIFIERS)
_PREPOSITION_END = regex.compile(r"\b(?i:" + "|".join(_PREPOSITIONS) + r")\Z")
_MODIFIER = regex.compile(r"\p{Ll}[\p{Ll}-]*")
_WORD_CHAR = regex.compile(r"\w")
# The word before a list of names ("from Libya, Syria and"), when one stands there.
_LIST_BEFORE = regex.compile(
    r"\b(\p{Ll}+)[ ]+(?:\p{Lu}[\p{L}'-]*[ ]?){1,4}"
    r"(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ])"
    r"(?:\p{Lu}[\p{L}'-]*[ ]?){1,4}){0,8}(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ])\Z",
    regex.REVERSE,
)
_LIST_PREPOSITIONS = frozenset(
    "in near at from to of with into across over for on about against between under around "
    "including except excluding bar besides".split()
)
_OBJECT_BEFORE = regex.compile(r"\b\p{Ll}{3,}(?:ing|ed)[ ]+the[ ]+\Z", regex.REVERSE)

# --- what may stand between a name and its verb ---------------------------------------------

_ADVERBS = frozenset(
    """also then later now still already reportedly allegedly finally first recently further
    previously subsequently quickly immediately again even only never not just since
    initially currently officially formally publicly repeatedly""".split()
)
_APPOSITIVE = regex.compile(
    r"""[ ]?(?:,[ ](?:the|a|an|his|her|its|their|who|which|whose|both|all
        |[\p{Lu}\p{N}])[^,;:.()"]{0,90},
        |[ ]?\([^()]{1,60}\))""",
    regex.VERBOSE,
)
_NEXT_WORD = regex.compile(r"[ ]{1,3}((?:'[a-z]{1,2})|[\p{L}][\p{L}'-]*)")
# The same in a text whose letters are all ASCII (see ascii_words), where the standard
# engine is faster.
_ASCII_NEXT_WORD = re.compile(r"[ ]{1,3}((?:'[a-z]{1,2})|[A-Za-z][A-Za-z'-]*)")
# A time adverbial between a subject and its verb: "Zelenskiy on April 21 signed".
_WHEN = regex.compile(
    r"""[ ](?:(?:on|in|at)[ ])?
        (?:(?:last|this|next|earlier[ ]this|later[ ]this)[ ]\p{L}+|yesterday|today|tonight
          |\p{Lu}\p{L}+(?:[ ]\d{1,2})?(?:,[ ]\d{4})?)(?=[ ,])""",
    regex.VERBOSE,
)
_WHEN_STARTS = frozenset("oiatlnye")  # the first letters of its lower-case words
# Further conjuncts of a coordinated subject: ", Laos and Indonesia", " and the FBI".
# A short remark in brackets after a conjunct, opening on a capital: "Ann Lee (Kent,
# Liberal)", not "Construction (up 43 400)".
_BRACKETED = r"(?:[ ]{0,2}\(\p{Lu}[^()\n]{0,39}\))?"
_COORDINATED = regex.compile(
    r"(?:,[ ]\p{Lu}[\p{L}'-]*(?:[ ]\p{Lu}[\p{L}'-]*){0,3}" + _BRACKETED + r"){0,5},?[ ]{1,2}"
    r"(?:and|or)[ ]{1,2}(?:the[ ])?"
    r"(?!I\b)\p{Lu}[\p{L}'-]*(?:[ ]\p{Lu}[\p{L}'-]*){0,3}"  # not "and I'm": a clause of its own
    + _BRACKETED
)
# "and" and others of the same kind after a name ("Ann Lee and other officials have said").
_OTHERS = regex.compile(
    r",?[ ]{1,2}and[ ](?:other|several|two|three|four|some|many)[ ]"
    r"(?:\p{Ll}{3,20}[ ])?\p{Ll}{3,20}s\b"
)
# The words before a name and "and" (and a title), opening a clause ("Ann Lee and Tom Ray
# approve", "Chairman Ann Lee and Senator Tom Ray oppose").
_LAST_CONJUNCT = regex.compile(
    r"(?:(?<![\s\S])|(?<=[.;:\n\"][ ]{0,2}))\p{Lu}[\p{L}'-]*(?:[ ][\p{L}'.-]+){0,4}[ ]and[ ]"
    r"(?:\p{Lu}\p{Ll}{1,15}\.?[ ]){0,2}\Z"
)


def _last_conjunct(folded: str, start: int) -> bool:
    """Whether the name at ``start`` is the last conjunct of a clause's subject: whether
    :data:`_LAST_CONJUNCT` ends there, within the 80 characters before it."""
    lo = max(0, start - 80)
    if folded.find(" and ", lo, start) < 0:
        return False  # fast path: the pattern holds " and ", so it cannot match
    return _LAST_CONJUNCT.search(folded, lo, start) is not None


# What follows a verb with no ending after a plural subject: an object or a preposition.
_PLAIN_VERB_AFTER = regex.compile(
    r"[ ](?:the|a|an|that|it|its|his|her|their|this|these|to|on|of|in|about|for|with|no)\b"
)


# Verbs of a state, with no agent: "the shops remain on Main Street".
_STATE_VERBS = frozenset("remain stay live seem appear sit stand lie belong".split())


def _plain_verb(word: str, text: str, after: int) -> bool:
    """Whether ``word``, in lower case after a plural subject and before an object or a
    preposition, reads as a verb in the present with no ending ("approve of", "oppose the")."""
    return (
        word[:1].islower()
        and len(word) >= 4
        and word.isalpha()
        and not word.endswith(("s", "ly", "ing"))
        and word not in _STATE_VERBS
        and _PLAIN_VERB_AFTER.match(text, after, after + 12) is not None
    )


# What may stand before a subject that opens a clause (start of text, punctuation, a
# conjunction or "that", an article).
_CLAUSE_OPENING = regex.compile(
    r"(?:\A|[.,;:!?\"(\n]|\b(?:that|and|but|while|as|when|because|after|before|though|if"
    r"|the|The))[ ]*\Z"
)
# A name's post-modifier naming its organisation: "of the Neo Democrats", "from Acme Corp",
# "of the 5th Marine Regiment".
_POSTMODIFIER = regex.compile(
    r"[ ]{1,2}(?:of|from|at)[ ](?:the[ ])?(?:\d{1,4}(?:st|nd|rd|th)[ ])?"
    r"\p{Lu}[\p{L}'&-]*(?:[ ](?:of[ ])?\p{Lu}[\p{L}'&-]*){0,5}"
    # and the noun of a body the capitalised words name ("of the Social Welfare
    # constituency", "of the Green party")
    r"(?:[ ](?:constituency|party|group|union|committee|council|faction|camp|movement"
    r"|ministry|department|team|club|firm|company)(?![\p{L}]))?"
)
# (and "who" after the two spaces a link stripped from a person's name leaves: "Ann Lee
# who voted")
_RELATIVE = regex.compile(r",?(?:[ ]|[ ]{2}(?=who[ ]))(?:who|which|that)[ ]+")
_RELATIVE_STARTS = (" who", " which", " that", ", who", ", which", ", that", "  who")
# What stands before a name set off after its description, and the closing comma of it and
# the word after it.
SET_OFF_OPENINGS = (", ", ", the ", ", The ")
_SET_OFF_VERB = regex.compile(r"[ ]?,[ ](\p{Ll}[\p{Ll}'-]{0,30})")
# The lower-case words that open what may stand between a name and its verb.
_SKIPPED = frozenset(
    """and or of from at who which that on in last this next earlier later yesterday today
    tonight""".split()
)

# --- clause-wide patterns: a passive's agent, a speaker named after the quote ---------------

# The last words of bodies whose names go on with "for" and a remit ("Department for
# Transport", "Office for the Coordination of Humanitarian Affairs"); no title is one
# ("Minister for Education" names an office, not who holds it).
# ("for", then one look behind for each, of fixed width, as both engines read them.)
_REMIT_HEADS = "|".join(
    rf"(?<=\b{head}[ ]for)"
    for head in (
        "Office Department Ministry Center Centre Council Committee Commission Organisation"
        " Organization Institute Association Alliance Movement Front Fund Foundation Agency"
        " Ombudsman Court Tribunal Service Society League Union Coalition Observatory Network"
        " Campaign Bureau Board Authority Trust Federation Secretariat Programme Program"
    ).split()
)
# A run of capitalised words, with the small words names hold ("Bank of England").
NAME = r"""\p{Lu}[\p{L}\p{N}'.&-]{0,40}
    (?:[ ](?:(?:of|for(?:""" + _REMIT_HEADS + r""")|and|the|de|du|da|van|von
    |der|al|bin|la|le)[ ]){0,2}
     (?:\p{Lu}[\p{L}\p{N}'.&-]{0,40}|\p{Lu}\.)){0,7}"""
_SPEECH_AFTER = r"(?:said|says|told|added|announced|stated|according\s+to)"
#: Past participles with no "-ed" ending: a passive's verb ("was sworn in", "a letter sent
#: by the union").
PARTICIPLES = frozenset(
    """born borne sworn shot held hit hurt cut put set led left found made told sent kept
    caught brought bought built sold struck stricken won known shown thrown drawn seen paid
    laid spent lost met taken given driven written beaten broken chosen frozen spoken hidden
    shaken torn overthrown withdrawn shut fed stolen forgotten understood thought sought
    taught hung slain cast""".split()
)
_PASSIVE_BY = regex.compile(
    r"""\b(?P<aux>(?:was|were|been|being|is|are|be)[ ](?:\p{Ll}{1,20}[ ]){0,4}?)?
        (?P<verb>\p{Ll}[\p{Ll}-]{0,20}(?:ed|en|wn)|told|bought|brought|caught|held|led|made|sent
        |built|hit|shot|won|paid|sold|struck|fought|found|kept|sought|spent|hurt)\b
        [^.;,]{0,40}?\bby[ ]+(?:the[ ]+)?
        (?P<title>(?:\p{Ll}{2,20}[ ]+)?(?:(?:then|ex)-)?\p{Ll}{2,20}[ ]+)?(?P<name>"""
    + NAME
    + ")",
    regex.VERBOSE,
)
_BY_CUE = regex.compile(r"\bby[ ]")
_INVERTED_SPEECH = regex.compile(
    r"""[,"][ ]{0,3}"""
    + _SPEECH_AFTER
    + r"""[ ]{1,3}(?:\p{Ll}{1,20}[ ]{1,3}){0,3}(?P<name>"""
    + NAME
    + ")",
    regex.VERBOSE,
)
_SPEECH_CUE = regex.compile(r"[,\"][ ]{0,3}" + _SPEECH_AFTER)


# How many words a document looks up by reading the text for each; past them, it collects
# every capitalised or lower-case word of the text once, so that lookups stay linear.
_SCANNED_WORDS = 32
_BEFORE_CAPITAL = regex.compile(r"[\p{Ll},;]")  # see midsentence_capitals
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}'-]*")
_LOWER_RUN = regex.compile(r"(?<![\p{L}])\p{Ll}{1,40}(?![\p{L}])")
# The same in a text whose letters are all ASCII (see ascii_words), where the standard
# engine is faster.
_ASCII_LOWER_RUN = re.compile(r"(?<![A-Za-z])[a-z]{1,40}(?![A-Za-z])")
_LOWER_LETTERS = regex.compile(r"\p{Ll}+")
_LETTER = regex.compile(r"\p{L}")


# The characters that what may stand between a name and its verb opens on (a space, the
# comma of an apposition or a list, the bracket of an aside); ``_verb_follows`` finds no verb
# after a name followed by any other.
_VERB_FOLLOWS_FROM = frozenset(" ,(")
# What may follow the space after a name, besides a letter, when a verb follows: more space,
# an apposition's comma or bracket, an auxiliary's apostrophe ("Acme 've").
_OPEN_AFTER_SPACE = frozenset(" ,('")
_ACTS = (ACTING, MAYBE_ACTING)  # what the actors take for a verb of an acting subject
_VERBS = (ACTING, VERB)  # what the events take for the verb of a clause's subject

# Words in "-ly" that are no adverb, or no adverb of a verb after a name.
_LY_NOT_ADVERBS = frozenset(
    """family ally rally supply reply apply assembly july italy early daily weekly monthly
    quarterly yearly hourly nightly holy ugly only jelly belly bully fly""".split()
)


def _is_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb that may stand between a subject and its verb: one of
    ``_ADVERBS`` or a lower-case word in "-ly" ("partly", "strongly")."""
    w = word.lower()
    if w in _ADVERBS:
        return True
    return len(w) >= 5 and w.endswith("ly") and word.islower() and w not in _LY_NOT_ADVERBS


_ORDINAL = regex.compile(r"\d{1,4}(?:st|nd|rd|th)")


def _is_modifier(word: str) -> bool:
    """Whether ``word`` may stand between a preposition and a name: a lower-case word that
    is not a conjunction or a relative, or an ordinal ("of the 24th Infantry Regiment")."""
    if word in _NOT_MODIFIER_SET:
        return False
    if word[:1].isdigit():
        return _ORDINAL.fullmatch(word) is not None
    if word.isascii():
        return word[:1].isalpha() and word.islower() and word.replace("-", "").isalpha()
    if word[:1].isascii() and not "a" <= word[:1] <= "z":
        return False  # opens on no lower-case letter
    return _MODIFIER.fullmatch(word) is not None


# The first characters of the words after a comma and a space that may open what
# ``_verb_follows`` skips after a name: an apposition ("the", "a", "an", "his", "her", "its",
# "their", "who", "which", "whose", "both", "all"), a further conjunct ("and", "or"), a
# relative ("who", "which", "that"), or more space before "and" or "or".
_AFTER_COMMA = frozenset("tahiwbo ")


def _may_go_on_after_comma(folded: str, end: int) -> bool:
    """Whether, after the comma at ``end`` that follows a name, ``_verb_follows`` may find
    more than the comma (an apposition, a further conjunct, a relative): only where a space
    follows it, then a capital, a digit, a character outside ASCII or one of
    :data:`_AFTER_COMMA` (a fast test; where it fails, no verb follows the name)."""
    if folded[end + 1 : end + 2] != " ":
        return False
    c = folded[end + 2 : end + 3]
    return not c.isascii() or c.isupper() or c.isdigit() or c in _AFTER_COMMA


def _starts(pattern: regex.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``[lo, hi)``."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


class Subjects:
    """Reads, for the names of one document, whether they are subjects of a verb.

    Build it with :func:`subject_finder` (once per document and configuration).
    """

    def __init__(self, doc: Document, config: Config) -> None:
        self.doc = doc
        self.folded = doc.folded
        self.lexicon = _lexicon(config)
        self._ascii = ascii_words_of(doc)
        self._next_word = _ASCII_NEXT_WORD.match if self._ascii else _NEXT_WORD.match
        self._written: dict[tuple[bool, str], bool] = {}
        self._lower_words: frozenset[str] | None = None
        self._by_starts: list[int] | None = None
        self._speech_starts: list[int] | None = None

    # -- how the document writes a word ---------------------------------------------------------

    def capitalised_inside(self, word: str) -> bool:
        """Whether ``word`` is in :func:`midsentence_capitals`: written capitalised after a
        lower-case word, a comma or a semicolon (a name, not "Prices" opening a sentence)."""
        return self._written_as(True, word)

    def written_lowercase(self, word: str) -> bool:
        """Whether the document writes ``word`` in lower case, as a whole word of at most 40
        letters (a common noun)."""
        return self._written_as(False, word.lower())

    def _written_as(self, capitalised: bool, word: str) -> bool:
        key = (capitalised, word)
        known = self._written.get(key)
        if known is None:
            if len(self._written) < _SCANNED_WORDS:  # a few words: looked up in the text
                found = self._find_capitalised(word) if capitalised else self._find_lower(word)
            elif capitalised:  # many: every such word of the text, once
                found = word in midsentence_capitals(self.doc)
            else:
                if self._lower_words is None:
                    lower = _ASCII_LOWER_RUN if self._ascii else _LOWER_RUN
                    self._lower_words = distinct(lower.findall, self.folded)
                found = word in self._lower_words
            known = self._written[key] = found
        return known

    def _find_capitalised(self, word: str) -> bool:
        """``capitalised_inside``, read from the occurrences of ``word`` in the text."""
        f = self.folded
        n = len(word)
        i = f.find(word, 2) if word else -1
        while i >= 0:
            if f[i - 1] == " " and _BEFORE_CAPITAL.match(f, i - 2):
                run = _CAPITALISED_RUN.match(f, i)
                if run is not None and (
                    run.end() == i + n or (run.end() == i + n + 2 and f.startswith("'s", i + n))
                ):
                    return True
            i = f.find(word, i + 1)
        return False

    def _find_lower(self, word: str) -> bool:
        """``written_lowercase``, read from the occurrences of ``word`` in the text."""
        if not 0 < len(word) <= 40 or not _LOWER_LETTERS.fullmatch(word):
            return False
        f = self.folded
        n = len(word)
        i = f.find(word)
        while i >= 0:
            if not (i > 0 and _LETTER.match(f, i - 1)) and not _LETTER.match(f, i + n):
                return True
            i = f.find(word, i + 1)
        return False

    # Read once per document on first use (a plain attribute, not ``cached_property``: a
    # compiled build would read the whole text again at every call).
    @property
    def _by(self) -> list[int]:
        if self._by_starts is None:
            self._by_starts = _starts(_BY_CUE, self.folded)
        return self._by_starts

    @property
    def _speech(self) -> list[int]:
        if self._speech_starts is None:
            self._speech_starts = _starts(_SPEECH_CUE, self.folded)
        return self._speech_starts

    # -- the actors' question: does the name at start:end act? --------------------------------

    def acts(self, start: int, end: int, *, state: bool = False) -> bool:
        """True when the name at ``start:end`` is the subject of a verb or the agent of a
        passive.  ``state``: the name is a place, which acts only as a state does, not as
        the subject of a verb that describes it ("Thailand has a population of ...",
        "Iraq has become a magnet")."""
        folded = self.folded
        if folded.startswith(("''", " ''"), end):
            # a title in wiki quote marks ("''Al Jazeera''", "''The Guardian ''")
            opening = _WIKI_OPENING.search(folded, max(0, start - 6), start)
            if opening is not None:
                start, end = opening.start(), folded.index("''", end) + 2
        spaced = start > 0 and folded[start - 1] == " "
        # The patterns of the words before a name end in a space before it, and each is
        # tried only where those words can match: "by", "the", a list, a preposition.
        tail = ""
        # (a fast test of the words "by" and "the" that _by_may_end reads, or more space)
        if (
            spaced
            and folded[start - 2 : start - 1] in _BY_LAST
            and folded[max(0, start - 4) : start - 1].lower().endswith(_BY_ENDS)
        ):
            head = folded[max(0, start - 40) : start].rstrip(" ")
            tail = head[-3:].lower()
            if _by_may_end(head, tail):
                by = _BY_BEFORE.match(folded, max(0, start - 40), start)
                if by is not None:
                    if folded.startswith(("'s ", "\u2019s ", "' "), end):
                        return False  # "used by Acme's rivals": the rivals are the agent
                    agent = by.group(1).lower()
                    return agent.endswith("ed") or agent in self.lexicon.acting
        after = folded[end : end + 1]
        if after == " ":
            # only a lower-case word one to three spaces after the name is read here (what
            # _verb_follows reads there when the word is not one that it skips past): one
            # opening on any other character is left to _verb_follows
            second = folded[end + 1 : end + 2]
            nxt = (
                self._next_word(folded, end, min(len(folded), end + 240))
                if second.islower() or second == " "
                else None
            )
            if nxt is not None and nxt.group(1)[:1].islower():
                word = nxt.group(1)
                if word not in _SKIPPED and not _is_adverb(word):
                    # "Acme said": nothing _verb_follows skips stands between the name and this
                    if reading(word, self.lexicon, folded, nxt.end()) not in _ACTS and not (
                        _plain_verb(word, folded, nxt.end()) and _last_conjunct(folded, start)
                    ):
                        return False
                    if state and self._describes(word, nxt.end()):
                        return False
                    return not (spaced and self.in_phrase(start, tail))
        elif after not in _VERB_FOLLOWS_FROM:
            return False  # "Acme's", "Acme.": what _verb_follows skips opens on none of these
        elif after == "," and not _may_go_on_after_comma(folded, end):
            return False  # "Acme, saying ...": nothing _verb_follows skips, and no verb
        if not self._verb_follows(start, end, state=state):
            return False
        return not (spaced and self.in_phrase(start, tail))

    def acts_set_off(self, start: int, end: int, *, person: bool = True) -> bool:
        """True when the name at ``start:end`` is set off by commas after the description
        that opens its clause and acts through the verb after its closing comma ("Police
        chief in Kabul, Ann Lee, reported"; "the lower house, the Bundestag , passed").
        A name that is not a ``person``'s follows a description in lower case ("low-cost
        airline, Acme, said"), not a name ("Concord, NC, designed")."""
        folded = self.folded
        if not folded.endswith(SET_OFF_OPENINGS, 0, start):
            return False
        if not person:
            comma = folded.rfind(",", max(0, start - 6), start)
            word = folded[max(0, comma - 30) : comma].rstrip(" ").rsplit(" ", 1)[-1]
            if not word[:1].islower():
                return False
        closing = _SET_OFF_VERB.match(folded, end, min(len(folded), end + 60))
        if closing is None or closing.group(1) in _SKIPPED or closing.group(1).endswith("ing"):
            return False  # "its currency, the yuan, adding": a participle, no verb of it
        if reading(closing.group(1), self.lexicon, folded, closing.end()) != ACTING:
            return False
        return not self._in_phrase(start)

    def in_phrase(self, start: int, tail: str = "") -> bool:
        """Whether the name at ``start`` stands where no subject does: in a prepositional
        phrase ("of hedge fund Acme"), as an object ("crossing the Channel") or in a list
        after a preposition ("from Libya, Syria and Yemen")."""
        folded = self.folded
        if start == 0 or folded[start - 1] != " ":
            return False
        if self._in_phrase(start) or self._after_possessor(start):
            return True
        if not tail:
            tail = folded[max(0, start - 40) : start].rstrip(" ")[-3:].lower()
        if tail.endswith("the") and _OBJECT_BEFORE.match(folded, max(0, start - 30), start):
            return True
        if tail.endswith((",", "and", " or")):
            listed = _LIST_BEFORE.match(folded, max(0, start - 160), start)
            return listed is not None and listed.group(1).lower() in _LIST_PREPOSITIONS
        return False

    def _describes(self, word: str, after: int) -> bool:
        """Whether the verb ``word``, followed by ``folded[after:]``, describes its subject
        rather than telling what it did: "has" or "have" before a noun phrase ("has a ban",
        "had no army") or before "become"."""
        return word.lower() in _HAVE and (
            _DESCRIBED_AFTER_HAVE.match(self.folded, after, after + 40) is not None
        )

    def _verb_follows(self, start: int, end: int, *, state: bool = False) -> bool:
        """Whether a verb of an acting subject follows the name at ``start:end``, past an
        apposition, further conjuncts, a post-modifier, a relative pronoun, a time and
        adverbs ("Acme, a rival, on Monday also said")."""
        folded = self.folded
        after = folded[end + 1 : end + 2]
        if (
            folded.startswith(" ", end)
            and after.isascii()
            and not after.isalpha()
            and after not in _OPEN_AFTER_SPACE
        ):
            return False  # " 5", " .": no word, apposition or list goes on from here
        stop = min(len(folded), end + 240)
        pos = end
        # each pattern is tried only where its first characters stand
        for _ in range(2):
            if not ("," in folded[pos : pos + 2] or "(" in folded[pos : pos + 3]):
                break
            ap = _APPOSITIVE.match(folded, pos, stop)
            if ap is None:
                break
            pos = ap.end()
        # whether the subject is plural (the verb may have no ending) for the conjuncts after
        # the name; whether it is the last conjunct is read only when it matters, below
        plural = False
        if folded.startswith((",", " and ", " or ", "  and ", "  or "), pos):
            both = _COORDINATED.match(folded, pos, stop) or _OTHERS.match(folded, pos, stop)
            if both is not None and _CLAUSE_OPENING.search(folded, max(0, start - 12), start):
                pos = both.end()  # "Malaysia and Indonesia have ...": every conjunct acts
                plural = True
                if folded.startswith((", both ", ", all "), pos):
                    ap = _APPOSITIVE.match(folded, pos, stop)
                    if ap is not None:
                        pos = ap.end()  # "Ann Lee and Tom Ray, both Republicans, voted"
        if folded.startswith((" of ", " from ", " at ", "  of ", "  from ", "  at "), pos):
            post = _POSTMODIFIER.match(folded, pos, stop)
            if post is not None:
                pos = post.end()  # "Gary Fan of the Neo Democrats failed ..."
        if folded.startswith(_RELATIVE_STARTS, pos):
            rel = _RELATIVE.match(folded, pos, stop)
            if rel is not None:
                pos = rel.end() - 1
                if folded[pos + 1 : pos + 2].isupper():
                    # "told Acme that Lee left", "the firm that Lee bought": the clause after
                    # it has a subject of its own, and the name is not it
                    return False
        following = folded[pos + 1 : pos + 2]
        if following.isupper() or following in _WHEN_STARTS:
            when = _WHEN.match(folded, pos, stop)
            if when is not None:
                pos = when.end()
        for _ in range(3):
            if not folded.startswith(" ", pos):
                break  # _NEXT_WORD opens on a space
            nxt = self._next_word(folded, pos, stop)
            if nxt is None:
                break
            word = nxt.group(1)
            if _is_adverb(word):
                pos = nxt.end()
                continue
            if state and self._describes(word, nxt.end()):
                return False
            read = reading(word, self.lexicon, folded, nxt.end())
            if (
                read == NOT_VERB
                and _plain_verb(word, folded, nxt.end())
                and (plural or _last_conjunct(folded, start))
            ):
                return True  # "Ann Lee and Tom Ray approve of the plan"
            return read in _ACTS
        return False

    def _in_phrase(self, start: int) -> bool:
        """Whether the name at ``start`` follows a preposition, then "the" and at most two
        lower-case words ("of hedge fund Acme"), all within 40 characters: whether
        ``_PREPOSITION_BEFORE`` matches there, read word by word backwards."""
        f = self.folded
        lo = max(0, start - 40)
        end = start
        after: list[str] = []  # the words between a preposition and the name, latest first
        for _ in range(4):
            j = end
            while j > lo and f[j - 1] == " ":
                j -= 1
            if j in (end, lo):
                return False
            last = f[j - 1]
            if last.isascii() and not (last.isalpha() or last == "-"):
                # fast path: a word that ends so ("said.", "2009,") neither ends in a
                # preposition nor is a modifier, which end in a letter or "-"
                return False
            k = max(f.rfind(" ", lo, j) + 1, lo)
            word = f[k:j]
            if (
                (word[-2:].lower() in _PREPOSITION_ENDS or not word.isascii())
                and self._ends_in_preposition(word, k, j)
                and (len(after) <= 2 or after[2] == "the")
            ):
                return True
            if k == lo or not _is_modifier(word):
                return False
            after.append(word)
            end = k
        return False

    def _after_possessor(self, start: int) -> bool:
        """Whether the name at ``start`` follows a preposition, a possessor's name and at most
        two lower-case words ("in East Timor's capital Dilli"), all within 40 characters."""
        f = self.folded
        if "'s " not in f[max(0, start - 40) : start]:
            return False
        words = f[max(0, start - 40) : start].split()
        i = len(words) - 1
        while i >= 0 and len(words) - 1 - i < 2 and _is_modifier(words[i]):
            i -= 1
        if i < 0 or not (words[i][:1].isupper() and words[i].endswith("'s")):
            return False
        i -= 1
        for _ in range(3):
            if i < 0:
                return False
            if words[i].lower() in _PREPOSITION_SET:
                return True
            if not (words[i][:1].isupper() and words[i].isalpha()):
                return False
            i -= 1
        return i >= 0 and words[i].lower() in _PREPOSITION_SET

    def _ends_in_preposition(self, word: str, k: int, j: int) -> bool:
        """Whether ``word``, written at ``k:j``, ends in a preposition that starts a word."""
        f = self.folded
        if not word.isascii():
            # the pattern ends in a letter of a preposition, which only a letter matches
            return word[-1:].isalpha() and _PREPOSITION_END.search(f, k, j) is not None
        low = word.lower()
        for n in _PREPOSITION_LENGTHS:
            if n > len(low):
                break
            if low[-n:] in _PREPOSITION_SET:
                at = j - n
                if at == 0:
                    return True
                c = f[at - 1]
                in_word = (c.isalnum() or c == "_") if c.isascii() else _WORD_CHAR.match(c)
                if not in_word:
                    return True
        return False

    # -- the events' question: does a verb follow? --------------------------------------------

    def verb_after(
        self,
        pos: int,
        end: int,
        *,
        strict: bool = True,
        adverbials: bool = True,
        dates: frozenset[int] = frozenset(),
    ) -> bool:
        """Does a verb (or, with ``adverbials``, an adverbial before one) follow ``pos``?
        Guessed from the word; ``dates`` are the offsets where date mentions start."""
        f = self.folded
        rest = f[pos : min(end, pos + 3)].lstrip(" ")
        if adverbials and rest[:1] in ",(-":
            return True
        m = _CLAUSE_NEXT_WORD.match(f, pos, end)
        if m is None:
            return not strict
        word = m.group(1).rstrip(".")  # "Lee resigned.": a verb that ends the sentence
        if reading(word, self.lexicon, f, m.end()) in _VERBS:
            return True
        word = word.lower()
        adverbial = m.start(1) in dates or word.endswith("ly") or word in _ADVERBIALS
        if adverbials and adverbial:
            return True
        return not strict and word.endswith("s") and not word.endswith("ss")

    def passive_agent(self, start: int, end: int) -> regex.Match[str] | None:
        """The first "... was arrested by the FBI" in ``start:end``; its group ``name`` is
        the agent."""
        return next(self.passive_agents(start, end), None)

    def passive_agents(self, start: int, end: int) -> Iterator[regex.Match[str]]:
        """The passives with an agent ("was arrested by the FBI", "an order signed by Ann
        Lee") in ``start:end``, in order; group ``name`` is the agent, ``aux`` the auxiliary
        (None for a participle alone), ``title`` a lower-case word before the name, if any
        ("by then-owner Ann Lee"; the caller asks whether it is a title)."""
        if not _any_in(self._by, start, end):
            return iter(())
        return _PASSIVE_BY.finditer(self.folded, start, end)

    def inverted_speaker(self, start: int, end: int) -> regex.Match[str] | None:
        """The first '", said Ann Lee' in ``start:end``; its group ``name`` is the speaker."""
        if not _any_in(self._speech, start, end):
            return None
        return _INVERTED_SPEECH.search(self.folded, start, end)


def subject_finder(doc: Document, config: Config = DEFAULT_CONFIG) -> Subjects:
    """The :class:`Subjects` of ``doc`` (built once per document and configuration)."""
    return doc.memo(("subjects", config), lambda: Subjects(doc, config))
