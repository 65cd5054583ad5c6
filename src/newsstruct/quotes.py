"""Reported speech: :func:`extract_quotes`.

Three passes over one :class:`~newsstruct._text.Document`:

1. quotation marks are paired paragraph by paragraph (:mod:`newsstruct._quotemarks`);
2. every reporting verb of the ``speech_verbs`` vocabulary is tried as the cue of a quote:
   the speaker is the name, role or pronoun that is its subject ("Price said",
   "said Price", "Josep Borrell, the EU's top diplomat, said"), the content is the quoted
   stretch next to it or the clause it reports ("said on April 19 that ...");
3. a quoted stretch that no cue claimed continues the previous speaker when it stands as
   a sentence of its own, and is dropped otherwise (scare quotes, titles, nicknames).

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

import attrs
import regex

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._names import Entities, Entity, Mention, resolve, word_spans
from newsstruct._quotemarks import Quoted, quoted
from newsstruct._text import Document, as_document
from newsstruct.model import Quote, Span, Speaker

__all__ = ["extract_quotes"]

# --- patterns -----------------------------------------------------------------------------------

# Adverbs and auxiliaries that may stand between a speaker and the reporting verb.
_ADVERBS = (
    r"has|have|had|also|further|later|then|previously|again|publicly|reportedly|repeatedly|"
    r"recently|once|did|would|will|earlier|first|quickly|simply|separately|already|"
    r"himself|herself|themselves|itself|too|however|meanwhile|still|even|now|yesterday|today|"
    r"originally|subsequently|privately|openly|explicitly|formally|officially|jokingly|"
    r"angrily|bluntly|flatly|frankly|firmly|clearly|strongly|continued to|went on to"
)
# Time and circumstance phrases that may sit between speaker, verb and content.
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_ADVERBIAL = (
    r"(?:(?:on[ ])?(?:" + _DAY + r"|" + _MONTH + r"[ ]\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ ]"
    + _MONTH + r")(?:,?[ ]\d{4})?|on[ ]the[ ]\d{1,2}(?:st|nd|rd|th)"
    r"|(?:last|this|next|earlier|later)[ ](?:week|month|year|weekend|morning|afternoon|"
    r"evening|night|" + _DAY + r"|" + _MONTH + r")"
    r"|(?:in|at|from)[ ](?:the[ ])?\p{Lu}[\p{L}.'-]*(?:[ ]\p{Lu}[\p{L}.'-]*){0,2}"
    r"|(?:on|in|at|during|via|through)[ ](?:a|an|the|his|her|its|their)[ ]"
    r"(?:[\p{L}-]+[ ]){0,2}?(?:statement|interview|tweet|post|letter|conference|briefing|"
    r"speech|release|hearing|meeting|address|broadcast|video|message|call|session|summit|"
    r"report|blog|op-ed|article|appearance|visit)"
    r"|on[ ](?:Twitter|Facebook|television|TV|radio|Instagram|Telegram|X)"
    r"|\p{Ll}+ly|in[ ]response|in[ ]reply|afterwards|after[ ]the[ ](?:meeting|match|game|"
    r"talks|hearing|verdict|ruling|vote|announcement)|in[ ]\d{4}|yesterday|today|tonight)"
)
_SOURCE_NOUNS = (
    r"tweet|statement|post|letter|website|account|report|message|announcement|spokesman|"
    r"spokeswoman|spokesperson|office|press release|news release|blog|editorial|"
    r"newspaper|paper|communique|news agency|agency"
)
# What may separate a speaker mention from its verb: a possessive source ("Zelenskiy's
# tweet"), adverbs, adverbials, a following "familiar with the matter".
_GAP = regex.compile(
    r"(?:[ ]?\([^()]{1,40}\))?"
    r"(?:[ ](?:of|for|from|at)[ ](?:the[ ])?\p{Lu}[\p{L}\p{N}.'&-]*"
    r"(?:[ ](?:[\p{Lu}&][\p{L}\p{N}.'&-]*|of|for|the|and)){0,8},?)?"
    r"(?:'s(?:[ ]\p{Ll}+)?[ ](?:" + _SOURCE_NOUNS + r"))?"
    r"(?:[ ](?:familiar[ ]with|close[ ]to|with[ ]knowledge[ ]of)[ ](?:the[ ])?\p{L}+)?"
    r"(?:[ ]who[ ](?:spoke|asked|requested|declined)[^,]{0,60},?)?"
    r"(?:,?[ ](?:" + _ADVERBS + r"|" + _ADVERBIAL + r"),?){0,3}"
    r"[ ]?,?[ ]?",
)
_APPOSITIVE = regex.compile(r",[^,\"()]{1,100}(?:,[^,\"()]{1,100}){0,2},?")
_PASSIVE = regex.compile(
    r"(?:\b(?:was|were|is|are|been|be|being|to|not|n't)|'s)[ ](?:\p{Ll}+ly[ ])?\Z"
)
_COORD = regex.compile(r"(?:,[ ]|[ ])(?:and|but|or)[ ](?:(?:" + _ADVERBS + r")[ ]){0,2}\Z")
_ACCORDING = regex.compile(r"(?<![\p{L}])[Aa]ccording[ ]to[ ]")
_THAT = regex.compile(
    r"(?:,?[ ](?:" + _ADVERBS + r"|" + _ADVERBIAL + r"),?){0,3}"
    r"(?P<sep>[ ]?:|,|[ ]that\b)?[ ]*"
)
_SUBORDINATE = regex.compile(
    r"(?:as|although|though|if|when|while|because|since|after|before|once|unless|despite)[ ]"
)
_TOLD_THAT = regex.compile(r"[^,;:.\"\n]{1,80}?[ ]that\b[ ]*")
# A reported clause opens with a subject, not a preposition ("said after the merger").
_NOT_CLAUSE = regex.compile(
    r"(?:after|before|in|at|on|during|while|when|of|for|with|to|from|by|about|against|"
    r"goodbye|hello|nothing|something|so|yes|no|more|less|earlier|later|"
    r"sorry|thanks|thank)\b"
)
# A finite verb early in a clause: "the findings show ...", "it would attack ..."
_FINITE = regex.compile(
    r"(?:[^ ]+[ ]){0,8}?[\"]?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|"
    r"might|must|did|does|do|shall|\p{Ll}+ed|show|shows|remain|remains|need|needs|want|"
    r"wants|plan|plans|face|faces|pose|poses|continue|continues|seem|seems|appear|appears)\b"
)
_PREPOSITION = regex.compile(
    r"(?:^|[ (])(?:of|for|at|in|from|with|by|to|on|about|against|like|than|into|over|"
    r"under|between|among|through|via|toward|towards|near)[ ]"
    r"(?:(?:the|a|an|his|her|its|their|our|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ ]){0,2}\Z"
)
_TOLD = regex.compile(
    r"[ ](?:reporters|journalists|lawmakers|parliament|him|her|them|us|me|listeners|"
    r"viewers|supporters|the[ ](?:\p{L}+[ ]){0,2}?\p{L}+|(?:\p{Lu}[\p{L}.'-]*[ ]?){1,4})"
    r"(?=[ ,:])"
)
# Where a reported clause stops.
_CLAUSE_END = regex.compile(
    r"[;]|:[ ]|,?[ ](?:while|whereas|but|although|though)[ ]|,[ ](?:\p{Ll}+ing|"
    r"according|which|who|when|where|with)[ ]"
    r"|[ ]and[ ](?:that|said|added|warned|told|claimed|argued|insisted|stated|noted|was|were|"
    r"is|are|would|will|has|have|had|could)[ ]|[ ](?:following|in[ ]case)[ ]|\n"
)
# What may follow a closing "Borrell said" / "said Borrell" up to the sentence end.
_TAIL = regex.compile(
    r"(?:[ ](?:" + _ADVERBIAL + r"|" + _ADVERBS + r"|reporters|journalists))*[ ]*[.!?]?[\"']?[ ]*"
)
_TAIL_AFTER_NAME = regex.compile(r"[^.!?\"]{0,80}?[.!?]?[\"']?[ ]*")
# The rest of an attribution after its verb, up to the sentence end: " reporters in Moscow".
_ATTRIBUTION_REST = regex.compile(r"[^.!?\"\n]{1,80}?(?=[.!?]|\Z)")
_OBJECT_OK = regex.compile(r"[ ]*(?:that\b|[:]|,?[ ]*\")")
_REACH = 1200  # no sentence is read further than this past a cue
_WORD_RE = regex.compile(r"[\p{L}\p{N}']+")


class _LeadsName:
    """What may stand between a verb and the speaker after it: "said (the) (ROLE) NAME"."""

    _DET = regex.compile(r"[ ]{0,2}(?:(?:the|an?)[ ])?")

    def fullmatch(self, between: str, role: str | None) -> bool:
        m = self._DET.match(between)
        rest = between[m.end():] if m else between
        return rest == "" or (role is not None and rest.rstrip(" ") == role) or (
            role is not None and rest.rstrip(" ").endswith(role) and len(rest) <= len(role) + 40
            and "," not in rest)


_LEADS_NAME = _LeadsName()


@attrs.frozen
class _Rules:
    verbs: regex.Pattern[str]
    object_verbs: frozenset[str]
    firsts: dict[str, tuple[str, ...]]  # first word -> the rest of each multiword form


@functools.lru_cache(maxsize=16)
def _rules(config: Config) -> _Rules:
    forms = sorted(config.words("speech_verbs"), key=len, reverse=True)
    verbs = regex.compile(
        r"(?<![\p{L}\p{M}'-])(?:" + "|".join(regex.escape(f) for f in forms)
        + r")(?![\p{L}\p{M}'-])"
    )
    firsts: dict[str, list[str]] = {}
    for f in forms:
        head, _, rest = f.partition(" ")
        firsts.setdefault(head, []).append(" " + rest if rest else "")
    return _Rules(verbs=verbs, object_verbs=config.words("speech_verbs_object"),
                  firsts={k: tuple(v) for k, v in firsts.items()})


# --- the working state --------------------------------------------------------------------------


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


class _Pass:
    """One document's extraction state."""

    def __init__(self, doc: Document, config: Config) -> None:
        self.doc = doc
        self.folded = doc.folded
        self.rules = _rules(config)
        self.ents: Entities = resolve(doc, config)
        self.marks = quoted(doc)
        self.mark_starts = [q.mark for q in self.marks]
        self.used: set[int] = set()  # indices of quoted stretches already claimed
        self.cues: set[int] = set()  # offsets of verbs already used as a cue
        self.found: list[_Found] = []  # in text order (by start)

    # -- helpers --

    def earlier(self, at: int, limit: int = 12) -> list[_Found]:
        """Up to ``limit`` quotes with a speaker starting before ``at``, latest last."""
        i = bisect.bisect_left(self.found, at, key=lambda f: f.start)
        out = [f for f in self.found[max(0, i - limit):i] if f.speaker is not None]
        return out

    def inside_quote(self, offset: int) -> int | None:
        """Index of the quoted stretch whose marks enclose ``offset``."""
        i = bisect.bisect_right(self.mark_starts, offset) - 1
        if i >= 0 and self.marks[i].mark < offset < self.marks[i].after:
            return i
        return None

    def clause_start(self, offset: int) -> int:
        """Where the clause holding ``offset`` starts (sentence start, ';', a closing mark)."""
        sent = self.doc.sentence_at(offset)
        start = sent.start if sent is not None else max(0, offset - 200)
        start = max(start, offset - 250)
        folded = self.folded
        for sep in (";", '" ', '",', "\n", " while ", " whereas ", " but ", " But "):
            k = folded.rfind(sep, start, offset)
            if k >= 0:
                start = max(start, k + len(sep))
        return start

    def subject(self, clause: int, verb: int) -> Mention | None:
        """The mention that is the subject of the verb at ``verb``."""
        folded = self.folded
        head = regex.match(r"\p{L}+", folded[verb:verb + 24])
        with_ok = head is not None and head.group().endswith("ing")
        mentions = [m for m in self.ents.between(clause, verb)
                    if not _PREPOSITION.search(folded, max(0, m.start - 40), m.start)
                    or (with_ok and folded[max(0, m.start - 5):m.start] == "with ")]
        best: Mention | None = None
        for m in reversed(mentions):  # closest first, plain gap
            gap = folded[m.end:verb]
            if not _GAP.fullmatch(gap):
                continue
            if m.kind == "source" and folded[max(0, m.start - 3):m.start] == "'s ":
                continue  # "Zelenskiy's tweet said": the owner speaks
            if "," in gap and any(x.end < m.start and folded[x.end:x.end + 1] == ","
                                  for x in mentions):
                continue  # inside an appositive: the name before it is the subject
            owner = [x for x in mentions if x.role_span is not None
                     and x.role_span.start <= m.start and m.end <= x.role_span.end]
            best = owner[0] if owner else m
            break
        if best is None:
            for m in mentions:  # leftmost first, through an appositive
                if m.kind == "pronoun":
                    continue
                app = _APPOSITIVE.match(self.folded, m.end, verb)
                if app is not None and _GAP.fullmatch(self.folded[app.end():verb]):
                    best = m
                    break
        if best is not None and best.kind == "pronoun" and best.name == "it" and \
                self.folded[best.start - 1: best.start] != " " and best.start != clause:
            return None
        return best

    def entity(self, m: Mention, at: int) -> Entity | None:
        if m.kind == "pronoun" and m.name in ("he", "she"):
            # prefer the speaker of a recent quote over the nearest person mention
            here = self.doc.sentence_index(at)
            near = self.ents.entity_of(m)
            near_m = None
            if near is not None:
                k = bisect.bisect_left(near.spans, m.start, key=lambda x: x.start)
                near_m = near.spans[k - 1] if k > 0 else None
            if near_m is not None and here - self.doc.sentence_index(near_m.start) <= 1:
                return near
            earlier = [f for f in self.earlier(at) if f.entity is not None]
            if earlier:
                f = earlier[-1]
                if here - self.doc.sentence_index(f.start) <= 3 and \
                        f.entity is not None and f.entity.kind in ("person", "role"):
                    return f.entity
            return near
        return self.ents.entity_of(m)

    def clause_end(self, start: int, limit: int) -> int:
        m = _CLAUSE_END.search(self.folded, start, limit)
        end = m.start() if m is not None else limit
        # never stop inside a quoted stretch
        q = self.inside_quote(end)
        if q is not None and self.marks[q].after <= limit:
            end = max(end, self.marks[q].after)
            m2 = _CLAUSE_END.search(self.folded, end, limit)
            end = m2.start() if m2 is not None else limit
        while end > start and self.folded[end - 1] in " ,.;:":
            end -= 1
        return end

    def long_quote(self, start: int) -> bool:
        """Whether a quoted stretch opening at ``start`` reads as speech, not a title."""
        i = self.inside_quote(start + 1)
        if i is None:
            return True
        q = self.marks[i]
        return len(_WORD_RE.findall(self.folded, q.start, q.end)) >= 4

    def cap(self, start: int, end: int) -> int:
        """Cut a long clause at a comma or dash, so the content stays a located prefix."""
        if end - start <= 180:
            return end
        m = regex.compile(r",[ ]|[ ]-{1,2}[ ]").search(self.folded, start + 60, end)
        while m is not None and self.inside_quote(m.start()) is not None:
            m = regex.compile(r",[ ]|[ ]-{1,2}[ ]").search(self.folded, m.end(), end)
        return m.start() if m is not None and m.start() < end else end

    def sentence_end(self, offset: int) -> int:
        """End of the sentence at ``offset`` (looking no further than a long sentence goes)."""
        sent = self.doc.sentence_at(offset)
        end = sent.end if sent is not None else len(self.folded)
        end = min(end, offset + _REACH)
        # a sentence cut inside a quote runs on to the closing mark
        q = self.inside_quote(end - 1)
        if q is not None and not self.marks[q].open:
            s2 = self.doc.sentence_at(self.marks[q].after - 1)
            if s2 is not None:
                end = max(end, s2.end)
        return end

    def add(self, f: _Found) -> None:
        bisect.insort(self.found, f, key=lambda x: x.start)

    # -- rules --

    def direct_after(self, i: int, q: Quoted) -> bool:
        """'"...," Price said.' / '"...," said Price.' / '"..." - Price'."""
        folded = self.folded
        pos = q.after
        limit = min(len(folded), pos + 160)
        nl = folded.find("\n", pos, limit)
        limit = nl if nl >= 0 else limit
        head = folded[pos:pos + 3]
        if not (folded[q.end - 1] in ",!?.-:" or head.startswith(",")
                or head.lstrip(" ").startswith("-")):
            return False
        dash = regex.match(r"[ ]*-{1,2}[ ]*", folded[pos:limit])
        m = self.rules.verbs.search(folded, pos, limit)
        stop = regex.compile(r"[.;!?\"]").search(folded, pos + 1, limit)
        if m is not None and stop is not None and stop.start() < m.start():
            m = None
        if m is None:
            if dash is not None and dash.end() > 0:
                ms = [x for x in self.ents.between(pos + dash.end(), limit)
                      if x.start == pos + dash.end() and x.kind != "pronoun"]
                if ms:
                    self.emit_direct(i, q, None, ms[0], "quote.direct_dash")
                    return True
            return False
        between = folded[pos:m.start()].strip(" ,")
        if not between:  # '"...," said Price'
            after = [x for x in self.ents.between(m.end(), limit)
                     if x.kind != "pronoun" and _LEADS_NAME.fullmatch(
                         self.doc.text[m.end():x.start], x.role)]
            if not after:
                return False
            speaker = after[-1] if after[-1].start <= after[0].end + 40 else after[0]
        else:
            found = self.subject(pos, m.start())
            lead = folded[pos:found.start].strip(" ,-") if found is not None else ""
            if found is None or (lead and (regex.search(r"[.,;!?\"]", lead)
                                           or len(lead.split(" ")) > 6)):
                return False
            speaker = found
        self.cues.add(m.start())
        self.emit_direct(i, q, m.span(), speaker, "quote.direct_after", limit=limit)
        return True

    def emit_direct(self, i: int, q: Quoted, cue: tuple[int, int] | None,
                    speaker: Mention | None, rule: str, limit: int | None = None) -> None:
        self.used.add(i)
        parts = [(q.start, q.end)]
        end = max(q.after, speaker.end if speaker else 0, cue[1] if cue else 0)
        # split quote: '"...," said Price, "..."'
        if i + 1 < len(self.marks) and rule == "quote.direct_after":
            nq = self.marks[i + 1]
            tail = self.folded[end:nq.mark]
            if regex.fullmatch(r"[^.!?\"\n]{0,60}?,[ ]*", tail) and nq.paragraph == q.paragraph:
                self.used.add(i + 1)
                parts.append((nq.start, nq.end))
                end = nq.after
                rule = "quote.direct_split"
        if rule == "quote.direct_after":  # '... Price told reporters in Moscow.'
            rest = _ATTRIBUTION_REST.match(self.folded, end, min(len(self.folded), end + 80))
            if rest is not None:
                end = rest.end()
        ent = None if speaker is None else self.entity(speaker, q.mark)
        self.add(_Found(min(q.mark, speaker.start if speaker else q.mark), end, "direct",
                        parts[0], cue, speaker, ent, rule,
                        tuple(parts) if len(parts) > 1 else ()))

    def reported(self, vs: int, ve: int) -> None:
        """Try the reporting verb at ``vs:ve`` as the cue of a reported quote."""
        folded = self.folded
        if self.inside_quote(vs) is not None or vs in self.cues:
            return
        word = folded[vs:ve]
        clause = self.clause_start(vs)
        before = folded[max(clause, vs - 40):vs]
        if _PASSIVE.search(before):
            return
        speaker = self.subject(clause, vs)
        entity = None
        participial = word.endswith("ing")
        if speaker is None and (participial or _COORD.search(before)):
            prev = [f for f in self.earlier(vs) if
                    self.doc.sentence_index(f.start) == self.doc.sentence_index(vs)]
            if prev:
                speaker, entity = prev[-1].speaker, prev[-1].entity
            elif participial:
                cands = [x for x in self.ents.between(clause, vs) if x.kind != "pronoun"]
                if cands:
                    speaker = cands[0]
        elif participial and speaker is not None and folded[speaker.end:vs].strip() == "":
            pass
        elif participial:
            return
        if participial and word in self.rules.object_verbs and not regex.match(
                r"[ ]+that\b|[ ]*:|,?[ ]*\"", folded[ve:ve + 8]):
            return
        sentence_end = self.sentence_end(vs)
        if speaker is None and folded[vs - 2:vs] == ", ":
            after = [x for x in self.ents.between(ve, min(sentence_end, ve + 120))
                     if x.kind != "pronoun"
                     and _LEADS_NAME.fullmatch(self.doc.text[ve:x.start], x.role)]
            if after:  # "CLAUSE, said Borrell."
                speaker = after[0]
        if speaker is None:
            return
        if entity is None:
            entity = self.entity(speaker, speaker.start)
        # forward: "said (on Tuesday) (that) CLAUSE"
        pos = ve
        if word in ("told", "tells", "tell", "telling"):
            tt = _TOLD_THAT.match(folded, pos, sentence_end)
            t = _TOLD.match(folded, pos, sentence_end)
            if tt is not None and self.inside_quote(tt.end() - 1) is None:
                pos = tt.start() + tt.group().rstrip(" ").rfind(" that")
            elif t is not None:
                pos = t.end()
        lead = _THAT.match(folded, pos, sentence_end)
        sep = lead.group("sep") if lead else None
        start = lead.end() if lead else pos
        if not sep and (word in self.rules.object_verbs or word in ("told", "tells")) and not (
                (_OBJECT_OK.match(folded, pos, sentence_end) and self.long_quote(start))
                or _FINITE.match(folded, start, sentence_end)):
            start = sentence_end  # no clause: only "X, Y said." can still apply
        if not sep and _NOT_CLAUSE.match(folded, start, sentence_end):
            start = sentence_end
        while start < sentence_end and folded[start] in " ,":
            start += 1
        if _SUBORDINATE.match(folded, start, sentence_end):
            end = sentence_end  # "said that, as the parents came from India, they ..."
            while end > start and folded[end - 1] in " .":
                end -= 1
        else:
            end = self.clause_end(start, sentence_end)
        end = self.cap(start, end)
        content = (start, end)
        if end - start < 8 or len(_WORD_RE.findall(folded, start, end)) < 2 or (
                speaker.start > vs):
            # backward: "CLAUSE, Borrell said." / "CLAUSE, said Borrell."
            if speaker.start > vs:  # "CLAUSE, said Borrell (, the EU's top diplomat)."
                if not _TAIL_AFTER_NAME.fullmatch(folded, speaker.end, sentence_end):
                    return
            elif not _TAIL.fullmatch(folded, ve, sentence_end):
                return
            comma = folded.rfind(",", clause, min(speaker.start, vs))
            sent = self.doc.sentence_at(vs)
            s0 = sent.start if sent is not None else clause
            if comma <= s0:
                return
            qi = self.inside_quote(comma - 1)
            if qi is not None:
                return  # a quoted stretch: the direct rules handle it
            content = (s0, comma)
            rule = "quote.indirect_after"
        else:
            rule = "quote.indirect_that" if sep and "that" in sep else "quote.indirect"
        self.emit_reported(content, (vs, ve), speaker, entity, rule)
        more = regex.match(r"[,]?[ ]and[ ]that[ ]", folded[content[1]:content[1] + 12])
        if more is not None:  # "said that X and that Y": a second reported clause
            s2 = content[1] + more.end()
            e2 = self.cap(s2, self.clause_end(s2, sentence_end))
            self.emit_reported((s2, e2), (vs, ve), speaker, entity, "quote.indirect_that")

    def emit_reported(self, content: tuple[int, int], cue: tuple[int, int] | None,
                      speaker: Mention | None, entity: Entity | None, rule: str) -> None:
        start, end = content
        folded = self.folded
        while start < end and folded[start] in " ,:":
            start += 1
        if end - start < 3:
            return
        lo_i = bisect.bisect_left(self.mark_starts, start)
        hi_i = bisect.bisect_left(self.mark_starts, end)
        inner = [i for i in range(lo_i, hi_i) if self.marks[i].after <= end + 1]
        kind = "indirect"
        if inner:
            kind = "mixed"
            first = self.marks[inner[0]]
            if len(inner) == 1 and first.mark == start and first.after >= end:
                kind = "direct"
                rule = "quote.direct_before"
                start, end = first.start, first.end
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
        lo = min(start, speaker.start if speaker else start, cue[0] if cue else start)
        hi = max(end, speaker.end if speaker else end, cue[1] if cue else end)
        self.add(_Found(lo, hi, kind, (start, end), cue, speaker, entity, rule))

    def according(self, m: regex.Match[str]) -> None:
        folded = self.folded
        cs, ce = m.start(), m.end() - 1
        if self.inside_quote(cs) is not None:
            return
        sentence_end = self.sentence_end(cs)
        after = [x for x in self.ents.between(m.end(), min(sentence_end, m.end() + 100))
                 if x.kind != "pronoun"]
        if not after or after[0].start > m.end() + 4:
            return
        speaker = after[0]
        if len(after) > 1 and folded[speaker.end:after[1].start] in ("'s ", "' "):
            speaker = after[1]  # "according to Saudi Arabia's Civil Defense Authority"
        sent = self.doc.sentence_at(cs)
        s0 = sent.start if sent is not None else self.clause_start(cs)
        if folded[s0:cs].strip(" \"") == "" or (
                folded[cs - 2:cs] == ", " and folded[speaker.end:speaker.end + 2].strip() == ","):
            comma = regex.match(r"[ ]?,", folded[speaker.end:speaker.end + 2])
            first = speaker.end + (comma.end() if comma else 0)
            content = (first, self.clause_end(first, sentence_end))
        else:
            end = cs
            content = (s0, end)
            while content[1] > s0 and folded[content[1] - 1] in " ,":
                content = (s0, content[1] - 1)
        self.emit_reported(content, (cs, ce), speaker, self.ents.entity_of(speaker),
                           "quote.according_to")

    def continuation(self, i: int, q: Quoted) -> None:
        """A quoted stretch standing alone continues the previous speaker."""
        prev = self.earlier(q.mark)
        if not prev:
            return
        last = prev[-1]
        folded = self.folded
        sent = self.doc.sentence_at(q.mark)
        alone = q.reopened or (sent is not None and sent.start == q.mark) or (
            folded[q.mark - 1: q.mark] == "\n" or q.mark == self.doc.paragraphs[q.paragraph].start)
        follows = last.end <= q.mark and regex.fullmatch(
            r"[\"]?[ ]*(?:[:;,]|and|[:,][ ]*and)?[ ]*", folded[last.end:q.mark]) is not None
        if not (alone or follows) or len(_WORD_RE.findall(folded, q.start, q.end)) < 4:
            return
        if q.paragraph - self.doc.sentences[self.doc.sentence_index(last.start)].paragraph > 2:
            return
        self.used.add(i)
        self.add(_Found(q.mark, q.after, "direct", (q.start, q.end), None, last.speaker,
                        last.entity, "quote.continuation"))

    def run(self) -> list[_Found]:
        for i, q in enumerate(self.marks):
            if not q.open:
                self.direct_after(i, q)
        folded, firsts = self.folded, self.rules.firsts
        for start, end, word in word_spans(self.doc):
            rests = firsts.get(word)
            if rests is None:
                continue
            for rest in rests:  # longest form first
                if folded.startswith(rest, end) and (
                        end + len(rest) >= len(folded) or not folded[end + len(rest)].isalpha()):
                    self.reported(start, end + len(rest))
                    break
        for m in _ACCORDING.finditer(self.folded):
            self.according(m)
        for i, q in enumerate(self.marks):
            if i not in self.used:
                self.continuation(i, q)
        for i in range(len(self.marks) - 2, -1, -1):  # "...\n\n"...," she said.
            q, nq = self.marks[i], self.marks[i + 1]
            if i in self.used or not q.open or not nq.reopened:
                continue
            k = bisect.bisect_left(self.found, nq.mark, key=lambda f: f.start)
            owner = [f for f in self.found[max(0, k - 2):k + 3]
                     if f.content[0] == nq.start and f.speaker is not None]
            if owner:
                self.used.add(i)
                self.add(_Found(q.mark, q.after, "direct", (q.start, q.end), None,
                                owner[0].speaker, owner[0].entity, "quote.continuation"))
        return self.found


def _dedupe(found: list[_Found]) -> list[_Found]:
    """Drop a quote whose content overlaps a stronger one (direct over mixed over indirect)."""
    rank = {"direct": 0, "mixed": 1, "indirect": 2}
    starts: list[int] = []  # kept contents, disjoint and sorted
    ends: list[int] = []
    keep: list[_Found] = []
    for f in sorted(found, key=lambda f: (rank[f.kind], f.content[0])):
        s, e = f.content
        i = bisect.bisect_left(starts, s)
        if (i < len(starts) and starts[i] < e) or (i > 0 and ends[i - 1] > s):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        keep.append(f)
    keep.sort(key=lambda f: (f.start, f.content[0]))
    return keep


def extract_quotes(text: str | Document, *, config: Config | None = None) -> tuple[Quote, ...]:
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
    for f in _dedupe(_Pass(doc, config).run()):
        speaker = None
        if f.speaker is not None:
            name = f.entity.name if f.entity is not None else (
                None if f.speaker.kind == "pronoun" else f.speaker.name)
            speaker = Speaker(f.speaker.start, f.speaker.end, f.speaker.text, name=name)
        out.append(Quote(
            f.start, f.end, text[f.start:f.end], kind=f.kind,
            content=Span.of(text, *f.content),
            cue=None if f.cue is None else Span.of(text, *f.cue),
            speaker=speaker, rule=f.rule,
            parts=tuple(Span.of(text, s, e) for s, e in f.parts),
        ))
    return tuple(out)
