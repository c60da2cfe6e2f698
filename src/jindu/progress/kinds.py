"""Indicator kinds and directions (指标类型 · 指标方向), shared by every module here."""

from enum import StrEnum


class Kind(StrEnum):
    """How an indicator's value is measured."""

    CUMULATIVE = "cumulative"  # 累计值: a flow summed from 1 January (培育高企42家)
    LEVEL = "level"  # 存量 / 水平值: a state at the period's end (全市共有研发中心14家)
    RATIO = "ratio"  # 比率: numerator ÷ denominator × factor (每万人发明专利拥有量)
    GROWTH = "growth"  # 增速: the target is a growth rate (工业投资增长15%)


class Direction(StrEnum):
    """Whether more is better (正向指标) or less is better (逆向指标)."""

    HIGHER = "higher"
    LOWER = "lower"
