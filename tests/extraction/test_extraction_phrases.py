"""Indicator phrases and the forms added with heldout7: 成, 增长N倍, rate bounds, ellipsis."""

from __future__ import annotations

from decimal import Decimal

from jindu.extraction import Figure, extract


def figures(text: str) -> list[Figure]:
    return list(extract(text).figures)


def test_share_in_cheng_keeps_its_unit_and_qualifier() -> None:
    share = figures("规上工业企业中开展研发活动的企业占比近六成，较上年提高5个百分点。")
    assert [(f.indicator, f.value, f.unit, f.qualifier) for f in share] == [
        ("规上工业企业中开展研发活动的企业占比", Decimal(6), "成", "≈")
    ]
    after = figures("有研发机构的企业达到248家，约占四成。")
    assert after[1].indicator == after[0].indicator + "占比"
    assert (after[1].value, after[1].unit, after[1].qualifier) == (Decimal(4), "成", "≈")
    assert figures("三成员单位参加了会议。") == []


def test_growth_in_times_is_a_growth_in_percent_but_a_ratio_is_not() -> None:
    (grown,) = figures("跨境电商进出口额58.6亿元，同比增长1.2倍。")
    assert grown.yoy_growth == Decimal("1.2") * 100
    (compared,) = figures("技术合同成交额超过120亿元，是五年前的3.2倍。")
    assert compared.yoy_growth is None and compared.value == Decimal(120)


def test_a_bound_on_a_rate_is_the_figures_qualifier_and_carries_to_places() -> None:
    first, second = figures("从各县区看，东山县研发投入完成率超过90%，西溪县不足50%。")
    assert (first.indicator, first.region, first.completion_rate, first.qualifier) == (
        "研发投入",
        "东山县",
        Decimal(90),
        ">",
    )
    assert (second.indicator, second.region, second.completion_rate, second.qualifier) == (
        "研发投入",
        "西溪县",
        Decimal(50),
        "<",
    )


def test_a_ranking_under_a_rate_heading_gives_rates() -> None:
    text = "从高企培育入库完成率看，排名前三的依次为海滨区（132.5%）、东山县（118.0%）。"
    found = figures(text)
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("高企培育入库", "海滨区", None),
        ("高企培育入库", "东山县", None),
    ]
    assert [f.completion_rate for f in found] == [Decimal("132.5"), Decimal("118.0")]


def test_a_heading_clause_of_targets_makes_what_follows_targets() -> None:
    found = figures("今年主要预期目标是：地区生产总值增长5.5%左右，新增高新技术企业200家以上。")
    assert [(f.value, f.target, f.qualifier) for f in found] == [
        (None, Decimal("5.5"), "≈"),
        (None, Decimal(200), ">"),
    ]


def test_a_target_stated_after_the_value_joins_it() -> None:
    (figure,) = figures("技术合同登记成交额达186.4亿元，提前一个月完成全年150亿元的目标任务。")
    assert (figure.value, figure.target) == (Decimal("186.4"), Decimal(150))


def test_figures_inside_quoted_speech_are_read() -> None:
    found = figures("“今年以来，全市新增市场主体4.2万户，其中科技型企业占比近三成。”局长介绍。")
    assert [(f.value, f.unit) for f in found] == [(Decimal("4.2"), "万户"), (Decimal(3), "成")]


def test_a_place_before_the_indicator_becomes_the_region() -> None:
    (figure,) = figures("东湖街道招商引资签约项目23个。")
    assert (figure.region, figure.indicator) == ("东湖街道", "招商引资签约项目")
    (town,) = figures("城镇居民人均可支配收入61 204元。")
    assert town.region is None and town.indicator == "城镇居民人均可支配收入"


def test_elided_nouns_come_back_from_the_figure_before() -> None:
    found = figures("全市省级以上众创空间达到46家。其中，国家级12家。")
    assert found[1].indicator == "国家级众创空间"
    found = figures("全年净增高新技术企业31家，总量达到1 032家。")
    assert found[1].indicator == "高新技术企业总量"


def test_indicator_phrases_keep_their_owner_and_lose_change_words() -> None:
    (owned,) = figures("战略性新兴产业实现产值1 286.5亿元。")
    assert owned.indicator == "战略性新兴产业产值"
    (ratio,) = figures("全市每千人口拥有执业医师3.2人。")
    assert ratio.indicator == "每千人口拥有执业医师"
    (raised,) = figures("全社会研发投入强度提高到2.85%。")
    assert raised.indicator == "全社会研发投入强度"
    (water,) = figures("万元工业增加值用水量降至18.6立方米。")
    assert (water.indicator, water.unit) == ("万元工业增加值用水量", "立方米")


def test_a_milestone_then_the_exact_value_is_one_figure() -> None:
    (figure,) = figures("全县规上工业总产值首次突破五百亿元，达到512.3亿元，增长8.1%。")
    assert (figure.indicator, figure.value, figure.qualifier) == (
        "规上工业总产值",
        Decimal("512.3"),
        None,
    )


def test_total_after_a_new_count_names_the_noun() -> None:
    found = figures("新增规上工业企业46家，总数达到418家。")
    assert found[1].indicator == "规上工业企业"
    found = figures("新增国家级专精特新企业15家，总数达到61家。")
    assert found[1].indicator == "国家级专精特新企业"


def test_about_a_share_of_a_whole() -> None:
    (_, share) = figures("新登记科技型企业1.12万户，约占新登记企业总数的三成。")
    assert (share.indicator, share.value, share.unit, share.qualifier) == (
        "占新登记企业总数",
        Decimal(3),
        "成",
        "≈",
    )


def test_shichang_is_not_a_place() -> None:
    figures = extract("全市实有各类市场主体52.6万户。全年新登记市场主体8.9万户。").figures
    assert [(f.indicator, f.region) for f in figures] == [
        ("市场主体", None),
        ("新登记市场主体", None),
    ]


def test_shiji_liyong_stays_and_kongzhizai_goes() -> None:
    assert figures("实际利用外资1.05亿美元。")[0].indicator == "实际利用外资"
    rate = figures("城镇登记失业率控制在2.9%以内。")[0]
    assert (rate.indicator, rate.qualifier) == ("城镇登记失业率", "<")


def test_zhengqu_stays_in_the_name_of_money_obtained() -> None:
    found = figures("我县共争取上级资金5.68亿元，其中争取中央预算内资金1.2亿元。")
    assert [f.indicator for f in found] == ["争取上级资金", "争取中央预算内资金"]
    assert figures("争取全年新增高企100家。")[0].indicator == "新增高企"


def test_a_measure_at_the_end_of_a_list_is_shared() -> None:
    found = figures(
        "新材料、生物医药产业产值分别达到215.6亿元和98.3亿元，同比分别增长12.1%和18.7%。"
    )
    assert [(f.indicator, f.yoy_growth) for f in found] == [
        ("新材料产业产值", Decimal("12.1")),
        ("生物医药产业产值", Decimal("18.7")),
    ]
    growth = figures("工业、服务业增加值分别增长5.1%和6.3%。")
    assert [f.indicator for f in growth] == ["工业增加值", "服务业增加值"]


def test_a_bare_verb_after_a_figure_takes_its_noun() -> None:
    net = figures("企业职工基本养老保险参保人数达到86.4万人，净增2.1万人。")
    assert net[1].indicator == net[0].indicator + "净增"
    subset = figures("全县共有省级工程技术研究中心34家，其中今年新增8家。")
    assert subset[1].indicator == "新增" + subset[0].indicator
    whole = figures("全市已建成新型研发机构27家，其中省级9家、市级18家，今年新增6家。")
    assert whole[-1].indicator == "新增新型研发机构"
    total = figures("新增“品字标”认证企业18家，累计达到96家。")
    assert [f.indicator for f in total] == ["新增品字标认证企业", "品字标认证企业"]
