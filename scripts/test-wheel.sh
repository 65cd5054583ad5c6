#!/usr/bin/env bash
# Test the built wheel as a user gets it, not the source tree.
#
#   scripts/test-wheel.sh              build the wheel from this checkout, then test it
#   scripts/test-wheel.sh DIST/*.whl   test a wheel that is already built
#   scripts/test-wheel.sh --installed  test the wheel installed in the current environment
#                                      (`python` on the PATH), as the release workflow does
#                                      for each compiled wheel it builds
#
# In a fresh virtual environment (or the current one), outside the checkout (so `src/` can
# never be imported):
#   1. install the wheel alone and check that it is what gets imported;
#   2. run the README's tour (its doctest) and the command line on the example article;
#   3. install the test tools and run the test suite, the docs' doctests and the
#      package's own doctests (`pytest --pyargs newsstruct`) against the installed package.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--installed" ]; then
    py="$(command -v python)"
    bin="$(dirname "$py")"
    echo "test-wheel: the newsstruct installed for $py"
else
    if [ $# -ge 1 ]; then
        wheel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    else
        python3 -m build --wheel --outdir "$work/dist" "$root" >/dev/null
        wheel="$(ls "$work"/dist/*.whl)"
    fi
    echo "test-wheel: $wheel"
    python3 -m venv "$work/venv"
    py="$work/venv/bin/python"
    bin="$work/venv/bin"
    "$py" -m pip install --quiet "$wheel"
fi

cd "$work"
"$py" - <<'PY'
import pathlib, sys, sysconfig
import newsstruct
where = pathlib.Path(newsstruct.__file__).resolve()
paths = sysconfig.get_paths()
sites = {pathlib.Path(paths[key]).resolve() for key in ("purelib", "platlib")}
assert sites & set(where.parents), f"imported {where}, not the installed wheel"
assert (where.parent / "schema.json").exists() and newsstruct.schema()["$defs"]
assert (where.parent / "py.typed").exists()
from newsstruct import _mentions
build = "pure Python" if _mentions.__file__.endswith(".py") else "compiled"
print(f"test-wheel: newsstruct {newsstruct.__version__} ({build}) from {where.parent}")
PY

# The README's tour, exactly as a newcomer reads it, and the command line.
cp "$root/README.md" "$work/README.md"
"$py" -m doctest -o NORMALIZE_WHITESPACE -o ELLIPSIS README.md
echo "test-wheel: README examples pass"
if [ -d "$root/examples" ]; then
    cp -r "$root/examples" "$work/examples"
    "$bin/newsstruct" summarize examples/israel-housing-protests.txt \
        --published 2011-07-24 >"$work/summary.json"
    for format in markdown html; do
        "$bin/newsstruct" summarize examples/israel-housing-protests.txt \
            --published 2011-07-24 --format "$format" >"$work/summary.$format"
    done
    grep -q "^## Key figures" "$work/summary.markdown"
    grep -q '<mark class="hl qty"' "$work/summary.html"
    echo "test-wheel: command line summarises the example article (json, markdown, html)"
fi

# The test suite and every doctest, against the installed package.
"$py" -m pip install --quiet "pytest>=7.4" "hypothesis>=6.80" "jsonschema>=4.18"
if [ -f "$work/summary.json" ]; then
    "$py" -c "import json, jsonschema, newsstruct; \
jsonschema.validate(json.load(open('summary.json')), newsstruct.schema())"
    echo "test-wheel: the command line's JSON is valid against newsstruct.schema()"
fi
cp -r "$root/tests" "$work/tests"
[ -d "$root/docs" ] && cp -r "$root/docs" "$work/docs"
[ -d "$root/evaluation" ] && cp -r "$root/evaluation" "$work/evaluation"
cat >"$work/pytest.ini" <<'INI'
[pytest]
addopts = --strict-markers -ra -p no:cacheprovider
doctest_optionflags = NORMALIZE_WHITESPACE ELLIPSIS
xfail_strict = false
INI
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"
"$py" -m pytest -q tests
"$py" -m pytest -q --doctest-glob='*.md' docs README.md
# The package's own doctests: in a compiled build, those of the modules left in Python (a
# compiled module keeps its source beside it, which pytest cannot collect as that module;
# its doctests run from the sources).
modules="$("$py" - <<'PY'
import importlib, pkgutil
import newsstruct
for info in pkgutil.iter_modules(newsstruct.__path__):
    if info.name != "__main__":
        module = importlib.import_module(f"newsstruct.{info.name}")
        if (module.__file__ or "").endswith(".py"):
            print(module.__file__)
print(newsstruct.__file__)
PY
)"
if "$py" -c "from newsstruct import _mentions; raise SystemExit(not _mentions.__file__.endswith('.py'))"; then
    "$py" -m pytest -q --doctest-modules --pyargs newsstruct
else
    # shellcheck disable=SC2086
    "$py" -m pytest -q --doctest-modules $modules
fi
echo "test-wheel: all checks passed against the installed wheel"
