"""Tasks through their workflow: each step by the right side, each leaving one record;
refused steps leave nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.db import DatabaseError, transaction

from jindu.framework.models import Unit
from jindu.supervision import services
from jindu.supervision.models import Notification, Task, TaskEvent
from jindu.supervision.workflow import Action, Refused, State

pytestmark = pytest.mark.django_db
Walk = Callable[..., Task]


def at(day: str) -> datetime:
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, 10, tzinfo=ZoneInfo("Asia/Shanghai"))


def _refused(task: Task, who: Any, action: Action, **kwargs: Any) -> Refused:
    """Apply and expect a refusal; check that neither the task nor its history changed."""
    before = (Task.objects.get(pk=task.pk).state, TaskEvent.objects.filter(task=task).count())
    with pytest.raises(Refused) as refused, transaction.atomic():
        services.apply(task=task, action=action, actor=who.actor, user=who.user, **kwargs)
    after = (Task.objects.get(pk=task.pk).state, TaskEvent.objects.filter(task=task).count())
    assert after == before
    return refused.value


def test_the_whole_walk_leaves_one_record_a_step(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = new_task(deadline="2016-06-30")
    task = walk(
        task,
        ("office", Action.ASSIGN, "2016-05-06"),
        ("kgsw", Action.ACCEPT, "2016-05-09"),
        ("kgsw", Action.PROGRESS, "2016-05-20"),
        (
            "kgsw",
            Action.REQUEST_EXTENSION,
            "2016-06-20",
            {"new_deadline": date(2016, 7, 15), "comment": "场地改造未完成"},
        ),
        ("office", Action.APPROVE_EXTENSION, "2016-06-21"),
        ("kgsw", Action.REPORT_DONE, "2016-07-10"),
        ("office", Action.RETURN, "2016-07-11", {"comment": "缺少创客空间认定材料"}),
        ("kgsw", Action.REPORT_DONE, "2016-07-14"),
        ("office", Action.APPROVE, "2016-07-15"),
    )
    events = list(task.events.order_by("at", "pk"))
    steps = [(e.action, e.from_state, e.to_state, e.actor) for e in events]
    assert steps == [
        ("register", "", "registered", "开平市创新办"),
        ("assign", "registered", "assigned", "开平市创新办"),
        ("accept", "assigned", "accepted", "科工商务局填报员"),
        ("progress", "accepted", "in_progress", "科工商务局填报员"),
        ("request_extension", "in_progress", "extension_requested", "科工商务局填报员"),
        ("approve_extension", "extension_requested", "in_progress", "开平市创新办"),
        ("report_done", "in_progress", "reported", "科工商务局填报员"),
        ("return", "reported", "in_progress", "开平市创新办"),
        ("report_done", "in_progress", "reported", "科工商务局填报员"),
        ("approve", "reported", "closed", "开平市创新办"),
    ]
    # The approved extension moved the deadline to the date asked for.
    asked = next(e for e in events if e.action == "request_extension").requested_deadline
    assert task.deadline == asked
    assert task.state == State.CLOSED
    assert task.closed_at == events[-1].at
    assert task.reported_at == events[-2].at


def test_closing_an_unaccepted_task_is_refused(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ("office", Action.ASSIGN, "2016-05-06"))
    refused = _refused(task, people["office"], Action.APPROVE, now=at("2016-05-07"))
    assert refused.message == "事项已交办,不能审核通过并销号"


def test_a_reporter_cannot_approve_their_own_report(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(
        new_task(),
        ("office", Action.ASSIGN, "2016-05-06"),
        ("kgsw", Action.ACCEPT, "2016-05-07"),
        ("kgsw", Action.REPORT_DONE, "2016-05-20"),
    )
    refused = _refused(task, people["kgsw"], Action.APPROVE, now=at("2016-05-21"))
    assert refused.message == "审核通过并销号须由创新办办理"
    assert refused.status == 403


def test_an_office_clerk_who_reported_done_cannot_approve_it(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    # When the office itself leads a task, it reports done as the lead unit, and someone
    # else must approve (four eyes).
    task = walk(
        new_task(lead="kaiping-cxb"),
        ("office", Action.ASSIGN, "2016-05-06"),
        ("office", Action.ACCEPT, "2016-05-07"),
        ("office", Action.REPORT_DONE, "2016-05-20"),
    )
    refused = _refused(task, people["office"], Action.APPROVE, now=at("2016-05-21"))
    assert refused.message == "不能审核自己提交的办结报告"
    walk(task, ("jiangmen", Action.APPROVE, "2016-05-22"))
    assert Task.objects.get(pk=task.pk).state == State.CLOSED


def test_only_the_lead_unit_accepts(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ("office", Action.ASSIGN, "2016-05-06"))
    for other in ("rsj", "leader", "reviewer", "office"):
        refused = _refused(task, people[other], Action.ACCEPT, now=at("2016-05-07"))
        assert refused.message == "签收须由牵头单位办理"


def test_an_extension_must_be_asked_before_the_deadline_and_for_a_later_date(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(
        new_task(deadline="2016-06-30"),
        ("office", Action.ASSIGN, "2016-05-06"),
        ("kgsw", Action.ACCEPT, "2016-05-07"),
    )
    late = _refused(
        task,
        people["kgsw"],
        Action.REQUEST_EXTENSION,
        comment="来不及",
        new_deadline=date(2016, 7, 31),
        now=at("2016-07-01"),
    )
    assert late.message == "已超过办理时限 2016-06-30,不能再申请延期"
    earlier = _refused(
        task,
        people["kgsw"],
        Action.REQUEST_EXTENSION,
        comment="来不及",
        new_deadline=date(2016, 6, 1),
        now=at("2016-06-01"),
    )
    assert earlier.message == "延期后的时限须晚于 2016-06-30"
    no_reason = _refused(
        task,
        people["kgsw"],
        Action.REQUEST_EXTENSION,
        new_deadline=date(2016, 7, 31),
        now=at("2016-06-01"),
    )
    assert no_reason.message == "申请延期须说明理由"


def test_a_refused_extension_keeps_the_deadline(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(
        new_task(deadline="2016-06-30"),
        ("office", Action.ASSIGN, "2016-05-06"),
        ("kgsw", Action.ACCEPT, "2016-05-07"),
        (
            "kgsw",
            Action.REQUEST_EXTENSION,
            "2016-06-01",
            {"new_deadline": date(2016, 8, 1), "comment": "等待审批"},
        ),
        ("office", Action.REFUSE_EXTENSION, "2016-06-02", {"comment": "按原时限完成"}),
    )
    assert task.deadline == date(2016, 6, 30)
    assert task.requested_deadline is None
    assert task.state == State.IN_PROGRESS


def test_registering_is_for_the_office_of_the_region(people: dict[str, Any]) -> None:
    data = services.TaskInput(
        title="加大招商引资力度",
        lead_unit=Unit.objects.get(code="kaiping-kgsw"),
        deadline=date(2016, 6, 30),
    )
    kaiping = Unit.objects.get(code="kaiping")
    for who in ("kgsw", "leader"):
        with pytest.raises(Refused) as refused:
            services.register_task(
                actor=people[who].actor, user=people[who].user, region=kaiping, data=data
            )
        assert refused.value.message == "只有 开平市 的创新办可以立项"
    # A lead unit outside the region is refused too.
    elsewhere = services.TaskInput(
        title="x", lead_unit=Unit.objects.get(code="taishan"), deadline=date(2016, 6, 30)
    )
    with pytest.raises(Refused):
        services.register_task(
            actor=people["office"].actor, user=None, region=kaiping, data=elsewhere
        )
    assert not Task.objects.exists()


def test_each_side_hears_of_the_other_sides_steps(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ("office", Action.ASSIGN, "2016-05-06"))
    kgsw = Notification.objects.get(user=people["kgsw"].user, task=task)
    assert kgsw.kind == "assign" and task.title in kgsw.title
    walk(task, ("kgsw", Action.ACCEPT, "2016-05-07"))
    office = Notification.objects.get(user=people["office"].user, task=task)
    assert office.kind == "accept"
    # Nobody outside the task hears of it (江门市 office: 开平市 has its own office).
    assert not Notification.objects.filter(
        user__in=[people["rsj"].user, people["jiangmen"].user]
    ).exists()


def test_the_history_of_a_task_is_append_only(new_task: Callable[..., Task]) -> None:
    event = new_task().events.get()
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(DatabaseError), transaction.atomic():
        TaskEvent.objects.filter(pk=event.pk).update(comment="改写")
    with pytest.raises(DatabaseError), transaction.atomic():
        TaskEvent.objects.filter(pk=event.pk).delete()
