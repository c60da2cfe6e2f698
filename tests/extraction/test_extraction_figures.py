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


def test_a_verb_or_a_way_to_the_country_is_no_place() -> None:
    assert (only("培训返乡青年620人。").indicator, only("培训返乡青年620人。").region) == (
        "培训返乡青年",
        None,
    )
    assert only("东山县培训农民工620人。").region == "东山县"


def test_the_verb_of_a_listed_actual_is_shared_by_the_items_after_it() -> None:
    figures = extract("全年培训下岗职工1500人、返乡青年620人，分别完成全年目标的75%、62%。").figures
    assert [(f.indicator, f.value, f.completion_rate) for f in figures] == [
        ("培训下岗职工", Decimal(1500), Decimal(75)),
        ("培训返乡青年", Decimal(620), Decimal(62)),
    ]
    # a total after the list is no item of it, nor is an item with a verb of its own
    names = [f.indicator for f in extract("新增规上工业企业46家、总数达到418家。").figures]
    assert names == ["新增规上工业企业", "规上工业企业"]
    names = [f.indicator for f in extract("引进博士8人、认定技术经纪人40人。").figures]
    assert names == ["引进博士", "认定技术经纪人"]


def test_a_target_and_an_actual_make_one_figure() -> None:
    figure = only("高新技术企业：年度任务76家，已认定42家，完成率55.26%。")
    assert (figure.value, figure.target, figure.target_implied) == (Decimal(42), Decimal(76), False)


def test_a_change_against_last_year_is_not_a_figure() -> None:
    assert len(extract("专项资金2.8亿元，比上年增加3000万元。").figures) == 1


def test_an_abbreviation_in_brackets_stays_in_the_name() -> None:
    figure = only("全市研究与试验发展（R&D）经费投入68.42亿元。")
    assert figure.indicator == "研究与试验发展(R&D)经费投入"
    assert only("全市孵化载体（含众创空间）52个。").indicator == "孵化载体"


def test_a_bare_wancheng_before_a_percentage_is_a_completion_rate() -> None:
    figure = only("高企总数达到117家，完成市下达任务的106.36%。")
    assert (figure.value, figure.completion_rate) == (Decimal(117), Decimal("106.36"))
    figure = only("全市技改投资仅完成42.3%。")
    assert (figure.value, figure.unit, figure.completion_rate) == (None, None, Decimal("42.3"))


def test_places_with_rates_stand_for_the_indicator_before() -> None:
    text = (
        "全市工业技改投资完成年度目标任务的68.9%；其中，东城区、南湖县分别完成81.2%和77.5%，"
        "西山区仅完成42.3%，低于序时进度32.7个百分点。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.completion_rate) for f in figures] == [
        ("工业技改投资", None, Decimal("68.9")),
        ("工业技改投资", "东城区", Decimal("81.2")),
        ("工业技改投资", "南湖县", Decimal("77.5")),
        ("工业技改投资", "西山区", Decimal("42.3")),
    ]
    assert figures[-1].time_progress_gap_pp == Decimal("-32.7")


def test_places_sharing_a_noun_before_fenbie() -> None:
    text = (
        "城关街道、青山镇、石桥镇工业投资分别完成18.6亿元、14.2亿元和9.9亿元，"
        "分别占年度任务的81.6%、76.3%和58.2%。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.value, f.completion_rate) for f in figures] == [
        ("工业投资", "城关街道", Decimal("18.6"), Decimal("81.6")),
        ("工业投资", "青山镇", Decimal("14.2"), Decimal("76.3")),
        ("工业投资", "石桥镇", Decimal("9.9"), Decimal("58.2")),
    ]


def test_listed_subjects_of_an_earlier_clause_with_the_noun_before_fenbie() -> None:
    text = "排名前三位的是东城区、高新区和北湾镇，得分分别为92.6分、90.3分和88.7分。"
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.value, f.unit) for f in figures] == [
        ("得分", "东城区", Decimal("92.6"), "分"),
        ("得分", "高新区", Decimal("90.3"), "分"),
        ("得分", "北湾镇", Decimal("88.7"), "分"),
    ]


def test_times_of_day_and_fen_in_words_are_not_scores() -> None:
    assert extract("会议于9时30分召开，三分之一的企业十分重视，分别部署。").figures == ()


def test_a_small_chinese_count_closing_a_list_item_is_a_figure() -> None:
    figures = extract("全区现有国家级众创空间两家、省级众创空间九家。").figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("国家级众创空间", Decimal(2)),
        ("省级众创空间", Decimal(9)),
    ]
    assert extract("两家企业签订合作协议，打造一个平台。").figures == ()


def test_changci_is_a_unit() -> None:
    figure = only("全年举办各类双创活动一百二十场次。")
    assert (figure.value, figure.unit) == (Decimal(120), "场次")


def test_a_programme_named_jihua_is_not_a_target() -> None:
    figure = only("全市科技计划项目立项127项。")
    assert (figure.value, figure.target) == (Decimal(127), None)


def test_who_assigned_a_target_is_not_the_indicator() -> None:
    text = (
        "高新技术企业认定方面，今年市下达我县目标任务45家，截至10月底已通过认定38家，完成率84.44%。"
    )
    figure = only(text)
    assert (figure.indicator, figure.value, figure.target) == (
        "认定高新技术企业",
        Decimal(38),
        Decimal(45),
    )


def test_names_keep_the_whole_in_a_share_and_drop_a_total_word_inside() -> None:
    assert only("高新技术产品出口额占全市出口总额的比重为38.6%。").indicator == (
        "高新技术产品出口额占全市出口总额的比重"
    )
    assert only("“科技创新券”累计发放2860万元。").indicator == "科技创新券发放"


def test_a_one_character_alternative_inside_a_term_stays() -> None:
    figure = only("全市新增首台（套）重大技术装备12台（套）。")
    assert (figure.indicator, figure.value, figure.unit) == (
        "新增首台(套)重大技术装备",
        Decimal(12),
        "台",
    )


def test_a_period_after_a_target_clause_makes_an_actual() -> None:
    figure = only("（一）高新技术企业培育。年度任务150家，1-6月入库98家，完成率65.33%。")
    assert (figure.indicator, figure.value, figure.target, figure.completion_rate) == (
        "高新技术企业培育",
        Decimal(98),
        Decimal(150),
        Decimal("65.33"),
    )


def test_a_month_on_month_change_is_not_yoy_growth() -> None:
    figure = only("全市科技特派员服务企业1360人次，环比增长8.6%。")
    assert (figure.value, figure.yoy_growth) == (Decimal(1360), None)


def test_the_size_of_a_ranking_field_is_not_a_figure() -> None:
    figure = only("规上工业企业数量达到2086家，在全省21个地市中排名第15位。")
    assert figure.value == Decimal(2086)


def test_a_number_followed_by_de_mubiao_is_the_target_of_the_figure_before() -> None:
    figure = only("研发投入强度为2.12%，但距离2.3%的目标仍有差距。")
    assert (figure.value, figure.target) == (Decimal("2.12"), Decimal("2.3"))


def test_stated_time_progress_requests_and_rate_thresholds_are_not_figures() -> None:
    text = (
        "时间进度已过91.67%，但仍有5项指标完成率低于80%，"
        "请东城区、西山区等6个单位于12月10日前报送。"
    )
    figure = only(text)
    assert (figure.indicator, figure.value, figure.completion_rate) == ("指标", Decimal(5), None)


def test_a_unit_beginning_with_a_numeral_character() -> None:
    figure = only("新建光伏装机容量48.6万千瓦。")
    assert (figure.value, figure.unit) == (Decimal("48.6"), "万千瓦")


def test_places_sharing_a_noun_with_rates_and_a_unit_shared_by_two_numbers() -> None:
    text = (
        "青山县、白水县高企培育入库完成率分别为28.6%和31.3%，分别低于序时进度46.4和43.7个百分点。"
    )
    figures = extract(text).figures
    assert [
        (f.indicator, f.region, f.completion_rate, f.time_progress_gap_pp) for f in figures
    ] == [
        ("高企培育入库", "青山县", Decimal("28.6"), Decimal("-46.4")),
        ("高企培育入库", "白水县", Decimal("31.3"), Decimal("-43.7")),
    ]


def test_a_small_chinese_count_after_the_reporting_place() -> None:
    figure = only("我市两家孵化器成功入选。")
    assert (figure.indicator, figure.value) == ("孵化器", Decimal(2))


def test_from_a_baseline_to_a_value_and_average_growth() -> None:
    figure = only("培育国家级高新技术企业由56家增加到148家，年均增长38.2%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "培育国家级高新技术企业",
        Decimal(148),
        None,
    )


def test_a_count_of_listed_indicators_and_their_rates() -> None:
    text = "工业投资、技术合同成交额、新增入库数3项指标完成率分别为26.5%、31.2%和44.8%。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.completion_rate) for f in figures] == [
        ("指标", Decimal(3), None),
        ("工业投资", None, Decimal("26.5")),
        ("技术合同成交额", None, Decimal("31.2")),
        ("新增入库数", None, Decimal("44.8")),
    ]


def test_money_obtained_with_zhengqu_is_not_a_target() -> None:
    figure = only("争取上级资金1.35亿元。")
    assert (figure.value, figure.target) == (Decimal("1.35"), None)
    assert only("力争全年新增高企100家。").target == Decimal(100)


def test_a_bare_verb_after_a_label_takes_the_label() -> None:
    figure = only("高新技术企业：新增23家。")
    assert (figure.indicator, figure.value) == ("新增高新技术企业", Decimal(23))


def test_pici_is_a_unit() -> None:
    figure = only("完成产品质量监督抽查2 150批次。")
    assert (figure.value, figure.unit) == (Decimal(2150), "批次")


def test_a_share_of_the_planned_investment_is_a_completion_rate() -> None:
    figure = only("重点项目累计完成投资68.7亿元，占年度计划投资的76.8%。")
    assert figure.indicator == "重点项目投资"
    assert (figure.value, figure.completion_rate) == (Decimal("68.7"), Decimal("76.8"))


def test_a_unit_split_over_two_numbers_with_ge() -> None:
    text = "东城区、西岭区投资完成率分别为65.2%和58.9%，分别低于序时进度9.8个和16.1个百分点。"
    figures = extract(text).figures
    assert [(f.region, f.completion_rate, f.time_progress_gap_pp) for f in figures] == [
        ("东城区", Decimal("65.2"), Decimal("-9.8")),
        ("西岭区", Decimal("58.9"), Decimal("-16.1")),
    ]


def test_a_count_of_key_tasks_is_not_a_target() -> None:
    figures = extract("本次督查共涉及重点任务36项，正常推进11项，进度滞后4项。").figures
    assert [(f.value, f.target) for f in figures] == [
        (Decimal(36), None),
        (Decimal(11), None),
        (Decimal(4), None),
    ]
    assert only("年度任务76家，已认定42家。").target == Decimal(76)


def test_a_fraction_is_a_share_in_percent() -> None:
    figures = extract("高新技术企业达到386家，约占全市的四分之一。").figures
    share = figures[-1]
    assert (share.indicator, share.value, share.unit, share.qualifier) == (
        "占全市",
        Decimal(25),
        "%",
        "≈",
    )
    assert only("占比超过三分之二。").value == Decimal("66.67")
    assert extract("全市四分之三的企业开展研发。").figures == ()


def test_rate_against_a_target_set_by_the_province() -> None:
    figure = only("全市登记技术合同金额18.4亿元，完成省定目标的121%。")
    assert figure.completion_rate == Decimal(121)


def test_growth_against_the_same_period_last_year_names_nothing_new() -> None:
    figure = only("全社会研发经费投入31.05亿元，比去年同期增长17.3%。")
    assert (figure.indicator, figure.yoy_growth) == ("全社会研发经费投入", Decimal("17.3"))


def test_placeholder_is_no_part_of_a_name() -> None:
    figure = only("1-9月完成高新技术产业投资XX亿元，同比增长18.2%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "高新技术产业投资",
        None,
        Decimal("18.2"),
    )


def test_count_before_a_noun_with_a_measure_counts_the_noun() -> None:
    figures = extract("全县87家规上服务业企业营收达41.6亿元。").figures
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("规上服务业企业", Decimal(87), "家"),
        ("规上服务业企业营收", Decimal("41.6"), "亿元"),
    ]


def test_qualifier_before_fenbie_covers_every_value() -> None:
    figures = extract("高新技术企业和科技型企业分别超过120家和940家。").figures
    assert [(f.value, f.qualifier) for f in figures] == [
        (Decimal(120), ">"),
        (Decimal(940), ">"),
    ]


def test_a_plans_horizon_makes_the_sentence_targets() -> None:
    figures = extract("到2028年，全县高新技术企业突破60家；专精特新企业达到25家。").figures
    assert [(f.value, f.target) for f in figures] == [(None, Decimal(60)), (None, Decimal(25))]
    # 到2023年底 is a date an actual is reported at
    assert only("到2023年底，全县高新技术企业达到58家。").value == Decimal(58)


def test_rank_and_unit_only_are_not_figures() -> None:
    assert extract("科技进步综合评价跃居全省前30位。").figures == ()
    assert only("全年达成校企合作项目42只。").unit == "只"


def test_share_of_the_whole_keeps_the_noun_before() -> None:
    figures = extract("市级及以上孵化平台达96家、占全市27.5%。").figures
    # the share is of the set counted before, level and all
    assert figures[1].indicator == "市级及以上孵化平台占全市"
    assert figures[1].value == Decimal("27.5")


def test_target_stated_before_its_rate() -> None:
    figure = only("园区完成工业投资52.3亿元，为年度目标70亿元的74.7%。")
    assert (figure.value, figure.target, figure.completion_rate) == (
        Decimal("52.3"),
        Decimal(70),
        Decimal("74.7"),
    )
    figure = only("新增上云企业1 052家，完成年度任务（1 500家）的70.1%。")
    assert (figure.target, figure.completion_rate) == (Decimal(1500), Decimal("70.1"))


def test_a_target_the_figure_is_measured_against_does_not_open_a_plan() -> None:
    text = "城镇登记失业率控制在3.37%，比年目标任务4%低0.63个百分点，失业人员再就业6650人。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("城镇登记失业率", Decimal("3.37"), Decimal(4)),
        ("失业人员再就业", Decimal(6650), None),
    ]


def test_a_plan_stated_earlier_becomes_the_target_its_rate_explains() -> None:
    text = "全县安排重点项目88宗，年度投资计划256亿元。1-5月完成投资101.3亿元，占年度计划的39.6%。"
    figures = extract(text).figures
    actual = next(f for f in figures if f.value == Decimal("101.3"))
    assert actual.target == Decimal(256)
    # the plan is not reported again as a figure of its own
    assert all(f.target != Decimal(256) or f is actual for f in figures)
    # a plan the rate does not fit stays apart
    text = "年度投资计划256亿元。1-5月完成投资101.3亿元，占年度计划的55.0%。"
    assert len(extract(text).figures) == 2


def test_places_named_in_a_rate_heading_take_the_indicator_before() -> None:
    text = (
        "1-6月，全市固定资产投资完成368.5亿元，完成年度目标任务的51.3%。"
        "分县区看，东城区、南岭县完成率居前两位，分别为63.2%和58.7%。"
    )
    figures = extract(text).figures[1:]
    assert [(f.indicator, f.region, f.completion_rate) for f in figures] == [
        ("固定资产投资", "东城区", Decimal("63.2")),
        ("固定资产投资", "南岭县", Decimal("58.7")),
    ]


def test_growth_over_two_years_is_not_a_yoy_growth() -> None:
    figure = only("2023年，全县城镇新增就业8 120人，同比增长6.4%，比2021年增长15.2%。")
    assert figure.yoy_growth == Decimal("6.4")


def test_target_list_after_a_heading_sentence() -> None:
    text = "（二）今年主要预期目标。地区生产总值增长6%左右；城镇新增就业3.1万人以上。"
    figures = extract(text).figures
    assert [(f.value, f.target, f.unit, f.qualifier) for f in figures] == [
        (None, Decimal(6), "%", "≈"),
        (None, Decimal("3.1"), "万人", ">"),
    ]
    # a heading that reviews results does not
    text = "（一）目标任务完成情况。全县新增就业3.1万人。"
    assert only(text).value == Decimal("3.1")


def test_scope_of_an_inspection_and_thresholds_in_names_are_not_figures() -> None:
    text = "督查组深入全县9个乡镇和2个园区，查看两个10亿元以上重大项目。"
    assert extract(text).figures == ()
    assert only("全县规上工业产值尚未突破百亿元大关，仅为93.6亿元。").qualifier is None


def test_ratio_without_a_unit_and_units_per_area() -> None:
    figure = only("城乡居民收入比为1.96，比上年缩小0.04。")
    assert (figure.value, figure.unit) == (Decimal("1.96"), None)
    figure = only("常住人口密度为1 862人/平方公里。")
    assert figure.unit == "人/平方公里"


def test_from_now_to_the_level_aimed_at() -> None:
    figure = only("规上工业企业研发机构建有率要从目前的41%提高到55%。")
    assert (figure.value, figure.target) == (Decimal(41), Decimal(55))
    figure = only("技术合同成交额从2019年的1.2亿元，增加到2022年的3.4亿元。")
    assert figure.value == Decimal("3.4")


def test_a_numbered_list_of_targets_goes_on_across_its_items() -> None:
    text = (
        "一、主要预期目标\n\n1.地区生产总值增长6%左右。\n\n牵头单位：区发改局\n\n"
        "2.固定资产投资增长12%左右。\n\n二、上半年完成情况\n\n全区固定资产投资增长9.1%。"
    )
    figures = extract(text).figures
    assert [(f.target, f.yoy_growth) for f in figures] == [
        (Decimal(6), None),
        (Decimal(12), None),
        (None, Decimal("9.1")),
    ]


def test_target_in_another_unit_and_a_gap_in_percent() -> None:
    figure = only("实际到位资金920150万元，完成全年80亿目标任务的115.02%，超进度31.69%。")
    assert figure.target == Decimal(800000)
    assert figure.completion_rate == Decimal("115.02")
    assert figure.time_progress_gap_pp == Decimal("31.69")


def test_words_that_look_like_qualifiers_or_units() -> None:
    (figure,) = extract("新签约项目31个，已履约26个，履约率83.87%。").figures
    assert (figure.indicator, figure.value, figure.qualifier) == (
        "履约新签约项目",
        Decimal(26),
        None,
    )
    # 个点 is short for 个百分点: a change in points, not a count
    assert extract("增速高于全市平均水平2.1个点。").figures == ()
    figures = extract("全市200个工业经济新增长点项目实现产值2072.8亿元。").figures
    assert [(f.value, f.unit) for f in figures] == [
        (Decimal(200), "个"),
        (Decimal("2072.8"), "亿元"),
    ]


def test_thresholds_naming_a_group_and_fields_of_a_comparison() -> None:
    figures = extract("新增产值超亿元企业达75家，新增产值超10亿元企业有6家。").figures
    assert [f.value for f in figures] == [Decimal(75), Decimal(6)]
    assert only("发明专利申请2401件，超过省内其他14个地级市。").value == Decimal(2401)


def test_the_same_value_against_a_second_target_is_a_figure_of_its_own() -> None:
    text = (
        "到位资金为41.2亿元，完成市下达目标任务的165.07%，超进度81.74%，"
        "完成省下达目标任务（8.3亿元）的496.39%，超进度412.36%。"
    )
    first, second = extract(text).figures
    assert (first.value, first.completion_rate, first.target) == (
        Decimal("41.2"),
        Decimal("165.07"),
        None,
    )
    assert first.time_progress_gap_pp == Decimal("81.74")
    assert second.indicator == first.indicator
    assert (second.value, second.unit, second.target) == (None, "亿元", Decimal("8.3"))
    assert second.completion_rate == Decimal("496.39")
    assert second.time_progress_gap_pp == Decimal("412.36")


def test_spans_of_days_and_asking_words_are_no_part_of_a_name() -> None:
    figure = only("自6月1日至9月10日项目开工率达到90%。")
    # (a stage rate with no count of the stage is the completion rate of the projects)
    assert (figure.indicator, figure.completion_rate) == ("开工项目", Decimal(90))
    figure = only("重点督办6月末已开工项目投资完成率是否达到40%。")
    assert figure.indicator == "开工项目投资完成率"


def test_a_second_rate_against_a_target_set_by_another_level() -> None:
    text = "城镇新增就业5080人，完成省民生工程目标任务的130.26%，市民生工程目标任务的127%。"
    first, second = extract(text).figures
    assert (first.value, first.completion_rate) == (Decimal(5080), Decimal("130.26"))
    assert (second.indicator, second.value) == (first.indicator, None)
    assert second.completion_rate == Decimal(127)
    # another indicator's rate is not a second rate of the figure before
    text = "工业投资20亿元，完成年度目标的80%，技改投资完成年度目标的60%。"
    assert [f.indicator for f in extract(text).figures] == ["工业投资", "技改投资"]


def test_a_total_word_inside_a_name_goes() -> None:
    assert only("区外境内累计到位资金7.6亿元。").indicator == "区外境内到位资金"


def test_growth_since_the_year_began_is_not_a_yoy_growth() -> None:
    text = (
        "有效发明专利4267件，比去年底增幅12.41%；"
        "万人发明专利拥有量5.5件，比去年底万人发明专利拥有量增幅12.4%。"
    )
    figures = extract(text).figures
    assert [(f.value, f.yoy_growth) for f in figures] == [
        (Decimal(4267), None),
        (Decimal("5.5"), None),
    ]


def test_the_rate_of_a_stage_is_the_completion_rate_of_the_count_that_reached_it() -> None:
    (figure,) = extract("124个新建项目已开工122个，开工率为98.4%。").figures
    assert (figure.indicator, figure.value, figure.unit) == ("开工新建项目", Decimal(122), "个")
    assert (figure.completion_rate, figure.target) == (Decimal("98.4"), Decimal(124))
    (figure,) = extract("本年度计划新开工项目270项，实际已开工129项，开工率达47%。").figures
    assert (figure.indicator, figure.value, figure.target) == (
        "新开工项目",
        Decimal(129),
        Decimal(270),
    )
    # the rate of the whole set when no count of it is given: the target the rate implies
    figures = extract("已开工项目33个，未开工项目17个，开工率为66%。").figures
    assert [(f.indicator, f.value, f.completion_rate, f.target) for f in figures] == [
        ("开工项目", Decimal(33), Decimal(66), Decimal(50)),
        ("未开工项目", Decimal(17), None, None),
    ]
    # a rate of another stage stays a figure of its own
    figures = extract("新建项目30个，资金到位率为80%。").figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("新建项目", Decimal(30)),
        ("资金到位率", Decimal(80)),
    ]


def test_words_of_project_reports() -> None:
    # a project's total investment is a value; only a year's plan is a target
    total, plan = extract("实施重点项目86个，计划总投资476亿元，今年计划投资206亿元。").figures[1:]
    assert (total.indicator, total.value, total.target) == ("计划总投资", Decimal(476), None)
    assert (plan.value, plan.target) == (None, Decimal(206))
    # 占总任务的7.7% is a share of the whole, not a completion rate of the count
    count, share = extract("欠进度的有17个，占总任务的7.7%。").figures
    assert (count.value, count.completion_rate) == (Decimal(17), None)
    assert (share.value, share.unit) == (Decimal("7.7"), "%")
    # 欠目标进度 is behind time progress; 按计划 is how, not a plan
    figure = only("重点项目完成投资199亿元，占年度投资计划的75%，欠目标进度8.3个百分点。")
    assert figure.time_progress_gap_pp == Decimal("-8.3")
    assert only("各县按计划选派县级科技特派员160名。").value == Decimal(160)


def test_rates_and_growths_in_other_words() -> None:
    figure = only("新认定省科技型中小企业2405家，年度目标完成率120%。")
    assert (figure.value, figure.completion_rate) == (Decimal(2405), Decimal(120))
    assert only("规模以上工业企业实现总产值45.05亿元，比增48.2%。").yoy_growth == Decimal("48.2")
    assert only("存贷款余额加权平均增长速度6.4%。").yoy_growth == Decimal("6.4")
    assert only("全年粮食总产量93亿斤。").unit == "亿斤"
    # a rate broken from its sign by a line break
    figures = extract(
        "培训失业人员2.86万人、农村劳动力2.9万人，分别完成全年目标的95%、97\n%。"
    ).figures
    assert [f.completion_rate for f in figures] == [Decimal(95), Decimal(97)]


def test_a_share_takes_no_completion_rate_of_a_list() -> None:
    text = (
        "城镇新增就业15.37万人（占全省的23.4%），下岗失业人员实现再就业2302人，"
        "分别完成省定任务的102%、115%。"
    )
    figures = extract(text).figures
    assert [(f.value, f.completion_rate) for f in figures] == [
        (Decimal("15.37"), Decimal(102)),
        (Decimal("23.4"), None),
        (Decimal(2302), Decimal(115)),
    ]


def test_an_estimate_with_a_share_of_the_years_target_was_done() -> None:
    figure = only("预计第一季度全区完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%。")
    assert (figure.value, figure.completion_rate) == (Decimal("28.39"), Decimal("24.1"))
    figure = only("1-7月份，预计完成固定资产投资61亿元，完成全年固投任务152亿元的40.1%。")
    assert (figure.value, figure.target) == (Decimal(61), Decimal(152))
    # without a share of a target, 预计 stays a projection
    assert only("预计全年完成工业投资50亿元。").target == Decimal(50)


def test_lists_of_growth_targets_and_parallel_names() -> None:
    text = "主要预期目标是：城乡居民人均可支配收入分别增长7%、8%左右。"
    figures = extract(text).figures
    assert [(f.indicator, f.target, f.qualifier) for f in figures] == [
        ("城镇居民人均可支配收入", Decimal(7), "≈"),
        ("农村居民人均可支配收入", Decimal(8), "≈"),
    ]
    text = "劳动监察、劳动仲裁、劳动信访案件按期结案率分别达到99%、98%和97%。"
    assert [f.indicator for f in extract(text).figures] == [
        "劳动监察案件按期结案率",
        "劳动仲裁案件按期结案率",
        "劳动信访案件按期结案率",
    ]


def test_names_in_project_reports() -> None:
    text = "其中：10个项目建成投用，19个新建项目尚未列统，283个省、市重点项目完成投资606.98亿元。"
    assert [f.indicator for f in extract(text).figures][:3] == [
        "建成投用项目",
        "尚未列统新建项目",
        "省、市重点项目",
    ]
    assert only("全县2017年县领导第一、二、三批挂钩重点工程项目总计62个。").indicator == (
        "县领导挂钩重点工程项目"
    )
    assert only("全市重点建设项目1-3月项目累计完成投资313.64亿元。").indicator == "重点建设项目投资"
    assert only("招商引资项目共到位资金71.15亿元。").indicator == "招商引资项目到位资金"
    assert only("全市200个工业经济新增长点项目。").indicator == "工业经济新增长点项目"


def test_a_level_crossed_then_the_level_reached_is_one_figure() -> None:
    figure = only("地区生产总值跨越5000亿元，达5600亿元。")
    assert (figure.value, figure.qualifier) == (Decimal(5600), None)
    figure = only("地方财政收入突破两亿元大关，达到20034万元。")
    assert (figure.value, figure.unit) == (Decimal(20034), "万元")


def test_a_target_in_another_count_word() -> None:
    figure = only("创造新的就业岗位1374个，完成全年目标任务1200人的114%。")
    assert (figure.value, figure.target, figure.completion_rate) == (
        Decimal(1374),
        Decimal(1200),
        Decimal(114),
    )


def test_levels_units_and_places_in_other_words() -> None:
    figure = only("新昌县发明专利申请量增长91.51%，总量达到496件。")
    assert (figure.value, figure.unit, figure.yoy_growth) == (Decimal(496), "件", Decimal("91.51"))
    # the unit as written: 千亿 without 元 stays 亿, and checks convert it (亿 ↔ 万元)
    figure = only("去年我省技术合同成交额突破千亿。")
    assert (figure.indicator, figure.value, figure.unit) == ("技术合同成交额", Decimal(1000), "亿")
    # 国家高新区 counted in 家 is not a place standing for the figure before
    figures = extract("力争高新技术产业增加值达到6500亿元，国家高新区突破11家。").figures
    assert [f.indicator for f in figures] == ["高新技术产业增加值", "国家高新区"]
    figure = only("省重点项目天门锂电池基地项目已完成投资23680万元。")
    assert figure.indicator == "省重点项目天门锂电池基地项目投资"


def test_an_amount_not_yet_known_keeps_its_rate() -> None:
    text = "4个省级重点项目1-5月完成投资XX亿元，占年度投资计划45.2%，超时序进度3.5个百分点。"
    figures = extract(text).figures
    assert [(f.value, f.unit, f.completion_rate, f.time_progress_gap_pp) for f in figures] == [
        (Decimal(4), "个", None, None),
        (None, "亿元", Decimal("45.2"), Decimal("3.5")),
    ]
    # without a rate, a placeholder is no figure
    assert extract("要求完成XX亿元。").figures == ()


def test_a_round_level_crossed_before_the_level() -> None:
    figure = only("辖内财政收入迈过千亿大关，达1330亿元，增长28.55%。")
    assert (figure.indicator, figure.value, figure.yoy_growth) == (
        "辖内财政收入",
        Decimal(1330),
        Decimal("28.55"),
    )


def test_a_view_names_the_next_sentence_and_lists_of_named_places() -> None:
    text = (
        "从入库目标任务完成率看，整体完成情况较好，个别设区市工作滞后。"
        "南昌、萍乡等市超过70%，九江、赣州等市低于50%。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.completion_rate, f.qualifier) for f in figures] == [
        ("入库", "南昌", Decimal(70), ">"),
        ("入库", "萍乡", Decimal(70), ">"),
        ("入库", "九江", Decimal(50), "<"),
        ("入库", "赣州", Decimal(50), "<"),
    ]


def test_physical_units_after_a_multiplier_and_negative_levels() -> None:
    figures = extract("光纤210.5万千米，增长12%；多晶硅35.2万千克；生猪出栏18.6万头。").figures
    assert [(f.value, f.unit) for f in figures] == [
        (Decimal("210.5"), "万千米"),
        (Decimal("35.2"), "万千克"),
        (Decimal("18.6"), "万头"),
    ]
    assert figures[0].yoy_growth == Decimal(12)
    figure = only("全县人口自然增长率为-2.41‰。")
    expected = ("人口自然增长率", Decimal("-2.41"), "‰")
    assert (figure.indicator, figure.value, figure.unit) == expected
    assert only("利润总额增长-12.5%。").yoy_growth == Decimal("-12.5")
    assert only("1-6月新增企业15家。").value == Decimal(15)  # the dash of a period is no minus


def test_as_much_as_is_no_bound() -> None:
    figure = only("全年粮食总产量高达52.3万吨。")
    assert (figure.value, figure.qualifier) == (Decimal("52.3"), None)


def test_a_list_of_growths_pairs_with_a_list_of_values_in_order() -> None:
    text = "2021年、2022年分别实现地区生产总值120.5亿元和131.2亿元，分别增长8.1%和6.9%。"
    figures = extract(text).figures
    assert [(f.value, f.yoy_growth) for f in figures] == [
        (Decimal("120.5"), Decimal("8.1")),
        (Decimal("131.2"), Decimal("6.9")),
    ]
    # the second 分别 may be left out; 城镇和农村居民 names each
    text = "城镇和农村居民人均可支配收入分别达到41200元、21800元，增长5.9%、7.4%。"
    figures = extract(text).figures
    assert [(f.indicator, f.yoy_growth) for f in figures] == [
        ("城镇居民人均可支配收入", Decimal("5.9")),
        ("农村居民人均可支配收入", Decimal("7.4")),
    ]


def test_examples_before_deng_and_zong_de_are_no_part_of_names() -> None:
    assert only("签约落地甲公司、乙集团、丙科技等龙头企业9家。").indicator == "签约落地龙头企业"
    assert only("集中签约农业、工业等产业项目11个。").indicator == "集中签约产业项目"
    assert only("全市招商引资总的开工项目95个。").indicator == "招商引资开工项目"
    assert extract("如图3所示，研发投入逐年增长。").figures == ()


def test_a_second_comparison_and_a_view_by_month_name_nothing_new() -> None:
    text = "规上工业增加值同比增长9.3%，比2019年同期增长11.2%。从月度增速看，9月份增长7.5%。"
    figures = extract(text).figures
    assert [(f.indicator, f.yoy_growth) for f in figures] == [
        ("规上工业增加值", Decimal("9.3")),
        ("规上工业增加值", Decimal("7.5")),
    ]


def test_a_blank_line_after_a_comma_does_not_end_the_sentence() -> None:
    figure = only("一般公共预算收入完成85.4亿元，\n\n同口径增长6%。")
    assert (figure.value, figure.yoy_growth) == (Decimal("85.4"), Decimal(6))


def test_a_count_named_only_by_a_stage_has_the_set_before_as_its_target() -> None:
    figures = extract("实施技术改造项目42个，当年竣工投产17个，完成投资5.6亿元。").figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("竣工投产技术改造项目", Decimal(17), Decimal(42)),
        ("技术改造项目投资", Decimal("5.6"), None),
    ]
    figure = only("计划年内完工项目26个，按形象进度已完工或基本完工11个。")
    assert (figure.indicator, figure.value, figure.target) == ("完工项目", Decimal(11), Decimal(26))
    # a count with a name of its own stays a figure, and so does the set before it
    assert len(extract("全市重点项目80个，新开工项目25个。").figures) == 2
    # projects started and projects completed are two stages, not a set and its part
    figures = extract("新开工亿元以上项目9个、竣工投产6个。").figures
    assert [(f.value, f.target) for f in figures] == [(Decimal(9), None), (Decimal(6), None)]


def test_the_investment_of_a_project_set_is_named_by_the_set() -> None:
    text = "服务业项目21个，年度计划投资88.5亿元，累计完成投资40.2亿元。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("服务业项目", Decimal(21), None),
        ("服务业项目投资", Decimal("40.2"), Decimal("88.5")),
    ]


def test_a_target_in_an_aside_opens_no_plan() -> None:
    text = "引进企业15家（任务数12家），到位资金8.2亿元（任务数7亿元），转化率为41.3%。"
    figures = extract(text).figures
    assert [(f.indicator, f.value, f.target) for f in figures] == [
        ("引进企业", Decimal(15), Decimal(12)),
        ("到位资金", Decimal("8.2"), Decimal(7)),
        ("转化率", Decimal("41.3"), None),
    ]


def test_rates_against_the_years_progress_and_a_bare_amount() -> None:
    figure = only("全市利用外资2150万美元，完成全年进度的104.6%。")
    assert figure.completion_rate == Decimal("104.6")
    figure = only("招商项目总投资80.4亿元，完成市下达任务80亿的100.5%。")
    assert (figure.completion_rate, figure.target) == (Decimal("100.5"), Decimal(80))
    # the rate of an earlier period quoted in a comparison is no figure
    figure = only("完成投资额9.6亿元，增长15.2%，增幅比1-5月增速11%上升4.2个百分点。")
    assert figure.yoy_growth == Decimal("15.2")


def test_programme_names_other_places_and_counted_objects() -> None:
    # 计划 in the name of a programme opens no plan; the count after 覆盖 counts schools
    figures = extract("营养改善计划项目覆盖学校315所，受益学生5.2万人。").figures
    assert [(f.value, f.target) for f in figures] == [(Decimal(315), None), (Decimal("5.2"), None)]
    assert only("营养改善计划项目覆盖315所学校。").indicator == "营养改善计划项目覆盖学校"
    names = [f.indicator for f in extract("就近就业553人，东部其他省市就业20人。").figures]
    assert names == ["就近就业", "东部其他省市就业"]
    assert only("保障经费已拨付学校3900万元。").indicator == "保障经费拨付学校"
    figures = extract("发放教科书12.3万册，劳务输送232车次。").figures
    assert [(f.value, f.unit) for f in figures] == [
        (Decimal("12.3"), "万册"),
        (Decimal(232), "车次"),
    ]
    assert extract("连续6个季度保持全省第一。").figures == ()


def test_a_structure_of_three_shares_is_no_figure() -> None:
    assert extract("三次产业结构比为9.8:45.1:45.1。").figures == ()
    assert extract("三次产业比调整为11.8︰48.3︰39.9。").figures == ()


def test_a_list_of_places_with_rates_after_fenbie_wei() -> None:
    text = (
        "各县（市、区）在建项目完成投资均超过序时进度，"
        "分别为：东山县83.8%、青石81.6%、南浦区79.1%。"
    )
    figures = extract(text).figures
    assert [(f.indicator, f.region, f.value, f.completion_rate) for f in figures] == [
        ("在建项目投资", "东山县", None, Decimal("83.8")),
        ("在建项目投资", "青石", None, Decimal("81.6")),
        ("在建项目投资", "南浦区", None, Decimal("79.1")),
    ]
    figures = extract("各县区规上工业增加值增速分别为：东山县8.3%、西岭县7.6%。").figures
    assert [(f.indicator, f.region, f.yoy_growth) for f in figures] == [
        ("规上工业增加值", "东山县", Decimal("8.3")),
        ("规上工业增加值", "西岭县", Decimal("7.6")),
    ]


def test_a_count_after_a_verb_counts_its_object() -> None:
    assert only("集中力量推进96个重点项目。").indicator == "集中力量推进重点项目"
    assert only("共签下38个项目。").indicator == "签下项目"
