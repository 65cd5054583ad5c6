"""Date extraction: one sentence per phenomenon, each written for this table.

Every row is ``(sentence, reference, expected)`` where ``expected`` lists
``(text, value, relation)`` for every date the sentence holds, in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsstruct import Config, Document, extract_dates, extract_events
from newsstruct.dates import extract_dates as extract_dates_module

REF = "2021-04-22"  # a Thursday

ABSOLUTE = [
    ("The plant opened on April 22.", REF, [("April 22", "2021-04-22", "on")]),
    ("The plant opened on 22 April.", REF, [("22 April", "2021-04-22", "on")]),
    ("The plant opened on Apr. 12.", REF, [("Apr. 12", "2021-04-12", "on")]),
    ("The plant opened on April 22, 2019.", REF, [("April 22, 2019", "2019-04-22", "on")]),
    # a space before the comma, as text with links stripped out has it
    ("The plant opened on April 22 , 2019.", REF, [("April 22 , 2019", "2019-04-22", "on")]),
    ("It rained on Tuesday , June 19 , 2018.", REF, [("Tuesday , June 19 , 2018", "2018-06-19", "on")]),
    ("The plant opened on April 3rd.", REF, [("April 3rd", "2021-04-03", "on")]),
    ("Tuesday, June 19, 2018", REF, [("Tuesday, June 19, 2018", "2018-06-19", None)]),
    ("The lake froze in March 2014.", REF, [("March 2014", "2014-03", "during")]),
    ("The lake froze in 2014.", REF, [("2014", "2014", "during")]),
    ("Wages fell in the 1990s.", REF, [("the 1990s", "199", "during")]),
    ("Wages fell in the '80s.", REF, [("the '80s", "198", "during")]),
    ("The filing is dated 2021-03-05.", REF, [("2021-03-05", "2021-03-05", None)]),
    ("The filing is dated 3/25/2021.", REF, [("3/25/2021", "2021-03-25", None)]),
    ("The filing is dated 25/3/2021.", REF, [("25/3/2021", "2021-03-25", None)]),
    ("The filing is dated 3/5/2021.", REF, [("3/5/2021", None, None)]),
    ("Sales peaked in mid-2015.", REF, [("mid-2015", "2015", "during")]),
    ("The dam will be finished in early March.", REF, [("early March", "2022-03", "during")]),
    ("Output slumped in late 2019.", REF, [("late 2019", "2019", "during")]),
    ("Profit rose in the first quarter.", REF, [("the first quarter", "2021-Q1", "during")]),
    (
        "Profit rose in the fourth quarter of 2020.",
        REF,
        [("the fourth quarter of 2020", "2020-Q4", "during")],
    ),
    ("Profit rose in Q3 2019.", REF, [("Q3 2019", "2019-Q3", "during")]),
    ("The bridge closed in summer 2016.", REF, [("summer 2016", "2016-SU", "during")]),
    ("Revenue grew in fiscal 2012.", REF, [("fiscal 2012", "2012", "during")]),
    ("The flag was first raised on Waitangi Day.", REF, [("Waitangi Day", "2021-02-06", "on")]),
    ("Shops reopen after Christmas.", REF, [("Christmas", "2020-12-25", "after")]),
    ("The talks collapsed at the end of 2015.", REF, [("the end of 2015", "2015", "on")]),
    ("Voters go to the polls early in 2022.", REF, [("early in 2022", "2022", None)]),
    ("The treaty dates from 1815.", REF, [("1815", "1815", "from")]),
    (
        "It was signed in Jan. and ratified in March.",
        REF,
        [("Jan.", "2021-01", "during"), ("March", "2021-03", "during")],
    ),
]

RELATIVE = [
    ("The ministry spoke today.", REF, [("today", "2021-04-22", None)]),
    ("The ministry spoke yesterday.", REF, [("yesterday", "2021-04-21", None)]),
    ("The ministry will speak tomorrow.", REF, [("tomorrow", "2021-04-23", None)]),
    ("The ministry speaks tonight.", REF, [("tonight", "2021-04-22", None)]),
    ("A fire broke out yesterday afternoon.", REF, [("yesterday afternoon", "2021-04-21", None)]),
    ("The mayor resigned on Tuesday.", REF, [("Tuesday", "2021-04-20", "on")]),
    ("The mayor will resign on Tuesday.", REF, [("Tuesday", "2021-04-27", "on")]),
    ("The mayor resigned Thursday.", REF, [("Thursday", "2021-04-22", None)]),
    ("The mayor resigned last Thursday.", REF, [("last Thursday", "2021-04-15", None)]),
    ("The mayor resigns next Monday.", REF, [("next Monday", "2021-04-26", None)]),
    ("Pay rose last week.", REF, [("last week", "2021-W15", None)]),
    ("Pay rose this week.", REF, [("this week", "2021-W16", None)]),
    ("Pay rises next week.", REF, [("next week", "2021-W17", None)]),
    ("Pay rose last month.", REF, [("last month", "2021-03", None)]),
    ("Pay rose earlier this year.", REF, [("earlier this year", "2021", None)]),
    ("Pay will rise later this year.", REF, [("later this year", "2021", None)]),
    ("Pay rose last year.", REF, [("last year", "2020", None)]),
    ("Pay will rise next year.", REF, [("next year", "2022", None)]),
    ("The pier burned two years ago.", REF, [("two years ago", "2019", None)]),
    ("The pier burned three days ago.", REF, [("three days ago", "2021-04-19", None)]),
    ("The pier burned 3 weeks ago.", REF, [("3 weeks ago", "2021-W13", None)]),
    ("The pier will reopen in three weeks.", REF, [("in three weeks", "2021-W19", None)]),
    ("The pier will reopen in about a week.", REF, [("in about a week", "2021-W17", None)]),
    ("Crews left last summer.", REF, [("last summer", "2020-SU", None)]),
    ("Crews return next winter.", REF, [("next winter", "2021-WI", None)]),
    ("Fares rise by year end.", REF, [("year end", "2021", "by")]),
    ("Fares rise by the end of the year.", REF, [("the end of the year", "2021", "by")]),
    ("Crowds gathered last night.", REF, [("last night", "2021-04-21", None)]),
    ("Talks broke down last November.", REF, [("last November", "2020-11", None)]),
    ("Fighting flared over the weekend.", REF, [("the weekend", "2021-W15", "during")]),
    ("Fans will gather this weekend.", REF, [("this weekend", "2021-W16", None)]),
    ("It rained this past week.", REF, [("this past week", "2021-W15", None)]),
    ("The dam was built a decade ago.", REF, [("a decade ago", "2011", None)]),
    ("Talks resume next March.", REF, [("next March", "2022-03", None)]),
    (
        "He was arrested in January of this year.",
        REF,
        [("January of this year", "2021-01", "during")],
    ),
    ("He was arrested in June of last year.", REF, [("June of last year", "2020-06", "during")]),
]

ANCHORED = [
    (
        "The dam broke on March 3. Rescuers arrived the next day.",
        REF,
        [("March 3", "2021-03-03", "on"), ("the next day", "2021-03-04", None)],
    ),
    (
        "The dam broke on March 3. A week later, the river fell.",
        REF,
        [("March 3", "2021-03-03", "on"), ("A week later", "2021-03-10", None)],
    ),
    (
        "Exports fell in 2019, after a rise the year before.",
        REF,
        [("2019", "2019", "during"), ("the year before", "2018", None)],
    ),
    (
        "The plant closed in 2010 and reopened two years later.",
        REF,
        [("2010", "2010", "during"), ("two years later", "2012", None)],
    ),
]

RELATIONS = [
    ("The clinic has been shut since April 2014.", REF, [("April 2014", "2014-04", "since")]),
    ("The clinic stays shut until November.", REF, [("November", "2021-11", "until")]),
    ("Troops must leave by May 1.", REF, [("May 1", "2021-05-01", "by")]),
    ("Prices fell before 2010.", REF, [("2010", "2010", "before")]),
    ("Prices rose after 2010.", REF, [("2010", "2010", "after")]),
    ("Prices held during 2010.", REF, [("2010", "2010", "during")]),
    (
        "The vote will run from November 20 to December 11.",
        REF,
        [("November 20", "2021-11-20", "from"), ("December 11", "2021-12-11", "to")],
    ),
    (
        "Ozone fell between 1980 and 2012.",
        REF,
        [("1980", "1980", "from"), ("2012", "2012", "to")],
    ),
    ("The bank has lent since at least 2005.", REF, [("2005", "2005", "since")]),
    ("The plan covers 2020-2030.", REF, [("2020", "2020", "from"), ("2030", "2030", "to")]),
]

YEAR_INFERENCE = [
    # a January article: "December 30" in the past is last year's
    ("The couple met on December 30.", "2021-01-10", [("December 30", "2020-12-30", "on")]),
    # a future meeting in March, written in October, is next year's
    ("The leaders will meet on March 3.", "2021-10-01", [("March 3", "2022-03-03", "on")]),
    # a past event in March, written in January, is last year's
    ("The firm was founded on March 20.", "2021-01-10", [("March 20", "2020-03-20", "on")]),
    # a hearing set (past tense) for a date two days ahead stays ahead
    (
        "The judge set the hearing for January 12.",
        "2021-01-10",
        [("January 12", "2021-01-12", None)],
    ),
    ("A hearing is set for Friday.", "2021-01-09", [("Friday", "2021-01-15", None)]),
    # a condition or an aim in the present points ahead, whatever the verb before it
    (
        "The leader welcomed the vote and wants to win if the party gets to power in September.",
        "2005-07-21",
        [("September", "2005-09", "during")],
    ),
    ("The party hopes to win the seat in March.", "2005-07-21", [("March", "2006-03", "during")]),
    # a scheduling verb in the present points ahead
    ("The law takes effect Jan. 1.", REF, [("Jan. 1", "2022-01-01", None)]),
]

NOT_DATES = [
    "Officials may decide later.",
    "Thousands march on the capital.",
    "The Sunday Times reported the story.",
    "Fighting has killed 2,014 people.",
    "The meeting starts at 9:30 a.m.",
    "The project ran for two years.",
    "The market opens every Monday.",
    "The board meets each year.",
    "Prices have risen recently.",
    "The team is playing now.",
    "Rescuers pulled 1709 survivors from the rubble.",
    "The convoy of 2000 troops left.",
    "Temperatures reached 2000 degrees.",
    "Call 555-2014 for details.",
    "Call the hotline on 1800 333 000 for details.",
    "The fund paid $2014 each.",
    "The company sold the rights in the past.",
    "He made the Good Friday agreement.",
    "For the first time in three decades, the rivals will meet.",
    "The strike will be the first in 21 years.",
    "The firm will be sold in less than a week.",
    "Sales rose 5% in two years.",
    "The talks were held at Mar-a-Lago.",
    "Flight 1951 landed safely.",
    "The council passed Resolution 1973.",
    "The report was written by Jan Egeland.",
    "The tower is 1200 feet tall.",
]


def _rows(text: str, reference: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.relation) for d in extract_dates(text, reference)]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    ABSOLUTE + RELATIVE + ANCHORED + RELATIONS + YEAR_INFERENCE,
)
def test_examples(
    text: str, reference: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _rows(text, reference) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert extract_dates(text, REF) == ()


def test_without_reference_relative_dates_are_found_unresolved() -> None:
    found = extract_dates("He left on Tuesday, last week, on April 19 and in 2014.")
    assert [(d.text, d.value) for d in found] == [
        ("Tuesday", None),
        ("last week", None),
        ("April 19", None),
        ("2014", "2014"),
    ]
    assert [d.granularity for d in found] == ["day", "week", "day", "year"]


def test_fields_of_a_mention() -> None:
    (d,) = extract_dates("Ties were cut in March 2014.", dt.date(2021, 4, 22))
    assert (d.start, d.end, d.text) == (17, 27, "March 2014")
    assert d.granularity == "month"
    assert (d.first, d.last) == (dt.date(2014, 3, 1), dt.date(2014, 3, 31))
    assert d.rule == "date.month_year"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in early 2019", dt.date(2019, 1, 1), dt.date(2019, 4, 30)),
        ("in mid-2019", dt.date(2019, 5, 1), dt.date(2019, 8, 31)),
        ("in late 2019", dt.date(2019, 9, 1), dt.date(2019, 12, 31)),
        ("last week", dt.date(2021, 4, 12), dt.date(2021, 4, 18)),
        # a weekend has the week's value and covers its Saturday and Sunday
        ("it flared over the weekend", dt.date(2021, 4, 17), dt.date(2021, 4, 18)),
        ("fans will gather this weekend", dt.date(2021, 4, 24), dt.date(2021, 4, 25)),
        ("in the 1990s", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("in winter 2020", dt.date(2020, 12, 1), dt.date(2021, 2, 28)),
    ],
)
def test_intervals(text: str, first: dt.date, last: dt.date) -> None:
    (d,) = extract_dates(text, REF)
    assert (d.first, d.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("on April 22", "date.month_day"),
        ("in March 2014", "date.month_year"),
        ("in 2014", "date.year"),
        ("on Tuesday", "date.weekday"),
        ("yesterday", "date.relative_day"),
        ("last week", "date.relative_week"),
        ("last month", "date.relative_month"),
        ("two years ago", "date.ago"),
        ("in the 1990s", "date.decade"),
        ("in the first quarter", "date.quarter"),
        ("last summer", "date.season"),
        ("on Christmas", "date.holiday"),
    ],
)
def test_rule_ids(text: str, rule: str) -> None:
    (d,) = extract_dates(text, REF)
    assert d.rule == rule


def test_datetime_and_iso_string_references_agree() -> None:
    text = "The strike began on Tuesday."
    assert extract_dates(text, "2021-04-22") == extract_dates(text, dt.datetime(2021, 4, 22, 9))


def test_a_document_is_reused_and_memoised() -> None:
    doc = Document("Pay rose last week.")
    first = extract_dates(doc, REF)
    assert extract_dates_module(doc, REF) is first
    assert extract_dates(doc, "2021-05-22")[0].value == "2021-W19"


def test_bad_inputs_raise() -> None:
    with pytest.raises(TypeError):
        extract_dates(b"April 22", REF)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference"):
        extract_dates("April 22", "the day after")


def test_offsets_are_into_the_original_text_with_curly_quotes() -> None:
    text = "\u201cWe\u2019ll see\u201d \u2014 talks resume on 22\u00a0April."
    (d,) = extract_dates(text, REF)
    assert text[d.start : d.end] == d.text == "22\u00a0April"


def test_vocabulary_can_be_extended() -> None:
    config = Config().extend("holidays", [("Founders' Day", "06-01")])
    (d,) = extract_dates("The parade is held on Founders' Day.", REF, config=config)
    assert d.value == "2021-06-01"
    assert extract_dates("The parade is held on Founders' Day.", REF) == ()


def test_a_month_range_shares_its_year() -> None:
    assert _rows("It aired in October and November 2010.", REF) == [
        ("October", "2010-10", "during"),
        ("November 2010", "2010-11", None),
    ]
    assert _rows("Polls opened on March 3 and April 5, 2019.", REF)[0][1] == "2019-03-03"


@pytest.mark.parametrize("reference", ["0001-01-01", "9999-12-31"])
def test_extreme_references_do_not_crash(reference: str) -> None:
    text = "Last year, next week, two decades ago, in three years, on Tuesday, March 3, the 1990s."
    for d in extract_dates(text, reference):
        assert text[d.start : d.end] == d.text
    extract_events(text, reference)


@pytest.mark.parametrize("reference", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_references_at_the_ends_of_the_calendar_leave_values_unresolved(reference: dt.date) -> None:
    text = "It happened last week, tomorrow, next month and next year, and on March 3."
    found = extract_dates(text, reference=reference)
    assert [d.text for d in found] == ["last week", "tomorrow", "next month", "next year", "March 3"]
    for d in found:
        assert d.value is None or d.first is not None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It ran to December 30,2003 in the camp.", [("December 30,2003", "2003-12-30")]),
        ("It cost 30,000 on May 3,500 km away.", [("May", "2021-05")]),
    ],
)
def test_a_comma_with_no_space_before_a_year(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, REF)] == found
