"""Services that change reporting data (values, rounds, entry, review). The caller owns the
transaction. Each submodule is one part of the workflow; the names used elsewhere are
re-exported here."""

from jindu.reporting.services.entry import EntryInput, check_entry, save_entries
from jindu.reporting.services.errors import (
    Conflict,
    EntryRejected,
    NotAllowed,
    Problem,
    WorkflowError,
)
from jindu.reporting.services.review import approve, reopen, return_values
from jindu.reporting.services.rounds import grant_exception, open_round
from jindu.reporting.services.values import (
    RecordReport,
    ValueInput,
    derive,
    derived_value,
    record_values,
)

__all__ = [
    "Conflict",
    "EntryInput",
    "EntryRejected",
    "NotAllowed",
    "Problem",
    "RecordReport",
    "ValueInput",
    "WorkflowError",
    "approve",
    "check_entry",
    "derive",
    "derived_value",
    "grant_exception",
    "open_round",
    "record_values",
    "reopen",
    "return_values",
    "save_entries",
]
