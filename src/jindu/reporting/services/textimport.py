"""Importing figures read from report text as draft values (文本导入).

The office pastes a 工作总结 or a news release, picks the figures it trusts, and they become
draft values of a unit and period — then they go through the normal approval workflow, with
the source text kept beside each value as evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_manage
from jindu.extraction.units import convert
from jindu.framework.models import Framework, Unit
from jindu.progress import Kind, Period
from jindu.reporting.models import Attachment, Value, ValueState
from jindu.reporting.services.errors import Conflict, NotAllowed, WorkflowError
from jindu.reporting.services.values import ValueInput, record_values


@dataclass(frozen=True)
class Chosen:
    """A figure the office chose to import: its value in the unit as written."""

    indicator_code: str
    value: Decimal
    unit: str | None
    excerpt: str


def import_figures(
    *,
    framework: Framework,
    unit: Unit,
    period: Period,
    chosen: list[Chosen],
    source: str,
    actor: Actor,
    user: User | None,
    now: datetime,
) -> int:
    """Write the chosen figures as drafts (converted to each indicator's unit of measure).
    All or nothing; a value already submitted or approved is not overwritten."""
    if not can_manage(actor, unit):
        raise NotAllowed(_("无权为 %(unit)s 导入数据") % {"unit": unit.name})
    indicators = {i.code: i for i in framework.indicators.all()}
    existing = {
        v.indicator_id: v
        for v in Value.objects.filter(unit=unit, year=period.year, month=period.month)
    }
    items = []
    for c in chosen:
        ind = indicators.get(c.indicator_code)
        if ind is None:
            raise WorkflowError(_("指标 %(code)s 不在指标体系中") % {"code": c.indicator_code})
        if ind.kind == Kind.RATIO:
            raise WorkflowError(
                _("「%(indicator)s」是比率指标，请在填报表中填写分子和分母")
                % {"indicator": ind.name}
            )
        value = convert(c.value, c.unit, ind.unit_of_measure)
        if value is None:
            raise WorkflowError(
                _("「%(indicator)s」的单位是%(unit)s，文中为%(found)s，无法换算")
                % {"indicator": ind.name, "unit": ind.unit_of_measure, "found": c.unit}
            )
        current = existing.get(ind.pk)
        if current is not None and current.state in (ValueState.SUBMITTED, ValueState.APPROVED):
            raise Conflict(
                _("「%(indicator)s」%(period)s%(state)s，不能用文本覆盖")
                % {
                    "indicator": ind.name,
                    "period": period,
                    "state": gettext(ValueState(current.state).label),
                }
            )
        items.append(
            ValueInput(
                indicator=ind,
                unit=unit,
                period=period,
                value=value,
                state=ValueState.DRAFT,
                comment=f"文本导入：{c.excerpt}"[:500],
            )
        )
    record_values(items, actor=actor.name, user=user, reason="文本导入", at=now)
    stored = Value.objects.filter(
        unit=unit,
        year=period.year,
        month=period.month,
        indicator__code__in=[c.indicator_code for c in chosen],
    )
    text = source.encode("utf-8")
    for v in stored:  # a handful per import; each file is written by the storage
        Attachment.objects.create(
            value=v,
            file=ContentFile(text, name="source.txt"),
            name="来源文本.txt",
            kind="txt",
            size=len(text),
            uploaded_by=user,
            uploaded_at=now,
        )
    return len(items)
