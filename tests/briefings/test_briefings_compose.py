"""The composer's phrasing rules on hand-made figures (pure: no database)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jindu.briefings import wording
from jindu.briefings.compose import compose
from jindu.briefings.snapshot import BriefingData, IndicatorFigures, LeverInfo
from jindu.progress import format_decimal

BASE = IndicatorFigures(
    code="X01", name="省级孵化器", lever="X", unit_of_measure="家", decimals=0, kind="level",
    direction="higher", weight=Decimal(1), lead_unit="科技局", actual=Decimal(10), target=None,
    completion_rate=None, time_progress=Decimal(50), gap_pp=None, yoy_growth=Decimal("-3.14"),
    status=None, required_pace=None,
)  # fmt: skip


def data(*indicators: IndicatorFigures) -> BriefingData:
    return BriefingData(
        unit="某某区", parent=None, framework="某市指标任务", framework_owner="某市",
        issuer="某某区", period="2020-06", as_of="2020-07-10T23:59:59+08:00",
        levers=(LeverInfo("X", "孵化"),), indicators=indicators,
    )  # fmt: skip


def test_decline_is_said_in_words_not_with_a_minus_sign() -> None:
    text = compose(data(BASE), "zh").text()
    assert BASE.yoy_growth is not None
    assert f"同比下降{format_decimal(abs(BASE.yoy_growth), 1)}%" in text
    assert "-3.1" not in text


def test_growth_that_rounds_to_zero_is_level() -> None:
    text = compose(data(replace(BASE, yoy_growth=Decimal("0.04"))), "zh").text()
    assert "与上年同期持平" in text


def test_parallel_monitored_stocks_share_a_clause_with_mixed_directions() -> None:
    second = replace(BASE, code="X02", name="众创空间", actual=Decimal(7), yoy_growth=Decimal(20))
    text = compose(data(BASE, second), "zh").text()
    assert "全区共有省级孵化器10家、众创空间7家,同比分别下降3.1%、增长20.0%" in text


def test_lagging_indicator_states_gap_lead_unit_and_pace() -> None:
    late = replace(
        BASE, kind="cumulative", name="新增孵化面积", target=Decimal(40),
        completion_rate=Decimal(25), gap_pp=Decimal(-25), status="far_behind",
        required_pace=Decimal(5),
    )  # fmt: skip
    text = compose(data(late), "zh").text()
    assert "完成率为25.00%,低于序时进度25.00个百分点" in text
    assert "(牵头单位:科技局)" in text and "后6个月需月均完成5家" in text
    assert "严重滞后1项" in text


def test_money_is_written_as_officials_write_it() -> None:
    assert wording.amount_zh(Decimal("14.000000"), "亿元", 4) == "14亿元"
    assert wording.amount_zh(Decimal("7.2800"), "亿元", 4) == "7.28亿元"
    assert wording.amount_zh(Decimal("215.445"), "万元", 2) == "215.45万元"  # half-up
    assert wording.period_zh(2016, 3, "cumulative") == "一季度"
    assert wording.period_zh(2016, 3, "ratio") == "截至3月底"
