"""Write-side functions of supervision (the caller owns the transaction, except reminders,
which commit each claim; see reminders.py)."""

from jindu.supervision.services.drafts import draft_from_indicator
from jindu.supervision.services.inbox import mark_read, notify
from jindu.supervision.services.inspections import (
    InspectionInput,
    add_attachments,
    record_inspection,
    split_requirements,
    task_from_requirement,
)
from jindu.supervision.services.reminders import RunResult, round_reminders, send_reminders
from jindu.supervision.services.tasks import TaskInput, apply, edit_draft, register_task

__all__ = [
    "InspectionInput",
    "RunResult",
    "TaskInput",
    "add_attachments",
    "apply",
    "draft_from_indicator",
    "edit_draft",
    "mark_read",
    "notify",
    "record_inspection",
    "register_task",
    "round_reminders",
    "send_reminders",
    "split_requirements",
    "task_from_requirement",
]
