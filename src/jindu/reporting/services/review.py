"""Reviewing values (审核): approve, return with a reason (退回), reopen an approved value."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.contrib.auth.models import User
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_manage, can_review
from jindu.reporting.models import Value, ValueChange, ValueState
from jindu.reporting.services.errors import Conflict, NotAllowed, WorkflowError


def _change_state(
    values: Sequence[Value],
    new_state: str,
    *,
    actor: Actor,
    user: User | None,
    reason: str,
    at: datetime,
) -> None:
    """Move values to a new state, one history row each (the figures themselves unchanged)."""
    changes = [
        ValueChange(
            value=v,
            at=at,
            user=user,
            actor=actor.name,
            old_value=v.value,
            new_value=v.value,
            new_numerator=v.numerator,
            new_denominator=v.denominator,
            old_state=v.state,
            new_state=new_state,
            reason=reason,
        )
        for v in values
    ]
    for v in values:
        v.state = new_state
        v.updated_at = at
        if new_state == ValueState.APPROVED:
            v.approved_at = at
    Value.objects.bulk_update(values, ["state", "updated_at", "approved_at"])
    ValueChange.objects.bulk_create(changes)


def _submitters(values: Sequence[Value]) -> dict[int, int | None]:
    """Who made each value's latest submission."""
    result: dict[int, int | None] = {}
    for value_id, user_id in (
        ValueChange.objects.filter(value__in=values, new_state=ValueState.SUBMITTED)
        .order_by("value_id", "at", "pk")
        .values_list("value_id", "user_id")
    ):
        result[value_id] = user_id
    return result


def approve(values: Sequence[Value], *, actor: Actor, user: User | None, at: datetime) -> int:
    """Approve submitted values. A reviewer can never approve their own submission."""
    _check_reviewable(values, actor, user)
    _change_state(values, ValueState.APPROVED, actor=actor, user=user, reason="审核通过", at=at)
    return len(values)


def return_values(
    values: Sequence[Value], *, actor: Actor, user: User | None, reason: str, at: datetime
) -> int:
    """Return submitted values to the reporter with a reason (退回)."""
    if not reason.strip():
        raise WorkflowError(_("退回时请填写原因"))
    _check_reviewable(values, actor, user)
    _change_state(values, ValueState.RETURNED, actor=actor, user=user, reason=reason.strip(), at=at)
    return len(values)


def reopen(
    values: Sequence[Value], *, actor: Actor, user: User | None, reason: str, at: datetime
) -> int:
    """The office reopens approved values so they can be corrected; recorded with the reason."""
    if not reason.strip():
        raise WorkflowError(_("重新开启时请填写原因"))
    for v in values:
        if not can_manage(actor, v.unit):
            raise NotAllowed(_("无权重新开启 %(unit)s 的数据") % {"unit": v.unit.name})
        if v.state != ValueState.APPROVED:
            raise Conflict(_("只有已审核的数据需要重新开启"))
    _change_state(
        values,
        ValueState.RETURNED,
        actor=actor,
        user=user,
        reason=f"重新开启：{reason.strip()}",
        at=at,
    )
    return len(values)


def _check_reviewable(values: Sequence[Value], actor: Actor, user: User | None) -> None:
    submitters = _submitters(values)
    for v in values:
        if not can_review(actor, v.unit):
            raise NotAllowed(_("无权审核 %(unit)s 的数据") % {"unit": v.unit.name})
        if v.state != ValueState.SUBMITTED:
            raise Conflict(
                _("「%(indicator)s」当前为%(state)s，不能审核")
                % {"indicator": v.indicator.name, "state": gettext(ValueState(v.state).label)}
            )
        if user is not None and submitters.get(v.pk) == user.pk:
            raise NotAllowed(
                _("不能审核自己报送的「%(indicator)s」") % {"indicator": v.indicator.name}
            )
