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

from jindu.supervision.models import Notification, Reminder
from jindu.supervision.selectors.deadlines import ReminderDue, due_soon_days, task_reminders


@dataclass
class RunResult:
    due: int = 0
    sent: int = 0
    already_sent: int = 0
    emailed: int = 0
    email_errors: list[str] = field(default_factory=list)


def round_reminders(now: datetime, soon: int | None = None) -> list[ReminderDue]:
    """Reminders for reporting rounds (报送): due soon and overdue to the reporters of the unit
    that still has values to enter, overdue also to the region's office, returned values to the
    reporters. Each is claimed once per (round, kind, user, deadline) like task reminders."""
    from django.urls import reverse

    from jindu.accounts.models import Profile, Role
    from jindu.accounts.selectors import region_of
    from jindu.reporting.selectors.rounds import round_notices

    soon = due_soon_days() if soon is None else soon
    notices = round_notices(timezone.localdate(now), soon)
    if not notices:
        return []
    profiles = list(Profile.objects.select_related("user", "unit").filter(user__is_active=True))
    due: list[ReminderDue] = []
    late: dict[tuple[int, int], list[Any]] = {}  # (round, region) → overdue notices
    for notice in notices:
        users = [
            p.user for p in profiles if p.unit_id == notice.unit.pk and p.role == Role.REPORTER
        ]
        url = reverse("reporting:entry", args=[notice.round.pk, notice.unit.code])
        for user in {u.pk: u for u in users}.values():
            due.append(
                ReminderDue(
                    f"round:{notice.round.pk}:{notice.unit.code}",
                    notice.kind,
                    user,
                    notice.deadline,
                    notice.title,
                    notice.body,
                    url,
                )
            )
        if notice.kind == "round_overdue":
            key = (notice.round.pk, region_of(notice.unit).pk)
            late.setdefault(key, []).append(notice)
    for round_notices_ in late.values():
        first = round_notices_[0]
        region = region_of(first.unit)
        offices = [
            p.user for p in profiles if p.role == Role.OFFICE and region_of(p.unit).pk == region.pk
        ]
        names = "、".join(n.unit.name for n in round_notices_)
        url = reverse("reporting:round", args=[first.round.pk])
        for user in {u.pk: u for u in offices}.values():
            due.append(
                ReminderDue(
                    f"round:{first.round.pk}",
                    "round_overdue",
                    user,
                    first.deadline,
                    f"{first.round}已逾期，{len(round_notices_)} 个单位未报送完",
                    f"未报送完的单位：{names}",
                    url,
                )
            )
    return due


def due_reminders(now: datetime, soon: int | None = None) -> list[ReminderDue]:
    return task_reminders(timezone.localdate(now), soon) + round_reminders(now, soon)


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
            claim.notification = Notification.objects.create(
                user=due.user,
                at=now,
                kind=due.kind,
                title=due.title[:300],
                body=due.body,
                url=due.url,
                task_id=due.task_id,
            )
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
