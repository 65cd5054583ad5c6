"""Broadcast transcripts: programme intros, sign-offs, credits and word lists are not news.

Radio and television scripts published as text (a news programme, a learner's news report)
frame the story with the programme's own lines: "From ... this is the Science report", "I'm
<reporter>.", "<reporter>, <network> News, <city>.", "<writer> wrote this story for ...", a
list of "Words in This Story" with their meanings, and a call to write in.  None of that is
the story: not its lead, not a key point, not an actor, a quote, a figure or a date.  The
reports here were written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsstruct import summarize
from newsstruct.model import Summary

PUBLISHED = dt.date(2024, 5, 10)  # a Friday

SCIENCE = (
    "From VOA Learning English, this is the Science in the News report.\n\n"
    "Researchers in Brazil say a common garden plant may help farmers fight a pest that destroys corn crops.\n\n"
    "The team tested the plant on 40 small farms near Campinas between March and June. Crop losses fell by about 30 percent on the farms that grew the plant, the researchers said on Tuesday.\n\n"
    '"We did not expect such a large effect," lead researcher Paula Mendes told VOA. She said the plant releases a smell that keeps the insects away.\n\n'
    "The Brazilian Agriculture Ministry said it would study the results. A ministry spokesman said officials plan to test the method on 200 farms next year.\n\n"
    'Some experts are not so sure. Carlos Ruiz, a crop scientist at the University of Sao Paulo, said the study was too small. "We need more data before farmers change what they do," he said.\n\n'
    "I'm Tom Harlow.\n\n"
    "Tom Harlow wrote this story for VOA Learning English. Reuters contributed to this report. Ann Brooks was the editor.\n\n"
    "_______________________________________________\n\n"
    "Words in This Story\n\n"
    "pest – n. an insect or small animal that is harmful to plants\n\n"
    "crop – n. a plant or plant product that is grown by farmers\n\n"
    "Now it's your turn. What do you think of the study? Write to us in the comments section.\n"
)

FLOODS = (
    "Hello and welcome to World Radio News. I'm Maria Lopez in Washington.\n\n"
    "Officials in Kenya say heavy rains have forced more than 12,000 people from their homes in the past week.\n\n"
    "The Kenya Red Cross said Monday that at least 15 people have died in floods in the western part of the country. Rescue teams are still searching for two missing children, the group said.\n\n"
    "World Radio's David Ochieng reports from Nairobi.\n\n"
    "Water covered roads and farms in Kisumu County over the weekend. Local resident Grace Atieno said her family lost everything.\n\n"
    '"The water came in the night. We ran with nothing," she said.\n\n'
    "Interior Minister Samuel Kariuki told reporters the government would send food and tents to the area by Friday. He said the rains are expected to continue until the end of May.\n\n"
    "Kariuki also urged people living near rivers to move to higher ground.\n\n"
    "David Ochieng, World Radio News, Nairobi.\n\n"
    "The United Nations says this year's rains are stronger than usual because of warmer ocean waters. It has asked donors for $40 million to help families in East Africa.\n\n"
    "That's the news for now. For more, visit our website.\n"
)

RICE = (
    "From Radio Meridian, this is the Economics Report.\n\n"
    "The price of rice in Asia rose to its highest level in 15 years last month, after India limited its exports.\n\n"
    "India is the world's biggest rice exporter. In July, the government banned most exports of white rice to keep prices low at home.\n\n"
    "The Food and Agriculture Organization, or FAO, said its rice price index rose 9.8 percent in August. The United Nations agency said the increase could hurt poor families who spend much of their income on food.\n\n"
    "Shirley Mustafa is a rice market expert at the FAO. She told Reuters news agency that buyers are worried.\n\n"
    '"Importers are looking for other suppliers, but there is not much rice available," Mustafa said.\n\n'
    "Thailand and Vietnam, the next two biggest exporters, have seen strong demand. Thai exporters said prices for their rice increased by about 15 percent since July.\n\n"
    "Some countries are taking action. The Philippines said on Friday it would limit the price of rice in stores for 30 days.\n\n"
    "I'm Peter Marsh Jr.\n\n"
    "Peter Marsh Jr. adapted this story for Radio Meridian based on reports from Reuters and the Associated Press.\n\n"
    "___________________________________________\n\n"
    "Words in This Story\n\n"
    "export – v. to send a product to be sold in another country\n\n"
    "index – n. a number that shows the level of prices\n\n"
    "supplier – n. a company that sells something to another company\n"
)

CAMP = (
    "Nearly a year after the earthquake, many families in southern Turkey are still living in container homes. VOA's Yasin Yilmaz visited one camp in Hatay province.\n\n"
    "In this camp outside Antakya, about 3,000 people live in rows of white containers.\n\n"
    "Ayse Demir, her husband and their three children share one room.\n\n"
    '"In winter it is cold, in summer it is very hot," she says. "But we are alive."\n\n'
    "Camp manager Mehmet Kaya says the government has promised permanent homes by the end of the year.\n\n"
    '"Construction has started on 20,000 apartments in the province," he says.\n\n'
    "Officials say more than 50,000 people died in the February 6 earthquakes, which also killed about 6,000 people in neighboring Syria.\n\n"
    "Yasin Yilmaz, VOA News, Hatay, Turkey.\n"
)

TRENDING = (
    "This is What's Trending Today.\n\n"
    "A video of a dog riding a skateboard through the streets of Lima, Peru, has been watched more than 5 million times this week.\n\n"
    "The dog, named Otto, belongs to a local surfing teacher, Luis Paredes. He told the newspaper El Comercio that Otto learned to ride the board when he was two years old.\n\n"
    '"He just jumped on it one day and did not want to get off," Paredes said.\n\n'
    'Many people who watched the video wrote comments online. One person wrote, "This made my day." Another said Otto rides better than most people.\n\n'
    'Peru\'s tourism office shared the video on Wednesday and called Otto "a star of Lima."\n\n'
    "And that's What's Trending Today.\n\n"
    "I'm Ben Carver.\n\n"
    "Ben Carver wrote this story for Learning English. Lin Tran was the editor.\n\n"
    "Words in This Story\n\n"
    "skateboard - n. a short board on wheels that a person stands on and rides\n\n"
    "comment - n. a written or spoken statement that gives an opinion\n\n"
    "What do you think of Otto? Tell us in the Comments section and visit our Facebook page.\n"
)

REPORTS = {"science": SCIENCE, "floods": FLOODS, "rice": RICE, "camp": CAMP, "trending": TRENDING}


def _summary(text: str) -> Summary:
    return summarize(text, published=PUBLISHED)


def _sentence_of(text: str, start: int) -> str:
    """The paragraph line around ``start`` (the reports keep one paragraph per line)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return text[lo : hi if hi >= 0 else len(text)]


# Lines of the programme, not of the story: no item of a summary may come from them.
PROGRAMME_LINES = {
    "science": [
        "From VOA Learning English, this is the Science in the News report.",
        "I'm Tom Harlow.",
        "Tom Harlow wrote this story for VOA Learning English.",
        "Words in This Story",
        "pest – n. an insect",
        "crop – n. a plant",
        "Now it's your turn.",
    ],
    "floods": [
        "Hello and welcome to World Radio News.",
        "I'm Maria Lopez in Washington.",
        "David Ochieng, World Radio News, Nairobi.",
        "That's the news for now.",
    ],
    "rice": [
        "From Radio Meridian, this is the Economics Report.",
        "I'm Peter Marsh Jr.",
        "Peter Marsh Jr. adapted this story",
        "export – v. to send",
        "index – n. a number",
        "supplier – n. a company",
    ],
    "camp": ["Yasin Yilmaz, VOA News, Hatay, Turkey."],
    "trending": [
        "This is What's Trending Today.",
        "And that's What's Trending Today.",
        "I'm Ben Carver.",
        "Ben Carver wrote this story",
        "skateboard - n. a short board",
        "comment - n. a written",
        "What do you think of Otto?",
    ],
}


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("science", "Researchers in Brazil say"),
        ("floods", "Officials in Kenya say"),
        ("rice", "The price of rice in Asia rose"),
        ("camp", "Nearly a year after the earthquake"),
        ("trending", "A video of a dog"),
    ],
)
def test_the_lead_skips_the_programme_intro(name: str, opening: str) -> None:
    summary = _summary(REPORTS[name])
    assert summary.lead is not None
    assert summary.lead.text.startswith(opening)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_no_key_point_is_a_programme_line(name: str) -> None:
    text = REPORTS[name]
    summary = _summary(text)
    assert summary.key_points
    for point in summary.key_points:
        for line in PROGRAMME_LINES[name]:
            assert line not in point.text, point.text


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_no_quote_figure_or_date_comes_from_a_programme_line(name: str) -> None:
    text = REPORTS[name]
    summary = _summary(text)
    items = [
        *(q.content for q in summary.quotes),
        *summary.quantities,
        *summary.dates,
    ]
    for item in items:
        line = _sentence_of(text, item.start)
        assert not any(line.startswith(p) or p.startswith(line) for p in PROGRAMME_LINES[name]), (
            item.text,
            line,
        )


@pytest.mark.parametrize(
    ("name", "not_actors"),
    [
        ("science", {"Science", "News", "Tom Harlow", "Ann Brooks", "VOA Learning English"}),
        ("floods", {"World Radio News", "Maria Lopez", "David Ochieng"}),
        ("rice", {"Economics Report", "Radio Meridian", "Peter Marsh Jr."}),
        ("trending", {"Ben Carver", "Lin Tran"}),
    ],
)
def test_presenters_writers_and_programmes_are_not_actors(name: str, not_actors: set[str]) -> None:
    summary = _summary(REPORTS[name])
    names = {a.name for a in summary.actors}
    assert not names & not_actors


def test_a_newspaper_told_and_an_animal_are_not_actors() -> None:
    names = {a.name for a in _summary(TRENDING).actors}
    assert not names & {"El Comercio", "Otto"}


@pytest.mark.parametrize(
    ("name", "opening", "speaker"),
    [
        # "the group said" after "The Kenya Red Cross said ..."
        ("floods", "Rescue teams", "Kenya Red Cross"),
        # "she says" after a woman named with her family, not the reporter named before
        ("camp", "In winter", "Ayse Demir"),
    ],
)
def test_a_speaker_named_by_a_description_or_pronoun(name: str, opening: str, speaker: str) -> None:
    summary = _summary(REPORTS[name])
    quote = next(q for q in summary.quotes if q.content.text.startswith(opening))
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_date_inside_reported_speech_stays_in_the_content() -> None:
    summary = _summary(FLOODS)
    quote = next(q for q in summary.quotes if q.cue is not None and q.cue.text == "says")
    assert quote.content.text.startswith("this year's rains")


def test_a_counted_noun_after_an_adjective() -> None:
    summary = _summary(FLOODS)
    figure = next(q for q in summary.quantities if q.value == 2)
    assert figure.entity is not None
    assert figure.entity.split()[-1] == "children"


def test_a_month_range_lies_in_one_year() -> None:
    summary = _summary(SCIENCE)
    values = {d.text: d.value for d in summary.dates}
    assert values["March"] == "2024-03"
    assert values["June"] == "2024-06"


def test_a_state_of_things_has_no_agent() -> None:
    summary = _summary(RICE)
    assert "Asia" not in {a.name for a in summary.actors}
    event = next(e for e in summary.events if e.date.text == "last month")
    assert event.actors == ()


def test_the_government_is_the_country_named_before() -> None:
    summary = _summary(RICE)
    event = next(e for e in summary.events if e.date.text == "July" and "banned" in e.text)
    assert event.actors in ((), ("India",))


def test_the_people_listed_after_a_name_are_not_its_role() -> None:
    actors = {a.name: a for a in _summary(CAMP).actors}
    assert actors["Ayse Demir"].role is None
