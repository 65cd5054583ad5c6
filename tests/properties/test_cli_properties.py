"""The command line gives the same JSON as the library, for any text."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from newsstruct import summarize
from newsstruct._cli import main
from tests.properties.strategies import dates, news_like_text


def run_on_stdin(text: str, argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with mock.patch.object(sys, "stdin", io.StringIO(text)), contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


@given(news_like_text, st.none() | dates)
def test_summarize_command_is_the_library(text: str, published: dt.date | None) -> None:
    argv = ["summarize", "-", "--compact"]
    if published is not None:
        argv += ["--published", published.isoformat()]
    code, out = run_on_stdin(text, argv)
    assert code == 0
    assert out.endswith("\n") and out.count("\n") == 1
    assert json.loads(out) == summarize(text, published=published).to_dict()


@given(news_like_text | st.text(alphabet="a .\"\n\r\t\x85\u2028\u2029é"))
def test_batch_command_is_the_library(text: str) -> None:
    record = json.dumps({"text": text, "title": "T"})
    code, out = run_on_stdin(record + "\n" + record + "\n", ["batch", "--jsonl", "-"])
    assert code == 0
    expected = summarize(text, title="T").to_dict()
    assert [json.loads(line) for line in out.splitlines()] == [expected, expected]
