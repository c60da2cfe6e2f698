"""The errors of the `jindu` commands (CommandError, exit status 2) in the active language: with
English active they are English; with Chinese (the default) they read byte for byte as before.
Unit and file names are data and stay as they are."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

import jindu
from jindu.framework.models import Unit

pytestmark = pytest.mark.django_db
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def error_of(language: str, *args: Any, **options: Any) -> str:
    with translation.override(language), pytest.raises(CommandError) as caught:
        call_command(*args, **options)
    assert caught.value.returncode == 2
    return str(caught.value)


def test_an_unknown_unit_of_a_new_token() -> None:
    assert error_of("zh-hans", "token", "issue", "某系统", unit="no-such-unit") == (
        "没有这个单位: no-such-unit"
    )
    assert error_of("en", "token", "issue", "某系统", unit="no-such-unit") == (
        "No such unit: no-such-unit"
    )


def test_revoking_a_token_that_is_not_active() -> None:
    assert error_of("zh-hans", "token", "revoke", "jd_nope1") == "没有有效的令牌 jd_nope1"
    assert error_of("en", "token", "revoke", "jd_nope1") == "No active token jd_nope1"


def test_ranking_a_unit_without_regions() -> None:
    name = Unit.objects.get(code="kaiping-kgsw").name
    options = {"parent": "kaiping-kgsw", "period": "2016-03"}
    assert error_of("zh-hans", "rank", **options) == f"{name} 没有下级地区可排名"
    assert error_of("en", "rank", **options) == f"{name} has no sub-regions to rank"


def test_an_unknown_framework_of_extract(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("截止3月份，我市已培育高新技术企业42家。", encoding="utf-8")
    assert error_of("zh-hans", "extract", str(path), framework="nope") == "没有这个指标体系: nope"
    assert error_of("en", "extract", str(path), framework="nope") == (
        "No such indicator framework: nope"
    )


def test_a_text_file_in_an_unknown_encoding_for_extract(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"\xff\xfe\xff report \xff")
    assert error_of("zh-hans", "extract", str(path)) == (
        f"{path}: 文件编码无法识别(请用 UTF-8 或 GB18030)"
    )
    assert error_of("en", "extract", str(path)) == (
        f"{path}: the file's encoding is not recognised (use UTF-8 or GB18030)"
    )


def test_a_values_file_with_a_bad_cell(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("indicator,unit,period,value\nA01,开平市,2016-04,四十\n", encoding="utf-8")
    assert error_of("zh-hans", "values", "load", str(path)) == (
        f"{path}: nothing was written.\n第2行 D2: '四十' 不是数字"
    )
    assert error_of("en", "values", "load", str(path)) == (
        f"{path}: nothing was written.\nRow 2, cell D2: '四十' is not a number"
    )


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("progress", {"unit": "无此县", "period": "2016-03"}),
        ("briefing", {"unit": "无此县", "period": "2016-03"}),
    ],
)
def test_an_unknown_unit_of_progress_and_briefing(command: str, options: dict[str, str]) -> None:
    assert error_of("zh-hans", command, **options) == "没有这个单位: 无此县"
    assert error_of("en", command, **options) == "No such unit: 无此县"


COMMANDS = sorted((Path(jindu.__file__).parent).glob("*/management/commands/*.py"))


def chinese_literals(node: ast.AST) -> list[str]:
    """Chinese string literals in an expression, except those handed to gettext."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"_", "gettext"}:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if CJK.search(node.value) else []
    return [text for child in ast.iter_child_nodes(node) for text in chinese_literals(child)]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: p.stem)
def test_no_command_raises_a_chinese_text_that_is_not_translated(path: Path) -> None:
    raised = [
        text
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
        for arg in node.exc.args
        for text in chinese_literals(arg)
    ]
    assert raised == [], f"{path.name}: wrap these in gettext: {raised}"
