"""Evaluation of one indicator × unit × period — 指标进度评价: one row of `jindu progress`.

`evaluate` gathers every figure the row shows: value, target, completion rate (完成率),
increment progress (增量进度), time progress (时间进度), gap (差距), YoY growth (同比),
status (状态), required pace (所需进度) and the year-end projection (年终预测).

Growth indicators (增速类) differ: `actual` is this year's year-to-date value of the
underlying flow, the YoY growth against `last_year_actual` is what is assessed, there is no
completion rate, and the gap is actual growth − target growth in pp (no time scaling).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from jindu.progress._exact import finite
from jindu.progress.kinds import Direction, Kind
from jindu.progress.metrics import (
    completion_rate,
    gap_pp,
    growth_gap_pp,
    increment_progress,
    required_pace,
    yoy_growth,
)
from jindu.progress.periods import Period
from jindu.progress.projection import Projection, growth_target_value, project
from jindu.progress.schedule import Schedule, time_progress
from jindu.progress.status import DEFAULT_BANDS, Status, StatusBands, status_for


@dataclass(frozen=True)
class IndicatorSpec:
    """What the progress core needs to know about an indicator (指标)."""

    code: str
    kind: Kind = Kind.CUMULATIVE
    direction: Direction = Direction.HIGHER
    schedule: Schedule = field(default_factory=Schedule)
    decimals: int = 0  # display decimals of the indicator's values
    weight: Decimal = Decimal(1)  # 权重 in the progress score

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "direction", Direction(self.direction))
        if self.decimals < 0:
            raise ValueError(f"{self.code}: decimals must be 0 or more, got {self.decimals}")
        if not self.weight.is_finite() or self.weight < 0:
            raise ValueError(f"{self.code}: weight must be 0 or more, got {self.weight}")


@dataclass(frozen=True)
class Evaluation:
    """Every figure of one progress row, exact; round with `format_decimal` to show."""

    actual: Decimal | None
    target: Decimal | None  # for growth indicators: the target growth, in %
    completion_rate: Decimal | None
    increment_progress: Decimal | None
    time_progress: Decimal
    gap_pp: Decimal | None
    yoy_growth: Decimal | None
    status: Status | None
    required_pace: Decimal | None
    projection: Projection | None


def evaluate(
    spec: IndicatorSpec,
    period: Period,
    *,
    actual: Decimal | None,
    target: Decimal | None,
    baseline: Decimal | None = None,
    last_year_actual: Decimal | None = None,
    last_year_series: Mapping[int, Decimal] | None = None,
    target_growth: Decimal | None = None,
    bands: StatusBands = DEFAULT_BANDS,
) -> Evaluation:
    """Evaluate one indicator for one unit at the end of `period`.

    For growth indicators the target growth is `target_growth`, or `target` when that is
    not given (a growth indicator's annual target *is* a growth rate).
    """
    actual = finite(actual)
    progress = time_progress(spec.schedule, period)
    growth = yoy_growth(actual, last_year_actual)
    if spec.kind is Kind.GROWTH:
        goal = finite(target_growth if target_growth is not None else target)
        completion = None
        increment = None
        gap = growth_gap_pp(growth, goal)
        pace = _growth_pace(spec, period, actual, goal, last_year_series)
    else:
        goal = finite(target)
        completion = completion_rate(actual, goal)
        levels = spec.kind in (Kind.LEVEL, Kind.RATIO)
        increment = increment_progress(actual, goal, baseline) if levels else None
        gap = gap_pp(completion, progress)
        pace = required_pace(actual, goal, period, direction=spec.direction)
    status = status_for(
        kind=spec.kind,
        direction=spec.direction,
        completion=completion,
        time_progress=progress,
        actual_growth=growth,
        target_growth=goal,
        has_value=actual is not None,
        is_year_end=period.is_year_end,
        bands=bands,
    )
    projection = project(
        spec,
        period,
        actual=actual,
        target=goal,
        time_progress=progress,
        last_year_series=last_year_series,
        baseline=baseline,
    )
    return Evaluation(
        actual=actual,
        target=goal,
        completion_rate=completion,
        increment_progress=increment,
        time_progress=progress,
        gap_pp=gap,
        yoy_growth=growth,
        status=status,
        required_pace=pace,
        projection=projection if actual is not None else None,
    )


def _growth_pace(
    spec: IndicatorSpec,
    period: Period,
    actual: Decimal | None,
    target_growth: Decimal | None,
    last_year_series: Mapping[int, Decimal] | None,
) -> Decimal | None:
    """Pace towards the year-end total the target growth asks for (needs last year's total)."""
    needed = growth_target_value(target_growth, (last_year_series or {}).get(12))
    return required_pace(actual, needed, period, direction=spec.direction)
