"""Every person of a list that opens a clause acts, each with a remark in brackets after
the name. Examples written for the project."""

from __future__ import annotations

from newsstruct import summarize


def test_each_name_of_a_bracketed_list_acts() -> None:
    text = (
        "On Thursday, Ann Lee (Kent, Liberal), Tom Ray (Dover, Liberal) and Jo Oye "
        "(Deal, Labor) crossed the floor to vote against the bill."
    )
    names = {a.name for a in summarize(text, "2024-05-10").actors}
    assert {"Ann Lee", "Tom Ray", "Jo Oye"} <= names


def test_a_figure_in_brackets_makes_no_list_of_actors() -> None:
    text = (
        "Jobs grew in Health Services (up 600), Construction (up 400) and Mining (up 300) "
        "while wages fell, Ann Lee said."
    )
    names = {a.name for a in summarize(text, "2024-05-10").actors}
    assert "Construction" not in names and "Mining" not in names
