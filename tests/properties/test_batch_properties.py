"""summarize_many: one result per record, in order, equal to summarize or to its error."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import summarize
from newsstruct.batch import summarize_many
from tests.properties.strategies import dates, news_like_text

published = st.none() | dates.map(str) | st.sampled_from(["", "soon", "2021-02-30"])
records = st.lists(
    st.one_of(
        news_like_text,
        st.fixed_dictionaries(
            {"text": news_like_text | st.binary(max_size=5) | st.none()},
            optional={"published": published, "title": st.none() | st.text(max_size=5),
                      "id": st.integers()},
        ),
        st.none() | st.integers() | st.lists(st.text(max_size=3), max_size=2),
    ),
    max_size=12,
)


def expected(record: Any) -> tuple[bool, Any]:
    """What summarize itself says about the record: (True, Summary) or (False, error)."""
    try:
        if isinstance(record, str):
            return True, summarize(record)
        if not isinstance(record, dict):
            return False, None
        return True, summarize(record["text"], published=record.get("published"),
                               title=record.get("title"))
    except (TypeError, ValueError) as exc:
        return False, f"{type(exc).__name__}: {exc}"


@given(records)
def test_in_process_results_mirror_summarize(batch: list[Any]) -> None:
    results = list(summarize_many(batch))
    assert [r.index for r in results] == list(range(len(batch)))
    for record, result in zip(batch, results, strict=True):
        ok, value = expected(record)
        assert result.ok is ok
        if ok:
            assert result.summary == value and result.error is None
        else:
            assert result.summary is None and result.error
            if value is not None:
                assert result.error == value
        assert result.id == (record.get("id") if isinstance(record, dict) else None)


@settings(max_examples=10)
@given(records, st.integers(1, 4))
def test_pool_gives_the_in_process_results(batch: list[Any], chunksize: int) -> None:
    assert list(summarize_many(batch, workers=2, chunksize=chunksize)) == list(
        summarize_many(batch)
    )
