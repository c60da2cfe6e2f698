"""报告期: a period is a calendar month; parsing, dates and neighbours."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.periods import Period

periods = st.builds(
    Period, st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12)
)


@pytest.mark.parametrize(
    "text",
    ["2016-03", "2016-3", "2016年3月", "2016年03月", "2016年3月份", " 2016/3 ", "２０１６年３月"],
)
def test_parse_reads_the_usual_spellings(text: str) -> None:
    assert Period.parse(text) == Period(2016, 3)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("2016-Q1", 3),
        ("2016q2", 6),
        ("2016年一季度", 3),
        ("2016年首季度", 3),
        ("2016年第3季度", 9),
        ("2016年上半年", 6),
        ("2016年前三季度", 9),
        ("2016年全年", 12),
    ],
)
def test_quarters_and_years_read_as_their_last_month(text: str, month: int) -> None:
    assert Period.parse(text) == Period(2016, month)


@pytest.mark.parametrize(
    "text",
    ["2016", "2016-13", "2016-00", "16-03", "March 2016", "2016-03-31", "2016-Q5", "2016年半"],
)
def test_parse_refuses_anything_else_with_a_clear_message(text: str) -> None:
    with pytest.raises(ValueError, match="reporting period"):
        Period.parse(text)


def test_month_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="month"):
        Period(2016, 13)


def test_str_is_zero_padded() -> None:
    assert str(Period(2016, 3)) == "2016-03"


def test_dates_of_february_in_a_leap_year() -> None:
    february = Period(2016, 2)
    assert february.start_date == date(2016, 2, 1)
    assert february.end_date == date(2016, 2, 29)


def test_days_elapsed_to_end_of_march_2016() -> None:
    assert Period(2016, 3).days_elapsed == 31 + 29 + 31
    assert Period(2016, 3).days_in_year == 366
    assert Period(2015, 3).days_elapsed == 90


def test_neighbours_cross_the_year() -> None:
    assert Period(2016, 1).previous() == Period(2015, 12)
    assert Period(2015, 12).next() == Period(2016, 1)
    assert Period(2016, 3).same_period_last_year() == Period(2015, 3)


def test_calendar_facts() -> None:
    march = Period(2016, 3)
    assert (march.months_left, march.quarter, march.is_year_end) == (9, 1, False)
    december = Period(2016, 12)
    assert (december.months_left, december.quarter, december.is_year_end) == (0, 4, True)


def test_months_of_year_to_march() -> None:
    assert Period(2016, 3).months_of_year_to() == [
        Period(2016, 1),
        Period(2016, 2),
        Period(2016, 3),
    ]


def test_periods_order_by_year_then_month() -> None:
    assert Period(2015, 12) < Period(2016, 1) < Period(2016, 2)


@given(periods)
def test_str_parses_back(period: Period) -> None:
    assert Period.parse(str(period)) == period


@given(periods)
def test_previous_and_next_are_inverse(period: Period) -> None:
    assert period.next().previous() == period
    assert period.previous() < period < period.next()


@given(periods)
def test_quarter_holds_the_month(period: Period) -> None:
    assert 3 * period.quarter - 2 <= period.month <= 3 * period.quarter
