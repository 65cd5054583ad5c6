"""Markdown and HTML views of a :class:`~newsstruct.model.Summary`.

Both views read the value model and nothing else: they never run an extractor, so they
render a summary read back from JSON exactly as the one :func:`newsstruct.summarize`
returned.  Both are deterministic: the same summary gives the same string.

>>> from newsstruct.model import Quantity, Summary
>>> text = "More than 60 ships left."
>>> s = Summary(text=text, quantities=(Quantity(0, 18, text[:18], value=60,
...             qualifier="more_than", entity="ships", kind="count"),))
>>> print(to_markdown(s).splitlines()[0])
# Article summary
>>> '<mark class="hl qty"' in to_html(s)
True
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

import attrs
import regex

from newsstruct.__about__ import __version__
from newsstruct.model import DateMention, Event, Quantity, Quote, Span, Summary

__all__ = ["to_html", "to_markdown"]

# --- shared helpers ---------------------------------------------------------------------------

# Characters no page should carry: lone surrogates (they cannot be encoded) and the control
# characters HTML forbids.  Each becomes U+FFFD, one character for one, in what is displayed.
_BAD_CHARS = dict.fromkeys(
    (
        *range(0xD800, 0xE000),  # surrogates
        *range(0x00, 0x09), 0x0B, *range(0x0E, 0x20),  # C0 controls but tab, LF, FF, CR
        *range(0x7F, 0xA0),  # DEL and C1 controls
    ),
    "\ufffd",
) | {0x85: "\n"}  # NEL is a line break: show it as one


def _clean(text: str) -> str:
    return text.translate(_BAD_CHARS)


def _one_line(text: str) -> str:
    """The text on one line, runs of white space (line breaks included) as one space."""
    return " ".join(_clean(text).split())


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) or abs(value) < 1e15 else repr(value)


def _quantity_value(q: Quantity) -> str:
    if q.value is not None:
        return _number(q.value)
    if q.low is not None or q.high is not None:
        low = "" if q.low is None else _number(q.low)
        high = "" if q.high is None else _number(q.high)
        return f"{low}\u2013{high}"
    return ""


def _words(code: str | None) -> str:
    return "" if code is None else code.replace("_", " ")


def _date_label(date: DateMention) -> str:
    return date.value if date.value is not None else "unresolved"


def _timeline(events: Sequence[Event]) -> list[int]:
    """Indices of the events by date: resolved dates in calendar order, then the rest."""

    def key(i: int) -> tuple[bool, dt.date, int, int, int]:
        e = events[i]
        first = e.date.first
        return (first is None, first or dt.date.min, e.start, e.end, i)

    return sorted(range(len(events)), key=key)


def _speaker_role(summary: Summary, name: str | None) -> str | None:
    for actor in summary.actors:
        if actor.name == name:
            return actor.role
    return None


def _quote_content(q: Quote) -> str:
    parts = q.parts or (q.content,)
    return " \u2026 ".join(_one_line(p.text) for p in parts)


# --- Markdown ---------------------------------------------------------------------------------

_MD_SPECIAL = regex.compile(r"[\\`*_\[\]<#|~]|&(?=#?[A-Za-z0-9]{1,32};)")
_MD_LINE_START = regex.compile(r"^(?:([0-9]{1,9})([.)])(?=\s|$)|([-+=>]))")


def _md(text: str) -> str:
    """Inline Markdown: one line, every character Markdown could read as markup escaped."""
    out = _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), _one_line(text))
    return _MD_LINE_START.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else "\\" + m.group(3), out
    )


def _md_code(text: str) -> str:
    """A machine-readable code as a code span (escaped text if it holds a backtick)."""
    line = _one_line(text)
    return f"`{line}`" if line and "`" not in line else _md(line)


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_md(cell) or " " for cell in row) + " |" for row in rows]
    return lines


def to_markdown(summary: Summary) -> str:
    """A readable brief: lead, key points, key figures, who said what, timeline, actors.

    Every section is present; an empty one says so.  Text from the article is escaped so
    that it reads as written (a ``|`` or a ``*`` in a quote does not turn into markup).

    >>> from newsstruct.model import Summary
    >>> print(to_markdown(Summary(text="")))
    # Article summary
    <BLANKLINE>
    Publication date: unknown.
    <BLANKLINE>
    ## Lead
    <BLANKLINE>
    *No lead found.*
    ...
    ## Actors
    <BLANKLINE>
    *No actors found.*
    <BLANKLINE>
    """
    s = summary
    out: list[str] = [f"# {_md(s.title) if s.title else 'Article summary'}", ""]
    published = s.published.isoformat() if s.published else "unknown"
    out += [f"Publication date: {published}.", ""]

    out += ["## Lead", ""]
    out += [_md(s.lead.text) if s.lead and s.lead.text.strip() else "*No lead found.*", ""]

    out += ["## Key points", ""]
    if s.key_points:
        out += [f"{i}. {_md(k.text)}" for i, k in enumerate(s.key_points, 1)]
    else:
        out.append("*No key points found.*")
    out.append("")

    out += ["## Key figures", ""]
    if s.quantities:
        rows = [
            (q.text, _quantity_value(q), q.unit or "", q.entity or "", _words(q.qualifier))
            for q in s.quantities
        ]
        out += _md_table(("Figure", "Value", "Unit", "Of", "Qualifier"), rows)
    else:
        out.append("*No figures found.*")
    out.append("")

    out += ["## Who said what", ""]
    groups = s.quotes_by_speaker()
    if not groups:
        out += ["*No quotes found.*", ""]
    for name, quotes in groups.items():
        role = _speaker_role(s, name)
        heading = "Unattributed" if name is None else _md(name)
        out += [f"### {heading}" + (f" ({_md(role)})" if role else ""), ""]
        for q in quotes:
            cue = _md(q.cue.text) if q.cue is not None else ""
            cue = f", *{cue}*" if cue else ""
            said = _md(_quote_content(q))
            # Only words actually quoted go between quotation marks.
            said = said if q.kind == "indirect" else f"\u201c{said}\u201d"
            out.append(f"- {said} ({q.kind}{cue})")
        out.append("")

    out += ["## Timeline", ""]
    if s.events:
        timeline = [
            (_date_label(e.date), e.date.text, e.text, ", ".join(e.actors))
            for e in (s.events[i] for i in _timeline(s.events))
        ]
        out += _md_table(("Date", "As written", "Event", "Who"), timeline)
    else:
        out.append("*No dated events found.*")
    out.append("")

    out += ["## Actors", ""]
    if s.actors:
        for a in s.actors:
            role = f", {_md(a.role)}" if a.role else ""
            kind = f" ({_md(a.kind)})" if a.kind else ""
            plural = "" if a.mentions == 1 else "s"
            name = f"**{_md(a.name)}**" if a.name.strip() else "*(no name)*"
            out.append(f"- {name}{role}{kind}: {a.mentions} mention{plural}")
    else:
        out.append("*No actors found.*")
    out.append("")

    if s.notes:
        out += ["## Notes", ""]
        out += [f"- {_md_code(n.code)}: {_md(n.message)}" for n in s.notes]
        out.append("")
    return "\n".join(out)


# --- HTML -------------------------------------------------------------------------------------

# Kinds of highlight, outermost first when two start and end at the same place.
_KINDS = ("quote", "speaker", "cue", "date", "qty")
_RANK = {kind: i for i, kind in enumerate(_KINDS)}
_LABELS = {
    "qty": "figure",
    "date": "date",
    "quote": "quote",
    "speaker": "speaker",
    "cue": "cue",
}


@attrs.frozen
class _Mark:
    """One highlight over ``text[start:end]``: its element id and the panel entry it links to."""

    start: int
    end: int
    kind: str
    ident: str
    ref: str
    title: str

    @property
    def order(self) -> tuple[int, int, int, str]:
        # Outer before inner: earlier start, then later end, then kind rank, then id.
        return (self.start, -self.end, _RANK[self.kind], self.ident)


def _e(text: str) -> str:
    return html.escape(_clean(text), quote=True)


def _marks(s: Summary) -> list[_Mark]:
    n = len(s.text)
    marks: list[_Mark] = []

    def add(span: Span | None, kind: str, ident: str, ref: str, title: str) -> None:
        if span is None:
            return
        start, end = min(span.start, n), min(span.end, n)
        if start < end:
            marks.append(_Mark(start, end, kind, ident, ref, title))

    for i, q in enumerate(s.quantities):
        title = " ".join(x for x in ("figure:", _quantity_value(q), q.unit, q.entity) if x)
        add(q, "qty", f"t-qty-{i}", f"p-qty-{i}", title)
    for i, d in enumerate(s.dates):
        add(d, "date", f"t-date-{i}", f"p-date-{i}", f"date: {_date_label(d)}")
    for i, qt in enumerate(s.quotes):
        ref = f"p-quote-{i}"
        who = None if qt.speaker is None else (qt.speaker.name or qt.speaker.text)
        title = f"{qt.kind} quote" + (f" from {who}" if who else "")
        for j, part in enumerate(qt.parts or (qt.content,)):
            add(part, "quote", f"t-quote-{i}" + (f"-{j}" if j else ""), ref, title)
        add(qt.speaker, "speaker", f"t-speaker-{i}", ref, f"speaker: {who}")
        add(qt.cue, "cue", f"t-cue-{i}", ref, "cue")
    return marks


def _anchors(s: Summary) -> dict[int, list[str]]:
    """Empty anchors placed in the article: where the lead, key points, events, actors start."""
    points: dict[int, list[str]] = {}
    n = len(s.text)

    def put(span: Span | None, ident: str) -> None:
        if span is not None:
            points.setdefault(min(span.start, n), []).append(ident)

    put(s.lead, "t-lead")
    for i, k in enumerate(s.key_points):
        put(k, f"t-key-{i}")
    for i, e in enumerate(s.events):
        put(e, f"t-event-{i}")
    for i, a in enumerate(s.actors):
        put(a.spans[0] if a.spans else None, f"t-actor-{i}")
    return points


def _open(mark: _Mark, first: bool) -> str:
    ident = f' id="{mark.ident}"' if first else ""
    return (
        f'<mark class="hl {mark.kind}"{ident} data-ref="{mark.ref}" '
        f'title="{_e(mark.title)}">'
    )


def _article_html(s: Summary) -> str:
    """The article with every highlight, well formed however the spans overlap.

    The text is cut at every span boundary; for each piece the highlights covering it are
    ordered outer-first, and the open tags are closed down to the longest common prefix
    with that order and reopened from there, so crossing spans close and reopen cleanly.
    """
    text = s.text
    marks = _marks(s)
    anchors = _anchors(s)
    cuts = sorted({0, len(text), *anchors, *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[_Mark] = []
    active: list[_Mark] = []
    opened: set[str] = set()
    for pos, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        active = [m for m in active if m.end > pos] + starting.get(pos, [])
        wanted = sorted(active, key=lambda m: m.order)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        out.extend(f'<span class="anchor" id="{ident}"></span>' for ident in anchors.get(pos, ()))
        for m in wanted[keep:]:
            out.append(_open(m, m.ident not in opened))
            opened.add(m.ident)
        stack = wanted
        if nxt is not None:
            out.append(_e(text[pos:nxt]))
    return "".join(out)


def _link(ident: str, text: str, present: frozenset[str] | None = None) -> str:
    """A link to ``ident`` in the article, or plain text when nothing there has that id."""
    label = _e(_one_line(text)) or "(empty)"
    if present is not None and ident not in present:
        return f'<span class="gone">{label}</span>'
    return f'<a href="#{ident}">{label}</a>'


def _section(title: str, items: list[str], empty: str, *, ordered: bool = False) -> str:
    body = (
        f"<{'ol' if ordered else 'ul'}>" + "".join(items) + f"</{'ol' if ordered else 'ul'}>"
        if items
        else f'<p class="none">{empty}</p>'
    )
    return f"<section><h2>{title}</h2>{body}</section>"


def _swatch(kind: str, link: str) -> str:
    return f'<span class="sw {kind}"></span>{link}'


def _panel_quotes(s: Summary, present: frozenset[str]) -> str:
    """Who said what: the quotes grouped by speaker (as :meth:`Summary.quotes_by_speaker`)."""
    groups: dict[str | None, list[int]] = {}
    for i, q in enumerate(s.quotes):
        key = None if q.speaker is None else (q.speaker.name or q.speaker.text)
        groups.setdefault(key, []).append(i)
    items = []
    for name, indices in groups.items():
        role = _speaker_role(s, name)
        head = "Unattributed" if name is None else _e(name)
        head += f' <span class="meta">{_e(role)}</span>' if role else ""
        entries = []
        for i in indices:
            q = s.quotes[i]
            extra = [_e(q.kind)]
            if q.speaker is not None:
                extra.append(_swatch("speaker", _link(f"t-speaker-{i}", q.speaker.text, present)))
            if q.cue is not None:
                extra.append(_swatch("cue", _link(f"t-cue-{i}", q.cue.text, present)))
            pieces = [f"t-quote-{i}"] + [f"t-quote-{i}-{j}" for j in range(1, len(q.parts))]
            target = next((p for p in pieces if p in present), pieces[0])
            content = _swatch("quote", _link(target, _quote_content(q), present))
            meta = " \u00b7 ".join(extra)
            entries.append(f'<li id="p-quote-{i}">{content} <span class="meta">{meta}</span></li>')
        items.append(f'<li class="group"><h3>{head}</h3><ul>{"".join(entries)}</ul></li>')
    return _section("Who said what", items, "No quotes found.")


def _panel_html(s: Summary) -> str:
    present = frozenset(m.ident for m in _marks(s))
    parts: list[str] = []
    if s.lead is not None:
        parts.append(
            f'<section><h2>Lead</h2><p id="p-lead">{_link("t-lead", s.lead.text)}</p></section>'
        )
    else:
        parts.append('<section><h2>Lead</h2><p class="none">No lead found.</p></section>')

    items = [
        f'<li id="p-key-{i}">{_link(f"t-key-{i}", k.text)}'
        f' <span class="meta">score {k.score:.2f}</span></li>'
        for i, k in enumerate(s.key_points)
    ]
    parts.append(_section("Key points", items, "No key points found.", ordered=True))

    items = []
    for i, qty in enumerate(s.quantities):
        facts = (_quantity_value(qty), qty.unit, qty.entity, _words(qty.qualifier), qty.kind)
        meta = ", ".join(_e(x) for x in facts if x)
        link = _swatch("qty", _link(f"t-qty-{i}", qty.text, present))
        items.append(f'<li id="p-qty-{i}">{link} <span class="meta">{meta}</span></li>')
    parts.append(_section("Figures", items, "No figures found."))

    items = []
    for i, d in enumerate(s.dates):
        meta = _e(_date_label(d)) + (f", {_e(d.relation)}" if d.relation else "")
        link = _swatch("date", _link(f"t-date-{i}", d.text, present))
        items.append(f'<li id="p-date-{i}">{link} <span class="meta">{meta}</span></li>')
    parts.append(_section("Dates", items, "No dates found."))

    parts.append(_panel_quotes(s, present))

    items = []
    for i in _timeline(s.events):
        e = s.events[i]
        who = f' <span class="meta">{_e(", ".join(e.actors))}</span>' if e.actors else ""
        items.append(
            f'<li id="p-event-{i}"><span class="when">{_e(_date_label(e.date))}</span> '
            f"{_link(f't-event-{i}', e.text)}{who}</li>"
        )
    parts.append(_section("Timeline", items, "No dated events found."))

    items = []
    for i, a in enumerate(s.actors):
        name = _link(f"t-actor-{i}", a.name) if a.spans else _e(a.name)
        meta = ", ".join(_e(x) for x in (a.role, a.kind) if x)
        plural = "" if a.mentions == 1 else "s"
        items.append(
            f'<li id="p-actor-{i}">{name} <span class="meta">{meta}'
            f'{"; " if meta else ""}{a.mentions} mention{plural}</span></li>'
        )
    parts.append(_section("Actors", items, "No actors found."))

    if s.notes:
        items = [f"<li><code>{_e(n.code)}</code> {_e(n.message)}</li>" for n in s.notes]
        parts.append(_section("Notes", items, ""))
    return "".join(parts)


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1f2328;background:#f6f8fa}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #d0d7de}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#57606a;font-size:13px}
.legend{display:flex;gap:14px;flex-wrap:wrap;margin-top:8px;font-size:13px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;padding:20px 24px}
article{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:20px 24px;
align-self:start;
white-space:pre-wrap;overflow-wrap:anywhere;font-size:16px;line-height:1.75}
aside{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 18px;
position:sticky;top:12px;align-self:start;max-height:calc(100vh - 24px);overflow:auto}
aside h2{font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:#57606a;
margin:14px 0 6px}
aside h3{font-size:14px;margin:6px 0 2px}
aside ul,aside ol{margin:0;padding-left:18px}
aside li{margin:3px 0}
aside li.group{list-style:none;margin-left:-18px}
aside a{color:#0969da;text-decoration:none}
aside a:hover{text-decoration:underline}
.meta,.none{color:#57606a;font-size:13px}
.when{font-family:ui-monospace,monospace;font-size:13px;background:#eaeef2;
border-radius:4px;padding:0 4px}
mark.hl{color:inherit;border-radius:3px;padding:1px 0;cursor:pointer}
mark.qty{background:#ffd966;box-shadow:inset 0 -2px #bf8700}
mark.date{background:#a5d6ff;box-shadow:inset 0 -2px #0969da}
mark.quote{background:#d2f4d3;font-style:italic}
mark.speaker{background:#ffc1e3;font-weight:600;font-style:normal}
mark.cue{background:#ffd8b5;text-decoration:underline 2px #bc4c00;font-style:normal}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px}
.sw.qty{background:#ffd966}.sw.date{background:#a5d6ff}.sw.quote{background:#d2f4d3}
.sw.speaker{background:#ffc1e3}.sw.cue{background:#ffd8b5}
:target{outline:2px solid #cf222e;outline-offset:1px}
span.anchor:target{outline:none}
footer{padding:0 24px 20px;color:#57606a;font-size:12px}
@media (max-width:900px){main{grid-template-columns:1fr}aside{position:static;max-height:none}}
"""

# Clicking a highlight shows its entry in the panel (the panel's links lead back).
_JS = """
document.addEventListener("click",function(e){
var m=e.target.closest&&e.target.closest("mark[data-ref]");
if(m){location.hash=m.getAttribute("data-ref");}});
"""


def to_html(summary: Summary) -> str:
    """One self-contained HTML page: the article, highlighted, beside the summary.

    Every quantity, date, quote, speaker and cue is highlighted in the article; clicking
    one shows its entry in the panel, and every panel entry links back to the text.  The
    page has inline CSS and a few lines of inline JavaScript and loads nothing else.

    >>> from newsstruct.model import DateMention, Summary
    >>> s = Summary(text="Talks <resume> Monday.",
    ...             dates=(DateMention(15, 21, "Monday", value=None),))
    >>> page = to_html(s)
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> "Talks &lt;resume&gt; " in page and 'id="t-date-0"' in page
    True
    """
    s = summary
    title = _one_line(s.title) if s.title else "Article summary"
    published = s.published.isoformat() if s.published else "unknown"
    legend = "".join(
        f'<span><span class="sw {k}"></span>{_LABELS[k]}</span>' for k in reversed(_KINDS)
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="newsstruct {__version__}">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p>Publication date: {published}</p>"
        f'<div class="legend">{legend}</div></header>\n'
        f"<main>\n<article>{_article_html(s)}</article>\n"
        f"<aside>{_panel_html(s)}</aside>\n</main>\n"
        f"<footer>Generated by newsstruct {__version__}.</footer>\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
