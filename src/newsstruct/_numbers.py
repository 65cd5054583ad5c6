"""Reading numerals: digits in their news spellings, numbers written as words, scale words.

Values are computed with :class:`decimal.Decimal`, so "1.2 billion" is exactly 1200000000
and "0.1" reads back as the float ``0.1``; :func:`to_number` turns the result into an
``int`` when it is integral, a ``float`` otherwise.

>>> parse_digits("1,200")
Decimal('1200')
>>> to_number(parse_digits("1.5") * 1_000_000_000)
1500000000
>>> words_value(["twenty", "five", "thousand"], {"twenty": Decimal(20), "five": Decimal(5),
...             "thousand": Decimal(1000)}, {"thousand"})
Decimal('25000')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation

__all__ = [
    "DIGITS",
    "PLAIN_DIGITS",
    "VULGAR_FRACTIONS",
    "parse_digits",
    "to_number",
    "words_value",
]

#: The vulgar fractions :data:`DIGITS` reads ("5½", "¾"); any other number has a digit.
VULGAR_FRACTIONS = "½¼¾⅓⅔⅕⅛⅜⅝⅞"

#: A number written with digits, but a vulgar fraction: "1,200", "1 200", "3.5", ".75",
#: "10000".  Groups of three after a comma or a space are thousands; anything else is a
#: plain run.  Repetition is bounded, so a run of 50,000 digits costs no more than a short one.
PLAIN_DIGITS = r"""(?:
      \d{1,3}(?:,\d{3}){1,8}(?:\.\d{1,20})?(?!\d)   # 1,200 / 1,200.50
    | \d{1,3}(?:,\d{2}){1,6},\d{3}(?:\.\d{1,20})?(?!\d)  # 8,90,000 (Indian grouping)
    | \d{1,3}(?:[ ]\d{3}){1,8}(?:\.\d{1,20})?(?!\d|[,.]\d)  # 1 200 000 (thin or plain spaces)
    | \d{1,30}(?:\.\d{1,20})?(?!\d)              # 1200 / 3.5
    | \.\d{1,20}(?!\d)                           # .75
)"""

#: A number written with digits: :data:`PLAIN_DIGITS`, or with a vulgar fraction ("5½",
#: "¾"), so that in a text without vulgar fractions both read the same.
DIGITS = r"""(?:
      \d{0,6}[½¼¾⅓⅔⅕⅛⅜⅝⅞](?!\d)                   # 5½, ¾
    | """ + PLAIN_DIGITS + """
)"""

_VULGAR = {
    "½": Decimal("0.5"),
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
    "⅕": Decimal("0.2"),
    "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"),
    "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"),
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
}


def parse_digits(text: str) -> Decimal:
    """The value of a digit numeral as written in news ("1,200", "1 200", ".5").

    >>> parse_digits("1 200"), parse_digits(".75"), parse_digits("-5"), parse_digits("5½")
    (Decimal('1200'), Decimal('0.75'), Decimal('-5'), Decimal('5.5'))
    """
    if text.isdecimal():
        return Decimal(text)  # the common case: a plain run of digits
    cleaned = text.replace(",", "").replace(" ", "")
    if cleaned and cleaned[-1] in _VULGAR:
        whole = Decimal(cleaned[:-1] or 0)
        return whole + _VULGAR[cleaned[-1]] if whole >= 0 else whole - _VULGAR[cleaned[-1]]
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None


def to_number(value: Decimal) -> int | float:
    """An ``int`` when ``value`` is integral, else the nearest ``float``.

    >>> to_number(Decimal("3.0")), to_number(Decimal("3.25"))
    (3, 3.25)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def words_value(
    words: Iterable[str], values: Mapping[str, Decimal], scales: frozenset[str] | set[str]
) -> Decimal:
    """The value of a number written in words, given each word's value.

    ``scales`` are the words that multiply what precedes them ("hundred", "thousand",
    "dozen"); "a" and "an" count as one; "and" is skipped.

    >>> vals = {"one": Decimal(1), "hundred": Decimal(100), "twenty": Decimal(20),
    ...         "thousand": Decimal(1000), "three": Decimal(3)}
    >>> words_value("one hundred and twenty three thousand".split(), vals, {"hundred", "thousand"})
    Decimal('123000')
    >>> words_value(["a", "thousand"], vals, {"hundred", "thousand"})
    Decimal('1000')
    """
    total = Decimal(0)
    current = Decimal(0)
    for word in words:
        if word in ("a", "an"):
            current = Decimal(1)
            continue
        if word == "and":
            continue
        value = values[word]
        if word in scales:
            if value >= 1000:
                total += (current or Decimal(1)) * value
                current = Decimal(0)
            else:
                current = (current or Decimal(1)) * value
        else:
            current += value
    return total + current
