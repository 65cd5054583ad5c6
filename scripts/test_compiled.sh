#!/usr/bin/env bash
# The test suite against the compiled build: the rule modules compiled to C extensions by
# mypyc, installed in a fresh virtual environment, the tests run from a copy of the
# checkout without its sources, so that the compiled modules are the ones imported.
# Needs a C compiler and the Python headers; the build takes a few minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/tree"
tar --exclude=.git --exclude='*.so' --exclude=__pycache__ --exclude=.hypothesis -cf - . \
    | tar -xf - -C "$work/tree"
python3 -m venv "$work/venv"
echo "test_compiled: building the compiled wheel"
HATCH_BUILD_HOOK_ENABLE_MYPYC=true "$work/venv/bin/python" -m pip install -q "$work/tree[test]"
"$work/venv/bin/python" -c "
from newsstruct import _mentions
assert not _mentions.__file__.endswith('.py'), 'the build is not compiled'
"
rm -rf "$work/tree/src"
cd "$work/tree"
echo "test_compiled: the test suite against the compiled build"
HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}" "$work/venv/bin/python" -m pytest -q \
    -p no:cacheprovider tests docs README.md
