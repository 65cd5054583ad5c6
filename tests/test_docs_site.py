"""The documentation site: every page is in its table of contents, and it builds cleanly."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"

pytestmark = pytest.mark.skipif(not (DOCS / "conf.py").exists(), reason="no docs folder")


def test_every_page_is_in_the_site_once() -> None:
    conf = runpy.run_path(str(DOCS / "conf.py"))
    pages = conf["site_pages"]()
    on_disk = {p.stem for p in DOCS.glob("*.md")} - {"index"}
    assert sorted(pages) == sorted(on_disk)
    assert len(pages) == len(set(pages))
    assert pages[-2:] == ["api", "releasing"]


def test_api_page_gets_an_entry_for_every_public_name() -> None:
    conf = runpy.run_path(str(DOCS / "conf.py"))
    everything = conf["undocumented"]("")
    assert ".. autoclass:: newsstruct.Summary" in everything
    assert ".. autofunction:: newsstruct.summarize" in everything
    assert not any("__version__" in line for line in everything)
    missing = conf["undocumented"]((DOCS / "api.md").read_text("utf-8"))
    assert ".. autofunction:: newsstruct.summarize" not in missing
    assert len(missing) < len(everything)


def test_conf_does_not_need_sphinx_to_import() -> None:
    code = "import runpy, sys; sys.modules['sphinx'] = None; runpy.run_path(sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, str(DOCS / "conf.py")], check=True)


def test_site_builds_with_warnings_as_errors(tmp_path: Path) -> None:
    for module in ("sphinx", "myst_parser", "furo"):
        pytest.importorskip(module, reason="install the docs extra: pip install -e '.[docs]'")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", str(DOCS), str(tmp_path)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "api.html").exists()
    assert "newsstruct.summarize" in (tmp_path / "api.html").read_text("utf-8")


def test_vocabularies_named_in_the_extending_page_exist_with_those_columns() -> None:
    from newsstruct._lexicon import load_table

    rows = [line for line in (DOCS / "extending.md").read_text("utf-8").splitlines()
            if line.startswith("| `")]
    assert len(rows) >= 10
    for row in rows:
        name_cell, columns_cell = (cell.strip() for cell in row.strip("|").split("|")[:2])
        name = name_cell.strip("`")
        # Commas inside parentheses list a column's values, not more columns.
        depth, columns = 0, 1
        for ch in columns_cell:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            columns += ch == "," and depth == 0
        assert len(load_table(name)[0]) == columns, name
