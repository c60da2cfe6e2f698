"""Terminal output: a progress bar only on a terminal; tables aligned with Chinese text."""

from __future__ import annotations

import io

from jindu.terminal import progress, table, width


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal() -> None:
    stream = FakeTerminal()
    assert list(progress(list(range(10)), "demo values", stream)) == list(range(10))
    assert "demo values [" in stream.getvalue() and "10/10" in stream.getvalue()


def test_progress_is_silent_when_output_is_not_a_terminal() -> None:
    stream = io.StringIO()
    assert list(progress(list(range(10)), "demo values", stream)) == list(range(10))
    assert stream.getvalue() == ""


def test_table_columns_line_up_with_chinese_text() -> None:
    lines = table(
        ["代码", "指标", "完成率%"],
        [["A01", "培育高新技术企业", "55.26"], ["F01", "每万人发明专利拥有量", "92.50"]],
        numeric={2},
    ).splitlines()
    # every line ends at the same screen column, CJK characters counting two
    assert len({width(line) for line in lines}) == 1
    assert lines[2].endswith("55.26") and lines[3].endswith("92.50")
