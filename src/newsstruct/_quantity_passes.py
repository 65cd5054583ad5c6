"""Passes over all the figures of a document once each has been read.

A unit written once is shared by the figures it governs ("eighteen and sixteen per cent"),
conversions whose currency symbols were lost borrow them from a complete conversion, and
"about a week" (one unit, qualified, with no numeral) is added.
"""

from __future__ import annotations

import bisect
import itertools
from decimal import Decimal

import regex

from newsstruct._quantity_nouns import Fig, NounReader

__all__ = ["DocumentPasses"]

_AGO = regex.compile(r"[ ]ago(?![\p{L}])")
# "71 of the 75 seats", "five of its eight districts": the words between a part and a whole
_PART_OF = regex.compile(
    r"[ ]of[ ](?:(?:the|these|those|their|its|his|her|our|all|\p{Lu}[\p{L}.-]{1,30}['’]s)[ ])?"
)
# "seven points ..., two more than Angola": a bare difference, compared with something
_COMPARED = regex.compile(r"[ ](?:more|fewer|less)[ ]than[ ]")
# "at least four helicopters, two of which landed": a part of the figure just before
_OF_WHICH = regex.compile(r"[ ]of[ ](?:which|whom)(?![\p{L}])")
_PREPOSITIONS = frozenset("from in after of over within for with by at on".split())
# the end of a sentence between two figures
_SENTENCE_END = regex.compile(r"[.!?][\"'”]?(?:[ ]|\n)|\n")


class DocumentPasses(NounReader):
    """Document-level passes of the quantity reader."""

    def share_units(self, figs: list[Fig]) -> None:
        """ "eighteen and sixteen per cent", "from 1,096 to £1,288": the unit is shared."""
        for a, b in itertools.pairwise(figs):
            if a.kind == "age" and b.unit is None and b.entity is None and b.kind == "number":
                if self.f[a.end : b.start] in (" and ", " or ", ", ", " to "):
                    b.unit, b.kind, b.rule = a.unit, "age", "quantity.age"  # "aged 6 and 8"
                continue
            if a.unit or a.entity or a.kind != "number" or not b.unit or b.kind == "score":
                continue
            between = self.f[a.end : b.start].strip(" ").lower()
            if between in (",", "and", "or", "to", ", and", "and by", "or by", "to about"):
                a.unit, a.kind, a.rule = b.unit, b.kind, b.rule

    def share_partitive(self, figs: list[Fig]) -> None:
        """ "71 of the 75 seats", "143 of 243 seats": the part counts what the
        whole after "of the" counts."""
        for a, b in itertools.pairwise(figs):
            if (
                a.kind == "number"
                and a.entity is None
                and a.unit is None
                and a.currency is None
                and a.low is None
                and a.value is not None
                and b.kind == "count"
                and b.entity
                and b.low is None
                and b.value is not None
                and a.value <= b.value
                and (part := _PART_OF.match(self.f, a.end)) is not None
                and part.end() == b.start
            ):
                a.entity, a.kind, a.rule = b.entity, "count", "quantity.count"

    def share_compared(self, figs: list[Fig]) -> None:
        """ "seven points from three games, two more than Angola": a bare number compared
        with something counts what the figure before it in the sentence counts, and so
        does a part of the figure just before ("four helicopters, two of which")."""
        for i, b in enumerate(figs):
            if (
                i == 0
                or b.kind != "number"
                or b.entity is not None
                or b.unit is not None
                or b.currency is not None
                or b.low is not None
                or b.qualifier != "exact"
            ):
                continue
            after = self.f[b.end : b.end + 7]  # (what the two patterns below open with)
            if after.startswith(" of wh") and _OF_WHICH.match(self.f, b.end) is not None:
                a = figs[i - 1]
                if (
                    self.f[a.end : b.start] == ", "
                    and a.low is None
                    and a.kind == "count"
                    and a.value is not None
                    and b.value is not None
                    and b.value <= a.value
                ):
                    b.entity, b.kind, b.rule = a.entity, a.kind, a.rule
                continue
            if (
                not after.startswith((" more ", " fewer ", " less "))
                or _COMPARED.match(self.f, b.end) is None
            ):
                continue
            compared: Fig | None = None
            for a in reversed(figs[max(0, i - 4) : i]):
                gap = self.f[a.end : b.start]
                if len(gap) > 100 or _SENTENCE_END.search(gap) is not None:
                    break
                # "seven points from three games": not the figure of a prepositional phrase
                if self.prev_word(a.start).lower() not in _PREPOSITIONS:
                    compared = a
                    break
            if (
                compared is None
                or not self.f.endswith(", ", 0, b.start)
                or compared.low is not None
                or compared.kind not in ("count", "percent", "measure")
            ):
                continue
            a = compared
            b.entity, b.unit, b.kind, b.rule = a.entity, a.unit, a.kind, a.rule

    def borrow_conversions(self, figs: list[Fig]) -> None:
        """ "£742 million (1,192 million, 835 million)": conversions whose symbols were lost
        take the currencies of a complete conversion of the same currency in the article
        ("£2.4 billion (US$3.8 billion, €2.7 billion)")."""
        groups: list[tuple[Fig, list[Fig]]] = []
        for i, a in enumerate(figs):
            if a.kind != "money" or self.f[a.end : a.end + 2] != " (":
                continue
            close = self.f.find(")", a.end, a.end + 120)
            members = [b for b in figs[i + 1 : i + 5] if b.end <= close]
            gaps = [self.f[x.end : y.start] for x, y in zip([a, *members], members, strict=False)]
            if members and gaps[0] == " (" and all(gap in (", ", "; ") for gap in gaps[1:]):
                groups.append((a, members))
        templates: dict[str | None, list[str | None]] = {}
        for a, members in groups:
            if all(b.kind == "money" for b in members):
                templates.setdefault(a.unit, [b.unit for b in members])
        for a, members in groups:
            units = templates.get(a.unit)
            if (
                units
                and len(units) == len(members)
                and all(b.kind == "number" and b.entity is None for b in members)
            ):
                for b, unit in zip(members, units, strict=True):
                    b.unit, b.kind, b.rule = unit, "money", "quantity.money"

    def share_dollar(self, figs: list[Fig]) -> None:
        """ "AU$1 million ... $66.5 million": where an article names one dollar other than
        the US one ("AU$", "NZ$", "C$") and never the US one, its bare "$" is that dollar."""
        local: set[str] = set()
        bare: list[Fig] = []
        for g in figs:
            if g.kind != "money" or "$" not in self.f[g.start : g.end]:
                continue
            text = self.f[g.start : g.end]
            mark = text.index("$")
            # the code written against the sign ("US$", "U.S. $"), not a qualifier ("about $5")
            written = text[:mark].rstrip(" ").rsplit(" ", 1)[-1] if mark - 2 <= 4 else ""
            coded = written[-1:].isalpha() and written.upper() == written
            if g.unit == "USD" and not coded:
                bare.append(g)  # "$5", "about $5"
            elif g.unit == "USD":
                return  # "US$": the article names the US dollar
            else:
                local.add(str(g.unit))
        if len(local) == 1 and bare:
            unit = local.pop()
            for g in bare:
                g.unit = g.currency = unit

    def add_one_units(self, figs: list[Fig]) -> list[Fig]:
        """ "about a week", "more than an hour", "nearly a mile": one unit, qualified."""
        extra = []
        starts = [g.start for g in figs]
        for m in self.r.one_units(self.low):
            qual = self.phrase_before(m.start(), self.r.qualifiers_before)
            if qual is None or self.r.qualifiers_before[qual[1]] == "exact":
                continue
            i = bisect.bisect_right(starts, qual[0])
            if (i and figs[i - 1].end > qual[0]) or (i < len(figs) and figs[i].start < m.end()):
                continue
            if _AGO.match(self.f, m.end()):
                continue  # "about a year ago" is a date
            unit, kind = self.r.units[self.unit_key(m.group("unit"))]
            rule = "quantity.duration" if kind == "duration" else "quantity.measure"
            qualifier = self.r.qualifiers_before[qual[1]]
            extra.append(
                Fig(
                    qual[0],
                    m.end(),
                    Decimal(1),
                    qualifier=qualifier,
                    unit=unit,
                    kind=kind,
                    rule=rule,
                )
            )
        return sorted([*figs, *extra], key=lambda g: g.start) if extra else figs
