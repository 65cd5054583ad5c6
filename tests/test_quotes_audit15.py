"""Reported speech: "according to" a source phrase closed by a name or a source noun, or
set in wiki italics, a name after the source's comma, "told" with a named hearer closing
the sentence, "speculate", a role word before an inverted name, a turn given by "called
on", an adverbial before "that", a time phrase opening a coordinated sentence, a phrase
set off inside the reported subject, and the owner of a possessive before a naming
participle."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_according_to_a_phrase_closed_by_a_name_or_source_noun() -> None:
    text = "Roads were closed. According to the photographer Lena Hart, the crowd ran from the police."
    assert _read(text) == [("the crowd ran from the police", "Lena Hart", "According to")]
    text = "Roads were closed. According to this report, the crowd ran from the police."
    assert _read(text) == [("the crowd ran from the police", "report", "According to")]
    # a name after a preposition is not the source
    text = "Roads were closed. According to a post by Northwind, prices will rise again."
    assert [sp for _, sp, _ in _read(text)] != ["Northwind"]


def test_according_to_a_title_in_wiki_italics() -> None:
    text = "Shares fell. According to ''The Harbour Times'', the mill will close in June."
    assert _read(text) == [("the mill will close in June", "Harbour Times", "According to")]


def test_according_to_a_source_then_a_titled_name_opening_the_clause() -> None:
    text = "Mr Dunn spoke. According to Reuters, President Dunn is planning a series of visits."
    assert _read(text) == [
        ("President Dunn is planning a series of visits", "Reuters", "According to")
    ]
    # a name set off after the source is still the source
    text = "Mines closed. According to the spokesman, Colonel Ivo Marsh, the ore was smuggled."
    assert _read(text) == [("the ore was smuggled", "Ivo Marsh", "According to")]


def test_told_a_named_hearer_after_the_clause() -> None:
    text = "Pia Lund spoke on Monday. The region could lead the change, she told the Courier."
    assert _read(text) == [("The region could lead the change", "Pia Lund", "told")]
    text = "Pia Lund spoke on Monday. The region could lead the change, she told a conference in Oslo."
    assert _read(text) == [("The region could lead the change", "Pia Lund", "told")]
    assert _read("He was there. We met, and he told the truth.") == []


def test_speculate_reports_a_clause() -> None:
    text = "Critics have questioned the plan and have speculated that it was rushed."
    assert _read(text) == [("it was rushed", "Critics", "speculated")]
    assert _read("Traders speculated about the merger for weeks.") == []


def test_role_word_before_an_inverted_name() -> None:
    text = "Police moved in. The man did not resist, said another photographer, Omar Reyes."
    assert _read(text) == [("The man did not resist", "Omar Reyes", "said")]


def test_called_on_without_an_appeal_is_no_speech() -> None:
    text = "At the briefing, the governor called on a veteran reporter for the first time in years."
    assert _read(text) == []
    text = "The governor called on the council to approve the budget."
    assert _read(text) == [("the council to approve the budget", "governor", "called on")]


def test_time_adverbial_before_that() -> None:
    text = "Mr Tate was saying early this morning that he would keep his other posts."
    assert _read(text) == [("he would keep his other posts", "Tate", "saying")]


def test_time_phrase_opening_a_coordinated_sentence() -> None:
    text = "The board met. Ten minutes later, the board returned and announced that the talks were over."
    assert _read(text) == [("the talks were over", "board", "announced")]


def test_phrase_set_off_inside_the_reported_subject() -> None:
    text = "The Harbour Times is reporting that the deal, covering two ferries, will be signed soon."
    got = _read(text)
    assert [c for c, _, _ in got] == ["the deal, covering two ferries, will be signed soon"]


def test_possessive_owner_before_a_naming_participle_does_not_speak() -> None:
    text = 'Talks resumed. The Miners Union welcomed Omar Haddad\'s statement, calling it "a fair start".'
    assert _read(text) == [("a fair start", "Miners Union", "calling")]
    # the owner's spokesman, with no comma, still reads as before
    text = "Talks resumed. Hill's spokesman described the offer as \"a fair start for everyone\"."
    assert [c for c, _, _ in _read(text)] == ["a fair start for everyone"]
