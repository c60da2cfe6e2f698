"""完成率 · 增量进度 · 差距 · 同比 · 所需进度, checked against the seed's figures."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.kinds import Direction
from jindu.progress.metrics import (
    completion_rate,
    gap_pp,
    growth_gap_pp,
    increment_progress,
    required_pace,
    yoy_growth,
)
from jindu.progress.periods import Period
from jindu.progress.rounding import format_decimal

MARCH = Period(2016, 3)


def near(value: Decimal | None, exact: Fraction) -> bool:
    """Equal to the exact rational up to the 34 significant digits the core keeps."""
    return value is not None and abs(Fraction(value) - exact) <= abs(exact) / 10**32


@pytest.mark.parametrize(
    ("actual", "target", "shown"),
    [
        ("42", "76", "55.26"),  # 培育高新技术企业
        ("27", "33", "81.82"),  # 高新技术企业培育入库
        ("156", "192", "81.25"),  # 培育科技型小微企业
        ("3.922", "4.24", "92.50"),  # 每万人发明专利拥有量, unrounded actual
        ("3.92", "4.24", "92.45"),  # … and as the report rounds it
    ],
)
def test_completion_rate_of_the_seed(actual: str, target: str, shown: str) -> None:
    assert format_decimal(completion_rate(Decimal(actual), Decimal(target)), 2) == shown


def test_completion_rate_is_exact() -> None:
    assert completion_rate(Decimal(156), Decimal(192)) == Decimal("81.25")


@pytest.mark.parametrize(
    ("actual", "target"), [(Decimal(5), Decimal(0)), (None, Decimal(5)), (Decimal(5), None)]
)
def test_no_completion_rate_without_a_target_or_value(
    actual: Decimal | None, target: Decimal | None
) -> None:
    assert completion_rate(actual, target) is None


def test_yoy_growth_of_industrial_investment() -> None:
    # 首季度完成工业投资14亿元, 同比增长53.2%: last year's Q1 about 9.14亿元.
    assert format_decimal(yoy_growth(Decimal(14), Decimal("9.14")), 1) == "53.2"


def test_yoy_decline_is_negative() -> None:
    assert yoy_growth(Decimal(80), Decimal(100)) == Decimal(-20)


@pytest.mark.parametrize("last_year", [None, Decimal(0), Decimal(-5)])
def test_no_yoy_growth_without_a_positive_base(last_year: Decimal | None) -> None:
    assert yoy_growth(Decimal(14), last_year) is None


def test_increment_progress_from_the_baseline() -> None:
    # 3.5 at the end of last year, 4.24 planned, 3.92 now: (0.42/0.74) of the way.
    progress = increment_progress(Decimal("3.92"), Decimal("4.24"), Decimal("3.5"))
    assert format_decimal(progress, 2) == "56.76"


def test_no_increment_progress_when_target_equals_baseline() -> None:
    assert increment_progress(Decimal(3), Decimal(4), Decimal(4)) is None
    assert increment_progress(Decimal(3), Decimal(4), None) is None


def test_gap_is_completion_minus_time_progress() -> None:
    assert gap_pp(Decimal("55.26"), Decimal(25)) == Decimal("30.26")
    assert gap_pp(None, Decimal(25)) is None


def test_growth_gap_in_percentage_points() -> None:
    # 18.7% against a 20% target is behind by 1.3 pp, not "93.5% complete".
    assert growth_gap_pp(Decimal("18.7"), Decimal(20)) == Decimal("-1.3")
    assert growth_gap_pp(Decimal("18.7"), None) is None


def test_required_pace_spreads_the_rest_over_the_months_left() -> None:
    assert near(required_pace(Decimal(42), Decimal(76), MARCH), Fraction(34, 9))


def test_required_pace_is_zero_once_the_target_is_reached() -> None:
    assert required_pace(Decimal(80), Decimal(76), MARCH) == 0


def test_no_required_pace_in_december_or_without_figures() -> None:
    assert required_pace(Decimal(42), Decimal(76), Period(2016, 12)) is None
    assert required_pace(None, Decimal(76), MARCH) is None


def test_required_pace_lower_is_better_is_the_monthly_decrease() -> None:
    assert required_pace(Decimal(30), Decimal(12), MARCH, direction=Direction.LOWER) == -2
    assert required_pace(Decimal(10), Decimal(12), MARCH, direction=Direction.LOWER) == 0


any_decimal = (
    st.none() | st.decimals() | st.sampled_from([Decimal(0), Decimal("-0"), Decimal("0E-5")])
)


@given(any_decimal, any_decimal, any_decimal)
def test_metrics_never_raise(a: Decimal | None, b: Decimal | None, c: Decimal | None) -> None:
    for result in (
        completion_rate(a, b),
        yoy_growth(a, b),
        increment_progress(a, b, c),
        gap_pp(a, b),
        growth_gap_pp(a, b),
        required_pace(a, b, MARCH),
    ):
        assert result is None or result.is_finite()


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=4),
    st.decimals(min_value=-(10**9), max_value=10**9, places=4).filter(lambda t: t != 0),
)
def test_completion_rate_times_target_gives_back_the_actual(
    actual: Decimal, target: Decimal
) -> None:
    rate = completion_rate(actual, target)
    assert rate is not None
    assert abs(rate * target / 100 - actual) <= abs(actual) * Decimal("1E-30") + Decimal("1E-30")
