"""The collection workflow as the demo's people use it: the office opens April 2016, 科工商务局
enters and submits, the reviewer returns and approves; checks, locks and history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User

from jindu.accounts.selectors import Actor, actor_for_user
from jindu.framework.models import Unit
from jindu.progress import Period, yoy_growth
from jindu.reporting.models import Round, Value, ValueChange, ValueState
from jindu.reporting.selectors.rounds import Timeliness, entry_rows, timeliness, todo_for
from jindu.reporting.services import (
    Conflict,
    EntryInput,
    EntryRejected,
    NotAllowed,
    WorkflowError,
    approve,
    grant_exception,
    reopen,
    return_values,
    save_entries,
)
from round_factory import open_april_round

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")
APRIL = Period(2016, 4)
NOW = datetime(2016, 5, 3, 10, tzinfo=TZ)


def person(username: str) -> tuple[Actor, User]:
    user = User.objects.get(username=username)
    actor = actor_for_user(user)
    assert actor is not None
    return actor, user


def april_round(due: date = date(2016, 5, 6)) -> Round:
    return open_april_round(due_date=due, lock_after_days=3, now=NOW)


def kgsw_rows(round_: Round) -> dict[str, object]:
    return {r.indicator.code: r for r in entry_rows(round_, Unit.objects.get(code="kaiping-kgsw"))}


def enter(
    round_: Round, username: str, *items: EntryInput, submit: bool = False, now: datetime = NOW
) -> int:
    actor, user = person(username)
    return save_entries(
        round_=round_, actor=actor, user=user, items=list(items), submit=submit, now=now
    )


def value(code: str) -> Value:
    return Value.objects.get(indicator__code=code, unit__code="kaiping", year=2016, month=4)


def test_only_the_office_opens_a_round_and_only_once() -> None:
    with pytest.raises(NotAllowed):
        open_april_round(due_date=date(2016, 5, 6), lock_after_days=3, now=NOW, username="kgsw")
    april_round()
    with pytest.raises(Conflict):
        april_round()


def test_a_reporter_sees_only_the_indicators_their_department_leads() -> None:
    round_ = april_round()
    rows = kgsw_rows(round_)
    assert rows and all(r.assignment.lead_unit.code == "kaiping-kgsw" for r in rows.values())  # type: ignore[attr-defined]
    assert "D08" not in rows  # 就业创业扶持政策补贴 is led by 人社局
    with pytest.raises(NotAllowed):
        enter(round_, "kgsw", EntryInput("D08", "kaiping", Decimal(300)))


def test_draft_then_submit_records_state_history_and_timeliness() -> None:
    round_ = april_round()
    assert timeliness(round_)[Unit.objects.get(code="kaiping-kgsw").pk] == Timeliness.MISSING
    enter(round_, "kgsw", EntryInput("A01", "kaiping", Decimal(48)))
    assert value("A01").state == ValueState.DRAFT
    enter(round_, "kgsw", EntryInput("A01", "kaiping", Decimal(48)), submit=True)
    assert value("A01").state == ValueState.SUBMITTED
    states = list(
        ValueChange.objects.filter(value=value("A01")).values_list("new_state", flat=True)
    )
    assert states == ["draft", "submitted"]
    assert timeliness(round_)[Unit.objects.get(code="kaiping-kgsw").pk] == Timeliness.ON_TIME


def test_a_late_submission_counts_as_late() -> None:
    round_ = april_round()
    enter(
        round_,
        "kgsw",
        EntryInput("A01", "kaiping", Decimal(48)),
        submit=True,
        now=datetime(2016, 5, 8, 9, tzinfo=TZ),
    )
    assert timeliness(round_)[Unit.objects.get(code="kaiping-kgsw").pk] == Timeliness.LATE


def test_a_cumulative_value_below_last_month_is_refused_and_nothing_is_written() -> None:
    round_ = april_round()
    march = Value.objects.get(indicator__code="A01", unit__code="kaiping", year=2016, month=3).value
    assert march is not None
    with pytest.raises(EntryRejected) as caught:
        enter(
            round_,
            "kgsw",
            EntryInput("A02", "kaiping", Decimal(30)),
            EntryInput("A01", "kaiping", march - 1),
        )
    assert [p.key for p in caught.value.problems] == ["A01@kaiping"]
    assert "累计值不能低于上月" in caught.value.problems[0].message
    assert not Value.objects.filter(year=2016, month=4).exists()


def test_too_many_decimals_are_refused() -> None:
    round_ = april_round()
    with pytest.raises(EntryRejected, match="最多0位小数"):
        enter(round_, "kgsw", EntryInput("A01", "kaiping", Decimal("48.5")))


def test_a_huge_yoy_needs_a_comment_before_submit_but_not_to_save() -> None:
    round_ = april_round()
    row = kgsw_rows(round_)["A01"]
    last_year = row.last_year  # type: ignore[attr-defined]
    huge = last_year * 5  # +400%, a whole number as A01 counts 家
    assert huge == huge.to_integral_value() and yoy_growth(huge, last_year) == Decimal(400)
    item = EntryInput("A01", "kaiping", huge)
    enter(round_, "kgsw", item)  # a draft may carry the warning
    with pytest.raises(EntryRejected) as caught:
        enter(round_, "kgsw", item, submit=True)
    assert not caught.value.problems[0].blocking and "超过±300%" in caught.value.problems[0].message
    enter(
        round_, "kgsw", EntryInput("A01", "kaiping", huge, comment="4月集中认定一批"), submit=True
    )
    assert value("A01").comment == "4月集中认定一批"


def test_a_ratio_takes_its_components() -> None:
    round_ = april_round()
    office_rows = {r.indicator.code for r in entry_rows(round_)}
    assert "F01" in office_rows
    with pytest.raises(EntryRejected, match="有效发明专利"):
        enter(round_, "office", EntryInput("F01", "kaiping", Decimal("3.95")))
    enter(
        round_,
        "office",
        EntryInput("F01", "kaiping", numerator=Decimal(276), denominator=Decimal(698600)),
    )
    assert value("F01").value == (Decimal(276) * 10000 / Decimal(698600)).quantize(
        Decimal("0.000001")
    )


def test_return_fix_resubmit_approve_with_full_history() -> None:
    round_ = april_round()
    enter(
        round_,
        "kgsw",
        EntryInput("A01", "kaiping", Decimal(48)),
        EntryInput("A02", "kaiping", Decimal(28)),
        submit=True,
    )
    reviewer, reviewer_user = person("reviewer")
    with pytest.raises(WorkflowError, match="原因"):
        return_values([value("A02")], actor=reviewer, user=reviewer_user, reason=" ", at=NOW)
    return_values(
        [value("A02")], actor=reviewer, user=reviewer_user, reason="与统计局数据不符", at=NOW
    )
    assert value("A02").state == ValueState.RETURNED
    enter(round_, "kgsw", EntryInput("A02", "kaiping", Decimal(29)), submit=True)
    approve([value("A01"), value("A02")], actor=reviewer, user=reviewer_user, at=NOW)
    assert value("A02").state == ValueState.APPROVED and value("A02").value == Decimal(29)
    history = list(
        ValueChange.objects.filter(value=value("A02"))
        .order_by("pk")
        .values_list("new_value", "new_state", "reason")
    )
    assert [h[1] for h in history] == ["submitted", "returned", "submitted", "approved"]
    assert history[1][2] == "与统计局数据不符"
    # approved values are locked for the reporter …
    with pytest.raises(Conflict, match="」已审核，不能修改"):
        enter(round_, "kgsw", EntryInput("A02", "kaiping", Decimal(30)))
    # … until the office reopens them, which is recorded with the reason
    office, office_user = person("office")
    reopen([value("A02")], actor=office, user=office_user, reason="统计局更正", at=NOW)
    assert value("A02").state == ValueState.RETURNED
    assert (
        ValueChange.objects.filter(value=value("A02")).latest("pk").reason == "重新开启：统计局更正"
    )


def test_nobody_approves_their_own_submission_and_reporters_cannot_approve() -> None:
    round_ = april_round()
    enter(round_, "office", EntryInput("A01", "kaiping", Decimal(48)), submit=True)
    office, office_user = person("office")
    before = ValueChange.objects.count()
    with pytest.raises(NotAllowed, match="自己报送"):
        approve([value("A01")], actor=office, user=office_user, at=NOW)
    kgsw, kgsw_user = person("kgsw")
    with pytest.raises(NotAllowed):
        approve([value("A01")], actor=kgsw, user=kgsw_user, at=NOW)
    assert ValueChange.objects.count() == before and value("A01").state == ValueState.SUBMITTED


def test_the_round_locks_after_due_date_plus_days_unless_excepted() -> None:
    round_ = april_round(due=date(2016, 5, 6))
    late = datetime(2016, 5, 10, 9, tzinfo=TZ)  # lock after 5-06 + 3 days
    with pytest.raises(Conflict, match="锁定"):
        enter(round_, "kgsw", EntryInput("A01", "kaiping", Decimal(48)), now=late)
    office, office_user = person("office")
    grant_exception(
        round_=round_,
        unit=Unit.objects.get(code="kaiping-kgsw"),
        until=date(2016, 5, 12),
        reason="系统故障",
        actor=office,
        user=office_user,
        now=late,
    )
    assert enter(round_, "kgsw", EntryInput("A01", "kaiping", Decimal(48)), now=late) == 1


def test_the_reporters_todo_lists_what_is_left() -> None:
    round_ = april_round()
    actor, _ = person("kgsw")
    todo = todo_for(actor, date(2016, 5, 7))
    assert [t.round for t in todo] == [round_]
    assert todo[0].overdue and todo[0].to_enter == len(kgsw_rows(round_))
