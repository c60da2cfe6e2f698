"""`jindu extract`: figures from a text file, matched to the framework, checked against data."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

# Written for this test in the style of a county report; 培育科技型小微企业 disagrees on purpose
# with the demo's stored 156.
TEXT = (
    "截止3月份，我市已培育高新技术企業42家，完成率达55.26%；培育科技型小微企业150家。"
    "首季度完成工业投资14亿元，同比增长53.2%。"
)


def run(path: Path, **options: Any) -> dict[str, Any]:
    out = StringIO()
    call_command("extract", str(path), format="json", stdout=out, **options)
    return {f["indicator_code"] or f["indicator"]: f for f in json.loads(out.getvalue())["figures"]}


def checks(figure: dict[str, Any]) -> dict[str, bool]:
    return {c["kind"]: c["ok"] for c in figure["checks"]}


def test_figures_are_matched_and_checked_against_stored_data(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    figures = run(path, framework_unit="开平市", period="2016-03")
    assert figures["A01"]["value"] == "42" and figures["A01"]["completion_rate"] == "55.26"
    assert checks(figures["A01"])["completion_rate"] is True  # 42 / stored 76 prints as 55.26%
    assert checks(figures["A01"])["value"] is True
    assert checks(figures["D01"])["value"] is False  # the text says 150, the data 156
    assert checks(figures["H01"])["yoy_growth"] is True  # against last year's stored 9.14亿元
    start, end = figures["A01"]["span"]["start"], figures["A01"]["span"]["end"]
    assert "42" in TEXT[start:end]


def test_without_a_unit_figures_are_still_read_and_matched(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="gb18030")
    figures = run(path, framework="jiangmen-cxqd-2016")
    assert figures["A01"]["target"] == "76" and figures["A01"]["target_implied"]
    assert "value" not in checks(figures["A01"])  # nothing stored to compare with


def test_docx_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    for sentence in TEXT.split("。"):
        document.add_paragraph(sentence + "。")
    path = tmp_path / "report.docx"
    document.save(str(path))
    figures = run(path, framework="jiangmen-cxqd-2016")
    assert {"A01", "D01", "H01"} <= set(figures)


def test_table_names_the_failed_check(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = StringIO()
    call_command("extract", str(path), framework_unit="kaiping", period="2016-03", stdout=out)
    line = next(x for x in out.getvalue().splitlines() if x.startswith("D01"))
    assert "不一致" in line and "150" in line


def test_missing_file_and_bad_unit_exit_2(tmp_path: Path) -> None:
    with pytest.raises(CommandError) as caught:
        call_command("extract", str(tmp_path / "none.txt"))
    assert caught.value.returncode == 2
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("extract", str(path), framework_unit="无此县", period="2016-03")
    assert caught.value.returncode == 2


def test_a_docx_table_is_read_row_by_row(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2025年1-6月各县技术合同登记情况")
    document.add_paragraph("单位：项、万元")
    rows = [
        ("县区", "合同数", "全年目标", "成交额", "完成率"),
        ("东川县", "41", "5000", "2730", "54.6%"),
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_paragraph("下一步，各县要加快技术合同登记。")
    path = tmp_path / "table.docx"
    document.save(str(path))
    out = StringIO()
    call_command("extract", str(path), format="json", stdout=out)
    found = [
        (f["region"], f["value"], f["unit"], f["target"], f["completion_rate"])
        for f in json.loads(out.getvalue())["figures"]
    ]
    assert found == [
        ("东川县", "2730", "万元", "5000", "54.6"),
        ("东川县", "41", "项", None, None),
    ]
