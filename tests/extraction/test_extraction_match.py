"""Matching figures to a framework's indicators."""

from __future__ import annotations

from decimal import Decimal

from jindu.extraction import IndicatorRef, extract
from jindu.extraction.match import match_indicator
from jindu.extraction.units import convert

FRAMEWORK = [
    IndicatorRef("GQ", "高新技术企业数", ("培育高新技术企业", "高企"), "家"),
    IndicatorRef("ZL", "每万人发明专利拥有量", (), "件"),
    IndicatorRef("TZ", "工业投资", (), "万元"),
]


def test_alias_then_containment_then_similarity() -> None:
    assert match_indicator("培育高新技术企业", "家", FRAMEWORK) == FRAMEWORK[0]
    assert match_indicator("截至目前每万人发明专利拥有量", "件", FRAMEWORK) == FRAMEWORK[1]
    assert match_indicator("完成的工业投资额", "亿元", FRAMEWORK) == FRAMEWORK[2]


def test_units_that_cannot_convert_do_not_match() -> None:
    assert match_indicator("工业投资", "家", FRAMEWORK) is None


def test_unmatched_figures_are_kept() -> None:
    figures = extract("全市众创空间37家。", indicators=FRAMEWORK).figures
    assert len(figures) == 1 and figures[0].indicator_code is None


def test_unit_conversion() -> None:
    assert convert(Decimal(14), "亿元", "万元") == Decimal(140000)
    assert convert(Decimal(1), "万家", "家") == Decimal(10000)
    assert convert(Decimal(1), "亿元", "家") is None
