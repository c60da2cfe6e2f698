"""The data of each dashboard page, built once: the HTML view renders it and the JSON twin
(?format=json and /api/dashboard/…) returns it, so the two cannot differ.

Every function takes a unit the caller has already checked with can_read(actor, unit); where
a page shows other units (children in the matrix, siblings in a ranking) it shows only those
the actor may read too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from jindu.accounts.selectors import Actor, can_read, region_of
from jindu.dashboard import records
from jindu.dashboard.options import Options
from jindu.dashboard.selectors import (
    lead_units_in_order,
    visible_region_children,
)
from jindu.framework.models import Framework, Unit
from jindu.framework.selectors import framework_for_unit
from jindu.progress import Period
from jindu.reporting.selectors import (
    ProgressRow,
    latest_period,
    periods_with_data,
    progress_for_units,
    progress_rows,
    unit_score,
)


@dataclass(frozen=True)
class Scope:
    """A page's unit, framework and period, resolved from the options."""

    unit: Unit  # as asked for
    data_unit: Unit  # whose values are shown: a department or park shows its region's
    framework: Framework
    period: Period
    periods: list[Period]
    options: Options

    def query(self, **kw: Any) -> dict[str, Any]:
        """The keyword arguments of the progress selectors."""
        return {
            "framework": self.framework,
            "lever": self.options.lever,
            "include_submitted": self.options.include_submitted,
            "as_of": self.options.as_of,
            **kw,
        }


def resolve(unit: Unit, options: Options) -> Scope:
    """Raises framework.selectors.NotFound when no framework applies to the unit."""
    data_unit = unit if unit.kind == Unit.UnitKind.REGION else region_of(unit)
    framework = framework_for_unit(data_unit)
    periods = periods_with_data(data_unit, framework, include_submitted=options.include_submitted)
    period = options.period or latest_period(
        data_unit,
        framework,
        include_submitted=options.include_submitted,
        as_of=options.as_of,
        periods=periods,
    )
    if period is None:
        today = timezone.localdate()
        period = Period(today.year, today.month)
    return Scope(unit, data_unit, framework, period, periods, options)


def header(scope: Scope) -> dict[str, Any]:
    """What every page states about itself, so a briefing can be reproduced from it."""
    options = scope.options
    return {
        "unit": records.unit_ref(scope.unit),
        "framework": records.framework_ref(scope.framework),
        "period": str(scope.period),
        "lever": options.lever,
        "include_submitted": options.include_submitted,
        "as_of": options.as_of.isoformat() if options.as_of else None,
        "levers": [
            {"code": lever.code, "name": lever.name} for lever in scope.framework.levers.all()
        ],
        "periods": [str(p) for p in scope.periods],
    }


def _own_rows(scope: Scope) -> list[ProgressRow]:
    rows = progress_rows(scope.data_unit, scope.period, **scope.query())
    if scope.unit.pk != scope.data_unit.pk:
        # A department's overview: the indicators it leads (牵头) for its region.
        rows = [r for r in rows if _led_by(r, scope.unit)]
    return rows


def overview(unit: Unit, options: Options) -> dict[str, Any]:
    """总览: counts by status, then every indicator, lagging first."""
    scope = resolve(unit, options)
    rows = _own_rows(scope)
    return {
        **header(scope),
        "counts": records.status_counts(rows),
        "monitored": records.monitored_count(rows),
        "rows": [records.progress_record(r) for r in records.lagging_first(rows)],
    }


def _column(unit: Unit, rows: list[ProgressRow], kind: str) -> dict[str, Any]:
    counts = {c["status"]: c["count"] for c in records.status_counts(rows)}
    return {
        **records.unit_ref(unit),
        "kind": kind,
        "counts": counts,
        "score": records.score_text(unit_score(unit, rows)),
    }


def matrix(actor: Actor, unit: Unit, options: Options) -> dict[str, Any]:
    """矩阵: indicators × the unit's regions (plus the unit itself, rolled up), or, for a unit
    without regions, its indicators × the departments that lead them."""
    scope = resolve(unit, options)
    children = [c for c in visible_region_children(scope.data_unit) if can_read(actor, c)]
    if children:
        columns, rows = _by_region(scope, children)
        mode = "regions"
    else:
        columns, rows = _by_lead_unit(scope)
        mode = "lead_units"
    return {**header(scope), "mode": mode, "columns": columns, "rows": rows}


Table = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def _by_region(scope: Scope, children: list[Unit]) -> Table:
    """江门市 × its counties: one column per region, then the parent's own (rolled-up) column;
    the rows of every unit come in the framework's indicator order."""
    parent = scope.data_unit
    units = [*children, parent]
    by_unit = progress_for_units(units, scope.period, **scope.query())
    columns = [_column(u, by_unit[u.pk], "region") for u in children]
    columns.append(_column(parent, by_unit[parent.pk], "total"))
    rows = []
    for i, own in enumerate(by_unit[parent.pk]):
        cells: list[dict[str, Any] | None] = [
            records.cell_record(by_unit[u.pk][i], u) for u in units
        ]
        rows.append(_matrix_row(own, cells))
    return columns, rows


def _by_lead_unit(scope: Scope) -> Table:
    """开平市 × its departments: departments are not sub-regions, so each department's column
    holds the region's indicators it leads (牵头)."""
    own_rows = _own_rows(scope)
    leads = lead_units_in_order(r.lead_unit for r in own_rows)
    columns = [_column(lead, [r for r in own_rows if _led_by(r, lead)], "lead") for lead in leads]
    rows = []
    for own in own_rows:
        cell = records.cell_record(own, scope.data_unit)
        cells = [cell if _led_by(own, lead) else None for lead in leads]
        rows.append(_matrix_row(own, cells))
    return columns, rows


def _led_by(row: ProgressRow, lead: Unit) -> bool:
    return row.lead_unit is not None and row.lead_unit.pk == lead.pk


def _matrix_row(row: ProgressRow, cells: Sequence[dict[str, Any] | None]) -> dict[str, Any]:
    ind = row.indicator
    return {
        "code": ind.code,
        "name": ind.name,
        "unit": ind.unit_of_measure,
        "lever": ind.lever.code,
        "lead_unit": row.lead_unit.name if row.lead_unit else None,
        "cells": list(cells),
    }
