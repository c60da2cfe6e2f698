"""Excel in and out: the entry template of a round, reading it back, and table exports.

Every text written to a cell goes through `safe_text`, so a name like "=HYPERLINK(...)" can
never become a formula in the office's Excel (formula injection).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jindu.progress import Kind
from jindu.reporting.forms import parse_number
from jindu.reporting.models import Round
from jindu.reporting.selectors.rounds import EntryRow
from jindu.reporting.services import EntryInput
from jindu.reporting.valuefile import Problem, read_table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADERS = [
    "指标代码",
    "指标名称",
    "地区",
    "计量单位",
    "去年同期",
    "上月",
    "年度目标",
    "本期累计",
    "分子",
    "分母",
    "备注",
]
INPUT_COLUMNS = {"本期累计": "value", "分子": "numerator", "分母": "denominator", "备注": "comment"}
META_SHEET = "_jindu"
HEADER_ROW = 3


def safe_text(text: object) -> object:
    """Neutralise a text that Excel would read as a formula; numbers pass unchanged."""
    if isinstance(text, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _number(value: Decimal | None) -> float | int | None:
    # openpyxl writes numbers as Excel doubles; figures within 15 digits are exact there.
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def entry_template(
    round_: Round, reporter_name: str, reporter_code: str, rows: list[EntryRow]
) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "填报"
    sheet["A1"] = safe_text(f"{round_} · {reporter_name}")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = safe_text(
        f"截止日期 {round_.due_date:%Y-%m-%d}；只填写黄色单元格；比率指标填写分子和分母。"
    )
    for col, name in enumerate(HEADERS, 1):
        cell = sheet.cell(HEADER_ROW, col, name)
        cell.font = Font(bold=True)
    numbers = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1E15",
        formula2="1E15",
        showErrorMessage=True,
        errorTitle="不是数字",
        error="请填写数字",
    )
    sheet.add_data_validation(numbers)
    fill = PatternFill("solid", fgColor="FFF3C4")
    for r, row in enumerate(rows, HEADER_ROW + 1):
        ind = row.indicator
        current = row.value
        cells = [
            ind.code,
            ind.name,
            row.assignment.region.name,
            ind.unit_of_measure,
            _number(row.last_year),
            _number(row.last_month),
            _number(row.target),
            _number(current.value) if current and ind.kind != Kind.RATIO else None,
            _number(current.numerator) if current else None,
            _number(current.denominator) if current else None,
            current.comment if current else None,
        ]
        for col, value in enumerate(cells, 1):
            cell = sheet.cell(r, col, safe_text(value))
            if HEADERS[col - 1] in INPUT_COLUMNS:
                cell.protection = Protection(locked=False)
                cell.fill = fill
                if HEADERS[col - 1] != "备注":
                    numbers.add(cell)
    for col, width in enumerate([10, 34, 12, 9, 12, 12, 12, 14, 12, 12, 24], 1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    sheet.protection.sheet = True
    meta = book.create_sheet(META_SHEET)
    meta.append(["round", round_.pk])
    meta.append(["unit", reporter_code])
    meta.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class ReadResult:
    items: list[EntryInput]
    problems: list[Problem]


def read_entry_file(path: Path, rows: list[EntryRow]) -> ReadResult:
    """Read a filled template (xlsx or xls): entries, and every problem with sheet, row, cell."""
    known = {(r.indicator.code, r.assignment.region.name): r for r in rows}
    known |= {(r.indicator.code, r.assignment.region.code): r for r in rows}
    table = list(read_table(path))
    header_at = next((i for i, (_s, _n, cells) in enumerate(table) if "指标代码" in cells), None)
    if header_at is None:
        return ReadResult(
            [], [Problem("", 1, "", _("找不到表头“指标代码”，请使用本系统下载的模板"))]
        )
    sheet, _n, header = table[header_at]
    columns = {name: header.index(name) for name in HEADERS if name in header}
    items: list[EntryInput] = []
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for sheet, n, cells in table[header_at + 1 :]:

        def text(name: str, cells: list[str] = cells) -> str:
            i = columns.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def where(name: str, n: int = n) -> str:
            i = columns.get(name)
            return f"{get_column_letter(i + 1)}{n}" if i is not None else name

        code, region = text("指标代码"), text("地区")
        if not code:
            continue
        row = known.get((code, region))
        if row is None:
            outside = _("%(code)s %(region)s 不在本表的填报范围内")
            problems.append(
                Problem(sheet, n, where("指标代码"), outside % {"code": code, "region": region})
            )
            continue
        numbers: dict[str, Decimal | None] = {}
        for name, key in INPUT_COLUMNS.items():
            if key == "comment":
                continue
            try:
                numbers[key] = parse_number(text(name))
            except ValueError as exc:
                problems.append(Problem(sheet, n, where(name), str(exc)))
        if len(numbers) < 3:
            continue
        if all(v is None for v in numbers.values()):
            continue
        pair = (row.indicator.code, row.assignment.region.code)
        if pair in seen:
            twice = _("%(code)s %(region)s 重复") % {"code": code, "region": region}
            problems.append(Problem(sheet, n, where("指标代码"), twice))
            continue
        seen.add(pair)
        items.append(
            EntryInput(
                row.indicator.code,
                row.assignment.region.code,
                numbers["value"],
                numbers["numerator"],
                numbers["denominator"],
                text("备注"),
            )
        )
    return ReadResult(items, problems)


def table_workbook(title: str, headers: list[str], rows: list[list[object]]) -> bytes:
    """Any on-screen table as an .xlsx with the same columns, frozen header, safe texts."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append([safe_text(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for row in rows:
        sheet.append([safe_text(v) for v in row])
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
