"""Personas for supervision tests, from the demo logins: the 开平市 office clerk (office), the
科工商务局 reporter (kgsw), the 翠山湖管委会 reporter (cshgwh), the 人社局 reporter (rsj), the
reviewer and the leader. `walk` takes a task through workflow actions at given moments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User

from jindu.accounts.selectors import Actor, actor_for_user
from jindu.framework.models import Unit
from jindu.supervision import services
from jindu.supervision.models import Task
from jindu.supervision.workflow import Action

TZ = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Person:
    user: User
    actor: Actor


def at(day: str, hour: int = 10) -> datetime:
    """A moment in Beijing time: at("2016-05-20")."""
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, hour, tzinfo=TZ)


@pytest.fixture
def people(db: Any) -> dict[str, Person]:
    found = {}
    for user in User.objects.filter(
        username__in=["office", "kgsw", "cshgwh", "rsj", "reviewer", "leader", "jiangmen"]
    ):
        actor = actor_for_user(user)
        assert actor is not None
        found[user.username] = Person(user, actor)
    return found


@pytest.fixture
def new_task(people: dict[str, Person]) -> Callable[..., Task]:
    """A task registered by the 开平市 office for a lead unit (default 科工商务局)."""

    def make(
        lead: str = "kaiping-kgsw",
        deadline: str = "2016-06-30",
        title: str = "树立好创客标杆",
        now: str = "2016-05-06",
    ) -> Task:
        return services.register_task(
            actor=people["office"].actor,
            user=people["office"].user,
            region=Unit.objects.get(code="kaiping"),
            data=services.TaskInput(
                title=title,
                lead_unit=Unit.objects.get(code=lead),
                deadline=date.fromisoformat(deadline),
            ),
            now=at(now),
        )

    return make


@pytest.fixture
def walk(people: dict[str, Person]) -> Callable[..., Task]:
    """walk(task, ("office", Action.ASSIGN, "2016-05-06"), ("kgsw", Action.ACCEPT, ...))."""

    def run(task: Task, *steps: tuple[Any, ...]) -> Task:
        for step in steps:
            who, action, day = step[:3]
            extra = step[3] if len(step) > 3 else {}
            services.apply(
                task=task,
                action=Action(action),
                actor=people[who].actor,
                user=people[who].user,
                comment=extra.get("comment", f"{Action(action).label_zh}说明"),
                new_deadline=extra.get("new_deadline"),
                now=at(day),
            )
        task.refresh_from_db()
        return task

    return run
