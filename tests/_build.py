"""Which build of newsstruct the tests run against.

The sources run as they are, or as a build whose rule modules are compiled to C extensions
(``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .``; see docs/performance.md).  The suite
runs against both; a few tests hold only for the sources.
"""

from __future__ import annotations

import pytest

from newsstruct import _mentions

#: Whether the rule modules imported are compiled.
COMPILED = not _mentions.__file__.endswith(".py")

#: For a test that subclasses a class of a compiled module (Python code cannot subclass a
#: compiled class) or compares a compiled maker's error messages with the constructor's
#: (a compiled function checks its argument types first, in words of its own).  The same
#: source is tested when the suite runs against the sources.
pure_python_only = pytest.mark.skipif(
    COMPILED, reason="subclasses or reads the messages of code that the compiled build compiles"
)
