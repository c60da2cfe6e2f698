"""Interval arithmetic on stated (rounded) figures, DOMAIN.md section 4."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from jindu.extraction import IndicatorRef, StoredFacts, extract
from jindu.extraction import checks as ck


def test_implied_targets_of_the_seed() -> None:
    assert ck.implied_target(D(42), "家", D("55.26"))[1] == D(76)
    assert ck.implied_target(D(27), "家", D("81.82"))[1] == D(33)
    assert ck.implied_target(D(156), "家", D("81.25"))[1] == D(192)
    interval, value = ck.implied_target(D("3.92"), "件", D("92.50"))
    assert value == D("4.24")
    assert D("4.232") < interval.low < D("4.233") and D("4.243") < interval.high < D("4.244")


def test_no_target_is_reported_when_several_fit() -> None:
    # 56.3亿元 at 58.6%: 96.0, 96.1 and 96.2 all fit
    assert ck.implied_target(D("56.3"), "亿元", D("58.6"))[1] is None


def _every_fitting_target(value: D, unit: str, rate: D) -> list[D]:
    """The definition: every number of the value's precision whose rate rounds to ``rate``."""
    exact = unit == "家" and value == value.to_integral_value()
    step = D(1) if exact else D(1).scaleb(-ck.decimals(value))
    actual = ck.stated(value, exact)
    low, high = ck.stated(rate).low, ck.stated(rate).high
    fits = []
    for n in range(1, int(actual.high * 100 / low / step) + 2):
        target = n * step
        got_low, got_high = actual.low * 100 / target, actual.high * 100 / target
        if (low <= got_low < high) if got_low == got_high else (got_low < high and got_high > low):
            fits.append(target)
    return fits


@given(
    st.integers(min_value=1, max_value=1000),
    st.sampled_from(["家", "亿元"]),
    st.integers(min_value=1, max_value=2),
    st.integers(min_value=2000, max_value=20000),
)
def test_the_implied_target_is_the_one_target_that_fits(
    whole: int, unit: str, places: int, hundredths: int
) -> None:
    value = D(whole) if unit == "家" else D(whole).scaleb(-places)
    rate = D(hundredths).scaleb(-2)
    fits = _every_fitting_target(value, unit, rate)
    assert ck.implied_target(value, unit, rate)[1] == (fits[0] if len(fits) == 1 else None)


def test_implied_last_year_of_industrial_investment_is_about_9_14() -> None:
    interval = ck.implied_last_year(D(14), D("53.2"))
    assert interval is not None and interval.low < D("9.14") < interval.high


def test_rate_against_a_target() -> None:
    assert ck.check_rate(D(42), "家", D("55.26"), D(76), source="stored").ok
    assert not ck.check_rate(D(42), "家", D("55.26"), D(80), source="stored").ok


def test_growth_and_value_against_stored_facts_in_another_unit() -> None:
    ref = IndicatorRef("GYTZ", "工业投资", ("工业固定资产投资",), "万元")
    stored = {"GYTZ": StoredFacts(last_year_value=D(91400), value=D(150000))}
    figure = extract("首季度完成工业投资14亿元，同比增长53.2%。", indicators=[ref], stored=stored)
    result = figure.figures[0]
    kinds = {c.kind: c.ok for c in result.checks}
    assert result.indicator_code == "GYTZ"
    assert kinds["yoy_growth"] is True  # 140000 / 91400 − 1 = 53.2%
    assert kinds["value"] is False  # stored 150000万元, text says 14亿元


def test_growth_beyond_300_percent_asks_for_a_comment() -> None:
    result = extract("完成工业技改投资7.28亿元，同比增长304.8%。").figures[0]
    assert any(c.kind == "yoy_outlier" and not c.ok for c in result.checks)


def test_a_bare_multiplier_is_checked_against_money_in_another_unit() -> None:
    # 80亿 (written without 元) against 万元: 1005136 / 800000 = 125.64%
    text = "实际到位资金1005136万元，完成全年80亿目标任务的125.64%。"
    figure = extract(text).figures[0]
    assert (figure.target, figure.completion_rate) == (D(800000), D("125.64"))  # in 万元
    assert {c.kind: c.ok for c in figure.checks}["completion_rate"] is True
    wrong = extract(text.replace("125.64", "128.64")).figures[0]
    assert {c.kind: c.ok for c in wrong.checks}["completion_rate"] is False


def test_a_bound_that_rounds_to_a_whole_ten_is_written_out() -> None:
    from jindu.extraction.serialize import check_to_json

    check = ck.Check("rate", True, "", D("99.99999999"), D("100.0000004"))
    assert (check_to_json(check)["low"], check_to_json(check)["high"]) == ("100", "100")


@given(
    st.decimals(min_value=D("0"), max_value=D("100000"), places=2),
    st.sampled_from([None, "家", "亿元", "%"]),
    st.decimals(min_value=D("0"), max_value=D("300"), places=2),
)
def test_implied_range_is_the_interval_of_implied_target(
    value: D, unit: str | None, rate: D
) -> None:
    # the pairing passes use the interval alone; it must be the one implied_target reports
    assert ck.implied_range(value, unit, rate) == ck.implied_target(value, unit, rate)[0]


def test_implied_range_of_the_seed_figure() -> None:
    # 42 at 55.26% allows only targets around 76 (42/0.55265 to 42/0.55255)
    found = ck.implied_range(D("42"), "家", D("55.26"))
    assert found.low < D("76") < found.high
    assert found.high - found.low < D("0.02")
