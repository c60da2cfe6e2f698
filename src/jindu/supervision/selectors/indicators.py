"""Indicators that turned 严重滞后 (far behind) for a unit: offered to the office as draft
tasks for their lead unit, prefilled with the figures. Nothing is created automatically."""

from __future__ import annotations

from dataclasses import dataclass

from jindu.framework.models import Unit
from jindu.framework.selectors import NotFound, framework_for_unit
from jindu.progress import Period, Status
from jindu.reporting import display
from jindu.reporting.selectors import ProgressRow, progress_rows
from jindu.reporting.selectors import latest_period as reporting_latest_period
from jindu.supervision.models import Source, Task


@dataclass(frozen=True)
class RedRow:
    row: ProgressRow
    figures: dict[str, str | None]
    task_id: int | None  # the task already drafted for it, if any


def latest_period(unit: Unit) -> Period | None:
    """The last month with an approved value for the unit (or its regions)."""
    try:
        return reporting_latest_period(unit, framework_for_unit(unit))
    except NotFound:
        return None


def far_behind_rows(unit: Unit, period: Period) -> list[RedRow]:
    """严重滞后 rows of the unit for the period, with the draft task made from each, if any."""
    rows = [
        r
        for r in progress_rows(unit, period, framework=framework_for_unit(unit))
        if r.evaluation.status is Status.FAR_BEHIND
    ]
    drafted = dict(
        Task.objects.filter(
            source=Source.INDICATOR,
            region=unit,
            indicator_year=period.year,
            indicator_month=period.month,
        ).values_list("indicators__code", "pk")
    )
    return [RedRow(r, display.progress_record(r), drafted.get(r.indicator.code)) for r in rows]


def draft_text(unit: Unit, period: Period, red: RedRow) -> tuple[str, str]:
    """Title and content of the draft task, with the figures as the dashboards show them.
    The text is stored, so it stays Chinese whatever the office's language."""
    f, ind, status = red.figures, red.row.indicator, red.row.evaluation.status
    measure = ind.unit_of_measure
    title = f"{ind.name}严重滞后({unit.name} {period.year}年{period.month}月)"
    lines = [
        f"{unit.name} {period.year}年{period.month}月 {ind.code} {ind.name}:",
        f"完成值 {f['actual'] or '—'}{measure},目标 {f['target'] or '—'}{measure},"
        f"完成率 {f['completion_rate'] or '—'}%,时间进度 {f['time_progress'] or '—'}%,"
        f"差距 {f['gap_pp'] or '—'} 个百分点,状态 {status.label_zh if status else '—'}。",
        "请牵头单位分析滞后原因,提出加快进度的措施并按期报告。",
    ]
    return title, "\n".join(lines)
