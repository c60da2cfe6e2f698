"""Reminders for reporting rounds: due soon and overdue to the department that still has values
to enter (overdue also to its office), returned values to the reporter; each once."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User

from jindu.accounts.selectors import actor_for_user
from jindu.framework.models import Unit
from jindu.reporting.models import Round, Value
from jindu.reporting.services import EntryInput, return_values, save_entries
from jindu.supervision.models import Notification
from jindu.supervision.services.reminders import send_reminders
from round_factory import open_april_round

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")


def at(day: int) -> datetime:
    return datetime(2016, 5, day, 9, tzinfo=TZ)


@pytest.fixture
def round_() -> Round:
    return open_april_round(due_date=date(2016, 5, 6), lock_after_days=3, now=at(1))


def inbox(username: str) -> list[str]:
    return list(
        Notification.objects.filter(user__username=username, kind__startswith="round").values_list(
            "kind", flat=True
        )
    )


def test_due_soon_reaches_each_department_once(round_: Round) -> None:
    send_reminders(now=at(4), soon=3)
    send_reminders(now=at(4), soon=3)
    assert inbox("kgsw") == ["round_due"]
    assert inbox("rsj") == ["round_due"]
    assert inbox("office") == []  # the office hears of overdue rounds only


def test_overdue_also_tells_the_office_and_a_finished_unit_hears_nothing(round_: Round) -> None:
    kgsw = User.objects.get(username="kgsw")
    actor = actor_for_user(kgsw)
    assert actor is not None
    from jindu.reporting.selectors.rounds import entry_rows

    rows = entry_rows(round_, Unit.objects.get(code="kaiping-kgsw"))
    items = []
    for row in rows:  # 科工商务局 submits everything, one more than last month
        if row.indicator.kind == "ratio":
            items.append(
                EntryInput(
                    row.indicator.code, "kaiping", numerator=Decimal(30), denominator=Decimal(100)
                )
            )
        else:
            items.append(
                EntryInput(
                    row.indicator.code,
                    "kaiping",
                    (row.last_month or Decimal(0)) + 1,
                    comment="核实",
                )
            )
    save_entries(round_=round_, actor=actor, user=kgsw, items=items, submit=True, now=at(5))
    send_reminders(now=at(8), soon=3)
    assert inbox("kgsw") == []
    assert inbox("rsj") == ["round_overdue"]
    assert inbox("office") == ["round_overdue"]


def test_returned_values_are_told_to_the_reporter(round_: Round) -> None:
    kgsw = User.objects.get(username="kgsw")
    actor = actor_for_user(kgsw)
    reviewer = User.objects.get(username="reviewer")
    reviewer_actor = actor_for_user(reviewer)
    assert actor is not None and reviewer_actor is not None
    save_entries(
        round_=round_,
        actor=actor,
        user=kgsw,
        items=[EntryInput("A02", "kaiping", Decimal(29))],
        submit=True,
        now=at(2),
    )
    value = Value.objects.get(indicator__code="A02", unit__code="kaiping", year=2016, month=4)
    return_values([value], actor=reviewer_actor, user=reviewer, reason="请核实", at=at(3))
    send_reminders(now=at(3), soon=0)
    send_reminders(now=at(3), soon=0)
    assert inbox("kgsw") == ["round_returned"]
    note = Notification.objects.get(user=kgsw, kind="round_returned")
    assert "高新技术企业培育入库" in note.body and "/entry/kaiping-kgsw/" in note.url
