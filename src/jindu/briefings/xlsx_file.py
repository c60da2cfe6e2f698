"""The tables behind a briefing as an Excel workbook: a summary sheet, then one sheet per lever
with numbers as numbers (rounded half-up as displayed), percentages formatted as percentages,
and the header row frozen."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from jindu.briefings.compose import STATUS_EN, Briefing, status_counts
from jindu.briefings.snapshot import BriefingData, IndicatorFigures
from jindu.progress import GROWTH_PLACES, PERCENT_PLACES, Kind, Status
from jindu.progress.rounding import round_half_up

HEADERS = {
    "zh": ("代码", "指标", "单位", "完成值", "目标", "完成率", "时间进度", "差距(百分点)",
           "同比", "状态", "牵头单位", "排名"),
    "en": ("Code", "Indicator", "Unit", "Actual", "Target", "Completion", "Time progress",
           "Gap (pp)", "YoY", "Status", "Lead unit", "Rank"),
}  # fmt: skip
WIDTHS = (7, 34, 7, 12, 12, 10, 10, 12, 9, 10, 18, 7)
FILLS = {
    Status.DONE.value: "C6EFCE",
    Status.AHEAD.value: "DDEBF7",
    Status.BEHIND.value: "FFEB9C",
    Status.FAR_BEHIND.value: "FFC7CE",
    Status.MISSING.value: "E7E6E6",
}
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
PERCENT = Decimal(100)


def _number(value: Decimal | None, places: int) -> Decimal | None:
    return None if value is None else round_half_up(value, places)


def _fraction(value: Decimal | None, places: int) -> Decimal | None:
    """A percentage as Excel holds it (55.26% → 0.5526), to the displayed places."""
    return None if value is None else round_half_up(value, places) / PERCENT


def _sheet_name(text: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "", text)[:31] or "Sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:28]}-{n}"
        n += 1
    used.add(name)
    return name


def _row(ind: IndicatorFigures, lang: str) -> list[Any]:
    growth = ind.kind == Kind.GROWTH.value
    status = ""
    if ind.status:
        status = STATUS_EN[ind.status] if lang == "en" else Status(ind.status).label_zh
    return [
        ind.code,
        ind.name,
        ind.unit_of_measure,
        _number(ind.actual, ind.decimals),
        _fraction(ind.target, GROWTH_PLACES) if growth else _number(ind.target, ind.decimals),
        _fraction(ind.completion_rate, PERCENT_PLACES),
        _fraction(ind.time_progress, PERCENT_PLACES),
        _number(ind.gap_pp, GROWTH_PLACES if growth else PERCENT_PLACES),
        _fraction(ind.yoy_growth, GROWTH_PLACES),
        status,
        ind.lead_unit or "",
        ind.rank,
    ]


def _formats(ind: IndicatorFigures) -> list[str | None]:
    value = "0" if ind.decimals == 0 else "0." + "0" * ind.decimals
    growth = ind.kind == Kind.GROWTH.value
    return [
        None,
        None,
        None,
        value,
        "0.0%" if growth else value,
        "0.00%",
        "0.00%",
        "0.0" if growth else "0.00",
        "0.0%",
        None,
        None,
        "0",
    ]


def xlsx_bytes(briefing: Briefing, data: BriefingData) -> bytes:
    lang = briefing.lang
    book = Workbook()
    book.properties.creator = briefing.issuer
    book.properties.title = briefing.title
    summary = book.active
    summary.title = "总览" if lang == "zh" else "Summary"
    summary.append([briefing.title])
    summary["A1"].font = Font(bold=True, size=13)
    summary.append([briefing.basis])
    summary.append([])
    labels = ("抓手", "指标数", "已完成", "超进度", "滞后", "严重滞后", "未报送", "监测指标")
    if lang == "en":
        labels = ("Lever", "Indicators", "Done", "Ahead", "Behind", "Far behind", "Missing",
                  "Monitored")  # fmt: skip
    summary.append(list(labels))
    for cell in summary[4]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
    keys = ("done", "ahead", "behind", "far_behind", "missing", "monitored")
    for lever in data.levers:
        inds = data.lever_indicators(lever.code)
        counts = status_counts(inds)
        summary.append([lever.name, len(inds), *(counts[k] for k in keys)])
    summary.column_dimensions["A"].width = 28
    summary.freeze_panes = "A5"
    used = {summary.title}
    for lever in data.levers:
        sheet = book.create_sheet(_sheet_name(f"{lever.code} {lever.name}", used))
        sheet.append(list(HEADERS[lang]))
        for cell in sheet[1]:
            cell.font, cell.fill = Font(bold=True), HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for ind in data.lever_indicators(lever.code):
            sheet.append(_row(ind, lang))
            row = sheet.max_row
            for col, fmt in enumerate(_formats(ind), start=1):
                if fmt:
                    sheet.cell(row=row, column=col).number_format = fmt
            if ind.status in FILLS:
                fill = PatternFill("solid", fgColor=FILLS[ind.status])
                sheet.cell(row=row, column=10).fill = fill
        for n, width in enumerate(WIDTHS, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=n).column_letter].width = width
        sheet.freeze_panes = "C2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
