"""Time progress — 时间进度 (序时进度): the share of the year's work due by a period's end.

Three schedules:

- `linear-month` (default): month ÷ 12, so the end of March is 25%;
- `linear-day`: days elapsed ÷ days in the year (end of March 2016 is 91/366);
- `milestones`: planned cumulative shares, e.g. Q1 22%, H1 45%, Q3 70%, year 100%, linear
  between milestones and from (month 0, 0%). Real offices plan Q1 at 22% rather than 25%.

Results are exact decimals in percent (up to 34 significant digits); round only to display.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jindu.progress._exact import CONTEXT, HUNDRED
from jindu.progress.periods import Period


class ScheduleKind(StrEnum):
    LINEAR_MONTH = "linear-month"
    LINEAR_DAY = "linear-day"
    MILESTONES = "milestones"


Milestones = tuple[tuple[int, Decimal], ...]


@dataclass(frozen=True)
class Schedule:
    """How an indicator's annual work is planned over the year (进度安排).

    `milestones` are (month, cumulative planned share in %) pairs. They are checked when the
    schedule is made: months strictly increasing within 1..12, shares non-decreasing within
    0..100, and the last one (12, 100) — added when absent.
    """

    kind: ScheduleKind = ScheduleKind.LINEAR_MONTH
    milestones: Milestones = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ScheduleKind(self.kind))
        if self.kind is not ScheduleKind.MILESTONES:
            if self.milestones:
                raise ValueError(f"a {self.kind} schedule takes no milestones")
            object.__setattr__(self, "milestones", ())  # a [] from a config file stays hashable
            return
        object.__setattr__(self, "milestones", _checked_milestones(self.milestones))

    @classmethod
    def planned(cls, milestones: Iterable[tuple[int, Decimal]]) -> Schedule:
        """A milestones schedule: `Schedule.planned([(3, Decimal(22)), (6, Decimal(45))])`."""
        return cls(ScheduleKind.MILESTONES, tuple(milestones))


def _checked_milestones(milestones: Iterable[tuple[int, Decimal]]) -> Milestones:
    checked: list[tuple[int, Decimal]] = []
    previous_month, previous_share = 0, Decimal(0)
    for month, share in milestones:
        if isinstance(share, float):
            raise TypeError(f"milestone shares must be Decimal, not float: {share!r}")
        share = Decimal(share)  # tolerate ints from configuration files
        if not 1 <= month <= 12 or month <= previous_month:
            raise ValueError(f"milestone months must increase within 1..12, got {month}")
        if not share.is_finite() or not previous_share <= share <= HUNDRED:
            raise ValueError(
                f"milestone shares must not decrease and stay within 0..100, got {share}"
            )
        checked.append((month, share))
        previous_month, previous_share = month, share
    if previous_month != 12:
        checked.append((12, HUNDRED))
    elif previous_share != HUNDRED:
        raise ValueError(f"the December milestone must be 100, got {previous_share}")
    return tuple(checked)


def time_progress(schedule: Schedule, period: Period) -> Decimal:
    """Time progress (时间进度) in percent at the end of `period`; December is always 100."""
    if schedule.kind is ScheduleKind.LINEAR_MONTH:
        return CONTEXT.divide(Decimal(period.month * 100), Decimal(12))
    if schedule.kind is ScheduleKind.LINEAR_DAY:
        return CONTEXT.divide(Decimal(period.days_elapsed * 100), Decimal(period.days_in_year))
    return _interpolate(schedule.milestones, period.month)


def _interpolate(milestones: Milestones, month: int) -> Decimal:
    start_month, start_share = 0, Decimal(0)
    for end_month, end_share in milestones:
        if month == end_month:
            return end_share
        if month < end_month:
            rise = CONTEXT.multiply(end_share - start_share, Decimal(month - start_month))
            return CONTEXT.add(start_share, CONTEXT.divide(rise, Decimal(end_month - start_month)))
        start_month, start_share = end_month, end_share
    raise AssertionError("milestones always end at month 12")  # pragma: no cover
