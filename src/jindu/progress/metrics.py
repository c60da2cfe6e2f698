"""The figures of a progress report — 完成率, 增量进度, 差距, 同比, 所需进度.

Every function takes `Decimal | None` and returns `Decimal | None`: None stands for a figure
that cannot be given (missing value, target 0, last year 0 …) and shows as "—". None of them
raises on any input; non-finite decimals (NaN, Infinity) count as missing.
Results are exact to 34 significant digits, in percent or percentage points (pp).
"""

from decimal import Decimal

from jindu.progress._exact import CONTEXT, HUNDRED, finite
from jindu.progress.kinds import Direction
from jindu.progress.periods import Period


def _percent_of(part: Decimal, whole: Decimal) -> Decimal | None:
    """part ÷ whole × 100 (multiplying first, so only one rounding at the 34th digit)."""
    if whole.is_zero():
        return None
    return finite(CONTEXT.divide(CONTEXT.multiply(part, HUNDRED), whole))


def completion_rate(actual: Decimal | None, target: Decimal | None) -> Decimal | None:
    """Completion rate (完成率) = actual ÷ target × 100; None without a target or a value."""
    actual, target = finite(actual), finite(target)
    if actual is None or target is None:
        return None
    return _percent_of(actual, target)


def increment_progress(
    actual: Decimal | None, target: Decimal | None, baseline: Decimal | None
) -> Decimal | None:
    """Increment progress (增量进度) = (actual − baseline) ÷ (target − baseline) × 100.

    For level and ratio indicators with a baseline (value at the end of last year): the share
    of the planned increase already achieved. None when target equals baseline.
    """
    actual, target, baseline = finite(actual), finite(target), finite(baseline)
    if actual is None or target is None or baseline is None:
        return None
    return _percent_of(CONTEXT.subtract(actual, baseline), CONTEXT.subtract(target, baseline))


def gap_pp(completion: Decimal | None, time_progress: Decimal | None) -> Decimal | None:
    """Gap (超/低于序时进度 X 个百分点) = completion rate − time progress, in pp."""
    completion, time_progress = finite(completion), finite(time_progress)
    if completion is None or time_progress is None:
        return None
    return finite(CONTEXT.subtract(completion, time_progress))


def yoy_growth(current: Decimal | None, last_year: Decimal | None) -> Decimal | None:
    """YoY growth (同比增长) = (current ÷ last year − 1) × 100; negative is 同比下降.

    None when last year is missing or 0 — and also when it is negative: growth from a negative
    base has no meaning (statistics offices print "—" there), so none is given.
    """
    current, last_year = finite(current), finite(last_year)
    if current is None or last_year is None or last_year <= 0:
        return None
    return _percent_of(CONTEXT.subtract(current, last_year), last_year)


def growth_gap_pp(actual_growth: Decimal | None, target_growth: Decimal | None) -> Decimal | None:
    """Growth gap = actual growth − target growth, in pp (18.7% vs 20% → −1.3 pp)."""
    actual_growth, target_growth = finite(actual_growth), finite(target_growth)
    if actual_growth is None or target_growth is None:
        return None
    return finite(CONTEXT.subtract(actual_growth, target_growth))


def required_pace(
    actual: Decimal | None,
    target: Decimal | None,
    period: Period,
    *,
    direction: Direction = Direction.HIGHER,
) -> Decimal | None:
    """Required pace (每月需完成) = (target − actual) ÷ months left, per month.

    0 when the target is already reached; None in December (no months left) or when a figure
    is missing. For lower-is-better indicators "reached" means actual ≤ target, and a pace
    below zero is the decrease needed each month.
    """
    actual, target = finite(actual), finite(target)
    if actual is None or target is None or period.months_left == 0:
        return None
    remaining = CONTEXT.subtract(target, actual)
    reached = remaining <= 0 if direction is Direction.HIGHER else remaining >= 0
    if reached:
        return Decimal(0)
    return finite(CONTEXT.divide(remaining, Decimal(period.months_left)))
