"""Numbers with units: :func:`extract_quantities`.

Each figure is read the way a reporter means it: the qualifier before it ("more than",
"about", "up to"), the number in any news spelling ("1,200", "3.5", "twenty-five",
"1.5 billion", "$5bn"), and what follows it (a currency, a unit, a time unit, or the noun
phrase it counts).  Dates, years, times of day, ordinals, phone numbers, list labels and
numbers inside names are left out.

>>> for q in extract_quantities("Officials said more than 60 ships and about 1,200 "
...                             "military vehicles took part, costing US$13 billion."):
...     print(q.text, "|", q.value, q.qualifier, q.unit, q.entity, q.rule)
more than 60 ships | 60 more_than None ships quantity.count
about 1,200 military vehicles | 1200 approximately None military vehicles quantity.count
US$13 billion | 13000000000 exact USD None quantity.money

Rule ids (the ``rule`` field): ``quantity.count``, ``quantity.money``, ``quantity.percent``,
``quantity.measure``, ``quantity.duration``, ``quantity.age``, ``quantity.range``,
``quantity.score``, ``quantity.vague``, ``quantity.fraction``.

The vocabularies (units, currencies, scale words, number words, qualifiers ...) are data
files; extend them through a :class:`newsstruct.Config`:

>>> from newsstruct import Config
>>> config = Config().extend("units", [("leagues", "league", "length")])
>>> [q.unit for q in extract_quantities("They sailed 20,000 leagues.", config=config)]
['league']
"""

from __future__ import annotations

from newsstruct._lexicon import DEFAULT_CONFIG, Config
from newsstruct._quantity_read import Reader
from newsstruct._quantity_rules import compile_rules
from newsstruct._text import Document, as_document
from newsstruct.model import Quantity

__all__ = ["extract_quantities"]


def extract_quantities(
    text: str | Document, *, config: Config | None = None
) -> tuple[Quantity, ...]:
    """Quantities in text order, each with its span, value, qualifier, unit or entity.

    ``value`` is an ``int`` when the number is whole, else a ``float``; a range has
    ``low`` and ``high`` and ``value`` ``None``.  Spans never overlap.

    >>> for q in extract_quantities("Prices rose 3.5 per cent to £4.20 a litre, "
    ...                             "and between 10 and 20 people, aged 45, left."):
    ...     print(f"{q.text!r:28} {q.kind:8} {q.value} {q.low} {q.high} {q.unit} {q.entity}")
    '3.5 per cent'               percent  3.5 None None % None
    '£4.20 a litre'              money    4.2 None None GBP litre
    'between 10 and 20 people'   count    None 10 20 None people
    'aged 45'                    age      45 None None year None
    >>> extract_quantities("On April 22, 2014, at 7:57 AM, Boeing 737 flights resumed.")
    ()
    """
    doc = as_document(text)
    config = config or DEFAULT_CONFIG
    return doc.memo(("quantities", config), lambda: Reader(doc, compile_rules(config)).run())
