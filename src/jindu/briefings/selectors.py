"""Read side of briefings: the figures of a unit and period as of a moment, the archive, and
what changed in the data since a briefing was issued.

The figures come from `jindu.reporting.selectors.progress_rows` (approved values as of the
moment); ranks from the same rows of the unit's sibling regions; the trend from the rows of each
earlier month of the year. Everything is gathered into a `BriefingData` snapshot, from which
the briefing is composed and rendered.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.db.models import QuerySet
from django.utils import timezone

from jindu.briefings.models import IssuedBriefing
from jindu.briefings.snapshot import (
    BriefingData,
    IndicatorFigures,
    LeverInfo,
    TaskInfo,
    from_json,
)
from jindu.framework.models import Framework, Unit
from jindu.framework.selectors import framework_for_unit
from jindu.progress import Direction, Kind, Period
from jindu.reporting.selectors import ProgressRow, progress_for_units, progress_rows

MIN_RANKED = 3  # a rank is stated when at least this many regions have the figure


def _metric(row: ProgressRow) -> Decimal | None:
    """What a rank and a trend compare: completion rate, or growth for growth indicators."""
    ev = row.evaluation
    return ev.yoy_growth if row.indicator.kind == Kind.GROWTH else ev.completion_rate


def _ranks(unit: Unit, rows_of: dict[int, list[ProgressRow]]) -> dict[str, tuple[int, int]]:
    """Rank of `unit` per indicator among its sibling regions; ties share a rank (1, 2, 2, 4)."""
    by_code: dict[str, list[tuple[int, Decimal, Direction]]] = {}
    for unit_id, rows in rows_of.items():
        for row in rows:
            metric = _metric(row)
            if metric is not None:
                entry = (unit_id, metric, Direction(row.indicator.direction))
                by_code.setdefault(row.indicator.code, []).append(entry)
    ranks = {}
    for code, entries in by_code.items():
        if len(entries) < MIN_RANKED:
            continue
        mine = next((m for uid, m, _ in entries if uid == unit.pk), None)
        if mine is None:
            continue
        lower = entries[0][2] is Direction.LOWER
        better = sum(1 for _, m, _ in entries if (m < mine if lower else m > mine))
        ranks[code] = (better + 1, len(entries))
    return ranks


def _siblings(unit: Unit) -> list[Unit]:
    if unit.kind != Unit.UnitKind.REGION or unit.parent is None:
        return []
    return list(unit.parent.children.filter(kind=Unit.UnitKind.REGION).order_by("path"))


def open_supervision_tasks(unit: Unit, as_of: datetime) -> tuple[bool, list[TaskInfo]]:
    """HOOK for the supervision app (built separately): its open tasks for the briefing.

    Returns (available, tasks). The briefing asks `jindu.supervision.selectors` for a function
    `open_tasks_for_briefing(unit, *, as_of)` returning dicts with keys title, lead_unit,
    deadline (ISO date), state (label as shown) and overdue (bool). Until the app is installed
    and offers that function, there is no tasks section.
    """
    if not apps.is_installed("jindu.supervision"):
        return False, []
    try:
        module = importlib.import_module("jindu.supervision.selectors")
    except ImportError:
        return False, []
    fetch = getattr(module, "open_tasks_for_briefing", None)
    if fetch is None:
        return False, []
    found: Iterable[dict[str, Any]] = fetch(unit, as_of=as_of)
    tasks = [
        TaskInfo(
            title=str(t["title"]),
            lead_unit=str(t["lead_unit"]),
            deadline=str(t["deadline"]),
            state=str(t["state"]),
            overdue=bool(t["overdue"]),
        )
        for t in found
    ]
    return True, tasks


def _figures(
    row: ProgressRow, rank: tuple[int, int] | None, trend: Sequence[Decimal | None]
) -> IndicatorFigures:
    ind, ev = row.indicator, row.evaluation
    return IndicatorFigures(
        code=ind.code,
        name=ind.name,
        lever=ind.lever.code,
        unit_of_measure=ind.unit_of_measure,
        decimals=ind.decimals,
        kind=ind.kind,
        direction=ind.direction,
        weight=ind.weight,
        lead_unit=row.lead_unit.name if row.lead_unit else None,
        actual=ev.actual,
        target=ev.target,
        completion_rate=ev.completion_rate,
        time_progress=ev.time_progress,
        gap_pp=ev.gap_pp,
        yoy_growth=ev.yoy_growth,
        status=ev.status.value if ev.status else None,
        required_pace=ev.required_pace,
        rank=rank[0] if rank else None,
        rank_among=rank[1] if rank else None,
        trend=tuple(trend),
    )


def briefing_data(
    unit: Unit,
    period: Period,
    *,
    as_of: datetime | None = None,
    issuer: str | None = None,
    framework: Framework | None = None,
) -> BriefingData:
    """Every figure the briefing of `unit` for `period` states, from the values approved by
    `as_of` (now when not given)."""
    moment = as_of or timezone.now()
    framework = framework or framework_for_unit(unit)
    siblings = _siblings(unit)
    if siblings:
        rows_of = progress_for_units(siblings, period, framework=framework, as_of=moment)
        rows = rows_of[unit.pk]
        ranks = _ranks(unit, rows_of)
    else:
        rows = progress_rows(unit, period, framework=framework, as_of=moment)
        ranks = {}
    trend: dict[str, list[Decimal | None]] = {r.indicator.code: [] for r in rows}
    time_trend: list[Decimal] = []
    for month in range(1, period.month + 1):
        month_rows = rows
        if month < period.month:
            earlier = Period(period.year, month)
            month_rows = progress_rows(unit, earlier, framework=framework, as_of=moment)
        for r in month_rows:
            trend[r.indicator.code].append(_metric(r))
        shares = Counter(r.evaluation.time_progress for r in month_rows)
        time_trend.append(shares.most_common(1)[0][0])
    levers = tuple(
        LeverInfo(lv.code, lv.name) for lv in framework.levers.order_by("sort_order", "code")
    )
    available, tasks = open_supervision_tasks(unit, moment)
    local = timezone.localtime(moment)
    return BriefingData(
        unit=unit.name,
        parent=unit.parent.name if siblings and unit.parent else None,
        framework=framework.name,
        framework_owner=framework.owner.name,
        issuer=issuer or unit.name,
        period=str(period),
        as_of=local.isoformat(),
        levers=levers,
        indicators=tuple(
            _figures(r, ranks.get(r.indicator.code), trend[r.indicator.code]) for r in rows
        ),
        tasks=tuple(tasks),
        time_progress_trend=tuple(time_trend),
        tasks_available=available,
    )


def archive(units: QuerySet[Unit] | None = None) -> QuerySet[IssuedBriefing]:
    """Issued briefings, newest first; `units` limits them to what the reader may see."""
    found = IssuedBriefing.objects.select_related("unit", "issued_by").order_by("-issued_at")
    return found.filter(unit__in=units) if units is not None else found


def snapshot_of(issued: IssuedBriefing) -> BriefingData:
    return from_json(issued.snapshot)


@dataclass(frozen=True)
class Change:
    """A figure that differs between an issued briefing and the data now."""

    code: str
    name: str
    field: str  # actual | target | status
    then: str
    now: str


_COMPARED = ("actual", "target", "status")


def changes_since(issued: IssuedBriefing, *, now: datetime | None = None) -> list[Change]:
    """What changed in the data since the briefing was issued: its snapshot against the
    figures of the same unit, period and language as of `now`."""
    then = snapshot_of(issued)
    current = briefing_data(
        issued.unit, Period.parse(issued.period), as_of=now or timezone.now(), issuer=then.issuer
    )
    return compare(then, current)


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


def compare(then: BriefingData, now: BriefingData) -> list[Change]:
    before = {i.code: i for i in then.indicators}
    out = []
    for ind in now.indicators:
        old = before.pop(ind.code, None)
        for name in _COMPARED:
            new_value = getattr(ind, name)
            old_value = getattr(old, name) if old else None
            if old is None or old_value != new_value:
                out.append(Change(ind.code, ind.name, name, _text(old_value), _text(new_value)))
    for code, old in before.items():
        out.append(Change(code, old.name, "indicator", "present", "removed"))
    return out
