"""Sphinx configuration for the newsstruct documentation site.

Build it with::

    python -m pip install -e ".[docs]"
    sphinx-build -W -b html docs docs/_build/html

The pages are the Markdown files of this folder (read by MyST); ``api.md`` pulls the API
reference from the docstrings.  ``index.md`` stays a plain Markdown page that reads well on
its own: the table of contents of the site is built from the links it lists, followed by
any page it does not link.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

project = "newsstruct"
author = "newsstruct developers"
copyright = "newsstruct developers"


def _version() -> str:
    about = HERE.parent / "src" / "newsstruct" / "__about__.py"
    if not about.exists():  # docs copied next to an installed package
        from importlib.metadata import version

        return version("newsstruct")
    match = re.search(r'__version__ = "([^"]+)"', about.read_text("utf-8"))
    return match.group(1) if match else "0"


release = version = _version()

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}

html_theme = "furo"
html_title = f"newsstruct {release}"

_LINK = re.compile(r"\]\(([A-Za-z0-9_\-]+)\.md(?:#[^)]*)?\)")


def site_pages() -> list[str]:
    """The pages of the site in order: those ``index.md`` links, then every other page.

    >>> site_pages()[-2:]
    ['api', 'releasing']
    """
    index = (HERE / "index.md").read_text("utf-8")
    pages = [p for p in dict.fromkeys(_LINK.findall(index)) if (HERE / f"{p}.md").exists()]
    rest = [p.stem for p in HERE.glob("*.md") if p.stem != "index" and p.stem not in pages]
    # Reference and maintainer pages close the list.
    return pages + sorted(rest, key=lambda p: (p in ("api", "releasing"), p))


def undocumented(source: str) -> list[str]:
    """Public names of ``newsstruct`` that the API page does not document yet."""
    import inspect

    import newsstruct

    missing = []
    for name in newsstruct.__all__:
        if name.startswith("_") or f"newsstruct.{name}\n" in source:
            continue
        kind = "autoclass" if inspect.isclass(getattr(newsstruct, name)) else "autofunction"
        missing.append(f".. {kind}:: newsstruct.{name}")
    return missing


def _source_read(app: Any, docname: str, source: list[str]) -> None:
    if docname == root_doc:
        entries = "\n".join(site_pages())
        source[0] += f"\n\n```{{toctree}}\n:hidden:\n:maxdepth: 2\n\n{entries}\n```\n"
    elif docname == "api":
        # Every public name gets an entry, even one added since the page was written.
        missing = undocumented(source[0])
        if missing:
            body = "\n\n".join(missing)
            source[0] += f"\n\n## Other names\n\n```{{eval-rst}}\n{body}\n```\n"


def setup(app: Any) -> None:
    app.connect("source-read", _source_read)
