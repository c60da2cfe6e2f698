"""Values and targets: the noun phrase before or after a number, 分别, shared verbs."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from jindu.extraction import patterns as p
from jindu.extraction import phrases as ph
from jindu.extraction.checks import implied_range
from jindu.extraction.mentions import Mention
from jindu.extraction.numerals import NUMERAL_CHARS
from jindu.extraction.sentence import (
    Draft,
    Sentence,
    context,
    context_region,
    counted_measure,
    level_before_shares,
    looks_ahead,
    new_draft,
    periods_listed,
    places_just_read,
    subjects_shared,
)
from jindu.extraction.units import (
    compatible,
    convert,
    counts_things,
    in_unit,
    is_count,
    split_unit,
)

_NUMBER_NEXT = re.compile(rf"\s*[0-9{NUMERAL_CHARS}]")
_LEVELS = re.compile(r"(?:[省市县区镇]级?、)+(?=[省市县区镇])")
_REACHED_STAGES = p.alternation(
    p.STARTED,
    p.FINISHED,
    ("签约", "落地", "主体完工", "主体封顶", "封顶", "投入运营", "投入使用", "停工"),
    ("列统", "入统", "纳统", "入库"),
)
_REACHED = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程|指标|事项|任务|单位|部门)|)(?:已经|已|均|全部|都)?"
    rf"(?:{ph.SMOOTHLY}|实现)?"
    r"(?P<stage>(?:正在|正(?=有序|在|稳步)|尚未|未|提前|部分|紧张|加快|集中|陆续|实质性|先后|相继"
    r"|按计划|按期|如期)*"
    # 46个项目转入开工建设, 108个项目新开工建设, 2个项目正有序推进: the stage, how it goes
    rf"(?:转入|进入)?(?:(?:{_REACHED_STAGES})(?:建设)?|建设|进行前期工作|开展前期工作|"
    r"(?:有序|稳步|顺利)推进|"
    # 7个事项超序时进度, 9项指标提前完成: the state of progress names which are counted
    rf"超序时进度|按序时推进|按序时进度推进|{p.STATUS_WORDS}|"
    # 1个项目基本完成年度目标, 6个项目提前或超额完成了节点任务: the state reached
    r"(?:提前|超额|基本|全面|未能?|没有|尚未)?(?:(?:或|和)(?:提前|超额))?完成了?"
    r"(?:全年|年度|半年|上半年)?(?:节点|目标|投资)?(?:任务|目标|计划)|"
    # 18个项目均按照时间节点稳步推进
    r"(?:按照?|依照)(?:时间节点|节点|计划|进度|序时进度)(?:稳步|有序|正常|顺利)?推进|"
    # 8个项目较好完成序时进度, 54个项目进展顺利, 4个项目正进行征地: how the work goes
    r"(?:较好|顺利|全面)?完成(?:了)?(?:序时|时序)进度|基本顺利|(?:进度)?有所滞后"
    # 13个项目前期工作进度缓慢, 193个实施进度明显滞后: how the work (or a part of it) goes
    # (12项重点任务总体进展良好: the whole set, said of all of it)
    r"|(?:(?!总体|整体)[\u4e00-\u9fff]{2,4}?)?(?:进展|推进|进度)(?:明显|严重)?"
    r"(?:顺利|较快|较慢|缓慢|正常|良好|较好|滞后)"
    # 18个建设项目未按序时进度完成, 3个项目主体工程没有动建, 6个项目存在问题: what is not done
    r"|(?:未|没有|尚未|仍未)按照?(?:序时|时序|计划|时间)?(?:进度|节点)?(?:完成|推进|实施)"
    r"|(?:推进|进度)?未达到?(?:序时|时序)(?:进度|要求)?"
    r"|(?:主体)?(?:工程)?(?:没有|尚未|仍未|未)(?:动建|动工|启动)|存在(?:问题|困难)"
    r"|正在?(?:进行|开展|做|办理|平整)[\u4e00-\u9fff]{1,12}))"
)
# 30件重要的民生实事, 18个2023年度先进县: an adjective or a year before what is counted
# (2841户为私营企业: the copula, not the name; 10件为民办实事 keeps its 为)
_AFTER_LEAD = re.compile(
    r"(?:重要|主要|重大|重点|具体|典型|优秀|突出|关键)的|(?:19|20)\d\d年度?|为(?![民期止])(?=[\u4e00-\u9fff]{2})"
)
_AFTER_NP = re.compile(
    r"(?:(?!的)[\u4e00-\u9fffA-Za-z]|(?<=[A-Za-z])&(?=[A-Za-z])|[“”‘’「」『』](?=[\u4e00-\u9fffA-Za-z“”]))+"
)
_QUOTES = re.compile("[“”‘’「」『』]")
_PERIOD_LEAD = re.compile("(?<=..)(?:截至|截止|至|到)$")
_SIZE_CLASS = re.compile(
    r"(?P<size>(?:总投资|投资)?[0-9][0-9.]*(?:万|亿)?元(?:及|或)?以上)的?(?=[\u4e00-\u9fff“])"
)
_PLAN_TAIL = re.compile(r"(?<=..)(?:(?:全年|年度|今年)?计划|(?<![上去本前])年度)$")
_AFTER_STOP = re.compile(
    r"已|荣获|获得|获|被|实现|完成|达到|共有|通过|成功|正在|进行|开展|参与|参加|入选|纳入|其中|同比|"
    r"比上年|较上年|增长(?!点|极)|下降|分别|以?占|位居|稳居|跃居|排名|名列|达(?!标)|累计|共计|合计|"
    r"(?<=项目|事项|企业|指标|任务)中|"  # 303个区重点项目中开工在建项目278个
    r"(?<=..)(?:全年|今年|当年|本年|上半年)|"  # 75家规上企业全年实现产值
    # 100个省级项目共到位资金, 10件票决民生实事全部完成, 406个在库项目上报完成投资
    r"(?<=..)(?:(?<!公)共(?![享建同性青])|全部|上报)|"
    r"在(?!建|库|谈|线|校|岗|读|职|营)"  # 13项主要经济指标在全市的排位
)
# 未达到2016年市定目标, 完成省下达的目标任务: a target the level before is held to
_TARGET_OF_LEVEL = re.compile(
    r"[，,\s]*(?:但|均|已|仍)?(?:未|没有|尚未)?(?:达到|完成|实现|超过|超出|低于|高于|优于)了?"
    r"(?:(?:19|20)[0-9]{2}年度?|年度|全年)?(?:[省市县区]定|[省市县区]下达|上级下达)?的?"
    r"(?:考核)?目标(?:值|任务)?(?:为)?"
)
_RANKED_STOPS = ("位居", "稳居", "跃居", "排名", "名列")
# 确定了30件民生实事, 通报了80项综合指标: the verb announces what the count counts
_ANNOUNCE_END = re.compile(
    r"(?:确定|审议|交办|通报|评出|评选出|遴选出?|筛选出?|梳理出?|列出|排出|明确|安排|部署|分解|"
    r"谋划|列入|纳入|争取到?|分为|共分为)了?$"
)
_TEAM = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:督查|检查|督导|工作|调研|巡查|考核|验收)(?:组|专班)|小组(?!长)"
)
_PICKED = re.compile(
    r"(?P<noun>大类行业|行业大类|行业门类|行业中类|行业小类|行业|门类|大类|中类|小类)"
    r"(?:实现|出现|保持)?"
    r"(?P<state>[^，、；。0-9]{2,12}?)(?=[，、；。]|$)"
)
_ACHIEVED = re.compile("实现|出现")
_RANK = (
    r"(?:增速|增幅|总量|完成率)?(?:位居|居|位列|列|排名|排|并列)?(?:全[国省市县区州盟])?"
    r"(?:第[一二三四五六七八九十0-9]{1,2}位?|前[一二三四五六七八九十0-9]{1,2}位?|首位)"
)
_RANKED_COUNT = re.compile(
    rf"(?P<noun>(?:[\u4e00-\u9fff]{{0,4}}?)指标)?(?P<rank>{_RANK})(?=[，、；。(（)）]|$)"
)
# 在14项考核指标中有3项…: the indicators a count by rank is a part of
_AMONG_INDICATORS = re.compile(
    r"(?:[0-9一二三四五六七八九十]+项)?([\u4e00-\u9fff]{0,6}?指标)(?:[(（][^()（）]*[)）])?中"
)
_RANK_FIRST = re.compile(f"^{_RANK}")


def _indicators_counted(s: Sentence) -> str:
    """在12项考核指标中，有3项…: the indicators the set before counts (指标 if none)."""
    for draft in reversed(s.figures):
        at = draft.indicator.rfind("指标")
        if at >= 0:
            return _RANK_FIRST.sub("", draft.indicator[: at + 2].removeprefix("在"))
    return "指标"


_ANY_PLACES = p.ANY_PLACES
# 34个行业大类中, 32个大类行业中, 29个规模以上工业行业中: the classification counts are in
_FIELD = re.compile(
    r"(?:规模以上|规上)?(?:工业)?"
    r"(?:大类行业|行业大类|行业门类|行业中类|行业小类|门类|大类|中类|小类|行业)中"
    # 13个设区市中，苏州(5186.64亿元)…; 全省16个市中有13个市…: the places compared
    # 10个州(市)中,昆明市…; 九个设区市中除厦门、南平…外
    rf"|{p.PLACE_KINDS}(?:[（(][市县区][)）])?中(?=[，,：:]|有|除)"
    # 全区40种主要工业产品中，33种产量实现同比增长: the kinds of product counted in
    r"|(?<=种)(?:主要)?(?:工业)?产品中(?=[，,：:]|有)"
)
# 每万名就业人员中研发人员达到209人年: a clause with its own verb does not share one
_OWN_VERB = re.compile(r"达到|达|为|提高到|提升到|增至|超过|突破")
_WHEN_AND_WHO = r"\s*(?:今年|明年|[我全本][省市县区州]|全年|我们)*"
_AIM = r"(?P<aim>将|要|力争|计划)"
_PLAN_LEAD = re.compile(rf"{_WHEN_AND_WHO}(?P<place>[\u4e00-\u9fff]{{2,6}}?)??{_AIM}")
# 今年，我市水利民生实事计划完成…: the year's tasks of a field
_TASKS_PLAN_LEAD = re.compile(
    rf"{_WHEN_AND_WHO}[\u4e00-\u9fff]{{0,8}}?(?:民生实事|实事|重点工程|重点工作){_AIM}"
)


def _plan_lead(clause_head: str) -> str | None:
    """今年，我省将力争…, 贵州将确保完成…, 我市计划完成…: whoever will do it is the place or
    we, or the year's tasks of a field; the word that aims (将, 要, 力争, 计划), or None."""
    lead = _PLAN_LEAD.match(clause_head)
    if (
        lead is not None
        and (not lead.group("place") or ph.is_place(lead.group("place")))
        # (今年，我市计划实施重点项目120个；新开工项目86个: a plan's set, then what was done)
        and (lead.group("aim") != "计划" or clause_head.startswith("完成", lead.end()))
    ):
        return lead.group("aim")
    tasks = _TASKS_PLAN_LEAD.match(clause_head)
    return tasks.group("aim") if tasks else None


_BOUND_OF_LISTED = re.compile(r"均(?:达到或|达到|在|为)?$")
_EACH_AFTER = re.compile(r"(?:以上|以下)?[，,：:]\s*(?:依次|分别)")
_BOUND_OF_MANY = re.compile(
    r"(?:增幅|降幅|涨幅|幅度|增速|其余|其他|其它)(?:均|都|多数|大多|普遍|全部)(?:在|为)?$"
)
# 县政府确定重要工作任务共579项: who decided goes with the verb; the tasks are counted
_DECIDED_BY = re.compile(
    r"^.{0,12}?(?:确定|审议通过|审议|交办|评出|评选出)了?(?=[\u4e00-\u9fff]{3,}$)|"
    # 第六次常务会确定事项44项: the meeting that decided them is who, not what is counted
    r"^.{0,12}?(?:常务会议?|常委会议?|办公会议?|专题会议?|第[^，]{1,4}次[^，]{0,8}?会议?)(?=..)"
)
_SPLIT_INTO = re.compile(r"(?<!划)(?:共|可|具体)?(?:分为|分解为|细化为|分解成|细化成|细分为)\s*$")
_DIVIDED = re.compile("划分为?$|分为$")
# 项目覆盖702所学校, 惠及企业: a verb whose object is what the count counts
# 加装了3.6万台电梯: a verb of fitting or building names nothing counted, the noun after does
_FITTED_END = re.compile(r"(?:加装|安装|增设|配备|铺设|修建|新修|架设|改建|扩建)了?$")
_ONCE_DONE = re.compile("(?:建成|竣工|投产|达产|完工|投用)后$")
_GENERIC_VERB = re.compile(r"(?:统筹|全力|加快|扎实|积极|大力|重点)?(?:推动|推进|实施|安排|统筹)")
_VERB_END = re.compile(
    rf"(?:{ph.CONTENT_VERB.pattern}|覆盖|惠及|涉及|辐射|推进|推动|统筹|签下|签订|储备|谋划|实施|安排"
    rf"|产生|发现|排查出?|查处|受理|{ph.STAGES})$"
)


# 实现2020年1.8亿人、16%的规划目标: the values listed after one, up to what they all are
_MORE_VALUES = re.compile(r"(?:\s*[、和及]\s*[0-9][0-9.]*[^、，；。0-9的]{0,5})+(?=的)")


def _named_after(kinds: str, stops: str) -> re.Pattern[str]:
    """的…项目, 的…资金: what a sum is of, named after it up to one of ``kinds``."""
    return re.compile(rf"的(?P<name>[^，；。、()（）和及与]{{2,30}}?(?:{kinds}))(?=[{stops}]|$)")


# 总投资5亿元的年产10万吨乳酸项目: the project a sum is of, named after it
_PROJECT_AFTER = _named_after("项目|工程", "、，；。和及与")
_MONEY_PUT = re.compile(r"(?P<put>总投资|计划投资|投资)(?:额)?(?:达|为|约|近|超)?$")
# 4个项目预计年内即可投产, 10座桥将拆除重建: a count, then what it is to become
_WILL_AFTER = re.compile(
    # (4个即将竣工验收, 1项近日也即将…: about to be, said of what is counted)
    r"(?P<noun>[^\W\d_即也]{1,4}?)(?:(?<!即)将|预计)(?P<deed>[\u4e00-\u9fff]{2,16})(?=[，。；,;]|$)"
)
_WILL_WHEN = re.compile(r"^(?:于|在)?(?:年内|年底前|今年|明年|近期)?(?:即可|可|将)?")
# 新签约A项目等工业项目42个, 建设完成B大街等载体12个: the deed, examples, then the kind
_EXAMPLES_THEN_KIND = re.compile(
    r"(?P<verb>(?:新|累计)?(?:签约|引进|建成|新建|培育|认定|实施|落地|开工|建设完成))"
    r"[^，；。、]{2,24}?等(?!级)(?P<kind>[\u4e00-\u9fff]{2,10})$"
)
# 设立每年安排1200万元的科技成果转化专项资金: the fund a sum set up is of, named after it
_FUND_AFTER = _named_after("资金|基金", "、，；。和及与(（")


def _past_listed(s: Sentence, end: int) -> int:
    if not s.text.startswith(("、", "和", "及"), end):
        return end
    listed = _MORE_VALUES.match(s.text, end, s.hi)
    return listed.end() if listed else end


_COLON = re.compile("[：:]")
# 均上升：, 均录得跌幅：: how every item of the list after the colon moved
_GROWTHS_HEAD = re.compile(
    r"(?:均|都|全部|普遍)(?:录得)?(?:(?P<down>下降|下跌|减少|回落|跌幅)|上升|增长|增加|升幅|增幅)[：:]"
)


_HAD_END = re.compile(r"(?<![没只中])(?:现有|共有|拥有|有)$")  # (…中有: a part, _AMONG)
_VERB_ENDS = re.compile(rf"(?:新|再|又)?(?:{ph.CONTENT_VERB_PATTERN}|进行|推进|启动|办好|办成)$")
# 当局目前正, 科技园至今已, 他期望未来5年: who and when, before the deed (集中力量推进: how, kept)
_WHO_WHEN = re.compile(
    r"(?:目前|正在?|至今|已经?|未来[0-9一二三四五六七八九十]+年|今年|去年|上年度|仅"
    r"|突出|全力|着力|扎实)$"  # (突出办好67件民生大事: how, then the deed)
)


def read_values(s: Sentence, group: list[Mention], segment: str, c_lo: int) -> None:
    seg_start = group[0].start - len(segment)
    if (
        seg_start < s.named_to < group[0].start
        and s.text[s.named_to] in "、，；和及与"
        and s.text.endswith(segment, 0, group[0].start)
    ):
        # 35个重点开发区、33个农业主产区: the words after the first count named it
        segment = s.text[s.named_to : group[0].start]
    field = _FIELD.match(s.text, group[0].end, s.hi) if len(group) == 1 else None
    if field:
        s.field_end = field.end()
        return  # 34个行业大类中，18个行业正增长: the classification counted in is no figure
    picked = _PICKED.match(s.text, group[-1].end, s.hi) if len(group) == 1 else None
    if (
        picked
        and is_count(group[0].unit)
        and (0 <= group[0].start - s.field_end <= 3 or picked.group("noun").startswith("行业"))
    ):
        # 18个行业正增长或扭亏为盈 (after the field counted in, or alone: 有7个行业增幅进一步
        # 扩大): the state, then what is in it
        state = _ACHIEVED.sub("", picked.group("state"))  # 实现同比增长: the state is the growth
        state = state.replace("进一步", "")
        new_draft(s, state + picked.group("noun"), group[0], False, group[0].start)
        return
    ranked = (
        _RANKED_COUNT.match(s.text, group[0].end, s.hi)
        if len(group) == 1 and group[0].unit in ("项", "个")
        else None
    )
    if ranked:
        # 有3项指标增速全市第一, 12项指标中有3项位居全市第1位: indicators counted by rank,
        # named by the rank and the indicators counted
        sets = list(_AMONG_INDICATORS.finditer(s.text, s.lo, group[0].start))
        noun = ranked.group("noun") or ""
        if noun in ("", "指标"):  # (有2项指标居全市第2位 after 14项考核指标中: of those)
            noun = sets[-1].group(1) if sets else noun or _indicators_counted(s)
        new_draft(s, ranked.group("rank") + noun, group[0], False, group[0].start)
        return
    clause_head = s.text[c_lo : group[0].start]
    if group[0].is_percent and group[0].qualifier and _BOUND_OF_MANY.search(segment):
        return  # 下降幅度均超过10%, 多数增幅在20%以上: a bound on many growths, no figure
    if (
        group[0].qualifier
        and _BOUND_OF_LISTED.search(segment)
        and "、" in segment
        and _EACH_AFTER.match(s.text, group[-1].end, s.hi)
    ):
        return  # A、B和C的落地率均达到或超过30%，分别为51%、…: the bound before each value
    closes = s.text[group[-1].end : group[-1].end + 1] in (")", "）")
    if len(group) == 1 and closes and _ASIDE_TARGET.search(segment) and _merge(s, group[0], True):
        return  # 引进优强企业21家（任务数18家）: the target of the figure before, no plan opened
    if (
        len(group) == 1
        and _MET_LEAD.fullmatch(segment)
        and _GOAL_AFTER.match(s.text, group[0].end, s.hi)
        and s.figures
        and s.figures[-1].value is not None
        and _merge(s, group[0], True)
    ):
        return  # 投资完成5.02亿元，超额完成一季度5亿元的投资目标: the target of the level before
    if len(group) == 1 and _excess(s, segment, group[0]):
        return  # 完成17亿元，超额完成年度任务2.1亿元: the target is 14.9
    if (
        len(group) == 1
        and s.text.startswith("大关", group[0].end)
        and len(ph.clean(segment)) <= 2  # 成功突破…: no other subject named
        and s.figures
        and _at_most(group[0], s.figures[-1])
    ):
        return  # 开票销售5064.14亿元，成功突破5000亿元大关: the level passed, said again
    if len(group) == 1 and _said_round(s, segment, group[0]):
        return  # 成交额22398.4亿元，…，技术合同成交额突破2万亿元: the same level, said round
    plan, against = _target_words(segment)
    if not plan and s.latest_year and (year := _horizon_year(s, group[0].start)):
        # 到2025年末，全市市场主体突破65万户 in a text of 2022: a horizon after every year the
        # text reports (到2022年底 in a review of 2022 is where the level stood)
        plan = year > s.latest_year
    if (
        not (plan or against)
        and s.text.find("后", s.lo, group[0].start) >= 0  # (most sentences have none)
        and _ONCE_RUNNING.search(s.text, s.lo, group[0].start)
        and not ph.is_actual(segment)
    ):
        plan = True  # 项目满负荷生产后，可提供就业岗位700多个: what the works will yield, aimed at
    if plan and group[-1].unit == "条" and _ONLY_TASKS.fullmatch(segment):
        plan = False  # 细化完善服务市场主体任务261条: tasks listed in articles, counted
    # (总投资5.05亿元的…公司，已完成2.7亿元: a size that names what is done of it; 计划完成
    # 总投资10亿元: a plan to do that much)
    sized = (
        _PROJECT_SIZE.search(cleaned)
        if len(group) == 1
        and not group[0].is_percent
        and not s.text.startswith("的", group[0].end)
        and "完成" not in segment
        and _SIZE_WORD.search(cleaned := ph.clean(segment))
        else None
    )
    if sized:
        plan = against = False  # (nor does the project's size open a plan)
    if len(group) == 1 and _part_staged(s, segment, group[0]):
        return  # 32个计划新上项目有28个已开工: the part of the planned set that started
    if plan and len(group) == 1 and _INVESTMENT_PLANNED.fullmatch(segment.strip("，,、；;：: ")):
        # 签约项目30个，计划投资258亿元: what the projects counted plan to invest
        last = s.figures[-1] if s.figures else None
        plan = bool(_DONE_AFTER.match(s.text, group[0].end, s.hi)) or not (
            last is not None
            and last.value is not None
            and "项目" in last.indicator
            and is_count(last.unit)
        )  # (…，计划投资6.92亿元，实际完成投资8.07亿元: the plan of what was done)
    if len(group) == 1 and _WITHIN_TARGET.match(s.text, group[0].end, s.hi):
        # 失业率控制在4%目标以内: a ceiling aimed at
        group, plan = [replace(group[0], qualifier="<")], True
    # (预计全年新增…，高企总数可达550家: 可, 将, 有望 alone go on with an estimate said before;
    # 预计可达到320件 aims)
    marks = [m.group(0) for m in p.TARGET_MARK.finditer(segment)] if plan else []
    projected = plan and (
        p.projections_only(marks) or (s.projecting and all(m in _WEAK_MARKS for m in marks))
    )
    # 确保完成…“八大抓手”54项目标任务: the size of a framework is no target; what it lists are
    counted_tasks = group[-1].unit == "项" and bool(
        _COUNTED_TASKS.match(s.text, group[-1].end, s.hi) or _TASKS_BEFORE.search(ph.clean(segment))
    )
    if counted_tasks:
        s.target_mode = s.target_mode or plan
        plan = against = False
    is_target = plan or against
    if against and not plan:
        # 比年目标任务4%低0.63个百分点, 低于省下达3.9%的控制性指标: the target of the
        # figure before, not the start of a plan
        if len(group) == 1 and _merge(s, group[0], is_target):
            return
        if _DIFFERENCE.match(segment):
            return  # 高于省考指标4000人: how far a target was raised, not a figure
    elif plan:
        s.target_mode, s.projecting = True, projected
        lead = _plan_lead(clause_head) if not s.figures and not projected else None
        if lead is not None:
            # 今年，我省将力争…；…: the plan goes on across ； (and the sentences after, unless
            # only planned: 计划完成投资5400万元。)
            s.horizon, s.horizon_ends = True, lead == "计划"
        s.target_verb = ph.leading_content_verb(clause_head) or s.target_verb
    elif sized:
        pass  # (a project's size is a value inside a plan too: no target mode holds it)
    elif (
        s.target_mode
        and not ph.is_actual(clause_head, s.horizon)
        and (
            (s.horizon and not s.horizon_ends)
            or not _DONE_VERB.search(segment)
            # (今年，我市计划完成…；…，完成干堤加固6公里: the plan's own verb)
            or (s.horizon and s.text.find("计划完成", s.lo, c_lo) >= 0)
        )
    ):
        is_target, projected = True, s.projecting
    elif s.target_mode and (ph.is_actual(clause_head, s.horizon) or not s.horizon):
        # 目标增长15%，1-6月完成投资20亿元，增长9%; 年度计划投资228亿元，全年完成投资246.9亿元，
        # 同比增长6.5%: what was done, and the growth after it is done too
        s.target_mode = False
    elif (
        len(group) == 1
        and group[0].is_percent
        and _CEILING.fullmatch(segment)
        and s.figures
        and s.figures[-1].unit == "%"
        and s.figures[-1].end >= c_lo - 1
        and _merge(s, group[0], True)
    ):
        return  # 城镇登记失业率4.02%，控制在4.5%以内: the ceiling the rate kept under
    elif p.TARGET_AFTER.match(s.text, _past_listed(s, group[-1].end), s.hi):
        is_target = True  # 但距离2.3%的目标仍有差距; 实现1.8亿人、16%的规划目标
        if len(group) == 1 and not _another_alike(s, segment) and _merge(s, group[0], is_target):
            return  # 提前完成全年150亿元的目标任务: the target of the figure before
    if counted_tasks:
        is_target = False
    after = _after_np(s.text, group[-1].end, s.hi, group[-1].unit)
    if len(group) > 1:
        known = len(s.figures)
        _groupread_values(s, group, segment, after, is_target, c_lo)
        reduced = is_target and _REDUCTION.search(segment)
        for draft in s.figures[known:]:
            # 预计全年，…分别实现63848元、32729元: estimates, as one number's would be
            draft.projected = is_target and projected and draft.value is None
            draft.ahead = draft.projected and looks_ahead(s, group[0].start)
            if reduced:
                _as_reduction(draft)  # 排放量年度削减目标分别为1%、2.5%
        return
    mention = group[0]
    will = (
        _WILL_AFTER.match(s.text, mention.end, s.hi)
        if not is_target and len(group) == 1 and is_count(mention.unit)
        else None
    )
    if will:
        # 其中4个项目预计年内即可投产, 10座桥将拆除重建: the part counted is aimed at that deed
        aimed = _WILL_WHEN.sub("", will.group("deed"))
        new_draft(s, ph.clean(aimed) + will.group("noun"), mention, True, mention.start)
        return
    name = ph.strip_target_words(segment) if is_target else ph.clean(segment)
    project = _PROJECT_AFTER.match(s.text, mention.end, s.hi) if "投" in segment else None
    if project and not counts_things(mention.unit) and (put := _MONEY_PUT.search(segment)):
        # 签订了总投资33亿元的聚诚家居城项目、总投资5亿元的乳酸项目: each sum names the
        # project after it, not the one before
        name = _QUOTES.sub("", project.group("name")) + put.group("put")
    elif (
        mention.unit
        and mention.unit.endswith("元")
        and s.text.find("设立", s.lo, mention.start) >= 0
        and (fund := _FUND_AFTER.match(s.text, mention.end, s.hi))
    ):
        name = _QUOTES.sub("", fund.group("name"))  # (母基金总规模为6亿元的…母基金: its size)
    examples = _EXAMPLES_THEN_KIND.search(name) if "等" in name else None
    if examples and is_count(mention.unit):
        # 新签约中国动力电动商用车等工业项目42个: what was done, to the kind, not the examples
        name = name[: examples.start()] + examples.group("verb") + examples.group("kind")
    if sized and sized.group("estimated"):
        # (an estimate, no name; not a target here, so the name is the cleaned segment)
        name = cleaned[: sized.start("estimated")] + cleaned[sized.end("estimated") :]
    yearly = ph.YEARLY_MEASURE.fullmatch(name) if not is_target else None
    if yearly and _DONE_YEARLY.search(segment):
        name = name[yearly.end(1) :]  # 完成年度投资116.94亿元: the year's investment done
    excepted = _EXCEPTED.search(segment) if "除" in segment else None
    if excepted and (ph.is_place(places := excepted.group("places")) or ph.places_sharing(places)):
        name = ph.clean(segment[excepted.end() :])  # 除常德、怀化以外的其余11个市州
    done_task = not is_target and name.endswith("任务") and not _TASKS.fullmatch(name)
    if done_task and _DONE_TASK.search(segment):
        name = name.removesuffix("任务")  # 完成农村改厕任务491441户: 农村改厕 was done
    if not is_target and (by_units := _people_of_units(s, mention)):
        name = by_units  # 参加失业保险304个单位7920人: the people of the units, one deed
    if is_target and _TARGET_OF_LEVEL.fullmatch(segment):
        name = ""  # 浓度为155μg/m3，未达到2016年市定目标147μg/m3: the target of the level
    bare = (
        not name
        or bool(ph.BARE_VERB.fullmatch(name) or _ONLY_HOW.fullmatch(name))
        or (is_target and name in _TARGET_ONLY)  # 全年应完成指标数为147件
    )
    # (4家创新型产业集群获批: a count the words after it name adds to nothing before)
    named_after = len(after) > 2 and counts_things(mention.unit) and not is_target
    # (全国98%的乡镇实现…，80%以上的行政村实现…: a share of what is named after it)
    named_after = named_after or (
        mention.is_percent and _SHARE_REACHED.match(s.text, mention.end, s.hi) is not None
    )
    if bare and not named_after and _merge(s, mention, is_target):
        return
    if _each_place(s, name, mention, is_target, segment):
        return
    if mention.is_percent and _each_rate(s, name, mention, is_target, segment):
        return
    if mention.is_percent and _rates_alike(s, name, mention, segment, is_target):
        return
    if mention.is_percent and not is_target and name == "占" and _share_of_plan(s, mention):
        return
    if mention.is_percent and _WHOLE_TASK.fullmatch(name) and _done_of_whole_task(s, mention):
        return
    if mention.is_percent and not is_target and _share_before_noun(s, segment, mention):
        return
    if not is_target and _bracketed_item(s, segment, mention, c_lo):
        return
    if mention.signed and mention.is_percent and not is_target and segment.endswith(("(", "（")):
        # 教育(+5.06%)、交通(-2.99%): a change, by its sign
        draft = new_draft(s, name, mention, False, mention.start)
        draft.as_growth()
        return
    grown = (
        _GROWTHS_HEAD.search(s.text, s.lo, mention.start)
        if mention.is_percent and not is_target and segment.endswith(("(", "（"))
        else None
    )
    if grown and name and not _COLON.search(s.text, grown.end(), mention.start):
        # 整体出口价格均上升：美国(8.6%)、中国内地(7.7%): the growth of each, as said before
        draft = new_draft(s, name, mention, False, mention.start)
        draft.as_growth()
        if grown.group("down") and draft.yoy_growth is not None:
            draft.yoy_growth = -draft.yoy_growth
        return
    if _ranked_place(s, segment, mention, is_target):
        return
    if s.figures and _places_after_places(s, name, mention, is_target):
        return
    place = None
    # (split only names that end with a bare verb: this runs for every value)
    lead, rest = ph.split_place(name) if _BARE_VERB_END.search(name) else (None, name)
    if lead and ph.BARE_VERB.fullmatch(rest):
        place, name = lead, rest  # 其中东川区新增12家: the place, then what it did
    if after and is_count(mention.unit) and name and ph.is_place(name):
        place, name = name, after  # 龙岗区拥有130家高新技术企业
    elif not is_target and name and ph.is_place(name) and (rated := _rated_owner(s, mention)):
        # 完成投资17.87亿元，投资完成率89.86%(甲县85.29%、乙县99.77%): each place's rate of it
        at = s.text.rfind(name, c_lo, mention.start)
        draft = new_draft(s, rated.indicator, mention, False, at if at >= 0 else mention.start)
        draft.region = name
        draft.as_rate()
        return
    elif (
        name
        and (ph.is_place(name) or _ranked_item(s, name, mention))
        and s.last_indicator()
        and not ph.is_place(s.last_indicator())
        and (
            not s.figures
            # 新罗区(607.87亿元 5.4%)、长汀县(178.80亿元 4.8%): the level before its rate
            or any(compatible(f.unit, mention.unit) for f in s.figures[-2:])
            # 有25个项目…，其中县教育局3项: a department's part of the count before
            or (ph.is_department(name) and _alike_units(s.figures[-1].unit, mention.unit))
            # …；各县区项目开工率分别为：金安区93.5%: the topic named since the last figure
            or (bool(s.topic) and s.topic_at > s.figures[-1].end)
        )
    ):
        # 东川区完成技改投资6.2亿元；西岭区4.8亿元: a place stands for the same indicator
        place, name = name, _whole_before_aside(s, mention) or _last_in_unit(s, mention.unit)
        if _COUNTED_PLACES_END.search(name) and (sorted_by := _SORTED_BY.match(name)):
            name = ph.clean(sorted_by.group("measure"))  # GDP在百亿元以上的还有三县：靖边县…
    elif name and ph.is_place(name) and (measure := _measure_of_counted(s, mention)):
        # 6个市州实际使用外资过亿美元，依次是武汉68.6亿美元: what the places were counted by
        place, name = name, measure
    quoted = ph.quoted_tail(segment)
    honoured = _HONOURED.match(s.text, mention.end, s.hi) if is_count(mention.unit) else None
    recognised = (
        _RECOGNISED.match(s.text, mention.end, s.hi)
        if honoured is None and is_count(mention.unit) and not is_target
        else None
    )
    if honoured:
        name = honoured.group("name")  # 5家站点被评为“全国示范院士专家工作站”: the title
    elif recognised:
        # 49家企业成功认定为国家高新技术企业: what they were recognised as, not who they are
        verb = recognised.group("verb")
        name = (verb if verb == "评为" else verb.removesuffix("为")) + recognised.group("name")
    elif place and name == after:
        pass  # named by the words after the count, the place before it
    elif (
        after
        and is_count(mention.unit)
        and _ORGANISED.search(segment.rstrip())
        and (deed := _ORGANISED_DEED.match(s.text, mention.end, s.hi))
    ):
        # 组织10家企业申报省创新基金项目: those organised are named by what they did
        done, noun = deed.group("deed"), deed.group("noun")
        name = done if done.endswith(noun) else done + noun  # (申报…高新技术企业: named)
    elif after and _OBJECT_OF.search(segment):
        # 计划对7个省级项目进行验收: what was done to them, then what they are
        action = _ACTION_AFTER.match(s.text, mention.end, s.hi)
        name = (action.group("verb") if action else "") + after
    elif after and is_count(mention.unit) and _REACHED.fullmatch(after) and s.figures:
        name = after  # 131个民生项目已有90个完工: the stage names the part of the set
    elif after and segment.rstrip().endswith("的") and not quoted:
        name = after  # 科技局牵头的8项重点指标
    elif after and is_count(mention.unit) and _HAD_END.search(segment.rstrip()):
        name = after  # 现时本港有12间独角兽企业: what there is, named after the count
    elif after and _ANNOUNCE_END.search(name) and is_count(mention.unit):
        name = after  # 县统计局通报了13项主要经济指标, 今年确定了30件民生实事
    elif after and is_count(mention.unit) and len(name) > 2 and (team := _TEAM.match(after)):
        # 市政府派出5个督查组: the teams an inspection formed (成立17个督导组 as 成立…, below)
        name = team.group(0)
    elif after and is_count(mention.unit) and _LISTED_IN.match(name):
        name += after  # 纳入市产业项目年25个重点工业项目: the list, then what it holds
    elif (
        after
        and is_count(mention.unit)
        and len(name) > 2
        and (verb := _VERB_ENDS.search(name))
        and verb.start() > 0
        and _WHO_WHEN.search(name[: verb.start()])
    ):
        # 当局目前正进行11个重建项目: who and when go; the deed and what it was done to stay
        name = verb.group(0) + after
    elif (
        after
        and (is_count(mention.unit) or (counts_things(mention.unit) and len(after) > 1))
        and (
            len(name) <= 2
            or segment.rstrip().endswith("等")
            # 秦箭、润达等冶金企业共15个亿元以上项目: the list, summed up by what they are
            or _LIST_SUMMED.search(segment.rstrip()) is not None
        )
    ):
        # 三明宾馆等13个省市重点项目; 其他5个项目正在…: the rest are named by their state
        kept = (
            len(name) <= 2
            and not _LIST_SUMMED.search(segment.rstrip())
            and not (name in ("其他", "其余", "其它") and len(after) > 4)
            and not name.endswith("中")  # 16个市中有13个市…: the field the part is of
            # 帮助65家企业获得信贷支持: who was helped is named by what they did
            and not (_HELPED.fullmatch(name) and _TURNED.match(after))
        )
        name = (name if kept else "") + after
    elif after and _PUT.search(segment) and is_count(mention.unit):
        name = after  # 督查室将94项重点工作列入督办事项: what was put there
    elif after and (among := _AMONG.search(segment)) and is_count(mention.unit):
        # 申请复审的93家企业中91家通过备案核查, 为馆内12家供餐企业; 63户新建投产企业中有18户
        # 产值超亿元: those of the set named by what they did (通过备案核查企业)
        kind = among.group("kind")
        name = after if not kind or kind in after or _KIND_END.search(after) else after + kind
    elif after and _lists(name, mention):
        name = after  # 工业投资、技术合同成交额、新增入库数3项指标
    elif after and (split := _SPLIT_INTO.search(segment)):
        name = ph.clean(segment[: split.start()]) + after  # 十件民生实事共分为28项工作
    elif after and _DIVIDED.search(name):
        name = after  # 将100个县划分为35个重点开发区: what the parts are
    elif after and (
        not name
        or quoted
        or _VERB_END.search(name)
        or _ONCE_DONE.search(name)
        or (counts_things(mention.unit) and _FITTED_END.search(name))
    ):
        # 统筹推动1540个“攻城拔寨”项目: how the work is pushed says nothing of what is counted
        # (项目建成后将新增3.2万个学位: nor when it will be)
        once = _ONCE_DONE.search(name)
        said = not (_GENERIC_VERB.fullmatch(name) or once)
        verb = (s.target_verb or "") if once and is_target else ""  # (将新增: the verb aimed at)
        name = (quoted or (name if said else verb)) + after
    elif not name:
        name = s.last_indicator()
    elif s.topic and not s.figures and ph.BARE_VERB.fullmatch(name) and not is_target:
        name += s.topic  # 高新技术企业：新增23家
    elif (
        s.topic
        and not s.figures
        and ph.MEASURE.fullmatch(name)
        and not s.topic.endswith(name)  # (财政收入大幅增长，实现财政收入…: named already)
        and _TOPIC_GREW.search(s.text, s.lo, mention.start)
    ):
        name = s.topic + name  # 高新技术产业快速增长，实现产值284.28亿元: the topic's output
    elif (
        is_target
        and s.target_verb
        and not ph.CONTENT_VERB.search(segment)
        and not _OWN_VERB.search(segment)
        and not name.startswith("每")
        and not ph.MEASURE.fullmatch(name)  # 计划实施项目71个，总投资337.13亿元
        and not name.startswith(s.target_verb)  # (其中A区3505个: the verb is in the name)
    ):
        name = s.target_verb + name
    if after and name.endswith(after):
        # (1个已完工、8个在建: the words after the count name it, 已 before them too)
        already = _ALREADY.match(s.text, mention.end)
        at = mention.end + (len(already.group(0)) if already else 0)
        if s.text.startswith(after, at):
            s.named_to = at + len(after)
    if not is_target:
        name = _DECIDED_BY.sub("", name)
    if name == "人均" and (measured := s.last_indicator()):
        # 地区生产总值…，人均达到5.62万元: the measure before, per head
        name = measured if "人均" in measured else "人均" + measured
    name = _elided(s, name, mention, segment)
    name = _listed_verb(s, name, mention, segment, is_target)
    if _DONE.search(segment) and not ph.clean(segment) and is_count(mention.unit) and s.figures:
        # 重点任务36项，已完成21项: the state of the tasks counted before
        whole = next(
            (f for f in reversed(s.figures) if not ph.STATE_ONLY.fullmatch(f.indicator)),
            s.figures[-1],
        )
        tasks = _TASKS.search(whole.indicator)
        name = "完成" + (tasks.group(0) if tasks else whole.indicator)
    part = _part_of_set(s, segment, mention) if not is_target else None
    if part is not None:
        # 承担58项省定项目，全面完成全年目标任务的有28项: the part of the set in that state
        name, the_set = part
        if _PART_DONE.match(name):
            draft = new_draft(s, name, mention, is_target, mention.start)
            draft.target = the_set.value
            return
    if not is_target and _fills_target(s, name, mention):
        return  # 计划投资93.68亿元，完成投资44.24亿元: the plan's actual
    if not is_target and _LEVEL_REACHED.fullmatch(segment) and _level_of_growth(s, mention):
        return  # 发明专利申请量增长91.51%，总量达到496件: the level that grew
    if name[:2] in ("约占", "近占") and mention.qualifier is None:
        name, mention.qualifier = name[1:], "≈"  # 约占新登记企业总数的三成
    if mention.unit == "分" and place is None and (ph.is_department(name) or _FIRM.fullmatch(name)):
        # 市碱业公司66.5分，市体育局75.5分: the unit scored, and its score
        place, name = name, "得分"
    start = mention.start if not segment.strip() else s.text.rfind(name[:1], c_lo, mention.start)
    if lead and place == lead:
        start = min(start, s.text.rfind(lead, c_lo, mention.start))  # the span shows the place
    draft = new_draft(
        s, name, mention, is_target, max(start, c_lo) if start >= 0 else mention.start
    )
    draft.region = place or draft.region
    draft.projected = is_target and projected
    draft.ahead = draft.projected and looks_ahead(s, mention.start)
    if is_target and _REDUCTION.search(segment):
        _as_reduction(draft)  # 万元GDP能耗下降目标为3.5%
    first = (
        _FIRST_PLACE.search(s.text, max(s.lo, c_lo - _FIRST_REACH), mention.start)
        if place and s.text.find("第一", s.lo, mention.start) >= 0
        else None
    )
    if first:
        # GDP增速第一：阿坝 10.3%: the place first by the measure, and its value
        draft.indicator = _FIRST_OF.sub("", draft.indicator) or draft.indicator
        if first.group("growth") and mention.is_percent and not is_target:
            draft.as_growth()


_FIRST_REACH = 24
_FIRST_OF = re.compile(rf"(?:{p.GROWTH_WORD}|增长)?第一$")
_FIRST_PLACE = re.compile(
    rf"(?P<growth>{p.GROWTH_WORD}|增长)?第一\s*[：:]\s*[\u4e00-\u9fff]{{2,8}}\s*$"
)


# 市碱业公司, 万联能源集团: a firm or a public body that is no department (ph.is_department)
_FIRM = re.compile(r"[\u4e00-\u9fff]{1,14}(?:公司|集团|中心|院|站|所|馆|队|社|厂)")


def _whole_before_aside(s: Sentence, mention: Mention) -> str:
    """37件(来电27件、来信10件)，其中禄丰市11件: a place's value is of the whole before an
    aside of its parts (closed before it), not of the aside's last part."""
    last = s.figures[-1] if s.figures else None
    if last is None or not _ASIDE_CLOSES.match(s.text, last.end, mention.start):
        return ""
    opened = max(s.text.rfind("(", s.lo, last.start), s.text.rfind("（", s.lo, last.start))
    whole = next((f for f in reversed(s.figures) if f.end <= opened), None)
    if opened < 0 or whole is None or opened - whole.end > 1 or whole.unit != mention.unit:
        return ""
    return whole.indicator


_ASIDE_CLOSES = re.compile(r"[^()（），,]{0,2}[)）][，,]?(?:其中)?[，,]?")


def _rated_owner(s: Sentence, mention: Mention) -> Draft | None:
    """The level just before, with its completion rate, whose places' rates are listed in
    brackets after that rate."""
    if not mention.is_percent:
        return None
    for last in reversed(s.figures):
        if last.completion_rate is None:
            return None
        if last.value is None and last.region is not None:
            continue  # (甲县85.29%、: the place before in the bracket)
        if last.value is None or last.unit == "%" or last.region is not None:
            return None
        return last if _OPEN_AFTER_RATE.fullmatch(s.text, last.end, mention.start) else None
    return None


# …率89.86%(甲县85.29%、乙县: the bracket opened right after the rate, places and rates in it
_OPEN_AFTER_RATE = re.compile(
    r"\s*[(（](?:[^()（），；。]{2,12}?-?[0-9.]+%[、，,；;]\s*)*[^()（），；。0-9]{2,12}"
)


def _last_in_unit(s: Sentence, unit: str | None) -> str:
    """What a place's value stands for: the last indicator, or when the last figure is in
    another unit, the last figure in this one (江苏24个，占全省县(市)数量的比重高达58%，山东、
    浙江分别为20个、17个: counts, as 江苏's was)."""
    name = s.last_indicator()
    named = next((f for f in reversed(s.figures) if f.indicator == name), None)
    if named is None or _alike_units(named.unit, unit):
        return name
    alike = _last_alike(s, unit)
    return alike.indicator if alike else name


def _last_alike(s: Sentence, unit: str | None) -> Draft | None:
    """The last figure of the sentence in a unit like ``unit`` (counts with counts)."""
    return next((f for f in reversed(s.figures) if _alike_units(f.unit, unit)), None)


def _alike_units(a: str | None, b: str | None) -> bool:
    if (a == "%") != (b == "%"):
        return False  # (compatible allows a share beside any unit: a share of it)
    return compatible(a, b) or (is_count(a) and is_count(b))


# 全面完成全年目标任务的有28项, 按进度实施的有27项: the state that names a part of a set
# (执行中者有298项: Taiwan writes 者)
# (进度超前者计44项, 落后者31项: or with 计, or nothing)
_PART_HAS = re.compile(
    r"[，,；;、\s]*(?P<stage>[\u4e00-\u9fff]{2,20}?)"
    r"(?:的(?:有|是|为)|者(?:有|是|为|计|共)?|(?P<bare>的))\s*"
)
# (已完成推进任务的33个, 达到序时进度的10项: a state with a bare 的 names a part too)
_PART_STATE = re.compile("完成|推进|进度|办结|办理|开工|竣工|完工|滞后|缓慢|整改|达到|未达")
_FIELD_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,16}?中[，,：:]")
_ITEMS = {"个", "项", "件"}  # 民生工程项目112个小项，全面完成全年目标任务的有46项
_LONG_SET = 6  # 由我市企事业单位牵头或参与完成的获省科技奖项目: of 项目, said short
_PART_WITHIN = re.compile("中(?![心小型级等央]).*$")  # 30项民生实事中不设年度目标任务
_STAGE_LEAD = re.compile(r"^(?:其中|[我全本该][省市县区镇])")
_SET_KIND = re.compile("(?:项目|事项|任务|实事|工程|指标|企业|单位)$")
_BARE_VERB_END = re.compile(rf"(?:{ph.BARE_VERB.pattern})$")
# (共收到提案835件, 承办人大代表建议88件: the set received or taken on, named without it)
_SET_VERB = re.compile(
    rf"^(?:{ph.CONTENT_VERB.pattern}|承担|实施|安排|确定|推进|谋划|收到|承办|受理|交办)"
)
_PART_DONE = re.compile(
    r"(?:已经?|全面|全部|提前|超额|基本)*(?:完成|建成|完工|竣工|办结)(?!投资|产值)"
)


def _names_a_part(part: re.Match[str] | None) -> bool:
    """Whether a _PART_HAS match names a part of a set by its state (全市安排的64个 is a set: a
    bare 的 names a part only after a state)."""
    return part is not None and (
        not part.group("bare") or _PART_STATE.search(part.group("stage")) is not None
    )


def _part_of_set(s: Sentence, segment: str, mention: Mention) -> tuple[str, Draft] | None:
    """The name of a part of a set counted before in the same sentence, named by its state
    (全面完成全年目标任务的有28项), and that set."""
    part = _PART_HAS.fullmatch(segment) if is_count(mention.unit) else None
    if part is None or not _names_a_part(part):
        return None
    wholes = []
    for figure in reversed(s.figures):
        alike = figure.unit == mention.unit or {figure.unit, mention.unit} <= _ITEMS
        if not alike or figure.value is None or figure.value < mention.value:
            continue
        opens = max(s.lo - 1, *(s.text.rfind(x, s.lo, figure.start) for x in "，,；;"))
        if not _names_a_part(_PART_HAS.search(s.text, opens + 1, figure.end)):
            wholes.append(figure)  # (not a part before: 按进度实施的有27项 is not of the 28 done)
    # 82个重点项目中，已开工76个，…的有58个: the set the parts are picked from, if it says so
    fields = [f for f in wholes if _FIELD_AFTER.match(s.text, f.end)]
    if not (fields or wholes):
        return None
    the_set = (fields or wholes)[0]
    noun = _after_np(s.text, the_set.end, s.hi, the_set.unit) or the_set.indicator
    noun = _SET_VERB.sub("", _PART_WITHIN.sub("", noun.lstrip("的")))
    kind = _SET_KIND.search(noun)
    stage = _STAGE_LEAD.sub("", part.group("stage"))
    return stage + (kind.group(0) if kind and len(noun) > _LONG_SET else noun), the_set


# 完成年目标任务, 比年目标任务, 占年度计划, 低于省下达: a target the figure is measured against
_AGAINST = re.compile(
    r"(?:完成|占|比|较|低于|高于|超过|超出|相当于|未达到?|未完成)[^，；]{0,10}?(?:目标|任务|计划|指标|数)+"
)
_DONE_VERB = re.compile(r"完成|实现|(?<![将拟])执行(?!率)|已(?:经)?(?:支出|拨付)")
_ASIDE_TARGET = re.compile(
    r"[(（][^()（）]{0,8}?(?:任务|目标|计划)(?:数|任务)?(?:占比)?(?:为|是)?\s*$"
)
_TURNED = re.compile("享受|返还|申领|领取|使用|应用|参与|参加|接受|推进|开展|实施|获得")
# 65家企业获得信贷支持 (but 4858家科技型中小企业获得入库编号: what they got is no kind of them)
_HELPED_THEN_GOT = re.compile(
    r"(?P<noun>企业|单位|家庭|农户|个体工商户|人员|学校|医院|项目)"
    rf"(?P<rest>(?:{_TURNED.pattern})[\u4e00-\u9fff]{{2,}})"
)
# the kinds a set of counted things holds (企业, 行业…)
SET_KINDS = "企业|行业|项目|单位|省份|城市|乡镇|指标|任务|产品|机构|学校|医院|园区|平台"
# what a count after its number counts, when words of what they did or reached follow it
_COUNTED_HEAD = (
    rf"{SET_KINDS}|家庭|农户|个体工商户|人员|学生|工程|厂商|敬老院|断面|安置房|住房|河湖长|"
    r"人才|群众|专家|特派员|居民|村民|"
    r"街道|(?<![\u4e00-\u9fff])[省市县区](?:[(（][^()（）]{1,4}[)）])?"
)
# 4个项目基本建成, 10个省份增速回落, 3家企业入围…百强, 80所乡镇敬老院转型为…中心
_PREDICATE = (
    rf"{_TURNED.pattern}|增速(?:环比)?(?:高于|低于|超过|回落|提高|上升|下滑|加快|放缓)|"
    r"基本建成|建成|建有|入围|申租|处于|进入|列入|符合|正积极|转型为|安装|得到|办理|现场签约|"
    r"签约|部分|发放|达标|落户|入驻|上市|挂牌|获评|获批|水质|"
    # 10家企业提出申办需求, 102名特派员奔赴基层一线, 5900名群众喜迁新居: what they did
    r"提出|奔赴|深入|喜迁|迁入|搬入|入住|享受|受益|"
    # 9个项目尚未动工, 1个项目停工: those not started, or stopped
    r"(?:尚)?未(?:动工|开工|完工|竣工|建成|落地|启动)|停工|停建|缓建"
)
_PREDICATE_FIRST = re.compile(_PREDICATE)
# 课题预算执行率高于全所平均…, 街道得分低于平均分: the kind counted, then how it stood
_KIND_COMPARED = re.compile(
    rf"(?P<kind>{SET_KINDS}|课题|街道|乡镇|村|社区|县区|部门)"
    r"(?P<rest>[\u4e00-\u9fff]{0,12}?(?:高于|低于|超过|快于|慢于)[\u4e00-\u9fff]{1,16})"
)
_MOVED = re.compile("(?:增速|增幅|增长|下降).*(?:平均|水平)$|(?:正|负)增长$")
_NOUN_THEN_VERB = re.compile(
    rf"(?P<noun>[^，；、]{{0,12}}?(?:{_COUNTED_HEAD}))(?P<rest>(?:{_PREDICATE})[\u4e00-\u9fff]*)"
)
_DIFFERENCE = re.compile(r"[，,、\s]*(?:比|较|高于|低于|多于|少于|超过|超出)")
_TASKS_BEFORE = re.compile(r"(?:指标|目标)任务(?:数)?$|指标$")
_COUNTED_TASKS = re.compile(r"(?:[^，；。]{0,6}?)(?:指标|目标|重点)?任务|[^，；。]{0,6}?指标(?!值)")


# 增长11.0%（全国10.7%、全省10.1%）: the growth of the same measure in places to compare with
_WHOLE = r"全国|全省|全市|全区|全县|全州"  # the whole a county compares itself with
_PLACE = rf"{_WHOLE}|[\u4e00-\u9fff]{{1,6}}?[省市县区州]"
_PLACE_WORDS = r"(?:平均水平|平均|同期)?(?:为|是|增长|增速|增幅|下降)?"
_PLACE_RATE = rf"(?P<place>{_PLACE}){_PLACE_WORDS}\s*$"
_BENCHMARK_NEXT = re.compile(rf"[、，,；;和及]\s*{_PLACE_RATE}")
# 4894元（全国5963元、全省4881元、全市6351元）: a bracket of places, up to the place named last
_BENCHMARK_ITEM = (
    rf"(?:{_PLACE}){_PLACE_WORDS}"
    r"\s*-?[0-9][0-9.,]*[^、，,；;和及()（）0-9]{0,6}\s*[、，,；;和及]\s*"
)
_BENCHMARK_FIRST = re.compile(rf"[（(]\s*(?:{_BENCHMARK_ITEM})*{_PLACE_RATE}")


def benchmark_level(s: Sentence, mention: Mention) -> bool:
    """城镇居民人均可支配收入4894元（全国5963元、全省4881元）: the same measure in the places
    compared with, each a figure of its own; the growth after the bracket stays the first's."""
    last = s.figures[-1] if s.figures else None
    if mention.is_percent or last is None or last.value is None or last.region in _WHOLES:
        return False
    if last.unit != (mention.unit or None):
        return False
    found = _BENCHMARK_FIRST.fullmatch(s.text, last.end, mention.start)
    if found is None or found.group("place") not in _WHOLES:
        return False
    draft = context(
        s,
        Draft(last.indicator, mention.value, last.unit, mention.start, mention.end),
        mention.start,
    )
    draft.qualifier, draft.region = mention.qualifier, found.group("place")
    s.figures.insert(len(s.figures) - 1, draft)  # the figure compared stays the last
    return True


_WHOLES = frozenset(_WHOLE.split("|"))
_DIFFERENCE_THEN_PLACE = re.compile(
    rf"(?P<name>[^，；。]*?)(?:比|较)(?P<place>{_WHOLE}){p.DIFFERENCE}"
    rf"(?:约|近)?[0-9][0-9.,]*[^（(，；。0-9]{{0,6}}[（(]\s*(?P=place)(?:平均水平|平均)?(?:为|是)?\s*$"
)
_GROWTH_NAME = re.compile(rf"{p.GROWTH_WORD}$")


def place_of_difference(s: Sentence, mention: Mention, c_lo: int) -> bool:
    """收入比全市低2568元（全市为21585元）, 增幅比全市低1.5个百分点（全市为5.4%）: the level or
    the growth of the place compared with, after how far the figure is from it."""
    found = _DIFFERENCE_THEN_PLACE.search(s.text, c_lo, mention.start)
    if found is None or found.end() != mention.start:
        return False
    place, name = found.group("place"), ph.clean(found.group("name"))
    growth = mention.is_percent and (not name or bool(_GROWTH_NAME.search(name)))
    level = next((f for f in reversed(s.figures) if f.region == place), None)
    if growth and level is not None and level.yoy_growth is None:
        level.yoy_growth, level.end = mention.value, max(level.end, mention.end)
        return True
    if not name or _GROWTH_NAME.fullmatch(name):
        name = level.indicator if level is not None else s.last_indicator()
    if not name:
        return False
    if growth:
        draft = context(s, Draft(name, None, None, mention.start, mention.end), mention.start)
        draft.yoy_growth = mention.value
        s.figures.append(draft)
    else:
        draft = new_draft(s, name, mention, False, mention.start)
    draft.region = place
    return True


# 增速高出全省平均水平（7.5%）4.3个百分点, 高于营收（24.0%）: the growth compared with
_COMPARED = re.compile(
    r"(?P<verb>高于|低于|高出|快于|慢于|超过|超出|领先于?|比|[和及、])"
    r"(?P<what>[^，；。、（()）0-9%和及]{1,16}?)"
    r"(?:的)?(?:平均)?(?:增速|增幅|增长率|水平)?(?P<open>\s*[（(])?\s*$"
)
_THEN_MORE = re.compile(r"[高低快慢多少]")
_AVERAGE_PLACE = re.compile(rf"(?P<place>{_WHOLE})(?:平均)?")


def _compared_growth(s: Sentence, mention: Mention, last: Draft) -> bool:
    found = _COMPARED.search(s.text, max(s.lo, mention.start - 24), mention.start)
    if found is None:
        return False
    if found.group("open"):
        if not s.text.startswith((")", "）"), mention.end):
            return False
    elif found.group("verb") != "比" or not _THEN_MORE.match(s.text, mention.end):
        return False  # 比全市增速5.4%低1.8个百分点
    if found.group("verb") in "和及、" and (last.value is not None or last.region is None):
        return False  # 比全省平均水平（17.3%）和全国（11.4%）: the next of the compared
    what = found.group("what")
    average = _AVERAGE_PLACE.fullmatch(what)
    # 高于全省(4.9%)、金华(5.5%): a place named alone compares the same measure
    place = average.group("place") if average else (what if ph.is_place(what) else None)
    name = last.indicator if place else ph.clean(what)
    if not name:
        return False
    draft = context(s, Draft(name, None, None, mention.start, mention.end), mention.start)
    draft.yoy_growth = mention.value
    draft.region = place
    s.figures.append(draft)
    return True


_LEVELS_COMPARED = re.compile(
    r"(?:高于|低于|快于|慢于|超过|领先于?|好于)[^，,；;。()（）0-9]{0,16}(?:水平|平均|增速|增幅)\s*$"
)


# 增速高于上海(-0.7%)、北京(1.0%): a sentence that compares the growth just stated
_COMPARISON_OPENS = re.compile(
    # (累计增速高于全国(3.9%), 其他省份增速均高于全国平均水平(6.2%): a growth of a part or a
    # period of the same measure)
    rf"\s*(?:其|这一|累计|当月|本月|全年|[\u4e00-\u9fff]{{2,6}}?(?={p.GROWTH_WORD}))?"
    rf"{p.GROWTH_WORD}?(?:分别|均|也)?(?:高于|低于|快于|慢于|超过|领先于?|好于)"
    r"[^，,；;：:。()（）的]{1,12}[(（]"
)


def benchmark_growth(s: Sentence, mention: Mention) -> bool:
    if not mention.is_percent:
        return False
    last = s.figures[-1] if s.figures else None
    if last is None:
        clause = max(s.lo, *(s.text.rfind(c, s.lo, mention.start) + 1 for c in "，,；;"))
        if not ((s.previous_growth or s.topic_growth) and _COMPARISON_OPENS.match(s.text, clause)):
            return False
        # the growth of the sentence before, or of the sentence's topic (从…增速来看，…)
        named = s.topic if s.topic_growth and s.topic else s.previous
        last = Draft(named, None, None, s.lo, s.lo)
    elif last.yoy_growth is None:
        return False
    if not s.text.startswith(("%", "％"), mention.end - 1):
        return False
    found = _BENCHMARK_FIRST.fullmatch(s.text, last.end, mention.start)
    if found is None:
        # 增速17.5%，居全市第二，远远高于全国、全省、全市水平（全国6.3%、四川省8.1%…）
        opened = max(
            s.text.rfind("(", last.end, mention.start), s.text.rfind("（", last.end, mention.start)
        )
        if opened > 0 and _LEVELS_COMPARED.search(s.text, last.end, opened):
            found = _BENCHMARK_FIRST.fullmatch(s.text, opened, mention.start)
    if found is None and last.value is None and last.region:
        opened = max(s.text.rfind("(", s.lo, last.start), s.text.rfind("（", s.lo, last.start))
        closed = max(s.text.rfind(")", s.lo, last.start), s.text.rfind("）", s.lo, last.start))
        if opened > closed:  # (全国-7.0%，全省-3.9%): the next place in the same bracket
            found = _BENCHMARK_NEXT.fullmatch(s.text, last.end, mention.start)
    if found is None:
        return _compared_growth(s, mention, last)
    down = "下降" in found.group(0) and mention.value > 0
    place = found.group("place")
    level = next(
        (
            f
            for f in s.figures
            if f.region == place and f.indicator == last.indicator and f.yoy_growth is None
        ),
        None,
    )
    if level is not None:  # （全国5963元…），同比增长16.8%（全国7.1%…）: the place's own level
        level.yoy_growth = -mention.value if down else mention.value
        return True
    draft = context(s, Draft(last.indicator, None, None, mention.start, mention.end), mention.start)
    draft.yoy_growth = -mention.value if down else mention.value
    draft.region = place
    s.figures.append(draft)
    return True


@lru_cache(maxsize=16384)
def _target_words(segment: str) -> tuple[bool, bool]:
    """(a plan's words, a target the figure is measured against) in the words before a
    number."""
    if not p.TARGET_MARK.search(segment) or _ALREADY_DONE.search(segment):
        # 905个计划建设项目已开复工725个: what was done of the plan is no plan
        return False, False
    marks = [m.span() for m in p.TARGET_MARK.finditer(segment)]
    states = [m.span() for m in _DONE_OF_PLAN.finditer(segment)]
    if states:
        marks = [m for m in marks if not any(lo <= m[0] < hi for lo, hi in states)]
        if not marks:
            return False, False
    covered = [m.span() for m in _AGAINST.finditer(segment)]
    done = _DONE_TASK.search(segment)
    if done:
        # 全省共完成农村改厕任务491441户: what was done of the task, not the task
        marks = [m for m in marks if m[0] < done.start()]
        covered = [m for m in covered if m[0] < done.start()]
    free = [m for m in marks if not any(lo <= m[0] and m[1] <= hi for lo, hi in covered)]
    return bool(free), bool(covered) and not free


# 32个计划新上项目有28个已开工: the part of the set just counted, named by its stage after it
_HAS_PART = re.compile(r"[，,\s]*(?:其中)?(?:中有|有|中[，,]?)\s*")
_STAGE_AFTER = re.compile(
    rf"[个项家]?(?:已经?|均已|已全部)(?P<stage>{ph.STAGES})(?![\u4e00-\u9fff]*项目)"
)


def _part_staged(s: Sentence, segment: str, mention: Mention) -> bool:
    """The part of the set counted just before that reached the stage named after the count
    (32个计划新上项目有28个已开工): named by the stage and the set, with the set as target."""
    stage = _STAGE_AFTER.match(s.text, mention.end, s.hi)
    whole = s.figures[-1] if s.figures else None
    if stage is None or whole is None:
        return False
    # the words after the set's count may have named it: 32个计划新上项目中有
    noun = whole.indicator.removesuffix("有").removesuffix("中")
    rest = segment.strip().removeprefix(noun)
    size = whole.value if whole.value is not None else whole.target
    if not _HAS_PART.fullmatch(rest) or size is None or whole.unit != mention.unit:
        return False
    if not mention.value <= size:
        return False
    whole.indicator = noun
    name = stage.group("stage") + ph.PLANNED_SET.sub("", noun)
    part = new_draft(s, name, mention, False, mention.start)
    part.end = s.named_to = stage.end()  # (…2个已完工、7个在建: the next count's words)
    if whole.value is None:  # 计划新上项目32个，其中有28个已开工: the plan is the target
        part.target = size
        s.figures.remove(whole)
    return True


_DONE_AFTER = re.compile(r"[，,]\s*(?:实际|累计|已经?|共)?完成")
_ONLY_TASKS = re.compile(r"(?:(?!计划|目标|将|力争|预计)[^，；])*任务\s*")
_INVESTMENT_PLANNED = re.compile(r"计划(?:总)?投资(?:总)?额?(?:达到?|为|约)?")
# 项目预计总投资2亿元，规划占地20972.9平方米，总建筑面积约1.2万平方米: the size of a project
# (a year's plan, 年度总投资, stays a target)
_PROJECT_SIZE = re.compile(
    r"(?<!年度)(?<!今年)(?<!全年)(?<!本年)(?P<estimated>预计)?(?:计划|规划)?"
    r"(?:总投资|投资总额|总建筑面积|建筑面积|(?:规划)?占地面积|规划占地)$"
)
# every size _PROJECT_SIZE finds says one of these words (a pattern that opens with
# look-behinds is tried at every position)
_SIZE_WORD = re.compile("投资|面积|占地")
# 得到解决或计划逐步解决的: how proposals stand (solved, or to be solved in steps); 计划经费
# 执行数, 计画执行金额: what was spent of a programme's funds
_DONE_OF_PLAN = re.compile(
    r"(?:解决|落实|采纳|办理)或计划(?:逐步|分步|分年|分期)?(?:解决|落实|采纳|办理)"
    r"|计[划画][\u4e00-\u9fff]{0,8}?(?:执行数|执行额|执行金额|决算数|实际数|实支数)"
)
_ALREADY_DONE = re.compile(rf"(?:已(?:经)?|实际)(?:全部)?(?:{ph.STAGES}|完成)[^，；。0-9]{{0,8}}$")
_DONE_TASK = re.compile(
    r"(?<![将要争力拟计])(?:共|累计|已经|已)?完成了?[^，；。0-9]{0,12}?(?<!下达)(?<!分配)任务\s*$"
)


_DONE = re.compile(r"(?:已|已经)?完成[，、\s]*$")
_TASKS = re.compile(r"(?:重点|主要)?(?:任务|指标|项目|事项)$")
_LEVEL_ONLY = re.compile(r"(?:国家|省|市|县|区)级(?:及?以上)?")
_TOTAL_ONLY = re.compile(r"总量|总数|数量|存量|累计数")
_WITHIN_TARGET = re.compile(r"(?:的)?(?:控制)?目标(?:以内|之内|内)")
_TOTAL_SHARE = re.compile(r"^(?:总量|总额|总规模)(?=占..)")
_TOTAL_END = re.compile(r"(?<=..)(?:总量|总规模)$")
_SHARE_ONLY = re.compile(r"占(?:比|全[市省县区国])?|比重|占比为")


_CUMULATIVE_CLAUSE = re.compile(
    r"[，、\s]*(?:(?:累计|共计|合计)(?:已经|已)?(?:达到|达|为|是|突破|超过|增至|增加到)?"
    r"|(?:已经|已)?(?:达到|达|增至|增加到))\s*"  # (新增19家，达252家: the total after)
)
_ADDED = re.compile(r"(?:新增|净增|新认定|新建|新获批)(?=..)")
_TOTAL_CLAUSE = re.compile(
    r"[，、\s]*(?:总量|总数|存量)(?:已经|已)?(?:达到|达|为|是|突破|超过|增至|增加到)?\s*"
)
# 增长12.6%，总量达92.9亿元; 增长12.6%达92.9亿元, 增长8.2倍至828.2万: the level that grew
_LEVEL_REACHED = re.compile(
    rf"{_TOTAL_CLAUSE.pattern}|[，、\s]*(?:已经|已)?(?:达到|达|增至|增加到|升至|上升至|至)\s*"
)


def _whole_before(s: Sentence, owner: Draft) -> str | None:
    """占“四上”企业总量: the whole of the last share in the sentence of a figure like ``owner``
    (a share of the same kind of level)."""
    figures = s.figures[:-1] if s.figures and s.figures[-1] is owner else s.figures
    for index in range(len(figures) - 1, 0, -1):
        share = figures[index]
        if share.unit == "%" and "占" in share.indicator:
            level = figures[index - 1]
            return "占" + share.indicator.split("占", 1)[1] if level.unit == owner.unit else None
    return None


# 在规上工业增加值中， (or 出口总值中，): the whole the shares after it are of
_AMONG_WHOLE = re.compile(
    r"(?<![^，,：:；;。\s])在?(?P<whole>(?!其)(?![^，,；;。]*?[0-9]+[个家项所户名])[^，,；;。：:\n]{2,24}?)"
    r"中[，,]"
)


def _whole_among(s: Sentence, before: int) -> str:
    """在今年7月的零售业总销货价值中，网上销售占8.7%: what the shares of the sentence are of."""
    found = s.latest(list(_AMONG_WHOLE.finditer(s.text, s.lo, before)), before)
    if found is None:
        return ""
    whole = found.group("whole")
    when = s.latest(s.periods, found.end("whole"))
    if when is not None and when.start() >= found.start("whole"):
        whole = s.text[when.end() : found.end("whole")]  # (a heading run into the sentence)
    return ph.clean(whole)


_INCLUDED_OPEN = re.compile(r"[(（](?:含|包含|包括|其中)[^()（）]*$")
_ASIDE_CLOSED = re.compile("[)）]")


def _elided(s: Sentence, name: str, mention: Mention, segment: str) -> str:
    """Names that leave out the noun of the figure before (其中，国家级12家; 总量达到…;
    约占四成) get it back."""
    owner = s.figures[-1] if s.figures else None
    listed = _NEXT_WHOLE.fullmatch(segment) if owner and mention.is_percent else None
    share = _SHARE_OF_PLACE.search(name) if listed else None
    if (
        listed
        and share
        and all(
            _WHOLE_AREA.fullmatch(w) or ph.is_place(w) for w in (listed["whole"], share["whole"])
        )
    ):
        # 占全省47%、全国10.6%: the share of the next whole listed (not a region of the first)
        return name[: share.start("whole")] + listed.group("whole") + (share.group("rest") or "")
    if owner and len(s.figures) > 1 and (mention.unit == "成" or mention.is_percent):
        # 项目54个(含4个省重大项目)，占比39.1%: the share is of the figure before the aside
        aside = _INCLUDED_OPEN.search(s.text, s.figures[-2].end, owner.start)
        if aside and _ASIDE_CLOSED.search(s.text, owner.end, mention.start):
            owner = s.figures[-2]
    before = owner.indicator if owner else s.previous
    if owner and (mention.unit == "成" or mention.is_percent):
        # 高技术制造业增加值同比下降14.5%，总量占全区规上工业增加值65.7%: of the figure before
        name = _TOTAL_SHARE.sub("", name)
    if name.endswith("占") and len(name) > 1 and is_count(mention.unit):
        name = name[:-1]  # 322间公司…，内地占150间: the part named, of the set before
    if name.endswith("占") and (mention.unit == "成" or mention.is_percent):
        if name == "占" and owner and owner.value is not None and owner.unit not in ("%", "成"):
            # 农业产值11.4亿元，占51.1%; 建筑业106户，占17.2% after 规上工业184户，占“四上”
            # 企业总量的29.8%: of the whole the share before was of
            return before + (_whole_before(s, owner) or "占比")
        among = _whole_among(s, mention.start)
        if among:
            return name + among + "比重"  # 在规上工业增加值中，制造业增加值占90.6%
        return name + "比"  # 大学生创业者占35%
    if name.startswith("占") and owner and owner.unit == "%" and "占" in owner.indicator:
        # 占全市投资比重为25.3%，占全市工业投资比重为75.6%: both shares are of one subject
        subject = owner.indicator.split("占")[0]
        said = next((f for f in reversed(s.figures) if f.indicator == subject), None)
        if said is None and subject:
            return subject + name  # PCT国际专利申请量占全市41%，占全省36%: one subject, no level
        owner = said or owner
        before = owner.indicator
    if (
        name.startswith("占")
        and len(name) > 2
        and owner
        # 技改投资同比增长46.2%，占全市投资比重为25.3%: a growth names its subject too
        and (owner.value is not None or owner.yoy_growth is not None)
        and owner.unit not in ("%", "成")
        and (mention.unit == "成" or mention.is_percent)
    ):
        # 高新技术产业产值69.8亿元，占规模以上工业总产值的比重达到19.4%; R&D经费支出总量为
        # 159.8亿元，占…: the share is of the measure, not of its total
        return _TOTAL_END.sub("", before) + name
    projects = _project_set(s, mention.start) if ph.MEASURE.fullmatch(name) else None
    if projects and not is_count(mention.unit):
        # 市管在建项目29个，完成投资42.3亿元; 实施项目27个，当年竣工投产10个，完成投资3.2亿元
        return projects + name
    if _INVESTMENT.fullmatch(name) and not is_count(mention.unit):
        topic = _projects_named(s.text, s.lo, mention.start)
        if topic:
            return topic + name  # 顺德区重点项目建设进展最快，一季度完成投资109.01亿元
    noun = ph.head_noun(before) if before else ""
    if not noun or noun.endswith("率"):
        return name  # 开工128个，开工率98%，建成44个: a rate names nothing counted
    if mention.unit == "成" and name == before and not (owner and owner.unit == "成"):
        # 有研发机构的企业达到248家，约占四成 (江苏省过七成，山东省近七成: one measure)
        return noun + "占比"
    if _LEVEL_ONLY.fullmatch(name):
        return name + noun
    if _TOTAL_ONLY.fullmatch(name):
        return noun + name
    added = _ADDED.match(before)
    total = _TOTAL_CLAUSE.fullmatch(segment)
    if total and name == before:
        # 新增规上工业企业46家，总数达到418家; 新增国家级专精特新企业15家，总数达到61家
        return before[added.end() :] if added else noun + "总数"
    if ph.BARE_VERB.fullmatch(name) and name != before:
        carried = s.previous_figure if owner is None else None
        if carried and not compatible(carried.unit, mention.unit):
            # 新增市场主体1.2万户。累计培训3.6万人次: the sentence before counted other things
            return name
        if name in noun:
            return noun  # 发明专利授权量684件，西溪县仅授权9件: the noun says the verb
        if not ph.CONTENT_VERB.match(name):
            return noun + name  # 高新技术企业总数突破2 100家，净增近三百家
        # 省级中心34家，其中今年新增8家: of the figure before; 今年新增6家: of the noun
        whole = before[added.end() :] if added else before
        # 东胜区实施项目10项(新建2项: the place's set, named place first
        place, borrowed = ph.split_place(whole if "其中" in segment else noun)
        return (place or "") + name + (ph.SET_VERB.sub("", borrowed) if place else borrowed)
    if added and name == before and _CUMULATIVE_CLAUSE.fullmatch(segment):
        return before[added.end() :]  # 新增认证企业18家，累计达到96家
    if (mention.unit == "成" or mention.is_percent) and _SHARE_ONLY.fullmatch(name):
        return noun + ("占比" if name in ("占", "占比", "比重", "占比为") else name)
    return name


_LIST_NEXT = re.compile(r"^\s*、")
_SHARE_OF_PLACE = re.compile(r"占(?P<whole>[^占]{2,8}?)(?P<rest>的?(?:比重|比例))?$")
_WHOLE_AREA = re.compile("全[国省市区县州]")
_NEXT_WHOLE = re.compile(r"\s*、\s*(?P<whole>[^、，。；0-9]{2,8}?)\s*")
# 新增高新技术企业35家、总数达到418家: a total or a level is no second item of the list
_NOT_ITEM = re.compile(r"总数|总量|累计|占|比重|其中")


_ALREADY = re.compile("已经?")


def _listed_verb(s: Sentence, name: str, mention: Mention, segment: str, is_target: bool) -> str:
    """培训失业人员2.86万人、企业技术工人1.8万人: the verb of the list's first item is shared
    by the items after it (培训企业技术工人), as 今年将培育A 20家，B 67家 shares 培育."""
    last = s.figures[-1] if s.figures else None
    if is_target or last is None or last.value is None or mention.unit is None:
        return name
    if not _LIST_NEXT.match(segment) or last.unit != mention.unit:
        return name
    if ph.CONTENT_VERB.search(segment) or _OWN_VERB.search(segment):
        return name
    verb = ph.leading_content_verb(last.indicator)
    if verb is None or name.startswith(verb) or _NOT_ITEM.search(name) or ph.is_place(name):
        return name
    number = p.DIGIT.search(s.text, last.start, last.end)
    said = s.text[max(s.lo, last.start - _VERB_REACH) : number.start() if number else last.end]
    if verb not in said:
        return name  # 12个新建项目、30个续建项目: the count said first, its noun no verb
    return verb + name


_VERB_REACH = 24


_INVESTMENT = re.compile(r"(?:总|实际)?投资(?:额|总额)?")
_PROJECTS_REACH = 40
_BREAKS = "，。；：、"


def _projects_named(text: str, lo: int, hi: int) -> str:
    """The projects a bare 完成投资 is of, named earlier in the sentence and in no figure
    (顺德区重点项目建设进展最快，一季度完成投资…; 重大产业项目天龙纺织工业园项目，已完成投资…)."""
    window = text[max(lo, hi - _PROJECTS_REACH) : hi]
    at = window.rfind("项目")
    if at < 0:
        return ""
    tail = window[at + 2 :]
    head, _, rest = tail.partition("，")
    if any(c.isdigit() for c in head) or any(c in _BREAKS for c in head + rest):
        return ""  # 项目12个，完成投资: a count names its own set; 。；: another sentence part
    start = max(window.rfind(c, 0, at) for c in _BREAKS) + 1
    before = window.rfind("项目", 0, at)
    if before >= 0:
        start = max(start, before + 2)  # 重大产业项目天龙纺织工业园项目: the last named
    name = ph.clean(window[start : at + 2])
    return name if name.endswith("项目") and 2 < len(name) <= 12 else ""


def _project_set(s: Sentence, at: int) -> str | None:
    """The set of projects the counts just before are about, if they are: the last, or the
    first of them after an aside or a ；that listed parts (重点项目72宗(其中，投产项目5宗，…
    新开工项目39宗)，总投资2499亿元: the whole, not its last part)."""
    found = None
    for figure in reversed(s.figures):
        if not is_count(figure.unit):
            break
        if figure.indicator.endswith("项目"):
            found = figure
            if found is s.figures[-1] and not _PARTS_CLOSED.search(s.text, found.end, at):
                break  # 新谋划重点项目630个、总投资1280亿元: of the count right before
    if found is None:
        return None
    rest = ph.SET_VERB.sub("", found.indicator)
    return rest if len(rest) > 2 else found.indicator  # 实施项目 stays


_PARTS_CLOSED = re.compile("[)）；]")
_EACH = re.compile(r"均|都|分别|各(?!类|项|种|级)")


# 东城区、西湖区各2家, 广东省、江苏省均为13个: said of each place, just before the value
_EACH_VERB = re.compile(rf"各(?P<verb>{ph.CONTENT_VERB.pattern})\s*$")
_SAID_OF_EACH = r"(?:均|都|各)(?:为|是|有|达到?)?\s*$"
_EACH_BEFORE = re.compile(_SAID_OF_EACH)
# 城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗覆盖率均达到95%以上
_EACH_RATE = re.compile(rf"(?P<rate>[\u4e00-\u9fff]{{2}}率){_SAID_OF_EACH}")


def _each_rate(s: Sentence, name: str, mention: Mention, is_target: bool, segment: str) -> bool:
    """A、B和C覆盖率均达到95%以上: one rate for each item listed, named by the rate they
    share (places are _each_place's)."""
    each = _EACH_RATE.search(segment) if "率" in segment else None
    if each is None or not ph.LIST_SEP.search(name) or not name.endswith(each.group("rate")):
        return False
    items = ph.split_list(name[: -len(each.group("rate"))])
    if len(items) < 2 or any(
        len(item) < 2 or ph.is_place(item) or item.endswith(("率", "比例", "比重"))
        for item in items
    ):
        return False  # (办复率、面商率均为100%: each is named already)
    for item in items:
        new_draft(s, item + each.group("rate"), mention, is_target, mention.start)
    return True


def _each_place(s: Sentence, name: str, mention: Mention, is_target: bool, segment: str) -> bool:
    """北湖区、资兴市、桂阳县地区生产总值过100亿元: one figure for each place, when the value
    is a bound each passed or is said of each (均, 都, 各); 广东、江苏、浙江进出口34.11万亿元 is
    their total."""
    # 恩阳区和通江县各新增7户: the places, then what each did (clean puts the verb first)
    # (the verb first: clean put it before the places, 新增南浦区和西岭区各)
    verb = _EACH_VERB.search(segment)
    shared = ph.places_sharing(ph.clean(segment[: verb.start()])) if verb else None
    if shared is None:
        verb, shared = None, ph.places_sharing(name)
    if shared is None:
        return False
    places, noun = shared
    noun = noun or (verb.group("verb") if verb else "")
    # (崂山区、平度市的开工率达到100%: a rate is no total; each place had it)
    each = bool(
        verb
        or _EACH.search(name)
        or _EACH_BEFORE.search(segment)
        or (mention.is_percent and noun.endswith("率"))
    )
    if not noun:
        # 长丰突破600亿元，天长和无为突破500亿元: places alone, each past a bound (or said of
        # each), are measured as the figure before them
        bound = mention.qualifier in (">", "<") or each
        if not bound or s.text.startswith((")", "）"), mention.end):
            return False
        # (…，占比均在20%以上；湖北、湖南各4个: the last figure counted so)
        alike = _last_alike(s, mention.unit)
        noun = alike.indicator if alike else ""
    if mention.qualifier not in (">", "<") and not each:
        draft = new_draft(s, noun, mention, is_target, mention.start)
        draft.region = "、".join(places)  # their total
        return True
    # 荆门、黄冈、神农架、天门四个市州完成率达到了200%以上: each place's rate of the figure before
    rate = mention.is_percent and _RATE_NAME.fullmatch(noun) and s.figures
    for place in places:
        draft = new_draft(
            s, s.figures[-1].indicator if rate else noun, mention, is_target, mention.start
        )
        draft.region = place
        if rate:
            draft.as_rate()
    return True


# 前五位是：合肥（142.5亿元）、安庆（48亿元）…; 排名前五位的区是滨海新区（1798家）、武清区
# （369家）: each item of the list is a place (or unit) and the value in brackets its figure
_BRACKET_ITEM = re.compile(
    r"(?P<lead>.*?)(?P<sep>[、，：:是为和及除]|的有|(?<=[市县区州镇份])有|^)\s*(?:其中|包括)?(?P<item>(?!分别|依次|除)(?:(?!的有)[\u4e00-\u9fff]){2,8})\s*[（(]\s*$"
)
_RANKED_LEAD = re.compile(rf"{ph.RANK}|(?:依次|分别)(?:是|为)")


def _bracketed_item(s: Sentence, segment: str, mention: Mention, c_lo: int) -> bool:
    if not s.text.startswith(("）", ")"), mention.end):
        return False
    segment = segment.lstrip(")）")
    if _compared_place(s, segment, mention) or _growth_of_part_compared(s, segment, mention):
        return True
    found = _BRACKET_ITEM.fullmatch(segment)
    if found is None:
        return False
    item, lead = found.group("item"), found.group("lead")
    if not lead.strip() and s.clauses and s.text[c_lo - 1 : c_lo] in ("：", ":"):
        lead = s.text[s.clauses[-1][0] : c_lo]  # 前五位是：合肥（142.5亿元）
    last = s.figures[-1] if s.figures else None
    last_growth = last is not None and last.value is None and last.yoy_growth is not None
    continued = (
        not lead.strip()
        and segment.lstrip().startswith(("、", "和", "及"))
        and last is not None
        and (last.region is not None or last_growth)
        and s.text[last.end - 1 : last.end] in ("）", ")")
        and (compatible(last.unit, mention.unit) or (mention.is_percent and last_growth))
    )
    growth = False
    growing = None
    if continued and last is not None:
        name, growth = last.indicator, last_growth
        if last.region is None:
            # 正增长的有烟草(0.2%)、电力(26.8%): each part of the same measure
            name, item = item + _measure_tail(name), ""
    elif mention.is_percent and (
        _GROWTH_STATE.fullmatch(lead.strip("，、；：:, "))
        or (growing := _PLACES_GROWING.fullmatch(lead.strip("，、；：:, ")))
    ):
        # 正增长的有大埔县(338.6%)、蕉岭县(74.3%): the growths of the measure just read, by
        # place; 正增长的有烟草(0.2%)、电力(26.8%): by part, of the same measure; 6个县(市、区)
        # 工业投资呈正增长：连南县(372.79%): of the measure named with the places
        growth = True
        levels = (f for f in reversed(s.figures) if f.value is not None and f.unit != "%")
        measure = next((f.indicator for f in levels if not is_count(f.unit)), s.previous)
        if growing and ph.clean(growing.group("measure")):
            measure = ph.clean(growing.group("measure"))
        measure = measure.split("占")[0]  # 增加值占规上工业比重: the share's measure
        if ph.is_place(item):
            name = measure
        else:
            name, item = item + _measure_tail(measure), ""
    elif (
        mention.is_percent
        and not _RANKED_LEAD.search(lead + found.group("sep"))
        and (after := _GROWING_AFTER_ITEMS.match(s.text, mention.end))
    ):
        # 化学纤维制造业(3049.0%)、汽车制造业(1156.0%)投资保持高位增长; 除呼伦贝尔(-8.5%)投资
        # 下滑外: the growths of the measure named after the list (else of the sentence's)
        growth = True
        measure = ph.clean(after.group("measure")) or s.topic or s.previous
        if ph.is_place(item):
            name = measure
        else:
            # 石油煤炭及其它燃料加工业(88.6%): the whole item, not what follows its 及
            whole = _LIST_BREAK.split(segment.rstrip("（( "))[-1].lstrip()
            name, item = _NOT_ITEM_LEAD.sub("", whole) + _measure_tail(measure), ""
    elif (
        mention.is_percent
        and last is not None
        and is_count(last.unit)
        and ph.is_place(item)
        and not ph.clean(ph.RANK_WORDS.sub("", lead))
        and (measure := counted_measure(last))
    ):
        # 2个市州工业投资负增长，分别为酒泉市(-8.7%): the growths of the measure the places
        # were just counted by
        name, growth = measure, True
    elif (
        _RANKED_LEAD.search(lead + found.group("sep"))
        or (ph.is_place(item) and not ph.clean(lead))
        or (ph.is_place(item) and _PLACES_KIND.search(ph.clean(lead)))
    ):
        # 排前五位的均为西部省份，分别是西藏(33.3%): the ranking is the clause before
        name = ph.clean(ph.RANK_WORDS.sub("", lead))
        after = _MEASURE_AFTER_ITEMS.match(s.text, mention.end) if not name else None
        if after and ph.clean(after.group("measure")):
            # 西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…: the measure after them
            name = ph.clean(after.group("measure"))
            growth = mention.is_percent and bool(after.group("growth"))
        name = name or ph.ranked_measure(s.text, s.lo, mention.start)
        kind = _PLACES_KIND.search(name)
        if kind:
            # 高于全国平均增速的地市分别是：南阳(6.3%)…; GDP在1000至2000亿元的有5座城市：扬州
            # (1789亿元): the lead says which places, the measure is what they were sorted by
            growth = mention.is_percent and bool(_GROWTH_MEASURE.search(name))
            name = _measure_of_places(s, name[: kind.start()], mention, growth)
        name = name or s.topic or s.last_indicator()  # may be none: 前三位是：合肥（142.5亿元）
    elif ph.is_place(item) and (judged := _JUDGED_LEAD.fullmatch(lead.strip("，、；：:, "))):
        # 处理率偏低的是城南街道(86.36%); 改造进度较快、竣工率较高的市县有东方市(100%): the
        # last measure judged
        name = ph.clean(judged.group("measure").split("、")[-1])
    else:
        return False
    draft = new_draft(s, name, mention, False, mention.start)
    draft.region = item or None
    draft.end = max(draft.end, mention.end + 1)
    if growth:
        draft.as_growth()
    elif mention.is_percent and _RATE_NAME.search(name):
        draft.as_rate()
    return True


# 拥有国家级企业技术中心49个，在中部地区低于河南(88个)、安徽(76个): the places compared with,
# each with its own figure of the measure just read
_COMPARED_WITH = re.compile(
    r".*?(?:[低高]于|少于|多于|次于|落后于|领先于|不及|超过)(?P<place>[\u4e00-\u9fff]{2,8})\s*[（(]\s*$"
)


def _compared_place(s: Sentence, segment: str, mention: Mention) -> bool:
    found = _COMPARED_WITH.fullmatch(segment)
    last = s.figures[-1] if s.figures else None
    if (
        found is None
        or last is None
        or last.value is None
        or last.region is not None
        or not ph.is_place(found.group("place"))
        or not compatible(last.unit, mention.unit)
    ):
        return False
    draft = new_draft(s, last.indicator, mention, False, mention.start)
    draft.region = found.group("place")
    draft.end = max(draft.end, mention.end + 1)
    return True


# 重工业增加值增速(8.7%)快于轻工业(4.7%), …快于大型(3.6%)和中型企业(4.7%): the growth of
# the same measure in the part compared with
_FASTER_THAN = re.compile(
    r"(?:.*?(?:快于|慢于)|\s*(?P<next>[和、及与]))(?P<other>[\u4e00-\u9fff]{2,8})\s*[（(]\s*$"
)


def _growth_of_part_compared(s: Sentence, segment: str, mention: Mention) -> bool:
    last = s.figures[-1] if s.figures else None
    if not mention.is_percent or last is None or last.region is not None:
        return False
    # (the growth before, read as a level named by its growth word until the clause ends)
    said = _GROWTH_NAME.search(last.indicator) if last.unit == "%" else None
    if said is None and (last.value is not None or last.yoy_growth is None):
        return False
    if last.completion_rate is not None or last.target is not None:
        return False
    found = _FASTER_THAN.fullmatch(segment)
    measure = ph.MEASURE.search(last.indicator) if found else None
    if found is None or measure is None or ph.is_place(found.group("other")):
        return False
    if found.group("next") and not s.text.startswith((")", "）"), last.end - 1):
        return False  # (…快于大型(3.6%)和中型企业(: the next part compared with, right after)
    name = found.group("other") + measure.group(0) + (said.group(0) if said else "")
    draft = new_draft(s, name, mention, False, mention.start)
    draft.end = max(draft.end, mention.end + 1)
    if said is None:
        draft.as_growth()
    return True


def _items_after(longest: int) -> str:
    """)、灵武市(8.2%)、…: the close of a bracketed item, then the next items with theirs."""
    return rf"[)）](?:[、和及与][^，。；、()（）]{{2,{longest}}}[(（][^()（）]{{1,12}}[)）])*"


_MEASURE_AFTER_ITEMS = re.compile(
    _items_after(8)
    # (临汾(36.1亿)、晋中(32.42亿)五地财政收入在1-2月均在三十亿级别: the places counted, then
    # the measure, then when)
    + r"(?:[0-9一二三四五六七八九十两]+个?[地市县区])?"
    r"(?P<measure>[^，。；、()（）0-9]{2,16}?)(?P<growth>增速|增幅|增长率|增长)?"
    r"(?:在[0-9\-—至一二三四五六七八九十月份年季度上下半前]{2,10})?(?:分别|均|都|依次)"
)


_GROWING_AFTER_ITEMS = re.compile(
    _items_after(16)
    + r"(?P<measure>[^，。；、()（）0-9%的]{0,10}?)(?:均|都|分别|依次)?(?:实现|保持|呈|出现)?"
    r"(?:高位|较快|快速|平稳|大幅|明显)?(?:增长|下滑|下降|回落|增速|增幅)"
)


_LIST_BREAK = re.compile(r"[、，,；;：:）)]")
_NOT_ITEM_LEAD = re.compile(r"^(?:除|其中|包括)")


def _measure_tail(name: str) -> str:
    """五大支柱产业增加值 → 增加值: the measure a name ends with, if any."""
    tail = ph.MEASURE.search(name)
    return tail.group(0) if tail and tail.end() == len(name) else ""


_RATE_NAME = re.compile(r"完成率|完成进度")
# (8个市州工业投资增幅超过全省平均水平: places counted by how their growth stood to the average)
_PLACES_STATE = re.compile(
    rf"(?P<kind>{_ANY_PLACES})的?(?P<measure>[\u4e00-\u9fff]{{0,12}}?)(?:均|都)?(?:呈|为|实现)?"
    rf"(?P<state>正增长|负增长|(?:两位数|个位数)?增长|下降|持平|{p.ABOVE_AVERAGE})(?=[，,；;。：:]|$)"
)
_PLACES_GROWING = re.compile(
    rf".*?[0-9一二三四五六七八九十]+个{_ANY_PLACES}(?P<measure>[^，；：:]{{0,12}}?)"
    r"(?:均|都)?(?:呈|为|实现|保持)?(?:正|负)?增长(?:的有|的是)?"
)
_GROWTH_STATE = re.compile(r"(?:正|负)增长|增速(?:高于|低于|超过)\w{0,8}?(?:平均水平|平均|水平)?")
_PLACES_KIND = re.compile(rf"的?(?:有|是)?(?:[0-9一二三四五六七八九十]+[个座])?{_ANY_PLACES}$")
_SORTED_BY = re.compile(
    rf"^(?P<measure>.+?)(?:{p.GROWTH_WORD}|增长)?(?:在|超过|突破|达到|高于|低于|快于|慢于|居|过(?=[0-9一二三四五六七八九十百千万亿])"
    # 问题上报率较低的镇街是蒲岐镇(20.12%): how the places stood by the measure
    rf"|{p.STANDING}$)"
)


_JUDGED_LEAD = re.compile(
    rf"(?P<measure>[^，；：:]{{2,16}}?){p.JUDGED_DEGREE}的(?:{_ANY_PLACES})?(?:是|有)?"
)
_WITHIN = re.compile(r"^[省市县区]内")
_COUNTED_PLACES_END = re.compile(rf"的(?:还|共|则)?有[0-9一二三四五六七八九十两]+个?{_ANY_PLACES}$")
_KIND_FIRST = re.compile(rf"^{_ANY_PLACES}")


def _measure_of_counted(s: Sentence, mention: Mention) -> str:
    """The measure a count of places just before was counted by (市州实际使用外资过亿美元)."""
    last = s.figures[-1] if s.figures else None
    if last is None or not is_count(last.unit) or is_count(mention.unit):
        return ""
    kind = _KIND_FIRST.match(last.indicator)
    sorted_by = _SORTED_BY.match(last.indicator[kind.end() :]) if kind else None
    return ph.clean(sorted_by.group("measure")) if sorted_by else ""


def _measure_of_places(s: Sentence, lead: str, mention: Mention, growth: bool) -> str:
    """What places a lead describes were measured by: named in the lead, else the last figure
    before whose unit is the value's."""
    sorted_by = _SORTED_BY.match(lead)
    measure = ph.clean(_WITHIN.sub("", sorted_by.group("measure"))) if sorted_by else ""
    if measure and not ph.is_place(measure) and not _GROWTH_MEASURE.fullmatch(measure):
        return measure
    for figure in reversed(s.figures):
        if (
            figure.value is not None
            and (growth or compatible(figure.unit, mention.unit))
            and (not is_count(figure.unit) or is_count(mention.unit))
        ):
            return figure.indicator
    return s.previous


_SHORT_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*")

# 淮安市以7.0%的增长率领先全省，宿迁市和扬州市则分别以6.6%和6.2%的增速位居其后; 南京和无锡
# 分别以4718.70亿元和3789.21亿元位列第二、第三: places, then the values they stand by
_BY = r"(?:则|也|均|都|更是|更)?(?:分别|依次)?以\s*$"  # the words before the values
_BY_MEANS = re.compile(
    r"[，、\s]*(?:其中[，,]?)?(?P<places>[^，；：:、和及与]{2,8}?(?:[、和及与][^，；：:、和及与]{2,8}?)*)"
    + _BY
)
_STANDS = (
    r"位居|位列|排名|排在|排|居|领先|高居|傲视|名列|稳居|跃居|紧随|雄踞|领跑|夺得|拔得|列|成为"
    r"|继续|保持|进入|仍|依然|再次|首次"
)
_MEANS_AFTER = re.compile(
    rf"(?:[、和及与][^，；。]*?)?(?:的(?P<measure>[^，；。]{{1,12}}?))?\s*(?={_STANDS}|[，；。]|$)"
)
_GROWTH_MEASURE = re.compile(rf"(?:同比)?(?:{p.GROWTH_WORD}|增长)")
_MEANS_AGAIN = re.compile(r"[，、\s]*(?:以及|及|和|并)\s*$")  # the same places again
_MEANS_ONLY = re.compile(r"[，、\s]*" + _BY)  # the places in the clause before
# the last character, before any space, of a segment _MEANS_ONLY, _BY_MEANS or _MEANS_AGAIN
# matches in full
_MEANS_LAST = ("以", "及", "和", "并")


def by_means(s: Sentence, group: list[Mention], segment: str) -> bool:
    """Places, then the values they stand by (以…): one figure for each place, named by what
    follows (的GDP总量, 的增速) or by what the sentence is about."""
    if segment.rstrip()[-1:] not in _MEANS_LAST:
        return False  # (the words before the values end with 以 or, said again, with 及)
    if _MEANS_ONLY.fullmatch(segment):
        if not s.clauses:
            return False
        # 零陵区与道县，分别以201.24亿和195.84亿的GDP: the places in the clause before
        lo, hi = s.clauses[-1]
        found = _BY_MEANS.fullmatch(s.text[lo:hi].rstrip("，, ") + "以")
        if found is None:
            return False
    elif _MEANS_AGAIN.fullmatch(segment) and places_just_read(s, len(group)):
        # 分别以9.0%和9.3%的本月同比增长率，以及9.3%和9.7%的累计同比增长率: the same places
        found = None
    else:
        found = _BY_MEANS.fullmatch(segment)
        if found is None:
            return False
    if found is None:
        places = [str(f.region) for f in s.figures[-len(group) :]]
    else:
        places = [ph.clean(x) for x in ph.LIST_SEP.split(found.group("places"))]
    if len(places) != len(group) or not all(ph.is_place(x) for x in places):
        return False
    means = _MEANS_AFTER.match(s.text, group[-1].end, s.hi)
    measure = ph.clean(means.group("measure") or "") if means else ""
    growth = group[0].is_percent and (
        bool(_GROWTH_MEASURE.fullmatch(measure))
        or (not measure and bool(_GROWTH_MEASURE.search(s.text, s.lo, group[0].start)))
    )
    # what they are ranked by, else what the sentence is about (none may be named: 以7.0%的
    # 增长率领先全省 in a report whose measure is in its title)
    name = measure if measure and not growth else s.last_indicator()
    topic = _RANKING_TOPIC.search(s.text, s.lo, group[0].start) if measure and not growth else None
    ranked = ph.clean(topic.group("topic")) if topic else ""
    if ranked and ph.subsequence(measure, ranked):
        name = ranked  # 在发明专利申请受理量排名中，江苏以4.98万件的申请量…: the whole name
    for place, mention in zip(places, group, strict=True):
        draft = new_draft(s, name, mention, False, mention.start)
        draft.region = place
        if growth:
            draft.as_growth()
    return True


# 在各省发明专利申请受理量排名中: what the places are ranked by
_RANKING_TOPIC = re.compile(
    r"(?:在|从)?(?:(?:全国|全省|全市)?各[省市区县州]{1,3})?"
    r"(?P<topic>[^，；。]{2,24}?)(?:排名|排行|排序)(?:中|上|来看|看)"
)


def _places_after_places(s: Sentence, name: str, mention: Mention, is_target: bool) -> bool:
    """娄星区将达到32%以上，冷水江达到22%以上，涟源、双峰、新化达到12%以上: after a place's
    figure, short names standing where the place stood are places too."""
    last = s.figures[-1]
    if not last.region or not _SHORT_NAMES.fullmatch(name) or ph.is_place(name):
        return False
    if last.region == context_region(s, last.start):
        return False  # 涡阳县：…75家，已整改70家: the place of every figure, not of one
    if (last.value is None) != is_target or not compatible(last.unit, mention.unit):
        return False
    if not _SHORT_NAMES.fullmatch(last.region) and not ph.is_place(last.region):
        return False
    for place in name.split("、"):
        draft = new_draft(s, last.indicator, mention, is_target, mention.start)
        draft.region = place
    return True


def _level_of_growth(s: Sentence, mention: Mention) -> bool:
    last = s.figures[-1] if s.figures else None
    if last is None or last.yoy_growth is None or last.unit is not None:
        return False
    if last.value is not None or last.target is not None or last.completion_rate is not None:
        return False
    last.value, last.unit, last.qualifier = mention.value, mention.unit or None, mention.qualifier
    last.end = max(last.end, mention.end)
    return True


def _fills_target(s: Sentence, name: str, mention: Mention) -> bool:
    if not s.figures:
        return False
    last = s.figures[-1]
    growth_aimed = last.unit == "%" and last.value is None and len(s.figures) > 1
    if growth_aimed and s.figures[-2].indicator == last.indicator:
        last = s.figures[-2]  # 目标任务是201.08亿元、增速23%，1—6月完成总产值66.63亿元
    if last.value is not None or last.target is None:
        return False
    # 工业项目35个，年度计划投资440.07亿元，累计完成投资193.74亿元: 投资 is the plan's
    measure = ph.MEASURE.fullmatch(name) is not None
    same = last.indicator == name or (
        measure
        and (
            last.indicator.removesuffix(name).endswith("项目")
            or (last is not s.figures[-1] and last.indicator.endswith(name))
        )
    )
    # 商品房销售面积，目标任务是87万平方米，1—7月完成销售面积34.49万平方米: the name's tail
    same = same or (len(name) >= 3 and last.indicator.endswith(name))
    if not same or not compatible(last.unit, mention.unit):
        return False
    fill_plan(s, last, mention)
    last.end = max(last.end, mention.end)
    if last is not s.figures[-1]:
        s.figures.remove(last)
        s.figures.append(last)  # the growth after it is its own
    return True


_EXCESS = re.compile(r"^[，,\s]*(?:超额完成|超过|超出|超)了?(?:全年|年度)?(?:目标)?任务(?:数)?$")


def _excess(s: Sentence, segment: str, mention: Mention) -> bool:
    last = s.figures[-1] if s.figures else None
    if last is None or last.value is None or last.target is not None or mention.is_percent:
        return False
    if not _EXCESS.match(segment) or not compatible(last.unit, mention.unit):
        return False
    excess = convert(mention.value, mention.unit, last.unit)
    if excess is None or excess >= last.value:
        return False
    last.target, last.end = last.value - excess, max(last.end, mention.end)
    return True


def _at_most(mention: Mention, last: Draft) -> bool:
    if last.value is None or not compatible(last.unit, mention.unit):
        return False
    value = convert(mention.value, mention.unit, last.unit)
    return value is not None and value <= last.value


def _lists(name: str, mention: Mention) -> bool:
    """The name is a list of as many items as the count that follows it."""
    return mention.value == len(ph.LIST_SEP.split(name)) > 1


_TOPIC_GREW = re.compile(
    r"(?:快速|较快|稳步|持续|平稳|大幅)?(?:增长|发展)[，,]\s*(?:实现|完成|累计)?[^，,]{0,4}$"
)


def _said_round(s: Sentence, segment: str, mention: Mention) -> bool:
    if mention.qualifier != ">" or not s.text.startswith("突破", mention.start):
        return False
    named = ph.clean(segment)
    for figure in reversed(s.figures):
        if figure.value is None or not _at_most(mention, figure):
            continue
        if not named or figure.indicator.endswith(named) or named.endswith(figure.indicator):
            return True
    return False


def _share_of_plan(s: Sentence, mention: Mention) -> bool:
    """计划投资10.95亿元，累计完成6.61亿元，占60.4%: a share of nothing named, after what was
    done against a plan, is the completion rate when the numbers agree."""
    last = s.figures[-1] if s.figures else None
    if last is None or last.value is None or last.target is None or last.completion_rate:
        return False
    if s.text[mention.end : mention.end + 1] not in ("", "，", ",", "；", ";", "。"):
        return False
    interval = implied_range(last.value, last.unit, mention.value)
    if not interval.low <= last.target <= interval.high:
        return False
    last.completion_rate, last.end = mention.value, max(last.end, mention.end)
    return True


# 完成征地面积7843.42亩，占总任务量的19.72%: the whole task the work done is measured against
_WHOLE_TASK = re.compile(f"(?:{p.WHOLE_TASK})的?")


def _done_of_whole_task(s: Sentence, mention: Mention) -> bool:
    """完成征地面积7843.42亩，占总任务量的19.72%: the share of the whole task that the work just
    measured makes is its completion rate; 欠进度的有17个，占总任务的7.7% (tasks counted) stays
    a share of the tasks."""
    last = s.figures[-1] if s.figures else None
    if last is None or last.value is None or last.completion_rate is not None:
        return False
    if is_count(last.unit) or last.unit == "%":
        return False
    last.completion_rate, last.end = mention.value, max(last.end, mention.end)
    return True


def _another_alike(s: Sentence, segment: str) -> bool:
    """转移就业率达到62%以上，贫困劳动力转移就业率达55%以上的目标: the words name another
    measure of the same kind as the figure before, so the target is that one's."""
    named = ph.clean(segment)
    last = s.figures[-1].indicator if s.figures else ""
    return len(named) > 2 and not last.endswith(named) and named[-2:] == last[-2:]


# 参加失业保险304个单位7920人: the units that took part, then the people
_UNITS_OF_PEOPLE = re.compile("单位|企业|用人单位|家庭|学校|村|社区")


def _people_of_units(s: Sentence, mention: Mention) -> str:
    """The name of a count of people right after a count of the units they belong to, both of
    one deed; the units are named by what they are."""
    last = s.figures[-1] if s.figures else None
    if (
        last is None
        or last.value is None
        or not is_count(last.unit)
        or not is_count(mention.unit)
        or last.unit == mention.unit
        or mention.unit not in ("人", "人次", "名")
        or last.indicator.endswith(("单位", "企业"))
    ):
        return ""
    noun = s.text[last.end : mention.start]
    if not _UNITS_OF_PEOPLE.fullmatch(noun):
        return ""
    deed = last.indicator
    last.indicator = deed + noun
    return deed


_LISTED_IN = re.compile("(?:纳入|列入)(?!计划)[^的等]{1,10}$")
_REDUCTION = re.compile(r"(?:削减|下降|降低|减少|压减)(?:目标|任务)")
_REDUCTION_NAMED = re.compile(r"(?:年度)?(?:削减|下降|降低|减少|压减)(?:目标|任务)(?:分别)?$")


def _as_reduction(draft: Draft) -> None:
    """A growth aimed at after 削减目标/下降目标 is a fall: the target takes its sign, and
    the name drops the words of the aim."""
    if draft.unit == "%" and draft.value is None and draft.target:
        draft.target = -draft.target
        draft.indicator = _REDUCTION_NAMED.sub("", draft.indicator) or draft.indicator


_CEILING = re.compile(r"[，,\s]*(?:已|均|仍)?控制在")


def _merge(s: Sentence, mention: Mention, is_target: bool) -> bool:
    """已培育42家，全年目标76家: a clause that names nothing adds to the figure before."""
    if not s.figures:
        return False
    last = s.figures[-1]
    if not compatible(last.unit, mention.unit):
        # 完成工业总投资153亿元，占全市固定资产投资的比重达36.76%，完成年度目标145亿元的…:
        # the target of the level before its share
        level = level_before_shares(s)
        if not (is_target and level and level.unit and compatible(level.unit, mention.unit)):
            return False
        last = level
    if is_target and last.value is not None and _HORIZON.search(s.text, last.end, mention.start):
        return False  # 目前年产值1400亿元，到2020年将达2000亿元: a later year's aim, apart
    if is_target and last.target is None and last.value is not None:
        last = _exceeded(s, mention, last)
        target = in_unit(mention.value, mention.unit, last.unit)  # 1万套 of 16768套: 10000
        last.target = mention.value if target is None else target
    elif is_target and last.target is None and last.yoy_growth is not None and mention.is_percent:
        last.target, last.unit = mention.value, "%"  # 同比增长2.1%，低于8%的增长目标
    elif (
        not is_target
        and mention.qualifier == ">"
        and last.value is not None
        and _at_most(mention, last)
    ):
        pass  # 1 027.3亿元，首次突破千亿元大关: the same figure, said round
    elif not is_target and last.value is None and last.target is not None:
        fill_plan(s, last, mention)
    elif (
        not is_target
        and last.qualifier == ">"
        and last.value is not None
        and mention.qualifier in (None, ">")
        and (convert(mention.value, mention.unit, last.unit) or 0) > last.value
    ):
        # 突破五百亿元，达到512.3亿元; 突破两亿元大关，达到20034万元; 突破千亿元大关，超过1100亿元
        last.value, last.unit, last.qualifier = mention.value, mention.unit, mention.qualifier
    elif (
        not is_target
        and last.value is None
        and last.target is None
        and last.unit is None
        and last.yoy_growth is not None
        and not mention.is_percent
        and not is_count(mention.unit)
        and not _NEW_ITEM.search(s.text, last.end, mention.start)
    ):
        # GDP增长6.0%，首次突破百亿元大关，达到100.6亿元: the level that grew
        last.value, last.unit, last.qualifier = mention.value, mention.unit, mention.qualifier
    elif not is_target and (plan := _open_plan(s, mention)) is not None:
        # 计划造林8972.9亩，今日新增造林82亩，累计完成9031.6亩: what was done of the plan
        last = plan
        fill_plan(s, last, mention)
    else:
        return False
    last.end = max(last.end, mention.end)
    return True


_EXCEEDED = re.compile("超额完成|超过|超出")
_ANY_YEAR = re.compile(r"(?:19|20)[0-9]{2}年")


def _horizon_year(s: Sentence, at: int) -> int:
    """The year of the last 到…年底 before ``at`` in the sentence, with no other year said
    between; 0 if none."""
    if s.text.find("到", s.lo, at) < 0:
        return 0
    ends = [
        end for end in p.YEAR_REACHED.finditer(s.text, s.lo, at) if s.text[end.start() - 1] == "到"
    ]
    if not ends or _ANY_YEAR.search(s.text, ends[-1].end(), at):
        return 0
    return int(ends[-1].group("year"))


_HORIZON = re.compile("(?<![达做])(?:到|至)(?:19|20)[0-9]{2}年")
_WEAK_MARKS = ("可", "将", "有望")
# 项目建成后，…; 待全面投产后，…: once the works run, what they are to yield
_ONCE_RUNNING = re.compile(
    r"(?:建成|投产|达产|竣工|完工|投用|运营|满负荷生产|全面投产|投入使用|投入运营|投入生产)(?:后|以后)[，,]"
)
# 超额完成了年初定下的新增…参保人数3000人的目标: who set the target, then what it is of
_SET_BY = r"[^，。；0-9]{0,6}?(?:定下|制定|确定|下达|所定)的[^，。；0-9]{0,16}"
_MET_LEAD = re.compile(
    r"[，,\s]*(?:(?:超额|提前|全面)?完成了?(?:[^，。；0-9]{0,8}|" + _SET_BY + ")"
    # 超全年挑战目标726亿元的序时进度: the target whose time progress was passed
    r"|超(?:过|出)?[^，。；0-9]{0,8}?(?:目标|任务|计划)"
    # 大大超过了年初所定的人均筹资水平达到185元的基本标准: the level set, passed
    r"|(?:大大|远远)?超(?:过|出)了?" + _SET_BY + ")"
)
_GOAL_AFTER = re.compile(
    r"的(?:年度|全年)?[\u4e00-\u9fff]{0,4}?(?:目标|任务|计划|标准)|的(?:序时|时序|时间)?进度"
)
# 秦箭、润达等冶金企业共15个…: a list summed up, the total's words after the count name it
_LIST_SUMMED = re.compile(r"等[\u4e00-\u9fff]{0,8}?(?:共|共计|合计|总计)$")
# 组织8家企业参加…培训, 推荐12家企业申报…: the count is the object of an organiser
_ORGANISED = re.compile("(?:组织|推荐|指导|帮助|引导|动员|带领|鼓励|辅导)(?:了)?(?:全[市县区])?$")
_ORGANISED_DEED = re.compile(
    r"(?:余|多)?(?P<noun>企业|单位|高校|科研院所|机构|人员|人才|专家|农户)"
    r"(?P<deed>(?:参加|参与|申报|完成|开展|进行|通过|入驻|进入|对接)[^，。；;,]{2,24}?)"
    r"(?=[，。；;,]|$)"
)


def _exceeded(s: Sentence, mention: Mention, last: Draft) -> Draft:
    """检验5.48万批次，…每千人6.8批次，超额完成4.7万批次的年度目标任务: a target said to be
    exceeded is that of the level before that exceeds it, when the last does not."""
    if not _EXCEEDED.search(s.text, last.end, mention.start):
        return last
    target = convert(mention.value, mention.unit, last.unit)
    if target is None or last.value is None or last.value >= target:
        return last
    for draft in reversed(s.figures[:-1]):
        level = convert(mention.value, mention.unit, draft.unit)
        if draft.value is not None and draft.target is None and level is not None:
            return draft if draft.value >= level else last
    return last


def fill_plan(s: Sentence, plan: Draft, mention: Mention) -> None:
    """What was done of a plan stated before it; the period is the one said with what was
    done (年计划投资178.1亿元，1-11月完成投资173.94亿元: 1-11月)."""
    plan.value, plan.qualifier = mention.value, mention.qualifier
    kind = split_unit(mention.unit or "")[1]
    if (
        kind
        and plan.unit != mention.unit
        and split_unit(plan.unit or "")[1] == kind
        and plan.target
    ):
        # 计划新建1万亩…，现已建成9120亩: the plan in the unit of what was done
        target = in_unit(plan.target, plan.unit, mention.unit)
        if target is not None:
            plan.target, plan.unit = target, mention.unit
    period = s.latest(s.periods, mention.start)
    if period is not None and period.start() > plan.start:
        plan.period = period.group(0)


# 增长5.7%；规上服务业营业收入：完成19.5亿元: another item
_NEW_ITEM = re.compile("[；;：:]")
# 全年应完成指标数为147件: a target named only as a target, of the figure before
_TARGET_ONLY = ("指标", "指标数", "任务数", "目标数")
# 首次突破百亿元大关: how a level was reached names nothing
_ONLY_HOW = re.compile("(?:首次|首度|再次|再度|成功|一举|历史性地?|率先|顺利|突破)+")


def _open_plan(s: Sentence, mention: Mention) -> Draft | None:
    """The plan, before the last figure of the sentence, that nothing done was said of yet."""
    return next(
        (
            f
            for f in reversed(s.figures[:-1])
            if f.value is None
            and f.target is not None
            and f.unit == mention.unit
            and not f.projected  # 预计全年完成地区生产总值164亿元: an estimate is not a plan
        ),
        None,
    )


def _alike(subjects: list[str]) -> bool:
    """登记失业人员、就业困难人员: whole names of like length, not the pieces of one name
    (省、市级重点项目; 第一、二、三产业)."""
    sizes = [len(x) for x in subjects]
    places = any(map(ph.named_places, subjects))
    return min(sizes) >= 3 and max(sizes) - min(sizes) <= 3 and not places


def _share_of_kinds(subjects: list[str], after: str) -> bool:
    return after.startswith("占") and not any(ph.is_place(x) for x in subjects)


_COUNT_TAIL = re.compile(r"[0-9][0-9.]*\s*(?:[个家项件人名户所座])$")


def _groupread_values(
    s: Sentence, group: list[Mention], segment: str, after: str, is_target: bool, c_lo: int
) -> None:
    listed = periods_listed(segment, len(group))
    # 4月、5月和6月分别完成投资…: one period each, not one subject each
    segment = listed[1] if listed else segment
    subjects, shared = subjects_shared(s, segment, len(group)) if not listed else (None, "")
    if subjects:
        # 拥有高新技术企业493家、科技型中小企业458家，分别占…: the subjects without their counts
        subjects = [_COUNT_TAIL.sub("", x) or x for x in subjects]
    places = subjects is not None and (
        all(ph.looks_like_place(x) or ph.is_place(x) for x in subjects)
        or bool(ph.RANKED_LIST.search(s.text, s.lo, s.hi))
    )
    between = ph.clean(segment.split("分别")[-1]) if "分别" in segment else ""
    head = segment.split("分别")[0]
    ranked_by = (
        _RANKED_BY.search(s.text, s.lo, group[0].start)
        if subjects and _RANKED_BY_NEEDS.search(s.text, s.lo, group[0].start)
        else None
    )
    rated = False
    if ranked_by and not after and not between:
        # 松山湖、虎门、塘厦完成投资较多，分别完成49.7亿元…: places ranked by a measure
        places, after = True, ph.clean(re.split("完成|实现", ranked_by.group("measure"))[-1])
        # 娄底、邵阳完成投资情况较好，分别为79.49%、75.34%: how much of it each has done
        rated = "完成" in ranked_by.group(0) and all(m.is_percent for m in group)
    if subjects and ph.clean(head) and ph.split_subjects(head, len(group)) is None:
        # 排名前三位的是A、B和C，得分分别为…: the subjects are an earlier clause's,
        # the noun before 分别 is what the values are
        shared = shared or ph.clean(head)
    after = after or between or shared
    if subjects and places and not after:
        # 数量排前5位的是A、B…，分别是56家、32家
        after = ph.ranked_measure(s.text, s.lo, group[0].start)
    levels = _levels_shared(s, len(group), after) if not subjects and not listed else None
    # 湖州和丽水GDP增速超8%，分别为8.3%、8.2%: growths, each place's; the bound says them round
    growths = (
        not is_target
        and not listed
        and all(m.is_percent for m in group)
        and bool(_GROWTH_BEFORE.search(s.text, max(s.lo, group[0].start - 30), group[0].start))
    )
    last = s.figures[-1] if s.figures else None
    if (
        growths
        and last is not None
        and last.value is None
        and "分别" in segment
        and _BOUND_SAID.search(s.text, s.lo, last.end)
    ):
        s.figures.pop()
    for index, mention in enumerate(group):
        region = None
        if (
            subjects
            and after
            and _alike(subjects)
            and (not places or _share_of_kinds(subjects, after))
        ):
            # 登记失业人员、就业困难人员分别就业8.7万、4.1万人: who did it names the figure;
            # 高新技术企业、科技型中小企业分别占全区总数的…: shares of kinds, not of places
            name = subjects[index] + after
        elif subjects and after:
            name, region = after, subjects[index]
        elif subjects and places and all(ph.is_place(x) for x in subjects):
            # 除厦门、南平分别增长12.4%、12.3%外: places, of the measure before them
            name, region = s.topic or _last_in_unit(s, mention.unit), subjects[index]
        elif subjects:
            name = subjects[index]
        elif levels:
            # 高效农业面积35.96万亩，设施农业面积8.82万亩，分别占耕地面积的57.9%和14.2%
            name = _TOTAL_END.sub("", levels[index].indicator) + after
        else:
            name = after or ph.clean(segment.split("分别")[0]) or s.topic
        if places and not after and subjects and name == subjects[index]:
            region = None
        draft = new_draft(s, name, mention, is_target, mention.start)
        draft.region = region or draft.region
        draft.period = listed[0][index] if listed else draft.period
        if rated and not growths and draft.value is not None:
            draft.as_rate()
        if growths and draft.value is not None and draft.yoy_growth is None:
            draft.as_growth()
            draft.indicator = _GROWTH_NAME.sub("", draft.indicator) or draft.indicator


# 增速超8%: a bound said of several places before their values
_BOUND = r"(?:超过?|不足|低于|高于|不到)[0-9.]+%"
_BOUND_SAID = re.compile(rf"{_BOUND}$")
# 增速分别达到了…, 增速领跑山区海岛县，分别达…, 增速超8%，分别为…: the values after are growths
_GROWTH_BEFORE = re.compile(
    rf"{p.GROWTH_WORD}(?:[^，；。%0-9]{{0,12}}[，,]?[^，；。%0-9]{{0,6}}$|{_BOUND}[，,])"
)


def _levels_shared(s: Sentence, count: int, name: str) -> list[Draft] | None:
    """The ``count`` levels just before a list of shares of one whole (分别占…的), in turn."""
    if not name.startswith("占") or len(s.figures) < count:
        return None
    levels = s.figures[-count:]
    if any(f.value is None or f.unit in ("%", "成") for f in levels):
        return None
    return levels


_SHARE_WHOLES = rf"{_WHOLE}|全球|世界"
# 以占全国10%的国土面积、33%的人口，汇聚了全国77.2%的研发经费投入: the share comes before
# what it is a share of; 超过了全省87.89%的区县 ranks a place among others and is no figure
_SHARE_FIRST = re.compile(rf"(?:占|(?:{p.SHARE_VERBS})了?)\s*(?P<whole>{_SHARE_WHOLES})(?:的)?\s*$")
# 聚集了近80%的全国重点实验室: a share of what is named after it, of no whole named
_SHARE_VERB = re.compile(rf"(?:{p.SHARE_VERBS})了?(?:近|约|超过|超|逾|达)?\s*$")
_OUTRANKED = re.compile(r"(?:超过|高于|领先于?|优于|胜过|跑赢)了?[^，；。]{0,8}?$")
_RANKED_AMONG = re.compile(
    r"的(?:[\u4e00-\u9fff]{0,4}?)(?:区县|县区|县市区?|城市|地市|县|区|市|省份|省区市|地区|考生|用户|同行)"
    r"(?=[，；。、,;）)]|$)"
)
_SHARE_NOUN = re.compile(
    rf"的(?P<noun>[\u4e00-\u9fffA-Za-z&“”]{{2,16}}?)(?=(?:{p.SHARE_VERBS})了?|[^\u4e00-\u9fffA-Za-z&“”]|$)"
)
_SHARE_NAMED = re.compile(rf"占(?P<whole>{_SHARE_WHOLES})比重$")
_SHARE_REACHED = re.compile(
    r"(?:以上)?的(?P<noun>[\u4e00-\u9fff]{1,8}?)"
    r"(?P<deed>(?:已经|已)?(?:实现|建有|开通|建成|具备|接通|通上|用上)[\u4e00-\u9fff“”]{1,14})"
    r"(?=[，。；,;]|$)"
)
_SHARE_OF_ALL = re.compile("(?:目前|现在)?(?:全国|全省|全市|全县|全区|全镇)?")
_SHARE_NEXT = re.compile(r"的[^，；。]{2,16}?(?:、|和|及|与|以及)\s*")


def _share_before_noun(s: Sentence, segment: str, mention: Mention) -> bool:
    if _OUTRANKED.search(segment) and _RANKED_AMONG.match(s.text, mention.end, s.hi):
        return True  # a percentile, no figure
    reached = _SHARE_REACHED.match(s.text, mention.end, s.hi)
    if reached and _SHARE_OF_ALL.fullmatch(ph.clean(segment)):
        # 全国98%的乡镇实现品牌快递直通: the share of the places (or units) that did it
        new_draft(s, reached.group("deed") + reached.group("noun"), mention, False, mention.start)
        return True
    noun = _SHARE_NOUN.match(s.text, mention.end, s.hi)
    if noun is None:
        return False
    first = _SHARE_FIRST.search(segment)
    last = s.figures[-1] if s.figures else None
    if first:
        whole = first.group("whole")
    elif (
        last
        and (_SHARE_NEXT.fullmatch(segment) or (not segment.strip() and last.unit == "%"))
        and (named := _SHARE_NAMED.search(last.indicator))
    ):
        # 、33%的人口; 集聚了30%的高新技术企业，40%的…企业: of the whole of the share before
        whole = named.group("whole")
    elif _SHARE_VERB.search(segment) or (
        last and last.indicator.endswith("占比") and _SHARE_NEXT.fullmatch(segment)
    ):
        # 以占全省6.2%的土地面积创造了40%的工业产值: of the whole of the share before, if any
        named = _SHARE_NAMED.search(last.indicator) if last else None
        whole = named.group("whole") if named else ""
    else:
        return False
    name = ph.clean(noun.group("noun").rstrip("和及与"))
    if not name:
        return False
    new_draft(s, f"{name}占{whole}比重" if whole else f"{name}占比", mention, False, mention.start)
    return True


_ALIKE = re.compile(r"(?:均|都|全部)(?:为|是|达到|达|超过|保持在|在)?\s*$")


def _rates_alike(s: Sentence, name: str, mention: Mention, segment: str, is_target: bool) -> bool:
    """办复率和满意率均为100%: one value for each rate listed."""
    if not _ALIKE.search(segment):
        return False
    parts = ph.LIST_SEP.split(name)
    if len(parts) < 2 or not all(len(x) >= 2 and x.endswith("率") for x in parts):
        return False
    for part in parts:
        new_draft(s, part, mention, is_target, mention.start)
    return True


def _ranked_place(s: Sentence, segment: str, mention: Mention, is_target: bool) -> bool:
    """One value of a place ranked by a measure: the measure names it, the place is its region.
    Three layouts: 经济总量最高的是武江区，达到248亿元 (the best, in a clause of its own),
    浈江区紧随其后，达到229亿元 (the next, with the measure before) and 综合得分居前三位的依次为
    鹤鸣区（93.6分） (the value in brackets after the place). Places ranked by a measure and
    given their values together (A、B、C完成投资较多，分别…) are read with the group
    (_groupread_values, _RANKED_BY)."""
    lead = s.text[s.clauses[-1][0] : mention.start] if s.clauses and not ph.clean(segment) else ""
    best = _BEST_IS.fullmatch(lead)
    follows = _FOLLOWS.fullmatch(lead) if s.figures and not best else None
    first = best or follows
    ranked = _RANKED_NAMED.match(segment) if _RANKED_NAMED_NEEDS.search(segment) else None
    if (
        ranked is None
        and s.clauses
        and s.text[s.clauses[-1][1] - 1] in "：:"
        and (
            _ORGAN.search(segment)
            # (进度居前的2个市分别是：南宁市66.2%: the places of a count, read below)
            or (ph.is_place(ph.clean(segment)) and _count_listing(s, mention) is None)
        )
    ):
        # 接种率排名前三名的乡镇：梨树镇政府98%: the ranking's lead is the clause before, its
        # items the towns' governments (a bare place is read with the places listed)
        joined = s.text[s.clauses[-1][0] : s.clauses[-1][1]] + segment
        ranked = _RANKED_NAMED.match(joined) if _RANKED_NAMED_NEEDS.search(joined) else None
    if first and ph.is_place(first.group("place")):
        place = first.group("place")
        measure = ph.clean(best.group("name")) if best else s.last_indicator()
    elif ranked and ph.is_place(ph.clean(ranked.group("place"))):
        place, measure = ph.clean(ranked.group("place")), ph.clean(ranked.group("name"))
        measure = _RANKED_FIELD.sub("", measure)  # 52个重点县实际利用外资居前5位的: the field
        if not measure and s.figures and s.figures[-1].region:
            measure = s.last_indicator()  # …；最差的县(市、区)为曲阜市21μg/m3: the same measure
        if not measure:
            return False
    elif (count := _count_listing(s, mention)) is not None:
        # 县域GDP规模超过100亿元的8个县(市)是：海城市305亿元: the measure the count's
        # places passed a bound of
        listed = _COUNT_LISTED.fullmatch(s.text, count.end, mention.start)
        if listed is None or not ph.is_place(listed.group("place")):
            return False
        place = listed.group("place")
        bound = _BOUND_NAMED.search(s.text, s.lo, count.end)
        if bound is not None:
            measure = ph.clean(bound.group("name"))
        elif progressed := _progress_of(s, count, mention):
            # 进度居前的3个市分别是：桂林市65.3%: the places' rates of the figure before
            draft = new_draft(s, progressed, mention, is_target, mention.start)
            draft.region = place
            draft.as_rate()
            return True
        else:
            return False
    else:
        return False
    rated = _RATE_NAMED.fullmatch(measure) if mention.unit == "%" else None
    draft = new_draft(
        s, ph.clean(rated.group(1)) if rated else measure, mention, is_target, mention.start
    )
    draft.region = place
    if rated:  # 整改完成率较高的为自贡市100%: each place's completion rate of the work
        draft.as_rate()
    return True


_RATE_NAMED = re.compile("(.{2,})(?:完成率|完成比例)")
# 52个省对外开放重点县: how many places the ranking goes over, before the measure
_RANKED_FIELD = re.compile(
    rf"^(?:全省|全市|全国)?[0-9一二三四五六七八九十两]+个[\u4e00-\u9fff]{{0,10}}?{p.PLACE_KINDS}(?=.{{2}})"
)


# 从多到少依次为：江城7个，河口4个: after a ranking's lead, a bare name is a place or a unit
_RANKED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}")
_IN_ORDER_COLON = re.compile("依次(?:是|为)[：:]")
# 居后五位，…仅占全省的7.3%; 最高的是44.95%，最低的是19.41%: a share or an end, no item
_NO_ITEM = re.compile("最|占|比|较|合计|共|总|仅|其|分别|均|同比|全")


def _ranked_item(s: Sentence, name: str, mention: Mention) -> bool:
    """Whether ``name`` is a bare item of a ranking opened before it in the sentence (a place
    the gazetteer does not know, or a unit), not a measure or a verb."""
    return (
        bool(_RANKED_ITEM.fullmatch(name))
        and _NO_ITEM.match(name) is None
        and ph.MEASURE.search(name) is None
        and ph.CONTENT_VERB.search(name) is None
        and (
            ph.RANKED_LIST.search(s.text, s.lo, mention.start) is not None
            or _IN_ORDER_COLON.search(s.text, s.lo, mention.start) is not None
        )
    )


def _count_listing(s: Sentence, mention: Mention) -> Draft | None:
    """The count of places said just before the first of them is listed with its value."""
    count = s.figures[-1] if s.figures else None
    if count is None or not is_count(count.unit) or count.value is None:
        return None
    return count if 0 < mention.start - count.end <= _LISTING_REACH else None


_LISTING_REACH = 16
_HELPED = re.compile("帮助|扶持|支持|指导|带动|引导|协助|推动")
_ORGAN = re.compile("人民政府|政府|党委|管委会|办事处")
# (整改完成率较高的为自贡市100%: places judged by the measure, each with its value)
_RANKED_NAMED = re.compile(
    r"[，、\s]*(?P<name>(?:[^，；]{2,30}?)?)(?:(?:居|排名|排|位列|位居)(?:在)?"
    r"(?:全国|全省|全市|全县|全区|全州|全盟)?"
    rf"[前后末][^，；]{{0,6}}?|{p.JUDGED_DEGREE}"
    # 增速后三位的县是广平县26.2%: the rank said without a verb, by its number
    r"|[前后][0-9一二三四五六七八九十两]{1,2}[位名](?:的)?(?:[县市区镇乡]|县区|县市区|城市|地区)?"
    # (接种率排名前三名的乡镇：梨树镇政府98%: a colon alone opens the list)
    # (PM2.5浓度最佳的县(市、区)为兖州区16μg/m3: the kind of place between)
    rf")的?{p.PLACE_KINDS}?(?:依次|分别)?(?:(?:是|为|有)[：:]?|[：:]"
    # (接种率排名前四名的部门金融办100%: the kind of unit, then the first of them)
    r"|(?<=的部门|的单位))"
    rf"(?P<place>[^，；（(：:]+?)(?:{_ORGAN.pattern})?[（(]?$"
)
# a character every match of _RANKED_NAMED has (前三位, 较快, 最高, 超过90%): most segments
# have none, and the lazy name before the rank is tried at every length
_RANKED_NAMED_NEEDS = re.compile("[前后末较偏最%]|居(?![民住委])")  # (居民: no ranking)
# …的8个县(市)是：海城市: the places a count counted, listed
_COUNT_LISTED = re.compile(
    rf"\s*{p.PLACE_KINDS}?(?:[（(][^()（）]{{1,6}}[)）])?(?:分别|依次)?(?:是|为|有)[：:]?"
    r"(?P<place>[\u4e00-\u9fff]{2,8})"
)
# 县域GDP规模超过100亿元的8个: the measure, the bound passed, then the count of places
_BOUND_NAMED = re.compile(
    r"(?P<name>[^，；：:。0-9]{2,12}?)(?:超过|高于|突破|达到|在)[^，；：:。]{1,12}?(?:以上)?的"
    r"[0-9一二三四五六七八九十两]+个"
)


def _progress_of(s: Sentence, count: Draft, mention: Mention) -> str:
    """What places ranked by progress before their count (进度居前的3个市) progressed in: the
    last figure with a completion rate, in the sentence or just before it."""
    if mention.unit != "%" or not _PROGRESS_RANKED.search(s.text, s.lo, count.start):
        return ""
    rated = next((f for f in reversed(s.figures) if f.completion_rate is not None), None)
    return rated.indicator if rated else s.previous if s.previous_rated else ""


# 进度居前的3个市, 进度落后的: places ranked by their progress, before their count
_PROGRESS_RANKED = re.compile(
    r"(?:进度|进展|完成率)(?:居前|靠前|领先|落后|靠后|居后|较快|较慢|滞后|最快|最慢)的$"
)
_BEST_IS = re.compile(
    r"[，、\s]*(?P<name>[^，；。]{2,16}?)(?:最高|最多|最大|最快|最好|居首|第一)的(?:是|为)"
    r"(?P<place>[\u4e00-\u9fff]{2,8})[，,]\s*(?:达到|达|为|是|完成|实现)?\s*"
)
_FOLLOWS = re.compile(
    r"[，、；\s]*(?P<place>[\u4e00-\u9fff]{2,8}?)(?:紧随其后|紧跟其后|次之|位居第二|排名第二|排第二)"
    r"[，,]\s*(?:达到|达|为|是|完成|实现)?\s*"
)
_RANKED_BY = re.compile(
    rf"(?:完成|实现)?(?P<measure>[\u4e00-\u9fff]{{0,8}}?(?:{ph.MEASURE.pattern}))"
    r"(?:情况|进度)?(?:较多|最多|较快|最快|较高|最高|较大|最大|居前|领先|较好|最好)"
)
# (较多, 最快, 居前, 领先: every match of _RANKED_BY ends with one of these characters' words)
_RANKED_BY_NEEDS = re.compile("[较最居领]")
_PUT = re.compile(r"(?:将|把)\s*$")
_DONE_YEARLY = re.compile(rf"完成了?{ph.YEARLY_MEASURE.pattern}\s*$")
_EXCEPTED = re.compile(r"除(?P<places>[^，,；;]{1,24}?)(?:以外|之外|外)的?(?:其余|其他|其它)?")
# 对410万元到位科技资金进行综合监管, 邀请专家对我县26家承担单位进行结题验收: the value
# counts what the action was done to
_OBJECT_OF = re.compile(r"(?<![面针相绝核比应反])对\s*(?:我[省市县区镇]|全[省市县区镇])?\s*$")
_ACTION_AFTER = re.compile(
    r"[^，,。；;：:]{0,24}?(?:进行|开展|实施)了?(?P<verb>[\u4e00-\u9fff]{2,4}?)(?=[，,。；;]|工作|指导|$)"
)
_RECOGNISED = re.compile(
    # (38家被国家认定为…: by whom, then what)
    r"(?:企业|单位|家|个|项目|(?=被))(?:成功|先后|分别|均|都|已)?(?:被[\u4e00-\u9fff]{0,8}?)?"
    r"(?P<verb>认定为|评定为|评为|获批为?)"
    r"(?P<name>[\u4e00-\u9fff“”]{4,20})(?=[，。；,;]|$)"
)
_HONOURED = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:先后|分别|均|都|已)?被?"
    r"(?:评为|评定为|认定为|命名为|列为|确定为|授予|获评|入选)了?"
    r"[“\"「](?P<name>[^”\"」，。；]{2,24})[”\"」]"
)


def _counted(words: str, got: re.Match[str] | None) -> str:
    """What a count names in the words after it: 216户企业享受研发费用加计扣除政策 →
    享受研发费用加计扣除政策企业, 4个项目基本建成 → 基本建成项目 (those counted are named by
    what they did or reached); 105家规上科技服务业企业营收达57.58亿元 → 规上科技服务业企业, 20户
    企业入驻园区投资兴业 → 入驻园区企业 (of those counted, not of what they earn or invest)."""
    compared = _KIND_COMPARED.fullmatch(words) if got is None else None
    if compared:
        # 52个课题预算执行率高于全所平均…, 9个街道得分高于平均分: counted by how they stood
        return compared.group("rest") + compared.group("kind")
    turned = got or _NOUN_THEN_VERB.fullmatch(words)
    if turned and _PREDICATE_FIRST.match(words):
        return turned.group("noun")  # 15项发放补助类项目发放补助资金: named so already
    if turned is None:
        # 20个固定资产投资增速低于全省平均水平: counted by how a measure moved, all of it
        return words if _MOVED.search(words) else _before_measure(words)
    rest = turned.group("rest")
    rest = rest[:-1] if len(rest) > 2 and rest.endswith("中") else rest  # 推进实施中: ongoing
    return _before_measure(rest) + turned.group("noun")


def _before_measure(words: str) -> str:
    measure = ph.MEASURE.search(words)
    if measure is None or measure.start() < 2:
        return words
    return _PLAN_TAIL.sub("", words[: measure.start()])  # 955个…项目年度计划投资完成率


# the set a part is counted in, and the kind of what it holds
_AMONG = re.compile(rf"(?P<kind>{SET_KINDS})?[中内](?:有|共有)?\s*$")
_KIND_END = re.compile(f"(?:{SET_KINDS})$")


# 长, 全长, 宽度: a word of size alone (a length after a count: 渠道20条长19.71km)
SIZE_ONLY = re.compile("(?:全|总)?(?P<size>[长宽高深])(?:度)?")


def _after_np(text: str, pos: int, hi: int, unit: str | None = None) -> str:
    if text.startswith("人民币", pos):
        return ""  # 18.6亿元人民币: the currency, said again, names nothing
    state = _PLACES_STATE.match(text, pos, hi) if unit == "个" else None
    if state:
        # 6个县(市、区)工业投资呈正增长, 3个州市下降: places counted by how their measure went
        return ph.clean(state.group("measure")) + state.group("state") + state.group("kind")
    size = _SIZE_CLASS.match(text, pos, hi)  # 811个3000万元以上重点项目: their size class
    pos = size.end() if size else pos
    levels = _LEVELS.match(text, pos, hi)  # 283个省、市重点项目
    pos = levels.end() if levels else pos
    lead = _AFTER_LEAD.match(text, pos, hi)
    found = _AFTER_NP.match(text, lead.end() if lead else pos, hi)
    if not found:
        return ""
    # 200个“工业倍增”重点项目: the quotes go, the words stay
    words = (levels.group(0) if levels else "") + _QUOTES.sub("", found.group(0))
    words = (size.group("size") if size else "") + words
    lead_in = _PERIOD_LEAD.search(words)
    if lead_in and p.PERIOD.match(text, found.end() - len(lead_in.group(0)), hi):
        words = words[: lead_in.start()]  # 175个新开工项目至10月底已开工144个: a period
    number_next = _NUMBER_NEXT.match(text, found.end(), hi)  # 124个新建项目已开工122个
    # 8个项目完成年度投资计划的60%: what follows 的 is the figure, the words are its name
    ends = number_next or text.startswith("的", found.end())
    reached = _REACHED.fullmatch(words) if is_count(unit) and not ends else None
    if reached:
        # 10个项目建成投用, 19个新建项目尚未列统: the stage names which of them are counted
        return reached.group("stage").replace("完成了", "完成") + reached.group("noun")
    if not words or words[0] in "和及与":
        return ""  # 191家和今年目前的196家: the list goes on, no name after it
    if number_next and SIZE_ONLY.fullmatch(words):
        return ""  # 干渠3条长4.05公里: the length of what was counted, a figure of its own
    # 19个重点行业和48项基础性指标 (企业参与: a verb, kept)
    words = words if words.endswith("参与") else words.rstrip("和及与、")
    if words[0] == "中" and not ph.MIDDLE_WORD.match(words):
        return ""  # 15项中有9项指标提前完成: 中 opens the part, not the name of the whole
    stop = _AFTER_STOP.search(words)
    if stop and stop.start() == 0:
        # 已有5项完成序时进度 (日本以1.2万件稳居首位: a rank, no name)
        return "" if stop.group(0) in _RANKED_STOPS else words[:12]
    # 65家企业获得信贷支持: the words turn (获得信贷支持企业) before a stop cuts them
    got = _HELPED_THEN_GOT.fullmatch(words) if stop and stop.group(0) == "获得" else None
    words = words[: stop.start()] if stop and not got else words
    if stop and stop.group(0) == "完成":
        words = _PLAN_TAIL.sub("", words)  # 57个新续建重点项目全年计划完成投资98.5亿元
    if is_count(unit):
        words = _counted(words, got)
    return words[:-1] if len(words) > 2 and words[-1] in "中里内" else words
