"""Dates and events: titles, web addresses, spans of time and repeated days.

Every row of ``CASES`` is ``(sentence, reference, expected)`` where ``expected`` lists
``(text, value)`` for every date the sentence holds, in text order.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_events

REF = "2021-04-22"  # a Thursday

CASES = [
    # "Today" and "Tonight" as part of a title are not dates
    ("A poll by USA Today found the mayor ahead.", REF, []),
    ("A poll by ''Daily Planet Today '' found the mayor ahead.", REF, []),
    ("The minister spoke on Radio 2's Today programme.", REF, []),
    ("He was interviewed on ''World News Tonight''.", REF, []),
    ("The mayor quit. Today his deputy told USA Today he would stay.", REF,
     [("Today", "2021-04-22")]),
    # dates inside web addresses are not dates
    ("See [http://news.example.org/2019-03-05/mayor.htm the report] from 2019.", REF,
     [("2019", "2019")]),
    ("The report is at www.example.org/archive/2018-03-05/report.htm for readers.", REF, []),
    ("A [http://today.example.com/story report] said so.", REF, []),
    # "over the next decade", "within the next year", "in the next week or so": spans
    ("Prices will rise over the next decade.", REF, []),
    ("The merger should close within the next year.", REF, []),
    ("The deal closed on March 3. Talks resumed the next week and end in the next week or so.",
     REF, [("March 3", "2021-03-03"), ("the next week", "2021-W10")]),
    ("Prices will rise next year and over the next decade.", REF, [("next year", "2022")]),
    # "a month earlier than expected" compares, it does not date
    ("The phone will ship a month earlier than analysts expected.", REF, []),
    ("The dam broke on March 3. A month later the river fell, a week earlier than expected.",
     REF, [("March 3", "2021-03-03"), ("A month later", "2021-04")]),
    # a day written with its year, repeated without it, keeps that year
    ("The attacks of September 11, 2001 changed it. Critics still cite September 11.", REF,
     [("September 11, 2001", "2001-09-11"), ("September 11", "2001-09-11")]),
    ("Rates rise on 1 May 2022. The date of 1 May was chosen by the bank.", REF,
     [("1 May 2022", "2022-05-01"), ("1 May", "2022-05-01")]),
    # a year written only later does not move the day
    ("The attacks of September 11, 2001 changed it. The fair opened on July 20 and runs until "
     "July 20, 2022. Critics still cite September 11.", "2021-07-21",
     [("September 11, 2001", "2001-09-11"), ("July 20", "2021-07-20"),
      ("July 20, 2022", "2022-07-20"), ("September 11", "2001-09-11")]),
    # a date in a reported clause takes the tense of that clause, not of "said"
    ("The mayor said that between January 12 and January 19 the bridge would reopen.",
     "2021-12-20", [("January 12", "2022-01-12"), ("January 19", "2022-01-19")]),
    ("Officials told reporters that on Monday the schools will reopen.", REF,
     [("Monday", "2021-04-26")]),
    # a capitalised word in -ed inside a name is not a past-tense verb
    ("Ms Li will travel to the United States on Friday.", "2021-04-22",
     [("Friday", "2021-04-23")]),
    ("The film opens in the United Kingdom on August 17.", "2021-08-01",
     [("August 17", "2021-08-17")]),
    # the Fourth of July
    ("Parks close during the July Fourth weekend.", "2021-07-01", [("July Fourth", "2021-07-04")]),
    ("Crowds gathered on the Fourth of July.", "2021-07-10", [("Fourth of July", "2021-07-04")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), CASES)
def test_dates(text: str, ref: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, ref)] == expected


def test_a_clause_of_dates_alone_is_dated_with_its_sentence() -> None:
    first = "The region saw war from 1955 to 1972, and from 1983 to 2005."
    text = first + " Prices rose in 2009, and they fell sharply in 2010."
    events = extract_events(text, REF)
    assert [e.date.text for e in events] == ["1955", "1972", "1983", "2005", "2009", "2010"]
    assert [e.text for e in events[2:]] == [
        first, first, "Prices rose in 2009", "they fell sharply in 2010."
    ]
