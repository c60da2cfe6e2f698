"""JSON API of supervision: the JSON twins of the pages (same selectors, same records from
jindu.supervision.display) and the workflow actions. Mounted at /api/supervision/."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError

from jindu.accounts.selectors import can_read
from jindu.api import Forbidden, actor_of
from jindu.framework.models import Unit
from jindu.progress import Period
from jindu.supervision import display, services
from jindu.supervision.models import Inspection, Notification, Task
from jindu.supervision.selectors import (
    board,
    can_see_inspection,
    can_see_task,
    far_behind_rows,
    inspection_with_history,
    latest_period,
    requirement_records,
    sides_of,
    task_rows,
    visible_inspections,
    visible_tasks,
)
from jindu.supervision.workflow import Action, Refused, State, allowed

router = Router(tags=["supervision"])


def _today(text: str | None) -> date:
    if not text:
        return timezone.localdate()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise HttpError(400, f"not a date: {text!r} (e.g. 2016-05-20)") from None


@router.get("/tasks", url_name="supervision_board")
def task_board(
    request: HttpRequest, unit: str | None = None, state: str | None = None, today: str = ""
) -> dict[str, Any]:
    """督办台账: tasks overdue first, counts by state, each lead unit's closure record."""
    tasks = visible_tasks(actor_of(request))
    if unit:
        tasks = tasks.filter(lead_unit__code=unit)
    if state:
        tasks = tasks.filter(state=state)
    return display.board_record(board(tasks, _today(today)))


def _task(request: HttpRequest, pk: int) -> Task:
    task = get_object_or_404(
        Task.objects.select_related("region", "lead_unit").prefetch_related(
            "cooperating_units", "indicators", "events__attachments"
        ),
        pk=pk,
    )
    if not can_see_task(actor_of(request), task):
        raise Forbidden(_("无权查看该督办事项"))
    return task


@router.get("/tasks/{pk}", url_name="supervision_task")
def task_detail(request: HttpRequest, pk: int, today: str = "") -> dict[str, Any]:
    """One task with its history and the actions the caller may take now."""
    task = _task(request, pk)
    (row,) = task_rows([task], _today(today))
    actions = allowed(State(task.state), sides_of(actor_of(request), task))
    return display.task_detail_record(row, actions)


class ActionIn(Schema):
    comment: str = ""
    new_deadline: date | None = None


@router.post("/tasks/{pk}/actions/{action}", url_name="supervision_task_action")
def task_action(request: HttpRequest, pk: int, action: str, body: ActionIn) -> dict[str, Any]:
    """Apply a workflow action (assign, accept, progress, request_extension, ...). A refused
    action answers 409 (wrong state) or 403 (wrong side) with a `detail` in the request's
    language (Chinese unless the client asks for English)."""
    task = _task(request, pk)
    try:
        step = Action(action)
    except ValueError:
        raise HttpError(404, f"no such action: {action}") from None
    actor = actor_of(request)
    user = request.user if request.user.is_authenticated else None
    try:
        with transaction.atomic():
            services.apply(
                task=task,
                action=step,
                actor=actor,
                user=user,
                comment=body.comment,
                new_deadline=body.new_deadline,
            )
    except Refused as exc:
        if exc.status == 403:
            raise Forbidden(exc.message) from None
        raise HttpError(exc.status, exc.message) from None
    return task_detail(request, pk)


@router.get("/inspections", url_name="supervision_inspections")
def inspection_list(request: HttpRequest) -> list[dict[str, Any]]:
    inspections = visible_inspections(actor_of(request)).select_related(
        "inspecting_unit", "inspected_unit"
    )
    return [display.inspection_summary(i) for i in inspections]


@router.get("/inspections/{pk}", url_name="supervision_inspection")
def inspection_record(request: HttpRequest, pk: int, today: str = "") -> dict[str, Any]:
    """The record for the next visit: each requirement and what became of it."""
    try:
        inspection = inspection_with_history(pk)
    except Inspection.DoesNotExist:
        raise HttpError(404, "no such inspection") from None
    if not can_see_inspection(actor_of(request), inspection):
        raise Forbidden(_("无权查看该督查记录"))
    records = requirement_records(inspection, _today(today))
    return display.inspection_record(inspection, records)


@router.get("/inbox", url_name="supervision_inbox")
def inbox(request: HttpRequest, unread: bool = False) -> list[dict[str, Any]]:
    actor_of(request)
    if not request.user.is_authenticated:
        raise Forbidden(_("站内消息只对登录用户开放"))
    messages = Notification.objects.filter(user_id=request.user.pk)
    if unread:
        messages = messages.filter(read_at=None)
    return [display.notification_record(n) for n in messages[:200]]


@router.get("/far-behind/{unit}", url_name="supervision_far_behind")
def far_behind(request: HttpRequest, unit: str, period: str | None = None) -> dict[str, Any]:
    """严重滞后 indicators of a unit, with the draft task made from each, if any."""
    found = get_object_or_404(Unit, code=unit)
    if not can_read(actor_of(request), found):
        raise Forbidden(_("无权查看 %(unit)s 的数据") % {"unit": found.name})
    try:
        month = Period.parse(period) if period else latest_period(found)
    except ValueError as exc:
        raise HttpError(400, str(exc)) from None
    rows = far_behind_rows(found, month) if month else []
    return {
        "unit": found.name,
        "period": str(month) if month else None,
        "rows": [
            {
                **red.figures,
                "lead_unit": red.row.lead_unit.name if red.row.lead_unit else None,
                "task_id": red.task_id,
            }
            for red in rows
        ],
    }
