"""Reporting rounds: who must report what, what is due, the entry sheet, timeliness."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from django.db.models import Q, QuerySet

from jindu.accounts.selectors import Actor, can_enter, can_manage, can_review, region_of
from jindu.framework.models import Indicator, Target, Unit
from jindu.progress import Kind, Period, completion_rate, yoy_growth
from jindu.reporting.models import Round, RoundException, Submission, Value, ValueState


def period_of(round_: Round) -> Period:
    return Period(round_.year, round_.month)


def lock_date(round_: Round) -> date:
    return round_.due_date + timedelta(days=round_.lock_after_days)


def is_locked(round_: Round, unit: Unit, today: date) -> bool:
    """Entry is closed after the lock date, unless the office granted this unit more time."""
    if today <= lock_date(round_):
        return False
    return not RoundException.objects.filter(round=round_, unit=unit, until__gte=today).exists()


@dataclass(frozen=True)
class Assignment:
    """An indicator a reporting unit must report for a region in a round."""

    indicator: Indicator
    region: Unit
    lead_unit: Unit
    target: Target | None


def assignments(round_: Round, reporter: Unit | None = None) -> list[Assignment]:
    """Every (indicator, region) of the round with its lead unit: the target's lead unit for
    that region, else the indicator's. Three queries whatever the size of the round."""
    regions = list(round_.units.all())
    targets = {
        (t.indicator_id, t.unit_id): t
        for t in Target.objects.filter(
            indicator__framework=round_.framework_id, unit__in=regions, year=round_.year
        ).select_related("lead_unit")
    }
    indicators = list(
        Indicator.objects.filter(framework=round_.framework_id)
        .select_related("lead_unit", "lever")
        .order_by("lever__sort_order", "sort_order", "code")
    )
    result = []
    for region in regions:
        for ind in indicators:
            target = targets.get((ind.pk, region.pk))
            lead = target.lead_unit if target and target.lead_unit else ind.lead_unit
            if lead is None or (reporter is not None and lead.pk != reporter.pk):
                continue
            result.append(Assignment(ind, region, lead, target))
    return result


def reporting_units(round_: Round) -> list[Unit]:
    seen: dict[int, Unit] = {}
    for a in assignments(round_):
        seen.setdefault(a.lead_unit.pk, a.lead_unit)
    return sorted(seen.values(), key=lambda u: u.path)


@dataclass
class EntryRow:
    """One line of an entry sheet, with the figures a reporter needs beside the input."""

    assignment: Assignment
    value: Value | None
    last_month: Decimal | None
    last_year: Decimal | None
    history: list[Decimal] = field(default_factory=list)  # last year's monthly values

    @property
    def indicator(self) -> Indicator:
        return self.assignment.indicator

    @property
    def target(self) -> Decimal | None:
        t = self.assignment.target
        return t.value if t else None

    @property
    def state(self) -> str:
        return self.value.state if self.value else ""

    def completion(self, actual: Decimal | None) -> Decimal | None:
        if self.indicator.kind == Kind.GROWTH:
            return None
        return completion_rate(actual, self.target)

    def yoy(self, actual: Decimal | None) -> Decimal | None:
        return yoy_growth(actual, self.last_year)


def entry_rows(round_: Round, reporter: Unit | None = None) -> list[EntryRow]:
    """The entry sheet of a reporting unit (all units for the office): one query for values."""
    period = period_of(round_)
    chosen = assignments(round_, reporter)
    if not chosen:
        return []
    previous = period.previous()
    months = {(period.year, period.month), (previous.year, previous.month)}
    months |= {(period.year - 1, m) for m in range(1, 13)}
    query = Q()
    for year, month in months:
        query |= Q(year=year, month=month)
    values = Value.objects.filter(
        query,
        indicator__in={a.indicator.pk for a in chosen},
        unit__in={a.region.pk for a in chosen},
    )
    by_key = {(v.indicator_id, v.unit_id, v.year, v.month): v for v in values}
    rows = []
    for a in chosen:

        def get(year: int, month: int, a: Assignment = a) -> Value | None:
            return by_key.get((a.indicator.pk, a.region.pk, year, month))

        current = get(period.year, period.month)
        last_month = get(previous.year, previous.month) if period.month > 1 else None
        last_year = get(period.year - 1, period.month)
        history = [
            v.value for m in range(1, 13) if (v := get(period.year - 1, m)) and v.value is not None
        ]
        rows.append(
            EntryRow(
                a,
                current,
                last_month.value if last_month else None,
                last_year.value if last_year else None,
                history,
            )
        )
    return rows


class Timeliness(StrEnum):
    """Whether a reporting unit submitted a round by its due date (及时性). Pages show
    `jindu.labels.label(value)`."""

    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"

    @property
    def label_zh(self) -> str:
        return TIMELINESS_LABELS[self]


TIMELINESS_LABELS = {
    Timeliness.ON_TIME: "按时",
    Timeliness.LATE: "迟报",
    Timeliness.MISSING: "未报",
}


def timeliness(round_: Round) -> dict[int, Timeliness]:
    """On time / late / missing for every reporting unit of a round (by first submission)."""
    first: dict[int, datetime] = {}
    for s in Submission.objects.filter(round=round_).order_by("at"):
        first.setdefault(s.unit_id, s.at)
    result = {}
    for unit in reporting_units(round_):
        at = first.get(unit.pk)
        if at is None:
            result[unit.pk] = Timeliness.MISSING
        else:
            local = at.astimezone().date()
            result[unit.pk] = Timeliness.ON_TIME if local <= round_.due_date else Timeliness.LATE
    return result


def rounds_for(actor: Actor) -> QuerySet[Round]:
    """Rounds that concern the actor: those collecting their region or a region below it."""
    scope = actor.scope
    return (
        Round.objects.filter(Q(units__path__startswith=scope.path) | Q(units__in=[scope]))
        .distinct()
        .select_related("framework")
        .order_by("-year", "-month")
    )


@dataclass(frozen=True)
class Todo:
    """A line of a reporter's home page: a round with what is left to do in it."""

    round: Round
    due: date
    locked: bool
    overdue: bool
    to_enter: int
    returned: int
    submitted: int
    approved: int


def todo_for(actor: Actor, today: date) -> list[Todo]:
    """What a reporter must do: due, overdue and returned items per open round."""
    result = []
    for r in rounds_for(actor):
        rows = [
            row
            for row in entry_rows(r, actor.unit)
            if can_enter(actor, row.assignment.region, row.assignment.lead_unit)
        ]
        if not rows:
            continue
        states: defaultdict[str, int] = defaultdict(int)
        for row in rows:
            states[row.state or "empty"] += 1
        to_enter = states["empty"] + states[ValueState.DRAFT]
        result.append(
            Todo(
                r,
                r.due_date,
                is_locked(r, actor.unit, today),
                today > r.due_date and to_enter > 0,
                to_enter,
                states[ValueState.RETURNED],
                states[ValueState.SUBMITTED],
                states[ValueState.APPROVED],
            )
        )
    return result


def review_queue(round_: Round, actor: Actor) -> list[EntryRow]:
    """Submitted values of a round that this reviewer may approve or return."""
    return [
        row
        for row in entry_rows(round_)
        if row.state == ValueState.SUBMITTED and can_review(actor, row.assignment.region)
    ]


def may_open_rounds(actor: Actor) -> bool:
    return can_manage(actor, actor.scope)


def regions_for_round(actor: Actor) -> list[Unit]:
    """Regions an office user can collect from: their region and the regions below it."""
    return [
        u for u in Unit.objects.filter(path__startswith=actor.scope.path, kind=Unit.UnitKind.REGION)
    ]


def reporter_region(unit: Unit) -> Unit:
    return region_of(unit)


@dataclass(frozen=True)
class RoundNotice:
    """Something a reporting unit should be told about a round: due soon, overdue, returned.
    `deadline` keys the notice: the due date, or for returned values the day of the return,
    so each new return is told once."""

    round: Round
    unit: Unit
    kind: str  # "round_due" | "round_overdue" | "round_returned"
    deadline: date
    title: str
    body: str


def round_notices(today: date, soon: int) -> list[RoundNotice]:
    """Notices for every round still being collected (due date not more than 60 days ago)."""
    notices: list[RoundNotice] = []
    window = Round.objects.filter(due_date__gte=today - timedelta(days=60))
    for round_ in window.select_related("framework"):
        left: dict[int, int] = defaultdict(int)
        returned: dict[int, list[Value]] = defaultdict(list)
        units: dict[int, Unit] = {}
        for row in entry_rows(round_):
            unit = row.assignment.lead_unit
            units[unit.pk] = unit
            if row.state in ("", ValueState.DRAFT):
                left[unit.pk] += 1
            elif row.state == ValueState.RETURNED and row.value is not None:
                returned[unit.pk].append(row.value)
        for pk, count in left.items():
            days = (round_.due_date - today).days
            if 0 <= days <= soon:
                notices.append(
                    RoundNotice(
                        round_,
                        units[pk],
                        "round_due",
                        round_.due_date,
                        f"{round_}还有 {days} 天截止",
                        f"还有 {count} 项未报送。",
                    )
                )
            elif days < 0:
                notices.append(
                    RoundNotice(
                        round_,
                        units[pk],
                        "round_overdue",
                        round_.due_date,
                        f"{round_}已逾期 {-days} 天",
                        f"还有 {count} 项未报送。",
                    )
                )
        for pk, values in returned.items():
            latest = max(v.updated_at for v in values).date()
            names = "、".join(v.indicator.name for v in values[:5])
            notices.append(
                RoundNotice(
                    round_,
                    units[pk],
                    "round_returned",
                    latest,
                    f"{round_}有 {len(values)} 项被退回",
                    f"请修改后重新报送：{names}",
                )
            )
    return notices
