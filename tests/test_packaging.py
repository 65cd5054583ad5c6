"""Packaging facts a user relies on."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest

import newsstruct
from newsstruct._lexicon import Config, load_table, vocabulary_names

ROOT = Path(__file__).resolve().parents[1]


def test_version_agrees_with_installed_metadata() -> None:
    try:
        installed = importlib.metadata.version("newsstruct")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - source tree only
        pytest.skip("newsstruct is not installed")
    assert newsstruct.__version__ == installed


def test_runtime_dependencies_are_exactly_attrs_regex_dateutil() -> None:
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():  # pragma: no cover - running against an installed wheel
        pytest.skip("no source tree")
    deps = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    names = sorted(d.split(">")[0].split("=")[0].split("<")[0].strip() for d in deps)
    assert names == ["attrs", "python-dateutil", "regex"]


def test_public_surface() -> None:
    assert set(dir(newsstruct)) == set(newsstruct.__all__)
    for name in newsstruct.__all__:
        assert getattr(newsstruct, name) is not None
    assert (Path(newsstruct.__file__).parent / "py.typed").exists()


@pytest.mark.parametrize("name", vocabulary_names())
def test_vocabulary_files_are_clean(name: str) -> None:
    rows = load_table(name)
    assert rows, f"{name} is empty"
    firsts = [r[0] for r in rows]
    assert len(set(firsts)) == len(firsts) or name.endswith("_multi"), f"duplicates in {name}"
    for row in rows:
        assert all(col == col.strip() and col for col in row[:1]), row
        assert len(row) == len(rows[0]), f"{name}: ragged row {row}"


def test_config_extends_a_vocabulary() -> None:
    c = Config().extend("speech_verbs", ["opined"])
    assert "opined" in c.words("speech_verbs")
    assert "opined" not in Config().words("speech_verbs")
    assert hash(c) == hash(Config().extend("speech_verbs", ["opined"]))
    with pytest.raises(KeyError):
        Config().extend("no_such_vocabulary", ["x"])
