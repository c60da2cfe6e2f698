"""Read queries of the dashboards (看板), beside jindu.reporting.selectors.

The progress rows, roll-ups, scores and ranks come from jindu.reporting.selectors; this module
adds what only the dashboards need: which periods have data, the monthly series of one
indicator for a unit and its regions over two years (one query), and the history of its values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jindu.framework.models import Framework, Indicator, Unit
from jindu.framework.selectors import NotFound, framework_for_unit
from jindu.progress import Kind, Period
from jindu.reporting.models import ValueChange
from jindu.reporting.selectors import (
    Figure,
    ProgressRow,
    counted_states,
    latest_period,
    progress_rows,
    series_by_unit,
    stored_values,
)


@dataclass(frozen=True)
class UnitSeries:
    """One unit's monthly figures of one indicator: {(year, month): Figure}."""

    unit: Unit
    figures: dict[tuple[int, int], Figure]

    def value(self, year: int, month: int) -> Decimal | None:
        figure = self.figures.get((year, month))
        return figure.value if figure else None


def indicator_series(
    indicator: Indicator,
    unit: Unit,
    children: Sequence[Unit],
    year: int,
    *,
    include_submitted: bool = False,
    as_of: datetime | None = None,
) -> dict[int, UnitSeries]:
    """Monthly figures of `indicator` for `unit` and each of `children`, this year and last,
    rolled up as the progress rows do. Two queries: the children's regions, then the values."""
    grandchildren: dict[int, list[Unit]] = defaultdict(list)
    child_ids = [c.pk for c in children]
    for g in Unit.objects.filter(parent_id__in=child_ids, kind=Unit.UnitKind.REGION):
        grandchildren[g.parent_id].append(g)  # type: ignore[index]
    own_children = [c for c in children if c.kind == Unit.UnitKind.REGION]
    kids_of: dict[int, list[Unit]] = {unit.pk: own_children, **grandchildren}
    ids = {unit.pk, *child_ids} | {g.pk for kids in grandchildren.values() for g in kids}
    years = [year - 1, year]
    values = stored_values(
        ids=ids,
        years=years,
        states=counted_states(include_submitted),
        indicators=[indicator.pk],
        as_of=as_of,
    )
    everyone = series_by_unit([unit, *children], kids_of, values)
    result: dict[int, UnitSeries] = {}
    for u in [unit, *children]:
        series = everyone[u.pk]
        figures = {
            (y, m): f
            for y in years
            for m in range(1, 13)
            if (f := series.figure(indicator, y, m)) is not None and f.value is not None
        }
        result[u.pk] = UnitSeries(u, figures)
    return result


def value_history(
    indicator: Indicator,
    units: Sequence[Unit],
    period: Period,
    *,
    as_of: datetime | None = None,
) -> list[ValueChange]:
    """Every recorded change (修改记录) of the indicator's values of `units` from January to
    `period`, made by `as_of` when given. One query."""
    changes = ValueChange.objects.filter(
        value__indicator=indicator,
        value__unit__in=units,
        value__year=period.year,
        value__month__lte=period.month,
    )
    if as_of is not None:
        changes = changes.filter(at__lte=as_of)
    return list(
        changes.select_related("value", "value__unit").order_by(
            "value__unit__path", "value__month", "at", "pk"
        )
    )


@dataclass(frozen=True)
class Decrease:
    """A year-to-date value lower than the month before: a data error to question."""

    unit: Unit
    month: int
    value: Decimal
    previous: Decimal


def cumulative_decreases(
    indicator: Indicator, series: Iterable[UnitSeries], period: Period
) -> list[Decrease]:
    """Months of `period`'s year, up to the period, in which an entered year-to-date value
    fell (DOMAIN.md §4). Only for flows (cumulative, and the flow behind a growth rate); a
    rolled-up figure is not questioned, its regions are."""
    if indicator.kind not in (Kind.CUMULATIVE, Kind.GROWTH):
        return []
    found = []
    for s in series:
        for month in range(2, period.month + 1):
            now = s.figures.get((period.year, month))
            before = s.figures.get((period.year, month - 1))
            if now is None or before is None or "rollup" in (now.source, before.source):
                continue
            if now.value is not None and before.value is not None and now.value < before.value:
                found.append(Decrease(s.unit, month, now.value, before.value))
    return found


def visible_region_children(unit: Unit) -> list[Unit]:
    """The unit's regions in display order (区县 of a 市)."""
    return list(
        Unit.objects.filter(parent=unit, kind=Unit.UnitKind.REGION).order_by("sort_order", "path")
    )


def lead_units_in_order(units: Iterable[Unit | None]) -> list[Unit]:
    """Distinct lead units (牵头单位), in the unit tree's order."""
    seen = {u.pk: u for u in units if u is not None}
    return sorted(seen.values(), key=lambda u: (u.sort_order, u.path))


@dataclass(frozen=True)
class PublicPage:
    """What citizens may see of a region: the framework's public indicators (公开指标), approved
    values only, for the latest month with approved data."""

    unit: Unit
    framework: Framework
    period: Period | None
    rows: list[ProgressRow]


def public_page(code: str) -> PublicPage | None:
    """None when the unit is not a region or its framework publishes nothing."""
    unit = Unit.objects.filter(code=code, kind=Unit.UnitKind.REGION).first()
    if unit is None:
        return None
    try:
        framework = framework_for_unit(unit)
    except NotFound:
        return None
    public = set(framework.indicators.filter(public=True).values_list("pk", flat=True))
    if not public:
        return None
    period = latest_period(unit, framework)  # approved values only, never include_submitted
    rows = (
        []
        if period is None
        else [
            r for r in progress_rows(unit, period, framework=framework) if r.indicator.pk in public
        ]
    )
    return PublicPage(unit, framework, period, rows)
