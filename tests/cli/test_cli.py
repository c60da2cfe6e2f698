"""The `jindu` command: help, errors with exit status 2, the three output formats."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from jindu import cli


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert name in out


@pytest.mark.parametrize("command", ["init", "serve", "progress", "rank", "framework", "values"])
def test_every_command_explains_itself(command: str) -> None:
    env = {**os.environ, "JINDU_DATA_DIR": os.environ.get("JINDU_DATA_DIR", "var")}
    done = subprocess.run(
        [sys.executable, "-m", "jindu.cli", command, "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout and len(done.stdout.splitlines()) > 5


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"unit": "无此县", "period": "2016-03"}, "没有这个单位"),
        ({"unit": "开平市", "period": "2016-13"}, "not a reporting period"),
        ({"unit": "开平市", "period": "March"}, "not a reporting period"),
    ],
)
def test_progress_errors_exit_with_status_2(options: dict[str, str], words: str) -> None:
    with pytest.raises(CommandError) as caught:
        call_command("progress", **options)
    assert caught.value.returncode == 2
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_unknown_unit_in_a_real_process_prints_one_line_and_exits_2(tmp_path: object) -> None:
    env = {**os.environ, "JINDU_DATA_DIR": str(tmp_path)}
    env.pop("JINDU_DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "jindu.cli", "migrate", "-v0"], env=env, check=True)
    done = subprocess.run(
        [sys.executable, "-m", "jindu.cli", "progress", "--unit", "无此县", "--period", "2016-03"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "无此县" in done.stderr


@pytest.mark.django_db
def test_json_has_exactly_the_documented_keys() -> None:
    out = StringIO()
    call_command("progress", unit="开平市", period="2016-03", format="json", stdout=out)
    rows = json.loads(out.getvalue())
    assert len(rows) == 54
    keys = [
        "code",
        "name",
        "unit",
        "actual",
        "target",
        "completion_rate",
        "time_progress",
        "gap_pp",
        "yoy_growth",
        "status",
    ]
    assert all(list(r) == keys for r in rows)


@pytest.mark.django_db
def test_table_and_csv_agree_with_json() -> None:
    outputs = {}
    for fmt in ("json", "csv", "table"):
        out = StringIO()
        call_command(
            "progress", unit="kaiping", period="2016-03", lever="A", format=fmt, stdout=out
        )
        outputs[fmt] = out.getvalue()
    rows = json.loads(outputs["json"])
    assert [dict(r) for r in csv.DictReader(StringIO(outputs["csv"]))] == [
        {k: ("" if v is None else v) for k, v in r.items()} for r in rows
    ]
    table_lines = outputs["table"].splitlines()
    for r in rows:
        line = next(line for line in table_lines if line.startswith(r["code"]))
        assert r["name"] in line and (r["completion_rate"] or "—") in line


@pytest.mark.django_db
def test_lever_filter() -> None:
    out = StringIO()
    call_command("progress", unit="kaiping", period="2016-03", lever="F", format="json", stdout=out)
    assert {r["code"][0] for r in json.loads(out.getvalue())} == {"F"}


@pytest.mark.django_db
def test_rank_json_is_ordered_and_names_missing_reports() -> None:
    out = StringIO()
    call_command("rank", parent="江门市", period="2016-03", format="json", stdout=out)
    ranked = json.loads(out.getvalue())
    assert len(ranked) == 7
    scores = [float(r["score"]) for r in ranked]  # only to check the order of printed scores
    assert scores == sorted(scores, reverse=True)
    assert any(r["missing"] for r in ranked)


@pytest.mark.django_db
def test_rank_of_a_unit_without_regions_is_an_error() -> None:
    with pytest.raises(CommandError) as caught:
        call_command("rank", parent="kaiping-kgsw", period="2016-03")
    assert caught.value.returncode == 2
