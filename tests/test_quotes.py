"""Reported speech: one sentence per phenomenon, written for these tests."""

from __future__ import annotations

import time

import pytest

from newsstruct import Document
from newsstruct._lexicon import Config
from newsstruct.model import iter_spans
from newsstruct.quotes import extract_quotes

# (text, kind, rule, content, cue, speaker mention, speaker name)
ONE_QUOTE = [
    # direct speech, attribution after, before, inside, dashed
    ('"The bridge will reopen in May," Mayor Anna Lindqvist told reporters.',
     "direct", "quote.direct_after", "The bridge will reopen in May,", "told",
     "Anna Lindqvist", "Anna Lindqvist"),
    ('"The bridge will reopen in May," said Anna Lindqvist, the city\'s mayor.',
     "direct", "quote.direct_after", "The bridge will reopen in May,", "said",
     "Anna Lindqvist", "Anna Lindqvist"),
    ('"The bridge will reopen in May," said Mr Lindqvist.',
     "direct", "quote.direct_after", "The bridge will reopen in May,", "said",
     "Lindqvist", "Lindqvist"),
    ('Work stopped. "The bridge will reopen in May" said Dr. Anna Lindqvist.',
     "direct", "quote.direct_after", "The bridge will reopen in May", "said",
     "Anna Lindqvist", "Anna Lindqvist"),
    ('"Is the bridge safe?" asked the engineer.',
     "direct", "quote.direct_after", "Is the bridge safe?", "asked", "the engineer", "engineer"),
    ('Anna Lindqvist said: "The bridge will reopen in May."',
     "direct", "quote.direct_before", "The bridge will reopen in May.", "said",
     "Anna Lindqvist", "Anna Lindqvist"),
    ('Anna Lindqvist told the council, "The bridge will reopen in May."',
     "direct", "quote.direct_before", "The bridge will reopen in May.", "told",
     "Anna Lindqvist", "Anna Lindqvist"),
    ('"The bridge will reopen in May." - Anna Lindqvist',
     "direct", "quote.direct_dash", "The bridge will reopen in May.", None,
     "Anna Lindqvist", "Anna Lindqvist"),
    # curly marks and apostrophes inside the quote
    ("\u201cWe don\u2019t expect delays in the \u201990s tunnel,\u201d Lindqvist said.",
     "direct", "quote.direct_after", "We don\u2019t expect delays in the \u201990s tunnel,",
     "said", "Lindqvist", "Lindqvist"),
    # indirect speech
    ("Health Minister Omar Haddad said on Tuesday that the clinics would stay open.",
     "indirect", "quote.indirect_that", "the clinics would stay open", "said",
     "Omar Haddad", "Omar Haddad"),
    ("Omar Haddad warned the strike could spread to other hospitals.",
     "indirect", "quote.indirect", "the strike could spread to other hospitals", "warned",
     "Omar Haddad", "Omar Haddad"),
    ("Omar Haddad told reporters the clinics would stay open.",
     "indirect", "quote.indirect", "the clinics would stay open", "told",
     "Omar Haddad", "Omar Haddad"),
    ("The clinics will stay open, Haddad said.",
     "indirect", "quote.indirect_after", "The clinics will stay open", "said", "Haddad", "Haddad"),
    ("The clinics will stay open, said Omar Haddad.",
     "indirect", "quote.indirect_after", "The clinics will stay open", "said",
     "Omar Haddad", "Omar Haddad"),
    ("According to the health ministry, 40 clinics remain open.",
     "indirect", "quote.according_to", "40 clinics remain open", "According to",
     "the health ministry", "health ministry"),
    ("40 clinics remain open, according to the health ministry.",
     "indirect", "quote.according_to", "40 clinics remain open", "according to",
     "the health ministry", "health ministry"),
    ("Transport Secretary Lena Park tweeted that the line would reopen on Friday.",
     "indirect", "quote.indirect_that", "the line would reopen on Friday", "tweeted",
     "Lena Park", "Lena Park"),
    ("Lena Park's tweet said the line would reopen on Friday.",
     "indirect", "quote.indirect", "the line would reopen on Friday", "said",
     "Lena Park", "Lena Park"),
    ("The union called on the government to raise wages.",
     "indirect", "quote.indirect", "the government to raise wages", "called on",
     "The union", "union"),
    ("The mayor, citing safety concerns, said the bridge would stay closed.",
     "indirect", "quote.indirect", "the bridge would stay closed", "said", "The mayor", "mayor"),
    ("Omar Haddad argued that the budget was too small.",
     "indirect", "quote.indirect_that", "the budget was too small", "argued",
     "Omar Haddad", "Omar Haddad"),
    ("Omar Haddad denied that the clinics would close.",
     "indirect", "quote.indirect_that", "the clinics would close", "denied",
     "Omar Haddad", "Omar Haddad"),
    ("Omar Haddad opened the clinic, saying that more would follow.",
     "indirect", "quote.indirect_that", "more would follow", "saying",
     "Omar Haddad", "Omar Haddad"),
    ("Police said two people were arrested.",
     "indirect", "quote.indirect", "two people were arrested", "said", "Police", "Police"),
    # speakers: organisations, places, anonymous sources
    ("The Transport Department said the line would reopen.",
     "indirect", "quote.indirect", "the line would reopen", "said",
     "Transport Department", "Transport Department"),
    ("Moscow says it has recalled its ambassador.",
     "indirect", "quote.indirect", "it has recalled its ambassador", "says", "Moscow", "Moscow"),
    ("An unnamed official said the talks had stalled.",
     "indirect", "quote.indirect", "the talks had stalled", "said",
     "An unnamed official", "official"),
    ("A person familiar with the matter said the deal was close.",
     "indirect", "quote.indirect", "the deal was close", "said", "A person", "person"),
    ("Josep Vidal, the bank's chief economist, said rates would rise.",
     "indirect", "quote.indirect", "rates would rise", "said", "Josep Vidal", "Josep Vidal"),
    ("According to the Kenya Nurses Society spokesperson Amina Otieno, wages are low.",
     "indirect", "quote.according_to", "wages are low", "According to",
     "Amina Otieno", "Amina Otieno"),
    ("According to Reuters news agency, quoting port officials, the harbour was closed.",
     "indirect", "quote.according_to", "the harbour was closed", "According to",
     "Reuters", "Reuters"),
    # an opening "According to" with a longer source phrase
    ("According to a statement on Harbour Rail's website, trains will run hourly.",
     "indirect", "quote.according_to", "trains will run hourly", "According to",
     "Harbour Rail", "Harbour Rail"),
    ("According to Danish  and Swedish diplomats, the border talks have stalled.",
     "indirect", "quote.according_to", "the border talks have stalled", "According to",
     "diplomats", "diplomats"),
    ("According to the head of the World Meteorological Organization (WMO), Petra Lund, "
     "the winter will be mild.",
     "indirect", "quote.according_to", "the winter will be mild", "According to",
     "Petra Lund", "Petra Lund"),
    ("According to the Deputy Minister of Transport, Sara Holm , the road will reopen soon.",
     "indirect", "quote.according_to", "the road will reopen soon", "According to",
     "Sara Holm", "Sara Holm"),
    ("According to the Coastal Fisheries Board more than 40 boats were lost in the storm, "
     "the worst in years.",
     "indirect", "quote.according_to",
     "more than 40 boats were lost in the storm, the worst in years",
     "According to", "Coastal Fisheries Board", "Coastal Fisheries Board"),
    ("The depot will close in June, according to Radio Nord, which quoted a union official.",
     "indirect", "quote.according_to", "The depot will close in June", "according to",
     "Radio Nord", "Radio Nord"),
    ("The agency reported, quoting state media, that ten people were hurt.",
     "indirect", "quote.indirect_that", "ten people were hurt", "reported",
     "The agency", "agency"),
    ("Price site uSwitch has reported that bills will rise.",
     "indirect", "quote.indirect_that", "bills will rise", "reported", "uSwitch", "uSwitch"),
    ("Haddad said the plan, which took a year to draft, would cut costs.",
     "indirect", "quote.indirect", "the plan, which took a year to draft, would cut costs",
     "said", "Haddad", "Haddad"),
    ("A leaked letter seen by the Daily Courier says the office will close.",
     "indirect", "quote.indirect", "the office will close", "says", "A leaked letter",
     "leaked letter"),
    ("When asked why, the Hong Kong restaurateur said the fish was worth it.",
     "indirect", "quote.indirect", "the fish was worth it", "said",
     "the Hong Kong restaurateur", "Hong Kong restaurateur"),
    ("The opposition has said the vote was rigged.",
     "indirect", "quote.indirect", "the vote was rigged", "said", "The opposition", "opposition"),
    ("The army confirmed the raid but said nobody was hurt.",
     "indirect", "quote.indirect", "nobody was hurt", "said", "The army", "army"),
    ("Government official said the new law is needed.",
     "indirect", "quote.indirect", "the new law is needed", "said", "Government official",
     "Government official"),
    ("His father said the boy had always loved boats.",
     "indirect", "quote.indirect", "the boy had always loved boats", "said", "His father",
     "father"),
    ("Representative from New York Dana Whitlow, who led the vote, said it was historic.",
     "indirect", "quote.indirect", "it was historic", "said", "Dana Whitlow", "Dana Whitlow"),
    ("Deputy Minister Karim Saleh of the Iraqi government said output would rise.",
     "indirect", "quote.indirect", "output would rise", "said", "Karim Saleh", "Karim Saleh"),
    ("The leader said in a televised address after the attack that the army was ready.",
     "indirect", "quote.indirect_that", "the army was ready", "said", "The leader", "leader"),
    # stray spacing from markup: "Hain , Northern Ireland secretary  said"
    ("Peter Hain , Northern Ireland secretary  said the vote was a breakthrough.",
     "indirect", "quote.indirect", "the vote was a breakthrough", "said", "Peter Hain",
     "Peter Hain"),
    ('Hugh Brady spoke. "We won four elections in a row" Mr McCague said.',
     "direct", "quote.direct_after", "We won four elections in a row", "said", "McCague",
     "McCague"),
    # a quoted sentence after one announcing a statement; a quote after a colon
    ('Senator Dana Whitlow, Democrat from Ohio, issued a statement on the closure. '
     '"Like many workers in this state, I am angry about the decision."',
     "direct", "quote.introduced", "Like many workers in this state, I am angry about the decision.",
     "issued a statement", "Dana Whitlow", "Dana Whitlow"),
    ('During the weekly briefing, Whitlow defended the plan while promising a "full review": '
     '"We are working as fast as we can to fix it."',
     "direct", "quote.direct_colon", "We are working as fast as we can to fix it.", None,
     "Whitlow", "Whitlow"),
    ('The jury heard the case, and in the words of the prosecutor, Ruth Ambler, KC, '
     '"The child spent her last weeks in pain."',
     "direct", "quote.words_of", "The child spent her last weeks in pain.", "in the words of",
     "Ruth Ambler", "Ruth Ambler"),
    ('Tom Hale from the consumer group Fairbill criticised the rise, calling the move '
     '"greedy but expected" for households.',
     "mixed", "quote.naming", "greedy but expected", "calling", "Tom Hale", "Tom Hale"),
    ('The regulator said little. It later accused the firm of "hiding losses from its '
     'own auditors" for a decade.',
     "mixed", "quote.naming", "hiding losses from its own auditors", "accused", "It",
     "regulator"),
    ("According to Ines Varga, the head of the Lake Institute, the water is clean.",
     "indirect", "quote.according_to", "the water is clean", "According to",
     "Ines Varga", "Ines Varga"),
    ("Omar Haddad has released a statement saying he will not resign.",
     "indirect", "quote.indirect", "he will not resign", "saying", "Omar Haddad", "Omar Haddad"),
    ("Omar Haddad said that was not true.",
     "indirect", "quote.indirect_that", "that was not true", "said",
     "Omar Haddad", "Omar Haddad"),
    ("Haddad continued that the clinics were open.",
     "indirect", "quote.indirect_that", "the clinics were open", "continued",
     "Haddad", "Haddad"),
    ("Lena Park's sister declined, but the chair of the tenants' union spoke up, calling "
     'the plan "cruel and short-sighted" for families.',
     "mixed", "quote.naming", "cruel and short-sighted", "calling", "the chair", "chair"),
    # mixed speech
    ('Omar Haddad said that the reforms were "long overdue".',
     "mixed", "quote.indirect_that", 'the reforms were "long overdue"', "said",
     "Omar Haddad", "Omar Haddad"),
]


@pytest.mark.parametrize(
    ("text", "kind", "rule", "content", "cue", "mention", "name"), ONE_QUOTE,
    ids=[row[0][:40] for row in ONE_QUOTE],
)
def test_one_quote(text, kind, rule, content, cue, mention, name):
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    q = quotes[0]
    assert (q.kind, q.rule, q.content.text) == (kind, rule, content)
    assert (q.cue.text if q.cue else None) == cue
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == (mention, name)
    for span in iter_spans([q]):
        assert text[span.start:span.end] == span.text


NOT_QUOTES = [
    'The so-called "peace plan" was rejected.',
    'She read "War and Peace" twice.',
    'Omar Haddad denied the report.',
    "It's the '90s again, Russia's officials don't agree.",
    'The "Iron Lady" visited the factory.',
    "Nobody said anything.",
    "People were asked to send designs and suggest what the flag should mean.",
    "The plan said nothing.",
    'The "peace plan" Putin proposed was rejected.',
    'The report lists three causes: "poor planning and bad luck".',
    'The river flooded the town: "the worst flood in living memory" hit the area.',
    'Lena Park issued a statement. The bridge "will never be safe again, they say" in town.',
    'Fans called the stadium "the Cauldron" for years.',
    "Harbour  state police are all taking part in the search.",
    "The offensive continues even though a truce is in place.",
    "Several states that are backing the plan met on Monday.",
    "The growth then continued, with the index up over 150 points.",
    "",
]


def test_a_quote_is_not_attributed_to_the_next_sentence_with_its_own_quote():
    text = ('The Port Authority pleads that "the berth was never safe for ships." '
            'It also accused the owners of "ignoring every warning they were given".')
    quotes = extract_quotes(text)
    assert [(q.cue.text if q.cue else None, q.content.text) for q in quotes] == [
        ("pleads", "the berth was never safe for ships."),
        ("accused", "ignoring every warning they were given")]
    assert {q.speaker.name for q in quotes if q.speaker} == {"Port Authority"}


def test_reported_clause_then_a_quoted_sentence_are_two_quotes():
    text = 'Lena Park said the depot would open in May, "We have hired all the drivers we need."'
    quotes = extract_quotes(text)
    assert [(q.kind, q.rule, q.content.text) for q in quotes] == [
        ("indirect", "quote.indirect", "the depot would open in May"),
        ("direct", "quote.direct_before", "We have hired all the drivers we need.")]
    assert [q.cue.text for q in quotes if q.cue] == ["said", "said"]
    assert {q.speaker.name for q in quotes if q.speaker} == {"Lena Park"}


def test_a_mark_spaced_on_the_wrong_side_still_opens_a_quote():
    text = ('Lena Park said kits would go to every school and library," For example, '
            'pupils can vote on their own designs". Designs are due in June.')
    quotes = extract_quotes(text)
    assert [(q.kind, q.content.text) for q in quotes] == [
        ("indirect", "kits would go to every school and library"),
        ("direct", "For example, pupils can vote on their own designs")]
    assert {q.speaker.name for q in quotes if q.speaker} == {"Lena Park"}


def test_calling_after_a_reported_clause_keeps_its_speaker():
    text = ('Senator Ann Ruiz spoke next. She said the Greens had "feigned shock", '
            'calling their response "righteous indignation and theatre".')
    quotes = extract_quotes(text)
    assert [(q.kind, q.rule, q.cue.text if q.cue else None, q.content.text) for q in quotes] == [
        ("mixed", "quote.indirect", "said", 'the Greens had "feigned shock"'),
        ("mixed", "quote.naming", "calling", "righteous indignation and theatre")]
    assert [q.speaker.name for q in quotes if q.speaker] == ["Ann Ruiz", "Ann Ruiz"]


def test_according_to_keeps_a_name_with_an_age_in_the_content():
    (q,) = extract_quotes("According to police, Jonas Berg, 45, was arrested on Monday.")
    assert q.content.text == "Jonas Berg, 45, was arrested on Monday"
    assert q.speaker is not None and q.speaker.name == "police"


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote(text):
    assert extract_quotes(text) == ()


def test_split_quote_has_two_parts_and_one_speaker():
    (q,) = extract_quotes('"The bridge," said Lindqvist, "will reopen in May."')
    assert q.rule == "quote.direct_split"
    assert [p.text for p in q.parts] == ["The bridge,", "will reopen in May."]
    assert q.content == q.parts[0]
    assert q.speaker is not None and q.speaker.text == "Lindqvist"


def test_surname_and_pronoun_resolve_to_the_full_name():
    text = ("Transport Secretary Lena Park visited the depot. "
            '"We are on schedule," Park said. She said the trains were ready.')
    names = [q.speaker.name for q in extract_quotes(text) if q.speaker]
    assert names == ["Lena Park", "Lena Park"]


def test_role_noun_resolves_to_the_named_person():
    text = ("Foreign Minister Omar Haddad met his counterpart. "
            "The minister said the talks were useful.")
    (q,) = extract_quotes(text)
    assert (q.speaker.text, q.speaker.name) == ("The minister", "Omar Haddad")


def test_unattributed_sentence_continues_the_previous_speaker():
    text = ('Lena Park spoke to the press. "We will not stop until the line is open," she said. '
            '"Nobody wants another delay on this route."')
    quotes = extract_quotes(text)
    assert [q.rule for q in quotes] == ["quote.direct_after", "quote.continuation"]
    assert quotes[1].speaker == quotes[0].speaker
    assert quotes[1].speaker.name == "Lena Park"


def test_quote_over_paragraphs_reopened_on_each():
    text = ('Lena Park spoke first.\n\n"We are ready. The trains are ready.\n\n'
            '"The staff are ready too," she said.')
    quotes = extract_quotes(text)
    assert [q.content.text for q in quotes] == [
        "We are ready. The trains are ready.", "The staff are ready too,"]
    assert {q.speaker.name for q in quotes} == {"Lena Park"}


def test_participial_adding_keeps_the_speaker():
    quotes = extract_quotes("Haddad said the clinic was ready, adding that staff had been hired.")
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("said", "the clinic was ready"), ("adding", "staff had been hired")]
    assert {q.speaker.text for q in quotes} == {"Haddad"}


def test_second_that_clause_is_a_second_quote():
    quotes = extract_quotes("Haddad said that the clinic was ready and that staff had been hired.")
    assert [q.content.text for q in quotes] == ["the clinic was ready", "staff had been hired"]


def test_unbalanced_mark_does_not_derail_the_next_paragraph():
    text = 'A stray " mark sits here.\n\n"The plan works," Haddad said.'
    (q,) = extract_quotes(text)
    assert q.content.text == "The plan works,"


def test_pronoun_with_no_antecedent_gives_no_speaker():
    (q,) = extract_quotes('"We are ready," she said.')
    assert q.speaker is None
    assert q.cue is not None and q.cue.text == "said"


def test_user_can_add_a_reporting_verb():
    text = "Omar Haddad opined the clinics were too small."
    assert extract_quotes(text) == ()
    config = Config().extend("speech_verbs", ["opined"])
    (q,) = extract_quotes(text, config=config)
    assert q.cue is not None and q.cue.text == "opined"


def test_document_and_string_give_the_same_quotes():
    text = '"We are ready," said Anna Lindqvist. Police said the road was closed.'
    assert extract_quotes(Document(text)) == extract_quotes(text)


def test_quotes_come_in_text_order():
    text = ("Police said the road was closed. "
            '"We are ready," said Anna Lindqvist. Haddad said the clinic was ready.')
    starts = [q.start for q in extract_quotes(text)]
    assert starts == sorted(starts) and len(starts) == 3


def test_bad_input_type():
    with pytest.raises(TypeError):
        extract_quotes(b"bytes")  # type: ignore[arg-type]


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        extract_quotes(text)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("unit", [
    '"We are ready," said Anna Lindqvist. ',
    'Haddad said that the clinic was ready, adding that "staff had been hired". ',
    '"""""" ',
    "A B C D E F G H I J K L M N O P ",
    ",,,,,,,,,, said said said ",
    "the official said the official said ",
    '"open quote without end ',
])
def test_time_grows_linearly(unit):
    small, large = unit * 500, unit * 2000
    big = _cost(large)
    ratio = big / max(_cost(small), 1e-6)
    # 4x the text: about 4x the time, never 16x (timings under 50 ms are too noisy to compare)
    assert big < 0.05 or ratio < 10, ratio
