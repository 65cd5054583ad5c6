"""Checking and coercing what callers pass: the text and the reference date."""

from __future__ import annotations

import datetime as dt

__all__ = ["DateLike", "require_text", "to_date"]

DateLike = dt.date | dt.datetime | str | None


def require_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise :class:`TypeError` naming the argument if not.

    >>> require_text("ok")
    'ok'
    >>> require_text(b"raw")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes (decode it first, e.g. data.decode('utf-8'))
    """
    if isinstance(text, str):
        return text
    hint = ""
    if isinstance(text, bytes | bytearray):
        hint = " (decode it first, e.g. data.decode('utf-8'))"
    raise TypeError(f"{name} must be str, not {type(text).__name__}{hint}")


def to_date(value: object, name: str = "published") -> dt.date | None:
    """Coerce a reference date: ``date``, ``datetime`` (its date), ISO 8601 string, or ``None``.

    >>> to_date("2021-04-22T09:30:00+03:00")
    datetime.date(2021, 4, 22)
    >>> to_date("yesterday-ish")
    Traceback (most recent call last):
    ...
    ValueError: published must be an ISO 8601 date such as '2021-04-22', got 'yesterday-ish'
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            if len(s) <= 10:
                return dt.date.fromisoformat(s)
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        raise ValueError(f"{name} must be an ISO 8601 date such as '2021-04-22', got {value!r}")
    raise TypeError(
        f"{name} must be a datetime.date, datetime.datetime, ISO 8601 str or None, "
        f"not {type(value).__name__}"
    )
