"""The indicator page's data (指标详情): the monthly series this year and last with the target
and time-progress lines, the regions side by side, the history of each value, and the
consistency flags of DOMAIN.md §4. Shared by the page and its JSON twin."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_read
from jindu.dashboard import records
from jindu.dashboard.options import Options
from jindu.dashboard.pages import header, resolve
from jindu.dashboard.selectors import (
    UnitSeries,
    cumulative_decreases,
    indicator_series,
    value_history,
    visible_region_children,
)
from jindu.framework.models import Indicator, Target, Unit
from jindu.framework.selectors import NotFound
from jindu.progress import (
    PERCENT_PLACES,
    Kind,
    Period,
    format_amount,
    format_decimal,
    time_progress,
)
from jindu.progress.projection import growth_target_value
from jindu.reporting.models import ValueChange, ValueState
from jindu.reporting.selectors import ProgressRow, progress_for_units, spec_for

HISTORY_PLACES = 6  # history shows a value as stored, to the column's scale
STATE_LABELS = dict(ValueState.choices)


def indicator_page(actor: Actor, unit: Unit, code: str, options: Options) -> dict[str, Any]:
    scope = resolve(unit, options)
    indicator = (
        scope.framework.indicators.select_related("lever", "lead_unit").filter(code=code).first()
    )
    if indicator is None:
        raise NotFound(_("没有这个指标: %(code)s") % {"code": code})
    me, period = scope.data_unit, scope.period
    children = [c for c in visible_region_children(me) if can_read(actor, c)]
    by_unit = progress_for_units([me, *children], period, **scope.query(lever=indicator.lever.code))

    def row_of(u: Unit) -> ProgressRow:
        return next(r for r in by_unit[u.pk] if r.indicator.pk == indicator.pk)

    own = row_of(me)
    series = indicator_series(
        indicator,
        me,
        children,
        period.year,
        include_submitted=options.include_submitted,
        as_of=options.as_of,
    )
    target = Target.objects.filter(indicator=indicator, unit=me, year=period.year).first()
    history = value_history(indicator, [me, *children], period, as_of=options.as_of)
    child_rows = [(c, row_of(c)) for c in children]
    return {
        **header(scope),
        "indicator": {
            "code": indicator.code,
            "name": indicator.name,
            "unit": indicator.unit_of_measure,
            "kind": indicator.kind,
            "kind_label": _(indicator.get_kind_display()),
            "lever": indicator.lever.code,
            "lever_name": indicator.lever.name,
        },
        "row": records.progress_record(own),
        "chart": _chart(indicator, own, series[me.pk], target, period),
        "children": [
            {"region": records.unit_ref(c), **records.progress_record(r)} for c, r in child_rows
        ],
        "history": [_change(indicator, change) for change in history],
        "flags": _flags(indicator, [(me, own), *child_rows], series.values(), period),
    }


def _chart(
    indicator: Indicator,
    row: ProgressRow,
    series: UnitSeries,
    target: Target | None,
    period: Period,
) -> dict[str, Any]:
    """Monthly values this year (to the period) and last year, the annual target, and the
    time-progress line: the value that keeps pace, target × time progress of each month."""
    places = indicator.decimals
    year = period.year
    spec = spec_for(indicator, target)
    progress = [time_progress(spec.schedule, Period(year, m)) for m in range(1, 13)]
    goal = row.evaluation.target
    if indicator.kind == Kind.GROWTH:
        # A growth target asks for last year's total × (1 + growth ÷ 100).
        goal = growth_target_value(goal, series.value(year - 1, 12))

    def amount(value: Decimal | None) -> str | None:
        return records.text(format_amount(value, places))

    return {
        "months": list(range(1, 13)),
        "this_year": [
            amount(series.value(year, m)) if m <= period.month else None for m in range(1, 13)
        ],
        "last_year": [amount(series.value(year - 1, m)) for m in range(1, 13)],
        "target": [amount(goal)] * 12 if goal is not None else [],
        "pace": [amount(goal * p / 100) for p in progress] if goal is not None else [],
        "time_progress": [format_decimal(p, PERCENT_PLACES) for p in progress],
    }


def _change(indicator: Indicator, change: ValueChange) -> dict[str, Any]:
    value = change.value
    return {
        "unit": value.unit.name,
        "period": str(Period(value.year, value.month)),
        "at": timezone.localtime(change.at).isoformat(timespec="minutes"),
        "actor": change.actor,
        "old_value": records.text(format_amount(change.old_value, HISTORY_PLACES)),
        "new_value": records.text(format_amount(change.new_value, HISTORY_PLACES)),
        "old_state": change.old_state or None,
        "new_state": change.new_state,
        "new_state_label": _(STATE_LABELS[change.new_state])
        if change.new_state in STATE_LABELS
        else change.new_state,
        "reason": change.reason,
    }


def _flags(
    indicator: Indicator,
    rows: list[tuple[Unit, ProgressRow]],
    series: Any,
    period: Period,
) -> list[dict[str, str]]:
    """DOMAIN.md §4: parent ≠ sum of its regions, a year-to-date value that fell, YoY beyond
    ±300%."""
    flags: list[dict[str, str]] = []
    for unit, row in rows:
        flags.extend({"unit": unit.name, "message": m} for m in records.row_flags(row))
    for d in cumulative_decreases(indicator, series, period):
        flags.append(
            {
                "unit": d.unit.name,
                "message": _("%(month)s月累计值 %(value)s 低于%(previous_month)s月的 %(previous)s")
                % {
                    "month": d.month,
                    "value": format_amount(d.value, indicator.decimals),
                    "previous_month": d.month - 1,
                    "previous": format_amount(d.previous, indicator.decimals),
                },
            }
        )
    return flags
