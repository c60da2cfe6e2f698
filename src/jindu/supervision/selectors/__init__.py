"""Read-side queries of supervision: access (who sees and acts), deadlines (overdue, due
soon, reminders due), board (the task board, unit records, the inspection record),
indicators (严重滞后 rows offered as draft tasks)."""

from jindu.supervision.selectors.access import (
    Recipients,
    can_see_inspection,
    can_see_task,
    sides_of,
    visible_inspections,
    visible_tasks,
)
from jindu.supervision.selectors.board import (
    Board,
    RequirementRecord,
    TaskRow,
    UnitRecord,
    board,
    inspection_with_history,
    requirement_records,
    task_rows,
)
from jindu.supervision.selectors.deadlines import Flag, ReminderDue, flag_for, task_reminders
from jindu.supervision.selectors.indicators import RedRow, far_behind_rows, latest_period

__all__ = [
    "Board",
    "Flag",
    "Recipients",
    "RedRow",
    "ReminderDue",
    "RequirementRecord",
    "TaskRow",
    "UnitRecord",
    "board",
    "can_see_inspection",
    "can_see_task",
    "far_behind_rows",
    "flag_for",
    "inspection_with_history",
    "latest_period",
    "requirement_records",
    "sides_of",
    "task_reminders",
    "task_rows",
    "visible_inspections",
    "visible_tasks",
]
