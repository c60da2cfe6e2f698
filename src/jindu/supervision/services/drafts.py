"""A draft task (立项, not yet assigned) from an indicator that turned 严重滞后."""

from __future__ import annotations

from datetime import date, datetime

from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor
from jindu.framework.models import Unit
from jindu.progress import Period
from jindu.supervision.models import Source, Task
from jindu.supervision.selectors.indicators import draft_text, far_behind_rows
from jindu.supervision.services.tasks import TaskInput, register_task
from jindu.supervision.workflow import Refused


def draft_from_indicator(
    *,
    actor: Actor,
    user: User | None,
    unit: Unit,
    period: Period,
    code: str,
    deadline: date,
    now: datetime | None = None,
) -> Task:
    """The office asked for it: one registered task for the indicator's lead unit, with the
    figures in its content. Refused when the indicator is not far behind, has no lead unit
    in the unit's subtree, or already has a draft for this period."""
    found = [r for r in far_behind_rows(unit, period) if r.row.indicator.code == code]
    if not found:
        raise Refused(
            _("%(unit)s %(period)s 指标 %(code)s 不是严重滞后")
            % {"unit": unit.name, "period": period, "code": code},
            status=400,
        )
    red = found[0]
    if red.task_id is not None:
        raise Refused(
            _("指标 %(code)s 已有督办事项(#%(task)s)") % {"code": code, "task": red.task_id}
        )
    lead = red.row.lead_unit
    if lead is None:
        raise Refused(_("指标 %(code)s 没有牵头单位") % {"code": code}, status=400)
    title, content = draft_text(unit, period, red)
    data = TaskInput(
        title=title,
        content=content,
        lead_unit=lead,
        deadline=deadline,
        source=Source.INDICATOR.value,
        source_note=f"{period.year}年{period.month}月指标进度",
        indicators=[red.row.indicator],
    )
    return register_task(
        actor=actor,
        user=user,
        region=unit,
        data=data,
        indicator_period=(period.year, period.month),
        now=now,
    )
