"""The language switch of the `jindu` command: `jindu --lang en|zh COMMAND …`, with
JINDU_LANGUAGE as the default. English turns the tables, labels and errors English; Chinese (the
default) reads as it always has; JSON and CSV keys are the same in both.

The switch is tested in real processes against a demo database of their own (built once for the
module); the commands' own wording in-process, with the language active as the switch makes it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import translation

from jindu import cli

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
PROGRESS = ["progress", "--unit", "开平市", "--period", "2016-03", "--lever", "A"]
RANK = ["rank", "--parent", "江门市", "--period", "2016-03"]


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a `jindu` process with the demo loaded in its own data directory."""
    env = {**os.environ, "JINDU_DATA_DIR": str(tmp_path_factory.mktemp("demo"))}
    env.pop("JINDU_DATABASE_URL", None)
    env.pop("JINDU_LANGUAGE", None)
    jindu(env, "init", "--demo").check_returncode()
    return env


def jindu(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jindu.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def columns(line: str) -> list[str]:
    """The cells of a table line (cells are two or more spaces apart)."""
    return re.split(r"\s{2,}", line.strip())


def call(language: str, *args: Any, **options: Any) -> str:
    out = StringIO()
    with translation.override(language):
        call_command(*args, stdout=out, **options)
    return out.getvalue()


def test_progress_in_english(demo_env: dict[str, str]) -> None:
    done = jindu(demo_env, "--lang", "en", *PROGRESS)
    assert done.returncode == 0, done.stderr
    heading, headers, _rule, *rows = done.stdout.splitlines()
    assert heading.startswith("Indicator progress of 开平市, 2016-03 (")
    assert columns(headers) == [
        "Code",
        "Indicator",
        "Unit",
        "Actual",
        "Target",
        "Completion %",
        "Time progress %",
        "Gap (pp)",
        "YoY %",
        "Status",
    ]
    statuses = {columns(row)[-1] for row in rows}
    # lever A of 开平市 in March 2016 has indicators ahead of time progress and behind it, and
    # one that is only monitored (no status: —)
    english = {"Done", "Ahead", "Behind", "Far behind", "Not reported", "—"}
    assert {"Ahead", "Behind"} <= statuses <= english


def test_the_environment_variable_chooses_english(demo_env: dict[str, str]) -> None:
    done = jindu({**demo_env, "JINDU_LANGUAGE": "en"}, *RANK)
    assert done.returncode == 0, done.stderr
    heading, headers, _rule, *rows = done.stdout.splitlines()
    assert heading == "Sub-regions of 江门市 ranked by progress score, 2016-03"
    assert columns(headers) == ["Rank", "Unit", "Score", "Indicators not reported"]
    assert len(rows) == 7
    # 恩平市 has not reported two indicators: listed with an English comma
    missing = [columns(row)[-1] for row in rows if columns(row)[-1] != "—"]
    assert missing and all(", " in m and "、" not in m for m in missing)


def test_an_error_in_english(demo_env: dict[str, str]) -> None:
    done = jindu(demo_env, "--lang", "en", "progress", "--unit", "无此县", "--period", "2016-03")
    assert done.returncode == 2
    assert done.stderr.strip() == "CommandError: No such unit: 无此县"


def test_lang_zh_wins_over_the_environment_and_chinese_is_unchanged(
    demo_env: dict[str, str],
) -> None:
    done = jindu({**demo_env, "JINDU_LANGUAGE": "en"}, "--lang", "zh", *PROGRESS)
    assert done.returncode == 0, done.stderr
    heading, headers, _rule, *rows = done.stdout.splitlines()
    assert heading.startswith("开平市 2016-03 指标进度(") and heading.endswith(")")
    assert columns(headers) == [
        "代码",
        "指标",
        "单位",
        "完成值",
        "目标",
        "完成率%",
        "时间进度%",
        "差距(百分点)",
        "同比%",
        "状态",
    ]
    statuses = {columns(row)[-1] for row in rows}
    assert {"超进度", "滞后"} <= statuses <= {"已完成", "超进度", "滞后", "严重滞后", "未报送", "—"}

    # Without the switch the output is the same, byte for byte.
    assert jindu(demo_env, *PROGRESS).stdout == done.stdout


@pytest.mark.parametrize(
    ("args", "environment", "source"),
    [
        (["--lang", "fr", "progress"], None, "--lang"),
        (["--lang=fr", "progress"], "en", "--lang"),
        (["progress"], "fr", "JINDU_LANGUAGE"),
    ],
)
def test_an_unknown_language_is_refused(
    args: list[str],
    environment: str | None,
    source: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if environment is None:
        monkeypatch.delenv("JINDU_LANGUAGE", raising=False)
    else:
        monkeypatch.setenv("JINDU_LANGUAGE", environment)
    assert cli.main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"jindu: {source}: unknown language 'fr' (use en or zh)\n"


@pytest.mark.django_db
def test_json_keys_are_the_same_in_english() -> None:
    options = {"unit": "开平市", "period": "2016-03", "lever": "A", "format": "json"}
    english = json.loads(call("en", "progress", **options))
    chinese = json.loads(call("zh-hans", "progress", **options))
    assert [list(r) for r in english] == [list(r) for r in chinese]
    assert [r["completion_rate"] for r in english] == [r["completion_rate"] for r in chinese]


@pytest.mark.django_db
def test_extract_headers_in_english(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("截止3月份，我市已培育高新技术企业42家，完成率达55.26%。", encoding="utf-8")
    lines = call("en", "extract", str(path), framework_unit="开平市", period="2016-03")
    headers, _rule, *rows = lines.splitlines()
    assert columns(headers) == [
        "Code",
        "Indicator",
        "Value",
        "Unit",
        "Completion %",
        "YoY %",
        "Target",
        "Checks",
    ]
    assert rows and not CJK.search(headers)


@pytest.mark.django_db
def test_the_briefing_follows_the_switch_unless_given_its_own_lang() -> None:
    options = {"unit": "开平市", "period": "2016-03", "as_of": "2016-04-30"}
    english = call("en", "briefing", **options)
    assert english == call("zh-hans", "briefing", lang="en", **options)
    assert call("zh-hans", "briefing", **options) == call("en", "briefing", lang="zh", **options)
    assert english.splitlines()[0].endswith("March 2016")
