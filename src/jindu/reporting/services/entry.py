"""Entering and submitting values (填报 · 报送), with the checks of a careful statistician."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.contrib.auth.models import User
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_enter
from jindu.progress import Kind, format_decimal
from jindu.reporting.models import Round, Submission, ValueState
from jindu.reporting.selectors.rounds import EntryRow, entry_rows, is_locked, period_of
from jindu.reporting.services.errors import Conflict, EntryRejected, NotAllowed, Problem
from jindu.reporting.services.values import ValueInput, derive, record_values

YOY_LIMIT = Decimal(300)  # 同比 beyond ±300% needs a comment (DOMAIN.md §4)
HISTORY_FACTOR = Decimal(3)  # a value over 3× or under ⅓ of last year's range needs a comment
COUNT_UNITS = {"家", "件", "个", "项", "人", "所", "次"}


@dataclass(frozen=True)
class EntryInput:
    """What a reporter typed for one indicator of one region."""

    indicator_code: str
    region_code: str
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    comment: str = ""

    @property
    def key(self) -> str:
        return f"{self.indicator_code}@{self.region_code}"


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def check_entry(row: EntryRow, item: EntryInput) -> list[Problem]:
    """Problems with one figure: blocking errors and warnings that need a comment."""
    ind, key = row.indicator, item.key
    problems: list[Problem] = []
    if ind.kind == Kind.RATIO:
        if item.numerator is None or item.denominator is None:
            return [
                Problem(
                    key,
                    "numerator",
                    _("%(indicator)s是比率指标，请填写%(numerator)s和%(denominator)s")
                    % {
                        "indicator": ind.name,
                        "numerator": ind.numerator_name,
                        "denominator": ind.denominator_name,
                    },
                )
            ]
        if item.denominator <= 0:
            return [
                Problem(key, "denominator", _("%(name)s必须大于0") % {"name": ind.denominator_name})
            ]
        if item.numerator < 0:
            return [
                Problem(key, "numerator", _("%(name)s不能为负数") % {"name": ind.numerator_name})
            ]
    elif item.value is None:
        return [Problem(key, "value", _("请填写数值"))]
    else:
        if _places(item.value) > ind.decimals:
            problems.append(
                Problem(key, "value", _("最多%(places)s位小数") % {"places": ind.decimals})
            )
        if item.value < 0 and ind.unit_of_measure in COUNT_UNITS:
            problems.append(Problem(key, "value", _("数量不能为负数")))
    value = derive(ind, item.value, item.numerator, item.denominator)
    if value is None:
        return problems
    if (
        ind.kind in (Kind.CUMULATIVE, Kind.GROWTH)
        and row.last_month is not None
        and value < row.last_month
    ):
        problems.append(
            Problem(
                key,
                "value",
                _("累计值不能低于上月(%(last)s)")
                % {"last": format_decimal(row.last_month, ind.decimals)},
            )
        )
    warning = _warning(row, value)
    if warning and not item.comment.strip():
        problems.append(Problem(key, "comment", warning, blocking=False))
    return problems


def _warning(row: EntryRow, value: Decimal) -> str | None:
    growth = row.yoy(value)
    if growth is not None and abs(growth) > YOY_LIMIT:
        return _("同比%(growth)s%%，超过±300%%，请在备注中说明原因") % {
            "growth": format_decimal(growth, 1)
        }
    if len(row.history) >= 3:
        low, high = min(row.history), max(row.history)
        if high > 0 and (
            value > high * HISTORY_FACTOR or (low > 0 and value < low / HISTORY_FACTOR)
        ):
            return _("数值明显超出去年同期各月的范围，请在备注中说明原因")
    return None


def save_entries(
    *,
    round_: Round,
    actor: Actor,
    user: User | None,
    items: list[EntryInput],
    submit: bool,
    now: datetime,
) -> int:
    """Save drafts or submit (报送). All or nothing: any blocking problem, or on submit any
    unexplained warning, and nothing is written (EntryRejected lists them all)."""
    period = period_of(round_)
    rows = {f"{r.indicator.code}@{r.assignment.region.code}": r for r in entry_rows(round_)}
    problems: list[Problem] = []
    inputs: list[ValueInput] = []
    today = now.date()
    for item in items:
        row = rows.get(item.key)
        if row is None:
            raise NotAllowed(_("%(key)s 不在本轮填报范围内") % {"key": item.key})
        if not can_enter(actor, row.assignment.region, row.assignment.lead_unit):
            raise NotAllowed(
                _("无权填报 %(region)s 的「%(indicator)s」")
                % {"region": row.assignment.region.name, "indicator": row.indicator.name}
            )
        if actor.role == "reporter" and is_locked(round_, actor.unit, today):
            raise Conflict(
                _("%(round)s已于%(due)s截止并锁定，请联系创新办延期")
                % {"round": round_.display_name, "due": round_.due_date.isoformat()}
            )
        if row.state in (ValueState.SUBMITTED, ValueState.APPROVED):
            raise Conflict(
                _("「%(indicator)s」%(state)s，不能修改")
                % {"indicator": row.indicator.name, "state": gettext(ValueState(row.state).label)}
            )
        found = check_entry(row, item)
        problems += [p for p in found if p.blocking or submit]
        inputs.append(
            ValueInput(
                indicator=row.indicator,
                unit=row.assignment.region,
                period=period,
                value=item.value if row.indicator.kind != Kind.RATIO else None,
                numerator=item.numerator,
                denominator=item.denominator,
                state=ValueState.SUBMITTED if submit else ValueState.DRAFT,
                comment=item.comment.strip(),
            )
        )
    if problems:
        raise EntryRejected(problems)
    record_values(
        inputs, actor=actor.name, user=user, reason="报送" if submit else "保存草稿", at=now
    )
    if submit and inputs:
        Submission.objects.create(round=round_, unit=actor.unit, at=now, by=user, count=len(inputs))
    return len(inputs)
