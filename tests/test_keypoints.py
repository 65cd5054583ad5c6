"""Key points: ranked sentences with their scores and features."""

from __future__ import annotations

import pytest

from newsstruct import Document, summarize
from newsstruct._keypoints import WEIGHTS, Facts, candidates, rank, select
from newsstruct.model import Quantity, Quote, Span, Speaker

ARTICLE = (
    "Monday, March 2, 2020\n\n"
    "The city council voted on Monday to close the old bridge. "
    "The bridge opened in 1931. "
    "Engineers found 40 cracks in the bridge last month. "
    "Mayor Ana Ruiz said the council had no choice. "
    "It is painted green."
)


def test_lead_comes_first_and_scores_are_descending() -> None:
    s = summarize(ARTICLE, published="2020-03-02", key_points=5)
    assert s.key_points[0].text == "The city council voted on Monday to close the old bridge."
    scores = [k.score for k in s.key_points]
    assert scores == sorted(scores, reverse=True)
    assert len(s.key_points) == 5


def test_every_key_point_is_a_sentence_of_the_document() -> None:
    s = summarize(ARTICLE, published="2020-03-02")
    sentences = {(x.start, x.end) for x in Document(ARTICLE).sentences}
    for k in s.key_points:
        assert (k.start, k.end) in sentences
        assert ARTICLE[k.start : k.end] == k.text


def test_the_dateline_is_never_a_key_point() -> None:
    s = summarize(ARTICLE, published="2020-03-02", key_points=10)
    assert all("2020" not in k.text for k in s.key_points)


def test_count_is_configurable() -> None:
    assert len(summarize(ARTICLE, key_points=2).key_points) == 2
    assert summarize(ARTICLE, key_points=0).key_points == ()
    with pytest.raises(ValueError, match="key_points"):
        summarize(ARTICLE, key_points=-1)


def test_features_are_reported_and_add_up_to_the_score() -> None:
    s = summarize(ARTICLE, published="2020-03-02")
    for k in s.key_points:
        features = k.feature_map
        assert set(features) <= set(WEIGHTS)
        assert k.score == pytest.approx(sum(WEIGHTS[f] * v for f, v in features.items()), abs=1e-5)


def test_facts_raise_a_sentence() -> None:
    doc = Document("Talks began. The weather was mild. Officials said 300 troops left. Rain fell.")
    plain = rank(doc, Facts(lead=doc.sentences[0]), count=4)
    third = doc.sentences[2]
    quantity = Quantity(
        third.start + 14, third.start + 25, "300 troops", value=300, entity="troops"
    )
    quote = Quote(
        third.start,
        third.end,
        third.text,
        kind="indirect",
        content=Span(third.start + 15, third.end - 1, third.text[15:-1]),
        speaker=Speaker(third.start, third.start + 9, "Officials", name="Officials"),
    )
    rich = rank(doc, Facts(lead=doc.sentences[0], quantities=[quantity], quotes=[quote]), count=4)
    position = lambda ranked: [k.text for k in ranked].index(third.text)  # noqa: E731
    assert position(rich) < position(plain)
    assert dict(rich[position(rich)].features)["new_figures"] == 1.0
    assert dict(rich[position(rich)].features)["new_speaker"] == 1.0


def test_ties_are_broken_by_position() -> None:
    doc = Document("Same words here. Same words here. Same words here.")
    ranked = rank(doc, Facts(), count=3)
    assert [k.start for k in ranked] == sorted(k.start for k in ranked) or (
        ranked[0].score > ranked[1].score
    )
    again = rank(doc, Facts(), count=3)
    assert ranked == again


STORY = (
    "The port authority said on Monday that 40 ships would move to the new harbour. "
    "The move will cost $2 billion, the authority said.\n\n"
    "The new harbour.\n\n"
    "However, the old harbour will stay open. "
    "Is the harbour ready? "
    '"We have waited long enough. The ships are ready. Our crews are ready," '
    "harbour master Ana Ruiz said.\n\n"
    "The harbour was built in 1890. "
    "The port authority said on Monday that 40 ships would move to the new harbour soon."
)


def _facts(text: str) -> tuple[Document, Facts]:
    s = summarize(text, published="2020-03-02", key_points=0)
    facts = Facts(
        lead=s.lead,
        reference=s.published,
        quantities=s.quantities,
        dates=s.dates,
        quotes=s.quotes,
        actors=s.actors,
    )
    return Document(text), facts


def test_no_news_lines_are_marked_down() -> None:
    doc, facts = _facts(STORY)
    features = {c.sentence.text: c.features for c in candidates(doc, facts)}
    assert features["The new harbour."].get("verbless") == 1.0
    assert features["However, the old harbour will stay open."].get("connective") == 1.0
    assert features["Is the harbour ready?"].get("question") == 1.0
    assert features["The ships are ready."].get("in_quote") == 1.0
    assert features["The ships are ready."].get("timeless") == 1.0
    ranked = [k.text for k in rank(doc, facts, count=4)]
    assert "The new harbour." not in ranked
    assert "The ships are ready." not in ranked


def test_a_sentence_that_repeats_a_pick_is_marked_down() -> None:
    second = "The move will cost $2 billion, the authority said."
    again = Document(STORY + " " + second)
    _, more = _facts(again.text)
    copy = [k for k in rank(again, more, count=len(again.sentences)) if k.text == second]
    assert len(copy) == 2 and copy[1].feature_map["redundancy"] == pytest.approx(1.0)
    assert copy[1].score < copy[0].score
    scores = [k.score for k in rank(again, more, count=len(again.sentences))]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("text", [ARTICLE, STORY, STORY + " " + ARTICLE])
@pytest.mark.parametrize("count", [1, 3, 20])
def test_ranking_looks_only_where_it_must_and_finds_the_same(text: str, count: int) -> None:
    doc, facts = _facts(text)
    full = select(candidates(doc, facts), count)
    fast = rank(doc, facts, count)
    assert [(k.start, k.score, k.feature_map) for k in fast] == [
        (c.sentence.start, score, feats) for score, c, feats in full
    ]


def test_weights_can_be_given() -> None:
    doc, facts = _facts(STORY)
    late = {**WEIGHTS, "position": -3.0}
    ranked = rank(doc, facts, count=2, weights=late)
    assert facts.lead is not None and ranked[0].overlaps(facts.lead)
    assert ranked[1].start > rank(doc, facts, count=2)[1].start


@pytest.mark.parametrize(
    ("sentence", "timeless"),
    [
        ("The new flag is based on the old one and is partly blue.", True),
        ("Its members are not included in the count of the agency.", True),
        ("They are among the most persecuted groups of the region.", True),
        ("The new flag was based on the old one and is partly blue.", False),
        ("The agency counted its members in the spring of that year.", False),
        ("The first vote is to be held in the spring of next year.", False),
        ("The talks are set to resume after the holiday in the spring.", False),
    ],
)
def test_a_participle_after_is_or_are_is_no_past_tense(sentence: str, timeless: bool) -> None:
    assert _marked(sentence, "timeless") is timeless


def _marked(sentence: str, feature: str) -> bool:
    """Whether ``sentence``, after a news lead, has ``feature``."""
    text = "The port authority said on Monday that 40 ships would move. " + sentence
    doc, facts = _facts(text)
    features = {c.sentence.text: c.features for c in candidates(doc, facts)}
    return bool(features[sentence].get(feature))


def test_only_a_sentence_under_sixty_characters_is_brief() -> None:
    lead = "The port authority said on Monday that 40 ships would move to the new harbour."
    slight = "The move was approved by the council."
    full = "Shipowners will be offered US$7.69 per berth by the authority."
    doc, facts = _facts(f"{lead} {slight} {full}")
    features = {c.sentence.text: c.features for c in candidates(doc, facts)}
    assert len(slight) < 60 <= len(full)
    assert features[slight].get("brief") == 1.0
    assert "brief" not in features[full]


@pytest.mark.parametrize(
    ("sentence", "framing"),
    [
        ("The move comes after the council rejected the plan last week.", True),
        ("This came just two days after the mayor resigned from office.", True),
        ("His remarks come as the city faces a shortage of nurses.", True),
        ("The announcement comes amid talks between the two unions.", True),
        ("The decision came as a surprise to the shipowners of the port.", False),
        ("The mayor came to the harbour after the council met on Monday.", False),
        ("The bolt came loose after a worker failed to replace a washer.", False),
        ("The study was published in the journal Field Notes on Monday.", True),
        ("Their findings were published in a journal of the society.", True),
        ("The study found that the river was published in maps as a lake.", False),
    ],
)
def test_a_sentence_that_sets_the_news_in_context_is_framing(sentence: str, framing: bool) -> None:
    assert _marked(sentence, "framing") is framing


def test_framing_ranks_below_the_news_after_it() -> None:
    lead = "The port authority said on Monday that 40 ships would move to the new harbour."
    framing = "The move comes after the council rejected a plan to widen the old harbour."
    news = "The ships moved to the new harbour in the spring of that year."
    doc, facts = _facts(" ".join([lead, framing, news]))
    assert [k.text for k in rank(doc, facts, count=2)] == [lead, news]
    plain = {**WEIGHTS, "framing": 0.0}
    assert [k.text for k in rank(doc, facts, count=2, weights=plain)] == [lead, framing]
