"""Opening reporting rounds and granting exceptions (创新办)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_manage
from jindu.framework.models import Framework, Unit
from jindu.progress import Period
from jindu.reporting.models import Round, RoundException
from jindu.reporting.services.errors import Conflict, NotAllowed, WorkflowError


def open_round(
    *,
    framework: Framework,
    period: Period,
    units: Sequence[Unit],
    due_date: date,
    lock_after_days: int,
    actor: Actor,
    user: User | None,
    now: datetime,
    note: str = "",
) -> Round:
    if not units:
        raise WorkflowError(_("请选择要收集数据的地区"))
    for unit in units:
        if not can_manage(actor, unit):
            raise NotAllowed(_("无权为 %(unit)s 开启填报") % {"unit": unit.name})
    if due_date < period.end_date:
        raise WorkflowError(
            _("截止日期不能早于报告期末(%(end)s)") % {"end": period.end_date.isoformat()}
        )
    if Round.objects.filter(framework=framework, year=period.year, month=period.month).exists():
        raise Conflict(
            _("%(year)s年%(month)s月的填报已经开启") % {"year": period.year, "month": period.month}
        )
    round_ = Round.objects.create(
        framework=framework,
        year=period.year,
        month=period.month,
        due_date=due_date,
        lock_after_days=lock_after_days,
        opened_by=user,
        opened_at=now,
        note=note,
    )
    round_.units.set(units)
    return round_


def grant_exception(
    *,
    round_: Round,
    unit: Unit,
    until: date,
    reason: str,
    actor: Actor,
    user: User | None,
    now: datetime,
) -> RoundException:
    if not can_manage(actor, unit):
        raise NotAllowed(_("无权为 %(unit)s 延期") % {"unit": unit.name})
    if until < now.date():
        raise WorkflowError(_("延期日期不能早于今天"))
    return RoundException.objects.create(
        round=round_, unit=unit, until=until, reason=reason, granted_by=user, granted_at=now
    )
