"""Projection of the year-end value — 年终预测, and the outlook (能完成 / 有风险 / 难完成).

- cumulative (累计): linear = actual ÷ (time progress ÷ 100); seasonal = actual ÷ the share of
  last year's total reached by the same month (last_year_series[m] ÷ last_year_series[12]).
- level / ratio: linear extrapolation of the change since the baseline (value at the end of
  last year) over time progress, b + (actual − b) ÷ (time progress ÷ 100); without a baseline
  the level is assumed to stay where it is. No seasonal projection.
- growth: the projections are of the underlying flow's year-end total, as for cumulative;
  the outlook compares them with the total the target growth asks for, last year's total ×
  (1 + target growth ÷ 100), so it needs last_year_series[12].

Outlook, from the seasonal projection when there is one, else the linear one:
能完成 WILL if it reaches the target; 有风险 AT_RISK if it reaches `at_risk_share` of it
(default 90%); 难完成 WILL_NOT otherwise. Lower-is-better mirrors it: WILL if it stays at or
under the target, AT_RISK if under target × (200% − at_risk_share), i.e. 110% by default.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from jindu.progress._exact import CONTEXT, HUNDRED, finite
from jindu.progress.kinds import Direction, Kind
from jindu.progress.periods import Period

if TYPE_CHECKING:
    from jindu.progress.evaluate import IndicatorSpec

AT_RISK_SHARE = Decimal(90)  # % of the target a projection must reach to be "at risk", not lost

_LABELS_ZH = {"will": "能完成", "at_risk": "有风险", "will_not": "难完成"}


class Outlook(StrEnum):
    WILL = "will"
    AT_RISK = "at_risk"
    WILL_NOT = "will_not"

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self.value]


@dataclass(frozen=True)
class Projection:
    """Projected year-end values (linear 线性外推, seasonal 按去年同期占比) and the outlook."""

    linear: Decimal | None
    seasonal: Decimal | None
    outlook: Outlook | None


def project(
    spec: "IndicatorSpec",
    period: Period,
    *,
    actual: Decimal | None,
    target: Decimal | None,
    time_progress: Decimal,
    last_year_series: Mapping[int, Decimal] | None = None,
    baseline: Decimal | None = None,
    at_risk_share: Decimal = AT_RISK_SHARE,
) -> Projection:
    """Project the year-end value of one indicator for one unit (see the module docstring).

    For growth indicators `target` is the target growth in %.
    """
    actual, target, baseline = finite(actual), finite(target), finite(baseline)
    if actual is None:
        return Projection(None, None, None)
    series = last_year_series or {}
    if spec.kind in (Kind.LEVEL, Kind.RATIO):
        linear = _level_linear(actual, baseline, time_progress)
        seasonal = None
    else:
        linear = _divide(CONTEXT.multiply(actual, HUNDRED), time_progress)
        seasonal = _seasonal(actual, series.get(period.month), series.get(12))
    if spec.kind is Kind.GROWTH:
        target = growth_target_value(target, series.get(12))
    best = seasonal if seasonal is not None else linear
    return Projection(linear, seasonal, outlook(best, target, spec.direction, at_risk_share))


def outlook(
    projected: Decimal | None,
    target: Decimal | None,
    direction: Direction = Direction.HIGHER,
    at_risk_share: Decimal = AT_RISK_SHARE,
) -> Outlook | None:
    """Will a projected year-end value meet the target? None without either figure."""
    if projected is None or target is None or target.is_zero():
        return None
    # abs() keeps the margin on the right side of a negative target.
    margin = CONTEXT.divide(
        CONTEXT.multiply(abs(target), CONTEXT.subtract(HUNDRED, at_risk_share)), HUNDRED
    )
    if direction is Direction.HIGHER:
        if projected >= target:
            return Outlook.WILL
        return (
            Outlook.AT_RISK if projected >= CONTEXT.subtract(target, margin) else Outlook.WILL_NOT
        )
    if projected <= target:
        return Outlook.WILL
    return Outlook.AT_RISK if projected <= CONTEXT.add(target, margin) else Outlook.WILL_NOT


def _divide(dividend: Decimal, divisor: Decimal | None) -> Decimal | None:
    if divisor is None or not divisor.is_finite() or divisor.is_zero():
        return None
    return finite(CONTEXT.divide(dividend, divisor))


def _level_linear(
    actual: Decimal, baseline: Decimal | None, time_progress: Decimal
) -> Decimal | None:
    if baseline is None:
        return actual
    change = _divide(CONTEXT.multiply(CONTEXT.subtract(actual, baseline), HUNDRED), time_progress)
    return None if change is None else finite(CONTEXT.add(baseline, change))


def _seasonal(
    actual: Decimal, last_year_month: Decimal | None, last_year_total: Decimal | None
) -> Decimal | None:
    """actual ÷ (last year's value at this month ÷ last year's total)."""
    last_year_month, last_year_total = finite(last_year_month), finite(last_year_total)
    if last_year_month is None or last_year_total is None:
        return None
    if last_year_month <= 0 or last_year_total <= 0:
        return None  # no meaningful seasonal share
    return _divide(CONTEXT.multiply(actual, last_year_total), last_year_month)


def growth_target_value(
    target_growth: Decimal | None, last_year_total: Decimal | None
) -> Decimal | None:
    """The year-end total a target growth asks for: last year's total × (1 + growth ÷ 100)."""
    last_year_total = finite(last_year_total)
    if target_growth is None or last_year_total is None or last_year_total <= 0:
        return None
    return finite(
        CONTEXT.divide(
            CONTEXT.multiply(last_year_total, CONTEXT.add(HUNDRED, target_growth)), HUNDRED
        )
    )
