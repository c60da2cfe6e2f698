"""Deadlines (办理时限): overdue (逾期) and due soon (临期), and the reminders they call for.

A task is overdue when today is past its deadline and it has not been reported done; due soon
when it is open and its deadline is within `due_soon_days` (default 3, JINDU_DUE_SOON_DAYS)
from today. "Today" is always passed in, so the 2016 demo can be viewed as of a 2016 date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse

from jindu.supervision.models import Task
from jindu.supervision.selectors.access import Recipients
from jindu.supervision.workflow import OPEN_STATES, State


class Flag(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"

    @property
    def label_zh(self) -> str:
        """Pages show `jindu.labels.label(flag)`; the reminders, stored for later, this."""
        return "逾期" if self is Flag.OVERDUE else "临期"


def due_soon_days() -> int:
    return int(settings.JINDU_DUE_SOON_DAYS)


def flag_for(state: str, deadline: date, today: date, soon: int | None = None) -> Flag | None:
    if State(state) not in OPEN_STATES:
        return None
    if today > deadline:
        return Flag.OVERDUE
    if (deadline - today).days <= (due_soon_days() if soon is None else soon):
        return Flag.DUE_SOON
    return None


@dataclass(frozen=True)
class ReminderDue:
    """A reminder that should reach `user` once for this (subject, kind, deadline)."""

    subject: str
    kind: str
    user: User
    deadline: date
    title: str
    body: str
    url: str
    task_id: int | None = None


def task_reminders(today: date, soon: int | None = None) -> list[ReminderDue]:
    """临期 reminders to the lead unit; 逾期 reminders to the lead unit and the office."""
    soon = due_soon_days() if soon is None else soon
    tasks = Task.objects.filter(
        state__in=[s.value for s in OPEN_STATES], deadline__lte=today + timedelta(days=soon)
    ).select_related("region", "lead_unit")
    recipients = Recipients()
    due: list[ReminderDue] = []
    for task in tasks:
        flag = flag_for(task.state, task.deadline, today, soon)
        if flag is None:
            continue
        users = recipients.lead(task)
        if flag is Flag.OVERDUE:
            days = (today - task.deadline).days
            title = f"督办事项已逾期 {days} 天:{task.title}"
            users += recipients.office(task)
        else:
            days = (task.deadline - today).days
            title = f"督办事项 {days} 天后到期:{task.title}"
        body = (
            f"牵头单位:{task.lead_unit.name};办理时限:{task.deadline:%Y-%m-%d};"
            f"状态:{State(task.state).label_zh}。"
        )
        url = reverse("supervision:task", args=[task.pk])
        seen: set[int] = set()
        for user in users:
            if user.pk in seen:
                continue
            seen.add(user.pk)
            due.append(
                ReminderDue(
                    f"task:{task.pk}", flag.value, user, task.deadline, title, body, url, task.pk
                )
            )
    return due
