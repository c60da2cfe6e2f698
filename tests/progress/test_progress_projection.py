"""年终预测: linear and seasonal projections, and the outlook 能完成 / 有风险 / 难完成."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.evaluate import IndicatorSpec
from jindu.progress.kinds import Direction, Kind
from jindu.progress.periods import Period
from jindu.progress.projection import Outlook, outlook, project

MARCH = Period(2016, 3)
HIGH_TECH = IndicatorSpec("high-tech-firms")  # 培育高新技术企业, cumulative
# Last year's cumulative investment by month: a slow first quarter (20% of the year by March).
LAST_YEAR = {3: Decimal(20), 6: Decimal(45), 9: Decimal(70), 12: Decimal(100)}


def test_linear_projection_scales_by_time_progress() -> None:
    projection = project(
        HIGH_TECH, MARCH, actual=Decimal(42), target=Decimal(76), time_progress=Decimal(25)
    )
    assert projection.linear == Decimal(168)
    assert projection.seasonal is None
    assert projection.outlook is Outlook.WILL


def test_seasonal_projection_uses_last_years_share() -> None:
    projection = project(
        HIGH_TECH,
        MARCH,
        actual=Decimal(14),
        target=Decimal(75),
        time_progress=Decimal(25),
        last_year_series=LAST_YEAR,
    )
    assert projection.linear == Decimal(56)
    assert projection.seasonal == Decimal(70)  # 14 ÷ 20%
    # The seasonal projection decides: 70 is over 90% of 75 (linear 56 would say 难完成).
    assert projection.outlook is Outlook.AT_RISK


def test_outlook_thresholds() -> None:
    assert outlook(Decimal(100), Decimal(100)) is Outlook.WILL
    assert outlook(Decimal(90), Decimal(100)) is Outlook.AT_RISK
    assert outlook(Decimal("89.99"), Decimal(100)) is Outlook.WILL_NOT
    assert outlook(Decimal(80), Decimal(100), at_risk_share=Decimal(80)) is Outlook.AT_RISK


def test_outlook_lower_is_better_is_mirrored() -> None:
    lower = Direction.LOWER
    assert outlook(Decimal(100), Decimal(100), lower) is Outlook.WILL
    assert outlook(Decimal(110), Decimal(100), lower) is Outlook.AT_RISK
    assert outlook(Decimal("110.01"), Decimal(100), lower) is Outlook.WILL_NOT


def test_no_outlook_without_a_target() -> None:
    assert outlook(Decimal(100), None) is None
    assert outlook(Decimal(100), Decimal(0)) is None
    assert outlook(None, Decimal(100)) is None


def test_level_extrapolates_from_the_baseline() -> None:
    patents = IndicatorSpec("patents-per-10k", kind=Kind.LEVEL, decimals=2)
    projection = project(
        patents,
        MARCH,
        actual=Decimal("3.92"),
        target=Decimal("4.24"),
        time_progress=Decimal(25),
        baseline=Decimal("3.8"),
    )
    assert projection.linear == Decimal("4.28")  # 3.8 + 0.12 × 4
    assert projection.outlook is Outlook.WILL


def test_level_without_baseline_stays_where_it_is() -> None:
    patents = IndicatorSpec("patents-per-10k", kind=Kind.LEVEL, decimals=2)
    projection = project(
        patents, MARCH, actual=Decimal("3.92"), target=Decimal("4.24"), time_progress=Decimal(25)
    )
    assert projection.linear == Decimal("3.92")
    assert projection.outlook is Outlook.AT_RISK  # 92.45% of the target


def test_growth_outlook_compares_with_the_total_the_target_growth_asks_for() -> None:
    investment = IndicatorSpec("industrial-investment", kind=Kind.GROWTH, decimals=2)
    projection = project(
        investment,
        MARCH,
        actual=Decimal(23),  # +15% on last year's 20 by March
        target=Decimal(15),
        time_progress=Decimal(25),
        last_year_series=LAST_YEAR,
    )
    assert projection.seasonal == Decimal(115)
    assert projection.outlook is Outlook.WILL  # 115 against 100 × 1.15


def test_growth_outlook_needs_last_years_total() -> None:
    investment = IndicatorSpec("industrial-investment", kind=Kind.GROWTH)
    projection = project(
        investment, MARCH, actual=Decimal(23), target=Decimal(15), time_progress=Decimal(25)
    )
    assert projection.outlook is None


def test_no_projection_without_a_value() -> None:
    projection = project(
        HIGH_TECH, MARCH, actual=None, target=Decimal(76), time_progress=Decimal(25)
    )
    assert (projection.linear, projection.seasonal, projection.outlook) == (None, None, None)


def test_nothing_to_project_from_zero_time_progress() -> None:
    projection = project(
        HIGH_TECH, MARCH, actual=Decimal(3), target=Decimal(76), time_progress=Decimal(0)
    )
    assert projection.linear is None


@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=1, max_value=10**6, places=2),
)
def test_at_year_end_the_projection_is_the_value(actual: Decimal, total: Decimal) -> None:
    projection = project(
        HIGH_TECH,
        Period(2016, 12),
        actual=actual,
        target=Decimal(100),
        time_progress=Decimal(100),
        last_year_series={12: total},
    )
    assert projection.linear == actual
    assert projection.seasonal == actual
