"""Figures from single sentences: qualifiers, not-figures, 分别, shared verbs, rates."""

from __future__ import annotations

from decimal import Decimal

from jindu.extraction import Figure, extract


def only(text: str) -> Figure:
    figures = extract(text).figures
    assert len(figures) == 1, figures
    return figures[0]


def test_qualifiers() -> None:
    assert only("产值超过86亿元。").qualifier == ">"
    assert only("减免收费3000多万元。").qualifier == ">"
    assert only("技术合同成交额约46亿元。").qualifier == "≈"
    assert only("引进人才50人左右。").qualifier == "≈"
    assert only("资助资金不足3000万元。").qualifier == "<"


def test_chinese_numerals_with_multipliers() -> None:
    figure = only("全市数字经济规模突破千亿元。")
    assert (figure.value, figure.unit, figure.qualifier) == (Decimal(1000), "亿元", ">")
    figure = only("减免企业收费三千多万元。")
    assert (figure.value, figure.unit, figure.qualifier) == (Decimal(3000), "万元", ">")


def test_dates_ordinals_names_and_placeholders_are_not_figures() -> None:
    text = "5月5日召开第三次会议，部署“三个产业基地”和八大抓手，要求完成XX亿元，建成5G网络。"
    assert extract(text).figures == ()


def test_negative_growth_and_gap_below_time_progress() -> None:
    figure = only("一季度完成工业投资23.5亿元，同比下降6.8%，低于序时进度4.2个百分点。")
    assert figure.yoy_growth == Decimal("-6.8")
    assert figure.time_progress_gap_pp == Decimal("-4.2")
    assert figure.period == "一季度"


def test_fenbie_gives_two_values_in_order() -> None:
    figures = extract("东川区和青石县分别获得科技专项资金1200万元、850万元。").figures
    assert [(f.region, f.value) for f in figures] == [
        ("东川区", Decimal(1200)),
        ("青石县", Decimal(850)),
    ]


def test_a_shared_target_verb_carries_to_the_next_clause() -> None:
    figures = extract("今年将培育省级研发中心20家，市级研发中心67家。").figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("培育省级研发中心", None, Decimal(20)),
        ("培育市级研发中心", None, Decimal(67)),
    ]


def test_a_target_and_an_actual_make_one_figure() -> None:
    figure = only("高新技术企业：年度任务76家，已认定42家，完成率55.26%。")
    assert (figure.value, figure.target, figure.target_implied) == (Decimal(42), Decimal(76), False)


def test_a_change_against_last_year_is_not_a_figure() -> None:
    assert len(extract("专项资金2.8亿元，比上年增加3000万元。").figures) == 1
