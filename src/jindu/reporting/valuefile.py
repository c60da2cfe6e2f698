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

from jindu.framework.models import Framework, Unit
from jindu.progress import Kind, Period
from jindu.reporting.services import ValueInput

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
    sheet: str
    row: int
    cell: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet} " if self.sheet else ""
        return f"{where}第{self.row}行 {self.cell}: {self.message}"


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
        for n, row in enumerate(book.get_sheet_by_name(sheet).to_python(skip_empty_area=False), 1):
            yield sheet, n, [_cell_text(c) for c in row]
        return
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueFileError([Problem("", 1, "", "文件编码无法识别(请用 UTF-8 或 GB18030)")])
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


def parse_values(
    path: Path, framework: Framework, *, state: str
) -> list[ValueInput]:
    """All rows as ValueInput, or ValueFileError listing every problem with row and cell."""
    rows = list(read_table(path))
    if not rows:
        raise ValueFileError([Problem("", 1, "", "文件是空的")])
    sheet, _, header = rows[0]
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        for key, names in COLUMNS.items():
            if name.strip().lower() in names:
                columns[key] = index
    missing = [k for k in REQUIRED if k not in columns]
    if missing or ("value" not in columns and "numerator" not in columns):
        need = ", ".join(missing or ["value"])
        raise ValueFileError([Problem(sheet, 1, "", f"缺少列: {need}")])
    indicators = {i.code: i for i in framework.indicators.all()}
    units = _units_by_code_and_name()
    problems: list[Problem] = []
    result: list[ValueInput] = []
    seen: dict[tuple[str, int, Period], int] = {}
    for sheet, n, cells in rows[1:]:
        if not any(cells):
            continue

        def cell(key: str) -> tuple[str, str]:
            index = columns.get(key)
            text = cells[index] if index is not None and index < len(cells) else ""
            return text, f"{_column_letter(index)}{n}" if index is not None else key

        def problem(key: str, message: str) -> None:
            problems.append(Problem(sheet, n, cell(key)[1], message))

        code, _ = cell("indicator")
        indicator = indicators.get(code)
        if indicator is None:
            problem("indicator", f"指标代码 {code!r} 不在指标体系 {framework.code} 中")
        unit_text, _ = cell("unit")
        unit = units.get(unit_text)
        if unit is None:
            problem("unit", f"单位 {unit_text!r} 不存在或名称不唯一(请用单位代码)")
        try:
            period: Period | None = Period.parse(cell("period")[0])
        except ValueError:
            period = None
            problem("period", f"期间 {cell('period')[0]!r} 格式不对,应为 2016-03")
        numbers = {}
        for key in ("value", "numerator", "denominator"):
            text = cell(key)[0].replace(",", "")
            if not text:
                numbers[key] = None
                continue
            try:
                numbers[key] = Decimal(text)
                if not numbers[key].is_finite():  # type: ignore[union-attr]
                    raise InvalidOperation
            except InvalidOperation:
                problem(key, f"{text!r} 不是数字")
                numbers[key] = None
        if indicator is not None:
            if indicator.kind == Kind.RATIO and numbers["value"] is None and (
                numbers["numerator"] is None or numbers["denominator"] is None
            ):
                problem("numerator", f"比率指标 {indicator.code} 需要数值,或分子和分母")
            elif indicator.kind != Kind.RATIO and numbers["value"] is None:
                problem("value", "缺少数值")
            elif numbers["denominator"] == 0:
                problem("denominator", "分母不能为 0")
        if indicator is None or unit is None or period is None or problems and problems[-1].row == n:
            continue
        key = (indicator.code, unit.pk, period)
        if key in seen:
            problem("indicator", f"与第{seen[key]}行重复({indicator.code} {unit.name} {period})")
            continue
        seen[key] = n
        result.append(
            ValueInput(
                indicator=indicator, unit=unit, period=period, value=numbers["value"],
                numerator=numbers["numerator"], denominator=numbers["denominator"],
                state=state, comment=cell("comment")[0],
            )
        )
    if problems:
        raise ValueFileError(problems)
    return result


def _units_by_code_and_name() -> dict[str, Unit]:
    units = list(Unit.objects.all())
    names: dict[str, list[Unit]] = {}
    for u in units:
        names.setdefault(u.name, []).append(u)
    by_text = {name: group[0] for name, group in names.items() if len(group) == 1}
    by_text.update({u.code: u for u in units})
    return by_text
