"""extract_quantities: one table row per phenomenon, in sentences written for these tests."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest

from newsstruct import extract_quantities
from newsstruct._lexicon import Config
from newsstruct._numbers import parse_digits, to_number
from newsstruct._text import Document

# (sentence, [(text, fields that must match)])
CASES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # --- numerals in news spellings
    ("The club sold 1,200 tickets.", [("1,200 tickets", {"value": 1200, "entity": "tickets"})]),
    ("The club sold 1 200 tickets.", [("1 200 tickets", {"value": 1200})]),
    # a change "by" one figure "to" another is two figures, not a range
    (
        "Jobless claims rose by 250,000 to 4.8 million.",
        [("250,000", {"value": 250000}), ("4.8 million", {"value": 4800000})],
    ),
    ("Rates climbed by 0.5% to 7.5%.", [("0.5%", {"value": 0.5}), ("7.5%", {"value": 7.5})]),
    (
        "The plan cuts emissions by 10 to 20 percent.",
        [("10 to 20 percent", {"low": 10, "high": 20, "qualifier": "range"})],
    ),
    ("Rainfall rose by 3.5 mm.", [("3.5 mm", {"value": 3.5, "unit": "mm", "kind": "length"})]),
    ("Only 0.75 litres were left.", [("0.75 litres", {"value": 0.75, "unit": "L"})]),
    ("It fell to -5 °C overnight.", [("-5 °C", {"value": -5, "unit": "°C"})]),
    ("Twenty-five volunteers came.", [("Twenty-five volunteers", {"value": 25})]),
    ("A dozen eggs broke.", [("A dozen eggs", {"value": 12, "entity": "eggs"})]),
    ("A hundred people marched.", [("A hundred people", {"value": 100})]),
    ("One hundred and twenty boats sailed.", [("One hundred and twenty boats", {"value": 120})]),
    ("The trip took one and a half hours.",
     [("one and a half hours", {"value": 1.5, "unit": "hour"})]),
    ("Half of the voters stayed home.", [("Half of the voters", {"value": 0.5})]),
    ("Three-quarters of the staff agreed.", [("Three-quarters of the staff", {"value": 0.75})]),
    ("A third of the crop was lost.", [("A third of the crop", {"entity": "crop"})]),
    ("Prices rose by a third since May.", [("a third", {"value": 1 / 3})]),
    ("The state owes 2.3 trillion dollars.",
     [("2.3 trillion dollars", {"value": 2_300_000_000_000, "unit": "USD"})]),
    ("The deal is worth $5bn.", [("$5bn", {"value": 5_000_000_000, "unit": "USD"})]),
    ("He paid £3m for it.", [("£3m", {"value": 3_000_000, "unit": "GBP"})]),
    ("The fund holds €40mn.", [("€40mn", {"value": 40_000_000, "unit": "EUR"})]),
    ("The video had 10k views.", [("10k views", {"value": 10_000, "entity": "views"})]),
    ("The firm made 1.5 billion sales.", [("1.5 billion sales", {"value": 1_500_000_000})]),
    ("It cost Rs 8,90,000 in all.", [("Rs 8,90,000", {"value": 890_000, "unit": "INR"})]),
    ("The climb took 2½ hours.", [("2½ hours", {"value": 2.5, "unit": "hour"})]),
    ("Half a dozen boats sank.", [("Half a dozen boats", {"value": 6})]),
    # --- vague amounts
    ("Dozens of houses burned.", [("Dozens of houses", {"value": 24, "qualifier": "at_least",
                                                        "rule": "quantity.vague"})]),
    ("Tens of thousands of fans sang.",
     [("Tens of thousands of fans", {"value": 20_000, "entity": "fans"})]),
    ("Hundreds of workers walked out.", [("Hundreds of workers", {"value": 200})]),
    # --- qualifiers
    ("About 40 boats sank.", [("About 40 boats", {"qualifier": "approximately"})]),
    ("Roughly 40 boats sank.", [("Roughly 40 boats", {"qualifier": "approximately"})]),
    ("An estimated 40 boats sank.", [("An estimated 40 boats", {"qualifier": "approximately"})]),
    ("Close to 40 boats sank.", [("Close to 40 boats", {"qualifier": "approximately"})]),
    ("Over 40 boats sank.", [("Over 40 boats", {"qualifier": "more_than"})]),
    ("In excess of 40 boats sank.", [("In excess of 40 boats", {"qualifier": "more_than"})]),
    ("The storm sank 40 or more boats.", [("40 or more boats", {"qualifier": "at_least"})]),
    ("At least 40 boats sank.", [("At least 40 boats", {"qualifier": "at_least"})]),
    ("The show drew 50+ fans.", [("50+ fans", {"qualifier": "at_least", "entity": "fans"})]),
    ("Fewer than 40 boats sank.", [("Fewer than 40 boats", {"qualifier": "less_than"})]),
    ("Nearly 40 boats sank.", [("Nearly 40 boats", {"qualifier": "less_than"})]),
    ("Just shy of 40 boats sank.", [("Just shy of 40 boats", {"qualifier": "less_than"})]),
    ("Up to 40 boats sank.", [("Up to 40 boats", {"qualifier": "at_most"})]),
    ("As many as 40 boats sank.", [("As many as 40 boats", {"qualifier": "at_most"})]),
    ("No more than 40 boats sank.", [("No more than 40 boats", {"qualifier": "at_most"})]),
    # --- ranges
    ("Between 10 and 20 boats sank.",
     [("Between 10 and 20 boats", {"low": 10, "high": 20, "value": None, "qualifier": "range"})]),
    ("They expect 10 to 20 boats.", [("10 to 20 boats", {"low": 10, "high": 20})]),
    ("They expect 10-20 boats.", [("10-20 boats", {"low": 10, "high": 20})]),
    ("Shares cost from $5 to $7 million.",
     [("from $5 to $7 million", {"low": 5_000_000, "high": 7_000_000, "unit": "USD"})]),
    ("Yields reached 10%-12%.", [("10%-12%", {"low": 10, "high": 12, "unit": "%"})]),
    ("Each team scored two or three goals.", [("two or three goals", {"low": 2, "high": 3})]),
    ("Membership grew from 9 to 10.", [("9", {"value": 9}), ("10", {"value": 10})]),
    # --- money
    ("It cost US$13 billion (€10 billion).",
     [("US$13 billion", {"unit": "USD"}), ("€10 billion", {"unit": "EUR"})]),
    ("Fares are C$40, A$50, NZ$60 and HK$70.",
     [("C$40", {"unit": "CAD"}), ("A$50", {"unit": "AUD"}), ("NZ$60", {"unit": "NZD"}),
      ("HK$70", {"unit": "HKD"})]),
    ("Tickets sell for ¥500, ₹300, ₽200 or ₴100.",
     [("¥500", {"unit": "JPY"}), ("₹300", {"unit": "INR"}), ("₽200", {"unit": "RUB"}),
      ("₴100", {"unit": "UAH"})]),
    ("The bank lent USD 5 million.", [("USD 5 million", {"value": 5_000_000, "unit": "USD"})]),
    ("The fine was 300 euros.", [("300 euros", {"unit": "EUR", "kind": "money"})]),
    ("Bread costs 90 roubles.", [("90 roubles", {"unit": "RUB"})]),
    ("The prize is 2 million yen.", [("2 million yen", {"unit": "JPY"})]),
    ("Petrol hit $2 a gallon.", [("$2 a gallon", {"value": 2, "entity": "gallon"})]),
    ("Oil rose to $50 per barrel.", [("$50 per barrel", {"entity": "barrel"})]),
    ("Stamps rose by 5 cents.", [("5 cents", {"value": 0.05, "unit": "USD"})]),
    ("The salmon weighed 20 pounds.", [("20 pounds", {"unit": "lb", "kind": "mass"})]),
    ("The council spent 3 million pounds.", [("3 million pounds", {"unit": "GBP"})]),
    # --- percent
    ("Inflation hit 4.2%.", [("4.2%", {"value": 4.2, "unit": "%", "kind": "percent"})]),
    ("Turnout was 61 per cent.", [("61 per cent", {"unit": "%"})]),
    ("Support fell 3 percentage points.", [("3 percentage points", {"unit": "pp"})]),
    ("The bank cut rates by 25 basis points.", [("25 basis points", {"unit": "bp"})]),
    ("Prices rose by nine and eleven per cent.",
     [("nine", {"value": 9, "unit": "%"}), ("eleven per cent", {"value": 11, "unit": "%"})]),
    # --- measures
    ("The road is 21 mile (35 km) long.",
     [("21 mile", {"unit": "mi"}), ("35 km", {"unit": "km"})]),
    ("The peak rises 5,900 feet.", [("5,900 feet", {"unit": "ft", "value": 5900})]),
    ("They climbed a 12,170 foot ridge.", [("12,170 foot", {"unit": "ft"})]),
    ("Winds reached 90 km / h.", [("90 km / h", {"unit": "km/h", "kind": "speed"})]),
    ("Fire burned 300 square kilometres.", [("300 square kilometres", {"unit": "km2"})]),
    ("It was 35°C in the shade.", [("35°C", {"unit": "°C", "kind": "temperature"})]),
    ("The plant makes 600 MW.", [("600 MW", {"unit": "MW", "kind": "power"})]),
    ("They shipped 40 tonnes of grain.", [("40 tonnes", {"unit": "t", "kind": "mass"})]),
    ("Output was 2 million barrels a day.", [("2 million barrels", {"unit": "bbl"})]),
    # --- durations and ages
    ("The siege lasted two years.", [("two years", {"value": 2, "unit": "year",
                                                    "rule": "quantity.duration"})]),
    ("Talks ran for 36 hours.", [("36 hours", {"unit": "hour"})]),
    ("Troops may stay about a week.", [("about a week", {"value": 1, "unit": "week",
                                                         "qualifier": "approximately"})]),
    ("It lasted more than an hour.", [("more than an hour", {"qualifier": "more_than"})]),
    ("It ended a 14-year wait.", [("14-year", {"value": 14, "unit": "year"})]),
    ("A 45-year-old man was held.", [("45-year-old", {"value": 45, "kind": "age"})]),
    ("The pilot, aged 45, survived.", [("aged 45", {"value": 45, "unit": "year",
                                                    "rule": "quantity.age"})]),
    ("Anna Berg, 52, and her son left.", [("52", {"value": 52, "kind": "age"})]),
    ("Witnesses named Ion Popa (32).", [("32", {"value": 32, "kind": "age"})]),
    ("Her four-month-old son slept.", [("four-month-old", {"unit": "month", "kind": "age"})]),
    # --- scores
    ("Ghana won 3-1 on Sunday.", [("3-1", {"kind": "score", "value": None})]),
    ("It finished Chile 1 – 0 Peru.", [("1 – 0", {"kind": "score"})]),
    # --- counted entities
    ("Police held 238 wounded.", [("238 wounded", {"entity": "wounded"})]),
    ("She met 12 asylum seekers.", [("12 asylum seekers", {"entity": "asylum seekers"})]),
    ("Two tired old fishermen waved.", [("Two tired old fishermen",
                                         {"entity": "tired old fishermen"})]),
    ("It killed 2 sons of the farmer.", [("2 sons", {"entity": "sons"})]),
    ("Only one ferry left port.", [("one ferry", {"value": 1, "entity": "ferry"})]),
    ("Only one police officer was hurt.", [("one police officer", {"entity": "police officer"})]),
    ("The police found 2,014 people.", [("2,014 people", {"value": 2014})]),
    ("The rebels freed 75.", [("75", {"value": 75, "entity": None})]),
    ("There is one formal political party in town.",
     [("one formal political party", {"entity": "formal political party"})]),
    ("Some 1.5m people voted.", [("Some 1.5m people", {"value": 1_500_000})]),
    ("Four fishermen drowned.", [("Four fishermen", {"entity": "fishermen"})]),
    ("Eight Labour MPs resigned.", [("Eight Labour MPs", {"entity": "Labour MPs"})]),
    ("It sent 12 United Nations member states a letter.",
     [("12 United Nations member states", {"entity": "United Nations member states"})]),
    # --- shared units and ages
    ("The twins, aged 6 and 8, were found.",
     [("aged 6", {"kind": "age"}), ("8", {"kind": "age", "unit": "year"})]),
    ("It was 40C in the shade.", [("40C", {"unit": "°C", "kind": "temperature"})]),
    ("Some 300 to 400 people came.",
     [("Some 300 to 400 people", {"low": 300, "high": 400, "qualifier": "range"})]),
    ("The motion passed 68-32.", [("68-32", {"kind": "score"})]),
]

# Sentences with no quantity at all.
NOT_QUANTITIES = [
    "The talks resumed on April 22 in Geneva.",
    "Crimea was annexed in March 2014.",
    "Fighting has gone on since 2014.",
    "Voters went to the polls in 2014.",
    "The 2012-13 season was a record.",
    "The plane landed at 7:57 AM local time.",
    "The meeting opens at 2.15pm on Friday.",
    "He scored in the 20th minute.",
    "It was the second time this year.",
    "A Boeing 737 was grounded.",
    "An F-16 crashed into the sea.",
    "COVID-19 cases fell.",
    "The G7 leaders met.",
    "Flight 447 vanished over the ocean.",
    "The DEFENDER-Europe 21 drills began.",
    "Article 5 was invoked.",
    "Atlantis flew STS-135.",
    "Call 555-123-4567 for details.",
    "Call +44 20 7946 0958 for details.",
    "It is one of several issues.",
    "She picked the blue one.",
    "No one answered the door.",
    "The case number is 08-XYZ-02735.",
    "The study covered 2000 - 2050 in detail.",
    "Output fell to 2000 levels.",
    "They met on Friday, May 8, 2009.",
    "He grew up in the 1990s.",
    "Posts 542 and 543 were hit.",
    "It was day five of the tournament.",
    "She lives at 10 Downing Street.",
    "It is the world's No. 1 exporter.",
    "Call (02) 9876 5432 or 020 7946 0958 today.",
    "Call the hotline on 1800 333 000 for details.",
    "Mega Millions sales rose.",
    "Storms hit the northern half of the country.",
    "The iPad 2 went on sale.",
    "The show ran from 5.15-5.30pm.",
    "If one sets out to win, one risks losing.",
    "The score in the second half improved.",
    "It was the worst since the Three Mile Island accident.",
    "It happened about a year ago.",
    "The work went to a third party in the second half, and he won a third term.",
    "A year later he walked a mile.",
]


def _check(found: Any, text: str, fields: dict[str, Any]) -> None:
    assert found.text == text
    for key, want in fields.items():
        assert getattr(found, key) == want, (text, key, getattr(found, key), want)


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_examples(sentence: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    found = extract_quantities(sentence)
    assert [q.text for q in found] == [text for text, _ in expected]
    for q, (text, fields) in zip(found, expected, strict=True):
        _check(q, text, fields)
        assert sentence[q.start : q.end] == q.text


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


def test_list_labels_are_not_quantities() -> None:
    text = "Key points:\n1. Prices rose.\n2. Wages fell.\n"
    assert extract_quantities(text) == ()


def test_conversions_without_symbols_borrow_currencies() -> None:
    text = ("Profit was £2 billion (US$3 billion, €2.5 billion). "
            "Last year it was £1 billion (1.5 billion, 1.2 billion).")
    units = [q.unit for q in extract_quantities(text)]
    assert units == ["GBP", "USD", "EUR", "GBP", "USD", "EUR"]


def test_values_are_int_when_whole_and_float_otherwise() -> None:
    whole, frac = extract_quantities("They saw 1.5 billion stars and 2.5 comets.")
    assert whole.value == 1_500_000_000 and isinstance(whole.value, int)
    assert frac.value == 2.5 and isinstance(frac.value, float)


def test_results_are_in_text_order_and_never_overlap() -> None:
    text = ("More than 60 ships, over 10,000 troops, around 200 aircraft and about 1,200 "
            "military vehicles took part; 10-20 more may follow within 48 hours.")
    found = extract_quantities(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_accepts_a_document_and_shares_its_work() -> None:
    doc = Document("They counted 40 boats.")
    assert extract_quantities(doc) is extract_quantities(doc)
    assert extract_quantities(doc) == extract_quantities("They counted 40 boats.")


def test_config_extends_units_and_qualifiers() -> None:
    config = (Config().extend("units", [("furlongs", "fur", "length")])
              .extend("quantity_qualifiers", [("a shade over", "more_than", "before")]))
    (q,) = extract_quantities("The horse ran a shade over 8 furlongs.", config=config)
    assert (q.text, q.unit, q.qualifier) == ("a shade over 8 furlongs", "fur", "more_than")
    assert extract_quantities("The horse ran 8 furlongs.")[0].unit is None


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        extract_quantities(b"40 boats")  # type: ignore[arg-type]


@pytest.mark.parametrize("piece", ["1,", "1 ", "1", "1-", "$1 (", "more than ", "one-",
                                   "between 1 and ", "Flight 1 ", "1,000 "])
def test_time_grows_linearly(piece: str) -> None:
    def run(n: int) -> float:
        doc = Document(piece * n)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            extract_quantities(doc)
            best = min(best, time.process_time() - start)
            doc = Document(piece * n)
        return best

    small, large = run(2_000), run(20_000)
    assert large < max(small, 1e-3) * 40  # 10x the input: linear is ~10x, quadratic ~100x


@pytest.mark.parametrize(
    ("written", "value"),
    [("1200", 1200), ("\u0661\u0662", 12), ("1,200", 1200), ("1 200", 1200), ("5\u00bd", 5.5)],
)
def test_digit_numerals_read_the_same_on_every_path(written: str, value: float) -> None:
    assert to_number(parse_digits(written)) == value


@pytest.mark.parametrize("written", ["\u00b2", "1\u00b2", ""])
def test_digits_that_are_no_decimal_numeral_are_refused(written: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_digits(written)
