"""Which months have data: the period switch of the dashboards, the default period of pages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from jindu.framework.models import Framework, Unit
from jindu.progress import Period
from jindu.reporting.models import Value, ValueChange
from jindu.reporting.selectors.progress import counted_states


def periods_with_data(
    unit: Unit, framework: Framework, *, include_submitted: bool = False
) -> list[Period]:
    """Months for which the unit's subtree has counted values, latest first (the period
    switch). One query."""
    rows = (
        Value.objects.filter(
            indicator__framework=framework,
            unit__path__startswith=unit.path,
            state__in=counted_states(include_submitted),
        )
        .values_list("year", "month")
        .distinct()
        .order_by("-year", "-month")
    )
    return [Period(year, month) for year, month in rows]


def latest_period(
    unit: Unit,
    framework: Framework,
    *,
    include_submitted: bool = False,
    as_of: datetime | None = None,
    periods: Sequence[Period] | None = None,
) -> Period | None:
    """The latest month with counted (approved) data in the unit's subtree, as it stood at
    `as_of` when given. `periods` (from periods_with_data) saves the query when not as of."""
    if as_of is None:
        found = (
            periods
            if periods is not None
            else periods_with_data(unit, framework, include_submitted=include_submitted)
        )
        return found[0] if found else None
    latest = (
        ValueChange.objects.filter(
            value__indicator__framework=framework,
            value__unit__path__startswith=unit.path,
            new_state__in=counted_states(include_submitted),
            at__lte=as_of,
        )
        .order_by("-value__year", "-value__month")
        .values_list("value__year", "value__month")
        .first()
    )
    return Period(*latest) if latest else None
