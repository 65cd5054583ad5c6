"""The JSON Schema of :meth:`Summary.to_dict` output, shipped inside the package."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["schema"]


@functools.cache
def _schema_text() -> str:
    return resources.files("newsstruct").joinpath("schema.json").read_text("utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every :meth:`Summary.to_dict` output satisfies.

    Each call returns a fresh dict, so the caller may change it freely.

    >>> import newsstruct
    >>> s = newsstruct.schema()
    >>> s["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(s["$defs"])[:4]
    ['actor', 'date', 'event', 'key_point']

    Validate with any JSON Schema library, for instance :mod:`jsonschema`:

    >>> import jsonschema
    >>> summary = newsstruct.summarize("Prices rose on Monday.", published="2021-04-22")
    >>> jsonschema.validate(summary.to_dict(), newsstruct.schema())
    """
    data: dict[str, Any] = json.loads(_schema_text())
    return data
