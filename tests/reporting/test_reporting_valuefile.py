"""`jindu values load`: CSV and Excel, all or nothing, every bad cell named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from jindu.reporting.models import Value, ValueChange

pytestmark = pytest.mark.django_db

GOOD = [
    ["indicator", "unit", "period", "value", "numerator", "denominator", "comment"],
    ["A01", "开平市", "2016-04", "48", "", "", ""],
    ["A02", "kaiping", "2016年4月", "29", "", "", "补报"],
    ["F01", "开平市", "2016-04", "", "276", "698600", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding=encoding)
    return path


def stored(code: str) -> Decimal | None:
    row = Value.objects.filter(
        indicator__code=code, unit__code="kaiping", year=2016, month=4
    ).first()
    return row.value if row else None


def test_csv_loads_every_row(tmp_path: Path) -> None:
    call_command("values", "load", str(write_csv(tmp_path / "v.csv", GOOD)))
    assert stored("A01") == Decimal(48)
    assert stored("A02") == Decimal(29)
    assert stored("F01") == (Decimal(276) / Decimal(698600) * 10000).quantize(Decimal("0.000001"))


def test_gb18030_csv_from_chinese_excel(tmp_path: Path) -> None:
    headers = [["指标代码", "单位", "期间", "数值"], ["A01", "开平市", "2016-04", "50"]]
    call_command("values", "load", str(write_csv(tmp_path / "v.csv", headers, "gb18030")))
    assert stored("A01") == Decimal(50)


def test_one_bad_row_writes_nothing_and_names_row_and_cell(tmp_path: Path) -> None:
    rows = [
        *GOOD,
        ["A03", "开平市", "2016-04", "四十", "", "", ""],
        ["Z99", "无此县", "2016-13", "1", "", "", ""],
    ]
    before = ValueChange.objects.count()
    with pytest.raises(CommandError) as caught:
        call_command("values", "load", str(write_csv(tmp_path / "v.csv", rows)))
    message = str(caught.value)
    assert caught.value.returncode == 2
    assert "第5行 D5" in message and "'四十' 不是数字" in message
    assert "第6行 A6" in message and "第6行 B6" in message and "第6行 C6" in message
    assert stored("A01") is None  # the good rows were not written either
    assert ValueChange.objects.count() == before


def test_duplicate_rows_are_named(tmp_path: Path) -> None:
    rows = [*GOOD, ["A01", "kaiping", "2016-04", "49", "", "", ""]]
    with pytest.raises(CommandError, match="第5行 A5: 与第2行重复"):
        call_command("values", "load", str(write_csv(tmp_path / "v.csv", rows)))


def test_xlsx_with_a_bad_cell_then_fixed(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "填报"
    for row in GOOD:
        sheet.append([float(c) if c.replace(".", "").isdigit() else c for c in row])
    sheet["D3"] = "n/a"
    path = tmp_path / "v.xlsx"
    book.save(path)
    with pytest.raises(CommandError, match="填报 第3行 D3: 'n/a' 不是数字"):
        call_command("values", "load", str(path))
    assert stored("A01") is None
    sheet["D3"] = 29.5
    book.save(path)
    call_command("values", "load", str(path))
    assert stored("A01") == Decimal(48) and stored("A02") == Decimal("29.5")


def test_loading_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v.csv", GOOD)
    call_command("values", "load", str(path))
    count = ValueChange.objects.count()
    call_command("values", "load", str(path))
    assert ValueChange.objects.count() == count
