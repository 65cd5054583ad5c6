"""Dated events and the timeline: :func:`extract_events`.

An event is a dated statement: the clause (or sentence) that says what happened, the date
mention that places it, and its agents.  Events reuse the dates the document already
holds (:func:`newsstruct.extract_dates` stores them on the document), so a summary finds
dates once.  The agent is the subject of the clause: a name ("Russian Defense Minister
Sergei Shoigu" gives ``Sergei Shoigu``), the agent of a passive ("was arrested by the
FBI"), a described agent ("the police") or, for "he" and "she", the person named last.  A
subject that names an act ("the April 22 announcement", "the move") takes the agent of that
act: its possessor ("Acme's decision"), its "by" phrase, or else the agent of the nearest
clause before it that performed the act ("Acme announced ..."), when that clause names one.

>>> text = ("Ukrainian Foreign Minister Dmytro Kuleba warned on April 20 that talks had "
...         "stalled. Prices rose last week.")
>>> for e in extract_events(text, "2021-04-22"):
...     print(e.date.value, e.actors, e.text)
2021-W15 () Prices rose last week.
2021-04-20 ('Dmytro Kuleba',) Ukrainian Foreign Minister Dmytro Kuleba warned on April 20 ...
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import string
from collections.abc import Iterator, Mapping
from typing import overload

import attrs
import regex

from newsstruct._ahead import Match, Pattern
from newsstruct._datepatterns import plain_copy, plain_from
from newsstruct._inputs import DateLike, to_date
from newsstruct._lead import find_lead
from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._nominal import (
    BY,
    CLAUSE_OPENERS,
    OPENERS,
    PRONOUNS,
    ActNoun,
    Nominal,
    act_nouns,
    not_a_subject,
    performing_verb,
    read_nominal,
    subject_before,
)
from newsstruct._subjects import ACTING, NAME, PARTICIPLES, Subjects, reading, subject_finder
from newsstruct._text import Document, as_document, link_sections
from newsstruct.dates import extract_dates
from newsstruct.model import DateMention, Event

__all__ = ["extract_events"]

_NAME_RE = regex.compile(NAME, regex.VERBOSE)
# A person's name set off after a subject: "One refugee, Ann Lee, the first to land, said"
_APPOSITIVE_NAME = regex.compile(
    r",[ ]{1,3}(?P<name>" + NAME + r")[ ]{0,3},[ ]{1,3}(?!and[ ]|or[ ])\p{Ll}", regex.VERBOSE
)
_CLAUSE_BREAK = regex.compile(
    r"""(?:;[ ]++|,[ ]++(?=(?:while|whereas|whilst|but|and|although|though|which)[ ])
        |(?<![ ])[ ]++(?=(?:while|whereas|whilst)[ ]))""",  # runs of spaces matched once
    regex.VERBOSE,
)
_LEADING_WORDS = frozenset(
    """and but while whereas whilst although though however meanwhile also then so yet
    still later earlier when if because once which""".split()
)
_NEXT_WORD = regex.compile(r"[ ]{1,3}([\p{L}\p{N}'.-]+)")
_QUANTITY_HEADS = frozenset(
    "thousands hundreds dozens millions tens scores portions parts some most many all".split()
)
_OPENING_PREPOSITIONS = frozenset(
    """on in at during by after before since until from following last this next earlier
    later yesterday today tomorrow according over throughout as without despite with amid
    under among unlike for previously between""".split()
)
_PRONOUNS = frozenset({"he", "she"})
# A short opening phrase of lower-case words, without a comma, up to a subject pronoun
# that a verb follows ("At midday he made", "In the evening she said").
_PHRASE_THEN_PRONOUN = regex.compile(r"(?:[ ]\p{Ll}+){1,3}[ ](?=(?:he|she)[ ]\p{Ll}{2,})")
# Reporting verbs written before their speaker ('"...," said Ann Oye'); not "told", whose
# object listens ("told Radio One")
_INVERTED_SPEECH = frozenset("said says added adds asked continued explained noted wrote".split())
# A speaker after a quotation: '," she said', '," Ann Lee told'
_AFTER_QUOTE = regex.compile(
    r"[,.!?]?[ ]{1,3}(?P<who>he|she|He|She|" + NAME + r")[ ]{1,3}(?P<verb>\p{Ll}{2,20})\b",
    regex.VERBOSE,
)
_RELATIVE = regex.compile(r"[ ]?,[ ]{1,3}(?:which|who)[ ]")  # (" ,": a space left by markup)
_SET_OFF = regex.compile(r"[,;:\"()]")
_DESCRIBERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "one"})
_TIME_WORDS = frozenset({"this", "last", "next", "on"})
_TIME_ADVERBS = frozenset({"late", "early"})
_ING_PREPOSITIONS = frozenset(
    "including regarding concerning excluding considering pending barring".split()
)
_COMMA = regex.compile(r",[ ]*")
# An adverb between a subject and its verb: "Lee still denied", "Lee quickly left"
_MID_ADVERB = regex.compile(
    r"[ ]{1,3}(?:still|never|already|just|again|now|once|first|later|soon|also|then"
    r"|(?:subsequent|eventual|final|initial|previous|recent|immediate|quick|formal|official"
    r"|public|success?ful|alleged|reported|unanimous|narrow|swift)ly)(?=[ ])"
)
# A conjunction that opens an adverbial clause after a main clause: "... after Lee died"
# A participle phrase after a subject, up to the comma before its verb: " giving no sign ...,"
_PARTICIPLE_PHRASE = regex.compile(r"[ ](\p{Ll}{2,20}ing)[ ][^,;:\"()\n]{1,120},(?=[ ])")
_SUBORDINATOR = regex.compile(r"(?<=[\p{L},])[ ]{1,3}(?:when|after|before|until|because|once)\b")
# The same read from the right: its first match is the last of ``_SUBORDINATOR`` (its
# matches do not overlap, a space and a whole word after a letter or a comma).
_LAST_SUBORDINATOR = regex.compile(_SUBORDINATOR.pattern, regex.REVERSE)
# What every match of ``_SUBORDINATOR`` holds: a space, then one of its words.
_SUBORDINATOR_CUE = re.compile(r"[ ](?:when|after|before|until|because|once)")
_SPACE_WORD = regex.compile(r"[ ](?=\p{L})")
_BEFORE_SUBJECT_DATE = frozenset({"", "on", "in"})  # "Ann Lee (on) Monday said"
# A determiner or a subject pronoun right after an opening date: the subject starts.
_SUBJECT_NEXT = regex.compile(r"[ ](?:the|a|an|its|his|her|their|he|she|it|they|we)[ ]")
_NAME_NEXT = regex.compile(r"[ ]\p{Lu}")
_PRONOUN_WORD = regex.compile(r"[ ](?:he|she|they|we|it)[ ]")
# A remark in brackets after a name: "Ann Oye (pronounced ...)", "Ann Oye (Kent, Liberal)".
_REMARK = regex.compile(r"[ ]{0,2}\([^()\n]{1,60}\)")
# One member of a group named by a plural agent noun: "one of his supporters".
_ONE_OF = regex.compile(
    r"[Oo]ne[ ]of[ ](?:the|his|her|its|their|our|those)[ ](?:\p{Ll}+[ ]){0,2}?(\p{Ll}+s)\b"
)
# Prepositions that open a phrase of place or time before the subject, its comma left out:
# "At a meeting held today in London the Group voted".
_PHRASE_PREPOSITIONS = frozenset("at in on during following after".split())
_FINITE = regex.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
_DEGREE_WORDS = frozenset({"more", "most", "much"})
_PREPOSITIONS = frozenset("of for from at in with on by to".split())
# Words that end a subject's noun phrase before any agent noun in it ("of" may not: "the
# chief of police").
# A passive whose agent is a group named by its noun: "was detained by police"
_PASSIVE_BY_GROUP = regex.compile(
    r"""\b(?:was|were|been|being|is|are)[ ](?:\p{Ll}{1,20}[ ]){0,2}?
        (?:\p{Ll}[\p{Ll}-]{0,20}(?:ed|en|wn)|shot|held|sent|caught|hit|struck)
        (?:[ ](?:from|to|into|of|in|at|on)[ ](?:the[ ])?\p{Ll}{2,20})?  # "removed from office"
        (?:[ ](?:(?:on|in|during|last|this|late|early)[ ])?  # "arrested on Friday by police"
            \p{Lu}\p{Ll}{2,9}\.?(?:[ ]\d{1,2})?(?:,?[ ]\d{4})?|[ ](?:yesterday|today))?
        [ ]by[ ](?:the[ ]|a[ ]|an[ ])?(?P<noun>\p{Ll}{2,20})\b(?![ ]of\b)""",
    regex.VERBOSE,
)
# A passive with the date between its verb and its "by" phrase: "was sentenced on Monday by",
# "were moved from their homes on Friday by"
_PASSIVE_GAP_BY = regex.compile(
    r"""\b(?:was|were|been|being|is|are)[ ](?:\p{Ll}{2,20}[ ]){0,2}?
        (?:\p{Ll}[\p{Ll}-]{0,20}(?:ed|en|wn)|shot|held|sent|caught|hit|struck)\b
        (?P<gap>[^,;:"()\n]{1,80}?)[ ]by[ ](?:both[ ])?(?:(?:the|a|an)[ ])?""",
    regex.VERBOSE,
)
# A date that modifies a noun with its "by" phrase: "Sunday's announcement by", "(a) 1984
# cable by", "(a) May, 2007 report by the research centre" (read from the date's end); not
# a participle's ("the 1955 law invoked by the cabinet", "the date set by Lee")
_DATED_BY = regex.compile(
    r"(?:(?P<owner>'s|\u2019s)|(?=[ ]\p{Ll}))"
    r"(?:[ ](?!\p{Ll}+(?:ed|en)[ ]|(?:set|made|held|led|won|put|run|cut|hit)[ ])"
    r"\p{Ll}[\p{Ll}-]{1,20}){1,3}[ ]by[ ]"
    r"(?:both[ ])?(?:(?:the|a|an)[ ])?"
)
# What stands before such a date when it does not own the noun: an article
_ARTICLE_BEFORE = regex.compile(r"(?r)(?:^|[ ])(?:[Aa]n?|[Tt]he)[ ]\Z")
# The nouns a date modifies in an opening phrase, before the subject's name: "In his
# November 1 radio address President Bush said"
_NOUNS_THEN_NAME = regex.compile(
    r"(?:[ ](?!(?:of|for|from|at|in|with|on|by|to|and|or|the)[ ])\p{Ll}[\p{Ll}-]{1,20}){1,3}"
    r"[ ](?=\p{Lu})"
)
_DATE_DETERMINERS = frozenset({" a ", " an ", " his ", " her ", " its ", " their "})
_PRESENT_THEN_DATE = regex.compile(r"[ ](\p{Ll}{2,20}s)[ ](?:(?:on|in|at)[ ])?")
# The same with a named object between: "Ghana plays Sudan next on Sunday"
_PRESENT_NAMED_THEN_DATE = regex.compile(
    r"[ ](\p{Ll}{2,20}s)(?:[ ]\p{Lu}[\p{L}'.-]{0,20}){1,3}[ ](?:(?:next|again)[ ])?"
    r"(?:(?:on|in|at)[ ])?"
)
# A clause joined after another, with a subject of its own: ", and the board meets"
_NEW_SUBJECT = regex.compile(
    r"(?:,[ ]{1,3}(?:and|but|while)|;)[ ]{1,3}(?:(?:the|a|an|its|his|her|their)[ ]|\p{Lu})"
)
_LATER_CLAUSE = regex.compile(
    r",[ ]{1,3}(?:(?:when|which|who|whose)\b|\p{Ll}{2,20}ing[ ](?:the|a|an|its|his|her|their|\d)"
    r"|and[ ](?:(?:is|are|was|were|has|have|had|will)\b|\Z))"  # ", and is run by Acme"
)
_WHEN_NEXT = regex.compile(r"[ ]{0,2},[ ]{1,3}when\b")
_GAP_CLAUSE = regex.compile(
    r"\b(?:that|which|who|when|after|before|because|while|as|of|amid|amidst)\b"
)
_LOWER_WORD = regex.compile(r"(\p{Ll}[\p{Ll}\d-]{0,24})(?=[ ,.;:)]|\Z)[ ]?")
_OF_THE = regex.compile(r"of[ ](?:the[ ])?")
_PHRASE_STOPS = frozenset(
    """of and or to in on at for from with by as than after before when while who which that
    whose said says the a an his her its their""".split()
)
# A passive after a subject ("Lee was elected on Monday", "he had been diagnosed"): the
# subject was acted upon, not an agent; not a verb that leads "to" and another verb whose
# subject acts ("was expected to win", "was forced to resign") nor "was quoted as saying".
_PASSIVE_VERB = regex.compile(
    r"""[ ]{1,3}(?:(?:has|have|had|will|would|may|might|could|should|must|can|is|are|was|were)
        [ ]+(?:not[ ]+|today[ ]+|yesterday[ ]+)?(?:been|be|being)|was|were|is|are|be|been|being)
        (?:[ ]+(?:\p{Ll}{2,20}ly|not|also|then|later|never|already|just|first|since|again|now
        |still|often|twice|once|officially|formally))?[ ]+(?P<verb>\p{Ll}{3,20})\b
        (?P<to>[ ]{1,2}to\b)?""",
    regex.VERBOSE,
)
# ... nor a verb whose subject speaks: "Lee was quoted on Monday as saying"
_NOT_PARTICIPLES = frozenset("need feed seed speed bred shed deed creed quoted cited".split())
_LEADING_TO = frozenset(
    """expected scheduled set due supposed slated poised forced allowed asked required
    obliged believed reported said thought known likely able determined prepared invited
    urged ordered told encouraged authorised authorized permitted going meant""".split()
)
# What sets off an appositive after a subject: "Toomas Ilves, 53, was elected"
_SET_OFF_PHRASE = regex.compile(r"[ ]{0,2},[ ][^,;:()\"]{1,90},(?=[ ])")
# The agent of a passive named after what the verb leads: "was killed in a raid, by the army"
# ... or after a title written in lower case: "was chosen by party leader Ann Lee"
_BY_TITLE = regex.compile(
    r"\bby[ ]{1,2}(?:the[ ]{1,2})?(?:\p{Ll}[\p{Ll}-]{1,20}[ ]{1,2}){0,2}"
    r"(?:(?:then|ex|former)-)?(?P<title>\p{Ll}{2,20})[ ]{1,2}(?=\p{Lu})"
)  # ("by then-owner Ann Lee": the owner then)
_LATE_BY = regex.compile(r"\bby[ ]{1,2}(?:the[ ]{1,2})?(?=\p{Lu})")
# A name that modifies the noun after it: "Finland -based company Nokia", "the US-led force"
_DASH_MODIFIER = regex.compile(r"[ ]?-\p{Ll}")
# A person named after a title set off by a comma: "Trade Minister, Ann Lee said"
_TITLE_NAME = regex.compile(r"[ ]?,[ ]{1,3}(?P<name>" + NAME + r")", regex.VERBOSE)
_BEFORE_DATE = frozenset("in on at between and from to until through since during the".split())
_CLAUSE_GAP = regex.compile(r"[,;:\"]|\b(?:to|that|which|who|and|but|or)\b")
_PHRASE_ENDS = frozenset(
    """for from at in with on by to into is are was were be been has have had will would
    can could may might must should""".split()
)
_MARKUP = regex.compile(r"(?:(?:__\p{Lu}+__|<[^<>\n]{1,60}>)[ ]*)+")  # "__NOTOC__", "<br>"
# A label that names a year's running story, set off from the text it opens by a run of
# spaces: "2008 Presidential Election   Ann Lee said"
_YEAR_LABEL = regex.compile(r"\d{4}(?:[ ]\p{Lu}[\p{L}'-]{0,30}){1,4}[ ]{2,8}(?=\p{Lu})")
# The rest of a list of names, each set off by a comma: "Ohio, Utah and Iowa, "
_LIST_REST = regex.compile(
    r"(?:(?:" + NAME + r")[ ]{0,3},[ ]{1,3}){0,6}(?:and|or)[ ]{1,3}(?:" + NAME + r")[ ]{0,3},[ ]*",
    regex.VERBOSE,
)
# Nouns of a group whose members, named after "of", are its agents: "a group of monks"
_FROM_NAMES = regex.compile(r"[ ]{1,2}(?:from|at)[ ]{1,2}(?:the[ ]{1,2})?(?=\p{Lu})")
_NAME_JOINT = regex.compile(
    r"(?:[ ]{0,2},|[ ]{1,2}and|[ ]{1,2}of)[ ]{1,2}(?:the[ ]{1,2})?(?=\p{Lu})"
)
_QUOTE_REACH = 400  # how far back the opening of a quotation holding a date is looked for
_TEAM_FROM = regex.compile(
    r"\b(?:\p{Ll}{3,20}[ ])?(?:team|group)(?=[ ]{1,2}(?:from|at)[ ]{1,2}(?:the[ ]{1,2})?\p{Lu})"
)
_MEMBERS = frozenset("researchers scientists experts doctors astronomers engineers".split())
_GROUP_REACH = 3  # how many sentences back "they" looks for the group it names
# Nouns of a group of people whose members, named after "of", act as one: "a group of
# pastors held".
# A count opening a subject: "More than 3,000 ", "Two ", "Hundreds of ".
_COUNT_OPENING = regex.compile(
    r"(?i:(?:(?:more|fewer|less)[ ]than|about|around|some|over|nearly|almost|at[ ]least"
    r"|up[ ]to|an[ ]estimated|roughly)[ ])?"
    r"(?:[0-9][0-9,.]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|several|some|many|dozens[ ]of|hundreds[ ]of|thousands[ ]of"
    r"|tens[ ]of[ ]thousands[ ]of))[ ]{1,2}(?=\p{L})"
)
# A verb of dying after a counted group: "Eight soldiers have died", "are feared dead".
_DIED = regex.compile(
    r"[ ]+(?:(?:have|had|has)[ ]+)?(?:(?:also|reportedly)[ ]+)?"
    r"(?:died|perished|drowned|starved|(?:are|were)[ ]+(?:feared|thought|believed))\b"
)
_CROWDS = frozenset("group team band crowd delegation".split())
_THE = ("the ", "The ")
_GROUPS = _CROWDS | frozenset("groups teams number members".split())
# A plural noun in lower case: the last word of a group's members.
_PLURAL_WORD = regex.compile(r"(?<![\p{L}'-])\p{Ll}{3,20}s\b")
# Nouns of a body or a group that acts for the one named after "of": "a panel of the court"
_BODIES = _GROUPS | frozenset("panel jury bench board unit units officials forces".split())
# What opens a clause reported or described after a verb: "said on Monday that ...",
# "asked whether ...", "a story about how ..."
_LABEL_REACH = 400  # how far into a text a label that opens it may end
_COMPLEMENT = regex.compile(r"\b(?:that|saying|how|whether|why)\b")
# A section label after markup, set off by a run of spaces: "<noinclude>  Australia   The ..."
_LABEL = regex.compile(r"\p{Lu}[\p{L}'-]{0,30}(?:[ ]\p{Lu}[\p{L}'-]{0,30}){0,2}[ ]{3,8}")
# A label of one to three capitalised words before the capitalised opening phrase of the
# first sentence ("USA On Monday,"), or before its date ("Peru Sunday night,").
_BY_WORD = regex.compile(r"\bby\b")
# The main verb right after a relative clause set off by commas: "..., was signed by"
_VERB_AFTER_CLOSE = regex.compile(
    r"[ ](?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)[ ]"
)
_RANGE_JOIN = regex.compile(r"[ ]{0,2}(?:-|–|—|to|and|until|through)[ ]{0,2}")
_OPENING_LABEL = regex.compile(
    r"\p{Lu}[\p{L}'-]{0,30}(?:[ ]\p{Lu}[\p{L}'-]{0,30}){0,2}[ ](?:infobox[ ])?"
    r"(?=(?:On|In|At|Late|Early|Earlier|Last|This|During)[ ]|(?:\p{Lu}\p{Ll}{2,8}day))"
)
_OPENING_WORDS = frozenset("on in at late early earlier last this during the a an".split())
# A relative clause that tells of an event, not of its antecedent's act
_EVENT_PREDICATE = regex.compile(r"[ ](?:took[ ]place|happened|occurred)\b")
_NOT_AGENTS = frozenset({"they", "it", "we", "i", "you", "this", "that", "these", "those", "there"})
_CONJUNCTION = regex.compile(r"(?:while|whereas|whilst|but|and|although|though)[ ]+")
_ORG_WORDS = frozenset(
    """association company corporation inc ltd department ministry court council party
    airlines airways news agency university commission committee bank group office
    service services union organization organisation institute center centre government
    police army navy force forces club team times post journal""".split()
)
_WORD = regex.compile(r"[\p{L}\p{N}'.-]+")
# Source nouns that name who publishes, not a document: "the Guardian newspaper reported".
_PUBLISHERS = frozenset("newspaper paper website daily".split())
_HAS_LETTER = regex.compile(r"\p{L}")
# A possessive among a few capitalised words, then the noun it owns before a comma:
# "President Ann Lee's chief adviser, ..." ("Lee 's" as some sources space it)
_OWNED_BEFORE_COMMA = regex.compile(
    r"(?:[ ]\p{Lu}[\p{L}.-]{0,20}){0,4}[ ]?(?:'s|s')(?:[ ]\p{Ll}[\p{Ll}-]{0,20}){1,4}[ ]?,"
)

_SUBJECT_PREPOSITIONS = frozenset(
    "in at between among near across inside outside around within".split()
)
# One of them as a word of _PHRASE_WORD, in any case.
_SUBJECT_PREPOSITION = regex.compile(
    r"(?<![\p{L}'-])(?i:"
    + "|".join(sorted(_SUBJECT_PREPOSITIONS, key=lambda w: (-len(w), w)))
    + r")(?![\p{L}'-])"
)


@attrs.frozen
class _Looks:
    """The patterns the reader of agents runs most, for one engine."""

    name: Pattern = _NAME_RE
    word: Pattern = _WORD
    next_word: Pattern = _NEXT_WORD
    owned_before_comma: Pattern = _OWNED_BEFORE_COMMA
    dash_modifier: Pattern = _DASH_MODIFIER
    present_named_then_date: Pattern = _PRESENT_NAMED_THEN_DATE
    present_then_date: Pattern = _PRESENT_THEN_DATE
    opening_label: Pattern = _OPENING_LABEL
    has_letter: Pattern = _HAS_LETTER
    passive_by_group: Pattern = _PASSIVE_BY_GROUP
    title_name: Pattern = _TITLE_NAME
    appositive_name: Pattern = _APPOSITIVE_NAME
    list_rest: Pattern = _LIST_REST
    participle_phrase: Pattern = _PARTICIPLE_PHRASE
    clause_break: Pattern = _CLAUSE_BREAK
    subject_preposition: Pattern = _SUBJECT_PREPOSITION


_LOOKS = _Looks()
# The same for plain text (see :func:`~newsstruct._datepatterns.plain_from`): the standard
# library's engine reads them there as ``regex`` does, faster.
_PLAIN_LOOKS = plain_copy(_LOOKS)


@attrs.frozen
class _Vocab:
    titles: frozenset[str]
    agents: frozenset[str]
    calendar: frozenset[str]  # month and weekday names
    weekdays: frozenset[str]
    acts: Mapping[str, ActNoun]  # act nouns and the forms of their verbs
    speech: frozenset[str]  # reporting verbs
    agentive: frozenset[str]  # agent nouns and titles: "the court ruling" names its agent
    documents: frozenset[str]  # what a document is called ("report", "study"): no agent
    numbers: frozenset[str]  # numbers written as words: "Ten soldiers died" names no one
    first_names: Mapping[str, str]  # given names that tell a gender: "Ann" -> "f"
    honorifics: Mapping[str, str]  # honorifics that tell a gender: "mrs" -> "f"
    places: frozenset[str]  # places named whole: "New Hampshire" is nobody "he" refers to
    org_words: frozenset[str]  # lower case: "Acme Group" is nobody "he" refers to
    non_names: frozenset[str]  # capitalised words that open no name: "If", "When"


@functools.lru_cache(maxsize=16)
def _vocab(config: Config) -> _Vocab:
    titles = frozenset(r[0] for r in config.rows("titles") if r[1] in ("title", "honorific"))
    weekdays = config.words("weekdays")
    calendar = config.words("months") | weekdays
    acts, speech = act_nouns(config), config.words("speech_verbs")
    agents = config.words("agent_nouns")
    documents = frozenset(
        r[0] for r in config.rows("titles") if r[1] == "source" and r[0] not in _PUBLISHERS
    )
    numbers = frozenset(
        r[0]
        for r in config.rows("number_words")
        if r[2] in ("unit", "tens", "scale") and r[0] != "one"  # "One Rohingya, Ann Lee,"
    )
    return _Vocab(
        titles,
        agents,
        calendar,
        weekdays,
        acts,
        speech,
        agents | titles,
        documents - agents,
        numbers,
        {r[0]: r[1] for r in config.rows("first_names") if len(r) > 1},
        {
            r[0].rstrip("."): r[2]
            for r in config.rows("titles")
            if r[1] == "honorific" and len(r) > 2 and r[2] in ("m", "f")
        },
        config.words("places"),
        frozenset(w.lower() for w in config.words("org_words")) | _ORG_WORDS,
        config.words("non_names"),
    )


def _clean(name: str, vocab: _Vocab) -> str:
    """A name without the role written before it and without a possessive ending.

    >>> _clean("Russian Defense Minister Sergei Shoigu", _vocab(DEFAULT_CONFIG))
    'Sergei Shoigu'
    >>> _clean("The International Air Transport Association", _vocab(DEFAULT_CONFIG))
    'International Air Transport Association'
    >>> _clean("Forty-year-old Ana Ruiz's", _vocab(DEFAULT_CONFIG))
    'Ana Ruiz'
    >>> _clean("This Monday Acme", _vocab(DEFAULT_CONFIG))
    'Acme'
    >>> _clean("Monday Acme", _vocab(DEFAULT_CONFIG))
    'Acme'
    >>> _clean("Ann Lee Saturday", _vocab(DEFAULT_CONFIG))
    'Ann Lee'
    """
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 2 and words[-1].lower() in vocab.weekdays:
        words = words[:-1]  # '"...," said Ann Lee Saturday': the day it was said
    if len(words) > 2 and words[0].lower() in _TIME_WORDS and words[1].lower() in vocab.calendar:
        words = words[2:]  # "This Monday Acme bid": a time, then the name
    elif len(words) > 1 and words[0].lower() in vocab.weekdays:
        words = words[1:]  # "on Monday Acme closed": the day, then the name
    while len(words) > 1 and words[0].lower().endswith("-year-old"):
        words = words[1:]  # "Thirty-four-year-old Uganda Harris"
    if words and words[-1].endswith(("'s", "s'")):
        words[-1] = words[-1][:-2] if words[-1].endswith("'s") else words[-1][:-1]
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower().rstrip(".") in vocab.titles and words[i + 1][:1].isupper():
            words = words[i + 1 :]
            break
    return " ".join(words).strip(" ,.")


def _fullest(name: str, text: str, near: tuple[int, int]) -> str:
    """The longest name in ``text[near[0]:near[1]]`` that ends with ``name`` ("Shoigu" ->
    "Sergei Shoigu")."""
    if " " in name or not name or text.find(" " + name, *near) < 0:
        return name  # a longer name ending in this one holds " name"
    best, spaced = name, " " + name
    plain = plain_from(text[near[0] : near[1]]) == 0
    for m in (_PLAIN_LOOKS if plain else _LOOKS).name.finditer(text, *near):
        found = m.group(0)
        # (a name of more words whose last one starts with ``name`` holds " name")
        if len(found) <= len(best) or spaced not in found:
            continue
        words = found.split()
        if len(words) > 1 and words[-1].rstrip("'s") == name:
            best = found
    return best


Agents = tuple[str, ...]  # the agents found for a clause
_UNREAD = "\0"  # no answer kept yet (no name is one NUL)


def _usable_rest(name: str) -> str | None:
    """The name after a leading common word: "Results of NCLAN" -> "NCLAN"."""
    rest = regex.sub(r"^\S+ (?:(?:of|and|the) )*", "", name)
    return rest if rest[:1].isupper() else None


class _Actors:
    """Finds the agent of a clause; remembers the last person named, for "he" and "she"."""

    def __init__(
        self,
        doc: Document,
        vocab: _Vocab,
        subjects: Subjects,
        dates: tuple[DateMention, ...],
        config: Config = DEFAULT_CONFIG,
    ) -> None:
        self.doc = doc
        self.folded = doc.folded
        # the patterns for the engine that reads this text: the faster one on plain text
        self.look = _PLAIN_LOOKS if plain_from(self.folded) == 0 else _LOOKS
        self.vocab = vocab
        self.subjects = subjects
        self.date_starts = frozenset(d.start for d in dates)
        self.date_ends = {d.start: d.end for d in dates}
        self.date_spans = sorted((d.start, d.end) for d in dates)
        self.date_span_starts = [start for start, _ in self.date_spans]
        # where capital letters stand in a sentence of many dates (each dating a clause),
        # but where dates start: a name opens with a capital letter, and one at the start
        # of a date is not an agent
        self.capitals: list[int] | None = None
        self.surnames: dict[str, tuple[str, bool]] | None = None  # read when first needed
        self.teams: list[regex.Match[str]] | None = None  # "a research team from": when needed
        self.team_starts: list[int] = []  # where they start, in order
        self.config = config
        self.story: int | None = None  # read when first needed
        # what _person_names reads in each run of capitalised words, and _usable in each
        # run at its offset (one text: the same answers)
        self.person_names: dict[str, list[tuple[str, str | None, bool]]] = {}
        self.usable: dict[tuple[int, str], str | None] = {}
        # the same for the subject and the act noun read at an offset of a clause: the
        # clauses of several dates in one sentence read them again
        self.subjects_at: dict[tuple[int, int, tuple[int, int], str], Agents | None] = {}
        self.nominals: dict[tuple[int, int, int, tuple[int, int]], Agents | None] = {}

    def story_start(self, at: int) -> int:
        """Where the story starts after a label that opens the text ("USA   Ann Lee said"),
        when ``at`` is near the start of the text (where a label can be); else -1."""
        if at > _LABEL_REACH:
            return -1
        if self.story is None:
            lead = find_lead(self.doc, self.config)[0]
            self.story = lead.start if lead is not None else -1
        return self.story

    def is_proper(self, word: str) -> bool:
        """Is ``word`` written capitalised inside a sentence somewhere (a name, not "Prices")?"""
        return self.subjects.capitalised_inside(word)

    def is_common(self, word: str) -> bool:
        """Is ``word`` written in lower case somewhere in the text (a common noun)?"""
        return self.subjects.written_lowercase(word)

    def _usable(self, start: int, name: str) -> str | None:
        """``name`` found at ``start``, unless it is a date or a capitalised common word.

        The answer depends on the text and the dates only: it is kept for each name and
        offset (the clauses of one sentence read the same names)."""
        key = (start, name)
        kept = self.usable.get(key, _UNREAD)
        if kept is _UNREAD:
            kept = self.usable[key] = self._read_usable(start, name)
        return kept

    def _read_usable(self, start: int, name: str) -> str | None:
        """:meth:`_usable`, read from the text."""
        if start in self.date_starts:
            return None
        words = name.split()
        head = words[0].lower()
        if head in _NOT_AGENTS:
            return None
        if head in self.vocab.calendar and (
            len(words) < 2
            or head in self.vocab.weekdays
            or words[1].lower() in self.vocab.calendar
            or self._in_date(start)
        ):
            return None  # not "Jan Egeland", a name the dates did not read as a month
        if self.vocab.non_names.issuperset(words):
            return None  # "Instead, the cost will be": a run of such words names nobody
        if "-" in name and any(w.endswith("-") for w in words[:-1]):
            return None  # "Aredio Petroleum-- I have": a run across a dash, no one name
        if head in _QUANTITY_HEADS or head.split("-", 1)[0] in self.vocab.numbers:
            # "Thousands of Romanians marched", "Thirty-seven Canadians have died": a crowd,
            # not a named agent
            return None
        if len(words) > 2 and words[1] == "of" and self.is_common(words[0]):
            return _usable_rest(name)  # "Thousands of Romanians", "Portions of Interstate 70"
        sent = self.doc.sentence_at(start)
        opening = sent.start if sent is not None else 0
        story = self.story_start(opening)
        if opening < story <= start:
            opening = story  # "USA   Federal agents said": the story opens after
        at_start = sent is None or (
            start - opening < 200 and not self.look.has_letter.search(self.folded, opening, start)
        )
        if (
            at_start
            and not words[0].isupper()
            and not self.is_proper(words[0].rstrip("'s"))
            and not self._place_owning(start, name)
        ):
            if len(words) == 1:
                if name.lower() in self.vocab.agents:
                    return name
                plural = name.endswith("s") and not name.endswith("ss")
                verb = self._verb_after(start + len(name), len(self.folded), strict=True)
                if not verb:  # "Ghana plays Sudan on Sunday": a present verb of a schedule
                    sched = self.look.present_named_then_date.match(self.folded, start + len(name))
                    verb = sched is not None and sched.end() in self.date_starts
                return name if verb and not plural and not self.is_common(name) else None
            if words[1] in ("of", "and"):
                return _usable_rest(name)
        return name

    def _place_owning(self, start: int, name: str) -> bool:
        """Whether ``name`` at ``start`` is a place that owns the organisation named after it
        ("Ireland's  National Pensions Reserve Fund")."""
        if len(name) < 3 or not name.endswith("'s") or name[:-2] not in self.vocab.places:
            return False
        at = start + len(name)
        while self.folded.startswith(" ", at):
            at += 1
        return self._org_at(at, len(self.folded))

    def of_clause(
        self, start: int, end: int, date: DateMention, near: tuple[int, int]
    ) -> tuple[str, ...]:
        """The agents of the clause ``start:end`` that ``date`` dates; ``near`` is the part of
        its sentence around it where a short name's full form is looked for."""
        f = self.folded
        relative = self._relative_agent(start, end, date, near)
        if relative is not None:
            return relative  # "the deal with Acme, which signed it in May"
        trailing = self._trailing_speaker(start, end, date, near)
        if trailing is not None:
            return trailing  # "Prices rose, the ministry said Thursday."
        quoted = self._quoted_subject(date, near)
        if quoted is not None:
            return quoted  # 'Lee said: "Bell died on Monday."': Bell died then
        sub = self._subordinate(start, date)
        if sub is not None:
            agents = self.of_clause(sub, end, date, near)
            if agents:
                return agents  # "Oye became the last after Lee died in 2007": Lee died then
        for passive in self.subjects.passive_agents(start, end):
            if passive.start() > date.end and _COMPLEMENT.search(f, date.end, passive.start()):
                break  # "Acme said on Monday that two men were hired by Zeta": not its clause
            if (
                passive.start() > date.end
                and _LATER_CLAUSE.search(f, date.end, passive.start())
                and not _WHEN_NEXT.match(f, date.end)
            ):
                # "Lee led the party from 1985 until 1989, when he was ousted by Oye": Lee
                # led it in 1985 (Oye ousted him in 1989)
                break
            if passive.end() < date.start and _NEW_SUBJECT.search(f, passive.end(), date.start):
                continue  # "is funded by Acme, and the board meets on Monday": not its clause
            title = passive.group("title")
            if title is not None and title.split()[-1].rsplit("-", 1)[-1] not in self.vocab.titles:
                continue  # "by many Americans": no title before the name
            if passive.start("name") not in self.date_starts and (
                passive.group("aux") is not None or self._dates_participle(passive, date)
            ):
                noun = self.look.next_word.match(f, passive.end("name"), end)
                titled = self._after_title(passive.group("name"), noun, end)
                if titled is not None:
                    # "by United States Presidential candidate Ann Lee"
                    return (self._name(titled.group(0), near),)
                if noun is not None and noun.group(1) in self.vocab.agents:
                    # "by Taiwanese officials", "by the United States military"
                    return (" ".join(self.doc.text[passive.start("name") : noun.end()].split()),)
                return (self._name(passive.group("name"), near),)
        by = f.find(" by ", start, end) >= 0
        group = self.look.passive_by_group.search(f, start, end) if by else None
        if group is not None and group.group("noun") in self.vocab.agents:
            noun = self.look.next_word.match(f, group.end("noun"), end)
            titled = self._after_title(group.group("noun"), noun, end)
            if titled is not None:  # "was chosen by party leader Ann Lee"
                return (self._name(titled.group(0), near),)
            return (group.group("noun"),)  # "was detained by police": the police acted
        by_phrase = self._gap_by(start, end, date, near) if by else None
        if by_phrase is not None:
            return by_phrase  # "was sentenced on Monday by a panel of the Supreme Court"
        dated = _DATED_BY.match(f, date.end, end) if by else None
        if dated is not None and (
            dated.group("owner") is not None
            or _ARTICLE_BEFORE.search(f, max(0, date.start - 5), date.start) is not None
        ):
            by_phrase = self._by_agent(dated.end(), end, near, 2)
            if by_phrase is not None:
                return by_phrase  # "Sunday's announcement by the security service"
        if f[start : start + 1] in "\"'":
            inverted = self.subjects.inverted_speaker(start, end)
            if inverted is not None:
                return (self._name(inverted.group("name"), near),)
            speaker = self._speaker_after_quote(start, date, end, near)
            if speaker is not None:
                return speaker  # '"... on Monday," she said'
        pos = self._subject_position(self._after_label(start, end, date), end, date)
        listed = self.look.list_rest.match(f, pos, end) if f[pos - 2 : pos] == ", " else None
        if listed is not None and pos - 2 > start:  # "With wins in Ohio, Utah and Iowa, Lee"
            pos = listed.end()
        word_m = self.look.word.search(f, pos, end)
        if word_m is None:
            return ()
        pos = word_m.start()
        first = word_m.group(0).lower()
        if (
            first in _DESCRIBERS
            or first.endswith(("'s", "s'"))
            or (
                word_m.group(0)[:1].isupper()
                and self.look.owned_before_comma.match(f, word_m.end(), end)
            )
        ):
            # "His lawyer, Ann Lee, said", "Kenya's health minister, Ann Lee, said",
            # "President Ann Lee's chief adviser, Ben Oye, said"
            named = self._set_off_name(pos, end, near)
            if named is not None:
                return named  # "His lawyer, Ann Lee, said on Monday"
        if first in OPENERS or word_m.group(0)[:1].isupper():
            owned = self.of_nominal(start, pos, end, near)
            if owned is not None:
                return owned
        if first == "they" and self._passive_after(word_m.end(), end, near) is None:
            plural = self._last_group(start)
            if plural is not None:
                return (plural,)  # "Police arrested two men. They said on Monday"
            pair = self._last_pair(start, near)
            if pair is not None:
                return pair  # "Lee and Oye met in May. On Monday, they signed"
        if first in _NOT_AGENTS:
            return ()
        if first in _PRONOUNS:
            acted_upon = self._passive_after(word_m.end(), end, near)
            if acted_upon is not None:
                return acted_upon  # "he was arrested on Monday"
            person = self._last_person(start, first)
            return (person,) if person else ()
        found = self._subject_at(pos, end, near, first)
        if found is not None:
            return found
        stop = date.start if date.start > pos else end
        capitals = self.capitals
        if capitals is not None and not _any_between(capitals, pos, stop):
            stop = pos  # no name in a clause of the many in this sentence
        for m in self.look.name.finditer(f, pos, stop):
            if m.start() in self.date_starts or self._usable(m.start(), m.group(0)) is None:
                continue
            if _in_subject_phrase(f, pos, m.start(), self.look) or self._object_of(pos, m.start()):
                continue  # "The price of rice in Asia rose": a place in the subject's phrase
            if self.look.dash_modifier.match(f, m.end(), end):
                continue  # "Finland -based company Nokia is": Nokia is
            if (
                self._verb_after(m.end(), end, strict=True, adverbials=False)
                or self._present_before_date(pos, m, date)
                or self._participle_then_verb(m.end(), end)
            ) or (
                m.end() < date.start  # "Ann Lee today gave", "Ann Lee on Monday gave"
                and f[m.end() : date.start].strip(" ") in _BEFORE_SUBJECT_DATE
                and self._opens_subject(pos, m.start())
                and self._verb_after(date.end, end, strict=True, adverbials=False)
            ):
                acted_upon = self._passive_after(m.end(), end, near)
                if acted_upon is not None:
                    return acted_upon  # "Lee was elected on Monday"
                return (self._name(m.group(0), near),)
        inverted = self.subjects.inverted_speaker(start, end)
        if inverted is not None and inverted.start("name") not in self.date_starts:
            return (self._name(inverted.group("name"), near),)  # not ', said on Monday
        return ()

    def _trailing_speaker(
        self, start: int, end: int, date: DateMention, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The speaker named when ``date`` dates a reporting verb set off after the statement
        and ending the clause ("Aid will come, Finance Minister Ann Lee said Saturday."): who
        said it then; None when the date follows no such verb or no name says it."""
        f = self.folded
        at = date.start
        if f.startswith("on ", at - 3):
            at -= 3
        lo = max(start, at - 30)
        head = f[lo:at]
        if head.isascii():  # the word before, read without the pattern: none said there
            low = _last_word(head).lower()
            if not low or (low not in _TOLD_WHOM and low not in self.vocab.speech):
                return None
        before = _WORD_BEFORE.search(f, lo, at)
        if before is not None and before.group(1).lower() in _TOLD_WHOM:
            told = _WORD_BEFORE.search(f, max(start, before.start() - 20), before.start())
            if told is not None and told.group(1).lower() == "told":
                before = told  # "Lee told reporters on Friday"
        if before is None or before.group(1).lower() not in self.vocab.speech:
            return None
        nxt = date.end
        while nxt < end and f[nxt] == " ":
            nxt += 1
        if nxt < end and f[nxt] not in ".,;\"":
            return None  # "Lee said Saturday that ...": the subject opens the clause
        verb = before.start(1)
        comma = f.rfind(",", max(start, verb - 80), verb)
        if comma <= start or _SET_OFF.search(f, comma + 1, verb):
            return None
        word = self.look.word.search(f, comma + 1, verb)
        if word is None:
            return None
        first = word.group(0).lower()
        if first in _PRONOUNS:
            person = self._last_person(word.start(), first, known=True)
            return (person,) if person else None
        if first == "they":  # "..., they reported on Thursday": the group named before
            plural = self._last_group(word.start())
            return (plural,) if plural is not None else None
        if first == "the":  # "..., the government said Thursday": the body that said it
            body = self._described(word.start(), date.end, near)
            if body and body[0].rsplit(" ", 1)[-1].lower() in self.vocab.agents:
                return body
            return None  # "..., the engineer in charge said Sunday": no one named
        if first in _NOT_AGENTS or not word.group(0)[:1].isupper():
            return None  # "..., officials said Friday": no one named, the clause's own agent
        found = self._subject_at(word.start(), date.end, near, first)
        return found or None

    def _quoted_subject(self, date: DateMention, near: tuple[int, int]) -> tuple[str, ...] | None:
        """The named subject of the clause that holds ``date`` inside a direct quotation
        ('"Bell died on Monday," Lee said', 'Lee said: "I confirm Bell died on Monday"'): who
        acted then, not the speaker; None when the date is not quoted or no name is the
        subject of a verb before it in the quotation."""
        f = self.folded
        if f.find('"', max(0, date.start - _QUOTE_REACH), date.start) < 0:
            return None  # no quotation mark before the date within reach: not quoted
        sent = self.doc.sentences[self.doc.sentence_index(date.start)]
        lo = max(sent.start, date.start - _QUOTE_REACH)
        if f.count('"', lo, date.start) % 2 == 0:
            return None
        opening = f.rfind('"', lo, date.start)
        if f.find('"', date.end, sent.end + 1) < 0:
            return None  # no closing mark in the sentence: a quotation mark lost or misread
        found = None
        for m in self.look.name.finditer(f, opening + 1, date.start):
            found = m  # the last name before the date
        if found is None or found.start() in self.date_starts:
            return None
        if _CLAUSE_GAP.search(f, found.end(), date.start):
            return None  # "Bell, who joined in May, said": not the subject of the date's verb
        before = _WORD_BEFORE.search(f, max(opening, found.start() - 25), found.start())
        if before is not None and before.group(1).lower() in _PREPOSITIONS | _DESCRIBERS:
            return None  # "the plant in Ohio opened on Monday": no subject of its own
        if before is not None and before.group(1).lower() in ("and", "or"):
            joined = _WORD_BEFORE.search(f, max(opening, before.start() - 25), before.start())
            if joined is not None and joined.group(1)[:1].isupper():
                return None  # "Egypt and Libya came under attack": one of two subjects
        if found.group(0).endswith(("'s", "s'")):
            return None  # "Acme's offer remains unchanged for this year": not its agent
        if self._usable(found.start(), found.group(0)) is None or not self._verb_after(
            found.end(), date.start, strict=True, adverbials=False
        ):
            return None
        acted_upon = self._passive_after(found.end(), date.start, near)
        return acted_upon if acted_upon is not None else (self._name(found.group(0), near),)

    def _subordinate(self, start: int, date: DateMention) -> int | None:
        """Where the clause that ``date`` dates starts when it is an adverbial clause after
        the main one ("Oye became the last after Lee died in 2007", "The war began when, on
        May 7, Acme attacked"); None when the date is in no such clause."""
        f = self.folded
        lo = max(start, date.start - 150)
        if _SUBORDINATOR_CUE.search(f, lo, date.start) is None:
            return None  # (every match holds a space and one of its words)
        sub = _LAST_SUBORDINATOR.search(f, lo, date.start)  # the last one before the date
        if sub is None or not self.look.has_letter.search(f, start, sub.start()):
            return None  # none, or one that opens the clause: no main clause before it
        if _SET_OFF.search(f, sub.end(), date.start) and not f.startswith(",", sub.end()):
            return None
        at = sub.end()
        while f[at] in " ,":
            at += 1
        if not f.startswith(",", sub.end()) and not self._has_verb(at, date.start):
            return None  # "testimony before the Senate on Monday": a phrase, no clause
        return at

    def _has_verb(self, start: int, end: int) -> bool:
        """Whether a word of ``start:end`` (but the first) reads as a verb, or a finite
        auxiliary is there."""
        if _FINITE.search(self.folded, start, end):
            return True
        verb_after = self.subjects.verb_after
        return any(
            verb_after(m.start(), end, strict=True, adverbials=False, dates=self.date_starts)
            for m in _SPACE_WORD.finditer(self.folded, start, end)
        )

    def _speaker_after_quote(
        self, start: int, date: DateMention, end: int, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The speaker named after the quotation that opens at ``start`` and holds ``date``
        ('"... on Monday," she said', '"...," Lee told reporters') or precedes it ('"...,"
        Lee said on Monday'), or None."""
        f = self.folded
        close = f.find('"', date.end, end)
        first = f.find('"', start + 1, date.start)
        if first >= 0:
            close = first  # '"...," Lee said on Monday': the date follows the quotation
        m = _AFTER_QUOTE.match(f, close + 1, end) if close >= 0 else None
        if m is None or m.group("verb") not in self.vocab.speech:
            return None
        who = m.group("who")
        if who.lower() in _PRONOUNS:
            person = self._last_person(m.start("who"), who.lower(), known=True)
            return (person,) if person else None
        usable = self._usable(m.start("who"), who)
        return (self._name(usable, near),) if usable else None

    def _last_group(self, before: int) -> str | None:
        """The group "they" at ``before`` refers to: a plural agent noun ("police", "the
        scientists") opening the sentence before, as the subject of its verb."""
        doc = self.doc
        index = doc.sentence_index(before)
        if index < 1 or not doc.sentences:
            return None
        for back in range(1, min(index, _GROUP_REACH) + 1):
            sent = doc.sentences[index - back]
            group = self._group_subject(sent.start, sent.end)
            if group is not None:
                return group or None
        return None

    def _last_pair(self, before: int, near: tuple[int, int]) -> tuple[str, ...] | None:
        """The people "they" at ``before`` refers to when the sentence just before opens
        with two people named in full as the subject of its verb ("Ann Lee and Ben Oye
        met"); None when it does not."""
        doc = self.doc
        index = doc.sentence_index(before)
        if index < 1 or not doc.sentences:
            return None
        sent = doc.sentences[index - 1]
        f = self.folded
        at = sent.start
        while at < sent.end and f[at] in " \n":
            at += 1
        name = self.look.name.match(f, at, sent.end)
        if name is None or name.group(0).count(" and ") != 1:
            return None  # (the pattern for a name reads "Ann Lee and Ben Oye" as one)
        if not self._verb_after(name.end(), sent.end, strict=True):
            return None
        first, second = name.group(0).split(" and ")
        one = self._usable(name.start(), first)
        two = self._usable(name.end() - len(second), second)
        if one is None or two is None or " " not in one or " " not in two:
            return None  # not "Procter and Gamble"
        return (self._name(one, near), self._name(two, near))

    def _group_subject(self, start: int, end: int) -> str | None:
        """The plural agent noun opening the sentence ``start:end`` as the subject of its
        verb ("The scientists found"); "" when the sentence opens with another agent or
        a name ("they" can go no further back); None when it opens with neither ("Several
        scenarios were considered")."""
        found: Iterator[Match] = self.look.word.finditer(self.folded, start, end)
        for count, m in enumerate(found, 1):
            low = m.group(0).lower()
            if count > 4:
                return None
            if count > 1 and m.group(0)[:1].isupper():
                return ""
            if low in self.vocab.agents:
                if (low.endswith("s") or low == "police") and self._verb_after(
                    m.end(), end, strict=True
                ):
                    return self._team(m.start(), low) or self.doc.text[m.start() : m.end()]
                return ""
            if low in _NOT_AGENTS or low in _PRONOUNS:
                return ""
            if low not in ("the", "some", "several", "many") and not low.isalpha():
                return ""
        return None

    def _relative_agent(
        self, start: int, end: int, date: DateMention, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The agent when ``date`` sits in a relative clause set off after a name ("Hamas,
        which seized Gaza in June", "Lee, who joined Acme in 2010,"): that name, or the
        agent of a passive ("Acme, which was founded in 1990") or (); None when the date is
        in no such clause, or one whose own subject follows the pronoun ("Acme, which Lee
        founded in 1990")."""
        f = self.folded
        if f.startswith(", wh", start - 2) and near[0] <= start - 2:
            start = near[0]  # the clause cut at the pronoun: "Acme, | which today has"
        lo = max(start, date.start - 150)
        if f.find(", wh", lo, date.start) < 0:
            return None
        rel = None
        for found in _RELATIVE.finditer(f, lo, date.start):
            rel = found  # the last one before the date
        if rel is None or _SET_OFF.search(f, rel.end(), date.start):
            return None
        name = None
        for m in self.look.name.finditer(f, max(start, rel.start() - 60), rel.start()):
            name = m if m.end() == rel.start() else None
        which = f.startswith("which", rel.end() - 6)
        if name is None and which and "," not in f[start : rel.start()]:
            return self._thing_relative(rel.end() - 1, end, date)
        if which and _EVENT_PREDICATE.match(f, rel.end() - 1):
            return ()  # "Acme bought Zeta, which took place in 1996": the purchase did
        if (
            name is None
            or name.start() in self.date_starts
            or name.group(0).endswith(("'s", "s'"))
            or self._usable(name.start(), name.group(0)) is None
        ):
            return None
        before = _WORD_BEFORE.search(f, max(0, name.start() - 30), name.start())
        word = "" if before is None else before.group(1).lower()
        titled = (
            f.startswith("who", rel.end() - 4)
            and name.group(0).split(" ", 1)[0].lower() in self.vocab.titles
        )  # "sent the bill to President Ann Lee, who": a person
        if (
            f[max(0, name.start() - 2) : name.start()] == ", "
            or (word in _PREPOSITIONS and not titled)
            or (before is None and f[max(0, name.start() - 2) : name.start() - 1].isdigit())
        ):
            return None  # "Ann Lee, R-Ohio, who", "of Acme at 11 Elm, who": set off, a place
        at = rel.end() - 1
        nxt = self.look.next_word.match(f, at, end)
        if nxt is None or not nxt.group(1)[:1].islower() or nxt.group(1) in _DESCRIBERS:
            return None  # "Acme, which Lee founded", "Acme, which the state owns"
        acted_upon = self._passive_after(at, end, near)
        if acted_upon == ():  # "who was shot by rebels": a group named by its noun acted
            group = self.look.passive_by_group.match(f, rel.end())
            if group is not None and group.group("noun") in self.vocab.agents:
                return (group.group("noun"),)
        if acted_upon is not None:
            return acted_upon
        if f[at : date.start] == " ":  # "Acme, which today has": the verb after the date
            at = date.end
        if not f.startswith("who", rel.end() - 4) and not self._verb_after(
            at, max(date.start, min(end, at + 60)), strict=True
        ):
            return None  # "Acme, which officials praised": after "who", a verb
        return (self._name(name.group(0), near),)

    def _thing_relative(self, at: int, end: int, date: DateMention) -> tuple[str, ...] | None:
        """() when ``date`` sits in a relative clause set off after a thing, not a name, the
        pronoun its subject ("The treaty, which expires in October, was signed by Russia":
        the treaty expires); None when the clause has a subject or an agent of its own."""
        f = self.folded
        close = f.find(",", date.end, end)
        nxt = self.look.next_word.match(f, at, end)
        if (
            close < 0
            or nxt is None
            or not nxt.group(1)[:1].islower()
            or nxt.group(1) in _DESCRIBERS
            or _BY_WORD.search(f, at, close) is not None
            or _VERB_AFTER_CLOSE.match(f, close + 1, end) is None
        ):
            return None
        return ()

    def _set_off_name(
        self, pos: int, end: int, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The name set off by commas after a subject that describes an agent and opens at
        ``pos`` ("His lawyer, Ann Lee, said", "A senior party leader in Gaza, Ann Lee, said"):
        the agent, or () when a passive follows it; None when the subject is no such
        description."""
        f = self.folded
        comma = f.find(",", pos, min(end, pos + 80))
        if comma < 0 or _FINITE.search(f, pos, comma):
            return None
        words = self.look.word.findall(f, pos, comma)
        agentive = self.vocab.agentive
        owned = any(w.endswith(("'s", "s'")) for w in words)  # a name's words come first
        counted = [w for w in words if w[:1].islower()] if owned else words
        if len(counted) > 8 or len(words) > 16 or not any(
            w.lower() in agentive
            or (w.lower()[:-1] in agentive and w.endswith("s"))
            or (w.endswith(("'s", "s'")) and (w[:1].isupper() or w == "'s"))  # "Lee's son,"
            for w in words  # "One of Lee's advisers, Ann Oye, said"
        ):
            return None
        m = self.look.appositive_name.match(f, comma, end)
        if m is None or self._usable(m.start("name"), m.group("name")) is None:
            return None
        person = m.group("name").split()
        if not 2 <= len(person) <= 4 or any(
            w.lower() in self.vocab.org_words or w.lower() in self.vocab.titles for w in person
        ):
            return None  # "A court in Tarrant County, Texas, issued": a place goes on
        verb = m.end() - 1
        while f[verb - 1] == " ":
            verb -= 1
        if not self._verb_after(verb, end, strict=True):
            return None
        acted_upon = self._passive_after(verb, end, near)
        return (self._name(m.group("name"), near),) if acted_upon is None else acted_upon

    def _participle_then_verb(self, at: int, end: int) -> bool:
        """Does a participle phrase set off by a comma after it come between the name ending
        at ``at`` and its verb ("Ann Lee giving no sign of it, said")?"""
        phrase = self.look.participle_phrase.match(self.folded, at, end)
        return (
            phrase is not None
            and phrase.group(1) not in _ING_PREPOSITIONS
            and self._verb_after(phrase.end(), end, strict=True, adverbials=False)
        )

    def _present_before_date(self, pos: int, name: Match, date: DateMention) -> bool:
        """Does the name opening the clause take a verb in -s that ``date`` dates ("The
        Federal Reserve meets next week", "Acme opens on Friday")?"""
        f = self.folded
        verb = self.look.present_then_date.match(f, name.end(), date.start + 1)
        if verb is None or verb.end() != date.start:
            verb = self.look.present_named_then_date.fullmatch(f, name.end(), date.start)
            if verb is not None and verb.group(1) in self.vocab.speech:
                return False  # "Lee says Acme on Monday": not a verb of its own act
        return (
            verb is not None
            and verb.end() == date.start
            and not verb.group(1).endswith(("ss", "'s"))
            and self._opens_subject(pos, name.start())
        )

    def _gap_by(
        self, start: int, end: int, date: DateMention, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The agent of a passive whose "by" phrase follows ``date``, told between the verb
        and "by" ("was sentenced on Monday by a panel of the Supreme Court", "were moved from
        their homes on Friday by soldiers"), or None."""
        f = self.folded
        if f.find(" by ", date.end, end) < 0:
            return None  # (the "by" of a gap that holds the date comes after it)
        for m in _PASSIVE_GAP_BY.finditer(f, start, end):
            if not (m.start("gap") <= date.start and date.end <= m.end("gap")):
                continue
            if _GAP_CLAUSE.search(f, m.start("gap"), date.start) or _GAP_CLAUSE.search(
                f, date.end, m.end("gap")
            ):
                continue  # "was told on Monday that ... by": another clause
            return self._by_agent(m.end(), end, near, 2)
        return None

    def _by_agent(
        self, pos: int, end: int, near: tuple[int, int], depth: int
    ) -> tuple[str, ...] | None:
        """The agent a "by" phrase names from ``pos``: a name, or a noun phrase whose words
        name an agent ("masked police officers"), or the body a panel or a group is "of"."""
        f = self.folded
        if pos < end and f[pos].isupper():
            name = self.look.name.match(f, pos, end)
            if name is None or name.start() in self.date_starts:
                return None
            usable = self._usable(name.start(), name.group(0))
            return (self._name(usable, near),) if usable else None
        words: list[Match] = []
        at = pos
        while len(words) < 4:
            w = _LOWER_WORD.match(f, at, end)
            if w is None or w.group(1) in _PHRASE_STOPS:
                break
            words.append(w)
            at = w.end()
            if f[w.end(1) : w.end(1) + 1] != " ":
                break
        if not words:
            return None
        agents = [i for i, w in enumerate(words) if w.group(1) in self.vocab.agents]
        of = _OF_THE.match(f, words[-1].end(), end) if f[words[-1].end(1)] == " " else None
        if of is not None and depth > 0 and words[-1].group(1) in _BODIES:
            # "a panel of the Supreme Court", "groups of masked police officers"
            inner = self._by_agent(of.end(), end, near, depth - 1)
            if inner is not None:
                return inner
        if not agents:
            return None
        last = agents[-1] + 1 if agents[-1] == len(words) - 2 else agents[-1]
        # "masked police officers": the agent noun and the head it modifies
        return (" ".join(f[words[agents[-1]].start() : words[last].end(1)].split()),)

    def _passive_after(
        self, at: int, end: int, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """When a passive follows the subject ending at ``at`` ("Lee was elected on Monday",
        "Lee, 53, was sworn in"): the agent named by a "by" phrase after it ("was killed in a
        raid, by the army"), or () when none is; None when no passive follows."""
        f = self.folded
        set_off = _SET_OFF_PHRASE.match(f, at, end)
        m = _PASSIVE_VERB.match(f, set_off.end() if set_off else at, end)
        if m is None:
            return None
        verb = m.group("verb")
        if m.group("to") is not None and verb in _LEADING_TO:
            return None  # "Lee was expected to win": Lee acts
        if f.startswith((" as saying", " as having"), m.end()):
            return None  # "Lee was reported as saying": Lee speaks
        if not (
            verb in PARTICIPLES
            or (len(verb) >= 5 and verb.endswith("ed") and verb not in _NOT_PARTICIPLES)
        ):
            return None
        by = _LATE_BY.search(f, m.end(), min(end, m.end() + 80))
        name = None if by is None else self.look.name.match(f, by.end(), end)
        if name is None:
            by = _BY_TITLE.search(f, m.end(), min(end, m.end() + 80))
            if by is not None and by.group("title") in self.vocab.titles:
                name = self.look.name.match(f, by.end(), end)  # "by party leader Ann Lee"
        if name is not None:
            noun = self.look.next_word.match(f, name.end(), end)
            person = self._after_title(name.group(0), noun, end)
            if person is not None:
                name = person  # "by United States Presidential candidate Ann Lee"
                noun = None
            if noun is not None and noun.group(1) in self.vocab.agents:
                return (self.doc.text[name.start() : noun.end()],)  # "by Indonesian navy"
            usable = self._usable(name.start(), name.group(0))
            if usable is not None:
                return (self._name(usable, near),)
        return ()

    def _after_title(
        self, name: str, noun: Match | None, end: int
    ) -> Match | None:
        """The person named after ``name`` and the title ``noun`` that follows it ("United
        States Presidential candidate Ann Lee"), or None."""
        if noun is None or noun.group(1) not in self.vocab.titles or name.endswith("'s"):
            return None  # not "Acme's major U.S. rival"
        f = self.folded
        person = self.look.name.match(f, noun.end() + 1, end)
        if person is None or f[noun.end() : noun.end() + 1] != " ":
            return None
        if " " not in person.group(0) or self._usable(person.start(), person.group(0)) is None:
            return None
        return person

    def _dates_participle(self, passive: regex.Match[str], date: DateMention) -> bool:
        """Whether ``date`` dates the participle of a passive with no auxiliary ("the 2001
        order signed by Lee", "a law signed by Lee in May"), not the clause's verb ("The
        Senate voted on Monday to repeal the order signed by Lee")."""
        verb = passive.start("verb")
        if date.start >= verb:
            # "A law signed by Lee in May", not "The team led by Lee won on Monday": the date
            # follows the participle's agent
            # (or a date ranged with it, or a second agent: "by Lee and Defense Secretary
            # Ann Oye last August")
            if date.start - passive.end() > 60 or "," in self.folded[passive.end() : date.start]:
                return False
            return all(
                w.group(0).lower() in _BEFORE_DATE
                or w.group(0)[:1].isupper()
                or w.group(0) in self.vocab.agents  # "by the Romanian government in May"
                or self._in_date(w.start())
                for w in self.look.word.finditer(self.folded, passive.end(), date.start)
            )
        gap = self.folded[date.end : verb]
        return len(gap) <= 40 and _CLAUSE_GAP.search(gap) is None

    def _object_of(self, pos: int, at: int) -> bool:
        """Whether the name at ``at`` is the object of a preposition ("prices in New York
        rose", "flights to Vancouver will"), or continues a list after one ("from Acme, Zeta
        and the Kappa Group"), but not the body of an agent ("officials from CBS stated",
        "a spokesman for Acme said") nor what "of" attaches to a noun."""
        f = self.folded
        direct = _DIRECT_OBJECT.search(f, max(pos, at - 40), at)
        if direct is not None:
            prep = direct.group(1).lower()
            if prep in ("for", "from"):
                before = _WORD_BEFORE.search(f, max(pos, direct.start() - 30), direct.start())
                word = "" if before is None else before.group(1).lower()
                if word in self.vocab.agents or word in self.vocab.titles:
                    return False
            return True
        return bool(
            _LIST_TAIL.search(f, max(pos, at - 8), at) and self.subjects.in_phrase(at)
        )

    def of_nominal(
        self, start: int, pos: int, end: int, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The agent of the subject at ``pos`` of the clause ``start:end`` when it names an
        act ("the April 22 announcement"): its possessor, its "by" phrase, or the agent of
        the nearest clause before this one whose verb performs the act; None when the
        subject names no act, or no such clause is found (kept for each clause and offset)."""
        key = (start, pos, end, near)
        if key in self.nominals:
            return self.nominals[key]
        found = self.nominals[key] = self._read_nominal(start, pos, end, near)
        return found

    def _read_nominal(
        self, start: int, pos: int, end: int, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """:meth:`of_nominal`, read from the text."""
        nominal = read_nominal(
            self.folded,
            pos,
            end,
            self.vocab.acts,
            name_at=lambda at, stop: _NAME_RE.match(self.folded, at, stop),  # (a regex match)
            date_end=self._date_end,
            agentive=self.vocab.agentive,
            verb_after=self._verb_after_noun,
        )
        if nominal is None:
            return None
        if nominal.owner is not None:
            if nominal.possessive and self.vocab.acts[nominal.noun].possessor != "agent":
                return ()  # "Lee's arrest": Lee did not arrest
            o_start, o_end = nominal.owner
            usable = self._owner(o_start, self.folded[o_start:o_end])
            return (self._name(usable, near),) if usable else ()
        return self._antecedent(nominal, start)

    def _verb_after_noun(self, pos: int, end: int) -> bool:
        """Does a verb follow the noun ending at ``pos``?  A word in -s after it is one ("the
        announcement comes"), unless a verb follows that word ("the attack helicopters
        flew")."""
        if self._verb_after(pos, end, strict=True):
            return True
        nxt = self.look.next_word.match(self.folded, pos, end)
        return (
            nxt is not None
            and nxt.group(1)[:1].islower()
            and self._verb_after(pos, end, strict=False)
            and not self._verb_after(nxt.end(), end, strict=True, adverbials=False)
        )

    def _owner(self, start: int, name: str) -> str | None:
        """The possessor ``name`` at ``start`` ("Acme's") or agent of a "by" phrase as an
        agent: a name that is no date, opens on no capitalised common word ("Until Lee's")
        and is no common word written with a capital at the start of a sentence."""
        words = name.split()
        last = words[-1][:-2] if words[-1].endswith("'s") else words[-1].rstrip("'")
        if last.lower() in self.vocab.calendar:
            return None  # "Including Wednesday's attack"
        head = words[0].lower()
        if len(words) > 1 and (
            head in _OPENING_PREPOSITIONS
            or head in _LEADING_WORDS
            or (head.endswith("ing") and self.is_common(head))  # "Including Lee's"
        ):
            return None
        usable = self._usable(start, name)
        if usable is not None or len(words) > 1:
            return usable
        low = last.lower()
        if self.is_common(last) or low in _NOT_AGENTS or low in _QUANTITY_HEADS:
            return None
        return name

    def _date_end(self, pos: int) -> int | None:
        """The end of the date mention starting at ``pos``, if one does."""
        if pos not in self.date_starts:
            return None
        return self.date_spans[bisect.bisect_left(self.date_span_starts, pos)][1]

    def _in_date(self, pos: int) -> bool:
        i = bisect.bisect_right(self.date_span_starts, pos) - 1
        return i >= 0 and self.date_spans[i][0] <= pos < self.date_spans[i][1]

    def _antecedent(self, nominal: Nominal, before: int) -> tuple[str, ...] | None:
        """The agent of the nearest clause before ``before`` (in its sentence or the two
        before it; the one before it for an act named by no verb, "the move") whose verb
        performs ``nominal``.  A verb whose subject is "it" or "they" defers to an earlier
        verb of its sentence, or to the reporting verb of whoever said it ("Moscow says it
        has ordered"); one whose subject names no agent ends the search."""
        doc, f = self.doc, self.folded
        forms = self.vocab.acts[nominal.noun].forms
        index = doc.sentence_index(before)
        if not doc.sentences:
            return None
        first = doc.sentences[max(0, index - (2 if forms else 1))].start
        tokens = list(_WORD.finditer(f, max(first, before - _LOOKBACK), before))  # (regex matches)
        lexicon = self.subjects.lexicon
        deferred = -1  # the sentence of a verb whose subject was "it" or "they"
        for k in range(len(tokens) - 1, -1, -1):
            tok = tokens[k]
            word = tok.group(0)
            if not word[:1].islower():
                continue
            verb = performing_verb(tokens, k, f) if word == nominal.noun else -1
            if verb >= 0:  # "Acme issued a recall. The recall ..."
                tok = tokens[verb]
            elif deferred >= 0 and word in self.vocab.speech:
                verb = k  # "Moscow says it has ordered": who says it did it
            elif word in forms if forms else reading(word, lexicon, f, tok.end()) == ACTING:
                verb = k
            else:
                continue
            s_index = doc.sentence_index(tok.start())
            if deferred >= 0 and s_index != deferred:
                return None
            sentence = doc.sentences[s_index]
            j, passive = subject_before(tokens, verb, f, sentence.start, self._in_date)
            if j < 0 or not_a_subject(tokens[j].group(0)):
                continue  # a noun ("an order"), an infinitive, an inverted "said Ann Lee"
            near = (max(0, sentence.start - 300), sentence.end)
            if passive:
                return self._passive_by(tok.end(), sentence.end, near)
            if tokens[j].group(0).lower() in PRONOUNS:
                deferred = s_index
                continue
            return self._agent_ending(tokens, j, sentence.start, near)
        return None

    def _passive_by(self, pos: int, end: int, near: tuple[int, int]) -> tuple[str, ...] | None:
        """The agent of a passive named right after its verb: "was ordered by Moscow"."""
        by = BY.match(self.folded, pos, end)
        name = None if by is None else self.look.name.match(self.folded, by.end(), end)
        if name is None:
            return None
        usable = self._usable(name.start(), name.group(0))
        return (self._name(usable, near),) if usable else None

    def _agent_ending(
        self, tokens: list[regex.Match[str]], j: int, sentence_start: int, near: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The agent whose subject ends with ``tokens[j]``: a name opening a clause, "he" or
        "she", or a described agent ("the police"); None for any other subject."""
        f = self.folded
        tok = tokens[j]
        word = tok.group(0)
        low = word.lower()
        if low in _PRONOUNS:
            person = self._last_person(tok.start(), low)
            return (person,) if person else None
        if word[:1].isupper():
            lo = max(sentence_start, tokens[max(0, j - 8)].start())
            name = None
            for m in self.look.name.finditer(f, lo, tok.end()):
                name = m if m.end() == tok.end() else None
            if name is None or name.group(0).endswith(("'s", "s'")):
                return None
            if not self._opens_clause(name.start(), sentence_start):
                return None
            usable = self._usable(name.start(), name.group(0))
            return (self._name(usable, near),) if usable else None
        if low in self.vocab.agents or low in self.vocab.titles:
            for i in range(j - 1, max(-1, j - 5), -1):
                det = tokens[i].group(0).lower()
                if tokens[i].start() < sentence_start or not det.isalpha():
                    return None
                if det == "the":
                    if not self._opens_clause(tokens[i].start(), sentence_start):
                        return None
                    return (self.doc.text[tokens[i + 1].start() : tok.end()],)
        return None

    def _opens_clause(self, start: int, sentence_start: int) -> bool:
        """Whether a subject starting at ``start`` opens its sentence or a clause."""
        before = self.folded[max(sentence_start, start - 40) : start].rstrip(" ")
        if not before or before[-1] in ",;:\"(\u201c":
            return True
        last = before.rsplit(" ", 1)[-1]
        return last.lower() in CLAUSE_OPENERS or self._in_date(start - len(last) - 1)

    def starts_with_verb(self, start: int, end: int) -> bool:
        """Does the clause open with a verb (its subject shared with the clause before)?"""
        return self._verb_after(start - 1, end, strict=True, adverbials=False)

    def _verb_after(self, pos: int, end: int, *, strict: bool, adverbials: bool = True) -> bool:
        """Does a verb (or an adverbial before one) follow ``pos``?  An adverb of time or
        manner may stand before the verb ("Lee still denied", "Lee quickly left").  The
        wiki italics that close a title come first ("''The Times '' reported")."""
        if self.folded.startswith(("''", " ''"), pos):
            pos = self.folded.index("''", pos) + 2
        if self.subjects.verb_after(
            pos, end, strict=strict, adverbials=adverbials, dates=self.date_starts
        ):
            return True
        adverb = _MID_ADVERB.match(self.folded, pos, end)
        return adverb is not None and self.subjects.verb_after(
            adverb.end(), end, strict=True, adverbials=False, dates=self.date_starts
        )

    def _subject_at(
        self, pos: int, end: int, near: tuple[int, int], first: str
    ) -> tuple[str, ...] | None:
        """The subject noun phrase at ``pos`` when it names an agent; None when it is not one
        (kept for each offset and clause end)."""
        key = (pos, end, near, first)
        if key in self.subjects_at:
            return self.subjects_at[key]
        found = self.subjects_at[key] = self._read_subject_at(pos, end, near, first)
        return found

    def _read_subject_at(
        self, pos: int, end: int, near: tuple[int, int], first: str
    ) -> tuple[str, ...] | None:
        """:meth:`_subject_at`, read from the text."""
        f = self.folded
        if first == "one":
            one = _ONE_OF.match(f, pos, end)
            if (
                one is not None
                and one.group(1) in self.vocab.agents
                and self._verb_after(one.end(), end, strict=True, adverbials=False)
            ):  # "one of his supporters stated": a member of the group speaks
                acted_upon = self._passive_after(one.end(), end, near)
                member = " ".join(self.doc.text[pos : one.end()].split())
                return (member,) if acted_upon is None else acted_upon
        determiner = first in ("the", "a", "an", "its", "their")
        if not determiner and first not in self.vocab.agents:
            group = self._bare_group(pos, end, near)
            if group is not None:
                return group  # "Federal investigators arrested", "Iraqi security forces"
        if determiner:
            nxt = self.look.word.search(f, pos + len(first), end)
            if nxt is None:
                return None
            pos = nxt.start()
        name_m = self.look.name.match(f, pos, end)
        if name_m is not None and self.look.dash_modifier.match(f, name_m.end(), end):
            return None  # "Finland -based company Nokia": a modifier
        if name_m is None or pos in self.date_starts:
            if determiner:
                return self._described(pos, end, near)
            word = self.look.word.match(f, pos, end)
            if word is not None and word.group(0).lower() in self.vocab.agents:
                return (self.doc.text[word.start() : word.end()],)
            return None
        usable = self._usable(pos, name_m.group(0)) if not determiner else name_m.group(0)
        stop = name_m.end()
        if " " not in name_m.group(0) and f.startswith("  ", stop):
            titled_m = self.look.name.match(f, stop + 2, end)
            if titled_m is not None and any(
                w.lower() in self.vocab.titles for w in titled_m.group(0).split()[:2]
            ):  # "Australian  Prime Minister  Ann Lee": a modifier cut off by link debris
                return self._subject_at(stop + 2, end, near, titled_m.group(0).split()[0].lower())
        if usable and usable.split()[-1].lower() in self.vocab.titles and f.startswith("  ", stop):
            named = self.look.name.match(f, stop + 2, end)  # "Prime Minister  Ann Lee": link debris
            if named is not None and self._usable(named.start(), named.group(0)) is not None:
                usable, stop = named.group(0), named.end()
        if usable is None:
            if f.startswith(" and ", stop):  # "Sudan and the biggest rebel group signed"
                return self._coordinated(name_m.group(0), stop + 5, end, near, strict=True)
            # "Kenya's government agreed", at the start of a sentence: the owner's body
            if not name_m.group(0).endswith(("'s", "s'")):
                return None
            body = self._body_owned(pos, stop + 1, end, joined=True)
            if body is None:
                return None
            usable, stop = self.doc.text[pos:body], body
        name = usable
        if f.startswith(" 's ", stop):  # "Acme 's board": a possessive cut off
            if self._body_owned(pos, stop + 4, end, joined=True) or self._org_at(stop + 4, end):
                name, stop = name + "'s", stop + 3
            else:
                chief = self._titled_person(stop + 4, end)
                if chief is not None:  # "Acme 's chief Ann Lee said": Ann Lee
                    acted_upon = self._passive_after(chief.end(), end, near)
                    return (self._name(chief.group(0), near),) if acted_upon is None else acted_upon
                owned = self.look.name.match(f, stop + 4, end)
                if owned is not None and any(
                    w.lower() in self.vocab.titles for w in owned.group(0).split()[:2]
                ):
                    name, stop = name + "'s", stop + 3  # "Japan 's Prime Minister Ann Lee"
        possessive = name.endswith(("'s", "s'"))  # "Volkov's deputy" is someone else
        if possessive and f.startswith(" ", stop):
            at = stop + (2 if f.startswith("  ", stop) else 1)
            owned = self.look.name.match(f, at, end)
            if owned is not None and self._usable(at, owned.group(0)) is not None:
                # "Ireland's National Pensions Reserve Fund has posted": the name it owns
                name, stop, possessive = owned.group(0), owned.end(), False
            elif owned is None and (body := self._body_owned(pos, at, end, joined=True)):
                name, stop, possessive = self.doc.text[pos:body], body, False
        titled = self.look.title_name.match(f, stop, end)
        if (
            titled is not None
            and not possessive
            and name.split()[-1].lower() in self.vocab.titles
            and self._usable(titled.start("name"), titled.group("name")) is not None
            and self._verb_after(titled.end(), end, strict=True, adverbials=False)
        ):
            return (self._name(titled.group("name"), near),)  # "Trade Minister, Ann Lee said"
        appositive = self.look.appositive_name.match(f, stop, end)
        if appositive is not None and not possessive:
            person = appositive.group("name").split()
            if 2 <= len(person) <= 4 and not any(
                w.lower() in _ORG_WORDS or w.lower() in self.vocab.titles or w.islower()
                for w in person
            ):
                return (self._name(appositive.group("name"), near),)
        gap = 2 if f.startswith("  ", stop) else 1  # "the Romanian  parliament": link debris
        after = self.look.word.match(f, stop + gap, end) if f[stop : stop + 1] == " " else None
        if possessive:
            after = None
        if after is not None:
            low = after.group(0).lower()
            if low in self.vocab.documents:
                return ()  # "A Federal Parliamentary report said": a document, no agent
            if low in self.vocab.agents or low in self.vocab.titles:
                name, stop = f"{name} {self.doc.text[after.start() : after.end()]}", after.end()
                gap = 2 if f.startswith("  ", stop) else 1
                person = (
                    self.look.name.match(f, stop + gap, end) if f[stop : stop + 1] == " " else None
                )
                if person is not None and low in self.vocab.titles:
                    name, stop = f"{name} {person.group(0)}", person.end()  # "NASA chief Ann Oye"
                elif (
                    person is not None
                    and self._usable(person.start(), person.group(0)) is not None
                    and self._verb_after(person.end(), end, strict=True, adverbials=False)
                ):
                    name, stop = person.group(0), person.end()  # "Essex firm Acme revealed"
            elif (
                low.isalpha()
                and low.islower()
                and not low.endswith(("ed", "s"))
                and low not in _DESCRIBERS
                and low not in _PREPOSITIONS
            ):
                noun = self.look.next_word.match(f, after.end(), end)
                if (
                    noun is not None
                    and noun.group(1) in self.vocab.agents
                    and low not in self.vocab.speech
                    and (
                        self._verb_after(noun.end(), end, strict=True, adverbials=False)
                        or (
                            noun.end() + 1 in self.date_starts
                            and self._verb_after(noun.end(), end, strict=True)
                        )
                    )
                ):  # "European Union foreign ministers opened": a modifier, then the body
                    name, stop = " ".join(self.doc.text[pos : noun.end()].split()), noun.end()
        if determiner and not self._verb_after(stop, end, strict=True):
            return None
        nxt = self.look.next_word.match(f, stop, end)
        if nxt is not None and nxt.group(1)[:1].islower():
            low = nxt.group(1).lower()
            if low not in _PREPOSITIONS and not self._verb_after(
                nxt.start(1) - 1, end, strict=True
            ):
                if low == "and" and not determiner:
                    return self._coordinated(name, nxt.end(1), end, near)
                return None  # "Thai low-cost carrier One-Two-Go announced": a modifier
        acted_upon = self._passive_after(stop, end, near)
        return (self._name(name, near),) if acted_upon is None else acted_upon

    def _opens_subject(self, pos: int, at: int) -> bool:
        """Whether the name at ``at`` heads the subject that opens at ``pos`` (or after the
        last comma before it): only a few modifiers come before it ("United States
        presidential candidate Ann Lee", "the banking giant Acme"), no preposition, no verb
        with its object and no article inside ("migrants crossing the Channel", "the index
        of Acme")."""
        lo = max(pos, self.folded.rfind(",", pos, at) + 1)
        words = self.look.word.findall(self.folded, lo, at)
        if len(words) > 6:
            return False
        for i, w in enumerate(words):
            if w[:1].isupper():
                continue
            if w in _PREPOSITIONS or (i and w in _DESCRIBERS):
                return False
            if w.endswith(("ing", "ed")) and i + 1 < len(words) and words[i + 1] in _DESCRIBERS:
                return False
        return True

    def _titled_person(self, at: int, end: int) -> Match | None:
        """The name after a title within the few words at ``at`` ("national police chief
        Ann Lee"), when a verb follows it; else None."""
        f = self.folded
        found: Iterator[Match] = self.look.word.finditer(f, at, min(end, at + 60))
        for count, word in enumerate(found, 1):
            if count > 4 or not word.group(0)[:1].islower():
                return None
            if word.group(0) in self.vocab.titles and f.startswith(" ", word.end()):
                person = self.look.name.match(f, word.end() + 1, end)
                if person is not None and self._verb_after(person.end(), end, strict=True):
                    return person
        return None

    def _org_at(self, at: int, end: int) -> bool:
        """Whether a name at ``at`` names an organisation by one of its words ("Health
        Services Union"), not a product or a work ("Blu-ray")."""
        m = self.look.name.match(self.folded, at, end)
        return m is not None and any(
            w.lower().rstrip(".") in self.vocab.org_words for w in m.group(0).split()
        )

    def _bare_group(self, pos: int, end: int, near: tuple[int, int]) -> tuple[str, ...] | None:
        """A subject of one or two modifiers and a plural agent noun, with no determiner
        ("federal investigators arrested", "Iraqi security forces battled"): that group, or
        the agent of a passive after it; None for any other subject."""
        f = self.folded
        vocab = self.vocab
        count_of = _COUNT_OPENING.match(f, pos, end)
        if count_of is not None:  # "More than 3,000 refugees returned": the refugees
            pos = count_of.end()
        previous = pos
        found: Iterator[Match] = self.look.word.finditer(f, pos, min(end, pos + 60))
        for count, m in enumerate(found, 1):
            if count > 3 or f[previous : m.start()].strip(" "):
                return None
            previous = m.end()
            low = m.group(0).lower()
            if (
                (count > 1 or count_of is not None)
                and low in vocab.agents
                and (low.endswith(("s", "men")) or low == "police")
            ):
                if not self._verb_after(m.end(), end, strict=True):
                    return None
                if count_of is not None and _DIED.match(f, m.end(), end):
                    return None  # "Eight soldiers have died": what befell them
                acted_upon = self._passive_after(m.end(), end, near)
                group = " ".join(self.doc.text[pos : m.end()].split())  # "Iraqi  forces"
                return (group,) if acted_upon is None else acted_upon
            if (
                not m.group(0).isalpha()
                or low in _PHRASE_ENDS
                or low in _DESCRIBERS
                or low in _NOT_AGENTS
                or low in _PRONOUNS
                or low in _QUANTITY_HEADS
                or low in vocab.numbers
                or low in vocab.titles
                or low in vocab.calendar
            ):
                return None
        return None

    def _coordinated(
        self, name: str, at: int, end: int, near: tuple[int, int], *, strict: bool = False
    ) -> tuple[str, ...] | None:
        """The agents of a subject "``name`` and ..." whose second part runs from ``at``
        to a verb within six words ("Sudan and the biggest rebel group signed"); None when
        no verb follows so soon.  ``strict``: ``name`` may be a common word opening the
        sentence, so the second part must name an agent ("Food and water were sent")."""
        f = self.folded
        found: Iterator[Match] = self.look.word.finditer(f, at, min(end, at + 80))
        for count, word in enumerate(found, 1):
            if count > 6 or word.group(0).lower() in _PREPOSITIONS:
                return None  # "Sudan and the people of Darfur": not a subject here
            if f.startswith(",", word.end()):
                return None  # "Acme chairman and chief executive, Ann Lee, said"
            if not self._verb_after(word.end(), end, strict=True):
                continue
            acted_upon = self._passive_after(word.end(), end, near)
            if acted_upon is not None:
                return acted_upon  # "Lee and two aides were convicted"
            second = self.look.name.search(f, at, word.end())
            if "," in f[at : word.end()] or (
                strict and (second is not None or word.group(0) not in self.vocab.agents)
            ):
                return None  # "Economy and business British-based company Centrica has"
            if second is not None and self._usable(second.start(), second.group(0)) is not None:
                return (self._name(name, near), self._name(second.group(0), near))
            return (self._name(name, near),)
        return None

    def _body_owned(self, pos: int, at: int, end: int, *, joined: bool = False) -> int | None:
        """Where the agent noun at ``at`` ends when the name at ``pos`` owns it ("Kenya's
        government agreed"), or None.  ``joined``: the noun may be the first of two joined
        subjects ("Kenya's government and the WFP began")."""
        noun = self.look.word.match(self.folded, at, end)
        if noun is None or noun.group(0) not in self.vocab.agents:
            return None
        if joined and self.folded.startswith(" and ", noun.end()):
            return noun.end()
        if not self._verb_after(noun.end(), end, strict=True):
            return None
        return noun.end()

    def _name(self, raw: str, near: tuple[int, int]) -> str:
        return _clean(_fullest(_clean(raw, self.vocab), self.doc.text, near), self.vocab)

    def _described(self, pos: int, end: int, near: tuple[int, int]) -> tuple[str, ...] | None:
        """ "the police", "the Ukrainian president": an agent noun heading the subject (or
        the agent of a passive after it: "a new government was formed")."""
        before = previous = ""
        found: Iterator[Match] = self.look.word.finditer(self.folded, pos, min(end, pos + 80))
        for words, m in enumerate(found, 1):
            low = m.group(0).lower()
            if words == 1 and low.endswith("'s") and low[:-2].isalpha():
                pos = m.end() + 1  # "the country's health ministry": the ministry
                continue
            if words > 5 or not low.isalpha() or low in _PHRASE_ENDS:
                return None  # "the bill was sent to Parliament": the subject ended
            if low == "of" and previous not in self.vocab.agentive and previous not in _GROUPS:
                return None  # "the death of four soldiers": what happened to them
            if (
                low == "of"
                and previous == "number"
                and (before == "the" or (words == 2 and self.folded.endswith(_THE, 0, pos)))
            ):
                return None  # "The number of refugees dropped": a count, not people ("A
                # number of refugees returned": some of them)
            if low == "of" and previous in _CROWDS:
                members = self._members_of(m.end(), end)
                if members is not None:  # "A group of former officials and pastors held"
                    acted_upon = self._passive_after(members, end, near)
                    group = " ".join(self.doc.text[pos:members].split())
                    return (group,) if acted_upon is None else acted_upon
            before, previous = previous, low
            if low in self.vocab.agentive and self.look.title_name.match(self.folded, m.end(), end):
                return None  # "the boy's father, Ann Lee had": the name is the subject
            if low in self.vocab.agents or low in self.vocab.titles:
                verb_at = head = m.end()
                if low in self.vocab.agents and not self._verb_after(m.end(), end, strict=False):
                    origin = self._names_after(m.end(), end)
                    if origin is not None:  # "a team from Acme": named with its one origin
                        verb_at = origin[0]
                        head = verb_at if origin[1] == 1 else head
                if self._verb_after(verb_at, end, strict=False):
                    # "A research team from Acme and the University of Oxford has found":
                    # the team, not the last of the names it comes from
                    acted_upon = self._passive_after(verb_at, end, near)
                    group = " ".join(self.doc.text[pos:head].split())
                    if head == m.end() and (team := self._team(pos, group)) is not None:
                        group = team  # "The scientists found", after "A research team from"
                    return (group,) if acted_upon is None else acted_upon
            elif (
                words > 1
                and low in self.vocab.org_words
                and low not in self.vocab.documents
                and (said := self.look.next_word.match(self.folded, m.end(), end)) is not None
                and said.group(1) in self.vocab.speech
            ):
                # "the national weather service said": a body named in lower case, by the
                # word that names it an organisation, speaking
                return (" ".join(self.doc.text[pos : m.end()].split()),)
        return None

    def _members_of(self, at: int, end: int) -> int | None:
        """Where the members of a group named after "of" at ``at`` end when a verb follows
        them ("of former IRS officials and pastors| held"), within a few words and no
        punctuation; else None."""
        f = self.folded
        stop = min(end, at + 80)
        for w in _PLURAL_WORD.finditer(f, at, stop):
            if any(g.group() != "and" for g in _CLAUSE_GAP.finditer(f, at, w.start())):
                return None  # punctuation or a clause's word: the members ended before
            if self._has_verb(at, w.start()):
                return None
            if self._verb_after(w.end(), end, strict=True, adverbials=False):
                return w.end()
        return None

    def _team(self, before: int, noun: str) -> str | None:
        """The team named before ``before`` that "the ``noun``" (its members: "the
        researchers") stands for ("A research team from Acme ... The scientists found"), or
        None."""
        if noun.lower() not in _MEMBERS:
            return None
        if self.teams is None:
            self.teams = list(_TEAM_FROM.finditer(self.folded))
            self.team_starts = [m.start() for m in self.teams]
        i = bisect.bisect_left(self.team_starts, before)  # the last team starting before
        return self.teams[i - 1].group(0) if i > 0 else None

    def _names_after(self, at: int, end: int) -> tuple[int, int] | None:
        """Where the names after a group noun end ("team| from Acme and the University of
        Oxford| has"), the group's origin, and how many there are; None when no such
        phrase follows ``at``."""
        f = self.folded
        joint = _FROM_NAMES.match(f, at, end)
        if joint is None:
            return None
        for count in range(1, 7):
            name = self.look.name.match(f, joint.end(), end)
            if name is None or name.start() in self.date_starts:
                return None
            joint = _NAME_JOINT.match(f, name.end(), end)
            if joint is None:  # "Acme and the University of Oxford": one run, two names
                return name.end(), count + (" and " in name.group(0))
        return None

    def _after_label(self, start: int, end: int, date: DateMention | None = None) -> int:
        """Where the clause ``start:end`` starts after a label that opens the text ("USA
        Ann Lee said", "2008 Presidential Election   Ann Lee said")."""
        pos = start
        story = self.story_start(start)
        if start < story < end:
            pos = story
        if start < _LABEL_REACH and self.folded[pos : pos + 1].isdigit():
            label: Match | None = _YEAR_LABEL.match(self.folded, pos, end)
            if label is not None and not self.folded[:pos].strip():
                pos = label.end()
        elif pos == start and date is not None and start < _LABEL_REACH:
            # "USA On Monday, Ann Lee said", "Peru Sunday night, Ann Lee said": a label
            # that opens the text, its spaces closed up, before the opening phrase
            label = self.look.opening_label.match(self.folded, pos, end)
            if (
                label is not None
                and label.end() <= date.start
                and not self.folded[:pos].strip()
                and label.group().split(" ", 1)[0].lower() not in _OPENING_WORDS
            ):
                at = label.end()
                if at == date.start and self.folded[date.end : date.end + 1] != ",":
                    return pos
                pos = at
        return pos

    def _subject_position(self, start: int, end: int, date: DateMention) -> int:
        """Where the subject starts: after conjunctions and an opening adverbial."""
        f = self.folded
        pos = start
        if f.startswith(("__", "<"), start, end):  # where the markup pattern can match
            markup = _MARKUP.match(f, start, end)
            pos = start if markup is None else markup.end()
            label = None if markup is None else _LABEL.match(f, pos, end)
            if label is not None:
                pos = label.end()
        word = self.look.word.match
        for _ in range(4):
            m = word(f, pos, end)
            if m is None:
                return pos
            low = m.group(0).lower()  # (a word holds no comma)
            m_start, m_end = m.span()
            if low in _LEADING_WORDS and not (
                low in ("later", "earlier") and f[m_end : m_end + 1] != ","  # a time word
            ):
                pos = m_end
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            if date.start <= m_start < date.end:
                pos = max(m_end, date.end)
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            first = self.date_ends.get(m_end + 1, -1) if low in _OPENING_PREPOSITIONS else -1
            if 0 < first < date.start and _RANGE_JOIN.fullmatch(f, first, date.start):
                pos = date.end  # "From 3 - 5 May it rained": the range is the opening phrase
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            if (
                low in _OPENING_PREPOSITIONS
                and f[m_end : date.start] in (" ", " the ")
                and (
                    f.find(",", pos, min(end, pos + 70)) == -1
                    or (
                        (
                            _NAME_NEXT.match(f, date.end, end) is not None
                            # "In October of 2003 the company revealed": a subject opens
                            or _SUBJECT_NEXT.match(f, date.end, end) is not None
                        )
                        # "In the 2004 Budget, Lee": the year modifies the noun
                        and not (date.text.isdigit() and f[m_end : date.start] == " the ")
                    )
                )
            ):
                # "Since 2004 PayPal had", "On Monday Ann Lee, the mayor, said": the date is
                # the opening phrase
                pos = date.end
                while pos < end and f[pos] in " ,":
                    pos += 1
                continue
            noun = (
                _NOUNS_THEN_NAME.match(f, date.end, end)
                if low in _OPENING_PREPOSITIONS and f[m_end : date.start] in _DATE_DETERMINERS
                else None
            )
            if noun is not None:
                pos = noun.end()  # "In a May 2005 interview Vice President Cheney said"
                continue
            if self._opening_phrase(m, low, end):
                after = self._phrase_end(m_end, end)
                if after is not None:  # "Speaking on Tuesday, Lee said", "Late on Sunday, Lee"
                    pos = after
                    continue
            if low in _OPENING_PREPOSITIONS or (low.endswith("ly") and m_start == start):
                comma = f.find(",", pos, min(end, pos + 70))
                pronoun = (
                    _PHRASE_THEN_PRONOUN.match(f, m_end, end)
                    if comma == -1 and low in _OPENING_PREPOSITIONS and m_start == start
                    else None
                )
                if pronoun is not None and not _FINITE.search(f, m_end, pronoun.end()):
                    return pronoun.end()  # "At midday he made a speech": no comma before "he"
                if comma == -1 and low in _OPENING_PREPOSITIONS and date.start > pos:
                    # a longer phrase that holds the date: "In a call with Ann Lee on
                    # Sunday, Oye said"
                    comma = f.find(",", date.end, min(end, pos + 140))
                    if comma != -1 and (
                        f[date.end : comma].strip(" ") or self._has_verb(pos, date.start)
                    ):
                        comma = -1
                if comma != -1:
                    pos = comma + 1
                    while pos < end and f[pos] == " ":
                        pos += 1
                    continue
                if (
                    low in _PHRASE_PREPOSITIONS
                    and m_start == start
                    and pos < date.start <= m_end + 60
                    and not _FINITE.search(f, m_end, date.start)
                    and self._named_after_phrase(m_end, date.start) is None
                ):
                    named = self._named_after_phrase(date.end, end)
                    if named is not None:
                        return named  # "At a meeting held today in London the Group voted"
            return pos
        return pos

    def _named_after_phrase(self, at: int, end: int) -> int | None:
        """Where the subject starts after an opening phrase that holds a date and ends with
        no comma: the first name within a few words after ``at`` that a verb follows (with
        its "the"); None when there is none."""
        f = self.folded
        stop = min(end, at + 60)
        for m in self.look.name.finditer(f, at, stop):
            if m.start() in self.date_starts or not self._verb_after(
                m.end(), end, strict=True, adverbials=False
            ):
                continue
            if _FINITE.search(f, at, m.start()) or _PRONOUN_WORD.search(f, at, m.start()):
                return None  # a verb or a pronoun before the name: the subject is not it
            inner = m.group(0).rfind(" the ")  # "in London the Commonwealth Group"
            if inner >= 0:
                return m.start() + inner + 1
            the = m.start() - 4
            return the if f.startswith(" the ", the - 1) else m.start()
        return None

    def _opening_phrase(self, word: Match, low: str, end: int) -> bool:
        """Whether ``word`` opens a phrase set off before the subject: a participle
        ("Speaking to reporters on Tuesday,", "Asked about the plan,") or a time adverb
        ("Late on Sunday,", "More recently,")."""
        if low in _OPENING_PREPOSITIONS or low in _ING_PREPOSITIONS:
            return False  # "According to Lee, ...": Lee speaks
        timed, degree = low in _TIME_ADVERBS, low in _DEGREE_WORDS
        if not (
            timed
            or degree
            or (len(low) >= 6 and low.endswith("ing"))
            or (len(low) >= 5 and low.endswith("ed"))
            or low in _IRREGULAR_OPENERS  # "Born in Dakar in 1910, he"
        ):
            return False  # no word that opens such a phrase (the word after it not read)
        nxt = self.look.next_word.match(self.folded, word.end(), end)
        if nxt is None:
            return False
        following = nxt.group(1)
        if timed:
            return following in _TIME_WORDS or following in _OPENING_PREPOSITIONS
        if degree:
            return following.endswith("ly")  # "More recently,"
        return (
            word.group(0)[:1].isupper()  # not a verb opening a clause: ", and estimated"
            and following[:1].islower()
            and not self.is_proper(word.group(0))
            and not self._verb_after(word.end(), end, strict=True, adverbials=False)
        )  # not a name: "Beijing said on Monday, ..."

    def _phrase_end(self, at: int, end: int) -> int | None:
        """Where the subject starts after the opening phrase going on at ``at``: after the
        comma that ends it, past a place's commas ("Speaking in Paris, Texas, on Monday,");
        None when a verb comes first ("Released this month are figures of Lee, Oye")."""
        f = self.folded
        stop = min(end, at + 120)
        for comma in _COMMA.finditer(f, at, stop):
            if self._in_date(comma.start()):
                continue  # "Born on July 18, 1910 in Dakar, he": the date's own comma
            if _FINITE.search(f, at, comma.start()):
                return None
            after = comma.end()
            name = self.look.name.match(f, after, end)
            before = f[max(at, comma.start() - 30) : comma.start()].rstrip(" ").rsplit(" ", 1)
            if (
                name is not None
                and before[-1][:1].isupper()
                and not self._in_date(comma.start() - 1)  # "Speaking on Monday, Acme's"
                and not self._verb_after(name.end(), end, strict=True, adverbials=False)
            ):
                continue  # "Queanbeyan, New South Wales earlier today,": the place goes on
            if name is not None and _PLACE_REST.match(f, name.end(), end):
                continue  # "Born on May 2, 1907, Shreveport, Louisiana, he": a town, its state
            return after
        return None

    def _last_person(self, before: int, pronoun: str, *, known: bool = False) -> str | None:
        """The person "he" or "she" at ``before`` refers to: the one named last before it
        whom the article shows to be a person, by a given name of the pronoun's gender or by
        a surname it also uses alone ("Pieter Feith" ... "Feith"); else (unless ``known``)
        the name of two or more capitalised words named last."""
        chained = self._chained_subject(before, pronoun)
        if chained is not None:
            return chained
        lo = max(0, before - 800)
        best = person = None
        surnames = self._surnames()
        gender = "f" if pronoun == "she" else "m"
        first_names = self.vocab.first_names
        for m in self.look.name.finditer(self.folded, lo, before):
            for name, honorific, titled in self._person_names(m.group(0)):
                parts = name.split()
                if len(parts) > 1 and m.start() >= before - 600:
                    best = name
                last = parts[-1].rsplit(".", 1)[-1]  # "Mr.Lee"
                full = surnames.get(last)
                if full is None or (len(parts) > 1 and full[0] != name and not full[1]):
                    full = (name, False) if len(parts) > 1 or titled else None
                if full is None:
                    continue
                given = honorific or first_names.get(full[0].split(" ", 1)[0])
                if given is not None and given != gender:
                    continue  # "Ann Lee" or "Mrs Lee" for "he"
                # known as a person: by a given name, a title, a surname used alone, as a
                # speaker ("Ann Oye said", "said Ann Oye") or as the subject opening a sentence
                if (
                    given is not None
                    or full[1]
                    or titled
                    or self._speaks_after(m.end())
                    or self._speaks_before(m.start())
                    or (len(parts) > 1 and self._opens_sentence(m.start(), m.end()))
                ):
                    person = full[0]
        return person if known else person or best

    def _chained_subject(self, before: int, pronoun: str) -> str | None:
        """The person "he" or "she" opening the sentence at ``before`` continues: the
        subject of the sentence just before, through sentences that open
        with the same pronoun ("Lee, 35, is a teacher. He studied law. He married in 2005":
        Lee), when that subject is a name the article shows to be a person of the pronoun's
        gender; else None."""
        doc = self.doc
        index = doc.sentence_index(before)
        if index is None or index < 1:
            return None
        sent = doc.sentences[index]
        if self.folded[sent.start : before].strip() or not self.folded[before].isalpha():
            return None  # the pronoun does not open its sentence (nor one in quotation marks)
        surnames = self._surnames()
        gender = "f" if pronoun == "she" else "m"
        for k in range(index - 1, max(-1, index - 4), -1):
            prev = doc.sentences[k]
            word = self.look.word.match(self.folded, prev.start, prev.end)
            if word is None:
                return None
            if word.group(0).lower() == pronoun:
                sent = prev
                continue  # "He studied law.": the chain goes on
            name = self.look.name.match(self.folded, prev.start, prev.end)
            if name is None or not self._opens_sentence(name.start(), name.end()):
                return None
            names = self._person_names(name.group(0))
            if len(names) != 1:
                return None
            clean, honorific, titled = names[0]
            full = surnames.get(clean.rsplit(" ", 1)[-1].rsplit(".", 1)[-1])
            fullest = clean
            if full is not None and (" " not in clean or full[0] == clean):
                fullest = full[0]  # "Lee" for "Ann Lee"
            given = honorific or self.vocab.first_names.get(fullest.split(" ", 1)[0])
            if given is not None and given != gender:
                return None
            if given is None and not titled and (full is None or not full[1]) and " " not in clean:
                return None  # a single word not shown to be a person's surname
            return fullest
        return None

    def _opens_sentence(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` opens its sentence as its subject: a verb or a
        phrase set off by commas follows it ("Ann Oye, a lawyer, said")."""
        sent = self.doc.sentence_at(start)
        if sent is None or self.look.has_letter.search(self.folded, sent.start, start):
            return False
        remark = _REMARK.match(self.folded, end, sent.end)
        if remark is not None:
            end = remark.end()  # "Ann Oye (pronounced ...) had been sworn in"
        return self.folded.startswith(",", end) or self._verb_after(
            end, sent.end, strict=True, adverbials=False
        )

    def _speaks_before(self, at: int) -> bool:
        """Whether a reporting verb comes right before the name at ``at`` ("said Ann Oye")."""
        before = _WORD_BEFORE.search(self.folded, max(0, at - 30), at)
        return before is not None and before.group(1) in _INVERTED_SPEECH

    def _speaks_after(self, at: int) -> bool:
        """Whether a reporting verb follows the name ending at ``at`` ("Ann Oye said")."""
        nxt = self.look.next_word.match(self.folded, at)
        return nxt is not None and nxt.group(1) in self.vocab.speech

    def _person_names(self, name: str) -> list[tuple[str, str | None, bool]]:
        """The parts of a run of capitalised words that may name a person, as names without
        their title: cut after a word that ends a sentence ("Foreign Affairs. He") and
        without an opening word that is no name ("If Acme"); none that names a place or a
        body ("the Republic of Cyprus", "Acme Group", "New Hampshire", "Statistics Finland");
        each with the gender an honorific before it tells ("Mrs Lee"), if one does, and
        whether a title or an honorific was written before it ("President Lee").

        The answer depends on the run and the text only: it is kept for each run (callers
        do not change the list)."""
        kept = self.person_names.get(name)
        if kept is None:
            kept = self.person_names[name] = self._read_person_names(name)
        return kept

    def _read_person_names(self, name: str) -> list[tuple[str, str | None, bool]]:
        """:meth:`_person_names`, read from the run ``name``."""
        vocab = self.vocab
        parts, current = [], []
        for word in name.split():
            current.append(word)
            if len(word) > 2 and word.endswith(".") and word[:-1].lower() not in vocab.titles:
                parts.append(current)
                current = []
        parts.append(current)
        names: list[tuple[str, str | None, bool]] = []
        for words in parts:
            while words and words[0] in vocab.non_names:
                words = words[1:]
            if not words or any(
                w.lower().rstrip(".'s") in vocab.org_words
                or w in ("of", "and", "the")
                or w.endswith("-")  # "Delta Oil-- I": a run across a dash
                for w in words
            ):
                continue
            clean = _clean(" ".join(words).rstrip("."), vocab)
            last = clean.rsplit(" ", 1)[-1]
            if clean and clean not in vocab.places and last not in vocab.places:
                head = words[0].lower().split(".", 1)[0]
                alone = len(words) == 1 and "." not in words[0]  # "Mr.Lee": titled
                honorific = None if alone else vocab.honorifics.get(head)
                titled = not alone and (
                    honorific is not None
                    or (head in vocab.titles and (" " in clean or not self.is_common(clean)))
                )  # not "the General Election"
                names.append((clean, honorific, titled))
        return names

    def _surnames(self) -> dict[str, tuple[str, bool]]:
        """The last words of the article's names of two or more words, each with the fullest
        such name and whether the article also uses that word alone (as a surname)."""
        if self.surnames is None:
            full: dict[str, str] = {}
            alone: set[str] = set()
            for m in self.look.name.finditer(self.folded):
                for name, _, _ in self._person_names(m.group(0)):
                    parts = name.split()
                    if len(parts) == 1:
                        alone.add(parts[0].rsplit(".", 1)[-1])  # "Mr.Lee"
                    elif len(name) > len(full.get(parts[-1], "")):
                        full[parts[-1]] = name
            self.surnames = {w: (name, w in alone) for w, name in full.items()}
        return self.surnames


_TOLD_WHOM = frozenset({"reporters", "journalists", "lawmakers", "parliament", "supporters"})
# What ends the words before a name that continues a list ("from Acme, Zeta and the Kappa
# Group"): such a list after a preposition names no agent.
# A preposition right before a name (perhaps with "the"), and the word before it.
# The patterns ending with \Z are read from the right (REVERSE): a search tries them once,
# at the end, instead of at every offset before it; each reads one span there, so the
# match is the one a search from the left finds.
_DIRECT_OBJECT = regex.compile(
    r"\b(in|at|to|into|from|for|between|near|across|on|with|among|throughout|within|inside"
    r"|outside|around|than|under|over|against|about|via|toward|towards)[ ]+(?:the[ ]+)?\Z",
    regex.IGNORECASE | regex.REVERSE,
)
_WORD_BEFORE = regex.compile(r"([\p{L}-]+)[ ]+\Z", regex.REVERSE)
_LETTERS_HYPHEN = string.ascii_letters + "-"  # the ASCII characters of its word


def _last_word(head: str) -> str:
    """The word ``_WORD_BEFORE`` reads at the end of the ASCII text ``head`` (its group),
    without the pattern: the run of letters and hyphens before the spaces that end it; ""
    where it reads none."""
    words = head.rstrip(" ")
    return words[len(words.rstrip(_LETTERS_HYPHEN)) :] if len(words) < len(head) else ""
_LIST_TAIL = regex.compile(r"(?:,|\band|\bor)[ ]+(?:the[ ]+)?\Z", regex.REVERSE)
_PHRASE_WORD = regex.compile(r"[\p{L}'-]+|[,;:()\"]")


def _in_subject_phrase(folded: str, pos: int, at: int, look: _Looks = _LOOKS) -> bool:
    """Whether the name at ``at`` sits in a prepositional phrase of the subject that opens
    at ``pos`` ("The price of rice in Asia rose", "Trade between Acme and Zeta fell"): a
    lower-case noun phrase opens the clause and a preposition follows it, with no comma or
    verb-like break before the name."""
    if at - pos > 120:
        return False
    if look.subject_preposition.search(folded[pos:at]) is None:
        return False  # no such preposition among the words (they are not read one by one)
    words = _PHRASE_WORD.findall(folded, pos, at)
    if not words or not words[0][:1].isalpha():
        return False
    preposition = False
    for i, w in enumerate(words):
        if not w[:1].isalpha():
            return False  # "The head of the agency, Ann Lee, said": set off, the subject
        low = w.lower()
        if low in _SUBJECT_PREPOSITIONS and i > 0:
            preposition = True
        elif not preposition and w[:1].isupper() and i > 0:
            return False  # a name before any preposition: the subject's own
    return preposition


def _clause(
    doc: Document, start: int, end: int, date: DateMention, breaks: list[tuple[int, int]]
) -> tuple[int, int]:
    """The clause of sentence ``start:end`` that holds ``date``; ``breaks`` are its clause
    boundaries as (start, end) pairs, in order."""
    lo, hi = start, end
    i = bisect.bisect_right(breaks, (date.start, date.start))
    for _, b_end in reversed(breaks[max(0, i - 2) : i + 1]):
        if b_end <= date.start:
            lo = b_end
            break
    for b_start, _ in breaks[max(0, i - 1) : i + 2]:
        if b_start >= date.end:
            hi = b_start
            break
    while lo < hi and doc.folded[hi - 1] in " ,;":
        hi -= 1
    conjunction = _CONJUNCTION.match(doc.folded, lo, hi)
    if conjunction is not None and lo > start:
        lo = conjunction.end()
    return lo, hi


_MAX_CLAUSE = 600
# The rest of a place named with its region, after the town: ", Louisiana ,".
_PLACE_REST = regex.compile(r"[ ]?,[ ]{1,2}\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20}){0,2}[ ]?,")
# Participles not in -ed that open a phrase set off before the subject.
_IRREGULAR_OPENERS = frozenset("born known given taken chosen built sent".split())
# A turn to a clause of its own: ", but", or a semicolon.
_TURN = regex.compile(r"(?:,[ ]{1,3}but|(?<!&[A-Za-z]{1,8});)[ ]{1,3}")
_QUOTE_MARKS = regex.compile(r"[\"“”]")


def _last_turn(folded: str, start: int, date_start: int) -> int | None:
    """Where the last clause turned to with ", but" or a semicolon before the date at
    ``date_start`` starts, or None; none inside a quotation ('Lee said, "I work, but today
    I rest"')."""
    if folded.find("but", start, date_start) < 0 and folded.find(";", start, date_start) < 0:
        return None  # (every turn holds "but" or a semicolon)
    found = None
    for m in _TURN.finditer(folded, start, date_start):
        found = m.end()
    if found is not None and len(_QUOTE_MARKS.findall(folded, start, found)) % 2:
        return None
    return found
# The opening word of a verbless fragment after a semicolon: a preposition of time.
_FRAGMENT_OPENING = regex.compile(r"(?:from|in|on|between|during|until|since|then)[ ]")
_LOOKBACK = 1500  # how far back the agent of a nominalised act is looked for
_MANY_DATES = 8
_CAPITAL = regex.compile(r"\p{Lu}")


def _only_dates(folded: str, start: int, end: int, dates: list[DateMention]) -> bool:
    """Does the clause ``start:end`` hold nothing but dates and linking words: not a clause
    of its own but the tail of the one before ("..., and from 1983 to this year.")?

    ``dates`` are the dates of its sentence, or just those among them that overlap the
    clause (see :class:`_SentenceDates`), in text order."""
    pos = start
    for d in dates:
        if d.end <= start or d.start >= end:
            continue
        if any(w.lower() not in _LINKING for w in _LETTER_RUN.findall(folded, pos, d.start)):
            return False
        pos = d.end
    return all(w.lower() in _LINKING for w in _LETTER_RUN.findall(folded, pos, end))


_LETTER_RUN = regex.compile(r"\p{L}+")
_LINKING = frozenset(
    "and or but then again also from to until till through in on at by during since of the".split()
)


class _SentenceDates:
    """The dates of one sentence, in text order, and those that overlap a clause of it,
    found by halving the sentence's list rather than by a pass over all of them (a
    sentence of many dates and clauses stays linear)."""

    def __init__(self, dates: list[DateMention]) -> None:
        self.dates = dates
        self.starts = [d.start for d in dates]
        self.ends = [d.end for d in dates]
        # Starts and ends both in order (the dates do not nest): the dates that overlap a
        # stretch are then the ones between two halvings, in the same order.
        self.ordered = all(
            self.starts[i] <= self.starts[i + 1] and self.ends[i] <= self.ends[i + 1]
            for i in range(len(dates) - 1)
        )

    def overlapping(self, start: int, end: int) -> list[DateMention]:
        """The dates that ``_only_dates`` reads for the clause ``start:end``: those with
        ``d.end > start`` and ``d.start < end``, in order (all of them if not ordered)."""
        if not self.ordered:
            return self.dates
        lo = bisect.bisect_right(self.ends, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.dates[lo:hi] if lo < hi else []


class _Sections:
    """Whether an offset lies in one of a list of sections (``lo <= offset < hi`` for one
    of them), by halving: the sections in order of their starts, and the furthest end
    reached by each prefix of them."""

    def __init__(self, sections: list[tuple[int, int]]) -> None:
        ordered = sorted(sections)
        self.starts = [lo for lo, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, hi in ordered:
            furthest = max(furthest, hi)
            self.reach.append(furthest)

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos)  # the sections with lo <= pos
        return i > 0 and self.reach[i - 1] > pos


def _any_between(offsets: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in ``[lo, hi)``."""
    i = bisect.bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] < hi


def _bounded(folded: str, start: int, end: int, date: DateMention) -> tuple[int, int]:
    """A clause cut to the words within a few hundred characters of its date.

    Real sentences are far shorter; the bound keeps text without sentence ends (a list of
    years, a table) linear to process.
    """
    if end - start <= _MAX_CLAUSE:
        return start, end
    d_start, d_end = date.start, date.end
    lo = d_start - _MAX_CLAUSE // 2
    if lo <= start:
        lo = start
    else:
        while not folded[lo - 1].isspace():
            lo += 1
            if lo >= d_start:
                lo = d_start
                break
    hi = d_end + _MAX_CLAUSE // 2
    if hi >= end:
        hi = end
    else:
        while hi > d_end and not folded[hi].isspace():
            hi -= 1
    return lo, hi


#: ``Event(start, end, text, date, actors, rule)``, made faster (one per dated clause).
_make_event = Event.maker()


def _build(doc: Document, ref: dt.date | None, config: Config) -> tuple[Event, ...]:
    dates = extract_dates(doc, ref, config=config)
    actors = _Actors(doc, _vocab(config), subject_finder(doc, config), dates, config)
    by_sentence: dict[int, list[DateMention]] = {}
    lists = _Sections(link_sections(doc))
    for d in dates:
        if d.value is not None and not lists.holds(d.start):
            by_sentence.setdefault(doc.sentence_index(d.start), []).append(d)
    events = []
    for index, group in by_sentence.items():
        if not doc.sentences:
            break
        sent = doc.sentences[index]
        s_start, s_end = sent.start, sent.end
        if not (s_start <= group[0].start < s_end):
            s_start, s_end = group[0].start, group[0].end
        previous: tuple[str, ...] = ()
        breaks: list[tuple[int, int]] | None = None
        actors.capitals = None
        if len(group) > _MANY_DATES:  # looked up once, not in each clause
            starts = actors.date_starts  # a name there is a date: skipped
            actors.capitals = [
                c
                for m in _CAPITAL.finditer(doc.folded, s_start, s_end)
                if (c := m.start()) not in starts
            ]
        whole: tuple[int, int] | None = None  # the clause of every date, with no breaks
        in_sentence: _SentenceDates | None = None  # read when first needed
        for d in group:
            if len(group) > 1:
                if breaks is None:
                    found = actors.look.clause_break.finditer(doc.folded, s_start, s_end)
                    breaks = [m.span() for m in found]
                    if not breaks:
                        whole = _clause(doc, s_start, s_end, d, breaks)
                c_start, c_end = whole or _clause(doc, s_start, s_end, d, breaks)
                if c_start > s_start and in_sentence is None:
                    in_sentence = _SentenceDates(group)
                if (
                    c_start > s_start
                    and in_sentence is not None
                    and _only_dates(
                        doc.folded, c_start, c_end, in_sentence.overlapping(c_start, c_end)
                    )
                ):
                    c_start, c_end = s_start, s_end  # ", and from 1983 to this year."
                elif (
                    c_start > s_start
                    and doc.folded.startswith("; ", c_start - 2)
                    and _FRAGMENT_OPENING.match(doc.folded, c_start)
                    and not actors._has_verb(c_start, c_end)
                ):
                    # "He became a minister; from 1996 to 2001 under Lee": a fragment
                    # without a verb, the statement is the sentence
                    c_start = s_start
            else:
                c_start, c_end = s_start, s_end
                turn = _last_turn(doc.folded, s_start, d.start)
                if (
                    turn is not None
                    and not actors.starts_with_verb(turn, s_end)
                    and actors._has_verb(turn, s_end)
                ):
                    # "Acme claims it won, but on Saturday, the judges disputed it": the
                    # clause after "but" has a subject of its own
                    c_start = turn
            if c_end - c_start > _MAX_CLAUSE:
                c_start, c_end = _bounded(doc.folded, c_start, c_end, d)
            near = (max(s_start, c_start - 300), min(s_end, c_end + 300))
            who = actors.of_clause(c_start, c_end, d, near)
            if (
                not who
                and previous  # (no agent named before: none to share)
                and c_start > s_start
                and actors.starts_with_verb(c_start, c_end)
            ):
                who = previous  # "X lost $11 billion in 2009, and will lose $5 billion in 2010"
            previous = who or previous
            events.append(
                _make_event(
                    c_start,
                    c_end,
                    doc.text[c_start:c_end],
                    d,
                    tuple(filter(None, who)),
                    "event.sentence" if c_start == s_start and c_end == s_end else "event.clause",
                )
            )
    events.sort(key=lambda e: (e.date.first, e.start, e.date.start))
    return tuple(events)


# The overloads are the signature; the implementation takes any object and checks it
# itself, so that a compiled build raises the same clear errors.
@overload
def extract_events(
    text: str, reference: DateLike = None, *, config: Config | None = None
) -> tuple[Event, ...]: ...
@overload
def extract_events(
    text: Document, reference: DateLike = None, *, config: Config | None = None
) -> tuple[Event, ...]: ...
def extract_events(
    text: object, reference: object = None, *, config: Config | None = None
) -> tuple[Event, ...]:
    """Dated statements sorted into a timeline (by first day of the date, then text order).

    One event per date mention that has a value; a sentence with several dates in several
    clauses gives each date its own clause.

    >>> text = ("Borrell said on April 19 that troops had massed, while Kuleba warned on "
    ...         "April 20 that the buildup was growing.")
    >>> for e in extract_events(text, "2021-04-22"):
    ...     print(e.date.text, e.actors, e.text)
    April 19 ('Borrell',) Borrell said on April 19 that troops had massed
    April 20 ('Kuleba',) Kuleba warned on April 20 that the buildup was growing.
    >>> extract_events("Prices rose on Tuesday.")  # no reference date: nothing to place
    ()
    """
    doc = as_document(text)
    ref = to_date(reference, "reference")
    config = config or DEFAULT_CONFIG
    return doc.memo(("events", ref, config), lambda: _build(doc, ref, config))
