"""Reminders (催办): each due reminder is claimed with an insert into `Reminder`, whose unique
key (subject, kind, recipient, deadline) lets only one claim succeed, and only then is it put
in the user's inbox and e-mailed. The database is the queue (healthchecks style): running
`jindu remind` twice, or two of them at once, sends each reminder once.

Unlike other services this one commits: each claim is its own transaction, committed before
the e-mail leaves, so a crash after sending can never lead to a second e-mail. Call it outside
`transaction.atomic()` (the command does). E-mail goes out only when EMAIL_HOST is set
(JINDU_EMAIL_HOST) and the user has an address; a failed send is recorded on the claim, not
retried.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from jindu.supervision.models import Reminder
from jindu.supervision.selectors.deadlines import ReminderDue, task_reminders
from jindu.supervision.services.inbox import notify


@dataclass
class RunResult:
    due: int = 0
    sent: int = 0
    already_sent: int = 0
    emailed: int = 0
    email_errors: list[str] = field(default_factory=list)


def round_reminders(now: datetime) -> list[ReminderDue]:
    """Reminders for reporting rounds (报送): due soon, overdue, returned.

    Placeholder for jindu.reporting's rounds: return one ReminderDue per (round, kind, user)
    with subject f"round:{round.pk}", kind "round_due" / "round_overdue" / "round_returned",
    and the round's deadline; the claiming, inbox and e-mail below then work unchanged.
    """
    return []


def due_reminders(now: datetime, soon: int | None = None) -> list[ReminderDue]:
    return task_reminders(timezone.localdate(now), soon) + round_reminders(now)


def _claim(due: ReminderDue, now: datetime) -> Reminder | None:
    try:
        with transaction.atomic():
            return Reminder.objects.create(
                subject=due.subject,
                kind=due.kind,
                user=due.user,
                deadline=due.deadline,
                claimed_at=now,
            )
    except IntegrityError:
        return None


def send_reminders(
    *, now: datetime | None = None, soon: int | None = None, connection: Any = None
) -> RunResult:
    now = now or timezone.now()
    result = RunResult()
    mail_on = bool(settings.EMAIL_HOST)
    for due in due_reminders(now, soon):
        result.due += 1
        claim = _claim(due, now)
        if claim is None:
            result.already_sent += 1
            continue
        result.sent += 1
        with transaction.atomic():
            (message,) = notify(
                [due.user],
                kind=due.kind,
                title=due.title,
                body=due.body,
                url=due.url,
                task=None,
                now=now,
            )
            if due.task_id is not None:
                message.task_id = due.task_id
                message.save(update_fields=["task"])
            claim.notification = message
            claim.save(update_fields=["notification"])
        if not (mail_on and due.user.email):
            continue
        if connection is None:
            connection = get_connection()
        try:
            EmailMessage(
                subject=f"[进度] {due.title}",
                body=f"{due.body}\n\n{due.url}\n",
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[due.user.email],
                connection=connection,
            ).send()
        except (OSError, smtplib.SMTPException) as exc:
            claim.email_error = str(exc)[:300]
            result.email_errors.append(f"{due.user.email}: {exc}")
        else:
            claim.emailed_to = due.user.email
            result.emailed += 1
        claim.save(update_fields=["emailed_to", "email_error"])
    if connection is not None:
        connection.close()
    return result
