"""Tasks (督办事项): register (立项), edit a draft, and apply a workflow action.

The caller owns the transaction. Every refusal raises `Refused` before anything is written;
every change writes one `TaskEvent` (who, when, from, to, comment).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_manage
from jindu.framework.models import Indicator, Unit
from jindu.labels import label
from jindu.supervision.models import Attachment, Requirement, Source, Task, TaskEvent
from jindu.supervision.selectors.access import lead_users, office_users, sides_of
from jindu.supervision.services.inbox import notify
from jindu.supervision.workflow import (
    Action,
    Refused,
    Side,
    State,
    Transition,
    WrongSide,
    WrongState,
    transition,
)


@dataclass(frozen=True)
class TaskInput:
    """What the office fills in when registering (立项) or editing a draft."""

    title: str
    lead_unit: Unit
    deadline: date
    content: str = ""
    source: str = Source.MANUAL.value
    source_note: str = ""
    cooperating_units: Sequence[Unit] = ()
    indicators: Sequence[Indicator] = ()


def _actor_name(actor: Actor) -> str:
    return actor.name[:150]


def check_files(files: Iterable[UploadedFile]) -> None:
    for f in files:
        if (f.size or 0) > settings.MAX_UPLOAD_BYTES:
            limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
            raise Refused(
                _("附件 %(name)s 超过 %(limit)s MB") % {"name": f.name, "limit": limit}, status=400
            )


def save_files(
    files: Iterable[UploadedFile],
    *,
    now: datetime,
    inspection_id: int | None = None,
    event: TaskEvent | None = None,
) -> list[Attachment]:
    saved = []
    for f in files:
        name = (f.name or "附件")[-200:]
        attachment = Attachment(
            inspection_id=inspection_id, event=event, name=name, size=f.size or 0, uploaded_at=now
        )
        attachment.file.save(name, f, save=False)
        attachment.save()
        saved.append(attachment)
    return saved


def _check_input(region: Unit, data: TaskInput) -> None:
    if not data.title.strip():
        raise Refused(_("请填写督办事项"), status=400)
    if not data.lead_unit.path.startswith(region.path):
        raise Refused(
            _("牵头单位 %(unit)s 不属于 %(region)s")
            % {"unit": data.lead_unit.name, "region": region.name},
            status=400,
        )


def register_task(
    *,
    actor: Actor,
    user: User | None,
    region: Unit,
    data: TaskInput,
    requirement: Requirement | None = None,
    indicator_period: tuple[int, int] | None = None,
    now: datetime | None = None,
) -> Task:
    """立项: a new task in state registered; the office assigns (交办) it afterwards."""
    now = now or timezone.now()
    if not can_manage(actor, region):
        raise Refused(_("只有 %(region)s 的创新办可以立项") % {"region": region.name}, status=403)
    _check_input(region, data)
    year, month = indicator_period or (None, None)
    task = Task.objects.create(
        source=data.source,
        requirement=requirement,
        source_note=data.source_note[:300],
        title=data.title.strip()[:300],
        content=data.content,
        region=region,
        lead_unit=data.lead_unit,
        deadline=data.deadline,
        indicator_year=year,
        indicator_month=month,
        state=State.REGISTERED.value,
        created_at=now,
    )
    task.cooperating_units.set(data.cooperating_units)
    task.indicators.set(data.indicators)
    _event(task, actor, user, "register", "", State.REGISTERED, "", now)
    return task


def edit_draft(
    *, task: Task, actor: Actor, user: User | None, data: TaskInput, now: datetime | None = None
) -> Task:
    """Change a task that is registered and not yet assigned (a draft)."""
    now = now or timezone.now()
    task = Task.objects.select_for_update().select_related("region").get(pk=task.pk)
    if Side.OFFICE not in sides_of(actor, task):
        raise Refused(_("只有创新办可以修改督办事项"), status=403)
    if task.state != State.REGISTERED:
        raise Refused(_("事项%(state)s,不能再修改") % {"state": label(State(task.state))})
    _check_input(task.region, data)
    task.title, task.content = data.title.strip()[:300], data.content
    task.lead_unit, task.deadline = data.lead_unit, data.deadline
    task.source_note = data.source_note[:300]
    task.save(update_fields=["title", "content", "lead_unit", "deadline", "source_note"])
    task.cooperating_units.set(data.cooperating_units)
    task.indicators.set(data.indicators)
    _event(task, actor, user, "edit", State.REGISTERED, State.REGISTERED, "", now)
    return task


def _event(
    task: Task,
    actor: Actor,
    user: User | None,
    action: str,
    source: str,
    target: State,
    comment: str,
    now: datetime,
) -> TaskEvent:
    return TaskEvent.objects.create(
        task=task,
        at=now,
        user=user,
        actor=_actor_name(actor),
        action=action,
        from_state=source,
        to_state=target.value,
        comment=comment,
        deadline=task.deadline,
        requested_deadline=task.requested_deadline,
    )


def _transition(state: State, action: Action, sides: frozenset[Side]) -> Transition:
    """workflow.transition, its refusal said in the user's language."""
    try:
        return transition(state, action, sides)
    except WrongState as exc:
        raise Refused(
            _("事项%(state)s,不能%(action)s")
            % {"state": label(exc.state), "action": label(exc.action)}
        ) from None
    except WrongSide as exc:
        raise Refused(
            _("%(action)s须由%(side)s办理")
            % {"action": label(exc.action), "side": label(exc.side)},
            status=exc.status,
        ) from None


def _check_rules(
    task: Task,
    action: Action,
    user: User | None,
    comment: str,
    new_deadline: date | None,
    today: date,
) -> None:
    """The rules beyond the transition table."""
    if action in (Action.PROGRESS, Action.REPORT_DONE) and not comment.strip():
        raise Refused(_("%(action)s须填写办理情况") % {"action": label(action)}, status=400)
    if action in (Action.RETURN, Action.REQUEST_EXTENSION) and not comment.strip():
        raise Refused(_("%(action)s须说明理由") % {"action": label(action)}, status=400)
    if action is Action.REQUEST_EXTENSION:
        if today > task.deadline:
            raise Refused(
                _("已超过办理时限 %(deadline)s,不能再申请延期")
                % {"deadline": f"{task.deadline:%Y-%m-%d}"}
            )
        if new_deadline is None or new_deadline <= task.deadline:
            raise Refused(
                _("延期后的时限须晚于 %(deadline)s") % {"deadline": f"{task.deadline:%Y-%m-%d}"},
                status=400,
            )
    if action is Action.APPROVE and user is not None and task.reported_by_id == user.pk:
        raise Refused(_("不能审核自己提交的办结报告"), status=403)


def apply(
    *,
    task: Task,
    action: Action,
    actor: Actor,
    user: User | None,
    comment: str = "",
    new_deadline: date | None = None,
    files: Sequence[UploadedFile] = (),
    now: datetime | None = None,
) -> TaskEvent:
    """Apply one workflow action, or raise Refused and write nothing."""
    now = now or timezone.now()
    task = Task.objects.select_for_update().select_related("region", "lead_unit").get(pk=task.pk)
    state = State(task.state)
    step = _transition(state, action, sides_of(actor, task))
    _check_rules(task, action, user, comment, new_deadline, timezone.localdate(now))
    check_files(files)
    fields = ["state"]
    task.state = step.target.value
    if action is Action.ASSIGN:
        task.assigned_at = now
        fields.append("assigned_at")
    elif action is Action.REQUEST_EXTENSION:
        task.requested_deadline = new_deadline
        fields.append("requested_deadline")
    elif action in (Action.APPROVE_EXTENSION, Action.REFUSE_EXTENSION):
        if action is Action.APPROVE_EXTENSION and task.requested_deadline is not None:
            task.deadline = task.requested_deadline
            fields.append("deadline")
        task.requested_deadline = None
        fields.append("requested_deadline")
    elif action is Action.REPORT_DONE:
        task.reported_at, task.reported_by = now, user
        fields += ["reported_at", "reported_by"]
    elif action is Action.APPROVE:
        task.closed_at = now
        fields.append("closed_at")
    task.save(update_fields=fields)
    event = _event(task, actor, user, action.value, state.value, step.target, comment, now)
    save_files(files, now=now, event=event)
    _tell(task, action, actor, comment, now)
    return event


# Who hears of which step: the other side.
_TELL_LEAD = {
    Action.ASSIGN,
    Action.APPROVE_EXTENSION,
    Action.REFUSE_EXTENSION,
    Action.APPROVE,
    Action.RETURN,
}
_TELL_OFFICE = {Action.ACCEPT, Action.REQUEST_EXTENSION, Action.REPORT_DONE}


def _tell(task: Task, action: Action, actor: Actor, comment: str, now: datetime) -> None:
    if action in _TELL_LEAD:
        users = lead_users(task)
    elif action in _TELL_OFFICE:
        users = office_users(task)
    else:
        return
    # Stored and read later by others, whose language is not known now: Chinese, as written.
    title = f"{actor.name}:{action.label_zh} — {task.title}"
    body = f"办理时限 {task.deadline:%Y-%m-%d}。" + (comment or "")
    url = reverse("supervision:task", args=[task.pk])
    notify(users, kind=action.value, title=title, body=body, url=url, task=task, now=now)
