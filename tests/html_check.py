"""Checks on rendered HTML shared by the renderer tests: nesting, links, the article text."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"meta", "br", "img", "hr", "input", "link"}


class PageCheck(HTMLParser):
    """Parse a page, fail on any badly nested tag; collect ids, links and the article text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.refs: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.article: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "a":
            self.hrefs.append(str(a.get("href")))
        if tag == "mark":
            self.marks.append(a)
            self.refs.append(str(a.get("data-ref")))
        for key in ("src", "srcset"):
            if key in a:
                self.external.append(f"{tag} {key}={a[key]}")
        if tag == "link":
            self.external.append(f"link {a.get('href')}")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}> ({self.stack})"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "article" in self.stack:
            self.article.append(data)


def check_page(page: str) -> PageCheck:
    """Parse ``page`` and assert what every rendered page must satisfy."""
    checker = PageCheck()
    checker.feed(page)
    checker.close()
    assert checker.stack == [], f"unclosed tags: {checker.stack}"
    assert len(checker.ids) == len(set(checker.ids)), "duplicate ids"
    ids = set(checker.ids)
    for href in checker.hrefs:
        assert href.startswith("#"), f"external link {href}"
        assert href[1:] in ids, f"link to a missing id: {href}"
    for ref in checker.refs:
        assert ref in ids, f"highlight refers to a missing panel entry: {ref}"
    assert checker.external == []
    # The page's own CSS and JavaScript load nothing either.
    for tag in ("style", "script"):
        for block in page.split(f"<{tag}>")[1:]:
            code = block.split(f"</{tag}>", 1)[0].lower()
            assert "url(" not in code and "@import" not in code, tag
            assert "http:" not in code and "https:" not in code and "fetch(" not in code, tag
    return checker


def article_text(checker: PageCheck) -> str:
    return "".join(checker.article)
