"""The ``newsstruct`` command line: ``python -m newsstruct`` (the code is in ``_cli``)."""

from __future__ import annotations

import sys

from newsstruct._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
