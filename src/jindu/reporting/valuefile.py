"""Reading a values file (CSV or Excel) into checked rows, naming every bad cell.

Columns (header names in Chinese or English, any order):
  indicator / 指标代码, unit / 单位, period / 期间, value / 数值,
  numerator / 分子, denominator / 分母 (ratio indicators), comment / 备注.
A CSV file may be UTF-8 (with or without BOM) or GB18030 (what Chinese Excel writes).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.utils.translation import gettext as _

from jindu.framework.models import Framework, Indicator, Unit
from jindu.progress import Kind, Period
from jindu.reporting.services import ValueInput
from jindu.terminal import progress

COLUMNS = {
    "indicator": ("indicator", "指标代码", "指标"),
    "unit": ("unit", "单位"),
    "period": ("period", "期间", "报告期"),
    "value": ("value", "数值", "本期累计", "值"),
    "numerator": ("numerator", "分子"),
    "denominator": ("denominator", "分母"),
    "comment": ("comment", "备注", "说明"),
}
REQUIRED = ("indicator", "unit", "period")


@dataclass(frozen=True)
class Problem:
    """A problem found in a file, with the message already in the active language."""

    sheet: str
    row: int
    cell: str
    message: str

    def __str__(self) -> str:
        """ "填报 第3行 D3: ..." (Sheet 填报, row 3, cell D3: ...); sheet or cell may be empty."""
        parts = {"sheet": self.sheet, "row": self.row, "cell": self.cell, "message": self.message}
        if self.sheet and self.cell:
            return _("%(sheet)s 第%(row)s行 %(cell)s: %(message)s") % parts
        if self.sheet:
            return _("%(sheet)s 第%(row)s行 : %(message)s") % parts
        if self.cell:
            return _("第%(row)s行 %(cell)s: %(message)s") % parts
        return _("第%(row)s行 : %(message)s") % parts


class ValueFileError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path) -> Iterator[tuple[str, int, list[str]]]:
    """Yield (sheet, row number, cells as text) for every row of the first sheet or CSV."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xls", ".xlsm", ".ods"):
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        sheet = book.sheet_names[0]
        table = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        for n, cells in enumerate(table, 1):
            yield sheet, n, [_cell_text(c) for c in cells]
        return
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueFileError([Problem("", 1, "", _("文件编码无法识别(请用 UTF-8 或 GB18030)"))])
    for n, row in enumerate(csv.reader(io.StringIO(text)), 1):
        yield "", n, [c.strip() for c in row]


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        # calamine gives Excel numbers as binary floats; repr is the shortest text that reads
        # back to the same float, which is what the user typed for any realistic figure.
        text = repr(cell)
        return text[:-2] if text.endswith(".0") else text
    return str(cell).strip()


def parse_values(path: Path, framework: Framework, *, state: str) -> list[ValueInput]:
    """All rows as ValueInput, or ValueFileError listing every problem with row and cell."""
    rows = list(read_table(path))
    if not rows:
        raise ValueFileError([Problem("", 1, "", _("文件是空的"))])
    sheet, _row, header = rows[0]
    header = [h.strip().lower() for h in header]
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        for key, names in COLUMNS.items():
            if name in names:
                columns[key] = index
    missing = [k for k in REQUIRED if k not in columns]
    if missing or ("value" not in columns and "numerator" not in columns):
        need = ", ".join(missing or ["value"])
        raise ValueFileError([Problem(sheet, 1, "", _("缺少列: %(columns)s") % {"columns": need})])
    indicators = {i.code: i for i in framework.indicators.all()}
    units = _units_by_code_and_name()
    problems: list[Problem] = []
    result: list[ValueInput] = []
    seen: dict[tuple[str, int, Period], int] = {}  # (indicator, unit, period) → row
    for sheet, n, cells in progress(rows[1:], "checking rows"):
        if any(cells):
            row = _Row(sheet, n, cells, columns, problems)
            item = _read_row(row, indicators, units, state)
            if item is None:
                continue
            where = (item.indicator.code, item.unit.pk, item.period)
            if where in seen:
                row.problem(
                    "indicator",
                    _("与第%(row)s行重复(%(indicator)s %(unit)s %(period)s)")
                    % {
                        "row": seen[where],
                        "indicator": where[0],
                        "unit": item.unit.name,
                        "period": where[2],
                    },
                )
                continue
            seen[where] = n
            result.append(item)
    if problems:
        raise ValueFileError(problems)
    return result


class _Row:
    """One data row: its cells by column key, and where to report a problem."""

    def __init__(
        self, sheet: str, n: int, cells: list[str], columns: dict[str, int], problems: list[Problem]
    ) -> None:
        self.sheet, self.n, self.cells, self.columns, self.problems = (
            sheet,
            n,
            cells,
            columns,
            problems,
        )
        self.failed = False

    def text(self, key: str) -> str:
        index = self.columns.get(key)
        return self.cells[index] if index is not None and index < len(self.cells) else ""

    def problem(self, key: str, message: str) -> None:
        index = self.columns.get(key)
        cell = f"{_column_letter(index)}{self.n}" if index is not None else key
        self.problems.append(Problem(self.sheet, self.n, cell, message))
        self.failed = True

    def number(self, key: str) -> Decimal | None:
        text = self.text(key).replace(",", "")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            self.problem(key, _("%(text)s 不是数字") % {"text": repr(text)})
            return None
        return number


def _read_row(
    row: _Row, indicators: dict[str, Indicator], units: dict[str, Unit], state: str
) -> ValueInput | None:
    code = row.text("indicator")
    indicator = indicators.get(code)
    if indicator is None:
        row.problem("indicator", _("指标代码 %(code)s 不在指标体系中") % {"code": repr(code)})
    unit = units.get(row.text("unit"))
    if unit is None:
        row.problem(
            "unit",
            _("单位 %(unit)s 不存在或名称不唯一(请用单位代码)") % {"unit": repr(row.text("unit"))},
        )
    try:
        period: Period | None = Period.parse(row.text("period"))
    except ValueError:
        period = None
        row.problem(
            "period",
            _("期间 %(period)s 格式不对,应为 2016-03") % {"period": repr(row.text("period"))},
        )
    value, numerator, denominator = (row.number(k) for k in ("value", "numerator", "denominator"))
    if indicator is not None:
        if indicator.kind == Kind.RATIO:
            if value is None and (numerator is None or denominator is None):
                row.problem(
                    "numerator",
                    _("比率指标 %(code)s 需要数值,或分子和分母") % {"code": indicator.code},
                )
            elif denominator is not None and denominator == 0:
                row.problem("denominator", _("分母不能为 0"))
        elif value is None and not row.failed:
            row.problem("value", _("缺少数值"))
    if row.failed or indicator is None or unit is None or period is None:
        return None
    return ValueInput(
        indicator=indicator,
        unit=unit,
        period=period,
        value=value,
        numerator=numerator,
        denominator=denominator,
        state=state,
        comment=row.text("comment"),
    )


def _units_by_code_and_name() -> dict[str, Unit]:
    units = list(Unit.objects.all())
    names: dict[str, list[Unit]] = {}
    for u in units:
        names.setdefault(u.name, []).append(u)
    by_text = {name: group[0] for name, group in names.items() if len(group) == 1}
    by_text.update({u.code: u for u in units})
    return by_text
