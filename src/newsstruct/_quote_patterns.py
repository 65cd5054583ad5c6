"""The patterns of :mod:`newsstruct.quotes`: what may stand between a speaker, a reporting
verb and the reported content, and where a reported clause ends.

All are linear-time: every repetition is bounded or over a character class that cannot
overlap its neighbour.

>>> bool(GAP.fullmatch(" also"))
True
>>> THAT.match(" on April 19 that Russia").group("sep")
' that'
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct._lexicon import Config
from newsstruct._text import ascii_form

# Adverbs and auxiliaries that may stand between a speaker and the reporting verb.
_ADVERBS = (
    r"has|have|had|also|furthermore|further[ ]more|moreover|additionally|further|later|then|"
    r"previously|again|publicly|reportedly|repeatedly|"
    r"recently|once|did|would|will|earlier|first|quickly|simply|separately|already|"
    r"himself|herself|themselves|itself|too|however|meanwhile|still|even|now|yesterday|today|"
    r"originally|subsequently|privately|openly|explicitly|formally|officially|jokingly|"
    r"angrily|bluntly|flatly|frankly|firmly|clearly|strongly|continued to|continues to|"
    r"went on to|goes on to|go on to|on[ ]the[ ]other[ ]hand|in[ ]turn|"
    r"for[ ](?:his|her|its|their|our|my)[ ]part"
)
# Time and circumstance phrases that may sit between speaker, verb and content.
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_ADVERBIAL = (
    r"(?:(?:on[ ])?(?:"
    + _DAY
    + r"|"
    + _MONTH
    + r"[ ]\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ ]"
    + _MONTH
    + r")(?:,?[ ]\d{4})?|on[ ]the[ ]\d{1,2}(?:st|nd|rd|th)"
    r"|(?:(?:early|late)[ ])?(?:last|this|next|earlier|later)[ ](?:week|month|year|weekend|"
    r"morning|afternoon|"
    r"evening|night|" + _DAY + r"|" + _MONTH + r")"
    r"|(?:in|at|from)[ ](?:the[ ])?\p{Lu}[\p{L}.'-]*(?:[ ]\p{Lu}[\p{L}.'-]*){0,2}"
    r"|(?:on|in|at|during|via|through)[ ](?:a|an|the|his|her|its|their)[ ]"
    r"(?:[\p{L}-]+[ ]){0,2}?(?:statement|interview|tweet|post|letter|conference|briefing|"
    r"speech|release|hearing|meeting|address|broadcast|video|message|call|session|summit|"
    r"report|blog|op-ed|article|appearance|visit|website|page|edition|program|programme)"
    r"(?:[ ](?:issued|released|published|posted|sent)(?:[ ](?:today|yesterday|tonight|"
    r"(?:on[ ])?" + _DAY + r"))?)?"  # "in a statement issued today"
    r"|on[ ](?:Twitter|Facebook|television|TV|radio|Instagram|Telegram|X)"
    # "in the journal Science", "in a paper in the New England Journal of Medicine"
    r"|in[ ](?:the|a|an|this|their|its)[ ](?:[\p{L}-]+[ ]){0,2}?(?:journal|magazine|"
    r"newspaper|paper|study|issue)(?:[ ](?:of[ ](?:the[ ])?)?\p{Lu}[\p{L}.&'-]*){0,6}"
    # (an adverb, not an adjective or a noun opening the clause: "said early tests ...")
    r"|(?!(?:early|only|nearly|roughly|daily|weekly|monthly|yearly|hourly|likely|unlikely|"
    r"elderly|family|deadly|costly|friendly|lonely|holy|ugly|supply|reply|apply|rally|"
    r"ally|belly|jelly|bully|fly)\b)\p{Ll}+ly|at[ ]the[ ]time(?![ ]of\b)"
    r"|in[ ]response|in[ ]reply|afterwards|after[ ]the[ ](?:meeting|match|game|"
    r"talks|hearing|verdict|ruling|vote|announcement)|in[ ]\d{4}|yesterday|today|tonight)"
)
_SOURCE_NOUNS = (
    r"tweet|statement|post|letter|website|account|report|message|announcement|spokesman|"
    r"spokeswoman|spokesperson|office|press release|news release|blog|editorial|"
    r"newspaper|paper|communique|news agency|agency"
)
# What may separate a speaker mention from its verb: a possessive source ("Zelenskiy's
# tweet"), adverbs, adverbials, a following "familiar with the matter".
GAP = regex.compile(
    r"(?:[ ]{0,2}\([^()]{0,40}\))?"
    # ("with" before "the" only: "officials with the State Department", not "the deal with
    # Kenya")
    r"(?:[ ]{1,2}(?:(?:of|for|from|by|at|in|to|on|with(?=[ ]{1,2}the[ ]))[ ]{1,2}(?:the[ ]{1,2})?"
    # a name may open on a particle: "a spokesman for al-Sadr"
    r"(?:(?:\p{Ll}{1,10}ern|central|rural|remote|coastal)[ ]{1,2})?(?:\p{Ll}{1,3}-)?"
    r"\p{Lu}[\p{L}\p{N}.'&-]*"
    r"(?:[ ]{1,2}(?:[\p{Lu}&][\p{L}\p{N}.'&-]*|of|for|the|and|in|do|da|de|del|la)){0,8}"
    r"(?:[ ]{1,2}\p{Ll}+){0,2}"
    # "John Lee of the navy", "the minister of finance", "a spokesman for the company", "a
    # statement by the army"
    r"|(?:of|for|from|by|at)[ ]{1,2}(?:the[ ]{1,2})?(?!(?:the|a|an|that|this|these|those)\b)"
    r"\p{Ll}[\p{Ll}-]{1,20}(?:[ ]{1,2}\p{Ll}[\p{Ll}-]{1,20}){0,1})"
    r"(?:[ ]{0,2}\([^()]{1,40}\))?,?)?"
    r"(?:'s(?:[ ]{1,2}\p{Ll}+)?[ ]{1,2}(?:" + _SOURCE_NOUNS + r"))?"
    r"(?:[ ]{1,2}(?:familiar[ ]with|close[ ]to|with[ ]knowledge[ ]of)[ ]{1,2}"
    r"(?:the[ ]{1,2})?\p{L}+)?"
    r"(?:[ ]{1,2}(?:seen|obtained|published|released|issued|quoted|cited|posted)[ ]{1,2}by[ ]{1,2}"
    r"(?:the[ ]{1,2})?\p{Lu}[\p{L}.'-]*(?:[ ]{1,2}\p{Lu}[\p{L}.'-]*){0,4})?"
    r"(?:[ ]{1,2}who[ ]{1,2}(?:spoke|asked|requested|declined)[^,]{0,60},?)?"
    r"(?:,?[ ]{1,2}(?:" + _ADVERBS + r"|" + _ADVERBIAL + r")(?![\p{L}]),?){0,3}"
    r"[ ]{0,2},?[ ]{0,2}",
)

_ASCII_GAP = ascii_form(GAP.pattern)


@functools.lru_cache(maxsize=4096)
def gap_reads(gap: str) -> bool:
    """Whether ``GAP.fullmatch(gap)`` matches, worked out once per distinct gap: the same
    few (" ", ", ", " also ", " has ") come back again and again.

    ``gap_reads(text[i:j])`` is ``GAP.fullmatch(text, i, j) is not None``: GAP reads
    nothing before or after what it matches.
    """
    return (_ASCII_GAP if gap.isascii() else GAP).fullmatch(gap) is not None


# an appositive may hold a short aside in brackets: "Lee, the head of the Union (NU), said"
_APPOSED = r"(?:[^,\"()]|\([^,\"()]{1,40}\))"
APPOSITIVE = regex.compile(r"[ ]?," + _APPOSED + r"{1,100}(?:," + _APPOSED + r"{1,100}){0,2},?")
# A person's body or description, set off by commas, that a relative clause or a list of
# roles makes long: "George Muir, of the Association of Train Operating Companies which
# represents the companies providing passenger train services on the British rail network,
# said", "Gary Samore, an expert on Iran and vice president for international programs at
# the McArthur Foundation in Chicago, said".
LONG_APPOSITIVE = regex.compile(
    r"[ ]?,[ ]{1,2}(?:of|from|an?|the)[ ]{1,2}" + _APPOSED + r"{1,160},"
)
# Patterns anchored at the end of what they read (``\Z``) are searched from the end: they
# only tell whether the text before an offset ends so.
PASSIVE = regex.compile(
    r"(?r)(?:\b(?:was|were|is|are|been|be|being|to|not|n't)|'s)[ ](?:\p{Ll}+ly[ ])?\Z"
)
COORD = regex.compile(r"(?r)(?:,[ ]|[ ])(?:and|but|or)[ ](?:(?:" + _ADVERBS + r")[ ]){0,2}\Z")
ACCORDING = regex.compile(r"(?<![\p{L}])[Aa]ccording[ ]to[ ]")
THAT = regex.compile(
    r"(?:,?[ ]{1,2}(?:"
    + _ADVERBS
    + r"|"
    + _ADVERBIAL
    + r"|(?:quoting|citing)[ ]{1,2}[^,;:\"]{1,60})(?![\p{L}]),?){0,3}"
    r"(?P<sep>[ ]{0,2}:|,|;(?=[ ]{0,2}\")|[ ]{1,2}that\b)?[ ]*"
)
THAT_ASCII = ascii_form(THAT.pattern)  # THAT for ASCII text
# "said in a televised address after the attack that ...": prepositional phrases, then "that"
# ("said while touring Europe this week that ...": "while" or "when" before a participle)
_PREPOSITIONS = (
    r"(?:in|at|on|after|before|during|from|to|via|through|over|following|outside"
    r"|(?:while|when)[ ]\p{Ll}{2,20}(?:ing|ed))"
)
_PREP_WORDS = r"(?:[ ]{1,2}[^ ,;:.\"]+){1,5}?"
PREP_THAT = regex.compile(  # opens on one space and a lower-case preposition
    r"[ ]" + _PREPOSITIONS + _PREP_WORDS
    + r"(?:[ ]{1,2}" + _PREPOSITIONS + _PREP_WORDS + r"){0,2},?[ ]{1,2}that\b[ ]*"
)
# "said of the plan, "..."": a prepositional phrase, then a quotation.
# ("to" only before a mark: "replied to the letter by saying: "..."", not "promised to
# address what he calls "..."").
_QUOTE_TOPIC = r"(?:[ ]{1,2}[^ ,;:.\"]+){1,8}?[ ]{0,2}"
PREP_QUOTE = regex.compile(
    r"[ ](?:(?:of|about|on|in|at|after|during)" + _QUOTE_TOPIC + r"[,:;]?|to" + _QUOTE_TOPIC
    + r"[,:;])[ ]{0,2}(?=\")"
)
# "more than 50 people died", "more money is needed": "more" opening a clause's subject.
MORE_SUBJECT = regex.compile(
    r"(?:more|less|fewer)[ ](?:than[ ]|(?:[\p{Ll}-]+[ ]){1,3}(?:is|are|was|were|will|would|could|"
    r"can|should|may|might|must|has|have|had)\b)"
    # "said no one was hurt", "said no branches will open": "no" opens the subject
    r"|no[ ](?:[\p{L}-]+[ ]){1,3}(?:is|are|was|were|will|would|could|can|has|have|had)\b"
    r"|at[ ](?:least|most)[ ]\p{N}[\p{N},.]{0,12}[ ](?:[\p{L}-]+[ ]){1,3}"  # "at least 20 ..."
    r"(?:\p{Ll}+ed|is|are|was|were|will|would|could|can|may|might|has|have|had)\b"
)
# Before a reporting verb, what makes it no passive: "went on to say", "continued to argue".
GOES_ON_TO = ("on to ", "continued to ", "continues to ")
SUBORDINATE = regex.compile(
    r"(?:as|although|though|if|when|while|because|since|after|before|once|unless|despite)[ ]"
)
TOLD_THAT = regex.compile(r"[^,;:.\"\n]{1,80}?[ ]that\b[ ]*")
# "told a reporter with the institute last month: "...""": the addressee, up to the colon
TOLD_COLON = regex.compile(r"[^,;:.\"\n]{1,100}?(?=:[ ]{1,2}\")")
# A reported clause opens with a subject, not a preposition ("said after the merger").
NOT_CLAUSE = regex.compile(
    r"(?:after|before|in|at|on|during|while|when|of|for|with|to|from|by|about|against|"
    r"goodbye|hello|nothing|something|so|yes|no|more|less|earlier|later|"
    r"sorry|thanks|thank|is|was|were|are|has|have|had|will|would|can|could|should|may|might|"
    r"must|did|does|do|and|or|but)\b"
)
# A finite verb early in a clause: "the findings show ...", "it would attack ..."
# Auxiliaries and modals: the finite verbs every clause may open on.
_AUXILIARIES = (
    r"is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|shall"
)
FINITE = regex.compile(
    # (not a second verb of the object's: "reported the memo and posted ...", nor a noun
    # after a preposition: "expressed caution about plans to ...")
    r"(?:(?:[^ ,]|,(?![ ](?!\")))+[ ]){0,4}?[\"]?(?<!(?:and|or|but)[ ])"
    r"(?<!(?<![\p{L}])(?:about|of|for|with|from|against|over|into)[ ])"
    r"(?:" + _AUXILIARIES + r"|\p{Ll}+ed|"
    r"show|shows|remain|remains|"
    r"need|needs|want|wants|plan|plans|face|faces|pose|poses|continue|continues|seem|seems|"
    r"appear|appears)\b"
)
PREPOSITION = regex.compile(
    r"(?r)(?:^|[ (])(?:of|for|at|in|from|with|by|to|on|about|against|like|than|into|over|"
    r"under|between|among|through|via|toward|towards|near)[ ]"
    r"(?:(?:the|a|an|his|her|its|their|our|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ ]){0,2}"
    r"(?:(?:\p{Ll}{1,10}ern|central|rural|remote|coastal|nearby)[ ])?\Z"  # "in northern Ghana"
)
TOLD = regex.compile(
    r"[ ](?:reporters|journalists|lawmakers|parliament|him|her|them|us|me|listeners|"
    r"viewers|supporters|the[ ](?:\p{L}+[ ]){0,2}?\p{L}+|(?:\p{Lu}[\p{L}.'-]*[ ]?){1,4}|"
    r"'{2,3}(?:\p{Lu}[\p{L}.-]*[ ]?){1,4}'{2,3})"
    r"(?=[ ,:])"
)
# Where a reported clause stops: ";", ": ", a line break, a word that opens another clause
# (", while", " but", " although", " following", " in case"), ", " and a participle or
# "according", "with", "when", "where" (", adding:", ", saying,"), ", and (X) said",
# " and that", " and said", ...
_BREAK_WORD = r"(?:while|whereas|(?<!\b(?:all|anything|nothing)[ ])but|although|though)[ ]"
_AFTER_COMMA = (
    r"(?:(?!(?:including|regarding|concerning|excluding|during)[ ])\p{Ll}+ing|"
    r"according|with|when|where)[ ]"
    r"|(?:adding|saying|noting|stating|explaining|warning|arguing|insisting|telling)[,:]"
    r"|(?:and|but)[ ](?=(?:[\p{L}.'-]+[ ]){1,5}(?:said|says|added|told|warned|expects?|"
    r"believes?|hopes?|fears?|thinks?|claims?|argues?|insists?|predicts?|estimates?|"
    r"stated|noted|announced|confirmed|reported)[ ])"
)
_AND_CLAUSE = (
    r"and[ ](?:(?:that|said|added|warned|told|claimed|argued|insisted|stated|noted|says|adds|"
    r"warns|tells|claims|argues|insists|states|notes)[ :,]"
    r"|\p{Ll}{3,}ed[ ]that\b)"  # "and asserted that": another act of speech
)
_FOLLOWING = r"(?:following|in[ ]case)[ ]"
# the speaker's next act of speech, with no subject of its own: "said the talks were
# useful and blamed the rebels" (not "accused of", "asked by": a passive of the clause)
_AND_ACT = (
    r"and[ ](?:also[ ])?(?:blamed|accused|urged|called|praised|criticised|criticized|"
    r"condemned|thanked|denied|promised|vowed|pledged|welcomed|rejected|dismissed|apologised|"
    r"apologized|appealed|asked|defended|described|acknowledged|admitted|announced|stressed|"
    r"emphasised|emphasized|questioned|suggested|demanded|expressed|repeated|reiterated)"
    r"[ ](?!of\b|by\b|as\b)"
)
# Where a clause stops: each way of the plain form (";", ": ", ", " or " " before a word
# that breaks the clause, a comma before what follows one, " and" opening a clause, a
# following phrase, a newline, " and" before an act), in the order they are tried, read
# faster: the ways are sorted by the character they open on (each
# keeping its order), and a space or a comma is let on only before a letter that one of
# its ways opens with.  (The look back before "but" is written as three of fixed width,
# which the standard engine reads too.)
_FAST_BREAK_WORD = _BREAK_WORD.replace(
    r"(?<!\b(?:all|anything|nothing)[ ])", r"(?<!\ball[ ])(?<!\banything[ ])(?<!\bnothing[ ])"
)
CLAUSE_END = regex.compile(
    r"[;\n]|:[ ]"
    r"|,[ ](?=\p{Ll})(?:" + _FAST_BREAK_WORD + r"|" + _AFTER_COMMA + r"|" + _AND_ACT + r")"
    r"|[ ](?=[wbatfi])(?:" + _FAST_BREAK_WORD + r"|" + _AND_CLAUSE + r"|" + _FOLLOWING + r"|"
    + _AND_ACT + r")"
)
CLAUSE_END_ASCII = ascii_form(CLAUSE_END.pattern)  # CLAUSE_END for ASCII text
# What may follow a closing "Borrell said" / "said Borrell" up to the sentence end.
TAIL = regex.compile(
    r"(?:[ ](?:" + _ADVERBIAL + r"|" + _ADVERBS + r"|reporters|journalists))*[ ]*[.!?]?[\"']?[ ]*"
)
# The hearer after "told" closing a sentence: " the BBC", " a conference in Wellington",
# " lawmakers on Monday".
TOLD_TAIL = regex.compile(
    r"[ ](?:(?:the[ ])?\p{Lu}[\p{L}.&'-]{0,30}(?:[ ](?:of[ ])?\p{Lu}[\p{L}.&'-]{0,30}){0,4}"
    r"|(?:a|an|the|his|her|their|its)[ ](?:[\p{L}-]{1,20}[ ]){0,2}?(?:conference|meeting|"
    r"rally|crowd|audience|gathering|briefing|hearing|committee|newspaper|broadcaster|"
    r"agency|station|summit|forum|parliament|panel|court|jury|supporters|students|reporter|"
    r"radio|television|channel|website|magazine|assembly|congress|senate|council|delegates)"
    r"|(?:lawmakers|legislators|supporters|delegates|students|residents|parliament|"
    r"Congress|media|the[ ]media))"
    + TAIL.pattern
)
# The rest of a reporting clause set in the middle of a sentence, up to its closing comma:
# " before the vote, and ...".
PAREN_TAIL = regex.compile(
    r"(?:[ ](?:" + _ADVERBIAL + r"|" + _ADVERBS + r"|reporters|journalists))*"
    r"(?:[ ](?:before|after|during|at|in|on|to|as|while|when)[ ][^,.;:\"]{1,40}?)?"
    r",[ ]{1,2}(?=\p{Ll})"
)
TAIL_AFTER_NAME = regex.compile(r"[^.!?\"]{0,80}?[.!?]?[\"']?[ ]*")
# The rest of an attribution after its verb, up to the sentence end: " reporters in Moscow".
ATTRIBUTION_REST = regex.compile(r"[^.!?\"\n]{1,80}?(?=[.!?]|\Z)")
OBJECT_OK = regex.compile(r"[ ]*(?:that\b|[:]|,?[ ]*(?:'')?\")")
LETTERS = regex.compile(r"\p{L}+")
CUT = regex.compile(r",[ ]|[ ]-{1,2}[ ]")
DASH = regex.compile(r"[ ]*-{1,2}[ ]*")
# Abbreviated honorifics and titles, whose period ends no sentence ("Mr.", "Lt. Col.").
_TITLE_ABBREVIATIONS = r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Lt|Col|Gov|Capt|Sgt|Rev|Adm|Maj|Cpl)"
# Where a sentence stops: ";", "!", "?", a quotation mark, or a point after no abbreviated
# title (a point inside "U.S." or before a lower-case word ends no sentence); the point is
# found first, then the title is looked for before it.
STOP = regex.compile(r"[;!?\"]|\.(?<!\b" + _TITLE_ABBREVIATIONS + r"\.)(?![\p{L}]|[ ]\p{Ll})")
LEAD_STOP = regex.compile(r"[.,;!?\"]")
# The abbreviated titles closing the words before a name: '"...," Mr. Lee said'.
LEAD_TITLE = regex.compile(r"(?:(?:^|[ ])" + _TITLE_ABBREVIATIONS + r"\.){1,3}$")
SPLIT_TAIL = regex.compile(r"[^.!?;\"\n]{0,60}?,[ ]*")
AND_THAT = regex.compile(r"[,]?[ ](?:and|but)[ ]that,?[ ]")
# After "according to X": a trailing description, "(KCNA)", "quoting Y", then the comma.
# After the source's comma: "quoting Y (KCNA),".
_QUOTING = r"(?:[ ]{1,2}(?:quoting|citing)[^,;]{1,100}?(?:[ ]\([^()]{1,20}\))?,)?[ ]*"
ACCORDING_REST = regex.compile(
    r"(?:[ ]\p{Ll}[\p{L}-]*){0,3}(?:[ ]\([^()]{1,40}\))?[ ]?," + _QUOTING
)
# An opening "According to SOURCE,": the source phrase up to its comma, through a
# parenthetical ("the International Atomic Energy Agency (IAEA)") and doubled spaces.
ACCORDING_SOURCE = regex.compile(r"(?:[^,;:\"()\n]|\([^()\n]{1,60}\)){1,110},")
# A clause, not a source phrase: a finite verb inside it.
CLAUSE_VERB = regex.compile(r"\b(?:" + _AUXILIARIES + r"|been)\b")
ACCORDING_QUOTING = regex.compile(_QUOTING)
# A name in apposition to a described source: "the Crown prosecutor, Mark Tedeschi, QC, ".
APPOSED_TAIL = regex.compile(r"[ ]?(?:,[ ]{1,2}\p{Lu}{1,3}[ ]?)?,[ ]*+(?!\p{N})")
# A source described by its post: "the Under-Secretary of Mining", "the head of the agency".
POST = regex.compile(
    r"(?i)(?<![\p{L}])(?:head|chief|director|secretary|minister|spokes(?:man|woman|person)|"
    r"chair(?:man|woman|person)?|president|prosecutor|official|commissioner|governor|mayor|"
    r"leader|manager|editor|ambassador|commander|under-secretary)(?![\p{L}])"
)
# A description in apposition to a named source: "Keith Lyons, the director of X, ".
DESCRIPTION = regex.compile(
    r"[ ]{1,2}(?:(?:the|a|an)[ ]|(?:with|of|from|at)[ ]{1,2}(?:the[ ])?)[^,;:\"()\n]{1,90},[ ]*"
)
# A sentence announcing a statement it does not quote: "X issued a statement on the
# decision." / "X spoke to reporters." (the next sentence, a quote, is the statement).
STATEMENT_INTRO = regex.compile(
    r"(?<![\p{L}])(?:(?:issued|released|made|gave|delivered|published|posted|put[ ]out|"
    r"read[ ]out|sent)[ ]{1,2}(?:a|an|the|his|her|its|their)[ ]{1,2}(?:[\p{L}-]+[ ]{1,2}){0,2}?"
    r"(?:statement|comment|comments|remarks|speech|response|reply|address|message|tweet)"
    r"|(?:spoke|commented|responded|reacted)(?=[ ,.])"
    # "expressed the minister's support for the process", "relayed the sentiment of ..."
    r"|(?:expressed|voiced|relayed|echoed)[ ]{1,2}(?:[\p{L}'’.-]+[ ]{1,2}){0,3}?"
    r"(?:support|sentiments?|concerns?|views?|opinion|satisfaction|disappointment|regret|"
    r"hopes?|anger|frustration|optimism)"
    # "clarified the president's comments", "continued his speech", "described the scene"
    r"|(?:clarified|explained|continued|repeated|reiterated|elaborated[ ]on)[ ]{1,2}"
    r"(?:the|a|an|his|her|its|their)[ ]{1,2}(?:[\p{L}'’.-]+[ ]{1,2}){0,2}?"
    r"(?:comments?|remarks|statement|position|speech|views?|decision|stance|testimony)"
    r"|descri(?:bed|bes)[ ]{1,2}(?:the|what|how|his|her|its|their)[ ]{1,2}"
    r"(?:[\p{L}'’.-]+[ ]{1,2}){0,2}?[\p{L}-]+(?=[ ]?\.|[ ]as[ ]))"
    r"(?![\p{L}])"
)
# A sentence presenting a person the next quotation belongs to: "(Mark Stein) is a
# climate researcher at the school."
PRESENTED = regex.compile(r"[ ]{1,2}(?:is|was)[ ](?:a|an|the|one)[ ]")
# After a subject that opens a clause (and its appositive): a verb, perhaps after an adverb
# ("also read", "did not give", "was more positive", "appealed").
OPENER_VERB = regex.compile(
    r"[ ]{1,2}(?:(?:\p{Ll}+ly|also|then|later|again|once)[ ]{1,2})?"
    r"(?:\p{Ll}{2,}(?:ed|s)|did|do|was|were|is|are|has|have|had|will|would|could|can|may|"
    r"might|must|should|read|made|met|spoke|gave|told|said|went|took|came|sent|held|left|"
    r"won|lost|put|set|led|became|began|wrote|brought|kept|found|stood|hit|cut|sought|"
    r"fought|struck|paid|shot|drew|threw|rose|fell|broke|chose|spent|sold|bought|heard|"
    r"felt|meant|ran|saw|got|let|knew|grew|flew)\b"
)
# One appositive set off by commas after a name: ", the U.S. ambassador,".
ONE_APPOSITIVE = regex.compile(r"[ ]?,[^,\"()]{1,100},")
# A subject then its verb (not a reporting one): "Sunak defended", "The board later voted".
SUBJECT_VERB = regex.compile(r"[ ]{1,2}(?:\p{Ll}+ly[ ]{1,2})?\p{Ll}{2,}(?:ed|s)\b")
# Right before a quoted fragment, a verb naming what its object is: "calling the decision
# ", "described it as ", "branded the plan a ".  Searched from the end.
NAMING = regex.compile(
    r"(?r)(?<![\p{L}])(?P<verb>call(?:ed|ing|s)|describ(?:ed|ing|es)|label(?:l?ed|l?ing|s)|"
    r"brand(?:ed|ing|s)|dubb(?:ed|ing)|dubs|term(?:ed|ing|s))[ ]{1,2}"
    r"(?:it|this|that|him|her|them|(?:the|a|an|his|her|its|their|this|these|those)[ ]{1,2}"
    r"(?:[\p{L}'-]+[ ]{1,2}){0,3}?[\p{L}'-]+"
    r"|\p{Lu}[\p{L}.'-]*(?:[ ]\p{Lu}[\p{L}.'-]*){0,2})"  # "described Ann Lee as "...""
    r"[ ]{1,2}(?:as[ ]{1,2})?(?:(?:a|an)[ ])?\Z"
    # "accused the defendant of ", "blamed them for ": a charge in the accuser's words
    r"|(?r)(?<![\p{L}])(?P<verb>accus(?:e[ds]?|ing)|blam(?:e[ds]?|ing)|criticis(?:e[ds]?|ing)|"
    r"criticiz(?:e[ds]?|ing)|prais(?:e[ds]?|ing)|condemn(?:ed|ing|s)?|thank(?:ed|ing|s)?)"
    r"[ ]{1,2}"
    r"(?:it|him|her|them|us|(?:the|a|an|his|her|its|their|this|these|those)[ ]{1,2}"
    r"(?:[\p{L}'-]+[ ]{1,2}){0,3}?[\p{L}'-]+"
    r"|\p{Lu}[\p{L}.'-]*(?:[ ]\p{Lu}[\p{L}.'-]*){0,2})"  # "accused Acme of "...""
    # "accused them of being "...", "of not being "..."": the charge after its verb
    r"[ ]{1,2}(?:of|for)[ ]{1,2}(?:(?:not[ ]{1,2})?\p{Ll}+ing[ ]{1,2})?\Z"
)
# "in the words of SOURCE, " before a quote.
WORDS_OF = regex.compile(r"(?<![\p{L}])[Ii]n[ ]{1,2}(?:the[ ]{1,2})?words[ ]{1,2}of[ ]{1,2}")
# Forms that are far more often a noun or a plain verb ("state television", "the
# offensive continues"): they report speech only before "that", a colon or a quotation.
NEEDS_SEPARATOR = frozenset({"state", "continue", "continues", "continued", "continuing"})
# After "that", an auxiliary: "the states that are backing it" (a relative clause), or
# "said that was wrong" ("that" is the subject).
AUXILIARY = regex.compile(r"(?:" + _AUXILIARIES + r")\b")
# A relative or participial clause on a source: ", which quoted ...", ", citing ...".
RELATIVE = regex.compile(r"[ ]{1,2}(?:which|who|whose|quoting|citing)\b")
INTRO = regex.compile(r"[ ]+that\b|[ ]*:|,?[ ]*(?:'')?\"")
FOLLOWS = regex.compile(
    r"[\"]?[ ]*[:;,]?(?:[ ]*(?:and|then|later|also|again|adding|continuing|concluding|"
    r"explaining|noting|stating|insisting|arguing|warning|declaring)[,]?){0,3}"
    r"[ ]*[:;,]?[ ]*"
)
NEXT_CLAUSE = regex.compile(r"[ ]?[,;]?[ ](?:and|but|while|as|before|after|according[ ]to)[ ]")
# A subject pronoun opening what follows a verb: a clause, never a plain object
# ("claims he shook hands").
# A clause cut before its verb: it ends on an auxiliary or a subject pronoun ("Police had",
# "... when he").
SUBJECT_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + _AUXILIARIES + r"|he|she|they|we|it)\Z")
SUBJECT_PRONOUN = regex.compile(r"(?:he|she|they|we|I)[ ]")
REACH = 1200  # no sentence is read further than this past a cue
WORD_RE = regex.compile(r"[\p{L}\p{N}']+")
ASCII_WORDS = ascii_form(WORD_RE.pattern)  # WORD_RE for ASCII text


# An honorific before a name: "Mr ", "Ms. ", "Dr ".
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof)\.?[ ]"


class _LeadsName:
    """What may stand between a verb and the speaker after it: "said (the) (ROLE) NAME",
    "said Mr NAME"."""

    _DET = regex.compile(r"[ ]{0,2}(?:(?:the|an?)[ ]|" + _HONORIFIC + r")?")

    def fullmatch(self, between: str, role: str | None) -> bool:
        m = self._DET.match(between)
        rest = between[m.end() :] if m else between
        return (
            rest == ""
            or (role is not None and rest.rstrip(" ") == role)
            # "said Democratic Senator for Ohio, NAME": the role set off by a comma
            or (role is not None and rest.rstrip(" ").endswith(",") and rest.rstrip(" ,") == role)
            or (
                role is not None
                and rest.rstrip(" ").endswith(role)
                and len(rest) <= len(role) + 40
                and "," not in rest
            )
        )


LEADS_NAME = _LeadsName()
# Between a closing mark and a name: a space and perhaps an honorific ("Mr ", "Ms. ").
HONORIFIC_GAP = regex.compile(r"[ ]{1,2}(?:" + _HONORIFIC + r")?")
PLAIN_WORDS = regex.compile(r"[\p{L}\p{N}'.-]+(?:[ ][\p{L}\p{N}'.-]+)*")
# Words that open a description of a speaker, and words that cannot head one.
DETERMINERS = frozenset("the The a A an An his His her Her their Their its Its both Both".split())
FUNCTION_WORDS = frozenset(
    """and or but of in on at to for with by from as that which who whose when where while
    has have had was were is are be been would will could can should may might must did does
    do not also then said says told""".split()
)


_PLAIN_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'-]*")


@attrs.frozen
class Rules:
    """Reporting verbs compiled from ``speech_verbs`` and ``speech_verbs_object``."""

    verbs: regex.Pattern[str]
    object_verbs: frozenset[str]
    firsts: dict[str, tuple[str, ...]]  # first word -> the rest of each multiword form
    longest: int = 0  # length of the longest form
    plain: bool = False  # every form opens with a plain word (letters, marks, ' and -)


@functools.lru_cache(maxsize=16)
def rules(config: Config) -> Rules:
    """The reporting-verb tables of a configuration, compiled once.

    >>> rules(Config()).firsts["called"]
    (' for', ' on')
    """
    forms = sorted(config.words("speech_verbs"), key=len, reverse=True)
    verbs = regex.compile(
        r"(?<![\p{L}\p{M}'-])(?:"
        + "|".join(regex.escape(f) for f in forms)
        + r")(?![\p{L}\p{M}'-])"
    )
    firsts: dict[str, list[str]] = {}
    for f in forms:
        head, _, rest = f.partition(" ")
        firsts.setdefault(head, []).append(" " + rest if rest else "")
    return Rules(
        verbs=verbs,
        object_verbs=config.words("speech_verbs_object"),
        firsts={k: tuple(v) for k, v in firsts.items()},
        longest=max(map(len, forms), default=0),
        plain=all(_PLAIN_WORD.fullmatch(k) for k in firsts),
    )


# --- the working state --------------------------------------------------------------------------


def finite(verb: str) -> bool:
    """A past or third-person form ("said", "says"), not a bare infinitive ("and suggest")."""
    head = verb.split(" ", 1)[0]
    return head.endswith(("ed", "s")) or head in ("said", "told", "wrote", "thought", "found")


# A description between a closing verb and the name that ends the sentence: '"...," said a
# friend of the family, John Lee.' / 'said Chief of surgery, Dr. Ann Lee.' / 'said
# environmental lawyer and party candidate Ann Lee.'  Not a preposition, a day or a clause.
# (Each part is bounded, and the pattern is tried only after a closing verb.)
DESCRIBED_NAME = regex.compile(
    r"[ ]{1,2}(?!(?:in|at|on|to|for|from|with|during|after|before|by|of|when|while|as|"
    r"this|that|last|next|earlier|later|yesterday|today|also)[ ])"
    r"(?!\p{Lu}\p{Ll}+day\b|" + _MONTH + r")"
    r"(?:[^ ,;:\"()\n]{1,25}[ ]{1,2}){1,12}?(?:[^ ,;:\"()\n]{0,25},[ ]{1,2}"
    # a second part after a comma: 'said vice president of sales, Acme Products, Jo Ray.'
    r"(?:(?:[^ ,;:\"()\n]{1,25}[ ]{1,2}){0,4}[^ ,;:\"()\n]{1,25},[ ]{1,2})?)?"
    r"(?:" + _HONORIFIC + r"[ ]?)?"
)
# A clause inside such a description ("said a man who had seen the crash, John Lee") or a
# circumstance of the saying ("said the spokesman in an interview with John Lee").
DESCRIBED_CLAUSE = regex.compile(
    r"[ ](?:who|which|that|whose|said|told|had|has|was|is|to|with|during|after|before|by|"
    r"when|while|as|(?:in|on|at)[ ](?:an?|his|her|its|their)[ ])[ ]?"
)
# A described source that ends the sentence: '"...," said an unnamed ministry official.'
DESCRIBED_SOURCE = regex.compile(
    r"[ ]{1,2}(?:an?|the)[ ](?:[^ ,;:\"()\n]{1,25}[ ]){0,6}?(?P<noun>\p{Ll}[\p{Ll}-]{2,20})"
    r"[ ]?[.]"
)
# Title words between a name's first modifier and the name: "U.S. President ", "Minister
# for the Environment and Water Resources ".
TITLE_RUN = regex.compile(r"(?:[ ]{1,2}(?:\p{Lu}[\p{L}.'&-]{0,25}|of|for|the|and)){0,8}[ ]{1,2}")
