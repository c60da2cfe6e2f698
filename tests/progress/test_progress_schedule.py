"""时间进度: time progress by schedule, exact, in percent."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.periods import Period
from jindu.progress.rounding import format_decimal
from jindu.progress.schedule import Schedule, ScheduleKind, time_progress

QUARTERLY = Schedule.planned(
    [(3, Decimal(22)), (6, Decimal(45)), (9, Decimal(70)), (12, Decimal(100))]
)


def near(value: Decimal | None, exact: Fraction) -> bool:
    """Equal to the exact rational up to the 34 significant digits the core keeps."""
    return value is not None and abs(Fraction(value) - exact) <= abs(exact) / 10**32


def test_linear_month_end_of_march_is_a_quarter() -> None:
    progress = time_progress(Schedule(), Period(2016, 3))
    assert progress == Decimal(25)
    assert format_decimal(progress, 2) == "25.00"


def test_linear_month_is_exact_to_many_digits() -> None:
    # 1/12 = 8.333…: kept to 34 digits, not a float's 16.
    assert str(time_progress(Schedule(), Period(2016, 1))) == "8.333333333333333333333333333333333"


def test_linear_day_counts_the_leap_day() -> None:
    progress = time_progress(Schedule(ScheduleKind.LINEAR_DAY), Period(2016, 3))
    assert near(progress, Fraction(91 * 100, 366))
    assert format_decimal(progress, 2) == "24.86"


def test_linear_day_in_a_common_year() -> None:
    progress = time_progress(Schedule(ScheduleKind.LINEAR_DAY), Period(2015, 3))
    assert format_decimal(progress, 2) == "24.66"  # 90/365


def test_milestone_month_gives_the_planned_share() -> None:
    assert time_progress(QUARTERLY, Period(2016, 3)) == Decimal(22)
    assert time_progress(QUARTERLY, Period(2016, 6)) == Decimal(45)


def test_milestones_interpolate_from_zero() -> None:
    february = time_progress(QUARTERLY, Period(2016, 2))  # 22 × 2/3
    assert format_decimal(february, 2) == "14.67"


def test_milestones_interpolate_between_milestones() -> None:
    assert near(time_progress(QUARTERLY, Period(2016, 4)), 22 + Fraction(23, 3))
    assert near(time_progress(QUARTERLY, Period(2016, 11)), 70 + Fraction(30 * 2, 3))


def test_year_end_milestone_is_added_when_absent() -> None:
    schedule = Schedule.planned([(3, Decimal(22)), (6, Decimal(45))])
    assert schedule.milestones[-1] == (12, Decimal(100))


@pytest.mark.parametrize(
    ("milestones", "message"),
    [
        ([(6, Decimal(45)), (3, Decimal(22))], "months"),
        ([(3, Decimal(22)), (3, Decimal(30))], "months"),
        ([(0, Decimal(0))], "months"),
        ([(13, Decimal(100))], "months"),
        ([(3, Decimal(30)), (6, Decimal(20))], "shares"),
        ([(3, Decimal(-1))], "shares"),
        ([(6, Decimal(101))], "shares"),
        ([(12, Decimal(90))], "December"),
    ],
)
def test_bad_milestones_are_refused(milestones: list[tuple[int, Decimal]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Schedule.planned(milestones)


def test_float_shares_are_refused() -> None:
    with pytest.raises(TypeError, match="float"):
        Schedule.planned([(3, 22.5)])  # type: ignore[list-item]


def test_linear_schedules_take_no_milestones() -> None:
    with pytest.raises(ValueError, match="no milestones"):
        Schedule(ScheduleKind.LINEAR_MONTH, ((3, Decimal(22)),))


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    kind = draw(st.sampled_from(ScheduleKind))
    if kind is not ScheduleKind.MILESTONES:
        return Schedule(kind)
    months = sorted(draw(st.sets(st.integers(min_value=1, max_value=11), max_size=6)))
    shares = sorted(
        draw(
            st.lists(
                st.decimals(min_value=0, max_value=100, places=2),
                min_size=len(months),
                max_size=len(months),
            )
        )
    )
    return Schedule.planned(zip(months, shares, strict=True))


@given(schedules(), st.integers(min_value=1900, max_value=2100))
def test_time_progress_never_falls_and_ends_at_100(schedule: Schedule, year: int) -> None:
    progress = [time_progress(schedule, Period(year, month)) for month in range(1, 13)]
    assert progress == sorted(progress)
    assert progress[0] >= 0
    assert progress[-1] == 100
