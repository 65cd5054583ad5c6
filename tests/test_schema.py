"""The JSON Schema shipped in the package, checked against the model and real outputs."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest

import newsstruct
from newsstruct import model
from tests.samples import harbour_summary

VALIDATOR = jsonschema.Draft202012Validator(
    newsstruct.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def errors(data: Any) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = newsstruct.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": model.SCHEMA_VERSION}


def test_schema_is_shipped_as_package_data_and_returned_fresh() -> None:
    shipped = resources.files("newsstruct").joinpath("schema.json").read_text("utf-8")
    assert json.loads(shipped) == newsstruct.schema()
    first = newsstruct.schema()
    first["properties"].clear()
    assert newsstruct.schema()["properties"], "schema() must return a fresh copy"


DEFS = {
    "span": model.Span,
    "quantity": model.Quantity,
    "date": model.DateMention,
    "speaker": model.Speaker,
    "quote": model.Quote,
    "event": model.Event,
    "key_point": model.KeyPoint,
    "note": model.Note,
}


@pytest.mark.parametrize(("name", "cls"), sorted(DEFS.items()))
def test_schema_lists_exactly_the_fields_to_dict_writes(name: str, cls: type) -> None:
    definition = newsstruct.schema()["$defs"][name]
    fields = [f.name for f in attrs.fields(cls)]
    assert list(definition["properties"]) == fields
    assert definition["required"] == fields
    assert definition["additionalProperties"] is False


def test_schema_top_level_and_actor_fields() -> None:
    schema = newsstruct.schema()
    s = harbour_summary().to_dict()
    assert list(schema["properties"]) == list(s)
    assert list(schema["$defs"]["actor"]["properties"]) == list(s["actors"][0])


@pytest.mark.parametrize(
    ("path", "choices"),
    [
        (("quantity", "qualifier"), model.QUALIFIERS),
        (("quote", "kind"), model.QUOTE_KINDS),
        (("date", "granularity"), model.GRANULARITIES | {None}),
        (("date", "relation"), model.RELATIONS | {None}),
    ],
)
def test_schema_enums_match_the_model(path: tuple[str, str], choices: frozenset[Any]) -> None:
    enum = newsstruct.schema()["$defs"][path[0]]["properties"][path[1]]["enum"]
    assert set(enum) == set(choices)
    assert len(enum) == len(set(enum))


def test_hand_made_summary_with_every_item_kind_is_valid() -> None:
    data = harbour_summary().to_dict()
    assert errors(data) == []
    assert all(data[key] for key in ("quantities", "dates", "quotes", "events", "actors"))


ARTICLES = [
    ("", None),
    ("   \n\n  ", "2021-04-22"),
    ("Officials met on Tuesday.", "2021-04-22"),
    ("The ministry said on March 3 that more than 60 ships and about 1,200 sailors had "
     "returned, a 4.5% drop from last year.", "2021-04-22"),
    ("\u201cWe are ready,\u201d the spokesman said. \u201cThe talks,\u201d he added, "
     "\u201cwill resume on Friday.\u201d", "2020-02-29"),
    ("Dock workers ended a nine-day strike. The deal will cost $3.2 million a year, "
     "said port director Henrik Aalto.\n\nTalks resume next week.", None),
    ("LONDON (Reuters) \u2014 Prices rose 2% in 2019 and fell in the 1990s.", "2021-01-01"),
]


@pytest.mark.parametrize(("text", "published"), ARTICLES)
def test_real_summaries_are_valid(text: str, published: str | None) -> None:
    summary = newsstruct.summarize(text, published=published, title="A title")
    data = summary.to_dict()
    assert errors(data) == []
    assert errors(json.loads(summary.to_json())) == []


def test_example_article_summary_is_valid() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "israel-housing-protests.txt"
    if not path.exists():  # pragma: no cover - running against an installed wheel
        pytest.skip("no examples directory")
    summary = newsstruct.summarize(path.read_text("utf-8"), published="2011-07-24")
    assert errors(summary.to_dict()) == []


def _mutated(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(harbour_summary().to_dict())
    change(data)
    return data


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d["quantities"][0].update(qualifier="lots"), id="bad-qualifier"),
        pytest.param(lambda d: d["quantities"][0].update(value="9"), id="number-as-string"),
        pytest.param(lambda d: d.update(published="None"), id="None-as-string"),
        pytest.param(lambda d: d.update(published="22/04/2021"), id="not-iso-date"),
        pytest.param(lambda d: d["quotes"][0].update(kind="said"), id="bad-quote-kind"),
        pytest.param(lambda d: d["dates"][0].update(granularity="hour"), id="bad-granularity"),
        pytest.param(lambda d: d["dates"][0].update(relation="around"), id="bad-relation"),
        pytest.param(lambda d: d["dates"][0].pop("rule"), id="missing-field"),
        pytest.param(lambda d: d["events"][0].update(extra=1), id="unknown-field"),
        pytest.param(lambda d: d["quotes"][0]["content"].update(start=-1), id="negative-offset"),
        pytest.param(lambda d: d["quotes"][0]["speaker"].update(name=3), id="name-not-string"),
        pytest.param(lambda d: d.update(schema_version="2"), id="other-schema-version"),
        pytest.param(lambda d: d["actors"][0].update(mentions=1.5), id="fractional-count"),
        pytest.param(lambda d: d["key_points"][0]["features"].update(x="1"), id="feature-str"),
        pytest.param(lambda d: d.update(lead="Dock workers"), id="lead-not-a-span"),
    ],
)
def test_schema_rejects_broken_output(change: Any) -> None:
    assert errors(_mutated(change)) != []


def test_schema_accepts_nulls_where_the_model_has_none() -> None:
    data = _mutated(lambda d: d.update(published=None, lead=None, title=None))
    data["quotes"][0].update(cue=None, speaker=None)
    data["dates"][0].update(value=None, granularity=None, relation=None, first=None, last=None)
    data["quantities"][0].update(value=None, unit=None, entity=None)
    assert errors(data) == []
    assert model.Summary.from_dict(data).to_dict() == data
