"""One row of `jindu progress`: the seed's indicators evaluated at the end of March 2016."""

from decimal import Decimal
from fractions import Fraction

import pytest

from jindu.progress.evaluate import IndicatorSpec, evaluate
from jindu.progress.kinds import Direction, Kind
from jindu.progress.periods import Period
from jindu.progress.projection import Outlook
from jindu.progress.rounding import format_decimal
from jindu.progress.schedule import Schedule
from jindu.progress.status import Status, StatusBands

MARCH = Period(2016, 3)
HIGH_TECH = IndicatorSpec("high-tech-firms")  # 培育高新技术企业 (家)
PATENTS = IndicatorSpec("patents-per-10k", kind=Kind.RATIO, decimals=2)  # 每万人发明专利拥有量
INVESTMENT = IndicatorSpec("industrial-investment", kind=Kind.GROWTH, decimals=2)  # 工业投资增长


def near(value: Decimal | None, exact: Fraction) -> bool:
    """Equal to the exact rational up to the 34 significant digits the core keeps."""
    return value is not None and abs(Fraction(value) - exact) <= abs(exact) / 10**32


def test_high_tech_firms_row() -> None:
    row = evaluate(HIGH_TECH, MARCH, actual=Decimal(42), target=Decimal(76))
    assert format_decimal(row.completion_rate, 2) == "55.26"
    assert format_decimal(row.time_progress, 2) == "25.00"
    assert format_decimal(row.gap_pp, 2) == "30.26"
    assert row.status is Status.AHEAD
    assert format_decimal(row.required_pace, 2) == "3.78"  # 34 firms over 9 months
    assert row.increment_progress is None  # cumulative indicators have no baseline
    assert row.projection is not None and row.projection.outlook is Outlook.WILL


def test_patent_ratio_row_with_baseline() -> None:
    row = evaluate(
        PATENTS, MARCH, actual=Decimal("3.922"), target=Decimal("4.24"), baseline=Decimal("3.8")
    )
    assert format_decimal(row.completion_rate, 2) == "92.50"
    assert format_decimal(row.increment_progress, 2) == "27.73"  # 0.122 of 0.44
    assert row.status is Status.AHEAD  # "超出时间进度"


def test_growth_row_is_judged_in_percentage_points() -> None:
    row = evaluate(
        INVESTMENT,
        MARCH,
        actual=Decimal(14),
        target=None,
        last_year_actual=Decimal("9.14"),
        target_growth=Decimal(15),
    )
    assert format_decimal(row.yoy_growth, 1) == "53.2"
    assert row.completion_rate is None
    assert row.target == Decimal(15)
    assert format_decimal(row.gap_pp, 1) == "38.2"
    assert row.status is Status.AHEAD


def test_growth_target_may_come_as_the_target() -> None:
    row = evaluate(
        INVESTMENT, MARCH, actual=Decimal(14), target=Decimal(60), last_year_actual=Decimal("9.14")
    )
    assert format_decimal(row.gap_pp, 1) == "-6.8"
    assert row.status is Status.BEHIND


def test_growth_required_pace_needs_last_years_total() -> None:
    series = {3: Decimal("9.14"), 12: Decimal(50)}
    row = evaluate(
        INVESTMENT,
        MARCH,
        actual=Decimal(14),
        target=Decimal(15),
        last_year_actual=Decimal("9.14"),
        last_year_series=series,
    )
    assert near(row.required_pace, Fraction(575 - 140, 90))  # to reach 50 × 1.15
    assert row.projection is not None and row.projection.outlook is Outlook.WILL


def test_missing_value_row() -> None:
    row = evaluate(HIGH_TECH, MARCH, actual=None, target=Decimal(76))
    assert row.status is Status.MISSING
    assert (row.completion_rate, row.gap_pp, row.projection) == (None, None, None)
    assert row.time_progress == 25


def test_row_without_target_has_no_status() -> None:
    row = evaluate(HIGH_TECH, MARCH, actual=Decimal(54), target=None, last_year_actual=Decimal(40))
    assert row.status is None
    assert row.completion_rate is None
    assert format_decimal(row.yoy_growth, 1) == "35.0"


def test_schedule_and_bands_of_the_indicator_are_used() -> None:
    planned = IndicatorSpec("high-tech-firms", schedule=Schedule.planned([(3, Decimal(22))]))
    row = evaluate(
        planned, MARCH, actual=Decimal(10), target=Decimal(100), bands=StatusBands(Decimal(-11))
    )
    assert row.time_progress == 22
    assert row.gap_pp == -12
    assert row.status is Status.FAR_BEHIND


def test_lower_is_better_row() -> None:
    # 审批时限 (days), a level with a ceiling of 10.
    days = IndicatorSpec("approval-days", kind=Kind.LEVEL, direction=Direction.LOWER, decimals=1)
    row = evaluate(days, MARCH, actual=Decimal(12), target=Decimal(10))
    assert row.status is Status.FAR_BEHIND  # 120% of the ceiling
    assert format_decimal(row.required_pace, 2) == "-0.22"  # 2 days less over 9 months


def test_bad_spec_is_refused() -> None:
    with pytest.raises(ValueError, match="decimals"):
        IndicatorSpec("x", decimals=-1)
    with pytest.raises(ValueError, match="weight"):
        IndicatorSpec("x", weight=Decimal(-1))
