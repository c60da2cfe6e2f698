"""Reminders (催办): due soon and overdue, in the inbox and by e-mail through a real SMTP server
on loopback; `jindu remind` run twice sends once."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from django.core.management import CommandError, call_command
from django.utils import timezone

from jindu.supervision.models import Notification, Reminder, Task
from jindu.supervision.selectors import task_reminders
from jindu.supervision.workflow import Action

pytestmark = pytest.mark.django_db
Walk = Callable[..., Task]


def at(day: str) -> datetime:
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, 9, tzinfo=ZoneInfo("Asia/Shanghai"))


class Inbox:
    """An SMTP server's mailbox: every envelope it accepted."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(settings: Any) -> Iterator[Inbox]:
    """A real SMTP server on 127.0.0.1, and jindu configured to send to it (and nowhere else:
    Django's SMTP backend talks to EMAIL_HOST only)."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.DEFAULT_FROM_EMAIL = "jindu@kaiping.example"
    yield inbox
    controller.stop()


def _accepted(new_task: Callable[..., Task], walk: Walk, deadline: str) -> Task:
    return walk(
        new_task(deadline=deadline),
        ("office", Action.ASSIGN, "2016-05-06"),
        ("kgsw", Action.ACCEPT, "2016-05-07"),
    )


def test_a_due_soon_reminder_is_emailed_once_when_the_scheduler_runs_twice(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk, smtp: Inbox
) -> None:
    kgsw = people["kgsw"].user
    kgsw.email = "kgsw@kaiping.example"
    kgsw.save(update_fields=["email"])
    task = _accepted(new_task, walk, deadline="2016-05-30")
    # 28 May: two days before the deadline, within the three days of "due soon".
    call_command("remind", now="2016-05-28")
    call_command("remind", now="2016-05-28T15:00")
    assert len(smtp.envelopes) == 1
    (envelope,) = smtp.envelopes
    assert envelope.rcpt_tos == ["kgsw@kaiping.example"]
    assert envelope.mail_from == "jindu@kaiping.example"
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["subject"].strip() == f"[进度] 督办事项 2 天后到期:{task.title}"
    assert message["to"] == "kgsw@kaiping.example"
    claim = Reminder.objects.get()
    assert (claim.subject, claim.kind, claim.user_id, claim.deadline) == (
        f"task:{task.pk}",
        "due_soon",
        kgsw.pk,
        task.deadline,
    )
    assert claim.emailed_to == "kgsw@kaiping.example"
    assert Notification.objects.filter(user=kgsw, kind="due_soon", task=task).count() == 1


def test_no_email_without_an_smtp_host_but_the_inbox_still_gets_it(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk, settings: Any
) -> None:
    settings.EMAIL_HOST = ""
    people["kgsw"].user.email = "kgsw@kaiping.example"
    people["kgsw"].user.save(update_fields=["email"])
    _accepted(new_task, walk, deadline="2016-05-30")
    call_command("remind", now="2016-05-28")
    assert Reminder.objects.get().emailed_to == ""
    assert Notification.objects.filter(kind="due_soon").count() == 1


def test_due_soon_and_overdue_go_to_the_right_people(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    soon = _accepted(new_task, walk, deadline="2016-05-31")
    late = _accepted(new_task, walk, deadline="2016-05-20")
    later = _accepted(new_task, walk, deadline="2016-06-30")
    due = task_reminders(date(2016, 5, 28), 3)
    got = {(d.subject, d.kind, d.user.username) for d in due}
    assert got == {
        (f"task:{soon.pk}", "due_soon", "kgsw"),
        (f"task:{late.pk}", "overdue", "kgsw"),
        (f"task:{late.pk}", "overdue", "office"),
    }
    assert all(d.subject != f"task:{later.pk}" for d in due)
    # The window is configurable: with 5 days, 2016-05-31 is still due soon, with 2 not.
    assert {d.subject for d in task_reminders(date(2016, 5, 28), 2)} == {f"task:{late.pk}"}


def test_a_task_reported_done_is_no_longer_chased(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    task = _accepted(new_task, walk, deadline="2016-05-20")
    walk(task, ("kgsw", Action.REPORT_DONE, "2016-05-19"))
    assert task_reminders(date(2016, 5, 28), 3) == []


def test_an_approved_extension_brings_a_new_reminder_for_the_new_deadline(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = _accepted(new_task, walk, deadline="2016-05-30")
    call_command("remind", now="2016-05-28")
    walk(
        task,
        (
            "kgsw",
            Action.REQUEST_EXTENSION,
            "2016-05-28",
            {"new_deadline": date(2016, 6, 15), "comment": "等待验收"},
        ),
        ("office", Action.APPROVE_EXTENSION, "2016-05-29"),
    )
    call_command("remind", now="2016-05-29")  # nothing due: 17 days left
    call_command("remind", now="2016-06-13")
    deadlines = sorted(r.deadline for r in Reminder.objects.filter(user=people["kgsw"].user))
    assert deadlines == [date(2016, 5, 30), date(2016, 6, 15)]


def test_loop_mode_runs_a_bounded_number_of_times(
    new_task: Callable[..., Task], walk: Walk, capsys: Any
) -> None:
    _accepted(new_task, walk, deadline="2016-05-30")
    call_command("remind", now="2016-05-28", loop=True, interval=0.01, max_runs=3)
    out = capsys.readouterr().out
    assert "stopped after 3 runs" in out
    assert Reminder.objects.count() == 1


def test_bad_input_is_refused_with_code_2() -> None:
    with pytest.raises(CommandError) as error:
        call_command("remind", now="next tuesday")
    assert error.value.returncode == 2


def test_now_is_the_real_clock_by_default(new_task: Callable[..., Task], walk: Walk) -> None:
    # A 2016 deadline is long past by the real clock: overdue, not due soon.
    _accepted(new_task, walk, deadline="2016-05-30")
    call_command("remind")
    assert set(Reminder.objects.values_list("kind", flat=True)) == {"overdue"}
    assert timezone.localdate() > date(2016, 5, 30) + timedelta(days=3)


@pytest.mark.slow
def test_loop_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "JINDU_DATA_DIR": str(tmp_path)}
    env.pop("JINDU_DATABASE_URL", None)
    jindu = [sys.executable, "-m", "jindu.cli"]
    subprocess.run([*jindu, "init"], env=env, check=True, capture_output=True)
    process = subprocess.Popen(
        [*jindu, "remind", "--loop", "--interval", "30"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the first run is done: now waiting 30 s
    assert first.startswith("reminders:")
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "stopped after 1 runs" in out
    assert time.monotonic() - started < 10
