"""Number mentions (数值): a number with its unit and qualifier, and what kind it is.

Not figures: dates (5月5日, 2023年), ordinals (第三), numbers in names (“三个产业基地”,
八大抓手, 5G), small Chinese numerals in running text (一个, 两家) unless a verb like
新增 or the reporting place (我市两家) stands before them or they close a list item
(众创空间两家、), placeholders (XX亿元), which have no digits at all, and the size of a
ranking's field (在全省21个地市中排名第15位).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from jindu.extraction import patterns as p
from jindu.extraction.numerals import parse_number, read_number
from jindu.extraction.phrases import CONTENT_VERB, is_place, places_after
from jindu.extraction.units import counts_things, is_count, split_unit

VALUE, TARGET, RATE, YOY, GAP, SKIP = "value", "target", "rate", "yoy", "gap", "skip"
_QUALIFIER_SIGN = {"gt": ">", "approx": "≈", "lt": "<"}
# 新增两家, 我市两家孵化器入选: a small Chinese count after a verb or the reporting place
_VERB_BEFORE_SMALL = re.compile(
    rf"(?:{CONTENT_VERB.pattern}|有|达到|(?<!下)达|共|计|增加|为|[全我本][市区县镇省])$"
)
_PERCENT_UNITS = {"%", "‰"}
# (对美国出口年增1.3倍, 按年上升近4倍: Taiwan's and Macau's ways)
_TIMES_GROWTH = re.compile(
    r"(?<![的是为])(?:增长|增加|提高|上升|提升|年增|成长)了?(?:分别)?(?:约|近)?$"
)
_TIMES_COMPARED = re.compile(r"(?:的|增长|提高|增加|翻了?|达到?)$")


@dataclass(slots=True)
class Mention:
    start: int  # where the number (or its qualifier word) starts in normalised text
    num_start: int
    end: int  # after the unit and any 以上/左右
    value: Decimal
    unit: str
    qualifier: str | None
    signed: bool = False  # written with its sign: 教育(+5.06%), 交通(-2.99%)
    # asked of every mention many times over: computed once
    is_percent: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.is_percent = _is_percent(self.unit)

    @property
    def growth_factor(self) -> Decimal:
        """增长1.5倍 is a growth of 150%; 增长三成, of 30%."""
        return {"倍": Decimal(100), "成": Decimal(10)}.get(self.unit or "", Decimal(1))

    @property
    def is_points(self) -> bool:  # 个百分点, 百分点, 个点
        return _is_points(self.unit)


def _is_percent(unit: str) -> bool:
    return unit in _PERCENT_UNITS


def _is_points(unit: str) -> bool:
    return split_unit(unit)[1] == "个百分点"


# 全年实现GDP762亿元: an abbreviation, then an amount
_ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z])(?:GDP|GNP|CPI|PPI|R&D)$")
_MEASURE_UNIT = re.compile(r"(?:万亿|亿|万|千)?(?:元|美元)|%|亿|万")
# 增收8300万元: a change; 较一季度(-10.8%)回升: an earlier period's figure quoted
_GROWTH_JUST_BEFORE = re.compile(
    r"(?:同比|比上年|比去年同期|与去年同期相比)?(?:增长|下降)$"
    r"|完成(?:全年|年度)(?:计划|任务|目标)(?:任务)?的?$"  # 完成年度计划92.13。
    r"|占(?:全年|年度|年)(?:计划|任务|目标)(?:任务)?的?$"  # 占年计划的58.2，同比增长17.8
)
_END_OF_RATE = re.compile(r"[，。；,;]|$")
# 增加121家 after a level; 本月减少31.99万人: the change of the stock since last month
# 资通与视听产品增81.5亿美元, 运输工具减1.1亿美元, （增303亿元: how much the level moved
# (新增, 净增 count what was added; 倍增, 递增 say how; 删减, 核减 cut an amount, a figure)
ONE_CHARACTER_CHANGE = re.compile(
    r"[\u4e00-\u9fff(（](?<![新净倍递删缩核削消裁])(?P<way>增|减)了?$"
)
BARE_CHANGE = re.compile(
    r"[)）]?[，,、\s]*(?:本月|当月|本期|比上月|较上月)?(?:仅|只|共)?(?:增加|减少|增|减|增产|减产|多出|少了|多了)了?(?:约|近)?"
)
_FORECAST = re.compile(
    r"(?:市场|分析师|经济学家)(?:普遍|原先|此前)?(?:预期|预测|预估)(?:的|为)?(?:按年|同比)?"
    r"(?:增长|升|跌|下降|增)?$"
    # 较5月预测1.82%, 优于原预测16.77%, 也从先前公布的13.27%(修正为…): an earlier estimate,
    # compared with
    r"|(?:较|比起?|优于|高于|低于|好于|不及|从|超越|超出)(?:先前|原先?|此前|之前|上次|早前"
    r"|[0-9一二三四五六七八九十]{1,2}月份?)?所?(?:公布|发布|预测|预估|预期|估计)的?"
    r"(?:预测|预估|预期)?(?:值|数)?的?$"
)
_THRESHOLD_OF_COUNT = re.compile(
    rf"(?:城区|城市|企业|项目|村|{p.VIEW_KINDS})(?:的[\u4e00-\u9fff]{{2,8}})?"
)
_OTHER_PERIOD = re.compile(
    r"(?:高于|低于|快于|慢于|好于|不及|及)(?:上月|上季度?|[0-9一二三四五六七八九十]{1,2}月份?|[一二三四]季度)的$"
)
_NET_CHANGE = re.compile(r"[，,、\s]*净(?:增加?|减少?)了?(?:约|近)?")
# 与去年同期相比，事故起数减少8起: how far a count's measure moved, a change
MEASURE_MOVED = re.compile(rf"(?:{p.COUNT_MEASURES})(?:分别|均)?(?:增加|减少|增|减)了?$")
# 比上年同期增收20.13亿元, 收入5亿元，增收1.2亿元: how far revenue moved (促进企业增收2628万元,
# what firms gained, is a figure)
_REVENUE_CHANGE = re.compile(
    r"(?:(?:比|较|同比|与)[^，；。]{0,12}|^[，,、\s]*(?:共|累计|同比|分别)?)"
    r"(?:增收|减收|增支|减支|多收|少收)(?:了)?$"
)
# (恢复至2019年同期水平的81%: the share of an earlier year's level)
_SHARE_OF_LAST_YEAR = re.compile(r"(?:去年|上年|(?:19|20)[0-9]{2}年)(?:同期|全年)?(?:水平)?的$")
_QUOTED_EARLIER = re.compile(rf"(?:较(?![{p.DEGREE}])|比|与)[^，；]{{0,8}}[（(]-?$")
_RANK_BEFORE = re.compile(
    r"(?:[前后末]|(?:前移|后移|上升|下降|提升|前进|后退|进位)(?:[0-9]+[个位]?[、和及])*"
    # 完成进度分居二、三位: the ranks of the two named before
    r"|(?:分居|分列|分别居|分别位居|分别列)第?(?:[0-9一二三四五六七八九十]+[位名]?[、和及])*"
    # 全国排名上升至26位: where a rank went
    r"|(?:排名|排位|位次|名次)[^，。；0-9]{0,6})$"
)
# 分别提高7.9个、3.4个和1.7个百分点: the list shares the last unit
_TARGET_WORD = re.compile(r"目标|任务|计划")
# 以201.24亿和195.84亿的GDP: an amount in 亿 whose noun follows
_AMOUNT_OF = re.compile(
    r"的(?:GDP|[\u4e00-\u9fff]{0,6}(?:总量|总额|产值|收入|规模|投资))|[和与、][0-9]"
)
_OF_RATE = re.compile(r"的[0-9]")
_RATIO_SIGN = re.compile("[:：︰]")
_CHAIN = re.compile(r"[0-9.]+(?:\s*[:：︰]\s*[0-9.]+){2,}")
_CHAIN_NEXT = frozenset("、和或及")
# 6月底开工率50%以上、8月底80%以上、10月底100%: milestones a schedule sets, not figures
_MILESTONE = (
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|下旬|上旬)前?"
    r"[^、，。；,;0-9]{0,8}?[0-9.]+%(?:以上|左右)?"
)
_SCHEDULE = re.compile(rf"{_MILESTONE}(?:[、和及]{_MILESTONE})+")
# 完成率在0%-50%之间的: a range that sorts things, no figure
_BETWEEN = re.compile(r"[0-9.]+%?\s*[-—～~至到]\s*[0-9.]+%?\s*(?:之间|区间)")
_POINTS_CHAIN = re.compile(r"(?:[、和或及][0-9][0-9.,]*个?)*[、和或及][0-9][0-9.,]*个百分点")
# a count of places in a clause about an inspection or a visit (the teams it formed, 组成3个
# 督查组, 14个小组, are figures)
_SCOPE_AFTER = re.compile(
    r"(?:乡镇|镇街|镇（街道）|街道|园区|功能区|开发区|片区|县区|县（市、区）|县\(市、区\)|县市区|区县|县\(市\)|地市)"
)
_FIELD_BEFORE = re.compile(
    r"在(?:全[国省市县区州])?$"
    # (在全省参与排位的103个市县区中, 本次考核的21个地级以上市中: places, said with what they
    # took part in; 在推进的20个项目中 is a set of its own)
    r"|(?P<modified>在(?:全[国省市县区州])?[\u4e00-\u9fff]{2,6}的|(?:本次|此次|这次)[\u4e00-\u9fff]{1,6}的)$"
)
_FIELD_OF_PLACES = re.compile(rf"[^，。；]{{0,4}}?(?:{p.ANY_PLACES})[^，。；]{{0,4}}中[，,：:]")
_NOT_COUNTED = re.compile(r"(?:不包括|不含)$")
_SEEN_BY = re.compile(r"[^，。；0-9]{1,10}?看")
_FIELD_HEADED = re.compile(r"[^，。；0-9]{1,12}?之(?:首|末|冠)")
_FEATURES = re.compile(r"(?:方面|特点|特征|亮点)")
_BASELINE_CLAUSE = re.compile(r"[，,；;\s]*(?:去年|上年)同期")
_BASELINE_BEFORE = re.compile(r"(?<![比较与和同])(?:去年|上年)同期(?:为|是)$")
# (在全市20个县(市、区)正排第4: the field of a rank said without 中)
_FIELD_AFTER = re.compile(
    r"[\u4e00-\u9fff（）()、]{1,10}(?:中[，,：:]|[，,]?\s*[正倒]?(?:排名|排|位居|位列|居)第)"
)
_RANKING = re.compile(r"排名|排序|排位|依次")
_VIEWED = re.compile(rf"{p.PLACE_KINDS}[^，。；0-9]{{0,8}}看")
_SUPERLATIVE_BEFORE = re.compile(rf"{p.SUPERLATIVE}$")
_LISTED_AFTER = re.compile(rf"(?:城市|地区|{p.PLACE_KINDS})(?:依次|分别)?(?:是|为|有)")
_LAST_YEARS_SIZE = re.compile(r"(?:以上|左右)?的?(?:规模|水平|总量|全年总量)")
_PASSED_LAST_YEAR = re.compile(
    r"(?:超过|超出|超|达到|接近|相当于)(?:了)?(?:去年|上年)(?:全年|同期)?(?:近|约)?$"
)
_VISITED_BEFORE = re.compile(r"(?:深入|深入到|走进|分赴|前往|奔赴)$")
_SCOPE = re.compile(r"督查|调研|视察|考察|深入|分赴|走访|组成|检查|暗访|督导")
_RATIO_WORD = (
    r"(?:(?<![同环对相])比|比值|比率|指数|系数|得分|平均分|总分)"
    # (综合指数年累计为5.57: the index so far this year)
    r"(?:年累计|累计|年均|平均)?(?:分别)?(?:为|是|达到|达|约为|由|升至|提高到|上升到|提升至)?"
)
_RATIO_BEFORE = re.compile(
    # 指数分别为57.8、56.4: the second of a list of ratios too
    rf"{_RATIO_WORD}(?:[0-9]+\.[0-9]+[、和])*$"
)
_BOUND_NEXT = re.compile(r"(?:以上|以下|左右)(?=[，。；、,;]|$)")
# 以95.01的最高分荣获第一名: a score written without its unit
_SCORE_AFTER = re.compile(r"的(?:最高|最低|平均)?总?分")
# 青山区(84.72)、江岸区(83.21): a place's score, or index, in brackets after it
_PLACE_BRACKET = re.compile("(?:[区县市镇乡旗州]|街道)[（(]$")
_RANGE_AFTER = re.compile(r"[-—～~至到月季年]")
_RANGE_SEPARATOR = "(?:至|到|-|~|～|—|－)"
_RANGE_BEFORE = re.compile(rf"(?:[0-9]|(?<![第十])[一二三四五六七八九两])\s*{_RANGE_SEPARATOR}\s*$")
# 增加10%-20%: a range of percentages, each with its sign (上升12.4%至188.6亿元 is none)
_PERCENT_RANGE_BEFORE = re.compile(rf"[0-9][%‰]\s*{_RANGE_SEPARATOR}\s*$")
_PERCENT_RANGE = re.compile(rf"\s*{_RANGE_SEPARATOR}\s*[0-9][0-9.]*\s*[%‰]")
_RANGE_BETWEEN = re.compile(rf"\s*{_RANGE_SEPARATOR}\s*[0-9][0-9.]*[^，。；0-9]{{0,4}}?之间")
_BETWEEN_END = re.compile(r"\s*之间")
_RANGE_NEXT = re.compile(r"\s*[至到\-~～—－之]")  # (a cheap test before the two above)
_RANGE_UNIT_BEFORE = re.compile(rf"[0-9][^，。；0-9]{{0,4}}?{_RANGE_SEPARATOR}\s*$")
# 500万元—1亿元重点项目: a class of sizes that names the kind of what is counted
_SIZE_CLASS_AFTER = re.compile(
    rf"\s*{_RANGE_SEPARATOR}\s*[0-9][0-9.]*\s*(?:万亿|亿|万|千)?元(?:以下|以内)?的?"
    r"[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程)"
)
_THRESHOLD_THEN_COUNT = re.compile(r"(?:及|或)?以上的?\s*[0-9一二三四五六七八九十两]")
_SIZE_CLASS_END = re.compile(r"(?:以下|以内)?的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程)")
_KIND_FIRST = frozenset("以的重大产工新续在项企")
_OUTDONE = re.compile(r"超过|超出|高于|低于|多于|少于|领先|优于|快于|慢于|居|比|较|[于在]")
_CURRENCY = re.compile(f"{p.CURRENCY}$")
_NEGATED = re.compile(r"(?:尚未|未能|未|没有|没|并未|仍未)$")
_CLASSIFIERS = {"个", "家", "项", "件", "所", "座", "宗"}
_NAME_GOES_ON = re.compile(r"(?![并和及与的同增占达为是完实比较，。；、：])[\u4e00-\u9fff]")
# 新增产值超10亿元企业有6家: a threshold naming a group
_SHARE_TAKEN = re.compile(rf"(?:{p.SHARE_VERBS})了?$")
_KINDS_NAMED = "企业|项目|单位|工程|园区"  # the kinds a threshold or a size names
_OF_A_KIND = re.compile(
    rf"的[\u4e00-\u9fff]{{0,4}}(?:{_KINDS_NAMED}|行业)"
    # 收入5万元以上的村占95%, 40岁以下的年轻人占比: a bound naming a group, then its share
    # (户均100箱以上的农户12户: the group, then how many it has)
    r"|的[\u4e00-\u9fff]{0,4}(?:村|户|人|家庭|学校|乡镇|社区)(?=占|有|达|共|数|[0-9])"
)
_THRESHOLD_NOUN = re.compile(rf"(?:以上)?[\u4e00-\u9fff]{{0,2}}(?:{_KINDS_NAMED})")
# 5亿元项目54个, 5亿元(3000万美元以上)项目25个: the size of a kind of project, then its count
_SIZE_NAMES_KIND = re.compile(
    r"(?:以上|以下)?(?:[(（][^()（）]{1,16}[)）])?[)）]?(?:项目|企业)[0-9一二三四五六七八九十两]"
)
# 年产3.1万吨锂电铜箔项目, 34万千瓦保障性风电等57个项目: a capacity inside a project's name
_CAPACITY = frozenset({"千瓦", "吨", "平方米", "立方米", "台", "套", "台套", "千瓦时"})
_PROJECT_NAMED = re.compile(
    # (7298套(含历年结转项目): an aside on the count, not the project it names)
    r"(?![（(])[\u4e00-\u9fffA-Za-z0-9.（）()]{0,24}?(?:项目|工程|电站|生产线)"
    r"|[^，；。：:,;]{1,30}?等[0-9一二三四五六七八九十]+个[^，；。]{0,10}?(?:项目|工程)"
)
_FIRST_OF_KIND = re.compile(r"(?:首个|首家|第一个|第一家|唯一的?一?[个家]?)$")
_MODIFIES = re.compile(
    r"的(?!(?:控制性?|考核|约束性?|预期|调控|管控)*(?:目标|计划|任务|指标)|全年|年度|增长|比重|水平)[\u4e00-\u9fff]"
    # 超过100亿元的8个县(市): the bound that names the places counted
    r"|的[0-9一二三四五六七八九十两]+个(?:县|市|区|镇|乡|省|地区|城市|企业|项目|单位)"
)
_SPEECH = re.compile("[，。；！？]")
_WITH_YEAR_BEFORE = re.compile(r"与(?:上年|去年|(?:19|20)[0-9]{2}年)(?:同期|同月|全年)?的?$")
_COMPARED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:相比|比较)")
# 较107年3.8%下降0.1%, 比2018年的1.79亿增加了约9%, 较前年升1亿港元: the level of an earlier
# year, which the change after it is measured from (从…到: read with the level reached)
_EARLIER_YEAR_BEFORE = re.compile(
    r"(?:较|比|相较于?)(?:(?:19|20)?[0-9]{2,3}年度?(?:同期|全年)?|前年|去年|上年|上一年)的?$"
)
_CHANGED_FROM = re.compile(
    r"[^，,；;。]{0,3}?(?:下降|上升|增加|减少|提高|降低|增长|回落|扩大|缩小|[升降增减跌涨])"
)
# 较107年3.8%下降0.1%: how far a rate moved from that level, in points said as a percent
_RATE_MOVED = re.compile(
    rf"(?:{_EARLIER_YEAR_BEFORE.pattern[:-1]})[0-9.]+%(?:{_CHANGED_FROM.pattern})了?$"
)
# 高于104年的93.82%, 可望超越2018年的243亿美元, (上月99.96%): an earlier period's level
_EARLIER_BESIDE = re.compile(
    r"(?:高于|低于|优于|好于|不及|逊于)(?:(?:19|20)?[0-9]{2,3}年度?|前年|去年|上年)(?:同期)?的$"
    # (超过30年的256名乡村教师: a span of years, not a year)
    r"|(?:超越|超过)(?:(?:19|20)[0-9]{2}年|1[01][0-9]年度?|前年|去年|上年)(?:同期)?的$"
    r"|[(（](?:上月|上年|去年|上季度?|上周|上年同期|去年同期)(?:为|是)?$"
)
# 较2015年1-6月(185μg/m3)同比下降16%: the level compared with, in brackets after the period
_COMPARED_IN_BRACKETS = re.compile(
    r"(?:较|比|与)(?:上年|去年|(?:19|20)[0-9]{2}年)(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?)?"
    # (较上年(增长27.3%)放缓, 较上年(下降8.8%)提高: last year's growth, compared with)
    r"(?:同期|同月|底|末)?[(（](?:同比)?(?:增长|下降|增|降|为)?$"
)
_BRACKET_CLOSES = re.compile(r"\s*[)）]")
_CONVERTED = re.compile(r"[(（](?:按[^()（）]{0,14}?)?(?:折算|折合|约合|相当于)[为成约合]*\s*$")
# 人均5.62万元，折合8606美元: a clause that gives the same amount in another currency
_CONVERTED_CLAUSE = re.compile(
    r"\s*(?:约|可)?(?:折合|约合)[为成]?(?:人民币|新台币|美元|港元|港币|欧元)?(?:约|近)?\s*"
)
_ANY_QUOTE = re.compile(f"[{p.QUOTE_OPEN[:-1]}]")


def _inside_quotes(text: str, lo: int, pos: int) -> bool:
    if not _ANY_QUOTE.search(text, lo, pos):
        return False
    opened = max(text.rfind(q, lo, pos) for q in p.QUOTE_OPEN[:-1])
    closed = max(text.rfind(q, lo, pos) for q in p.QUOTE_CLOSE[:-1])
    if opened <= closed or _SPEECH.search(text, opened, pos):
        return False  # a quoted clause (“今年以来，全市新增…”) is speech, not a name
    ahead = text[pos : pos + 16]
    closes = [ahead.find(q) for q in p.QUOTE_CLOSE[:-1] if q in ahead]
    if not closes:
        return False
    # “…38%提高到50%，力争…。” is speech too: a name has no clause break inside
    return not _SPEECH.search(ahead, 0, min(closes))


def find_mentions(
    text: str, lo: int, hi: int, numbers: list[re.Match[str]] | None = None
) -> list[Mention]:
    """Every figure-like number between ``lo`` and ``hi`` (one clause); ``numbers`` are
    MENTION's matches there when the caller has them (without those that could_be_figure
    rules out, or with them)."""
    if numbers is None:
        numbers = list(p.MENTION.finditer(text, lo, hi))
    found: list[Mention] = []
    ratio = _RATIO_SIGN.search(text, lo, hi) if numbers else None
    chains = [m.span() for m in _CHAIN.finditer(text, lo, hi)] if ratio else []
    if numbers and ("之间" in text[lo:hi] or "区间" in text[lo:hi]):
        chains += [m.span() for m in _BETWEEN.finditer(text, lo, hi)]
    if numbers and "月" in text[lo:hi]:
        chains += [m.span() for m in _SCHEDULE.finditer(text, lo, hi)]
    for match in numbers:
        if chains and any(a <= match.start() < b for a, b in chains):
            continue  # 三次产业结构比为14.6:42.7:42.7: a structure, not a figure (or a schedule)
        mention = _read(text, lo, hi, match)
        if mention is not None:
            found.append(mention)
    return found


def could_be_figure(match: re.Match[str]) -> bool:
    """False for a number of MENTION that _read rejects wherever it stands: a Chinese numeral
    without a unit or a multiplier (进一步, 一行), as most narrative sentences have."""
    run = match.group("run")
    if run is None or match.group("unit") is not None:
        return True
    reading = read_number(run)
    return reading is not None and (reading.arabic or bool(reading.multiplier))


_IN_THOUSANDS = re.compile(r"[0-9][0-9.]*千")
# 23.25万城镇就业人员, 2.3万贫困户 (1.2万名农民工 has its unit): a multiplier, then people or
# households named before the clause ends (1373.43万城乡居民参保: what they did may follow)
_COUNTED_NAMED = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:(?P<people>人员|人才|劳动力|农民工|职工|工人|毕业生|居民|群众|农民"
    r"|学生|儿童|老人|老年人|妇女|患者|人口)|(?P<households>贫困户|农户|脱贫户|低保户|困难户))"
    r"(?=[\u4e00-\u9fff]{0,6}\s*(?:[，,。；;、)）]|$))"
)
_BASIS_POINTS = re.compile(r"(?:\s*[、和及]\s*[0-9.]+\s*个)*\s*个?基点")
_ORDINALS_LISTED = re.compile(r"第[0-9]{1,3}(?:[、和及][0-9]{1,3})*[、和及]$")
_PLACES_MOVED = re.compile(r"\s*(?:名次|位次)")
_RANK_MOVE = re.compile(r"(?:提高|提升|上升|下降|下滑|前移|后移|前进|后退|跃升|升|降)了?\s*$")


# (9个乡镇增速高于全县平均水平: places counted by how they compare with an average)
_AVERAGED_OVER = re.compile(
    r"(?:(?!高于|低于|超过|达到)[\u4e00-\u9fff]){0,10}?"
    r"(?:城市|地市|市|县|县区|区县|县市区|省份|省区市|地区|乡镇|国家)的?平均(?!水平|分|值|数|线)"
)
# 15分钟就医圈, 半小时经济圈: the reach of a service, in minutes, names a kind of area
_RADIUS = re.compile(r"[\u4e00-\u9fff]{0,8}?圈")
# 40岁以下170人, 35岁及以下的312名: an age band, then how many are in it
_AGE_BAND = re.compile(r"(?:及|至)?(?:以下|以上)的?\s*[0-9]")


# 增加0.2日至2.1日, 减少3家至45家: the change, then the level reached
_MOVED_BY = re.compile(r"(?:增加|减少|上升|下降|提高|降低|扩大|缩小|缩短|延长|增|减)了?(?:约|近)?$")
_DATE_BEFORE = re.compile(r"(?:截至|截止|于)\s*$")
_THEN_REACHED = re.compile(r"\s*(?:至|到)\s*[0-9]")


def _read(text: str, lo: int, hi: int, match: re.Match[str]) -> Mention | None:
    start, end = match.span()
    before = text[max(lo, start - 6) : start]
    after = text[end : min(hi, end + 1)]
    if before.rstrip().endswith("第") or (after and after.isascii() and after.isalpha()):
        return None  # (挺进了第 9 名: an ordinal, spaced as a PDF sets it)
    if _ORDINALS_LISTED.search(text, max(lo, start - 12), start):
        return None  # 分别居全国第5、4和6位: the ordinals after the first of a list
    if "基点" in text[end : end + 16] and _BASIS_POINTS.match(text, end, hi):
        return None  # 分别低24个和46个基点: how far a rate moved, in basis points
    unit = match.group("unit")
    if (unit == "个" and _PLACES_MOVED.match(text, end, hi)) or (
        unit == "位" and _RANK_MOVE.search(before)
    ):
        return None  # 前移了13个名次, 各升2个位次, 较去年同期提高12位: how far a rank moved
    if _RANGE_BEFORE.search(before):
        return None  # 均有1至2个, 培育3-5家: a range is no figure
    if match.group("unit") in ("%", "‰") and (
        _PERCENT_RANGE.match(text, end, hi) or _PERCENT_RANGE_BEFORE.search(before)
    ):
        return None  # 增加10%-20%: both ends of a range
    if _RANGE_NEXT.match(text, end, hi) and (
        _RANGE_BETWEEN.match(text, end, hi)
        or (_BETWEEN_END.match(text, end, hi) and _RANGE_UNIT_BEFORE.search(before))
    ):
        return None  # 介于300亿元至400亿元之间: both ends of a range
    if _RANGE_NEXT.match(text, end, hi) and _SIZE_CLASS_AFTER.match(text, end, hi):
        return None  # 500万元—1亿元重点项目109项: the size class of a kind counted
    if unit and unit.endswith("元") and _THRESHOLD_THEN_COUNT.match(text, end, hi):
        return None  # 注册资金千万元以上46家: the size class of the firms counted next
    if (
        unit
        and text[end : end + 1] in _KIND_FIRST
        and _RANGE_UNIT_BEFORE.search(before)
        and _SIZE_CLASS_END.match(text, end, hi)
    ):
        return None  # (its upper end)
    last, matched_unit = before[-1:], match.group("unit")
    if (
        last.isascii()
        and last.isalpha()
        and not (_ABBREVIATION_BEFORE.search(before) and _MEASURE_UNIT.match(matched_unit or ""))
    ):
        return None  # 5G, G20, PM2.5: a number inside a name (but GDP762亿元)
    rank_unit = matched_unit in ("位", "名") or (matched_unit is None and last in "前后末")
    if rank_unit and last and _RANK_BEFORE.search(text, max(lo, start - 14), start):
        return None  # 跃居全省前40位, 较上年前移6位: a rank or a move in one
    if (
        matched_unit == "个"
        and _SCOPE_AFTER.match(text, end, hi)
        and (_SCOPE.search(text, lo, hi) or _RANKING.search(text, end, hi))
    ):
        return None  # 督查组深入全县12个乡镇: the scope of a visit
    if matched_unit in ("家", "个", "所") and _VISITED_BEFORE.search(before):
        return None  # 先后深入到50余家企业进行调研: where a visit went, not a figure
    if _LAST_YEARS_SIZE.match(text, end, hi) and _PASSED_LAST_YEAR.search(before):
        return None  # 已超过去年全年143.85亿美元的规模: last year's level, passed
    if matched_unit == "个" and _FEATURES.match(text, end, hi):
        return None  # 主要特点有五个方面, 呈现出3个特点: how the text is laid out
    if before.endswith(("同期为", "同期是")) and _BASELINE_BEFORE.search(
        text, max(lo, start - 8), start
    ):
        return None  # 优良天数为127天，去年同期为89天: last year's level, the baseline
    if before.endswith("同期") and _BASELINE_CLAUSE.fullmatch(text, lo, start):
        return None  # 总产值39.42亿元，去年同期39.04亿元，同比增长1%: the same, without 为
    if matched_unit == "个" and _AVERAGED_OVER.match(text, end, hi):
        return None  # 全国339个地级及以上城市平均优良天数比例: the places averaged over
    if matched_unit == "个" and before.endswith("居") and _FIELD_HEADED.match(text, end, hi):
        return None  # 居30个工业大类之首: the field of a rank
    if matched_unit == "个" and before.endswith(("从", "就")) and _VIEWED.match(text, end, hi):
        return None  # 从6个旗县市增速看: the places the view goes over
    field = _FIELD_BEFORE.search(text, max(lo, start - 12), start) if matched_unit == "个" else None
    if field and (
        _FIELD_OF_PLACES.match(text, end, hi)
        if field.group("modified")
        else _FIELD_AFTER.match(text, end, hi)
    ):
        return None  # 在全市8个县中，沈丘排名第一: the field of a ranking
    if (
        matched_unit == "个"
        and _SUPERLATIVE_BEFORE.search(before)
        and _LISTED_AFTER.match(text, end, hi)
    ):
        return None  # 浓度最低的3个城市依次是: how many places a ranking lists
    if (
        matched_unit == "个"
        and before.endswith(("其他", "其余"))
        and _OUTDONE.search(text, lo, start)
    ):
        return None  # 超过省内其他15个地级市: the field of a comparison (其他4个项目正在…: a count)
    if matched_unit == "个" and (
        _NOT_COUNTED.search(before) or (before.endswith("按") and _SEEN_BY.match(text, end, hi))
    ):
        return None  # (不包括15个新型社区, 按88个村(社)情况看: what is left out, or the basis
    if matched_unit and text.startswith("级", end):
        return None  # 25万吨级航道, 百万千瓦级: a class of size that names a kind
    if matched_unit == "岁" and _AGE_BAND.match(text, end, hi):
        return None  # 40岁以下170人: a band of ages that names the people counted
    if matched_unit in ("分钟", "小时") and _RADIUS.match(text, end, hi):
        return None  # 15分钟优质就医诊疗圈: how far a service reaches names it
    if matched_unit == "位" and text.startswith("数", end):
        return None  # 实现了2位数的增长: how many digits, not a figure
    if (
        matched_unit not in ("%", "‰", "倍", "成")
        and not match.group("pct")
        and _MOVED_BY.search(before)
        and _THEN_REACHED.match(text, end, hi)
    ):
        return None  # 则增加0.2日至2.1日: how far it moved, then where it stands
    if matched_unit == "日" and (
        "." not in (match.group("run") or "") or _DATE_BEFORE.search(before)
    ):
        return None  # 3月5日, 30日内, 截至12.31日: a day of the month or a span, not days counted
    if matched_unit == "次" and last == "届":
        return None  # 十三届十四次全会: a session, not a count
    if matched_unit == "分" and last in ("时", "点", "月"):
        return None  # 8时30分 is a time of day, not a score
    if _CONVERTED.search(text, max(lo, start - 24), start) or (
        start - lo < 12 and _CONVERTED_CLAUSE.fullmatch(text, lo, start)
    ):
        return None  # 78655元(按年平均汇率折算为11162美元): the same figure in another unit
    if _WITH_YEAR_BEFORE.search(text, max(lo, start - 12), start) and _COMPARED_AFTER.match(
        text, end, hi
    ):
        return None  # 与2011年同期272件相比增长了79.41%: last year's level, the baseline
    if (
        _EARLIER_YEAR_BEFORE.search(text, max(lo, start - 12), start)
        and _CHANGED_FROM.match(text, end, hi)
    ) or _EARLIER_BESIDE.search(text, max(lo, start - 12), start):
        return None  # 较107年3.8%下降0.1%, 高于104年的93.82%: an earlier year's level
    if "%" in text[max(lo, start - 8) : start] and _RATE_MOVED.search(
        text, max(lo, start - 30), start
    ):
        return None  # (…下降0.1%: how far the rate moved from it, no growth)
    if _BRACKET_CLOSES.match(text, end, hi) and _COMPARED_IN_BRACKETS.search(
        text, max(lo, start - 18), start
    ):
        return None  # 较2015年1-6月(185μg/m3)同比下降16%: the level compared with
    percent = match.group("unit") == "%" or match.group("pct")
    if percent and _policy_rate(text, lo, hi, start, end):
        return None  # 按市级补助金额的50%给予配套支持: a rule of support, not a figure
    qualifier: str | None = None
    if match.group("pct"):
        value = parse_number(match.group("pctnum"))
        if value is None:
            return None
        unit = "%"
    elif match.group("frac"):
        share = _fraction(match.group("fnum"), match.group("fden"))
        if share is None or after == "的":
            return None  # 四分之三的企业: a fraction describing a noun
        value, unit = share, "%"
    else:
        reading = read_number(match.group("run"))
        if reading is None:
            return None
        base = match.group("unit") or ""
        if (
            base in ("", "个")
            and reading.arabic
            and text[end : end + 1] in _CHAIN_NEXT
            and _POINTS_CHAIN.match(text, end, hi)
        ):
            base = "个百分点"
        if (not base or base == "个") and not reading.multiplier and reading.arabic:
            # 46.4和43.7个百分点, 9.8个和16.1个百分点: the first shares the second's unit
            shared = p.SHARED_UNIT.match(text, end, hi)
            if not base or (shared and shared.group("unit") == "个百分点"):
                base = (shared.group("multiplier") or "") + shared.group("unit") if shared else ""
        if not base and reading.multiplier and reading.arabic:
            shared_base = p.SHARED_BASE.match(text, end, hi)
            if shared_base and shared_base.group("multiplier") == reading.multiplier:
                base = shared_base.group("unit")  # 分别就业8.7万、4.1万人
        # 城乡居民收入比为2.02, 科技创新水平指数53.5: a ratio or an index has no unit
        ratio = (
            not base
            and reading.arabic
            and "." in match.group("run")
            and (
                _RATIO_BEFORE.search(text, max(lo, start - 24), start)
                or _SCORE_AFTER.match(text, end, hi)
                or (
                    _PLACE_BRACKET.search(text, max(lo, start - 3), start) is not None
                    and text[end : end + 1] in ")）"
                )
            )
            and not _RANGE_AFTER.match(text, end, hi)
        )
        bare = not reading.multiplier or (
            "\u4e00" <= after <= "\u9fff"
            and not _TARGET_WORD.match(text, end, hi)
            and not (reading.arabic and _AMOUNT_OF.match(text, end, hi))
            and not text.startswith("大关", end)
            and not _OF_RATE.match(text, end, hi)
            and not (reading.arabic and _BOUND_NEXT.match(text, end, hi))
        )  # 1.4万 is a figure, 80亿目标任务, 千亿大关, 任务100亿的100.2% too; 3万亩 needs its unit
        # (体检人数达1000万以上: a bound after the multiplier is no unit)
        if (
            not base
            and not reading.multiplier
            and reading.arabic
            and _GROWTH_JUST_BEFORE.search(before)
            and _END_OF_RATE.match(text, end, hi)
        ):
            base = "%"  # 同比增长11.82，: a growth whose % sign was lost
        counted = (
            _COUNTED_NAMED.match(text, end, hi)
            if not base and reading.multiplier and reading.arabic
            else None
        )
        if counted:
            base = "人" if counted.group("people") else "户"  # 新增23.25万城镇就业人员
        if not base and bare and not ratio and not match.group("per"):
            return None  # (15.1/10万: a rate per hundred thousand has its unit after the bar)
        if reading.multiplier == "千" and not base.endswith("元"):
            # 812万3千人: people are counted one by one (money down to the thousand in 千元)
            reading = reading._replace(value=reading.value * 1000, multiplier="")
        elif (
            match.group("run").endswith("千")
            and base
            and not base.endswith("元")
            and not is_count(base)
            and _IN_THOUSANDS.fullmatch(match.group("run"))
        ):
            # 232.2千公顷: land (or weight) in thousands, the unit as written
            reading = reading._replace(value=reading.value / 1000, multiplier="千")
        value, unit = reading.value, reading.multiplier + base + (match.group("per") or "")
        if reading.more:
            qualifier = ">"
        ends_item = bool(base) and text[end : end + 1] in _ITEM_END
        if base == "期" and not reading.arabic:
            return None  # 孵化器一期、二期: the phases of a project
        if base == "小时" and text.startswith("平均", end):
            return None  # 臭氧日最大8小时平均浓度: the span a measure is averaged over
        if base == "成" and text.startswith("半", end) and not reading.multiplier:
            value, end = value + _HALF, end + 1  # 过七成半: seven and a half tenths
        if not reading.arabic and not (
            base == "成" or _chinese_is_figure(match.group("run"), value, before, ends_item, base)
        ):
            return None
    if _inside_quotes(text, lo, start):
        return None
    signed = False
    if match.group("run") and _minus(text, lo, start):
        value, start, signed = -value, start - 1, True  # 人口自然增长率为-3.19‰
    elif start > lo and text[start - 1] == "+":
        start, signed = start - 1, True  # 教育(+5.06%)
    num_start = start
    q_before = p.QUALIFIER_BEFORE.search(before)
    currency = _CURRENCY.search(before) if q_before is None else None
    if currency:
        # 逾新台币1.3兆元: the qualifier before the currency
        q_before = p.QUALIFIER_BEFORE.search(before, 0, currency.start())
        start -= len(currency.group(0)) if q_before else 0
    if q_before:
        if _NEGATED.search(text, max(lo, start - 8), start - len(q_before.group(0))):
            return None  # 尚未突破百亿元大关: a level not reached is no figure
        qualifier = qualifier or _QUALIFIER_SIGN[str(q_before.lastgroup)]
        start -= len(q_before.group(0))
    q_after = p.QUALIFIER_AFTER.match(text, end, hi)
    if (
        q_after
        and q_after.group(0).lstrip("及") in ("以上", "以下")
        and _NAME_GOES_ON.match(text, q_after.end(), hi)
        and matched_unit not in _CLASSIFIERS
    ):
        # 两个10亿元以上重大项目, 100人以上企业: a threshold inside a name (招引20个以上过亿
        # 项目: how many of them)
        return None
    if (
        q_after
        and q_after.group(0).lstrip("及") in ("以上", "以下")
        and before.endswith("在")
        and _MODIFIES.match(text, q_after.end(), hi)
        # (在50%以下的有赣州、南昌: the places past it, each a figure)
        and not places_after(text, q_after.end(), hi)
    ):
        return None  # GDP在百亿元以上的还有三县: the range that names a group
    if (
        q_after
        and q_after.group(0).lstrip("及") in ("以上", "以下")
        and _OF_A_KIND.match(text, q_after.end(), hi)
    ):
        return None  # 年主营业务收入2000万元及以上的工业法人单位: a threshold naming a kind
    above = (q_before and q_before.lastgroup == "gt") or before.endswith("过")
    about = (
        unit == "%"
        and q_before is not None
        and q_before.lastgroup == "approx"
        and _SHARE_TAKEN.search(before, 0, q_before.start())
    )
    if (
        (q_before or before.endswith("过"))
        and _MODIFIES.match(text, end, hi)
        and not about
        and not places_after(text, end, hi)  # (超过100%的县(区)有A、B: each place past it)
    ):
        # 投资过10亿元的项目: a threshold describing a noun (近80%的全国重点实验室: a share)
        return None
    if above and not counts_things(matched_unit) and _THRESHOLD_NOUN.match(text, end, hi):
        # 新增产值超10亿元企业有6家: a threshold naming a group (已与逾150家企业签约: a count)
        return None
    if (matched_unit or "").endswith("元") and _SIZE_NAMES_KIND.match(text, end, hi):
        return None  # “三比一提升”5亿元(3000万美元以上)项目54个: the size names a kind of project
    if match.group("unit") in _CAPACITY and _PROJECT_NAMED.match(text, end, hi):
        return None  # 建成年产30万吨钢铁项目: a capacity that names a project
    if _FIRST_OF_KIND.search(before) and _THRESHOLD_NOUN.match(text, end, hi):
        return None  # 成为全省首个300亿元园区: the size that names a kind
    if q_after:
        qualifier = qualifier or _QUALIFIER_SIGN[str(q_after.lastgroup)]
        end = q_after.end()
    elif match.group("frac") and text.startswith("强", end):
        qualifier, end = qualifier or ">", end + 1  # 占全国的五分之一强: a little more
    if p.RANK_FIELD.match(text, end, hi):
        return None
    if qualifier is None and unit == "%" and "的" in before:
        # 完成投资均超过年度计划的30%: the rate of the plan is a bound
        bound = _PLAN_BOUND.search(text, max(lo, start - 16), start)
        qualifier = _QUALIFIER_SIGN[str(bound.lastgroup)] if bound else None
    return Mention(start, num_start, end, value, unit, qualifier, signed)


_PLAN_BOUND = re.compile(
    r"(?:(?P<gt>超过|超出|高于|多于)|(?P<lt>不足|不到|低于|少于))了?"
    r"(?:全年|年度|今年|年)?[^，；。0-9%]{0,8}?(?:目标|任务|计划)(?:任务|数)?的$"
)


# 按照市级财政补助金额的50%给予配套支持, 按不超过总投资的20%予以奖励, 给予30%的补助: the
# share a policy grants
_BY_SHARE_OF = re.compile(r"按(?:照)?[^，；。0-9%]{1,20}?的(?:不超过|不高于|最高)?$")
_GRANTED_BEFORE = re.compile(r"(?:给予|予以)(?:不超过|不高于|最高)?$")
_GRANTED_AFTER = re.compile(
    r"(?:(?:以内|以下)?(?:的比例)?(?:给予|予以|进行)|的?(?:配套|补助|补贴|奖励|资助|扶持|贴息|奖补))"
)


def _policy_rate(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    if _GRANTED_AFTER.match(text, end, hi) is None:
        return False
    window = max(lo, start - 24)
    by_share = _BY_SHARE_OF.search(text, window, start)
    return bool(by_share or _GRANTED_BEFORE.search(text, window, start))


def _fraction(numerator: str, denominator: str) -> Decimal | None:
    """四分之一 → 25, 三分之二 → 66.67 (percent, two decimals when it does not end)."""
    top, bottom = parse_number(numerator), parse_number(denominator)
    if top is None or bottom is None or bottom == 0 or top > bottom:
        return None
    share = top * 100 / bottom
    exact = share.quantize(Decimal("0.01"))
    return Decimal(f"{share.normalize():f}") if share == exact else exact


def _minus(text: str, lo: int, start: int) -> bool:
    """A minus sign before the number, not the dash of a range (1-6月, 3-5家)."""
    if start <= lo or text[start - 1] not in "-−－":
        return False
    return start - 1 == lo or text[start - 2] not in "0123456789.月年日号季-—"


_HALF = Decimal("0.5")
_ITEM_END = set("、，；。：）)") | {""}


def _chinese_is_figure(
    run: str, value: Decimal, before: str, ends_item: bool, unit: str = ""
) -> bool:
    if unit == "批" and run == "一":
        return False  # 培育一批、发展一批, 再开工改造一批: a batch, not one
    if "多" in run or "余" in run:
        return True
    if p.QUALIFIER_BEFORE.search(before):
        return True
    if len(run) == 1 and run in "十百千万亿零〇":
        return False  # 千家万户, 百家, 汽车零件
    if value < 10:
        # 众创空间两家、…: a count closing a list item is a figure; 两家企业 is not
        return ends_item or bool(_VERB_BEFORE_SMALL.search(before))
    return True


def classify(mention: Mention, segment: str) -> tuple[str, int, int]:
    """Kind of a mention from the text before it in its clause.

    Returns (kind, sign, where the keyword starts in ``segment``); sign is −1 for
    下降 and 低于序时进度.
    """
    aside = _ASIDE_END.search(segment) if segment.endswith((")", "）")) else None
    if aside and aside.start() > 0:
        segment = segment[: aside.start()]  # 为预算的(包括本级预算和上级专项)69.5%
    if mention.qualifier == ">" and _THRESHOLD_OF_COUNT.fullmatch(segment):
        return SKIP, 1, len(segment)  # 9个城区超过百亿元: how many places passed a level
    kind, sign, at = _classify(mention.unit, segment)
    inner = _ASIDE_INSIDE.search(segment) if kind == VALUE and "的" in segment else None
    if inner is not None:
        # 占目标任务(剔除烟叶税)的278%: an aside inside the words of a rate
        rated = _classify(mention.unit, segment[: inner.start()] + segment[inner.end() :])
        if rated[0] == RATE:
            shift = len(inner.group(0)) if inner.start() < rated[2] else 0
            kind, sign, at = RATE, rated[1], rated[2] + shift
    if kind == YOY and mention.is_percent and _MOVED_TO.search(segment):
        kind, sign, at = VALUE, 1, len(segment)  # 失业率4月降为5.1%: the level it fell to
    if sign < 0 and mention.value < 0 and kind == YOY:
        sign = 1  # 减4.3万元(-3.7%): the sign written with the number says it already
    return kind, sign, at


# 收入比全市低2568元: how far from another place's level, not a level
_PLACE_DIFFERENCE = re.compile(
    r"(?:比|较)(?:全国|全省|全市|全县|全区|全州|[\u4e00-\u9fff]{1,5}?[省市县区])"
    rf"{p.DIFFERENCE}(?:约|近)?$"
    # 低于全市平均水平421元: how far below the average, not a level
    r"|(?:低于|高于|超过|超出|少于|多于|落后于?)(?:全国|全省|全市|全县|全区|全州)?(?:平均水平|平均数|均值)(?:约|近)?$"
)
# 总量分别超过淮安456.8亿元、连云港19.6亿元: how far ahead of another place, not a level
_PAST_PLACE = re.compile(
    r"(?:超过|超出|高于|多于|少于|低于|领先|落后于?)(?P<place>[\u4e00-\u9fff]{2,6})$"
)


def _ahead_of_a_place(segment: str) -> bool:
    found = _PAST_PLACE.search(segment)
    return found is not None and is_place(found.group("place"))


_FULL_MARKS = re.compile(r"满分(?:值)?(?:为|是)?$")
# 降为5.1%, 回落至5.3%, 升至: the level a rate moved to, not how much it moved
_MOVED_TO = re.compile(r"(?<![增速幅率])(?:进一步)?(?:降|回落|下降|降低|升|上升)(?:为|至|到)$")
_ASIDE_END = re.compile(r"[（(][^（）()0-9%]{2,30}[)）]\s*$")
_ASIDE_INSIDE = re.compile(r"[（(][^（）()0-9%]{2,20}[)）](?=[^（）()]{1,4}$)")


@lru_cache(maxsize=16384)
def _classify(unit: str, segment: str) -> tuple[str, int, int]:
    """classify, cached: the words before numbers recur."""
    percent, points = _is_percent(unit), _is_points(unit)
    if unit.endswith("分") and _FULL_MARKS.search(segment):
        return SKIP, 1, len(segment)  # (共4家,满分为150分): the scale, not a score
    if unit == "倍":
        growth = _TIMES_GROWTH.search(segment)
        if growth and not p.NOT_YOY.search(segment, 0, growth.start()):
            return YOY, 1, growth.start()  # 增长1.5倍: a growth of 150%
        if _TIMES_COMPARED.search(segment):
            return SKIP, 1, len(segment)  # 是去年同期的2.1倍: a comparison, not a figure
    if unit == "成":
        rate = p.RATE.search(segment)
        if rate and "率" in rate.group(0):
            # 执行率不到5成: a completion rate of less than 50% (达到规划目标的七成以上: aimed)
            return RATE, 1, rate.start()
        growth = p.YOY.search(segment)
        if growth and not growth.group("rate") and not p.NOT_YOY.search(segment, 0, growth.start()):
            down = growth.group("down") or growth.group("fall")
            return YOY, -1 if down else 1, growth.start()  # 同比下降超三成: a growth of −30%
    if not (percent or points) and (
        p.CHANGE.search(segment)
        or p.BASELINE.search(segment)
        or _PLACE_DIFFERENCE.search(segment)
        or _ahead_of_a_place(segment)
    ):
        return SKIP, 1, len(segment)
    if _REVENUE_CHANGE.search(segment) or _QUOTED_EARLIER.search(segment):
        return SKIP, 1, len(segment)
    if (percent or points or unit == "成") and (
        _FORECAST.search(segment) or _OTHER_PERIOD.search(segment)
    ):
        # 略高于市场预期的4.2%, 并高于4月的1.5%: what the market expected, another month's
        return SKIP, 1, len(segment)
    if not (percent or points) and (
        BARE_CHANGE.fullmatch(segment)
        or ONE_CHARACTER_CHANGE.search(segment)
        # 人均纯收入达到2006元，净增107元: money added since, a change (净增189家 after a count
        # of firms is the firms added, a figure)
        or (not counts_things(unit) and _NET_CHANGE.fullmatch(segment))
        or MEASURE_MOVED.search(segment)
    ):
        # 民营企业604家，增加121家; 资通与视听产品增81.5亿美元: the change of the level before
        return SKIP, 1, len(segment)
    if unit in ("成", "%", "倍") and _SHARE_OF_LAST_YEAR.search(segment):
        return SKIP, 1, len(segment)  # 不足去年同期的六成: a comparison
    if percent or points:
        gap = p.GAP.search(segment)
        if gap:
            # (down, down2 … : the ways of falling behind, each its own group)
            down = any(v for k, v in gap.groupdict().items() if k.startswith("down"))
            return GAP, -1 if down else 1, gap.start()
        if p.TIME_PROGRESS_STATED.search(segment):
            return SKIP, 1, len(segment)
        if percent:
            rate = p.RATE.search(segment)
            if rate:
                return RATE, 1, rate.start()
        yoy = p.YOY.search(segment)
        if yoy:
            if points or p.NOT_YOY.search(segment, 0, yoy.start()):
                return SKIP, 1, yoy.start()
            down = yoy.group("down") or yoy.group("fall") or yoy.group("neg")
            return YOY, -1 if down else 1, yoy.start()
        if points:
            return SKIP, 1, len(segment)
    return VALUE, 1, len(segment)
