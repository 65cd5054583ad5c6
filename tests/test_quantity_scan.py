"""The quantity reader's shortcuts give exactly what the full patterns give."""

from __future__ import annotations

import regex

from newsstruct import Config, extract_quantities
from newsstruct._lexicon import DEFAULT_CONFIG
from newsstruct._quantity_nouns import ascii_lower
from newsstruct._quantity_rules import _alternation, _trie, compile_rules

SAMPLES = [
    "It rose 5 per cent to 3.5 kilometres, 40 EUR and 12 degrees Celsius in 2021.",
    "They paid US$13 billion, some 20 km/h, 1 200 000 sq km and 7 KM2 or more.",
    "2021 2021 2021, 10-20 10-20 and 1 1 1 1; one hundred and twenty thousand",
    "Sixteen MW, 4 gigawatt-hours, 3 metric tons, 2 cubic metres or so and 9 mph.",
    "ÀBC 5 kilomètres, 6 Kelvin, 7 ſecs, 8 \u212am and İ 9 euros",
]


def test_trie_matches_like_the_flat_alternation() -> None:
    rules = compile_rules(DEFAULT_CONFIG)
    for forms, fold in (
        ([u for u in rules.units if u == u.lower()], True),
        ([u for u in rules.units if u != u.lower()], False),
        (list(rules.qualifiers_after), True),
        (list(rules.scales), False),
    ):
        flat = regex.compile(rf"(?:{_alternation(forms, fold_case=fold)})(?![\p{{L}}\p{{N}}])")
        trie = regex.compile(rf"(?:{_trie(forms, fold_case=fold)})(?![\p{{L}}\p{{N}}])")
        for text in SAMPLES + [s.upper() for s in SAMPLES] + [s.lower() for s in SAMPLES]:
            for i in range(len(text)):
                a, b = flat.match(text, i), trie.match(text, i)
                assert (a and a.span()) == (b and b.span()), (forms[:3], text[i:])


def test_trie_keeps_non_ascii_folded_forms_flat() -> None:
    assert _trie(["kilomètre"], fold_case=True) == _alternation(["kilomètre"], fold_case=True)
    assert _trie([]) == "(?!)"


def test_words_hint_finds_every_scan_match() -> None:
    rules = compile_rules(DEFAULT_CONFIG)
    assert rules.words_hint is not None
    for text in SAMPLES:
        low = ascii_lower(text)
        for m in rules.scan_words.finditer(low):
            if m.start():
                hint = rules.words_hint.search(low, m.start() - 1)
                assert hint is not None and hint.start() == m.start() - 1


def test_ascii_lower_lowers_only_ascii_capitals() -> None:
    text = "ÀBC İstanbul \u212a DEF ß"
    assert ascii_lower(text) == "Àbc İstanbul \u212a def ß"
    assert len(ascii_lower(text)) == len(text)
    assert ascii_lower("ABC") == "abc"


def test_inert_characters_come_from_the_vocabularies() -> None:
    rules = compile_rules(DEFAULT_CONFIG)
    assert {",", ".", "1", ""} <= rules.inert_after
    assert " " not in rules.inert_after
    config = Config().extend("units", [(",5", ",5", "length")])
    assert "," not in compile_rules(config).inert_after


def test_runs_of_numbers() -> None:
    assert extract_quantities("2021 2021 2021 2021") == ()
    assert [q.value for q in extract_quantities("5 6 7")] == [5, 6, 7]
    assert [q.text for q in extract_quantities("He was aged 2021 then.")] == ["aged 2021"]
    assert [q.unit for q in extract_quantities("It cost $2021, 2021 and £5 2021.")] == [
        "USD",
        "GBP",
    ]


def test_numbers_starting_with_a_point_or_a_fraction() -> None:
    with_fraction = extract_quantities("It grew .5 per cent, then 2½ per cent and ¾ of a mile.")
    without = extract_quantities("It grew .5 per cent, then 2.5 per cent, v1.5 and A380 jets.")
    assert [q.value for q in with_fraction][:2] == [0.5, 2.5]
    assert [q.value for q in without] == [0.5, 2.5]


def test_previous_word_ends_with_a_letter_or_mark() -> None:
    assert [q.text for q in extract_quantities("He paid about  40 euros, 7-  12 men.")][:1] == [
        "about  40 euros"
    ]


def test_number_words_at_the_start_and_after_marks() -> None:
    found = extract_quantities("Two ships and (three boats), x-four cars; five")
    assert [q.text for q in found] == ["Two ships", "three boats", "five"]
    assert [q.text for q in extract_quantities("a dozen eggs")] == ["a dozen eggs"]


def test_digits_glued_to_words_and_other_scripts() -> None:
    assert extract_quantities("A380 and x٣ or 1.2.3 and v2,5") == ()
    assert [q.text for q in extract_quantities("A380, .5 per cent and 1,2,3 and 7 men")] == [
        ".5 per cent",
        "7 men",
    ]


def test_heads_judge_keys_outside_ascii_as_the_patterns_do() -> None:
    """A key outside ASCII is judged by the patterns' own case folding: wherever a form may
    start at a character outside ASCII (its own first character, or one that matches it in
    any case: "\u212a" for "k", "\u017f" for "s", "\u0130" for "i"), the verdict on the key
    read there agrees with the patterns; anywhere else no form starts."""
    rules = compile_rules(DEFAULT_CONFIG)
    forms = [*rules.units, *rules.currencies, *rules.scales, *rules.qualifiers_after]
    forms += DEFAULT_CONFIG.words("quantity_unit_modifiers")
    firsts = sorted({f.lstrip(" -")[:1] for f in forms if f.lstrip(" -")})
    first = regex.compile("(?i:" + "|".join(regex.escape(c) for c in firsts) + ")")
    pairs = [
        (rules.scale_heads, rules.scale_at),
        (rules.unit_heads, rules.unit_after),
        (rules.currency_heads, rules.currency_after),
        (rules.qualifier_heads, rules.qualifier_after),
    ]
    form_start = regex.compile(r"[ -]{0,6}(\p{L}*)")
    suspects = [chr(cp) for cp in range(0x80, 0x3000) if first.fullmatch(chr(cp))]
    assert {"\u212a", "\u017f", "\u00a3", "\u20ac"} <= set(suspects)
    for c in [*suspects, "\u0301", "\u00e9", "\u00b2", "\u0130m"]:
        for before in ("", "k", "K", "m"):
            for after in ("", " ", "m", "g", "s", "illion", "ilometres", "ercent", " cent", "bn"):
                text = "5 " + before + c + after
                m = form_start.match(text, 1)
                assert m is not None
                key = m.group(1) or text[m.end() : m.end() + 1]
                for heads, pattern in pairs:
                    if not heads.may_start(key):
                        assert pattern.match(text, 1) is None, (text, pattern.pattern[:40])
    verdicts = rules.unit_heads.unusual
    assert verdicts.get("\u0301") is False and verdicts.get("\u212am") is True
