"""The task board (督办台账): tasks overdue first, counts by state and by unit, and each
lead unit's record: on-time closure rate (按期办结率) and average days to close.

- on time: closed, and the done report that was approved came on or before the deadline in
  force (after any approved extension);
- days to close: calendar days (Beijing time) from 交办 to 销号;
- both over closed tasks only; a unit with none closed shows "—".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from jindu.framework.models import Unit
from jindu.supervision.models import Inspection, Requirement, Task, TaskEvent
from jindu.supervision.selectors.deadlines import Flag, flag_for
from jindu.supervision.workflow import State


@dataclass(frozen=True)
class TaskRow:
    task: Task
    flag: Flag | None
    days_left: int  # deadline − today; negative when overdue

    @property
    def state(self) -> State:
        return State(self.task.state)

    @property
    def days_overdue(self) -> int:
        return -self.days_left


_GROUP = {
    State.REGISTERED: 3,
    State.REPORTED: 4,
    State.CLOSED: 5,
}


def _order(row: TaskRow) -> tuple[int, date, int]:
    if row.flag is Flag.OVERDUE:
        group = 0
    elif row.flag is Flag.DUE_SOON:
        group = 1
    else:
        group = _GROUP.get(row.state, 2)
    return group, row.task.deadline, row.task.pk


def task_rows(tasks: Iterable[Task], today: date) -> list[TaskRow]:
    """Overdue first (longest overdue first), then due soon, then the other open tasks by
    deadline, then drafts, tasks awaiting review, and closed ones."""
    rows = [
        TaskRow(t, flag_for(t.state, t.deadline, today), (t.deadline - today).days) for t in tasks
    ]
    return sorted(rows, key=_order)


def board_tasks(tasks: QuerySet[Task]) -> QuerySet[Task]:
    return tasks.select_related("lead_unit", "region").prefetch_related("cooperating_units")


@dataclass(frozen=True)
class UnitRecord:
    unit: Unit
    by_state: dict[str, int]
    total: int
    open: int
    overdue: int
    closed: int
    closed_on_time: int
    on_time_rate: Decimal | None  # %
    average_days_to_close: Decimal | None


def _local(moment: object) -> date:
    return timezone.localdate(moment)  # type: ignore[arg-type]


def unit_records(rows: Sequence[TaskRow]) -> list[UnitRecord]:
    """One record per lead unit, in unit order."""
    by_unit: dict[int, list[TaskRow]] = {}
    units: dict[int, Unit] = {}
    for row in rows:
        by_unit.setdefault(row.task.lead_unit_id, []).append(row)
        units[row.task.lead_unit_id] = row.task.lead_unit
    records = []
    for pk, unit_rows in by_unit.items():
        closed = [r.task for r in unit_rows if r.state is State.CLOSED]
        on_time = [
            t for t in closed if t.reported_at is not None and _local(t.reported_at) <= t.deadline
        ]
        days = [
            (_local(t.closed_at) - _local(t.assigned_at)).days
            for t in closed
            if t.closed_at is not None and t.assigned_at is not None
        ]
        records.append(
            UnitRecord(
                unit=units[pk],
                by_state=dict(Counter(r.task.state for r in unit_rows)),
                total=len(unit_rows),
                open=sum(1 for r in unit_rows if r.state not in (State.CLOSED, State.REGISTERED)),
                overdue=sum(1 for r in unit_rows if r.flag is Flag.OVERDUE),
                closed=len(closed),
                closed_on_time=len(on_time),
                on_time_rate=Decimal(len(on_time)) * 100 / Decimal(len(closed)) if closed else None,
                average_days_to_close=Decimal(sum(days)) / Decimal(len(days)) if days else None,
            )
        )
    return sorted(records, key=lambda r: (r.unit.path, r.unit.pk))


@dataclass
class Board:
    today: date
    rows: list[TaskRow]
    by_state: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    due_soon: int = 0
    units: list[UnitRecord] = field(default_factory=list)


def board(tasks: QuerySet[Task], today: date) -> Board:
    """The board of the given tasks (already limited to what the user may see)."""
    rows = task_rows(board_tasks(tasks), today)
    return Board(
        today=today,
        rows=rows,
        by_state=dict(Counter(r.task.state for r in rows)),
        overdue=sum(1 for r in rows if r.flag is Flag.OVERDUE),
        due_soon=sum(1 for r in rows if r.flag is Flag.DUE_SOON),
        units=unit_records(rows),
    )


@dataclass(frozen=True)
class RequirementRecord:
    requirement: Requirement
    rows: list[TaskRow]


def inspection_with_history(pk: int) -> Inspection:
    """An inspection with its requirements, their tasks and each task's events, in a fixed
    number of queries."""
    events = TaskEvent.objects.select_related("user").prefetch_related("attachments")
    tasks = Task.objects.select_related("lead_unit", "region").prefetch_related(
        "cooperating_units", Prefetch("events", queryset=events)
    )
    return (
        Inspection.objects.select_related("inspecting_unit", "inspected_unit")
        .prefetch_related(
            "attachments",
            Prefetch(
                "requirements",
                queryset=Requirement.objects.prefetch_related(Prefetch("tasks", queryset=tasks)),
            ),
        )
        .get(pk=pk)
    )


def requirement_records(inspection: Inspection, today: date) -> list[RequirementRecord]:
    return [
        RequirementRecord(r, task_rows(r.tasks.all(), today)) for r in inspection.requirements.all()
    ]
