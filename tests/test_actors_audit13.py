"""Actors in the shapes wire reports write them: airlines and a body's branch in a state,
stock indexes, military ranks and units, a news agency named by its acronym, a paper's title
before "reports", a sentence adverb before a name, "it" after a plural source."""

from __future__ import annotations

from newsstruct import summarize


def _summary(text: str):  # type: ignore[no-untyped-def]
    return summarize(text, published="2026-03-10")


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in _summary(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _summary(text).quotes]


def test_air_airline_is_an_organisation() -> None:
    text = (
        "Air Ruritania said on Monday it would cancel 40 flights.\n\n"
        "Elbonian Air said the strike would not affect its own routes."
    )
    actors = _actors(text)
    assert actors["Air Ruritania"] == "organisation"
    assert actors["Elbonian Air"] == "organisation"


def test_branch_in_a_state_is_an_organisation() -> None:
    text = (
        "Cancer Aid UK says the new test misses about half of early cancers. It also says "
        "doctors should not rely on it alone. Experts say more study is needed. It adds that "
        "the test is cheap."
    )
    assert _actors(text)["Cancer Aid UK"] == "organisation"
    assert _speakers(text) == ["Cancer Aid UK", "Cancer Aid UK", "Experts", "Cancer Aid UK"]


def test_stock_index_is_no_actor() -> None:
    text = (
        "Asian markets fell on Monday. Japan's Nikkei 225 fell 2.1 percent and the Kospi lost "
        "1.4 percent. Dealers said the Nikkei would stay weak."
    )
    actors = _actors(text)
    assert not any(name.startswith(("Nikkei", "Kospi")) for name in actors)


def test_grade_of_a_rank_is_no_part_of_the_name() -> None:
    text = "Sergeant First Class Dana Wells said the order came from the top."
    assert "Dana Wells" in _actors(text)
    assert _speakers(text) == ["Dana Wells"]


def test_military_unit_is_no_person() -> None:
    text = (
        "Colonel Ray Dunmore of the 18th Mountain Regiment said the road was open on Monday. "
        "He said the soldiers were safe."
    )
    actors = _actors(text)
    assert actors.get("Mountain Regiment") != "person"
    summary = _summary(text)
    he = [a.name for a in summary.actors if any(s.text == "He" for s in summary.actors[0].spans)]
    assert he == ["Ray Dunmore"] or "Ray Dunmore" in he


def test_sentence_adverb_is_no_part_of_the_name() -> None:
    text = "Officials denied the report. Actually Tom Brandt said he saw the letter himself."
    actors = _actors(text)
    assert "Tom Brandt" in actors
    assert "Actually Tom Brandt" not in actors


def test_acronym_names_the_news_agency() -> None:
    text = "Kenya's official KNA news agency said the talks would resume on Monday."
    assert _speakers(text) == ["KNA news agency"]
    assert "KNA" in _actors(text)


def test_paper_title_before_reports() -> None:
    text = "The Guardian reports that the minister will resign on Friday."
    assert _speakers(text) == ["Guardian"]


def test_ampersand_joins_one_name() -> None:
    text = "Brandt & Vogel said on Monday it would close two stores."
    assert "Brandt & Vogel" in _actors(text)
    assert _speakers(text) == ["Brandt & Vogel"]


def test_party_and_state_tag_is_no_actor() -> None:
    text = (
        "The rules were used against Majority Leader Tom Avery (R-TX). The committee found "
        "that he had done favors for donors."
    )
    actors = _actors(text)
    assert "R-TX" not in actors
    assert "Tom Avery" in actors


def test_bare_court_stays_the_agent() -> None:
    text = "Acme Corp sued the city. The court ruled on Friday that the law was illegal."
    summary = _summary(text)
    assert [e.actors for e in summary.events] == [("court",)]


def test_republic_of_a_country_is_one_name() -> None:
    text = "The Democratic Republic of the Congo said on Monday it would send troops."
    actors = _actors(text)
    assert "Democratic Republic" not in actors
    assert "Democratic Republic of the Congo" in actors


def test_title_to_the_treasury_before_the_name() -> None:
    text = "British Financial Secretary to the Treasury Mark Hoyle said the tax would rise."
    assert _speakers(text) == ["Mark Hoyle"]


def test_programme_closing_line_names_nobody() -> None:
    text = (
        "Doctors say walking every day helps the heart.\n\n"
        "And that's the Health & Lifestyle report. I'm Anna Reyes."
    )
    assert "Lifestyle" not in _actors(text)


def test_example_in_a_list_does_not_act() -> None:
    text = "Studies in journals including Social Review & Health have found the remedy useless."
    assert _actors(text) == {}


def test_dash_glued_to_an_agent() -> None:
    text = (
        "Ruritania changed its name in 1989--a change recognized by the United Nations--many "
        "governments still use the old name."
    )
    assert "United Nations--many" not in _actors(text)


def test_short_name_is_the_body_named_with_of() -> None:
    text = (
        "Members of the House of Representatives proposed a bill on Monday. House Republicans "
        "backed it. The House voted on Tuesday, and the House passed it on Wednesday."
    )
    actors = _actors(text)
    assert "House" not in actors
    assert "House of Representatives" in actors


def test_dateline_place_in_capitals_is_no_actor() -> None:
    text = "WASHINGTON (AP) The Senate on Wednesday confirmed Ann Rowe as secretary of state."
    assert "WASHINGTON" not in _actors(text)
