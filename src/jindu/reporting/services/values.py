"""Services that write reported values. Every change leaves a ValueChange row.

The caller owns the transaction: a command or view wraps a whole file or form in
`transaction.atomic()`, so a batch is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.contrib.auth.models import User
from django.db.models import Q
from django.utils import timezone

from jindu.framework.models import VALUE_PLACES, Indicator, Unit
from jindu.progress import Components, Kind, Period, ratio_value, round_half_up
from jindu.reporting.models import Value, ValueChange, ValueState


@dataclass(frozen=True)
class ValueInput:
    """One value to record: the figure, or for a ratio indicator its components."""

    indicator: Indicator
    unit: Unit
    period: Period
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    state: str = ValueState.DRAFT
    comment: str = ""


@dataclass(frozen=True)
class RecordReport:
    created: int
    updated: int
    unchanged: int


def derive(
    indicator: Indicator,
    value: Decimal | None,
    numerator: Decimal | None,
    denominator: Decimal | None,
) -> Decimal | None:
    """A ratio indicator's value comes from its components (每万人发明专利拥有量 = 有效发明专利
    ÷ 常住人口 × 10000); other indicators take the value as given."""
    if indicator.kind == Kind.RATIO and numerator is not None and denominator is not None:
        ratio = ratio_value(Components(numerator, denominator), indicator.factor or Decimal(1))
        # Stored to the column's scale for lists and sums; progress recomputes from components.
        return None if ratio is None else round_half_up(ratio, VALUE_PLACES)
    return value


def derived_value(item: ValueInput) -> Decimal | None:
    return derive(item.indicator, item.value, item.numerator, item.denominator)


def record_values(
    items: Sequence[ValueInput],
    *,
    actor: str,
    reason: str = "",
    user: User | None = None,
    at: datetime | None = None,
) -> RecordReport:
    """Create or change values in bulk, with one history row for each real change."""
    at = at or timezone.now()
    keys = {(i.indicator.pk, i.unit.pk, i.period.year, i.period.month) for i in items}
    if len(keys) != len(items):
        raise ValueError("the same indicator, unit and period appear twice in one batch")
    existing: dict[tuple[int, int, int, int], Value] = {}
    if keys:
        query = Q()
        for year in {k[2] for k in keys}:
            query |= Q(
                year=year, indicator_id__in={k[0] for k in keys}, unit_id__in={k[1] for k in keys}
            )
        for v in Value.objects.filter(query):
            existing[(v.indicator_id, v.unit_id, v.year, v.month)] = v
    new_rows, changed_rows, history = [], [], []
    for item in items:
        key = (item.indicator.pk, item.unit.pk, item.period.year, item.period.month)
        value = derived_value(item)
        row = existing.get(key)
        if row is None:
            row = Value(
                indicator=item.indicator,
                unit=item.unit,
                year=item.period.year,
                month=item.period.month,
                value=value,
                numerator=item.numerator,
                denominator=item.denominator,
                state=item.state,
                comment=item.comment,
                updated_at=at,
                approved_at=at if item.state == ValueState.APPROVED else None,
            )
            existing[key] = row
            new_rows.append(row)
            history.append((row, None, "", value, item.state, item))
            continue
        same = (
            _eq(row.value, value)
            and _eq(row.numerator, item.numerator)
            and _eq(row.denominator, item.denominator)
            and row.state == item.state
            and row.comment == item.comment
        )
        if same:
            continue
        history.append((row, row.value, row.state, value, item.state, item))
        row.value, row.numerator, row.denominator = value, item.numerator, item.denominator
        row.state, row.comment, row.updated_at = item.state, item.comment, at
        if item.state == ValueState.APPROVED:
            row.approved_at = at
        changed_rows.append(row)
    Value.objects.bulk_create(new_rows)
    Value.objects.bulk_update(
        changed_rows,
        ["value", "numerator", "denominator", "state", "comment", "updated_at", "approved_at"],
    )
    user_obj = user if user is not None and user.pk else None
    ValueChange.objects.bulk_create(
        [
            ValueChange(
                value=row,
                at=at,
                user=user_obj,
                actor=actor,
                old_value=old,
                new_value=new,
                new_numerator=item.numerator,
                new_denominator=item.denominator,
                old_state=old_state,
                new_state=new_state,
                reason=reason,
            )
            for row, old, old_state, new, new_state, item in history
        ]
    )
    return RecordReport(
        created=len(new_rows),
        updated=len(changed_rows),
        unchanged=len(items) - len(new_rows) - len(changed_rows),
    )


def _eq(a: Decimal | None, b: Decimal | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a == b)
