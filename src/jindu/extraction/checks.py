"""Consistency of stated figures by interval arithmetic (DOMAIN.md section 4).

A stated number stands for every true value that rounds (half-up) to it: 3.92 is
[3.915, 3.925), 92.50% is [92.495, 92.505). A whole count of 家/件/个/项/人 is exact.
A stated rate is consistent with a value and a target when some true values inside
those intervals give it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext

from jindu.extraction.units import is_count

HUNDRED = Decimal(100)
YOY_LIMIT = Decimal(300)


@dataclass(frozen=True)
class Interval:
    low: Decimal
    high: Decimal

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


@dataclass(frozen=True)
class Check:
    """One check of a figure; ``ok`` False means the numbers disagree."""

    kind: str
    ok: bool
    message: str
    low: Decimal | None = None
    high: Decimal | None = None
    value: Decimal | None = None


def decimals(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def stated(number: Decimal, exact: bool = False) -> Interval:
    """The interval a stated (rounded) number stands for."""
    if exact:
        return Interval(number, number)
    half = Decimal(5).scaleb(-decimals(number) - 1)
    return Interval(number - half, number + half)


def round_half_up(number: Decimal, places: int) -> Decimal:
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _rate_interval(actual: Interval, target: Interval) -> Interval:
    return Interval(actual.low * HUNDRED / target.high, actual.high * HUNDRED / target.low)


def _implied(
    value: Decimal, unit: str | None, rate: Decimal
) -> tuple[Interval, Interval, Interval] | None:
    """The stated value and rate as intervals, and the targets they allow (None when the
    rate or the value is not above zero)."""
    exact = is_count(unit) and value == value.to_integral_value()
    actual = stated(value, exact)
    stated_rate = stated(rate)
    if stated_rate.low <= 0 or actual.high <= 0:
        return None
    low = actual.low * HUNDRED / stated_rate.high
    high = actual.high * HUNDRED / stated_rate.low
    return actual, stated_rate, Interval(low, high)


def implied_range(value: Decimal, unit: str | None, rate: Decimal) -> Interval:
    """Targets consistent with a value and its completion rate (the interval of
    implied_target, without looking for the one value)."""
    with localcontext() as ctx:
        ctx.prec = 34
        found = _implied(value, unit, rate)
        return Interval(Decimal(0), Decimal(0)) if found is None else found[2]


def implied_target(
    value: Decimal, unit: str | None, rate: Decimal
) -> tuple[Interval, Decimal | None]:
    """Targets consistent with a value and its completion rate, and the one value
    when exactly one number of the value's precision fits (42 at 55.26% → 76)."""
    with localcontext() as ctx:
        ctx.prec = 34
        found = _implied(value, unit, rate)
        if found is None:
            return Interval(Decimal(0), Decimal(0)), None
        actual, stated_rate, targets = found
        exact = actual.low == actual.high  # (a count stated exactly)
        step = Decimal(1) if exact else Decimal(1).scaleb(-decimals(value))
        first = (targets.low / step).to_integral_value(rounding=ROUND_CEILING)
        last = (targets.high / step).to_integral_value(rounding=ROUND_FLOOR)
        # The targets that fit form one run of steps: those strictly inside (low, high),
        # give or take the ends, which _rate_fits decides (no loop over every candidate)
        first = max(first - 1, Decimal(1))
        last += 1
        while first <= last and not _rate_fits(actual, first * step, stated_rate):
            first += 1
        while last >= first and not _rate_fits(actual, last * step, stated_rate):
            last -= 1
        unique = (first * step).quantize(step) if first == last else None
        return targets, unique


def _rate_fits(actual: Interval, target: Decimal, rate: Interval) -> bool:
    # _rate_interval(actual, Interval(target, target)), without the intervals: this runs
    # for every candidate target
    low, high = actual.low * HUNDRED / target, actual.high * HUNDRED / target
    if low == high:
        return rate.low <= low < rate.high
    return low < rate.high and high > rate.low


def show(number: Decimal) -> str:
    """A number for a message: 76.000000 from the database reads 76."""
    return f"{number.normalize():f}"


SOURCES = {"stored": "库中目标", "stated": "文中目标"}


def check_rate(
    value: Decimal, unit: str | None, rate: Decimal, target: Decimal, *, source: str
) -> Check:
    """Stated completion rate against the value and a target (stated or stored)."""
    if target <= 0:
        return Check("completion_rate", True, "目标为0，不计算完成率 (no target)")
    with localcontext() as ctx:
        ctx.prec = 34
        exact = is_count(unit) and value == value.to_integral_value()
        target_exact = target == target.to_integral_value() and exact
        got = _rate_interval(stated(value, exact), stated(target, target_exact))
        ok = got.overlaps(stated(rate))
        computed = round_half_up(value * HUNDRED / target, 2)
    verdict = "一致" if ok else "不一致"
    message = (
        f"完成率 {rate}% 与 {show(value)}/{show(target)} = {computed}% {verdict}"
        f"({SOURCES.get(source, source)})"
    )
    return Check("completion_rate", ok, message, got.low, got.high, computed)


def check_growth(value: Decimal, growth: Decimal, last_year: Decimal) -> Check:
    """Stated YoY growth against last year's stored value for the same period."""
    if last_year <= 0:
        return Check("yoy_growth", True, "去年同期为0或缺失，不计算同比 (no last-year value)")
    with localcontext() as ctx:
        ctx.prec = 34
        actual = stated(value)
        got = Interval(
            (actual.low / last_year - 1) * HUNDRED, (actual.high / last_year - 1) * HUNDRED
        )
        ok = got.overlaps(stated(growth))
        computed = round_half_up((value / last_year - 1) * HUNDRED, 1)
    verdict = "一致" if ok else "不一致"
    message = f"同比 {growth}% 与 {show(value)}/{show(last_year)} − 1 = {computed}% {verdict}"
    return Check("yoy_growth", ok, message, got.low, got.high, computed)


def implied_last_year(value: Decimal, growth: Decimal) -> Interval | None:
    """Last year's value that a stated growth implies (14亿元 at +53.2% → about 9.14)."""
    with localcontext() as ctx:
        ctx.prec = 34
        actual, rate = stated(value), stated(growth)
        if rate.low <= -HUNDRED:
            return None
        return Interval(
            actual.low / (1 + rate.high / HUNDRED), actual.high / (1 + rate.low / HUNDRED)
        )


APPROX_SHARE = Decimal("0.05")  # 约/左右/近: within 5% of the stated number


def check_value(
    value: Decimal, unit: str | None, stored: Decimal, qualifier: str | None = None
) -> Check:
    """A stated value against the stored value for the same unit and period.

    A qualifier widens what agrees: 超过86亿元 (>) agrees with any stored value above 86,
    不足 (<) with any below, 约/左右 (≈) with one within 5%."""
    exact = is_count(unit) and value == value.to_integral_value()
    interval = stated(value, exact)
    if qualifier == ">":
        ok, low, high = stored >= value, value, None
    elif qualifier == "<":
        ok, low, high = stored <= value, None, value
    elif qualifier == "≈":
        low, high = value * (1 - APPROX_SHARE), value * (1 + APPROX_SHARE)
        ok = low <= stored <= high
    else:
        ok, low, high = interval.low <= stored <= interval.high, interval.low, interval.high
    verdict = "一致" if ok else "不一致"
    message = f"文中 {qualifier or ''}{show(value)} 与库中 {show(stored)} {verdict}"
    return Check("value", ok, message, low, high)


def check_yoy_outlier(growth: Decimal) -> Check | None:
    if abs(growth) > YOY_LIMIT:
        return Check("yoy_outlier", False, f"同比 {growth}% 超过 ±300%，请说明原因")
    return None
