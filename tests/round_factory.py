"""The April 2016 reporting round of 开平市, opened by the office: the one most tests need."""

from __future__ import annotations

from datetime import date, datetime

from django.contrib.auth.models import User

from jindu.accounts.selectors import actor_for_user
from jindu.framework.models import Framework, Unit
from jindu.progress import Period
from jindu.reporting.models import Round
from jindu.reporting.services import open_round

APRIL = Period(2016, 4)


def open_april_round(
    *, due_date: date, lock_after_days: int, now: datetime, username: str = "office"
) -> Round:
    """Opened by ``username`` (the office unless a test checks who may open it)."""
    user = User.objects.get(username=username)
    actor = actor_for_user(user)
    assert actor is not None
    return open_round(
        framework=Framework.objects.get(),
        period=APRIL,
        units=[Unit.objects.get(code="kaiping")],
        due_date=due_date,
        lock_after_days=lock_after_days,
        actor=actor,
        user=user,
        now=now,
    )
