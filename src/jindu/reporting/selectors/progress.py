"""Read-side queries: the progress of a unit for a period, and ranks among siblings.

Set-based: one query for the indicators, one for the targets, one for all values of the unit
and its region children over this year and last; the arithmetic is done by jindu.progress.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from jindu.extraction import IndicatorRef, StoredFacts
from jindu.framework.models import Framework, Indicator, Target, Unit
from jindu.framework.selectors import framework_for_unit
from jindu.progress import (
    Components,
    Direction,
    Evaluation,
    IndicatorSpec,
    Kind,
    Period,
    Ranked,
    RollupCheck,
    Schedule,
    ScheduleKind,
    ScoreItem,
    StatusBands,
    UnitScore,
    check_parent,
    evaluate,
    progress_score,
    rank,
    ratio_value,
    rollup_ratio,
    rollup_sum,
)
from jindu.progress.status import reference_progress
from jindu.reporting.models import Value, ValueChange, ValueState


class Stored(NamedTuple):
    """A stored value as the progress selectors need it: plain, cheap to build in bulk."""

    indicator_id: int
    unit_id: int
    year: int
    month: int
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None


STORED_FIELDS = ("indicator_id", "unit_id", "year", "month", "value", "numerator", "denominator")


@dataclass(frozen=True)
class Figure:
    """A value for one unit and month, entered or rolled up from the unit's regions."""

    value: Decimal | None
    components: Components | None
    source: str  # "entered" | "rollup"


@dataclass(frozen=True)
class ProgressRow:
    indicator: Indicator
    lead_unit: Unit | None
    evaluation: Evaluation
    source: str | None  # "entered", "rollup", or None when there is no value
    rollup_check: RollupCheck | None
    last_year_actual: Decimal | None = None  # same month last year, for 同比


def counted_states(include_submitted: bool) -> list[str]:
    """Dashboards use approved values; the switch adds submitted ones (审核中)."""
    states = [ValueState.APPROVED.value]
    if include_submitted:
        states.append(ValueState.SUBMITTED.value)
    return states


def spec_for(indicator: Indicator, target: Target | None = None) -> IndicatorSpec:
    schedule = indicator.schedule_spec()
    if target is not None and target.milestones:
        milestones = tuple((int(m), Decimal(str(s))) for m, s in target.milestones)
        schedule = Schedule(kind=ScheduleKind.MILESTONES, milestones=milestones)
    return IndicatorSpec(
        code=indicator.code,
        kind=Kind(indicator.kind),
        direction=Direction(indicator.direction),
        schedule=schedule,
        decimals=indicator.decimals,
        weight=indicator.weight,
    )


class Series:
    """Values of one unit's own rows and its region children, by indicator and (year, month)."""

    def __init__(self, unit: Unit, children: Sequence[Unit], values: Iterable[Stored]) -> None:
        self.unit, self.children = unit, children
        self.own: dict[tuple[int, int, int], Stored] = {}
        self.kids: dict[tuple[int, int, int], dict[int, Stored]] = defaultdict(dict)
        for v in values:
            key = (v.indicator_id, v.year, v.month)
            if v.unit_id == unit.pk:
                self.own[key] = v
            else:
                self.kids[key][v.unit_id] = v

    def children_figure(self, indicator: Indicator, year: int, month: int) -> Figure | None:
        kids = self.kids.get((indicator.pk, year, month))
        if not kids:
            return None
        if indicator.kind == Kind.RATIO:
            parts = [_components(v) for v in kids.values()]
            if any(p is None for p in parts):
                return None
            total = Components(
                sum((p.numerator for p in parts if p), Decimal(0)),
                sum((p.denominator for p in parts if p), Decimal(0)),
            )
            value = rollup_ratio([total], indicator.factor or Decimal(1))
            return Figure(value, total, "rollup")
        if not indicator.additive:
            return None
        return Figure(rollup_sum(v.value for v in kids.values()), None, "rollup")

    def figure(self, indicator: Indicator, year: int, month: int) -> Figure | None:
        own = self.own.get((indicator.pk, year, month))
        if own is not None and own.value is not None:
            parts = _components(own)
            if indicator.kind == Kind.RATIO and parts is not None:
                # The components are the record; the stored value is rounded for listing.
                return Figure(ratio_value(parts, indicator.factor or Decimal(1)), parts, "entered")
            return Figure(own.value, parts, "entered")
        return self.children_figure(indicator, year, month)

    def check(self, indicator: Indicator, period: Period) -> RollupCheck | None:
        """An entered parent value against its children, when every child has reported."""
        own = self.own.get((indicator.pk, period.year, period.month))
        kids = self.kids.get((indicator.pk, period.year, period.month), {})
        if own is None or own.value is None or not self.children:
            return None
        if any(c.pk not in kids for c in self.children):
            return None
        if indicator.kind == Kind.RATIO:
            children = self.children_figure(indicator, period.year, period.month)
            if children is None or children.value is None:
                return None
            return check_parent(own.value, [children.value])
        if not indicator.additive:
            return None
        return check_parent(own.value, [kids[c.pk].value for c in self.children])


def _components(v: Stored) -> Components | None:
    if v.numerator is None or v.denominator is None:
        return None
    return Components(v.numerator, v.denominator)


def region_children(unit: Unit) -> list[Unit]:
    return list(unit.children.filter(kind=Unit.UnitKind.REGION))


def stored_values(
    *,
    ids: Iterable[int],
    years: list[int],
    states: list[str],
    framework: Framework | None = None,
    indicators: Iterable[int] | None = None,
    as_of: datetime | None = None,
) -> list[Stored]:
    """Counted values of units `ids` in `years` (of a framework, or of some indicators), as
    they are now — or as they stood at `as_of`: each value's last change made by then, if its
    state then counts, rebuilt from the append-only history so a briefing can be reproduced."""
    ids = list(ids)
    if as_of is None:
        query = Value.objects.filter(unit_id__in=ids, year__in=years, state__in=states)
        if framework is not None:
            query = query.filter(indicator__framework=framework)
        if indicators is not None:
            query = query.filter(indicator_id__in=list(indicators))
        return [Stored._make(row) for row in query.values_list(*STORED_FIELDS)]
    changes = ValueChange.objects.filter(
        value__unit_id__in=ids, value__year__in=years, at__lte=as_of
    )
    if framework is not None:
        changes = changes.filter(value__indicator__framework=framework)
    if indicators is not None:
        changes = changes.filter(value__indicator_id__in=list(indicators))
    last: dict[int, tuple[Any, ...]] = {}
    for row in changes.order_by("value_id", "at", "pk").values_list(
        "value_id",
        *(f"value__{f}" for f in STORED_FIELDS[:4]),
        "new_value",
        "new_numerator",
        "new_denominator",
        "new_state",
    ):
        last[row[0]] = row
    return [Stored(*row[1:8]) for row in last.values() if row[8] in states]


def series_by_unit(
    units: Sequence[Unit], children_of: dict[int, list[Unit]], values: Iterable[Stored]
) -> dict[int, Series]:
    """Each unit's Series: its own values, and its region children's for roll-ups."""
    by_unit: dict[int, list[Stored]] = defaultdict(list)
    parent_of = {c.pk: p for p, kids in children_of.items() for c in kids}
    unit_ids = {u.pk for u in units}
    for v in values:
        if v.unit_id in unit_ids:
            by_unit[v.unit_id].append(v)
        if v.unit_id in parent_of:
            by_unit[parent_of[v.unit_id]].append(v)
    return {u.pk: Series(u, children_of.get(u.pk, []), by_unit[u.pk]) for u in units}


def _load_series(
    framework: Framework,
    units: Sequence[Unit],
    children_of: dict[int, list[Unit]],
    period: Period,
    include_submitted: bool,
    lever: str | None,
    as_of: datetime | None = None,
) -> dict[int, Series]:
    ids = {u.pk for u in units} | {c.pk for kids in children_of.values() for c in kids}
    indicators = None
    if lever:
        indicators = list(
            framework.indicators.filter(lever__code=lever).values_list("pk", flat=True)
        )
    values = stored_values(
        ids=ids,
        years=[period.year - 1, period.year],
        states=counted_states(include_submitted),
        framework=framework,
        indicators=indicators,
        as_of=as_of,
    )
    return series_by_unit(units, children_of, values)


def progress_rows(
    unit: Unit,
    period: Period,
    *,
    framework: Framework | None = None,
    lever: str | None = None,
    include_submitted: bool = False,
    as_of: datetime | None = None,
) -> list[ProgressRow]:
    """One row per indicator of the framework: jindu progress, the overview, the briefing."""
    return progress_for_units(
        [unit],
        period,
        framework=framework,
        lever=lever,
        include_submitted=include_submitted,
        as_of=as_of,
    )[unit.pk]


def progress_for_units(
    units: Sequence[Unit],
    period: Period,
    *,
    framework: Framework | None = None,
    lever: str | None = None,
    include_submitted: bool = False,
    as_of: datetime | None = None,
) -> dict[int, list[ProgressRow]]:
    """Progress rows for several units at once (siblings for a ranking), in a fixed number of
    queries whatever the number of units."""
    if not units:
        return {}
    framework = framework or framework_for_unit(units[0])
    indicators = list(
        framework.indicators.select_related("lever", "lead_unit").order_by(
            "lever__sort_order", "sort_order", "code"
        )
    )
    if lever:
        indicators = [i for i in indicators if i.lever.code == lever]
    targets = {
        (t.indicator_id, t.unit_id): t
        for t in Target.objects.filter(
            indicator__framework=framework, unit__in=units, year=period.year
        ).select_related("lead_unit")
    }
    children_of: dict[int, list[Unit]] = defaultdict(list)
    for child in Unit.objects.filter(parent__in=units, kind=Unit.UnitKind.REGION):
        children_of[child.parent_id].append(child)  # type: ignore[index]
    series = _load_series(framework, units, children_of, period, include_submitted, lever, as_of)
    bands = StatusBands(far_behind_pp=framework.far_behind_pp)
    result: dict[int, list[ProgressRow]] = {}
    for unit in units:
        s = series[unit.pk]
        rows = []
        for ind in indicators:
            target = targets.get((ind.pk, unit.pk))
            fig = s.figure(ind, period.year, period.month)
            last = s.figure(ind, period.year - 1, period.month)
            last_series = {
                m: f.value
                for m in range(1, 13)
                if (f := s.figure(ind, period.year - 1, m)) is not None and f.value is not None
            }
            evaluation = evaluate(
                spec_for(ind, target),
                period,
                actual=fig.value if fig else None,
                target=target.value if target else None,
                baseline=target.baseline if target else None,
                last_year_actual=last.value if last else None,
                last_year_series=last_series or None,
                bands=bands,
            )
            lead = (target.lead_unit if target and target.lead_unit else None) or ind.lead_unit
            rows.append(
                ProgressRow(
                    ind,
                    lead,
                    evaluation,
                    fig.source if fig else None,
                    s.check(ind, period),
                    last.value if last else None,
                )
            )
        result[unit.pk] = rows
    return result


def unit_score(unit: Unit, rows: Sequence[ProgressRow]) -> UnitScore:
    """得分: Σ weight × min(completion ÷ time progress, 1) ÷ Σ weight × 100 (DOMAIN.md §3)."""
    items = []
    for row in rows:
        ev, ind = row.evaluation, row.indicator
        if ind.kind == Kind.GROWTH or ev.target is None:
            continue
        reference = reference_progress(Kind(ind.kind), Direction(ind.direction), ev.time_progress)
        items.append(
            ScoreItem(
                indicator_code=ind.code,
                weight=ind.weight,
                completion=ev.completion_rate,
                time_progress=reference,
                missing=ev.actual is None,
                direction=Direction(ind.direction),
            )
        )
    return progress_score(unit.name, items)


def ranking(
    parent: Unit,
    period: Period,
    *,
    framework: Framework | None = None,
    lever: str | None = None,
    include_submitted: bool = False,
    as_of: datetime | None = None,
) -> list[Ranked]:
    """The parent's regions ranked by progress score (ties share a rank)."""
    children = region_children(parent)
    if not children:
        return []
    framework = framework or framework_for_unit(parent)
    rows = progress_for_units(
        children,
        period,
        framework=framework,
        lever=lever,
        include_submitted=include_submitted,
        as_of=as_of,
    )
    return rank([unit_score(u, rows[u.pk]) for u in children])


def extraction_context(
    framework: Framework, unit: Unit | None = None, period: Period | None = None
) -> tuple[list[IndicatorRef], dict[str, StoredFacts]]:
    """The framework's indicators as plain references for jindu.extraction, and, for a unit and
    period, what the database holds (target, last year's value, this value) to check against."""
    indicators = list(framework.indicators.order_by("code"))
    refs = [
        IndicatorRef(code=i.code, name=i.name, aliases=tuple(i.aliases), unit=i.unit_of_measure)
        for i in indicators
    ]
    stored: dict[str, StoredFacts] = {}
    if unit is not None and period is not None:
        for row in progress_rows(unit, period, framework=framework, include_submitted=True):
            stored[row.indicator.code] = StoredFacts(
                # A growth indicator's target is a rate, not a level to compare figures with.
                target=None if row.indicator.kind == Kind.GROWTH else row.evaluation.target,
                last_year_value=row.last_year_actual,
                value=row.evaluation.actual,
            )
    return refs, stored
