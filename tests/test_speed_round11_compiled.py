"""The compiled build (eleventh speed round): the modules that pyproject.toml compiles are the
ones compiled, and the constants of the text layer, the lead and the programme lines are
``Final``, so that their compiled code reads each as a constant of its own instead of looking
its name up in the module at every use."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import newsstruct
from newsstruct import _lead, _programme, _text
from tests._build import COMPILED

ROOT = Path(__file__).resolve().parent.parent

_OWN_CONSTANTS = (_text, _lead, _programme)


def _excluded() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        hooks = tomllib.load(f)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    return list(hooks["mypyc"]["exclude"])


def test_the_build_compiles_the_modules_pyproject_toml_does_not_exclude() -> None:
    excluded = _excluded()
    names = sorted(m.name for m in pkgutil.iter_modules(newsstruct.__path__) if not m.ispkg)
    assert "_text" in names
    # (every name excluded is a module of the package; ``__init__`` is the package itself)
    assert all(n.removesuffix(".py") in [*names, "__init__"] for n in excluded), excluded
    for name in names:
        module = importlib.import_module(f"newsstruct.{name}")
        compiled = not (module.__file__ or "").endswith(".py")
        assert compiled == (COMPILED and f"{name}.py" not in excluded), name


def _source(module: ModuleType) -> str | None:
    path = Path(module.__file__ or "")
    source = path.with_name(module.__name__.rsplit(".", 1)[1] + ".py")
    return source.read_text("utf-8") if source.exists() else None


def _module_constants(tree: ast.Module) -> tuple[list[str], list[str]]:
    """The module's own constants, named in capitals after an underscore
    (``_SENTENCE_END``), bound with ``Final`` and without."""
    final: list[str] = []
    plain: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            annotation = ""
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
            annotation = ast.unparse(node.annotation)
        else:
            continue
        for name in targets:
            if name.startswith("_") and name[1:2].isupper() and name.upper() == name:
                (final if annotation.startswith("Final") else plain).append(name)
    return final, plain


@pytest.mark.parametrize("module", _OWN_CONSTANTS, ids=lambda m: m.__name__)
def test_module_constants_are_final(module: ModuleType) -> None:
    source = _source(module)
    if source is None:
        pytest.skip("the build installed no source of this module")
    final, plain = _module_constants(ast.parse(source))
    assert plain == [], f"constants without Final in {module.__name__}: {plain}"
    assert len(final) >= 10
    for name in final:
        assert hasattr(module, name), name  # still readable from Python, as before


@pytest.mark.skipif(not COMPILED, reason="the sources read every constant by name")
def test_compiled_text_layer_reads_its_own_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    # A Final constant is read by the compiled code from its own copy: rebinding the
    # module's name cuts nothing differently.
    expected = [s.text for s in _text.Document("One went. Two came.").sentences]
    monkeypatch.setattr(_text, "_SENTENCE_END", re.compile("(?!)"))
    assert [s.text for s in _text.Document("One went. Two came.").sentences] == expected


def test_memo_computes_once_and_keeps_any_value() -> None:
    doc = _text.Document("One went. Two came.")
    calls: list[int] = []

    def factory() -> object:
        calls.append(1)
        return None

    assert doc.memo("k", factory) is None
    assert doc.memo("k", factory) is None
    assert calls == [1]
    sentinel = _text._MISSING
    assert doc.memo("other", lambda: sentinel) is sentinel  # not taken for "not computed"
