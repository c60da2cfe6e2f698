"""Typed errors of the reporting workflow; each carries its HTTP status and a Chinese message."""

from __future__ import annotations

from dataclasses import dataclass


class WorkflowError(Exception):
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAllowed(WorkflowError):
    """The actor's role or unit does not allow this (403)."""

    status = 403


class Conflict(WorkflowError):
    """The data is not in a state that allows this (409): locked round, approved value…"""

    status = 409


@dataclass(frozen=True)
class Problem:
    """A problem with one entered figure: `blocking` problems stop saving; warnings stop
    submitting unless the reporter explains them in the comment."""

    key: str  # "<indicator code>@<region code>"
    field: str
    message: str
    blocking: bool = True


class EntryRejected(WorkflowError):
    """Some entries are invalid: nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("；".join(f"{p.key} {p.message}" for p in problems))
        self.problems = problems
