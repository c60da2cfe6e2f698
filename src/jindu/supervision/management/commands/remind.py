from __future__ import annotations

import signal
import threading
from datetime import datetime
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from jindu.reporting.display import parse_as_of
from jindu.supervision.services import send_reminders


class Command(BaseCommand):
    help = (
        "Send due reminders once: tasks due within --days (default JINDU_DUE_SOON_DAYS, 3) "
        "and overdue tasks, to the lead unit's users (overdue also to the 创新办), in the "
        "in-app inbox and by e-mail when JINDU_EMAIL_HOST is set. Safe to run again: each "
        "reminder is sent once per task, kind, user and deadline. Compares with the real "
        "clock unless --now is given (the demo is set in 2016: --now 2016-05-28). --loop "
        "runs every --interval seconds until stopped (SIGTERM or Ctrl-C stops it cleanly)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now", help="pretend it is this moment: 2016-05-28 or 2016-05-28T09:00"
        )
        parser.add_argument("--days", type=int, help="due soon: within this many days")
        parser.add_argument("--loop", action="store_true", help="keep running")
        parser.add_argument("--interval", type=float, default=300.0, help="seconds between runs")
        parser.add_argument(
            "--max-runs", type=int, help="with --loop: stop after this many runs (for tests)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            now = parse_now(options["now"])
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        days = options["days"]
        if days is not None and days < 0:
            raise CommandError("--days must be 0 or more", returncode=2)
        if options["interval"] <= 0:
            raise CommandError("--interval must be positive", returncode=2)
        if not options["loop"]:
            self.run_once(now, days)
            return
        stop = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            stop.set()

        previous = signal.signal(signal.SIGTERM, on_signal)
        runs = 0
        try:
            while not stop.is_set():
                self.run_once(now, days)
                runs += 1
                if options["max_runs"] is not None and runs >= options["max_runs"]:
                    break
                stop.wait(options["interval"])
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
        self.stdout.write(f"stopped after {runs} runs")

    def run_once(self, now: datetime | None, days: int | None) -> None:
        result = send_reminders(now=now or timezone.now(), soon=days)
        self.stdout.write(
            f"reminders: {result.due} due, {result.sent} sent, {result.already_sent} already "
            f"sent, {result.emailed} e-mailed"
        )
        for error in result.email_errors:
            self.stderr.write(f"e-mail failed: {error}")
        self.stdout.flush()


def parse_now(text: str | None) -> datetime | None:
    """ "2016-05-28" is 09:00 that day, Beijing time; a time may be given."""
    if not text:
        return None
    moment = parse_as_of(text if "T" in text or " " in text else f"{text}T09:00")
    return moment
