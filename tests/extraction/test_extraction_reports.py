"""Figures in the forms of finance, employment, trade and ranking reports (sentences written
for these tests, in the style of published ones)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jindu.extraction import Figure, extract
from jindu.extraction.normalize import normalize
from jindu.extraction.units import convert


def only(text: str) -> Figure:
    figures = extract(text).figures
    assert len(figures) == 1, figures
    return figures[0]


def fields(text: str, *names: str) -> list[tuple[Any, ...]]:
    """The named attributes of every figure extracted from ``text``, in order."""
    return [tuple(getattr(figure, name) for name in names) for figure in extract(text).figures]


def test_a_shortfall_is_no_figure_and_the_growth_after_it_is_the_revenue_s() -> None:
    figure = only(
        "1-4月，全县税收收入完成15320万元，占年预算61280万元的25%，短收230万元，比上年同期增长4.6%。"
    )
    assert (figure.indicator, figure.value, figure.target) == (
        "税收收入",
        Decimal(15320),
        Decimal(61280),
    )
    assert (figure.completion_rate, figure.yoy_growth) == (Decimal(25), Decimal("4.6"))


def test_last_year_s_level_before_a_growth_is_a_baseline() -> None:
    figures = extract(
        "全区总支出完成98765万元，比上年同期87654万元增长12.68%，其中民生支出完成54321万元，较上年同期55000万元下降1.23%。"
    ).figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("总支出", Decimal(98765), Decimal("12.68")),
        ("民生支出", Decimal(54321), Decimal("-1.23")),
    ]


def test_a_count_of_people_before_the_year_s_plan() -> None:
    figure = only("截止5月底，城镇新增就业1530人，完成3200人年计划的47.81%。")
    assert (figure.value, figure.unit) == (Decimal(1530), "人")
    assert (figure.target, figure.completion_rate) == (Decimal(3200), Decimal("47.81"))
    assert only("研发人员全时当量达到865人年。").unit == "人年"


def test_a_control_target_after_a_rate() -> None:
    assert only("城镇登记失业率2.76%，低于3.5%的控制目标。").target == Decimal("3.5")
    assert only("城镇调查失业率4.1%，低于5%的控制指标。").target == Decimal(5)


def test_a_gap_to_the_task_s_progress_is_a_gap_to_time_progress() -> None:
    figure = only(
        "上半年实际利用外资3620万美元，同比增长31%，完成年度目标的72%，超目标进度22个百分点。"
    )
    assert (figure.completion_rate, figure.time_progress_gap_pp) == (Decimal(72), Decimal(22))
    figure = only("一季度外贸出口9120万美元，完成年度任务的18%，低于任务进度7个百分点。")
    assert figure.time_progress_gap_pp == Decimal(-7)


def test_a_sentence_with_only_the_rate_completes_the_figure_before() -> None:
    text = "其中出口30210万美元，同比增长8.5%。完成全年出口目标任务的52.3%，超任务进度2.3个百分点。"
    figure = only(text)
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "出口",
        Decimal(30210),
        Decimal("8.5"),
    )
    assert (figure.completion_rate, figure.time_progress_gap_pp) == (
        Decimal("52.3"),
        Decimal("2.3"),
    )


def test_units_of_machines_and_vehicle_trips() -> None:
    assert only("新上数控加工设备800台套。").unit == "台套"
    assert only("出动执法车辆25台次。").unit == "台次"


def test_footnote_markers_are_dropped() -> None:
    figure = only("人均地区生产总值[3]52180元，同比6.2%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "人均地区生产总值",
        Decimal(52180),
        Decimal("6.2"),
    )
    text = "人均地区生产总值[3]52180元。"
    found = extract(text).figures[0]
    assert text[found.span[0] : found.span[1]].endswith("52180元")


def test_values_listed_for_two_subjects_pair_with_the_growths_after() -> None:
    figures = extract("城乡居民人均可支配收入41250元、22310元，分别增长5.1%和7.2%。").figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("城镇居民人均可支配收入", Decimal(41250), Decimal("5.1")),
        ("农村居民人均可支配收入", Decimal(22310), Decimal("7.2")),
    ]
    figures = extract(
        "城镇和农村常住居民人均可支配收入完成30120元、16400元，分别增长4%、6.5%。"
    ).figures
    assert [f.indicator for f in figures] == [
        "城镇常住居民人均可支配收入",
        "农村常住居民人均可支配收入",
    ]
    figures = extract("金融机构存贷款余额达到612.4亿元、388.1亿元，分别增长9%、6.3%。").figures
    assert [(f.indicator, f.yoy_growth) for f in figures] == [
        ("金融机构存款余额", Decimal(9)),
        ("金融机构贷款余额", Decimal("6.3")),
    ]


def test_places_with_values_in_brackets_after_a_ranking() -> None:
    text = (
        "分市看，吸纳技术合同成交额前三位是：东川（96.2亿元）、西岭（41亿元）和南浦（30.5亿元）。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.value) for f in figures] == [
        ("吸纳技术合同成交额", "东川", Decimal("96.2")),
        ("吸纳技术合同成交额", "西岭", Decimal(41)),
        ("吸纳技术合同成交额", "南浦", Decimal("30.5")),
    ]
    # a count in brackets after its own name stays that name's figure
    assert only("全市高新技术企业（78家）增长明显。").region is None


def test_estimates_opened_by_a_clause_of_their_own_are_what_was_done() -> None:
    text = "预计，全县实现地区生产总值286亿元，增长6.1%；财政收入31亿元，增长2.4%。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.target, f.yoy_growth) for f in figures] == [
        ("地区生产总值", Decimal(286), None, Decimal("6.1")),
        ("财政收入", Decimal(31), None, Decimal("2.4")),
    ]


def test_an_estimate_without_a_period_of_its_own_is_of_the_period_reported() -> None:
    text = "1-4月，工业投资同比增长12.5%。其中，技改投资预计同比下降3.2%。"
    figures = extract(text).figures
    assert [(f.indicator, f.yoy_growth, f.target) for f in figures] == [
        ("工业投资", Decimal("12.5"), None),
        ("技改投资", Decimal("-3.2"), None),
    ]
    # with a later period (or the whole year) it looks ahead: a target
    figures = extract("1-4月，工业投资完成41亿元，增长9%。预计上半年增长10%左右。").figures
    assert figures[-1].target == Decimal(10) and figures[-1].yoy_growth is None
    figures = extract("1-4月，工业投资完成41亿元，增长9%。全年预计完成120亿元，增长11%。").figures
    assert (figures[-1].value, figures[-1].target) == (None, Decimal(120))


def test_a_growth_in_an_aside_on_how_it_was_counted_is_the_figure_s() -> None:
    figure = only("一般公共预算收入41.2亿元（剔除留抵退税因素后增长6.7%）。")
    assert (figure.indicator, figure.yoy_growth) == ("一般公共预算收入", Decimal("6.7"))


def test_how_a_figure_moved_is_no_part_of_its_name() -> None:
    figure = only("全县有效发明专利拥有量实现快速增长，达到412件。")
    assert (figure.indicator, figure.value) == ("有效发明专利拥有量", Decimal(412))


def test_the_field_of_a_ranking_is_no_figure_and_a_score_may_have_no_unit() -> None:
    text = "在全市6个区中，东川区以92.37的最高分位列第一；在全市9个县中，青石县排名第一。"
    figures = extract(text).figures
    assert [(f.value, f.unit) for f in figures] == [(Decimal("92.37"), None)]
    figure = only("南部片区科技创新能力平均得分为68.42。")
    assert (figure.indicator, figure.value, figure.unit) == (
        "南部片区科技创新能力平均得分",
        Decimal("68.42"),
        None,
    )


def test_a_change_on_the_year_before_is_no_figure() -> None:
    figure = only("高于平均得分的乡镇有12个，较上一年增加3个。")
    assert (figure.indicator, figure.value) == ("高于平均得分的乡镇", Decimal(12))


def test_a_stage_after_the_projects_comes_first_in_the_name() -> None:
    assert only("全市制造业项目竣工投产86个。").indicator == "竣工投产制造业项目"
    assert only("高技术项目在建41个。").indicator == "在建高技术项目"


def test_issues_of_a_bulletin_are_counted() -> None:
    figures = extract("全年编发督查通报48期，督查专报31期。").figures
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("编发督查通报", Decimal(48), "期"),
        ("督查专报", Decimal(31), "期"),
    ]
    assert extract("项目二期工程开工。").figures == ()


def test_counts_listed_with_their_nouns_after_them() -> None:
    text = "报告对全市42个乡镇划分为18个工业重镇、15个农业强镇、9个生态乡镇。"
    figures = extract(text).figures
    assert [(f.indicator, f.value) for f in figures][-3:] == [
        ("工业重镇", Decimal(18)),
        ("农业强镇", Decimal(15)),
        ("生态乡镇", Decimal(9)),
    ]
    figures = extract("全区建成4个省级创新平台、7个市级创新平台。").figures
    assert [f.indicator for f in figures] == ["建成省级创新平台", "建成市级创新平台"]


def test_a_ranking_lists_places_without_a_suffix() -> None:
    text = (
        "上半年，全省技术合同成交额增长12.1%。"
        "成交额总量前三名为东川、西岭、南浦，成交额分别为86.5亿元、61.2亿元、40.3亿元。"
        "成交额同比增长前三名为北港、临江、青石，同比增长分别为35.2%、28.6%、21.9%。"
    )
    figures = extract(text).figures[1:]
    assert [(f.indicator, f.region, f.value, f.yoy_growth) for f in figures] == [
        ("成交额", "东川", Decimal("86.5"), None),
        ("成交额", "西岭", Decimal("61.2"), None),
        ("成交额", "南浦", Decimal("40.3"), None),
        ("成交额", "北港", None, Decimal("35.2")),
        ("成交额", "临江", None, Decimal("28.6")),
        ("成交额", "青石", None, Decimal("21.9")),
    ]


def test_places_after_a_place_share_its_measure() -> None:
    text = (
        "到2027年，在研发经费投入强度方面，东川区将达到3.5%以上、西岭达到2.8%以上，"
        "南浦、青石达到2%以上。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.target, f.qualifier) for f in figures] == [
        ("研发经费投入强度", "东川区", Decimal("3.5"), ">"),
        ("研发经费投入强度", "西岭", Decimal("2.8"), ">"),
        ("研发经费投入强度", "南浦", Decimal(2), ">"),
        ("研发经费投入强度", "青石", Decimal(2), ">"),
    ]


def test_a_short_alternative_inside_a_name_stays() -> None:
    assert only("全市科技领军(培育)企业达到126家。").indicator == "科技领军(培育)企业"
    assert only("新增高新技术企业(家)45家。").indicator == "新增高新技术企业"


def test_a_share_of_an_assigned_amount_is_a_completion_rate() -> None:
    figure = only("全年项目到位资金15.36亿元，占市下达招商到位资金15亿元的102.4%。")
    assert (figure.value, figure.target, figure.completion_rate) == (
        Decimal("15.36"),
        Decimal(15),
        Decimal("102.4"),
    )


def test_a_bound_on_many_growths_is_no_figure() -> None:
    assert extract("纺织、建材等行业出现下滑，下降幅度均超过8%。").figures == ()
    assert only("全年降幅在5%以内。").qualifier == "<"


def test_names_ending_alike_share_what_follows() -> None:
    text = "1-9月，省重点、市重点、县重点建设项目投资完成率分别达98.5%、91.2%、88.7%。"
    figures = extract(text).figures
    assert [(f.indicator, f.completion_rate) for f in figures] == [
        ("省重点建设项目投资", Decimal("98.5")),
        ("市重点建设项目投资", Decimal("91.2")),
        ("县重点建设项目投资", Decimal("88.7")),
    ]


def test_a_growth_in_tenths() -> None:
    assert only("失业人数同比下降三成。").yoy_growth == Decimal(-30)
    figure = only("出口额同比增长近两成。")
    # a qualifier describes a value; a growth stated alone carries none (every gold writer agrees)
    assert (figure.yoy_growth, figure.qualifier) == (Decimal(20), None)
    assert only("新登记企业约占全市的四成。").value == Decimal(4)


def test_estimates_of_one_sentence_go_together() -> None:
    text = (
        "1-9月，全市签约项目86个。"
        "预计全市新建省外投资项目120个，实际到位省外资金356.2亿元、同比增长9.6%。"
    )
    figures = extract(text).figures
    assert [(f.value, f.target) for f in figures] == [
        (Decimal(86), None),
        (Decimal(120), None),
        (Decimal("356.2"), None),
    ]


def test_a_plan_opened_at_the_start_of_a_sentence_goes_on_across_semicolons() -> None:
    text = "今年，我市将力争高新技术企业达到260家；技术合同成交额保持在50亿元以上。"
    figures = extract(text).figures
    assert [(f.value, f.target) for f in figures] == [(None, Decimal(260)), (None, Decimal(50))]
    # what was done, said after the plan, is the plan's actual
    text = "今年，全市将新增高新技术企业30家；1-6月已新增18家。"
    assert fields(text, "value", "target") == [(Decimal(18), Decimal(30))]


def test_pinyin_without_tones_after_characters_goes() -> None:
    text = "現(xian)落戶(hu)項目300多個(ge),高(gao)(gao)新區(qu)(qu)完成產值(zhi)215億元。"
    figures = extract(text).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("现落户项目", Decimal(300)),
        ("高新区产值", Decimal(215)),
    ]
    assert "(GDP)" in extract("全市生产总值(GDP)增长8%。").normalized.text


def test_a_planned_amount_that_grew_is_no_target() -> None:
    figures = extract("引进制造业项目个数、计划投资额分别增长31.5%、9.2%。").figures
    assert [(f.indicator, f.yoy_growth, f.target) for f in figures] == [
        ("引进制造业项目个数", Decimal("31.5"), None),
        ("计划投资额", Decimal("9.2"), None),
    ]


def test_a_share_of_the_year_s_planned_total_is_a_completion_rate() -> None:
    text = "全市62个重点项目累计完成投资150.2亿元，占年度计划投资总额112.6%。"
    figure = extract(text).figures[-1]
    assert (figure.value, figure.completion_rate) == (Decimal("150.2"), Decimal("112.6"))


def test_a_clause_on_how_a_measure_grew_names_the_growth_after_it() -> None:
    text = "工业投资增长18.2%，其中工业技改投资保持较快增长，增长27.5%。"
    figures = extract(text).figures
    assert [(f.indicator, f.yoy_growth) for f in figures] == [
        ("工业投资", Decimal("18.2")),
        ("工业技改投资", Decimal("27.5")),
    ]


def test_a_share_of_the_year_s_plan_as_a_proportion_is_a_completion_rate() -> None:
    text = "5项省重点项目累计完成投资9.62亿元，完成年度计划投资比例48.1%，超序时进度6.4个百分点。"
    figure = extract(text).figures[-1]
    assert (figure.value, figure.completion_rate, figure.time_progress_gap_pp) == (
        Decimal("9.62"),
        Decimal("48.1"),
        Decimal("6.4"),
    )


def test_a_baseline_then_a_level_reached_quickly() -> None:
    figure = only("全县入库企业由2019年的15家，快速增长到2023年的86家。")
    assert (figure.indicator, figure.value) == ("入库企业", Decimal(86))


def test_the_year_s_total_investment_is_the_plan_a_rate_is_of() -> None:
    figure = only("截至三季度末，已完成投资17.36亿元，完成年度总投资的76.4%。")
    assert (figure.indicator, figure.value, figure.completion_rate) == (
        "投资",
        Decimal("17.36"),
        Decimal("76.4"),
    )


def test_items_counted_by_the_state_of_their_progress() -> None:
    figures = extract(
        "其中11个事项已提前完成全年任务，6个事项超序时进度，19个事项按序时推进；未达到序时进度项目共5项。"
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("提前完成全年任务事项", Decimal(11)),
        ("超序时进度事项", Decimal(6)),
        ("按序时推进事项", Decimal(19)),
        ("未达到序时进度项目", Decimal(5)),
    ]


def test_tasks_named_only_by_the_states_they_reached() -> None:
    figures = extract("经核查，已完成和提前完成31个，占总任务的12.4%。").figures
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("已完成和提前完成", Decimal(31), "个"),
        ("已完成和提前完成占总任务", Decimal("12.4"), "%"),
    ]


def test_the_part_of_a_set_opened_by_zhong() -> None:
    figures = extract("全市民生实事9件18项中有8项指标提前完成，占比44%。").figures
    # (the part done takes the set as its target, and its share is its rate)
    assert [(f.indicator, f.value, f.completion_rate, f.target) for f in figures] == [
        ("民生实事", Decimal(9), None, None),
        ("民生实事", Decimal(18), None, None),
        ("提前完成指标", Decimal(8), Decimal(44), Decimal(18)),
    ]
    whole = extract("至10月底，218个市重点项目中开工在建项目为190个。").figures[0]
    assert (whole.indicator, whole.value) == ("市重点项目", Decimal(218))


def test_a_share_names_the_figure_it_is_a_share_of() -> None:
    figures = extract(
        "全县高新技术产业完成产值31.2亿元，同比增长9.4%，占全县规模工业产值的48.3%。"
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("高新技术产业产值", Decimal("31.2")),
        ("高新技术产业产值占全县规模工业产值", Decimal("48.3")),
    ]
    # the total is the whole the share is of and stays in the name
    share = extract("获得省科技奖27项，占全市获奖总数的38.6%。").figures[1]
    assert share.indicator == "省科技奖占全市获奖总数"


def test_the_growth_of_places_to_compare_with() -> None:
    figures = extract(
        "全年外贸进口512.3亿元，增长6.2%（全国下降2.1%，全省4.4%）；出口增长9.8%（全省平均为7.5%）。"
    ).figures
    assert [(f.indicator, f.value, f.yoy_growth, f.region) for f in figures] == [
        ("外贸进口", Decimal("512.3"), Decimal("6.2"), None),
        ("外贸进口", None, Decimal("-2.1"), "全国"),
        ("外贸进口", None, Decimal("4.4"), "全省"),
        ("出口", None, Decimal("9.8"), None),
        ("出口", None, Decimal("7.5"), "全省"),
    ]


def test_a_growth_stated_alone_carries_no_qualifier() -> None:
    figures = extract("预计全县生产总值增长5%左右，固定资产投资增长8%以上。").figures
    assert [(f.yoy_growth, f.qualifier) for f in figures] == [
        (Decimal(5), None),
        (Decimal(8), None),
    ]
    assert only("今年力争地区生产总值增长6%左右。").qualifier == "≈"  # a target's bound stays


def test_changes_on_a_level_before_are_no_figures() -> None:
    figures = extract(
        "全年完成投资52.6亿元，比上年多完成8.2亿元，同比增长18.5%；民营企业738家，增加96家。"
    ).figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("投资", Decimal("52.6"), Decimal("18.5")),
        ("民营企业", Decimal(738), None),
    ]


def test_a_level_reached_from_an_earlier_one() -> None:
    figure = only("合作国家和地区从31个扩展至58个。")
    assert (figure.indicator, figure.value) == ("合作国家和地区", Decimal(58))


def test_what_an_aside_includes_and_the_size_that_names_a_kind() -> None:
    figures = extract(
        "新批外资项目37个（含增资14个），园区产值突破200亿元，成为全市首个200亿元园区。"
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("新批外资项目", Decimal(37)),
        ("增资", Decimal(14)),
        ("园区产值", Decimal(200)),
    ]


def test_a_count_done_of_a_set_named_before() -> None:
    figure = only("全年确定的128项民生承诺中，有96项已经完成，完成率为75%。")
    assert (figure.indicator, figure.value, figure.target, figure.completion_rate) == (
        "完成民生承诺",
        Decimal(96),
        Decimal(128),
        Decimal(75),
    )


def test_values_of_two_subjects_before_fen_bie() -> None:
    figures = extract("城乡居民收入分别达到31250元和15620元、分别增长6.8%和8.1%。").figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("城镇居民收入", Decimal(31250), Decimal("6.8")),
        ("农村居民收入", Decimal(15620), Decimal("8.1")),
    ]
    figures = extract("高校毕业生、退役军人分别实现就业2.3万、0.4万人。").figures
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("高校毕业生就业", Decimal("2.3"), "万人"),
        ("退役军人就业", Decimal("0.4"), "万人"),
    ]


def test_a_tail_that_sums_up_a_list_of_names_is_no_part_of_each() -> None:
    figures = extract(
        "交通工程、水利工程、民生工程类三大领域项目分别完成投资12.1亿元、8.4亿元、5.2亿元。"
    ).figures
    assert [f.indicator for f in figures] == ["交通工程投资", "水利工程投资", "民生工程投资"]


def test_a_count_of_a_set_that_reached_a_stage_without_a_rate() -> None:
    figures = extract("今年以来，全县52个重点建设项目开复工47个、完成投资18.3亿元。").figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("开复工重点建设项目", Decimal(47), Decimal(52)),
        ("开复工重点建设项目投资", Decimal("18.3"), None),
    ]


def test_growths_of_places_picked_from_a_group() -> None:
    figures = extract(
        "“六园”中东湖产业基地、西岭工业园、南山经开区发展最快，完成规模工业产值分别比去年同期增长41.2%、18%、9.6%。"
    ).figures
    assert [(f.indicator, f.region, f.yoy_growth) for f in figures] == [
        ("规模工业产值", "东湖产业基地", Decimal("41.2")),
        ("规模工业产值", "西岭工业园", Decimal(18)),
        ("规模工业产值", "南山经开区", Decimal("9.6")),
    ]


def test_a_growth_said_in_words_and_a_net_growth() -> None:
    held = only("1-6月，完成工业投资88.2亿元，与去年同期持平，居全市第3位。")
    assert (held.value, held.yoy_growth) == (Decimal("88.2"), Decimal(0))
    net = extract("全年实现高新技术产业增加值52.4亿元，比上年净增18%。").figures[0]
    assert net.yoy_growth == Decimal(18)


def test_done_beyond_the_target_by_a_share() -> None:
    figure = only("2024年全县新认定高新技术企业26家，超市下达目标任务30%。")
    assert (figure.value, figure.completion_rate, figure.target) == (
        Decimal(26),
        Decimal(130),
        Decimal(20),
    )


def test_money_granted_by_a_department_was_obtained() -> None:
    figure = only("全年争取省科技厅各类奖补资金3200余万元。")
    assert (figure.value, figure.target, figure.qualifier) == (Decimal(3200), None, ">")


def test_a_gap_said_of_the_amount_is_the_figure_s() -> None:
    figure = only("1-9月完成投资38亿元，完成投资额超时序进度12个百分点。")
    assert (figure.value, figure.time_progress_gap_pp) == (Decimal(38), Decimal(12))


def test_a_growth_compared_with_in_brackets() -> None:
    figures = extract(
        "全市规上企业研发费用支出96.2亿元，同比增长31.5%，高于营业收入（12.4%）19.1个百分点；"
        "工业投资增长22.8%，高出全省平均水平（9.6%）13.2个百分点。"
    ).figures
    assert [(f.indicator, f.yoy_growth, f.region) for f in figures] == [
        ("规上企业研发费用支出", Decimal("31.5"), None),
        ("营业收入", Decimal("12.4"), None),
        ("工业投资", Decimal("22.8"), None),
        ("工业投资", Decimal("9.6"), "全省"),
    ]


def test_the_measure_a_ranked_list_is_ranked_by() -> None:
    figures = extract(
        "培育科技型企业数量排前3位的是东湖创业服务中心、南山科技园管理公司、西岭孵化器，分别是41家、27家、19家。"
    ).figures
    assert [(f.indicator, f.value, f.region) for f in figures] == [
        ("培育科技型企业", Decimal(41), "东湖创业服务中心"),
        ("培育科技型企业", Decimal(27), "南山科技园管理公司"),
        ("培育科技型企业", Decimal(19), "西岭孵化器"),
    ]


def test_a_rate_of_the_year_s_investment_after_a_count_of_projects() -> None:
    figures = extract(
        "9个省重点项目完成年度投资计划的86%，12个市重点项目完成年度投资计划的74%。"
    ).figures
    assert [(f.indicator, f.value, f.completion_rate) for f in figures] == [
        ("省重点项目", Decimal(9), None),
        ("省重点项目投资", None, Decimal(86)),
        ("市重点项目", Decimal(12), None),
        ("市重点项目投资", None, Decimal(74)),
    ]


def test_a_quoted_name_after_the_count_and_a_typo_before_percent() -> None:
    figure = only("全力推进150个“科技强县”重点项目建设。")
    assert (figure.indicator, figure.value) == ("建设科技强县重点项目", Decimal(150))
    figures = extract("高新技术产值2.1亿元，高新技术增加值1.2亿元，分别增长17.%和23%。").figures
    assert [f.yoy_growth for f in figures] == [Decimal(17), Decimal(23)]


def test_a_growth_named_again_after_a_share() -> None:
    figures = extract(
        "全市高新技术产业增加值612.4亿元，占规上工业增加值比重为48.2%；高新技术产业增加值增速15%。"
    ).figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("高新技术产业增加值", Decimal("612.4"), Decimal(15)),
        ("高新技术产业增加值占规上工业增加值比重", Decimal("48.2"), None),
    ]


def test_what_was_obtained_is_no_target() -> None:
    figure = only("全年争取到省创新基金项目6项。")
    assert (figure.value, figure.target) == (Decimal(6), None)


def test_growths_compared_with_in_a_bulletin() -> None:
    figures = extract(
        "全市固定资产投资完成186.4亿元，同比增长21.5%，增速比全省平均水平（12.3%）和全国（6.1%）分别高9.2、15.4个百分点。"
    ).figures
    assert [(f.yoy_growth, f.region) for f in figures] == [
        (Decimal("21.5"), None),
        (Decimal("12.3"), "全省"),
        (Decimal("6.1"), "全国"),
    ]
    figures = extract("实现增加值8.2亿元，同比增长4.1%，比全市增速6.6%低2.5个百分点。").figures
    assert [(f.indicator, f.yoy_growth, f.region) for f in figures] == [
        ("增加值", Decimal("4.1"), None),
        ("增加值", Decimal("6.6"), "全市"),
    ]


def test_a_bare_share_after_a_level_and_a_comparable_growth() -> None:
    figures = extract(
        "其中：种植业产值13.6亿元，占55.2%；国有企业实现产值42.1亿元，可比增长12.4%。"
    ).figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("种植业产值", Decimal("13.6"), None),
        ("种植业产值占比", Decimal("55.2"), None),
        ("国有企业产值", Decimal("42.1"), Decimal("12.4")),
    ]


def test_a_growth_over_years_and_beyond_the_target_in_full() -> None:
    figure = only("全县高新技术企业52户，近5年增长3倍多，提前超额完成“十四五”目标任务130%。")
    assert (figure.value, figure.yoy_growth, figure.completion_rate) == (
        Decimal(52),
        None,
        Decimal(130),
    )


def test_a_series_of_years_ending_with_he() -> None:
    figures = extract(
        "入库企业数量由2019年的12家，增长到2021年的30家、2022年的41家和今年目前的57家。"
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("入库企业", Decimal(30)),
        ("入库企业", Decimal(41)),
        ("入库企业", Decimal(57)),
    ]


def test_programmes_named_plan_and_work_verbs() -> None:
    figures = extract(
        "组织申报省人才引进计划4名，组织实施本市级科技计划52项，新产品试制计划17项。"
    ).figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("申报省人才引进计划", Decimal(4), None),
        ("实施本市级科技计划", Decimal(52), None),
        ("新产品试制计划", Decimal(17), None),
    ]


def test_the_year_s_plan_after_the_period_s_plan() -> None:
    figures = extract(
        "42个重点项目全年计划完成投资76.4亿元，1-5月累计完成投资30.2亿元，"
        "完成1-5月投资计划的118.6%，完成年度投资计划的39.5%。"
    ).figures
    assert [(f.indicator, f.value, f.completion_rate, f.target) for f in figures] == [
        ("重点项目", Decimal(42), None, None),
        ("投资", None, Decimal("118.6"), None),
        ("投资", Decimal("30.2"), Decimal("39.5"), Decimal("76.4")),
    ]


def test_r_and_d_after_a_count() -> None:
    assert "R&D机构" in only("支持15家企业设立R&D机构。").indicator


def test_changes_in_the_level_and_a_growth_without_its_sign() -> None:
    figures = extract(
        "全年粮食播种面积52.31万亩，比上年增0.42万亩，增0.8%；粮食总产16.4万吨，"
        "比2022年的15.9万吨，增0.5万吨，增3.1%；生猪存栏18.6万头，同比增长6.25。"
    ).figures
    assert [(f.indicator, f.value, f.yoy_growth) for f in figures] == [
        ("粮食播种面积", Decimal("52.31"), Decimal("0.8")),
        ("粮食总产", Decimal("16.4"), Decimal("3.1")),
        ("生猪存栏", Decimal("18.6"), Decimal("6.25")),
    ]


def test_done_beyond_by_a_share_and_a_rate_without_its_sign() -> None:
    figure = extract("全年发明专利申请量1240件，超额完成24%，发明专利授权量216件。").figures[0]
    assert (figure.value, figure.completion_rate) == (Decimal(1240), Decimal(124))
    figure = only("2023年，实现财政收入4.12亿元，同比增长5.3%，完成年度计划93.64。")
    assert (figure.completion_rate, figure.yoy_growth) == (Decimal("93.64"), Decimal("5.3"))


def test_the_rate_of_what_was_done_before_what_is_under_way() -> None:
    figures = extract("全年确定事项316项，已完成298项，正在办理18项，完成率94.3%。").figures
    assert [(f.value, f.completion_rate, f.target) for f in figures] == [
        (Decimal(298), Decimal("94.3"), Decimal(316)),
        (Decimal(18), None, None),
    ]


def test_counts_named_after_the_verb_that_announces_them() -> None:
    text = "市统计局通报了12项主要经济指标在全省的排位，评出9个2024年度科技创新先进镇。"
    assert fields(text, "indicator", "value") == [
        ("主要经济指标", Decimal(12)),
        ("科技创新先进镇", Decimal(9)),
    ]
    figures = extract("围绕县域经济的15个重点行业和36项基础性指标。").figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("重点行业", Decimal(15)),
        ("基础性指标", Decimal(36)),
    ]


def test_parts_of_a_set_named_by_their_state() -> None:
    text = "今年区政府确定了25件重要的民生实事，截至10月底，已完成19件，正在推进6件。"
    assert fields(text, "indicator", "value", "target") == [
        ("民生实事", Decimal(25), None),
        ("完成民生实事", Decimal(19), Decimal(25)),
        ("正在推进民生实事", Decimal(6), None),
    ]
    text = "第三次常务会议确定事项31项，完成28项，正在办理3项，完成率90.3%。"
    assert fields(text, "indicator", "value", "target") == [
        ("完成确定事项", Decimal(28), Decimal(31)),
        ("正在办理确定事项", Decimal(3), None),
    ]
    text = "今年交办督办件20件，已办结8件，占比40%；正在办理12件，占比60%。"
    assert fields(text, "indicator", "value", "completion_rate")[1:] == [
        ("办结督办件", Decimal(8), Decimal(40)),
        ("正在办理督办件", Decimal(12), None),
        ("正在办理督办件占比", Decimal(60), None),
    ]
    text = "全县民生工程共分为16项工作，已完成10项。"
    assert [f.indicator for f in extract(text).figures] == ["民生工程工作", "完成民生工程工作"]


def test_funds_and_projects_won_are_actuals() -> None:
    figures = extract("争取各类科技项目47项，到位资金2300万元。").figures
    first = figures[0]
    assert (first.indicator, first.value, first.target) == ("争取科技项目", Decimal(47), None)
    figures = extract("争取新建省级研发中心6家。").figures
    assert [(f.value, f.target) for f in figures] == [(None, Decimal(6))]


def test_a_heading_with_a_horizon_makes_the_paragraphs_after_it_targets() -> None:
    text = (
        "到2028年：\n\n——众创空间承载力明显增强。未来三年累计新增场地达到40万平方米，"
        "全区累计建成各类众创空间20个以上。\n\n——集聚力明显增强。新增在孵企业150家以上。"
    )
    assert fields(text, "value", "target", "qualifier") == [
        (None, Decimal(40), None),
        (None, Decimal(20), ">"),
        (None, Decimal(150), ">"),
    ]


def test_a_list_of_magnitudes_shares_the_unit_of_its_last_item() -> None:
    figures = extract("未来三年分别新增孵化空间200万、250万、320万平方米。").figures
    assert [(f.target, f.unit) for f in figures] == [
        (Decimal(200), "万平方米"),
        (Decimal(250), "万平方米"),
        (Decimal(320), "万平方米"),
    ]


def test_days_and_loans_are_units() -> None:
    figures = extract("全县共发放创业担保贷款3120笔、4.6亿元；应收账款平均回收期21.5天。").figures
    assert [(f.value, f.unit) for f in figures] == [
        (Decimal(3120), "笔"),
        (Decimal("4.6"), "亿元"),
        (Decimal("21.5"), "天"),
    ]


def test_stage_counts_of_a_set_stated_in_the_sentence_before() -> None:
    text = (
        "今年全县实施民生工程项目120个，年度总投资86000万元。1-6月份，开工114个，开工率95%，"
        "建成42个，完工率35%，累计完成投资5.6亿元，占年度投资计划的65%。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.completion_rate, f.target) for f in figures][1:] == [
        ("开工民生工程项目", Decimal(114), Decimal(95), Decimal(120)),
        ("建成民生工程项目", Decimal(42), Decimal(35), Decimal(120)),
        ("投资", Decimal("5.6"), Decimal(65), Decimal("8.6")),
    ]
    # a rate the set does not agree with leaves the count alone (its target is implied)
    text = "今年全县实施民生工程项目120个。1-6月份，开工60个，开工率95%。"
    count = extract(text).figures[1]
    assert (count.indicator, count.target, count.target_implied) == ("开工", Decimal(63), True)


def test_a_count_followed_by_its_stage_is_a_part_of_the_set_before() -> None:
    text = "该区年度确定的84个民生项目已有63个完工，完工率达75%。"
    assert fields(text, "indicator", "value", "target") == [
        ("完工民生项目", Decimal(63), Decimal(84)),
    ]
    text = "一季度全市重点项目计划开工12个，实际开工16个，开工率133.3%。"
    assert fields(text, "value", "completion_rate", "target")[-1] == (
        Decimal(16),
        Decimal("133.3"),
        Decimal(12),
    )


def test_a_done_count_whose_rate_disagrees_with_the_set_takes_no_target() -> None:
    text = "累计承办热线工单1500件，办结1420件，办结率达96.13%。"
    assert fields(text, "indicator", "value", "completion_rate", "target")[-1] == (
        "办结热线工单",
        Decimal(1420),
        Decimal("96.13"),
        None,
    )
    # the complaints received stay a figure of their own (as published golds count them)
    text = "共受理投诉举报240件，已办结228件，办结率95%。"
    assert fields(text, "indicator", "value", "target") == [
        ("受理投诉举报", Decimal(240), None),
        ("办结投诉举报", Decimal(228), Decimal(240)),
    ]


def test_places_ranked_by_a_growth_stand_for_the_measure() -> None:
    text = (
        "工业增加值增速居前三的依次为东湖县(含西湖片区)、南岭县、青山区，"
        "分别增长12.6%、11.4%和9.8%。"
    )
    assert fields(text, "indicator", "yoy_growth", "region") == [
        ("工业增加值", Decimal("12.6"), "东湖县"),
        ("工业增加值", Decimal("11.4"), "南岭县"),
        ("工业增加值", Decimal("9.8"), "青山区"),
    ]


def test_shares_after_a_growth_name_its_subject() -> None:
    text = "1-9月全市民间投资同比增长12.2%，占全市投资比重为41.3%，占全市工业投资比重为62.5%。"
    assert [f.indicator for f in extract(text).figures] == [
        "民间投资",
        "民间投资占全市投资比重",
        "民间投资占全市工业投资比重",
    ]


def test_a_growth_moved_from_an_earlier_period_to_the_latest() -> None:
    text = "实现工业增加值512.3亿元，增幅由一季度的5.2%上升至最新的6.8%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("工业增加值", Decimal("512.3"), Decimal("6.8"))
    ]
    text = "规上工业增加值增速由1-5月的2.7%提高到3.9%。"
    assert fields(text, "indicator", "yoy_growth") == [("规上工业增加值", Decimal("3.9"))]


def test_the_classification_counts_are_picked_from_is_no_figure() -> None:
    text = "全市36个行业大类中，21个行业利润增长，增长面达58.3%。"
    figures = extract(text).figures
    assert (figures[0].indicator, figures[0].value) == ("利润增长行业", Decimal(21))
    assert Decimal(36) not in [f.value for f in figures]
    text = "列统的12个行业门类中有7个门类实现同比增长。"
    assert fields(text, "indicator", "value") == [("同比增长门类", Decimal(7))]
    text = "29个规模以上工业行业中，17个行业实现正增长；32个大类行业中，27个大类行业正增长。"
    assert fields(text, "indicator", "value") == [
        ("正增长行业", Decimal(17)),
        ("正增长大类行业", Decimal(27)),
    ]


def test_a_list_that_ends_in_its_goal_is_a_list_of_targets() -> None:
    text = "会上提出，今年紧紧围绕外贸进出口增长9.5%、实际利用外资完成2.3亿美元工作目标，狠抓落实。"
    assert fields(text, "indicator", "value", "unit", "target") == [
        ("外贸进出口", None, "%", Decimal("9.5")),
        ("实际利用外资", None, "亿美元", Decimal("2.3")),
    ]
    text = "一季度外贸进出口增长9.5%、实际利用外资完成2.3亿美元，均居全市前列。"
    assert [f.target for f in extract(text).figures] == [None, None]


def test_what_this_year_is_expected_to_bring_is_a_target() -> None:
    text = "据介绍，今年预期，全区固定资产投资增长9%，社会消费品零售总额增长7.5%。"
    assert fields(text, "indicator", "yoy_growth", "target") == [
        ("固定资产投资", None, Decimal(9)),
        ("社会消费品零售总额", None, Decimal("7.5")),
    ]
    text = "上半年，全区固定资产投资增长9%，好于预期，社会消费品零售总额增长7.5%。"
    assert [f.yoy_growth for f in extract(text).figures] == [Decimal(9), Decimal("7.5")]


def test_kinds_listed_share_the_scope_and_the_measure_of_the_last() -> None:
    text = "限上服装鞋帽类、家用电器及音像器材类商品零售额分别增长6.3%、12.5%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("限上服装鞋帽类商品零售额", Decimal("6.3")),
        ("限上家用电器及音像器材类商品零售额", Decimal("12.5")),
    ]


def test_the_same_figure_converted_into_another_unit_is_no_figure() -> None:
    text = "全县人均地区生产总值65432元（按年平均汇率折算为9876美元），比上年增长6.6%。"
    assert fields(text, "value", "unit", "yoy_growth") == [(Decimal(65432), "元", Decimal("6.6"))]


def test_completion_of_the_annual_target_listed_place_by_place() -> None:
    text = "各县区失业人员实现再就业完成年度目标的比例依次为：东湖县142.50%、西岭区118.06%。"
    assert fields(text, "indicator", "completion_rate", "region") == [
        ("失业人员再就业", Decimal("142.50"), "东湖县"),
        ("失业人员再就业", Decimal("118.06"), "西岭区"),
    ]


def test_money_in_other_currencies_and_growth_on_the_year_before() -> None:
    text = "本地研发开支2022年达到312.5亿港元，较上年度上升7%。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("本地研发开支", Decimal("312.5"), "亿港元", Decimal(7))
    ]
    text = "全年教育经费支出增至XX亿元，同比去年增长5.12%。"
    assert fields(text, "indicator", "yoy_growth") == [("教育经费支出", Decimal("5.12"))]


def test_putting_a_number_of_things_somewhere_is_no_plan() -> None:
    text = "我区将27个学校建设项目纳入民生实事，总投入8.6亿元。"
    assert fields(text, "value", "target") == [
        (Decimal(27), None),
        (Decimal("8.6"), None),
    ]
    text = "我区将新建学校建设项目27个。"
    assert fields(text, "value", "target") == [(None, Decimal(27))]


def test_the_expected_target_after_a_figure_is_its_target() -> None:
    text = "全市每万人口高价值发明专利拥有量达到9.3件，超额完成规划提出的8件的预期目标。"
    assert fields(text, "value", "target") == [(Decimal("9.3"), Decimal(8))]


def test_a_list_of_indices_has_no_unit() -> None:
    text = "南部片区、北部片区科技创新指数分别为61.2、58.7。"
    assert fields(text, "indicator", "value", "unit", "region") == [
        ("科技创新指数", Decimal("61.2"), None, "南部片区"),
        ("科技创新指数", Decimal("58.7"), None, "北部片区"),
    ]


def test_a_count_named_by_the_title_it_was_given() -> None:
    text = "全市累计建立院士工作站36家，其中7家工作站先后被评为“省级示范院士工作站”。"
    assert fields(text, "indicator", "value") == [
        ("建立院士工作站", Decimal(36)),
        ("省级示范院士工作站", Decimal(7)),
    ]


def test_a_horizon_after_an_example_or_a_proposal_opens_targets() -> None:
    text = "规划明确了具体指标，比如到2027年，研发投入强度达到3.1%，高新技术企业达到900家。"
    assert fields(text, "value", "target") == [
        (None, Decimal("3.1")),
        (None, Decimal(900)),
    ]


def test_a_plan_heading_holds_over_narrative_of_what_will_be_done() -> None:
    text = (
        "提出2025年经济社会发展主要预期目标：\n"
        "一是增强发展新动能。以科技创新为引领，加快建设现代化产业体系，积极扩大有效需求。"
        "预期全区地区生产总值增长6%左右；研发经费投入增长15%以上。"
    )
    assert fields(text, "value", "target") == [
        (None, Decimal(6)),
        (None, Decimal(15)),
    ]


def test_a_bare_investment_is_of_the_projects_named_before_it() -> None:
    text = "南岭区重点项目建设进展最快，1月-5月完成投资48.26亿元，赶超时间进度的6.4个百分点。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.time_progress_gap_pp, f.region) for f in figures] == [
        ("重点项目投资", Decimal("48.26"), Decimal("6.4"), "南岭区")
    ]
    assert figures[0].period == "1月-5月"
    text = "全市在建项目120个，完成投资38亿元。"
    assert [f.indicator for f in extract(text).figures] == ["在建项目", "在建项目投资"]


def test_the_rate_and_gap_after_a_share_are_of_the_level_before_it() -> None:
    text = (
        "交通工程项目累计完成投资9.6亿元，占全部项目完成投资的21.5%，"
        "投资完成率为18.2%，慢于序时进度6.8个百分点。"
    )
    figures = extract(text).figures
    assert [(f.value, f.completion_rate, f.time_progress_gap_pp) for f in figures] == [
        (Decimal("9.6"), Decimal("18.2"), Decimal("-6.8")),
        (Decimal("21.5"), None, None),
    ]


def test_rates_in_brackets_named_by_the_progress_after_them() -> None:
    text = (
        "其中，港口工程（12.5%）、园林工程（20.1%），完成投资进度较慢，"
        "分别慢于序时进度9.2、1.6个百分点。"
    )
    assert fields(text, "indicator", "completion_rate", "time_progress_gap_pp") == [
        ("港口工程投资", Decimal("12.5"), Decimal("-9.2")),
        ("园林工程投资", Decimal("20.1"), Decimal("-1.6")),
    ]


def test_the_three_sectors_listed_after_a_comma() -> None:
    text = "三次产业的贡献率分别为6.2%,38.5%和55.3%。"
    assert fields(text, "indicator", "value") == [
        ("第一产业贡献率", Decimal("6.2")),
        ("第二产业贡献率", Decimal("38.5")),
        ("第三产业贡献率", Decimal("55.3")),
    ]


def test_the_number_of_kinds_listed_is_no_part_of_the_name_they_share() -> None:
    text = "水利设施、文化体育、城市更新三类项目投资完成率分别为41.2%、37.5%、28.9%。"
    assert fields(text, "indicator", "completion_rate") == [
        ("水利设施项目投资", Decimal("41.2")),
        ("文化体育项目投资", Decimal("37.5")),
        ("城市更新项目投资", Decimal("28.9")),
    ]


def test_the_growth_target_exceeded_is_a_target_of_the_figure_before() -> None:
    text = "全区固定资产投资完成12.4亿元，増长11.2%，超额完成市下达增长7.5%目标任务。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth", "target") == [
        ("固定资产投资", Decimal("12.4"), "亿元", Decimal("11.2"), None),
        ("固定资产投资", None, "%", None, Decimal("7.5")),
    ]


def test_the_only_part_given_of_a_set_takes_the_set_as_target() -> None:
    text = "在纳入考核的24项指标中，目前已有9项指标提前完成全年任务。"
    assert fields(text, "indicator", "value", "target") == [
        ("提前完成全年任务指标", Decimal(9), Decimal(24))
    ]
    text = "全市38项重点任务中，已完成24项，正常推进11项，进度滞后3项。"
    assert Decimal(38) in [f.value for f in extract(text).figures]  # the set of three parts


def test_what_was_put_somewhere_is_named_by_the_words_after_the_count() -> None:
    text = "区督查室将86项重点工作列入年度督办事项。"
    assert fields(text, "indicator", "value") == [("重点工作列入年度督办事项", Decimal(86))]


def test_a_growth_that_is_only_so_much_and_an_investment_volume() -> None:
    text = "1-9月份，全县地区生产总值增幅仅为2.5%。南岭区项目完成投资体量达65.4亿元。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("地区生产总值", None, Decimal("2.5")),
        ("项目投资", Decimal("65.4"), None),
    ]


def test_a_plan_section_holds_over_its_own_parts_and_what_will_be_done() -> None:
    text = (
        "三、2025年主要工作安排\n"
        "围绕上述目标，重点抓好以下六个方面工作：\n"
        "（一）坚持农业农村优先发展。完成耕地修复1500亩，粮食播种面积稳定在6万亩以上。\n"
        "四、其他事项\n"
        "全年完成耕地修复1200亩。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("耕地修复", None, Decimal(1500)),
        ("粮食播种面积", None, Decimal(6)),
        ("耕地修复", Decimal(1200), None),
    ]


def test_a_share_written_before_what_it_is_a_share_of() -> None:
    text = (
        "全省12个试点县以占全省8%的土地面积、15%的常住人口，集聚了全省41.5%的研发经费投入"
        "和36.2%的高新技术企业。"
    )
    assert fields(text, "indicator", "value", "unit") == [
        ("试点县", Decimal(12), "个"),
        ("土地面积占全省比重", Decimal(8), "%"),
        ("常住人口占全省比重", Decimal(15), "%"),
        ("研发经费投入占全省比重", Decimal("41.5"), "%"),
        ("高新技术企业占全省比重", Decimal("36.2"), "%"),
    ]
    text = "民营经济贡献了全县65%以上的税收。"
    assert fields(text, "indicator", "value", "qualifier", "region") == [
        ("税收占全县比重", Decimal(65), ">", None)
    ]


def test_how_many_places_a_place_outranks_is_no_figure() -> None:
    text = "南浦区综合排名全省第三，超过了全省92.31%的县市区。"
    assert not extract(text).figures


def test_a_place_before_its_count_and_a_superlative_go_from_the_name() -> None:
    text = (
        "其中东湖区的科技型中小企业数量最多，达到328家，占总数的27.6%。"
        "西岭县拥有96家科技型中小企业。"
    )
    assert fields(text, "indicator", "value", "region") == [
        ("科技型中小企业", Decimal(328), "东湖区"),
        ("科技型中小企业占比", Decimal("27.6"), "东湖区"),
        ("科技型中小企业", Decimal(96), "西岭县"),
    ]


def test_a_province_or_city_named_without_its_suffix_is_the_region() -> None:
    text = (
        "2023年，佛山高新技术企业数量达到8500家。浙江、江苏科技型中小企业分别为3.1万家和2.6万家。"
    )
    assert fields(text, "indicator", "value", "region") == [
        ("高新技术企业", Decimal(8500), "佛山"),
        ("科技型中小企业", Decimal("3.1"), "浙江"),
        ("科技型中小企业", Decimal("2.6"), "江苏"),
    ]
    text = "全年日照时数1800小时，接待来宾300余人。"  # words that are also place names
    assert fields(text, "indicator", "region") == [
        ("日照时数", None),
        ("接待来宾", None),
    ]


def test_a_growth_held_level_and_two_sectors_listed_by_number() -> None:
    text = "分产业看，第一产业投资与去年同期持平，二、三产业投资同比分别增长41.2%、3.5%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("第一产业投资", None, Decimal(0)),
        ("第二产业投资", None, Decimal("41.2")),
        ("第三产业投资", None, Decimal("3.5")),
    ]


def test_the_whole_a_ratio_is_measured_against_keeps_its_place_word() -> None:
    text = "全社会研发经费支出相当于全市生产总值的比例达到3.6%左右。"
    assert fields(text, "indicator", "value") == [
        ("全社会研发经费支出相当于全市生产总值的比例", Decimal("3.6"))
    ]


def test_the_growth_after_what_was_done_against_a_plan_is_done_too() -> None:
    text = "全县安排重点项目45项，年度计划投资86亿元，全年完成投资91.3亿元，同比增长7.2%。"
    figures = extract(text).figures
    assert [(f.value, f.target, f.yoy_growth) for f in figures[-1:]] == [
        (Decimal("91.3"), Decimal(86), Decimal("7.2"))
    ]
    text = "预计2024年南岭县实现地区生产总值412亿元，按可比价增长5.1%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("地区生产总值", Decimal(412), Decimal("5.1"))
    ]


def test_a_works_yearly_investment_keeps_the_works_and_districts_ending_in_cheng_qu() -> None:
    text = (
        "全市农村饮水工程完成年度投资8650万元，占今年任务的61.2%。"
        "其中鹿城区完成投资2130万元，占年度任务的55.4%。"
    )
    assert fields(text, "indicator", "value", "region") == [
        ("农村饮水工程投资", Decimal(8650), None),
        ("农村饮水工程投资", Decimal(2130), "鹿城区"),
    ]


def test_rates_of_a_target_written_as_its_proportion_or_its_total() -> None:
    text = "到位省外资金21.6亿元，完成市目标比例的88.5%；引进市外资金40亿元，占任务总数的80%。"
    assert fields(text, "indicator", "completion_rate") == [
        ("到位省外资金", Decimal("88.5")),
        ("引进市外资金", Decimal(80)),
    ]


def test_projects_counted_by_a_stage_reached_smoothly_or_in_operation() -> None:
    text = (
        "东港物流园等36个项目顺利开工建设，项目开工率72%；"
        "南湖科创中心一期、二期等12个项目实现主体封顶，北岸数据中心等5个项目投入运营。"
    )
    assert fields(text, "indicator", "value", "completion_rate") == [
        ("开工建设项目", Decimal(36), Decimal(72)),
        ("主体封顶项目", Decimal(12), None),
        ("投入运营项目", Decimal(5), None),
    ]


def test_rates_that_are_all_the_same_value_and_capacities_that_name_projects() -> None:
    text = "交办建议64件，办复率和满意率均为100%。"
    assert fields(text, "indicator", "value")[1:] == [
        ("办复率", Decimal(100)),
        ("满意率", Decimal(100)),
    ]
    text = "华东新材料年产5万吨锂电铜箔首期2万吨项目建成投产，全市铜箔产能提高到9.5万吨。"
    assert fields(text, "indicator", "value") == [("铜箔产能", Decimal("9.5"))]


def test_a_growth_after_a_share_with_no_level_is_the_growth_of_its_subject() -> None:
    text = "从轻重工业看，轻工业产值占比31.4%，同比下降2.6%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("轻工业产值占比", Decimal("31.4"), None),
        ("轻工业产值", None, Decimal("-2.6")),
    ]
    text = "工业总产值1120.5亿元，占全市的比重为61.3%，同比增长4.8%。"
    figures = extract(text).figures
    assert [(f.value, f.yoy_growth) for f in figures] == [
        (Decimal("1120.5"), Decimal("4.8")),
        (Decimal("61.3"), None),
    ]


def test_departments_after_a_view_over_them_and_an_aside_before_a_rate() -> None:
    text = (
        "上半年全区完成公共财政预算收入18230万元。分部门情况是：国税部门完成4120万元，"
        "为预算的(含上级专项)46.5%。"
    )
    assert fields(text, "indicator", "value", "completion_rate", "region") == [
        ("公共财政预算收入", Decimal(18230), None, None),
        ("公共财政预算收入", Decimal(4120), Decimal("46.5"), "国税部门"),
    ]


def test_a_share_is_of_the_measure_not_of_its_total() -> None:
    text = "全市R&D经费支出总量为88.6亿元，占地区生产总值的比重为2.1%。"
    assert [f.indicator for f in extract(text).figures][1:] == ["R&D经费支出占地区生产总值的比重"]


def test_ceilings_and_bounds_aimed_at_are_targets_of_their_own() -> None:
    text = "城镇登记失业率控制在4.5%目标以内。"
    assert fields(text, "value", "qualifier", "target") == [(None, "<", Decimal("4.5"))]
    text = "今年力争高新技术产业增加值达到120亿元，增幅保持15%以上。"
    assert fields(text, "indicator", "unit", "qualifier", "target") == [
        ("高新技术产业增加值", "亿元", None, Decimal(120)),
        ("高新技术产业增加值", "%", ">", Decimal(15)),
    ]


def test_places_ranked_by_a_measure_then_their_values() -> None:
    text = "城东、港南、北湖完成投资较多，分别完成31.2亿元、18.6亿元和12.4亿元。"
    assert fields(text, "indicator", "value", "region") == [
        ("投资", Decimal("31.2"), "城东"),
        ("投资", Decimal("18.6"), "港南"),
        ("投资", Decimal("12.4"), "北湖"),
    ]


def test_sessions_ranges_and_the_words_that_point_at_a_set() -> None:
    text = "市委十二届九次全会召开。完成率在0%-50%之间的项目有17个。"
    assert [f.value for f in extract(text).figures] == [Decimal(17)]
    text = (
        "2023年，南岭县列入市重点建设计划的项目共31个。这31个市重点项目，至目前已完成投资4.6亿元；"
        "民生保障等项目6个。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("列入市重点建设计划的项目", Decimal(31), None),
        ("市重点项目", Decimal(31), None),
        ("市重点项目投资", Decimal("4.6"), None),
        ("民生保障项目", Decimal(6), None),
    ]


def test_the_place_first_in_a_measure_and_the_places_after_it() -> None:
    text = (
        "全市工业总产值最高的是东湖区，达到312亿元，西岭县紧随其后，达到276亿元，"
        "其余五县区的工业总产值分别是：南浦区188亿元、北山县142亿元。"
    )
    assert fields(text, "indicator", "value", "region") == [
        ("工业总产值", Decimal(312), "东湖区"),
        ("工业总产值", Decimal(276), "西岭县"),
        ("工业总产值", Decimal(188), "南浦区"),
        ("工业总产值", Decimal(142), "北山县"),
    ]


def test_an_aside_between_a_number_and_its_unit() -> None:
    text = "全年完成固定资产投资356(取整数,下同)亿元，同比增长9.4%；工业投资121（不含技改）亿元。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.unit, f.yoy_growth) for f in figures] == [
        ("固定资产投资", Decimal(356), "亿元", Decimal("9.4")),
        ("工业投资", Decimal(121), "亿元", None),
    ]
    # the figure's source still covers the aside, as the report printed it
    assert "356(取整数,下同)亿元" in text[slice(*figures[0].span)]


def test_a_list_opened_after_a_figure_is_about_what_it_names() -> None:
    text = "全市技改投资为86亿元，各县区的工业总产值分别是：南浦区188亿元、北山县142亿元。"
    assert fields(text, "indicator", "value", "region") == [
        ("技改投资", Decimal(86), None),
        ("工业总产值", Decimal(188), "南浦区"),
        ("工业总产值", Decimal(142), "北山县"),
    ]


def test_the_time_progress_in_brackets_before_the_gap() -> None:
    text = (
        "全区重点项目累计完成投资23.6亿元，完成年度计划14.75%，低于时序进度（25%）10.25个百分点。"
    )
    assert fields(text, "indicator", "value", "completion_rate", "time_progress_gap_pp") == [
        ("重点项目投资", Decimal("23.6"), Decimal("14.75"), Decimal("-10.25"))
    ]


def test_how_a_growth_was_computed_and_the_year_inside_a_name() -> None:
    text = "高新技术产值287.4亿元，按现价计算(下同)同比增长6.1%。52家规上企业全年实现产值96.3亿元。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("高新技术产值", Decimal("287.4"), Decimal("6.1")),
        ("规上企业", Decimal(52), None),
        ("规上企业产值", Decimal("96.3"), None),
    ]


def test_growths_listed_in_turn_without_fenbie() -> None:
    text = "企业申请专利达412件，授权196件，同比增长18%和35%。实现营收58亿元，同比增长12%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("企业申请专利", Decimal(412), Decimal(18)),
        ("授权专利", Decimal(196), Decimal(35)),
        ("营收", Decimal(58), Decimal(12)),
    ]


def test_the_others_counted_are_a_count_but_the_others_outdone_are_not() -> None:
    text = (
        "其中12个项目已开工建设，其他5个项目正在开展前期工作。"
        "专利授权量超过除甲市之外省内其他14个地级市。"
    )
    assert fields(text, "indicator", "value") == [
        ("开工建设项目", Decimal(12)),
        ("正在开展前期工作项目", Decimal(5)),
    ]


def test_subjects_across_commas_and_the_growth_of_a_shares_subject() -> None:
    text = (
        "其中，五金、电料类，通讯器材类，化工材料及制品类商品销售额分别增长51.9%、32.3%、9.3%。"
        "家电电气业、电力能源业保持两位数增长，增速分别为16.0%、11.5%。"
    )
    assert fields(text, "indicator", "yoy_growth") == [
        ("五金、电料类商品销售额", Decimal("51.9")),
        ("通讯器材类商品销售额", Decimal("32.3")),
        ("化工材料及制品类商品销售额", Decimal("9.3")),
        ("家电电气业", Decimal("16.0")),
        ("电力能源业", Decimal("11.5")),
    ]
    text = "高新技术产业增加值占规模以上工业增加值的比重为24.5%；增加值同比增长8.5%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("高新技术产业增加值占规模以上工业增加值的比重", Decimal("24.5"), None),
        ("高新技术产业增加值", None, Decimal("8.5")),
    ]


def test_what_grew_is_named_without_its_adverbs() -> None:
    text = (
        "完成技改投资1354亿元，小幅增长0.8%。特别是高新技术产业投资同比增长91.1%；"
        "水利设施投资也增长幅度较大，同比增长34.9%。"
        "项目个数和年度计划投资同比分别增长111%和136%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth", "target") == [
        ("技改投资", Decimal(1354), Decimal("0.8"), None),
        ("高新技术产业投资", None, Decimal("91.1"), None),
        ("水利设施投资", None, Decimal("34.9"), None),
        ("项目个数", None, Decimal(111), None),
        ("年度计划投资", None, Decimal(136), None),
    ]


def test_the_care_of_sign_and_the_falls_named_by_their_size() -> None:
    text = (
        "全县生产总值实现158203万元，同比增长12℅。完成地方一般公共预算收入48250万元，"
        "同比减816万元，减幅1.66%。总预算为180亿，仅增加3亿，增加幅度仅有1.69%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("生产总值", Decimal(158203), Decimal(12)),
        ("地方一般公共预算收入", Decimal(48250), Decimal("-1.66")),
        ("总预算", Decimal(180), Decimal("1.69")),
    ]


def test_an_assessed_quota_and_a_whole_given_in_brackets() -> None:
    text = "高标准农田建设考核指标18.5万亩，完成21.3万亩，完成率115.1%。"
    assert fields(text, "indicator", "value", "target", "completion_rate") == [
        ("高标准农田建设", Decimal("21.3"), Decimal("18.5"), Decimal("115.1")),
    ]
    text = (
        "农村劳动力转移人数达到42.6万人，占农村劳动力资源(150.2万人)的28.4%。"
        "到位资金7.42亿元，占计划目标到位资金(9.5亿元)的78.11%。"
    )
    assert fields(text, "indicator", "value", "unit", "target", "completion_rate") == [
        ("农村劳动力转移人数", Decimal("42.6"), "万人", None, None),
        ("农村劳动力转移人数占农村劳动力资源", Decimal("28.4"), "%", None, None),
        ("农村劳动力资源", Decimal("150.2"), "万人", None, None),
        ("到位资金", Decimal("7.42"), "亿元", Decimal("9.5"), Decimal("78.11")),
    ]


def test_those_helped_are_named_by_what_they_got() -> None:
    text = "使用转贷应急周转金6.2亿元帮助48家企业获得信贷支持。"
    assert fields(text, "indicator", "value") == [
        ("使用转贷应急周转金", Decimal("6.2")),
        ("获得信贷支持企业", Decimal(48)),
    ]


def test_a_completion_rate_against_a_target_with_a_long_name() -> None:
    text = "1-9月外贸进出口总值同比增长35.2%，完成省政府下达本市全年外贸进出口考核目标的96.4%。"
    assert fields(text, "indicator", "yoy_growth", "completion_rate") == [
        ("外贸进出口总值", Decimal("35.2"), Decimal("96.4")),
    ]


def test_what_drove_a_figure_and_a_field_before_its_subjects() -> None:
    text = (
        "在高技术制造业中，医药制造业和电子及通信设备制造业分别增长11.4%和20.3%。"
        "高技术制造业在医药制造业高位增长的带动下实现产值96亿元。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("医药制造业", None, Decimal("11.4")),
        ("电子及通信设备制造业", None, Decimal("20.3")),
        ("高技术制造业产值", Decimal(96), None),
    ]


def test_a_city_named_alone_compares_the_same_growth() -> None:
    text = "地区生产总值同比增长7.1%，分别高于全省(4.6%)、金华(5.2%)2.5个百分点和1.9个百分点。"
    assert fields(text, "indicator", "yoy_growth", "region") == [
        ("地区生产总值", Decimal("7.1"), None),
        ("地区生产总值", Decimal("4.6"), "全省"),
        ("地区生产总值", Decimal("5.2"), "金华"),
    ]


def test_a_list_counted_by_its_kind_names_each_member() -> None:
    text = "新材料、高端装备、生物医药三大主导产业分别实现产值320亿元、260亿元和95亿元。"
    assert fields(text, "indicator", "value") == [
        ("新材料产值", Decimal(320)),
        ("高端装备产值", Decimal(260)),
        ("生物医药产值", Decimal(95)),
    ]
    text = "推进企业申报专利达412件，授权196件。"
    assert [f.indicator for f in extract(text).figures][1] == "授权专利"


def test_projects_counted_by_the_state_they_reached() -> None:
    text = (
        "在推进的20个项目中，11个项目完成年度目标，2个项目基本完成年度目标，2个项目未完成年度目标，"
        "3个项目提前或超额完成了节点任务，其余2个项目均按照时间节点稳步推进。"
    )
    assert fields(text, "indicator", "value")[1:] == [
        ("完成年度目标项目", Decimal(11)),
        ("基本完成年度目标项目", Decimal(2)),
        ("未完成年度目标项目", Decimal(2)),
        ("提前或超额完成节点任务项目", Decimal(3)),
        ("按照时间节点稳步推进项目", Decimal(2)),
    ]
    text = "有9项任务达到或超过时序进度，4项任务未达到序时进度。"
    assert [f.indicator for f in extract(text).figures] == [
        "达到或超过时序进度任务",
        "未达到序时进度任务",
    ]


def test_a_state_at_the_head_of_a_clause_is_the_state_of_the_count_it_names() -> None:
    text = (
        "累计完成投资6.2亿元，占年度计划的88.1%，达到或超过时序进度项目7个、未达时序进度项目3个。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.status) for f in figures] == [
        ("投资", None),
        ("达到或超过时序进度项目", "达到或超过时序进度"),
        ("未达时序进度项目", "未达时序进度"),
    ]


def test_periods_listed_as_subjects_are_each_figure_s_period() -> None:
    text = "全市规上工业增加值一季度、二季度、三季度分别增长5.1%、6.3%和7.2%。"
    assert fields(text, "indicator", "yoy_growth", "period") == [
        ("规上工业增加值", Decimal("5.1"), "一季度"),
        ("规上工业增加值", Decimal("6.3"), "二季度"),
        ("规上工业增加值", Decimal("7.2"), "三季度"),
    ]
    text = "上半年完成投资12.9亿元。其中4月、5月和6月分别完成投资3.2亿元、4.1亿元和5.6亿元。"
    assert fields(text, "value", "period")[1:] == [
        (Decimal("3.2"), "4月"),
        (Decimal("4.1"), "5月"),
        (Decimal("5.6"), "6月"),
    ]
    text = "省重点项目完成投资1580亿元。1月、2月、3月单月进度分别为7.6%、6.3%和10.4%。"
    figures = extract(text).figures
    assert [(f.completion_rate, f.period) for f in figures] == [
        (None, None),
        (Decimal("7.6"), "1月"),
        (Decimal("6.3"), "2月"),
        (Decimal("10.4"), "3月"),
    ]


def test_as_many_values_as_subjects_pair_in_turn_without_respectively() -> None:
    text = "东城区、西城区、南湖区工业投资达到了12亿元、15亿元和9.5亿元。"
    assert fields(text, "indicator", "value", "region") == [
        ("工业投资", Decimal(12), "东城区"),
        ("工业投资", Decimal(15), "西城区"),
        ("工业投资", Decimal("9.5"), "南湖区"),
    ]
    text = "城东、城西两个园区工业增加值占所在市工业增加值的比重为38.7%、40.9%。"
    figures = extract(text).figures
    assert [f.region for f in figures] == ["城东", "城西"]
    assert all(f.indicator.endswith("占所在市工业增加值的比重") for f in figures)


def test_year_on_year_as_written_in_hong_kong_and_macau() -> None:
    text = (
        "第3季的總出口貨值為28.7億元，按年下跌2.3%；再出口(25.1億元)升幅為3.0%，"
        "本地產品出口(3.6億元)則減少13.5%，而進口(226.7億元)亦上升17.1%。"
    )
    figures = extract(text).figures
    assert [(f.value, f.yoy_growth, f.period) for f in figures] == [
        (Decimal("28.7"), Decimal("-2.3"), "第3季"),
        (Decimal("25.1"), Decimal("3.0"), "第3季"),
        (Decimal("3.6"), Decimal("-13.5"), "第3季"),
        (Decimal("226.7"), Decimal("17.1"), "第3季"),
    ]
    assert [f.indicator for f in figures][::3] == ["总出口货值", "进口"]


def test_the_three_sectors_named_before_a_list_of_contributions() -> None:
    text = "第一、二、三产业分别拉动GDP增长0.4、2.1、3.3个百分点，对GDP的贡献率分别为7%、36%、57%。"
    assert fields(text, "indicator", "value") == [
        ("第一产业对GDP的贡献率", Decimal(7)),
        ("第二产业对GDP的贡献率", Decimal(36)),
        ("第三产业对GDP的贡献率", Decimal(57)),
    ]


def test_a_city_s_own_level_beside_its_districts_and_sample_counties() -> None:
    text = (
        "1-5月全市完成一般公共预算支出227.53亿元。其中：市本级完成44.11亿元，增长11.01%；"
        "市辖区完成49.5亿元，增长10.52%。"
    )
    assert fields(text, "indicator", "region") == [
        ("一般公共预算支出", None),
        ("一般公共预算支出", "市本级"),
        ("一般公共预算支出", "市辖区"),
    ]
    text = "38个工业行业大类中，27个行业增加值实现同比增长。"
    assert [f.indicator for f in extract(text).figures] == ["增加值同比增长行业"]
    text = "社会消费品零售总额平均增长13.1%，其中，东部地区样本县增长13.0%。"
    assert extract(text).figures[1].region == "东部地区样本县"  # 本县 is not 我县


def test_a_programme_s_plan_and_the_share_of_it_done() -> None:
    text = (
        "全市规划新改扩建幼儿园60所，规划新增校舍面积12万平方米，计划投资2.4亿元。"
        "截至6月底，已开工45所，占规划量的75%；开工建设面积9.1万平方米，占规划量的75.83%；"
        "累计完成投资9600万元，占计划量的40%。"
    )
    figures = extract(text).figures
    assert [(f.value, f.unit, f.completion_rate, f.target) for f in figures] == [
        (Decimal(45), "所", Decimal(75), Decimal(60)),
        # 9.1 of 12 is 75.83%: the plan stated round (12) may be 12.0 give or take 0.5
        (Decimal("9.1"), "万平方米", Decimal("75.83"), Decimal(12)),
        (Decimal(9600), "万元", Decimal(40), Decimal(24000)),
    ]
    assert not any(f.target_implied for f in figures)


def test_stages_and_shares_of_investment_in_a_school_building_report() -> None:
    text = "新建校舍及场地19345平米。截至4月底，14个项目已完工，1个项目主体完工，已完成投资76.4%。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.unit) for f in figures][:3] == [
        ("新建校舍及场地", Decimal(19345), "平米"),
        ("完工项目", Decimal(14), "个"),
        ("主体完工项目", Decimal(1), "个"),
    ]
    assert (figures[3].value, figures[3].completion_rate) == (None, Decimal("76.4"))


def test_an_estimate_of_the_half_year_in_a_report_written_so_far_this_year() -> None:
    text = "今年以来，我局积极建设现代农业园区，预计上半年农业总产值24.7亿元，同比增长2.9%。"
    figure = extract(text).figures[0]
    assert (figure.value, figure.target, figure.yoy_growth) == (
        Decimal("24.7"),
        None,
        Decimal("2.9"),
    )
    text = "1-5月农业总产值20.1亿元，同比增长2.5%。预计上半年农业总产值24.7亿元。"
    assert extract(text).figures[1].target == Decimal("24.7")  # a projection after a period


def test_shares_of_one_whole_after_the_levels_they_are_of() -> None:
    text = (
        "目前全区的高效农业面积达到了35.96万亩，其中各类设施农业面积达到了8.82万亩，"
        "分别占全区耕地面积的57.9%和14.2%。"
    )
    assert [f.indicator for f in extract(text).figures] == [
        "高效农业面积",
        "设施农业面积",
        "高效农业面积占全区耕地面积",
        "设施农业面积占全区耕地面积",
    ]
    text = "2018、2019年全县研发投入分别为1.2亿元和1.5亿元。"
    assert fields(text, "indicator", "period") == [
        ("研发投入", "2018年"),
        ("研发投入", "2019年"),
    ]


def test_kinds_of_zone_and_a_published_list_of_proposals() -> None:
    text = "至此，我市已有国家级高新区1家，省级高新区2家。"
    assert fields(text, "indicator", "value", "region") == [
        ("国家级高新区", Decimal(1), None),
        ("省级高新区", Decimal(2), None),
    ]
    text = "省拟认定的高新技术企业名单中，全市共公示182家，其中我区获批37家。"
    assert fields(text, "value", "target") == [
        (Decimal(182), None),
        (Decimal(37), None),
    ]
    text = "市科技局召开培育工作会，力争明年净增1000家高新技术企业。"
    assert fields(text, "indicator", "target") == [
        ("净增高新技术企业", Decimal(1000)),
    ]


def test_years_in_chinese_digits_and_ranges_of_two_digits() -> None:
    text = "二〇二三年全市新增企业23家，其中五六家为高新技术企业。"
    assert fields(text, "indicator", "value") == [
        ("新增企业", Decimal(23)),
    ]
    text = "滁州增速居全省第一；池州、芜湖分列二三位。"
    assert extract(text).figures == ()


def test_a_growth_named_after_its_number_and_places_ranked_by_it() -> None:
    text = "全县规上工业增加值以12.5%的增速居全市第一，服务业增加值实现了6%的增长。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("规上工业增加值", None, Decimal("12.5")),
        ("服务业增加值", None, Decimal(6)),
    ]
    text = (
        "从工业增速来看，东川区以9.1%的增速居全市第一；西岭区、南浦县分列二三位，"
        "增速分别为8.2%、7%；北港区、青石县增速同为5.6%。"
    )
    assert fields(text, "indicator", "region", "yoy_growth") == [
        ("工业", "东川区", Decimal("9.1")),
        ("工业", "西岭区", Decimal("8.2")),
        ("工业", "南浦县", Decimal(7)),
        ("工业", "北港区", Decimal("5.6")),
        ("工业", "青石县", Decimal("5.6")),
    ]


def test_a_month_named_alone_is_a_period() -> None:
    text = "今年1月全市工业增加值12亿元。3月，全市工业增加值15亿元，3月15日召开会议。"
    assert fields(text, "indicator", "period") == [
        ("工业增加值", "今年1月"),
        ("工业增加值", "3月"),
    ]


def test_a_growth_then_the_level_it_reached() -> None:
    text = "全县地区生产总值增长12.6%达92.9亿元，第一产业增长9.1%，达到21.2亿元。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("地区生产总值", Decimal("92.9"), Decimal("12.6")),
        ("第一产业", Decimal("21.2"), Decimal("9.1")),
    ]
    text = "三季度入境旅客人次同比增长2.5倍至828.2万。"
    assert fields(text, "value", "unit", "yoy_growth") == [
        (Decimal("828.2"), "万", Decimal(250)),
    ]


def test_levels_of_the_places_compared_with_in_brackets() -> None:
    text = (
        "上半年全县农村居民人均可支配收入7215元（全省8012元、全市7630元），"
        "同比增长8.1%（全省7.2%、全市7.9%）。"
    )
    figures = extract(text).figures
    assert [(f.region, f.value, f.yoy_growth) for f in figures] == [
        ("全省", Decimal(8012), Decimal("7.2")),
        ("全市", Decimal(7630), Decimal("7.9")),
        (None, Decimal(7215), Decimal("8.1")),
    ]
    assert {f.indicator for f in figures} == {"农村居民人均可支配收入"}


def test_a_difference_from_a_place_and_the_place_s_own_level() -> None:
    assert extract("全县财政收入比全市平均低350万元。").figures == ()
    text = (
        "一季度全县居民人均消费支出6012元，比全省高411元（全省为5601元）；"
        "增幅比全省高0.9个百分点（全省为6.3%）。"
    )
    assert fields(text, "region", "value", "yoy_growth") == [
        (None, Decimal(6012), None),
        ("全省", Decimal(5601), Decimal("6.3")),
    ]


def test_hong_kong_and_taiwan_wording_of_growths() -> None:
    text = (
        "五月的食肆总收益的临时估计为98亿元，较上年同月上升4.2%。"
        "按年比较，燃料销货价值跌3.5%，服装则升7.1%；药物录得12.6%的按年升幅。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("食肆总收益", Decimal(98), Decimal("4.2")),
        ("燃料销货价值", None, Decimal("-3.5")),
        ("服装", None, Decimal("7.1")),
        ("药物", None, Decimal("12.6")),
    ]
    text = "第二季民间消费实质成长1.25%，经济成长率为2.4%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("民间消费", Decimal("1.25")),
        ("经济", Decimal("2.4")),
    ]


def test_projects_counted_by_how_their_work_goes_and_ranges_are_no_figures() -> None:
    text = (
        "从督查情况看，12个项目进展顺利，5个项目较好完成序时进度，"
        "3个项目正在进行土地报批，各乡镇均有1至2个项目。"
    )
    assert fields(text, "indicator", "value") == [
        ("进展顺利项目", Decimal(12)),
        ("较好完成序时进度项目", Decimal(5)),
        ("正在进行土地报批项目", Decimal(3)),
    ]
    assert extract("每个乡镇培育3-5家企业，力争引进二至三个项目。").figures == ()


def test_stage_rates_listed_by_place_join_each_place_s_count() -> None:
    text = (
        "1-6月全市新开工项目120个，分别为：东川区50个、西岭区40个、南浦县30个；"
        "各县区项目开工率分别为：西岭区80%、东川区62.5%、南浦县75%。"
    )
    figures = extract(text).figures
    assert [(f.region, f.value, f.completion_rate, f.target) for f in figures] == [
        (None, Decimal(120), None, None),
        ("东川区", Decimal(50), Decimal("62.5"), Decimal(80)),
        ("西岭区", Decimal(40), Decimal(80), Decimal(50)),
        ("南浦县", Decimal(30), Decimal(75), Decimal(40)),
    ]
    text = "县区负责同志共外出招商36批次，分别为：东川区20批次、西岭区16批次。"
    assert {f.indicator for f in extract(text).figures} == {"县区负责同志外出招商"}


def test_a_growth_aimed_at_beside_the_level_aimed_at() -> None:
    text = "二是规上工业总产值，今年目标任务是150亿元、增速12%，1—6月完成总产值66.5亿元、增速9.8%。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth", "target") == [
        ("规上工业总产值", None, "%", None, Decimal(12)),
        ("规上工业总产值", Decimal("66.5"), "亿元", Decimal("9.8"), Decimal(150)),
    ]


def test_an_average_by_place_and_programmes_named_plans() -> None:
    text = "东川区平均得分77.5分，西岭区平均70.6分。"
    assert fields(text, "region", "value") == [
        ("东川区", Decimal("77.5")),
        ("西岭区", Decimal("70.6")),
    ]
    assert extract(text).figures[1].indicator.startswith("平均")
    text = "其中立项省工业科技支撑计划3项，省重点研发计划2项。"
    assert fields(text, "value", "target") == [
        (Decimal(3), None),
        (Decimal(2), None),
    ]


def test_an_excess_over_the_task_a_threshold_said_again_and_a_plan_period() -> None:
    text = "全年完成固定资产投资23亿元，超额完成年度任务1.5亿元，增长12.4%。"
    assert fields(text, "value", "target", "yoy_growth") == [
        (Decimal(23), Decimal("21.5"), Decimal("12.4")),
    ]
    text = "全县工业开票销售1052.3亿元，成功突破千亿元大关，同比增长11%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("1052.3"), Decimal(11)),
    ]
    text = "全市财政收入迈过百亿大关，达到108亿元，比“十三五”末增长64%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("财政收入", Decimal(108), None),
    ]
    # quotes where a name would start: read without failing, spans inside the text
    assert all(0 <= f.span[0] < f.span[1] <= 4 for f in extract("0个““").figures)


def test_levels_in_brackets_named_by_the_noun_after_them() -> None:
    text = (
        "按目的地统计，2月输往新加坡( 2.4亿元 )、日本( 3,120万元 )与东盟( 915万元 )的货值"
        "按年分别下跌12.5%、8.1%和3.3%。出口至台湾( 4,410万元 )的货值上升6.2%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("输往新加坡货值", Decimal("2.4"), Decimal("-12.5")),
        ("输往日本货值", Decimal(3120), Decimal("-8.1")),
        ("输往东盟货值", Decimal(915), Decimal("-3.3")),
        ("出口至台湾货值", Decimal(4410), Decimal("6.2")),
    ]


def test_enumerated_items_name_their_targets_and_a_growth_aimed_at_stays_apart() -> None:
    text = (
        "一是规上工业总产值，年度目标任务是310亿元，1—9月完成总产值221.5亿元；"
        "二是商品房销售面积，年度目标任务是64万平方米，1—9月完成销售面积40.2万平方米；"
        "三是批发业销售额，年度目标为增速9%，1—9月增速-3.6%。"
    )
    assert fields(text, "indicator", "value", "unit", "target", "yoy_growth") == [
        ("规上工业总产值", Decimal("221.5"), "亿元", Decimal(310), None),
        ("商品房销售面积", Decimal("40.2"), "万平方米", Decimal(64), None),
        ("批发业销售额", None, "%", Decimal(9), None),
        ("批发业销售额", None, None, None, Decimal("-3.6")),
    ]
    # a share aimed at keeps the growth said of it
    text = "今年全县研发经费投入强度目标为2.4%，比上年增长20%。"
    assert fields(text, "value", "target", "yoy_growth") == [
        (None, Decimal("2.4"), Decimal(20)),
    ]


def test_a_stage_rate_of_a_count_in_ten_thousands_and_no_target_from_a_bound() -> None:
    text = "上半年，全省新开工改造老旧小区3.12万套，开工率为78.4%。"
    assert fields(text, "value", "unit", "completion_rate") == [
        (Decimal("3.12"), "万套", Decimal("78.4")),
    ]
    text = "截至7月底，全国农村供水项目开工2万多个、开工率91.2%。"
    figure = only(text)
    assert (figure.value, figure.qualifier, figure.completion_rate, figure.target) == (
        Decimal(2),
        ">",
        Decimal("91.2"),
        None,
    )


def test_taiwan_trillions_growths_on_the_year_and_a_currency_after_the_qualifier() -> None:
    text = (
        "三大園區全年營業額為3兆1,205億元，年增8.3%；其中中科9,870.4億元，衰退2.15%。"
        "出口額逾新台幣1.1兆元、年減4.6%。"
    )
    assert fields(text, "value", "unit", "qualifier", "yoy_growth") == [
        (Decimal(31205), "亿元", None, Decimal("8.3")),
        (Decimal("9870.4"), "亿元", None, Decimal("-2.15")),
        (Decimal("1.1"), "兆元", ">", Decimal("-4.6")),
    ]
    assert extract(text).figures[2].indicator == "出口额"
    # 兆瓦 stays a unit of power (megawatts): no trillions
    assert fields("建成光伏电站12兆瓦，完成投资5亿元。", "value", "unit") == [
        (Decimal(12), "兆瓦"),
        (Decimal(5), "亿元"),
    ]
    text = "全省科技型企业达到2310家，较上年新增6.4%。"
    assert fields(text, "value", "yoy_growth") == [(Decimal(2310), Decimal("6.4"))]


def test_forecasts_other_months_baselines_of_a_period_and_a_level_lowered_to() -> None:
    text = (
        "本港9月零售業總銷貨價值的臨時估計為288億元，按年升3.2%，遜於市場預期的4.5%，"
        "並低於8月的3.9%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("零售业总销货价值", Decimal(288), Decimal("3.2")),
    ]
    text = "就業人數為41.25萬人，本地就業居民為30.6萬人，較上一期分別增加2,100人及800人。"
    assert [f.value for f in extract(text).figures] == [Decimal("41.25"), Decimal("30.6")]
    text = "本月失業率由上月3.95%降為3.88%。"
    assert fields(text, "indicator", "value") == [("失业率", Decimal("3.88"))]
    text = "澳門的總進口貨值為62.4億澳門元，同比上升7.2%。"
    assert fields(text, "value", "unit") == [(Decimal("62.4"), "亿澳门元")]


def test_growths_listed_after_two_levels_are_theirs_not_an_earlier_clause_s() -> None:
    text = (
        "全省专利申请量和授权量稳步提升，全年受理专利申请3.52万件，授权专利2.16万件，"
        "比上年分别增长9.4%和12.8%。"
    )
    assert fields(text, "indicator", "yoy_growth") == [
        ("受理专利申请", Decimal("9.4")),
        ("授权专利", Decimal("12.8")),
    ]


def test_counts_of_cases_trips_buildings_rooms_and_sites() -> None:
    text = (
        "全年查处商标侵权案件36起，开行务工专列214趟，改造危旧楼房19栋，"
        "新设实验室8间，建成供水点5处。自2025年3月1日起施行。"
    )
    assert fields(text, "value", "unit") == [
        (Decimal(36), "起"),
        (Decimal(214), "趟"),
        (Decimal(19), "栋"),
        (Decimal(8), "间"),
        (Decimal(5), "处"),
    ]


def test_a_list_of_targets_ending_in_de_mubiao_and_a_like_measure_s_own_target() -> None:
    text = "各部门要紧盯全年城镇新增就业4200人、农村劳动力转移就业5100人的目标。"
    assert fields(text, "indicator", "value", "target") == [
        ("城镇新增就业", None, Decimal(4200)),
        ("农村劳动力转移就业", None, Decimal(5100)),
    ]
    text = "全县劳动力转移就业率达到64%以上，脱贫劳动力转移就业率达58%以上的目标。"
    assert fields(text, "indicator", "value", "target") == [
        ("劳动力转移就业率", Decimal(64), None),
        ("脱贫劳动力转移就业率", None, Decimal(58)),
    ]
    # the same measure named again keeps the target on the figure before
    text = "全市每万人口发明专利拥有量达到9.8件，提前完成每万人口发明专利拥有量达到9件的目标。"
    assert fields(text, "value", "target") == [(Decimal("9.8"), Decimal(9))]


def test_growths_of_places_in_a_bracket_after_a_comparison_and_a_share_of_the_plan() -> None:
    text = (
        "1-9月全县规上工业增加值增速12.4%，居全市第三，高于全国、全省、全市水平"
        "（全国4.6%、湖南省5.1%、衡阳市7.9%）。"
    )
    assert fields(text, "region", "yoy_growth") == [
        (None, Decimal("12.4")),
        ("全国", Decimal("4.6")),
        ("湖南省", Decimal("5.1")),
        ("衡阳市", Decimal("7.9")),
    ]
    text = "农村公路项目年度计划投资8.4亿元，累计完成5.25亿元，占62.5%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal("5.25"), Decimal("8.4"), Decimal("62.5")),
    ]
    # a share that the plan does not give stays a share
    text = "农村公路项目年度计划投资8.4亿元，累计完成5.25亿元，占30.5%。"
    assert [f.completion_rate for f in extract(text).figures] == [None, None]


def test_held_level_on_last_year_places_ranked_by_kind_and_a_count_passing_a_level() -> None:
    text = "茶园面积12.4万亩，与上年持平。"
    assert fields(text, "value", "yoy_growth") == [(Decimal("12.4"), Decimal(0))]
    text = "全市地区生产总值前三位的县区为：东岭区186.2亿元、南浦县150.4亿元、西溪县98.7亿元。"
    assert fields(text, "indicator", "region") == [
        ("地区生产总值", "东岭区"),
        ("地区生产总值", "南浦县"),
        ("地区生产总值", "西溪县"),
    ]
    # 7个城区超过百亿元: a count of places past a level; the level is no figure
    text = "各城区平均地区生产总值61.3亿元，7个城区超过百亿元。"
    assert fields(text, "value", "unit") == [
        (Decimal("61.3"), "亿元"),
        (Decimal(7), "个"),
    ]


def test_averages_over_years_month_on_month_a_year_with_circles_and_a_level_said_round() -> None:
    text = "全市技术合同成交额持续增长，近五年保持12.6%的平均增速。"
    assert not extract(text).figures
    text = "10月就業人數較9月增加0.21%，為年內最高。"
    assert not extract(text).figures
    text = "全港研發總開支由二○一六年的142億元上升到二○二一年的265億元。"
    assert fields(text, "value", "unit") == [(Decimal(265), "亿元")]
    text = "全省技术合同成交额为1048.6亿元，同比增长21.3%，技术合同成交额突破千亿元。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("1048.6"), Decimal("21.3")),
    ]


def test_two_stage_counts_then_their_two_rates() -> None:
    text = "全县农村危房改造已开工1320户，竣工745户，开工率88%，竣工率49.7%。"
    assert fields(text, "value", "completion_rate") == [
        (Decimal(1320), Decimal(88)),
        (Decimal(745), Decimal("49.7")),
    ]


def test_a_measure_after_a_clause_on_how_a_topic_grew_is_the_topic_s() -> None:
    text = "1-6月全市战略性新兴产业稳步增长，实现产值162.4亿元，同比增长18.2%。"
    assert fields(text, "indicator", "value") == [
        ("战略性新兴产业产值", Decimal("162.4")),
    ]


def test_rates_named_as_growths_of_ranked_places() -> None:
    text = "從增速看，16市中GDP增幅最高的是臨沂，為7.9%。"
    figure = only(text)
    assert (figure.indicator, figure.value, figure.yoy_growth, figure.region) == (
        "GDP",
        None,
        Decimal("7.9"),
        "临沂",
    )
    text = "前三季度GDP增长幅度前三名，为南浦县(12.4%)、西岭区(10.8%)、东川区(9.6%)。"
    assert fields(text, "indicator", "yoy_growth", "region") == [
        ("GDP", Decimal("12.4"), "南浦县"),
        ("GDP", Decimal("10.8"), "西岭区"),
        ("GDP", Decimal("9.6"), "东川区"),
    ]
    # a bound said of two places, then each place's growth: the bound is no figure
    text = "其中，临江市和北港区GDP增速超9%，分别为9.6%、9.2%。"
    assert fields(text, "yoy_growth", "region") == [
        (Decimal("9.6"), "临江市"),
        (Decimal("9.2"), "北港区"),
    ]


def test_a_share_of_the_whole_plan_is_a_completion_rate_and_finds_its_plan() -> None:
    # 占总计划的 is measured against the plan (占总任务 stays a share of a whole)
    figure = only("截至9月底，累计完成投资31.7亿元，占总计划的79.25%。")
    assert (figure.value, figure.completion_rate, figure.target) == (
        Decimal("31.7"),
        Decimal("79.25"),
        Decimal("40.0"),
    )
    # a bare level of the same thing earlier, which the rate agrees with, is the plan
    text = (
        "1380户危房改造(2021—2023年)。今年新改造312户。累计改造了1266户危房改造，占总计划的91.7%。"
    )
    figures = extract(text).figures
    assert [(f.value, f.target) for f in figures if f.completion_rate] == [
        (Decimal("1266"), Decimal("1380"))
    ]
    assert Decimal("1380") not in [f.value for f in figures]


def test_a_schedule_of_milestones_is_no_figure() -> None:
    text = "上级下达该县今年农房改造任务600户，要求6月底完工率40%以上、9月底75%以上、11月底100%。"
    assert fields(text, "value", "target") == [(None, Decimal("600"))]
    # rates reached at two month ends are figures
    text = "截至5月底，开工率达61%，7月底达到83%。"
    assert [f.completion_rate for f in extract(text).figures] == [Decimal("61"), Decimal("83")]


def test_the_parts_of_a_planned_total_are_targets() -> None:
    text = "今年全县计划改造提升农村道路420公里。其中通组路完工150公里，产业路完工88公里。"
    assert fields(text, "value", "target") == [
        (None, Decimal("420")),
        (None, Decimal("150")),
        (None, Decimal("88")),
    ]
    # the parts of a total done are done
    text = "全县改造提升农村道路420公里。其中通组路150公里，产业路88公里。"
    assert [f.target for f in extract(text).figures] == [None, None, None]


def test_a_plan_inside_a_name_is_no_target() -> None:
    figure = only("全区纳入市级养护计划的农村公路里程达1206.5公里。")
    assert (figure.value, figure.target) == (Decimal("1206.5"), None)


def test_a_round_level_passed_then_a_bound_above_it_is_one_figure_with_its_growth() -> None:
    text = "1—4月，全县规模以上工业产值首次突破百亿元大关，超过106亿元，产值增速达21%。"
    figure = only(text)
    assert (figure.value, figure.qualifier, figure.yoy_growth) == (
        Decimal("106"),
        ">",
        Decimal("21"),
    )


def test_places_listed_with_one_value_share_it_only_when_each_has_it() -> None:
    # a total of the places together
    figure = only("东川区、西岭区、南浦县三地合计工业投资86.4亿元，增长9.2%。")
    assert (figure.value, figure.yoy_growth, figure.region) == (
        Decimal("86.4"),
        Decimal("9.2"),
        "东川区、西岭区、南浦县",
    )
    # each place (分别, 均) has the value
    text = "临江市和北港区分别新增省级孵化器2家。"
    assert fields(text, "value", "region") == [
        (Decimal("2"), "临江市"),
        (Decimal("2"), "北港区"),
    ]


def test_a_growth_in_brackets_after_a_change_is_the_level_s_growth() -> None:
    text = (
        "全年商标申请18426件，较上年大幅增加2310件(14.33%)；"
        "有效注册商标9035件，比上年减少120件（1.31%）。"
    )
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("18426"), Decimal("14.33")),
        (Decimal("9035"), Decimal("-1.31")),
    ]


def test_zero_alone_is_no_numeral_and_a_rise_is_a_growth() -> None:
    text = "分類別看，家用電器銷貨價值升12.4%；汽車零件、漲6.2%；市場預期按年升2.5%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("家用电器销货价值", None, Decimal("12.4")),
        ("汽车零件", None, Decimal("6.2")),
    ]


def test_places_by_the_values_they_stand_by() -> None:
    text = (
        "全市地区生产总值1860亿元。从增速看，西岭区以8.2%的增速居首，"
        "东川区和南浦县则分别以7.6%和7.1%位居其后。"
    )
    assert fields(text, "indicator", "yoy_growth", "region")[1:] == [
        ("地区生产总值", Decimal("8.2"), "西岭区"),
        ("地区生产总值", Decimal("7.6"), "东川区"),
        ("地区生产总值", Decimal("7.1"), "南浦县"),
    ]
    # the measure after the values, the places in the clause before, and their growths after
    text = "临江市与北港区，分别以312.5亿和287.06亿的GDP排名第二和第三，增速分别为6.1%和5.8%。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth", "region") == [
        ("GDP", Decimal("312.5"), "亿", Decimal("6.1"), "临江市"),
        ("GDP", Decimal("287.06"), "亿", Decimal("5.8"), "北港区"),
    ]


def test_places_in_brackets_after_a_lead_that_says_which_places() -> None:
    text = (
        "上半年全市规上工业增加值增长6.4%。增速高于全市平均水平的县区分别是："
        "西岭区(9.3%)、南浦县(7.7%)。"
    )
    assert fields(text, "indicator", "yoy_growth", "region")[1:] == [
        ("规上工业增加值", Decimal("9.3"), "西岭区"),
        ("规上工业增加值", Decimal("7.7"), "南浦县"),
    ]
    # the places compared are no figure; the measure is in the sentence before
    text = "全市实现地区生产总值2210.4亿元。8个县区中，东川区(512.3亿元)、西岭区(466亿元)居前两位。"
    assert fields(text, "indicator", "value", "region") == [
        ("地区生产总值", Decimal("2210.4"), None),
        ("地区生产总值", Decimal("512.3"), "东川区"),
        ("地区生产总值", Decimal("466"), "西岭区"),
    ]
    # the measure in the lead
    text = "全市GDP在300至500亿元的有3个县区：南浦县(488.2亿元)、临江市(351亿元)。"
    assert fields(text, "indicator", "value", "region")[1:] == [
        ("GDP", Decimal("488.2"), "南浦县"),
        ("GDP", Decimal("351"), "临江市"),
    ]


def test_monthly_and_cumulative_growths_of_places_in_a_monthly_release() -> None:
    text = (
        "全市规上工业增加值增长6.8%。临江市本月同比增长3.1%。"
        "东川区和西岭区则分别以8.4%和7.9%的本月同比增长率，以及8.1%和7.2%的累计同比增长率，走在全市前列。"
    )
    assert fields(text, "indicator", "yoy_growth", "region")[1:] == [
        ("规上工业增加值", Decimal("3.1"), "临江市"),
        ("规上工业增加值", Decimal("8.4"), "东川区"),
        ("规上工业增加值", Decimal("7.9"), "西岭区"),
        ("规上工业增加值", Decimal("8.1"), "东川区"),
        ("规上工业增加值", Decimal("7.2"), "西岭区"),
    ]


def test_a_growth_after_a_change_and_or_and_against_a_year() -> None:
    figure = only("全县城镇居民人均可支配收入5.12万元，增加0.31万元或6.45%。")
    assert (figure.value, figure.yoy_growth) == (Decimal("5.12"), Decimal("6.45"))
    figure = only("全县规上工业产值386.2亿元，较2023年微减0.52%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "规上工业产值",
        Decimal("386.2"),
        Decimal("-0.52"),
    )


def test_putting_something_first_plans_nothing() -> None:
    text = (
        "坚持将稳增长摆在突出位置，全年地区生产总值同比增长5.2%。"
        "二是主体活力增强，经营主体净增1.8万户。"
    )
    assert fields(text, "value", "yoy_growth", "target") == [
        (None, Decimal("5.2"), None),
        (Decimal("1.8"), None, None),
    ]
    figure = only("今年将新增高新技术企业30家。")
    assert (figure.value, figure.target) == (None, Decimal("30"))


def test_places_judged_name_no_topic() -> None:
    text = (
        "全市重点项目完成投资412亿元。"
        "东川区、西岭区进度较快，分别完成年度计划投资的118.2%、109.6%。"
    )
    assert fields(text, "indicator", "completion_rate", "region")[1:] == [
        ("重点项目投资", Decimal("118.2"), "东川区"),
        ("重点项目投资", Decimal("109.6"), "西岭区"),
    ]


def test_a_rate_with_nothing_done_stated_is_measured_against_the_plan_before() -> None:
    text = (
        "全市推进386个重点项目，年度投资超900亿元。"
        "一季度，重点项目已完成年度投资的27.4%，超过时序进度2.4个百分点。"
    )
    assert fields(
        text, "indicator", "value", "qualifier", "completion_rate", "target", "time_progress_gap_pp"
    )[1:] == [
        ("重点项目", None, ">", Decimal("27.4"), Decimal("900"), Decimal("2.4")),
    ]
    # a plan of a count is not the plan of an amount's rate
    text = (
        "40个计划新开工项目已开工26个，开工率65%。"
        "3个省级重点项目完成投资XX亿元，占年度投资计划48.1%。"
    )
    assert Decimal("26") in [f.value for f in extract(text).figures]


def test_a_footnote_mark_is_no_part_of_a_name() -> None:
    figure = only("全县高技术产业【2】产值86.4亿元，增长7.5%。")
    assert (figure.indicator, figure.value) == ("高技术产业产值", Decimal("86.4"))


def test_how_the_work_is_pushed_is_no_part_of_what_is_counted() -> None:
    figure = only("全县持续推进重点项目建设，统筹推动86个“百千万”项目。")
    assert (figure.indicator, figure.value) == ("百千万项目", Decimal("86"))


def test_counties_by_their_short_names_are_places() -> None:
    text = (
        "全省县域中，肥西县GDP达到910亿元；肥东成功迈上700亿元台阶，"
        "长丰突破600亿元，天长和无为突破500亿元。"
    )
    assert fields(text, "region", "value", "qualifier")[1:] == [
        ("肥东", Decimal("700"), ">"),
        ("长丰", Decimal("600"), ">"),
        ("天长", Decimal("500"), ">"),
        ("无为", Decimal("500"), ">"),
    ]
    # a county that ends like a verb (为, 都, 至) keeps its last character
    figure = only("从增速来看，无为以5.5%的增速排在第4。")
    assert (figure.region, figure.yoy_growth) == ("无为", Decimal("5.5"))


def test_places_counted_by_kind_share_the_rate_of_the_figure_before() -> None:
    text = (
        "全年转化科技成果1200项，各市州均完成目标任务，"
        "其中荆门、黄冈、神农架三个市州完成率达到了150%以上。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.completion_rate, f.qualifier) for f in figures][1:] == [
        ("转化科技成果", place, Decimal("150"), ">") for place in ("荆门", "黄冈", "神农架")
    ]
    # an Arabic count of places may go without 个; it is not part of the name
    text = "天水、定西、陇南3市保障性租赁住房开工率超过95%。"
    assert fields(text, "indicator", "region") == [
        ("开工保障性租赁住房", place) for place in ("天水", "定西", "陇南")
    ]


def test_growths_of_places_listed_after_their_state() -> None:
    text = (
        "1-8月，全市完成工业投资80.5亿元，同比增长3.1%。"
        "正增长的有大埔县(120.6%)、蕉岭县(44.3%)等2个县；"
        "负增长的有梅江区(-6.7%)、丰顺县(-21.1%)等2个县(市、区)。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.yoy_growth) for f in figures if f.region] == [
        ("工业投资", "大埔县", Decimal("120.6")),
        ("工业投资", "蕉岭县", Decimal("44.3")),
        ("工业投资", "梅江区", Decimal("-6.7")),
        ("工业投资", "丰顺县", Decimal("-21.1")),
    ]
    # parts rather than places: each part's share of the measure
    text = (
        "前三季度，四大支柱产业实现增加值120.5亿元，同比增长6.2%。"
        "正增长的有烟草(1.2%)、电力(16.8%)，负增长的有建材产业(-2.6%)。"
    )
    assert fields(text, "indicator", "yoy_growth")[1:] == [
        ("烟草增加值", Decimal("1.2")),
        ("电力增加值", Decimal("16.8")),
        ("建材产业增加值", Decimal("-2.6")),
    ]


def test_places_with_rates_in_brackets_then_how_many_and_what_was_measured() -> None:
    text = (
        "呼和浩特市(21.1%)、包头市(20.9%)2个盟市规上工业增加值增速高于全区平均水平；"
        "赤峰市(5.4%)、乌海市(-10.6%)2个盟市低于全区平均水平。"
    )
    figures = extract(text).figures
    growths = [(f.indicator, f.region, f.yoy_growth) for f in figures if f.yoy_growth]
    assert growths == [
        ("规上工业增加值", "呼和浩特市", Decimal("21.1")),
        ("规上工业增加值", "包头市", Decimal("20.9")),
        ("规上工业增加值", "赤峰市", Decimal("5.4")),
        ("规上工业增加值", "乌海市", Decimal("-10.6")),
    ]


def test_a_gap_after_time_progress_in_brackets_and_places_after_qizhong() -> None:
    text = (
        "全市重点项目完成年度计划的61.1%，较时间进度要求(62.5%)稍慢1.4个百分点，"
        "其中新兴县(78.8%)、罗定市(75.9%)高于时间进度要求。"
    )
    assert fields(text, "region", "completion_rate", "time_progress_gap_pp") == [
        (None, Decimal("61.1"), Decimal("-1.4")),
        ("新兴县", Decimal("78.8"), None),
        ("罗定市", Decimal("75.9"), None),
    ]
    figures = extract("重点项目完成年度计划的58.2%，较时间进度略慢2.1个百分点。").figures
    assert [f.time_progress_gap_pp for f in figures] == [Decimal("-2.1")]


def test_numbers_written_digit_by_digit_in_chinese() -> None:
    text = "十月工业生产指数一二三点四四，年增率七点〇六%；零售业营业额四○三○亿元、年增九.四%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("123.44"), Decimal("7.06")),
        (Decimal("4030"), Decimal("9.4")),
    ]
    # words made of digits stay words
    assert [f.value for f in extract("一二三产业增加值分别为5亿元、6亿元和7亿元。").figures] == [
        Decimal("5"), Decimal("6"), Decimal("7"),
    ]  # fmt: skip
    figure = only("全市统一零售网点达到一二百个，新增统一零售网点12个。")
    assert (figure.indicator, figure.value) == ("新增统一零售网点", Decimal("12"))


def test_taiwan_years_as_baselines_and_in_names() -> None:
    figure = only("109年臺北市平均每戶可支配所得為142.3萬元,較108年增加0.05萬元(0.03%)。")
    assert (figure.indicator, figure.region, figure.value, figure.yoy_growth) == (
        "平均每户可支配所得", "台北市", Decimal("142.3"), Decimal("0.03"),
    )  # fmt: skip


def test_a_sign_written_with_the_growth_is_not_turned_again() -> None:
    figure = only("捐款金额19万元，较去年同期减少3.7万元(-16.3%)。")
    assert figure.yoy_growth == Decimal("-16.3")


def test_shanty_towns_are_no_place() -> None:
    figure = only("截至9月底，全省棚户区改造开工12000套，开工率为85.1%。")
    assert (figure.indicator, figure.region, figure.value) == (
        "开工棚户区改造", None, Decimal("12000"),
    )  # fmt: skip


def test_a_list_of_counties_one_named_with_he() -> None:
    text = "前10个月，颍泉、阜南、太和产值增长较快，同比分别增长49.2%、36.6%、29.4%。"
    assert fields(text, "indicator", "region") == [
        ("产值", "颍泉"), ("产值", "阜南"), ("产值", "太和"),
    ]  # fmt: skip
    text = "太和、界首规上工业分别实现产值36.5亿元、35.2亿元。"
    assert [f.region for f in extract(text).figures] == ["太和", "界首"]
    # 和 between words is still the word that joins them: 居民和 is no place 民和
    figures = extract("居民和企业存款分别增长5.1%和6.2%。").figures
    assert [(f.region, f.yoy_growth) for f in figures] == [
        (None, Decimal("5.1")), (None, Decimal("6.2")),
    ]  # fmt: skip


def test_places_listed_after_a_count_of_them_take_what_they_were_counted_by() -> None:
    text = (
        "从市州看，3个市州实际使用外资过亿美元，"
        "依次是武汉58.6亿美元、襄阳6.5亿美元、荆门2.9亿美元。"
    )
    assert fields(text, "indicator", "region", "value")[1:] == [
        ("实际使用外资", "武汉", Decimal("58.6")),
        ("实际使用外资", "襄阳", Decimal("6.5")),
        ("实际使用外资", "荆门", Decimal("2.9")),
    ]
    # a range that names the group is no figure; the places after it take its measure, and
    # 横山区 is a district, not a kind of area (山区)
    text = (
        "GDP在百亿元以上的还有两县，依次分别是：靖边县213.91亿元、横山区124.46亿元，"
        "其中横山区的GDP增速高达10.3%。"
    )
    assert fields(text, "indicator", "region", "value", "yoy_growth") == [
        ("GDP", "靖边县", Decimal("213.91"), None),
        ("GDP", "横山区", Decimal("124.46"), Decimal("10.3")),
    ]


def test_the_difference_with_time_progress_is_a_gap_behind() -> None:
    figure = only(
        "社会消费品零售总额完成417.77亿元，完成年度任务的61.83%，与时序进度差4.84个百分点。"
    )
    assert (figure.completion_rate, figure.time_progress_gap_pp) == (
        Decimal("61.83"), Decimal("-4.84"),
    )  # fmt: skip


def test_a_stock_s_change_since_last_month_is_no_figure() -> None:
    figure = only("失业保险参保人数为464.31万人，同比减少27.43万人，下降5.22%，本月减少21.99万人。")
    assert (figure.value, figure.yoy_growth) == (Decimal("464.31"), Decimal("-5.22"))


def test_a_number_of_places_names_no_topic() -> None:
    text = "全省规上工业增加值增长8.1%。7市增幅高于全省平均，其中鄂州、随州分别增长12.3%、10.6%。"
    assert fields(text, "indicator", "region", "yoy_growth")[1:] == [
        ("规上工业增加值", "鄂州", Decimal("12.3")),
        ("规上工业增加值", "随州", Decimal("10.6")),
    ]


def test_taiwan_numbers_with_a_middle_dot_and_tens_as_one_character() -> None:
    text = "全年外銷訂單金額達六二一八·五億美元，較上年增加九○四·二億美元，增幅達廿一%。"
    figure = only(text)
    assert (figure.value, figure.unit, figure.yoy_growth) == (
        Decimal("6218.5"), "亿美元", Decimal("21"),
    )  # fmt: skip
    figure = only("電子產品接單三一五·七億美元，增幅卅四‧六%。")
    assert (figure.value, figure.yoy_growth) == (Decimal("315.7"), Decimal("34.6"))
    # a day written with a dot is no number
    assert normalize("“五·一”期间").text == "“五·一”期间"


def test_the_rates_of_every_city_listed_after_the_province_s() -> None:
    text = (
        "截至7月底，全省共完成农村改厕任务38250户，完成率为61.2%。"
        "各市州完成率分别为：吉首市80.15%、凤凰县52.5%。"
    )
    assert fields(text, "indicator", "region", "value", "completion_rate") == [
        ("农村改厕", None, Decimal("38250"), Decimal("61.2")),
        ("农村改厕", "吉首市", None, Decimal("80.15")),
        ("农村改厕", "凤凰县", None, Decimal("52.5")),
    ]


def test_a_share_of_the_plan_counted_in_what_it_counts_is_a_completion_rate() -> None:
    figure = only("1-6月，新开工棚户区改造住房2.15万套，占年度计划任务套数的63.4%。")
    assert (figure.value, figure.completion_rate) == (Decimal("2.15"), Decimal("63.4"))


def test_a_rate_of_a_bracketed_plan_names_its_own_indicator() -> None:
    text = "城镇新增就业完成年度计划(12万)的83%，农村劳动力转移就业完成年度计划(8万)的91%。"
    assert fields(text, "indicator", "value", "unit", "target", "completion_rate") == [
        ("城镇新增就业", None, "万", Decimal("12"), Decimal("83")),
        ("农村劳动力转移就业", None, "万", Decimal("8"), Decimal("91")),
    ]


def test_a_rate_heading_with_a_deadline_names_the_rates_listed_after_it() -> None:
    text = (
        "全省累计接种疫苗812.6万剂次。"
        "省内各市6月30日前第二剂接种任务完成率如下：忻州市41.5%；晋中市38.2%。"
    )
    assert fields(text, "indicator", "region", "value", "unit", "completion_rate") == [
        ("接种疫苗", None, Decimal("812.6"), "万剂次", None),
        ("第二剂接种", "忻州市", None, None, Decimal("41.5")),
        ("第二剂接种", "晋中市", None, None, Decimal("38.2")),
    ]


def test_places_that_progressed_faster_take_the_rate_of_the_figure_before() -> None:
    text = (
        "1-6月，新开工改造老旧小区2.8万个，占年度目标任务的63.5%。较5月末提高了9.2个百分点。"
        "其中，开工进展较快的地区：浙江(98.1%)、福建(91.4%)。"
    )
    assert fields(text, "indicator", "region", "completion_rate")[1:] == [
        ("新开工改造老旧小区", "浙江", Decimal("98.1")),
        ("新开工改造老旧小区", "福建", Decimal("91.4")),
    ]
    # without a figure before, the heading names the measure
    text = "开工进展较慢的地区：吉林16.1%，四川16.0%。"
    assert fields(text, "indicator", "region", "completion_rate") == [
        ("开工", "吉林", Decimal("16.1")),
        ("开工", "四川", Decimal("16.0")),
    ]


def test_a_place_heading_a_line_is_the_place_of_its_figures() -> None:
    text = (
        "蒙城县：上报整改一般隐患21981条，整改率100%；上报重大隐患82家，已整改80家，整改率97.56%。\n"
        "利辛县：上报整改一般隐患43774条，整改率99.5%。"
    )
    assert fields(text, "indicator", "region", "value", "completion_rate", "target") == [
        ("上报整改一般隐患", "蒙城县", Decimal("21981"), Decimal("100"), None),
        ("上报重大隐患", "蒙城县", Decimal("82"), None, None),
        ("整改重大隐患", "蒙城县", Decimal("80"), Decimal("97.56"), Decimal("82")),
        ("上报整改一般隐患", "利辛县", Decimal("43774"), Decimal("99.5"), None),
    ]


def test_a_share_of_the_whole_task_stated_is_a_completion_rate() -> None:
    text = "共完成征地215.6亩，占总任务230亩的93.74%；共迁坟18个，占总任务18个的100%。"
    assert fields(text, "indicator", "value", "target", "completion_rate") == [
        ("征地", Decimal("215.6"), Decimal("230"), Decimal("93.74")),
        ("迁坟", Decimal("18"), Decimal("18"), Decimal("100")),
    ]


def test_ranked_lines_under_a_heading_are_the_places_scores() -> None:
    text = (
        "二、乡镇考评得分及排名\n第一名：龙坪镇91.35分\n第二名：城关办事处88.6分\n"
        "第三名：花桥镇85.02分"
    )
    assert fields(text, "indicator", "region", "value", "unit") == [
        ("考评得分", "龙坪镇", Decimal("91.35"), "分"),
        ("考评得分", "城关办事处", Decimal("88.6"), "分"),
        ("考评得分", "花桥镇", Decimal("85.02"), "分"),
    ]


def test_a_rate_of_the_year_s_task_stated_after_the_value() -> None:
    text = (
        "截至5月底，全州已开工52310户，占今年61200户任务数的85.47%，"
        "已竣工9870户，占今年任务数的16.13%。"
    )
    assert fields(text, "indicator", "value", "target", "completion_rate") == [
        ("开工", Decimal("52310"), Decimal("61200"), Decimal("85.47")),
        ("竣工", Decimal("9870"), Decimal("61200"), Decimal("16.13")),
    ]


def test_a_gap_to_the_province_s_time_progress() -> None:
    figure = only("全市支出12.6亿元，完成率为41.3%(附表2)，低于全省序时进度8.7个百分点。")
    assert (figure.completion_rate, figure.time_progress_gap_pp) == (
        Decimal("41.3"), Decimal("-8.7"),
    )  # fmt: skip


def test_the_place_referred_back_to_is_no_part_of_a_name() -> None:
    figure = only("据统计，该县共推广农业新技术36项。")
    assert (figure.indicator, figure.value) == ("推广农业新技术", Decimal("36"))


def test_a_value_said_of_each_place_listed() -> None:
    for text in (
        "今年新认定省级众创空间7家，其中南湖区、北塘区各3家。",
        "今年新认定省级众创空间7家，其中南湖区、北塘区均为3家。",
    ):
        assert fields(text, "indicator", "region", "value")[1:] == [
            ("新认定省级众创空间", "南湖区", Decimal("3")),
            ("新认定省级众创空间", "北塘区", Decimal("3")),
        ]


def test_provinces_by_their_whole_names_are_places() -> None:
    text = "今年入选的电商示范县中，福建省11个，湖南省、湖北省各6个。"
    assert fields(text, "region", "value") == [
        ("福建省", Decimal("11")),
        ("湖南省", Decimal("6")),
        ("湖北省", Decimal("6")),
    ]
    first, second = extract("1-9月，四川省工业投资增长9.3%，陕西省增长6.1%。").figures
    assert (first.indicator, first.region, second.region) == ("工业投资", "四川省", "陕西省")
    # a title the province awards, a word ending in 省: no place
    assert only("其中浙江省科学技术奖6项。").indicator == "浙江省科学技术奖"
    assert only("全年节省财政资金340万元。").region is None


def test_a_converter_s_labelled_notes_and_bare_readings_are_dropped() -> None:
    text = "三(读:sān)、全县新建公办(繁体:辦)小学{拼音:xiǎo}5所，其中西河hé 镇2所。"
    assert normalize(text).text == "三、全县新建公办小学5所，其中西河镇2所。"
    # a word with letters of its own stays
    assert normalize("推广5G基站120个").text == "推广5G基站120个"


def test_after_a_part_that_aims_the_next_parts_aim_too() -> None:
    text = (
        "政府工作报告将今年全市失业率设为4.5%左右，城镇新增就业6万人以上；"
        "居民收入增长与经济增长基本同步；单位地区生产总值能耗下降2.5%左右；"
        "粮食产量24亿斤左右。"
    )
    figures = extract(text).figures
    assert figures[0].indicator == "失业率"
    assert [(f.value, f.target, f.unit) for f in figures] == [
        (None, Decimal("4.5"), "%"),
        (None, Decimal("6"), "万人"),
        (None, Decimal("-2.5"), "%"),
        (None, Decimal("24"), "亿斤"),
    ]
    figure = only("报告提出，今年全市城镇调查失业率定为5.5%左右。")
    assert (figure.value, figure.target) == (None, Decimal("5.5"))
    # a part that says when it was done says what was done
    text = "全年力争引进项目30个以上；上半年新签约项目约12个。"
    assert [f.value for f in extract(text).figures] == [None, Decimal("12")]


def test_periods_and_verbs_of_hong_kong_macau_and_taiwan() -> None:
    figure = only("首三季的访港旅客录得2566万人次，按年增长12.4%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "访港旅客", Decimal("2566"), Decimal("12.4"),
    )  # fmt: skip
    assert only("前十月出口增长8.1%。").indicator == "出口"
    figure = only("預估稻米產量0.3兆斤。")  # (a forecast: aimed at, in 兆斤)
    assert (figure.indicator, figure.target, figure.unit) == ("稻米产量", Decimal("0.3"), "兆斤")


def test_a_page_break_before_an_amount_and_a_full_stop_typed_as_a_point() -> None:
    text = "全县累计到位资金\n\n12870 万元,到位率为 61%.各乡镇到位率:东岭镇 88%、西坪镇 47%."
    assert normalize(text).text == (
        "全县累计到位资金12870万元，到位率为61%。各乡镇到位率：东岭镇88%、西坪镇47%。"
    )
    # a heading before a year stays a paragraph of its own; a numbered heading keeps its point
    assert normalize("一、总体情况\n\n2024年全县").text == "一、总体情况\n\n2024年全县"
    assert normalize("3.项目建设").text == "3.项目建设"
    # a point inside brackets ends no sentence
    assert normalize("34.11万亿元（人民币．下同），增长2.7%").text == (
        "34.11万亿元(人民币.下同)，增长2.7%"
    )


def test_each_place_s_rate_of_the_stage_the_whole_reached() -> None:
    text = "全市农村供水工程开工312处，开工率为78%。各县开工率：北川县100%、南溪县64%。"
    assert fields(text, "indicator", "region", "value", "completion_rate") == [
        ("开工农村供水工程", None, Decimal("312"), Decimal("78")),
        ("开工农村供水工程", "北川县", None, Decimal("100")),
        ("开工农村供水工程", "南溪县", None, Decimal("64")),
    ]


def test_places_at_one_end_of_a_ranking_with_a_value_each() -> None:
    text = "PM2.5平均浓度最低的3个城市依次是东州、西川和南平，分别为31、36和36 μg/m3。"
    assert fields(text, "indicator", "region", "value", "unit") == [
        ("PM2.5平均浓度", "东州", Decimal("31"), "μg/m3"),
        ("PM2.5平均浓度", "西川", Decimal("36"), "μg/m3"),
        ("PM2.5平均浓度", "南平", Decimal("36"), "μg/m3"),
    ]


def test_an_index_that_improves_falls() -> None:
    first, second = extract("优良天数比例为81.2%，同比改善4.1%；PM10浓度同比恶化2.6%。").figures
    assert (first.yoy_growth, second.yoy_growth) == (Decimal("-4.1"), Decimal("2.6"))


def test_a_county_whose_whole_name_is_two_characters() -> None:
    figure = only("截至目前，沛县农村危房改造工程已开工1620户，开工率81%。")
    assert (figure.indicator, figure.region, figure.completion_rate) == (
        "开工农村危房改造工程", "沛县", Decimal("81"),
    )  # fmt: skip
    assert only("县域规上工业增加值增长8.2%。").region is None


def test_places_in_brackets_after_how_they_stood_by_a_measure() -> None:
    text = "问题办结率较低的镇街是东岭镇(71.25%)、西坪街道(64.8%)。回访率偏低的是南湖街道(88.5%)。"
    assert fields(text, "indicator", "region", "value") == [
        ("问题办结率", "东岭镇", Decimal("71.25")),
        ("问题办结率", "西坪街道", Decimal("64.8")),
        ("回访率", "南湖街道", Decimal("88.5")),
    ]


def test_a_share_of_the_planned_amount_is_a_completion_rate() -> None:
    figure = only("全县累计拨付项目资金3.6亿元，占年初计划筹资额的72.4%。")
    assert (figure.value, figure.completion_rate) == (Decimal("3.6"), Decimal("72.4"))


def test_calls_are_counted_in_tong() -> None:
    figure = only("热线共接听群众来电1268通。")
    assert (figure.value, figure.unit) == (Decimal("1268"), "通")
    assert only("共有12个项目通过验收。").value == Decimal("12")


def test_a_sentence_comparing_the_growth_just_stated_with_places() -> None:
    text = (
        "1-8月，全市社会消费品零售总额1286.4亿元，同比增长4.2%。"
        "增速高于东州市(3.1%)、西川市(2.7%)，低于全省(4.8%)。"
    )
    assert fields(text, "indicator", "region", "yoy_growth")[1:] == [
        ("社会消费品零售总额", "东州市", Decimal("3.1")),
        ("社会消费品零售总额", "西川市", Decimal("2.7")),
        ("社会消费品零售总额", "全省", Decimal("4.8")),
    ]


def test_values_listed_share_the_multiplier_and_unit_of_the_last() -> None:
    text = "粮油类、日用品类和服装类分别实现零售额12.6、8.3、20.5亿元，分别增长6.1%、3.2%和7.4%。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("粮油类零售额", Decimal("12.6"), "亿元", Decimal("6.1")),
        ("日用品类零售额", Decimal("8.3"), "亿元", Decimal("3.2")),
        ("服装类零售额", Decimal("20.5"), "亿元", Decimal("7.4")),
    ]


def test_funds_and_projects_won_from_above_are_no_targets() -> None:
    text = "去年全市争取省科技厅立项36项，争取投入2150万元。"
    assert fields(text, "value", "target") == [
        (Decimal("36"), None),
        (Decimal("2150"), None),
    ]


def test_the_stages_of_a_task_take_it_as_their_target() -> None:
    text = (
        "截至8月底，全省下达农村危房改造任务2.4万户，已开工21360户，开工率89%；"
        "竣工6240户，竣工率26%。"
    )
    assert fields(text, "indicator", "value", "target", "completion_rate") == [
        ("开工农村危房改造", Decimal("21360"), Decimal("24000"), Decimal("89")),
        ("竣工农村危房改造", Decimal("6240"), Decimal("24000"), Decimal("26")),
    ]


def test_a_stage_named_after_the_set_comes_first_in_what_was_done() -> None:
    done = only("全县D级危房竣工318户。")
    assert (done.indicator, done.value) == ("竣工D级危房", Decimal("318"))
    planned = only("今年计划乡级公路完工420公里。")
    assert (planned.indicator, planned.target) == ("乡级公路完工", Decimal("420"))


def test_a_nominal_growth_is_the_growth_of_the_figure() -> None:
    figure = only("1-9月，全区完成固定资产投资86.4亿元，同比名义增长7.3%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "固定资产投资", Decimal("86.4"), Decimal("7.3"),
    )  # fmt: skip


def test_a_small_full_stop_between_digits_is_a_point() -> None:
    figure = only("全省新开工改造老旧小区2﹒36万个，占全年计划的81﹒4%。")
    assert (figure.value, figure.unit, figure.completion_rate) == (
        Decimal("2.36"), "万个", Decimal("81.4"),
    )  # fmt: skip


def test_digits_grouped_by_ten_thousands_are_one_number() -> None:
    figure = only("113年度岁出预算数2367,0415,000元。")
    assert (figure.value, figure.unit) == (Decimal("23670415000"), "元")


def test_a_growth_on_a_year_long_past_is_no_yoy_growth() -> None:
    text = (
        "2025年第3季旅客总消费同比上升12.4%至188.6亿元；较2019年第3季亦增加9.7%。"
        "人均消费为1,986元，较2019年同季上升21.5%；与2024年同期比较则下跌6.1%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("旅客总消费", Decimal("188.6"), Decimal("12.4")),
        ("人均消费", Decimal("1986"), Decimal("-6.1")),
    ]


def test_growth_words_around_the_growth_are_no_names() -> None:
    text = (
        "全县一般公共预算收入9.36亿元，扣除增值税留抵退税因素后可比增长6.4%；"
        "限上零售额4.18亿元，同步增长3.9%；工业税收2.7亿元，逆势增长1.2%；"
        "地区生产总值38.5亿元，同比增5.6%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("一般公共预算收入", Decimal("9.36"), Decimal("6.4")),
        ("限上零售额", Decimal("4.18"), Decimal("3.9")),
        ("工业税收", Decimal("2.7"), Decimal("1.2")),
        ("地区生产总值", Decimal("38.5"), Decimal("5.6")),
    ]


def test_a_fraction_that_ends_in_a_round_share_and_a_little_more() -> None:
    figure = only("该镇线缆产量占全省的五分之一强。")
    assert (str(figure.value), figure.unit, figure.qualifier) == ("20", "%", ">")


def test_a_trend_in_two_figures_and_a_growth_past_a_bound() -> None:
    text = "服务业增加值实现两位数增长，同比增长12.6%。开票销售收入接近9亿元，同比增幅超过了30%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("服务业增加值", None, Decimal("12.6")),
        ("开票销售收入", Decimal("9"), Decimal("30")),
    ]


def test_places_by_a_view_of_where_and_a_county_with_a_home_word_in_its_name() -> None:
    text = "累计转办信访举报件61件，按地区分布为：雨城区21件，天全县9件，荥经县7件。"
    assert fields(text, "indicator", "region", "value")[1:] == [
        ("转办信访举报件", "雨城区", Decimal("21")),
        ("转办信访举报件", "天全县", Decimal("9")),
        ("转办信访举报件", "荥经县", Decimal("7")),
    ]


def test_places_listed_at_a_bound_they_passed() -> None:
    text = (
        "1-8月，全省新开工农村公路改造2.46万公里。分市看，南平、三明、龙岩等3个地区开工率超过85%。"
        "厦门、泉州等2个城市农村生活污水处理率已超过92%。"
    )
    got = fields(text, "indicator", "region", "value", "qualifier", "completion_rate")  # fmt: skip
    assert got[1:] == [
        ("开工率超过85%地区", None, Decimal("3"), None, None),
        ("新开工农村公路改造", "南平", None, ">", Decimal("85")),
        ("新开工农村公路改造", "三明", None, ">", Decimal("85")),
        ("新开工农村公路改造", "龙岩", None, ">", Decimal("85")),
        ("农村生活污水处理率超过92%城市", None, Decimal("2"), None, None),
        ("农村生活污水处理率", "厦门", Decimal("92"), ">", None),
        ("农村生活污水处理率", "泉州", Decimal("92"), ">", None),
    ]


def test_places_judged_by_a_stage_rate_take_the_count_that_reached_it() -> None:
    text = (
        "全省棚户区改造新开工3.2万套，占年度目标任务的71.5%；涉及居民5.6万户。"
        "其中，开工进展较快的地区：甲市96.2%，乙县90.4%。"
        "竣工1.1万套，竣工率24.6%。竣工率较高的市县有丙市(41%)、丁县(38.5%)。"
    )
    got = [(f.indicator, f.region, f.completion_rate) for f in extract(text).figures if f.region]
    assert got == [
        ("新开工棚户区改造", "甲市", Decimal("96.2")),
        ("新开工棚户区改造", "乙县", Decimal("90.4")),
        ("竣工", "丙市", Decimal("41")),
        ("竣工", "丁县", Decimal("38.5")),
    ]


def test_banners_are_places_and_what_was_found_is_named_after_the_count() -> None:
    text = "本周全市共发现12个火点，其中达拉特旗5个，鄂托克前旗4个，东胜区3个。"
    assert fields(text, "indicator", "region", "value") == [
        ("发现火点", None, Decimal("12")),
        ("发现火点", "达拉特旗", Decimal("5")),
        ("发现火点", "鄂托克前旗", Decimal("4")),
        ("发现火点", "东胜区", Decimal("3")),
    ]


def test_an_estimate_of_a_harvest_that_is_in_is_what_was_done() -> None:
    done = only("全县夏粮喜获丰收，小麦预计总产8.36万吨。")
    assert (done.indicator, done.value, done.target) == ("小麦总产", Decimal("8.36"), None)
    planned = only("今年全县计划种植小麦12万亩。")
    assert (planned.value, planned.target) == (None, Decimal("12"))


def test_an_aside_on_a_count_of_homes_and_the_rate_of_homes_let() -> None:
    text = "基本建成3412套(含往年结转项目)，建成率达113.73%；配租配售2150套，配租配售率达86%。"
    assert fields(text, "indicator", "value", "completion_rate") == [
        ("基本建成", Decimal("3412"), Decimal("113.73")),
        ("配租配售", Decimal("2150"), Decimal("86")),
    ]


def test_an_amount_then_the_part_of_it_already_done() -> None:
    figure = only("其中省级专项资金3.48亿元，已完成1.92亿元。")
    assert (figure.indicator, figure.value, figure.target) == (
        "省级专项资金", Decimal("1.92"), Decimal("3.48"),
    )  # fmt: skip
    assert len(extract("实现营业收入3.48亿元，利润1.92亿元。").figures) == 2


def test_places_ranked_by_growth_after_what_they_have_in_common() -> None:
    text = (
        "1-10月，投资增速排前三位的均为山区县，分别是怀集县(21.3%)、连山县(18.6%)、封开县(9.2%)。"
    )
    assert fields(text, "region", "value", "yoy_growth") == [
        ("怀集县", None, Decimal("21.3")),
        ("连山县", None, Decimal("18.6")),
        ("封开县", None, Decimal("9.2")),
    ]


def test_places_judged_by_their_growth_and_listed() -> None:
    text = "工业投资增速较快的省份有江西(31.5%)、湖南(12.8%)。"
    assert fields(text, "indicator", "region", "yoy_growth") == [
        ("工业投资", "江西", Decimal("31.5")),
        ("工业投资", "湖南", Decimal("12.8")),
    ]


def test_passenger_kilometres_and_ten_months_in_digits() -> None:
    text = "前10月，全市旅客周转量38615万人公里，货物周转量126432万吨公里，增长4.2%。"
    assert fields(text, "indicator", "unit", "period") == [
        ("旅客周转量", "万人公里", "前10月"),
        ("货物周转量", "万吨公里", "前10月"),
    ]


def test_a_heading_number_before_a_count_is_neither_a_point_nor_a_name() -> None:
    figure = only("3. 5个重点镇增速低于全市水平。")
    assert figure.value == Decimal("5")
    assert "3" not in figure.indicator


def test_places_set_apart_with_except_are_places() -> None:
    text = "10月份，全省九个设区市中除泉州、漳州分别增长12.4%、12.3%外，其余增速均超13%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("泉州", Decimal("12.4")),
        ("漳州", Decimal("12.3")),
    ]  # no measure is named: the places name the growths, and nine 设区市 is no figure
    text = "规上工业增加值增长9.1%，九个设区市中除泉州、漳州分别增长12.4%、12.3%外，其余均超13%。"
    assert fields(text, "indicator", "region", "yoy_growth")[1:] == [
        ("规上工业增加值", "泉州", Decimal("12.4")),
        ("规上工业增加值", "漳州", Decimal("12.3")),
    ]


def test_a_growth_raised_from_a_range_of_months_to_the_latest() -> None:
    figure = only("第二产业投资增速由1月至2月的12.5%提高到31.6%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "第二产业投资", None, Decimal("31.6"),
    )  # fmt: skip


def test_planned_projects_already_started_and_another_sets_rate() -> None:
    text = "全县368个计划建设项目已开复工301个，县级重点工程开复工率达82.4%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal("301"), Decimal("368"), None),
        (None, None, Decimal("82.4")),
    ]


def test_estimates_in_a_review_of_the_year_just_ended_are_what_was_done() -> None:
    text = "过去一年，全县新签约项目326个；预计新增规上工业企业超40家，研发投入强度预计达2.6%。"
    assert fields(text, "value", "target") == [
        (Decimal("326"), None),
        (Decimal("40"), None),
        (Decimal("2.6"), None),
    ]
    ahead = only("今年，预计新增规上工业企业40家。")
    assert (ahead.value, ahead.target) == (None, Decimal("40"))


def test_what_projects_counted_plan_to_invest_is_a_value() -> None:
    text = "签约项目18个，计划投资126亿元；新签约项目52个，计划投资总额341亿元，同比增长9.6%。"
    assert fields(text, "value", "target") == [
        (Decimal("18"), None),
        (Decimal("126"), None),
        (Decimal("52"), None),
        (Decimal("341"), None),
    ]
    planned = extract("全年计划实施项目18个，计划投资126亿元。").figures
    assert [(f.value, f.target) for f in planned] == [(None, Decimal("18")), (None, Decimal("126"))]


def test_chinese_numbers_in_hundreds_and_thousands_with_a_point() -> None:
    text = "全年度出口四千零十二点六亿美元，进口两百一十九点八亿美元。"
    assert fields(text, "indicator", "value") == [
        ("出口", Decimal("4012.6")),
        ("进口", Decimal("219.8")),
    ]


def test_a_change_on_the_month_before_is_no_growth_and_taiwans_year_aside() -> None:
    text = "二、9月底受雇员工人数812万3千人，较上月底增2万人或0.25%，"
    figure = only(text + "较上(106)年同月底亦增9万1千人或1.13%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "受雇员工人数", Decimal("8123000"), Decimal("1.13"),
    )  # fmt: skip


def test_a_plan_of_projects_followed_by_what_was_done_stays_a_target() -> None:
    text = "其中9个项目被列为县级重点项目，计划投资5.3亿元，实际完成投资6.1亿元。"
    assert fields(text, "value", "target")[-1] == (
        Decimal("6.1"), Decimal("5.3"),
    )  # fmt: skip


def test_a_floor_and_a_goal_striven_for_each_with_a_growth_aimed_at() -> None:
    text = "外贸进出口总额：底线目标46亿美元，增长8.5%；奋斗目标49亿美元，增长15%。"
    assert fields(text, "indicator", "unit", "target") == [
        ("外贸进出口总额", "亿美元", Decimal("46")),
        ("外贸进出口总额", "%", Decimal("8.5")),
        ("外贸进出口总额", "亿美元", Decimal("49")),
        ("外贸进出口总额", "%", Decimal("15")),
    ]


def test_instruments_verified_in_units_of_pieces_over_three_quarters() -> None:
    text = "一至三季度共检定电能表3.6万台件，合格率为99.1%。"
    first = extract(text).figures[0]
    assert (first.indicator, first.value, first.unit, first.period) == (
        "检定电能表", Decimal("3.6"), "万台件", "一至三季度",
    )  # fmt: skip


def test_funds_paid_out_of_funds_received_and_a_growth_on_the_same_basis() -> None:
    text = "全县累计到位民生工程资金12.4亿元；累计拨付民生工程资金11.9亿元，拨付率达96%。"
    paid = extract(text).figures[-1]
    assert (paid.value, paid.completion_rate, paid.target) == (
        Decimal("11.9"), Decimal("96"), Decimal("12.4"),
    )  # fmt: skip
    figure = only("一般公共预算收入21.3亿元，同口径对比增长12.6%。")
    assert (figure.indicator, figure.yoy_growth) == ("一般公共预算收入", Decimal("12.6"))


def test_places_counted_by_how_their_measure_went_and_listed_with_growths() -> None:
    text = (
        "全市有5个县(市、区)技改投资呈正增长：恩平市(56.2%)、台山市(12.4%)。"
        "其余2个县(市、区)均为负增长：鹤山市(-3.1%)、开平市(-8.7%)。"
    )
    assert fields(text, "indicator", "region", "value", "yoy_growth") == [
        ("技改投资正增长县(市、区)", None, Decimal("5"), None),
        ("技改投资", "恩平市", None, Decimal("56.2")),
        ("技改投资", "台山市", None, Decimal("12.4")),
        ("负增长县(市、区)", None, Decimal("2"), None),
        ("技改投资", "鹤山市", None, Decimal("-3.1")),
        ("技改投资", "开平市", None, Decimal("-8.7")),
    ]
    counts = extract("全省有11个州市实现增长，5个州市下降。").figures
    assert [(f.indicator, f.value) for f in counts] == [
        ("增长州市", Decimal("11")),
        ("下降州市", Decimal("5")),
    ]


def test_growths_of_levels_listed_before_a_share_of_their_total() -> None:
    text = (
        "长三角、珠三角、京津冀高新技术企业分别为9.6万家、7.2万家和4.1万家，"
        "合计占全国的52.3%，分别同比增长12.1%、9.8%和7.5%。"
    )
    assert fields(text, "region", "value", "yoy_growth")[:3] == [
        ("长三角", Decimal("9.6"), Decimal("12.1")),
        ("珠三角", Decimal("7.2"), Decimal("9.8")),
        ("京津冀", Decimal("4.1"), Decimal("7.5")),
    ]


def test_estimates_in_a_summing_up_of_the_years_work_are_what_was_done() -> None:
    text = "市长在总结2025年工作时指出，预计全市研发投入强度2.9%左右，高新技术企业约1200家。"
    assert fields(text, "value", "target", "qualifier") == [
        (Decimal("2.9"), None, "≈"),
        (Decimal("1200"), None, "≈"),
    ]


def test_tasks_counted_then_the_part_done_with_its_rate_in_brackets() -> None:
    text = "12个社区食堂建设已完成9个(75%)，340场送电影下乡已送289场(85%)。"
    assert fields(text, "indicator", "value", "target", "completion_rate") == [
        ("完成社区食堂建设", Decimal("9"), Decimal("12"), Decimal("75")),
        ("送电影下乡", Decimal("289"), Decimal("340"), Decimal("85")),
    ]


def test_complaints_handled_solved_and_closed_take_their_rates() -> None:
    text = "共收到投诉举报820件，已处理801件，处理率97.68%。"
    handled = extract(text).figures[-1]
    assert (handled.value, handled.completion_rate, handled.target) == (
        Decimal("801"), Decimal("97.68"), Decimal("820"),
    )  # fmt: skip
    text = "共受理欠薪案件265件，办结261件，结案率98.5%。"
    closed = extract(text).figures[-1]
    assert (closed.value, closed.completion_rate, closed.target) == (
        Decimal("261"), Decimal("98.5"), Decimal("265"),
    )  # fmt: skip
    sewage = only("全县农村生活污水处理率达到68%。")
    assert (sewage.value, sewage.completion_rate) == (Decimal("68"), None)


def test_spending_of_the_years_whole_and_a_change_named_an_amount() -> None:
    spent = only("全区一般公共预算支出完成全年支出的71.2%，较上年同期提高0.4个百分点。")
    assert (spent.indicator, spent.value, spent.completion_rate) == (
        "一般公共预算支出", None, Decimal("71.2"),
    )  # fmt: skip
    income = only("1-9月，全县农村居民人均实现可支配收入9812元，同比增加额706元，增幅7.8%。")
    assert (income.indicator, income.value, income.yoy_growth) == (
        "农村居民人均可支配收入", Decimal("9812"), Decimal("7.8"),
    )  # fmt: skip
    assert only("丙县产值较少为56.3亿元。").value == Decimal("56.3")


def test_a_count_before_its_noun_is_named_without_the_adverb_and_verb_after_it() -> None:
    projects = extract("重点推进的80个市级项目共到位资金301.5亿元。").figures
    assert [(f.indicator, f.value) for f in projects] == [
        ("市级项目", Decimal("80")), ("市级项目到位资金", Decimal("301.5")),
    ]  # fmt: skip
    assert only("8件民生实事全部完成年度目标。").indicator == "民生实事"
    assert extract("312个在库重大项目上报完成投资574.2亿元。").figures[0].indicator == (
        "在库重大项目"
    )


def test_shares_taken_of_what_is_named_after_them() -> None:
    labs = extract("示范区聚集了近70%的省重点实验室、55%的省技术创新中心。").figures
    assert [(f.indicator, f.value, f.qualifier) for f in labs] == [
        ("省重点实验室占比", Decimal("70"), "≈"), ("省技术创新中心占比", Decimal("55"), None),
    ]  # fmt: skip
    zones = extract("各园区以占全市5.4%的土地创造了38%的工业产值和47%的税收。").figures
    assert [f.indicator for f in zones] == [
        "土地占全市比重",
        "工业产值占全市比重",
        "税收占全市比重",
    ]
    assert not extract("约60%的企业实现增长。").figures


def test_a_growth_wrapped_after_its_decimal_point_is_one_number() -> None:
    figure = extract("全县规上工业增加值21.3亿元，同比增长6.\n4%；其他略。").figures[0]
    assert (figure.value, figure.yoy_growth) == (Decimal("21.3"), Decimal("6.4"))


def test_shares_of_counted_kinds_listed_with_their_counts() -> None:
    text = (
        "全市5家园区实现产值812.5亿元、税收31.2亿元，拥有高新技术企业215家、"
        "专精特新企业96家，分别占全市总数的41.3%和37.6%。"
    )
    shares = extract(text).figures[-2:]
    assert [(f.indicator, f.value, f.region) for f in shares] == [
        ("高新技术企业占全市总数", Decimal("41.3"), None),
        ("专精特新企业占全市总数", Decimal("37.6"), None),
    ]


def test_parts_of_a_set_said_with_de_you_take_the_sets_noun() -> None:
    text = "今年全区承担46项省定项目，全面完成全年目标任务的有21项，占45.7%；按进度实施的有19项。"
    whole, done, on_time = extract(text).figures[:3]
    assert (done.indicator, done.value, done.target) == (
        "全面完成全年目标任务省定项目", Decimal("21"), whole.value,
    )  # fmt: skip
    assert (on_time.indicator, on_time.value, on_time.target) == (
        "按进度实施省定项目", Decimal("19"), None,
    )  # fmt: skip
    text = "全市安排的64个重点项目中，已开工60个；完成投资高于时序进度的有41个。"
    ahead = extract(text).figures[-1]
    assert (ahead.indicator, ahead.target) == ("完成投资高于时序进度重点项目", None)
    assert only("截至10月底，超时间任务进度的实事项目有9项。").value == Decimal("9")


def test_rates_of_the_years_plan_without_a_percent_sign() -> None:
    text = "1至6月，完成地区生产总值42600万元，占年计划的55.4，同比增长12.6；"
    gdp = only(text)
    assert (gdp.completion_rate, gdp.yoy_growth) == (Decimal("55.4"), Decimal("12.6"))
    text = "6个重点项目本年完成投资2310万元，占年度计划完成投资15400万元的15%。"
    invested = extract(text).figures[-1]
    assert (invested.indicator, invested.completion_rate, invested.target) == (
        "重点项目投资", Decimal("15"), Decimal("15400"),
    )  # fmt: skip


def test_bare_shares_after_the_first_take_its_whole() -> None:
    text = "其中规上工业215户，占“四上”企业总量的31.2%；建筑业98户，占14.2%。"
    shares = [f for f in extract(text).figures if f.unit == "%"]
    assert [(f.indicator, f.value) for f in shares] == [
        ("规上工业占四上企业总量", Decimal("31.2")), ("建筑业占四上企业总量", Decimal("14.2")),
    ]  # fmt: skip
    assert extract("农业产值11.4亿元，占51.1%。").figures[-1].indicator == "农业产值占比"


def test_places_that_each_did_something_and_a_place_before_a_bare_verb() -> None:
    added = extract("青石县新增9户，南浦区和西岭区各新增7户。").figures
    assert [(f.indicator, f.value, f.region) for f in added] == [
        ("新增", Decimal("9"), "青石县"),
        ("新增", Decimal("7"), "南浦区"),
        ("新增", Decimal("7"), "西岭区"),
    ]
    text = "全市新增高新技术企业45家，其中东川区新增12家。"
    part = extract(text).figures[-1]
    assert (part.indicator, part.region) == ("新增高新技术企业", "东川区")
    text = "全市发明专利授权量达到684件，西溪县仅授权9件。"
    assert extract(text).figures[-1].indicator == "发明专利授权量"


def test_estimates_in_a_review_of_past_years_are_what_was_done() -> None:
    text = (
        "一、过去五年工作回顾\n五年来，全区经济社会发展取得新成绩。"
        "2021年，预计实现地区生产总值48.2亿元，固定资产投资6.5亿元。"
    )
    assert fields(text, "value", "target") == [
        (Decimal("48.2"), None), (Decimal("6.5"), None),
    ]  # fmt: skip
    plan = extract("2026年，预计实现地区生产总值52亿元。").figures[0]
    assert (plan.value, plan.target) == (None, Decimal("52"))


def test_a_symbol_dropped_inside_a_word_goes_and_a_zero_written_as_a_circle_stays() -> None:
    text = "1-9月，全⌒县规上工№业增加值19.7亿元，同比增长13.8%。"
    figure = only(text)
    assert (figure.indicator, figure.value) == ("规上工业增加值", Decimal("19.7"))
    assert text[figure.span[0] : figure.span[1]].startswith("规上工№业增加值")
    assert normalize("二○二四年全县完成工业投资12.5亿元。").text.startswith("2024年")


def test_a_level_keeps_its_first_growth_its_target_after_its_share_and_no_change() -> None:
    text = "1-11月，全县规模工业产值86.4亿元，同比增长21%，可比增长26%；占年度目标92%。"
    output = only(text)
    assert (output.yoy_growth, output.completion_rate) == (Decimal("21"), Decimal("92"))
    text = "1-10月，全市规上工业增加值128.2亿元，环比扩大3.6亿元，完成考核目标160亿元的80.1%。"
    assert only(text).target == Decimal("160")
    text = "当月全县规模以上工业增加值3.12亿元，按可比口径计算同比增长16%。"
    assert only(text).yoy_growth == Decimal("16")
    text = (
        "完成工业投资131亿元，占全市固定资产投资的比重达32.5%，"
        "完成年度目标125亿元的104.8%，同比增长18.2%。"
    )
    level, share = extract(text).figures
    assert (level.target, level.completion_rate, level.yoy_growth) == (
        Decimal("125"), Decimal("104.8"), Decimal("18.2"),
    )  # fmt: skip
    assert (share.value, share.target) == (Decimal("32.5"), None)


def test_places_judged_by_a_rate_listed_after_a_county_level_kind_in_brackets() -> None:
    text = "已开工48个，开工率52%，其中项目开工率较高的县(市)为：南浦县71%、西岭市63%。"
    places = extract(text).figures[1:]
    assert [(f.indicator, f.completion_rate, f.region) for f in places] == [
        ("开工", Decimal("71"), "南浦县"), ("开工", Decimal("63"), "西岭市"),
    ]  # fmt: skip
    bound = extract("其中完工率超过50%的县(市)为：南浦县86%、西岭市65%。").figures
    assert [(f.indicator, f.region) for f in bound] == [("完工", "南浦县"), ("完工", "西岭市")]


def test_a_baseline_before_a_level_reached_with_le() -> None:
    figure = only("园区总数从2020年的152家增加到了166家。")
    assert (figure.value, figure.unit) == (Decimal("166"), "家")


def test_a_target_stated_alone_is_the_target_of_the_level_so_far_in_another_sentence() -> None:
    text = (
        "今年全省计划改造农村危房3.6万户、涉及人口9.2万人。"
        "1-7月，全省改造农村危房3.1万户、惠及人口8.4万人，按户数计完成率86.1%。"
    )
    homes, people = extract(text).figures
    assert (homes.value, homes.target, homes.completion_rate) == (
        Decimal("3.1"), Decimal("3.6"), Decimal("86.1"),
    )  # fmt: skip
    assert (people.indicator, people.value, people.target) == (
        "惠及人口", Decimal("8.4"), Decimal("9.2"),
    )  # fmt: skip
    # the plan after the level, when the level's rate agrees with it
    text = "截至9月底，全区已建成安置房1210套，完成年度目标的55%。今年全区计划建成安置房2200套。"
    assert (only(text).value, only(text).target) == (Decimal("1210"), Decimal("2200"))
    # not: a plan of the work ahead, a level of last year, a total against a yearly plan
    text = "下一步，我们将确保全年新增规上企业40家。1-9月新增规上企业31家。"
    assert [f.target for f in extract(text).figures] == [Decimal("40"), None]
    text = "今年全区工业投资力争突破120亿元。去年，全区工业投资完成87.6亿元，增长12.9%。"
    assert [f.target for f in extract(text).figures] == [Decimal("120"), None]
    text = "今年列入重点项目51个，年度计划投资533.2亿元。截至目前，项目总投资3423.4亿元。"
    assert Decimal("533.2") in [f.target for f in extract(text).figures]


def test_a_level_said_twice_by_the_same_name_is_one_figure_with_all_it_is_said_to_be() -> None:
    text = (
        "1-10月，全县完成交通投资64.8亿元，完成率92.6%。"
        "二、交通投资完成情况。1-10月全县交通投资64.8亿元，同比增长13.4%。"
    )
    figure = only(text)
    assert (figure.completion_rate, figure.yoy_growth) == (Decimal("92.6"), Decimal("13.4"))
    text = "全区共受理热线工单468件，已办结468件，办结率100%。"
    assert [f.value for f in extract(text).figures] == [Decimal("468"), Decimal("468")]


def test_progress_named_in_other_words_or_by_its_kind_is_the_rate_of_the_level_before() -> None:
    figure = only("截至8月底，青石县修复灾毁道路312处，灾毁道路修复进度约为64%。")
    assert (figure.value, figure.completion_rate) == (Decimal("312"), Decimal("64"))
    figure = only("南浦镇已改造提升农贸市场14个，形象进度90%以上。")
    assert (figure.value, figure.completion_rate) == (Decimal("14"), Decimal("90"))


def test_the_share_of_work_done_is_a_rate_named_by_the_work_and_the_country_is_no_name() -> None:
    # (named by the verb as written: 已收 is 收, 已播种 is 播种)
    figures = extract("截至11月5日，全国晚稻已收68.4%，冬油菜已播种52.1%。").figures
    assert [(f.indicator, f.value, f.completion_rate) for f in figures] == [
        ("收晚稻", None, Decimal("68.4")), ("播种冬油菜", None, Decimal("52.1")),
    ]  # fmt: skip
    assert only("全国新建改建农村公路12.6万公里。").indicator == "新建改建农村公路"
    assert only("全市新增全国重点实验室2家。").indicator == "新增全国重点实验室"


def test_what_a_day_did_is_done_and_a_bare_total_done_is_of_the_plan_before_it() -> None:
    plan, today = extract("西岭镇计划植树3200亩，今日植树46亩，累计完成2870亩。").figures
    assert (plan.indicator, plan.value, plan.target) == ("植树", Decimal("2870"), Decimal("3200"))
    assert (today.value, today.target) == (Decimal("46"), None)


def test_growths_written_with_a_plus_sign() -> None:
    text = "其中甲、乙两类产品产值分别是318万元、2406万元，同比+12.35%、+6.08%。"
    assert [f.yoy_growth for f in extract(text).figures] == [Decimal("12.35"), Decimal("6.08")]


def test_an_estimate_of_the_period_reported_is_what_was_done_but_not_one_of_the_year() -> None:
    text = "1-8月，全区生产总值增长7.5%，预计社会消费品零售总额完成96.2亿元。"
    assert extract(text).figures[1].value == Decimal("96.2")
    text = "1-8月，全区完成投资50亿元，预计全年完成投资80亿元，项目预计达产产值20亿元。"
    assert [f.target for f in extract(text).figures] == [None, Decimal("80"), Decimal("20")]


def test_how_far_above_or_below_the_plan_in_points_is_a_completion_rate() -> None:
    figure = only("完成投资2.4亿元，比年度计划高20个百分点。")
    assert (figure.completion_rate, figure.target) == (Decimal("120"), Decimal("2.0"))
    assert only("完成投资4.9亿元，较计划低2个百分点。").completion_rate == Decimal("98")
    text = "全年引进项目52个，到位资金88亿元，超额完成年度目标任务12%。"
    assert extract(text).figures[1].completion_rate == Decimal("112")


def test_a_growth_named_by_fewer_words_of_the_level_and_an_estimate_for_a_period_to_come() -> None:
    text = "全县研发人员投入总量达4820人，研发人员总量同比增长12.6%。"
    assert only(text).yoy_growth == Decimal("12.6")
    text = "到2026年一季度，全市高新技术企业预计超过800家。"
    assert (only(text).value, only(text).target) == (None, Decimal("800"))


def test_a_word_after_the_last_of_a_list_covers_it_and_estimates_of_a_list_are_done() -> None:
    text = "力争城乡居民人均可支配收入分别增长6%、7.5%以上。"
    assert [f.qualifier for f in extract(text).figures] == [">", ">"]
    text = "力争完成工业投资48亿元、增长10%以上。"
    assert extract(text).figures[0].qualifier is None
    text = "预计全年，城乡居民人均可支配收入分别实现41260元、21875元，增长5.1%、6.8%左右。"
    assert [f.value for f in extract(text).figures] == [Decimal("41260"), Decimal("21875")]


def test_a_growth_then_the_level_it_reached_past_a_milestone_is_one_figure() -> None:
    figure = only("全县生产总值增长5.8%，首次突破两百亿元大关，达到203.4亿元。")
    assert (figure.value, figure.unit, figure.yoy_growth) == (
        Decimal("203.4"), "亿元", Decimal("5.8"),
    )  # fmt: skip
    text = "固定资产投资增长9.6%；12个省重点项目全部开工。"
    assert [f.value for f in extract(text).figures] == [None, Decimal("12")]


def test_work_announced_ahead_makes_its_figures_targets_and_a_list_counted_by_its_noun() -> None:
    text = (
        "全区将重点抓好五个方面工作。一是稳住工业基本盘，实现机械产值80亿元以上。"
        "全年新增规上企业18家。"
    )
    assert fields(text, "value", "target") == [
        (None, Decimal("80")), (None, Decimal("18")),
    ]  # fmt: skip
    text = "纺织、食品、建材三大传统产业产值分别完成21亿元、17亿元、9亿元。"
    assert [f.indicator for f in extract(text).figures] == [
        "纺织产业产值", "食品产业产值", "建材产业产值",
    ]  # fmt: skip


def test_a_growth_heading_names_the_level_after_it_and_a_bare_growth_after_a_share() -> None:
    text = "二、税收收入增长4.2%。全县税收收入38.6亿元，其中增值税12.1亿元。"
    tax, vat = extract(text).figures
    assert (vat.indicator, vat.yoy_growth) == ("增值税", None)
    assert (tax.indicator, tax.value, tax.yoy_growth) == (
        "税收收入",
        Decimal("38.6"),
        Decimal("4.2"),
    )
    text = "全县数字经济核心产业增加值占GDP的9.1%，增速同比下降2.4%。"
    assert extract(text).figures[1].indicator == "数字经济核心产业增加值"


def test_two_levels_with_one_target_and_a_rate_each() -> None:
    text = (
        "全县已完成植树面积2.42万亩，封山育林面积1.80万亩，分别为市定任务1.20万亩的201.7%和150%。"
    )
    assert fields(text, "target", "completion_rate") == [
        (Decimal("1.20"), Decimal("201.7")), (Decimal("1.20"), Decimal("150")),
    ]  # fmt: skip


def test_work_verbs_take_the_noun_after_the_count_and_parts_of_a_set_said_with_zhe() -> None:
    assert only("西岭区已修复1260余处灾毁道路。").indicator == "修复灾毁道路"
    text = "总计126项施政方案中，办理完成者有41项，执行中者有85项。"
    assert [f.indicator for f in extract(text).figures[1:]] == [
        "办理完成施政方案",
        "执行中施政方案",
    ]


def test_a_ranking_one_place_a_line_under_a_heading_with_its_year() -> None:
    text = (
        "2024年度全县乡镇综合考评结果如下：\n第一名：青石镇 95.2分\n第二名：南浦镇 93.75分\n"
        "第三名：西岭乡 90分\n"
    )
    assert fields(text, "indicator", "region", "value", "unit") == [
        ("乡镇综合考评", "青石镇", Decimal("95.2"), "分"),
        ("乡镇综合考评", "南浦镇", Decimal("93.75"), "分"),
        ("乡镇综合考评", "西岭乡", Decimal("90"), "分"),
    ]


def test_places_by_progress_in_tenths_with_a_half() -> None:
    text = "截至10月20日，各县玉米机收进度为：东川县过六成半，北港县近五成，临江县超过七成。"
    found = fields(text, "indicator", "region", "value", "unit", "qualifier")
    assert found == [
        ("玉米机收进度", "东川县", Decimal("6.5"), "成", ">"),
        ("玉米机收进度", "北港县", Decimal("5"), "成", "≈"),
        ("玉米机收进度", "临江县", Decimal("7"), "成", ">"),
    ]


def test_parts_of_a_set_of_listed_programmes_said_with_zhe_ji_or_bare_zhe() -> None:
    text = "本年度列管計畫共計86項，其中進度超前者計19項，落後者12項。"
    assert fields(text, "indicator", "value", "target") == [
        ("列管计划", Decimal("86"), None),
        ("进度超前列管计划", Decimal("19"), None),
        ("落后列管计划", Decimal("12"), None),
    ]


def test_a_years_investment_rate_after_the_investment_of_counted_projects() -> None:
    text = "52个县重点项目完成投资88.4亿元，年度投资完成率104.6%。"
    projects, investment = extract(text).figures
    assert (investment.indicator, investment.completion_rate) == (
        "县重点项目投资",
        Decimal("104.6"),
    )
    assert projects.completion_rate is None


def test_a_count_at_least_before_its_noun_is_a_count_not_a_threshold() -> None:
    figure = only("今年全区计划招引15个以上亿元项目。")
    assert (figure.indicator, figure.qualifier, figure.target) == ("招引亿元项目", ">", Decimal(15))
    assert extract("全区100人以上企业达到43家。").figures[0].value == Decimal(43)


def test_the_excess_over_the_target_gives_the_target() -> None:
    figure = only("全县税收收入完成8.42亿元，超出年度任务指标3200万元。")
    assert (figure.value, figure.target) == (Decimal("8.42"), Decimal("8.10"))


def test_a_table_of_places_under_a_title_and_a_units_line() -> None:
    text = (
        "1-10月各县市区重点项目投资完成情况表\n单位：个、亿元\n"
        "县市区 | 项目个数 | 年度计划投资 | 完成投资 | 完成率 |\n"
        "东川县 | 18 | 40.0 | 33.6 | 84.0% |\n南 岭 | 11 | 25.5 | 17.9 | 70.2% |\n"
        "此外，全市新开工项目46个。"
    )
    found = fields(
        text, "indicator", "region", "value", "unit", "target", "completion_rate", "period"
    )
    assert found[:4] == [
        (
            "重点项目投资",
            "东川县",
            Decimal("33.6"),
            "亿元",
            Decimal("40.0"),
            Decimal("84.0"),
            "1-10月",
        ),
        ("重点项目", "东川县", Decimal(18), "个", None, None, "1-10月"),
        (
            "重点项目投资",
            "南岭",
            Decimal("17.9"),
            "亿元",
            Decimal("25.5"),
            Decimal("70.2"),
            "1-10月",
        ),
        ("重点项目", "南岭", Decimal(11), "个", None, None, "1-10月"),
    ]
    assert found[4][:3] == ("新开工项目", None, Decimal(46))  # the sentence after the table


def test_a_table_copied_from_a_sheet_with_tabs_and_a_unit_column() -> None:
    text = (
        "指标名称\t单位\t全年目标\t1-6月完成\t完成率\t同比增长\n"
        "新增科技型中小企业\t家\t120\t75\t62.5%\t15.4\n"
        "技术合同成交额\t亿元\t30\t13.2\t44%\t-3.1\n"
    )
    result = extract(text)
    assert "\t" not in result.normalized.text
    found = [
        (f.indicator, f.value, f.unit, f.target, f.completion_rate, f.yoy_growth, f.period)
        for f in result.figures
    ]
    assert found == [
        (
            "新增科技型中小企业",
            Decimal(75),
            "家",
            Decimal(120),
            Decimal("62.5"),
            Decimal("15.4"),
            "1-6月",
        ),
        (
            "技术合同成交额",
            Decimal("13.2"),
            "亿元",
            Decimal(30),
            Decimal(44),
            Decimal("-3.1"),
            "1-6月",
        ),
    ]
    span = result.figures[1].span
    assert text[span[0] : span[1]].startswith("技术合同成交额")


def test_a_table_of_items_whose_target_is_in_their_names() -> None:
    text = (
        "序号 | 民生实事项目 | 完成情况 | 占全年计划 |\n"
        "1 | 新增500个公共充电桩 | 540 | 108% |\n"
        "改造12所学校食堂 | 9 | 75% | |\n"
    )
    found = fields(text, "indicator", "value", "unit", "target", "completion_rate")
    assert found == [
        ("新增公共充电桩", Decimal(540), "个", Decimal(500), Decimal(108)),
        ("改造学校食堂", Decimal(9), "所", Decimal(12), Decimal(75)),
    ]


def test_passing_the_years_plan_by_points_is_a_rate_of_a_level_not_of_a_growth() -> None:
    text = (
        "全县固定资产投资增长11.2%，超年度计划1.2个百分点；"
        "15个重点项目完成投资26.4亿元，超年度计划4.5个百分点。"
    )
    growth, projects, investment = extract(text).figures
    assert projects.completion_rate is None
    assert (growth.yoy_growth, growth.completion_rate) == (Decimal("11.2"), None)
    assert (investment.value, investment.completion_rate) == (Decimal("26.4"), Decimal("104.5"))


def test_places_picked_out_before_their_rates_in_the_clause_before() -> None:
    text = "完成投资较多的县区有东川县、青石县和西岭区，分别完成年度计划的80.1%、75.2%和70.3%。"
    assert fields(text, "region", "completion_rate") == [
        ("东川县", Decimal("80.1")),
        ("青石县", Decimal("75.2")),
        ("西岭区", Decimal("70.3")),
    ]


def test_leagues_and_banners_are_places() -> None:
    text = "新开工项目数分别为，赤城市95项、兴安盟和巴彦淖尔市各25项、阿拉善盟11项、科右前旗9项。"
    assert fields(text, "indicator", "value", "region") == [
        ("新开工项目数", Decimal(95), "赤城市"),
        ("新开工项目数", Decimal(25), "兴安盟"),
        ("新开工项目数", Decimal(25), "巴彦淖尔市"),
        ("新开工项目数", Decimal(11), "阿拉善盟"),
        ("新开工项目数", Decimal(9), "科右前旗"),
    ]


def test_places_rates_of_the_investment_planned_are_rates_of_the_investment() -> None:
    figure = only("青石县完成年度计划投资的20.49%。")
    assert (figure.indicator, figure.region, figure.completion_rate) == (
        "投资",
        "青石县",
        Decimal("20.49"),
    )
    text = "进度较快的旗县市有东川县、扎赉特旗，分别完成年度投资计划的20.4%和19.3%。"
    assert fields(text, "indicator", "region", "completion_rate") == [
        ("投资", "东川县", Decimal("20.4")),
        ("投资", "扎赉特旗", Decimal("19.3")),
    ]


def test_an_estimate_said_in_words_of_what_was_done_is_a_level() -> None:
    text = "全社会R&D预计完成17.30亿元，规上工业企业R&D预计为17.12亿元，发明专利预计可达到320件。"
    assert fields(text, "value", "target") == [
        (Decimal("17.30"), None),
        (Decimal("17.12"), None),
        (None, Decimal(320)),
    ]
    assert only("预计全年完成工业投资50亿元。").target == Decimal(50)


def test_a_table_pasted_one_cell_a_line_is_read_by_its_header() -> None:
    text = (
        "分地区完成情况见下表：\n\n地区\n\n攻坚投资目标(亿元)\n\n攻坚完成投资(亿元)\n\n完成比例%\n\n"
        "东川区\n\n102.7\n\n53.5\n\n52.1\n\n青石县\n\n85.2\n\n40.8\n\n47.9\n\n"
        "凉山州\n\n32.6\n\n21.4\n\n65.6"
    )
    assert fields(text, "indicator", "region", "value", "unit", "target", "completion_rate") == [
        ("攻坚投资", "东川区", Decimal("53.5"), "亿元", Decimal("102.7"), Decimal("52.1")),
        ("攻坚投资", "青石县", Decimal("40.8"), "亿元", Decimal("85.2"), Decimal("47.9")),
        ("攻坚投资", "凉山州", Decimal("21.4"), "亿元", Decimal("32.6"), Decimal("65.6")),
    ]


def test_a_stacked_table_with_bars_and_a_numbered_title_names_rows_by_the_header() -> None:
    text = (
        "附表2:1-5月各区企业评价进展情况\n|\n地区 |\n科技型中小企业 |\n|\n全市合计 |\n812 |\n"
        "|\n东川区 |\n120 |\n|\n西岭区 |\n95 |"
    )
    assert fields(text, "indicator", "region", "value") == [
        ("科技型中小企业", "全市合计", Decimal(812)),
        ("科技型中小企业", "东川区", Decimal(120)),
        ("科技型中小企业", "西岭区", Decimal(95)),
    ]


def test_table_scores_are_levels_and_the_plan_goes_to_the_column_it_is_of() -> None:
    scores = (
        "考核得分表\n\n县区\n\n责任目标得分\n\n综合得分\n\n"
        "东川县\n\n96.5\n\n99.0\n\n青石县\n\n88.5\n\n90.5"
    )
    assert [(f.indicator, f.value, f.target) for f in extract(scores).figures][:2] == [
        ("责任目标得分", Decimal("96.5"), None),
        ("综合得分", Decimal("99.0"), None),
    ]
    text = (
        "性质 | 年度投资目标(万元) | 累计到位资金(万元) | 累计完成投资(万元) "
        "| 完成投资占年度投资目标的比例(%) |\n"
        "新建项目 | 295471 | 142061 | 142259 | 48.15% |\n"
        "续建项目 | 762958 | 441117 | 435601 | 57.09% |"
    )
    first = fields(text, "indicator", "value", "target", "completion_rate")[:2]
    assert first == [
        ("新建项目投资", Decimal(142259), Decimal(295471), Decimal("48.15")),
        ("新建项目到位资金", Decimal(142061), None, None),
    ]


def test_a_table_copied_with_spaces_and_a_header_of_two_rows_reads_each_group() -> None:
    text = (
        "全省老旧小区改造进展情况\n"
        "序号 市州 改造小区数(个) 涉及居民户数(万户)\n"
        "计划任务数 开工数 开工率 计划任务数 开工数 开工率\n"
        "1 东川市 412 412 全部开工 6.20 6.31 全部开工\n"
        "2 青石市 305 266 87.2% 4.33 3.88 89.6%\n"
    )
    assert (
        normalize(text).text.splitlines()[2] == "计划任务数|开工数|开工率|计划任务数|开工数|开工率"
    )
    assert fields(text, "indicator", "region", "value", "unit", "target", "completion_rate") == [
        ("改造小区", "东川市", Decimal(412), "个", Decimal(412), None),
        ("涉及居民户", "东川市", Decimal("6.31"), "万户", Decimal("6.20"), None),
        ("改造小区", "青石市", Decimal(266), "个", Decimal(305), Decimal("87.2")),
        ("涉及居民户", "青石市", Decimal("3.88"), "万户", Decimal("4.33"), Decimal("89.6")),
    ]
    prose = "全年共有 3 个 项目 开工，其中 2 个 为新建。"
    assert "|" not in normalize(prose).text


def test_the_rate_of_a_change_on_the_month_before_is_no_growth_on_last_year() -> None:
    text = "养老保险参保120.26万人，环比增加0.85万人，增长0.7%，同比增加5.48万人，增长4.9%。"
    figure = only(text)
    assert (figure.value, figure.yoy_growth) == (Decimal("120.26"), Decimal("4.9"))


def test_rates_in_turn_are_of_the_amounts_not_of_the_counts_between_them() -> None:
    text = (
        "6个农业项目完成投资9.3亿元，54个产业项目完成投资26.1亿元，"
        "86个基础设施项目完成投资90.5亿元，分别占计划的102.4%、80.8%、99%。"
    )
    rated = [(f.value, f.completion_rate) for f in extract(text).figures if f.unit == "亿元"]
    assert rated == [
        (Decimal("9.3"), Decimal("102.4")),
        (Decimal("26.1"), Decimal("80.8")),
        (Decimal("90.5"), Decimal(99)),
    ]


def test_points_above_or_below_a_target_after_a_level_in_percent_give_the_target() -> None:
    assert only("企业劳动合同签订率达97%，高于目标要求2个百分点。").target == Decimal(95)
    assert only("城镇登记失业率3.2%，低于控制目标0.8个百分点。").target == Decimal("4.0")
    assert only("研发投入强度2.5%，比目标高0.3个百分点。").target == Decimal("2.2")
    amount = only("完成投资14.4亿元，比计划投资高17.1个百分点。")
    assert amount.completion_rate == Decimal("117.1")


def test_execution_and_attainment_rates_of_a_budget_are_rates_of_the_figure_before() -> None:
    figure = only("全年整体執行數達7786億元，經費達成率達95.68%，超越原訂目標95%。")
    assert (figure.indicator, figure.value, figure.completion_rate) == (
        "整体执行数",
        Decimal(7786),
        Decimal("95.68"),
    )
    figure = only("执行数127.4亿元，预算执行率108.7%。")
    assert (figure.value, figure.completion_rate) == (Decimal("127.4"), Decimal("108.7"))


def test_a_budgets_outturn_keeps_the_verb_that_names_it() -> None:
    names = [f.indicator for f in extract("实现数23.2亿元，保留数1.2亿元。").figures]
    assert names == ["实现数", "保留数"]


def test_programmes_counted_after_their_kind_are_no_plan() -> None:
    text = "列管1亿元以上公共建设计划226项，業務計畫141項、工作計畫192項。"
    assert fields(text, "value", "target") == [
        (Decimal(226), None),
        (Decimal(141), None),
        (Decimal(192), None),
    ]
    assert only("今年重点项目建设计划投资120亿元。").target == Decimal(120)


def test_places_by_their_values_take_the_whole_name_of_the_ranking() -> None:
    text = (
        "在各省发明专利申请受理量排名中，浙江以4.97万件的申请量继续保持领先，"
        "福建和湖南以2.98万件和2.76万件紧随其后。"
    )
    assert fields(text, "indicator", "region", "value") == [
        ("发明专利申请受理量", "浙江", Decimal("4.97")),
        ("发明专利申请受理量", "福建", Decimal("2.98")),
        ("发明专利申请受理量", "湖南", Decimal("2.76")),
    ]


def test_targets_set_out_as_an_arrangement_of_indicators_are_targets() -> None:
    text = (
        "报告提出了2026年全市发展指标体系安排，具体为：地区生产总值增长6.5%左右；"
        "规上工业增加值增长9%；获批国家高新技术企业80家。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("地区生产总值", None, Decimal("6.5")),
        ("规上工业增加值", None, Decimal(9)),
        ("获批国家高新技术企业", None, Decimal(80)),
    ]


def test_a_share_of_the_projects_planned_to_start_is_a_completion_rate() -> None:
    figure = only("新开工建设76个项目，占计划新开工项目的80%。")
    assert (figure.indicator, figure.value, figure.completion_rate, figure.target) == (
        "新开工建设项目",
        Decimal(76),
        Decimal(80),
        Decimal(95),
    )


def test_the_part_of_a_planned_set_that_started_has_the_set_as_target() -> None:
    figure = only("208个年度计划新开项目实际开工180个，项目开工率达86.5%。")
    assert (figure.indicator, figure.value, figure.target, figure.completion_rate) == (
        "开工新开项目",
        Decimal(180),
        Decimal(208),
        Decimal("86.5"),
    )
    figure = only("全区45个计划新上项目中有39个已开工。")
    assert (figure.indicator, figure.value, figure.target) == (
        "开工新上项目",
        Decimal(39),
        Decimal(45),
    )
    figure = only("计划新上项目45个，其中有39个已开工。")
    assert (figure.indicator, figure.value, figure.target) == (
        "开工新上项目",
        Decimal(39),
        Decimal(45),
    )


def test_a_stage_rate_after_parts_in_brackets_is_the_whole_count_s() -> None:
    text = "1-6月份,开复工57项(新建21项,续建36项),开复工率75%,完成投资98.4亿元。"
    rated = [(f.indicator, f.value) for f in extract(text).figures if f.completion_rate]
    assert rated == [("开复工", Decimal(57))]


def test_a_banner_heads_a_name_as_a_county_does() -> None:
    text = "鄂托克旗实施重点工业项目14项(新建5项)。"
    named = fields(text, "region", "indicator", "value")
    assert named == [
        ("鄂托克旗", "实施重点工业项目", Decimal(14)),
        ("鄂托克旗", "新建重点工业项目", Decimal(5)),
    ]


def test_a_growth_stated_later_under_the_level_s_name_is_the_level_s() -> None:
    text = (
        "3月份，细颗粒物(PM2.5)月平均浓度为41微克/立方米，二氧化氮月平均浓度为18微克/立方米。"
        "与去年同期相比，细颗粒物(PM2.5)月平均浓度下降12%，二氧化氮月平均浓度上升5%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("细颗粒物(PM2.5)月平均浓度", Decimal(41), Decimal(-12)),
        ("二氧化氮月平均浓度", Decimal(18), Decimal(5)),
    ]


def test_banners_by_short_names_above_the_league_s_average_take_its_measure() -> None:
    text = (
        "1-5月份，全盟县域规模以上工业增加值按可比价格计算，同比增长12.6%。"
        "从6个旗县市增速看，达旗、后旗高于全盟平均水平，同比分别增长31.5%、18.2%；"
        "中旗增长7.4%。"
    )
    assert fields(text, "indicator", "region", "yoy_growth") == [
        ("县域规模以上工业增加值", None, Decimal("12.6")),
        ("县域规模以上工业增加值", "达旗", Decimal("31.5")),
        ("县域规模以上工业增加值", "后旗", Decimal("18.2")),
        ("县域规模以上工业增加值", "中旗", Decimal("7.4")),
    ]


def test_a_change_from_and_to_years_whose_digits_were_lost_keeps_the_level_now() -> None:
    text = (
        "科技型中小企业从年的9家增长到年的64家；研发投入强度由年的1.07%增长到年的2.41%；"
        "万人有效发明专利拥有量由的1.2件增加到年的3.05件。"
    )
    assert fields(text, "indicator", "value") == [
        ("科技型中小企业", Decimal(64)),
        ("研发投入强度", Decimal("2.41")),
        ("万人有效发明专利拥有量", Decimal("3.05")),
    ]
    assert not extract("全县高新技术产业增加值实现了2位数的增长。").figures


def test_places_that_follow_close_behind_share_the_measure_of_the_leader() -> None:
    text = (
        "分县区看，桐城市高新技术产业产值实现“破百”，达到108.4亿元；"
        "潜山县、怀宁县紧随其后，分别达到77.1亿元和65.2亿元。"
    )
    assert fields(text, "indicator", "region", "value") == [
        ("高新技术产业产值", "桐城市", Decimal("108.4")),
        ("高新技术产业产值", "潜山县", Decimal("77.1")),
        ("高新技术产业产值", "怀宁县", Decimal("65.2")),
    ]


def test_projects_started_together_are_named_by_the_stage_and_the_noun_after() -> None:
    figure = extract("青川县此次共集中开工19个重点项目，总投资42.6亿元。").figures[0]
    assert (figure.indicator, figure.region, figure.value) == (
        "集中开工重点项目",
        "青川县",
        Decimal(19),
    )


def test_a_taiwan_year_after_jiezhi_is_no_part_of_the_name() -> None:
    figure = only("高雄环状轻轨捷运截至105年累计进度为58.4%。")
    assert (figure.indicator, figure.completion_rate) == ("高雄环状轻轨捷运", Decimal("58.4"))


def test_money_written_down_to_the_thousand_is_counted_in_thousands() -> None:
    text = "本年度歲出預算數31億2,406萬元，執行數9億1,735萬8千元，保留數2,318萬6千元。"
    assert fields(text, "indicator", "value", "unit") == [
        ("岁出预算数", Decimal(312406), "万元"),
        ("执行数", Decimal(917358), "千元"),
        ("保留数", Decimal(23186), "千元"),
    ]


def test_a_rate_of_a_whole_named_before_takes_it_as_target_in_the_value_s_unit() -> None:
    text = (
        "本計畫預算數18億3,600萬元,實現數16億9,512萬4千元,保留數1億3,905萬元,"
        "合計決算數18億3,417萬4千元,占預算數99.90%,賸餘數182萬6千元。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("实现数", Decimal(1695124), None),
        ("保留数", Decimal(13905), None),
        ("决算数", Decimal(1834174), Decimal(1836000)),
        ("剩余数", Decimal(1826), None),
    ]


def test_percentages_after_a_heading_that_names_a_growth_are_growths() -> None:
    text = (
        "迎江区高新技术产业增加值增速实现“破百”，达到108.3%；"
        "宿松县、望江县紧随其后，分别达到41.2%和30.6%。"
    )
    assert fields(text, "region", "value", "yoy_growth") == [
        ("迎江区", None, Decimal("108.3")),
        ("宿松县", None, Decimal("41.2")),
        ("望江县", None, Decimal("30.6")),
    ]


def test_rates_listed_after_a_clause_that_names_them_are_completion_rates() -> None:
    text = (
        "分行业看，制造业、农林水利、城建环保等3个行业完成年度投资计划比例均超过序时进度，"
        "分别是81%、76.4%和70.5%。"
    )
    rated = [(f.indicator, f.completion_rate) for f in extract(text).figures if f.value is None]
    assert rated == [
        ("制造业", Decimal(81)),
        ("农林水利", Decimal("76.4")),
        ("城建环保", Decimal("70.5")),
    ]


def test_a_stage_rate_without_a_count_is_the_completion_rate_of_the_stage() -> None:
    figures = extract("全市重点建设项目完成投资86.5亿元，复工率为96%。").figures
    assert [(f.indicator, f.value, f.completion_rate) for f in figures] == [
        ("重点建设项目投资", Decimal("86.5"), None),
        ("复工", None, Decimal(96)),
    ]
    figure = only("开工率超序时进度4.2个百分点。")
    assert (figure.indicator, figure.time_progress_gap_pp) == ("开工", Decimal("4.2"))
    # how well cases were handled is a figure of its own
    figure = only("企业用工类问题化解率达到90.5%。")
    assert (figure.value, figure.completion_rate) == (Decimal("90.5"), None)


def test_a_count_of_a_stage_put_first_keeps_no_place_made_of_the_stage() -> None:
    figure = only("市重大项目已开工16个，项目开工率达94.12%。")
    assert (figure.indicator, figure.region, figure.completion_rate) == (
        "开工市重大项目",
        None,
        Decimal("94.12"),
    )


def test_places_picked_by_how_fast_they_grew_take_the_measure_of_the_sentence() -> None:
    text = "全县规上工业增加值增长7.5%，增速较快的南岭镇、东川镇分别增长13.2%和11.8%。"
    assert fields(text, "indicator", "region", "yoy_growth") == [
        ("规上工业增加值", None, Decimal("7.5")),
        ("规上工业增加值", "南岭镇", Decimal("13.2")),
        ("规上工业增加值", "东川镇", Decimal("11.8")),
    ]


def test_how_a_measure_grew_and_how_far_it_was_done_are_no_part_of_names() -> None:
    figure = only("项目完成投资小幅增长，同比增长3.6%，超序时进度7.1个百分点。")
    assert (figure.indicator, figure.yoy_growth, figure.time_progress_gap_pp) == (
        "项目投资",
        Decimal("3.6"),
        Decimal("7.1"),
    )
    text = "电子信息、装备制造基本完成年度计划，进度分别为98.6%、95.1%。"
    assert fields(text, "indicator", "completion_rate") == [
        ("电子信息", Decimal("98.6")),
        ("装备制造", Decimal("95.1")),
    ]


def test_places_listed_in_the_order_of_a_stage_rate_take_the_whole_s_count() -> None:
    text = (
        "全省重点工程一季度开复工318项，开复工率为51.2%。"
        "8市开复工率从高到低依次是：洛阳72.4%、开封64%、安阳9.5%。"
    )
    places = extract(text).figures[1:]
    assert [(f.indicator, f.region, f.completion_rate) for f in places] == [
        ("开复工重点工程", "洛阳", Decimal("72.4")),
        ("开复工重点工程", "开封", Decimal(64)),
        ("开复工重点工程", "安阳", Decimal("9.5")),
    ]


def test_a_heading_that_says_how_targets_were_set_opens_a_list_of_targets() -> None:
    text = (
        "一、6项考核指标设置情况\n"
        "地区生产总值：增长6.5%左右，责任单位为区发改委；\n"
        "社会消费品零售总额：增长7%，责任单位为区商务局。"
    )
    aimed = [(f.indicator, f.target, f.yoy_growth) for f in extract(text).figures[1:]]
    assert aimed == [
        ("地区生产总值", Decimal("6.5"), None),
        ("社会消费品零售总额", Decimal(7), None),
    ]


def test_a_spaced_table_whose_header_spaces_out_a_word_keeps_its_unit_column() -> None:
    text = (
        "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注\n"
        "1 城镇新增就业 万人 4.8 6.12 127.5% 人社局\n"
        "2 农村公路提质改造 公里 150 156.3 104.2% 交通局"
    )
    rows = fields(text, "indicator", "value", "unit", "target")
    assert rows == [
        ("城镇新增就业", Decimal("6.12"), "万人", Decimal("4.8")),
        ("农村公路提质改造", Decimal("156.3"), "公里", Decimal(150)),
    ]


def test_a_horizon_after_what_a_plan_says_opens_its_targets() -> None:
    text = "《规划》明确，到 2027 年，省级以上研发机构达到55家、技术合同成交额达到12亿元。"
    assert fields(text, "value", "target") == [
        (None, Decimal(55)),
        (None, Decimal(12)),
    ]


def test_places_ranked_in_a_clause_before_take_the_measure_the_list_names() -> None:
    text = "酒泉、定西排名第二和第三，GDP增速分别为4.6%、4.0%。"
    assert fields(text, "indicator", "region", "yoy_growth") == [
        ("GDP", "酒泉", Decimal("4.6")),
        ("GDP", "定西", Decimal("4.0")),
    ]


def test_a_pronoun_and_a_paired_noun_are_read_as_what_they_stand_for() -> None:
    text = "电子信息、生物医药领跑前二，其产值分别为812.4亿元、106.5亿元。"
    assert fields(text, "indicator", "value") == [
        ("电子信息产值", Decimal("812.4")),
        ("生物医药产值", Decimal("106.5")),
    ]
    text = "金融机构存贷余额分别增长12%和9.5%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("金融机构存款余额", Decimal(12)),
        ("金融机构贷款余额", Decimal("9.5")),
    ]


def test_a_table_of_places_with_one_growth_column_a_measure() -> None:
    text = (
        "地区 | 规模工业增加值增长速度 | 工业固定资产投资增长速度 |\n"
        "全省 | 8.1 | 12.4 |\n"
        "岳阳市 | 7.6 | -3.2 |"
    )
    grown = fields(text, "indicator", "region", "yoy_growth")
    assert grown == [
        ("规模工业增加值", "全省", Decimal("8.1")),
        ("工业固定资产投资", "全省", Decimal("12.4")),
        ("规模工业增加值", "岳阳市", Decimal("7.6")),
        ("工业固定资产投资", "岳阳市", Decimal("-3.2")),
    ]


def test_a_part_named_by_its_state_after_the_count_names_nothing_after_it() -> None:
    text = "全县12个重点项目中2个已完工、7个在建、3个未开工。"
    assert fields(text, "indicator", "value")[1:] == [
        ("在建", Decimal(7)),
        ("未开工", Decimal(3)),
    ]


def test_an_aside_inside_the_words_of_a_rate_keeps_it_a_rate() -> None:
    figure = only("全镇完成财政总收入412万元，占目标任务(剔除烟叶税)的82%。")
    assert (figure.value, figure.completion_rate) == (Decimal(412), Decimal(82))


def test_a_stage_done_takes_the_plan_of_that_stage_stated_before() -> None:
    text = (
        "全省今年计划投资200亿元，开工建设保障性安居工程12.5万套，其中包括保障性住房"
        "2.1万套、棚户区改造10.4万套；基本建成9.6万套。截至7月底，全省保障性安居工程"
        "完成投资96亿元；开工8.2万套、开工率达65.6%。"
    )
    figures = extract(text).figures
    started = figures[-1]
    assert (started.indicator, started.value, started.completion_rate, started.target) == (
        "开工保障性安居工程",
        Decimal("8.2"),
        Decimal("65.6"),
        Decimal("12.5"),
    )
    # the plan is the target of what started, not a figure of its own
    assert [f.target for f in figures].count(Decimal("12.5")) == 1


def test_a_barred_table_with_a_bar_alone_between_rows_takes_the_cumulative_column() -> None:
    text = (
        "附表\n2023年秋冬种作业进度汇总表\n(十月)\n"
        "序号 | 县(区) | 下达任务面积(亩) | 当月完成面积(亩) | 累计完成面积(亩) "
        "| 任务完成量占比(%) |\n"
        "1 | 平江县 | 2000 | 300 | 900 | 45% |\n|\n"
        "2 | 汨罗市 | 4000 | 0 | 1000 | 25% |\n|"
    )
    rows = [
        (f.indicator, f.region, f.value, f.target, f.completion_rate)
        for f in extract(text).figures
        if f.completion_rate is not None
    ]
    assert rows == [
        ("秋冬种作业面积", "平江县", Decimal(900), Decimal(2000), Decimal(45)),
        ("秋冬种作业面积", "汨罗市", Decimal(1000), Decimal(4000), Decimal(25)),
    ]


def test_a_growth_after_a_bracket_of_parts_is_the_whole_s() -> None:
    text = "全区地区生产总值达到356亿元(东片区201亿元、西片区155亿元),比上年增长6.2%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal(356), Decimal("6.2")),
        (Decimal(201), None),
        (Decimal(155), None),
    ]


def test_a_growth_named_short_after_a_level_is_the_level_s() -> None:
    figure = only("全市科技型中小企业入库评价数量达8412家，较上年入库数增长18.6%。")
    assert (figure.value, figure.yoy_growth) == (Decimal(8412), Decimal("18.6"))


def test_how_much_more_than_a_year_before_is_no_figure_and_no_qualifier() -> None:
    figure = only("园区总营业额为8624亿元，比前年的7731亿元多出893亿元，成长率11.6%。")
    assert (figure.value, figure.yoy_growth) == (Decimal(8624), Decimal("11.6"))


def test_growths_listed_then_the_levels_listed_are_one_figure_each() -> None:
    text = "城乡常住居民人均可支配收入分别增长7.2%和8.4%，分别达41250元和18630元。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal(41250), Decimal("7.2")),
        (Decimal(18630), Decimal("8.4")),
    ]


def test_a_set_counted_before_its_stage_rate_is_the_target_of_the_stage() -> None:
    text = "截至6月底，全市320户规上工业企业复工率达到96%，85家大型商场复工率达到100%。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.completion_rate, f.target) for f in figures] == [
        ("复工规上工业企业", None, Decimal(96), Decimal(320)),
        ("复工大型商场", None, Decimal(100), Decimal(85)),
    ]


def test_estimates_of_a_year_end_go_on_into_the_next_sentences() -> None:
    text = (
        "预计2025年末，全县地区生产总值完成96亿元，同比增长5.5%。"
        "固定资产投资完成41亿元，同比增长6%。地方级财政收入完成3.2亿元，同比增长9.1%。"
    )
    assert fields(text, "value", "yoy_growth", "target") == [
        (Decimal(96), Decimal("5.5"), None),
        (Decimal(41), Decimal(6), None),
        (Decimal("3.2"), Decimal("9.1"), None),
    ]


def test_places_past_a_bound_and_at_the_bottom_of_a_ranking_take_the_measure() -> None:
    text = (
        "县域GDP规模超过200亿元的3个县(市)是：丹阳市412亿元、句容市263亿元、溧阳市250亿元；"
        "县域GDP规模排在全省后2位的是：扬中市98亿元、金湖县87亿元。"
    )
    figures = extract(text).figures
    assert (figures[0].value, figures[0].unit) == (Decimal(3), "个")  # the bound is no figure
    assert [(f.indicator, f.region) for f in figures[1:]] == [
        ("县域GDP规模", place) for place in ("丹阳市", "句容市", "溧阳市", "扬中市", "金湖县")
    ]


def test_programmes_counted_after_their_name_are_no_plan() -> None:
    figure = extract("目前列管重大建設計畫共186項，執行數1,204億元。").figures[0]
    assert (figure.value, figure.target) == (Decimal(186), None)


def test_last_year_s_level_said_in_a_comparison_is_the_baseline_of_the_growth() -> None:
    text = "2023年全县专利授权量为612件。与2022年同期455件相比增长了34.51%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal(612), Decimal("34.51")),
    ]


def test_taiwan_writes_the_rate_of_a_target_with_zhi() -> None:
    figure = only("累計實現數156.2億元，占累計分配預算數240.5億元之64.95%。")
    assert (figure.value, figure.completion_rate, figure.target) == (
        Decimal("156.2"),
        Decimal("64.95"),
        Decimal("240.5"),
    )
    # a change against last year's level in brackets is no figure
    figure = only("實際執行3,120億元，較去年同期(2,980億元)增加140億元。")
    assert figure.value == Decimal(3120)


def test_the_level_a_rate_fell_to_is_a_level_not_a_growth() -> None:
    text = "一季度失业率回落至5.4%。二季度，调查失业率连续下降。4月降为5.2%，5月进一步降至5.1%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("失业率", Decimal("5.4"), None),
        ("调查失业率", Decimal("5.2"), None),
        ("调查失业率", Decimal("5.1"), None),
    ]


def test_the_share_a_policy_grants_is_no_figure() -> None:
    text = (
        "对新认定的高新技术企业，按照市级奖励金额的50%给予配套支持；"
        "对新建研发机构给予30%的补助，全市新增研发机构12家。"
    )
    assert fields(text, "value", "unit") == [(Decimal(12), "家")]


def test_tasks_past_half_mark_no_target() -> None:
    text = "全市20个重点指标中，有14个指标实现时间过半、任务过半(另外6个指标暂无数据)。"
    assert [f.target for f in extract(text).figures] == [None, None, None]


def test_the_parts_of_a_province_are_places() -> None:
    text = "关中、陕北、陕南县域生产总值同比分别增长5.8%、6.1%、4.9%。"
    assert fields(text, "indicator", "region") == [
        ("县域生产总值", "关中"),
        ("县域生产总值", "陕北"),
        ("县域生产总值", "陕南"),
    ]


def test_products_counted_in_pieces_and_blocks_are_levels() -> None:
    text = "其中，液晶显示屏4820.5万片，增长63.2%；电路板318万块，增长12.4%。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("液晶显示屏", Decimal("4820.5"), "万片", Decimal("63.2")),
        ("电路板", Decimal(318), "万块", Decimal("12.4")),
    ]


def test_a_bound_with_ji_yishang_names_the_set_it_counts() -> None:
    text = "全市5000万元及以上项目820个，投资额增长21.4%。"
    assert fields(text, "indicator", "value") == [
        ("5000万元及以上项目", Decimal(820)),
        ("投资额", None),
    ]


def test_a_growth_heading_after_another_growth_still_names_the_level_after_it() -> None:
    text = "民间投资增长6.3%。二、税收收入增长4.2%。全县税收收入38.6亿元。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("民间投资", None, Decimal("6.3")),
        ("税收收入", Decimal("38.6"), Decimal("4.2")),
    ]


def _rows(text: str) -> list[tuple[Any, ...]]:
    return fields(text, "indicator", "value", "unit", "target", "completion_rate")


def test_a_table_of_tasks_with_the_department_answering_and_notes() -> None:
    # the title in bars, the header wrapped onto a second line, units written in the cells
    text = (
        "青石县2021年1- 9月民生实事完成情况 | ||||||\n"
        "序号 | 实事名称 | 责任单位 | 年度目标 | 1- 9月完成 |\n"
        "完成率 | 备注 | |\n"
        "1 | 新增城镇就业 | 县人社局 | 6200人 | 5038人 | 81.3% | ||\n"
        "2 | 改造农村公路 | 县交通局 | 86公里 | 91公里 | 105.8% | 已提前完成 ||\n"
        "3 | 新建城区停车位 | 县住建局 | 1500个 | 960 | 64% | ||\n"
    )
    assert _rows(text) == [
        ("新增城镇就业", Decimal(5038), "人", Decimal(6200), Decimal("81.3")),
        ("改造农村公路", Decimal(91), "公里", Decimal(86), Decimal("105.8")),
        ("新建城区停车位", Decimal(960), "个", Decimal(1500), Decimal(64)),
    ]


def test_a_table_pasted_a_cell_a_line_each_cell_closed_by_a_bar() -> None:
    # empty cells are bars alone; a note may be a whole sentence
    text = (
        "东川区2022年1-6月重点民生实事完成情况表 |\n序号 |\n项目名称 |\n牵头单位 |\n目标任务 |\n"
        "1-6月完成 |\n完成率 |\n备注 |\n"
        "1 |\n新增养老床位 |\n区民政局 |\n240张 |\n150 |\n62.5% |\n |\n"
        "2 |\n建设公办幼儿园 |\n区教育局 |\n3所 |\n |\n45% |\n主体工程已完工，正在装修。 |\n"
        "3 |\n新增城镇就业 |\n区人社局 |\n5200 |\n2860 |\n55% |\n |\n"
    )
    assert _rows(text) == [
        ("新增养老床位", Decimal(150), "张", Decimal(240), Decimal("62.5")),
        ("建设公办幼儿园", None, "所", Decimal(3), Decimal(45)),
        ("新增城镇就业", Decimal(2860), None, Decimal(5200), Decimal(55)),
    ]


def test_a_row_that_left_its_done_cell_empty_keeps_its_rate_under_the_rate() -> None:
    text = (
        "指标名称 | 年度目标 | 累计完成 | 完成率 |\n"
        "新建5G基站 | 400个 | 310个 | 77.5% |\n"
        "建设智慧社区 | 12个 | | 40% |\n"
        "培训新型职业农民 | 1800人 | 1260人 | 70% |\n"
    )
    assert _rows(text)[1] == ("建设智慧社区", None, "个", Decimal(12), Decimal(40))


def test_done_past_the_target_in_brackets_is_the_rate_of_the_figure_before() -> None:
    text = "截至10月底，累计开展防溺水宣传120场，已超额完成年度目标(80场)的150%。"
    assert _rows(text) == [("开展防溺水宣传", Decimal(120), "场", Decimal(80), Decimal(150))]


def test_targets_listed_in_brackets_then_rates_listed_go_to_the_figures_in_order() -> None:
    text = (
        "全年完成高速公路投资312.6亿元、港口投资48亿元，分别占年度目标(280亿元、60亿元)的"
        "111.6%80%。累计改造燃气管网86.5公里、老旧供水管网41公里，分别完成年度任务"
        "(燃气管网100公里、供水管网50公里)的86.5%、82%。"
    )
    assert _rows(text) == [
        ("高速公路投资", Decimal("312.6"), "亿元", Decimal(280), Decimal("111.6")),
        ("港口投资", Decimal(48), "亿元", Decimal(60), Decimal(80)),
        ("改造燃气管网", Decimal("86.5"), "公里", Decimal(100), Decimal("86.5")),
        ("改造老旧供水管网", Decimal(41), "公里", Decimal(50), Decimal(82)),
    ]


def test_a_table_that_hands_out_targets_states_targets() -> None:
    text = (
        "2023年为民办实事项目目标任务责任分解表序号项目名称主要内容牵头单位1稳定就业"
        "落实就业优先政策。全县城镇新增就业6800人，农村劳动力转移就业2300人。县人社局"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("城镇新增就业", None, Decimal(6800)),
        ("农村劳动力转移就业", None, Decimal(2300)),
    ]


def test_what_a_report_sets_out_is_a_target_met_by_a_level_stated_later() -> None:
    text = (
        "2023年《政府工作报告》提出，改造农村危房2.6万户。截至11月底，全省已改造农村危房"
        "2.74万户，提前完成全年目标任务。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("改造农村危房", Decimal("2.74"), Decimal("2.6"))
    ]


def test_the_target_a_plan_set_out_after_a_level_stays_that_levels_target() -> None:
    text = (
        "截至2024年底，全市每万人口发明专利拥有量达到21件，超额完成“十四五”规划提出的18件的目标。"
    )
    assert fields(text, "value", "target") == [(Decimal(21), Decimal(18))]


def test_the_share_a_part_done_takes_of_the_set_is_its_completion_rate() -> None:
    text = (
        "县政府第三次常务会议交办事项52件，截至5月底，已办结39件，占75%；正在办理13件，占25%。"
        "全区科技企业620家，其中南浦镇155家，占25%。"
    )
    assert fields(text, "value", "unit", "completion_rate", "target") == [
        (Decimal(52), "件", None, None),
        (Decimal(39), "件", Decimal(75), Decimal(52)),
        (Decimal(13), "件", None, None),  # not done: a share, not a rate
        (Decimal(25), "%", None, None),
        (Decimal(620), "家", None, None),
        (Decimal(155), "家", None, None),  # a place's share of the whole is no rate
        (Decimal(25), "%", None, None),
    ]


def test_a_level_short_of_time_progress_by_差_is_behind_it() -> None:
    text = "1-10月完成投资86.4亿元，完成年度计划投资的80.2%，差序时进度3.13个百分点。"
    (figure,) = extract(text).figures
    assert (figure.value, figure.completion_rate, figure.time_progress_gap_pp) == (
        Decimal("86.4"),
        Decimal("80.2"),
        Decimal("-3.13"),
    )


def test_同比均持平_after_a_list_gives_each_figure_a_growth_of_zero() -> None:
    text = (
        "去年末，全县参保职工8.62万人，其中，城镇职工5.1万人，灵活就业人员3.52万人，"
        "同比均基本持平。"
    )
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("8.62"), Decimal(0)),
        (Decimal("5.1"), Decimal(0)),
        (Decimal("3.52"), Decimal(0)),
    ]


def test_a_target_named_by_what_kind_of_goal_it_is_after_the_level() -> None:
    text = (
        "三季度末，全省城镇登记失业率为3.2%，低于4.5%的预期控制目标。"
        "全市居民消费价格上涨1.8%，低于3%的调控目标。"
    )
    assert fields(text, "value", "yoy_growth", "target") == [
        (Decimal("3.2"), None, Decimal("4.5")),
        (None, Decimal("1.8"), Decimal(3)),
    ]


def test_a_long_set_that_reached_a_stage_is_named_stage_first_and_meets_its_plan() -> None:
    text = (
        "今年全市计划新建公共租赁住房和城中村改造安置房任务2.4万套。截至9月底，"
        "新建公共租赁住房和城中村改造安置房已经开工1.92万套，开工率达80%；基本建成1.1万套。"
    )
    first = extract(text).figures[0]
    assert (first.indicator, first.value, first.completion_rate, first.target) == (
        "开工新建公共租赁住房和城中村改造安置房",
        Decimal("1.92"),
        Decimal(80),
        Decimal("2.4"),
    )


def test_a_stage_met_against_a_plan_named_only_by_its_stage_is_not_named_twice() -> None:
    text = "今年计划基本建成保障房9.6万套。截至6月底，基本建成4.8万套，完成年度任务的50%。"
    assert fields(text, "indicator", "value", "completion_rate", "target") == [
        ("基本建成保障房", Decimal("4.8"), Decimal(50), Decimal("9.6"))
    ]


def test_a_plan_led_by_a_place_that_will_goes_on_across_clauses_of_done_verbs() -> None:
    text = (
        "按照部署，下半年，青川将确保完成地区生产总值560亿元，完成规模以上工业增加值"
        "180亿元以上、社会消费品零售总额150亿元以上。"
    )
    assert fields(text, "value", "qualifier", "target") == [
        (None, None, Decimal(560)),
        (None, ">", Decimal(180)),
        (None, ">", Decimal(150)),
    ]


def test_problems_found_and_the_part_put_right_are_one_figure_with_its_target() -> None:
    text = (
        "截至9月底，省级安全生产督查发现的2460个隐患问题，已完成整改2391个，整改完成率97.2%。"
        "其中，重大隐患问题120个，整改完成率95%；一般隐患问题2340个，整改完成率97.3%。"
        "巡视反馈的42个问题已完成整改30个。"
    )
    assert fields(text, "indicator", "value", "completion_rate", "target") == [
        ("完成整改隐患问题", Decimal(2391), Decimal("97.2"), Decimal(2460)),
        ("整改完成重大隐患问题", None, Decimal(95), Decimal(120)),
        ("整改完成一般隐患问题", None, Decimal("97.3"), Decimal(2340)),
        ("完成整改问题", Decimal(30), None, Decimal(42)),
    ]


def test_a_part_done_named_with_its_set_takes_the_set_as_target() -> None:
    text = "上级反馈的58个问题验收销号51个，剩余7个正在组织验收。"
    assert fields(text, "indicator", "value", "target") == [
        ("问题验收销号", Decimal(58), None),  # another part is given: the set stays
        ("验收销号问题", Decimal(51), Decimal(58)),
        ("剩余正在组织验收", Decimal(7), None),
    ]


def test_places_judged_by_a_measure_each_with_its_value_written_inline() -> None:
    text = (
        "截至9月底，各县区项目开工率较高的为东川区96%、西岭区93.5%；"
        "各县区问题整改完成率较高的是南浦镇100%、青石县98.2%。"
    )
    assert fields(text, "region", "value", "completion_rate", "indicator") == [
        ("东川区", None, Decimal(96), "开工项目"),
        ("西岭区", None, Decimal("93.5"), "开工项目"),
        ("南浦镇", None, Decimal(100), "问题整改"),
        ("青石县", None, Decimal("98.2"), "问题整改"),
    ]


def test_stage_rates_listed_after_the_counts_go_to_the_count_of_their_stage() -> None:
    text = (
        "1-9月，全县新签约项目86个，协议引资215亿元，履约项目80个，开工项目72个，到位资金"
        "96亿元，项目履约率、开工率与资金到位率分别为93%、83.7%和44.7%。"
    )
    assert fields(text, "indicator", "value", "completion_rate", "target") == [
        ("新签约项目", Decimal(86), None, None),
        ("协议引资", Decimal(215), None, None),
        ("履约项目", Decimal(80), Decimal(93), Decimal(86)),
        ("开工项目", Decimal(72), Decimal("83.7"), Decimal(86)),
        ("到位资金", Decimal(96), None, None),
        ("资金到位率", Decimal("44.7"), None, None),
    ]


def test_stage_rates_listed_by_place_in_the_next_sentence_go_to_each_places_count() -> None:
    text = (
        "上半年全市新签约开工项目61个，分别为：东川区25个、西岭区21个、青石县15个。"
        "各县区新签约项目开工率分别为：东川区83.3%、西岭区70%、青石县62.5%。"
    )
    assert fields(text, "region", "value", "completion_rate") == [
        (None, Decimal(61), None),
        ("东川区", Decimal(25), Decimal("83.3")),
        ("西岭区", Decimal(21), Decimal(70)),
        ("青石县", Decimal(15), Decimal("62.5")),
    ]


def test_a_total_before_places_counts_is_no_set_of_a_place_whose_rate_it_does_not_fit() -> None:
    text = (
        "上半年全市新签约开工项目510个，分别为：东川区300个、西岭区210个。"
        "各县区新签约项目开工率分别为：东川区88%、西岭区70%。"
    )
    assert fields(text, "region", "value", "completion_rate", "target") == [
        (None, Decimal(510), None, None),  # 300 of 510 is 58.8%, not 88%
        ("东川区", Decimal(300), Decimal(88), None),
        ("西岭区", Decimal(210), Decimal(70), None),
    ]


def test_a_count_before_its_noun_is_named_by_what_those_counted_did_or_reached() -> None:
    text = (
        "截至9月底，全县有7个项目基本建成，12个项目处于建设阶段。"
        "26家企业入围全省创新型企业百强，9个乡镇增速高于全县平均水平。"
        "另有58户企业入驻园区投资兴业，140家企业建有研发机构。"
    )
    assert fields(text, "indicator", "value") == [
        ("基本建成项目", Decimal(7)),
        ("处于建设阶段项目", Decimal(12)),
        ("入围全省创新型企业百强企业", Decimal(26)),
        ("增速高于全县平均水平乡镇", Decimal(9)),
        ("入驻园区企业", Decimal(58)),
        ("建有研发机构企业", Decimal(140)),
    ]


def test_a_count_named_by_what_it_does_already_or_by_what_it_got_is_not_turned() -> None:
    text = "全市18项发放补助类项目发放补助资金3.1亿元；目前已有530家科技型中小企业获得入库编号。"
    counts = [row for row in fields(text, "indicator", "value", "unit") if row[2] != "亿元"]
    assert counts == [("发放补助类项目", Decimal(18), "项"), ("科技型中小企业", Decimal(530), "家")]


def test_a_total_said_to_be_a_share_is_the_share_of_the_figure_before() -> None:
    text = (
        "1~3月，全区完成高技术制造业增加值同比下降4.5%，总量占全区规上工业增加值35.7%。"
        "2024年外贸进出口总额在高基数下实现730亿元，总量占全市16%。"
    )
    assert fields(text, "indicator", "value", "region") == [
        ("高技术制造业增加值", None, None),
        ("高技术制造业增加值占全区规上工业增加值", Decimal("35.7"), None),
        ("外贸进出口总额", Decimal(730), None),
        ("外贸进出口总额占全市", Decimal(16), None),
    ]


def test_plans_done_respectively_and_exceeded_by_a_share_each_take_the_plans_names() -> None:
    text = (
        "全年计划新建村级文化广场60个，新增农家书屋215个，实际分别完成72个、236个，"
        "分别超额完成20%和10%。"
    )
    assert fields(text, "indicator", "value", "completion_rate", "target") == [
        ("新建村级文化广场", Decimal(72), Decimal(120), Decimal(60)),
        ("新增农家书屋", Decimal(236), Decimal(110), Decimal(215)),
    ]


def test_places_figures_after_a_count_of_places_are_of_the_measure_before_it() -> None:
    text = (
        "1-6月，全省工业投资812亿元，同比增长8.6%。9个市同比增长，增速较快的东川市、"
        "西岭市分别增长15.2%和12.4%。4个市增速回落。南浦市同比下降6.1%。"
    )
    rows = [row for row in fields(text, "indicator", "region", "yoy_growth") if row[1]]
    assert rows == [
        ("工业投资", "东川市", Decimal("15.2")),
        ("工业投资", "西岭市", Decimal("12.4")),
        ("工业投资", "南浦市", Decimal("-6.1")),
    ]


def test_a_title_given_to_places_is_no_place() -> None:
    text = "全年增创省级生态镇4个，省级生态村21个；累计创建省级生态镇26个。改造涉及小区311个。"
    assert fields(text, "indicator", "value", "region") == [
        ("增创省级生态镇", Decimal(4), None),
        ("省级生态村", Decimal(21), None),
        ("创建省级生态镇", Decimal(26), None),
        ("改造涉及小区", Decimal(311), None),
    ]


def test_a_part_of_a_set_is_named_by_what_it_did_and_the_kind_the_set_holds() -> None:
    text = (
        "全县48户当年新投产企业中有11户产值超亿元。申报的57家企业中49家通过认定。"
        "62个乡镇中有23个规上工业产值增速高于全市平均水平。"
    )
    parts = [row for row in fields(text, "indicator", "value") if row[1] in (11, 49, 23)]
    assert parts == [
        ("产值超亿元企业", Decimal(11)),
        ("通过认定企业", Decimal(49)),
        ("规上工业产值增速高于全市平均水平乡镇", Decimal(23)),
    ]


def test_a_bare_percentage_in_brackets_is_what_the_first_bracket_named_it_same_below() -> None:
    text = (
        "其次，为便于比较，先看一季度各县（市、区）规上工业增加值完成数据：\n"
        "1.东川区（86.52亿元 同比增长7.2%下同）、2.青石县（41.30亿元 6.5%）、"
        "3.南浦县（38.07亿元 -1.4%）。"
    )
    assert fields(text, "indicator", "region", "value", "yoy_growth") == [
        ("规上工业增加值", "东川区", Decimal("86.52"), Decimal("7.2")),
        ("规上工业增加值", "青石县", Decimal("41.30"), Decimal("6.5")),
        ("规上工业增加值", "南浦县", Decimal("38.07"), Decimal("-1.4")),
    ]


def test_places_listed_with_a_level_and_a_percentage_each_are_of_the_measure_named() -> None:
    # without 下同 a bare percentage is not called a growth, but every place stands for the
    # measure the heading names, not for a measure of its own
    text = (
        "各县固定资产投资：东川区（52.3亿元 9.6%）、青石县（31.8亿元 4.2%）、"
        "南浦县（20.5亿元 3.1%）。"
    )
    levels = [row for row in fields(text, "indicator", "region", "unit") if row[2] == "亿元"]
    assert levels == [
        ("固定资产投资", "东川区", "亿元"),
        ("固定资产投资", "青石县", "亿元"),
        ("固定资产投资", "南浦县", "亿元"),
    ]


def test_a_stage_count_and_its_rate_after_a_plan_are_what_was_reached() -> None:
    text = (
        "分行业看：\n"
        "新能源项目24个，总投资310.5亿元，年内计划完成投资42亿元，开复工项目18个，开复工率75%；\n"
        "智能制造项目16个，总投资126.4亿元，年内计划完成投资30.2亿元，开复工项目14个，开复工率88%。"
    )
    reached = [row for row in _rows(text) if "开复工" in row[0]]
    assert reached == [
        ("开复工新能源项目", Decimal(18), "个", Decimal(24), Decimal(75)),
        ("开复工智能制造项目", Decimal(14), "个", Decimal(16), Decimal(88)),
    ]
    planned = [row for row in _rows(text) if row[1] is None]
    assert [row[3] for row in planned] == [Decimal(42), Decimal("30.2")]


def test_a_stage_count_stays_planned_when_its_own_clause_plans_it() -> None:
    # 36 of 40 is 90%, but 将 plans both
    text = "全县实施项目40个，今年将新开工项目36个，开工率达到90%。"
    rows = _rows(text)
    assert [(row[1], row[3]) for row in rows if "开工" in row[0]] == [
        (None, Decimal(36)),
        (None, Decimal(90)),
    ]


def test_a_table_under_groups_of_uneven_width_reads_the_second_header_row() -> None:
    # 地区 spans both header rows; 经济总量 spans three columns, 创新投入 two
    text = (
        "2023年各县主要经济指标统计表\n"
        "地区 | 经济总量 | 创新投入 | |||\n"
        "规模以上工业增加值总额(亿元) | 规模以上工业增加值增长率(%) | "
        "社会消费品零售总额(亿元) | 研发经费投入强度(%) | 发明专利授权量增长率(%) | |\n"
        "东川县 | 412.36 | 7.4 | 218.05 | 2.1 | 12.5 |\n"
        "青石县 | 198.70 | -2.3 | 96.44 | 1.4 | -6.0 |\n"
        "南浦县 | 150.02 | 5.1 | 88.10 | 0.9 | 3.3 |\n"
    )
    east = [
        fields_row
        for fields_row in fields(text, "indicator", "value", "unit", "yoy_growth", "region")
        if fields_row[4] == "东川县"
    ]
    assert east == [
        ("规模以上工业增加值", Decimal("412.36"), "亿元", Decimal("7.4"), "东川县"),
        ("社会消费品零售总额", Decimal("218.05"), "亿元", None, "东川县"),
        ("研发经费投入强度", Decimal("2.1"), "%", None, "东川县"),
        ("发明专利授权量", None, None, Decimal("12.5"), "东川县"),
    ]


def test_a_change_said_with_one_character_is_no_level_and_its_growth_is_of_what_moved() -> None:
    text = (
        "其中機械設備增42.6億美元(年增18.4%)、紡織品減3.2億美元(年減11.9%)。"
        "尤其是「電子零件」（增215億元，升12.3%）和「光學器材」（增58億元，跌4.1%）。"
        "另有提議刪減3500萬元。"
    )
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("机械设备", None, None, Decimal("18.4")),
        ("纺织品", None, None, Decimal("-11.9")),
        ("电子零件", None, None, Decimal("12.3")),
        ("光学器材", None, None, Decimal("-4.1")),
        ("提议删减", Decimal(3500), "万元", None),
    ]


def test_a_share_that_names_and_counts_its_whole_gives_the_part_its_target_and_rate() -> None:
    text = (
        "全县318个重点项目中，新开工48个，占130个新建项目的36.9%；"
        "复工项目150个，占续建项目188个的79.8%；东川区企业40家，占全县企业总数的12%。"
    )
    assert [row for row in _rows(text) if row[3] is not None] == [
        ("新开工项目", Decimal(48), "个", Decimal(130), Decimal("36.9")),
        ("复工项目", Decimal(150), "个", Decimal(188), Decimal("79.8")),
    ]


def test_the_work_ahead_announced_at_length_makes_the_items_after_it_targets() -> None:
    text = (
        "局党组书记在会上表示，为确保三年行动落到实处，2025年县人社局将在以下四个方面下功夫、"
        "求实效。一是稳就业，全县城镇新增就业3800人左右，举办专场招聘会60场以上；"
        "二是强服务，毕业生跟踪回访率、就业服务率达到100%。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("城镇新增就业", None, Decimal(3800)),
        ("举办专场招聘会", None, Decimal(60)),
        ("毕业生跟踪回访率", None, Decimal(100)),
        ("就业服务率", None, Decimal(100)),
    ]


def test_a_share_of_what_is_due_is_how_much_of_the_work_was_done() -> None:
    text = (
        "截至9月底，全县已收获玉米38.6万亩，占应收面积的62.4%；"
        "冬小麦已播12.1万亩，占应播面积的48%。"
    )
    assert fields(text, "value", "unit", "completion_rate") == [
        (Decimal("38.6"), "万亩", Decimal("62.4")),
        (Decimal("12.1"), "万亩", Decimal(48)),
    ]


def test_the_work_ahead_announced_in_a_long_line_ending_with_a_colon_opens_a_plan() -> None:
    text = (
        "为推动就业局势持续稳定向好，2025年县人社局将在以下三个方面重点发力：\n"
        "一是全县城镇新增就业3800人左右；二是举办专场招聘会60场以上。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("城镇新增就业", None, Decimal(3800)),
        ("举办专场招聘会", None, Decimal(60)),
    ]


def test_a_length_said_after_a_count_is_the_length_of_what_was_counted() -> None:
    # own words: channels and roads counted, each with its length in km or 公里
    text = "新修灌溉渠道12条长8.36km，其中干渠3条长4.05km；硬化机耕道路7条，全长5.2公里。"
    assert _rows(text) == [
        ("新修灌溉渠道", Decimal("12"), "条", None, None),
        ("新修灌溉渠道长度", Decimal("8.36"), "km", None, None),
        ("干渠", Decimal("3"), "条", None, None),
        ("干渠长度", Decimal("4.05"), "km", None, None),
        ("硬化机耕道路", Decimal("7"), "条", None, None),
        ("硬化机耕道路全长", Decimal("5.2"), "公里", None, None),
    ]


def test_birds_camels_and_ponds_are_counted_in_their_own_units() -> None:
    # own words: 羽 for poultry, 峰 for camels, 匹 for horses, 口 for ponds and wells
    text = "全县家禽存栏86万羽，骆驼出栏0.32万峰，同比增长15.6%；马存栏1.2万匹；新打机电井14口。"
    assert [(f.indicator, f.value, f.unit, f.yoy_growth) for f in extract(text).figures] == [
        ("家禽存栏", Decimal("86"), "万羽", None),
        ("骆驼出栏", Decimal("0.32"), "万峰", Decimal("15.6")),
        ("马存栏", Decimal("1.2"), "万匹", None),
        ("新打机电井", Decimal("14"), "口", None),
    ]


def test_places_listed_in_order_after_the_measure_take_its_name() -> None:
    # own words: a monthly assessment ranking counties by score, no colon before the list
    text = "经考评，3月份各县区项目建设得分由高到低依次为临河县86.5分、青石县84分、南浦区79.5分。"
    assert [(f.indicator, f.value, f.unit, f.region) for f in extract(text).figures] == [
        ("项目建设得分", Decimal("86.5"), "分", "临河县"),
        ("项目建设得分", Decimal("84"), "分", "青石县"),
        ("项目建设得分", Decimal("79.5"), "分", "南浦区"),
    ]


def test_what_was_found_names_the_part_put_right() -> None:
    # own words: problems found by an unannounced inspection, the part put right and its rate
    text = "此次明察暗访共发现存在问题136条，完成整改118条，整改率86.76%。"
    assert _rows(text) == [
        ("完成整改问题", Decimal("118"), "条", Decimal("136"), Decimal("86.76")),
    ]


def test_a_hotline_answer_rate_completes_the_count_answered() -> None:
    # own words: calls received, answered directly with its rate, connected with its rate
    text = (
        "1-5月，热线共受理诉求5.36万件；直接答复3.91万件，直接答复率72.95%。"
        "共呼入来电8640个，接通8412个，接通率97.36%。"
    )
    rows = [(f.indicator, f.value, f.completion_rate, f.target) for f in extract(text).figures]
    assert ("直接答复", Decimal("3.91"), Decimal("72.95"), Decimal("5.36")) in rows
    assert ("接通", Decimal("8412"), Decimal("97.36"), Decimal("8640")) in rows
    assert not [r for r in rows if r[0].endswith("率")]


def test_places_and_firms_listed_at_a_growth_bound_each_grew_past_it() -> None:
    # own words: cities said short with a count in words, firms and products after 等
    text = (
        "全市有7个县的县域工业增加值增幅超过全省平均水平，其中临江、青石两市增幅超过12%。"
        "重点企业1至9月实现产值61亿元，宏达、金丰、远洋等5家企业同比增幅在30%以上。"
        "其中电缆、光纤等12种产品产量同比增速超过20%。"
    )
    rows = [
        (f.indicator, f.value, f.unit, f.qualifier, f.yoy_growth, f.region)
        for f in extract(text).figures
    ]
    assert ("增幅超过12%市", Decimal("2"), "个", None, None, None) in rows
    assert ("县域工业增加值", None, None, ">", Decimal("12"), "临江") in rows
    assert ("县域工业增加值", None, None, ">", Decimal("12"), "青石") in rows
    assert ("同比增幅在30%以上企业", Decimal("5"), "家", None, None, None) in rows
    assert [r[0] for r in rows if r[4] == Decimal("30")] == ["宏达产值", "金丰产值", "远洋产值"]
    assert [r[0] for r in rows if r[4] == Decimal("20")] == ["电缆产量", "光纤产量"]


def test_places_listed_past_a_share_of_their_plan_each_completed_past_it() -> None:
    # own words: cities said short whose investment passed half the year's plan
    text = "分市看，临江、青石、南浦等3市完成投资占年度计划的50%以上。"
    rows = [
        (f.indicator, f.value, f.qualifier, f.completion_rate, f.region)
        for f in extract(text).figures
    ]
    assert rows == [
        ("完成投资占年度计划的50%以上市", Decimal("3"), None, None, None),
        ("投资", None, ">", Decimal("50"), "临江"),
        ("投资", None, ">", Decimal("50"), "青石"),
        ("投资", None, ">", Decimal("50"), "南浦"),
    ]


def test_a_long_line_announcing_the_targets_opens_the_plan() -> None:
    # own words: a long lead-in clause, then the year's expected targets on the next line
    text = (
        "综合考虑宏观经济形势和全市发展预期，结合我区实际，2025年全区经济社会发展的"
        "主要预期目标安排如下：\n地区生产总值增长6.5%左右；规上工业增加值增长9%；"
        "城镇登记失业率控制在3.5%以内。"
    )
    assert [
        (f.indicator, f.value, f.unit, f.qualifier, f.target) for f in extract(text).figures
    ] == [
        ("地区生产总值", None, "%", "≈", Decimal("6.5")),
        ("规上工业增加值", None, "%", None, Decimal("9")),
        ("城镇登记失业率", None, "%", "<", Decimal("3.5")),
    ]


def test_a_full_stop_for_the_point_of_an_amount_is_read_as_the_point() -> None:
    # own words: a converter turned the points of an amount and a growth into full stops
    text = "全区共完成进出口总额386。42亿元，同比增长12。6%；共有外贸企业215家。18家企业新入统。"
    rows = [(f.indicator, f.value, f.unit, f.yoy_growth) for f in extract(text).figures]
    assert rows[0] == ("进出口总额", Decimal("386.42"), "亿元", Decimal("12.6"))
    assert ("外贸企业", Decimal("215"), "家", None) in rows  # (家。18家: two counts)


def test_places_estimated_past_a_growth_bound_are_of_what_was_done() -> None:
    # own words: a review with estimates; the bound names no measure, the growths before do
    # (the last of them said of a zone, which is no part of the measure)
    text = (
        "全省上半年规上工业增加值增长8.1%，兰州新区规上工业增加值增长18.1%。"
        "58个工业主导县预计52个实现增长，"
        "宁县、正宁县、瓜州县等3个县区预计增速20%以上。"
    )
    rows = [
        (f.indicator, f.value, f.target, f.qualifier, f.yoy_growth, f.region)
        for f in extract(text).figures
    ]
    assert ("实现增长", Decimal("52"), None, None, None, "工业主导县") in rows
    assert ("预计增速20%以上县区", Decimal("3"), None, None, None, None) in rows
    assert [r[5] for r in rows if r[0] == "规上工业增加值" and r[3] == ">"] == [
        "宁县",
        "正宁县",
        "瓜州县",
    ]


def test_a_ranking_by_class_of_county_is_named_by_the_measure_before() -> None:
    # own words: a weekly notice ranks counties in classes; the measure holds a bound of
    # its own, and the week is a period, no part of the name
    text = (
        "本周新签约3000万元及以上工业项目数量从多到少，一类县（市、区）依次为：江城7个，"
        "河口4个；二类县（市、区）依次为：北岭3个，南湖、东坡1个。"
    )
    rows = [(f.indicator, f.value, f.unit, f.region, f.period) for f in extract(text).figures]
    assert rows == [
        ("新签约3000万元及以上工业项目", Decimal(v), "个", place, "本周")
        for v, place in [("7", "江城"), ("4", "河口"), ("3", "北岭"), ("1", "南湖"), ("1", "东坡")]
    ]


def test_projects_not_started_or_stopped_are_named_by_their_state() -> None:
    # own words: 动工 is a stage as 开工 is; its rate completes the part of the set
    text = (
        "截至9月底，全县86个县级重点项目已有79个动工建设，动工率达91.9%，"
        "5个项目尚未动工，2个项目停工。"
    )
    rows = [(f.indicator, f.value, f.completion_rate, f.target) for f in extract(text).figures]
    assert rows == [
        ("动工建设县级重点项目", Decimal("79"), Decimal("91.9"), Decimal("86")),
        ("尚未动工项目", Decimal("5"), None, None),
        ("停工项目", Decimal("2"), None, None),
    ]


def test_shares_after_the_whole_they_are_of() -> None:
    # own words: 在…中 names the whole of the shares that follow, in this sentence only
    text = (
        "在全县规上工业总产值中，食品加工业产值占31.2%，装备制造业产值占27.5%。"
        "新能源汽车产量1.2万辆，出口占18%。"
    )
    rows = [(f.indicator, f.value) for f in extract(text).figures]
    assert ("食品加工业产值占规上工业总产值比重", Decimal("31.2")) in rows
    assert ("装备制造业产值占规上工业总产值比重", Decimal("27.5")) in rows
    assert ("出口占比", Decimal("18")) in rows


def test_percentages_written_with_their_sign_in_brackets_are_changes() -> None:
    # own words: categories of a price index, each with its change signed in brackets
    text = "各大类价格指数中，燃料(+3.18%)和家居用品(+0.42%)上升；通讯(-1.57%)下降。"
    rows = [(f.indicator, f.value, f.unit, f.yoy_growth) for f in extract(text).figures]
    assert rows == [
        ("燃料", None, None, Decimal("3.18")),
        ("家居用品", None, None, Decimal("0.42")),
        ("通讯", None, None, Decimal("-1.57")),
    ]


def test_places_with_bracketed_values_take_the_measure_said_after_them() -> None:
    # own words: the places come first with their growths, the measure after, then 分别
    text = "北塘区(11.6%)和东沙县(9.4%)工业投资增速分别居全市第1位和第3位。"
    rows = [(f.indicator, f.value, f.yoy_growth, f.region) for f in extract(text).figures]
    assert rows == [
        ("工业投资", None, Decimal("11.6"), "北塘区"),
        ("工业投资", None, Decimal("9.4"), "东沙县"),
    ]


def test_a_whole_named_after_a_period_leaves_the_heading_before_it() -> None:
    # own words: a heading without a full stop runs into the sentence that names the whole
    text = "家电类增幅居前\n今年5月的社会消费品零售总额中，网上零售额占21.4%。"
    rows = [(f.indicator, f.value) for f in extract(text).figures]
    assert rows == [("网上零售额占社会消费品零售总额比重", Decimal("21.4"))]


def test_a_budget_approved_at_length_is_the_target_of_its_rate() -> None:
    # own words: who approved the adjusted budget takes more than twenty characters
    text = (
        "2024年县级一般公共预算收入预计完成12.6亿元，完成县第十七届人大常委会第二十三次会议"
        "批准收入调整预算12.1亿元的104.1%。"
    )
    rows = [(f.indicator, f.value, f.completion_rate, f.target) for f in extract(text).figures]
    assert rows == [("县级一般公共预算收入", Decimal("12.6"), Decimal("104.1"), Decimal("12.1"))]


def test_the_circumstances_of_a_growth_are_no_part_of_its_name() -> None:
    # own words: 在…情况下 says how hard it was, the growth is of the level before
    text = "税收收入48.2亿元，在大规模留抵退税的情况下增长2.4%；在外需收缩的背景下，出口增长5.1%。"
    rows = [(f.indicator, f.value, f.yoy_growth) for f in extract(text).figures]
    assert rows == [
        ("税收收入", Decimal("48.2"), Decimal("2.4")),
        ("出口", None, Decimal("5.1")),
    ]


def test_a_plan_stated_after_what_was_done_is_its_target_when_a_precise_rate_agrees() -> None:
    # own words: the plan comes paragraphs later under another name; the rates to a tenth
    # or finer agree with it (the count's rate is read with its stage)
    text = (
        "1-9月，全市重点工程完成投资186.45亿元，占年度计划的74.58%；"
        "棚改已开工3.4218万套，开工率81.47%；招商签约项目完成投资40亿元，完成率80%。\n"
        "今年全市安排重点工程年度计划投资250亿元，棚户区改造开工目标任务4.2001万套，"
        "招商引资计划到位资金50亿元。"
    )
    rows = {f.value: f.target for f in extract(text).figures if f.value is not None}
    assert rows[Decimal("186.45")] == Decimal("250")
    assert rows[Decimal("3.4218")] == Decimal("4.2001")
    assert rows[Decimal("40")] == Decimal("50")  # (implied by the rate: 40 is 80% of 50 only)


def test_scores_in_brackets_after_places_are_figures_without_unit() -> None:
    # own words: a monthly assessment lists each district with its score in brackets
    text = (
        "10月份各区文明城市创建测评排名如下：\n"
        "城区组：东湖区(91.35)、西岸区(88.07)、南山街道(85.6)。"
    )
    rows = [(f.indicator, f.value, f.unit, f.region) for f in extract(text).figures]
    assert rows == [
        ("文明城市创建测评", Decimal("91.35"), None, "东湖区"),
        ("文明城市创建测评", Decimal("88.07"), None, "西岸区"),
        ("文明城市创建测评", Decimal("85.6"), None, "南山街道"),
    ]


def test_places_ranked_by_what_they_have_done_give_completion_rates() -> None:
    # own words: 完成投资情况较好 ranks the places; their percentages are how much they did
    text = "分县区看，东岭、西河完成投资情况较好，分别为88.12%、81.5%。"
    rows = [(f.indicator, f.value, f.completion_rate, f.region) for f in extract(text).figures]
    assert rows == [
        ("投资", None, Decimal("88.12"), "东岭"),
        ("投资", None, Decimal("81.5"), "西河"),
    ]


def test_a_ledger_of_tasks_in_prose_cells_reads_the_task_as_target() -> None:
    # own words: a 督查 ledger pasted with bars; its cells are prose, not numbers, so the
    # rows are read as sentences: what the task asks is the target of what was done beside it
    text = (
        "序号 | 工作任务 | 责任单位 | 落实情况 |\n"
        "1 | 新建农村公路120公里，改造危桥8座。 | 县交通局 |"
        " 已建成农村公路132公里，改造危桥6座。 |\n"
        "2 | 新增城镇就业3000人 | 县人社局 | 新增城镇就业3260人，完成任务的108.7%。 |"
    )
    rows = [(f.indicator, f.value, f.unit, f.target) for f in extract(text).figures]
    assert rows == [
        ("建成农村公路", Decimal("132"), "公里", Decimal("120")),
        ("改造危桥", Decimal("6"), "座", Decimal("8")),
        ("新增城镇就业", Decimal("3260"), "人", Decimal("3000")),
    ]


def test_amounts_per_person_and_month_keep_their_unit() -> None:
    # own words: 元/人月 and 元/人年 are the units of a standard of support
    text = (
        "城乡低保标准提高到820元/人月，特困人员供养标准提高到15600元/人年，高龄津贴每人200元/月。"
    )
    units = [(f.value, f.unit) for f in extract(text).figures]
    assert (Decimal("820"), "元/人月") in units
    assert (Decimal("15600"), "元/人年") in units
    assert (Decimal("200"), "元/月") in units


def test_a_place_said_as_what_it_is_names_no_measure() -> None:
    # own words: 作为省会城市 says what the city is; the growth is of the measure of the heading
    text = (
        "1-9月，全省规模以上工业增加值同比增长6.1%。从各市的具体数据来看，东州市作为省会城市，"
        "本月同比增长仅为0.8%，累计同比增长2.4%。"
    )
    rows = [(f.indicator, f.yoy_growth) for f in extract(text).figures]
    assert rows == [
        ("规模以上工业增加值", Decimal("6.1")),
        ("规模以上工业增加值", Decimal("0.8")),
        ("规模以上工业增加值", Decimal("2.4")),
    ]


def test_a_county_that_added_some_then_reached_a_total() -> None:
    # own words: 其中，<county>新增12家，达96家: the county's new ones, then its total
    text = "全市高新技术企业达到980家。其中，邹城新增12家，达96家。"
    rows = [(f.indicator, f.value, f.region) for f in extract(text).figures]
    assert ("新增高新技术企业", Decimal("12"), "邹城") in rows
    assert ("高新技术企业", Decimal("96"), None) in rows


def test_the_years_amount_after_a_share_is_the_target() -> None:
    # own words: 占全年X的Y%: the year's amount is what was set, the percentage how much is done
    text = "截至6月底，全县劳务收入5.12亿元，占全年10.24亿元的50%。"
    (figure,) = extract(text).figures
    assert (figure.indicator, figure.value, figure.target, figure.completion_rate) == (
        "劳务收入",
        Decimal("5.12"),
        Decimal("10.24"),
        Decimal("50"),
    )


def test_subjects_counted_where_they_are_named_share_the_values_after() -> None:
    # own words: 12个新建项目、30个续建项目分别完成投资…，各占年计划的…
    text = (
        "其中，12个新建项目、30个续建项目分别完成投资18.6亿元、52.4亿元，各占年计划的62%、88.5%。"
    )
    rows = [(f.indicator, f.value, f.unit, f.completion_rate) for f in extract(text).figures]
    assert rows == [
        ("新建项目", Decimal("12"), "个", None),
        ("续建项目", Decimal("30"), "个", None),
        ("新建项目投资", Decimal("18.6"), "亿元", Decimal("62")),
        ("续建项目投资", Decimal("52.4"), "亿元", Decimal("88.5")),
    ]


def test_money_given_to_a_project_is_the_target_of_its_investment() -> None:
    # own words: 下达资金 is the plan of the project's investment; the next project's own
    # rate takes no target from the one before
    text = (
        "东溪治理工程下达资金5000万元，其中中央资金3000万元，已完成投资4100万元，投资完成率82%；"
        "西溪治理工程于3月开工，下达资金4200万元，完成投资3444万元，投资完成率82%。"
    )
    first, second = (f for f in extract(text).figures if f.completion_rate)
    assert (first.indicator, first.value, first.target) == (
        "东溪治理工程投资",
        Decimal("4100"),
        Decimal("5000"),
    )
    assert (second.value, second.target) == (Decimal("3444"), None)


def test_places_ranked_by_growth_alone_grew_in_the_measure_before() -> None:
    # own words: 增速前三位的县是… names only the growth; the measure is the one whose growth
    # the text gave before; the rank may be said without a verb (增速后两位的县是…)
    text = (
        "1-9月，全市工业投资完成88.6亿元，同比增长15.2%。增速前两位的县是：东岭县21.4%、"
        "南川县19.8%，增速后两位的县是北河县6.1%、西陵县5.5%。"
    )
    rows = [(f.indicator, f.value, f.yoy_growth, f.region) for f in extract(text).figures]
    assert rows[1:] == [
        ("工业投资", None, Decimal("21.4"), "东岭县"),
        ("工业投资", None, Decimal("19.8"), "南川县"),
        ("工业投资", None, Decimal("6.1"), "北河县"),
        ("工业投资", None, Decimal("5.5"), "西陵县"),
    ]


def test_projects_that_reached_either_of_two_stages_are_named_stages_first() -> None:
    # own words: 项目开工在建, 项目竣工或投产: the set named by the stages it reached
    text = "全市45个重点项目中，物流园项目等36个项目开工在建，其中，冷链项目等9个项目竣工或投产。"
    names = [(f.indicator, f.value) for f in extract(text).figures]
    assert ("开工在建项目", Decimal("36")) in names
    assert ("竣工或投产项目", Decimal("9")) in names


def test_three_sectors_said_without_marks_are_three_names() -> None:
    text = "一二三产业占GDP比重分别为12.5%、40.3%、47.2%。"
    assert [f.indicator for f in extract(text).figures] == [
        "第一产业占GDP比重",
        "第二产业占GDP比重",
        "第三产业占GDP比重",
    ]


def test_a_list_of_industries_whose_names_hold_and_and_have() -> None:
    # own words: 有色 and 和 inside the names of industries do not end or split the list
    text = (
        "食品制造业、有色金属冶炼和压延加工业、化学原料和化学制品制造业增加值"
        "分别增长8.2%、12.6%和9.9%。"
    )
    rows = [(f.indicator, f.yoy_growth) for f in extract(text).figures]
    assert rows == [
        ("食品制造业增加值", Decimal("8.2")),
        ("有色金属冶炼和压延加工业增加值", Decimal("12.6")),
        ("化学原料和化学制品制造业增加值", Decimal("9.9")),
    ]


def test_to_the_end_of_a_month_said_with_zhi_alone_is_a_period() -> None:
    text = "农业项目5个，至10月底已累计完成投资2.36亿元。"
    figure = extract(text).figures[-1]
    assert (figure.indicator, figure.value, figure.period) == (
        "农业项目投资",
        Decimal("2.36"),
        "至10月底",
    )


def test_a_league_named_without_meng_is_a_place() -> None:
    text = (
        "1-9月各盟市财政收入：1.赤峰(101.25亿元 同比增长2.2%，下同)、2.锡林郭勒(95.79亿元 5.6%)、"
        "3.阿拉善(26.21亿元 0.3%)。"
    )
    rows = [(f.indicator, f.value, f.yoy_growth, f.region) for f in extract(text).figures]
    assert rows == [
        ("财政收入", Decimal("101.25"), Decimal("2.2"), "赤峰"),
        ("财政收入", Decimal("95.79"), Decimal("5.6"), "锡林郭勒"),
        ("财政收入", Decimal("26.21"), Decimal("0.3"), "阿拉善"),
    ]


def test_places_counted_then_their_measure_and_when() -> None:
    # own words: A(…)、B(…)三地财政收入在1-3月均…: the measure after the places and their count
    text = (
        "全市规上工业增加值增长6.8%。\n\n长治(28.6亿)、运城(25.1亿)、吕梁(24.9亿)三地财政收入"
        "在1-3月均在二十亿以上。"
    )
    rows = [(f.indicator, f.value, f.region) for f in extract(text).figures]
    assert rows[1:] == [
        ("财政收入", Decimal("28.6"), "长治"),
        ("财政收入", Decimal("25.1"), "运城"),
        ("财政收入", Decimal("24.9"), "吕梁"),
    ]


def test_a_growth_after_two_completion_rates_is_the_levels() -> None:
    # own words: the level, its rate of the first budget, of the adjusted one, then how it fell
    text = (
        "一般公共预算收入实际完成52,316万元，完成年初预算的98.2%，完成调整预算的101.5%，"
        "比上年减少3,120万元，下降5.63%。"
    )
    first, second = extract(text).figures
    assert (first.indicator, first.value, first.completion_rate, first.yoy_growth) == (
        "一般公共预算收入",
        Decimal("52316"),
        Decimal("98.2"),
        Decimal("-5.63"),
    )
    assert (second.value, second.completion_rate, second.yoy_growth) == (
        None,
        Decimal("101.5"),
        None,
    )


def test_what_was_really_done_is_named_without_really() -> None:
    # own words: 实际 before 完成 says the outturn, it is no part of the name
    text = "该工程实际完成投资3.6亿元。城镇新增就业实际完成1.2万人。"
    assert [(f.indicator, f.value) for f in extract(text).figures] == [
        ("该工程投资", Decimal("3.6")),
        ("城镇新增就业", Decimal("1.2")),
    ]


def test_a_growth_on_a_named_year_said_with_tong_bi() -> None:
    # own words: 同比2022年增长 is the growth on that year, of the level before
    text = "全区技术服务业收入8.6亿元，同比2022年增长9.3%。预计2024全年达到10亿元以上。"
    rows = [(f.indicator, f.value, f.yoy_growth, f.target) for f in extract(text).figures]
    assert rows == [
        ("技术服务业收入", Decimal("8.6"), Decimal("9.3"), None),
        ("技术服务业收入", None, None, Decimal("10")),
    ]


def test_places_listed_before_one_rate_each_had_it() -> None:
    # own words: a rate is no total of the places listed; each reached it
    text = "全市重点项目开工率为91.2%，其中江南区、河口镇、新华街道的开工率达到100%。"
    rows = fields(text, "region", "completion_rate")
    assert rows[1:] == [
        ("江南区", Decimal("100")),
        ("河口镇", Decimal("100")),
        ("新华街道", Decimal("100")),
    ]


def test_the_other_places_are_a_region_not_part_of_the_name() -> None:
    # own words: after the places named, 其他县 is where the rest stand
    text = "从各县情况看，东城县、西平县开工率分别为92.5%、88.1%，其他县开工率均达到100%。"
    last = extract(text).figures[-1]
    assert (last.region, last.completion_rate) == ("其他县", Decimal("100"))
    assert "其他" not in last.indicator


def test_two_stages_either_reached_name_the_count() -> None:
    # own words: 竣工或投产 are two stages, no set before them to put last
    text = "今年以来新开工项目27个，竣工或投产项目19个；另有已竣工或投产12个。"
    assert fields(text, "indicator", "value")[-1] == (
        "竣工或投产",
        Decimal("12"),
    )


def test_rates_after_counted_projects_are_of_their_investment() -> None:
    # own words: the projects are counted, the rates are of what they invested this year
    text = "全县5个省重点项目、9个市重点项目，年度投资完成率分别达到112%、87.5%。"
    rows = fields(text, "indicator", "value", "completion_rate")
    assert rows == [
        ("省重点项目", Decimal("5"), None),
        ("市重点项目", Decimal("9"), None),
        ("省重点项目年度投资", None, Decimal("112")),
        ("市重点项目年度投资", None, Decimal("87.5")),
    ]


def test_towns_ranked_after_a_colon_by_their_governments() -> None:
    # own words: the ranking's lead is the clause before the colon; the items are the towns'
    # governments, each with its rate of the measure ranked
    text = "疫苗接种率排名前两名的乡镇：东湖镇政府99%、南岭乡人民政府96%。"
    rows = fields(text, "indicator", "region", "value")
    assert rows == [
        ("疫苗接种率", "东湖镇", Decimal("99")),
        ("疫苗接种率", "南岭乡", Decimal("96")),
    ]


def test_places_listed_after_the_bound_they_passed() -> None:
    # own words: the places that stand past each bound, one figure each
    text = (
        "各县中，绿化完成率达到90%以上的有东安县、西林县；绿化完成率在60%以下的有北岗县和南屏县。"
    )
    rows = fields(text, "indicator", "region", "completion_rate", "qualifier")
    assert rows == [
        ("绿化", "东安县", Decimal("90"), ">"),
        ("绿化", "西林县", Decimal("90"), ">"),
        ("绿化", "北岗县", Decimal("60"), "<"),
        ("绿化", "南屏县", Decimal("60"), "<"),
    ]


def test_the_field_of_a_rank_is_no_figure() -> None:
    # own words: the 27 parks are where the rank was taken, not a count of anything done
    text = "该基地产值同比增长18.5%，增速在全省27个战略性新兴产业集聚发展基地中居第3位。"
    assert fields(text, "value", "yoy_growth") == [(None, Decimal("18.5"))]


def test_work_done_as_a_share_of_the_whole_task_is_its_rate() -> None:
    # own words: land and road measured against the whole task; tasks counted stay a share
    text = (
        "完成征地面积2310.5亩，占总任务量的46.21%；乡村道路累计完成86.4公里，占总建设任务的72%。"
        "滞后的有9个，占总任务的6.3%。"
    )
    rows = fields(text, "value", "unit", "completion_rate")
    assert rows == [
        (Decimal("2310.5"), "亩", Decimal("46.21")),
        (Decimal("86.4"), "公里", Decimal("72")),
        (Decimal("9"), "个", None),
        (Decimal("6.3"), "%", None),
    ]


def test_one_amount_in_two_units_across_a_slash() -> None:
    # own words: households and floor area of the same demolition, then its progress
    text = "累计完成房屋征收126户/15230.5平方米，征收进度100%。"
    rows = fields(text, "indicator", "value", "unit")
    assert rows == [
        ("房屋征收", Decimal("126"), "户"),
        ("房屋征收", Decimal("15230.5"), "平方米"),
    ]


def test_how_far_a_rank_moved_is_no_figure() -> None:
    # own words: ranks and the places a rank moved, spaced as a PDF sets them
    text = "全县GDP增速由第 15 位升至第 6 位，前移了9个名次，较去年同期提高9位。"
    assert [f.value for f in extract(text).figures] == []


def test_a_table_ranked_first_is_read_by_its_places() -> None:
    # own words: the rank column is no label; each place's level with its growth
    text = (
        "排行 | 各县区 | 2024年GDP(亿元) | 增速(%) |\n"
        "1 | 东城区 | 412.6 | 5.1 |\n2 | 西湖县 | 308.2 | 4.7 |"
    )
    rows = fields(text, "region", "indicator", "value", "yoy_growth")
    assert rows == [
        ("东城区", "GDP", Decimal("412.6"), Decimal("5.1")),
        ("西湖县", "GDP", Decimal("308.2"), Decimal("4.7")),
    ]


def test_both_ends_of_a_range_are_no_figures() -> None:
    # own words: where the places stand, between two bounds
    text = "其余四个县的地区生产总值介于120亿元至180亿元之间，人均收入在3万元到4万元之间。"
    assert list(extract(text).figures) == []


def test_a_bound_before_kinds_of_firm_names_a_group() -> None:
    # own words: the firms past the bound are kinds, not places, so the bound is no figure
    text = "全县产值在10亿元以上的有龙头企业、骨干企业。"
    assert list(extract(text).figures) == []


def test_growths_in_brackets_named_by_the_words_after_the_list() -> None:
    # own words: industries with their growths in brackets; the measure and the growth word
    # follow the list, and one item's name holds a 及 of its own
    text = "纺织业(35.2%)、煤炭及其制品业(18.4%)投资保持较快增长。"
    rows = fields(text, "indicator", "value", "yoy_growth")
    assert rows == [
        ("纺织业投资", None, Decimal("35.2")),
        ("煤炭及其制品业投资", None, Decimal("18.4")),
    ]


def test_places_left_out_then_places_that_grew_after_a_colon() -> None:
    # own words: the places excepted fell, the others grew; each is a growth of the measure
    text = (
        "分县看，除东城县(-4.2%)投资下降外，其余3个县投资均实现增长：南山县(12.5%)、北岭县(7.1%)。"
    )
    rows = [(f.region, f.indicator, f.yoy_growth) for f in extract(text).figures if f.region]
    assert rows == [
        ("东城县", "投资", Decimal("-4.2")),
        ("南山县", "投资", Decimal("12.5")),
        ("北岭县", "投资", Decimal("7.1")),
    ]


def test_the_average_a_clause_compares_with_is_the_topic_growth_of_the_whole() -> None:
    # own words: the topic is the growth of a measure; the places left out name no topic,
    # the bracket after 高于全国平均水平 is the nation's growth and the list the provinces'
    text = (
        "从规模以上工业增加值增速来看，除山西、云南外，其他省份增速均高于全国平均水平(5.8%)，"
        "青海(12.3%)、贵州(10.1%)增速位列前两位。"
    )
    rows = fields(text, "region", "indicator", "value", "yoy_growth")
    assert rows == [
        ("全国", "规模以上工业增加值", None, Decimal("5.8")),
        ("青海", "规模以上工业增加值", None, Decimal("12.3")),
        ("贵州", "规模以上工业增加值", None, Decimal("10.1")),
    ]


def test_a_period_growth_compared_with_the_nation_in_the_next_sentence() -> None:
    # own words: the growth of the sentence before, compared with the nation's in brackets
    text = "全市规上工业增加值增长8.2%。累计增速高于全国(4.1%)4.1个百分点。"
    rows = fields(text, "region", "indicator", "yoy_growth")
    assert rows == [
        (None, "规上工业增加值", Decimal("8.2")),
        ("全国", "规上工业增加值", Decimal("4.1")),
    ]


def test_projects_listed_at_a_bound_of_their_plan_done() -> None:
    # own words: named projects past a bound of the year's planned investment, without 等
    text = "东港码头、西江大桥2个项目年度计划投资完成率超100%。"
    rows = fields(text, "indicator", "value", "completion_rate", "qualifier", "region")
    assert rows[1:] == [
        ("投资", None, Decimal("100"), ">", "东港码头"),
        ("投资", None, Decimal("100"), ">", "西江大桥"),
    ]
    assert rows[0][1] == Decimal("2")


def test_places_past_a_bound_of_their_investment_plan_spaced() -> None:
    # own words: a count spaced from its 等 and 县(市、区); the plan's share is the rate done
    text = "南城区、北山县等 2 县(市、区)年度投资计划突破 45% 以上。"
    rows = fields(text, "indicator", "completion_rate", "qualifier", "region")
    assert rows[1:] == [
        ("投资", Decimal("45"), ">", "南城区"),
        ("投资", Decimal("45"), ">", "北山县"),
    ]


def test_departments_listed_with_each_are_each_a_figure() -> None:
    # own words: departments (one with a 和 in its name) sharing one count with 各, after a
    # total; each department is the region of the total's measure
    text = "全区共报送信息56条。其中，统计局9条，文化和旅游局、应急管理局各3条，区人民政府2条。"
    rows = fields(text, "region", "indicator", "value")
    assert rows == [
        (None, "报送信息", Decimal("56")),
        ("统计局", "报送信息", Decimal("9")),
        ("文化和旅游局", "报送信息", Decimal("3")),
        ("应急管理局", "报送信息", Decimal("3")),
        ("区人民政府", "报送信息", Decimal("2")),
    ]


def test_departments_ranked_without_a_colon() -> None:
    # own words: the kind of unit ranked, then the first department with no colon
    text = "办结率排名后两名的部门水务局81%、审批局85%。"
    rows = fields(text, "region", "value")
    assert rows == [("水务局", Decimal("81")), ("审批局", Decimal("85"))]
    assert {f.indicator for f in extract(text).figures} == {"办结率"}


def test_funds_won_past_a_bound_in_a_review_are_levels() -> None:
    # own words: the year's review; what was won (争取…资金超过…) is done, and so is what follows
    text = "去年争取超长期特别国债等各类政策资金超过120亿元，实施亿元以上项目86个。"
    rows = fields(text, "value", "target", "qualifier")
    assert rows == [(Decimal("120"), None, ">"), (Decimal("86"), None, None)]


def test_tasks_chosen_for_the_year_are_targets() -> None:
    # own words: a heading announcing the year's chosen 实事, then list headings and items
    text = "区政府2026年度十件民生实事项目正式出炉！\n一、道路提升工程\n硬化村内道路12万平方米。"
    rows = [(f.value, f.target) for f in extract(text).figures if f.unit == "万平方米"]
    assert rows == [(None, Decimal("12"))]
    # own words: the tasks chosen, introduced by a colon inside the sentence
    text = "市政府确定了为群众办好8件实事：一是改造农村公路300公里；二是新建幼儿园5所。"
    rows = [(f.value, f.target) for f in extract(text).figures if f.unit in ("公里", "所")]
    assert rows == [(None, Decimal("300")), (None, Decimal("5"))]


def test_tasks_chosen_before_and_now_reported_are_levels() -> None:
    # own words: the tasks were chosen at the start of the year; what follows was done
    text = "年初，区人大代表票决确定10项民生实事项目。\n一、道路工程\n改造农村公路280公里。"
    rows = [(f.value, f.target) for f in extract(text).figures if f.unit == "公里"]
    assert rows == [(Decimal("280"), None)]


def test_gaps_to_time_progress_said_apart_from_their_rates() -> None:
    # own words: a gap said in the next sentence of the rate's own words; a gap of zero
    text = (
        "累计完成投资88.6亿元，占年度计划的58.2%。"
        "完成年度计划投资比率较时间进度要求(62.5%)稍慢4.3个百分点。"
    )
    rows = fields(text, "completion_rate", "time_progress_gap_pp")
    assert rows == [(Decimal("58.2"), Decimal("-4.3"))]
    text = "一季度完成投资31.4亿元，完成年度计划的25%，总体情况与时间进度持平。"
    rows = fields(text, "completion_rate", "time_progress_gap_pp")
    assert rows == [(Decimal("25"), Decimal("0"))]


def test_gaps_listed_for_two_places_in_turn() -> None:
    # own words: the gaps share their unit and follow the places' levels in turn
    text = "东区、西区分别完成投资41.2亿元、23.5亿元，赶超时间进度6.12、3.05个百分点。"
    rows = fields(text, "region", "time_progress_gap_pp")
    assert rows == [("东区", Decimal("6.12")), ("西区", Decimal("3.05"))]
    text = (
        "道路工程、水利工程一季度分别完成12.5亿元、8.2亿元，"
        "其中两类工程的时间进度比较分别超过2.1个百分点和1.4个百分点。"
    )
    gaps = [f.time_progress_gap_pp for f in extract(text).figures]
    assert gaps == [Decimal("2.1"), Decimal("1.4")]


def test_places_ranked_by_progress_after_their_count() -> None:
    # own words: the rate of the investment just reported, by place, ranked by progress
    text = (
        "完成工程投资20.5亿元，占年度计划的48.6%。进度居前的2个市分别是：南宁市66.2%，北海市61%。"
    )
    rows = [(f.region, f.indicator, f.completion_rate) for f in extract(text).figures if f.region]
    assert rows == [
        ("南宁市", "工程投资", Decimal("66.2")),
        ("北海市", "工程投资", Decimal("61")),
    ]


def test_projects_counted_by_what_is_not_done_are_named_state_first() -> None:
    # own words: an inspection counts projects by how their work goes or what is not done
    text = (
        "督查的40个项目中，7个项目前期工作进度缓慢，4个项目主体工程尚未动工，"
        "2个项目存在问题，另有11个建设项目未按序时进度完成，5个具体事项推进未达序时要求。"
    )
    names = fields(text, "indicator", "value")
    assert names == [
        ("项目", Decimal("40")),
        ("前期工作进度缓慢项目", Decimal("7")),
        ("主体工程尚未动工项目", Decimal("4")),
        ("存在问题项目", Decimal("2")),
        ("未按序时进度完成建设项目", Decimal("11")),
        ("推进未达序时要求具体事项", Decimal("5")),
    ]
    # (a whole set said to go well is named as it is)
    whole = [f.indicator for f in extract("全年30项重点任务总体进展良好。").figures]
    assert whole == ["重点任务总体进展良好"]


def test_lengths_in_metres_and_earth_in_cubic_units() -> None:
    # own words: winter water works counted in metres, earth moved in 万方 and 万立方,
    # machines in 台班; parties (三方协议) are no figure
    text = (
        "清淤沟渠8200米，完成土方量36.5万立方，其中疏浚土方21万方，出动机械0.8万台班。"
        "各乡镇签订三方协议，四方联动推进。"
    )
    rows = fields(text, "indicator", "value", "unit")
    assert convert(Decimal("21"), "万方", "立方米") == Decimal("210000")
    assert rows == [
        ("清淤沟渠", Decimal("8200"), "米"),
        ("土方量", Decimal("36.5"), "万立方"),
        ("疏浚土方", Decimal("21"), "万方"),
        ("出动机械", Decimal("0.8"), "万台班"),
    ]


def test_a_rate_named_by_the_verb_of_the_count_before_it() -> None:
    # own words: the share of households that reached a stage, said right after their count
    text = "截至目前，旧村改造项目累计签约3280户，签约率98.6%；累计腾空3105户，腾空率93.4%。"
    rows = fields(text, "value", "completion_rate")
    assert rows == [(Decimal("3280"), Decimal("98.6")), (Decimal("3105"), Decimal("93.4"))]
    # not after a count of what did not reach it, nor for a rate that stands for itself
    text = "共收到提案130件，不予立案9件，立案率93.1%。本科以上上线1620人，上线率78%。"
    rates = [f.value for f in extract(text).figures if f.unit == "%"]
    assert rates == [Decimal("93.1"), Decimal("78")]


def test_the_teams_an_inspection_formed_are_counted_not_the_places_it_visited() -> None:
    # own words: the teams are a figure named by the team; the towns visited are its scope
    text = "县政府办公室派出4个督导组，深入全县15个乡镇开展专项督查。"
    rows = fields(text, "indicator", "value")
    assert rows == [("督导组", Decimal("4"))]
    text = "县农业农村局由局领导带队组成6个小组深入各镇。"
    assert fields(text, "indicator", "value") == [("小组", Decimal("6"))]


def test_lamps_and_rounds_are_counted_in_their_own_units() -> None:
    # own words: street lamps in 盏, rounds of inspection in 轮次
    text = "全年新装路灯260盏，开展明察暗访9轮次。"
    rows = fields(text, "value", "unit")
    assert rows == [(Decimal("260"), "盏"), (Decimal("9"), "轮次")]


def test_funds_and_projects_won_are_done_not_aimed_at() -> None:
    # own words: 新争取 and 向上争取 report what was won; a programme's projects (市级计划项目)
    # are a kind of project, no plan
    text = (
        "去年全区新争取“农业废弃物资源化利用关键技术”等国家重点研发计划项目12项，"
        "实施市级计划项目205项，向上争取各类项目28项。"
    )
    rows = fields(text, "indicator", "value", "target")
    assert rows == [
        ("新争取国家重点研发计划项目", Decimal("12"), None),
        ("实施市级计划项目", Decimal("205"), None),
        ("向上争取项目", Decimal("28"), None),
    ]
    # (争取 before what is to be reached is still an aim)
    aimed = only("明年争取新增高新技术企业30家。")
    assert (aimed.value, aimed.target) == (None, Decimal("30"))


def test_places_counted_by_their_growth_against_the_average_then_listed() -> None:
    # own words: the places are counted state first; each bracketed rate after 分别为 is the
    # growth of the measure they were counted by
    text = (
        "全省9个县区工业投资实现正增长，其中：5个县区工业投资增幅高于全省平均水平，"
        "分别为东川区(38.2%)、青石县(21.5%)；3个县区工业投资负增长，分别为西岭区(-6.4%)、"
        "南浦区(-12.1%)。"
    )
    rows = fields(text, "indicator", "value", "yoy_growth", "region")
    assert rows == [
        ("工业投资正增长县区", Decimal("9"), None, None),
        ("工业投资增幅高于全省平均水平县区", Decimal("5"), None, None),
        ("工业投资", None, Decimal("38.2"), "东川区"),
        ("工业投资", None, Decimal("21.5"), "青石县"),
        ("工业投资负增长县区", Decimal("3"), None, None),
        ("工业投资", None, Decimal("-6.4"), "西岭区"),
        ("工业投资", None, Decimal("-12.1"), "南浦区"),
    ]


def test_growths_in_the_next_sentence_are_of_the_measure_places_were_counted_by() -> None:
    # own words: 其中 opens a new sentence; the growths are of 规上工业增加值, not of the
    # count of places (nor of the field 12个市中)
    text = (
        "一季度，全省12个市中有9个市规上工业增加值实现增长，5个市增速高于全省平均水平。"
        "其中，东川区、北港区分别增长11.2%、9.6%。"
    )
    rows = fields(text, "indicator", "value", "yoy_growth")
    assert rows == [
        ("规上工业增加值增长市", Decimal("9"), None),
        ("增速高于全省平均水平市", Decimal("5"), None),
        ("规上工业增加值", None, Decimal("11.2")),
        ("规上工业增加值", None, Decimal("9.6")),
    ]


def test_counts_side_by_side_in_parts_of_a_sentence_are_not_one_figure_restated() -> None:
    # own words: two counts of 6, named alike, in parts after ；: two figures
    text = "6个县区一般公共预算收入增幅高于全市平均水平；6个县区税收收入增幅高于全市平均水平。"
    values = fields(text, "value")
    assert values == [(Decimal("6"),), (Decimal("6"),)]
    # (the same figure said again in the next sentence is still one)
    again = "全区新增高新技术企业45家。其中，新增高新技术企业45家，创历史新高。"
    assert fields(again, "value") == [(Decimal("45"),)]


def test_a_table_with_the_year_plan_beside_the_quarter_target() -> None:
    # own words: the rate is of the quarter's target; the year's plan is a target of its own
    text = (
        "2024年1-3月重点项目完成情况表\n单位：亿元\n"
        "县区 | 年度投资计划 | 一季度目标任务 | 一季度完成投资 | 完成一季度目标任务占比(%) |\n"
        "东川区 | 84.6 | 16.0 | 18.4 | 115% |\n"
        "青石县 | 41.2 | 8.5 | 6.8 | 80% |\n"
    )
    rows = fields(text, "region", "value", "target", "completion_rate")
    assert rows == [
        ("东川区", Decimal("18.4"), Decimal("16.0"), Decimal("115")),
        ("东川区", None, Decimal("84.6"), None),
        ("青石县", Decimal("6.8"), Decimal("8.5"), Decimal("80")),
        ("青石县", None, Decimal("41.2"), None),
    ]


def test_the_size_that_names_a_kind_of_project_is_no_figure() -> None:
    # own words: 10亿元(1500万美元以上)项目 is a kind counted; the share after the aside
    # (含3个省重点项目) is of the kind, not of the aside's count
    text = (
        "全市一季度集中开工项目96个，其中，10亿元(1500万美元以上)项目31个(含3个省重点项目)，"
        "占比32.3%；2亿元项目65个。"
    )
    rows = fields(text, "indicator", "value", "unit")
    assert rows == [
        ("集中开工项目", Decimal("96"), "个"),
        ("10亿元(1500万美元以上)项目", Decimal("31"), "个"),
        ("省重点项目", Decimal("3"), "个"),
        ("10亿元(1500万美元以上)项目占比", Decimal("32.3"), "%"),
        ("2亿元项目", Decimal("65"), "个"),
    ]


def test_one_wan_yi_said_without_a_digit() -> None:
    # own words: 首超万亿元 is more than 1 万亿元 (the 首 of "the first time" is no name)
    figure = only("前三季度，全省规上工业营业收入首超万亿元，同比增长8.4%。")
    assert (figure.indicator, figure.value, figure.unit, figure.qualifier) == (
        "规上工业营业收入",
        Decimal("1"),
        "万亿元",
        ">",
    )
    assert figure.value is not None and figure.unit is not None
    assert convert(figure.value, figure.unit, "亿元") == Decimal("10000")


def test_industries_counted_by_how_they_went_are_named_state_first() -> None:
    # own words: no field (34个行业大类中) before the counts; each is named by its state, and
    # the places' growths after them are of the measure, not of the count of industries
    text = (
        "从累计增速看，有6个行业增幅进一步扩大，3个行业增速由负转正，5个行业降幅收窄，"
        "21个行业小类实现增长。"
    )
    rows = fields(text, "indicator", "value")
    assert rows == [
        ("增幅扩大行业", Decimal("6")),
        ("增速由负转正行业", Decimal("3")),
        ("降幅收窄行业", Decimal("5")),
        ("增长行业小类", Decimal("21")),
    ]
    text = "全市规上工业增加值增长8.6%，28个行业实现增长。分县区看，东川区增长12.4%。"
    assert fields(text, "indicator", "yoy_growth")[-1] == ("规上工业增加值", Decimal("12.4"))


def test_places_after_a_group_that_led_take_the_count_not_the_share() -> None:
    # own words: a clause naming a group of provinces and how it stood names no measure; the
    # provinces' counts are of the count before (not of the share said between them), and a
    # province listed last with 各 is the province alone
    text = (
        "从分布看，入围县(市)数量为95个。闽浙粤等沿海大省继续领跑，福建18个，占全省县(市)"
        "数量的比重达到31%，浙江、广东分别为15个、12个，占比均在20%以上；湖北、湖南各4个。"
    )
    # (数量 goes from the name, as everywhere)
    rows = fields(text, "indicator", "value", "unit", "region")
    assert rows == [
        ("入围县(市)", Decimal("95"), "个", None),
        ("入围县(市)", Decimal("18"), "个", "福建"),
        ("入围县(市)占全省县(市)数量的比重", Decimal("31"), "%", None),
        ("入围县(市)", Decimal("15"), "个", "浙江"),
        ("入围县(市)", Decimal("12"), "个", "广东"),
        ("入围县(市)占比", Decimal("20"), "%", None),
        ("入围县(市)", Decimal("4"), "个", "湖北"),
        ("入围县(市)", Decimal("4"), "个", "湖南"),
    ]


def test_a_place_in_a_group_of_places_is_named_without_the_group() -> None:
    # own words: the group's own figure keeps the group in its name; a province in it does not
    text = "中部地区规上工业增加值增长7.2%，其中河南增长8.1%，湖北增长6.4%。"
    assert fields(text, "indicator", "yoy_growth", "region") == [
        ("中部地区规上工业增加值", Decimal("7.2"), None),
        ("规上工业增加值", Decimal("8.1"), "河南"),
        ("规上工业增加值", Decimal("6.4"), "湖北"),
    ]


def test_projects_counted_then_the_rate_of_their_years_plan() -> None:
    # own words: the count names the projects, without the plan; the rate is of their
    # investment (the year's plan is its target, not part of its name)
    text = (
        "全市312个重点建设项目年度计划投资完成率58.4%，其中，96个交通项目年度投资完成率"
        "61.2%，上年度结转项目27个。"
    )
    assert fields(text, "indicator", "value", "unit", "completion_rate") == [
        ("重点建设项目", Decimal("312"), "个", None),
        ("重点建设项目投资", None, None, Decimal("58.4")),
        ("交通项目", Decimal("96"), "个", None),
        ("交通项目投资", None, None, Decimal("61.2")),
        ("上年度结转项目", Decimal("27"), "个", None),
    ]


def test_the_rate_of_a_stages_target_is_the_counts() -> None:
    # own words: 开工目标完成率 after the projects started is their completion rate (the target
    # follows from it), and 入库率 after the projects entered is theirs
    text = "截至6月底，新开工项目9个，年度开工目标完成率75%；竣工项目4个，竣工目标任务完成率40%。"
    assert fields(text, "indicator", "value", "completion_rate", "target") == [
        ("新开工项目", Decimal("9"), Decimal("75"), Decimal("12")),
        ("竣工项目", Decimal("4"), Decimal("40"), Decimal("10")),
    ]
    figure = only("一季度入库项目84个，入库率42%。")
    assert (figure.indicator, figure.value, figure.completion_rate) == (
        "入库项目",
        Decimal("84"),
        Decimal("42"),
    )


def test_what_an_action_was_done_to_is_named_by_the_action() -> None:
    # own words: 对…进行验收 / 开展复核: the value counts what the action was done to, named by
    # the action, not by the words before 对
    text = "年内计划对12个市级科技项目进行验收。科技局邀请专家对全县18家孵化器开展了绩效复核。"
    assert fields(text, "indicator", "value", "target") == [
        ("验收市级科技项目", None, Decimal("12")),
        ("绩效复核孵化器", Decimal("18"), None),
    ]


def test_places_left_out_name_no_figure() -> None:
    # own words: 除…以外的其余 leaves places out; the rest are counted by how their measure went
    text = (
        "1-9月，除青石县和南浦镇以外的其余9个县区规上工业增加值均实现增长。其中，东川区增长8.2%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth", "region") == [
        ("规上工业增加值增长县区", Decimal("9"), None, None),
        ("规上工业增加值", None, Decimal("8.2"), "东川区"),
    ]


def test_xushi_alone_is_time_progress() -> None:
    # own words: 超序时 / 落后时序 without 进度 state the gap to time progress all the same
    text = "1-8月，全区重点项目完成投资42.6亿元，占年度计划的71.3%，超序时4.6个百分点。"
    figure = only(text)
    assert (figure.completion_rate, figure.time_progress_gap_pp) == (
        Decimal("71.3"),
        Decimal("4.6"),
    )
    figure = only("技改投资完成年度计划的52%，落后时序14.7个百分点。")
    assert figure.time_progress_gap_pp == Decimal("-14.7")


def test_the_years_investment_done_and_its_rate_of_completion() -> None:
    # own words: 完成年度投资 is the investment done (the year's plan is its target), and
    # 完成投资率 is its completion rate
    text = (
        "全区重点项目120个，总投资350亿元，年度投资64亿元，截至9月底，完成年度投资48.2亿元，"
        "完成投资率75.31%。"
    )
    figure = extract(text).figures[-1]
    assert (figure.indicator, figure.value, figure.completion_rate, figure.target) == (
        "投资",
        Decimal("48.2"),
        Decimal("75.31"),
        Decimal("64"),
    )


def test_a_count_named_by_the_words_after_it_fills_no_plan_before() -> None:
    # own words: the plan of one thing is not done by a count of another named after it
    text = (
        "全市高新技术企业总数将达到1200家，同比增长25%；科技型中小企业入库860家；"
        "3家产业集群获批省级创新型产业集群。"
    )
    rows = fields(text, "indicator", "value", "target")
    assert ("高新技术企业", None, Decimal("1200")) in rows  # (总数 goes, as everywhere)
    assert rows[-1] == ("产业集群", Decimal("3"), None)


def test_a_bound_on_many_rises_is_no_figure() -> None:
    # own words: 涨幅均超15% bounds the rises listed before it; it is no figure of its own
    text = "从增速看，东川区(16.6%)、西岭区(19.6%)同比涨幅均超15%。"
    assert Decimal("15") not in [value for (value,) in fields(text, "value")]
    assert len(fields(text, "value")) == 2


def test_a_plan_said_with_nian_alone_and_the_period_of_what_was_done() -> None:
    # own words: 年预计投资 is the year's estimate of the projects' investment; the period of a
    # plan's actual is the one said with what was done
    text = "全县安排重点项目86个，年预计投资42.5亿元。其中，新开工项目31个，年预计投资18.2亿元。"
    rows = fields(text, "indicator", "value", "target")
    assert ("重点项目投资", None, Decimal("42.5")) in rows
    assert ("新开工项目投资", None, Decimal("18.2")) in rows
    text = "全区重点项目45项，年计划投资96亿元，1-8月完成投资70.3亿元。"
    figure = extract(text).figures[-1]
    assert (figure.value, figure.target, figure.period) == (
        Decimal("70.3"),
        Decimal("96"),
        "1-8月",
    )


def test_the_places_after_the_leader_are_figures_of_its_measure() -> None:
    # own words: 其次分别为 lists the places after the leader; 百强县 is a title, no county
    text = "浙江百强县数量最多，达到23个，其次分别为江苏16个、山东12个、福建7个。"
    assert fields(text, "indicator", "region", "value") == [
        ("百强县", "浙江", Decimal("23")),
        ("百强县", "江苏", Decimal("16")),
        ("百强县", "山东", Decimal("12")),
        ("百强县", "福建", Decimal("7")),
    ]
    text = "分县看，青石县实现规上工业产值最多，为58.6亿元，其次是临江市41.2亿元。"
    assert fields(text, "region", "value")[-1] == ("临江市", Decimal("41.2"))
    assert {name for (name,) in fields(text, "indicator")} == {"规上工业产值"}


def test_a_ledger_s_task_is_the_target_of_what_the_cell_beside_it_says_was_done() -> None:
    # own words: 项目内容 asks, 进展情况 says what was done; a row short of cells (the serial and
    # the unit answering merged over rows) keeps its task and its progress side by side
    text = (
        "2024年县政府民生实事项目进展情况表\n"
        "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
        "1 | 新建城市书房12家。 | 已建成城市书房9家。 | 文广旅体局 |\n"
        "改造农贸市场3个。 | 已完成改造4个农贸市场。 | ||\n"
        "2 | 开展老年人健康体检2万人次。 | 完成老年人健康体检16830人次。 | 卫健局 |\n"
    )
    assert fields(text, "value", "unit", "target") == [
        (Decimal("9"), "家", Decimal("12")),
        (Decimal("4"), "个", Decimal("3")),
        (Decimal("16830"), "人次", Decimal("20000")),
    ]


def test_places_compared_with_in_brackets_have_the_measure_just_read() -> None:
    # own words: 低于A(n个)、B(n个): the places compared with, each its own figure of the measure
    text = "全省拥有省级工程技术研究中心126个，在全国低于江苏(410个)、浙江(305个)和广东(298个)。"
    assert fields(text, "indicator", "region", "value") == [
        ("省级工程技术研究中心", None, Decimal("126")),
        ("省级工程技术研究中心", "江苏", Decimal("410")),
        ("省级工程技术研究中心", "浙江", Decimal("305")),
        ("省级工程技术研究中心", "广东", Decimal("298")),
    ]


def test_a_length_done_takes_the_stage_rate_right_after_it() -> None:
    # own words: 完工率 rates the length finished just before it, as 竣工率 rates a count
    figure = only("全县农村公路提档升级完工86.4公里，完工率92.5%。")
    assert (figure.value, figure.unit, figure.completion_rate) == (
        Decimal("86.4"),
        "公里",
        Decimal("92.5"),
    )


def test_xiada_stays_in_the_name_and_the_budget_arranged_is_the_plan() -> None:
    # own words: 下达 hands money down (the 达 of 达到 goes, not this one); 占预算安排的 is a
    # completion rate against the budget as arranged
    figure = only("截至5月底，各级财政资金下达86.3亿元，占预算安排的72.4%。")
    assert (figure.indicator, figure.value, figure.completion_rate) == (
        "下达财政资金",  # (the stage first: test_money_that_reached_a_stage_is_named_stage_first)
        Decimal("86.3"),
        Decimal("72.4"),
    )


def test_a_plan_named_at_length_before_its_amount_and_rate() -> None:
    # own words: 占年初计划应安排资金额X亿元的N%: the plan, named at some length, then the rate
    figure = only("全县民生资金到位8.62亿元，占年初计划应安排资金额9.1亿元的94.7%。")
    assert (figure.value, figure.target, figure.completion_rate) == (
        Decimal("8.62"),
        Decimal("9.1"),
        Decimal("94.7"),
    )


def test_parts_of_a_set_by_state_are_named_by_state_and_set() -> None:
    # own words: the parts of 32项民生实事 by state; 其余 is the rest of the set, 进展顺利 how
    # the set goes; only the part done has the set as its target
    text = (
        "全市32项民生实事进展顺利，其中有12项已提前完成全年任务，15项超序时进度，其余5项有序推进。"
    )
    assert fields(text, "indicator", "value", "target")[1:] == [
        ("提前完成全年任务民生实事", Decimal("12"), Decimal("32")),
        ("超序时进度民生实事", Decimal("15"), None),
        ("有序推进民生实事", Decimal("5"), None),
    ]


def test_a_ledger_pasted_a_cell_a_line() -> None:
    # own words: the same ledger, each cell on its own line (as copied from a web page): the
    # task's figure is the target of the progress beside it, in the progress's unit
    text = (
        "2023年市级民生实事进展情况\n\n序号\n\n实事内容\n\n牵头单位\n\n进展情况\n\n"
        "1\n\n完成农村危房改造1.2万户。\n\n市住建局\n\n已完成改造10860户，完成率90.5%。\n\n"
        "2\n\n新建社区食堂40家。\n\n市民政局\n\n已建成社区食堂43家。\n"
    )
    assert fields(text, "value", "unit", "target") == [
        (Decimal("10860"), "户", Decimal("12000")),
        (Decimal("43"), "家", Decimal("40")),
    ]
    assert str(extract(text).figures[0].target) == "12000"


def test_the_tasks_listed_after_this_years_shishi_are_targets() -> None:
    # own words: 这十件民生实事分别是： lists the year's tasks, each a target (not what was done)
    text = "这十件民生实事分别是：新建农村公路120公里；改造老旧小区35个；新增托位600个。"
    assert fields(text, "value", "target") == [
        (None, Decimal("120")),
        (None, Decimal("35")),
        (None, Decimal("600")),
    ]


def test_the_start_rate_is_a_stage_rate() -> None:
    # own words: 启动率 rates the tasks started, as 开工率 rates the projects
    figure = only("全县12件民生实事已全部启动，启动率100%。")
    assert (figure.value, figure.completion_rate) == (Decimal("12"), Decimal("100"))


def test_a_set_all_at_a_stage_takes_the_stage_rate() -> None:
    # own words: 已全部开工，开工率100%: the whole set reached the stage
    figure = only("全区18个市重点项目已全部开工，开工率100%。")
    assert (figure.indicator, figure.value, figure.completion_rate) == (
        "开工市重点项目",
        Decimal("18"),
        Decimal("100"),
    )


def test_projects_of_a_construction_plan_are_counted_not_planned() -> None:
    # own words: 建设计划项目 are the projects listed in the plan: a count, no target
    figure = only("全县列入重点建设计划项目48个。")
    assert (figure.value, figure.target) == (Decimal("48"), None)


def test_a_table_of_the_month_and_the_months_so_far_each_with_its_growth() -> None:
    # own words: each growth column is of the column before it; the unit in the first row's
    # label holds below; # marks a part; 上年同期 and 增减(家) are no figures
    text = (
        "2024年5月消费品市场\n"
        "指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) |\n"
        "社会消费品零售总额(亿元) | 86.42 | 6.1 | 402.37 | 4.8 |\n"
        "# 餐饮收入 | 9.15 | 12.6 | 41.08 | 9.9 |\n"
    )
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("社会消费品零售总额", Decimal("86.42"), "亿元", Decimal("6.1")),
        ("社会消费品零售总额", Decimal("402.37"), "亿元", Decimal("4.8")),
        ("餐饮收入", Decimal("9.15"), "亿元", Decimal("12.6")),
        ("餐饮收入", Decimal("41.08"), "亿元", Decimal("9.9")),
    ]
    text = (
        "1-6月规上工业新增单位\n"
        "地区 | 1-6月 | 上年同期 | 增减(家) | 增长(%) |\n"
        "东川区 | 26 | 18 | 8 | 44.4 |\n"
        "西岭区 | 12 | 10 | 2 | 20.0 |\n"
    )
    assert fields(text, "region", "value", "yoy_growth") == [
        ("东川区", Decimal("26"), Decimal("44.4")),
        ("西岭区", Decimal("12"), Decimal("20.0")),
    ]


def test_jiezhi_with_the_year_inside_is_the_whole_period() -> None:
    # own words: 截至2024年9月底 is one period; nothing of it is left in the name
    text = "收入完成情况为：截至2024年9月底，全区完成一般公共预算收入2150万元，增长6.2%。"
    assert fields(text, "indicator", "period") == [("一般公共预算收入", "截至2024年9月底")]


def test_changes_against_a_baseline_are_no_figures_in_a_list_or_since_a_plan() -> None:
    # own words: every change of a list goes, not the first alone; so does a change since the
    # end of the last five-year plan, and the start of 由N年前的…提高到
    text = "东川区、西岭区分别为5805元、5389元，较上年同期增长423元和402元。"
    assert [value for (value,) in fields(text, "value")] == [Decimal("5805"), Decimal("5389")]
    text = "全县高新技术企业达到156家，较“十二五”末增加107家。"
    assert fields(text, "value") == [(Decimal("156"),)]
    text = "全市科技进步贡献率由3年前的52.3%提高到现在的61.8%。"
    assert fields(text, "indicator", "value") == [("科技进步贡献率", Decimal("61.8"))]


def test_how_far_from_the_average_is_no_figure() -> None:
    # own words: 低于全市平均水平421元 says how far below the average, not a level
    text = "全县农村居民人均可支配收入8120元，低于全市平均水平436元。"
    assert fields(text, "value") == [(Decimal("8120"),)]


def test_a_share_of_an_earlier_years_level_is_a_comparison() -> None:
    # own words: 恢复至2019年同期水平的81% compares with another year; no figure of its own
    text = "一季度全县接待游客86万人次，恢复至2019年同期水平的81%。"
    assert fields(text, "value") == [(Decimal("86"),)]


def test_a_growth_from_an_earlier_period_to_the_latest() -> None:
    # own words: 从1-3月的…起步/回落到1-9月的…: where the growth started is no figure; where it
    # stands is the growth of the measure, for the later period
    for text in (
        "全县规上工业增加值增速从1-3月的12.4%起步，到1-9月同比增长9.6%。",
        "全县规上工业增加值增速从1-3月的12.4%回落到1-9月的9.6%。",
    ):
        assert fields(text, "indicator", "yoy_growth", "period") == [
            ("规上工业增加值", Decimal("9.6"), "1-9月")
        ]


def test_money_that_reached_a_stage_is_named_stage_first() -> None:
    # own words: 到位/下达/拨付 after the money is named first, as 开工 is before projects
    text = "截至9月底，全县民生工程资金到位3.26亿元，省级补助资金下达1.2亿元。"
    assert [name for (name,) in fields(text, "indicator")] == [
        "到位民生工程资金",
        "下达省级补助资金",
    ]


def test_jiben_jiancheng_is_a_stage_named_first() -> None:
    # own words: 基本建成 is a stage (all but finished), named first as 建成 is
    figure = only("截至10月底，全县棚户区改造基本建成1260套，完成率为84%。")
    assert figure.indicator == "基本建成棚户区改造"


def test_a_count_of_those_who_did_something_is_named_deed_first() -> None:
    # own words: 企业申报… counts firms by what they did: 申报…企业 (企业认定为高新技术企业: the
    # deed names them already)
    text = "全县企业申报省级企业技术中心6家，项目新增纳入省重点项目库4个。"
    assert [name for (name,) in fields(text, "indicator")] == [
        "申报省级企业技术中心企业",
        "新增纳入省重点项目库项目",
    ]


def test_what_was_done_of_a_plan_keeps_its_own_unit() -> None:
    # own words: the plan in 万亩, what was done in 亩: the plan is converted, the level kept
    figure = only("计划新建高标准农田2万亩，现已建成18650亩。")
    assert (figure.value, figure.unit, figure.target) == (Decimal("18650"), "亩", Decimal("20000"))
    assert str(figure.target) == "20000"


def test_no_amount_converts_to_a_share() -> None:
    from jindu.extraction.units import convert

    assert convert(Decimal("100"), "亿", "%") is None
    assert convert(Decimal("1.5"), "万人", "人") == Decimal("15000")


def test_a_target_converted_to_the_actuals_unit_keeps_whole_numbers_whole() -> None:
    from jindu.extraction.units import in_unit

    assert str(in_unit(Decimal("1.5"), "万人", "人")) == "15000"
    assert in_unit(Decimal("37.5"), "万元", "亿元") == Decimal("0.00375")
    assert in_unit(Decimal("100"), "亿", "%") is None


def test_money_added_since_is_a_change_firms_added_a_figure() -> None:
    # own words: 净增860元 after an income is how much it moved; 净增45家 after a count of firms
    # is the firms added, a figure (as ho15)
    text = "全县农村居民人均可支配收入达到15620元，净增860元。"
    assert fields(text, "value") == [(Decimal("15620"),)]
    text = "全市高新技术企业总量达到612家，净增45家。"
    assert fields(text, "value") == [(Decimal("612"),), (Decimal("45"),)]


def test_a_part_ahead_of_schedule_is_no_set_of_the_parts_after_it() -> None:
    # own words: the 20 ahead of schedule are themselves a part; the 3 done are not of them
    text = (
        "有26个项目超过序时进度，其中省定20项民生工程全部超过序时进度；"
        "农村公路建设工程等3项已完成全年任务。"
    )
    assert fields(text, "value", "target")[-1] == (Decimal("3"), None)


def test_a_set_only_partly_at_a_stage_is_not_the_count_at_it() -> None:
    # own words: 部分已开工 says not all of the 12 started; the rate is of the stage, not the set
    text = "全县实施重点项目12个，部分已开工，开工率58%。"
    assert (Decimal("12"), None) in fields(text, "value", "completion_rate")


def test_a_ledger_row_with_more_done_than_asked_pairs_the_whole_not_its_part() -> None:
    # own words: one task, two figures of what was done in the same unit, the second a part
    # of the first (其中…): the task is the target of the whole; where two figures stand
    # side by side with no part and no name to tell them apart, the task stays its own
    text = (
        "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
        "1 | 新建城市书房12家。 | 已建成城市书房9家，其中3家已开放。 | 文广旅体局 |\n"
        "2 | 改造农贸市场3个。 | 已完成改造4个农贸市场。 | 商务局 |\n"
        "3 | 新增停车位800个。 | 新建公共停车位520个，改造停车位310个。 | 住建局 |\n"
    )
    rows = fields(text, "value", "target")
    assert (Decimal("9"), Decimal("12")) in rows
    assert (Decimal("3"), None) in rows
    assert (Decimal("4"), Decimal("3")) in rows
    assert (None, Decimal("800")) in rows


def test_the_parts_of_a_set_go_on_in_the_sentence_after_it() -> None:
    # own words: the parts of a set go on in the sentence after it, and no further
    text = (
        "全县28项民生实事进展顺利，其中12项已完成全年任务，主要有农村改厕等。"
        "9项超序时进度，其余7项有序推进。"
    )
    assert [name for (name,) in fields(text, "indicator")][-2:] == [
        "超序时进度民生实事",
        "有序推进民生实事",
    ]
    text = "全市今年共安排民生实事事项45个。截至三季度末，其中24个事项已提前完成全年任务。"
    assert fields(text, "value", "target")[-1] == (Decimal("24"), Decimal("45"))
    text = (
        "全市今年共安排民生实事事项45个。三季度进展较快。"
        "截至9月底，其中24个事项已提前完成全年任务。"
    )
    assert fields(text, "value", "target")[-1] == (Decimal("24"), None)


def test_a_view_over_collecting_departments_names_each_by_the_measure_before() -> None:
    text = (
        "前三季度，全县一般公共预算收入完成61250万元，同比增长7.4%。分征收部门看，"
        "税务部门完成42810万元，同比增长5.9%；财政部门完成18440万元，同比增长11.2%。"
    )
    assert fields(text, "indicator", "value", "region") == [
        ("一般公共预算收入", Decimal(61250), None),
        ("一般公共预算收入", Decimal(42810), "税务部门"),
        ("一般公共预算收入", Decimal(18440), "财政部门"),
    ]
    text = (
        "1-9月，全区一般公共预算收入完成38620万元，完成年度预算的72.4%。分征收部门完成情况："
        "国税局完成15230万元，增长4.6%；地税局完成23390万元，增长2.8%。"
    )
    assert fields(text, "indicator", "region", "yoy_growth")[1:] == [
        ("一般公共预算收入", "国税局", Decimal("4.6")),
        ("一般公共预算收入", "地税局", Decimal("2.8")),
    ]


def test_guns_and_medals_are_counted() -> None:
    text = "全年完成对1826家加油站、21530把加油枪的计量检定，分别完成年度计划的91.3%和87.6%。"
    assert fields(text, "value", "unit", "completion_rate") == [
        (Decimal(1826), "家", Decimal("91.3")),
        (Decimal(21530), "把", Decimal("87.6")),
    ]
    assert fields("运动员在省运会上获得金牌36枚。", "value", "unit") == [(Decimal(36), "枚")]


def test_signs_of_bounds_in_a_table_of_targets_are_qualifiers() -> None:
    text = "数量指标 新认定高新技术企业数 ≥8家 开展科技特派员服务 ≤ 12次"
    assert fields(text, "value", "unit", "qualifier") == [
        (Decimal(8), "家", ">"),
        (Decimal(12), "次", "<"),
    ]


def test_a_level_of_government_after_a_verb_is_no_place() -> None:
    text = "截至6月底，列入市重大项目23个，完成投资18.6亿元，完成年度投资计划的57.2%。"
    assert fields(text, "indicator", "region")[0] == ("列入市重大项目", None)
    text = "今年承办市政府为民办实事4项，均已完成。"
    assert fields(text, "indicator", "region") == [("承办市政府为民办实事", None)]


def test_a_city_named_with_cheng_is_a_place_not_a_kind_of_city() -> None:
    text = "截至目前，盐城市国家科技型中小企业入库数量已达286家。"
    assert fields(text, "indicator", "region") == [("入库国家科技型中小企业", "盐城市")]
    text = "大城市居民人均可支配收入达52380元。"
    assert fields(text, "indicator", "region") == [("大城市居民人均可支配收入", None)]


def test_ranks_shared_by_two_figures_are_no_figures() -> None:
    text = (
        "交通项目完成投资36亿元，占全年计划72%，水利项目完成投资12亿元，占全年计划65%，"
        "完成进度分居二、三位。"
    )
    assert fields(text, "value", "unit") == [(Decimal(36), "亿元"), (Decimal(12), "亿元")]


def test_the_field_of_a_ranking_with_what_it_took_part_in_is_no_figure() -> None:
    text = (
        "在全省参与考评的96个县市区中，东岭县科技创新综合指数位列第8位。"
        "4个功能区投资完成率排名依次是：高新区、临港区。"
    )
    assert fields(text, "value") == []


def test_ahead_of_time_progress_is_a_gap() -> None:
    text = "全县招商引资到位资金提前时序进度6.4个百分点。"
    assert fields(text, "time_progress_gap_pp") == [(Decimal("6.4"),)]


def test_how_a_figure_was_vetted_and_where_it_is_are_no_part_of_its_name() -> None:
    text = "1-8月，12个市级重点项目经市重点办审核完成投资15.36亿元，占年度计划的76%。"
    assert fields(text, "indicator", "value")[-1] == ("市级重点项目投资", Decimal("15.36"))
    assert fields("如今，这里的科技型企业总数达到52家。", "indicator") == [("科技型企业",)]
    text = "全县入库的138家科技型中小企业上年度研发费用达2.64亿元。"
    assert fields(text, "indicator")[-1] == ("科技型中小企业研发费用",)


def test_estimates_of_what_was_done_go_on_in_the_sentences_after() -> None:
    text = (
        "预计全年实现地区生产总值86.4亿元，比上年增长7.6%，完成年度计划的102.3%。"
        "其中第一、二产业增加值分别达到12.1亿元、30.5亿元，分别增长3.2%和9.4%；"
        "城镇居民人均可支配收入达到31250元，增长6.8%。"
    )
    assert fields(text, "value", "target", "yoy_growth") == [
        (Decimal("86.4"), None, Decimal("7.6")),
        (Decimal("12.1"), None, Decimal("3.2")),
        (Decimal("30.5"), None, Decimal("9.4")),
        (Decimal(31250), None, Decimal("6.8")),
    ]


def test_growths_after_values_of_industries_by_ordinal_go_to_those_values() -> None:
    text = "其中一、二产业增加值分别达到12.1亿元、30.5亿元，分别增长3.2%和9.4%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("第一产业增加值", Decimal("12.1"), Decimal("3.2")),
        ("第二产业增加值", Decimal("30.5"), Decimal("9.4")),
    ]


def test_parts_of_estimates_of_the_period_reported_are_actuals() -> None:
    text = (
        "1-9月，全市新签约亿元以上项目126个。预计全市实际到位省外资金512.6亿元、同比增长11.4%。"
        "其中来自长三角的项目38个、占比30.2%。"
    )
    assert fields(text, "value", "target")[-2:] == [(Decimal(38), None), (Decimal("30.2"), None)]


def test_the_price_basis_is_no_part_of_a_name() -> None:
    text = "全年实现现价地区生产总值52.6亿元。其中第一、二产业现价增加值分别达到8.3亿元、21.4亿元。"
    assert fields(text, "indicator") == [
        ("地区生产总值",),
        ("第一产业增加值",),
        ("第二产业增加值",),
    ]


def test_the_start_of_a_count_widened_is_no_figure() -> None:
    text = "全县民生工程项目由2012年的15项拓展为2023年的36项。"
    assert fields(text, "indicator", "value") == [("民生工程项目", Decimal(36))]


def test_an_estimate_of_the_half_year_said_again_without_this_year_is_of_what_was_done() -> None:
    text = (
        "今年上半年，全县上下统筹推进各项工作，经济恢复明显。"
        "预计上半年地区生产总值实现96亿元，增长4.2%。"
    )
    assert fields(text, "value", "target", "yoy_growth") == [(Decimal(96), None, Decimal("4.2"))]


def test_what_the_first_accounting_found_after_a_target_was_done() -> None:
    text = (
        "去年政府工作报告提出的预期目标是地区生产总值增长7%左右。"
        "事实上，据初步核算，全年地区生产总值达到2860亿元，比上年增长7.3%。"
    )
    assert fields(text, "value", "target", "yoy_growth")[-1] == (
        Decimal(2860),
        None,
        Decimal("7.3"),
    )


def test_a_set_of_anything_then_the_part_at_a_stage_under_one_noun() -> None:
    text = "今年新建的15所乡镇卫生院开工14所，累计完成投资2160万元。"
    assert fields(text, "value", "unit", "target")[0] == (Decimal(14), "所", Decimal(15))


def test_levels_in_brackets_after_projects_under_construction_keep_the_whole_noun() -> None:
    text = "其中：建设项目42项(省级9项、市级13项、县级20项)。"
    assert fields(text, "indicator")[1:] == [
        ("省级建设项目",),
        ("市级建设项目",),
        ("县级建设项目",),
    ]


def test_tasks_finished_and_projects_on_a_list_are_named_by_what_they_reached() -> None:
    assert fields("全年36项为民办实事项目顺利办结。", "indicator") == [("办结为民办实事项目",)]
    text = "市科学技术奖授奖项目近日公示，全县12个项目榜上有名。"
    assert fields(text, "indicator") == [("榜上有名项目",)]


def test_a_ceiling_after_a_rate_is_its_target() -> None:
    text = "城镇登记失业率3.86%，控制在4.2%以内，同比下降0.11个百分点。"
    assert fields(text, "value", "target") == [(Decimal("3.86"), Decimal("4.2"))]
    text = "完成率为85%，低于90%。"
    assert fields(text, "target") != [(Decimal(90),)]


def test_people_counted_right_after_their_units_share_the_deed() -> None:
    text = "参加生育保险512个单位18630人，完成年度目标任务的103.5%。"
    assert fields(text, "indicator", "value", "completion_rate") == [
        ("参加生育保险单位", Decimal(512), None),
        ("参加生育保险", Decimal(18630), Decimal("103.5")),
    ]


def test_a_ledger_a_cell_a_line_with_bars_between_pairs_tasks_and_progress_by_name() -> None:
    text = (
        "序号\n|\n工作任务\n|\n三季度完成情况\n|\n1\n|\n"
        "培育科技企业。科技型企业总量达到320家，入库科技型中小企业150家。\n|\n"
        "组织申报高新技术企业48家；入库科技型中小企业162家。\n|\n2\n|\n"
        "促进成果转化。技术合同交易额25亿元；实施产学研合作项目30个。\n|\n"
        "技术合同成交额19.6亿元，其中省外技术合同2300万元。实施产学研合作项目34项。\n|"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("科技型企业总量", None, Decimal(320)),
        ("申报高新技术企业", Decimal(48), None),
        ("入库科技型中小企业", Decimal(162), Decimal(150)),
        ("技术合同成交额", Decimal("19.6"), Decimal(25)),
        ("省外技术合同", Decimal(2300), None),
        ("实施产学研合作项目", Decimal(34), Decimal(30)),
    ]


def test_land_in_thousands_keeps_its_unit_as_written_and_people_are_counted() -> None:
    text = "全市粮食播种面积186.4千公顷，同比增长1.6%。全县常住人口达到56万3千人。"
    assert fields(text, "value", "unit") == [
        (Decimal("186.4"), "千公顷"),
        (Decimal(563000), "人"),
    ]


def test_the_budget_of_each_level_is_the_measure_before_by_region() -> None:
    text = (
        "1-6月，全市一般公共预算收入512.6亿元，增长3.1%。"
        "其中：市本级收入236.2亿元，下降1.2%；区级收入276.4亿元，增长6.8%。"
    )
    assert fields(text, "indicator", "region")[1:] == [
        ("一般公共预算收入", "市本级"),
        ("一般公共预算收入", "区级"),
    ]
    assert only("全年办理市委主要领导批示件436件。").indicator == "办理市委主要领导批示件"


def test_concentrations_in_written_out_units_and_work_against_the_whole_target() -> None:
    text = "PM2.5浓度39微克每立方米，下降12.4%；一氧化碳浓度1.2毫克每立方米，下降7.7%。"
    assert fields(text, "value", "unit", "yoy_growth") == [
        (Decimal(39), "微克每立方米", Decimal("-12.4")),
        (Decimal("1.2"), "毫克每立方米", Decimal("-7.7")),
    ]
    text = "今年计划改造农村户厕8600座，目前已完成6020座，占总目标的70%。"
    assert fields(text, "value", "completion_rate")[-1] == (Decimal(6020), Decimal(70))


def test_a_later_stage_of_the_set_takes_the_set_the_stage_before_took() -> None:
    text = "易地搬迁安置住房1560套，已开工1498套，开工率96.0%；已完工1302套，完成率83.5%。"
    assert fields(text, "indicator", "value", "target") == [
        ("开工易地搬迁安置住房", Decimal(1498), Decimal(1560)),
        ("完工易地搬迁安置住房", Decimal(1302), Decimal(1560)),
    ]


def test_a_table_a_cell_a_line_with_a_column_of_units_and_empty_cells() -> None:
    text = (
        "1-9月主要经济指标\n指标\n|\n单位\n|\n累计\n|\n±%\n|\n"
        "规模以上工业增加值\n|\n亿元\n|\n―\n|\n5.6\n|\n"
        "社会消费品零售总额\n|\n亿元\n|\n412.75\n|\n-2.3\n|\n"
        "一般公共预算收入\n|\n亿元\n|\n38.62\n|\n7.1\n|"
    )
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("规模以上工业增加值", None, None, Decimal("5.6")),
        ("社会消费品零售总额", Decimal("412.75"), "亿元", Decimal("-2.3")),
        ("一般公共预算收入", Decimal("38.62"), "亿元", Decimal("7.1")),
    ]


def test_a_table_whose_header_wraps_over_lines_and_whose_empty_cells_give_nothing() -> None:
    text = (
        "| 指 标 名 称 | 计算 单位 |\n9月 | 1-9月 累计 |\n累计比上年同期增长(%) | 结构(%) |\n"
        "| 一、社会消费品零售总额 | 万元 | 215630 | 1836420 | 4.2 | 100 |\n"
        "| 1、批发零售业 | 万元 | 190210 | 1625080 | 3.6 | 88.49 |\n"
        "| 二、限额以上企业数 | 个 | - | 216 | ||\n"
    )
    got = fields(text, "indicator", "value", "unit", "yoy_growth")
    assert ("社会消费品零售总额", Decimal(1836420), "万元", Decimal("4.2")) in got
    assert ("批发零售业", Decimal(190210), "万元", None) in got
    assert ("限额以上企业数", Decimal(216), "个", None) in got
    assert all(value is not None for _, value, _, _ in got)


def test_tax_offices_by_their_short_names_stand_for_the_measure_before() -> None:
    text = (
        "全县完成财政收入18240万元，同比增长5.1%。其中，国税完成7320万元，同比增长9.4%；"
        "地税完成8615万元，同比下降2.2%。"
    )
    assert fields(text, "indicator", "region")[1:] == [("财政收入", "国税"), ("财政收入", "地税")]


def test_work_on_the_land_done_is_named_by_the_deed_first() -> None:
    text = "全省秋粮收获6.12亿亩，进度过半；早稻移栽215万亩；农村危房改造落实2.8万户。"
    assert [name for (name,) in fields(text, "indicator")] == [
        "收获秋粮",
        "移栽早稻",
        "落实农村危房改造",
    ]
    assert fields("其中，华北地区收获约7成。", "indicator") != [("收获华北地区",)]


def test_batches_layouts_sectors_baselines_and_average_growths_are_no_figures() -> None:
    assert fields("坚持培育一批、储备一批，再建设改造一批老旧厂房。", "value") == []
    assert fields("今年工作主要特点有四个方面。这些企业呈现出3个特点。", "value") == []
    assert fields("全县三次产业结构持续优化。", "value") == []
    text = "空气优良天数为213天，去年同期为176天。"
    assert fields(text, "value") == [(Decimal(213),)]
    text = "本次考核的15个地级以上市中，11个地市的综合评价等次为优秀。"
    assert fields(text, "value") == [(Decimal(11),)]
    assert fields("“十三五”时期，园区产值年均复合增长高达9.6%。", "value") == []
    assert fields("全县工业投资增长高达36.5%。", "yoy_growth") == [(Decimal("36.5"),)]


def test_a_part_of_a_set_by_its_state_with_a_bare_de() -> None:
    text = "12项主要经济指标中，达到序时进度的9项，占比75%；未达序时进度的3项。"
    assert fields(text, "indicator", "value")[1::2] == [
        ("达到序时进度主要经济指标", Decimal(9)),
        ("未达序时进度主要经济指标", Decimal(3)),
    ]
    text = "督办事项共86项，已办结的 64 项，占比 74.4%。"
    assert fields(text, "value", "completion_rate", "target")[-1] == (
        Decimal(64),
        Decimal("74.4"),
        Decimal(86),
    )


def test_towns_of_a_kind_by_level_are_counted_not_places_and_not_one_figure() -> None:
    text = "全市已有市级以上专业镇21个，其中省级专业镇9个、市级专业镇9个。"
    assert fields(text, "indicator", "value", "region") == [
        ("市级以上专业镇", Decimal(21), None),
        ("省级专业镇", Decimal(9), None),
        ("市级专业镇", Decimal(9), None),
    ]


def test_the_price_basis_before_a_growth_leaves_it_to_the_level_before() -> None:
    text = "全区完成工业总产值286亿元，现价同比增长9.8%。"
    assert fields(text, "value", "yoy_growth") == [(Decimal(286), Decimal("9.8"))]
    text = "年内统计东莞市研究与试验发展经费投入总量首次突破80亿元。"
    assert fields(text, "region") == [(None,)]


def test_a_range_of_percentages_an_estimate_that_can_be_done_and_cities_up_to_standard() -> None:
    assert fields("改造后亩均产能可提高10%-15%。", "value", "yoy_growth") == []
    text = "全县晚稻已移栽36.2万亩，预计能完成38.5万亩。"
    assert fields(text, "indicator", "value", "target") == [
        ("移栽晚稻", Decimal("36.2"), Decimal("38.5")),
    ]
    text = "1-6月，全省21个城市环境空气质量达标。"
    assert fields(text, "indicator") == [("环境空气质量达标城市",)]


def test_a_target_and_rate_after_the_parts_are_of_the_whole_they_fit() -> None:
    text = (
        "参加城乡居民医疗保险41200人，其中成年居民8300人，学生儿童32900人，"
        "占年度目标任务25000人的164.8%。"
    )
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal(41200), Decimal(25000), Decimal("164.8")),
        (Decimal(8300), None, None),
        (Decimal(32900), None, None),
    ]


def test_proposals_dealt_with_are_the_done_part_of_those_taken_on() -> None:
    text = (
        "共承办人大代表建议和政协委员提案96件，其中已经解决或基本解决的有51件，占总数的53.1%；"
        "正在解决的30件，占31.3%；因条件限制暂时不能解决的15件，占15.6%。"
    )
    got = fields(text, "indicator", "value", "completion_rate", "target")
    assert got[1] == (
        "已经解决或基本解决人大代表建议和政协委员提案",
        Decimal(51),
        Decimal("53.1"),
        Decimal(96),
    )
    assert all(target is None for _, _, _, target in got[2:])
    text = "共收到提案620件，其中解决或采纳的提案438件，占70.6%。"
    assert fields(text, "indicator")[-1] == ("解决或采纳提案",)
    text = "纳入市重点项目库32个省级以上项目，其中已开工27个。"
    assert fields(text, "indicator", "value", "target") == [
        ("开工纳入市重点项目库省级以上项目", Decimal(27), Decimal(32))
    ]


def test_a_bureau_leading_what_it_answers_for_is_the_region() -> None:
    text = "截至目前，县水利局负责国债项目6个，开工4个，未开工2个。"
    assert fields(text, "indicator", "value", "target")[0] == (
        "开工国债项目",
        Decimal(4),
        Decimal(6),
    )
    text = "区卫健局共征求到意见建议86条。"
    assert fields(text, "indicator", "region") == [("征求到意见建议", "区卫健局")]


def test_one_state_said_two_ways_across_a_comma_is_one_name() -> None:
    text = "已经解决或基本解决，或已通过其他途径解决的(A类)48件，占承办总数的52.2%。"
    assert fields(text, "indicator", "value")[0] == ("解决或基本解决", Decimal(48))


def test_a_bureau_that_will_complete_the_years_tasks_opens_a_plan() -> None:
    text = (
        "市科技局将进一步抓好工作落实，确保高质量完成各项目标任务。"
        "全年培育高新技术企业60家，新增科技型中小企业120家，实现技术合同成交额增长15%。"
    )
    assert fields(text, "value", "target") == [
        (None, Decimal(60)),
        (None, Decimal(120)),
        (None, Decimal(15)),
    ]


def test_a_rate_said_next_of_the_measure_just_reported_is_its_rate() -> None:
    text = (
        "前三季度全市完成工业技改投资286亿元 同比增长9.3%\n"
        "全市工业技改投资完成全年目标的78.4%，超计划进度3.4个百分点。"
    )
    assert fields(text, "value", "completion_rate", "time_progress_gap_pp") == [
        (Decimal(286), Decimal("78.4"), Decimal("3.4")),
    ]


def test_a_share_of_the_whole_investment_plan_is_a_completion_rate() -> None:
    text = "86个项目1-9月已完成投资2.36亿元，占总投资计划的61%。"
    assert fields(text, "value", "completion_rate")[-1] == (Decimal("2.36"), Decimal(61))


def test_a_reduction_aimed_at_is_a_target_with_its_sign() -> None:
    text = "今年全省二氧化硫、氮氧化物排放量年度削减目标分别为1.5%和3%。"
    assert fields(text, "unit", "target") == [("%", Decimal("-1.5")), ("%", Decimal(-3))]
    assert fields("全县万元GDP能耗下降目标为3.2%。", "indicator", "target") == [
        ("万元GDP能耗", Decimal("-3.2"))
    ]


def test_those_counted_then_a_deed_are_named_deed_first() -> None:
    text = "民营科技型企业申报6家，省级高新技术产品认定11个；新增科技型中小企业入库35家。"
    assert [name for (name,) in fields(text, "indicator")] == [
        "申报民营科技型企业",
        "认定省级高新技术产品",
        "新增科技型中小企业入库",
    ]


def test_the_work_a_figure_went_into_heads_its_name() -> None:
    assert fields("在农村改厕工作中投入资金达360余万元。", "indicator") == [
        ("农村改厕工作投入资金",)
    ]


def test_a_long_phrase_after_a_list_joined_names_no_count() -> None:
    # own words: 纳入…库 names the projects with the noun after the count; a long phrase with
    # 的 or 等 after 列入 is no list's name
    assert only("纳入省重点项目库42个产业项目。").indicator == "纳入省重点项目库产业项目"
    text = "列入市重点调度的新能源产业园等6个亿元以上项目进展较快，完成投资11.04亿元。"
    assert fields(text, "indicator")[0] == ("进展较快亿元以上项目",)


def test_a_projects_size_is_a_value_even_when_estimated() -> None:
    # own words: 预计总投资 sizes a project and opens no plan; 年度总投资 would be a target
    text = "科普馆项目预计总投资3亿元，规划占地15000平方米，总建筑面积约2.4万平方米。"
    assert fields(text, "indicator", "value", "target") == [
        ("科普馆项目总投资", Decimal(3), None),
        ("规划占地", Decimal(15000), None),
        ("总建筑面积", Decimal("2.4"), None),
    ]


def test_pollutants_by_code_share_the_measure_after_the_last() -> None:
    # own words: 平均/年均/日均 are measures, not 均 (all) ending the subjects' names
    text = "今年以来PM10、PM2.5平均浓度分别为52微克/立方米、31微克/立方米。"
    assert fields(text, "indicator") == [("PM10平均浓度",), ("PM2.5平均浓度",)]
    text = "SO2、NO2年均浓度分别为9微克/立方米、27微克/立方米。"
    assert fields(text, "indicator") == [("SO2年均浓度",), ("NO2年均浓度",)]


def test_an_aside_said_again_below_does_not_cut_the_name() -> None:
    # own words: the aside's comma would end a clause before the figure
    text = "一季度全区实现地区生产总值(GDP,下同)86.5亿元,同比增长6.1%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("地区生产总值", Decimal("86.5"), Decimal("6.1"))
    ]


def test_a_list_with_and_inside_an_item_and_before_the_last() -> None:
    # own words: 及 inside 五金及电料, 和 before the last; one growth each after 分别
    text = "五金及电料、家具、化妆品和通讯器材类分别增长3.5%、-2.1%、7.7%和12.4%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("五金及电料", Decimal("3.5")),
        ("家具", Decimal("-2.1")),
        ("化妆品", Decimal("7.7")),
        ("通讯器材类", Decimal("12.4")),
    ]


def test_a_bound_on_listed_places_before_their_values_is_no_figure() -> None:
    # own words: 均超过 bounds the values that 分别 gives next; the list's size is no place
    text = "东川、西岭和南浦三县的资金到位率均达到或超过60%，分别为88%、72%和61%。"
    assert fields(text, "region", "value") == [
        ("东川", Decimal(88)),
        ("西岭", Decimal(72)),
        ("南浦", Decimal(61)),
    ]


def test_the_currency_said_after_an_amount_names_nothing() -> None:
    # own words: 亿元人民币 is 亿元; the name is what came before the amounts
    text = "东川、西岭两县已分别到位资金12.5亿、8.6亿元人民币。"
    assert fields(text, "indicator", "region") == [("到位资金", "东川"), ("到位资金", "西岭")]


def test_how_much_of_a_measure_keeps_the_measure_it_is_of() -> None:
    # own words: 完成总量 is how much of the funds named before it
    text = "引进市外资金完成总量排在前两位的是东川区21.4亿元、西岭县18.9亿元。"
    assert fields(text, "indicator", "region") == [
        ("引进市外资金总量", "东川区"),
        ("引进市外资金总量", "西岭县"),
    ]


def test_a_park_of_a_level_is_counted_not_a_place() -> None:
    # own words: 市级…园区 is a kind of park, counted like 省级高新区
    text = "蔬菜产量3.1万吨；新增市级特色农业园区9个、市级现代农业园区14个。"
    assert fields(text, "indicator", "region")[1:] == [
        ("新增市级特色农业园区", None),
        ("新增市级现代农业园区", None),
    ]


def test_a_count_then_its_copula_names_what_follows() -> None:
    # own words: 为 links the count to what it is; 为民办实事 keeps its 为
    text = "新登记的1530户企业中，1462户为个体工商户。"
    assert fields(text, "indicator")[-1] == ("个体工商户",)
    assert fields("今年全县办好12件为民办实事。", "indicator") == [("办好为民办实事",)]


def test_a_batch_before_a_count_is_the_batch_of_what_follows() -> None:
    # own words: 第三批 says which batch; the count's noun comes after it
    text = "认定第三批4家市级工程技术研究中心，总数达19家。"
    assert fields(text, "indicator", "value")[0] == ("认定市级工程技术研究中心", Decimal(4))


def test_honoured_is_one_verb_after_what_is_counted() -> None:
    # own words: 荣获 is one verb; 荣 is no part of the name
    assert fields("去年全县共有3项科技成果荣获省科学技术奖。", "indicator") == [("科技成果",)]


def test_jiang_that_joins_two_things_opens_no_plan() -> None:
    # own words: 将A与B有机结合 says how work was done, not what is aimed at
    text = "将科技特派员服务与产业扶贫项目有机结合，在两个示范村新栽茶苗12000株。"
    assert fields(text, "value", "target") == [(Decimal(12000), None)]


def test_where_a_visit_went_is_no_figure() -> None:
    # own words: the firms visited are the scope of the visit; what they then did is counted
    text = "科技局先后深入到40余家企业开展政策宣讲，指导18家企业申报省级研发中心。"
    assert fields(text, "value") == [(Decimal(18),)]


def test_a_threshold_then_of_a_kind_names_the_kind() -> None:
    # own words: 以上的…企业 is the kind counted, not a figure of its own
    text = "全县年营业收入500万元及以上的服务业企业共有48家。"
    assert fields(text, "value", "unit") == [(Decimal(48), "家")]


def test_a_target_after_a_level_is_in_the_levels_unit() -> None:
    # own words: 1万套 is 10000 of the 套 counted
    text = "全年新开工保障性住房12350套，超额完成1万套的年度目标任务。"
    assert fields(text, "value", "unit", "target") == [(Decimal(12350), "套", Decimal(10000))]


def test_a_target_exceeded_is_of_the_level_that_exceeds_it() -> None:
    # own words: the ratio after the level does not exceed 3.6万批次; the level does
    text = "全年抽检食品4.12万批次，每千人抽检5.3批次，超额完成3.6万批次的年度目标任务。"
    assert fields(text, "value", "target") == [
        (Decimal("4.12"), Decimal("3.6")),
        (Decimal("5.3"), None),
    ]


def test_a_stage_said_another_way_takes_its_rate() -> None:
    # own words: 开建 is 开工, 签订…协议 is 签约; each rate is of the count before it
    text = "公租房已开建3200套，开工率为80.00%；已签订征收协议1500户，签约率为75.00%。"
    assert fields(text, "value", "completion_rate", "target") == [
        (Decimal(3200), Decimal(80), Decimal(4000)),
        (Decimal(1500), Decimal(75), Decimal(2000)),
    ]


def test_a_percentage_reached_after_a_level_in_percent_is_its_target() -> None:
    # own words: 完成60%的年度目标 after a share is the share's target; after a count, its rate
    text = "全县森林覆盖率达到61.3%，提前完成60%的年度目标。"
    assert fields(text, "value", "completion_rate", "target") == [
        (Decimal("61.3"), None, Decimal(60))
    ]
    text = "认定高新技术企业42家，完成60%的年度目标。"
    assert fields(text, "value", "completion_rate") == [(Decimal(42), Decimal(60))]


def test_a_count_in_an_aside_of_parts_is_named_after_it() -> None:
    # own words: (含…) lists what the count before holds
    text = "全镇兴办8件惠民实事项目(含13个子项目)，其中，已完成子项目5个。"
    assert fields(text, "indicator", "value")[1] == ("子项目", Decimal(13))


def test_a_name_keeps_the_letters_as_written() -> None:
    # own words: r&d stays as the text writes it (the gold copies names as written)
    assert fields("全县规上工业企业r&d经费支出3.2亿元。", "indicator") == [
        ("规上工业企业r&d经费支出",)
    ]


def test_the_years_work_deployed_opens_a_plan() -> None:
    # own words: 部署了…年工作 announces the year ahead; what follows is aimed at
    text = (
        "会议总结了去年工作，部署了科技局2024年工作。"
        "全县新认定高新技术企业8家以上；发明专利申请量120件。"
    )
    assert fields(text, "value", "target") == [(None, Decimal(8)), (None, Decimal(120))]


def test_the_causative_before_a_total_is_no_part_of_its_name() -> None:
    # own words: 使全县…达到 says what the new ones brought the total to
    text = "新增省级企业技术中心2家，使全县省级企业技术中心达到17家。"
    assert fields(text, "indicator")[-1] == ("省级企业技术中心",)


def test_in_recent_years_is_no_part_of_a_name() -> None:
    # own words: 近年来 says when, like 今年以来
    assert fields("近年来全县高新技术企业达到56家。", "indicator") == [("高新技术企业",)]


def test_tasks_counted_in_articles_open_no_plan() -> None:
    # own words: 任务58条 counts the articles of a list of tasks; what follows was done
    text = "细化惠企政策任务58条，发放创业担保贷款2600万元。"
    assert fields(text, "value", "target") == [(Decimal(58), None), (Decimal(2600), None)]


def test_estimates_headed_by_a_colon_in_a_review_are_of_what_was_done() -> None:
    # own words: 一年来 reviews the year; 预计全年： estimates its outturn
    text = (
        "一年来，受多重因素影响，部分指标没有完成年初计划。"
        "预计全年：地区生产总值实现88亿元，同比下降4.5%；固定资产投资实现21亿元，同比增长3.2%。"
    )
    assert fields(text, "value", "yoy_growth", "target") == [
        (Decimal(88), Decimal("-4.5"), None),
        (Decimal(21), Decimal("3.2"), None),
    ]


def test_target_firms_are_firms_not_a_target() -> None:
    # own words: 目标企业 names the firms sought; nothing is aimed at
    text = "招商小分队拜访目标企业86家，签约亿元以上项目9个。"
    assert fields(text, "value", "target") == [(Decimal(86), None), (Decimal(9), None)]


def test_growths_after_a_list_of_levels_with_a_dunhao_are_theirs() -> None:
    # own words: 、增长 opens the growths of the two levels (城乡 is 城镇 and 农村)
    text = "城乡居民人均可支配收入分别达到41200元和18650元、增长6.1%和7.4%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("城镇居民人均可支配收入", Decimal(41200), Decimal("6.1")),
        ("农村居民人均可支配收入", Decimal(18650), Decimal("7.4")),
    ]


def test_a_plan_to_complete_a_total_investment_stays_a_plan() -> None:
    # own words: 计划完成总投资 is what is to be done, unlike a project's 计划总投资
    text = "全县冬春水利建设计划完成总投资4亿元。截至11月底，已完成投资2.8亿元，完成投资任务的70%。"
    assert fields(text, "value", "target")[-1] == (Decimal("2.8"), Decimal(4))


def test_the_rate_of_a_task_is_no_target() -> None:
    # own words: 任务开工率 is how much of the task started, a rate of the count before
    text = "截至9月底，全县已开工改造农房1260户，省定任务开工率90.5%。"
    assert fields(text, "value", "completion_rate", "target")[0][:2] == (
        Decimal(1260),
        Decimal("90.5"),
    )


def test_places_ahead_of_the_rest_end_the_list_of_subjects() -> None:
    # own words: 走在全省前列 says how the places stand; it is no part of any name
    text = "其中泰州、扬州办结情况走在全省前列，办结率分别达97%、93%。"
    assert fields(text, "region", "value") == [("泰州", Decimal(97)), ("扬州", Decimal(93))]
    assert not any("走" in name for (name,) in fields(text, "indicator"))


def test_a_share_of_what_is_due_is_a_completion_rate() -> None:
    # own words: 占应签订…的 / 占应拆…的: of what is due, how much is done
    text = "已签订征收协议212户，占应签订协议户数的64%；已拆除房屋150户，占应拆户数的45%。"
    assert fields(text, "value", "completion_rate") == [
        (Decimal(212), Decimal(64)),
        (Decimal(150), Decimal(45)),
    ]


def test_a_total_after_an_aside_of_parts_is_the_wholes() -> None:
    # own words: the aside lists parts; 总投资 after it is of the whole before the aside
    text = "今年安排重点项目48个(其中，续建项目20个，新开工项目28个)，总投资860亿元。"
    assert fields(text, "indicator")[-1] == ("重点项目总投资",)
    text = "新谋划重点项目30个、总投资96亿元。"
    assert fields(text, "indicator")[-1] == ("新谋划重点项目总投资",)


def test_a_class_of_sizes_names_the_kind_counted() -> None:
    # own words: 1000万元—5000万元 is the size class of the projects counted, no figure
    text = "全县1000万元—5000万元产业项目26个。"
    assert fields(text, "value", "unit") == [(Decimal(26), "个")]


def test_up_to_a_date_is_no_part_of_a_name() -> None:
    # own words: 截至…年底 says when; nothing of it names the figure
    assert fields("截至2023年底累计完成投资86.2亿元。", "indicator") == [("投资",)]


def test_a_name_does_not_end_with_the_word_a_clause_cut_it_at() -> None:
    # own words: 各为, 达到或, 均 are no end of a name; 意向, 参与, 人均 are
    from jindu.extraction.phrases import tidy_end

    assert [tidy_end(n) for n in ("城镇消费品零售额各为", "增幅达到或", "中小学校均")] == [
        "城镇消费品零售额",
        "增幅",
        "中小学校",
    ]
    assert [tidy_end(n) for n in ("达成就业意向", "群众参与", "居民人均")] == [
        "达成就业意向",
        "群众参与",
        "居民人均",
    ]
    assert fields("全县9所中小学校均已开工。", "indicator") == [("中小学校",)]
    assert fields("其中，城镇、乡村消费品零售额各为126.3亿元和41.2亿元。", "indicator")[-1] == (
        "乡村消费品零售额",
    )


def test_a_share_of_the_assessed_target_and_falling_behind_the_plan() -> None:
    # own words: 占目标考核的 is a completion rate; 塌计划进度 falls behind the plan's progress
    text = "1-10月完成营业收入5.6亿元，占目标考核的72%，塌计划进度11.3个百分点。"
    assert fields(text, "value", "completion_rate", "time_progress_gap_pp") == [
        (Decimal("5.6"), Decimal(72), Decimal("-11.3"))
    ]


def test_indicators_counted_by_rank_are_named_by_the_rank() -> None:
    # own words: the count of indicators at a rank, named rank first and by the set counted in
    text = "在16项考核指标中，有4项位居全市第1位(其中1项并列第1位)，有3项指标居全市第2位。"
    assert fields(text, "indicator", "value")[-3:] == [
        ("位居全市第1位考核指标", Decimal(4)),
        ("并列第1位考核指标", Decimal(1)),
        ("居全市第2位考核指标", Decimal(3)),
    ]
    assert fields("全区有2项指标增速全市第一。", "indicator") == [("增速全市第一指标",)]


def test_energy_is_counted_in_tons_of_standard_coal() -> None:
    # own words: 吨标准煤 is one unit, and per 万元 of output
    text = "全县能源消费总量86.4万吨标准煤，单位GDP能耗0.41吨标准煤/万元，同比下降3.2%。"
    assert fields(text, "value", "unit") == [
        (Decimal("86.4"), "万吨标准煤"),
        (Decimal("0.41"), "吨标准煤/万元"),
    ]


def test_last_years_size_passed_is_no_figure() -> None:
    # own words: 已超过去年全年…的规模 compares with last year's level
    text = "1-9月全市实现进出口62.3亿美元，同比增长18.2%，已超过去年全年58.1亿美元的规模。"
    assert fields(text, "value") == [(Decimal("62.3"),)]


def test_the_actual_circumstances_do_not_end_a_plan() -> None:
    # own words: 结合实际情况 is how the targets were set, not what was done
    text = "一、全市总体目标任务：结合我市实际情况，今年合同利用外资5亿美元，外资项目60个。"
    assert fields(text, "value", "target") == [(None, Decimal(5)), (None, Decimal(60))]


def test_colloquial_ge_yi_and_po_before_a_level() -> None:
    # own words: 3.6个亿 is 3.6亿; 破 alone passes a level; 8个亿元以上项目 counts projects
    assert fields("上半年完成工业投资3.6个亿，增长12%。", "value", "unit") == [
        (Decimal("3.6"), "亿")
    ]
    assert fields("全镇规上工业产值破30亿元。", "indicator", "qualifier") == [("规上工业产值", ">")]
    assert fields("全县8个亿元以上项目全部开工。", "value", "unit") == [(Decimal(8), "个")]


def test_the_share_of_the_works_done_is_a_completion_rate() -> None:
    # own words: 完成工程量85% is how much of the works a project has done
    text = "滨江大道改造完成工程量85%，北环海塘加固完成工程量60%。"
    assert fields(text, "indicator", "value", "completion_rate") == [
        ("滨江大道改造", None, Decimal(85)),
        ("北环海塘加固", None, Decimal(60)),
    ]


def test_what_passed_a_review_is_named_without_de_or_jing() -> None:
    # own words: 通过…的企业, 经…认定的: the state names the kind counted, as 办结的 does
    assert fields("其中首次通过认定的企业14户。", "indicator") == [("首次通过认定企业",)]
    assert fields("经重新认定的高新技术企业共9家。", "indicator") == [("重新认定高新技术企业",)]


def test_a_list_items_mark_is_no_part_of_a_name() -> None:
    # own words: ②, 〔 open items of a list; 五年来 says when
    text = "主要目标：①新增高新技术企业12家；②建设科技示范基地6处。"
    assert fields(text, "indicator") == [("新增高新技术企业",), ("建设科技示范基地",)]


def test_an_index_so_far_this_year_is_a_figure_without_a_unit() -> None:
    # own words: 综合指数年累计为4.86 is the index; the ranking after it names nothing
    text = "1-9月，我区综合指数年累计为4.86，全市12个区县排名第3，同比下降8.2%。"
    assert fields(text, "indicator", "value", "unit", "yoy_growth") == [
        ("综合指数", Decimal("4.86"), None, Decimal("-8.2"))
    ]


def test_points_below_a_control_line_give_the_rates_target() -> None:
    # own words: 低于省控线0.7个百分点: the province's line is 3.9 + 0.7
    text = "全县城镇登记失业率为3.9%，低于省控线0.7个百分点。"
    assert fields(text, "value", "target") == [(Decimal("3.9"), Decimal("4.6"))]


def test_the_basis_of_a_statistic_in_an_aside_is_no_figure() -> None:
    # own words: (2000万元口径) says how the firms are counted
    text = "全市规模以上(2000万元口径)工业总产值1280亿元，增长6.5%。"
    assert fields(text, "indicator", "value", "unit") == [
        ("规模以上工业总产值", Decimal(1280), "亿元")
    ]


def test_an_estimate_of_the_half_year_reported_said_in_months_is_done() -> None:
    # own words: 1-6月 is the 上半年 the text reports, so its estimate is of what was done
    text = "今年上半年园区主要指标稳中有升。1-6月份全区技工贸总收入预计完成320亿元，同比增长12%。"
    assert fields(text, "value", "target", "yoy_growth") == [(Decimal(320), None, Decimal(12))]


def test_a_macro_region_before_a_count_is_its_region() -> None:
    # own words: 东部沿海, 中西部 are regions; 中西药 keeps its 中
    text = "东部沿海28家国家级开发区实现工业总产值5200亿元。"
    assert fields(text, "indicator", "region")[0] == ("国家级开发区", "东部沿海")
    assert fields("中西药品类零售额增长9.5%。", "indicator") == [("中西药品类零售额",)]


def test_a_count_restated_before_a_revenue_is_counted_once() -> None:
    # own words: 财政收入 is one measure; 56家开发区 said again before it is no new count
    text = (
        "全国112家国家级开发区地区生产总值8.1万亿元，同比增长5.2%。"
        "112家国家级开发区财政收入1.3万亿元，同比增长4%。"
    )
    assert [v for (v,) in fields(text, "value")].count(Decimal(112)) == 1
    text = "财政收入大幅增长，实现财政收入270.2亿元，同比增长44.7%。"
    assert fields(text, "indicator") == [("财政收入",)]


def test_a_counted_list_of_places_past_a_bound_gives_each_place_its_rate() -> None:
    # own words: 日照 is a word too, but the list says it is one of 3 cities
    text = "重点项目分市看，东营、日照、临沂3市完成投资占年度计划的60%以上。"
    assert fields(text, "indicator", "region", "completion_rate", "qualifier") == [
        ("投资", place, Decimal(60), ">") for place in ("东营", "日照", "临沂")
    ]
    text = "全市工业投资完成率为58%，滨州、德州两市完成率超过100%。"
    assert [r for (r,) in fields(text, "region")] == [None, "滨州", "德州"]


def test_a_header_of_groups_then_a_column_of_its_own_pairs_each_group_s_cells() -> None:
    # own words: 授权量 and 申请量 span two cells each, 有效量 one the second row leaves unnamed
    text = (
        "前三季度各区专利情况表\n单位:件\n"
        "序号 | 区 | 专利授权量 | 专利申请量 | 有效发明专利量 |\n"
        "完成值 | 同比增长 | 完成值 | 同比增长 |\n"
        "1 | 东川区 | 412 | 12.5% | 860 | -3.1% | 2301 |\n"
        "2 | 西岭区 | 207 | 8.0% | 455 | 20.4% | 1187 |\n"
        "3 | 南浦区 | 98 | -6.7% | 301 | 4.2% | 640 |"
    )
    assert fields(text, "indicator", "value", "yoy_growth", "region")[:3] == [
        ("专利授权量", Decimal(412), Decimal("12.5"), "东川区"),
        ("专利申请量", Decimal(860), Decimal("-3.1"), "东川区"),
        ("有效发明专利量", Decimal(2301), None, "东川区"),
    ]


def test_places_ranked_by_growth_after_a_colon_take_growths_of_the_measure_before() -> None:
    # own words: the ranking names no measure; 开发区·北岭街道 is one place
    text = (
        "全区技术合同登记额12.6亿元，同比增长21.4%。"
        "同比增长排名前两位的镇(街道)：南浦镇35.2%、开发区·北岭街道28.1%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth", "region")[1:] == [
        ("技术合同登记额", None, Decimal("35.2"), "南浦镇"),
        ("技术合同登记额", None, Decimal("28.1"), "开发区·北岭街道"),
    ]


def test_a_baseline_at_a_plan_s_end_or_before_a_change_is_no_figure() -> None:
    # own words: the first value of 由…到… is where the count started
    text = "五年来，全县各类市场主体由“十三五”末的3.12万户增长到5.06万户。"
    assert fields(text, "indicator", "value") == [("市场主体", Decimal("5.06"))]
    text = "项目审批时间从改革前的40多个工作日压缩至12个工作日以内。"
    assert fields(text, "indicator", "value", "qualifier") == [("项目审批时间", Decimal(12), "<")]


def test_parts_of_a_target_keep_one_verb_and_a_place_s_plan_stays_the_place_s() -> None:
    # own words: the verb aimed at is said once; the whole's plan is the whole level's target,
    # 北岭镇's is not
    text = (
        "项目建成后将新增1.8万个床位，其中南浦镇2100个、西岭镇1650个、北岭镇980个。"
        "\n\n目前，全县已新增床位12640个。"
    )
    assert fields(text, "indicator", "value", "target", "region") == [
        ("新增床位", None, Decimal(2100), "南浦镇"),
        ("新增床位", None, Decimal(1650), "西岭镇"),
        ("新增床位", None, Decimal(980), "北岭镇"),
        ("新增床位", Decimal(12640), Decimal(18000), None),
    ]


def test_a_target_in_brackets_inside_a_share_is_put_in_the_figure_s_unit() -> None:
    # own words: 5.2万人 in brackets is the target of a count in 人
    text = "全县完成适龄儿童视力筛查48730人，占全年筛查任务(5.2万人)的93.71%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal(48730), Decimal(52000), Decimal("93.71"))
    ]
    assert str(only(text).target) == "52000"


def test_a_target_set_from_above_goes_to_the_figure_in_its_unit_that_it_agrees_with() -> None:
    # own words: 省定 names no figure; the target is in 亿元, the count in 人 between is not its
    text = "全市发放助学贷款2.43亿元，惠及学生5120人，完成省定3亿元目标任务的81%。"
    assert fields(text, "indicator", "value", "target", "completion_rate") == [
        ("发放助学贷款", Decimal("2.43"), Decimal(3), Decimal(81)),
        ("惠及学生", Decimal(5120), None, None),
    ]


def test_stage_rates_after_a_set_counted_before_them_are_of_the_set() -> None:
    # own words: no count of any stage is given; the set is each stage's target, and stays
    text = "今年纳入市重点项目32个，开工率、投产率、达产率分别达96%、75%、50%。"
    assert fields(text, "value")[0] == (Decimal(32),)
    assert fields(text, "indicator", "unit", "completion_rate", "target")[1:] == [
        ("开工市重点项目", "个", Decimal(96), Decimal(32)),
        ("投产市重点项目", "个", Decimal(75), Decimal(32)),
        ("达产市重点项目", "个", Decimal(50), Decimal(32)),
    ]


def test_level_with_the_years_before_is_a_growth_of_zero() -> None:
    # own words: 较往年持平 says no change on the years before
    assert fields("茶叶产量865吨，较往年持平。", "value", "yoy_growth") == [
        (Decimal(865), Decimal(0))
    ]


def test_how_far_ahead_of_another_place_is_no_figure() -> None:
    # own words: 超过南浦区 is a difference from that district's total, not a level
    text = "全市进出口总额(865.2亿元)超过南浦区124.6亿元。"
    assert fields(text, "indicator", "value") == [("进出口总额", Decimal("865.2"))]


def test_the_part_of_a_set_said_with_zhong_takes_the_set_as_its_target() -> None:
    # own words: 中 marks the set the part is of; a planned set is only the part's target
    assert fields("全市32个市重点项目中已开工29个。", "indicator", "value", "target") == [
        ("开工市重点项目", Decimal(29), Decimal(32))
    ]
    assert fields("40个计划新开工项目中已开工33个。", "indicator", "value", "target") == [
        ("开工新开工项目", Decimal(33), Decimal(40))
    ]


def test_titles_given_by_places_and_names_that_open_with_zhong_keep_their_words() -> None:
    # own words: 中华 and the city 中山 are no "of them"; a city's own title is no province's
    text = "全县拥有中华老字号2个、广东省著名商标31件、佛山市著名商标45件。"
    assert fields(text, "indicator", "region") == [
        ("中华老字号", None),
        ("广东省著名商标", None),
        ("著名商标", "佛山市"),
    ]
    assert fields("目前，中山共有12家国家知识产权示范企业。", "indicator", "region") == [
        ("国家知识产权示范企业", "中山")
    ]


def test_kilowatt_hours_in_latin_letters_are_a_unit() -> None:
    # own words: KWH as some pages write it; it is 千瓦时
    assert fields("全县工业用电量3.2亿KWH，同比增长8.6%。", "value", "unit", "yoy_growth") == [
        (Decimal("3.2"), "亿KWH", Decimal("8.6"))
    ]
    from jindu.extraction.units import convert

    assert convert(Decimal("3.2"), "亿KWH", "万千瓦时") == Decimal(32000)


def test_the_words_that_order_a_ranking_name_nothing() -> None:
    # own words: 依序为 leads the next ones; 以…居首 the first
    text = "按行业看，以批发及零售业5.6亿美元居首；其次依序为日本3.1亿美元、德国2.4亿美元。"
    assert [name for (name,) in fields(text, "indicator")] == ["批发及零售业", "日本", "德国"]


def test_what_was_due_is_the_target_of_what_was_done_and_jishi_keeps_its_ji() -> None:
    # own words: 应办结 is the set due; 及时 is one word, not the list's 及
    text = "本月平台应办结工单3250件，已办结3108件，办结率95.63%，及时签收率99.2%。"
    assert fields(text, "indicator", "value", "target", "completion_rate")[0] == (
        "办结工单",
        Decimal(3108),
        Decimal(3250),
        Decimal("95.63"),
    )
    assert fields(text, "indicator")[-1] == ("及时签收率",)


def test_a_heading_of_main_targets_makes_the_list_below_targets() -> None:
    # own words: 预期寿命 is life expectancy, no plan; 岁 is a unit; 1000万以上 a bound
    text = (
        "2.主要目标指标。\n\n人均预期寿命达81.6岁，居民健康素养水平达35%以上；"
        "城乡居民免费体检人数达800万以上。"
    )
    assert fields(text, "value", "unit", "target", "qualifier") == [
        (None, "岁", Decimal("81.6"), None),
        (None, "%", Decimal(35), ">"),
        (None, "万", Decimal(800), ">"),
    ]
    assert fields("全县人均预期寿命79.2岁。", "value", "unit", "target") == [
        (Decimal("79.2"), "岁", None)
    ]


def test_a_part_said_to_take_so_many_of_a_set_is_named_without_zhan() -> None:
    # own words: 占 before a count says how many of the set before are of that kind
    text = "全年受理诉求1320件，其中市容类占412件，交通类占208件。"
    assert [name for (name,) in fields(text, "indicator")][1:] == ["市容类", "交通类"]


def test_since_the_works_began_is_no_part_of_a_name() -> None:
    # own words: 自开工以来 says since when the investment counts
    text = "全市18个重点水利项目自开工以来累计完成投资46.3亿元。"
    assert fields(text, "indicator")[-1] == ("重点水利项目投资",)


def test_places_after_an_aside_of_parts_are_of_the_whole() -> None:
    # own words: 来电 and 来信 in brackets are parts; the places count the whole
    text = "全县共受理群众投诉问题52件(来电31件、来信21件)，其中，南浦镇18件，西岭镇12件。"
    assert fields(text, "indicator", "value", "region")[3:] == [
        ("受理群众投诉问题", Decimal(18), "南浦镇"),
        ("受理群众投诉问题", Decimal(12), "西岭镇"),
    ]


def test_problems_put_right_completely_are_the_part_done_of_those_found() -> None:
    # own words: 涉及 counts what was found; 整改完毕 is the part put right
    text = "检查组共走访企业14家，涉及问题62项，整改完毕59项，整改率95%。"
    assert fields(text, "indicator", "value", "target", "completion_rate")[-1] == (
        "整改完毕问题",
        Decimal(59),
        Decimal(62),
        Decimal(95),
    )


def test_firms_recognised_as_a_title_are_named_by_the_title() -> None:
    # own words: who they are (企业) says less than what they were recognised as
    text = "今年全区有15家企业被认定为省级专精特新中小企业，3家企业评为市级绿色工厂。"
    assert [name for (name,) in fields(text, "indicator")] == [
        "认定省级专精特新中小企业",
        "评为市级绿色工厂",
    ]


def test_the_start_rate_of_planned_projects_is_not_taken_by_projects_started_early() -> None:
    # own words: 计划内 says the rate is of the planned projects, not of the reserve ones
    text = "其中计划开工项目已开工数84个，储备项目提前开工9个，计划内项目开工率87.5%。"
    assert fields(text, "value", "completion_rate")[:2] == [
        (Decimal(84), Decimal("87.5")),
        (Decimal(9), None),
    ]


def test_a_pollutant_improved_is_a_fall() -> None:
    # own words: 浓度改善 without 同比 is still a fall of the concentration
    text = "全年PM10、PM2.5平均浓度分别改善3.2%和2.5%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("PM10平均浓度", Decimal("-3.2")),
        ("PM2.5平均浓度", Decimal("-2.5")),
    ]


def test_what_a_report_sets_out_after_a_colon_is_a_plan() -> None:
    # own words: 报告提出： opens the report's aims, sentence after sentence
    text = "报告提出：加快绿色低碳转型。空气优良天数比率达到88%以上，完成煤改气6200户。"
    assert fields(text, "value", "target") == [(None, Decimal(88)), (None, Decimal(6200))]


def test_a_percentage_run_into_a_name_in_letters_ends_its_clause() -> None:
    # own words: the page lost the comma between 9.6% and PM10
    text = "PM2.5浓度为41微克/立方米，同比下降9.6%PM10浓度为66微克/立方米，同比下降4.3%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("PM2.5浓度", Decimal(41), Decimal("-9.6")),
        ("PM10浓度", Decimal(66), Decimal("-4.3")),
    ]


def test_air_better_on_the_year_is_a_fall_and_worse_a_rise() -> None:
    # own words: 变好 of an index or a concentration is a fall, 变差 a rise
    text = "综合指数4.12，同比变好6.4%；PM10平均浓度71微克/立方米，同比变差2.9%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("4.12"), Decimal("-6.4")),
        (Decimal(71), Decimal("2.9")),
    ]


def test_the_hours_a_concentration_is_averaged_over_are_no_figure() -> None:
    # own words: 8小时 belongs to the name of the ozone measure
    text = "臭氧日最大8小时平均浓度为128微克/立方米，同比下降2.7%。"
    assert fields(text, "indicator", "value") == [("臭氧日最大8小时平均浓度", Decimal(128))]


def test_how_a_measure_trended_is_no_part_of_its_name() -> None:
    # own words: 呈上升趋势 says how the places' figures went, not what they are
    text = (
        "全县规上工业综合能源消费量12.6万吨标准煤，同比增长5.1%。"
        "其中南浦镇、西岭镇呈上升趋势，分别增长9.2%、3.4%。"
    )
    assert fields(text, "indicator", "region")[1:] == [
        ("规上工业综合能源消费量", "南浦镇"),
        ("规上工业综合能源消费量", "西岭镇"),
    ]


def test_xiangci_is_a_unit() -> None:
    # own words: 项次 counts events, one unit
    assert fields("全年举办体育赛事活动86项次。", "indicator", "value", "unit") == [
        ("举办体育赛事活动", Decimal(86), "项次")
    ]


def test_per_head_said_alone_is_of_the_measure_before() -> None:
    # own words: 人均 keeps its 均 and takes the measure it divides
    text = "全县地区生产总值218.4亿元，同比增长6.1%，人均达到6.35万元。"
    assert fields(text, "indicator", "value")[1] == ("人均地区生产总值", Decimal("6.35"))


def test_ge_before_a_word_opening_with_ti_is_a_unit() -> None:
    # own words: 个 before 体育 counts; 个体工商户 is a word of its own
    assert fields("全县共有52个体育社会组织。", "indicator", "value", "unit") == [
        ("体育社会组织", Decimal(52), "个")
    ]


def test_ben_counts_books_but_not_this_year() -> None:
    # own words: 本 after a number counts volumes; 本年度 is no unit
    assert fields("全年发放科普读物3.5万本。", "value", "unit") == [(Decimal("3.5"), "万本")]
    assert fields("2024本年度新增企业36家。", "value", "unit") == [(Decimal(36), "家")]


def test_a_unit_scored_is_the_region_of_its_score() -> None:
    # own words: 市水务集团 and 市文旅局 are the units scored, 得分 what they got
    text = "本月市水务集团68.5分，市文旅局74分，排名靠后。"
    assert fields(text, "indicator", "value", "region") == [
        ("得分", Decimal("68.5"), "市水务集团"),
        ("得分", Decimal(74), "市文旅局"),
    ]


def test_the_means_of_a_deed_is_no_part_of_its_name() -> None:
    # own words: 通过…等方式 says how the cases were handled, not what was counted
    text = "热线平台通过知识库查询、三方通话等方式直接办理诉求2.3万件。"
    assert fields(text, "indicator") == [("直接办理诉求",)]


def test_full_marks_are_the_scale_not_a_score() -> None:
    # own words: 满分为120分 says what the scores are out of
    text = "各乡镇(满分为120分)：本季度南浦镇考评得分为112.5分。"
    assert fields(text, "indicator", "value") == [("考评得分", Decimal("112.5"))]


def test_a_five_year_plan_period_is_no_name() -> None:
    # own words: “十三五”累计 is when, so the count is of the measure named before
    text = "2020年全县新增发明专利312件，增长18.5%；“十三五”累计1460件，同比增长64.2%。"
    assert fields(text, "indicator", "value") == [
        ("新增发明专利", Decimal(312)),
        ("新增发明专利", Decimal(1460)),
    ]


def test_an_aim_for_a_later_year_stands_apart() -> None:
    # own words: 到2030年 and 2035年有望 aim past the year whose level is stated
    text = "目前全区电子信息产业营收620亿元，到2030年将达900亿元，2035年有望达1500亿元。"
    assert fields(text, "indicator", "value", "target") == [
        ("电子信息产业营收", Decimal(620), None),
        ("电子信息产业营收", None, Decimal(900)),
        ("电子信息产业营收", None, Decimal(1500)),
    ]


def test_an_industry_in_a_list_lends_no_verb() -> None:
    # own words: 服务业 is an industry, so 农业项目 is not 服务农业项目
    text = "全县新开工项目22个，其中服务业项目7个、农业项目9个。"
    assert fields(text, "indicator")[1:] == [("服务业项目",), ("农业项目",)]


def test_a_project_list_state_is_no_place() -> None:
    # own words: 新入库 and 在库 say where the city-level projects stand in the list
    text = "前三季度全市新入库市重点项目86个，213个在库市重点项目完成投资352.6亿元。"
    assert fields(text, "indicator", "value", "region") == [
        ("新入库市重点项目", Decimal(86), None),
        ("在库市重点项目", Decimal(213), None),
        ("在库市重点项目投资", Decimal("352.6"), None),
    ]


def test_a_size_class_after_a_count_names_what_is_counted() -> None:
    # own words: 5000万元以上 is the size of the projects counted, no figure and no stop
    text = "全县47个5000万元以上产业项目累计完成投资61.2亿元。"
    assert fields(text, "indicator", "value") == [
        ("5000万元以上产业项目", Decimal(47)),
        ("5000万元以上产业项目投资", Decimal("61.2")),
    ]


def test_projects_counted_by_how_they_go_are_named_stage_first() -> None:
    # own words: the words after the count say which projects, and the name puts the stage first
    text = "全县31个项目新开工建设，12个项目转入开工建设，5个项目正有序推进。"
    assert fields(text, "indicator") == [
        ("新开工建设项目",),
        ("转入开工建设项目",),
        ("正有序推进项目",),
    ]


def test_people_counted_by_what_they_did_are_named_deed_first() -> None:
    # own words: the words after the count say which people, by what they did
    text = "全年共有86名科技特派员奔赴生产一线，1200名群众喜迁新居。"
    assert fields(text, "indicator") == [("奔赴生产一线科技特派员",), ("喜迁新居群众",)]


def test_a_rank_column_gives_no_figures_and_a_bar_alone_is_an_empty_cell() -> None:
    # own words: a table pasted a cell a line; the whole's row has no rank, its cell a bar alone
    text = (
        "表2：\n片区 |\n1-9月工业投资增速(%) |\n全市排名 |\n全市 |\n7.6 |\n|\n"
        "东片区 |\n9.1 |\n2 |\n西片区 |\n4.3 |\n3 |\n南片区 |\n12.8 |\n1 |\n"
    )
    assert fields(text, "region", "yoy_growth") == [
        ("全市", Decimal("7.6")),
        ("东片区", Decimal("9.1")),
        ("西片区", Decimal("4.3")),
        ("南片区", Decimal("12.8")),
    ]


def test_a_heading_of_the_plan_as_set_opens_targets() -> None:
    # own words: under 计划安排情况 the growth stated is the year's target
    text = "（一）计划安排情况\n按照县委要求，全县2024年规上工业增加值增速为同比增长8%左右。"
    assert fields(text, "value", "unit", "qualifier", "target") == [(None, "%", "≈", Decimal(8))]


def test_a_place_set_then_its_stage_count_is_the_place_count() -> None:
    # own words: 北岭镇14个 is the town's set of projects; 开工9个 is the town's count started
    text = "北岭镇14个，年度计划投资8.6亿元，开工9个，开工率64%。"
    assert ("开工", Decimal(9), Decimal(14), "北岭镇") in fields(
        text, "indicator", "value", "target", "region"
    )


def test_places_ranked_with_ju_are_named_by_the_measure() -> None:
    # own words: 居全区前三位的是 and 居多的乡镇 rank places by the measure before them
    text = (
        "技改投资额居全区前三位的是：南浦镇8.26亿元、北岭镇6.1亿元和东川镇5.37亿元。"
        "签约项目数居多的乡镇分别是：南浦镇31个、北岭镇27个。"
    )
    assert fields(text, "indicator", "value", "target", "region") == [
        ("技改投资额", Decimal("8.26"), None, "南浦镇"),
        ("技改投资额", Decimal("6.1"), None, "北岭镇"),
        ("技改投资额", Decimal("5.37"), None, "东川镇"),
        ("签约项目数", Decimal(31), None, "南浦镇"),
        ("签约项目数", Decimal(27), None, "北岭镇"),
    ]


def test_what_moved_a_level_is_no_part_of_its_name() -> None:
    # own words: 受…影响 says why it moved, 走高至 how; the level is the measure's before
    text = "3月全县城镇登记失业率为2.8%。4月份受企业停工影响走高至3.1%。"
    assert fields(text, "indicator", "value") == [
        ("城镇登记失业率", Decimal("2.8")),
        ("城镇登记失业率", Decimal("3.1")),
    ]


def test_a_growth_on_a_year_said_with_nian_du_is_the_figure_growth() -> None:
    # own words: 比2023年度增长 compares with last year; 占GDP比重 is of the same spending
    text = "2024年全县研发经费支出约为7.8亿元，比2023年度增长12.4%，占GDP比重达2.6%。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("研发经费支出", Decimal("7.8"), Decimal("12.4")),
        ("研发经费支出占GDP比重", Decimal("2.6"), None),
    ]


def test_a_park_named_by_its_field_is_a_kind_not_a_place() -> None:
    # own words: 现代农业园区 is a kind of park counted, 南湖工业园区 would be a place
    text = "全市建成省级以上开发区9家、现代农业园区15家。"
    assert fields(text, "indicator", "region")[1] == ("建成现代农业园区", None)


def test_a_count_recognised_by_someone_is_named_by_the_title() -> None:
    # own words: 被省科技厅认定为 says who recognised them; the name is what they became
    text = "全区申报企业52家，其中41家被省科技厅认定为高新技术企业。"
    assert fields(text, "indicator", "value")[1] == ("认定高新技术企业", Decimal(41))


def test_an_award_a_region_gives_keeps_the_region_in_its_name() -> None:
    # own words: 自治区科学技术奖 is a title; the region gives it, it is not the region's figure
    text = "全市获国家科学技术奖3项、自治区科学技术奖47项。"
    assert fields(text, "indicator", "region")[1] == ("自治区科学技术奖", None)


def test_ke_da_goes_on_with_an_estimate() -> None:
    # own words: after 预计, 可达 estimates too, and the growth is of that level
    text = "预计全年新增科技型中小企业超过80家，入库总数可达460家，同比增长21.4%。"
    assert fields(text, "value", "target", "yoy_growth")[1] == (Decimal(460), None, Decimal("21.4"))


def test_cases_closed_in_stages_are_parts_of_the_set() -> None:
    # own words: 阶段性办结 is a state like 已办结; the aside's 来电 is no set the parts are of
    text = "全市受理环境信访件64件(其中来电21件)，已办结40件，阶段性办结19件，未办结5件。"
    assert fields(text, "indicator", "value", "target")[2:] == [
        ("办结环境信访件", Decimal(40), Decimal(64)),
        ("阶段性办结环境信访件", Decimal(19), None),
        ("未办结环境信访件", Decimal(5), None),
    ]


def test_a_filing_rate_is_the_rate_of_the_proposals_filed() -> None:
    # own words: 经审查 is how they were filed; 立案率 is of those filed, not those turned down
    text = "共收到提案96件，经审查立案88件，不予立案8件，立案率91.7%。"
    assert ("立案", Decimal(88), Decimal("91.7")) in fields(
        text, "indicator", "value", "completion_rate"
    )
    assert ("不予立案", Decimal(8), None) in fields(text, "indicator", "value", "completion_rate")


def test_an_estimate_for_a_span_ending_in_the_month_reported_is_a_level() -> None:
    # own words: 8月当月 then 1-8月: both end with August, so 预计完成 estimates what was done
    text = (
        "8月当月预计完成产值3120万元，同比增长1.6%。1-8月份预计完成产值25406.5万元，同比增长3.2%。"
    )
    assert fields(text, "value", "target", "yoy_growth") == [
        (Decimal(3120), None, Decimal("1.6")),
        (Decimal("25406.5"), None, Decimal("3.2")),
    ]


def test_money_and_projects_are_named_by_their_stage_first() -> None:
    # own words: 签约的 and 资金到位 name what reached the stage, stage first
    text = "今年签约的重点项目12个。从资金到位情况看，完成31.6亿元，增长8.2%。"
    assert fields(text, "indicator") == [("签约重点项目",), ("到位资金",)]


def test_firms_organised_are_named_by_what_they_did() -> None:
    # own words: 组织 says who organised them; the firms counted are those who applied
    text = "今年组织26家企业申报省级工程技术研究中心，组织40余家企业参加知识产权培训。"
    assert fields(text, "indicator", "value") == [
        ("申报省级工程技术研究中心企业", Decimal(26)),
        ("参加知识产权培训企业", Decimal(40)),
    ]


def test_a_pass_rate_is_the_rate_of_the_count_that_passed() -> None:
    # own words: 通过率 is the share of those put forward that passed, as 开工率 is of a stage
    text = "全县推荐项目48个，通过验收45个，通过率93.75%。"
    assert ("通过验收", Decimal(45), Decimal("93.75"), Decimal(48)) in [
        (name[:4], *rest)
        for name, *rest in fields(text, "indicator", "value", "completion_rate", "target")
    ]


def test_what_was_added_is_named_verb_first() -> None:
    # own words: 分别新增 after the subjects; the loans added are named 新增 first
    text = "上半年，个人贷款、普惠贷款分别新增4.12亿元和2.05亿元。"
    assert fields(text, "indicator") == [("新增个人贷款",), ("新增普惠贷款",)]


def test_a_table_a_cell_a_line_with_header_cells_wrapped_before_their_unit() -> None:
    # own words: 零售额⏎(亿元) is one header cell; +1.6 is a number; a column of points moved
    # gives no figure
    text = (
        "行业 |\n零售额\n(亿元) |\n增幅(%) |\n较上年同期±百分点 |\n"
        "批发业 |\n12.4 |\n6.1 |\n+1.6 |\n零售业 |\n88.9 |\n9.3 |\n-0.4 |\n"
        "餐饮业 |\n7.02 |\n4.4 |\n+2.2 |\n"
    )
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("12.4"), Decimal("6.1")),
        (Decimal("88.9"), Decimal("9.3")),
        (Decimal("7.02"), Decimal("4.4")),
    ]


def test_the_years_target_in_a_rate_does_not_look_ahead() -> None:
    # own words: 全年任务 in a completion rate names the target, not a later period, so the
    # estimates after it are still of the period reported
    text = (
        "1-9月地方财政收入预计完成4.2亿元，完成全年任务的76.1%，"
        "税收收入预计完成3.1亿元，同比增长6%。"
    )
    assert fields(text, "value", "target")[1] == (Decimal("3.1"), None)


def test_how_far_ahead_a_plan_was_met_is_no_period_and_no_name() -> None:
    # own words: 提前2个月 says how early; 前2个月 alone would be a period
    text = "全县新增城镇就业人员1.36万人，提前2个月完成全年任务，城镇登记失业率2.1%。"
    assert fields(text, "indicator", "period")[1] == ("城镇登记失业率", None)


def test_accident_counts_take_the_growths_said_of_their_measures() -> None:
    # own words: 事故起数 and 死亡人数 measure the accidents and deaths counted before;
    # 环比 growths are on the month before, no YoY growth
    text = (
        "10月，全县共发生各类生产安全事故14起、死亡9人，同比事故起数和死亡人数分别下降"
        "12.5%、25%；环比事故起数上升7.7%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("生产安全事故", Decimal(14), Decimal("-12.5")),
        ("死亡人数", Decimal(9), Decimal(-25)),
    ]


def test_a_count_measure_that_moved_then_its_rate_is_the_growth_of_the_count() -> None:
    # own words: 起数减少5起 is a change, no figure; 下降12.5% after it is the accidents' growth
    text = (
        "全县共发生生产安全事故35起，死亡11人，与去年同期相比，事故起数减少5起，下降12.5%；"
        "死亡人数减少2人，下降15.4%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("生产安全事故", Decimal(35), Decimal("-12.5")),
        ("死亡人数", Decimal(11), Decimal("-15.4")),
    ]


def test_ports_containers_and_a_goal_met() -> None:
    # own words: 万标箱 is a unit; a named port stands for the measure before; 超额完成…的投资
    # 目标 states the target of the level before
    text = (
        "一季度全市港口建设投资完成3.06亿元，超额完成3亿元的投资目标。"
        "集装箱吞吐量完成28.4万标箱，同比增长9.3%。其中，东湾港完成11.2万标箱，同比增长4.1%。"
    )
    assert fields(text, "indicator", "value", "unit", "target", "region") == [
        ("港口建设投资", Decimal("3.06"), "亿元", Decimal(3), None),
        ("集装箱吞吐量", Decimal("28.4"), "万标箱", None, None),
        ("集装箱吞吐量", Decimal("11.2"), "万标箱", None, "东湾港"),
    ]


def test_a_rate_after_a_change_since_the_year_began_is_checked_against_it() -> None:
    # own words: 8亿元 on 92亿元 is 8.7%, so 增长8.7% is of the change; 增长15.2% cannot be,
    # so it is the growth on last year
    agrees = "全县存款余额100亿元，较年初增加8亿元，增长8.7%。"
    assert fields(agrees, "value", "yoy_growth") == [(Decimal(100), None)]
    differs = "全县贷款余额100亿元，较年初增加8亿元，增长15.2%。"
    assert fields(differs, "value", "yoy_growth") == [(Decimal(100), Decimal("15.2"))]


def test_a_rate_against_last_week_is_no_growth() -> None:
    # own words: 比上周 compares with the week before; no YoY growth and no figure of its own
    text = "本周热线共受理诉求812件，比上周增长6.4%。"
    assert fields(text, "value", "yoy_growth") == [(Decimal(812), None)]


def test_what_works_will_yield_once_running_is_aimed_at() -> None:
    # own words: 建成投产后 says the counts after it are what the plant is to bring
    text = "项目总投资3.2亿元，建成投产后，年产值约8亿元，可提供就业岗位600个。"
    assert fields(text, "value", "target") == [
        (Decimal("3.2"), None),
        (None, Decimal(8)),
        (None, Decimal(600)),
    ]


def test_a_share_of_the_plans_figure_is_a_completion_rate() -> None:
    # own words: 完成计划指标的 is of the plan's figure, as 完成年度计划的 is
    text = "全镇地方财政收入126万元，完成计划指标的96.9%。"
    assert fields(text, "value", "completion_rate") == [(Decimal(126), Decimal("96.9"))]


def test_an_amount_bound_before_a_count_is_the_size_class_counted() -> None:
    # own words: 注册资本千万元以上 says which firms the 18 are; the amount is no figure
    text = "全年新设企业240家，其中注册资本千万元以上18家。"
    assert fields(text, "indicator", "value", "unit") == [
        ("新设企业", Decimal(240), "家"),
        ("注册资本千万元以上", Decimal(18), "家"),
    ]


def test_the_township_reporting_is_no_part_of_a_name() -> None:
    # own words: 全乡 and 街道 (the sub-district reporting) are the whole, not what is counted
    text = "全乡新建村级文化广场12个。街道1-9月累计新增市场主体1315家。"
    assert fields(text, "indicator") == [("新建村级文化广场",), ("新增市场主体",)]


def test_the_time_progress_of_a_target_passed_names_the_target() -> None:
    # own words: 超全年目标…的序时进度 names the year's target; 市口径 is the growth's basis
    text = "全区实际利用外资完成4.62亿美元，市口径同比增长9.8%；超全年目标5.5亿美元的序时进度。"
    assert fields(text, "indicator", "value", "yoy_growth", "target") == [
        ("实际利用外资", Decimal("4.62"), Decimal("9.8"), Decimal("5.5"))
    ]


def test_income_gained_by_someone_is_a_figure_but_revenue_moved_is_not() -> None:
    # own words: 带动农户增收 is what the farmers gained; 比上年增收 is how far revenue moved
    text = "全年带动农户增收860万元。全县税收收入12.6亿元，比上年增收1.1亿元。"
    assert fields(text, "indicator", "value") == [
        ("带动农户增收", Decimal(860)),
        ("税收收入", Decimal("12.6")),
    ]


def test_accidents_of_a_sector_and_a_growth_on_an_average_of_years() -> None:
    # own words: 发生 inside a sector's name goes; 与前3年均比 compares with an average, no growth
    text = (
        "1-6月，道路交通领域发生事故12起，同比下降14.3%。"
        "全年共发生火灾事故31起，事故起数与前3年均比下降6.1%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("道路交通领域事故", Decimal(12), Decimal("-14.3")),
        ("火灾事故", Decimal(31), None),
    ]


def test_people_counted_in_ten_thousands_are_named_by_the_noun_after() -> None:
    # own words: 3.12万城镇就业人员 counts people (万人); 转移…劳动力 names what was moved
    text = (
        "前三季度全县新增3.12万城镇就业人员，完成年度目标的104%。今年共转移5.6万农村劳动力。"
        "全县共有86.2万城乡居民参保。全年1.3万贫困人口稳定脱贫，帮扶0.6万贫困户增收。"
    )
    assert fields(text, "indicator", "value", "unit", "completion_rate") == [
        ("新增城镇就业人员", Decimal("3.12"), "万人", Decimal(104)),
        ("转移农村劳动力", Decimal("5.6"), "万人", None),
        ("城乡居民参保", Decimal("86.2"), "万人", None),
        ("贫困人口稳定脱贫", Decimal("1.3"), "万人", None),
        ("帮扶贫困户增收", Decimal("0.6"), "万户", None),
    ]


def test_a_bare_verb_borrows_no_noun_counted_in_another_unit() -> None:
    # own words: the sentence before counted firms (户); 培训 counts people (人次)
    text = "全区新增市场主体2.4万户。全年培训1.8万人次。"
    assert fields(text, "indicator", "unit") == [("新增市场主体", "万户"), ("培训", "万人次")]


def test_a_rank_after_a_count_in_ten_thousands_is_no_name_of_it() -> None:
    # own words: 以2.3万件稳居首位 ranks who filed them; the words after the count name nothing
    text = "境外申请人中，韩国以2.3万件稳居首位。"
    (indicator, value, unit) = fields(text, "indicator", "value", "unit")[0]
    assert (value, unit) == (Decimal("2.3"), "万件")
    assert "稳居" not in indicator and "首位" not in indicator


def test_things_added_and_fitted_are_named_by_the_noun_after_the_count() -> None:
    # own words: 增加了…个充电桩 adds things named after the count; 增加12家 moves the level before
    text = "全年加装了2.1万台电梯，增加了64个充电桩。全县民营企业380家，增加12家。"
    assert fields(text, "indicator", "value") == [
        ("加装电梯", Decimal("2.1")),
        ("增加充电桩", Decimal(64)),
        ("民营企业", Decimal(380)),
    ]


def test_a_count_on_a_list_heading_is_the_target_of_the_count_done_under_it() -> None:
    # own words: （二）新增…床位180张 states the task; the paragraph under it what was done
    text = (
        "全年十项实事均已完成，具体如下：\n\n（一）改造农村公厕30座\n\n"
        "全年改造农村公厕34座，超额完成年度任务。\n\n（二）新增托育床位180张\n\n"
        "在5所幼儿园开设托班，新增托育床位186张。"
    )
    assert fields(text, "value", "unit", "target") == [
        (Decimal(34), "座", Decimal(30)),
        (Decimal(5), "所", None),
        (Decimal(186), "张", Decimal(180)),
    ]


def test_a_level_compared_with_in_brackets_and_a_target_held_to() -> None:
    # own words: 较2023年1-9月(41μg/m3) is the level compared with; 未达到…目标 is the level's
    # target; 与去年同期下降 is a growth without 相比
    text = (
        "PM10浓度为48μg/m3，较2023年1-9月(41μg/m3)同比上升17.1%，未达到2024年市定目标45μg/m3；"
        "臭氧均值150微克/立方米，与去年同期下降2.6%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth", "target") == [
        ("PM10浓度", Decimal(48), Decimal("17.1"), Decimal(45)),
        ("臭氧均值", Decimal(150), Decimal("-2.6"), None),
    ]


def test_a_name_keeps_its_conduct_and_the_market_is_no_place() -> None:
    # own words: 违法行为 keeps 为; 其他市场监管领域 is no place 其他市
    text = "其中价格违法行为216件，其他市场监管领域违法行为87件。"
    assert fields(text, "indicator", "region") == [
        ("价格违法行为", None),
        ("其他市场监管领域违法行为", None),
    ]


def test_the_mark_of_a_deed_done_is_no_part_of_a_name() -> None:
    # own words: 承担了 is 承担; 为了 keeps its 了
    text = "全年承担了省级科研项目26项。"
    assert fields(text, "indicator") == [("承担省级科研项目",)]


def test_a_bound_naming_a_group_a_pace_against_last_year_and_a_rate_per_100000() -> None:
    # own words: 3万元以上的村 names a group; 同比快120亩 is no figure; 13.2/10万 is a rate
    text = (
        "村集体经营性收入3万元以上的村占88%。全县完成小麦播种4200亩，同比快120亩。"
        "孕产妇死亡率为13.2/10万。"
    )
    assert fields(text, "indicator", "value", "unit") == [
        ("村集体经营性收入3万元以上的村占比", Decimal(88), "%"),
        ("播种小麦", Decimal(4200), "亩"),
        ("孕产妇死亡率", Decimal("13.2"), "/10万"),
    ]


def test_taiwan_growths_right_after_the_name_and_after_the_cause() -> None:
    # own words: 年增 right after the name; a growth told after its cause is of the subject
    # before the cause; 各年增 gives each of two subjects its growth
    text = (
        "10月零售業營業額為3,512億元，年增3.6%；燃料零售業年增8.2%；"
        "便利商店因門市擴增，加上冰品需求增加，年增6.4%；"
        "超級市場及量販業因節慶促銷，各年增2.1%、4.5%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("零售业营业额", Decimal(3512), Decimal("3.6")),
        ("燃料零售业", None, Decimal("8.2")),
        ("便利商店", None, Decimal("6.4")),
        ("超级市场", None, Decimal("2.1")),
        ("量贩业", None, Decimal("4.5")),
    ]


def test_hong_kong_and_macau_wording_of_growths_and_surpluses() -> None:
    # own words: 按年轻微增加 is a growth of the level; 期内, 加上 lead no name; 出超 is a
    # surplus, not a bound; 较前一年上升 is a growth; 收入超 stays a bound
    text = (
        "今年5月入境旅客有1,862,410人次，按年輕微增加1.3%。期內經常收入有318.2億元，"
        "加上資本收入的總收入有320.5億元。全年出超865.3億美元。全年訪港旅客4,512萬人次，"
        "較前一年上升9%。旅遊收入超50億元。"
    )
    assert fields(text, "indicator", "value", "qualifier", "yoy_growth") == [
        ("入境旅客", Decimal(1862410), None, Decimal("1.3")),
        ("经常收入", Decimal("318.2"), None, None),
        ("资本收入的总收入", Decimal("320.5"), None, None),
        ("出超", Decimal("865.3"), None, None),
        ("访港旅客", Decimal(4512), None, Decimal(9)),
        ("旅游收入", Decimal(50), ">", None),
    ]


def test_a_span_of_days_in_brackets_is_the_period_of_the_same_measure() -> None:
    # own words: (1-5日为…) restates the level for the first days of the holiday
    text = "景区接待游客86420人次(1-5日为80135人次，同比增长12.6%)。"
    assert fields(text, "indicator", "value", "yoy_growth", "period") == [
        ("景区接待游客", Decimal(86420), None, None),
        ("景区接待游客", Decimal(80135), Decimal("12.6"), "1-5日"),
    ]


def test_a_budget_is_a_plan_and_family_planning_is_no_plan() -> None:
    # own words: 年初预算为… and 调整为… are budgets (targets); 计划生育支出 is a spending line;
    # 投劳 counts in 工日
    text = (
        "医疗卫生与计划生育支出8.6亿元，同比增长7.2%。全年投劳118万工日。"
        "年初预算为：一般公共预算收入52140万元。"
    )
    assert fields(text, "indicator", "value", "unit", "target") == [
        ("医疗卫生与计划生育支出", Decimal("8.6"), "亿元", None),
        ("投劳", Decimal(118), "万工日", None),
        ("一般公共预算收入", None, "万元", Decimal(52140)),
    ]


def test_a_level_adjusted_from_one_amount_to_another_is_the_second() -> None:
    # own words: 由年初的…调整为… keeps the amount it was adjusted to, named by the subject
    text = "政府性基金预算收入由年初的6.2亿元调整为4.8亿元，调减1.4亿元。"
    assert fields(text, "indicator", "value") == [("政府性基金预算收入", Decimal("4.8"))]


def test_the_end_of_a_quarter_is_a_period() -> None:
    # own words: 三季度末 is when the level stood; 末 is no part of the name
    text = "三季度末生猪存栏86.2万头，同比下降2.4%。"
    assert fields(text, "indicator", "period") == [("生猪存栏", "三季度末")]


def test_stretches_of_river_are_counted() -> None:
    # own words: 段 and 条段 count stretches of river; 一段时间 is no figure
    text = "经过一段时间的整治，全年整治黑臭河道86条段132公里，清淤河道41段。"
    assert fields(text, "value", "unit") == [
        (Decimal(86), "条段"),
        (Decimal(132), "公里"),
        (Decimal(41), "段"),
    ]


def test_the_end_of_a_year_after_every_year_reported_is_a_horizon() -> None:
    # own words: the text reports 2023; 到2026年末 is aimed at. 到2023年底 is where it stood
    text = (
        "到2023年底，全区经营主体达到6.8万户。"
        "到2026年末，全区经营主体突破9万户，其中企业突破2万户。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("经营主体", Decimal("6.8"), None),
        ("经营主体", None, Decimal(9)),
        ("企业", None, Decimal(2)),
    ]


def test_proposals_of_a_field_and_calls_counted_in_pieces() -> None:
    # own words: 方面的提案 is 方面提案; 件次 is a unit
    text = "其中经济建设方面的提案58件，占比31.5%。承办热线直播访谈3期3件次。"
    assert fields(text, "indicator", "value", "unit") == [
        ("经济建设方面提案", Decimal(58), "件"),
        ("经济建设方面提案占比", Decimal("31.5"), "%"),
        ("承办热线直播访谈", Decimal(3), "期"),
        ("承办热线直播访谈", Decimal(3), "件次"),
    ]


def test_households_then_people_share_the_words_after_them() -> None:
    # own words: 8210户31260人如期脱贫: both counts are of 如期脱贫, not of the clause before
    text = "全县实现42个贫困村整村脱贫，8210户31260人如期脱贫。"
    assert fields(text, "indicator", "value") == [
        ("贫困村整村脱贫", Decimal(42)),
        ("如期脱贫", Decimal(8210)),
        ("如期脱贫", Decimal(31260)),
    ]


def test_names_listed_for_values_in_other_units_and_a_column_of_how_much() -> None:
    # own words: three names, three values in three units, then 分别增长; a column headed
    # 绝对值 names nothing of its own
    text = (
        "个体工商户户数、从业人员、注册资金为1.8万户、3.2万人和41.5亿元，分别增长6.1%、4.4%和9.8%。"
    )
    assert fields(text, "indicator", "unit", "yoy_growth") == [
        ("个体工商户户数", "万户", Decimal("6.1")),
        ("从业人员", "万人", Decimal("4.4")),
        ("注册资金", "亿元", Decimal("9.8")),
    ]
    table = (
        "表1：地区生产总值\n指标 绝对值(万元) 比上年增长(%)\n"
        "地区生产总值 265410 5.2\n第一产业 42306 3.8\n第二产业 98211 6.0"
    )
    assert fields(table, "indicator", "value")[1:] == [
        ("第一产业", Decimal(42306)),
        ("第二产业", Decimal(98211)),
    ]


def test_a_structure_said_before_shares_is_no_part_of_their_names() -> None:
    # own words: 结构比为12.1:40.3:47.6 is said, not named; the shares are of each sector
    text = "三次产业结构比为12.1:40.3:47.6，对GDP的贡献率分别为8.2%、45.1%和46.7%。"
    names = [name for (name,) in fields(text, "indicator")]
    assert len(names) == 3 and not any("12.1" in name or "结构" in name for name in names)


def test_megawatts_and_earthworks_have_units() -> None:
    # own words: 兆瓦 is megawatts (not 兆 times 瓦); 立米, 延长米 and m3 are units
    text = "光伏电站并网发电120兆瓦。完成土石方48万立米，铺设管网3200延长米，新增蓄水2.6万m3。"
    assert fields(text, "value", "unit") == [
        (Decimal(120), "兆瓦"),
        (Decimal(48), "万立米"),
        (Decimal(3200), "延长米"),
        (Decimal("2.6"), "万m3"),
    ]


def test_a_change_since_a_span_of_months_of_a_year_is_no_figure() -> None:
    # own words: 较2023年1-6月增加了21天 is how far the count moved, not a count
    text = "优良天数达到152天，较2023年1-6月增加了21天。"
    assert fields(text, "indicator", "value") == [("优良天数", Decimal(152))]


def test_a_currency_note_applies_to_the_amounts_from_there_on() -> None:
    # own words: (澳門元，下同) after the first amount: it and those after are in 澳门元
    text = "去年收入310億元。今年首季稅收達126.4億元(澳門元,下同)，按年增8.2%；經常開支88.1億元。"
    assert fields(text, "value", "unit") == [
        (Decimal(310), "亿元"),
        (Decimal("126.4"), "亿澳门元"),
        (Decimal("88.1"), "亿澳门元"),
    ]


def test_a_place_ranked_by_growth_is_the_region_of_that_growth() -> None:
    # own words: 增速最高的为甲县(同比增长…): 甲县's growth of the measure said before
    text = (
        "全市规上工业增加值增长6.4%，增速最高的为东川区(同比增长15.2%)，"
        "增速最低的为西岭区(同比下降2.3%)。"
    )
    assert fields(text, "indicator", "yoy_growth", "region") == [
        ("规上工业增加值", Decimal("6.4"), None),
        ("规上工业增加值", Decimal("15.2"), "东川区"),
        ("规上工业增加值", Decimal("-2.3"), "西岭区"),
    ]


def test_the_same_amount_in_another_currency_and_changes_since_weeks_and_months() -> None:
    # own words: 折合…美元 restates the amount; 比前9月减少, 较上周增加 move a count
    text = (
        "人均地区生产总值6.31万元，折合9120美元。"
        "投资负增长的行业11个，比前9月减少2个。新开工项目18个，较上周增加4个。"
    )
    assert fields(text, "indicator", "value") == [
        ("人均地区生产总值", Decimal("6.31")),
        ("投资负增长的行业", Decimal(11)),
        ("新开工项目", Decimal(18)),
    ]


def test_ordinals_listed_and_basis_points_are_no_figures() -> None:
    # own words: 第3、7和9位 are ranks; 低15个和32个基点 is how far a rate moved
    text = (
        "三项指标分别居全省第3、7和9位。贷款利率比上年同期分别低15个和32个基点。"
        "全年新增贷款86亿元。"
    )
    assert fields(text, "value", "unit") == [(Decimal(86), "亿元")]


def test_couples_boxes_flags_and_letters_are_counted() -> None:
    # own words: 对 counts couples (一对一, 1对1 are no counts), 箱 hives, 面 flags, 封 letters;
    # 四面八方 is an idiom
    text = (
        "全年办理结婚登记8215对，开展1对1帮扶。新发展养蜂2300箱，获得流动红旗15面，"
        "受理群众来信264封，吸引四面八方的游客。"
    )
    assert fields(text, "value", "unit") == [
        (Decimal(8215), "对"),
        (Decimal(2300), "箱"),
        (Decimal(15), "面"),
        (Decimal(264), "封"),
    ]


def test_rainfall_minutes_and_bed_days_have_their_units() -> None:
    # own words: 毫米 of rain, 分钟 between buses, 床日 a workload, 延米 of bridge
    text = "年降水量1186毫米。公交发车间隔12分钟。医师日均担负住院床日2.47床日。新建桥梁860延米。"
    assert fields(text, "value", "unit") == [
        (Decimal(1186), "毫米"),
        (Decimal(12), "分钟"),
        (Decimal("2.47"), "床日"),
        (Decimal(860), "延米"),
    ]


def test_a_bound_naming_a_group_then_its_count_is_no_figure() -> None:
    # own words: 户均80箱以上的农户 is a group; 9户 is how many it has
    text = "全乡养蜂3200箱，其中户均80箱以上的农户9户。"
    assert fields(text, "value", "unit") == [(Decimal(3200), "箱"), (Decimal(9), "户")]


def test_a_stage_count_after_its_set_and_the_sets_amounts_takes_the_set_as_target() -> None:
    # own words: the set (64个), its investment between, then the part that reached a stage;
    # 其中，21个竣工项目完成… is a kind of project in a plan, no stage reached
    text = (
        "全区实施重点项目64个，完成投资38.2亿元。其中，竣工项目9个。"
        "全市重点项目120个，完成投资85亿元。其中，21个竣工项目完成投资12亿元。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("实施重点项目", Decimal(64), None),
        ("重点项目投资", Decimal("38.2"), None),
        ("竣工项目", Decimal(9), Decimal(64)),
        ("重点项目", Decimal(120), None),
        ("重点项目投资", Decimal(85), None),
        ("竣工项目", Decimal(21), None),
        ("竣工项目投资", Decimal(12), None),
    ]


def test_an_estimate_with_will_or_can_and_a_growth_is_what_was_done() -> None:
    # own words: 预计…将达到…，增长… and 预计全年可完成…，增长… in a year's review are
    # estimates of what was done, as 预计 alone is; 预计…可达到 with no growth stays an aim
    text = (
        "2023年，全县完成一般公共预算收入12.4亿元，增长7.1%；"
        "预计地区生产总值将达到236亿元，同比增长5.8%；"
        "预计全年可完成规上工业总产值410亿元，同比下降3%。预计明年专利授权量可达到520件。"
    )
    assert fields(text, "indicator", "value", "yoy_growth", "target") == [
        ("一般公共预算收入", Decimal("12.4"), Decimal("7.1"), None),
        ("地区生产总值", Decimal(236), Decimal("5.8"), None),
        ("规上工业总产值", Decimal(410), Decimal(-3), None),
        ("专利授权量", None, None, Decimal(520)),
    ]


def test_shares_of_two_wholes_listed_and_a_total_of_designated_zones() -> None:
    # own words: 占全省…、全国… are shares of two wholes; 示范区 counted are no places, so the
    # total after them keeps their name (not the clause before)
    text = "农业示范作用持续增强，新增省级现代农业示范区3个，总数达到26个，占全省9.4%、全国1.2%。"
    assert fields(text, "indicator", "value") == [
        ("新增省级现代农业示范区", Decimal(3)),
        ("省级现代农业示范区", Decimal(26)),
        ("省级现代农业示范区占全省", Decimal("9.4")),
        ("省级现代农业示范区占全国", Decimal("1.2")),
    ]


def test_a_subjects_second_share_and_deals_counted_deed_first() -> None:
    # own words: 占全市…，占全省… are two shares of one subject; 共成交, 共登记 after what was
    # dealt name the deed first
    text = (
        "PCT国际专利申请量占全市38%，占全省21%。"
        "全市专利技术合同共成交862项。苏北三市技术合同共登记4120项。"
    )
    assert fields(text, "indicator", "value") == [
        ("PCT国际专利申请量占全市", Decimal(38)),
        ("PCT国际专利申请量占全省", Decimal(21)),
        ("成交专利技术合同", Decimal(862)),
        ("登记技术合同", Decimal(4120)),
    ]


def test_a_name_ends_before_among_and_all_together() -> None:
    # own words: 重点项目中，甲区… counts among a set; 商品共实现 says all together
    text = (
        "新开工的重点项目中，东川区4个，西岭区2个。"
        "化妆品类、金银珠宝类商品共实现零售额3.6亿元，分别增长12.5%和8.1%。"
    )
    assert fields(text, "indicator", "region", "yoy_growth")[:2] == [
        ("新开工重点项目", "东川区", None),
        ("新开工重点项目", "西岭区", None),
    ]
    assert fields(text, "indicator", "yoy_growth")[3:] == [
        ("化妆品类商品", Decimal("12.5")),
        ("金银珠宝类商品", Decimal("8.1")),
    ]


def test_a_plan_in_a_sentence_ends_with_its_paragraph_when_the_next_tells_what_is() -> None:
    # own words: 力争… sets targets; the paragraph after tells what the team has (现有)
    text = (
        "服务期间，力争推广新品种2000亩以上，培训农民300人次以上。\n\n"
        "服务团现有专家12名，其中博士4名。"
    )
    assert fields(text, "value", "target") == [
        (None, Decimal(2000)),
        (None, Decimal(300)),
        (Decimal(12), None),
        (Decimal(4), None),
    ]


def test_the_past_year_after_who_told_it_is_a_review_and_a_rank_reached_no_figure() -> None:
    # own words: 记者获悉，过去一年…预计达到… reviews the year; 排名上升至18位 is a rank
    text = (
        "记者从全市科技工作会议上获悉，过去一年全市科技进步贡献率预计达到61%，"
        "每万人有效发明专利达到8.6件，区域创新能力全省排名上升至18位。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("科技进步贡献率", Decimal(61), None),
        ("每万人有效发明专利", Decimal("8.6"), None),
    ]


def test_two_groups_sharing_income_per_head_keep_the_whole_measure() -> None:
    # own words: 城镇居民和农村家庭人均可支配收入 → each group's 人均可支配收入
    text = "城镇居民和农村家庭人均可支配收入达到31260元、12480元，分别增长6.9%、8.1%。"
    assert fields(text, "indicator", "value") == [
        ("城镇居民人均可支配收入", Decimal(31260)),
        ("农村家庭人均可支配收入", Decimal(12480)),
    ]


def test_places_of_a_kind_listed_past_a_bound_each_pass_it() -> None:
    # own words: 完成率超过100%的县(区)有… each passed; 分别达到… after the list gives each its own
    text = "全市造林完成率超过100%的县(区)有东川区、西岭县、南浦县。"
    assert fields(text, "indicator", "completion_rate", "qualifier", "region") == [
        ("造林", Decimal(100), ">", "东川区"),
        ("造林", Decimal(100), ">", "西岭县"),
        ("造林", Decimal(100), ">", "南浦县"),
    ]
    text = "开工率达到80%以上的县区有东川区、西岭县，分别达到97.2%、88.6%。"
    assert fields(text, "region", "completion_rate") == [
        (None, Decimal(80)),
        ("东川区", Decimal("97.2")),
        ("西岭县", Decimal("88.6")),
    ]


def test_a_stage_count_keeps_the_place_of_its_set() -> None:
    # own words: 东川区实施重点项目12个，已开工9个: 东川区's projects started
    text = "东川区实施重点项目12个，已开工9个。西岭县实施重点项目8个，已开工6个。"
    assert fields(text, "indicator", "value", "target", "region") == [
        ("开工重点项目", Decimal(9), Decimal(12), "东川区"),
        ("开工重点项目", Decimal(6), Decimal(8), "西岭县"),
    ]


def test_how_a_measure_went_leaves_its_name_and_the_field_of_a_rank_is_no_figure() -> None:
    # own words: 保持增长, 始终保持 say how it went; 居31个工业大类之首 ranks among a field
    text = (
        "新材料产业、生物医药产业保持增长，增速分别为6.4%和3.1%。"
        "饮料制造业增加值增长12.5%，居31个工业大类之首。水质达标率始终保持100%。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("新材料产业", None, Decimal("6.4")),
        ("生物医药产业", None, Decimal("3.1")),
        ("饮料制造业增加值", None, Decimal("12.5")),
        ("水质达标率", Decimal(100), None),
    ]


def test_a_horizon_after_a_clause_opens_a_numbered_list_of_targets_one_a_line() -> None:
    # own words: …，到2030年将实现：, then items 1、2、3、 each on its own line (the line before
    # ends without a stop, and still ends its item)
    text = (
        "全市健康发展规划，到2030年将实现：\n"
        "1、新建三级医院6家，其中4家在东部新区\n"
        "2、每千人口床位数达到6.2张\n"
        "3、人均预期寿命达到82岁\n"
    )
    assert fields(text, "value", "target") == [
        (None, Decimal(6)),
        (None, Decimal(4)),
        (None, Decimal("6.2")),
        (None, Decimal(82)),
    ]
    assert all("2、" not in name for (name,) in fields(text, "indicator"))


def test_items_listed_before_a_rate_each_have_it() -> None:
    # own words: A、B和C覆盖率均达到… is one rate each; A率、B率均为… are named already
    text = (
        "城镇职工医疗保险、城乡居民医疗保险和大病保险覆盖率均达到96%以上。办结率、满意率均为100%。"
    )
    assert fields(text, "indicator", "value") == [
        ("城镇职工医疗保险覆盖率", Decimal(96)),
        ("城乡居民医疗保险覆盖率", Decimal(96)),
        ("大病保险覆盖率", Decimal(96)),
        ("办结率", Decimal(100)),
        ("满意率", Decimal(100)),
    ]


def test_level_held_after_the_change_it_made() -> None:
    # own words: 比上年减少6人 moves the level; 基本持平 says it grew by nothing
    text = "全县专任教师8230人，比上年减少6人，基本持平。"
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("专任教师", Decimal(8230), Decimal(0))
    ]


def test_a_class_of_size_is_no_figure() -> None:
    # own words: 15万吨级航道, 5万吨级以上船舶 name kinds by their size
    text = "港区15万吨级航道建成。全年到港5万吨级以上船舶126艘。"
    [(name, value, unit)] = fields(text, "indicator", "value", "unit")
    assert (name.endswith("5万吨级以上船舶"), value, unit) == (True, Decimal(126), "艘")


def test_what_is_left_out_and_the_basis_of_a_view_are_no_counts() -> None:
    # own words: (不包括12个新型社区 leaves them out; 按64个村情况看 says what the view covers
    text = (
        "全市306个村(不包括12个新型社区)全部完成审计。"
        "按64个村情况看，村集体经济收入1832万元，增长9.6%。"
    )
    assert fields(text, "value", "unit") == [
        (Decimal(306), "个"),
        (Decimal(1832), "万元"),
    ]


def test_a_change_since_a_year_written_without_its_character_is_no_figure() -> None:
    # own words: 较2023增加2.1亿元 (年 left out) moves the level; the share after is the level's
    text = "完成交通投资18.6亿元，较2023增加2.1亿元，占全市12.4%。"
    assert fields(text, "indicator", "value") == [
        ("交通投资", Decimal("18.6")),
        ("交通投资占全市", Decimal("12.4")),
    ]


def test_the_years_plan_said_as_da_suan_is_a_target() -> None:
    # own words: 年打算投资 is the year's planned investment, as 年计划投资 is
    text = "全区实施重点项目86个，年打算投资64亿元，目前完成投资41.2亿元。"
    assert fields(text, "value", "target") == [
        (Decimal(86), None),
        (None, Decimal(64)),
        (Decimal("41.2"), None),
    ]


def test_places_rates_in_brackets_after_a_second_rate_are_of_its_level() -> None:
    # own words: the second bracket lists the places' rates of the investment, not of 完工
    text = (
        "建成项目52个，建成率88.14%(东川区91.3%、南岭县84.62%)；完成投资6.48亿元，"
        "投资完成率93.7%(东川区95.06%、南岭县90.18%)。"
    )
    rates = [f for f in fields(text, "indicator", "completion_rate", "region") if f[2]]
    assert rates == [
        ("建成项目", Decimal("91.3"), "东川区"),
        ("建成项目", Decimal("84.62"), "南岭县"),
        ("投资", Decimal("95.06"), "东川区"),
        ("投资", Decimal("90.18"), "南岭县"),
    ]


def test_started_or_resumed_written_with_brackets_is_one_stage() -> None:
    # own words: 开(复)工 is 开复工; its count takes the set as target and the 开工率 after it
    text = "截至5月底，全县48个重点项目已开(复)工36个，开工率75%。"
    assert fields(text, "value", "completion_rate", "target") == [
        (Decimal(36), Decimal(75), Decimal(48)),
    ]


def test_targets_said_to_be_set_then_listed_are_targets() -> None:
    # own words: 目标已经确定 opens the list; 已经 there is not what was done
    text = "今年全县招商引资目标已经确定，引进项目40个，到位资金25亿元。"
    assert fields(text, "value", "target") == [
        (None, Decimal(40)),
        (None, Decimal(25)),
    ]


def test_quoted_words_called_the_years_targets_are_targets() -> None:
    # own words: the quoted bounds, then 的全年预期目标 (no verb of setting out before them)
    text = "今年确定了“城镇新增就业6000人以上，城镇登记失业率3.5%以内”的全年预期目标。"
    assert fields(text, "value", "target", "qualifier") == [
        (None, Decimal(6000), ">"),
        (None, Decimal("3.5"), "<"),
    ]


def test_a_new_line_after_a_plan_of_what_the_data_show_is_done() -> None:
    # own words: a plan, then on a new line what the figures showed (数据显示): done, with
    # the plan as its target
    text = (
        "全年就业目标已经设定，城镇新增就业9000人。\n数据显示，2024年全县实现城镇新增就业8620人。"
    )
    assert fields(text, "value", "target") == [(Decimal(8620), Decimal(9000))]


def test_how_much_a_plan_grew_on_last_years_is_no_figure() -> None:
    # own words: 年度计划比上年增加9.5% says how the plan changed, neither done nor aimed at
    text = "全县列入重点项目56项，年度计划投资48.2亿元，年度计划比上年增加9.5%。"
    assert fields(text, "value", "target", "unit") == [
        (Decimal(56), None, "项"),
        (None, Decimal("48.2"), "亿元"),
    ]


def test_departments_parts_counted_in_another_count_word_are_regions() -> None:
    # own words: 个 for the whole, 项 for each department's part
    text = "全县有14个民生项目进度滞后，其中县住建局5项，县水利局4项。"
    assert fields(text, "value", "region")[1:] == [
        (Decimal(5), "县住建局"),
        (Decimal(4), "县水利局"),
    ]


def test_counted_into_the_statistics_is_the_stage_of_the_entry_rate() -> None:
    # own words: 纳入固投统计 is the stage 入统率 names
    text = "全区开工项目120个，已纳入固投统计96个，入统率80%。"
    assert fields(text, "value", "completion_rate", "target")[-1] == (
        Decimal(96),
        Decimal(80),
        Decimal(120),
    )


def test_a_rows_name_with_digits_names_its_places_values() -> None:
    # own words: a table's rows named NO2 and PM10 (letters and digits) over places' values
    text = (
        "污染物 | 浓度最高的区县 |\n"
        "NO2 |\n东川区(41µg/m3)、南岭县(38µg/m3) |\n"
        "PM10 |\n西岭区(77µg/m3)、东川区(70µg/m3) |"
    )
    assert fields(text, "indicator", "region") == [
        ("NO2", "东川区"),
        ("NO2", "南岭县"),
        ("PM10", "西岭区"),
        ("PM10", "东川区"),
    ]


def test_a_square_bracket_opening_an_aside_leaves_the_name() -> None:
    # own words: [共42个断面有数据] opens an aside in square brackets
    text = "全市省考河流断面[共42个断面有数据]水质总体为优。"
    assert fields(text, "indicator", "value") == [("省考河流断面", Decimal(42))]


def test_the_best_and_worst_kind_of_place_with_its_value() -> None:
    # own words: 最佳的县(市、区)为…; the worst after it, the measure left out
    text = "8月份，PM10浓度最佳的县(市、区)为南岭县38μg/m3；最差的县(市、区)为东川区57μg/m3。"
    assert fields(text, "indicator", "value", "region") == [
        ("PM10浓度", Decimal(38), "南岭县"),
        ("PM10浓度", Decimal(57), "东川区"),
    ]


def test_a_headings_growth_said_again_with_its_level_is_one_figure() -> None:
    # own words: the heading says the growth; the paragraph under it the level and the growth
    text = (
        "2.工伤保险参保人数同比增长2.6%\n"
        "工伤保险参保86.42万人，环比增加0.35万人，同比增加2.19万人，增长2.6%。"
    )
    assert fields(text, "value", "yoy_growth") == [(Decimal("86.42"), Decimal("2.6"))]


def test_a_rate_counted_by_what_a_count_in_ge_names_is_that_counts() -> None:
    # own words: 按小区数计 picks the count in 个 of 小区, not the households after it
    text = "上半年全县改造老旧小区36个、5200户，按小区数计占年度任务的60%。"
    assert fields(text, "unit", "completion_rate") == [("个", Decimal(60)), ("户", None)]


def test_the_number_that_ought_to_be_done_is_the_target_of_the_figure_before() -> None:
    # own words: 全年应完成指标数为… is what the year asks of the figure just read
    text = "截至11月底，全县技术合同登记额为2.36亿元，全年应完成指标数为2.5亿元。"
    assert fields(text, "value", "target") == [(Decimal("2.36"), Decimal("2.5"))]


def test_a_share_said_as_zhan_bi_before_the_whole_keeps_the_whole() -> None:
    # own words: 占比全省 is 占全省: the whole stays in the name
    text = "全市有效发明专利1862件，占比全省6.4%。"
    assert fields(text, "indicator")[1] == ("有效发明专利占全省",)


def test_projects_won_from_the_province_and_of_a_programme_are_done() -> None:
    # own words: 争取省… is what was won; 知识产权计划项目 are projects of a programme
    text = "全年争取省“揭榜挂帅”项目4个，立项科技和知识产权计划项目27项。"
    assert fields(text, "value", "target") == [
        (Decimal(4), None),
        (Decimal(27), None),
    ]


def test_an_age_band_names_the_people_counted_in_it() -> None:
    # own words: 35岁以下 and 36岁及以上 are bands, not figures
    text = "全县科技特派员128人，其中35岁以下47人，36岁及以上81人。"
    assert fields(text, "indicator", "value") == [
        ("科技特派员", Decimal(128)),
        ("35岁以下", Decimal(47)),
        ("36岁及以上", Decimal(81)),
    ]


def test_values_listed_before_the_plans_target_are_targets_each() -> None:
    # own words: 实现…8.5万人、42%的规划目标 sets the target of each figure before
    text = "全市技能人才总量达8.2万人，高技能人才占比达39.6%，接近8.5万人、42%的规划目标。"
    assert fields(text, "value", "target") == [
        (Decimal("8.2"), Decimal("8.5")),
        (Decimal("39.6"), Decimal(42)),
    ]


def test_rates_listed_alone_are_of_the_levels_of_the_sentences_before() -> None:
    # own words: three sentences each report a level; the fourth lists their rates
    text = (
        "新增高新技术企业38家。新增科技型中小企业126家。"
        "技术合同登记额4.6亿元。分别完成年度任务的76%、84%和92%。"
    )
    assert fields(text, "value", "completion_rate") == [
        (Decimal(38), Decimal(76)),
        (Decimal(126), Decimal(84)),
        (Decimal("4.6"), Decimal(92)),
    ]


def test_a_plan_without_its_unit_before_the_rate_is_the_target() -> None:
    # own words: 占计划数2.4的105% gives the plan in the level's unit, and the rate
    text = "全年水产品产量预计可达到2.52万吨，占计划数2.4的105%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal("2.52"), Decimal("2.4"), Decimal(105)),
    ]


def test_short_names_share_the_rate_the_last_is_named_with() -> None:
    # own words: 小麦、玉米和大豆机播率 are three rates of one kind
    text = "全县小麦、玉米和大豆机播率分别为98.2%、91.5%和76%。"
    assert fields(text, "indicator") == [("小麦机播率",), ("玉米机播率",), ("大豆机播率",)]


def test_a_price_per_quantity_keeps_its_unit() -> None:
    # own words: 元/吨 and 元/千瓦时 are prices; 元/月/人 per month and head
    text = "标煤均价812.5元/吨，工业电价0.63元/千瓦时，低保标准为640元/月/人。"
    assert fields(text, "value", "unit") == [
        (Decimal("812.5"), "元/吨"),
        (Decimal("0.63"), "元/千瓦时"),
        (Decimal(640), "元/月/人"),
    ]


def test_last_years_level_said_without_wei_is_no_figure() -> None:
    # own words: 上年同期5.8亿元 is the baseline; the growth after it is the level's
    text = "前三季度全县税收收入6.3亿元，上年同期5.8亿元，同比增长8.6%。"
    assert fields(text, "value", "yoy_growth") == [(Decimal("6.3"), Decimal("8.6"))]


def test_the_growth_of_the_part_compared_with_in_brackets() -> None:
    # own words: 增速(9.2%)快于轻工业(5.1%)和建筑业(3.3%): each part's growth of the measure
    text = "重工业增加值增速(9.2%)快于轻工业(5.1%)和采矿业(3.3%)。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("重工业增加值", Decimal("9.2")),
        ("轻工业增加值", Decimal("5.1")),
        ("采矿业增加值", Decimal("3.3")),
    ]


def test_lines_of_places_first_by_a_measure() -> None:
    # own words: one label a line, a colon, the place first by it and its value
    text = "工业投资总量第一：东川区 86.2亿元\n工业投资增速第一：南岭县 31.5%"
    assert fields(text, "indicator", "value", "yoy_growth", "region") == [
        ("工业投资总量", Decimal("86.2"), None, "东川区"),
        ("工业投资", None, Decimal("31.5"), "南岭县"),
    ]


def test_power_in_kw_area_in_hectares_and_bags_are_units() -> None:
    # own words: 万kW, 万hm^2 written in letters; 万袋 of mushrooms counted
    text = "全县农机总动力38.6万kW，耕地面积4.2万hm^2，种植食用菌1200万袋。"
    assert fields(text, "value", "unit") == [
        (Decimal("38.6"), "万kW"),
        (Decimal("4.2"), "万hm^2"),
        (Decimal(1200), "万袋"),
    ]


def test_a_growth_target_in_brackets_after_the_word_target() -> None:
    # own words: 低于年度目标(7%)2.4个百分点: the growth aimed at, said in brackets
    text = "全县固定资产投资增长4.6%，低于年度目标(7%)2.4个百分点。"
    assert fields(text, "indicator", "yoy_growth", "target") == [
        ("固定资产投资", Decimal("4.6"), None),
        ("固定资产投资", None, Decimal(7)),
    ]


def test_a_level_of_government_said_with_ceng_mian_is_no_region() -> None:
    # own words: 自治区层面重大项目 are the region's level of projects, not its own
    text = "全市推进重大项目320个，其中自治区层面重大项目58个。"
    assert fields(text, "indicator", "region")[1] == ("自治区层面重大项目", None)


def test_started_and_carried_out_is_a_stage_named_first() -> None:
    # own words: 项目动工实施 → 动工实施项目, as 项目开工 → 开工项目
    text = "截至5月底，已有26个项目动工实施。"
    assert fields(text, "indicator") == [("动工实施项目",)]


def test_the_field_of_a_rank_and_the_kinds_of_product_counted_in_are_no_figures() -> None:
    # own words: 在全省98个县(市、区)排名第7 is a field; 52种主要工业产品中 counts kinds in
    text = (
        "全县综合指数3.92，在全省98个县(市、区)排名第7。全县52种主要工业产品中，31种产量同比增长。"
    )
    assert fields(text, "value", "unit") == [(Decimal("3.92"), None), (Decimal(31), "种")]


def test_each_sum_names_the_project_said_after_it() -> None:
    # own words: 总投资…的X项目、总投资…的Y项目: each sum is of the project after it
    text = "园区签约总投资12亿元的锂电池材料项目、总投资3.5亿元的智能仓储项目。"
    assert fields(text, "indicator", "value") == [
        ("锂电池材料项目总投资", Decimal(12)),
        ("智能仓储项目总投资", Decimal("3.5")),
    ]


def test_plans_of_supervision_made_are_counted_not_aimed_at() -> None:
    # own words: 制定督查计划12次 counts plans of inspection made, no target
    text = "县督查室制定督查计划12次，开展实地督查35次。"
    assert fields(text, "value", "target") == [(Decimal(12), None), (Decimal(35), None)]


def test_teams_named_at_length_are_named_by_the_team() -> None:
    # own words: 组织牵头5个重点项目专项督查组: the teams, not the verbs before them
    text = "县政府组织牵头5个重点项目专项督查组开展督查。"
    assert fields(text, "indicator") == [("重点项目专项督查组",)]


def test_a_sentence_opening_with_a_horizon_opens_the_plan_at_any_length() -> None:
    # own words: 到2027年，… (a long sentence of goals, no figure), then the figures aimed at
    text = (
        "到2027年，基本建成布局合理、开放协同、支撑有力的县域创新体系，创新能力显著提升。"
        "全县研发投入强度达到2.5%以上，高新技术企业达到120家。"
    )
    assert fields(text, "value", "target") == [(None, Decimal("2.5")), (None, Decimal(120))]


def test_a_growth_over_several_years_is_no_year_on_year_growth() -> None:
    # own words: 十年增长超过2倍, 五年来增长35%: growths over years, not on the year before
    text = "全县研发经费支出12.6亿元，十年增长超过2倍；高新技术企业86家，五年来增长35%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("12.6"), None),
        (Decimal(86), None),
    ]


def test_bonds_won_are_done_and_the_spending_progress_is_the_rate_of_the_sum() -> None:
    # own words: 争取…债券 is what was won; 执行进度 is the rate of the spending before it
    text = "去年全县争取政府专项债券3.2亿元。1-9月全县民生支出8.6亿元，执行进度71.5%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal("3.2"), None, None),
        (Decimal("8.6"), None, Decimal("71.5")),
    ]


def test_places_counted_by_a_two_digit_growth_are_named_by_it() -> None:
    # own words: 呈两位数增长 is the state the places counted reached
    text = "全市有5个县(市、区)工业增加值呈两位数增长。"
    assert fields(text, "indicator", "value") == [
        ("工业增加值两位数增长县(市、区)", Decimal(5)),
    ]


def test_units_counted_by_the_task_they_finished() -> None:
    # own words: 8个单位完成了半年任务: the units are named by what they finished
    text = "截至6月底，全县只有8个单位完成了半年任务。"
    assert fields(text, "indicator", "value") == [("完成半年任务单位", Decimal(8))]


def test_places_listed_at_a_sum_each_passed_it() -> None:
    # own words: 甲、乙、丙等3个县区…均超过20亿元: each place passed the sum, not one level
    text = "东川区、西岭区、南浦县等3个县区完成工业投资均超过20亿元，共完成投资81.5亿元，增长9.2%。"
    found = fields(text, "region", "value", "qualifier", "yoy_growth")
    assert found[1:] == [
        ("东川区", Decimal(20), ">", None),
        ("西岭区", Decimal(20), ">", None),
        ("南浦县", Decimal(20), ">", None),
        (None, Decimal("81.5"), None, Decimal("9.2")),
    ]


def test_the_last_place_of_a_list_leaves_the_kind_of_places() -> None:
    # own words: 甲、乙、丙等市州投资: the last place is 丙, and the growths are of 投资
    text = "此外，广元、南充、雅安等市州技改投资增长较快，分别增长37.5%、21.4%、19%。"
    assert fields(text, "region", "indicator", "yoy_growth") == [
        ("广元", "技改投资", Decimal("37.5")),
        ("南充", "技改投资", Decimal("21.4")),
        ("雅安", "技改投资", Decimal(19)),
    ]


def test_places_ranked_after_a_count_of_places_take_the_measure() -> None:
    # own words: N个县…居前3位的分别是：A县…: the measure names the values, the place is region
    text = "1-9月，全省30个重点县实际利用外资居前3位的分别是：东川县2.15亿美元、西岭区1.08亿美元。"
    assert fields(text, "indicator", "region", "value")[1:] == [
        ("实际利用外资", "东川县", Decimal("2.15")),
        ("实际利用外资", "西岭区", Decimal("1.08")),
    ]


def test_a_sum_set_up_names_the_fund_after_it() -> None:
    # own words: 设立…800万元的…专项资金和200万元的…资金: each sum is of the fund after it
    text = "从今年起，设立每年安排800万元的县科技创新专项资金和200万元的县人才发展资金。"
    assert fields(text, "indicator", "value") == [
        ("县科技创新专项资金", Decimal(800)),
        ("县人才发展资金", Decimal(200)),
    ]


def test_firms_found_that_mean_to_apply_are_counted_not_aimed_at() -> None:
    # own words: 摸排拟申报…企业15家 counts what a survey found; 拟新增 still plans
    text = "摸排拟申报高新技术企业企业15家；全年拟新增高新技术企业30家。"
    assert fields(text, "value", "target") == [(Decimal(15), None), (None, Decimal(30))]


def test_a_count_named_by_work_under_way_drops_the_word_for_ongoing() -> None:
    # own words: 8项重点项目推进实施中: the projects named by the work, without 中
    text = "目前已有8项重点科技项目推进实施中。"
    assert fields(text, "indicator", "value") == [("推进实施重点科技项目", Decimal(8))]


def test_the_reach_of_a_service_in_minutes_is_no_figure() -> None:
    # own words: 15分钟健康服务圈 names a kind of area; the doctors counted are a figure
    text = "全县基本建成15分钟健康服务圈，每千人口执业医师数2.86人。"
    assert fields(text, "value", "unit") == [(Decimal("2.86"), "人")]


def test_a_target_set_earlier_and_passed_is_the_target_of_the_level() -> None:
    # own words: 超额完成了年初定下的…的目标, 超过了年初所定的…的基本标准: targets of the levels
    text = (
        "全县新增参保人数4120人，超额完成了年初定下的新增职工医保参保人数3500人的目标。"
        "人均筹资水平达到210元，大大超过了年初所定的人均筹资水平达到190元的基本标准。"
    )
    assert fields(text, "value", "target") == [
        (Decimal(4120), Decimal(3500)),
        (Decimal(210), Decimal(190)),
    ]


def test_who_told_the_reporter_names_nothing() -> None:
    # own words: 记者了解到, 记者从…获悉 open the sentence, not the name
    text = "记者了解到今年全县城乡居民医保参保人数达24.6万人。"
    assert fields(text, "indicator") == [("城乡居民医保参保人数",)]


def test_a_share_of_places_is_named_by_what_they_reached() -> None:
    # own words: 全县96%的行政村实现…，85%以上的自然村通…: shares named deed first, each
    text = "目前，全县96%的行政村实现快递进村，85%以上的自然村建成农村公路。"
    assert fields(text, "indicator", "value", "qualifier") == [
        ("实现快递进村行政村", Decimal(96), None),
        ("建成农村公路自然村", Decimal(85), ">"),
    ]


def test_places_that_rank_first_share_the_measure_after_their_rank() -> None:
    # own words: A、B、C位居…前三，占比分别为…: 位居 ends the list of places
    text = "东川区、西岭区、南浦县位居全市专利授权量前三位，占比分别为41.5%、20.3%、11.2%。"
    assert [f.indicator for f in extract(text).figures] == ["占比"] * 3


def test_a_second_year_compared_in_a_list_is_no_year_on_year_growth() -> None:
    # own words: 同比2024年增长A%、2023年增长B%: the first is on last year, the second is not
    text = (
        "今年上半年签约项目860个，同比2024年增长31%、2023年增长12%；"
        "签约金额5120亿元，同比2024年增长45%、2023年增长17%。"
    )
    assert fields(text, "value", "yoy_growth") == [
        (Decimal(860), Decimal(31)),
        (Decimal(5120), Decimal(45)),
    ]


def test_a_list_summed_up_is_named_by_what_follows_the_total() -> None:
    # own words: 甲、乙等企业共12个…项目均按计划开工: the projects, by the stage they reached
    text = "目前，甲厂、乙厂等企业共12个亿元以上工业项目均按计划开工建设。"
    assert fields(text, "indicator", "value") == [("按计划开工建设亿元以上工业项目", Decimal(12))]


def test_growths_on_the_same_months_two_years_before_are_not_year_on_year() -> None:
    # own words: 比2023年9月份增长…, 相比2023年1—9月增长…, with 两年平均: over two years
    text = (
        "9月份，全县限上零售额2.41亿元，同比增长6.2%；比2023年9月份增长15.1%，两年平均增长7.3%。"
        "1—9月，全县限上零售额19.8亿元，同比增长9.5%。相比2023年1—9月增长18.4%，两年平均增长8.9%。"
    )
    assert [f.yoy_growth for f in extract(text).figures] == [Decimal("6.2"), Decimal("9.5")]


def test_things_counted_by_how_they_stood_are_named_state_first() -> None:
    # own words: N个课题执行率高于平均…, N个乡镇得分低于…: named by the state, then the kind
    text = "全所86个课题中，31个课题预算执行率高于全所平均水平；12个乡镇得分低于全县平均分。"
    assert fields(text, "indicator", "value")[1:] == [
        ("预算执行率高于全所平均水平课题", Decimal(31)),
        ("得分低于全县平均分乡镇", Decimal(12)),
    ]


def test_a_list_made_public_of_what_is_to_be_recognised_counts_what_was_chosen() -> None:
    # own words: 拟认定…数量28家, 拟推荐…5家: the list published; 拟新增 is still a plan
    text = (
        "全省新增拟认定省工程技术研究中心最多的是甲市，达86家；乙市新增拟认定数量28家。"
        "明年拟新增40家。"
    )
    assert fields(text, "value", "target") == [
        (Decimal(86), None),
        (Decimal(28), None),
        (None, Decimal(40)),
    ]


def test_a_notice_opening_with_hereby_states_what_was_chosen() -> None:
    # own words: 现将…的12家众创空间、5家孵化器名单予以公布: counts of the list, not plans
    text = "现将确定为省级科技企业孵化载体的12家众创空间、5家科技企业孵化器名单予以公布。"
    assert fields(text, "value", "target") == [(Decimal(12), None), (Decimal(5), None)]


def test_our_country_goes_from_names_as_the_whole_does() -> None:
    # own words: 我国现有…, 我国网民规模: 我国 is the whole the text reports on
    text = "据悉，我国现有178家国家级高新区。截至年底，我国网民规模达10.9亿人。"
    assert fields(text, "indicator") == [("国家级高新区",), ("网民规模",)]


def test_shares_listed_after_a_share_of_the_whole_are_of_that_whole() -> None:
    # own words: 集聚了全省30%的高新技术企业，40%的“小巨人”企业: each share of the same whole
    text = "高新区集聚了全省30%的高新技术企业，40%的专精特新“小巨人”企业，25%的省级研发机构。"
    assert fields(text, "indicator") == [
        ("高新技术企业占全省比重",),
        ("专精特新小巨人企业占全省比重",),
        ("省级研发机构占全省比重",),
    ]


def test_a_table_a_cell_a_line_after_its_title_with_rules_between_rows() -> None:
    # own words: the title runs into 排名 (the line break between them goes); ||||| rules
    # between rows are no cells
    text = (
        "市直部门信息采用情况统计表\n排名 |\n单位 |\n采用条数 |\n得分 |\n||||||\n"
        "1 |\n水利局 |\n36 |\n180 |\n||||||\n2 |\n民政局 |\n26 |\n130 |\n||||||\n"
        "3 |\n公安局 |\n25 |\n125 |\n"
    )
    rows = [(f.region, f.value) for f in extract(text).figures if f.indicator.endswith("得分")]
    assert rows == [("水利局", Decimal(180)), ("民政局", Decimal(130)), ("公安局", Decimal(125))]


def test_a_count_named_by_examples_is_named_by_the_deed_and_the_kind() -> None:
    # own words: 新签约甲公司智能装备等工业项目26个: the deed and the kind, not the example
    text = "前三季度，园区累计新签约甲公司智能装备产业园等工业项目26个，计划总投资88.6亿元。"
    assert fields(text, "indicator", "value")[0] == ("园区新签约工业项目", Decimal(26))


def test_a_rate_reached_after_a_rate_aimed_at_is_the_level() -> None:
    # own words: 覆盖率…目标数是80%，实际已完成92%，完成率为115%: the level, then its rate
    text = "全县学前教育普惠覆盖率全年任务目标数是80%，实际已完成92%，完成率为115%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal(92), Decimal(80), Decimal(115)),
    ]


def test_the_spending_rate_after_a_sum_spent_is_its_rate_with_its_gap() -> None:
    # own words: 已支出…万元，支出率…%，超序时进度…个百分点: one figure, its rate and its gap
    text = "至5月底，全县衔接资金已支出8620.5万元，支出率46.3%，超序时进度4.6个百分点。"
    assert fields(text, "value", "completion_rate", "time_progress_gap_pp") == [
        (Decimal("8620.5"), Decimal("46.3"), Decimal("4.6")),
    ]


def test_a_count_then_what_it_will_become_is_a_target_named_by_that_deed() -> None:
    # own words: 其中6座桥将拆除重建, 3个项目预计年内即可投产: aims; 2个即将竣工 is a state
    text = "其中6座桥将拆除重建；3个项目预计年内即可投产；另有2个即将竣工验收。"
    assert fields(text, "indicator", "value", "target")[:2] == [
        ("拆除重建桥", None, Decimal(6)),
        ("投产项目", None, Decimal(3)),
    ]
    assert fields(text, "value")[2] == (Decimal(2),)


def test_a_list_published_is_no_part_of_the_name_of_what_it_counts() -> None:
    # own words: …及3家科技企业加速器名单予以公布: the last item is named without the list
    text = "现将确定为省级孵化载体的12家众创空间及3家科技企业加速器名单予以公布。"
    assert fields(text, "indicator") == [("众创空间",), ("科技企业加速器",)]


def test_a_one_off_subsidy_is_no_count_of_times() -> None:
    # own words: 发放一次性吸纳就业补贴…笔…万元: 一次性 is a word, not 1次
    text = "全年发放一次性吸纳就业补贴1260笔386.4万元，一次性创业补贴52笔。"
    assert fields(text, "indicator", "value", "unit") == [
        ("发放一次性吸纳就业补贴", Decimal(1260), "笔"),
        ("发放一次性吸纳就业补贴", Decimal("386.4"), "万元"),
        ("一次性创业补贴", Decimal(52), "笔"),
    ]


def test_bullets_spaced_off_on_one_line_open_items() -> None:
    # own words: a poster's line of targets, each after a spaced bullet
    text = (
        "今年主要预期目标 ●地区生产总值增长5.5%左右 ●城镇新增就业1.2万人以上 "
        "■居民消费价格涨幅3%左右"
    )
    assert fields(text, "unit", "qualifier", "target") == [
        ("%", "≈", Decimal("5.5")),
        ("万人", ">", Decimal("1.2")),
        ("%", "≈", Decimal(3)),
    ]
    names = [f.indicator for f in extract(text).figures]
    assert names[:2] == ["地区生产总值", "城镇新增就业"] and names[2].startswith("居民消费价格")


def test_a_period_opened_by_dao_or_zhi_after_a_set_is_no_part_of_its_name() -> None:
    # own words: 在建项目到9月底累计完成投资…; 120个新开工项目至9月底已开工96个
    text = (
        "全市在建重点项目到9月底累计完成投资812.6亿元，占年度计划的80.2%。"
        "120个新开工项目至9月底已开工96个，开工率为80%。"
    )
    names = [f.indicator for f in extract(text).figures]
    assert names == ["在建重点项目投资", "新开工项目"]
    assert fields(text, "period") == [("到9月底",), ("至9月底",)]


def test_places_past_a_share_of_the_plan_each_get_the_rate_as_a_bound() -> None:
    # own words: A、B完成投资均超过年度计划的40%: each place's investment, rate > 40
    text = "至6月底，东岭县、西河区、南港新区完成投资均超过年度计划的40%。"
    assert fields(text, "indicator", "region", "qualifier", "completion_rate") == [
        ("投资", "东岭县", ">", Decimal(40)),
        ("投资", "西河区", ">", Decimal(40)),
        ("投资", "南港新区", ">", Decimal(40)),
    ]


def test_a_heading_of_shares_of_the_plan_makes_each_bare_share_a_completion_rate() -> None:
    # own words: 分领域完成投资及占年度计划比例为：A完成投资…亿元，占…%；…: done, and its rate
    text = (
        "分领域完成投资及占年度计划比例为：交通完成投资86.4亿元，占92.5%；"
        "水利完成投资21.7亿元，占104.2%。"
    )
    assert fields(text, "indicator", "value", "completion_rate") == [
        ("交通投资", Decimal("86.4"), Decimal("92.5")),
        ("水利投资", Decimal("21.7"), Decimal("104.2")),
    ]


def test_a_numbered_heading_spaced_off_from_its_text_opens_targets() -> None:
    # own words: (三)工作目标 新增…15家以上: the heading, then the targets, on one line
    text = "(三)工作目标 新增科技型中小企业40家以上，技术合同登记额达到6亿元。"
    assert fields(text, "indicator", "value", "target") == [
        ("新增科技型中小企业", None, Decimal(40)),
        ("技术合同登记额", None, Decimal(6)),
    ]


def test_measures_listed_before_one_growth_each_grew_by_it() -> None:
    # own words: A、B增长…: one growth each (and one growth aimed at each)
    text = (
        "上半年，全县工业总产值、外贸进出口总额同比增长8.6%。"
        "今年力争社会消费品零售额和税收收入增长9%以上。"
    )
    assert fields(text, "indicator", "yoy_growth", "target") == [
        ("工业总产值", Decimal("8.6"), None),
        ("外贸进出口总额", Decimal("8.6"), None),
        ("社会消费品零售额", None, Decimal(9)),
        ("税收收入", None, Decimal(9)),
    ]


def test_a_view_over_quarters_gives_each_quarter_the_measure_before() -> None:
    # own words: 分季度看，一季度…，二季度…: growths of the measure reported before
    text = (
        "前三季度全市地区生产总值1862.4亿元，同比增长4.1%。"
        "分季度看，一季度增长2.6%，二季度增长4.5%。"
    )
    assert fields(text, "indicator", "yoy_growth", "period")[1:] == [
        ("地区生产总值", Decimal("2.6"), "一季度"),
        ("地区生产总值", Decimal("4.5"), "二季度"),
    ]


def test_places_picked_from_those_counted_take_the_measure_counted_by() -> None:
    # own words: 8个县区工业投资均增长，其中A、B分别增长…: of 工业投资, each its region
    text = "上半年，8个县区工业投资同比均增长，增速较快的东岭县、西河区分别增长21.5%和18.2%。"
    assert fields(text, "indicator", "region", "yoy_growth")[1:] == [
        ("工业投资", "东岭县", Decimal("21.5")),
        ("工业投资", "西河区", Decimal("18.2")),
    ]


def test_a_programme_named_in_quotes_as_a_plan_plans_nothing() -> None:
    # own words: 通过“优师计划”招聘…: the programme's name, not a plan; what it did was done
    text = "去年，通过“优师计划”招聘应届毕业生326名，通过“银龄讲学计划”引进退休教师41人。"
    assert fields(text, "value", "target") == [(Decimal(326), None), (Decimal(41), None)]


def test_widened_or_narrowed_by_a_percentage_after_a_level_is_its_growth() -> None:
    # own words: 顺差扩大至…亿元，扩大…%; 逆差缩小至…，缩小…%
    text = "前10个月，贸易顺差扩大至632.5亿元，扩大12.8%；服务贸易逆差缩小至85.2亿元，缩小6.4%。"
    assert fields(text, "value", "yoy_growth") == [
        (Decimal("632.5"), Decimal("12.8")),
        (Decimal("85.2"), Decimal("-6.4")),
    ]


def test_projects_at_a_stage_with_a_rate_are_named_by_the_stage_and_the_set() -> None:
    # own words: 列入市级重点项目共40项…，已开工项目30项，开工率75%: the set is the target
    text = (
        "全县列入市级重点项目共40项，年度计划投资36.5亿元。1-5月完成投资15.2亿元，"
        "已开工项目30项，开工率75%。"
    )
    assert fields(text, "indicator", "value", "target", "completion_rate")[-1] == (
        "开工市级重点项目",
        Decimal(30),
        Decimal(40),
        Decimal(75),
    )


def test_a_part_after_a_semicolon_names_its_own_task() -> None:
    # own words: A，全年任务为…，实际完成…；B，全年任务为…: B names the second part
    text = (
        "农村公路提档升级，全年任务为120公里，实际完成131公里，超额完成9%；"
        "中小学校舍改造，全年任务为18所，实际完成18所。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("农村公路提档升级", Decimal(131), Decimal(120)),
        ("中小学校舍改造", Decimal(18), Decimal(18)),
    ]


def test_what_was_done_of_listed_plans_takes_each_plans_name_not_the_heading() -> None:
    # own words: 标题，计划A 40个，B 12个，实际分别完成…: each done figure is of its plan
    text = (
        "“双百行动”，全年计划新建村级便民服务站40个，培育电商示范村12个，"
        "实际分别完成46个、15个，分别超额完成15%和25%。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("新建村级便民服务站", Decimal(46), Decimal(40)),
        ("培育电商示范村", Decimal(15), Decimal(12)),
    ]


def test_taiwan_years_and_connectives_are_no_part_of_a_name() -> None:
    # own words: 112年來自民間部門…, 占…之N%, 當年度…, 再度新增…, 惟/却/至于
    text = (
        "112年來自企業部門研發經費為7,215億元，占整體研發經費之83.1%。"
        "當年度總營業額為2,316億元，隔年再度新增進駐廠商42家。"
    )
    assert fields(text, "indicator", "value") == [
        ("企业部门研发经费", Decimal(7215)),
        ("企业部门研发经费占整体研发经费", Decimal("83.1")),
        ("总营业额", Decimal(2316)),
        ("新增进驻厂商", Decimal(42)),
    ]


def test_connectives_of_taiwan_news_are_no_part_of_a_name() -> None:
    text = "出口增長12.5%，惟進口減少3.2%，至于轉口貿易則增長6.8%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("出口", Decimal("12.5")),
        ("进口", Decimal("-3.2")),
        ("转口贸易", Decimal("6.8")),
    ]


def test_parts_of_targets_after_a_sets_size_are_targets() -> None:
    # own words: 目标为，项目N个，总投资…，年度投资…。其中新开工项目…: the parts are aimed at too
    text = (
        "全市重点项目建设目标为，亿元以上项目320个，总投资2650亿元，年度投资610亿元。"
        "其中新开工项目118个，年度投资215亿元。"
    )
    assert fields(text, "value", "target")[-2:] == [
        (None, Decimal(118)),
        (None, Decimal(215)),
    ]


def test_an_earlier_forecast_compared_with_is_no_figure() -> None:
    # own words: 較8月預測的2.35%, 優於原預測, 從先前公布的…修正為: the estimates before
    text = (
        "第3季經濟成長率概估為4.12%，較8月預測的2.35%上修1.77個百分點；"
        "全年出口成長率為9.6%，優於原預測7.1%。"
    )
    assert fields(text, "indicator", "yoy_growth", "value") == [
        ("经济", Decimal("4.12"), None),
        ("出口", Decimal("9.6"), None),
    ]


def test_an_earlier_periods_level_set_beside_or_moved_from_is_no_figure() -> None:
    # own words: 較111年4.1%下降0.2%, 高於110年的88.5%, (上月97.3%)
    text = (
        "該縣112年度失業率為3.9%，較111年4.1%下降0.2%；"
        "勞動力參與率為59.6%，高於110年的58.5%；结案率98.2%(上月97.3%)。"
    )
    assert fields(text, "indicator", "value") == [
        ("失业率", Decimal("3.9")),
        ("劳动力参与率", Decimal("59.6")),
        ("结案率", Decimal("98.2")),
    ]


def test_a_latin_name_right_before_a_growth_is_the_name() -> None:
    # own words: GDP年增, CPI年增: the Latin letters name what grew, 年 stays out of the name
    text = "第二季GDP年增3.8%，CPI年增1.9%，出口年增7.2%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("GDP", Decimal("3.8")),
        ("CPI", Decimal("1.9")),
        ("出口", Decimal("7.2")),
    ]


def test_a_later_period_after_a_growth_is_that_growth_again() -> None:
    # own words: 二季度为…, 第四季则为…, 三季度放缓至…: how the same growth stood later
    text = "一季度全县财政收入增长6.2%，二季度为7.5%，三季度放缓至5.1%，第四季则为4.4%。"
    assert fields(text, "indicator", "yoy_growth", "value") == [
        ("财政收入", Decimal("6.2"), None),
        ("财政收入", Decimal("7.5"), None),
        ("财政收入", Decimal("5.1"), None),
        ("财政收入", Decimal("4.4"), None),
    ]


def test_a_growth_said_as_having_so_much_growth() -> None:
    # own words: 有N%的成长, 则有N%的衰退 (Taiwan's way to say a growth)
    text = "今年上半年，机械出口有9.4%的成长，纺织出口则有3.7%的衰退。"
    assert fields(text, "indicator", "yoy_growth", "value") == [
        ("机械出口", Decimal("9.4"), None),
        ("纺织出口", Decimal("-3.7"), None),
    ]


def test_a_rate_said_in_tenths_is_a_completion_rate() -> None:
    # own words: 执行率不到6成, 达成率约7成: a completion rate in tenths
    text = "该县今年工程预算执行率不到6成，其中道路工程执行率约7成。"
    assert fields(text, "completion_rate", "qualifier") == [
        (Decimal(60), "<"),
        (Decimal(70), "≈"),
    ]


def test_a_programmes_funds_spent_and_proposals_to_be_solved_are_no_plans() -> None:
    # own words: 计划经费执行数 is what was spent of a programme; 得到解决或计划逐步解决 is a state
    text = (
        "全年交通建设计划经费执行数为812亿元。代表建议中所提问题得到解决或计划逐步解决的有316件。"
    )
    assert fields(text, "value", "target") == [
        (Decimal(812), None),
        (Decimal(316), None),
    ]


def test_a_goal_set_by_a_figure_is_a_target_and_more_spent_is_no_figure() -> None:
    # own words: 以…N%为目标 sets a goal; 较去年同期增加执行… is how much more was spent
    text = (
        "截至9月底，全县水利工程经费执行数达12.6亿元，较去年同期增加执行近2亿元。"
        "明年以经费达成率98%为目标，并以研发投入强度2.8%为目标。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("水利工程经费执行数", Decimal("12.6"), None),
        ("经费达成率", None, Decimal(98)),
        ("研发投入强度", None, Decimal("2.8")),
    ]


def test_kinds_said_in_one_character_share_the_words_around_them() -> None:
    # own words: 轻、重工业, 大、中型: one character each, the words before and after shared
    text = "1-9月，全县规上轻、重工业产值分别为48.2亿元和96.5亿元；大、中型企业分别为6家和21家。"
    assert fields(text, "indicator", "value") == [
        ("规上轻工业产值", Decimal("48.2")),
        ("规上重工业产值", Decimal("96.5")),
        ("大型企业", Decimal(6)),
        ("中型企业", Decimal(21)),
    ]


def test_words_that_only_lead_or_end_a_name_stay_out_of_it() -> None:
    # own words: 更带来, 合共收到, 以…增幅…较多, 来到, 重回
    text = (
        "园区今年新引进厂商18家，更带来2600个就业机会。展会合共收到430份申请。"
        "日本订单52.3亿美元，以机械产品增幅21.4%较多。园区员工人数来到8万6千人，"
        "营业额重回新台币3000亿元。"
    )
    assert fields(text, "indicator") == [
        ("园区今年新引进厂商",),
        ("带来就业机会",),
        ("展会收到",),
        ("日本订单",),
        ("机械产品",),
        ("园区员工人数",),
        ("营业额",),
    ]


def test_the_binding_indicators_of_a_plan_are_targets() -> None:
    # own words: 约束性指标是：… (the plan's binding targets, across the sentence)
    text = "约束性指标是：单位地区生产总值能耗下降2.9%，森林覆盖率达到61.5%。"
    assert fields(text, "indicator", "value", "target") == [
        ("单位地区生产总值能耗", None, Decimal("-2.9")),
        ("森林覆盖率", None, Decimal("61.5")),
    ]
    # (二、约束性指标。 as a heading of its own: the sentences under it aim too)
    text = "二、约束性指标。单位地区生产总值用水量下降3%，森林覆盖率达到62%。"
    assert fields(text, "value", "target") == [(None, Decimal(-3)), (None, Decimal(62))]


def test_an_estimate_for_the_year_ahead_is_a_target_even_with_a_growth() -> None:
    # own words: 明年…预计达到…，较上年增长…: the growth is of the target, nothing is done yet
    text = "明年全县一般公共预算支出预计达到52亿元，较上年增长6%。"
    assert fields(text, "value", "target", "yoy_growth") == [(None, Decimal(52), Decimal(6))]


def test_a_budget_bill_and_what_it_appropriates_are_targets() -> None:
    # own words: 总预算案…编列…, 连同…, 须…: a budget for a year not yet begun
    text = "该县明年度总预算案岁入编列86亿元、岁出92亿元，连同债务还本3亿元后，须举债9亿元。"
    assert fields(text, "indicator", "value", "target") == [
        ("总预算案岁入编列", None, Decimal(86)),
        ("岁出", None, Decimal(92)),
        ("债务还本", None, Decimal(3)),
        ("举债", None, Decimal(9)),
    ]


def test_a_change_on_the_quarter_before_is_no_growth() -> None:
    # own words: 较上季增加…: on the quarter before (环比), not on the year before
    text = "第3季营造工程物价指数112.4，较上季增加1.2%，较上年同季增加4.6%。"
    assert fields(text, "value", "yoy_growth") == [(Decimal("112.4"), Decimal("4.6"))]


def test_what_is_likely_or_forecast_is_a_target_and_an_earlier_years_level_no_figure() -> None:
    # own words: 可望, 预估 (Taiwan): a level expected; 超越2019年的…: the level passed
    text = (
        "园区今年营业额可望超越2019年的1860亿元；预估全年出口额将突破920亿元，"
        "新增就业可望达到3200人。"
        "全国337个地级及以上城市平均优良天数比例为87.5%。"
    )
    assert fields(text, "indicator", "value", "target") == [
        ("出口额", None, Decimal(920)),
        ("新增就业", None, Decimal(3200)),
        ("地级及以上城市平均优良天数比例", Decimal("87.5"), None),
    ]


def test_last_years_growth_in_brackets_and_changes_on_a_month_are_no_figures() -> None:
    # own words: 较上年(增长21.6%)放缓, 较6月份减少…, 较112年度同期增加…
    text = (
        "1-4月，规上建筑业产值增长9.3%，较上年(增长21.6%)放缓12.3个百分点。"
        "外汇存底为5,612亿美元，较6月份减少38亿美元；关税实收数412亿元，较112年度同期增加17亿元。"
    )
    assert fields(text, "indicator", "value", "yoy_growth") == [
        ("规上建筑业产值", None, Decimal("9.3")),
        ("外汇存底", Decimal(5612), None),
        ("关税实收数", Decimal(412), None),
    ]


def test_a_plan_said_with_jihua_goes_on_across_semicolons_but_not_past_its_sentence() -> None:
    # own words: 今年，我县民生实事计划完成…；…: every part aimed at, the next sentence is not
    text = (
        "今年，我县民生实事计划完成农村公路提档升级42公里；新建村级卫生室12所，"
        "完成危桥改造8座。计划完成投资8600万元。该项工作是全县18项重点工作之一。"
        "全年计划新建5G基站300个，截至9月底已建成246个；引进高层次人才126人。"
    )
    assert fields(text, "value", "target") == [
        (None, Decimal(42)),
        (None, Decimal(12)),
        (None, Decimal(8)),
        (None, Decimal(8600)),
        (Decimal(18), None),
        (Decimal(246), Decimal(300)),
        (Decimal(126), None),
    ]


def test_what_was_spent_after_a_budget_is_done_not_aimed_at() -> None:
    # own words: 预算…，仅执行…: the budget is the target of what was spent
    text = "第二期特别预算412.5亿元，仅执行96.3亿元，计划经费达成率23.35%。"
    assert fields(text, "value", "target", "completion_rate") == [
        (Decimal("96.3"), Decimal("412.5"), Decimal("23.35")),
    ]


def test_words_that_open_an_item_of_a_list_stay_out_of_its_name() -> None:
    # own words: 包含…, 主要以…N家最多、…: how the list is introduced, and the last item's tail
    text = "全年引进企业15家，主要以新材料7家最多、电子信息5家，包含外资企业3家。"
    assert fields(text, "indicator", "value") == [
        ("引进企业", Decimal(15)),
        ("新材料", Decimal(7)),
        ("电子信息", Decimal(5)),
        ("外资企业", Decimal(3)),
    ]


def test_levels_listed_as_moved_from_a_list_before_are_the_levels_reached() -> None:
    # own words: 分别由…、…增加到…和…: the first list is where they started
    text = "城乡居民人均可支配收入分别由2020年的3.2万元、1.5万元增加到4.1万元和2.0万元。"
    assert fields(text, "indicator", "value") == [
        ("城镇居民人均可支配收入", Decimal("4.1")),
        ("农村居民人均可支配收入", Decimal("2.0")),
    ]


def test_names_that_start_with_zhong_keep_it() -> None:
    # own words: 中科 (the central science park), 中欧班列, 中长期: 中 opens these names
    text = "中科园区营业额大跃升至6120.5亿元；中欧班列货值增长15.3%；中长期贷款余额增长9.2%。"
    assert fields(text, "indicator") == [
        ("中科园区营业额",),
        ("中欧班列货值",),
        ("中长期贷款余额",),
    ]


def test_what_an_office_helped_firms_win_is_done() -> None:
    # own words: 协助企业争取…: won with help, not aimed at; what follows is done too
    text = "服务中心协助企业争取约1200万元研发补助，并带动企业新增投资4500万元。"
    assert fields(text, "value", "target") == [(Decimal(1200), None), (Decimal(4500), None)]


def test_the_end_of_a_year_and_a_total_before_a_verb_stay_out_of_names() -> None:
    # own words: 截至112年底, 到年底, 共认领: when, and 共 before the verb
    text = (
        "截至112年底直接兴办社宅5216户；到年底农村自来水普及率将达到92.5%；全县乡镇共认领问题86个。"
    )
    assert fields(text, "indicator") == [
        ("直接兴办社宅",),
        ("农村自来水普及率",),
        ("乡镇认领问题",),
    ]


def test_a_change_and_growth_against_the_term_before_are_no_figures() -> None:
    # own words: 比上届增加了…，增幅… (a congress's term, not the year before)
    text = "本届以来共提出议案建议2846件，比上届增加了412件，增幅为16.9%。"
    assert fields(text, "value", "yoy_growth") == [(Decimal(2846), None)]


def test_items_in_brackets_after_how_they_all_moved_are_growths() -> None:
    # own words: 均上升：A(…%)、B(…%); 均录得跌幅：… (each item's growth, signed by the heading)
    text = (
        "输往主要市场的出口均上升：日本(6.2%)、韩国(3.9%)。"
        "来自主要来源地的进口均录得跌幅：德国(4.1%)、法国(2.5%)。"
    )
    assert fields(text, "indicator", "yoy_growth") == [
        ("日本", Decimal("6.2")),
        ("韩国", Decimal("3.9")),
        ("德国", Decimal("-4.1")),
        ("法国", Decimal("-2.5")),
    ]


def test_days_a_change_of_days_and_the_level_it_moved_to() -> None:
    # own words: 1.6日 (days, with a decimal), 按年上升0.3日 (a change), 增加0.4日至2.5日
    text = (
        "9月旅客平均逗留1.6日，按年上升0.3日；留宿旅客则增加0.4日至2.5日。"
        "9月3日起，全市新增企业12家。"
    )
    assert fields(text, "indicator", "value", "unit") == [
        ("旅客平均逗留", Decimal("1.6"), "日"),
        ("留宿旅客", Decimal("2.5"), "日"),
        ("新增企业", Decimal(12), "家"),
    ]


def test_levels_estimated_beside_growths_read_as_done_are_done_too() -> None:
    # own words: 预计到年末，…增长…，…分别达到…元: the year's estimates, read as done
    text = (
        "预计到年末，全县地区生产总值增长4.1%，固定资产投资增长9.6%，"
        "城镇、农村居民人均可支配收入分别达到31250元和16480元。"
    )
    assert fields(text, "value", "target", "yoy_growth") == [
        (None, None, Decimal("4.1")),
        (None, None, Decimal("9.6")),
        (Decimal(31250), None, None),
        (Decimal(16480), None, None),
    ]


def test_who_and_when_before_a_deed_and_its_count_stay_out_of_the_name() -> None:
    # own words: 当局目前正进行…, 园区至今已培育…: the deed and what it was done to name it
    text = "当局目前正进行9个重建项目。科技园至今已培育620间创科公司。全县突出办好12件民生实事。"
    assert fields(text, "indicator", "value") == [
        ("进行重建项目", Decimal(9)),
        ("培育创科公司", Decimal(620)),
        ("办好民生实事", Decimal(12)),
    ]


def test_variants_opencc_keeps_and_a_taiwan_total_are_read_as_simplified_writes() -> None:
    # own words: 化粧品 → 化妆品; 綜計 (Taiwan's 合计) opens no name
    text = "化粧品零售業營業額年增4.2%；綜計營業額3,105億元，年增2.8%。"
    assert fields(text, "indicator") == [("化妆品零售业营业额",), ("营业额",)]


def test_taiwan_and_macau_ways_to_say_a_growth() -> None:
    # own words: 年增1.3倍, 录得…之按年增幅, 并计上半年…成长
    text = "11月对日本出口年增1.2倍。带动公共建筑投资录得38.4%之按年增幅。并计前三季经济成长4.9%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("对日本出口", Decimal("120.0")),
        ("带动公共建筑投资", Decimal("38.4")),
        ("经济", Decimal("4.9")),
    ]


def test_a_level_kinds_have_each_and_words_around_a_record() -> None:
    # own words: 各约…, 均为… (one level, each kind's); 不仅超越…目标N%; 创下历史新高
    text = (
        "去年全区进口额与出口额各约新台币2100亿元。"
        "全年投资额达86亿元，不仅超越招商目标15.2%。"
        "园区营业额创下历史新高，达1320亿元。"
    )
    assert fields(text, "indicator", "value", "completion_rate") == [
        ("进口额", Decimal(2100), None),
        ("出口额", Decimal(2100), None),
        ("投资额", Decimal(86), Decimal("115.2")),
        ("园区营业额", Decimal(1320), None),
    ]


def test_an_roc_year_inside_a_name_and_a_records_count_stay_out_of_it() -> None:
    # own words: 列管计画112年度…共计, 营业额史上第二度突破…
    text = (
        "各機關列管計畫112年度截至9月底止共計1,188項。南科園區113年營業額史上第二度達到1兆142億元。"
    )
    assert fields(text, "indicator") == [("各机关列管计划",), ("南科园区营业额",)]


def test_a_clause_without_numbers_names_the_bare_growth_after_it() -> None:
    # own words: …，对东协出口值创历史新高，增18.2%: the clause names what grew
    text = "10月对日本出口年增21.7%，对东协出口值创历史新高，增18.2%。"
    assert fields(text, "indicator", "yoy_growth") == [
        ("对日本出口", Decimal("21.7")),
        ("对东协出口值", Decimal("18.2")),
    ]


def test_rules_of_this_round_keep_out_of_ordinary_sentences() -> None:
    # a review's own words: sentences each new rule must leave alone
    assert fields("全市国家级和省级孵化器均为12家。", "indicator") == [
        ("国家级孵化器",),
        ("省级孵化器",),
    ]
    assert (
        len(fields("我市研究与试验发展经费支出和高新技术产业增加值均达到120亿元。", "value")) == 1
    )
    assert fields("全市小学和初中平均为42人。", "value") == [(Decimal(42),)]
    assert fields("2024年计划一般公共预算收入52亿元，一般公共预算支出86亿元。", "target") == [
        (Decimal(52),),
        (Decimal(86),),
    ]
    assert fields("明年预计一般公共预算收入52亿元，其中税收收入增长6%，非税收入10亿元。", "target")[
        -1
    ] == (Decimal(10),)
    assert fields("我市青年创业园引进35家科技企业。", "indicator") == [("青年创业园引进科技企业",)]
    assert fields("全市从教超过30年的256名乡村教师获得表彰。", "value") == [(Decimal(256),)]
    assert fields("全市科技型中小企业中有35%的成长型企业获得贷款支持。", "yoy_growth") == [(None,)]
    assert fields("城关镇、县直单位完成率分别为85%和92%。", "indicator") == [
        ("城关镇",),
        ("县直单位",),
    ]
    assert fields("全市共有树龄100年以上古树名木1234株。", "indicator") == [
        ("树龄100年以上古树名木",)
    ]
    assert fields("截至12.31日，全市共有规上企业320家。", "value") == [(Decimal(320),)]
    assert fields("今年，我市计划实施重点项目120个；新开工项目86个，竣工项目42个。", "value")[
        1:
    ] == [
        (Decimal(86),),
        (Decimal(42),),
    ]
    text = "全市一般公共预算收入45.6亿元，一般公共预算支出38.2亿元，完成预算的83.8%。"
    assert fields(text, "value") == [(Decimal("45.6"),), (Decimal("38.2"),)]


def test_what_there_is_named_after_its_count_and_where_an_aim_is_set() -> None:
    # own words: 现时本区有…间…企业，目标在2027年增至…: the kind, now and aimed at
    text = "规划提及现时本区有9间独角兽企业，目标在2027年增至15间。"
    assert fields(text, "indicator", "value", "target") == [("独角兽企业", Decimal(9), Decimal(15))]


def test_a_count_past_a_bound_before_the_kind_counted_is_a_figure() -> None:
    # own words: 逾150家企业 (a bound on a count; 超10亿元企业 is a size that names a kind)
    text = "招商处已与逾120家企业签约。全县超过300家企业参与。新增产值超10亿元企业有6家。"
    assert fields(text, "value", "qualifier") == [
        (Decimal(120), ">"),
        (Decimal(300), ">"),
        (Decimal(6), None),
    ]
