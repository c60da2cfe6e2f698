"""Who sees a task, who acts on it, and who is told about it."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db.models import Q, QuerySet

from jindu.accounts.models import Profile, Role
from jindu.accounts.selectors import Actor, can_manage, can_read, region_of
from jindu.supervision.models import Inspection, Task
from jindu.supervision.workflow import Side

LEAD_ROLES = (Role.REPORTER, Role.OFFICE)


def sides_of(actor: Actor, task: Task) -> frozenset[Side]:
    """The office manages the task's region; a reporter (or office clerk) of the lead unit
    acts for the lead unit. Leaders and reviewers only read."""
    sides = set()
    if can_manage(actor, task.region):
        sides.add(Side.OFFICE)
    if actor.role in LEAD_ROLES and actor.unit.pk == task.lead_unit_id:
        sides.add(Side.LEAD)
    return frozenset(sides)


def visible_tasks(actor: Actor) -> QuerySet[Task]:
    """Reporters see the tasks their unit leads or cooperates on; others their subtree."""
    tasks = Task.objects.all()
    if actor.role == Role.ADMIN:
        return tasks
    if actor.role == Role.REPORTER:
        ids = Task.objects.filter(Q(lead_unit=actor.unit) | Q(cooperating_units=actor.unit)).values(
            "pk"
        )
        return tasks.filter(pk__in=ids)
    return tasks.filter(region__path__startswith=actor.scope.path)


def can_see_task(actor: Actor, task: Task) -> bool:
    if actor.role == Role.REPORTER:
        return (
            task.lead_unit_id == actor.unit.pk
            or task.cooperating_units.filter(pk=actor.unit.pk).exists()
        )
    return actor.covers(task.region)


def visible_inspections(actor: Actor) -> QuerySet[Inspection]:
    inspections = Inspection.objects.all()
    if actor.role == Role.ADMIN:
        return inspections
    return inspections.filter(inspected_unit__path__startswith=actor.scope.path)


def can_see_inspection(actor: Actor, inspection: Inspection) -> bool:
    return can_read(actor, inspection.inspected_unit)


class Recipients:
    """The users to tell about tasks: loaded once (two queries) for any number of tasks."""

    def __init__(self) -> None:
        profiles = list(
            Profile.objects.filter(role__in=LEAD_ROLES, user__is_active=True).select_related(
                "user", "unit__parent"
            )
        )
        self.by_unit: dict[int, list[User]] = {}
        self.offices: list[tuple[str, User]] = []
        for p in sorted(profiles, key=lambda p: p.user_id):
            self.by_unit.setdefault(p.unit_id, []).append(p.user)
            if p.role == Role.OFFICE:
                self.offices.append((region_of(p.unit).path, p.user))

    def lead(self, task: Task) -> list[User]:
        """Users who act for the task's lead unit."""
        return list(self.by_unit.get(task.lead_unit_id, []))

    def office(self, task: Task) -> list[User]:
        """The 创新办 users nearest to the task: those of its region, or else of the closest
        region above it that has some (江门市创新办 is told only when 开平市 has none)."""
        by_path: dict[str, list[User]] = {}
        for path, user in self.offices:
            if task.region.path.startswith(path):
                by_path.setdefault(path, []).append(user)
        return by_path[max(by_path, key=len)] if by_path else []


def lead_users(task: Task) -> list[User]:
    return Recipients().lead(task)


def office_users(task: Task) -> list[User]:
    return Recipients().office(task)
