"""Dates in broadcast-style news: present-tense schedules, modals, ranges and plans.

Every row of ``CASES`` is ``(sentence, reference, expected)`` where ``expected`` lists
``(text, value)`` for every date the sentence holds, in text order.  The sentences were
written for these tests.
"""

from __future__ import annotations

import pytest

from newsstruct import extract_dates, extract_events

WED = "2024-03-13"  # a Wednesday
THU = "2023-09-21"  # a Thursday

CASES = [
    # the two ends of a range lie in order, in one year or one week
    ("The team tested the pumps between March and June.", "2024-05-10",
     [("March", "2024-03"), ("June", "2024-06")]),
    ("Officials closed schools from Tuesday to Thursday.", WED,
     [("Tuesday", "2024-03-12"), ("Thursday", "2024-03-14")]),
    ("Flights will run three times a week between November and March.", "2007-02-23",
     [("November", "2007-11"), ("March", "2008-03")]),
    # a range that opened a day before the story still counts as this year's
    ("The road will face restrictions between May 17 and November 15.", "2005-05-18",
     [("May 17", "2005-05-17"), ("November 15", "2005-11-15")]),
    ("Readers will be able to comment until May 9.", "2005-05-11", [("May 9", "2005-05-09")]),
    # present-tense schedules point ahead
    ("The parliament meets on Thursday to debate the bill.", WED, [("Thursday", "2024-03-14")]),
    ("Schools in the area close on Friday as a precaution.", WED, [("Friday", "2024-03-15")]),
    ("This year's exams take place in November.", WED,
     [("This year", "2024"), ("November", "2024-11")]),
    ("The court ruled that the vote must be held before his term ends on April 2.", WED,
     [("April 2", "2024-04-02")]),
    # modals and plans in the present point ahead
    ("He should make a statement on Monday, his spokesman said.", WED,
     [("Monday", "2024-03-18")]),
    ("The bill should be introduced in parliament as early as Friday.", WED,
     [("Friday", "2024-03-15")]),
    ("Transit workers are expected to strike Monday.", WED, [("Monday", "2024-03-18")]),
    ("Heavy rain is expected to hit the coast this weekend.", WED,
     [("this weekend", "2024-W11")]),
    ("More rain is likely this weekend, forecasters say.", THU,
     [("this weekend", "2023-W38")]),
    # "until" in a story of the past, with what happened then
    ("The opposition stayed silent until Tuesday, when its leader spoke.", WED,
     [("Tuesday", "2024-03-12")]),
    # an -ed adjective before its noun does not make the clause past
    ("Registered companies can apply for new permits in June.", WED, [("June", "2024-06")]),
    ("Officials say the elected council can meet in June.", WED, [("June", "2024-06")]),
    # the act of an infinitive after a past verb comes after it
    ("Lawmakers voted to declare April 4 a day of national unity.", WED,
     [("April 4", "2024-04-04")]),
    # titles and repeated days are not dates
    ("The Mail on Sunday reported the claim.", WED, []),
    ("The council meets the second Monday of each month.", WED, []),
    # "the 1980's" is a decade
    ("Trade grew quickly in the 1980's and again in the late 1990's.", WED,
     [("the 1980's", "198"), ("late 1990's", "199")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "reference", "expected"), CASES)
def test_dates(sentence: str, reference: str, expected: list[tuple[str, str]]) -> None:
    found = [(d.text, d.value) for d in extract_dates(sentence, reference)]
    assert found == expected


# "until" and "by" a weekday in a story told in the past: a day before publication; but a
# time limit set, a plan or a future in the same words stays ahead.
UNTIL_BY = [
    ("The police did not enter the house until Saturday.", "2024-03-09",
     "Results won't be released until Friday.", "2024-03-15"),
    ("By Sunday, the floods had killed 40 people.", "2024-03-10",
     "The rebels gave the government until Sunday to answer.", "2024-03-17"),
    ("Most patients were discharged by Tuesday morning.", "2024-03-12",
     "Critics doubted the vote was possible by Tuesday's deadline.", "2024-03-19"),
    ("The minister was not aware of the report until Monday.", "2024-03-11",
     "The assembly has adjourned until Monday.", "2024-03-18"),
    ("Until Sunday, the party had refused to talk.", "2024-03-10",
     "Voters can collect their cards until Sunday, the commission said.", "2024-03-17"),
]  # fmt: skip


@pytest.mark.parametrize(("past", "past_value", "ahead", "ahead_value"), UNTIL_BY)
def test_until_and_by_a_weekday(past: str, past_value: str, ahead: str, ahead_value: str) -> None:
    assert [d.value for d in extract_dates(past, WED)] == [past_value]
    assert [d.value for d in extract_dates(ahead, WED)] == [ahead_value]


def test_the_headlines_under_related_news_are_not_events() -> None:
    text = (
        "The mayor resigned on Tuesday.\n\n"
        "== Related news ==\n"
        "* Mayor faces vote of no confidence , March 2, 2024\n"
    )
    events = extract_events(text, WED)
    assert [e.date.text for e in events] == ["Tuesday"]
    # the date is still found: only the event goes
    assert [d.text for d in extract_dates(text, WED)] == ["Tuesday", "March 2, 2024"]


# Each row: a sentence the change reads anew, and one in the same words it must leave be.
PAIRS = [
    # "should" and "must" point ahead as a plan: a weekday ahead, a day of the year the
    # nearest (an attributive "the March 4 agreement" keeps its year)
    ("The report should be out on Monday.", WED, "2024-03-18",
     "All parties should respect the March 4 peace agreement.", "2024-06-30", "2024-03-04"),
    ("The draft must be approved in 25 days.", WED, "2024-04-07",
     "Families Should Support The March On December 11, the flyer said.", "2024-01-04",
     "2023-12-11"),
    # "open on" a day is a schedule, "were open on" a day a state
    ("Banks open on Saturday for money exchange.", WED, "2024-03-16",
     "Banks were open on Saturday for money exchange.", WED, "2024-03-09"),
    ("The relay starts on March 24 in the capital.", "2024-03-26", "2024-03-24",
     "The relay covered 1,200 km after its start on March 24.", "2024-11-05", "2024-03-24"),
    # a plan in a comment of the markup is no verb of the story
    ("Flights are scheduled to resume on Monday.", "2024-03-08", "2024-03-11",
     "<!-- should be checked -->Shoppers gathered outside early Thursday evening.",
     "2024-03-08", "2024-03-07"),
]  # fmt: skip


@pytest.mark.parametrize(("new", "new_ref", "new_value", "same", "same_ref", "same_value"), PAIRS)
def test_plans_and_schedules(
    new: str, new_ref: str, new_value: str, same: str, same_ref: str, same_value: str
) -> None:
    assert [d.value for d in extract_dates(new, new_ref)][-1] == new_value
    assert [d.value for d in extract_dates(same, same_ref)][-1] == same_value
