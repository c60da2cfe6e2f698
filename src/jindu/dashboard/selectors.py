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
from typing import Any

from django.db.models import Q

from jindu.framework.models import Framework, Indicator, Unit
from jindu.progress import Kind, Period

# _Series holds the roll-up rules of the progress rows (entered value, else the sum of the
# regions, ratios from summed components); reusing it keeps the charts equal to the tables.
from jindu.reporting.selectors import Figure, _Series, counted_states
from jindu.reporting.models import Value, ValueChange


def periods_with_data(
    unit: Unit, framework: Framework, *, include_submitted: bool = False
) -> list[Period]:
    """Months for which the unit's subtree has counted values, latest first (the period
    switch). One query."""
    rows = (
        Value.objects.filter(
            indicator__framework=framework,
            unit__path__startswith=unit.path,
            state__in=counted_states(include_submitted),
        )
        .values_list("year", "month")
        .distinct()
        .order_by("-year", "-month")
    )
    return [Period(year, month) for year, month in rows]


def latest_period(
    unit: Unit,
    framework: Framework,
    *,
    include_submitted: bool = False,
    as_of: datetime | None = None,
    periods: Sequence[Period] | None = None,
) -> Period | None:
    """The latest month with counted (approved) data in the unit's subtree, as it stood at
    `as_of` when given. `periods` (from periods_with_data) saves the query when not as of."""
    if as_of is None:
        found = periods if periods is not None else periods_with_data(
            unit, framework, include_submitted=include_submitted
        )
        return found[0] if found else None
    latest = (
        ValueChange.objects.filter(
            value__indicator__framework=framework,
            value__unit__path__startswith=unit.path,
            new_state__in=counted_states(include_submitted),
            at__lte=as_of,
        )
        .order_by("-value__year", "-value__month")
        .values_list("value__year", "value__month")
        .first()
    )
    return Period(*latest) if latest else None


@dataclass(frozen=True)
class UnitSeries:
    """One unit's monthly figures of one indicator: {(year, month): Figure}."""

    unit: Unit
    figures: dict[tuple[int, int], Figure]

    def value(self, year: int, month: int) -> Decimal | None:
        figure = self.figures.get((year, month))
        return figure.value if figure else None


def _values_of_indicator(
    indicator: Indicator,
    ids: Iterable[int],
    years: list[int],
    states: list[str],
    as_of: datetime | None,
) -> list[Value]:
    if as_of is None:
        return list(
            Value.objects.filter(
                indicator=indicator, unit_id__in=ids, year__in=years, state__in=states
            ).only("indicator_id", "unit_id", "year", "month", "value", "numerator", "denominator")
        )
    # As it stood at `as_of`: each value's last change made by then (append-only history).
    changes = (
        ValueChange.objects.filter(
            value__indicator=indicator, value__unit_id__in=ids, value__year__in=years, at__lte=as_of
        )
        .order_by("value_id", "at", "pk")
        .values_list(
            "value_id",
            "value__unit_id",
            "value__year",
            "value__month",
            "new_value",
            "new_numerator",
            "new_denominator",
            "new_state",
        )
    )
    last: dict[int, tuple[Any, ...]] = {}
    for row in changes:
        last[row[0]] = row
    return [
        Value(
            pk=pk,
            indicator_id=indicator.pk,
            unit_id=unit,
            year=year,
            month=month,
            value=value,
            numerator=numerator,
            denominator=denominator,
            state=state,
        )
        for pk, unit, year, month, value, numerator, denominator, state in last.values()
        if state in states
    ]


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
    values = _values_of_indicator(
        indicator, ids, years, counted_states(include_submitted), as_of
    )
    parent_of = {k.pk: p for p, kids in kids_of.items() for k in kids}
    by_unit: dict[int, list[Value]] = defaultdict(list)
    for v in values:
        by_unit[v.unit_id].append(v)
        if v.unit_id in parent_of:
            by_unit[parent_of[v.unit_id]].append(v)
    result: dict[int, UnitSeries] = {}
    for u in [unit, *children]:
        series = _Series(u, kids_of.get(u.pk, []), by_unit[u.pk])
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


def units_by_code(codes: Iterable[str]) -> dict[str, Unit]:
    return {u.code: u for u in Unit.objects.filter(code__in=list(codes))}


def visible_region_children(unit: Unit) -> list[Unit]:
    """The unit's regions in display order (区县 of a 市)."""
    return list(
        Unit.objects.filter(parent=unit, kind=Unit.UnitKind.REGION).order_by("sort_order", "path")
    )


def lead_units_in_order(units: Iterable[Unit | None]) -> list[Unit]:
    """Distinct lead units (牵头单位), in the unit tree's order."""
    seen = {u.pk: u for u in units if u is not None}
    return sorted(seen.values(), key=lambda u: (u.sort_order, u.path))


def subtree_filter(unit: Unit) -> Q:
    return Q(path__startswith=unit.path)
