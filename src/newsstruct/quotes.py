"""Reported speech: :func:`extract_quotes`.

Three passes over one :class:`~newsstruct._text.Document`:

1. quotation marks are paired paragraph by paragraph (:mod:`newsstruct._quotemarks`);
2. every reporting verb of the ``speech_verbs`` vocabulary is tried as the cue of a quote:
   the speaker is the name, role or pronoun that is its subject ("Price said",
   "said Price", "Josep Borrell, the EU's top diplomat, said"), the content is the quoted
   stretch next to it or the clause it reports ("said on April 19 that ...");
3. a quoted stretch that no cue claimed is the statement a previous sentence announced
   ("X issued a statement."), the words of the subject of a sentence it closes after a
   colon, of the source after "in the words of", or of the subject that is "calling the
   plan" / "accused the firm of" it; else it continues the previous speaker when it
   stands as a sentence of its own, and is dropped otherwise (scare quotes, titles,
   nicknames).

Speakers are resolved through :func:`newsstruct._names.resolve`, so ``speaker.name`` is
the fullest name the article gives ("Ned Price" for "Price" or "he").

>>> text = ('U.S. State Department spokesman Ned Price said the United States would wait. '
...         '"We have heard the words," Price told reporters.')
>>> for q in extract_quotes(text):
...     print(q.kind, q.rule, repr(q.content.text), q.cue.text, q.speaker)
indirect quote.indirect 'the United States would wait' said Speaker('Ned Price', name='Ned Price')
direct quote.direct_after 'We have heard the words,' told Speaker('Price', name='Ned Price')
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator
from typing import overload

import attrs
import regex

from newsstruct._ahead import Ahead, Match, Pattern
from newsstruct._lexicon import DEFAULT_CONFIG, Config, load_table
from newsstruct._mentions import DESCRIBED
from newsstruct._names import Entities, Entity, Mention, resolve, scan
from newsstruct._quote_patterns import (
    _AUXILIARIES,
    ACCORDING,
    ACCORDING_QUOTING,
    ACCORDING_REST,
    ACCORDING_SOURCE,
    APPOSED_TAIL,
    APPOSITIVE,
    ASCII_WORDS,
    ATTRIBUTION_REST,
    AUXILIARY,
    CLAUSE_END,
    CLAUSE_END_ASCII,
    CLAUSE_VERB,
    COORD,
    CUT,
    DASH,
    DESCRIBED_CLAUSE,
    DESCRIBED_NAME,
    DESCRIBED_SOURCE,
    DESCRIPTION,
    DETERMINERS,
    FINITE,
    FOLLOWS,
    FUNCTION_WORDS,
    GOES_ON_TO,
    HONORIFIC_GAP,
    INTRO,
    LEAD_STOP,
    LEAD_TITLE,
    LEADS_NAME,
    LETTERS,
    LONG_APPOSITIVE,
    MORE_SUBJECT,
    NAMING,
    NEEDS_SEPARATOR,
    NEXT_CLAUSE,
    NOT_CLAUSE,
    OBJECT_OK,
    ONE_APPOSITIVE,
    OPENER_VERB,
    PAREN_TAIL,
    PASSIVE,
    PLAIN_WORDS,
    POST,
    PREP_QUOTE,
    PREP_THAT,
    PREPOSITION,
    PRESENTED,
    REACH,
    RELATIVE,
    SPLIT_TAIL,
    STATEMENT_INTRO,
    STOP,
    SUBJECT_BEFORE,
    SUBJECT_PRONOUN,
    SUBJECT_VERB,
    SUBORDINATE,
    TAIL,
    TAIL_AFTER_NAME,
    THAT,
    THAT_ASCII,
    TITLE_RUN,
    TOLD,
    TOLD_COLON,
    TOLD_TAIL,
    TOLD_THAT,
    WORD_RE,
    WORDS_OF,
    finite,
    gap_reads,
    rules,
)
from newsstruct._quotemarks import Quoted, quoted
from newsstruct._subjects import PARTICIPLES
from newsstruct._text import Document, Sentence, as_document, ascii_form
from newsstruct.model import Quote, Span, Speaker

__all__ = ["extract_quotes"]


# The last word of a text that PREPOSITION finds ends in: a preposition, or what may follow
# one.
_BEFORE_MENTION = frozenset(
    """of for at in from with by to on about against like than into over under between
    among through via toward towards near the a an his her its their our Mr Mr. Mrs Mrs.
    Ms Ms. Dr Dr.""".split()
)


# Adjectives that PREPOSITION reads between a preposition and a place ("in northern
# Ghana"), besides those in -ern.
_PLACE_ADJECTIVES = frozenset("central rural remote coastal nearby".split())


def _may_follow_preposition(folded: str, lo: int, end: int) -> bool:
    """Whether ``PREPOSITION.search(folded, lo, end)`` may find a match: the text ends in a
    space after a word of ``_BEFORE_MENTION`` or a place adjective, set off by a space, a
    bracket or ``lo``.

    Every match ends so, its last word after a space, a bracket or the start of the text,
    and no match is as long as 40 characters, so none opens at ``lo`` unless ``lo`` is 0.
    """
    last = _last_word(folded, lo, end)
    return last is not None and (
        last in _BEFORE_MENTION or last in _PLACE_ADJECTIVES or last.endswith("ern")
    )


def _last_word(folded: str, lo: int, end: int) -> str | None:
    """What stands in ``folded[lo:end]`` between its last space or bracket and the space
    that ends it (``None`` when the text is shorter than three characters or ends in no
    space): the last word, with what stuck to its front ('"In', "\nAt")."""
    if end - lo < 3 or folded[end - 1] != " ":
        return None
    cut = max(folded.rfind(" ", lo, end - 1), folded.rfind("(", lo, end - 1))
    return folded[max(cut + 1, lo) : end - 1]


# The words that end every text _OPENING_PREPOSITION finds, before its last space.
_OPENING_ENDS = (
    "In", "At", "On", "From", "By", "During", "After", "Before", "Under", "For", "Through",
    "Via", "Despite", "Following", "Unlike", "Among", "Amid", "Inside", "Outside",
    "the", "a", "an", "his", "her", "its", "their", "our",
)


# One or two modifiers before a group that speaks after its verb: " Iranian (lawmakers)",
# " the senior (officials)".
_GROUP_MODIFIERS = regex.compile(
    r"[ ](?:(?:the|some|many|several|other)[ ])?"
    r"(?P<mods>\p{L}[\p{L}-]{1,20}(?:[ ]\p{L}[\p{L}-]{1,20})?)[ ]"
)
# After a quotation, the document that carries it: '"...," read a statement from NAME'.
_READ_BY = regex.compile(
    r"[ ]?,?[ ]{0,2}(?P<verb>read|reads)[ ](?P<doc>(?:a|an|the|one)[ ](?:[\p{Ll}-]+[ ]){0,2}?"
    r"(?P<head>statement|letter|message|note|release|banner|sign|placard|notice|post|tweet|"
    r"communique))(?:[ ](?P<by>from|by|issued[ ]by|released[ ]by|signed[ ]by)[ ]"
    r"|(?=[ .,]))"
)
# A capitalised preposition opening a sentence or a paragraph, before a mention: "In a
# statement, ...", "At the hearing, ..." (the mention is no subject). "With" is left out:
# "With Lee saying ..." makes Lee the subject of the participle.
_OPENING_PREPOSITION = regex.compile(
    r"(?r)(?:^|[\n\"]|[.!?]['\"]?[ ]{1,2})(?:In|At|On|From|By|During|After|Before|Under|For|"
    r"Through|Via|Despite|Following|Unlike|Among|Amid|Inside|Outside)[ ]"
    r"(?:(?:the|a|an|his|her|its|their|our)[ ])?\Z"
)

# A word setting off examples of what comes before: "Critics of the bill, including
# several senators, say ..." (the senators are no subject).
_INCLUDED_BEFORE = regex.compile(
    r"(?r),[ ](?:including|such[ ]as|among[ ]them|notably)[ ][^,;:\"()\n]{1,60},[ ]{0,2}\Z"
)

# Nouns that name someone else's claim: after "denied", "dismissed", "rejected", the clause
# after "NOUN that" is what is denied ("denied reports that it would close"), and after a
# preposition ("responded to reports that ...") it is not the speaker's words.
_CLAIMS = (
    r"(?:(?:the|any|all|recent|earlier|media|press|news|these|those)[ ]){0,2}"
    r"(?:reports?|claims?|allegations?|rumou?rs?|accusations?|suggestions?|speculation|"
    r"charges?|assertions?|views?|beliefs?|position|opinion)[ ]"
)
_CLAIM_THAT = regex.compile(_CLAIMS + r"that[ ]+")
# The abbreviated ends of a company's name, whose point ends no sentence ("Acme Inc. said").
_ABBREVIATED_COMPANY_ENDS = (" Inc", " Corp", " Ltd", " Co", " Bros")
# The same with no "that", before a clause: a subject of up to seven words (no preposition
# nor participle opens it, no comma, "and" nor "but" ends it) and an auxiliary: "denied
# accusations the security forces or intelligence services were involved"
_CLAIM = regex.compile(
    _CLAIMS + r"(?!(?:of|against|about|over|by|from|for|in|on|to|at|with|according|that)[ ]"
    r"|\p{Ll}+ing[ ])"
    r"(?P<subject>)(?:(?!(?:and|but)[ ])[^ ,.;:\"]+[ ]){1,7}?"
    r"(?:was|were|is|are|had|has|have|would|will|could|did)[ ]"
)
# A role's last word and "and" between a body and the next role of the same person:
# "committee member and Port Stephens MP"
_ROLE_AND = regex.compile(r"[ ]\p{Ll}{3,20}[ ]and[ ]")
_CLAIM_BEFORE_THAT = regex.compile(
    r"(?r)[ ](?:reports?|claims?|allegations?|rumou?rs?|accusations?|suggestions?|"
    r"speculation|charges?|assertions?),?[ ]{1,2}that\b[ ]*\Z"
)


# One person described, opening a sentence: "One woman", "Another local resident".
_ONE_OF = regex.compile(
    r"(?:One|Another)[ ](?:\p{Ll}[\p{Ll}-]{1,20}[ ]){0,2}?(?P<head>\p{Ll}[\p{Ll}-]{2,20})(?=[ ,])"
)
# Verbs SUBJECT_VERB reads that tell no act of the subject's.
_NOT_ACTS = frozenset("was has is does says said".split())


# ASCII characters that open a word of WORD_RE (so the first word at once), but none of
# the DETERMINERS.
_WORD_OPENINGS_BUT_DETERMINERS = frozenset(
    c
    for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'"
    if not any(d.startswith(c) for d in DETERMINERS)
)


def _four_words(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` holds at least four words (reading no further)."""
    words = (ASCII_WORDS if folded.isascii() else WORD_RE).finditer(folded, start, end)
    return len(list(itertools.islice(words, 4))) == 4


def _lower_at(folded: str, pos: int) -> bool:
    """Whether an ASCII lower-case letter stands at ``pos``."""
    return "a" <= folded[pos : pos + 1] <= "z"


# What the last word before the space that ends a match of PASSIVE ends with.
_PASSIVE_ENDS = ("was", "were", "is", "are", "been", "be", "being", "to", "not", "n't", "'s", "ly")


def _may_end_passive(before: str) -> bool:
    """Whether ``PASSIVE.search(before)`` may find a match: ``before`` ends in a space after
    a word that ends as an auxiliary, "to", "not" or an adverb in -ly does."""
    if not before.endswith(" "):
        return False
    last = before[before.rfind(" ", 0, len(before) - 1) + 1 : -1]
    return last.endswith(_PASSIVE_ENDS)


def _that(folded: str, pos: int, endpos: int) -> tuple[str | None, int] | None:
    """``THAT.match(folded, pos, endpos)`` as its "sep" group and its end.

    Short path: after " that ", no adverb or adverbial of THAT can open (none opens on
    "that"), so the match is the separator " that" and the spaces after it.
    """
    if folded.startswith(" that ", pos) and pos + 6 <= endpos:
        end = pos + 6
        while end < endpos and folded[end] == " ":
            end += 1
        return " that", end
    m = (THAT_ASCII if folded.isascii() else THAT).match(folded, pos, endpos)
    return None if m is None else (m.group("sep"), m.end())


def _and_that(folded: str, pos: int) -> int | None:
    """The end of ``AND_THAT.match(folded, pos, pos + 12)``: ", and that " or " and that "
    (or "but" for "and"), and the comma that may follow "that" (' and that, "...').
    """
    for sep in _AND_THATS:
        if folded.startswith(sep, pos):
            return pos + len(sep)
    return None


_AND_THATS = (
    ", and that ", " and that ", ", but that ", " but that ",
    ", and that, ", " and that, ", ", but that, ", " but that, ",
)  # fmt: skip


# The past tenses that no "-ed" gives away ("rose", "made"), from the tense markers, but
# for those that are as often a noun or an adjective ("left", "set", "shot", "lost").
# A progressive auxiliary right before a reporting verb in -ing: "is ", "have been ".
_PROGRESSIVE = regex.compile(r"(?r)(?<![\p{L}'])(?:(?:has|have|had)[ ]been|is|are|was|were)[ ]\Z")

_IRREGULAR_PAST = frozenset(
    row[0]
    for row in load_table("tense_markers")
    if row[1:2] == ("past",) and row[0].isalpha() and not row[0].endswith("ed")
) - {"left", "set", "shot", "lost", "saw", "got"}

# Between a description and the name set beside it: "the mayor, (Dr.) Ann Lee".
NAME_APPOSED = regex.compile(r",[ ]{1,2}(?:\p{Lu}[\p{L}.]{0,12}[ ]){0,2}")
# Nouns after "said that" that make it a time ("said that night"), not a clause.
_THAT_TIME = ("night", "day", "morning", "evening", "afternoon", "week", "year", "time")
# Words that follow a participle opening a sentence ("Reporting the visit", "Speaking to").
_AFTER_PARTICIPLE = frozenset(
    "the a an his her its their this these that to on at in about from with for".split()
)
# A clause that opens on a conjunction joining it to the one before.
_JOINED = regex.compile(r"(?:and|but|while|then)[ ]")
# A finite verb in a stretch: an auxiliary or a past form.
_VERB_IN = regex.compile(
    r"(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|could|can|did|does|\p{Ll}{2,}ed|"
    + "|".join(sorted(_IRREGULAR_PAST, key=lambda w: (-len(w), w)))
    + r")(?![\p{L}])"
)
# The clause going on after an inverted cue's closing comma: ", may help doctors".
_INVERTED_REST = regex.compile(
    r",[ ]{1,2}(?:(?:also|still|now|already|could|would|not)[ ]){0,2}"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
    r"\p{Ll}{2,}(?:ed|es|s))[ ]"
)
# A word before "report(s)" that makes it a noun: "a recent report", "Early reports".
_NOUN_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:a|an|the|its|their|his|her|our|this|that|these|those|new|recent|"
    r"early|earlier|initial|latest|first|preliminary|unconfirmed|local|"
    r"several|many|some|other|such|annual|official|separate)[ ]{1,2}\Z"
)
# A description closing the sentence after a source: ", a spokesman for the group."
_CLOSING_DESCRIPTION = regex.compile(
    r",[ ]{1,2}(?:the|a|an)[ ][^,;:\"()\n]{1,100}?[.!?]?[\"']?[ ]*"
)
# A place name closing a description's place: "Germany, " after "in Landstuhl, ".
_PLACE_TAIL = regex.compile(r"\p{Lu}[\p{L}.-]{1,20}(?:[ ]\p{Lu}[\p{L}.-]{1,20}){0,2},[ ]{1,2}")
# A clause that runs on past an inserted source: "which will be, according to X, ...".
_RUNS_ON = regex.compile(r"(?<![\p{L}])(?:" + _AUXILIARIES + r"|be|been|being)\Z")
# A relative clause with no commas between a described subject and its verb: " who
# works for X ".
# A participle after a clause's opening description, its phrase running to the verb
# without a comma: "A doctor (treating Ann Lee) said".
# The participle takes an object or a phrase ("treating the", "living near"), not a noun
# it describes ("the ruling party"); "calling itself X" names the speaker X.
_HEAD_PARTICIPLE = regex.compile(
    r"[ ](?!(?:call|nam|claim|describ|styl)ing\b)\p{Ll}{3,20}ing"
    r"(?=[ ](?:\p{Lu}|(?:the|a|an|his|her|its|their|on|in|at|for|to|with|near|from|"
    r"outside|inside|under)[ ])[^,;:\"()\n]{0,80}\Z)"
)
_RELATIVE_WHO = regex.compile(r"[ ]who[ ](?!said|says|told|tells)[^,;:.\"()\n]{4,100}[ ]\Z")
# Documents: what is written, not who says it ("the report said", "the ruling added").
_DOCUMENTS = frozenset(
    """ruling constitution law bill verdict decision judgment judgement resolution treaty
    agreement charter decree indictment lawsuit memo memorandum proposal document report
    reports study studies survey poll research findings results data figures estimates
    communique letter statement tweet post investigation inquiry audit review analysis
    assessment book article release cable""".split()
)
# What links a document to its issuer: " by the ", " from ", " of the ".
_ISSUED_BY = regex.compile(
    r"(?:[ ](?:released|published|issued|compiled|prepared|produced|commissioned|sent"
    r"|signed|written))?"
    r"(?:[ ](?:on|about)[ ][^,;:.\"()\n]{1,60}?)?[ ](?:by|from|of)[ ](?:[Tt]he[ ])?"
)
# A document described by a participle phrase, opening the clause of its verb: "A UN
# report published on Monday (said)".
_DOCUMENT_BEFORE = regex.compile(
    r"[ \n\"]{0,3}(?:[\p{L}'’-]{1,30}[ ]){0,4}?"  # "(The vote follows) a report released"
    r"((?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ ](?:(?!(?:an?|the)[ ])[\p{L}'’-]{1,30}[ ]){0,3}?"
    r"(?:report|study|statement|survey|review|ruling|letter|document|analysis|assessment|"
    r"audit|paper))[ ](?:released|published|issued|compiled|prepared|produced|commissioned|"
    r"presented)[ ][^,;:\"\n]{1,80}?[ ]\Z"
)
# Lower-case words of a title between a cue and a name: "said lead writer ".
_TITLE_WORDS = regex.compile(r"[ ](?:(?:the|a|an)[ ])?(?:\p{Ll}[\p{Ll}-]{1,20}[ ]){1,4}")
# A lower-case word (no conjunction) right before a name: the name is an object.
_OBJECT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?!(?:and|or|but|while|whereas|as|nor)[ ])\p{Ll}{2,20}[ ]\Z"
)
# Verbs whose object is the one seen or heard speaking: "quoted Lee saying ...".
_SHOWING = regex.compile(
    r"quot(?:ed|es|ing)|cit(?:ed|es|ing)|heard|hears?|hearing|s[ae]w|seen|sees?|seeing|"
    r"show(?:ed|n|s|ing)?|watch(?:ed|es|ing)?|film(?:ed|s|ing)|record(?:ed|s|ing)|"
    r"caught|catch(?:es|ing)?|found|finds?|finding|left|leaves|leaving|by|of|with|without"
)
# A passive naming verb and its agent before a quoted fragment: "was described by ".
_NAMED_BY = regex.compile(
    r"(?<![\p{L}])(?:was|were|is|are|been)[ ]{1,2}(?:\p{Ll}+ly[ ]{1,2})?"
    r"(?P<verb>called|described|labell?ed|branded|dubbed|termed)[ ]{1,2}by[ ]{1,2}"
)
# After the agent of such a verb, what leads to the fragment: " as ", " as a ".
AS_AFTER_NAME = regex.compile(r"[ ]{1,2}as[ ]{1,2}(?:(?:a|an|the)[ ]{1,2})?")
# After a name closing an attribution, a prepositional phrase: " at the height of ".
_ADVERBIAL_AFTER = regex.compile(
    r",?[ ](?:at|in|on|during|after|before|when|while|from|to)[ ](?:the|a|an|his|her|its|their)[ ]"
)
# After a closing attribution, a participle naming something in a quoted word of its own:
# '"...," Lee said, describing the crash as an "accident."' (still an attribution).
_NAMING_REST = regex.compile(
    r",[ ](?:describing|calling|labell?ing|branding|terming|dubbing)[ ][^\"]{1,60}\"[^\"]{1,60}\"?"
    r"[.!?]?\"?[ ]?\Z"
)
# A source described with no name after "quoted": "an unnamed official", "a source within
# the military" (a determiner, then up to seven words with no clause in them).
_QUOTED_DESCRIPTION = regex.compile(
    r"(?:an?|one|two|three|several|some)[ ](?:[\p{L}.'-]+[ ]){0,6}?"
    r"(?!(?:that|who|which|and|or|but|is|was|were|are|said|says)\b)[\p{L}.'-]+"
)
# A preposition inside a source phrase: "opponents of X", "a post by X".
_PREPOSITION_IN = regex.compile(r"\b(?:of|for|from|by|at|on|in|with|to)\b")
# A preposition opening a sentence: "On 4 July, during a debate, ..." (no clause).
_PREPOSITION_OPENS = regex.compile(
    r"[ \"\n]{0,3}(?:In|At|On|From|By|During|After|Before|Under|For|Through|Despite|"
    r"Following|Amid|Since|Until|With)[ ]"
)
# The rest of a place after its first comma, up to the next: "Kent on Friday" of "In Dover,
# Kent on Friday, ...": capitalised words, a few prepositions and numbers.
_PLACE_GOES_ON = regex.compile(
    r"\p{Lu}[\p{L}.'-]*(?:[ ]{1,2}(?:\p{Lu}[\p{L}.'-]*|on|in|at|of|the|[0-9]{1,4}))*[ ]?"
)
# A time phrase opening a sentence, up to its comma: "Fifteen minutes later, ".
_TIME_OPENING = regex.compile(
    r"[ \"\n]{0,3}(?:\p{L}[\p{L}-]{0,20}[ ]){1,3}(?:later|earlier|afterwards|ago),[ ]{1,2}"
)
# An "according to" source opening a clause, up to its comma.
_ACCORDING_OPENING = regex.compile(r"[ \"\n]{0,3}[Aa]ccording[ ]to[ ][^,;:\"\n]{1,80},[ ]")
# What may open a sentence before a participle whose subject is the main clause's.
_OPENING_SUBORDINATORS = frozenset(
    "While Whilst After Before When Despite Though Although By In After".split()
)
_QUOTED_PASSIVE = regex.compile(r"[ ](?:was|were|is|are|has[ ]been|have[ ]been|had[ ]been)[ ]\Z")
_QUOTED_BY = regex.compile(
    r"(?r)[ ](?:quoted|reported|cited)[ ](?:by|in)[ ][^,;:\"()\n]{2,60}[ ]\Z"
)
_SUBORDINATE_OPENING = regex.compile(
    r"[ \"\n]{0,3}(?:(?:However|But|And|Yet|Then|Later),[ ])?"
    r"(?:When|when|After|after|Before|before|Because|because|Once|Since|Until|If|"
    r"While|Whilst|Although|Though)[ ]"
)
# Words after a closing "Lee said" that open a phrase of the attribution, not a reported
# clause: "Lee told reporters as he was leaving", "Lee said in a statement that was ...".
_ATTRIBUTION_LINKS = frozenset(
    """as when while after before because since though although if until in at on to
    during from with by for reporters journalists""".split()
)
# A source phrase closed by a common noun: "According to the monitoring group,".
_LOWER_LAST = regex.compile(r"[ ]\p{Ll}[\p{Ll}-]{2,20}[ ]?,\Z")
# "to" and a lower-case word after a verb: an infinitive ("agreed to prevent"), unless
# the word opens an addressee ("explained to reporters", "said to the court").
_INFINITIVE = regex.compile(r"[ ](?:not[ ]|never[ ])?to[ ](\p{Ll}+)\b")
# What every match of _INFINITIVE opens with.
_TO_OPENINGS = (" to ", " not to ", " never to ")
# ... unless "that" or a quotation follows: "said to local media that ...".
_TO_THEN_WORDS = regex.compile(r"[^,;:.\"\n]{0,60}?(?:[ ]that\b|[,:]?[ ]\")")
_TO_ADDRESSEE = frozenset(
    """the a an his her their its our my this that these those reporters journalists him
    them us me lawmakers parliament police investigators supporters""".split()
)
# Verbs that take an addressee before the reported clause: "told reporters (that) ...",
# "reminded lawmakers that ...".
_TELLING = frozenset("told tells tell telling reminded reminds remind reminding".split())
# An addressee of a few words, then a clause opening on a subject pronoun and its verb:
# " the Indonesian government it was ...".
_ADDRESSEE_PRONOUN = regex.compile(
    r"(?![ ](?:of|about|against|on|in|at|for|to|over)\b)"
    r"(?:[ ](?!(?:that|who|which|whom|he|she|it|they|we|I)\b)[\p{L}'’.-]{1,30}){1,5}?"
    r"(?=[ ](?:he|she|it|they|we|I)[ ](?:is|are|was|were|has|have|had|will|would|could|can|"
    r"should|may|might|must|did|does|do)\b)"
)
# A clause after a participle with no "that": its subject in a few words, then its verb
# ("claiming many of his rulings had ..."), not an object before a relative clause
# ("confirming beliefs that ...") or a possessive ("stating his concern ...").
_PARTICIPLE_CLAUSE = regex.compile(
    r"(?!(?:his|her|its|their|our|my|your)\b)"
    r"(?:(?!(?:that|who|which|whom|whose)\b)[\p{L}\p{N}'’.-]{1,30}[ ]){1,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b"
)
# After "told VOA": a clause whose verb is in the present, "the team hopes to ...".
_TOLD_PRESENT = regex.compile(
    r"[ ]?(?:the|a|an|this|his|her|their|its|our)[ ](?:\p{Ll}+[ ]){0,2}?\p{Ll}{2,20}[^s\W]s[ ]"
    r"(?:to|that|a|an|the|it|more|no|not|new)\b"
)
# After "report" as a noun, before the verb of its clause: "a report released by the IMF
# said ...", "the report says ...".
_REPORT_NOUN_AFTER = regex.compile(
    r"[ ](?:says|said)\b|[ ](?:released|published|issued|compiled|prepared|produced|"
    r"commissioned|by)[ ][^,;:\"\n]{1,80}?[ ](?:said|says|stated|states|warned|warns|noted|"
    r"notes|added|adds)\b"
)
# A reporting form that is as often a plural noun, and what disputes it as a noun right
# before it: "disputed US claims that", "rejected the Acme reports that".
_CLAIM_NOUNS = frozenset(("claims", "reports"))
_DISPUTED_BEFORE = regex.compile(
    r"\b(?:disputed|disputes|denied|denies|rejected|rejects|dismissed|dismisses|refuted|"
    r"refutes|questioned|questions|contradicted|contradicts|challenged|challenges)[ ]"
    r"(?:the[ ])?(?:\p{Lu}[\p{L}.'&-]*[ ]){1,3}\Z"
)
# A reporting verb in the present or past tense after "report", which is then a noun.
_REPORT_VERB_AFTER = regex.compile(
    r"[ ](?:states|stated|notes|noted|claims|claimed|finds|found|shows|showed|suggests|"
    r"suggested|concludes|concluded|concedes|conceded|warns|warned|argues|argued|reveals|"
    r"revealed|estimates|estimated|recommends|recommended|adds|added)\b"
)
# What follows "that" when it is a pronoun, the object of the verb: "denied that, telling
# VOA ...", "said that, and left".
_THAT_PRONOUN = regex.compile(
    r",[ ]{1,2}(?:(?!according|including|during|regarding|concerning)\p{Ll}{2,20}ing|and|but)\b"
)
# A charge or a characterisation in the speaker's words, its object first, with no
# quotation: "accused the agency of trying to take the land" (a charge: " of " and a
# gerund), "described the plan as a waste" (" as "). The object is a few words; the
# content runs from it.
_OBJECT = r"[ ]{0,2}(?:[\p{L}.'’-]+[ ]{1,2}){0,4}?[\p{L}.'’-]+[ ]{1,2}"
# each verb form with the object and link it reports through
_OBJECT_THEN = {
    **dict.fromkeys(
        ("accuse", "accused", "accuses", "accusing"),
        regex.compile(_OBJECT + r"of[ ]{1,2}(?:not[ ]{1,2})?\p{Ll}+ing\b"),
    ),
    **dict.fromkeys(
        ("describe", "described", "describes", "describing"),
        regex.compile(_OBJECT + r"as[ ]{1,2}(?=\p{L})"),
    ),
}
# Verbs that ask someone to act: "urged the government to raise wages" reports the call;
# so does a warning ("warned voters to be careful").
_URGING = frozenset(
    ("urge", "urged", "urges", "urging", "appeal to", "appealed to", "appeals to", "appealing to",
     "warn", "warned", "warns", "warning")
)
_WARNING = frozenset(("warn", "warned", "warns", "warning"))
# After "warned": an addressee of plain words, then the infinitive ("warned voters to be"),
# not a warning against doing ("warned Kyiv against trying to retake").
_WARNED_TO = regex.compile(
    r"[ ]?(?:(?!(?:against|about|over|on|that)[ ])(?!\p{L}+ing[ ])[\p{L}'’.-]+[ ]){1,5}?"
    r"to[ ](?!the\b|a\b|an\b)\p{Ll}{2,}\b"
)
# "expect" reports a clause ("expects that prices will rise", "expects prices will rise"),
# not an object and an infinitive ("expects prices to rise").
_EXPECTING = frozenset(("expect", "expects"))


def _object_then_to(words: int) -> regex.Pattern[str]:
    """An object of up to ``words`` words, then an infinitive ("the government to raise",
    "all parties to")."""
    return regex.compile(
        r"[ ]?(?:[\p{L}'’.-]+[ ]){1," + str(words) + r"}?to[ ](?!the\b|a\b|an\b)\p{Ll}{2,}\b"
    )


# An addressee, then an infinitive: "urged the government to raise".
_ADDRESSEE_TO = _object_then_to(5)
# What is expected, then an infinitive: "expect the northern passage of the sea to open".
_EXPECTED_TO = _object_then_to(8)
# Verbs that may take an addressee before "that": "warned Israel that ...", "reminded
# lawmakers that ..." (the addressee must read as one: TOLD).
_ADDRESSING = frozenset(
    """warned warns warn warning advised advises advise advising informed informs inform
    informing assured assures assure assuring reassured reassures reassure reassuring
    notified notifies notify notifying""".split()
)
# A body a person belongs to, after the name: " of the Red Cross", " from Oxford University".
_OF_BODY = regex.compile(
    r"[ ](?:of|from|at)[ ](?:the[ ])?\p{Lu}[\p{L}.'&-]*"
    r"(?:[ ](?:\p{Lu}[\p{L}.'&-]*|of|for|and|the)){0,6}"
)
# What joins a person's name to the body they work for: "Ann Lee of Acme".
_NAME_OF_BODY = frozenset(
    " ".join(("", p, *d, "")) for p in ("of", "at", "from", "with") for d in ((), ("the",))
)
# A relative "who" right before a cue: "Ann Lee, who (also) said ...".
_WHO_BEFORE = regex.compile(
    r"(?<![\p{L}])who(?:[ ](?:also|later|then|again|\p{Ll}{2,15}ly))?[ ]{1,2}\Z"
)
# Heads naming an amount, not a source: "a lot (of people)", "a number (of them)".
_AMOUNT_HEADS = frozenset(
    "lot lots number majority minority couple handful half rest most bunch host series".split()
)
# A part or an amount of the people named next: "A number of ", "Some of the ".
_AMOUNT_OF = regex.compile(
    r"(?:^|(?<=[ \n\"]))(?:(?:[Aa]|[Tt]he)[ ](?:large[ ]|small[ ]|growing[ ])?(?:number|"
    r"majority|group|couple|handful|minority)|[Dd]ozens|[Hh]undreds|[Tt]housands|[Ss]ome|"
    r"[Mm]any|[Mm]ost|[Ss]everal|[Bb]oth|[Oo]ne|[Tt]wo|[Tt]hree|[Ee]ach)[ ]of[ ]"
    r"(?:the[ ]|his[ ]|her[ ]|their[ ]|its[ ])?\Z"
)
# "expressed (deep) concern that ...": the clause after "that" is what was said.
_FEELING_THAT = regex.compile(
    r"[ ]{1,2}(?:(?:his|her|its|their|the|some|a|an|deep|grave|serious|strong|great|"
    r"growing)[ ]{1,2}){0,2}"
    r"(?:concerns?|fears?|hopes?|doubts?|confidence|belief|regret|worry|worries|optimism|"
    r"skepticism|scepticism|frustration|disappointment|surprise|satisfaction)[ ]{1,2}that[ ]+"
)
# Before "state(s)" as a noun: "the United States", "member states", "head of state".
_STATES_BEFORE = regex.compile(r"(?<![\p{L}])(?:United|[Mm]ember|[Hh]ead[ ]of)[ ]\Z")
# After "state(s)", what no reporting verb is followed by: an end, a comma with no quotation
# after it, a conjunction or a relative ("in Borno and Yobe states, where ..."), unless a
# comma sets the cue off before ("..., Lee states.", "This is, it states, a response").
_STATES_END = regex.compile(r"[.;)]|,(?![ ]{0,2}\")|[ ](?:and|or|where|which|who)[ ]")
# "..., but according to ...": the source opens a clause of its own.
_LINK_BEFORE = regex.compile(r",[ ](?:but|and|while|yet)[ ]\Z")
# Capitalised words left before a sentence as a heading: "Brazil According to ...".
_HEADING = regex.compile(r"[ \n]{0,2}(?:\p{Lu}[\p{L}-]{1,20}[ ]{1,2}){1,3}")
# A cue set between commas before a coordinated clause: "X, Lee said, but Y".
_COMMA_LINK = regex.compile(
    r"[ ]?,[ ]{1,2}(?:but|and|with|while|although|though|yet|so)[ ]"
)
# A determiner after a verb opens its object: '"..." The army denied any role.'
_OBJECT_NEXT = regex.compile(
    r"[ ]{1,2}(?:\p{Ll}+ly[ ]{1,2})?"
    r"(?:(?:any|the|a|an|his|her|their|its|all|some|no|this|these|those)[ ]"
    r"|(?:US|A|C|NZ)?[$€£¥]?[0-9])"  # "requested $2 billion", "denied 40 charges"
)
# Role words between a closing verb and a name: "said (Iranian) deputy foreign minister".
_ROLE_WORDS = regex.compile(
    r"[ ](?:(?:the|a|an)[ ])?(?:\p{Lu}\p{Ll}{2,20}[ ])?(?:\p{Ll}[\p{Ll}-]{1,20}[ ]){1,4}"
)
# A subject's verb before a colon that opens a quotation: "Lee spoke on CNN: "..."".
_SPOKE = regex.compile(r"[ ]{1,2}(?:\p{Ll}+ly[ ]{1,2})?(?:spoke|wrote|told|said)\b")
# A second verb of the clause's subject after a comma: "..., and has called for".
_JOINED_AFTER_COMMA = regex.compile(r"[ ]?,[ ]{1,2}(?:and|but|or|then)[ ]")
# A relative clause set off after a name: "Ann Lee, who ...", "Lee, whose book claims".
_COMMA_AFTER = regex.compile(r"[ ]?,")
_WHO_OPENS = regex.compile(r"[ ]?,[ ]{1,2}(?:who|whose)[ ]")
# A possessive before a cue makes it a noun or an adjective: "his alleged role".
_POSSESSIVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Ww]hose)[ ]\Z"
)
# What every match of _POSSESSIVE_BEFORE ends with.
_POSSESSIVE_ENDS = tuple(
    c + w[1:] + " "
    for w in ("his", "her", "its", "their", "our", "my", "whose")
    for c in (w[0], w[0].upper())
)
# A preposition right before a word in -ed makes it an adjective: "into alleged breaches".
_PREPOSITION_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:into|of|for|over|about|on|in|with|from|against|amid|despite)[ ]\Z"
)
# "add" reports words only with a clause: "added that ...", "adding it would pay", never
# with "to" ("adds to fears that ...", "added to the list").
_ADDING = frozenset("add adds added adding".split())
_TO_WORD = regex.compile(r"[ ]to[ ](\p{L}+)")
# A clause right after a participle: "adding it would pay", "adding the plan had failed".
_CLAUSE_NEXT = regex.compile(
    r"[ ](?:(?:he|she|they|we|it|I)[ ]|(?:[^ ,.;:\"]+[ ]){1,4}?(?:"
    + _AUXILIARIES
    + r")\b)"
)
# A person described by a determiner and common nouns between a closing quotation and its
# verb: '"...," (one fisherwoman) said'.
_ONE_DESCRIBED = regex.compile(
    r"[ ,]{1,3}(?P<np>(?:one|a|an|another|the)(?:[ ]\p{Ll}[\p{Ll}'’-]{1,20}){1,3})[ ]{1,2}"
)
# The verb after a sentence's subject, past a body it belongs to and an adverb: "Lee (of
# the NUT) (also) criticised", "A spokesman (for Acme) described".
_COLON_SUBJECT_VERB = regex.compile(
    r"(?:[ ](?:of|for|from|at)[ ](?:the[ ])?\p{Lu}[\p{L}.'&-]*(?:[ ]\p{Lu}[\p{L}.'&-]*){0,4})?"
    r"[ ]{1,2}(?:(?:\p{Ll}+ly|also|then|later|again|further)[ ]{1,2})?"
    r"(?:\p{Ll}{2,}(?:ed|s)|gave|made|put|wrote|told|took|sent)\b"
)
# Between a person (or a role) and the body it works at, before a relative "who": ", a
# management expert at (Acme University)", " in the (Air Force)".
_ROLE_AT_BODY = regex.compile(
    r"(?:,[ ](?:a|an|the)(?:[ ]\p{Ll}[\p{Ll}-]*){1,4})?[ ](?:at|of|in|with|for|from)[ ](?:the[ ])?"
)
# Up to three words of a title before a name opening reported words: "(TTC vice-chairman)
# Joe Lee said".
_TITLE_BEFORE = regex.compile(
    r"(?:(?:the|a|an)[ ])?(?:(?!(?:the|a|an|in|at|of|on|for|with|by|to|from|as|alongside|"
    r"after|before|during|and|but|or)[ ])[\p{L}.'’-]+[ ]){0,3}"
)
# Pronouns that open a sentence as its subject: "He expressed doubts, and said ...".
_HE_SHE = frozenset("he she He She".split())
# A verb right after a cue in -s makes the cue a plural noun: "comments came", "claims were".
_VERB_AFTER_NOUN = regex.compile(
    r"[ ]{1,2}(?:" + _AUXILIARIES + r"|came|come|poured|followed|emerged|appeared|surfaced|"
    r"circulated|prompted|drew|sparked)\b"
)
# A relative pronoun opening the clause of a cue: its subject is the name before it.
_RELATIVE_OPENING = regex.compile(
    r"(?<![\p{L}])(?:who|which)(?:[ ](?:also|later|then|again|\p{Ll}{2,15}ly))?[ ]{1,2}\Z"
)
# How plural nouns naming people end: "exporters", "activists", "civilians", "residents".
_PEOPLE_PLURALS = ("ers", "ists", "ians", "ants", "ents", "ors", "ics", "als", "ans")
# Plural nouns for people or bodies that no ending of ``_PEOPLE_PLURALS`` tells.
_PLURAL_SOURCES = frozenset(
    """groups experts witnesses eyewitnesses organizations organisations agencies families
    relatives sources unions rebels citizens scholars authorities parties police states
    countries nations governments releases statements staff personnel people friends
    colleagues neighbours neighbors roommates classmates teammates parents""".split()
)
# A plural noun right after a name that qualifies it: "Trade unions", "Kenyan farmers".
_PLURAL_AFTER = regex.compile(r"[ ](\p{Ll}{3,20})\b")
# A place or group phrase after a bare plural, up to the verb: " in the southern province ".
_PLURAL_AFTER_SPACES = regex.compile(r"[ ]{1,2}(\p{Ll}{3,20})\b")
_PLURAL_PLACE = regex.compile(
    r"[ ](?:in|from|at|of|across|near|around|on)"
    r"(?:[ ](?!(?:" + _AUXILIARIES + r"|who|which|that)\b)[^ ,;:.\"()\n]{1,25}){1,7}"
)
# Nouns that close an "according to" source with no name: "according to state media".
_ACCORDING_HEADS = frozenset("media police authorities office department commission".split())
# The words of a source closing the sentence after "according to": "state media.".
ACCORDING_TAIL = regex.compile(
    r"(?:(?:the|a|an|some|local|state|several)[ ])?(?:\p{L}[\p{L}'’-]*[ ]){0,3}"
    r"(?P<head>\p{Ll}[\p{Ll}-]{1,20})[ ]{0,2}[.!?]?[\"']?[ ]*\Z"
)
# Between a body noun and the organisation's name set beside it: "the union, (the) ...".
BODY_APPOSED = regex.compile(r",[ ]{1,2}(?:the[ ])?")
# Object pronouns and the subject pronoun each stands for.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# Between an owner and the name set beside the role it owns: "Key's lawyer, (Jeffry House)".
OWNED_ROLE = regex.compile(r"['’]s[ ](?:[\p{L}-]+[ ]){0,3}?\p{Ll}[\p{Ll}-]*,[ ]{1,2}")
# After a description or an organisation that follows the verb, up to the name of the person
# it describes: "said Acme Corp President, (Ann Lee)", "said the director of the Center for
# Law, (Professor Ann Lee)".
NAMED_AFTER = regex.compile(
    r"(?:[ ]{1,2}\p{Lu}[\p{L}.'&-]*){0,4}"
    r"(?:[ ]\(\p{Lu}{2,8}\))?(?:[ ]\p{Ll}[\p{Ll}-]{2,20}){0,2}"
    r"(?:[ ]{1,2}(?:of|for|from|at|in)[ ]{1,2}(?:the[ ]{1,2})?\p{L}[^,.;:\"\n]{0,80})?[ ]?,[ ]{1,2}"
)
# A possessive and a role noun right before a verb: "Lee's (defence attorney) says".
OWNED_BEFORE = regex.compile(
    r"['’]s[ ](?P<noun>\p{Ll}[\p{Ll}-]{1,20}(?:[ ]\p{Ll}[\p{Ll}-]{1,20})?)[ ]\Z"
)
# What opens an appositive or a relative clause after a name: ", who", ", a former", ", the".
UNCLOSED = regex.compile(r"[ ]?,[ ]{1,2}(?:who|whose|a|an|the|\p{Ll}+)[ ]")
# Between an owner and a person's name right after it: "Sinn Fein's (Martin McGuinness)".
OWNED_NAME = regex.compile(r"[ ]?['’]s[ ]{1,2}(?=\p{Lu})")
# A role an owner's possessive closes the attribution with: "said Hsu's (San Francisco
# attorney).", "said the firm's chief executive,".
OWNED_LAST = regex.compile(
    r"['’]s[ ](?P<noun>(?:[\p{L}-]{1,20}[ ]){0,3}?\p{Ll}[\p{Ll}-]{1,20})(?=[ ]?[.,;\n\"]|\Z)"
)
# A second verb phrase of the reported clause: "... and will place ..."
AND_AUXILIARY = regex.compile(r"[,]?[ ]and[ ](?:is|are|was|were|has|have|had|would|will|could)[ ]")
# What may open a sentence before its subject: a mark, a determiner, capitalised titles.
SENTENCE_OPENING = regex.compile(r"[ \n\"']{0,3}(?:(?:The|the|\p{Lu}[\p{L}.-]{0,20})[ ]){0,3}")


@attrs.frozen
class _Tables:
    """The vocabularies a pass reads, taken from a configuration once."""

    pronouns: dict[str, str]  # pronoun -> what it stands for ("person", ...)
    genders: dict[str, str]  # pronoun -> its gender
    titles: frozenset[str]
    agents: frozenset[str]
    bodies: frozenset[str]  # the words that make a name a body's, in lower case


@functools.lru_cache(maxsize=16)
def _tables(config: Config) -> _Tables:
    """The vocabularies of ``config`` a pass reads, built once per configuration."""
    pronouns = config.rows("pronouns")
    return _Tables(
        pronouns={r[0]: r[1] for r in pronouns},
        genders={r[0]: r[2] for r in pronouns if len(r) > 2},
        titles=frozenset(r[0] for r in config.rows("titles") if r[1] == "title"),
        agents=config.words("agent_nouns"),
        bodies=frozenset(w.lower() for w in config.words("org_words")),
    )


# What may open a clause (see _Pass.clause_start_in).
# A verb whose object is a noun of speech: "will deliver remarks", "made comments".
_DELIVER_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:deliver|delivers|delivered|make|makes|made|give|gives|gave)[ ]\Z"
)
# A place after "found": the participle of finding a thing, no finding reported.
_FOUND_AT = regex.compile(
    r"[ ](?:inside|outside|near|beside|behind|beneath|under|underneath|in|on|at|among|along)[ ]"
)
_AND_OTHER = frozenset((" and other ", " and fellow ", " and several other ", " and two other "))

_SEPARATORS = (";", '" ', '",', "\n", " while ", " whereas ", " but ", " But ")

# Between a role and its verb, the body it serves: "a spokesman for the military (has)
# said", "an official with the agency said", "an official at the Ministry" (a named one
# after "at" or "from": not a place, "a witness at the market"; no clause of its own).
_SERVES = regex.compile(
    r"([ ](?:(?:for|with|of)[ ](?:the[ ])?|(?:at|from)[ ](?:the[ ])?(?=\p{Lu}))"
    r"(?!(?:who|that|which|and|but|also)[ ])"
    r"[\p{L}'.&-]{2,40}(?:[ ](?!(?:who|that|which|and|but|also|has|had|have|was|were|is"
    r"|are|will|would|said|says)[ ])"
    r"[\p{L}'.&-]{1,40}){0,5})"
    r"(?:[ ](?:has|had|have|also|was|is|later|then)){0,2}[ ]\Z"
)
# A document's issuer told in a few lower-case words up to the verb: " released by her
# campaign ", " from the ministry ".
_BY_WORDS = regex.compile(
    r"((?:[ ](?!(?:said|says|who|which|that|and)[ ])[\p{Ll}'-]{1,30}){2,7})[ ]"
)
# Between a person's name and a post set off after it: ", " or " of Ghana, ".
_NAME_BEFORE_POST = regex.compile(
    r"(?:[ ](?:of|from)[ ]\p{Lu}[\p{L}'.-]{1,30}(?:[ ]\p{Lu}[\p{L}'.-]{1,30}){0,2})?,[ ]"
)

@attrs.define
class _Found:
    start: int
    end: int
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: Mention | None
    entity: Entity | None
    rule: str
    parts: tuple[tuple[int, int], ...] = ()


# After "but", a verb with no subject of its own goes on with the same clause: "inflation
# had eased but remained high", "the talks failed but would resume".  ("... but did not
# say", "... but has called on": the speaker's own doing, not the reported clause.)
# A website named as a source, in wiki italics or not: "9news.com", "''BBC.co.uk''".
_WEBSITE = regex.compile(
    r"(?:'')?(?P<site>[\p{L}\p{N}][\p{L}\p{N}-]{0,40}(?:\.[\p{L}\p{N}-]{1,40}){0,3}"
    r"\.(?:com|org|net|gov|edu|info|tv|co\.uk|org\.uk|com\.au))(?:'')?[ ]?"
)
# Bare reporting verbs that, after "and" with no "to" or modal before them in the
# sentence, are a plural subject's present tense.
_BARE_REPORTING = frozenset(
    """say claim insist argue warn believe deny maintain contend allege admit tell predict
    fear stress suggest""".split()
)
_INFINITIVE_OR_MODAL = regex.compile(
    r"(?<![\p{L}'])(?:to|will|would|can|could|should|may|might|must|shall|did|do|does)(?![\p{L}'])"
)
_AND_AUXILIARY = regex.compile(r"[ ]and[ ](?:was|were|is|are|would|will|has|have|had|could)[ ]")
_BUT_GOES_ON = regex.compile(
    r"(?:was|were|is|are|would|will|could|can|may|might|should|remained|remains|stayed|stays"
    r"|still)[ ]"
)
# What stands between the comma that sets an attribution off and its speaker.
_SET_OFF_SPEAKER = regex.compile(r",[ ](?:the[ ]|an?[ ])?\Z")
# After "CLAUSE OPENING, she said, " what goes on with the clause: a verb ("The plan, she
# said, will fail"), or "to" ("It is akin, he said, to theft").
_SPLIT_REST = regex.compile(
    r"(?:" + _AUXILIARIES + r"|to|not|never|also|only|\p{Ll}{2,}ed)[ ]"
)
# After the comma closing such an attribution, what opens no reported clause: a
# subordinate clause, a comparison or a participle ("..., the agency said, as rescuers
# searched", "..., down from 3.4 percent", "..., adding that ...").  (Not any word in
# "-ing": "..., Nader said, supporting the bailout was a betrayal" opens on a gerund.)
_NO_CLAUSE_AFTER = regex.compile(
    r"(?:as|although|though|if|when|while|because|since|after|before|once|unless|despite"
    r"|amid|following|ahead[ ]of|(?:down|up)[ ]from|compared[ ](?:with|to)"
    r"|adding|citing|noting|saying|warning|urging|calling|stressing|explaining|pointing"
    r"|referring|insisting|arguing|acknowledging|describing|quoting|opening|sending)[ ]"
)


@attrs.frozen
class _Reads:
    """The patterns read most often, in one engine: those of :mod:`regex`, or for a text
    all of whose characters are ASCII, their ASCII forms, which the standard engine reads
    faster (:func:`~newsstruct._quote_patterns.ascii_form`)."""

    words: Pattern  # WORD_RE
    letters: Pattern  # LETTERS
    appositive: Pattern  # APPOSITIVE
    document_before: Pattern  # _DOCUMENT_BEFORE
    prep_that: Pattern  # PREP_THAT
    prep_quote: Pattern  # PREP_QUOTE
    subordinate_opening: Pattern  # _SUBORDINATE_OPENING
    tail: Pattern  # TAIL
    paren_tail: Pattern  # PAREN_TAIL


_FULL_READS = _Reads(
    WORD_RE,
    LETTERS,
    APPOSITIVE,
    _DOCUMENT_BEFORE,
    PREP_THAT,
    PREP_QUOTE,
    _SUBORDINATE_OPENING,
    TAIL,
    PAREN_TAIL,
)
_ASCII_READS = _Reads(
    ASCII_WORDS,
    ascii_form(LETTERS.pattern),
    ascii_form(APPOSITIVE.pattern),
    ascii_form(_DOCUMENT_BEFORE.pattern),
    ascii_form(PREP_THAT.pattern),
    ascii_form(PREP_QUOTE.pattern),
    ascii_form(_SUBORDINATE_OPENING.pattern),
    ascii_form(TAIL.pattern),
    ascii_form(PAREN_TAIL.pattern),
)


class _Pass:
    """One document's extraction state."""

    def __init__(self, doc: Document, config: Config) -> None:
        self.doc = doc
        self.folded = doc.folded
        self.reads = _ASCII_READS if self.folded.isascii() else _FULL_READS
        self.rules = rules(config)
        self.config = config
        tables = _tables(config)
        self.pronouns = tables.pronouns
        self.genders = tables.genders
        self.titles = tables.titles
        self.agents = tables.agents
        self.bodies = tables.bodies
        self.served: dict[int, Entity] = {}  # a bare role's entity -> the role widened
        self.ents: Entities = resolve(doc, config)
        self.marks = quoted(doc)
        self.mark_starts = [q.mark for q in self.marks]
        self.mark_afters = [q.after for q in self.marks]
        self.used: set[int] = set()  # indices of quoted stretches already claimed
        self.cues: set[int] = set()  # offsets of verbs already used as a cue
        self.found: list[_Found] = []  # in text order (by start)
        self.verbs = scan(doc, config).verbs
        self.verb_starts = [w[0] for w in self.verbs]
        self.clause_ends = Ahead(
            CLAUSE_END_ASCII if self.folded.isascii() else CLAUSE_END, self.folded
        )
        self.cuts = Ahead(CUT, self.folded)
        self.after_preposition: dict[int, bool] = {}  # mention start -> PREPOSITION before it
        # indices of the mentions with a role span
        self.with_role = [
            k for k, m in enumerate(self.ents.mentions) if m.role_span is not None
        ]

    # -- helpers --

    def earlier(self, at: int, limit: int = 12) -> list[_Found]:
        """Up to ``limit`` quotes with a speaker starting before ``at``, latest last."""
        i = bisect.bisect_left(self.found, at, key=lambda f: f.start)
        out = [f for f in self.found[max(0, i - limit) : i] if f.speaker is not None]
        return out

    def inside_quote(self, offset: int) -> int | None:
        """Index of the quoted stretch whose marks enclose ``offset``."""
        i = bisect.bisect_right(self.mark_starts, offset) - 1
        if i >= 0 and self.mark_starts[i] < offset < self.mark_afters[i]:
            return i
        return None

    def clause_start(self, offset: int) -> int:
        """Where the clause holding ``offset`` starts (sentence start, ';', a closing mark)."""
        return self.clause_start_in(self.doc.sentence_at(offset), offset)

    def clause_start_in(self, sent: Sentence | None, offset: int) -> int:
        """:meth:`clause_start`, given ``sent``, the sentence at ``offset``."""
        start = sent.start if sent is not None else max(0, offset - 200)
        start = max(start, offset - 250)
        folded = self.folded
        for sep in _SEPARATORS:
            k = folded.rfind(sep, start, offset)
            if k >= 0:
                start = max(start, k + len(sep))
        return start

    def subject(self, clause: int, verb: int) -> Mention | None:
        """The mention that is the subject of the verb at ``verb``."""
        folded = self.folded
        head = self.reads.letters.match(folded, verb, verb + 24)
        with_ok = head is not None and head.group().endswith("ing")
        every = self.ents.mentions
        i, j = self.ents.bounds(clause, verb)
        usable = self.usable
        # the mentions inside the clause that may be a subject, listed when needed
        mentions: list[Mention] | None = None
        best: Mention | None = None
        for k in range(j - 1, i - 1, -1):  # closest first, plain gap
            m = every[k]
            if m.end > verb or not usable(m, with_ok):
                continue
            gap = folded[m.end : verb]
            if gap.startswith(" ,"):  # "Ann Lee , has said": a space left before the comma
                gap = gap[1:]
            elif gap.startswith(("'' ", " '' ")):  # "''The Times '' reported": wiki italics
                gap = gap[gap.index("''") + 2 :]
            elif gap.startswith(". ") and m.name.endswith(_ABBREVIATED_COMPANY_ENDS):
                gap = gap[1:]  # "Acme Inc. said": the point of the company's name
            if gap not in ("", " ") and (  # GAP reads these, and opens on none but " (',"
                gap[0] not in " (',"
                or not gap_reads(gap)
            ):
                continue
            if m.kind == "source" and folded[max(0, m.start - 3) : m.start] == "'s ":
                continue  # "Zelenskiy's tweet said": the owner speaks
            if "," in gap:
                if mentions is None:
                    mentions = self.subjects_in(i, j, verb, with_ok)
                if any(
                    x.end < m.start
                    and folded.startswith((",", " ,"), x.end)
                    and not (  # "The mayor, Ann Lee, said": the name speaks
                        x.kind in DESCRIBED
                        and m.kind in ("person", "name")
                        and NAME_APPOSED.fullmatch(folded, x.end, m.start)
                    )
                    and not (  # "The head of the Lee Trust, Ann Lee, said": she speaks
                        x.kind in ("name", "organisation", "place")
                        and m.kind == "person"
                        and " " in m.name
                        and NAME_APPOSED.fullmatch(folded, x.end, m.start)
                        and SENTENCE_OPENING.fullmatch(folded, clause, x.start) is None
                    )
                    and not (  # "The main party, the Labour Party, says": so does this one
                        x.kind == "body"
                        and m.kind == "organisation"
                        and BODY_APPOSED.fullmatch(folded, x.end, m.start)
                    )
                    for x in mentions
                ):
                    continue  # inside an appositive: the name before it is the subject
            owner = self.owner(m, i, j, verb, with_ok)
            best = m if owner is None else owner
            if best.kind == "source":
                # "A Sri Lankan defence ministry statement said": the body that issued it
                for x in every[max(i, k - 3) : k]:
                    if x.end + 1 == best.start and x.kind in ("body", "organisation"):
                        best = x
                        break
            if best.kind == "person" and k > i:
                # "General A and Ambassador B said": both speak; the first named is credited
                x = every[k - 1]
                span = best.role_span
                p = span.start if span is not None and span.start < best.start else best.start
                if x.kind == "person" and folded[x.end : p] == " and ":
                    best = x
            elif best.kind in ("group", "role") and k > i:
                # "Ann Lee and other officials said": the one named speaks for them
                x = every[k - 1]
                if x.kind == "person" and folded[x.end : best.start] in _AND_OTHER:
                    best = x
            break
        if best is None:
            if mentions is None:
                mentions = self.subjects_in(i, j, verb, with_ok)
            for m in mentions:  # leftmost first, through an appositive
                if m.kind == "pronoun":
                    continue
                app = self.reads.appositive.match(self.folded, m.end, verb)
                if m.kind == "person" and (
                    app is None or not gap_reads(self.folded[app.end() : verb])
                ):  # "George Muir, of the Association ... which represents ..., said"
                    app = LONG_APPOSITIVE.match(self.folded, m.end, verb) or app
                if (
                    app is not None
                    and gap_reads(self.folded[app.end() : verb])
                    # "... condemn Mugabe, and has called for": a second verb of the
                    # clause's subject, not an appositive
                    and _JOINED_AFTER_COMMA.match(self.folded, m.end, verb) is None
                ):
                    best = m
                    break
        if best is None or best.start > clause + 2:
            for x in every[i : min(i + 2, j)]:  # "Pakistani scientist Ann Lee, who ..."
                if x.kind == "person":
                    best = self.relative_opener(clause, verb, x) or best
                    break
        if best is not None and best.kind in ("organisation", "place", "name", "role"):
            owner_of = self.ents.entity_of(best)
            opener = (
                None
                if owner_of is not None and owner_of.kind == "person"
                else self.unclosed_appositive(clause, best)
            )
            if opener is not None:
                best = opener
        if (
            best is not None
            and best.kind == "pronoun"
            and best.name == "it"
            and self.folded[best.start - 1 : best.start] != " "
            and best.start != clause
        ):
            return None
        if best is None:
            best = self.described(clause, verb) or self.bare_plural(clause, verb)
        if best is None:  # "Colonel Lee's attorney says ...": the owner's role speaks
            best = self.owned_role(clause, verb)
        if best is None:  # "When asked why, the Hong Kong restaurateur said ..."
            comma = folded.rfind(", ", max(clause, verb - 80), verb)
            if comma >= 0:
                best = self.described(comma + 2, verb) or self.bare_plural(comma + 2, verb)
        if best is None or (best.kind != "pronoun" and best.start > clause + 3):
            inc = (  # (every match of _INCLUDED_BEFORE ends on a comma and spaces)
                _INCLUDED_BEFORE.search(folded, max(clause, verb - 100), verb)
                if folded.endswith((",", ", ", ",  "), max(clause, verb - 100), verb)
                else None
            )
            comma = -1 if inc is None else inc.start()
            if comma > clause:  # "Critics of the bill, including two senators, say"
                opening = next(
                    (
                        x
                        for x in self.subjects_in(i, j, comma, False)
                        if x.kind != "pronoun"
                        and x.start <= clause + 24
                        and SENTENCE_OPENING.fullmatch(folded, clause, x.start) is not None
                        and gap_reads(folded[x.end : comma])
                    ),
                    None,
                ) or self.described(clause, comma) or self.bare_plural(clause, comma)
                if opening is not None:
                    best = opening
        if best is not None and best.kind == "group":
            best = self.group_of_body(best, verb)
        return best

    def group_of_body(self, x: Mention, limit: int) -> Mention:
        """The group ``x`` with the body it belongs to, named right before it or after it
        with "with", "at" or "from" ("State Department officials", "officials with the
        State Department"): the people speak for it; else ``x``."""
        folded = self.folded
        body: Mention | None = None
        for m in self.ents.between(max(0, x.start - 60), x.start):
            if m.kind in _BODY_KINDS and not folded[m.end : x.start].strip(" "):
                body = m if self.named_body(m) else None
        if body is not None:
            start, end = body.start, x.end
        else:
            link = _GROUP_LINK.match(folded, x.end, limit)
            if link is None:
                return x
            body = next(
                (m for m in self.ents.between(link.end(), limit) if m.start == link.end()),
                None,
            )
            if body is None or body.kind not in _BODY_KINDS or not self.named_body(body):
                return x
            start, end = x.start, body.end
        return self.group_span(start, end)

    def group_span(self, start: int, end: int) -> Mention:
        """A group's mention of ``start:end``, its name with its spaces closed up."""
        text = self.doc.text[start:end]
        return Mention(start, end, text, kind="group", name=" ".join(text.split()))

    def named_body(self, m: Mention) -> bool:
        """Whether ``m`` surely names a body: an organisation's name, or a name of several
        words, in capitals or written more than once ("Fatah officials"; not "Mainstream
        media", "Latino voters")."""
        if m.kind == "organisation" or " " in m.name or m.name.isupper():
            return True
        return self.folded.find(m.name, m.end) >= 0 or self.folded.find(m.name, 0, m.start) >= 0

    def relative_opener(self, clause: int, verb: int, x: Mention) -> Mention | None:
        """The person ``x`` that opens the clause when a relative clause set off by commas
        stands between it and the verb: "Ann Lee, who has lived in Paris, Rome and Oslo,
        says ..." (the names inside the relative clause do not speak)."""
        folded = self.folded
        if x.kind != "person" or x.end > verb or not _WHO_OPENS.match(folded, x.end, verb):
            return None
        span = x.role_span
        p = span.start if span is not None and span.start < x.start else x.start
        lead = folded[clause:p]
        if "," in lead or len(lead.split()) > 4 or SUBJECT_VERB.search(" " + lead):
            return None  # "Pakistani nuclear scientist Ann Lee", not "police arrested Ann Lee"
        comma = folded.rfind(",", x.end + 6, verb)
        if comma < 0 or not gap_reads(folded[comma : verb]):
            return None
        return x

    def owned_role(self, clause: int, verb: int) -> Mention | None:
        """A role owned by the name that opens the clause, right before the verb: "Colonel
        Lee's attorney (says)", "Acme's chief executive (said)"."""
        folded = self.folded
        m = OWNED_BEFORE.search(folded, max(clause, verb - 60), verb)
        if m is None or m.group("noun").split(" ")[-1] not in self.titles:
            return None
        for x in self.ents.between(clause, m.start()):
            span = x.role_span
            p = span.start if span is not None and span.start < x.start else x.start
            if (
                x.end == m.start()
                and x.kind in ("person", "organisation", "name", "place")
                and SENTENCE_OPENING.fullmatch(folded, clause, p)
            ):
                text = self.doc.text[p : m.end("noun")]
                return Mention(p, m.end("noun"), text, kind="role", name=text, role=text)
        return None

    def unclosed_appositive(self, clause: int, m: Mention) -> Mention | None:
        """The person that opens the clause and is set off by a comma before ``m``, a name
        inside the person's appositive or relative clause whose closing comma is missing
        ("John Prendergast, who now works for the International Crisis Group said ...",
        "Michael Zorick, a former officer in Nairobi, Kenya argues ...")."""
        folded = self.folded
        for x in self.ents.between(clause, m.start):
            span = x.role_span
            p = span.start if span is not None and span.start < x.start else x.start
            if (
                x.kind == "person"
                and SENTENCE_OPENING.fullmatch(folded, clause, p)
                and UNCLOSED.match(folded, x.end, m.end) is not None
                and self.verb_in(x.end, m.start) is None
            ):
                return x
            return None  # only the clause's first mention
        return None

    def bare_plural(self, clause: int, verb: int) -> Mention | None:
        """People named by a plural noun without a determiner opening the clause: "Thai
        exporters said ...", "Many residents in rural Kenya say ..."."""
        folded, text = self.folded, self.doc.text
        s = clause
        while s < verb and folded[s] in ' \n"':
            s += 1
        # the first three words, each searched for only when the one before leaves the
        # question open (as ``finditer`` would list them)
        search, limit = self.reads.words.search, min(verb, s + 60)
        search_all = self.reads.words.finditer
        w = search(folded, s, limit)
        start = -1 if w is None else w.start()
        k = 0
        while w is not None and k < 3:
            head = w.group()
            if (
                (k > 0 and not head[:1].islower())
                or head.lower() in FUNCTION_WORDS
                or head in DETERMINERS
            ):
                return None
            if head.endswith(_PEOPLE_PLURALS) or head.lower() in _PLURAL_SOURCES:
                if gap_reads(folded[w.end() : verb]) or (
                    (place := _PLURAL_PLACE.match(folded, w.end(), verb)) is not None
                    and (place.end() == verb or gap_reads(folded[place.end() : verb]))
                ):
                    name = text[start : w.end()]
                    return Mention(start, w.end(), name, kind="group", name=name)
                if folded.startswith(" and ", w.end()):
                    # "Rights groups and opposition members said": both speak, as one (the
                    # second plural within three words)
                    tails: Iterator[Match] = search_all(folded, w.end() + 5, limit)
                    for tail in itertools.islice(tails, 3):
                        word = tail.group()
                        if word.endswith(_PEOPLE_PLURALS) or word in _PLURAL_SOURCES:
                            if not gap_reads(folded[tail.end() : verb]):
                                break
                            name = text[start : tail.end()]
                            return Mention(start, tail.end(), name, kind="group", name=name)
            k += 1
            if k < 3:
                w = search(folded, w.end(), limit)
        return None

    def past_owner(self, x: Mention, limit: int) -> Mention:
        """The speaker a mention after the verb stands for: the name set beside a role that
        ``x`` owns ("said Key's lawyer, Jeffry House") or right after ``x``'s possessive
        ("said Sinn Fein's Martin McGuinness"), else ``x``."""
        m = OWNED_ROLE.match(self.folded, x.end, limit) or OWNED_NAME.match(
            self.folded, x.end, limit
        )
        if m is not None:
            for y in self.ents.between(m.end(), min(limit, m.end() + 60)):
                if y.start == m.end() and y.kind == "person":
                    return y  # "said Sinn Fein's Martin McGuinness": the person speaks
                break
        own = OWNED_LAST.match(self.folded, x.end, limit)
        if (
            own is not None
            and x.kind in ("person", "organisation", "name", "place")
            and own.group("noun").split(" ")[-1] in self.titles
        ):  # "said Hsu's San Francisco attorney.": the attorney speaks, not Hsu
            text = self.doc.text[x.start : own.end("noun")]
            return Mention(x.start, own.end("noun"), text, kind="role", name=text, role=text)
        if x.kind != "person" and x.kind != "pronoun":
            # "said the faculty director of the Center for Law, Professor Ann Lee."
            m = NAMED_AFTER.match(self.folded, x.end, limit)
            if m is not None:
                for y in self.ents.between(m.end(), min(limit, m.end() + 80)):
                    span = y.role_span
                    p = span.start if span is not None and span.start < y.start else y.start
                    if (
                        m.end() in (p, y.start)
                        and y.kind == "person"
                        and (
                            y.end == limit
                            or self.folded[y.end : y.end + 2].lstrip(" ")[:1] in ".,;\n\""
                        )
                    ):
                        return y
                    break
        return self.plural_group(x, limit)

    def quoted_as(self, clause: int, vs: int) -> Mention | None:
        """The person "X quoted NAME as saying" gives the words of (a pronoun object
        stands for whoever it refers to)."""
        folded = self.folded
        if folded[vs - 4 : vs] != " as ":
            return None
        passive = None
        if folded[vs - 11 : vs] == " quoted as ":
            # "NAME (, the envoy,) was quoted as saying": the passive's subject
            k = vs - 10
            passive = _QUOTED_PASSIVE.search(folded, max(clause, k - 20), k)
        else:
            # "NAME was quoted in a Times article as saying", "was reported by Reuters as
            # saying": the passive's subject, not the paper
            by = _QUOTED_BY.search(folded, max(clause, vs - 90), vs - 3)
            if by is not None:
                k = by.start() + 1
                passive = _QUOTED_PASSIVE.search(folded, max(clause, k - 20), k)
        if passive is not None or folded[vs - 11 : vs] == " quoted as ":
            if passive is None:
                return None
            before = [x for x in self.ents.between(clause, passive.start()) if x.end <= k]
            if not before or not gap_reads(folded[before[-1].end : passive.start()]):
                return self.subject(clause, passive.start())
            if before[-1].kind != "person" and (
                (first := self.subject(clause, passive.start())) is not None
                and first.kind == "person"
            ):  # "Ann Lee, chief economist at Acme Inc, is quoted ...": the person
                return first
            return before[-1]
        k = folded.rfind("quoted ", max(clause, vs - 100), vs - 4)
        if k < 0 or (k > 0 and folded[k - 1].isalpha()):
            return None
        ws, we = k + 7, vs - 4
        for x in self.ents.between(ws, we):
            span = x.role_span  # "quoted Foreign Ministry spokesman Ann Lee as saying"
            p = span.start if span is not None and span.start < x.start else x.start
            if x.end == we and x.kind != "pronoun" and (
                ws in (p, x.start) or folded[ws:p] in ("the ", "The ", "an ", "a ")
            ):
                return x
        pronoun = _OBJECT_PRONOUNS.get(folded[ws:we])
        if pronoun is not None:
            return Mention(ws, we, self.doc.text[ws:we], kind="pronoun", name=pronoun)
        if _QUOTED_DESCRIPTION.fullmatch(folded, ws, we) is not None:
            # "Interfax quoted a source within the military as saying": the source speaks
            text = self.doc.text[ws:we]
            return Mention(ws, we, text, kind="role", name=text.split(" ", 1)[1], role=None)
        return None

    def latest_person(self, before: int, gender: str | None) -> Entity | None:
        """The person of ``gender`` mentioned last before ``before`` (of the last 20
        mentions)."""
        i, j = self.ents.bounds(0, before)
        for k in range(j - 1, max(i, j - 20) - 1, -1):
            x = self.ents.mentions[k]
            if x.kind == "pronoun":
                continue
            e = self.ents.entity_of(x)
            if (
                e is not None
                and e.kind == "person"
                and (e.gender in (None, gender) or gender not in ("m", "f"))
            ):
                return e
        return None

    def outside_words(
        self, m: Mention, entity: Entity, content: tuple[int, int]
    ) -> Entity | None:
        """The person a pronoun closing reported words stands for, not one named only
        inside those words ("Airlines using Terminal C will move, he added"), unless that
        one opens them ("Ann Lee will run again, she said")."""
        lo, hi = content
        gender = self.genders.get(m.name)
        named = [x for x in entity.spans if x.kind != "pronoun" and x.start < hi]
        if gender not in ("m", "f") or not named or not lo + 4 < named[-1].start:
            return entity
        here = self.doc.sentence_index(lo)
        for f in reversed(self.earlier(lo, limit=3)):
            e = f.entity
            if (
                e is not None
                and e.kind == "person"
                and here - self.doc.sentence_index(f.start) <= 3
                and (e.gender in (None, gender) or gender not in ("m", "f"))
            ):
                return e
        return self.latest_person(lo, gender) or entity

    def named_in(self, start: int, end: int) -> bool:
        """Whether a person or organisation is named in ``start:end`` as a possible subject."""
        return any(
            x.kind in ("person", "name", "organisation")
            and not self.participle(x)
            and self.usable(x, False)
            for x in self.ents.between(start, end)
        )

    def main_subject(self, pos: int, limit: int) -> Mention | None:
        """The subject of the main clause after an opening participial phrase that ends
        past ``pos``: the first mention after a comma that a verb follows."""
        folded = self.folded
        for x in self.ents.between(pos, min(limit, pos + 300)):
            if self.inside_quote(x.start) is not None:
                continue
            span = x.role_span
            p = span.start if span is not None and span.start < x.start else x.start
            if not (folded[p - 2 : p] == ", " or folded[p - 3 : p] == '", '):
                continue
            if SUBJECT_VERB.match(folded, x.end) or self.rules.verbs.match(folded, x.end + 1):
                return x
            return None
        return None

    def opener(self, clause: int, verb: int) -> Mention | None:
        """The mention that opens the clause at ``clause`` as the subject of a verb before
        ``verb``: a name, a pronoun ("He did not give a date, saying ..."), or the person
        whose role holds the first mention ("UN envoy Ann Lee appealed ..., saying ...")."""
        ms = self.ents.between(clause, min(verb, clause + 200))
        if not ms:
            return None
        folded = self.folded
        for y in ms[:3]:  # "The foreign minister (of X), Ann Lee, denounced it, saying ..."
            span = y.role_span
            p = span.start if span is not None and span.start < y.start else y.start
            head = folded[clause:p].lstrip(' "\n')
            if (
                y.kind == "person"
                and head.startswith(("The ", "the ", "A ", "An "))
                and head.rstrip(" ").endswith(",")
                and head.count(",") == 1
                and (close := _COMMA_AFTER.match(folded, y.end, verb)) is not None
                and OPENER_VERB.match(folded, close.end(), verb)
            ):
                return y
        x = self.role_owner(ms[0], verb)
        span = x.role_span
        p = span.start if span is not None and span.start < x.start else x.start
        if (
            (x.kind == "pronoun" and x.name == "it")
            or self.participle(x)
            or not SENTENCE_OPENING.fullmatch(folded, clause, p)
        ):
            return None
        noun = _PLURAL_AFTER.match(folded, x.end, verb)
        if noun is not None and (
            noun.group(1).endswith(_PEOPLE_PLURALS) or noun.group(1) in _PLURAL_SOURCES
        ):  # "Trade groups opposed it, saying ...": the plural the name qualifies speaks
            name = self.doc.text[x.start : noun.end()]
            x = Mention(x.start, noun.end(), name, kind="group", name=name)
        if OPENER_VERB.match(folded, x.end, verb):
            return x
        app = ONE_APPOSITIVE.match(folded, x.end, verb)  # "Lee, the envoy, also read ..."
        if app is not None and OPENER_VERB.match(folded, app.end(), verb):
            return x
        of = _OF_BODY.match(folded, x.end, verb)  # "Ann Lee of the Red Cross backed ..."
        if of is not None and OPENER_VERB.match(folded, of.end(), verb):
            return x
        return None

    def role_owner(self, x: Mention, limit: int) -> Mention:
        """The person whose role holds ``x`` ("UN" of "UN envoy Ann Lee"), or whom ``x``
        and a run of title words lead to ("U.S. President Ann Lee", "Minister for the
        Environment Ann Lee"), else ``x``."""
        for y in self.ents.between(x.end, min(limit, x.end + 120))[:3]:
            span = y.role_span
            if span is not None and span.start <= x.start and x.end <= span.end:
                return y
            if x.kind in ("place", "role", "name", "organisation") and y.kind == "person":
                p = span.start if span is not None and span.start < y.start else y.start
                if TITLE_RUN.fullmatch(self.folded, x.end, p) and (
                    x.kind == "role" or not self.folded.startswith(" and ", x.end)
                ):  # (not "France and Ann Lee": two names)
                    return y
        return x

    def with_subject(self, clause: int, verb: int) -> Mention | None:
        """The name after "with" that is the subject of the participle at ``verb`` ("...,
        with Ann Lee, an economist, saying ...")."""
        folded = self.folded
        for x in reversed(self.ents.between(clause, verb)):
            if folded[max(0, x.start - 5) : x.start] != "with ":
                continue
            if x.kind in ("person", "name", "organisation") and (
                folded[x.end : verb] == " "
                or (
                    (app := ONE_APPOSITIVE.match(folded, x.end, verb)) is not None
                    and folded[app.end() : verb] == " "
                )
            ):
                return x
            return None
        return None

    def participle(self, x: Mention) -> bool:
        """Whether ``x`` is a participle opening a sentence ("Reporting the visit, ..."),
        taken for a name: a word in -ing before a determiner or a preposition (not a
        name before its verb, "Fielding concluded")."""
        if x.kind != "name" or not x.name.endswith("ing") or " " in x.name:
            return False
        after = WORD_RE.match(self.folded, x.end + 1, x.end + 12)
        return after is not None and after.group() in _AFTER_PARTICIPLE

    def usable(self, m: Mention, with_ok: bool) -> bool:
        """Whether ``m`` may be the subject of a verb: no preposition governs it (unless
        ``with_ok``, for a verb in -ing, and the preposition is "with")."""
        after = self.after_preposition.get(m.start)
        if after is None:
            after = self.preposition_before(m.start)
        folded = self.folded
        if (
            after
            and folded.find(" of ", max(0, m.start - 32), m.start) >= 0  # in every match
            and _AMOUNT_OF.search(folded, max(0, m.start - 32), m.start) is not None
        ):
            return True  # "A number of Conservative MPs said": the people counted speak
        return not after or (
            with_ok
            and folded[max(0, m.start - 5) : m.start] == "with "
            # "..., with Lee saying": not "relations with India saying" (an object)
            and not (m.kind == "place" and folded[max(0, m.start - 7) : m.start - 6].isalpha())
        )

    def subjects_in(self, i: int, j: int, verb: int, with_ok: bool) -> list[Mention]:
        """The mentions ``ents.mentions[i:j]`` ending by ``verb`` that may be its subject."""
        usable = self.usable
        return [m for m in self.ents.mentions[i:j] if m.end <= verb and usable(m, with_ok)]

    def owner(self, m: Mention, i: int, j: int, verb: int, with_ok: bool) -> Mention | None:
        """The first of :meth:`subjects_in` whose role span holds ``m`` (a role inside
        a person's role speaks as that person)."""
        every, roles = self.ents.mentions, self.with_role
        for r in range(bisect.bisect_left(roles, i), bisect.bisect_left(roles, j)):
            x = every[roles[r]]
            span = x.role_span
            if (
                span is not None
                and span.start <= m.start
                and m.end <= span.end
                and x.end <= verb
                and self.usable(x, with_ok)
            ):
                return x
        return None

    def preposition_before(self, start: int) -> bool:
        """Whether a preposition ("of", "with the", ...) ends right before ``start``."""
        known = self.after_preposition.get(start)
        if known is None:
            at = start
            if self.folded[start - 2 : start] == "''":  # "speaking to ''Business Day''"
                start -= 2
            folded = self.folded
            lo = max(0, start - 40)
            # (every match of PREPOSITION or _OPENING_PREPOSITION ends in a space after
            # the word that _may_follow_preposition reads, or one of _OPENING_ENDS)
            last = _last_word(folded, lo, start)
            found = last is not None and (
                (
                    (last in _BEFORE_MENTION or last in _PLACE_ADJECTIVES or last.endswith("ern"))
                    and PREPOSITION.search(folded, lo, start) is not None
                )
                or (
                    last.endswith(_OPENING_ENDS)
                    # (every match holds a capital in the last 16 characters)
                    and not folded[max(lo, start - 16) : start].islower()
                    and _OPENING_PREPOSITION.search(folded, lo, start) is not None
                )
            )
            known = self.after_preposition[at] = found
        return known

    def described(self, clause: int, verb: int, *, next_to_verb: bool = True) -> Mention | None:
        """A description opening the clause: "The Hong Kong restaurateur said ..."."""
        folded, text = self.folded, self.doc.text
        s = clause
        while s < verb and folded[s] in ' \n"':
            s += 1
        limit = min(verb, s + 80)
        if s < limit and folded[s] in _WORD_OPENINGS_BUT_DETERMINERS:
            return None  # the clause opens on a word, and no determiner opens so
        first = self.reads.words.search(folded, s, limit)
        if first is None or first.group() not in DETERMINERS:
            return None  # the clause opens on no determiner
        words = [(m.start(), m.end()) for m in self.reads.words.finditer(folded, s, limit)]
        if len(words) < 2:
            return None
        for k in range(1, min(5, len(words))):
            hs, he = words[k]
            head = folded[hs:he]
            if not PLAIN_WORDS.fullmatch(folded, words[0][0], he) or (
                # a verb form heads a description only right before the verb: "The state said"
                head in self.rules.firsts
                and not (k == len(words) - 1 and gap_reads(folded[he : verb]))
            ):
                break
            if (
                head[:1].islower()
                and len(head) > 2
                and head not in FUNCTION_WORDS
                and head not in _AMOUNT_HEADS  # "A lot of people say": no source named
                # "The signing of the bill concluded ...": an act (not "the ruling")
                and not (head.endswith("ing") and head not in _DOCUMENTS)
                # "The statement released by Acme said": a participle and its agent
                and not (
                    (head.endswith(("ed", "en")) or head in PARTICIPLES)
                    and folded.startswith(" by ", he)
                )
                and (not next_to_verb or gap_reads(folded[he : verb]))
            ):
                start = words[0][0]
                name = " ".join(text[a:b] for a, b in words[1 : k + 1])
                return Mention(start, he, text[start:he], kind="role", name=name, role=name)
            if head in FUNCTION_WORDS:
                break
        return None

    def entity(self, m: Mention, at: int) -> Entity | None:
        if m.kind == "pronoun" and self.pronouns.get(m.name) == "person":
            # prefer the speaker of a recent quote over the nearest person mention
            here = self.doc.sentence_index(at)
            near = self.ents.entity_of(m)
            if near is None and self.ents.index_of(m) is None:
                near = self.latest_person(m.start, self.genders.get(m.name))  # "quoted him"
            near_m = None
            if near is not None:
                k = bisect.bisect_left(near.spans, m.start, key=lambda x: x.start)
                near_m = near.spans[k - 1] if k > 0 else None
            earlier = [f for f in self.earlier(at) if f.entity is not None]
            if (
                near is not None
                and near_m is not None
                and here - self.doc.sentence_index(near_m.start) <= 1
            ):
                better = self.subject_over(m, near, near_m, earlier)
                return near if better is None else better
            if earlier:
                f = earlier[-1]
                if (
                    here - self.doc.sentence_index(f.start) <= 3
                    and f.entity is not None
                    and f.entity.kind in ("person", "role")
                    and (
                        f.entity.gender in (None, self.genders.get(m.name))
                        or self.genders.get(m.name) not in ("m", "f")
                    )
                ):
                    return f.entity
            return near
        return self.ents.entity_of(m)

    def subject_over(
        self, m: Mention, near: Entity, near_m: Mention, earlier: list[_Found]
    ) -> Entity | None:
        """The person "he" or "she" stands for when the nearest person is no subject: the
        speaker of the clause that holds that nearest mention ("Lee said Hale would go. But
        he thinks ..."), or the subject before a possessive or an object in the same
        sentence ("Lee backed Hale's plan, "It works," he said")."""
        gender = self.genders.get(m.name)

        def fits(e: Entity | None) -> bool:
            return (
                e is not None
                and e is not near
                and e.kind == "person"
                and (e.gender in (None, gender) or gender not in ("m", "f"))
            )

        if earlier:
            f = earlier[-1]
            if (  # '"...," Lee told the judge. "...," he said': the addressee is not "he"
                f.speaker is not None
                and f.content[1] <= f.speaker.start < near_m.start
                and near_m.start - f.speaker.end < 40
                and self.doc.sentence_index(near_m.start) == self.doc.sentence_index(f.speaker.end)
                and fits(f.entity)
            ):
                return f.entity
            if (
                f.content[0] <= near_m.start < f.content[1]
                and f.speaker is not None
                and f.speaker.end <= f.content[0]
                and self.usable(f.speaker, False)
                and fits(f.entity)
            ):
                return f.entity
        folded = self.folded
        if folded[near_m.end : near_m.end + 2] not in ("'s", "’s") and self.usable(
            near_m, False
        ):
            return None
        sent = self.doc.sentence_at(near_m.start)
        if sent is None or sent.end < m.start:
            return None
        i, j = self.ents.bounds(sent.start, near_m.start)
        if i == j:
            return None
        x = self.ents.mentions[i]  # the sentence's first mention, opening it
        if x.kind not in ("person", "name") or not SENTENCE_OPENING.fullmatch(
            folded, sent.start, x.start
        ):
            return None
        e = self.ents.entity_of(x)
        return e if fits(e) else None

    def clause_end(self, start: int, limit: int) -> int:
        m = self.clause_ends.search(start, limit)
        while m is not None and m.group().endswith(" but ") and _BUT_GOES_ON.match(
            self.folded, m.end(), limit
        ):  # "inflation had eased but remained high": one clause
            m = self.clause_ends.search(m.end(), limit)
        if (
            m is not None
            and m.group().startswith(", ")
            and m.group().endswith("ing ")
            and m.start() - start < 40
            and _VERB_IN.search(self.folded, start, m.start()) is None
        ):  # "that the deal, providing for X, will ...": a phrase set off inside the subject
            close = self.folded.find(", ", m.end(), min(limit, m.end() + 80))
            if close > 0 and AUXILIARY.match(self.folded, close + 2) is not None:
                m = self.clause_ends.search(close + 2, limit)
        end = m.start() if m is not None else limit
        # "... and will place X": the clause goes on with its subject's next verb, unless a
        # quoted fragment follows, which is then words of their own ('claimed the levy "will
        # hurt" and will put firms "under strain"')
        folded = self.folded
        if folded.find(" and ", start, end) >= 0 and folded.find('"', start, end) >= 0:
            joined = _AND_AUXILIARY.search(folded, start, end)
            if joined is not None and folded.find('"', joined.end(), end) >= 0:
                end = joined.start()
        # never stop inside a quoted stretch
        q = self.inside_quote(end)
        if q is not None and self.marks[q].after <= limit:
            end = max(end, self.marks[q].after)
            m2 = self.clause_ends.search(end, limit)
            end = m2.start() if m2 is not None else limit
        while end > start and self.folded[end - 1] in " ,.;:":
            end -= 1
        return end

    def two_words(self, start: int, end: int) -> bool:
        """Whether ``folded[start:end]`` holds at least two words (reading no further)."""
        search = self.reads.words.search
        first = search(self.folded, start, end)
        return first is not None and search(self.folded, first.end(), end) is not None

    def long_quote(self, start: int) -> bool:
        """Whether a quoted stretch opening at ``start`` reads as speech, not a title."""
        i = self.inside_quote(start + 1)
        if i is None:
            return True
        q = self.marks[i]
        return _four_words(self.folded, q.start, q.end)

    def cap(self, start: int, end: int) -> int:
        """Cut a long clause at a comma or dash, so the content stays a located prefix."""
        if end - start <= 180:
            return end
        m = self.cuts.search(start + 60, end)
        while m is not None and (
            self.inside_quote(m.start()) is not None
            # "the deal, providing X, will ...": not before the clause's verb
            or (m.group() == ", " and AUXILIARY.match(self.folded, m.end()) is not None)
        ):
            m = self.cuts.search(m.end(), end)
        return m.start() if m is not None and m.start() < end else end

    def sentence_end(self, offset: int) -> int:
        """End of the sentence at ``offset`` (looking no further than a long sentence goes)."""
        return self.sentence_end_in(self.doc.sentence_at(offset), offset)

    def sentence_end_in(self, sent: Sentence | None, offset: int) -> int:
        """:meth:`sentence_end`, given ``sent``, the sentence at ``offset``."""
        end = sent.end if sent is not None else len(self.folded)
        end = min(end, offset + REACH)
        # a sentence cut inside a quote runs on to the closing mark
        q = self.inside_quote(end - 1)
        if q is not None and not self.marks[q].open:
            s2 = self.doc.sentence_at(self.marks[q].after - 1)
            if s2 is not None:
                end = max(end, s2.end)
        return end

    def add(self, f: _Found) -> None:
        if self.document(f.speaker):
            self.author_speaks(f)
        if f.speaker is not None and f.speaker.kind == "pronoun" and f.speaker.name == "it":
            f.entity = self.it_opener(f.speaker.start, f.entity)
        elif f.speaker is not None and f.speaker.kind == "pronoun" and f.speaker.name == "they":
            # "Researchers watched ... . They found that ...": the group opening the
            # sentence before; else no place, no word of the reported clause ("Most of
            # the coral died, they reported")
            e = f.entity
            lo, hi = f.content
            f.entity = self.they_opener(f.speaker.start) or (
                None
                if e is None
                or e.kind == "place"
                or all(lo <= x.start < hi for x in e.spans if x.kind != "pronoun")
                else e
            )
        elif (
            f.speaker is not None
            and f.cue is not None
            and f.speaker.kind == "role"
            and f.speaker.end < f.cue[0]
        ):
            self.role_of(f)
        elif (
            f.speaker is not None
            and f.speaker.kind == "body"
            and f.entity is not None
            and f.entity.kind != "person"
        ):
            # "The Committee noted": a body named with a capital is no other body whose
            # name lacks its word
            head = f.speaker.text.rsplit(" ", 1)[-1]
            if head[:1].isupper() and head.lower() not in f.entity.name.lower():
                f.entity = Entity(f.speaker.name, "body", spans=(f.speaker,))
        if (
            f.entity is not None
            and f.cue is not None
            and f.speaker is not None
            and f.speaker.kind != "pronoun"
            # (a cue found as a word of the name is first found in the name)
            and (cue := self.folded[f.cue[0] : f.cue[1]]) in f.entity.name
            and f" {cue} " in f" {f.entity.name} "
        ):
            # "the governor urged residents": no name holds its own verb
            f.entity = Entity(f.speaker.name, f.speaker.kind, f.speaker.role, (f.speaker,))
        if (
            f.speaker is not None
            and f.speaker.kind == "role"
            and (f.entity is None or f.entity.kind == "role")
            and self.folded.endswith(", ", 0, f.speaker.start)
            and self.folded.startswith(",", f.speaker.end)
            and f.speaker.text[:1].isupper()
        ):
            # "John Kufuor of Ghana, Chairman of the Union, said": the person named before
            # the post
            i, _ = self.ents.bounds(f.speaker.start, f.speaker.start)
            prev = self.ents.mentions[i - 2 : i]
            for x in reversed(prev):
                if x.kind == "person" and _NAME_BEFORE_POST.fullmatch(
                    self.folded, x.end, f.speaker.start
                ):
                    f.speaker, f.entity = x, self.ents.entity_of(x)
                    break
        if f.entity is None and f.speaker is not None and f.speaker.kind == "role":
            # "an official at the ministry said ... He continued": the one "he" stands for
            f.entity = Entity(f.speaker.name, "role", f.speaker.role, (f.speaker,))
        if f.entity is not None and id(f.entity) in self.served:
            f.entity = self.served[id(f.entity)]
        found = self.found
        if not found or found[-1].start <= f.start:
            found.append(f)  # most quotes come in text order: insort would put it last
        else:
            bisect.insort(found, f, key=lambda x: x.start)

    def role_of(self, f: _Found) -> None:
        """Widen a bare role to the body it serves when that body stands between it and
        the verb ("A spokesman for the military has said"): the description is the speaker.
        """
        x = f.speaker
        assert x is not None and f.cue is not None
        if f.entity is not None and f.entity.kind != "role":
            return
        m = _SERVES.match(self.folded, x.end, f.cue[0])
        if m is None:
            return
        end = m.end(1)
        text = self.doc.text[x.start : end]
        name = x.name + self.doc.text[x.end : end]
        wide = attrs.evolve(x, end=end, text=text, name=name)
        ent = Entity(name, "role", role=x.role, spans=(wide,))
        if f.entity is not None:
            self.served[id(f.entity)] = ent
        f.speaker, f.entity = wide, ent

    def they_opener(self, at: int) -> Entity | None:
        """The group or body opening the sentence before ``at`` ("Researchers from Oxford
        watched ... . They found that ..."), if any."""
        here = self.doc.sentence_index(at)
        if here == 0:
            return None
        prev = self.doc.sentences[here - 1]
        x = self.opener(prev.start, prev.end)  # the subject of its verb
        if x is not None and x.kind == "body" and x.name.islower():
            # "They found that ... . The team tested ..., they reported": the group
            # that spoke as "they" just before, which "the team" stands for
            spoke = self.they_before(at, here)
            if spoke is not None:
                return spoke
        if x is not None and (
            x.kind in ("group", "organisation", "body")
            or (x.kind == "role" and x.name.rsplit(" ", 1)[-1] in self.bodies)
        ):
            return self.ents.entity_of(x) or Entity(x.name, x.kind, spans=(x,))
        for f in reversed(self.earlier(at, 3)):  # "..., aid groups reported. They said"
            if f.start < prev.start:
                break
            x = f.speaker
            if x is not None and x.kind in ("group", "organisation", "body"):
                return f.entity or Entity(x.name, x.kind, spans=(x,))
        return None

    def they_before(self, at: int, here: int) -> Entity | None:
        """The group that spoke as "they" within the two sentences before sentence
        ``here`` (holding ``at``), if any."""
        for f in reversed(self.earlier(at, 4)):
            if f.start < self.doc.sentences[max(0, here - 2)].start:
                break
            x = f.speaker
            if (
                x is not None
                and x.kind == "pronoun"
                and x.name == "they"
                and f.entity is not None
                and f.entity.kind in ("group", "organisation", "body")
            ):
                return f.entity
        return None

    def it_opener(self, at: int, entity: Entity | None) -> Entity | None:
        """What "it" stands for when the sentence before opens on a body that spoke there
        ("The weather service said ... . It warned that ..."): that body, over any nearer
        body the mentions point to."""
        here = self.doc.sentence_index(at)
        if here == 0:
            return entity
        prev = self.doc.sentences[here - 1]
        for f in reversed(self.earlier(at, 4)):
            x = f.speaker
            if x is None or f.start < prev.start:
                break
            if (
                (
                    x.kind in ("organisation", "body", "source")
                    or (x.kind == "role" and x.name.rsplit(" ", 1)[-1] in self.bodies)
                )
                and x.start < prev.start + 4  # "The agency", "Agency" open the sentence
                and self.doc.sentence_index(x.start) == here - 1
            ):
                if f.entity is not None:
                    return f.entity
                return Entity(x.name, x.kind, spans=(x,))
        return entity

    def claim(self, i: int, found: _Found) -> bool:
        """Record ``found`` as the quote that quoted stretch ``i`` makes."""
        self.used.add(i)
        self.add(found)
        return True

    def continues(self, i: int, q: Quoted, owner: _Found) -> None:
        """Claim quoted stretch ``i`` as a continuation of ``owner``'s quote."""
        self.claim(
            i,
            _Found(
                q.mark,
                q.after,
                "direct",
                (q.start, q.end),
                None,
                owner.speaker,
                owner.entity,
                "quote.continuation",
            ),
        )

    # -- rules --

    def direct_after(self, i: int, q: Quoted) -> bool:
        """'"...," Price said.' / '"...," said Price.' / '"..." - Price'."""
        folded = self.folded
        pos = q.after
        limit = min(len(folded), pos + 160)
        nl = folded.find("\n", pos, limit)
        limit = nl if nl >= 0 else limit
        head = folded[pos : pos + 3]
        if not (
            folded[q.end - 1] in ",!?.-:"
            or head.startswith(",")
            or head.lstrip(" ").startswith("-")
            or (
                (self.named_then_verb(pos, limit) or self.verb_then_named(pos, limit))
                and _four_words(folded, q.start, q.end)
            )
        ):
            return False
        if (
            folded[q.mark - 2 : q.mark - 1].isalpha()
            and folded[q.mark - 1 : q.mark] == " "
            and not _four_words(folded, q.start, q.end)
        ):
            return False  # 'tested a "flying boat", media report': a term inside the clause
        if folded[q.end - 1] in ".!?" and q.mark > 0:
            sent = self.doc.sentence_at(q.mark)
            lo = q.mark - 100 if sent is None else max(sent.start, q.mark - 100)
            if NAMING.search(folded, max(0, lo), q.mark) is not None:
                # 'Lee responded by calling Ray "disloyal, rude and wrong." Ray told ...':
                # the words close Lee's sentence; the next one is Ray's own
                return False
        dash = DASH.match(folded, pos, limit)
        m = self.verb_in(pos, limit)
        while m is not None and (
            (m.group() in NEEDS_SEPARATOR and _lower_at(folded, m.end() + 1))
            or folded.endswith((" a ", " the "), 0, m.start())  # "a report by X said"
        ):
            m = self.verb_in(m.end(), limit)  # "Iran state media report": a noun
        stop = STOP.search(folded, pos + 1, limit)
        if m is not None and stop is not None and stop.start() < m.start():
            m = None
        if m is None and folded[q.end - 1] in ",!?." and (
            read := _READ_BY.match(folded, pos, limit)
        ) is not None:
            # '"...," read a statement from the minister's office': the author speaks,
            # else the document
            by = [
                x
                for x in self.ents.between(read.end(), min(limit, read.end() + 60))
                if x.kind != "pronoun"
            ] if read.group("by") else []
            by = [x for x in by if x.kind == "person"][:1] or by[:1]
            text = self.doc.text
            ds, de = read.span("doc")
            speaker = by[0] if by else Mention(
                ds, de, text[ds:de], kind="source", name=text[read.start("head") : de]
            )
            self.emit_direct(i, q, read.span("verb"), speaker, "quote.direct_after")
            return True
        if m is None:
            if dash is not None and dash.end() > pos:
                ms = [
                    x
                    for x in self.ents.between(dash.end(), limit)
                    if x.start == dash.end() and x.kind != "pronoun"
                ]
                if ms:
                    self.emit_direct(i, q, None, ms[0], "quote.direct_dash")
                    return True
            return False
        between = folded[pos : m.start()].strip(" ,")
        if not between:  # '"...," said Price'
            sent = self.doc.sentence_at(m.start())
            after = [
                self.modified_group(m.end(), x) if x.kind == "group" else x
                for x in self.ents.between(m.end(), limit)
                if (sent is None or x.start < sent.end)  # not a name in the next sentence
                and x.kind != "pronoun"
                and (
                    LEADS_NAME.fullmatch(self.doc.text[m.end() : x.start], x.role)
                    # "said counsellor Ann Lee": a title no list holds
                    or (x.kind == "person" and self.lower_title(m.end(), x.start))
                    # "said Iranian lawmakers", "said senior officials"
                    or (x.kind == "group" and self.modified_group(m.end(), x) is not x)
                )
            ]
            described = self.described_speaker(m.end(), limit)
            if not after and described is None:
                return False
            if after:
                # "said an unnamed government official": not the body inside the role
                after = [
                    x
                    for x in after
                    if not any(y.start <= x.start and x.end < y.end for y in after)
                ]
                speaker = after[-1] if after[-1].start <= after[0].end + 40 else after[0]
                speaker = self.past_owner(speaker, limit)
            if described is not None and (
                not after
                or (
                    described.kind == "person"
                    # "said Deputy Chief of Staff, General Ann Lee", "said a spokesman
                    # for President Lee, John Kim": the name closing the description
                    and (speaker.kind == "role" or "," in folded[speaker.end : described.start])
                )
            ):
                speaker = described
        else:
            found = (
                self.quoted_as(pos, m.start())  # '"...," Lee was quoted as saying'
                if folded.endswith(" as ", 0, m.start())
                else self.subject(pos, m.start())
            )
            if found is None and folded[q.end - 1] in ",!?":
                found = self.unlisted_one(pos, m.start()) or self.issued(pos, m.start())
            lead = folded[pos : found.start].strip(" ,-") if found is not None else ""
            if lead.endswith("."):  # '"...," Mr. Lee said': the title is no sentence end
                lead = LEAD_TITLE.sub("", lead)
            if found is None or (lead and (LEAD_STOP.search(lead) or len(lead.split(" ")) > 6)):
                return False
            if folded[q.end - 1] in ".!?" and folded[pos : found.start].rstrip(" ").endswith(","):
                return False  # '"...partnership." On Thursday, Turkey recalled ...': a new one
            if folded[q.end - 1] in ".!?":
                # '"...swindle." It further accused him of "...".': a new sentence whose
                # verb reports words of its own is no attribution of the quote before it
                rest = folded[m.end() : self.sentence_end(m.start())]
                if (
                    '"' in rest and _NAMING_REST.match(rest) is None
                ) or " that " in rest:
                    return False
                if (
                    m.group() in self.rules.object_verbs
                    and m.group() not in ("told", "tells")
                    and _OBJECT_NEXT.match(rest) is not None
                ):
                    return False  # '"..." The army denied any role.': a verb with an object
                inf = _INFINITIVE.match(folded, m.end())
                if inf is not None and inf.group(1) not in _TO_ADDRESSEE:
                    return False  # '"..." The leaders pledged to end subsidies.'

                # '"... alone." Weather experts warn more rain is expected.': the verb
                # reports a clause of its own a few words on
                aux = CLAUSE_VERB.search(rest, 0, 40)
                words = rest[: aux.start()].split() if aux is not None else []
                if 0 < len(words) <= 4 and words[0] not in _ATTRIBUTION_LINKS:
                    return False
            elif folded.startswith(" that ", m.end()) and not folded.startswith(
                _THAT_TIME, m.end() + 6
            ):
                return False  # '"...,"  Ministers agreed that ...': a sentence of its own
            speaker = found
        self.cues.add(m.start())
        self.emit_direct(i, q, m.span(), speaker, "quote.direct_after", limit=limit)
        return True

    def modified_group(self, start: int, x: Mention) -> Mention:
        """The group ``x`` with the one or two modifiers that stand between ``start`` and
        it: " Iranian lawmakers", " the senior officials" (else ``x`` itself)."""
        g = _GROUP_MODIFIERS.fullmatch(self.folded, start, x.start)
        if g is None or any(w in FUNCTION_WORDS for w in g.group("mods").split()):
            return x
        if g.group("mods") in ("some", "many", "several", "other"):
            return attrs.evolve(x)  # "said some witnesses": the group as it is named
        lo = g.start("mods")
        text = self.doc.text[lo : x.end]
        return attrs.evolve(x, start=lo, text=text, name=text)

    def lower_title(self, start: int, end: int) -> bool:
        """Whether ``start:end`` is one to three lower-case words naming a post
        (" counsellor ", " deputy minister ")."""
        words = self.doc.text[start:end].split()
        return 0 < len(words) <= 3 and all(
            w.isalpha() and w.islower() and len(w) > 3 and w not in FUNCTION_WORDS
            and not w.endswith(("ly", "ing"))
            for w in words
        )

    def issued(self, pos: int, vs: int) -> Mention | None:
        """'"...," a statement released by the campaign said': the issuer of the document
        that opens the attribution speaks, else the document."""
        ms = self.ents.between(pos, vs)
        if not ms or not self.document(ms[0]) or self.folded[pos : ms[0].start].strip(" ,"):
            return None
        doc = ms[0]
        link = _ISSUED_BY.match(self.folded, doc.end, vs)
        if link is None:
            return None
        if len(ms) > 1:  # "a statement released by (the) agency"
            by = ms[1]
            if (
                by.start in (link.end(), link.end() - 4)
                and (
                    by.kind in ("person", "organisation", "body", "name")
                    or (by.kind == "source" and not self.document(by))
                )
                and self.folded[by.end : vs] == " "
            ):
                return by
            return None
        # "a statement released by her campaign": no name to credit; the whole description
        tail = _BY_WORDS.fullmatch(self.folded, doc.end, vs)
        if tail is None:
            return None
        end = tail.end(1)
        text = self.doc.text
        return attrs.evolve(
            doc, end=end, text=text[doc.start : end], name=doc.name + text[doc.end : end]
        )

    def unlisted_one(self, pos: int, vs: int) -> Mention | None:
        """'"...," one fisherwoman said': a person described by a common noun no list
        holds, alone between a closing quotation and its verb."""
        d = _ONE_DESCRIBED.fullmatch(self.folded, pos, vs)
        if d is None:
            return None
        text = self.doc.text[d.start("np") : d.end("np")]
        name = text.split(" ", 1)[1]
        return Mention(d.start("np"), d.end("np"), text, kind="role", name=name, role=name)

    def described_speaker(self, ve: int, limit: int) -> Mention | None:
        """The source a description after a closing verb stands for: the person it leads to
        at the end of the sentence ('said a friend of the family, John Lee.'), else the
        described source itself ('said an unnamed ministry official.')."""
        folded = self.folded
        sent = self.doc.sentence_at(ve)
        end = min(limit, sent.end if sent is not None else limit)
        people = [x for x in self.ents.between(ve, end) if x.kind == "person"]
        if people:
            y = people[-1]
            span = y.role_span
            p = span.start if span is not None and span.start < y.start else y.start
            if (
                (
                    folded[y.end : y.end + 2].lstrip(" ")[:1] in (".", ";", "")
                    or folded.startswith((" who ", ", who "), y.end)
                    # "said the longtime champion Ann Lee at the time": an adverbial
                    or (
                        _ADVERBIAL_AFTER.match(folded, y.end, end) is not None
                        and " of " not in folded[ve:p]  # (not "the wife of Ann Lee in ...")
                    )
                )
                and (
                    DESCRIBED_NAME.fullmatch(folded, ve, y.start) is not None
                    or DESCRIBED_NAME.fullmatch(folded, ve, p) is not None
                )
                and DESCRIBED_CLAUSE.search(folded, ve, p) is None
                # not 'said Ann Lee, analyst, Acme Bank': the first name speaks
                and (
                    len(people) == 1
                    or folded.count(",", ve, p) < 2
                    or folded[ve : people[0].start].strip(" ") != ""
                )
            ):
                return y
            return None
        d = DESCRIBED_SOURCE.match(folded, ve, end)
        if d is None or d.group("noun") not in self.titles:
            return None
        start = ve + len(folded[ve:d.end()]) - len(folded[ve:d.end()].lstrip(" "))
        stop = d.end("noun")
        text = self.doc.text[start:stop]
        name = text.split(" ", 1)[1] if " " in text else text
        return Mention(start, stop, text, kind="role", name=name, role=name)

    def verb_in(self, pos: int, limit: int) -> regex.Match[str] | None:
        """The first reporting verb in ``folded[pos:limit]``, as ``rules.verbs.search`` finds it.

        Every match opens on a word the scan located, so only those words are tried, up to
        where a form could be cut short by ``limit``.
        """
        verbs = self.rules.verbs
        if not self.rules.plain:
            return verbs.search(self.folded, pos, limit)
        edge = max(pos, limit - self.rules.longest)
        starts = self.verb_starts
        i = bisect.bisect_left(starts, pos)
        while i < len(starts) and starts[i] < edge:
            m = verbs.match(self.folded, starts[i], limit)
            if m is not None:
                return m
            i += 1
        return verbs.search(self.folded, edge, limit)

    def within(self, start: int, end: int, count: int) -> list[Mention]:
        """The first ``count`` mentions of ``ents.between(start, end)``, read no further."""
        every = self.ents.mentions
        i, j = self.ents.bounds(start, end)
        out: list[Mention] = []
        while i < j and len(out) < count:
            if every[i].end <= end:
                out.append(every[i])
            i += 1
        return out

    def named_then_verb(self, pos: int, limit: int) -> bool:
        """'"... in a row" Mr McCague said.': a name and a verb right after the mark."""
        if self.folded[pos : pos + 1] != " ":
            return False  # HONORIFIC_GAP opens on a space
        ms = self.within(pos, min(limit, pos + 60), 1)
        if (
            not ms
            or ms[0].kind not in ("person", "name", "organisation")
            or not (HONORIFIC_GAP.fullmatch(self.folded, pos, ms[0].start))
        ):
            return False
        return self.rules.verbs.match(self.folded, ms[0].end + 1, limit) is not None and (
            self.folded[ms[0].end : ms[0].end + 1] == " "
        )

    def verb_then_named(self, pos: int, limit: int) -> bool:
        """'"... to deliver" said Mr Beattie.': a verb and a name right after the mark."""
        if self.folded[pos : pos + 1] != " ":
            return False
        m = self.rules.verbs.match(self.folded, pos + 1, limit)
        if m is None:
            return False
        ms = self.within(m.end(), min(limit, m.end() + 60), 2)
        # "said Iranian deputy minister Ann Lee": a demonym may open the role
        x = next((y for y in ms if y.kind in ("person", "name", "organisation")), None)
        if x is None:
            return False
        span = x.role_span  # "said deputy minister Ann Lee": from the role on
        p = span.start if span is not None and span.start < x.start else x.start
        if x is not ms[0] and (x.kind != "person" or p > ms[0].start):
            return False
        return HONORIFIC_GAP.fullmatch(self.folded, m.end(), p) is not None or (
            x.kind == "person" and _ROLE_WORDS.fullmatch(self.folded, m.end(), p) is not None
        )

    def emit_direct(
        self,
        i: int,
        q: Quoted,
        cue: tuple[int, int] | None,
        speaker: Mention | None,
        rule: str,
        limit: int | None = None,
    ) -> None:
        self.used.add(i)
        parts = [(q.start, q.end)]
        end = max(q.after, speaker.end if speaker else 0, cue[1] if cue else 0)
        # split quote: '"...," said Price, "..."'
        if i + 1 < len(self.marks) and rule == "quote.direct_after":
            nq = self.marks[i + 1]
            tail = self.folded[end : nq.mark]
            if SPLIT_TAIL.fullmatch(tail) and nq.paragraph == q.paragraph:
                self.used.add(i + 1)
                parts.append((nq.start, nq.end))
                end = nq.after
                rule = "quote.direct_split"
        if rule == "quote.direct_after":  # '... Price told reporters in Moscow.'
            rest = ATTRIBUTION_REST.match(self.folded, end, min(len(self.folded), end + 80))
            if rest is not None:
                end = rest.end()
        ent = None if speaker is None else self.entity(speaker, q.mark)
        self.add(
            _Found(
                min(q.mark, speaker.start if speaker else q.mark),
                end,
                "direct",
                parts[0],
                cue,
                speaker,
                ent,
                rule,
                tuple(parts) if len(parts) > 1 else (),
            )
        )

    def reported(self, vs: int, ve: int) -> None:
        """Try the reporting verb at ``vs:ve`` as the cue of a reported quote."""
        folded = self.folded
        if self.inside_quote(vs) is not None or vs in self.cues:
            return
        word = folded[vs:ve]
        # (every match of _INFINITIVE opens so)
        inf = _INFINITIVE.match(folded, ve) if folded.startswith(_TO_OPENINGS, ve) else None
        if (
            inf is not None
            and inf.group(1) not in _TO_ADDRESSEE
            and _TO_THEN_WORDS.match(folded, inf.end()) is None
        ):
            return  # "agreed to prevent action", "is said to be": an infinitive, no speech
        sent = self.doc.sentence_at(vs)
        clause = self.clause_start_in(sent, vs)
        before = folded[max(clause if sent is None else sent.start, vs - 40) : vs]
        # "The BBC is reporting that ...", "officials have been saying ...": a progressive
        progressive = (
            _PROGRESSIVE.search(before) if word.endswith("ing") and " " not in word else None
        )
        if (
            progressive is None
            and _may_end_passive(before)
            and PASSIVE.search(before)
            and not before.endswith(GOES_ON_TO)  # "went on to say that ..."
        ):
            return
        if word.endswith(" on") and word.startswith("call"):
            end = self.sentence_end(vs)
            if folded.find(" to ", ve, min(end, ve + 120)) < 0:
                return  # "Bush called on the reporter": a turn given, no appeal made
        if (
            word in ("report", "reports")
            and _NOUN_BEFORE.search(folded, max(0, vs - 16), vs)
            and _lower_at(folded, ve + 1)
        ):
            return  # "a recent report on ...", "Early reports indicated ...": a noun
        if word in ("report", "reports") and _REPORT_NOUN_AFTER.match(folded, ve):
            return  # "An IMF report released by Lagarde said ...": a noun
        if word == "report" and _REPORT_VERB_AFTER.match(folded, ve):
            return  # "The Salon report concedes that ...": a noun, then its verb
        if word in _CLAIM_NOUNS and _DISPUTED_BEFORE.search(folded, max(0, vs - 50), vs):
            return  # "Lee has disputed US claims that ...": the noun a verb disputes
        if (
            folded[max(0, vs - 4) : vs] in ("the ", "The ")
            and not folded.startswith((' "', ': "', ', "'), ve)
        ) or (
            word in ("report", "reports") and folded.startswith((", which", " which"), ve)
        ):
            return  # "one of the accused, ...", "the report, which ...": a noun
        if word in ("state", "states") and (
            _STATES_BEFORE.search(folded, max(0, vs - 8), vs) is not None
            or self.rules.verbs.match(folded, ve + 1, ve + 40) is not None
            or AUXILIARY.match(folded, ve + 1, ve + 12) is not None
            or (
                _STATES_END.match(folded, ve) is not None
                and folded.rfind(",", max(0, vs - 30), vs) < 0  # not ", it states, ..."
            )
        ):
            return  # "member states said", "the United States", "states have agreed": a noun
        if (
            word == "found"
            and (place := _FOUND_AT.match(folded, ve)) is not None
            and folded.find(" that ", ve, min(len(folded), place.end() + 60)) < 0
        ):
            return  # "a letter found inside the house", "bodies found near the river"
        if (
            word.endswith("s")
            and _DELIVER_BEFORE.search(folded, max(0, vs - 12), vs)
            and not folded.startswith((" that ", ': "', ' "'), ve)
        ):
            return  # "Bush will deliver remarks", "made comments": a noun
        if folded.endswith(_POSSESSIVE_ENDS, max(0, vs - 7), vs) and _POSSESSIVE_BEFORE.search(
            folded, max(0, vs - 7), vs
        ):
            return  # "his alleged role", "whose estimated income": a possessive governs no verb
        if (
            word.endswith("ed")
            and _PREPOSITION_BEFORE.search(folded, max(0, vs - 9), vs) is not None
            and _lower_at(folded, ve + 1)
            and not folded.startswith((" that", " to "), ve)
        ):
            return  # "an inquiry into alleged breaches", "of proposed changes": an adjective
        if word.endswith("s") and _VERB_AFTER_NOUN.match(folded, ve):
            return  # "Similar comments came from ...", "The claims were denied": a noun
        if word in _ADDING and (to := _TO_WORD.match(folded, ve)) is not None and (
            to.group(1) not in ("reporters", "journalists")
        ):
            return  # "adds to fears that ...", "added to the list": no speech
        # "calling on", "pointing out"
        participial = progressive is None and word.split(" ", 1)[0].endswith("ing")
        if not participial and folded[vs - 2 : vs] == ", " and self.inverted(vs, ve, sent):
            return
        quoted_as = self.quoted_as(clause, vs) if participial else None
        speaker = quoted_as or self.subject(
            clause, vs if progressive is None else vs - len(progressive.group())
        )
        if (
            speaker is not None
            and speaker.kind != "person"
            and speaker.name[:1].islower()
            and folded.startswith(",", speaker.end)
            and (named := self.apposed(speaker.end + 1, vs)) is not None
            and named[1] <= vs
        ):
            # "The leading rival candidate, Ann Lee, said ...": the name set beside the
            # description speaks
            speaker = named[0]
        if not participial and (speaker is None or speaker.start > clause + 2):
            # "A doctor who treated victims at Mercy Hospital said ...": the description
            # before the relative clause speaks, not a name inside it
            rel = (  # (every match of _RELATIVE_WHO holds " who ")
                _RELATIVE_WHO.search(folded, max(clause, vs - 120), vs)
                if folded.find(" who ", max(clause, vs - 120), vs) >= 0
                else None
            )
            if rel is not None and (speaker is None or speaker.start > rel.start()):
                head = self.described(clause, rel.start()) or self.bare_plural(
                    clause, rel.start()
                )
                if head is not None:
                    speaker = head
            elif (  # (every match of _HEAD_PARTICIPLE reads "ing " before its limit)
                folded.find("ing ", clause, vs - 1) >= 0
                and (ing := _HEAD_PARTICIPLE.search(folded, clause, max(clause, vs - 1)))
            ) and (
                speaker is None or speaker.start > ing.start()
            ) and "," not in folded[clause : ing.start()] and (
                _VERB_IN.search(folded, ing.end(), vs) is None
            ):
                # "A doctor treating Ann Lee said ...": the description before the
                # participle speaks, not the name in its phrase
                head = self.described(clause, ing.start()) or self.bare_plural(
                    clause, ing.start()
                )
                if head is not None:
                    speaker = head
        if not participial:
            who = (  # (every match of _WHO_BEFORE holds "who ")
                _WHO_BEFORE.search(folded, max(0, vs - 30), vs)
                if folded.find("who ", max(0, vs - 30), vs) >= 0
                else None
            )
            if who is not None:  # "... by Ann Lee, the envoy, who said ...": she speaks
                speaker = self.who_antecedent(who.start()) or speaker
        entity = None
        leading = False  # the speaker is the subject of the clause after the participle's
        went_on = self.went_on(vs) if participial else None
        if quoted_as is not None:
            pass  # "state media quoted him as saying ..."
        elif went_on is not None:
            # "CLAUSE, Gates said, adding ...": the one just credited goes on speaking
            speaker, entity = went_on.speaker, went_on.entity
        elif speaker is None and (participial or COORD.search(before)):
            prev = [
                f
                for f in self.earlier(vs)
                if self.doc.sentence_index(f.start) == self.doc.sentence_index(vs)
            ]
            if prev and not (
                participial and prev[-1].start < clause and self.named_in(clause, vs)
            ):  # (not '..., but Ellison defended it, stating ...': the clause's own subject)
                speaker, entity = prev[-1].speaker, prev[-1].entity
            elif (
                participial
                or finite(word)
                or (
                    word in _BARE_REPORTING
                    and sent is not None
                    and _INFINITIVE_OR_MODAL.search(folded, sent.start, vs) is None
                )
            ):
                # "The military confirmed the attack but said ...": the sentence's subject
                # (a bare form too where no "to" or modal comes before it: "Officials have
                # denied the claims and say ...", a plural in the present)
                first = clause if participial or sent is None else sent.start
                if participial and (acc := _ACCORDING_OPENING.match(folded, first, vs)):
                    first = acc.end()  # "According to X, Lee rejected it saying": not X
                if (later := _TIME_OPENING.match(folded, first, vs)) is not None:
                    first = later.end()  # "Fifteen minutes later, the board ...": not a name
                elif (prep := _PREPOSITION_OPENS.match(folded, first, vs)) is not None:
                    comma = folded.find(", ", prep.end(), min(vs, prep.end() + 60))
                    if (
                        comma > 0
                        and '"' not in folded[prep.end() : comma]
                        and (next_word := LETTERS.match(folded, comma + 2, vs)) is not None
                        and not next_word.group().endswith(("ing", "ed"))  # not ", saying"
                    ):
                        # "In Dover, Kent on Friday, Ann Lee ...": the place goes on
                        on = folded.find(", ", comma + 2, min(vs, comma + 62))
                        if on > 0 and _PLACE_GOES_ON.fullmatch(folded, comma + 2, on):
                            comma = on
                        first = comma + 2  # "At the White House, Ann Lee ... and said": Lee
                opening = (
                    self.with_subject(first, vs)
                    or (self.opener(first, vs) if folded[vs - 2 : vs] == ", " else None)
                    if participial
                    else None
                )
                cands = [opening] if opening is not None else [
                    x
                    for x in self.ents.between(first, vs)
                    if (
                        x.kind != "pronoun"
                        or (
                            x.start <= first + 1
                            and x.name in _HE_SHE
                            # not 'He reports Lee as saying': the one named says it
                            and not folded.endswith(" as ", 0, vs)
                        )
                    )
                    and (
                        participial
                        or x.start <= first + 4
                        # "President Ann Lee appealed for calm and urged ...": the role
                        or (x.role_span is not None and x.role_span.start <= first + 4)
                    )
                    and not self.participle(x)
                    # "During a hearing at Guantanamo Bay, Lee was heard asking": no place
                    # after a preposition
                    and not (x.kind == "place" and self.preposition_before(x.start))
                ]
                speaker = (
                    # "Presidential spokesman Ann Lee ... and", "Pentagon officials ... and"
                    self.role_owner(cands[0], vs)
                    if cands
                    else self.described(first, min(vs, first + 80), next_to_verb=False)
                )
                if speaker is not None and speaker.name[:1].isupper():
                    speaker = self.plural_group(speaker, vs)
                if (
                    speaker is None
                    and participial
                    and sent is not None
                    and folded[sent.start : vs].strip(' "\n') in _OPENING_SUBORDINATORS
                ):  # 'Whilst asserting that "...", it said ...': the main clause's subject
                    speaker = self.main_subject(ve, self.sentence_end_in(sent, vs))
                    leading = speaker is not None
        elif participial and speaker is not None and folded[speaker.end : vs].strip() == "":
            span = speaker.role_span  # "with researcher Ann Lee saying": after the role
            p = span.start if span is not None and span.start < speaker.start else speaker.start
            obj = _OBJECT_BEFORE.search(folded, clause, p)
            if obj is not None and (
                speaker.kind == "place" or _SHOWING.fullmatch(obj.group().rstrip()) is None
            ):
                # "He began to threaten Rome saying ...", "Lee rejected the offer saying
                # ...": the clause's subject speaks (not 'quoted Lee saying ...')
                speaker = self.opener(clause, vs) or speaker
        elif participial:
            # "Lee, the envoy, read the letter(,) saying ...": the clause's subject speaks
            speaker = self.with_subject(clause, vs) or (
                self.opener(clause, vs)
                if folded[vs - 2 : vs] == ", "
                or _OBJECT_BEFORE.search(folded, max(clause, vs - 22), vs) is not None
                else None
            )
            if speaker is None:
                return
        sentence_end = self.sentence_end_in(sent, vs)
        if (
            participial
            and word in self.rules.object_verbs
            and not INTRO.match(folded, ve, ve + 8)
            and not (word == "adding" and _CLAUSE_NEXT.match(folded, ve, ve + 60))
            # "..., claiming many of his rulings had favored ...": a clause, no object
            and not (
                folded[vs - 2 : vs] == ", "
                and NOT_CLAUSE.match(folded, ve + 1, sentence_end) is None
                and (
                    _PARTICIPLE_CLAUSE.match(folded, ve + 1, sentence_end) is not None
                    or SUBJECT_PRONOUN.match(folded, ve + 1, sentence_end) is not None
                )
            )
        ):
            return
        if speaker is None and (
            folded[vs - 2 : vs] == ", "
            or (folded[vs - 3 : vs] == '," ' and self.inside_quote(vs - 3) is not None)
        ):  # "CLAUSE, said X" / 'CLAUSE "term," said X'
            after = [
                x
                for x in self.ents.between(ve, min(sentence_end, ve + 120))
                if x.kind != "pronoun" and LEADS_NAME.fullmatch(self.doc.text[ve : x.start], x.role)
            ]
            if after:  # "CLAUSE, said Borrell."
                speaker = self.past_owner(after[0], sentence_end)
        if speaker is None and not participial:
            dm = self.reads.document_before.match(folded, clause, vs)
            if dm is not None:  # "A UN report published on Monday said ...": the report
                text = self.doc.text[dm.start(1) : dm.end(1)]
                name = text.split(" ", 1)[1]
                speaker = Mention(dm.start(1), dm.end(1), text, "source", name)
        if speaker is None:
            return
        if speaker.kind == "source" and entity is None:
            # "X has released a statement saying ...": the statement's author speaks
            intro = STATEMENT_INTRO.search(folded, max(clause, speaker.start - 40), speaker.end)
            owner = None
            if intro is not None and intro.end() == speaker.end:
                owner = self.subject(clause, intro.start())
            if owner is not None:
                speaker = owner
        if entity is None:
            entity = self.entity(speaker, speaker.start)
        if (
            not participial
            and sent is not None
            and folded[ve : ve + 2] == ", "
            and speaker.end <= vs
            and _SPLIT_REST.match(folded, ve + 2, ve + 24) is not None
        ):
            # "The plan, she said, will fail": the attribution set in the middle of the
            # clause; the whole sentence is the speech
            span = speaker.role_span
            p = span.start if span is not None and span.start < speaker.start else speaker.start
            s0 = sent.start
            while s0 < p and folded[s0] in ' \n"':
                s0 += 1
            if (
                _SET_OFF_SPEAKER.search(folded, max(s0, p - 6), p) is not None
                and p - s0 > 4
                and '"' not in folded[s0:p]
                and '"' not in folded[ve : sent.end]
                and gap_reads(folded[speaker.end : vs])
            ):
                end = self.sentence_end_in(sent, vs)
                while end > ve and folded[end - 1] in " .":
                    end -= 1
                self.emit_reported((s0, end), (vs, ve), speaker, entity, "quote.indirect")
                return
        # forward: "said (on Tuesday) (that) CLAUSE"
        ahead = self.forward(vs, ve, word, clause, sentence_end)
        if ahead is None:
            return
        sep, start, end = ahead
        if leading and start < speaker.start <= end:  # the participle's phrase ends at its comma
            cut = folded.rfind(",", start, speaker.start)
            end = cut if cut > start else end
        content = (start, end)
        behind = speaker.start > vs and not leading  # "CLAUSE, said Borrell."
        # "CLAUSE, the agency said Sunday, as rescuers ...": a comma after the verb and
        # one before the speaker set the attribution off; the clause before is the speech
        set_off = (
            not (sep and sep.strip() in ("that", ":"))
            and "," in folded[ve:start]
            and _NO_CLAUSE_AFTER.match(folded, start, sentence_end) is not None
            and not behind
            and _SET_OFF_SPEAKER.search(folded, max(0, speaker.start - 6), speaker.start)
            is not None
        )
        paren = going = False
        if end - start < 8 or not self.two_words(start, end) or behind or set_off:
            # backward: "CLAUSE, Borrell said." / "CLAUSE, said Borrell."
            if _RELATIVE_OPENING.search(folded, max(clause, vs - 30), vs) is not None:
                return  # "a statement from NAME, the leader of X, who said ...": not "X said"
            if speaker.start > vs:  # "CLAUSE, said Borrell (, the EU's top diplomat)."
                if not TAIL_AFTER_NAME.fullmatch(folded, speaker.end, sentence_end):
                    return
            elif going := self.goes_on(ve, sentence_end):
                pass  # "CLAUSE, Gates said, adding ...": the attribution closes CLAUSE
            elif not self.reads.tail.fullmatch(folded, ve, sentence_end) and not (
                # "CLAUSE, he told the BBC.": the hearer closes the sentence
                word in ("told", "tells") and TOLD_TAIL.fullmatch(folded, ve, sentence_end)
            ):
                # "The plan is sound, he said before the vote, and ...": a parenthesis
                if self.reads.paren_tail.match(folded, ve, sentence_end) is None or (
                    self.inside_quote(ve) is not None
                ):
                    return
                paren = True
            comma = folded.rfind(",", clause, min(speaker.start, vs))
            sent = self.doc.sentence_at(vs)
            s0 = sent.start if sent is not None else clause
            if comma < 0 and folded[clause - 2 : clause] in ('",', '" '):
                comma = folded.rfind(",", max(s0, clause - 3), clause)  # '... "term," X said
            if comma <= s0:
                return
            if folded[comma + 1 : speaker.start].strip(" ") in ("which", "whom"):
                return  # "the measure, which the ministry proposed in March": no speech
            qi = self.inside_quote(comma - 1)
            if qi is not None and (qi in self.used or self.marks[qi].mark <= s0 + 1):
                return  # a quoted stretch: the direct rules handle it
            if qi is not None and folded[self.marks[qi].mark - 2 : self.marks[qi].mark] in (
                ", ",
                ": ",
            ):  # 'X called it, "...," Regan said': the quotation is the words
                q = self.marks[qi]
                self.used.add(qi)
                self.add(_Found(q.mark, max(ve, speaker.end), "direct", (q.start, q.end),
                                (vs, ve), speaker, entity, "quote.direct_after"))
                return
            # 'The plan is "a disaster," Lee said.': a clause closing on a quoted term
            content = (s0, comma if qi is None else self.marks[qi].after)
            if paren and _VERB_IN.search(folded, s0, content[1]) is None:
                return  # "The plan, he said before the vote, is sound": no clause before
            if going and (
                len(WORD_RE.findall(folded, s0, content[1])) < 4
                or _TIME_OPENING.match(folded, s0, content[1] + 2) is not None
                or _PREPOSITION_OPENS.match(folded, s0, content[1]) is not None
            ):
                return  # "Two days earlier, Lee testified, alleging ...": no clause before
            rule = "quote.indirect_after"
            if speaker.kind == "pronoun" and entity is not None:
                entity = self.outside_words(speaker, entity, content)
        else:
            rule = "quote.indirect_that" if sep and "that" in sep else "quote.indirect"
        if self.document(speaker):
            # "A ruling from the court said ...": the issuer speaks, else the document
            issuer = self.issuer(speaker, sentence_end)
            if issuer is not None:
                speaker, entity = issuer, self.entity(issuer, issuer.start)
        self.emit_reported(content, (vs, ve), speaker, entity, rule)
        more = _and_that(folded, content[1])
        if more is None and folded.startswith('"', content[1]):
            more = _and_that(folded, content[1] + 1)  # 'told that "X" and that, "Y"'
        if more is not None:  # "said that X and that Y": a second reported clause
            s2 = more
            e2 = self.cap(s2, self.clause_end(s2, sentence_end))
            self.emit_reported((s2, e2), (vs, ve), speaker, entity, "quote.indirect_that")
        elif self.inside_quote(content[1] - 1) is not None:
            # 'claimed that A "..." and will place B "..."'
            self.and_fragment(content[1], sentence_end, (vs, ve), speaker, entity)

    def forward(
        self, vs: int, ve: int, word: str, clause: int, sentence_end: int
    ) -> tuple[str | None, int, int] | None:
        """The clause the reporting verb at ``vs:ve`` reports forward ("said (on Tuesday)
        (that) CLAUSE"): its separator ("that", ":", ...) and its bounds, the bounds empty
        or short when it reports none; ``None`` when the verb reports no speech at all
        whoever speaks.  It reads nothing of the speaker."""
        folded = self.folded
        pos = ve
        if word in _TELLING or word in _ADDRESSING:
            # "assured the Indonesian government it was ...": the addressee, then a clause
            # opening on a subject pronoun
            ap = _ADDRESSEE_PRONOUN.match(folded, pos, sentence_end)
            if ap is not None and self.inside_quote(ap.end()) is None:
                pos = ap.end()
        if pos > ve:
            pass
        elif word in _TELLING:
            tt = TOLD_THAT.match(folded, pos, sentence_end)
            t = TOLD.match(folded, pos, sentence_end)
            that = tt.start() + tt.group().rstrip(" ").rfind(" that") if tt else -1
            if (
                tt is not None
                and self.inside_quote(tt.end() - 1) is None
                and not (  # "told reporters the talks were useful but that ..."
                    t is not None and CLAUSE_VERB.search(folded, t.end(), that) is not None
                )
            ):
                pos = that
            elif t is not None and folded[t.end() : t.end() + 1] != " ":
                pos = t.end()
            else:  # "told a reporter last month: "..."": the addressee runs to the colon
                tc = TOLD_COLON.match(folded, pos, sentence_end)
                if tc is not None and self.inside_quote(tc.end() + 4) is not None:
                    pos = tc.end()
                elif t is not None:
                    pos = t.end()
        if pos == ve and word in _ADDRESSING:  # "warned Israel that ...": the addressee
            t = TOLD.match(folded, pos, sentence_end)
            if t is None:  # "warned residents that ...": people named by a plural
                t = _PLURAL_AFTER.match(folded, pos, sentence_end)
                if t is not None and not t.group(1).endswith(_PEOPLE_PLURALS):
                    t = None
            if t is not None and folded.startswith(" that ", t.end()):
                pos = t.end()
            elif not folded.startswith(" that", pos):
                # "advised France last month that ...", "informed staff that ...": an
                # addressee (and a time) before "that", with no verb of its own
                tt = TOLD_THAT.match(folded, pos, min(sentence_end, pos + 60))
                if tt is not None and self.inside_quote(tt.end() - 1) is None:
                    that = tt.start() + tt.group().rstrip(" ").rfind(" that")
                    if FINITE.match(folded, pos + 1, that) is None and (
                        CLAUSE_VERB.search(folded, pos, that) is None
                    ):
                        pos = that
        lead = _that(folded, pos, sentence_end)
        if lead is not None and folded.startswith(("'s ", "’s "), lead[1]):
            lead = None  # "says this year's rains are ...": the date opens the clause
        sep = lead[0] if lead else None
        start = lead[1] if lead else pos
        if not sep and folded[pos : pos + 1] == " " and "a" <= folded[pos + 1 : pos + 2] <= "z":
            # PREP_THAT opens on a space and a lower-case preposition
            prep = self.reads.prep_that.match(folded, pos, min(sentence_end, pos + 120))
            if (
                prep is None
                and lead is not None
                and folded[start - 1 : start] == " "
                and "sel" not in folded[pos:start]  # not "revealed himself during the ..."
            ):
                # "said previously on state television that ...": an adverb, then the phrase
                prep = self.reads.prep_that.match(
                    folded, start - 1, min(sentence_end, start + 119)
                )
            if prep is not None and (
                _CLAIM_BEFORE_THAT.search(folded, pos, prep.end())
                or AUXILIARY.match(folded, prep.end(), sentence_end)
            ):
                # "responded to reports that ...", "vowed to fight any plan that would
                # ...": not the words
                start = sentence_end
            elif prep is not None and self.inside_quote(prep.end() - 1) is None:
                sep, start = " that", prep.end()
            else:  # 'said of the plan, "..."'
                pq = self.reads.prep_quote.match(folded, pos, min(sentence_end, pos + 100))
                qi = None if pq is None else self.inside_quote(pq.end() + 1)
                if (
                    pq is not None
                    and qi is not None
                    and _four_words(folded, self.marks[qi].start, self.marks[qi].end)
                ):
                    sep, start = ":", pq.end()
        if word.startswith("express") and (
            feeling := _FEELING_THAT.match(folded, pos, sentence_end)
        ) is not None:
            sep, start = " that", feeling.end()  # "expressed concern that ...": the clause
        if word in NEEDS_SEPARATOR and not (
            (sep and sep.strip() in ("that", ":")) or folded[start : start + 1] == '"'
        ):
            return None  # "growth continued, with the index up": no speech
        if word in _EXPECTING and not sep and (
            folded[start : start + 1] == '"' or _EXPECTED_TO.match(folded, start, sentence_end)
        ):
            return None  # "expects prices to rise", 'expect "measured" hikes': no speech
        if sep and "that" in sep and _THAT_PRONOUN.match(folded, start, sentence_end):
            start = sentence_end  # "denied that, telling VOA ...": "that" is the object
        if sep and "that" in sep and AUXILIARY.match(folded, start, sentence_end):
            if word.endswith("s") and word != "says":
                return None  # "the states that are backing it": a noun and a relative clause
            start = folded.rfind("that", pos, start)  # "said that was wrong"
        if not sep and word in self.rules.object_verbs:
            claim = _CLAIM_THAT.match(folded, start, sentence_end)
            if claim is not None:  # "denied reports that ...": the clause is the content
                sep, start = " that", claim.end()
            elif (claim := _CLAIM.match(folded, start, sentence_end)) is not None:
                sep, start = " that", claim.end("subject")
        if (
            not sep
            and (word in self.rules.object_verbs or word in ("told", "tells"))
            and not (
                (
                    word in _URGING
                    and (_WARNED_TO if word in _WARNING else _ADDRESSEE_TO).match(
                        folded, start, sentence_end
                    )
                )
                or (OBJECT_OK.match(folded, pos, sentence_end) and self.long_quote(start))
                or (
                    (then := _OBJECT_THEN.get(word)) is not None
                    and then.match(folded, start, sentence_end) is not None
                    # (a quoted charge is the speaker's words: the naming rule reads it)
                    and folded.find('"', start, sentence_end) < 0
                )
                or FINITE.match(folded, start, sentence_end)
                or (word in _TELLING and _TOLD_PRESENT.match(folded, start, sentence_end))
                or SUBJECT_PRONOUN.match(folded, start, sentence_end)
            )
        ):
            start = sentence_end  # no clause: only "X, Y said." can still apply
        # NOT_CLAUSE and SUBORDINATE open on a lower-case word
        if (
            not sep
            and _lower_at(folded, start)
            and NOT_CLAUSE.match(folded, start, sentence_end)
            and not MORE_SUBJECT.match(folded, start, sentence_end)  # "said more than 40 ..."
        ):
            start = sentence_end
        if sep in (None, ",") and _COMMA_LINK.match(folded, pos, sentence_end) is not None:
            # "Ten were held, Yonhap reported, but no clashes occurred": a clause set in the
            # middle reports the words before it, not the coordinated clause after it
            start = sentence_end
        while start < sentence_end and folded[start] in " ,":
            start += 1
        if folded.startswith(("who ", "which "), start):
            start = sentence_end  # "X reports, who were told ...": a relative clause
        if start == sentence_end:
            return sep, start, start  # no clause: what follows cuts nothing from none
        if _lower_at(folded, start) and SUBORDINATE.match(folded, start, sentence_end):
            end = sentence_end  # "said that, as the parents came from India, they ..."
            while end > start and folded[end - 1] in " .":
                end -= 1
        else:
            end = self.clause_end(start, sentence_end)
        end = self.cap(start, end)
        sub = self.reads.subordinate_opening.match(folded, clause, vs)
        if sub is not None and "," not in folded[sub.end() : vs]:
            # "When officials announced they had the papers, he admitted ...": the
            # subordinate clause ends at its comma, the main clause is not the content
            cut = folded.find(", ", start, end)
            end = cut if cut > start else end
        rel = (  # "Lee, whose book claims" (every match of _WHO_OPENS holds " who")
            _WHO_OPENS.search(folded, max(clause, vs - 60), vs)
            if folded.find(" who", max(clause, vs - 60), vs) >= 0
            else None
        )
        if rel is not None and "," not in folded[rel.end() : vs]:
            # "Lee, whose book claims the war was avoidable, spoke ...": the relative
            # clause ends at its comma
            cut = folded.find(", ", start, end)
            end = cut if cut > start else end
        return sep, start, end

    def goes_on(self, pos: int, limit: int) -> bool:
        """Whether the attribution ending at ``pos`` goes on to a reporting participle
        ("CLAUSE, Lee said Monday, adding ..."): the attribution closes the clause before."""
        m = self.reads.paren_tail.match(self.folded, pos, limit)
        if m is None:
            return False
        word = self.reads.letters.match(self.folded, m.end(), min(limit, m.end() + 24))
        return word is not None and word.group().endswith("ing") and (
            word.group() in self.rules.firsts
        )

    def went_on(self, vs: int) -> _Found | None:
        """The quote whose attribution ends right before the participle at ``vs`` ("...,
        Gates said, adding ..." / "..., said Ann Lee, noting ..."): its speaker goes on."""
        folded = self.folded
        if folded[vs - 2 : vs] != ", ":
            return None
        i = bisect.bisect_left(self.found, vs, key=lambda f: f.start)
        for f in reversed(self.found[max(0, i - 3) : i]):
            if f.speaker is None or f.cue is None or f.content[1] > f.cue[0]:
                continue  # only an attribution after its words: "CLAUSE, X said, adding"
            end = max(f.cue[1], f.speaker.end)
            tail = PAREN_TAIL.match(folded, end, vs + 1) if end <= vs - 2 else None
            if tail is not None and tail.end() == vs:
                return f
        return None

    def document(self, m: Mention | None) -> bool:
        """Whether ``m`` is a document ("the report", "the ruling") rather than a source
        that speaks."""
        if m is None or m.kind not in ("source", "role"):
            return False
        words = LETTERS.findall(m.text)
        return bool(words) and words[-1].lower() in _DOCUMENTS

    def author_speaks(self, f: _Found) -> None:
        """A document that speaks gives way to its author: '"...," said a statement by the
        union' (the union), and 'The union said it would strike. "...," the statement
        said' (the statement the sentence before announced or quoted)."""
        doc = f.speaker
        assert doc is not None
        sent = self.doc.sentence_at(doc.start)
        limit = sent.end if sent is not None else len(self.folded)
        author = self.issuer(doc, limit)
        if author is None:
            words = LETTERS.findall(doc.text)
            if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in (
                "statement", "communique", "tweet"
            ):
                return
            k = self.doc.sentence_index(doc.start)
            if sent is None or k <= 0:
                return
            prev = self.doc.sentences[k - 1]
            if sent.paragraph - prev.paragraph > 1:
                return
            # "X issued a statement." / "X said it would strike."
            m = STATEMENT_INTRO.search(self.folded, prev.start, prev.end) or self.verb_in(
                prev.start, prev.end
            )
            if m is None or self.inside_quote(m.start()) is not None:
                return
            author = self.subject(self.clause_start(m.start()), m.start())
            if author is None:  # "A statement issued by the army noted ..."
                ms = self.ents.between(prev.start, m.start())
                if ms and not self.folded[prev.start : ms[0].start].strip(' \n"'):
                    author = ms[0]
            if self.document(author):
                assert author is not None
                author = self.issuer(author, prev.end)
            if author is None or author.kind not in ("person", "organisation", "body", "name"):
                return
        f.speaker, f.entity = author, self.entity(author, author.start)

    def issuer(self, m: Mention, limit: int) -> Mention | None:
        """The person or body named as the author of the document ``m``: "a report by the
        World Bank", "a ruling from the Supreme Court"."""
        by = _ISSUED_BY.match(self.folded, m.end, limit)
        if by is None:
            return None
        # "by the U.S. military": the article may open the body's mention
        lo = by.end() - 4 if self.folded.endswith("the ", by.start(), by.end()) else by.end()
        for x in self.ents.between(lo, min(limit, by.end() + 80)):
            if x.start in (lo, by.end()) and x.kind in ("person", "organisation", "body", "name"):
                return x
            if x.start >= by.end():
                break
        return None

    def inverted(self, vs: int, ve: int, sent: Sentence | None) -> bool:
        """A cue set inverted between commas inside the clause it reports: "The research,
        said lead writer Ann Lee of the institute, may help doctors." The name after the
        cue speaks and the whole sentence is the content."""
        if sent is None:
            return False
        folded = self.folded
        s0 = sent.start
        while s0 < vs and folded[s0] in ' \n"':
            s0 += 1
        comma = vs - 2
        if (
            comma - s0 < 3
            or "," in folded[s0:comma]
            or _VERB_IN.search(folded, s0, comma) is not None
            or self.inside_quote(comma) is not None
        ):
            return False
        sentence_end = self.sentence_end_in(sent, vs)
        after = [
            x
            for x in self.ents.between(ve, min(sentence_end, ve + 100))
            if x.kind != "pronoun"
            and (
                LEADS_NAME.fullmatch(self.doc.text[ve : x.start], x.role)
                or (x.kind == "person" and _TITLE_WORDS.fullmatch(folded, ve, x.start))
            )
        ]
        if not after or after[0].kind not in ("person", "organisation"):
            return False
        speaker = self.past_owner(after[0], sentence_end)
        close = folded.find(", ", speaker.end, min(sentence_end, speaker.end + 80))
        if close < 0 or not _INVERTED_REST.match(folded, close, sentence_end):
            return False
        end = sentence_end
        while end > s0 and folded[end - 1] in " .":
            end -= 1
        entity = self.entity(speaker, speaker.start)
        self.emit_reported((s0, end), (vs, ve), speaker, entity, "quote.indirect_after")
        return True

    def and_fragment(
        self,
        end: int,
        limit: int,
        cue: tuple[int, int],
        speaker: Mention | None,
        entity: Entity | None,
    ) -> None:
        """'claimed that A "..." and will place B "...": after a clause that closes on a
        quoted fragment, the quoted fragment of a second verb phrase is the speaker's words
        too."""
        folded = self.folded
        m = AND_AUXILIARY.match(folded, end, limit)
        if m is None:
            return
        i = bisect.bisect_left(self.mark_starts, m.end())
        if i == len(self.marks) or i in self.used:
            return
        q = self.marks[i]
        if q.after > limit or folded[q.after - 2 : q.after] == ',"':
            return  # past the sentence, or '"...," she added': a quote of its own
        stop = self.clause_ends.search(m.end(), limit)
        if stop is not None and stop.start() < q.mark:
            return
        lo, hi = min(q.mark, cue[0]), q.after
        if speaker is not None:
            lo = min(lo, speaker.start)
        self.claim(i, _Found(lo, hi, "mixed", (q.start, q.end), cue, speaker, entity,
                             "quote.indirect"))

    def emit_reported(
        self,
        content: tuple[int, int],
        cue: tuple[int, int] | None,
        speaker: Mention | None,
        entity: Entity | None,
        rule: str,
    ) -> None:
        start, end = content
        folded = self.folded
        while start < end and folded[start] in " ,:":
            start += 1
        if end - start < 3:
            return
        lo_i = bisect.bisect_left(self.mark_starts, start)
        hi_i = bisect.bisect_left(self.mark_starts, end)
        inner = (
            [i for i in range(lo_i, hi_i) if self.marks[i].after <= end + 1]
            if hi_i > lo_i
            else []
        )
        kind = "indirect"
        if inner:
            kind = "mixed"
            first = self.marks[inner[0]]
            if first.mark == start and (
                first.after >= end
                or NEXT_CLAUSE.match(self.folded, first.after, end)
                or (  # 'asserting that "...", it said ...': the quotation ends the clause
                    folded.startswith(", ", first.after)
                    and _four_words(folded, first.start, first.end)
                )
            ):
                # 'said: "...", and ...': the quote is the content
                kind = "direct"
                rule = "quote.direct_before"
                start, end = first.start, first.end
                inner = inner[:1]
            last = self.marks[inner[-1]]
            head = folded[start : last.mark].rstrip(" ")
            words = head[:-1].rsplit(" ", 2)
            if words[-1] == "that":  # 'said X and that, "..."'
                head = head[: -len(" that,")].removesuffix(" and") + ","
            if (
                words[-1] not in self.rules.firsts  # 'when asked why, replied, "..."'
                and kind == "mixed"
                and last.after >= end
                and head.endswith(",")
                and folded[last.start : last.start + 1].isupper()
                and _four_words(folded, last.start, last.end)
                and self.two_words(start, len(head) + start)
                and not NOT_CLAUSE.match(folded, start, start + len(head))
                and FINITE.match(folded, start, start + len(head))
            ):
                # 'said kits would be sent to schools, "For example, ..."': a reported
                # clause, then a quoted sentence of the speaker's own
                self.claim(
                    inner[-1],
                    _Found(last.mark, last.after, "direct", (last.start, last.end), cue,
                           speaker, entity, "quote.direct_before"),
                )
                inner = inner[:-1]
                end = start + len(head) - 1
                kind = "mixed" if inner else "indirect"
            for i in inner:
                self.used.add(i)
        elif hi_i > lo_i:
            # an open quote starting in the clause: a direct quote introduced here
            i = lo_i
            q = self.marks[i]
            if q.mark == start:
                self.used.add(i)
                kind, rule = "direct", "quote.direct_before"
                start, end = q.start, q.end
        lo, hi = start, end
        if speaker is not None:
            lo, hi = min(lo, speaker.start), max(hi, speaker.end)
        if cue is not None:
            lo, hi = min(lo, cue[0]), max(hi, cue[1])
        self.add(_Found(lo, hi, kind, (start, end), cue, speaker, entity, rule))

    def according(self, m: regex.Match[str]) -> None:
        folded = self.folded
        cs, ce = m.start(), m.end() - 1
        if self.inside_quote(cs) is not None:
            return
        sentence_end = self.sentence_end(cs)
        after = [
            x
            for x in self.ents.between(m.end(), min(sentence_end, m.end() + 100))
            if x.kind != "pronoun"
        ]
        # "According to the Deputy Minister of Transport, NAME, ...": the source is NAME's role
        role = after[0].role_span if after else None
        # the source phrase, up to its comma: "According to a statement on X's website,"
        opening = ACCORDING_SOURCE.match(folded, m.end(), min(sentence_end, m.end() + 112))
        lead = m.end()
        if opening is not None and folded.startswith("''", lead) and (
            folded.startswith("'',", opening.end() - 3)
        ):
            lead += 2  # "According to ''The Nation'', ...": wiki italics around a title
        set_off = role is not None and role.start <= lead + 4 < after[0].start
        site = (
            None
            if opening is None or "." not in folded[m.end() : opening.end()]
            else _WEBSITE.fullmatch(folded, m.end(), opening.end() - 1)
        )
        if site is not None and not set_off and (not after or after[0].start > site.start()):
            # "According to 9news.com, ...": a website speaks
            ws, we = site.span("site")
            name = self.doc.text[ws:we]
            after = [Mention(ws, we, name, kind="organisation", name=name)]
        elif not set_off and (not after or after[0].start > lead + 4):
            # "According to Danish  and Swedish diplomats, ...": no name opens the source
            # phrase; the head noun closing it speaks
            if opening is None:
                # "..., according to state media.": a plural or body noun closes the sentence
                self.according_closing(m, cs, ce, sentence_end)
                return
            head = [x for x in after if x.end >= opening.end() - 1]
            if not head or head[0].end > opening.end():
                return
            if head[0].kind not in ("group", "role") and not (
                # "According to the photographer Ann Lee,", "According to this report,":
                # a name or a source noun closes the source phrase
                head[0].kind in ("person", "organisation", "source")
                and head[0].end == opening.end() - 1
                # (not "according to opponents of X": the name is not the source)
                and _PREPOSITION_IN.search(folded, lead, head[0].start) is None
            ):
                return
            after = head
        speaker = after[0]
        if len(after) > 1 and folded[speaker.end : after[1].start] in ("'s ", "' "):
            speaker = after[1]  # "according to Saudi Arabia's Civil Defense Authority"
        for x in after[1:3]:  # "according to the Kenya Health Society spokesperson Alex Orina"
            if (
                x.role_span is not None
                and (
                    x.role_span.start <= speaker.end + 2
                    # "according to committee member and Port Stephens MP John Bartlett":
                    # two roles of one person
                    or _ROLE_AND.fullmatch(folded, speaker.end, x.role_span.start) is not None
                )
                and (x.start > speaker.start)
                # "According to Reuters, President Lee is ...": the clause's subject
                and (
                    "," not in folded[speaker.end : x.role_span.start]
                    or folded.startswith(",", x.end)  # "..., Col. Ann Lee, ...": apposed
                )
            ):
                speaker = x
        speaker = self.plural_group(speaker, sentence_end)  # "according to party officials"
        sent = self.doc.sentence_at(cs)
        s0 = sent.start if sent is not None else self.clause_start(cs)
        source = None
        opens = (
            folded[s0:cs].strip(' "') == ""  # "According to" opens the sentence
            # "..., but according to Lee, ...": it opens a clause of its own
            or _LINK_BEFORE.search(folded, max(s0, cs - 8), cs) is not None
            # "Brazil According to ...": a heading word left before the sentence
            or (folded[cs] == "A" and _HEADING.fullmatch(folded, s0, cs) is not None)
        )
        if opens:
            source = opening
            if source is not None and (
                speaker.end > source.end() or CLAUSE_VERB.search(folded, m.end(), source.end())
            ):
                source = None  # "According to the ministry over 300 people have died, ..."
        if source is not None:
            # "According to a statement on the police's website, ...": the content opens
            # after the source phrase; its speaker is the organisation or person inside it
            speaker, first, apposed = self.read_source(
                speaker, m.end(), source.end(), sentence_end
            )
            if not apposed:
                rest = ACCORDING_QUOTING.match(folded, first, sentence_end)
                first = rest.end() if rest else first
                desc = DESCRIPTION.match(folded, source.end(), sentence_end)
                if (
                    speaker.kind == "person"
                    and folded[speaker.end : source.end()].strip(" ") == ","
                    and desc is not None
                    and not CLAUSE_VERB.search(folded, desc.start(), desc.end())
                    # not "According to NAME, the supplier, which was not named, had ...":
                    # the subject of the words, with a relative clause
                    and not folded.startswith(("which ", "who ", "whose "), desc.end())
                ):  # "According to NAME, the director of the institute, ..."
                    first = desc.end()
                    place = _PLACE_TAIL.match(folded, first, sentence_end)
                    if place is not None and any(  # "... in Landstuhl, Germany, CLAUSE"
                        x.start == first and x.kind == "place"
                        for x in self.ents.between(first, place.end())
                    ):
                        first = place.end()
            content = (first, self.clause_end(first, sentence_end))
        elif opens or (
            folded[cs - 2 : cs] == ", "
            and folded[speaker.end : speaker.end + 2].strip() == ","
            # "Y, according to his spokesman, Ann Lee.": the name closes the sentence
            and (named := self.closing_name(speaker.end, sentence_end)) is None
            and not RELATIVE.match(folded, speaker.end + 1, sentence_end)
            and not (  # "Y, according to NAME, a spokesman for X.": Y is the content
                (desc := _CLOSING_DESCRIPTION.fullmatch(folded, speaker.end, sentence_end))
                is not None
                and CLAUSE_VERB.search(folded, desc.start(), desc.end()) is None
                and _RUNS_ON.search(folded, s0, cs - 2) is None
            )
        ):  # "X, according to CNN, did Y" (not "Y, according to CNN, which quoted Z")
            rest = ACCORDING_REST.match(folded, speaker.end, sentence_end)
            first = rest.end() if rest else speaker.end
            content = (first, self.clause_end(first, sentence_end))
            if not opens and cs - 2 - s0 >= 8:
                if _JOINED.match(folded, first, sentence_end):
                    # "The fire started there, according to police, and spread": the
                    # clause before the source is the reported one
                    content = (s0, cs - 2)
                elif cs - s0 < 80 and (
                    _VERB_IN.search(folded, s0, cs) is None
                    or SUBJECT_BEFORE.search(folded, s0, cs - 2) is not None
                ):
                    # "The president, according to two aides, has decided ...": the
                    # subject before the source belongs to the clause
                    content = (s0, content[1])
        else:
            if not opens and (named := self.closing_name(speaker.end, sentence_end)):
                speaker = named
            end = cs
            content = (s0, end)
            while content[1] > s0 and folded[content[1] - 1] in " ,":
                content = (s0, content[1] - 1)
            mark = folded.find('"', s0, content[1])
            if mark >= 0 and NAMING.search(folded, max(s0, mark - 100), mark) is not None:
                return  # 'Lee called him "a hero", according to the Post': Lee's words
            close = folded.find(", ", m.end(), min(sentence_end, m.end() + 100))
            if (
                folded[cs - 2 : cs] == ", "
                and close > 0
                and self.inside_quote(close) is None
                and SUBJECT_BEFORE.search(folded, s0, cs - 2) is not None
            ):  # "Russian authorities had, according to the captain, ordered ...": the
                # clause runs on past the source
                after_end = self.clause_end(close + 2, sentence_end)
                if self.two_words(close + 2, after_end):
                    content = (s0, self.cap(s0, after_end))
        self.emit_reported(
            content, (cs, ce), speaker, self.ents.entity_of(speaker), "quote.according_to"
        )

    def according_closing(self, m: regex.Match[str], cs: int, ce: int, sentence_end: int) -> None:
        """'CLAUSE, according to state media.': the source no name opens, a plural noun for
        people or a body ending the sentence, attributes the clause before it."""
        folded = self.folded
        tail = ACCORDING_TAIL.match(folded, m.end(), sentence_end)
        if tail is None or folded[cs - 2 : cs] != ", ":
            return
        head = tail.group("head").lower()
        if not (
            head in _PLURAL_SOURCES
            or head in self.titles
            or head in _ACCORDING_HEADS
            or head in self.agents
        ):
            return  # "..., according to plan.", "..., according to new figures."
        sent = self.doc.sentence_at(cs)
        s0 = sent.start if sent is not None else self.clause_start(cs)
        end = cs - 2
        if end - s0 < 8:
            return
        text = self.doc.text[m.end() : tail.end("head")]
        speaker = Mention(m.end(), tail.end("head"), text, kind="group", name=text)
        self.emit_reported((s0, end), (cs, ce), speaker, None, "quote.according_to")

    def closing_name(self, pos: int, sentence_end: int) -> Mention | None:
        """The person named after the comma at ``pos`` when the name ends the sentence."""
        folded = self.folded
        if folded[pos : pos + 2].strip() != ",":
            return None
        for x in self.ents.between(pos, min(sentence_end, pos + 80)):
            if (
                x.kind == "person"
                and folded[pos : x.start].strip(" ") == ","
                and not folded[x.end : sentence_end].strip(" .\"'")
            ):
                return x
            return None
        return None

    def source_head(self, first: Mention, end: int) -> Mention:
        """The speaker of a source phrase opening with ``first`` and ending at ``end``: an
        organisation or person inside a statement, a role or an adjective ("a statement on
        the agency's website", "American and foreign officials"), else ``first`` itself."""
        if first.kind not in ("source", "role", "name") or first.end >= end:
            return first
        inside = [x for x in self.ents.between(first.end, end) if x.kind != "pronoun"]
        named = [x for x in inside if x.kind in ("organisation", "person")]
        if named and first.kind != "name":
            return named[0]
        if inside and inside[-1].kind in ("group", "role") and inside[-1].end >= end - 1:
            return inside[-1]  # the head noun closing the phrase: "American officials"
        return first

    def read_source(
        self, first: Mention, start: int, source_end: int, limit: int
    ) -> tuple[Mention, int, bool]:
        """Who speaks in a source phrase ``start:source_end`` that opens with ``first``
        ("the head of the agency, NAME, ...", "a statement on the agency's website, ..."),
        where the words after it start, and whether that is a name set off after it."""
        described = _LOWER_LAST.search(self.folded, start, source_end) is not None
        if first.kind == "role" or described or POST.search(self.folded, start, source_end):
            # "According to the monitoring group, IntelCenter, ...": a body named after its
            # description speaks too
            apposed = self.apposed(source_end, limit, bodies=described)
            if apposed is not None:  # "According to the head of the agency, NAME, ..."
                return apposed[0], apposed[1], True
        head = self.source_head(first, source_end - 1)
        return self.plural_group(head, source_end), source_end, False

    def who_antecedent(self, pos: int) -> Mention | None:
        """The name a relative "who" at ``pos`` stands for: the mention right before it
        ("Ann Lee, who"), or the person a role set after the name belongs to ("Ann Lee,
        the envoy, who")."""
        folded = self.folded
        end = pos
        while end > 0 and folded[end - 1] in " ,":
            end -= 1
        ms = self.ents.between(max(0, end - 200), end)[-3:]
        for k in range(len(ms) - 1, -1, -1):
            x = ms[k]
            span = x.role_span
            if x.end == end or (span is not None and span.end == end and x.end < end):
                if (
                    k > 0
                    and ms[k - 1].kind == "person"
                    and x.kind != "pronoun"
                    and folded[ms[k - 1].end : x.start] in _NAME_OF_BODY
                ):  # "Tim Lee of Acme Partners, who": the person, not the body after "of"
                    return ms[k - 1]
                if x.kind == "person":
                    return x
                if (
                    k > 0
                    and x.kind != "pronoun"
                    and ms[k - 1].kind in ("person", "role")
                    and _ROLE_AT_BODY.fullmatch(folded, ms[k - 1].end, x.start) is not None
                ):  # "Ann Lee, an expert at Acme University, who": the person, not the body
                    return ms[k - 1]
                if x.kind not in ("role", "group", "organisation", "name") or x.end != end:
                    return None
                if k > 0 and ms[k - 1].kind == "person" and (
                    folded[ms[k - 1].end : x.start].strip(" ") == ","
                ):  # "Professor Ann Lee, Hazard Research Centre, who says": the person
                    return ms[k - 1]
                return x
        return None

    def plural_group(self, x: Mention, limit: int) -> Mention:
        """The plural a name qualifies, when one follows it ("Kremlin officials", "Pentagon
        sources"): the people speak, not the body; else ``x``."""
        if x.kind not in ("organisation", "place", "name", "body"):
            return x
        noun = _PLURAL_AFTER_SPACES.match(self.folded, x.end, limit)
        if noun is None or not (
            noun.group(1).endswith(_PEOPLE_PLURALS) or noun.group(1) in _PLURAL_SOURCES
        ):
            return x
        return self.group_span(x.start, noun.end())

    def apposed(self, pos: int, limit: int, bodies: bool = False) -> tuple[Mention, int] | None:
        """A person's name set off by commas at ``pos``: "Mark Tedeschi, QC, " (not
        "John Smith, 45, ...").  Returns the mention and where the text after it starts."""
        folded = self.folded
        while pos < limit and folded[pos] == " ":
            pos += 1
        for x in self.ents.between(pos, min(limit, pos + 60)):
            if x.start != pos or not (
                x.kind == "person" or (bodies and x.kind in ("organisation", "name"))
            ):
                break
            tail = APPOSED_TAIL.match(folded, x.end, limit)
            return (x, tail.end()) if tail is not None else None
        return None

    def introduced(self, i: int, q: Quoted) -> bool:
        """'X issued a statement on the ruling. "..."': a quoted sentence after a sentence
        that announces a statement without quoting it is that statement."""
        doc, folded = self.doc, self.folded
        sent = doc.sentence_at(q.mark)
        k = doc.sentence_index(q.mark)
        if sent is None or sent.start != q.mark or k <= 0:
            return False
        if q.open and i + 1 < len(self.marks) and self.marks[i + 1].reopened:
            return False  # a quote over paragraphs: its closing attribution decides
        prev = doc.sentences[k - 1]
        if sent.paragraph - prev.paragraph > 1 or not _four_words(folded, q.start, q.end):
            return False
        earlier = self.earlier(q.mark, limit=1)
        if earlier and earlier[-1].end > prev.start:
            return False  # a quote in the sentence before: a continuation of it
        m = STATEMENT_INTRO.search(folded, prev.start, prev.end)
        if m is None:
            return self.presented(i, q, prev)
        if self.inside_quote(m.start()) is not None:
            return False
        speaker = self.subject(self.clause_start(m.start()), m.start())
        if speaker is None:
            speaker = self.one_of(prev, m.start())
        if speaker is None:
            return False
        entity = self.entity(speaker, speaker.start)
        if speaker.kind == "pronoun" and entity is None:
            return False
        return self.claim(
            i,
            _Found(q.mark, q.after, "direct", (q.start, q.end), m.span(), speaker, entity,
                   "quote.introduced"),
        )

    def one_of(self, prev: Sentence, verb: int) -> Mention | None:
        """'One woman, who gave no name, described the scene': a description of one
        person opening the sentence (no mention names it), set right before ``verb``."""
        folded, text = self.folded, self.doc.text
        start = prev.start
        while start < verb and folded[start] in ' \n':
            start += 1
        m = _ONE_OF.match(folded, start, verb)
        if m is None:
            return None
        app = ONE_APPOSITIVE.match(folded, m.end(), verb)
        pos = app.end() if app is not None else m.end()
        if folded[pos:verb] != " ":
            return None
        name = text[m.start("head") : m.end()]
        return Mention(start, m.end(), text[start : m.end()], kind="role", name=name, role=name)

    def acted(self, x: Mention, end: int) -> bool:
        """Whether the person ``x`` opening a sentence is the subject of its verb: "Awad
        Lee, who was hurt in the blast, condemned the bombers" (a relative clause or an
        appositive may stand between)."""
        folded = self.folded
        app = ONE_APPOSITIVE.match(folded, x.end, end)
        v = SUBJECT_VERB.match(folded, app.end() if app is not None else x.end, end)
        return v is not None and v.group().split()[-1] not in _NOT_ACTS

    def presented(self, i: int, q: Quoted, prev: Sentence) -> bool:
        """'Mark Stein is a climate researcher at the school. "..."': a quoted sentence
        after a sentence that presents a named person, or tells what a person named in
        full did ('Awad Lee condemned the bombers. "..."'), is that person's."""
        folded = self.folded
        start = prev.start
        while start < prev.end and folded[start] in ' \n':
            start += 1
        for x in self.ents.between(start, min(prev.end, start + 80)):
            span = x.role_span
            p = span.start if span is not None and span.start < x.start else x.start
            if p != start or not (x.kind == "person" or (x.kind == "name" and self.full_name(x))):
                return False
            if not PRESENTED.match(folded, x.end) and not (
                self.full_name(x) and self.acted(x, prev.end)
            ):
                return False
            if self.inside_quote(x.start) is not None or '"' in folded[x.end : prev.end]:
                return False
            cue = LETTERS.match(folded, q.after + 1, q.after + 24)
            if cue is not None and cue.group() in self.rules.firsts:
                return False  # '"...," said an official': the quote has its own speaker
            return self.claim(
                i,
                _Found(q.mark, q.after, "direct", (q.start, q.end), None, x,
                       self.entity(x, x.start), "quote.introduced"),
            )
        return False

    def full_name(self, x: Mention) -> bool:
        """Whether the person ``x`` is named in full, here or earlier ("Howard" after
        "John Howard")."""
        if x.kind == "person" and " " in x.name:
            return True
        e = self.entity(x, x.start)
        return e is not None and e.kind == "person" and " " in e.name

    def colon_led(self, i: int, q: Quoted) -> bool:
        """'Sunak defended the record: "..."': a quote closing a sentence after a colon
        is said by the subject that opens the sentence (or its main clause)."""
        folded = self.folded
        if folded[q.mark - 2 : q.mark] != ": " or not _four_words(folded, q.start, q.end):
            return False
        sent = self.doc.sentence_at(q.mark)
        if sent is None or folded[q.after : max(q.after, sent.end)].strip(' .!?"\n'):
            return False
        s0 = sent.start
        comma = folded.find(", ", s0, min(q.mark, s0 + 100))
        opens = {s0} if comma < 0 else {s0, comma + 2}
        for x in self.ents.between(s0, q.mark):
            span = x.role_span
            if x.start not in opens and (span is None or span.start not in opens):
                continue  # "Ambassador Lee spoke ...": the role opens the sentence
            if x.kind in ("place", "source") or not (
                _COLON_SUBJECT_VERB.match(folded, x.end, q.mark)
                or _SPOKE.match(folded, x.end, q.mark)  # "Lee spoke on CNN: "...""
            ):
                continue
            entity = self.entity(x, x.start)
            if x.kind == "pronoun" and (
                entity is None
                # "She asked Shilpa: "..."": no pronoun names the object of its own verb
                or any(x.end < y.start < q.mark for y in entity.spans if y.kind != "pronoun")
            ):
                continue
            return self.claim(
                i,
                _Found(x.start, q.after, "direct", (q.start, q.end), None, x, entity,
                       "quote.direct_colon"),
            )
        return False

    def naming(self, i: int, q: Quoted) -> bool:
        """'X criticised the rise, calling it "unwelcome but expected"': the fragment is
        X's words (a mixed quote), even one word ('called the act "frightening"', 'called
        him "an American hero"'); a name, its words capitalised ("called the stadium "the
        Pit"") is not."""
        folded = self.folded
        sent = self.doc.sentence_at(q.mark)
        # (the first three words are all that is read)
        found: Iterator[Match] = self.reads.words.finditer(folded, q.start, q.end)
        words = [w.group() for w in itertools.islice(found, 3)]
        if words[:1] and words[0] in ("the", "a", "an"):
            words = words[1:]
        if sent is None or not any(w[:1].islower() for w in words):
            return False  # (a name: every word capitalised)
        m = NAMING.search(folded, max(sent.start, q.mark - 100), q.mark)
        if m is None:
            # (one word is a quotation only right after its verb: 'called it "absurd"')
            return len(words) > 1 and self.named_by(i, q, max(sent.start, q.mark - 100))
        if self.inside_quote(m.start()) is not None:
            return False
        vs, ve = m.span("verb")
        speaker = self.subject(self.clause_start(vs), vs)
        if (
            speaker is not None
            and folded[speaker.end : speaker.end + 2] in ("'s", "' ")
            and "," in folded[speaker.end : vs]
        ):
            speaker = None  # "X welcomed Lee's plan, calling it "..."": the owner says nothing
        if speaker is None and COORD.search(folded, max(sent.start, vs - 12), vs) is not None:
            # "Lee thanked them and described him as "...": the sentence's subject
            speaker = self.opener(sent.start, vs)
        entity = None
        here = self.doc.sentence_index(vs)
        prev = [f for f in self.earlier(vs) if self.doc.sentence_index(f.start) == here]
        if speaker is None and folded[ve - 3 : ve] == "ing" and prev:
            # 'He said X had "feigned shock", calling it "..."': the same speaker goes on
            speaker, entity = prev[-1].speaker, prev[-1].entity
        elif speaker is None and folded[ve - 3 : ve] == "ing":
            cands = [
                x
                for x in self.ents.between(sent.start, vs)
                if x.kind not in ("pronoun", "place")
                and not self.preposition_before(x.start)
                and folded[x.end : x.end + 2] not in ("'s", "' ")  # "Trudeau's family"
            ]
            speaker = cands[0] if cands else None
        if speaker is None:
            return False
        if entity is None:
            entity = self.entity(speaker, speaker.start)
        if speaker.kind == "pronoun" and entity is None:
            return False
        return self.claim(
            i,
            _Found(min(speaker.start, vs), q.after, "mixed", (q.start, q.end), (vs, ve),
                   speaker, entity, "quote.naming"),
        )

    def named_by(self, i: int, q: Quoted, lo: int) -> bool:
        """'The plan was described by Ann Lee as "a waste"': the fragment is the words of
        the one named after "by" (a mixed quote)."""
        m = _NAMED_BY.search(self.folded, lo, q.mark)
        if m is None or self.inside_quote(m.start()) is not None:
            return False
        ms = [x for x in self.ents.between(m.end(), q.mark) if x.kind != "pronoun"]
        if not ms:
            return False
        speaker = self.role_owner(ms[0], q.mark)
        if not AS_AFTER_NAME.fullmatch(self.folded, speaker.end, q.mark):
            return False
        vs, ve = m.span("verb")
        return self.claim(
            i,
            _Found(vs, q.after, "mixed", (q.start, q.end), (vs, ve), speaker,
                   self.entity(speaker, speaker.start), "quote.naming"),
        )

    def words_of(self, i: int, q: Quoted) -> bool:
        """'in the words of the prosecutor, NAME, "..."': the quote is NAME's."""
        folded = self.folded
        sent = self.doc.sentence_at(q.mark)
        lo = max(sent.start if sent is not None else 0, q.mark - 160)
        m = WORDS_OF.search(folded, lo, q.mark)
        if m is None:
            return False
        ms = [x for x in self.ents.between(m.end(), q.mark) if x.kind != "pronoun"]
        source = ACCORDING_SOURCE.match(folded, m.end(), q.mark)
        if not ms or ms[0].start > m.end() + 4 or source is None or ms[0].end > source.end():
            return False
        speaker, first, _ = self.read_source(ms[0], m.end(), source.end(), q.mark + 1)
        if folded[first : q.mark].strip(" ") != "":
            return False
        return self.claim(
            i,
            _Found(m.start(), q.after, "direct", (q.start, q.end), (m.start(), m.end() - 1),
                   speaker, self.entity(speaker, speaker.start), "quote.words_of"),
        )

    def continuation(self, i: int, q: Quoted) -> None:
        """A quoted stretch standing alone continues the previous speaker."""
        if (
            self.introduced(i, q)
            or self.colon_led(i, q)
            or self.naming(i, q)
            or self.words_of(i, q)
        ):
            return
        prev = self.earlier(q.mark)
        if not prev:
            return
        last = prev[-1]
        if (
            last.rule == "quote.according_to"
            and len(prev) > 1
            and last.content[0] <= prev[-2].start < last.content[1]
        ):
            # '"...," Lee said, according to the AP. "..."': Lee goes on, not the AP
            last = prev[-2]
        folded = self.folded
        sent = self.doc.sentence_at(q.mark)
        alone = (
            q.reopened
            or (sent is not None and sent.start == q.mark)
            or (
                folded[q.mark - 1 : q.mark] == "\n"
                or q.mark == self.doc.paragraphs[q.paragraph].start
            )
        )
        follows = last.end <= q.mark and FOLLOWS.fullmatch(folded, last.end, q.mark) is not None
        if not (alone or follows) or not _four_words(folded, q.start, q.end):
            return
        if q.paragraph - self.doc.sentences[self.doc.sentence_index(last.start)].paragraph > 2:
            return
        self.continues(i, q, last)

    def run(self) -> list[_Found]:
        for i, q in enumerate(self.marks):
            if not q.open:
                self.direct_after(i, q)
        folded, firsts = self.folded, self.rules.firsts
        for start, end, word in self.verbs:
            rests = firsts.get(word)
            if rests is None:
                continue
            for rest in rests:  # longest form first
                if folded.startswith(rest, end) and (
                    end + len(rest) >= len(folded) or not folded[end + len(rest)].isalpha()
                ):
                    self.reported(start, end + len(rest))
                    break
        for m in ACCORDING.finditer(self.folded):
            self.according(m)
        for i, q in enumerate(self.marks):
            if i not in self.used:
                self.continuation(i, q)
        for i in range(len(self.marks) - 2, -1, -1):  # "...\n\n"...," she said.
            q, nq = self.marks[i], self.marks[i + 1]
            if i in self.used or not q.open or not nq.reopened:
                continue
            k = bisect.bisect_left(self.found, nq.mark, key=lambda f: f.start)
            owner = [
                f
                for f in self.found[max(0, k - 2) : k + 3]
                if f.content[0] == nq.start and f.speaker is not None
            ]
            if owner:
                self.continues(i, q, owner[0])
        return self.found


# The openings of the cues that state a belief ("is confident", "were convinced").
_BELIEF_OPENINGS = ("is ", "are ", "was ", "were ")


def _inner_first(found: list[_Found], text: str) -> list[_Found]:
    """Drop a reported quote whose words open on a quote of their own ("Reuters reported
    that (TTC chief Ann Lee said the talks ...)"): the words are the inner speaker's, when
    the outer one only reports them.  A person's words about someone's words stay the
    outer speaker's ("McCormack said (the administration has assured Congress ...)")."""
    heads = sorted(
        (f.speaker.start, f.speaker.end)
        for f in found
        if f.speaker is not None
        and f.speaker.kind != "pronoun"
        and f.cue is not None
        and f.speaker.end <= f.cue[0]
        and f.content[0] >= f.cue[1]
        # (a belief, "Acme is confident that", inside reported words leaves them the
        # outer speaker's)
        and not text.startswith(_BELIEF_OPENINGS, f.cue[0])
    )
    if not heads:
        return found
    starts = [h[0] for h in heads]
    keep = []
    for f in found:
        s, e = f.content
        k = bisect.bisect_left(starts, s)
        if (
            f.kind != "direct"
            and f.rule != "quote.according_to"
            and not (
                f.speaker is not None
                and f.speaker.kind in _PEOPLE_KINDS
                and f.cue is not None
                and f.cue[1] <= f.content[0]  # "Lee said (that) ...", not "..., Lee said"
                and not text.startswith(_RELAYING, f.cue[0])
            )
            and k < len(heads)
            and heads[k][1] < e
            and _TITLE_BEFORE.fullmatch(text, s, heads[k][0]) is not None
        ):
            continue
        keep.append(f)
    return keep


# The mentions that name a body a group of people belongs to, and what links them after
# the group: "State Department officials", "officials with the State Department".
_BODY_KINDS = frozenset(("organisation", "name"))
_GROUP_LINK = regex.compile(r"[ ]{1,2}(?:with|at|from)[ ]{1,2}(?:the[ ]{1,2})?")
# The cues of one who relays another's words: "Reuters reported that ...".
_RELAYING = ("report", "Report", "quot")
# The speakers whose words about others' words are their own: a person, a role, a group.
_PEOPLE_KINDS = frozenset(("person", "pronoun", "role", "group"))


def _dedupe(found: list[_Found]) -> list[_Found]:
    """Drop a quote whose content overlaps a stronger one (direct over mixed over indirect)."""
    rank = {"direct": 0, "mixed": 1, "indirect": 2}
    starts: list[int] = []  # kept contents, disjoint and sorted
    ends: list[int] = []
    keep: list[_Found] = []
    for f in sorted(
        found, key=lambda f: (rank[f.kind], f.rule == "quote.according_to", f.content[0])
    ):
        s, e = f.content
        i = bisect.bisect_left(starts, s)
        if (i < len(starts) and starts[i] < e) or (i > 0 and ends[i - 1] > s):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        keep.append(f)
    keep.sort(key=lambda f: (f.start, f.content[0]))
    return keep


# The overloads are the signature; the implementation takes any object and checks it
# itself, so that a compiled build raises the same clear errors.
@overload
def extract_quotes(text: str, *, config: Config | None = None) -> tuple[Quote, ...]: ...
@overload
def extract_quotes(text: Document, *, config: Config | None = None) -> tuple[Quote, ...]: ...
def extract_quotes(text: object, *, config: Config | None = None) -> tuple[Quote, ...]:
    """Quotes in text order: direct, indirect and mixed, with cue and resolved speaker.

    >>> q, = extract_quotes('"We are ready to talk," said Foreign Minister Dmytro Kuleba.')
    >>> q.kind, q.rule, q.content.text, q.speaker.name
    ('direct', 'quote.direct_after', 'We are ready to talk,', 'Dmytro Kuleba')
    >>> q, = extract_quotes("According to the ministry, the talks will resume on Monday.")
    >>> q.content.text, q.cue.text, q.speaker.text
    ('the talks will resume on Monday', 'According to', 'the ministry')
    >>> extract_quotes('The so-called "peace plan" was rejected.')
    ()
    """
    doc = as_document(text)
    config = config or DEFAULT_CONFIG
    return doc.memo(("quotes", config), lambda: _extract(doc, config))


def _extract(doc: Document, config: Config) -> tuple[Quote, ...]:
    text = doc.text
    out = []
    for f in _dedupe(_inner_first(_Pass(doc, config).run(), doc.text)):
        speaker = None
        name = (
            None
            if f.speaker is None
            else (
                f.entity.name
                if f.entity is not None
                else None
                if f.speaker.kind == "pronoun"
                else f.speaker.name
            )
        )
        if f.speaker is not None and name is not None:  # a pronoun nobody answers to: none
            speaker = _make_speaker(f.speaker.start, f.speaker.end, f.speaker.text, name)
        out.append(
            _make_quote(
                f.start,
                f.end,
                text[f.start : f.end],
                f.kind,
                Span.of(text, *f.content),
                None if f.cue is None else Span.of(text, *f.cue),
                speaker,
                f.rule,
                tuple(Span.of(text, s, e) for s, e in f.parts) if f.parts else (),
            )
        )
    return tuple(out)


#: ``Speaker(start, end, text, name)`` and ``Quote(start, end, text, kind, content, cue,
#: speaker, rule, parts)``, made faster.
_make_speaker = Speaker.maker()
_make_quote = Quote.maker()
