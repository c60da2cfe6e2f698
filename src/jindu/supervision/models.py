"""Supervision (督查督办): inspections, their requirements, tasks and their history, the inbox
and the reminders sent.

- `Inspection` (督查): an on-site visit with its findings; `Requirement`: one demand it left.
- `Task` (督办事项): a follow-up item with a lead unit and a deadline; its state follows
  jindu.supervision.workflow. `TaskEvent` is its append-only history (who, when, from, to,
  comment); the database refuses to update or delete it.
- `Notification`: the in-app inbox of one user. `Reminder`: a reminder claimed for
  (subject, kind, recipient, deadline); the unique key makes `jindu remind` send once.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext, gettext_noop

from jindu.framework.models import Indicator, Unit
from jindu.labels import label
from jindu.supervision.workflow import STATE_LABELS, Action, State

# Events that are not workflow actions.
EVENT_LABELS = {"register": gettext_noop("立项"), "edit": gettext_noop("修改")}


class Inspection(models.Model):
    date = models.DateField("督查日期")
    inspecting_unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="inspections_made", verbose_name="督查单位"
    )
    inspectors = models.CharField("督查人员", max_length=300)
    inspected_unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="inspections", verbose_name="被督查地区"
    )
    sites = models.TextField("督查单位和现场", blank=True)
    participants = models.TextField("参加人员", blank=True)
    findings = models.TextField("督查发现", blank=True)
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )

    class Meta:
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.inspecting_unit} 督查 {self.inspected_unit}"


class Requirement(models.Model):
    """One requirement (要求) the inspection left; becomes a task with one click."""

    inspection = models.ForeignKey(
        Inspection, on_delete=models.CASCADE, related_name="requirements"
    )
    number = models.PositiveSmallIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["inspection", "number"]
        constraints = [
            models.UniqueConstraint(fields=["inspection", "number"], name="requirement_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text}"


class Source(models.TextChoices):
    """Where a task comes from (来源). Pages and JSON show `jindu.labels.label(source)`."""

    INSPECTION = "inspection", "督查要求"
    MEETING = "meeting", "会议决定"
    INSTRUCTION = "instruction", "领导批示"
    INDICATOR = "indicator", "指标严重滞后"
    MANUAL = "manual", "手工录入"

    @property
    def label_zh(self) -> str:
        return str(self.label)


class Task(models.Model):
    """督办事项. `region` is the region whose 创新办 manages the task (开平市)."""

    source = models.CharField("来源", max_length=16, choices=Source.choices)
    requirement = models.ForeignKey(
        Requirement, null=True, blank=True, on_delete=models.PROTECT, related_name="tasks"
    )
    source_note = models.CharField("来源说明", max_length=300, blank=True)
    title = models.CharField("事项", max_length=300)
    content = models.TextField("内容", blank=True)
    region = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="supervised_tasks")
    lead_unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="led_tasks", verbose_name="牵头单位"
    )
    cooperating_units = models.ManyToManyField(
        Unit, blank=True, related_name="cooperating_tasks", verbose_name="配合单位"
    )
    deadline = models.DateField("办理时限")
    indicators = models.ManyToManyField(
        Indicator, blank=True, related_name="tasks", verbose_name="关联指标"
    )
    indicator_year = models.PositiveSmallIntegerField(null=True, blank=True)
    indicator_month = models.PositiveSmallIntegerField(null=True, blank=True)
    state = models.CharField(
        max_length=24,
        choices=[(s.value, label) for s, label in STATE_LABELS.items()],
        default=State.REGISTERED.value,
    )
    requested_deadline = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField()
    assigned_at = models.DateTimeField(null=True, blank=True)
    reported_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["deadline", "pk"]
        indexes = [models.Index(fields=["state", "deadline"])]

    def __str__(self) -> str:
        return self.title

    @property
    def state_enum(self) -> State:
        return State(self.state)

    @property
    def source_enum(self) -> Source:
        return Source(self.source)


class TaskEvent(models.Model):
    """One step of a task: who, when, from, to, comment. Append-only."""

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="events")
    at = models.DateTimeField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=24)
    from_state = models.CharField(max_length=24, blank=True)
    to_state = models.CharField(max_length=24)
    comment = models.TextField(blank=True)
    deadline = models.DateField(null=True, blank=True, help_text="the deadline after this step")
    requested_deadline = models.DateField(null=True, blank=True)

    class Meta:
        # The order of writing is the order of the steps (`at` may be injected in tests).
        ordering = ["task", "pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor}: {self.action} → {self.to_state}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("history rows are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("history rows are append-only")

    # The labels in the active language (jindu.labels).
    @property
    def action_label(self) -> str:
        if self.action in EVENT_LABELS:
            return gettext(EVENT_LABELS[self.action])
        return label(Action(self.action))

    @property
    def from_label(self) -> str:
        return label(State(self.from_state)) if self.from_state else ""

    @property
    def to_label(self) -> str:
        return label(State(self.to_state))


def _upload_to(instance: Attachment, filename: str) -> str:
    return f"supervision/{instance.uploaded_at:%Y/%m}/{filename}"


class Attachment(models.Model):
    """A photo, minutes or evidence file, of an inspection or of a task's step."""

    inspection = models.ForeignKey(
        Inspection, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    event = models.ForeignKey(
        TaskEvent, null=True, blank=True, on_delete=models.PROTECT, related_name="attachments"
    )
    file = models.FileField(upload_to=_upload_to, max_length=300)
    name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.name


class Notification(models.Model):
    """A message in one user's inbox (站内消息)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    at = models.DateTimeField()
    kind = models.CharField(max_length=32)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True)
    task = models.ForeignKey(
        Task, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return f"{self.user}: {self.title}"


class Reminder(models.Model):
    """A reminder claimed before it is sent: at most one per (subject, kind, recipient,
    deadline). `subject` is "task:<id>" or "round:<id>"."""

    subject = models.CharField(max_length=64)
    kind = models.CharField(max_length=32)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    deadline = models.DateField()
    claimed_at = models.DateTimeField()
    notification = models.ForeignKey(
        Notification, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    emailed_to = models.CharField(max_length=254, blank=True)
    email_error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subject", "kind", "user", "deadline"], name="reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.kind} {self.user} {self.deadline}"
