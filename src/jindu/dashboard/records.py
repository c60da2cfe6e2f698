"""Figures of the dashboards as people read them: plain dicts of display strings (rounded
half-up as shown), the same for the HTML page and its JSON twin. See docs/adr/0003."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from jindu.framework.models import Framework, Unit
from jindu.labels import label
from jindu.progress import (
    GROWTH_PLACES,
    PERCENT_PLACES,
    Kind,
    Status,
    UnitScore,
    format_amount,
    format_decimal,
)
from jindu.reporting import display
from jindu.reporting.selectors import ProgressRow

YOY_QUESTIONED = Decimal(300)
PACE_EXTRA_PLACES = 1  # DOMAIN.md §4: 同比 beyond ±300% asks for a comment

# Lagging first (滞后 before 未报送), then the rest; a monitored indicator (no status) last.
_LAG_ORDER = {
    Status.FAR_BEHIND: 0,
    Status.BEHIND: 1,
    Status.MISSING: 2,
    Status.AHEAD: 3,
    Status.DONE: 4,
}
STATUS_ORDER = [Status.DONE, Status.AHEAD, Status.BEHIND, Status.FAR_BEHIND, Status.MISSING]


def text(value: str) -> str | None:
    return None if value == "—" else value


def unit_ref(unit: Unit) -> dict[str, str]:
    return {"code": unit.code, "name": unit.name}


def framework_ref(framework: Framework) -> dict[str, str]:
    return {"code": framework.code, "name": framework.name}


def row_flags(row: ProgressRow) -> list[str]:
    """Consistency flags a progress row carries by itself (DOMAIN.md §4)."""
    flags = []
    check = row.rollup_check
    ind = row.indicator
    if check is not None and not check.consistent:
        diff = format_amount(check.difference, ind.decimals)
        total = format_amount(check.children_sum, ind.decimals)
        flags.append(
            _("填报值与下级合计 %(total)s 不一致(差 %(difference)s)")
            % {"total": total, "difference": diff}
        )
    yoy = row.evaluation.yoy_growth
    if yoy is not None and abs(yoy) > YOY_QUESTIONED:
        flags.append(
            _("同比 %(growth)s%% 超过 ±300%%,请说明")
            % {"growth": format_decimal(yoy, GROWTH_PLACES)}
        )
    return flags


def progress_record(row: ProgressRow) -> dict[str, Any]:
    """One indicator of the overview: display.progress_record plus who answers for it, the
    year-end outlook, the pace needed per month and the flags."""
    ev, ind = row.evaluation, row.indicator
    record = display.progress_record(row)
    projection = ev.projection
    projected = None
    if projection is not None:
        projected = projection.seasonal if projection.seasonal is not None else projection.linear
    outlook = projection.outlook if projection is not None else None
    record.update(
        lever=ind.lever.code,
        lead_unit=row.lead_unit.name if row.lead_unit else None,
        status_key=ev.status.value if ev.status else None,
        projection=text(format_amount(projected, ind.decimals)),
        outlook=label(outlook) if outlook else None,
        outlook_key=outlook.value if outlook else None,
        # One decimal more than the values: 3.8家 a month, not a rounded 4.
        required_pace=text(format_amount(ev.required_pace, ind.decimals + PACE_EXTRA_PLACES)),
        source=row.source,
        flags=row_flags(row),
    )
    return record


def lagging_first(rows: Sequence[ProgressRow]) -> list[ProgressRow]:
    """滞后 and 严重滞后 first, worst gap first; then 未报送, 超进度, 已完成, monitored."""

    def key(pair: tuple[int, ProgressRow]) -> tuple[int, Decimal, int]:
        index, row = pair
        ev = row.evaluation
        order = _LAG_ORDER.get(ev.status, 5) if ev.status else 5
        gap = ev.gap_pp if ev.gap_pp is not None else Decimal("Infinity")
        return order, gap, index

    return [row for _, row in sorted(enumerate(rows), key=key)]


def status_counts(rows: Sequence[ProgressRow]) -> list[dict[str, Any]]:
    """Counts by status, in the order 已完成 超进度 滞后 严重滞后 未报送, with their colours."""
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for row in rows:
        if row.evaluation.status is not None:
            counts[row.evaluation.status] += 1
    return [
        {"status": s.value, "label": label(s), "colour": s.colour, "count": n}
        for s, n in counts.items()
    ]


def monitored_count(rows: Sequence[ProgressRow]) -> int:
    """Indicators shown without a status (a value but no target: 监测指标)."""
    return sum(1 for row in rows if row.evaluation.status is None)


def cell_record(row: ProgressRow, unit: Unit) -> dict[str, Any]:
    """One matrix cell: status and the figure that decides it (完成率, or 同比 for growth
    indicators, or the value of a monitored one)."""
    ev, ind = row.evaluation, row.indicator
    if ind.kind == Kind.GROWTH:
        figure = format_decimal(ev.yoy_growth, GROWTH_PLACES)
    elif ev.completion_rate is not None:
        figure = format_decimal(ev.completion_rate, PERCENT_PLACES)
    else:
        figure = format_amount(ev.actual, ind.decimals)
    return {
        "unit": unit.code,
        "status": label(ev.status) if ev.status else None,
        "status_key": ev.status.value if ev.status else None,
        "figure": text(figure),
        "actual": text(format_amount(ev.actual, ind.decimals)),
        "completion_rate": text(format_decimal(ev.completion_rate, PERCENT_PLACES)),
    }


def score_text(score: UnitScore) -> str:
    return format_decimal(score.score, PERCENT_PLACES)
