"""Whether a figure is a target or an actual, as a text goes on: the target mode opens with a
plan's words (计划, 力争, 预计, 到2025年, 主要预期目标是：), goes on across clauses and items of a
list, and ends with what was done (已, 截至, a period such as 1-6月)."""

from __future__ import annotations

import pytest

from jindu.extraction import Figure, extract

# each figure of the text, in order: "V" an actual (value, no target), "T" a target (no value),
# "VT" an actual with its target
MODES = [
    ("力争全年培育高新技术企业30家，引进人才200人。", "T T"),
    ("到2025年，研发投入强度达到3%，高新技术企业达到500家。", "T T"),
    ("今年主要预期目标是：地区生产总值增长6%；固定资产投资增长8%。", "T T"),
    ("预期目标是：地区生产总值增长6%；投资增长8%。上半年，地区生产总值增长5.1%。", "T T V"),
    # the words that open a list of targets inside the clause of its first item, or with a comma
    ("主要预期目标是地区生产总值增长6%以上；规上工业增加值增长7%左右；新增就业1.2万人。", "T T T"),
    ("预期目标是，地区生产总值同比增长7%，固定资产投资同比增长6%。", "T T"),
    ("（二）主要预期目标。\n1.地区生产总值增长6%左右。\n2.一般公共预算收入增长5%。", "T T"),
    ("预计全年完成工业投资50亿元。", "T"),
    # an estimate with a growth on last year is what was done (a year just ended), unless the
    # text has told what was done in a period before it: then it is a projection
    ("预计全年实现地区生产总值391亿元，增长8.6%；财政收入38.7亿元，增长4.3%。", "V V"),
    ("预计地区生产总值增长5%。", "V"),
    ("1-5月完成工业投资29.3亿元，增长45.7%。预计上半年完成工业投资34.8亿元，增长34.9%。", "V T"),
    ("经初步预计，2023年全年实现地区生产总值300亿元，增长5.5%。", "V"),
    ("全市工业投资目标增长15%，1-6月完成投资20亿元，增长9%。", "T V"),
    ("计划投资93.68亿元，完成投资44.24亿元，完成率47.2%。", "VT"),
    ("将培育省级研发中心20家，江门市级研发中心67家；今年已认定省级研发中心5家。", "T T V"),
    ("今年计划新增高新技术企业20家，目前已新增12家。", "VT"),
    ("下一步，我们将继续加大力度，确保全年新增规上企业40家。1-9月新增规上企业31家。", "T V"),
    ("年度投资计划647.4亿元。1-10月累计完成投资629.0亿元，占年度投资计划的97.2%。", "VT"),
    ("本年度计划开工项目255项，目前已开工206项，完成年度计划开工的80.8%。", "VT"),
    ("比年目标任务4%低0.63个百分点，工业增加值增长3.37%。", "V"),
    ("确保完成“八大抓手”54项目标任务。", "V"),
    ("全年目标任务76家，截至3月已培育42家，完成率55.26%。", "VT"),
]


def _mode(figure: Figure) -> str:
    target = figure.target is not None
    # a growth without a level is an actual unless it is a target's
    value = figure.value is not None or (figure.yoy_growth is not None and not target)
    return ("V" if value else "") + ("T" if target else "")


@pytest.mark.parametrize(("text", "expected"), MODES)
def test_target_mode(text: str, expected: str) -> None:
    figures = extract(text).figures
    assert " ".join(_mode(f) for f in figures) == expected, [
        (f.indicator, f.value, f.target, f.yoy_growth) for f in figures
    ]
