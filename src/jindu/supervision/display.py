"""Records as people read them: the same dicts feed the JSON API and the pages' tables, so the
JSON twin of a page is never a second implementation. Rates to 2 decimals, days to 1, half-up.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from jindu.labels import label
from jindu.progress import PERCENT_PLACES, format_decimal
from jindu.supervision.models import Inspection, Notification, Source, TaskEvent
from jindu.supervision.selectors.board import Board, RequirementRecord, TaskRow, UnitRecord
from jindu.supervision.workflow import Action, State

DAYS_PLACES = 1


def _dt(moment: Any) -> str | None:
    return timezone.localtime(moment).isoformat(timespec="minutes") if moment else None


def event_record(e: TaskEvent) -> dict[str, Any]:
    return {
        "at": _dt(e.at),
        "actor": e.actor,
        "action": e.action,
        "action_label": e.action_label,
        "from": e.from_state or None,
        "from_label": e.from_label or None,
        "to": e.to_state,
        "to_label": e.to_label,
        "comment": e.comment,
        "deadline": e.deadline.isoformat() if e.deadline else None,
        "requested_deadline": e.requested_deadline.isoformat() if e.requested_deadline else None,
        "attachments": [a.name for a in e.attachments.all()],
    }


def task_record(row: TaskRow) -> dict[str, Any]:
    t = row.task
    return {
        "id": t.pk,
        "title": t.title,
        "source": t.source,
        "source_label": label(Source(t.source)),
        "source_note": t.source_note,
        "region": t.region.name,
        "lead_unit": t.lead_unit.name,
        "cooperating_units": [u.name for u in t.cooperating_units.all()],
        "deadline": t.deadline.isoformat(),
        "requested_deadline": t.requested_deadline.isoformat() if t.requested_deadline else None,
        "state": t.state,
        "state_label": label(State(t.state)),
        "flag": row.flag.value if row.flag else None,
        "flag_label": label(row.flag) if row.flag else None,
        "days_left": row.days_left,
        "assigned_at": _dt(t.assigned_at),
        "reported_at": _dt(t.reported_at),
        "closed_at": _dt(t.closed_at),
    }


def task_detail_record(row: TaskRow, actions: list[Action]) -> dict[str, Any]:
    t = row.task
    return {
        **task_record(row),
        "content": t.content,
        "indicators": [i.code for i in t.indicators.all()],
        "events": [event_record(e) for e in t.events.all()],
        "allowed_actions": [a.value for a in actions],
    }


def unit_record(u: UnitRecord) -> dict[str, Any]:
    return {
        "unit": u.unit.name,
        "total": u.total,
        "open": u.open,
        "overdue": u.overdue,
        "closed": u.closed,
        "closed_on_time": u.closed_on_time,
        "on_time_rate": format_decimal(u.on_time_rate, PERCENT_PLACES)
        if u.on_time_rate is not None
        else None,
        "average_days_to_close": format_decimal(u.average_days_to_close, DAYS_PLACES)
        if u.average_days_to_close is not None
        else None,
        "by_state": {s.value: u.by_state.get(s.value, 0) for s in State},
    }


def board_record(b: Board) -> dict[str, Any]:
    return {
        "today": b.today.isoformat(),
        "overdue": b.overdue,
        "due_soon": b.due_soon,
        "by_state": {s.value: b.by_state.get(s.value, 0) for s in State},
        "tasks": [task_record(r) for r in b.rows],
        "units": [unit_record(u) for u in b.units],
    }


def inspection_summary(i: Inspection) -> dict[str, Any]:
    return {
        "id": i.pk,
        "date": i.date.isoformat(),
        "inspecting_unit": i.inspecting_unit.name,
        "inspectors": i.inspectors,
        "inspected_unit": i.inspected_unit.name,
    }


def inspection_record(i: Inspection, requirements: list[RequirementRecord]) -> dict[str, Any]:
    """The record for the next visit: each requirement and the state of its tasks since."""
    return {
        **inspection_summary(i),
        "sites": i.sites,
        "participants": i.participants,
        "findings": i.findings,
        "attachments": [a.name for a in i.attachments.all()],
        "requirements": [
            {
                "number": r.requirement.number,
                "text": r.requirement.text,
                "tasks": [
                    {**task_record(row), "events": [event_record(e) for e in row.task.events.all()]}
                    for row in r.rows
                ],
            }
            for r in requirements
        ],
    }


def notification_record(n: Notification) -> dict[str, Any]:
    return {
        "id": n.pk,
        "at": _dt(n.at),
        "kind": n.kind,
        "title": n.title,
        "body": n.body,
        "url": n.url,
        "read": n.read_at is not None,
    }
