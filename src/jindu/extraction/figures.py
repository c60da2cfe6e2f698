"""Figures (数据): a reported value with what the sentence says about it.

A sentence is split into parts at ；and into clauses at ，and ：. Each number mention
either opens a figure (a value, or a target after 将/计划/目标) or is said about the
figure before it (完成率, 同比增长, 超序时进度). Periods and places carry to the end
of the sentence; 将培育 carries to the end of its part (今年将培育A 20家，B 67家).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from jindu.extraction import mentions as mt
from jindu.extraction import patterns as p
from jindu.extraction import phrases as ph
from jindu.extraction.attributes import growth_target, read_attribute
from jindu.extraction.checks import implied_range
from jindu.extraction.gazetteer import SHORT_PLACES
from jindu.extraction.match import similarity
from jindu.extraction.mentions import Mention
from jindu.extraction.numerals import read_number
from jindu.extraction.sentence import (
    Draft,
    Sentence,
    attributed,
    context,
    counted_measure,
    level_before_shares,
    looks_ahead,
    new_draft,
    places_counted,
    second_rate,
    subjects_shared,
)
from jindu.extraction.tables import Span, read_tables
from jindu.extraction.units import (
    ANY_UNIT,
    compatible,
    convert,
    counts_things,
    in_unit,
    is_count,
    split_unit,
)
from jindu.extraction.values import (
    SET_KINDS,
    SIZE_ONLY,
    benchmark_growth,
    benchmark_level,
    by_means,
    place_of_difference,
    read_values,
)

__all__ = ["Draft", "extract_drafts"]

_SENTENCE_MARKS = "。！？!?\n|"  # (a bar: the cells of a table of prose)
_SENTENCE = re.compile(f"[^{_SENTENCE_MARKS}]+")
# the normaliser made other commas full-width; 7750元、分别增长10%: 、 before 分别 ends a clause
# (37462元和17597元、增长7%和10%: the growths of the levels before are a clause of their own;
# 增长8.3%、下降2.5% one list of growths)
_CLAUSE = re.compile(
    r"(?:[^，：；、%]|%(?![A-Z])"
    r"|、(?!分别|同比|比上年|比去年|较上年|(?<![%点个]、)(?:增长|下降)))+[，：；、%]?"
)  # (同比上升13.7%PM10浓度为77…: a page lost the comma before a name in letters)
_GROUP_GLUE = re.compile(r"^(?:[、，和与及或+＋]|以及|分别|增长|下降|减少|增加|提高|降低)*$")


# （二）今年经济社会发展的主要预期目标。: the figures that follow are targets
# (1.主要目标指标。: the targets listed next)
_PLAN_HEADING = re.compile(
    # (约束性指标是：: the binding targets of a plan)
    r"(?:目标|目标任务|计划|安排|打算|(?:主要|预期|发展)目标指标|(?:约束|预期)性指标)"
    r"(?:是|为|如下)?[：:。\s]*$"
)
# 一、8项考核指标设置情况: how the targets were set (情况 reviews nothing here)
# (（一）计划安排情况: how the year's plan was set, its targets follow)
_TARGETS_SET = re.compile(
    r"(?:(?:目标|指标)(?:任务)?(?:设置|设定|分解|下达)|计划(?:安排|下达))(?:情况)?[：:\s]*$"
)
# 2021年重大民生实事项目目标任务责任分解表: the title of a table that hands out targets
_TARGETS_TABLE = re.compile(
    r"[^，。；：:“”]*?(?:目标|指标)(?:任务)?(?:责任)?(?:分解|下达)(?:表|一览表|清单|计划表)"
)
_TITLE_REACH = 48
# 确定了为全省人民办好10件实事：, 十件民生实事项目正式出炉: the tasks chosen for the year ahead
_TASKS_CHOSEN = re.compile(
    # (省政府确定的29项为民办实事项目顺利实施, 年初票决确定10项: chosen before, now reported)
    r"(?<![共已])(?:确定|票决|选定|推出)(?!的)了?[^。；！!]{0,24}?(?:实事|民生工程)"
    r"|(?:实事|民生工程)(?:项目)?\s*(?:正式)?(?:出炉|揭晓|公布|确定)"
    # 这十件民生实事分别是：: the tasks listed after the colon
    r"|[0-9一二三四五六七八九十]+[件项类个](?:民生)?实事(?:项目)?"
    r"(?:分别|具体|主要)?(?:是|为|包括)[：:]"
)
# 该县将重点抓好七个方面工作, 今年要着力做好以下几方面工作: the work ahead, announced
_PLAN_ANNOUNCED = re.compile(
    r"(?:将|要|拟)(?:重点|着力|全力|主要|继续)?(?:抓好|做好|推进|实施|突出|聚焦|开展|做实|落实|在|从)"
    r"[^。；，]{0,16}?(?:[0-9一二三四五六七八九十两]+|以下|几)个?(?:方面|重点)"
    # 市工信局将进一步落实…，高质量高标准完成各项目标任务。: the year's tasks, to be done
    r"|(?:将|要)(?:进一步|继续)[^。；]{0,30}?完成(?:各项|全年|年度)(?:目标任务|工作目标|目标)"
    # 会上…，部署了科工局2018年工作。: the year's work deployed, its targets follow
    r"|部署了?[^。；，]{0,12}?(?:(?:19|20)[0-9]{2}年度?|今年|本年度?|全年|新一年)的?(?:各项)?(?:重点)?工作[。：:]?\s*$"
    # 报告提出：加大污染防治攻坚力度。…: what a report sets out follows
    rf"|^[^。；，]{{0,12}}?{p.SET_OUT}[：:]"
)
# …，2022年全县国民经济和社会发展的主要预期目标是：: the targets listed after it, at any length
_TARGETS_ANNOUNCED = re.compile(
    r"(?:预期目标|主要目标|目标任务|工作目标|发展目标)(?:计划|安排)?(?:是|为|如下)?[：:]\s*$"
)
# 到2027年：——孵化器承载力大幅提升。: a plan's horizon opening a heading
_PLAN_HORIZON = re.compile(r"[\s—-]*(?:到|至)(?:19|20)[0-9]{2}年(?:底|末)?[，：:]")
# 未来5年…战略，到2020年将实现：: a horizon said after a clause, what follows is aimed at
_HORIZON_OPENS = re.compile(
    r"[，,]\s*(?:到|至)(?:19|20)[0-9]{2}年(?:底|末)?(?:将|要|力争)?(?:实现|达到|完成)?[：:]\s*$"
)
# 三、 is a heading of level 1, （一） of level 2
_LIST_HEADING = re.compile(
    r"\s*(?:(?P<level1>[一二三四五六七八九十]{1,3}、)|(?P<level2>[(（][一二三四五六七八九十]{1,3}[)）]))"
)
_REVIEW = re.compile(r"完成|进展|执行|情况|回顾|成效|落实")
# SO2, PM2.5, G325: a name written in letters and digits (a heading may be one)
_LETTERED = re.compile(r"[A-Za-z]+[0-9]+(?:\.[0-9]+)?")
# a sentence this short and without figures is a heading; one longer is narrative
_HEADING_MAX = 30


def _opens_plan(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence without figures opens a plan: a short heading of a horizon or a plan
    (到2027年：, 主要目标：), or the work ahead announced at any length (2023年，省人社厅将在以下
    五个方面下功夫、求实效。一是…)."""
    if _PLAN_ANNOUNCED.search(text, lo, hi):
        return True
    if _TARGETS_ANNOUNCED.search(text, lo, hi) and not _REVIEW.search(text, lo, hi):
        return True  # 综合考虑…，2022年全县…的主要预期目标计划如下:
    if _PLAN_HORIZON.match(text, lo, hi) and not ph.is_actual(text[lo:hi]):
        return True  # 到2026年，建成…区域创新体系…。全市R&D投入强度达到2.0%以上: the goals
    return hi - lo <= _HEADING_MAX and (
        bool(_PLAN_HORIZON.match(text, lo, hi))
        or bool(_HORIZON_OPENS.search(text, lo, hi))
        or (bool(_PLAN_HEADING.search(text, lo, hi)) and not _REVIEW.search(text, lo, hi))
    )


def _heading_level(text: str, lo: int, hi: int) -> int:
    found = _LIST_HEADING.match(text, lo, hi)
    return 0 if found is None else 1 if found.group("level1") else 2


def _ends_plan(text: str, lo: int, hi: int, plan_level: int) -> bool:
    """A heading of the plan's level or above (（三） after （二）主要预期目标), or a long
    narrative of what was done; a part inside the plan's section (（一）… under 三、工作安排)
    goes on with it."""
    level = _heading_level(text, lo, hi)
    if level and (not plan_level or level <= plan_level):
        return True
    return hi - lo > _HEADING_MAX and ph.is_actual(text[lo:hi])


_SO_FAR = ("今年以来", "年初以来", "年初至今")


# 其中县级公路完工106公里: the parts of what the sentence before stated
_PARTS_OPEN = re.compile(r"\s*其中[，,：:]?")
_SET_SIZE = re.compile("总投资$")


def _new_paragraph(text: str, end: int, start: int) -> bool:
    """Whether a paragraph ends between the sentence ending at ``end`` (its mark) and the
    one at ``start``: a blank line, or a line break after a full stop (not a table's cell)."""
    if text.find("\n\n", end, start) >= 0:
        return True
    return text.startswith(("。", "！", "？"), end) and text.find("\n", end, start) >= 0


def extract_drafts(text: str) -> list[Draft]:
    drafts: list[Draft] = []
    heading, plans, heading_rate = "", False, False
    projecting = False  # whether the plan going on is of estimates (预计)
    targeted = False  # whether the last sentence with figures stated only targets
    plan_level = 0  # of the heading that opened the plan (三、 1, （一） 2), 0 if no list heading
    # 今年以来…，预计上半年…: "so far this year" reports no period a projection would follow
    first_period_match = next(
        (m for m in p.PERIOD.finditer(text) if m.group(0) not in _SO_FAR), None
    )
    first_period, first_name = (
        (first_period_match.start(), first_period_match.group(0))
        if first_period_match
        else (-1, "")
    )
    # One scan for numbers: what it finds in a sentence or a clause is what a scan of that
    # part finds, as no number runs across a comma or a full stop.
    numbers = list(p.MENTION.finditer(text))
    latest_year = _latest_year(text)
    starts = [number.start() for number in numbers]
    handed_out = "分解" in text or "下达" in text  # (a table of targets: see _TARGETS_TABLE)
    tabled, tables, ledger = read_tables(text)
    asked = [task for task, _ in ledger]
    said_until = 0  # where the sentence before ended
    for sentence_match in _SENTENCE.finditer(text):
        lo, hi = sentence_match.span()
        if tables and any(a <= lo and hi <= b for a, b in tables):
            continue  # a row of a table, read as one
        if (
            plans
            and not plan_level
            and _new_paragraph(text, said_until, lo)
            and not _ITEM_START.match(text, lo, hi)
            and ph.is_actual(text[lo:hi])
        ):
            # 帮扶期间，力争…以上。<blank line>帮扶团现有18名人员: a plan said in a sentence
            # (under no heading) ends with its paragraph when the next tells what is (a list
            # of targets goes on, blank lines or not)
            plans = targeted = False
        said_until = hi
        figures: list[Draft] = []
        first, last = bisect_left(starts, lo), bisect_left(starts, hi)
        # 进一步, 一行: narrative has no number at all, or none that can be a figure; a
        # sentence with such numbers is read only for a placeholder (XX亿元)
        found = [number for number in numbers[first:last] if mt.could_be_figure(number)]
        if found or (first < last and _PLACEHOLDER_AMOUNT.search(text, lo, hi)):
            periods = _scan(p.PERIOD, text, lo, hi)
            sentence = Sentence(text, lo, hi, periods, _scan(p.REGION, text, lo, hi))
            sentence.numbers = found
            sentence.topic, sentence.topic_rate = heading, heading_rate
            sentence.first_period, sentence.first_period_name = first_period, first_name
            sentence.latest_year = latest_year
            # (…。10个省份同比增长…。辽宁同比下降17.6%: of the measure before the places counted)
            # (…增长的市13个，增速高于全省平均水平的市8个。其中，池州…分别增长13.6%: of the
            # measure the places were counted by)
            before = next(
                (d for d in reversed(drafts) if not places_counted(d) or counted_measure(d)), None
            )
            before = before or (drafts[-1] if drafts else None)
            measure = counted_measure(before) if before else ""
            sentence.previous = (measure or before.indicator) if before and not heading else ""
            sentence.previous_figure = before if sentence.previous else None
            # （二）主要预期目标。地区生产总值增长6%左右…; 计划完成X3518公里。其中A106公里…:
            # the parts of a target are targets too
            parts = targeted and _PARTS_OPEN.match(text, lo, hi) is not None
            # 工作任务 | … | 落实情况: what a ledger's task asks is a target
            task = any(a <= lo and hi <= b for a, b in asked)
            sentence.target_mode = sentence.horizon = plans or parts or task
            sentence.projecting = plans and projecting  # (预计…。…: the estimates go on)
            _read_sentence(sentence)
            figures = _levels_before_their_noun(text, sentence.figures, lo, hi)
            _lengths_of_counts(figures)
            figures = _places_before_their_measure(text, figures, drafts, lo, hi)
            figures = _places_at_the_bound(text, figures, hi)
            drafts.extend(figures)
            # 预计(下同)全年…，完成年度计划的105.7%。其中…: estimates of what was done (see
            # _estimates), and what follows is told the same way
            estimated = any(_estimate_done(text, f) for f in figures)
            # (目标为，项目5132个，总投资23395亿元，年度投资4910亿元。其中…: a set's size is
            # no target, and the parts of the targets after it are targets all the same)
            targeted = (
                bool(figures)
                and not estimated
                and any(f.target is not None for f in figures)
                and all(
                    (f.value is None and f.target is not None) or _SET_SIZE.search(f.indicator)
                    for f in figures
                )
            )
            # 1.地区生产总值增长6.2%左右。牵头单位：… 2.…: a list of targets goes on
            if figures and not task:  # (what a ledger's task asks ends with its cell)
                plans = (
                    sentence.horizon
                    and not sentence.horizon_ends
                    and not estimated
                    and all(f.value is None for f in figures)
                )
                projecting = sentence.projecting
            else:  # 围绕上述目标，重点抓好以下九个方面工作：: no figure, the plan goes on
                plans = plans and not _ends_plan(text, lo, hi, plan_level)
        elif _ends_plan(text, lo, hi, plan_level):
            plans = targeted = False  # a new part, or narrative of what was done
        heading, heading_rate = "", False
        view = _VIEW_OPENS.match(text, lo, hi) if not figures else None
        if view:
            # 从入库目标任务完成率看，整体完成情况较好…。南昌、景德镇等市超过70%: the view
            # names what the next sentence's figures are
            rate = _RATE_WORD.search(view.group("name"))
            name = (
                view.group("name")[: rate.start()]
                if rate
                else _GROWTH_WORD.sub("", view.group("name"))
            )
            heading, heading_rate = ph.strip_target_words(name), bool(rate)
        elif not figures and (hi - lo <= _HEADING_MAX or text[hi - 1] in "：:"):
            # 首先，为了…，回顾一下上半年各县(市、区)GDP完成数据：<line> the list's last clause
            clause = max(lo, *(text.rfind(c, lo, hi) + 1 for c in "，,；;"))
            plain = ph.clean(_HEADING_NUMBER.sub("", text[clause:hi]))
            # (较6月末增加了10.7个百分点。 is no heading: a heading has no number)
            short = hi - clause <= _HEADING_MAX
            # (SO2, PM2.5: names with digits, of a table's row)
            numbered = p.DIGIT.search(plain) and p.DIGIT.search(_LETTERED.sub("", plain))
            heading = plain if short and len(plain) <= 12 and not numbered else ""
        if not figures and not view and _opens_plan(text, lo, hi):
            if not plans:
                plan_level = _heading_level(text, lo, hi)
            plans = True
        if hi - lo <= _HEADING_MAX and _TARGETS_SET.search(text, lo, hi) and not plans:
            # 一、8项考核指标设置情况 (with its count or without): the targets follow
            plans, plan_level = True, _heading_level(text, lo, hi)
        elif not plans and _chose_tasks(text, lo, hi, heading=True):
            # 县政府2025年度十件民生实事项目正式出炉！一、…: the tasks chosen for the year, under
            # every heading after (-1: no list heading ends them)
            plans, plan_level = True, -1
        elif (
            not plans and handed_out and _TARGETS_TABLE.match(text, lo, min(hi, lo + _TITLE_REACH))
        ):
            # 2021年重大民生实事项目目标任务责任分解表 序号 项目名称…: a table of targets
            plans, plan_level = True, 0
    if tabled:
        drafts = sorted(drafts + tabled, key=lambda d: d.start)
    if ledger:
        drafts = _asked_and_done(text, drafts, ledger)
    for index, draft in enumerate(drafts):
        _growth_by_name(drafts, index)
        place, draft.indicator = ph.split_place(draft.indicator)
        draft.region = draft.region or place
        if draft.region:
            draft.indicator = ph.without_group(draft.indicator)
        if draft.value is not None:
            draft.indicator = ph.stage_first(draft.indicator)
            if is_count(draft.unit):
                draft.indicator = ph.doers_last(draft.indicator)
            if draft.indicator in _CASUALTIES and draft.unit == "人":
                draft.indicator += "人数"  # 死亡33人: the deaths, counted
        if place:
            draft.indicator = _spelled_out(draft.indicator, drafts[:index])
    _stages_reached_not_planned(text, drafts)
    drafts = _places_at_a_bound(text, drafts)
    drafts = _plans_met(text, _targets_apart(text, _estimates(text, drafts)))
    drafts = _rates_carried(text, _rates_of_sentences_before(text, drafts))
    drafts = _targets_named_by_rates(text, drafts)
    drafts = _rates_listed_apart(text, _rates_of_counts(text, _stage_targets_rated(drafts)))
    drafts = _targets_apart(text, drafts, rated=True)  # (开工率53.95%: a stage's rate, just read)
    drafts = _budgets_spent(drafts)
    drafts = _done_of_sets(text, _stages_of_sets(text, _due_and_done(drafts)))
    drafts = _stages_of_sets_apart(text, drafts)
    drafts = _shares_of_wholes_named(text, _shares_of_sets(text, drafts))
    drafts = _stage_rates_of_a_set(_states_of_sets(text, _done_of_wholes(text, drafts)))
    drafts = _growths_same_below(text, _growths_then_levels(drafts))
    drafts = _headed_tasks(text, drafts)
    _households_and_people(text, drafts)
    drafts = _values_of_each(text, _measures_sharing_a_rate(drafts))
    for draft in drafts:
        draft.indicator = ph.tidy_end(draft.indicator)
    return _dedupe(text, _rates_of_the_named(text, _rates_sharing_a_value(drafts)))


# 高新技术产业增加值、技术合同成交额增长10%以上: measures listed, each named in full
_LISTED_MEASURE = rf"{ph.MEASURE.pattern}|零售总?额|(?:进|出)口总?额|支出|产量|余额"
_MEASURES_LISTED = re.compile(
    rf"(?:[^、和与及的占]{{2,16}}?(?:{_LISTED_MEASURE})[、和与及])+"
    rf"[^、和与及的占]{{2,16}}?(?:{_LISTED_MEASURE})"
)
_MEASURE_APART = re.compile("[、和与及](?=[^、和与及]{2})")


def _measures_sharing_a_rate(drafts: list[Draft]) -> list[Draft]:
    """高新技术产业增加值、企业吸纳技术合同成交额增长10%以上: a growth (or a growth aimed at)
    that measures listed share is each measure's."""
    shared: list[Draft] = []
    for draft in drafts:
        growth_only = draft.yoy_growth is not None and draft.target is None
        aimed_only = draft.target is not None and draft.unit == "%" and draft.yoy_growth is None
        if (
            draft.value is not None
            or draft.completion_rate is not None
            or not (growth_only or aimed_only)
            or not _MEASURES_LISTED.fullmatch(draft.indicator)
        ):
            shared.append(draft)
            continue
        names = _MEASURE_APART.split(draft.indicator)
        shared += [replace(draft, indicator=name) for name in names]
    return shared


# 营业额与出口额各约4000亿元, 高企和科技型中小企业均为120家: one level said of each
_EACH_VALUE = re.compile(rf"(?:各|(?<![平人])均|都)(?:约|为|是|达到?|有)*(?:{p.CURRENCY})?\s*$")
_KINDS_APART = re.compile("[、和与及]")
_NAMES_APART = re.compile("[、和]")
_MOST_KINDS = 4
_SHORT_KIND = 4
_NUMBER_AT = re.compile("[0-9]")


def _kinds_said(said: str, names: list[str]) -> bool:
    """Whether ``names`` are the kinds ``said`` lists: each as written, but the first may take
    the words the others share when it is short (国家级和省级孵化器)."""
    first = _NAMES_APART.split(said)[0]
    return all(len(name) >= 2 and name in said for name in names[1:]) and (
        names[0] in said or len(first) <= _SHORT_KIND
    )


def _values_of_each(text: str, drafts: list[Draft]) -> list[Draft]:
    """A level that kinds listed have each (各, 均) is each kind's."""
    each: list[Draft] = []
    for draft in drafts:
        number = _NUMBER_AT.search(text, draft.start, draft.end)
        if (
            draft.value is None
            or draft.unit in (None, "%")
            or number is None
            or not _EACH_VALUE.search(text, draft.start, number.start())
        ):
            each.append(draft)
            continue
        # (研究与试验发展经费支出和…: 与 inside a name; 国家级和省级孵化器: the noun shared)
        # (与 and 及 join words inside names more often than names: tried last)
        listed = len(_NAMES_APART.findall(draft.indicator)) + 1
        count = len(_KINDS_APART.findall(draft.indicator)) + 1
        names = next(
            (
                split[0]
                for n in dict.fromkeys((listed, count))
                if 1 < n <= _MOST_KINDS
                and (split := ph.split_subjects(draft.indicator, n))
                and not split[1]
            ),
            None,
        )
        if names is None or not _kinds_said(draft.indicator, names):
            each.append(draft)
            continue
        each += [replace(draft, indicator=name) for name in names]
    return each


# 新罗区(607.87亿元 同比增长5.4%下同)、上杭县(281.72亿元 5.6%): the bare percentage after a
# level in brackets is what the first bracket named it (下同: "the same below")
_SAME_BELOW = re.compile(
    rf"(?:同比|比上年|比去年)?(?:增长|增幅|增速|{p.GROWTH_WORD})[^()（）]{{0,12}}下同"
)
_LEVEL_AND_PERCENT = re.compile(r"\s*[，,]?\s*")
_BRACKETED_LEVEL = re.compile(r"[(（][0-9.,]+[^0-9()（）]{0,4}$")
_NUMBER_REACH = 16  # characters a level's number may take before the span of its figure
_BRACKET_CLOSING = re.compile(r"\s*[)）]")


def _growths_same_below(text: str, drafts: list[Draft]) -> list[Draft]:
    """A percentage alone in a level's brackets is the level's growth when a bracket before
    it on the line said so with 下同; the percentage is no figure of its own."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        level, percent = drafts[index - 1], drafts[index]
        if (
            percent.unit != "%"
            or level.value is None
            or level.unit in (None, "%")
            or level.yoy_growth is not None
            or attributed(percent)
            or not _LEVEL_AND_PERCENT.fullmatch(text, level.end, percent.start)
            or not _BRACKETED_LEVEL.search(text, max(0, level.start - _NUMBER_REACH), level.end)
            or not _BRACKET_CLOSING.match(text, percent.end)
        ):
            continue
        line = text.rfind("\n", 0, level.start) + 1
        if _SAME_BELOW.search(text, line, level.end):
            level.yoy_growth = percent.value
            dropped.add(index)
    return [d for i, d in enumerate(drafts) if i not in dropped] if dropped else drafts


def _rates_of_the_named(text: str, drafts: list[Draft]) -> list[Draft]:
    """完成技改投资3887亿元。技改投资完成全年目标的84.5%，超计划进度1.2个百分点: a rate
    said in the next sentence of a measure just reported, by its name and nothing else, is
    that figure's (not one of its own)."""
    dropped: set[int] = set()
    for index, rate in enumerate(drafts):
        if (
            not _rate_alone(rate)
            or rate.yoy_growth is not None
            or rate.region
            or rate.period  # (1月、2月、3月单月进度分别为…: each month's own)
        ):
            continue
        level = next(
            (
                d
                for d in reversed(drafts[max(0, index - _RATE_LOOKBACK) : index])
                if d.indicator == rate.indicator
                and len(_SENTENCE_ENDS.findall(text, d.end, rate.start)) <= 1
            ),
            None,
        )
        if (
            level is None
            or level.value is None
            or level.completion_rate is not None
            or level.region
            or (level.target is not None and rate.target is not None)
        ):
            continue
        level.completion_rate = rate.completion_rate
        level.time_progress_gap_pp = level.time_progress_gap_pp or rate.time_progress_gap_pp
        level.target = level.target or rate.target
        dropped.add(index)
    return [d for i, d in enumerate(drafts) if i not in dropped] if dropped else drafts


_RATE_NAME_END = re.compile("(?:率|比重|占比)$")
_SENTENCE_ENDS = re.compile(f"[{_SENTENCE_MARKS}]")


def _rates_sharing_a_value(drafts: list[Draft]) -> list[Draft]:
    """回访率、就业服务率达到100%: rates listed before one percentage each have it (a sum of
    rates means nothing; 城镇、农村居民收入比 shares its noun and stays one)."""
    if not any("、" in d.indicator for d in drafts):
        return drafts
    split: list[Draft] = []
    for draft in drafts:
        names = draft.indicator.split("、") if draft.unit == "%" and not draft.region else []
        if len(names) < 2 or not all(len(n) > 2 and _RATE_NAME_END.search(n) for n in names):
            split.append(draft)
            continue
        split.extend(replace(draft, indicator=name) for name in names)
    return split


_GROWTH_HEADING_REACH = 24  # characters from a growth said first to the level it names


def _growths_then_levels(drafts: list[Draft]) -> list[Draft]:
    """三、社会消费品零售总额下降5.9%。全市实现社会消费品零售总额825.81亿元: a growth said
    first (a heading) and the level of the same name right after are one figure; so are a
    level and a bare growth said later under the same name and place (…浓度为33微克/立方米。
    与去年同期相比，…浓度下降25%)."""
    dropped: set[int] = set()
    index = 0
    while index < len(drafts):
        # 城乡居民人均可支配收入分别增长12%和13%，分别达43366元和13835元: a run of growths,
        # then as many levels of the same names in the same order (or the run's last few: a
        # growth said as a heading, then its level)
        run = 0
        while index + run < len(drafts) and _bare_growth(drafts[index + run]):
            run += 1
        end = index + run
        for size in range(run, 0, -1):
            growths, said = drafts[end - size : end], drafts[end : end + size]
            if (
                len(said) == size
                and said[0].start - growths[-1].end <= _GROWTH_HEADING_REACH
                and all(_level_of(g, lv) for g, lv in zip(growths, said, strict=True))
            ):
                for growth, level in zip(growths, said, strict=True):
                    level.yoy_growth = growth.yoy_growth
                dropped.update(range(end - size, end))
                break
        index = end + 1 if run else index + 1
    levels: dict[tuple[str, str | None], int] = {}  # the last level of each name and place
    for index, draft in enumerate(drafts):
        key = (ph.counted_key(draft.indicator), draft.region)
        if draft.value is not None and draft.unit != "%":
            levels[key] = index
            continue
        if not _bare_growth(draft) or index in dropped:
            continue
        if key not in levels:
            # 发生生产安全事故37起…，事故起数下降17.77%: the level whose name ends with the
            # growth's (the kind of accident said once)
            key = next(
                (k for k in reversed(levels) if k[1] == key[1] and _ends_with_name(k[0], key[0])),
                key,
            )
            if key not in levels:
                continue
        level = drafts[levels[key]]
        if (
            level.yoy_growth is None
            and level.qualifier != ">"  # (资阳…完成投资均超过100亿元: a bound passed, no level)
            and levels[key] not in dropped
            and draft.start - level.end <= _LEVEL_BEFORE_REACH
            and draft.period in (None, level.period)
        ):
            # 细颗粒物月平均浓度为33微克/立方米。与去年同期相比，…细颗粒物月平均浓度下降25%:
            # the growth of the level stated before under the same name
            level.yoy_growth = draft.yoy_growth
            dropped.add(index)
    return [d for i, d in enumerate(drafts) if i not in dropped]


_LEVEL_BEFORE_REACH = 240  # characters from a level to its growth stated later by name
_MOVED_VERB = re.compile("(?:分别|均)?(?:增加|减少|增|减)了?$")
_CASUALTIES = ("死亡", "受伤", "遇难", "失踪", "重伤", "轻伤")


def _ends_with_name(level: str, growth: str) -> bool:
    return len(growth) >= 2 and level.endswith(growth)


def _level_of(growth: Draft, level: Draft) -> bool:
    """Whether ``level`` is the level of the bare ``growth`` said just before it."""
    return (
        level.value is not None
        and level.unit != "%"
        and level.yoy_growth is None
        and level.target is None
        and level.indicator == growth.indicator
        and level.region == growth.region
    )


def _bare_growth(draft: Draft) -> bool:
    return (
        draft.value is None
        and draft.unit is None
        and draft.yoy_growth is not None
        and draft.target is None
        and draft.completion_rate is None
        and draft.time_progress_gap_pp is None
        and not draft.projected
    )


# 中央预算内资金2.6367亿元，已完成1.0267亿元; 15个农村幸福院建设已完成8个(53%); 263场送戏进万村
# 已送230场(87%): the words between a whole and the part of it done
_DONE_OF_WHOLE = re.compile(
    r"[，,]\s*(?:目前|现)?(?:已经|已)(?P<amount>完成)了?"
    r"|[^，。；、（）()]{1,24}?(?:已经|已)(?P<verb>完成|送|建成|办结|解决)了?"
)
_RATE_IN_BRACKETS = re.compile(r"\s*[(（]")
_BRACKETED_RATE = 10  # characters from a count to the end of its rate in brackets


def _done_of_wholes(text: str, drafts: list[Draft]) -> list[Draft]:
    """An amount or a count of a task, then the part of it done (bare, or the task's name
    and a verb of doing), maybe with the rate in brackets: the whole is the target of the
    part and no figure of its own; a count's part is named by 完成 when that was the verb."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        whole, done = drafts[index - 1], drafts[index]
        if index - 1 in dropped or whole.value is None or done.value is None:
            continue
        if whole.unit != done.unit or whole.unit == "%":
            continue
        if whole.target is not None or done.target is not None or done.value > whole.value:
            continue
        said = _DONE_OF_WHOLE.match(text, whole.end, done.end)
        if said is None or not text[said.end() : said.end() + 1].isdigit():
            continue
        counted = counts_things(whole.unit)
        if counted == bool(said.group("amount")):
            continue  # (an amount's part is said bare, a count's part names the task)
        if not done.indicator.startswith(whole.indicator):
            continue
        rate = drafts[index + 1] if index + 1 < len(drafts) else None
        if (
            counted
            and rate is not None
            and rate.unit == "%"
            and rate.value is not None
            and done.completion_rate is None
            and _RATE_IN_BRACKETS.match(text, done.end)
            and rate.end - done.end <= _BRACKETED_RATE
            and abs(done.value * 100 / whole.value - rate.value) <= 1
        ):
            done.completion_rate, done.end = rate.value, rate.end
            dropped.add(index + 1)
        if counted:
            verb = "完成" if said.group("verb") == "完成" else ""
            done.indicator = verb + whole.indicator.removeprefix(verb)
        done.target = whole.value
        dropped.add(index - 1)
    return [d for i, d in enumerate(drafts) if i not in dropped]


# 17市中GDP增幅最高的是菏泽，为8.4%; P增长幅度前十名，为博兴县(15.81%)…: a rate named a growth
_GROWTH_NAMED = re.compile(rf"{p.GROWTH_WORD}(?:{ph.RANK}|(?:最|较)(?:高|低|快|慢))?的?(?:是|为)?$")


def _growth_by_name(drafts: list[Draft], index: int) -> None:
    """A plain rate (no qualifier, rate, growth or target of its own) whose name ends in a
    growth word is the growth of what the rest of the name measures; a place's rate named
    by the growth word alone (增速前三位的县是：鸡泽县29.5%) is the growth of the measure
    reported before."""
    draft = drafts[index]
    plain = draft.unit == "%" and draft.value is not None and draft.qualifier is None
    if not plain or (draft.yoy_growth, draft.completion_rate, draft.target) != (None, None, None):
        return
    named = _GROWTH_NAMED.search(draft.indicator)
    measure = ph.clean(draft.indicator[: named.start()]) if named else ""
    if named and not measure and draft.region:
        # (of a measure whose growth was given: the growth ranked is of the same kind)
        before = (drafts[i] for i in range(index - 1, -1, -1))  # (no copy: this runs per figure)
        grown = (d for d in before if d.yoy_growth is not None and d.indicator)
        measured = next(grown, None)
        measure = measured.indicator if measured else ""
    if measure:
        draft.indicator = measure
        draft.as_growth()


_NAMED_WHOLE = 3  # characters of a whole's name the rate's words must repeat (预算数)
_WHOLE_BACK = 4  # figures back in the sentence to look for the whole a rate names


def _targets_named_by_rates(text: str, drafts: list[Draft]) -> list[Draft]:
    """可支用预算数计87億3,972萬6千元；…實現數共45億7,598萬7千元,占可支用預算數之52.36%: a
    rate of a whole named, not stated, after the value: the whole stated before under that
    name, when the rate fits it, is the target (in the value's unit) and no figure apart."""
    dropped: set[int] = set()
    for index, draft in enumerate(drafts):
        if draft.value is None or draft.completion_rate is None or draft.target is not None:
            continue
        words = text[draft.start : draft.end]
        for back in range(index - 1, max(-1, index - 1 - _WHOLE_BACK), -1):
            whole = drafts[back]
            if whole.sentence != draft.sentence or back in dropped:
                break
            if whole.value is None or whole.completion_rate is not None:
                continue
            if whole.target is not None or whole.yoy_growth is not None:
                continue
            name = whole.indicator[-_NAMED_WHOLE:]
            size = convert(whole.value, whole.unit, draft.unit)
            if len(name) < _NAMED_WHOLE or name not in words or size is None:
                continue
            interval = implied_range(draft.value, draft.unit, draft.completion_rate)
            if interval.low <= size <= interval.high:
                draft.target = size
                dropped.add(back)
                break
    return [d for i, d in enumerate(drafts) if i not in dropped]


def _rates_of_sentences_before(text: str, drafts: list[Draft]) -> list[Draft]:
    """出栏生猪220.25万头，…。出栏肉牛5.1万头，…。分别完成全年目标任务的42.3%、34%: a
    sentence of rates alone, listed with 分别 and naming nothing, gives in order the rates of
    the levels the sentences before reported, one each."""
    dropped: set[int] = set()
    index = 0
    while index < len(drafts):
        first, run = drafts[index], index
        while run < len(drafts) and _rate_said_alone(drafts[run], first.sentence):
            run += 1
        count = run - index
        levels = drafts[index - count : index] if 2 <= count <= index else []
        listed = text.find("分别", first.sentence, first.start) if levels else -1
        if (
            listed >= 0
            and not ph.clean(text[first.sentence : listed])
            and all(_level_unrated(d, first.sentence) for d in levels)
            and len({d.sentence for d in levels}) == count  # one level a sentence
        ):
            for level, rate in zip(levels, drafts[index:run], strict=True):
                level.completion_rate = rate.completion_rate
            dropped.update(range(index, run))
        index = max(run, index + 1)
    return [d for i, d in enumerate(drafts) if i not in dropped] if dropped else drafts


def _rate_said_alone(draft: Draft, sentence: int) -> bool:
    """A completion rate alone in ``sentence``, with no target and no place."""
    return (
        draft.sentence == sentence
        and _rate_only(draft)
        and draft.target is None
        and draft.region is None
    )


def _level_unrated(draft: Draft, sentence: int) -> bool:
    return (
        draft.value is not None
        and draft.unit not in (None, "%")
        and draft.completion_rate is None
        and draft.target is None
        and draft.sentence < sentence
    )


def _rates_carried(text: str, drafts: list[Draft]) -> list[Draft]:
    """出口48583万美元，同比增长24.1%。完成全年出口目标任务的60.5%，超任务进度10.5个百分点:
    a sentence that gives only the rate of the figure just reported completes it; so does a
    growth named by the tail of its name."""
    kept: list[Draft] = []
    for draft in drafts:
        last = kept[-1] if kept else None
        if (
            last is not None
            and draft.value is None
            and draft.target is None
            and draft.yoy_growth is None
            and draft.completion_rate is not None
            and last.value is not None
            and last.completion_rate is None
            and last.time_progress_gap_pp is None
            and draft.indicator == last.indicator
            and draft.region == last.region
            and draft.period in (None, last.period)
            and "。" in text[last.end : draft.start]
        ):
            last.completion_rate, last.end = draft.completion_rate, draft.end
            last.time_progress_gap_pp = draft.time_progress_gap_pp
            last.status = last.status or draft.status
            continue
        if (
            last is not None
            and draft.value is None
            and draft.target is None
            and draft.completion_rate is None
            and draft.yoy_growth is not None
            and last.value is not None
            and last.yoy_growth is None
            and len(draft.indicator) >= 2
            and last.indicator.endswith(draft.indicator)
            and draft.region == last.region
        ):
            # 工业总产值…超过1100亿元，总产值增速高达30%: the growth of the level just reported,
            # named by the tail of its name
            last.yoy_growth, last.end = draft.yoy_growth, draft.end
            continue
        if (
            last is not None
            and draft.value is None
            and draft.target is None
            and draft.completion_rate is None
            and draft.yoy_growth is None
            and draft.time_progress_gap_pp is not None
            and last.completion_rate is not None
            and last.time_progress_gap_pp is None
            and draft.region == last.region
            and (_RATE_ONLY.search(draft.indicator) or not draft.indicator)
        ):
            # 占年度计划投资的61.14%。完成年度计划投资比率较时间进度要求(62.5%)稍慢1.36个
            # 百分点: the gap of the rate just reported
            last.time_progress_gap_pp, last.end = draft.time_progress_gap_pp, draft.end
            continue
        kept.append(draft)
    return kept


_RATE_ONLY = re.compile(r"(?:比率|完成率|比例|进度)$")


# 履约项目244个,开工项目222个,…项目履约率、开工率…分别为98.8%、90%: the stages a count is named by
_STAGE_WORDS = re.compile(f"{p.alternation(p.STARTED, p.FINISHED, p.DEALT)}|办结|启动")
_ALL_REACHED = re.compile("(?:已经?|均已|均)?(?:全部|全面|悉数)")
_APART_LOOKBACK = 12  # figures back from a rate to the count it is of


def _stage_key(name: str) -> tuple[frozenset[str], str]:
    return frozenset(_STAGE_WORDS.findall(name)), _STAGE_WORDS.sub("", name)


def _rates_listed_apart(text: str, drafts: list[Draft]) -> list[Draft]:
    """履约项目244个，开工项目222个，…项目履约率、开工率分别为98.8%、90%; 霍山县32个、金寨县
    22个。各县区…开工率分别为：霍山县94.1%: a rate given alone in a later clause is the rate of
    the count before named by the same stage (and place), in its sentence or listed (分别) in
    the next; the set the rate agrees with in the count's sentence is its target."""
    dropped: set[int] = set()
    taken: set[int] = set()
    sentences = sorted({d.sentence for d in drafts})
    for index, rate in enumerate(drafts):
        if rate.value is not None or rate.completion_rate is None or rate.target is not None:
            continue
        stages, rest = _stage_key(rate.indicator)
        if not stages or rate.yoy_growth is not None:
            continue
        listed = text.find("分别", rate.sentence, rate.start) >= 0
        reach = sentences[max(0, bisect_left(sentences, rate.sentence) - listed)]
        for back in range(index - 1, max(-1, index - 1 - _APART_LOOKBACK), -1):
            count = drafts[back]
            if count.sentence < reach:
                break
            if back in taken or count.target is not None:
                continue
            right_before = back == index - 1 and count.sentence == rate.sentence
            if not _stage_count(count) and not (
                # 完工2985公里，完工率92.83%: a length or an area done, rated right after
                right_before
                and count.value is not None
                and count.completion_rate is None
                and count.unit not in (None, "%")
            ):
                continue
            if count.region != rate.region:
                continue
            count_stages, count_rest = _stage_key(count.indicator)
            if (
                not count_stages
                and right_before
                and stages <= set(_STAGE_WORDS.findall(text, count.end, rate.start))
                and _ALL_REACHED.search(text, count.end, rate.start)
            ):
                # 12个重点项目已全部开工，开工率100%: the set, all of it at the stage
                count.indicator = "".join(sorted(stages)) + count.indicator
                count_stages, count_rest = stages, count.indicator
            if count_stages != stages or (rest and rest != count_rest):
                continue
            count.completion_rate = rate.completion_rate
            count.time_progress_gap_pp = count.time_progress_gap_pp or rate.time_progress_gap_pp
            count.target = _set_agreeing(drafts, back)
            taken.add(back)
            dropped.add(index)
            break
    return [d for i, d in enumerate(drafts) if i not in dropped]


def _set_agreeing(drafts: list[Draft], index: int) -> Decimal | None:
    """The set, counted before in the sentence of the count at ``index``, that its completion
    rate agrees with."""
    count = drafts[index]
    assert count.value is not None and count.completion_rate is not None
    fits = implied_range(count.value, count.unit, count.completion_rate)
    for whole in reversed(drafts[max(0, index - _SET_LOOKBACK) : index]):
        if whole.sentence != count.sentence or whole.unit != count.unit:
            continue
        if whole.value is not None and fits.low <= whole.value <= fits.high:
            return whole.value
    return None


def _estimated(s: Sentence, head: str, pos: int) -> bool:
    if looks_ahead(s, pos):
        return False  # 1-5月…。预计上半年增长5%: a projection
    marks = [m.group(0) for m in p.TARGET_MARK.finditer(head)]
    if marks:
        return p.projections_only(marks)
    return s.target_mode and s.projecting and not ph.is_actual(head)


# 到2021年一季度，…预计超过1000家: a period to come
_BY_THEN = re.compile(r"(?<![截止])(?:到|至)(?:(?:19|20)[0-9]{2}年)?$")
# 完成16.1亿元，超出市级下调任务指标6000万元: by how much the level passed its target
_EXCESS = re.compile(
    r"^[，,\s]*(?:超出|超过|超)(?!序时|时序|进度)[^，；。0-9%]{0,10}?(?:任务|目标|计划)(?:指标|数)?$"
)


def _excess_over_target(s: Sentence, segment: str, mention: mt.Mention) -> bool:
    """The excess of the level before over its target gives that target (16.1亿元 less 6000万元:
    15.5亿元); the excess is no figure of its own."""
    if mention.is_percent or not s.figures or not _EXCESS.search(segment):
        return False
    if s.text.startswith("的", mention.end):
        return False  # 超全年挑战目标726亿元的序时进度: the target passed, named (not the excess)
    level = s.figures[-1]
    if not _may_meet(level):
        return False
    excess = convert(mention.value, mention.unit, level.unit)
    if excess is None or level.value is None or excess >= level.value:
        return False
    level.target = level.value - excess
    level.end = max(level.end, mention.end)
    return True


# 高于目标要求2个百分点, 比目标低0.5个百分点: how far a level in % is from its target
# (低于省控线0.84个百分点: below the control line the province set, its target)
_POINTS_FROM_TARGET = re.compile(
    r"^[，,\s]*(?:分别|均)?(?:(?:比|较)(?:年度|全年|年|省定|市定|预期|控制)?(?:目标|指标)(?:要求|任务|值)?"
    r"(?:(?P<above>高出?|多)|(?P<below>低|少))"
    r"|(?:(?P<over>高于|超出?|超过)|(?P<under>低于))(?:年度|全年|年|省定|市定|预期|控制性?)?"
    r"(?:目标|指标)(?:要求|任务|值)?"
    r"|(?:(?P<over2>高于|超出?|超过)|低于)(?:省|市|县|区|国家)?(?:控制线|控线))了?(?:分别)?$"
)


_TARGET_WORDS = re.compile("目标|指标|控线|控制线")


def _points_from_target(s: Sentence, segment: str, found: list[mt.Mention], i: int) -> int:
    """How many mentions from ``found[i]`` are the points by which the levels in % just
    before are above or below their targets; each such level gets its target."""
    if found[i].unit != "个百分点" or not _TARGET_WORDS.search(segment):
        return 0
    words = _POINTS_FROM_TARGET.search(segment)
    if words is None:
        return 0
    group = _group(s.text, found, i) if "分别" in s.text[s.lo : found[i].start] else [found[i]]
    group = [m for m in group if m.unit == "个百分点"]
    levels = [f for f in s.figures if f.unit == "%" and f.value is not None][-len(group) :]
    if len(levels) != len(group) or not s.figures or levels[-1] is not s.figures[-1]:
        return 0
    if any(f.target is not None for f in levels):
        return 0
    up = words.group("above") or words.group("over") or words.group("over2")
    for level, mention in zip(levels, group, strict=True):
        value = level.value or Decimal(0)
        level.target = value - mention.value if up else value + mention.value
        level.end = max(level.end, mention.end)
    return len(group)


# 比年度计划高12个百分点, 较计划投资低3.5个百分点: how far the rate is above or below 100%
_BEYOND_PLAN = re.compile(
    r"^[，,\s]*(?:(?:比|较)(?:年度|全年|年)?(?:投资)?(?:计划|目标)(?:投资|任务)?"
    r"(?:(?P<above>高出?|超出?|多)|(?P<below>低|少))了?"
    # 完成投资40.27亿元，超年度计划3.5个百分点 (not 超计划进度: a gap to time progress)
    r"|(?P<over>超出?|超过)(?:年度|全年|年)(?:投资)?(?:计划|目标)(?:任务)?)$"
)
# 预计全年, 预计年底, 预计达产年产值: an estimate of the whole year, or of when a project is
# done, is a projection
_BEYOND = re.compile("全年|年度|今年|年底|年末|明年|未来|到20|达产|达效|投产后|建成后|届时")


def _of_the_period_reported(text: str, draft: Draft) -> bool:
    """1~9月份，…预计固定资产投资完成520亿元: an estimate of the period the sentence reports,
    which has passed (not of the whole year)."""
    said = text.rfind("预计", draft.sentence, draft.end)
    if said < 0 or _BEYOND.search(text, said, draft.end):
        return False
    period = p.PERIOD.search(text, draft.sentence, said)
    return (
        period is not None
        and period.group(0) not in _SO_FAR
        and not _BY_THEN.search(text, draft.sentence, period.start())
    )


# 夏粮喜获丰收，预计产量11.84万吨: the harvest is in, and its estimate is of what was done
_HARVESTED = re.compile("丰收|收官|颗粒归仓|收购结束|收割(?:结束|完毕)")


# 过去一年，…预计新增规上工业企业超60家: estimates in a review of the year just ended; a
# sentence opening on the year ahead ends the review
_YEAR_OPENS = re.compile(
    # 过去五年工作回顾, 五年来, “十三五”时期: a review of past years opens too
    r"(?:^|[。！？；\n])\s*(?:[一二三四五六七八九十]+、)?(?:(?P<past>过去(?:的)?[一二两三四五]年"
    r"|回顾(?:过去)?[一二两三四五]年|去年|上一年|[一二两三四五]年来|[“\"]?十[一二三]五[”\"]?\s*时期)"
    r"|(?:今年|明年|新的一年|未来一年))"
    # 政府工作报告在总结2024年工作时指出，预计…
    r"|(?P<summed>总结[^，。；]{0,10}?工作)"
    # 记者从会议上获悉，过去一年全省…: the past year after a clause that says who told it
    r"|(?<=[，,])\s*(?P<past_said>过去(?:的)?[一二两三四五]年)"
)
_REVIEW_SPAN = 600  # characters back from an estimate to the opening of its review


def _in_review(text: str, at: int) -> bool:
    lo = max(text.rfind("\n\n", 0, at), at - _REVIEW_SPAN, 0)
    opens = list(_YEAR_OPENS.finditer(text, lo, at))
    last = opens[-1] if opens else None
    return last is not None and any(last.group(k) for k in ("past", "summed", "past_said"))


# 全社会R&D预计完成17.30亿元, 预计为17.12亿元: an estimate said in words of what was done
# (预计可达到, 预计将达, 预计全年完成: what is expected)
_DONE_ESTIMATE = re.compile(
    r"预计(?![^，。；]{0,6}(?:全年|年底|年末|今年|明年))[^，。；：可将能会达]{0,12}?(?:完成|实现)[^，。；0-9]{0,16}[0-9]|预计(?:为|是)\s*[0-9]"
)

# 2026年，预计实现…: the estimate of a year named, a projection unless a review says otherwise
_YEAR_BEFORE = re.compile(r"(?:19|20)[0-9]{2}年(?:度|全年)?[，,\s]*$")


def _estimates(text: str, drafts: list[Draft]) -> list[Draft]:
    """预计1-7月份完成固定资产投资61亿元，完成全年任务的40.1%: a figure said to have done a
    share of the year's target is an estimate of what was done, not a plan; so is one said to
    have grown on last year (预计实现地区生产总值391亿元，增长8.6%) unless the text has told
    what was done in a period before (1-5月…，预计上半年…: a projection)."""
    done: set[int] = set()  # sentences whose estimates are of what was done
    for draft in drafts:
        if draft.value is None and _estimate_done(text, draft):
            draft.value, draft.target = draft.target, None
            done.add(draft.sentence)
        elif (
            draft.yoy_growth is not None
            and draft.target is None
            and draft.value is None
            and not draft.ahead
            and text.find("预计", draft.sentence, draft.start) >= 0
            and not _NEXT_YEAR.search(text, draft.sentence, draft.end)
        ):
            done.add(draft.sentence)  # 预计到年末，…增长3.3%，…分别达到23894元: read as done
    for draft in drafts:
        # 预计新建项目222个，实际到位资金867.1亿元、同比增长13.2%: the sentence's other estimates
        estimate = draft.projected and not draft.ahead and draft.sentence in done
        if (
            estimate
            and draft.value is None
            and draft.target is not None
            and not _hedged(text, draft)
        ):
            draft.value, draft.target = draft.target, None
    return drafts


def _hedged(text: str, draft: Draft) -> bool:
    """发明专利预计可达到320件: an estimate said with 可 or 将, which alone tells nothing done
    (unless it has a growth or a review around it, see _estimate_done)."""
    said = text.rfind("预计", draft.sentence, draft.end)
    return said >= 0 and any(
        m.group(0) in p.HEDGES for m in p.TARGET_MARK.finditer(text, said, draft.end)
    )


_NEXT_YEAR = re.compile("下年度|下一年度?|来年|明年|新(?:财政)?年度")


def _estimate_done(text: str, draft: Draft) -> bool:
    """Whether a figure that is a target only because of 预计 estimates what was done: it
    states a share of the year's target, or a growth, a harvest, a review, the period
    already reported or what was done (see _estimates)."""
    if not draft.projected:
        return False
    if draft.completion_rate is not None:
        return True
    if draft.ahead or _NEXT_YEAR.search(text, draft.sentence, draft.end):
        return False  # (下年度的总开支预计达到4900亿港元，较上年度增加14%: a year ahead)
    return (
        draft.yoy_growth is not None
        or bool(_HARVESTED.search(text, draft.sentence, draft.start))
        or _in_review(text, draft.start)
        or _of_the_period_reported(text, draft)
        or any(
            m.end() > draft.start and not _YEAR_BEFORE.search(text, draft.sentence, m.start())
            for m in _DONE_ESTIMATE.finditer(text, draft.sentence, draft.end)
        )
    )


def _spelled_out(name: str, before: list[Draft]) -> str:
    """分县区看，鹤鸣区到位资金126.3亿元 after 实际到位市外资金: the short name of the
    indicator just reported in full."""
    for draft in reversed(before[-6:]):
        full = draft.indicator
        if len(full) > len(name) >= 2 and ph.subsequence(name, full) and name[-1] == full[-1]:
            if full[:2] in SHORT_PLACES or full[:3] in SHORT_PLACES:
                continue  # (四川省著名商标39件、成都市著名商标56件: another place's own title)
            return full
    return name


_PLAN_LOOKBACK = 8
_SLACK = Decimal("0.002")  # reports round carelessly: 0.2 % of the target


# 计划开工项目255项, 年度总投资107216万元: a figure that states a plan
# (淦河治理工程下达资金8998万元…完成投资6580万元，投资完成率73%: the money given is the plan)
_PLANNED = re.compile(r"计划|^(?:年度|全年)总?投资(?:额)?$|(?P<given>下达(?:资金|投资))$")


_RATE_LOOKBACK = 3


def _plan_of_rate(drafts: list[Draft], index: int, used: set[int]) -> None:
    """统筹推动1540个项目，年度投资超5000亿元。一季度，项目已完成年度投资的28.9%: a rate with
    nothing done stated is measured against the plan stated just before; the plan becomes
    its target."""
    draft = drafts[index]
    for back in range(index - 1, max(-1, index - 1 - _RATE_LOOKBACK), -1):
        plan = drafts[back]
        if plan.completion_rate is not None or plan.region != draft.region:
            return
        if (
            plan.value is not None
            and plan.unit
            and not is_count(plan.unit)
            and (draft.unit is None or compatible(plan.unit, draft.unit))
            and _PLANNED.search(plan.indicator)
        ):
            draft.target, draft.unit = plan.value, plan.unit
            draft.qualifier = draft.qualifier or plan.qualifier  # 超5000亿元: a bound aimed at
            used.add(back)
            return


def _states_the_plan(plan: Draft, done: Draft) -> bool:
    """计划开工项目255项: a plan by its name; 2606个撤并村通公路(2013—2017年)。…累计解决了2585个
    撤并村通公路，占总计划的99.2%: a bare level of what was done, the whole it is measured against
    (the rate must agree with it too)."""
    planned = _PLANNED.search(plan.indicator)
    if planned:
        return not planned.group("given") or plan.sentence == done.sentence
    return (
        len(plan.indicator) >= 3
        and plan.completion_rate is None
        and plan.yoy_growth is None
        and plan.target is None
        and done.indicator.endswith(plan.indicator)
    )


def _half_unit(stated: Decimal) -> Decimal:
    """规划新增校舍面积18万平方米: a plan stated round may be anything that rounds to it
    (17.5 to 18.5), unless it is too round to say (2亿元)."""
    _sign, digits, exponent = stated.as_tuple()
    if len(digits) < 2 or not isinstance(exponent, int):
        return Decimal(0)
    return Decimal(5).scaleb(exponent - 1)


# 2022年净增…, 2024年1-6月: a year said of what is reported (到2025年末: a horizon; 2019年以来:
# since when)
_YEAR_SAID = re.compile(r"(?<![到至0-9])((?:19|20)[0-9]{2})年(?!以来|来)")


def _latest_year(text: str) -> int:
    """The latest year the text reports on: the latest said plainly, or, when it says years
    only as 到…年底, the first of two or more such (到2022年底…，到2025年末…); 0 if neither."""
    said = [int(year) for year in _YEAR_SAID.findall(text)]
    if said:
        return max(said)
    reached = (
        {int(m.group("year")) for m in p.YEAR_REACHED.finditer(text)} if "到" in text else set()
    )
    return min(reached) if len(reached) > 1 else 0


_CLAUSE_OPENED = ("，", ",", "；", ";", "：", ":", "。", "\n")


def _households_and_people(text: str, drafts: list[Draft]) -> None:
    """14008户56962人如期脱贫: a count right before a count in another unit, with no words
    between, is named by the words after the second (the first had borrowed a name)."""
    for first, second in pairwise(drafts):
        if (
            first.end == second.start
            and p.DIGIT.match(text, first.end)  # (the second's number, not its name)
            # (，14008户…: the first said with no words of its own)
            and p.DIGIT.match(text, first.start)
            and text[first.start - 1 : first.start] in _CLAUSE_OPENED
            and first.indicator != second.indicator
            and first.value is not None
            and second.value is not None
            and is_count(first.unit)
            and is_count(second.unit)
            and first.unit != second.unit
            and not attributed(first)
            and text.startswith(second.indicator, second.end)
        ):
            first.indicator = second.indicator


# （二）新增养老床位250张⏎新增378张养老床位，超额完成年度任务: a heading of a list states a
# task of the year, the paragraph under it what was done
_TASK_HEADING = re.compile(
    r"[ \t]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|[0-9]{1,2}[.、．](?![0-9]))"
)
_TASK_HEADING_MAX = 40  # characters of a heading line
_NAMED_ALIKE = 4  # characters the heading and the name of what was done share, at least
_QUOTES_OR_BRACKETS = re.compile(r"[“”‘’\"()（）]")


def _heading_line(text: str, at: int) -> tuple[int, int]:
    """The line of ``at``; a list item opened after a colon (具体情况如下：（一）…, the break
    between them gone) starts a line of its own."""
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    colon = max(text.rfind("：", lo, at), text.rfind(":", lo, at))
    if colon >= 0 and _TASK_HEADING.match(text, colon + 1, at):
        lo = colon + 1
    return lo, len(text) if hi < 0 else hi


def _headed_tasks(text: str, drafts: list[Draft]) -> list[Draft]:
    """A count alone on a heading line of a list is the target of the same count done, said
    in the paragraph under the heading; the heading is no figure of its own."""
    dropped: set[int] = set()
    for index, task in enumerate(drafts):
        if task.value is None or task.unit is None or attributed(task) or task.region:
            continue
        lo, hi = _heading_line(text, task.end - 1)  # (the line of its number)
        if (
            hi - lo > _TASK_HEADING_MAX
            or not _TASK_HEADING.match(text, lo, hi)
            or "。" in text[lo:hi]
            or (index and drafts[index - 1].end > lo)
            or (index + 1 < len(drafts) and drafts[index + 1].start < hi)
        ):
            continue
        heading = _QUOTES_OR_BRACKETS.sub("", text[lo:hi])
        for after in range(index + 1, len(drafts)):  # (no copy: this runs per heading)
            done = drafts[after]
            done_lo = text.rfind("\n", 0, done.start) + 1
            if _TASK_HEADING.match(text, done_lo, done.start):
                break  # the next heading: the paragraph ended without the task done
            if (
                done.value is None
                or attributed(done)
                or done.region
                or split_unit(done.unit or "")[1] != split_unit(task.unit)[1]
            ):
                continue
            name = _QUOTES_OR_BRACKETS.sub("", done.indicator)
            shared = SequenceMatcher(None, heading, name, autojunk=False).find_longest_match()
            if len(name) < 2 or shared.size < min(_NAMED_ALIKE, len(name)):
                continue
            done.target = convert(task.value, task.unit, done.unit)
            dropped.add(index)
            break
    return [draft for index, draft in enumerate(drafts) if index not in dropped]


def _plans_met(text: str, drafts: list[Draft]) -> list[Draft]:
    """年度投资计划647.4亿元。…完成投资629.0亿元，占年度投资计划的97.2%: the rate shows
    which stated plan the figure is measured against; the plan becomes its target."""
    used: set[int] = set()
    planned = False  # whether any figure so far states a target or a plan
    for index, draft in enumerate(drafts):
        after_a_plan = planned
        planned = planned or draft.target is not None or bool(_PLANNED.search(draft.indicator))
        if draft.target is None and draft.value is None and draft.completion_rate is not None:
            _plan_of_rate(drafts, index, used)
            continue
        if draft.target is not None or draft.value is None or draft.completion_rate is None:
            continue
        interval = implied_range(draft.value, draft.unit, draft.completion_rate)
        low, high = interval.low * (1 - _SLACK), interval.high * (1 + _SLACK)
        for back in range(index - 1, max(-1, index - 1 - _PLAN_LOOKBACK), -1):
            plan = drafts[back]
            stated = plan.target if after_a_plan else None
            if (
                plan.completion_rate is not None
                and plan.indicator != draft.indicator
                and plan.sentence != draft.sentence
            ):
                stated = None  # (…；完成投资1600万元，投资完成率79%: that figure's target only)
            if stated is None and plan.value is not None and _states_the_plan(plan, draft):
                stated = plan.value  # 计划开工项目255项 … 已开工206项，完成年度计划开工的80.8%
            if stated is None or not compatible(plan.unit, draft.unit):
                continue
            target = convert(stated, plan.unit, draft.unit)
            half = convert(_half_unit(stated), plan.unit, draft.unit) or Decimal(0)
            if target is not None and target - half <= high and low <= target + half:
                draft.target = target
                noun = _task_noun(plan.indicator)
                if noun and _STAGE_ONLY.fullmatch(_unmarked(draft.indicator)):
                    # 列入危房改造计划1738户…已完工1348户，完成率77.6%: 完工危房改造
                    draft.indicator = _unmarked(draft.indicator) + noun
                elif (
                    not draft.indicator
                    or ph.BARE_VERB.fullmatch(draft.indicator)
                    or _heading_name(text, plan, draft)
                ):
                    # 全年计划新增家庭农场271个…实际分别完成95个、310个，分别超额完成19%、14%:
                    # what was done is what was planned
                    draft.indicator = ph.strip_target_words(plan.indicator)
                elif (
                    (given := _PLANNED.search(plan.indicator))
                    and given.group("given")
                    and given.start() >= 2
                    and ph.MEASURE.fullmatch(draft.indicator)
                ):
                    draft.indicator = plan.indicator[: given.start()] + draft.indicator
                    draft.region = draft.region or plan.region
                if plan.completion_rate is None and (plan.value is None or stated == plan.value):
                    used.add(back)
                break
    return [d for i, d in enumerate(drafts) if i not in used]


def _heading_name(text: str, plan: Draft, draft: Draft) -> bool:
    """家庭农场“百千万工程”，全年计划新创建示范家庭农场80个，…，实际分别完成95个: the name the
    figure got is the heading's, said before its plan and not since: the plan names it."""
    return (
        plan.sentence == draft.sentence
        and bool(plan.indicator)
        and plan.indicator != draft.indicator
        and text.find(draft.indicator, plan.start, draft.start) < 0
        and draft.indicator in _QUOTES.sub("", text[max(draft.sentence, 0) : plan.start])
    )


_QUOTES = re.compile("[“”\x22「」『』]")


# 计划新开工改造城镇老旧小区5.3万个: the plan's words, to see which figure it is the plan of
_PLAN_WORDS = re.compile(r"计划|任务数?(?:为|是)?|目标(?:为|是)?")


def _task_key(name: str) -> str:
    return _PLAN_WORDS.sub("", _unmarked(ph.strip_target_words(name)))


def _same_task(planned: str, done: str) -> bool:
    """Task keys (_task_key) of 棚改任务为新开工棚改安置房 and 新开工棚改安置房, 计划新开工改造
    城镇老旧小区 and 新开工改造城镇老旧小区: the same task, one by its plan, one by what was done
    (年度计划投资 and 总投资 are not: a name ending another must say enough on its own)."""
    shorter = min(len(planned), len(done))
    if planned == done:
        return shorter >= 2
    return shorter >= 4 and (planned.endswith(done) or done.endswith(planned))


_PAST_YEAR = re.compile("(?:去年|上年)(?!同期|同月)")
# 下一步，我们将…确保全年新增规上企业40家: the work ahead sets a goal of its own
_NEXT_STEP = re.compile("下一步|下步|接下来")


def _so_far(text: str, draft: Draft) -> bool:
    """Whether the sentence of ``draft`` says, before it, that it is reached so far
    (截至目前，我区已完成…; 1~8月，全国新开工…), and not last year."""
    head = text[draft.sentence : draft.start]
    return ph.is_actual(head) and not _PAST_YEAR.search(head)


def _targets_apart(text: str, drafts: list[Draft], *, rated: bool = False) -> list[Draft]:
    """今年全国计划新开工改造城镇老旧小区5.3万个、涉及居民865万户。1~8月，全国新开工改造城镇
    老旧小区4.98万个、惠及居民836万户: a target stated alone in one sentence and the level of the
    same task reached so far in another (before it only when its rate agrees) are one figure,
    the nearest first; the plans listed next to it go with the levels listed next to that in
    the same order and units. ``rated``: only levels with a completion rate (read since)."""
    plans = [i for i, d in enumerate(drafts) if _target_only(d)]
    if not plans:
        return drafts
    levels = [
        i
        for i, d in enumerate(drafts)
        if _may_meet(d) and not (rated and d.completion_rate is None)
    ]
    keys: dict[int, str] = {}  # the task key of each level looked at
    pairs: list[tuple[int, int, int]] = []
    for index in plans:
        plan = drafts[index]
        near = levels[
            bisect_left(levels, index - _PLAN_LOOKBACK) : bisect_right(
                levels, index + _PLAN_LOOKBACK
            )
        ]
        if not near or _NEXT_STEP.search(text, plan.sentence, plan.start):
            continue
        task = _task_key(plan.indicator)
        for at in near:
            done = drafts[at]
            if at not in keys:
                keys[at] = _task_key(done.indicator)
            named = task[-1:] == keys[at][-1:] and _same_task(task, keys[at])
            if (
                # (one name ends another, or they are one; or a rate said to a tenth agrees)
                (named or (at < index and _precise(done.completion_rate)))
                and plan.sentence != done.sentence  # (计划新增A 5家；目前已新增A 3家: two)
                and plan.region in (None, done.region)  # (其中徐闻县3400个…共新增学位26155个)
                and _met_by(plan, done, before=at < index)
                and _so_far(text, done)
            ):
                pairs.append((abs(at - index), index, at))
    used: set[int] = set()
    for _distance, index, done_at in sorted(pairs):
        while not {index, done_at} & used:
            plan, done = drafts[index], drafts[done_at]
            done.target = in_unit(plan.target, plan.unit, done.unit) if plan.target else None
            used.update((index, done_at))
            index, done_at = index + 1, done_at + 1
            if (
                rated
                or max(index, done_at) >= len(drafts)
                or not (
                    _target_only(drafts[index])
                    and drafts[index].unit == drafts[done_at].unit
                    and _met_by(drafts[index], drafts[done_at], before=done_at < index)
                )
            ):
                break
    return [d for i, d in enumerate(drafts) if i not in used or d.value is not None]


def _precise(rate: Decimal | None) -> bool:
    """重点工程完成投资229.82亿元，占年度计划的60.48%。…年度计划投资380亿元: a rate said to a
    tenth or finer agrees with a plan stated later by chance too rarely to need the same name
    (exponent -1 or less; 73% agrees with too many)."""
    if rate is None:
        return False
    exponent = rate.as_tuple().exponent
    return isinstance(exponent, int) and exponent < 0


def _may_meet(draft: Draft) -> bool:
    """A level with no target, in a unit a plan's may convert to."""
    return draft.value is not None and draft.target is None and draft.unit != "%"


def _target_only(draft: Draft) -> bool:
    return (
        draft.value is None
        and draft.target is not None
        and draft.unit not in (None, "%")
        and draft.completion_rate is None
        and draft.yoy_growth is None
    )


def _met_by(plan: Draft, done: Draft, *, before: bool) -> bool:
    """Whether ``done`` may be the level of ``plan``'s target: a level with no target in a
    unit it converts to, whose rate (which a level before the plan must have) agrees."""
    if done.value is None or not _may_meet(done):
        return False
    if plan.target is None or not compatible(plan.unit, done.unit):
        return False
    if done.completion_rate is None:
        return not before
    target = convert(plan.target, plan.unit, done.unit)
    return target is not None and _agrees(done.value, target, done.completion_rate)


# 河北、辽宁、重庆等6个地区开工率超过90%; A、B…这20个试点县(市、区)农村户厕改建任务已完成97%以上;
# 日照、青岛两市增幅超过9%; 曙光、顺大…等16家企业同比增幅在50%以上: places (or firms, products,
# parks) named by a bound they passed, then how many they are (found from the words after the
# list, 等6个地区…, and the list read back from there)
_AT_A_BOUND = p.starting_with(
    "等这0-9两二三四五六七八九十",
    r"(?:(?P<lead>等|这)\s*|(?<=[\u4e00-\u9fff)）]))(?P<count>[0-9]+|[两二三四五六七八九十]{1,2})\s*"
    rf"(?:(?P<unit>个|家|种)(?P<kind>[\u4e00-\u9fff]{{0,4}}?(?:省份|省区市|{p.ANY_PLACES}"
    rf"|(?P<things>企业|产品|行业|园区|工业园|转移园|项目))(?:[(（][市县区、]+[)）])?)"
    r"|(?P<town>[市县区])(?:[(（][市县区、]+[)）])?)"
    r"(?P<measure>[^，；。%0-9]{0,24}?)(?:已经|已|均|都)?(?P<bound>超过|超|高于|达到|突破|在|达)?"
    # (等11个市州完成投资均超过100亿元: each place passed a sum)
    r"(?P<rate>[0-9]+(?:\.[0-9]+)?)(?P<sign>%|亿元|万元)(?P<above>以上)?",
)
_LIST_BACK = 300  # characters a list of places may take before 等6个地区
_DONE_TASK_END = re.compile("(?:任务)?(?:已经|已)?完成(?:了)?$")
_OF_PLAN_END = re.compile("(?:占|为)(?:全?年度?|全年)?(?:投资)?(?:计划|目标|任务)+的?$")
_PLAN_DONE = re.compile(
    r"(?:(?P<done>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:完成率|完成进度)"
    r"|(?:全?年度?|全年)?(?P<planned>[\u4e00-\u9fff]{2,6}?)计划(?:完成)?)"
)
_LIST_LEAD = re.compile("^(?:其中|其|包括|有)")
_THING = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()（）]{0,11}")
_GROWTH_BOUND = re.compile("(?P<noun>.*?)(?:同比)?(?:增幅|增速|增长率|增长)$")
# 有9个市的县域生产总值增幅超过…，其中: the measure whose growth the places passed
_GROWTH_SAID = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,16}?)(?:同比)?(?:增幅|增速)")
_NAMED_BACK = 120  # characters back to where that measure is named
_ZONE_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:新区|开发区|高新区)(?=[\u4e00-\u9fff]{2})")
_GROWN_BACK = 200  # characters back to the growths of the measure given before the list
_KIND_LEAD = re.compile("^个?(?:[市县区](?=[县市区乡镇]域))?")  # (10个市县域…收入: 县域…收入)


def _listed_places(text: str, end: int, things: bool = False) -> list[str]:
    """The places listed right before ``end`` (河北、辽宁、重庆), read back from it; or, for
    ``things``, the firms, products or parks (深圳盐田(东源)、深圳福田(和平))."""
    start = end
    while (
        end - start < _LIST_BACK
        and start > 0
        and (
            text[start - 1] == "、"
            or (text[start - 1] == "，" and not things)
            or "\u4e00" <= text[start - 1] <= "\u9fff"
            or (things and text[start - 1] in "()（）")
        )
    ):
        start -= 1
    items: list[str] = []
    for raw in reversed(re.split("[、，]", text[start:end])):
        item = _LIST_LEAD.sub("", raw)
        if not (_THING.fullmatch(item) if things else ph.is_place(item)):
            break
        items.insert(0, item)
        if item != raw:
            break  # 其中日照、青岛: the list opens here
    return items


def _growth_measure(text: str, drafts: list[Draft], lo: int) -> str:
    """The measure a list's bare growth bound (两市增幅超过9%) is of: the last one named with
    its growth before in the sentence, else the last measure a figure before was named by."""
    named = list(_GROWTH_SAID.finditer(text, max(_sentence_start(text, lo), lo - _NAMED_BACK), lo))
    if named:
        noun = named[-1].group("noun").rsplit("的", 1)[-1]
        noun = _KIND_LEAD.sub("", noun)
        if len(noun) >= 2:
            return noun
    before = [d for d in drafts if d.end <= lo and lo - d.end <= _GROWN_BACK and d.indicator]
    measure = ph.MEASURE.search(before[-1].indicator) if before else None
    if measure and before[-1].yoy_growth is None:
        return measure.group(0)  # 实现产值61亿元，宏达、金丰等5家企业同比增幅在30%以上
    grown = [d for d in before if d.yoy_growth is not None]
    if grown:  # 武威市为11.2%。…等9个县区预计增速20%以上 (兰州新区规上工业: the measure)
        name = ph.split_place(grown[-1].indicator)[1] or grown[-1].indicator
        return _ZONE_LEAD.sub("", name) or name
    return ""


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, as _SENTENCE splits them."""
    return max(text.rfind(mark, 0, pos) for mark in _SENTENCE_MARKS) + 1


def _places_at_a_bound(text: str, drafts: list[Draft]) -> list[Draft]:
    """山东、西藏…等6个省份接种覆盖率已超过91%: the count of places is a figure of its own,
    named by the bound, and each place named passed the bound: a level above it, or for a
    stage rate (开工率) or a task done (任务已完成97%以上), a completion rate above it, or for a
    growth (增幅超过9%) a growth above it."""
    for found in _AT_A_BOUND.finditer(text):
        if not (found.group("bound") or found.group("above")):
            continue
        things = found.group("things") is not None
        # 日照、青岛两市: cities said short, a list of names all the same
        places = _listed_places(text, found.start(), things or found.group("town") is not None)
        if len(places) < 2:
            continue
        number = read_number(found.group("count"))
        if number is None or (number.value != len(places) and not found.group("lead")):
            continue  # (without 等, the list is all of them)
        lo, hi = text.rfind(places[0], 0, found.start()), found.end()
        measure = found.group("measure").strip()
        growth = _GROWTH_BOUND.fullmatch(measure)
        if not growth and not found.group("lead") and not things:
            continue  # 荆门、黄冈、神农架三个市州完成率达到了150%以上: places sharing a rate
        noun = ""
        if growth:
            noun = ph.clean(growth.group("noun")) or _growth_measure(text, drafts, lo)
            if not noun:
                continue
        at = next(
            (
                i
                for i, d in enumerate(drafts)
                if lo <= d.start < hi and number.value in (d.value, d.target) and is_count(d.unit)
            ),
            None,
        )
        if at is None:  # 日照、青岛两市: a count the text says in words
            at = sum(1 for d in drafts if d.start < lo)
            start = found.start("count")
            drafts.insert(at, Draft("", number.value, "个", start, found.end("town") or hi,
                                    sentence=_sentence_start(text, start)))  # fmt: skip
        count = drafts[at]
        rate = Decimal(found.group("rate"))
        kind = found.group("kind") or found.group("town")
        sign = found.group("sign")
        count.indicator = measure + (found.group("bound") or "") + found.group("rate") + sign
        count.indicator += (found.group("above") or "") + kind
        count.completion_rate = count.qualifier = count.region = count.yoy_growth = None
        if sign != "%":
            done = ph.clean(p.DONE_LEAD.sub("", measure)) or ph.clean(measure)
            each = [
                replace(count, indicator=done, value=rate, unit=sign, qualifier=">", region=place)
                for place in places
            ]
        elif growth:
            # (预计9个县区增速20%以上: a growth estimated is of what was done)
            estimated, count.projected = count.projected, False
            count.value, count.target = number.value, None
            each = [
                replace(count, indicator=(place + noun) if things else noun, value=None,
                        unit=None, yoy_growth=rate, qualifier=">",
                        region=None if things else place, projected=estimated)
                for place in places
            ]  # fmt: skip
        else:
            stage = _STAGE_RATE.search(measure)
            whole = _stage_whole(drafts, at, stage.group("stage"), rated=False) if stage else None
            task = _DONE_TASK_END.search(measure) or _OF_PLAN_END.search(measure)
            done = whole.indicator if whole is not None else measure[: task.start()] if task else ""
            done = p.DONE_LEAD.sub("", done) or done  # 完成投资占年度计划的50%以上: 投资
            planned = _PLAN_DONE.fullmatch(measure) if not done else None
            if planned:
                # 年度计划投资完成率超100%, 年度投资计划突破40%以上: the share done of a plan
                named = planned.group("done") or planned.group("planned")
                done = ph.strip_target_words(named) or named
            each = [
                replace(count, indicator=done, value=None, unit=None, completion_rate=rate,
                        qualifier=">", region=place)
                if done
                else replace(count, indicator=ph.clean(measure), value=rate, unit="%",
                             qualifier=">", region=place)
                for place in places
            ]  # fmt: skip
        outside = [d for d in drafts if not lo <= d.start < hi]  # (the list's own readings go)
        before = sum(1 for d in drafts[:at] if not lo <= d.start < hi)
        drafts = [*outside[:before], count, *each, *outside[before:]]
    return drafts


# 开工率, 开、复工率, 履约率, 投产率: the share of a set of projects that reached a stage
# (整改率, 销号率: of a set of problems found)
_RATE_STAGES = (
    "开、?复工|开工|复工|动工|启动|履约|投产|达产|达效|竣工|签约|入统|纳统|入库|建成|完工|办结"
    "|答复|办复|接通|整改|销号|化解|处置|拆迁|征迁|交付|验收|回访|配租配售|配租|入住|分配|拨付|支出|接种|(?<!污水)(?<!垃圾)(?<!无害化)处理|解决|受理|结案|立案|回复|通过"
)
_STAGE_RATE = re.compile(f"(?P<stage>{_RATE_STAGES})率$")
_STAGE_WORD = re.compile(_RATE_STAGES)  # 开工进展较快的地区: the stage a heading judges by
_MONEY_STAGES = ("拨付", "支出")  # (已支出21185.83万元，支出率42.02%)
_NOT_AT_STAGE = re.compile("未|不予|没有|无法")
# 受理举报1352件，办结1340件: complaints or cases received stay a figure beside the part handled
_RECEIVED = re.compile("受理|收到|接到|接收|上报")
# 办结261件，结案率98.5%: one stage under two words
_STAGE_ALIKE = {
    "结案": ("结案", "办结"),
    "办结": ("办结", "结案"),
    "开工": ("开工", "开建", "动工", "开复工"),  # 已开建6.08万套，开工率为95.33%
    "签约": ("签约", "签订"),  # 签订安置补偿协议4.14万户，签约率为85.50%
    "入统": ("入统", "纳统", "纳入固投统计", "纳入统计"),  # 纳入固投统计386个，入统率84.3%
    "纳统": ("纳统", "入统", "纳入固投统计", "纳入统计"),
}


def _paid(drafts: list[Draft], back: int, rate: Draft) -> bool:
    """到位资金26.3亿元…；拨付资金25.6亿元，拨付率达97.3%: the rate of the amount paid out,
    of the amount received before it when the rate agrees."""
    paid = drafts[back]
    if paid.value is None or paid.completion_rate is not None or rate.value is None:
        return False
    if not any(word in paid.indicator for word in _MONEY_STAGES) or counts_things(paid.unit):
        return False
    paid.completion_rate, paid.end = rate.value, max(paid.end, rate.end)
    if paid.time_progress_gap_pp is None:
        paid.time_progress_gap_pp = rate.time_progress_gap_pp  # (支出率42.02%，超序时进度…)
    received = drafts[back - 1] if back else None
    if (
        received is not None
        and paid.target is None
        and received.unit == paid.unit
        and received.value is not None
        and _agrees(paid.value, received.value, rate.value)
    ):
        paid.target = received.value
    return True


# 市级重点工程开复工率: the rate of a set of another level than the count's
_RANKED_SET = re.compile(r"(?:国家|省|市|县|区|镇)级")
_NEAR = 30  # characters between a count and the rate of its stage
_NEXT_TO = 2  # 建成44个，完工率34%: a rate right after the count, past its comma
_ADJACENT = 12  # 124个新建项目已开工122个: the whole set just before the count that reached it
_SENTENCE_END = re.compile("[。；！？]")
_BRACKET_CLOSED = re.compile(r"[^(（)）]*[)）]")


def _stages_reached_not_planned(text: str, drafts: list[Draft]) -> None:
    """项目32个，年内计划完成投资86亿元，开复工项目25个，开复工率78%: a count of a stage and
    its rate after a plan are what was reached when the count is the rate of a set counted
    before them in the sentence (25 of 32 is 78%) and no word of a plan is said since the
    figure before them (今年将新开工项目36个，开工率达到90%: planned), not more of the plan."""
    for index in range(1, len(drafts) - 1):
        count, rate = drafts[index], drafts[index + 1]
        stage = _STAGE_RATE.search(rate.indicator) if rate.unit == "%" else None
        if (
            stage is None
            or count.value is not None
            or count.target is None
            or rate.value is not None
            or rate.target is None
            or not is_count(count.unit)
            or stage.group("stage") not in count.indicator
            or rate.sentence != count.sentence
            or p.TARGET_MARK.search(text, drafts[index - 1].end, rate.end)
        ):
            continue
        wholes = (
            d.value
            for d in drafts[max(0, index - _SET_LOOKBACK) : index]
            if d.sentence == count.sentence and is_count(d.unit)
        )
        if any(_agrees(count.target, whole, rate.target) for whole in wholes if whole):
            for draft in (count, rate):
                draft.value, draft.target, draft.projected = draft.target, None, False


# 累计腾空5231户，腾空率97.1%: a rate named by the verb the count right before ends with is
# the share of that count's set (not a level's rate: 覆盖率, 合格率 stand for themselves)
_OWN_STAGE = re.compile(r"(?<![\u4e00-\u9fff])(?P<stage>[\u4e00-\u9fff]{2})率$")
_STANDING = (
    "完成", "增长", "增加", "减少", "下降", "上升", "提高", "覆盖", "普及", "达标", "合格",
    "优良", "占有", "利用", "使用", "参保", "上线",
)  # fmt: skip
_NEGATED_STAGE = re.compile("未|不|没有")


def _own_stage(rate: Draft, count: Draft) -> re.Match[str] | None:
    """The stage a rate names when the count right before it reached that stage."""
    own = _OWN_STAGE.search(rate.indicator)
    if (
        own is None
        or own.group("stage") in _STANDING
        or rate.region != count.region
        or not _stage_count(count)
        or _NEGATED_STAGE.search(count.indicator)  # (不予立案11件，立案率91.5%)
    ):
        return None
    return own if count.indicator.endswith(own.group("stage")) else None


# 新开工项目4个，开工目标完成率66.7%; 竣工项目6个，年度竣工目标完成率11.1%: the rate of the
# target of the stage the count right before reached
_STAGE_TARGET = re.compile(
    rf"(?:年度|全年|今年)?新?(?P<stage>{_RATE_STAGES})(?:目标任务|目标|任务|计划)(?:数)?"
)


def _stage_targets_rated(drafts: list[Draft]) -> list[Draft]:
    """A completion rate of a stage's target is the rate of the count before it that reached
    the stage (its target follows from the rate); it is no figure of its own."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        count, rate = drafts[index - 1], drafts[index]
        if rate.value is not None or rate.completion_rate is None or rate.unit is not None:
            continue
        stage = _STAGE_TARGET.fullmatch(rate.indicator)
        if (
            stage is None
            or not _stage_count(count)
            or rate.sentence != count.sentence
            or rate.region != count.region
            or stage.group("stage") not in count.indicator
        ):
            continue
        count.completion_rate, count.end = rate.completion_rate, max(count.end, rate.end)
        dropped.add(index)
    return [d for i, d in enumerate(drafts) if i not in dropped] if dropped else drafts


def _rates_of_counts(text: str, drafts: list[Draft]) -> list[Draft]:
    """新建项目124个，已开工122个，开工率98.4%: the rate is the completion rate of the count
    that reached the stage, and the set it is a share of (124) is that count's target."""
    dropped: set[int] = set()
    for index, rate in enumerate(drafts):
        staged = _STAGE_RATE.fullmatch(rate.indicator) if rate.region else None
        if staged and rate.value is None and rate.completion_rate is not None:
            # 开工进展较快的地区：宁夏107%: each place's rate of the stage the whole's count
            # reached
            whole = _stage_whole(drafts, index, staged.group("stage").replace("、", ""))
            rate.indicator = whole.indicator if whole is not None else rate.indicator[:-1]
            continue
        stage = _STAGE_RATE.search(rate.indicator) if rate.unit == "%" else None
        if stage is None and rate.unit == "%" and index:
            stage = _own_stage(rate, drafts[index - 1])
        if stage is None or rate.value is None or rate.completion_rate is not None:
            continue
        word = stage.group("stage").replace("、", "")
        subject = rate.indicator[: stage.start()]
        own = _place_count(drafts, index, word, dropped) if rate.region else None
        if own is not None:
            # 霍邱县45个、金安区43个；…开工率分别为：金安区93.5%: each place's own count
            own.completion_rate, own.end = rate.value, max(own.end, rate.end)
            dropped.add(index)
            continue
        whole = _stage_whole(drafts, index, word) if rate.region else None
        if whole is not None:
            # 全省开工685处，开工率为87%。各市(州)开工率：陇南市100%…: each place's rate of
            # the stage the whole's count reached
            rate.indicator, rate.completion_rate = whole.indicator, rate.value
            rate.value = rate.unit = None
            continue
        for back in range(index - 1, max(-1, index - 4), -1):
            count = drafts[back]
            if back in dropped and count.unit == "%" and count.end <= rate.start:
                continue  # 开工1541户，竣工862户，开工率74%，竣工率42%: past the rate before
            if rate.start - count.end > _NEAR or back in dropped:
                break
            if _BRACKET_CLOSED.match(text, count.end, rate.start):
                continue  # 开复工84项(新建33项,续建51项),开复工率79.2%: a part in brackets
            if rate.region and count.region and rate.region != count.region:
                continue  # 霍山县32个、裕安区17个。…霍山县94.1%: another place's count
            name = count.indicator.replace("、", "")
            # 建成44个，完工率34%: a count named only by a stage, the rate right after it
            next_to = (
                _STAGE_ONLY.fullmatch(name)
                and rate.start - count.end <= _NEXT_TO
                and not _other_stage(word, name)
            )
            if word in _MONEY_STAGES and _paid(drafts, back, rate):
                dropped.add(index)  # 累计拨付民生工程资金25.6亿元，拨付率达97.3%
                break
            named = any(alike in name for alike in _STAGE_ALIKE.get(word, (word,)))
            if not _stage_count(count) or (not named and not next_to) or _NOT_AT_STAGE.search(name):
                continue  # (不予立案11件，立案率91.5%: those not at the stage)
            of_set = drafts[back - 1].indicator if back else ""
            if subject.startswith("计划内") and "计划" not in name:
                continue  # 储备项目提前开工17个，计划内项目开工率89.9%: the planned ones' rate
            if _RANKED_SET.match(subject) and subject not in name and subject not in of_set:
                continue  # 开复工725个，…，市级重点工程开复工率达76.7%: another set's rate
            count.completion_rate, count.end = rate.value, max(count.end, rate.end)
            dropped.add(index)
            whole = drafts[back - 1] if back else None
            adjacent = (
                whole is not None
                and _whole_of(whole, count, text)
                and _roughly(count.value, whole.value, rate.value)  # (分别为：东川区300个)
            )
            far = None if adjacent else _set_of(drafts, back)
            if far is not None:
                # 实施项目131个，年度总投资…。1-6月份，开工128个，开工率98%: the rate shows
                # which set, stated before, the count is a part of
                count.target = drafts[far].value
                count.indicator = _unmarked(_stage_of_projects(count.indicator))
                if not _set_of_a_place(count, drafts[far]):
                    count.indicator += ph.SET_VERB.sub("", drafts[far].indicator)
            elif whole is not None and adjacent:
                count.target = whole.value
                reached = _unmarked(count.indicator)
                place = _set_of_a_place(count, whole)
                if word in whole.indicator:
                    # 计划新开工项目270项，已开工129项
                    reached = whole.indicator.removeprefix("计划")
                elif "项目" not in reached and not place:
                    reached = reached + whole.indicator  # 重点督办项目16个，已履约16个
                count.indicator = reached
                if not _RECEIVED.search(whole.indicator):
                    dropped.add(back - 1)  # (受理举报1352件 stays a figure of its own)
            else:
                task = _task_of(drafts, back)
                if task is not None:
                    # 危房改造任务3.5万户，已开工30756户，开工率88%: the task the rate agrees
                    # with is the count's target, and is no figure of its own
                    at, count.indicator, count.target = task
                    if at is not None and (
                        drafts[at].value is None
                        or (at == back - 1 and drafts[at].sentence == count.sentence)
                    ):
                        dropped.add(at)  # a set said right before is only the target
            break
    for index, rate in enumerate(drafts):
        if index not in dropped:
            _stage_rate_alone(rate)
    return [d for i, d in enumerate(drafts) if i not in dropped]


# the stages of works a stage rate may name; unlike _STAGE_WORDS not 办结 or 落地: 办结率 is how
# well cases were handled, a figure of its own
_PROJECT_STAGE = re.compile(
    p.alternation(p.STARTED, p.FINISHED, ("签约", "履约", "启动", "达产", "达效"))
)


def _set_and_its_rate(draft: Draft) -> bool:
    """A count whose name ends with a stage rate, with that rate: the count is the set."""
    return (
        draft.value is not None
        and draft.completion_rate is not None
        and draft.target is None
        and counts_things(draft.unit)
        and _STAGE_RATE.search(draft.indicator) is not None
    )


def _stage_rate_alone(rate: Draft) -> None:
    """A stage rate no count of the stage took (_rates_of_counts): 复工率为97%, 项目开工率达
    94.12% is still the completion rate of the projects that reached the stage, named stage
    first (复工, 开工项目); 开工率超序时进度5.7个百分点 is the gap of that rate; 440户…企业复工率
    达到100% counts the set whose part reached the stage, the rate's target."""
    gap_only = rate.value is None and rate.time_progress_gap_pp is not None
    whole = _STAGE_RATE.search(rate.indicator) if _set_and_its_rate(rate) else None
    if whole is not None:
        # 440户市级以上农业龙头企业复工率达到100%: the set's size is the target of the stage
        rate.target, rate.value = rate.value, None
        rate.indicator = whole.group("stage").replace("、", "") + rate.indicator[: whole.start()]
        return
    stage = _STAGE_RATE.search(rate.indicator) if rate.unit == "%" or gap_only else None
    if stage is None or (rate.value is None and not gap_only) or (rate.value or 0) < 0:
        return
    word = stage.group("stage").replace("、", "")
    if not _PROJECT_STAGE.fullmatch(word):
        return  # 问题化解率91.4%: how well cases were handled, a figure of its own
    if rate.completion_rate is not None or rate.yoy_growth is not None or rate.target is not None:
        return
    subject = ph.clean(rate.indicator[: stage.start()])
    if subject and ph.is_place(subject):
        rate.region, subject = rate.region or subject, ""  # 西太湖竣工率65%
    rate.indicator = word + subject
    if not gap_only:
        rate.as_rate()


_TASK_WORDS = re.compile(
    r"^(?:下达|列入|确定|全年|年度|今年|全国|全省|全市|全县|全区|省|市|县)*"
    r"|(?:任务|计划|目标)(?:数)?(?:新)?(?:开工建设|开工|竣工|完工|建成)?$"
)


def _task_noun(name: str) -> str:
    """列入省危房改造计划 → 危房改造, 全国棚改计划新开工 → 棚改: what a task or set counts."""
    noun = _TASK_WORDS.sub("", ph.SET_VERB.sub("", _unmarked(name)))
    stage = _STAGE_FIRST.match(noun)
    return noun[stage.end() :] if stage else noun


def _task_of(drafts: list[Draft], index: int) -> tuple[int | None, str, Decimal] | None:
    """The task or set, in the sentences before, whose size the completion rate of a count
    that reached a stage agrees with: its index (None when another stage of the sentence has
    it as its target already), the count's name (stage first) and the size in the count's
    unit."""
    count = drafts[index]
    if count.value is None or count.completion_rate is None or count.target is not None:
        return None
    name = _unmarked(count.indicator.replace("、", ""))
    stage = _STAGE_FIRST.match(name)
    if stage is None:
        return None
    own = name[stage.end() :]
    interval = implied_range(count.value, count.unit, count.completion_rate)
    near = drafts[max(0, index - _SET_LOOKBACK) : index + 1 + _SET_LOOKBACK]
    siblings = [
        (None, d)
        for d in near
        if d.sentence == count.sentence and d is not count and d.target is not None
        and d.completion_rate is not None and _STAGE_FIRST.match(_unmarked(d.indicator))
    ]  # fmt: skip
    lowest = max(-1, index - 1 - _SET_LOOKBACK)
    before = [(back, drafts[back]) for back in range(index - 1, lowest, -1)]
    for back, whole in siblings + before:
        if back is not None and count.start - whole.end > _SET_FAR:
            break
        # a sibling: 开工1609户，开工率92.6%；已完工1348户(of the plan 1738)，完成率77.6%
        size = whole.target if back is None or whole.value is None else whole.value
        if back is not None and (
            whole.completion_rate is not None
            or (whole.value is not None and _STAGE_FIRST.match(_unmarked(whole.indicator)))
        ):
            continue  # 开工1541户，竣工862户: another stage of the same set (计划开工建设…
            # 15.44万套 is the plan of the stage)
        noun = _task_noun(whole.indicator)
        if size is None or not counts_things(whole.unit):
            continue
        size = convert(size, whole.unit, count.unit)
        if size is None or not interval.low <= size <= interval.high:
            continue
        if own and own not in noun:
            return None  # 开工C级危房 of a task of another name
        if not own and ph.is_place(whole.indicator):
            _set_of_a_place(count, whole)  # 阿左旗21个，…，开工12个，开工率57%: the place's
            noun = ""
        return back, name if own else stage.group(0) + noun, Decimal(f"{size.normalize():f}")
    return None


_STAGE_FIRST = re.compile(f"(?:基本)?(?:{ph.STAGES}|入住|交付|拆除|搬迁)")


def _set_of_a_place(count: Draft, the_set: Draft) -> bool:
    """阿左旗21个，…，开工12个: a place counted as the set makes the count the place's (its
    region, and no part of its name); any other set lends the count its own region."""
    place = ph.is_place(the_set.indicator)
    count.region = count.region or (the_set.indicator if place else the_set.region)
    return place


def _place_count(drafts: list[Draft], index: int, word: str, dropped: set[int]) -> Draft | None:
    """The count of the rate's place, in the same sentence, that reached the rate's stage."""
    rate = drafts[index]
    for back in range(index - 1, -1, -1):
        count = drafts[back]
        if count.sentence != rate.sentence:
            break
        if (
            back not in dropped
            and count.region == rate.region
            and word in count.indicator
            and count.completion_rate is None
            and _stage_count(count)
        ):
            return count
    return None


_WHOLE_SPAN = 400  # characters from the whole's count to the places' rates of its stage


def _stage_whole(drafts: list[Draft], index: int, word: str, rated: bool = True) -> Draft | None:
    """The count, of no place, that reached the rate's stage shortly before the rate (with a
    rate of its own, unless not ``rated``: 全国新开工改造老旧小区4.26万个…等11个省份开工率
    超过95%)."""
    rate = drafts[index]
    for back in range(index - 1, -1, -1):
        count = drafts[back]
        if rate.start - count.end > _WHOLE_SPAN:
            break
        if word not in count.indicator:
            continue
        if not rated and count.value is not None and count.unit != "%":
            return count  # (新开工农村公路改造2.46万公里: what reached the stage, in any unit)
        if rated and count.region is None and count.completion_rate is not None:
            return count if count.value is not None and counts_things(count.unit) else None
    return None


# 输往香港(31.0亿元)、美国(1.5亿元)与欧洲联盟(5,208万元)的货值按年分别上升…: levels in
# brackets, then the noun they are levels of and its growths
_NOUN_AFTER_LEVELS = re.compile(
    r"[)）]\s*的(?P<noun>[\u4e00-\u9fff]{0,4}?)(?:则|亦|也)?(?:同比)?(?:分别)?"
    r"(?:上升|下跌|下降|增加|减少|增长|上涨|回落)"
)
_DESTINATION_VERB = re.compile(r"^(?:输往|出口至|出口到|运往|销往|进口自|来自)")
_LEVELS_SPAN = 80  # characters from the first level of a list to the noun after it


_LENGTH_UNITS = frozenset({"km", "公里", "千米"})


def _lengths_of_counts(drafts: list[Draft]) -> None:
    """裸砌渠道20条长19.71km: a length said right after a count is the length of what was
    counted, named by it."""
    for count, length in pairwise(drafts):
        if (
            length.unit in _LENGTH_UNITS
            and (size := SIZE_ONLY.fullmatch(length.indicator))
            and size.group("size") == "长"
            and is_count(count.unit)
            and 0 <= length.start - count.end <= 1
        ):
            words = length.indicator  # 全长 as written; 长 is said 长度
            length.indicator = count.indicator + (words if words[0] in "全总" else "长度")


def _levels_before_their_noun(text: str, drafts: list[Draft], lo: int, hi: int) -> list[Draft]:
    if not drafts or "的" not in text[lo:hi]:
        return drafts
    noun = ""
    for found in _NOUN_AFTER_LEVELS.finditer(text, lo, hi):
        at = found.start()
        noun = found.group("noun") or noun  # 出口至中国内地(2.8亿元)的则下跌35.0%
        if not noun:
            continue
        nearby = [d for d in drafts if d.start < at and at - d.start < _LEVELS_SPAN]
        run = _bracketed_run(text, [d for d in nearby if d.value is not None], at)
        if not run:
            continue
        growths = [
            d
            for d in drafts
            if d.start > at
            and d.value is None
            and d.yoy_growth is not None
            and d.indicator in (noun, "")
        ][: len(nearby)]
        if all(level.yoy_growth is not None for level in run):
            growths = []  # the growths are read already: the levels only need their noun
        elif not growths or len(run) < len(growths):
            continue
        else:
            run = run[-len(growths) :]
        verb = _DESTINATION_VERB.match(run[0].indicator)
        for index, level in enumerate(run):
            if verb and not _DESTINATION_VERB.match(level.indicator):
                level.indicator = verb.group(0) + level.indicator  # 输往香港、美国: 输往美国
            if not level.indicator.endswith(noun):
                level.indicator += noun
            if growths:
                growth = growths[index]
                level.yoy_growth, level.end = growth.yoy_growth, max(level.end, growth.end)
                drafts = [d for d in drafts if d is not growth]
    return drafts


# 呼和浩特市(23.1%)、包头市(22.9%)4个盟市规上工业增加值增速高于全区平均水平; 甘孜(-48.1%)和
# 理塘(-21.9%)两县负增长: places with rates in brackets, then how many they are and the measure
_MEASURE_AFTER_PLACES = re.compile(
    r"[)）]\s*(?:等)?[0-9一二三四五六七八九十两]+[个座]?"
    rf"(?:旗县市|旗县|城区|{p.PLACE_KINDS}|旗)"
    r"(?:[(（][^()（）]{1,8}[)）])?"
    r"(?P<measure>[^，；。、()（）]{0,20}?)(?P<growth>增速|增幅|增长率|正增长|负增长|增长|下降)?"
    r"(?P<compared>高于|低于|超过|快于|慢于|位居|居|排|[，；。]|$)"
)


def _places_before_their_measure(
    text: str, drafts: list[Draft], before: list[Draft], lo: int, hi: int
) -> list[Draft]:
    if not drafts or not any(d.region for d in drafts):
        return drafts
    for found in _MEASURE_AFTER_PLACES.finditer(text, lo, hi):
        at = found.start()
        rates = [d for d in drafts if d.region and d.unit == "%" and d.start < at]
        run = _bracketed_run(text, rates, at)
        if not run:
            continue
        measure, growth = ph.clean(found.group("measure")), found.group("growth")
        if not measure and (growth or found.group("compared") in _COMPARED):
            # 4个县(市)增速高于全州平均水平: the measure of the figures before the places;
            # 8个盟市低于全区平均水平: and as they were, a growth or a level
            earlier = [d for d in (*before, *drafts) if d.end <= run[0].start and d not in run]
            last = next((d for d in reversed(earlier) if not is_count(d.unit)), None)
            measure = last.indicator if last else ""
            growth = growth or (last is not None and last.region and last.value is None)
        elif not measure:
            continue
        for rate in run:
            rate.indicator = measure
            if growth:
                rate.as_growth()
    return drafts


_COMPARED = ("高于", "低于", "超过", "快于", "慢于")


def _places_at_the_bound(text: str, drafts: list[Draft], hi: int) -> list[Draft]:
    """A value said of the places listed after it (…80%以上的有抚州、萍乡和鹰潭市): one
    figure for each place."""
    out: list[Draft] = []
    for draft in drafts:
        places = ph.places_after(text, draft.end, hi) if draft.region is None else []
        out.extend(replace(draft, region=place) for place in places)
        if not places:
            out.append(draft)
    return out


def _bracketed_run(text: str, levels: list[Draft], at: int) -> list[Draft]:
    """The levels in brackets just before ``at``, each listed after the one before it."""
    run: list[Draft] = []
    for level in reversed(levels):
        close = _CLOSES.search(text, level.start, at + 1)
        if close is None:
            break
        if run and not _LISTED_NEXT.fullmatch(text, close.start(), run[-1].start):
            break
        run.append(level)
    return list(reversed(run))


_CLOSES = re.compile(r"[)）]")
_LISTED_NEXT = re.compile(r"\s*[)）]?\s*(?:、|与|和|及)(?:[^，；。()（）]{1,12}[(（]\s*)?")


def _growth_of_target(s: Sentence, segment: str, c_lo: int, keyword_at: int) -> bool:
    before = segment[:keyword_at]
    last = s.figures[-1] if s.figures else None
    if last is None or last.value is not None or last.target is None or last.unit == "%":
        return False
    if last.projected:
        return False  # 预计全年地区生产总值达到7200亿元、增长6.5%: maybe what was done
    return last.start >= c_lo and last.yoy_growth is None and not ph.clean(before)


def _unmarked(name: str) -> str:
    """已开工 → 开工: the stage a count reached, without the mark that it was reached."""
    return name.replace("已经", "").replace("已", "")


# 暗访巡查内容共发现存在问题: what was found, after how it was found
_FOUND_IN = re.compile(".*(?:发现|查出|查找出|梳理出|排查出|存在|涉及)")


def _set_noun(name: str) -> str:
    """受理投诉举报 → 投诉举报, 实施项目 → 项目: what a set counts, without how it came."""
    found = _FOUND_IN.match(name)
    if found and len(name) - found.end() >= 2:
        name = name[found.end() :]
    return _SET_HANDLING.sub("", ph.SET_VERB.sub("", name))


def _roughly(part: Decimal | None, whole: Decimal | None, rate: Decimal | None) -> bool:
    """Whether ``part`` of ``whole`` is ``rate`` within a point (开工129项 of 270, 开工率达47%:
    reports cut a rate as often as they round it)."""
    if part is None or whole is None or rate is None or not whole:
        return False
    return abs(part * 100 / whole - rate) <= 1


# 前瞻预算873.76亿元，仅执行139.97亿元，达成率16.02%: what was spent of a budget
_SPENT = re.compile("执行|支出|拨付|使用")
_BUDGET = re.compile("预算(?!收入|支出)|经费")


def _budgets_spent(drafts: list[Draft]) -> list[Draft]:
    """A budget, then what was spent with its rate: the budget is the target of what was
    spent (when the rate agrees), no figure of its own."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        spent, budget = drafts[index], drafts[index - 1]
        if (
            spent.value is None
            or spent.completion_rate is None
            or spent.target is not None
            or not _SPENT.search(spent.indicator)
            or budget.sentence != spent.sentence
            or budget.unit != spent.unit
            or budget.completion_rate is not None
            or not _BUDGET.search(budget.indicator)
            or "收入" in budget.indicator
        ):
            continue
        whole = budget.value if budget.value is not None else budget.target
        if whole is not None and _agrees(spent.value, whole, spent.completion_rate):
            spent.target = whole
            dropped.add(index - 1)
    return [d for i, d in enumerate(drafts) if i not in dropped] if dropped else drafts


def _agrees(part: Decimal, whole: Decimal, rate: Decimal) -> bool:
    """承办工单1620件，办结1543件，办结率达97.13%: 1543 of 1620 is 95.25%, not the rate."""
    interval = implied_range(part, None, rate)
    return interval.low <= whole <= interval.high


_SET_LOOKBACK = 6
_SET_FAR = 160  # characters between a set and the stage counts of it


def _stage_of_projects(name: str) -> str:
    """已开工项目 → 已开工: the stage a count of projects reached (项目 says only what)."""
    name = name.replace("、", "")
    return name.removesuffix("项目") if len(name) > len("项目") + 1 else name


def _set_of(drafts: list[Draft], index: int) -> int | None:
    """The set of projects, stated in the sentences before, that a stage count with its
    rate is a part of: the nearest one the rate agrees with. Said apart from its parts, the
    set stays a figure of its own."""
    count = drafts[index]
    if count.value is None or count.completion_rate is None:
        return None
    if not _STAGE_ONLY.fullmatch(_stage_of_projects(count.indicator)):
        return None  # (已开工项目17项: the stage, of projects)
    interval = implied_range(count.value, count.unit, count.completion_rate)
    for back in range(index - 1, max(-1, index - 1 - _SET_LOOKBACK), -1):
        whole = drafts[back]
        if count.start - whole.end > _SET_FAR:
            break
        if not _stage_count(whole) or whole.target is not None or "项目" not in whole.indicator:
            continue
        if whole.unit != count.unit or _STAGE_ONLY.search(whole.indicator):
            continue
        value = whole.value
        if value is not None and interval.low <= value <= interval.high:
            return back
    return None


# (新开工 is a kind of project, not only the stage it reached: 新开工项目22个 is a set of its own)
_PROJECT_STAGES = p.alternation(p.STARTED, p.FINISHED, but=("新开工",))
# 按形象进度已完工或基本完工, 当年竣工投产: a name that is only the stage a count reached
_STAGE_ONLY = re.compile(
    r"(?:按形象进度|当年|年内)?(?:已经|已)?(?:基本)?"
    rf"(?:{_PROJECT_STAGES})"
    r"(?:或(?:基本)?(?:开工|完工|竣工|投产|建成))*"
)


def _stages_of_sets(text: str, drafts: list[Draft]) -> list[Draft]:
    """实施重点技术改造项目27个，当年竣工投产10个: a count named only by a stage, right after
    a set of projects, is the part of the set that reached it; the set is its target (as
    with a stage rate, _rates_of_counts)."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        count, whole = drafts[index], drafts[index - 1]
        if whole.region and count.region and whole.region != count.region:
            continue  # 赤峰市101项、包头市98项: two places' counts, not a set and its part
        staged_before = _STAGED_SET.fullmatch(whole.indicator)
        if staged_before and _next_stage(text, whole, count):
            # 危房改造1331户，已开工1312户，开工率98.6%；已完工1205户，完成率90.5%: a later
            # stage of the set the stage before was of
            count.target = whole.target
            count.indicator = _unmarked(count.indicator) + staged_before.group("noun")
            continue
        if count.target is not None or not _stage_count(count) or index - 1 in dropped:
            continue
        staged = _STAGED_SET.fullmatch(count.indicator)
        # 905个计划建设项目已开复工725个: the set is of the planned projects
        of_set = whole.indicator.replace(staged.group("stage"), "") if staged else ""
        # (75个计划新开工项目中已开工64个: the projects planned to start, some of which did)
        planned_set = staged is not None and staged.group("noun") == whole.indicator.removeprefix(
            "计划"
        )
        if staged and (
            staged.group("noun") in (of_set, of_set.removeprefix("计划")) or planned_set
        ):
            # 47个重点建设项目开复工44个: the projects of the set that reached the stage (20所城乡
            # 幼儿园开工19所: or the schools)
            if whole.target is None and _whole_of(whole, count, text, named=True):
                count.target = whole.value
                count.region = count.region or whole.region  # 惠农区安排的20个重点项目，已开工18个
                dropped.add(index - 1)
                if planned_set:
                    count.indicator = staged.group("stage") + whole.indicator.removeprefix("计划")
            continue
        stage = _STAGE_ONLY.fullmatch(count.indicator)
        if stage is None or _other_stage(whole.indicator, count.indicator):
            continue  # 新开工项目17个、竣工投产12个: two stages, not a set and its part
        planned = whole.value is None and whole.target is not None  # 计划年内完工项目39个
        if planned:
            whole = replace(whole, value=whole.target, target=None)
        if stage is None or not _whole_of(whole, count, text):
            continue
        count.target = whole.value
        count.region = count.region or whole.region
        name = ph.SET_VERB.sub("", whole.indicator)
        count.indicator = name if _STAGE_ONLY.search(name) else _unmarked(count.indicator) + name
        dropped.add(index - 1)
    return [d for i, d in enumerate(drafts) if i not in dropped]


def _stages_of_sets_apart(text: str, drafts: list[Draft]) -> list[Draft]:
    """全区建设项目共72个，项目总投资20.48亿元。其中，竣工项目3个; 签约项目25个，总投资63.05亿元，
    已落地投建项目17个: a count at a stage, named by the noun of a set counted before it with
    only amounts of the set between, is the part of the set that reached the stage. The set
    is its target and stays a figure (it was said with amounts of its own)."""
    for index, count in enumerate(drafts):
        staged = _STAGED_SET.fullmatch(count.indicator)
        if staged is None or count.target is not None or not _stage_count(count):
            continue
        if _STAGED_SET.match(text, count.end):
            continue  # 其中，33个竣工投产项目完成58.6亿元: a kind of project in a plan
        back = index - 1
        while back >= max(0, index - _SET_LOOKBACK) and not counts_things(drafts[back].unit):
            back -= 1  # (the set's investment, its share of the plan)
        if back < 0 or not counts_things(drafts[back].unit):
            continue
        if back >= index - 1:
            continue  # (none between: _stages_of_sets)
        whole = drafts[back]
        if (
            _stage_count(whole)
            and whole.target is None
            and whole.unit == count.unit
            and whole.value is not None
            and count.value is not None
            and whole.value > count.value
            and staged.group("noun") in whole.indicator
            and not _other_stage(whole.indicator, count.indicator)
            and (whole.region == count.region or not count.region)
            and _in_sentence_or_part(text, whole, count)
        ):
            count.target = whole.value
    return drafts


def _in_sentence_or_part(text: str, whole: Draft, count: Draft) -> bool:
    """Whether ``count`` is said in the sentence of ``whole``, or in the next one that opens
    with 其中."""
    if not _SENTENCE_END.search(text, whole.end, count.start):
        return True
    opened = max(text.rfind(mark, 0, count.start) for mark in "。；！？") + 1
    return _PARTS_OPEN.match(text, opened) is not None and not _SENTENCE_END.search(
        text, whole.end, opened - 1
    )


def _next_stage(text: str, before: Draft, count: Draft) -> bool:
    """Whether ``count``, named only by a stage, is of the set ``before`` (a part at another
    stage that took the set as its target) was of: in one sentence, in one unit, and as many
    of it as its rate says, if it has one."""
    total = before.target
    return (
        _STAGE_ONLY.fullmatch(count.indicator) is not None
        and before.value is not None
        and total is not None
        and count.target is None
        and count.value is not None
        and count.unit == before.unit
        and count.sentence == before.sentence
        and 0 < count.value <= total
        and (count.completion_rate is None or _agrees(count.value, total, count.completion_rate))
        and not _STOP.search(text, before.end, count.start)
    )


_DONE_ONLY = re.compile(
    r"(?:已经|已|均已|全部|提前|超额){0,2}(?:完成|办结|兑现|落实|实现)(?:任务|事项|工作|项目)?"
    # 8924个问题，已完成整改8809个: problems found, and the part put right
    r"|(?:已经|已|均已|全部)?(?:完成)?整改(?:完成|完毕|到位|销号)?|(?:已经|已)?(?:验收)?销号"
)


# ，占37%, 占项目总数的45.3%: a share with no whole named but the set's own total
# (已完成推进任务的 33 个,占比 29.5%: 占比, and the spaces a PDF leaves)
_SHARE_OF_SET = re.compile(
    r"\s*[，,]?\s*占(?:比(?:为|达)?|[^，。；：0-9%]{0,8}?(?:总数|总量)的?)?\s*"
)


def _shares_of_sets(text: str, drafts: list[Draft]) -> list[Draft]:
    """确定事项43件，已完成16件，占37%; 106个项目…，竣工项目48个，占项目总数的45.3%: the
    share a part takes of the set counted before it is the part's completion rate against
    that set, when the share fits the set (16/43 rounds to 37%)."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        share, part = drafts[index], drafts[index - 1]
        if share.unit != "%" or share.value is None or share.sentence != part.sentence:
            continue
        if part.value is None or not is_count(part.unit) or part.completion_rate is not None:
            continue
        if not _SHARE_OF_SET.fullmatch(text, part.end, share.start):
            continue
        if (
            part.region
            or not _DONE_STATE.search(part.indicator)
            or _NOT_DONE.search(part.indicator)
        ):
            continue  # (其中东川区120家，占25%: a place's share of the whole, no rate)
        fits = implied_range(part.value, part.unit, share.value)
        sets = [part.target] if part.target is not None else []
        sets += [
            total
            for d in drafts[max(0, index - _SET_LOOKBACK) : index - 1]
            if d.unit == part.unit and d.sentence >= part.sentence - _SET_REACH
            for total in (d.target, d.value)
            if total is not None and total >= part.value
        ]
        total = next((t for t in sets if fits.low <= t <= fits.high), None)
        if total is None:
            continue
        part.completion_rate, part.target = share.value, total
        part.end = share.end
        dropped.add(index)
    return [d for i, d in enumerate(drafts) if i not in dropped]


# 新开工65个，占242个新建项目的26%; 复工项目140个，占续建项目227个的61%: the whole the share
# is of, named and counted inside it
_SHARE_OF_WHOLE_NAMED = re.compile(
    r"[，,]?占[^，。；%]{1,24}?的(?:比重|比例)?(?:为|是|达)?[0-9.]+%"
)
_WHOLE_KIND = re.compile(f"(?:{SET_KINDS})$")


def _shares_of_wholes_named(text: str, drafts: list[Draft]) -> list[Draft]:
    """A count, then its share of a whole counted inside the share: the whole is the count's
    target and the share its rate, when they agree within a point (reports cut rates)."""
    dropped: set[int] = set()
    for index in range(2, len(drafts)):
        part, whole, share = drafts[index - 2], drafts[index - 1], drafts[index]
        if (
            share.unit != "%"
            or share.value is None
            or attributed(share)
            or part.value is None
            or whole.value is None
            or not is_count(part.unit)
            or whole.unit != part.unit
            or attributed(part)
            or attributed(whole)
            or not part.end <= whole.start < whole.end <= share.end
            or not _SHARE_OF_WHOLE_NAMED.fullmatch(text, part.end, share.end)
            or not _roughly(part.value, whole.value, share.value)
        ):
            continue
        part.target, part.completion_rate, part.end = whole.value, share.value, share.end
        kind = _WHOLE_KIND.search(whole.indicator)
        if kind and not part.indicator.endswith(kind.group(0)):
            part.indicator += kind.group(0)  # 新开工 of 新建项目: 新开工项目
        dropped.update((index - 1, index))
    return [d for i, d in enumerate(drafts) if i not in dropped] if dropped else drafts


_SET_REACH = 200  # characters from the sentence that counted the set
# 已完成16件, 竣工项目48个: a part of a set by a state reached (正在办理, 未开工: not reached)
# (已经解决或基本解决的有42件，占总数的47.7%: proposals dealt with are done too)
_DONE_STATE = re.compile(f"完成|办结|完工|{ph.STAGES}|落地|到位|投用|解决|采纳|办复")
_NOT_DONE = re.compile("正在|未|在建|推进|不能|无法")


def _done_of_sets(text: str, drafts: list[Draft]) -> list[Draft]:
    """154项承诺中，有54项已经完成，完成率为35.06%: a count named only by 完成, whose target
    is the set just before, is the part of that set done; the set is its target. So is the
    rate alone of a set just counted (国家级自然保护区问题545个，整改完成率91%), and the part
    of a set named with it (144个问题验收销号143个)."""
    dropped: set[int] = set()
    for index in range(1, len(drafts)):
        count, whole = drafts[index], drafts[index - 1]
        if index - 1 in dropped or whole.unit is None:
            continue
        if count.unit not in (whole.unit, None) or not _stage_count(whole) or whole.target:
            continue
        rate, part, total = count.completion_rate, count.value, whole.value
        if total is None or count.target not in (None, total):
            continue
        if count.indicator == whole.indicator and part is not None and rate is None:
            ended = _DONE_END.search(count.indicator)
            if ended and ended.start() > 0 and 0 < part <= total and _next_to(whole, count):
                # 144个问题验收销号143个: the part done of the set named with it
                count.indicator = ended.group(0) + count.indicator[: ended.start()]
                count.target = total
                if index + 1 == len(drafts) or drafts[index + 1].unit != count.unit:
                    dropped.add(index - 1)  # (剩余1个正在验收: another part, the set stays)
            continue
        if not _DONE_ONLY.fullmatch(count.indicator):
            continue
        later = _rest_of_sentence(drafts, index)
        if rate is None or part is None:
            # 问题545个，整改完成率91%; 68个问题已完成整改55个: the rate, or the part done, of
            # the set just counted (已办结39件，占75%: the share says it, _shares_of_sets)
            if not _next_to(whole, count) or (part is not None and not 0 < part <= total):
                continue
            if rate is None and later and later[0].unit == "%":
                continue
        elif not 0 < part <= total or not _roughly(part, total, rate):
            continue  # the rate is of this set
        state = _STATE_DROP.sub("", count.indicator)
        if state == "整改":  # 已完成整改8809个, 整改完成率91%: the state as the text words it
            words = _PUT_RIGHT.search(text, whole.end, count.end)
            state = words.group(0) if words else state
        count.indicator, count.target = state + _set_noun(whole.indicator), total  # 办结投诉举报
        if rate is None and (
            any(d.unit == count.unit for d in later) or _SET_HANDLING.search(whole.indicator)
        ):
            continue  # (已办结24项，正在办理11项: the set of several parts stays, as one handed)
        if not _RECEIVED.search(whole.indicator):
            dropped.add(index - 1)  # (受理举报案件1352件 stays a figure of its own)
    return [d for i, d in enumerate(drafts) if i not in dropped]


_DONE_END = re.compile(f"(?:{_DONE_ONLY.pattern})$")
_PUT_RIGHT = re.compile("完成整改|整改完成|整改到位")


def _rest_of_sentence(drafts: list[Draft], index: int) -> list[Draft]:
    """The figures after the one at ``index`` in its sentence."""
    end = index + 1
    while end < len(drafts) and drafts[end].sentence == drafts[index].sentence:
        end += 1
    return drafts[index + 1 : end]


def _next_to(whole: Draft, count: Draft) -> bool:
    """Whether ``count`` follows ``whole`` in its sentence with a few words between them."""
    return whole.sentence == count.sentence and 0 <= count.start - whole.end <= _PART_GAP


# characters from a set to the part of it named by a state (68个问题已完成整改55个); shorter
# than _ADJACENT, which lets 完成任务50户 reach past a clause to a set of another name
_PART_GAP = 10


_STATE_DROP = re.compile("^(?:已经|已|均已|全部)|(?:任务|事项|工作|项目)$")
_SET_HANDLING = re.compile(
    "^(?:处理|受理|收到|接到|办理|交办|承办|上报|排查)"
    # (进展顺利民生工程, 民生实事进展顺利: how the set goes is no part of what it counts)
    "|进展(?:顺利|良好|较好|较快|正常)"
)
_STATE_SHARE = re.compile(rf"(?P<state>{ph.STATE_ONLY.pattern})?占比")
_STOP = re.compile("[。！？]")
# 其中21项已提前完成全年主要任务，10项超序时进度，其余9项有序推进: the state a part of a set is
# in (其余: the rest of the set)
_ON_SCHEDULE = re.compile(
    r"(?:已经?|全部|均)*(?:超过?|快于|达到|低于|慢于|滞后于?|落后于?)(?:序时|时序|时间)进度"
)
_STATE_PART = re.compile(
    rf"(?:其余|其他|其它|另有|另外)?(?P<state>(?P<done>{ph.STATE_ONLY.pattern})"
    r"(?:(?:全年|年度)(?:主要)?(?:目标)?任务)?"
    rf"|{_ON_SCHEDULE.pattern})"
)
_PART_OF = re.compile(r"[\u4e00-\u9fff]{0,12}中")


def _only_part(text: str, drafts: list[Draft], whole: int, part: int) -> bool:
    """No other count of the set is given (38项中，已完成24项，正常推进11项 keeps the 38)."""
    unit = drafts[part].unit
    if any(d.unit == unit for d in drafts[whole + 1 : part]):
        return False
    after = drafts[part + 1] if part + 1 < len(drafts) else None
    return (
        after is None
        or after.unit != unit
        or bool(_STOP.search(text, drafts[part].end, after.start))
    )


def _states_of_sets(text: str, drafts: list[Draft]) -> list[Draft]:
    """579项重要工作任务…已完成550项，正在办理29项: a count named only by its state is a
    part of the set counted before it in the sentence; it is named by the state and the set."""
    dropped: set[int] = set()
    for index, count in enumerate(drafts):
        share = _STATE_SHARE.fullmatch(count.indicator) if count.unit == "%" else None
        if share and index and _stage_count(drafts[index - 1]):
            part = drafts[index - 1]
            state = share.group("state")
            if count.start - part.end <= 4 and (not state or state in part.indicator):
                count.indicator = part.indicator + "占比"  # 已办结6件，占比27%
            continue
        state = _STATE_PART.match(count.indicator)
        if state is None or count.value is None:
            continue
        named = state.end() < len(count.indicator)  # 已完成重点任务21项 (by read_values)
        for back in range(index - 1, max(-1, index - 4), -1):
            whole = drafts[back]
            if len(_STOP.findall(text, whole.start, count.start)) > 1:
                # (…等。10项超序时进度，其余9项有序推进; 交办事项19项。至目前，已办理完成13项: the
                # parts go on in the sentence after the set, not further)
                break
            if whole.unit != count.unit or _BRACKET_CLOSED.match(text, whole.end, count.start):
                continue  # (168件(其中来信115件)，已办结117件: a part in brackets)
            done = _STATE_PART.match(whole.indicator)
            if done and (named or whole.target is None or done.end() == len(whole.indicator)):
                continue
            # 已完成298项(of 316)，正在办理18项: the part before names the set it is of
            size = whole.target if done else whole.value
            if not done and _ON_SCHEDULE.search(whole.indicator):
                continue  # 省定33项民生工程全部超过序时进度: itself a part, in a state
            noun = _set_noun(whole.indicator[done.end() :] if done else whole.indicator)
            if len(noun) < 2 or size is None or size < count.value:
                break
            rest = count.indicator[state.end() :]
            if named and not (whole.indicator.endswith(rest) or rest.endswith(whole.indicator)):
                break  # 17项指标中…7项指标提前完成全年任务: of the set when the noun is its
            count.indicator = count.indicator if named else state.group("state") + noun
            if count.target is None and _DONE_ONLY.fullmatch(state.group("done") or ""):
                rate = count.completion_rate
                if rate is None or _agrees(count.value, size, rate):
                    count.target = size  # the set done is the target
                    if (
                        not done
                        and _PART_OF.match(text, whole.end)
                        and _only_part(text, drafts, back, index)
                    ):
                        dropped.add(back)  # 17项指标中，7项提前完成: the set is only the target
            break
    return [d for i, d in enumerate(drafts) if i not in dropped]


# the words of starting work and of finishing it: 建成44个，完工率34% is one stage under two
# words; 竣工862户，开工率74% are two stages
_STAGE_GROUPS = (p.STARTED, p.FINISHED)
_STAGED_SET = re.compile(
    rf"(?P<stage>{_PROJECT_STAGES}|履约)"
    r"(?P<noun>.{2,})"
)


def _stages(text: str) -> set[int]:
    return {i for i, words in enumerate(_STAGE_GROUPS) if any(w in text for w in words)}


def _other_stage(first: str, second: str) -> bool:
    """Whether ``first`` names a stage (开工, 竣工…) and ``second`` names none of its kind."""
    stages = _stages(first)
    return bool(stages) and not stages & _stages(second)


def _due_and_done(drafts: list[Draft]) -> list[Draft]:
    """应结案数24932件，结案数23974件，结案率96.16%: what was due to reach a stage is the
    target of what reached it, said next (and no figure of its own, as a set before a stage
    count is not); later stages of it (按期结案数…) take it too."""
    dropped: set[int] = set()
    for index in range(len(drafts) - 1):
        due = _DUE.fullmatch(drafts[index].indicator)
        whole = drafts[index]
        if due is None or whole.value is None or whole.target is not None:
            continue
        for at in range(index + 1, min(len(drafts), index + 4)):
            done = drafts[at]
            if done.sentence != whole.sentence or done.unit != whole.unit:
                break
            if (
                done.value is None
                or done.target is not None
                or not 0 < done.value <= whole.value
                or due.group("stage") not in done.indicator
                or "应" in done.indicator
            ):
                continue
            done.target = whole.value
            if due.group("noun") and _unmarked(done.indicator) == due.group("stage"):
                done.indicator = due.group("stage") + due.group("noun")  # 已办结 → 办结诉求
            dropped.add(index)
    return [d for i, d in enumerate(drafts) if i not in dropped]


_DUE = re.compile(rf"[^应]{{0,6}}应(?P<stage>{_RATE_STAGES})(?:数|量|件数)?(?P<noun>.*)")


def _stage_rates_of_a_set(drafts: list[Draft]) -> list[Draft]:
    """纳入省重点项目26个，开工率、投产率分别达100%、78%: a stage's rate with no count of the
    stage, right after a set counted in the sentence, is of the part of the set that reached
    it: named stage first, in the set's unit, the set its target (the set stays a figure: the
    text says how many there are, and not how many reached the stage)."""
    for index, rate in enumerate(drafts):
        if (
            not _rate_alone(rate)
            or rate.target is not None
            or rate.region is not None
            or not _BARE_STAGE.fullmatch(rate.indicator)
        ):
            continue
        back = index - 1
        while back >= 0 and drafts[back].sentence == rate.sentence and _rate_only(drafts[back]):
            back -= 1  # (the stages listed before it share the set)
        the_set = drafts[back] if back >= 0 else None
        if (
            the_set is None
            or the_set.sentence != rate.sentence
            or not _stage_count(the_set)
            or the_set.target is not None
            or the_set.value is None
            or not _SET_NOUN.search(the_set.indicator)
            or _STAGE_WORD.search(the_set.indicator)
        ):
            continue
        noun = _PUT_IN.sub("", ph.SET_VERB.sub("", the_set.indicator))
        rate.indicator, rate.unit, rate.target = rate.indicator + noun, the_set.unit, the_set.value
    return drafts


def _rate_only(draft: Draft) -> bool:
    return draft.value is None and draft.completion_rate is not None


def _rate_alone(draft: Draft) -> bool:
    """A completion rate with no value and no unit of its own (开工率100%)."""
    return _rate_only(draft) and draft.unit is None


_BARE_STAGE = re.compile(rf"(?:{_RATE_STAGES})")
_SET_NOUN = re.compile("项目|企业|工程|小区|学校|园区|基地")
_PUT_IN = re.compile("^(?:纳入|列入|入选)")


def _stage_count(d: Draft) -> bool:
    return d.value is not None and counts_things(d.unit) and d.completion_rate is None


def _whole_of(whole: Draft, count: Draft, text: str, named: bool = False) -> bool:
    """Whether ``whole`` is the set of projects ``count`` is a part of (of anything, where
    the two are ``named`` by one noun), counted right before it."""
    return (
        _stage_count(whole)
        and whole.target is None
        and whole.unit == count.unit
        and whole.value is not None  # (as _stage_count says; for the type checker)
        and count.value is not None
        and whole.value >= count.value
        and 0 <= count.start - whole.end <= _ADJACENT
        and not _SENTENCE_END.search(text, whole.end, count.start)
        and (named or "项目" in whole.indicator)
    )


# Characters each pattern needs (one of them in every match; test_extraction_patterns
# checks it), so that most sentences skip the slower scans. By id: a pattern's hash is
# computed from all its compiled code, at every lookup.
SCAN_NEEDS = ((p.PERIOD, p.PERIOD_CHARS), (p.REGION, "内：:"), (p.STATUS, "完滞进序"))
_NEEDS = {id(pattern): re.compile(f"[{chars}]") for pattern, chars in SCAN_NEEDS}


def _scan(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[re.Match[str]]:
    if not _NEEDS[id(pattern)].search(text, lo, hi):
        return []
    return list(pattern.finditer(text, lo, hi))


_RESTATED = 0.6
_Key = tuple[
    str,
    str | None,
    Decimal | None,
    str | None,
    Decimal | None,
    Decimal | None,
    Decimal | None,
    Decimal | None,
]


def _dedupe(text: str, drafts: list[Draft]) -> list[Draft]:
    """A figure said twice is one figure; two places' rates for one indicator are two."""
    seen: dict[_Key, Draft] = {}
    kept: list[Draft] = []
    # figures kept, by what must be equal for one to restate another
    by_value: dict[tuple[object, ...], list[Draft]] = {}
    # growths alone and levels with growths, by growth and place (a heading's growth restated)
    by_growth: dict[tuple[object, ...], list[Draft]] = {}
    headed: set[int] = set()
    for draft in drafts:
        grown = (draft.yoy_growth, draft.region) if draft.yoy_growth is not None else None
        if grown is not None and _growth_alone(draft):
            level = next((k for k in by_growth.get(grown, ()) if _grew_as(draft, k)), None)
            if level is not None:
                continue  # 参保1209.26万人，增长4.9%。…参保人数同比增长4.9%: said again
        elif grown is not None and draft.value is not None:
            said = [k for k in by_growth.get(grown, ()) if _growth_alone(k) and _grew_as(k, draft)]
            headed.update(id(k) for k in said)  # 1.参保人数同比增长4.9%<line>参保…增长4.9%
        key = (
            draft.indicator,
            draft.region,
            draft.value,
            draft.unit,
            draft.target,
            draft.completion_rate if draft.value is None else None,
            draft.yoy_growth if draft.value is None else None,
            draft.time_progress_gap_pp if draft.value is None else None,
        )
        same_value = (draft.value, draft.unit, draft.region)
        candidates = by_value.get(same_value, []) if draft.value is not None else []
        same = seen.get(key) if draft.indicator else None
        same = same or next((k for k in candidates if _restated(text, draft, k)), None)
        if same is not None:
            if "目标" in same.indicator and "目标" not in draft.indicator:
                same.indicator = draft.indicator  # 指标任务 says what 目标任务 counts
            for name in _SAID_OF_A_LEVEL:  # 完成交通投资64.8亿元，完成率92.6%。…同比增长13.4%
                if getattr(same, name) is None:
                    setattr(same, name, getattr(draft, name))
            continue
        seen[key] = draft
        kept.append(draft)
        by_value.setdefault(same_value, []).append(draft)
        if grown is not None:
            by_growth.setdefault(grown, []).append(draft)
    return [d for d in kept if id(d) not in headed] if headed else kept


def _growth_alone(draft: Draft) -> bool:
    return draft.value is None and draft.target is None and draft.completion_rate is None


_RESTATED_FAR = 400  # characters between a growth said alone and the level that grew so


def _grew_as(alone: Draft, level: Draft) -> bool:
    """Whether a growth said alone, in another sentence near it, is the growth of ``level``:
    one name holds the other (基本养老保险参保人数, 基本养老保险参保)."""
    if alone.sentence == level.sentence or abs(alone.start - level.start) > _RESTATED_FAR:
        return False
    a, b = alone.indicator, level.indicator
    return len(min(a, b, key=len)) >= 4 and (a in b or b in a)


_SAID_OF_A_LEVEL = ("target", "completion_rate", "yoy_growth", "time_progress_gap_pp")


def _restated(text: str, draft: Draft, kept: Draft) -> bool:
    """“八大抓手”54项目标任务 … “八大抓手”54项指标任务: one figure said in other words
    (the caller has matched value, unit and region); each may tell what the other does not
    (but no other target, rate, growth or period, and a target only by the same name), and
    not in the next part of the same sentence (10个市县域财政收入增幅高于…；10个市的县域税收
    收入增幅高于…: parts side by side say different things)."""
    if draft.sentence == kept.sentence >= 0 and "；" in text[kept.end : draft.start]:
        return False
    if (draft.start, draft.end) == (kept.start, kept.end) and draft.indicator != kept.indicator:
        return False  # A、B和C覆盖率均达到95%: one value said of each, read as one figure each
    for name in (*_SAID_OF_A_LEVEL, "period"):
        said, kept_said = getattr(draft, name), getattr(kept, name)
        if said != kept_said and (
            (said is not None and kept_said is not None)
            or (name == "target" and draft.indicator != kept.indicator)
        ):
            return False  # (受理工单468件，已办结468件 with its target: another figure)
    if bool(_NOT.search(draft.indicator)) != bool(_NOT.search(kept.indicator)):
        return False  # 1个项目基本完成…，1个项目未完成…: one is what the other is not
    if (
        _LEVEL.search(draft.indicator)
        and _LEVEL.search(kept.indicator)
        and _LEVEL.sub("", draft.indicator) == _LEVEL.sub("", kept.indicator)
    ):
        return False  # 省级专业镇14个、市级专业镇14个: one level and another
    return similarity(draft.indicator, kept.indicator) >= _RESTATED


_NOT = re.compile("未|没有|不")
_LEVEL = re.compile("(?:国家|省|市|县|区|镇)级")


# 请东城区等6个单位于12月10日前报送: an instruction to units reports no figures
_REQUEST = re.compile(r"[\s，、]*(?:请|务必)")
_ASKS = re.compile("请|务必")


# 从2017年的0.28亿元，上升到2020年的1.77亿元: one change across a comma
_TO_CLAUSE = re.compile(
    r"\s*(?:飞速|快速|迅速|稳步|大幅|逐步|持续|进一步)?"
    r"(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大|扩展|拓展|跃升|攀升|发展|增|降)(?:到|至)"
    r"|\s*(?:到|至)[0-9]"
)


_TO_CHARS = re.compile("[到至]")


# 贡献率分别为5.7%，40.0%和54.3%: the list goes on after a comma
_LIST_GOES_ON = re.compile(r"[0-9.]+%(?:(?:[、和及]|以及)[0-9.]+%)*[，；。]?$")


_GROWTH_IN_BRACKETS = re.compile(
    r"[(（][^()（），,]*[0-9][^()（），,]*[，,]\s*(?:年增|年减|升|跌|上升|下跌)[0-9]"
)


# 各县区综合得分从高到低依次是正阳县78.7分、上蔡县78.6分: the words before the places open
# the list as a heading would (各县区综合得分：正阳县78.7分)
_DIGIT = re.compile(r"[0-9](?![0-9.]*(?:月|年|日|季度|号))")  # (3月份各县区…: a date)
_RANKED_BEFORE = re.compile("[前后末][一二三四五六七八九十两0-9]*[位名]?的?$")
_IN_ORDER_OPEN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:从|由)[高低大小快慢多少]到[高低大小快慢多少])?依次(?:是|为)"
    r"(?=[\u4e00-\u9fff]{2,8}[0-9])"
)


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    if "依次" in s.text[s.lo : s.hi]:
        return [span for lo, hi in _split_clauses(s) for span in _in_order_opened(s.text, lo, hi)]
    return _split_clauses(s)


def _in_order_opened(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    opened = _IN_ORDER_OPEN.search(text, lo, hi)
    if (
        opened is None
        or _DIGIT.search(text, lo, opened.start())
        or _RANKED_BEFORE.search(text, lo, opened.start())  # 增速居前三位的依次是: ranked
    ):
        return [(lo, hi)]
    return [(lo, opened.end()), (opened.end(), hi)]


def _split_clauses(s: Sentence) -> list[tuple[int, int]]:
    listed = "分别" in s.text[s.lo : s.hi]
    bracketed = _GROWTH_IN_BRACKETS.search(s.text, s.lo, s.hi) is not None
    alternatives = "，或" in s.text[s.lo : s.hi]
    if not (listed or bracketed or alternatives) and not _TO_CHARS.search(s.text, s.lo, s.hi):
        return [m.span() for m in _CLAUSE.finditer(s.text, s.lo, s.hi)]
    spans: list[tuple[int, int]] = []
    for clause in _CLAUSE.finditer(s.text, s.lo, s.hi):
        lo, hi = clause.span()
        joined = spans and s.text[spans[-1][1] - 1] in "，,"
        if (
            joined
            and (
                _TO_CLAUSE.match(s.text, lo, hi)
                # 已经解决或基本解决，或已通过其他途径解决的54件: one state, said two ways
                or (alternatives and s.text[lo] == "或")
                # 电动机械（增303亿元，升16.1%）: a bracket's change and its growth are one clause
                or (bracketed and _GROWTH_IN_BRACKETS.search(s.text, spans[-1][0], hi))
                or (
                    listed
                    and s.text[spans[-1][1] - 2] == "%"
                    and "分别" in s.text[spans[-1][0] : spans[-1][1]]
                    and _LIST_GOES_ON.match(s.text, lo, hi)
                )
            )
        ):
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


# 预期目标是，地区生产总值增长7%，…: what follows, to the end of the sentence, are targets
_TARGETS_LISTED = re.compile(
    r"(?:预期|主要)目标(?:任务)?(?:是|为)|目标(?:是|为)[：:，,\s]*$"
    # 提出了2021年全市…发展指标体系安排，具体为：: the targets set out
    r"|(?:指标|目标)(?:体系)?(?:安排|设置|设定)(?:[，,]?具体)?(?:为|是|如下)?[：:，,\s]*$"
    # 今年全省就业创业总体目标已经设定，城镇新增就业70万人: set, then listed
    r"|目标(?:已经|已)(?:设定|确定|明确|下达)[：:，,\s]*$"
)
# 提出“城镇调查失业率5.5%以内，城镇登记失业率4.5%以内”的全年预期目标: the words quoted are
# the targets
_QUOTED_TARGETS = re.compile(
    r"“[^”“。]{4,160}”的?(?:全年|年度|今年|明年|主要)?(?:预期|发展|工作|控制)?目标"
)


def _read_sentence(s: Sentence) -> None:
    request = False
    asks = _ASKS.search(s.text, s.lo, s.hi) is not None  # most sentences ask for nothing
    starts = [number.start() for number in s.numbers]
    aiming = carried = False
    quoted = (
        _QUOTED_TARGETS.search(s.text, s.lo, s.hi) if s.text.find("”的", s.lo, s.hi) >= 0 else None
    )
    for c_lo, c_hi in _clauses(s):
        carried = False
        if s.clauses and s.text[s.clauses[-1][1] - 1] == "；":
            # 将…设为5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右: after a
            # part that aimed only (and parts without figures), a part of bounds and
            # estimates aims too unless it says what was done
            part = s.text.rfind("；", s.lo, s.clauses[-1][1] - 1) + 1 or s.lo
            aimed = _aimed_only(s, part, aiming)
            if s.horizon_ends and any(f.value is not None for f in s.figures):
                # 全年计划实施…120项，截至10月底已立项98项；争取…1.8亿元: done, not planned
                s.horizon = False
            aiming = carried = not s.horizon and (aiming if aimed is None else aimed)
            s.target_mode, s.target_verb, request = s.horizon, None, False
        request = request or (asks and bool(_REQUEST.match(s.text, c_lo, c_hi)))
        numbers = s.numbers[bisect_left(starts, c_lo) : bisect_left(starts, c_hi)]
        found = [] if request else mt.find_mentions(s.text, c_lo, c_hi, numbers)
        head = s.text[c_lo : found[0].start] if found else s.text[c_lo:c_hi]
        listed = _TARGETS_LISTED.search(head) if "目标" in head or "指标" in head else None
        if listed and not ph.is_actual(head[: listed.start()] + head[listed.end() :]):
            s.target_mode = s.horizon = True  # 主要预期目标是地区生产总值增长6%以上；…
        elif quoted and quoted.start() < c_hi and c_lo < quoted.end():
            s.target_mode = True
        elif carried and found and not ph.is_actual(head) and all(m.qualifier for m in found):
            s.target_mode = True  # (…；其中市管项目40个: the parts of a plan are no aim)
        if not found and not request:
            _heading_clause(s, c_lo, c_hi)
            _held_level(s, c_lo, c_hi)
        known = len(s.figures)
        if not _read_listing(s, c_lo, found) and not _rates_in_brackets(s, c_lo, c_hi, found):
            _read_clause(s, c_lo, c_hi, found)
        moved = mt.MEASURE_MOVED.search(head) if len(found) == 1 else None
        if moved and len(s.figures) == known:
            # 事故起数减少8起，下降17.77%: the change is no figure, the rate after it is the
            # growth of the measure it names
            measure = _MOVED_VERB.sub("", head[: moved.end()])
            s.trend_name, s.trend_clause = ph.clean(measure), (c_lo, c_hi)
        if found and _chose_tasks(s.text, c_lo, c_hi):
            s.target_mode = s.horizon = True  # 确定了为全省人民办好10件实事：一是…
        s.clauses.append((c_lo, c_hi))
    _attach_status(s)


def _asked_and_done(
    text: str, drafts: list[Draft], ledger: list[tuple[Span, Span | None]]
) -> list[Draft]:
    """新增托位500个。 | 新增托位600个。: what a ledger's task asks is the target of what the
    cell beside it says was done: the figure named alike (any count for a count), else each
    in turn among those of a kind of unit."""
    merged: set[int] = set()
    for (a_lo, a_hi), done in ledger:
        if done is None:
            continue
        asked = [d for d in drafts if a_lo <= d.start < a_hi and d.value is None and d.target]
        said = [
            d
            for d in drafts
            if done[0] <= d.start < done[1]
            and d.value is not None
            and d.target is None
            and not _a_part(text, d)
        ]
        paired = _paired_by_name(asked, said)
        for target, actual in paired:
            _asked_of(target, actual, merged)
        asked = [d for d in asked if id(d) not in merged]
        said = [d for d in said if all(d is not actual for _, actual in paired)]
        for kind in {split_unit(d.unit or "")[1] for d in asked}:
            targets = [d for d in asked if split_unit(d.unit or "")[1] == kind]
            actuals = [d for d in said if d.unit and split_unit(d.unit)[1] == kind]
            if len(targets) != len(actuals) or any(
                _unlike(t, a) for t, a in zip(targets, actuals, strict=True)
            ):
                continue  # (which is the target of which is not sure)
            for target, actual in zip(targets, actuals, strict=True):
                _asked_of(target, actual, merged)
    return [d for d in drafts if id(d) not in merged]


_ASKED_ALIKE = 0.6  # how alike (match.similarity) a task's and a progress's names must be


def _paired_by_name(asked: list[Draft], said: list[Draft]) -> list[tuple[Draft, Draft]]:
    """Each target with the actual most alike in name (技术合同交易额40亿元 | 技术合同金额11.06亿元;
    实施产学研合作项目50个 | …56项), when one stands out."""
    pairs: list[tuple[Draft, Draft]] = []
    free = list(said)
    for target in asked:
        fits = [
            (similarity(target.indicator, actual.indicator), actual)
            for actual in free
            if (
                compatible(target.unit, actual.unit)
                or (is_count(target.unit) and is_count(actual.unit))
            )
            and not _unlike(target, actual)
        ]
        fits.sort(key=lambda fit: -fit[0])
        if fits and fits[0][0] >= _ASKED_ALIKE and (len(fits) == 1 or fits[1][0] < fits[0][0]):
            pairs.append((target, fits[0][1]))
            free.remove(fits[0][1])
    return pairs


_TOTAL_WORD = re.compile("总量|总数|累计|达到")


def _unlike(target: Draft, actual: Draft) -> bool:
    """高新技术企业总量160家 | 申报高新技术企业61家: a total asked is not met by what was done
    this time."""
    return bool(_TOTAL_WORD.search(target.indicator)) != bool(_TOTAL_WORD.search(actual.indicator))


def _a_part(text: str, draft: Draft) -> bool:
    """其中长三角技术合同1010万元: a part of what was done (it meets no task)."""
    clause = max(text.rfind(mark, 0, draft.start) for mark in "，；。\n") + 1
    return _PARTS_OPEN.match(text, clause) is not None


def _asked_of(target: Draft, actual: Draft, merged: set[int]) -> None:
    """The target ``target`` asks is ``actual``'s, in its unit (a count in any)."""
    if target.target is None:
        return
    value = in_unit(target.target, target.unit, actual.unit)
    if value is None and is_count(target.unit) and is_count(actual.unit):
        value = target.target  # 实施产学研合作项目50个 | 实施…56项: counted alike
    if value is None:
        return
    actual.target = value
    merged.add(id(target))


def _chose_tasks(text: str, lo: int, hi: int, heading: bool = False) -> bool:
    """Whether the words from ``lo`` to ``hi`` announce the tasks chosen for the year ahead,
    ending with a colon (or anyhow, for a ``heading`` sentence), not told looking back."""
    return (
        (heading or text[hi - 1] in "：:")
        # (every match names 实事 or 民生工程: most sentences have neither, and the pattern,
        # opening with a look-behind, is tried at every position)
        and (text.find("实事", lo, hi) >= 0 or text.find("民生工程", lo, hi) >= 0)
        and _TASKS_CHOSEN.search(text, lo, hi) is not None
        and _REVIEW.search(text, lo, hi) is None
        and _CHOSEN_BEFORE.search(text, lo, hi) is None
    )


_CHOSEN_BEFORE = re.compile("年初|年前|此前|去年|上年|据了解")


def _aimed_only(s: Sentence, since: int, aiming: bool) -> bool | None:
    """Whether the figures read since ``since`` (the part before a ；) are all targets, set
    by words of will (将, 力争, 设为; not 预计 or 年度目标, said of what was done too) or
    by the parts before (``aiming``); None when there are none."""
    part = [f for f in s.figures if f.start >= since]
    if not part:
        return None
    if any(f.value is not None or f.target is None for f in part):
        return False
    return aiming or _AIMS.search(s.text, since, part[-1].start) is not None


_AIMS = re.compile(rf"{p.WILL}|力争|争取|(?:设|定|确定)为|预期目标")


# 完成工业投资141.4亿元，与去年同期持平: a growth of zero
# (户籍劳动力21.28万人，外来从业人员38.2万人，同比均基本持平: each of them)
_HELD = re.compile(
    r"\s*(?:与|和|同|较|比)?(?:去年|上年|上一年|往年)(?:同期)?(?:相比)?(?P<each>均|都)?(?:基本)?持平[，；。]?"
    r"|\s*同比(?P<each2>均|都)?(?:基本)?持平[，；。]?"
    r"|\s*基本持平[，；。]?"  # 专任教师470895人，比上年减少10人，基本持平
)
# 比上年减少10人: how far a level moved, a clause between the level and what is said of it
_MOVED_BY = re.compile(r"\s*(?:比|较)(?:上年|去年|上年同期|去年同期)(?:增加|减少|增|减)")


_HELD_AFTER = re.compile(rf"(?:{_HELD.pattern})$")


def _held_level(s: Sentence, c_lo: int, c_hi: int) -> None:
    held = _HELD_AFTER.search(s.text, c_lo, c_hi)
    name = ph.clean(s.text[c_lo : held.start()]) if held else ""
    if held and name and len(name) <= _HEADING_MAX // 2:
        # 第一产业投资与去年同期持平: a growth of zero of what the clause names
        draft = Draft(name, None, None, c_lo + s.text[c_lo:c_hi].find(name[0]), held.end())
        draft.yoy_growth = Decimal(0)
        s.figures.append(context(s, draft, c_lo))
        return
    last = s.figures[-1] if s.figures and s.clauses else None
    if last is None or last.yoy_growth is not None:
        return
    moved = len(s.clauses) > 1 and _MOVED_BY.match(s.text, s.clauses[-1][0]) is not None
    if last.end < s.clauses[-2 if moved else -1][0]:
        return  # the figure of the clause just before (or of the one before its change)
    if (
        last.completion_rate is not None
        and last.time_progress_gap_pp is None
        and p.ON_TIME.fullmatch(s.text, c_lo, c_hi)
    ):
        # 完成年度计划的25.1%，总体情况与时间进度持平: no gap to time progress
        last.time_progress_gap_pp, last.end = Decimal(0), max(last.end, c_hi)
        return
    held = _HELD.fullmatch(s.text, c_lo, c_hi)
    if held and (held.group("each") or held.group("each2")):
        for draft in s.figures:
            if draft.yoy_growth is None and draft.value is not None and draft.unit != "%":
                draft.yoy_growth = Decimal(0)
        last.end = max(last.end, c_hi)
    elif held:
        last.yoy_growth, last.end = Decimal(0), max(last.end, c_hi)


# 各县在建项目完成投资均超过序时进度，分别为：蕉城83.8%、东侨81.6%: a list of places (or
# sectors) with the rate each has of the measure named before 分别
_LIST_OPEN = re.compile(r"(?:分别|依次)(?:为|是)\s*[：:]\s*$")
_LIST_GAP = re.compile(r"均?(?:超过|超|高于|低于|快于|慢于|落后于?)(?:序时|时间)进度.*$")
_LIST_KIND = re.compile(
    # 再就业完成年度目标的比例: 再就业
    r"(?:完成(?:全?年度?)?(?:目标|任务|计划)+)?"
    r"(?:的)?(?:完成率|完成进度|完成比例|比例|增速|增幅|增长率)(?:分别|依次)?$"
)
# 同比增长排名前三位的县(市、区)：A 76.74%、B 52.50%: the places ranked by it, each with its value
_LIST_RANKED = re.compile(
    rf"(?P<ranked>(?:排名|排序|位居|位列|居)(?:全国|全省|全市|全县|全区)?{ph.RANK_AT}[位名]?)"
    rf"的?(?:{p.ANY_PLACES}|单位|部门)?(?:[（(][^（）()]{{0,8}}[）)])?(?:分别|依次)?(?:为|是)?\s*[：:]\s*$"
)
_RANKED_BY_GROWTH = re.compile(rf"(?:同比)?(?:{p.GROWTH_WORD}|增长)$")
_LIST_RATE = re.compile("完成|进度|计划")
_LIST_GROWTH = re.compile("增速|增幅|增长")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,10}")  # (开发区·铁山区)
_LIST_SEP = "、，,和及 "


# 水利工程(13.4%)、公路工程(18.2%)，完成投资进度较慢: rates in brackets, named after them
_BRACKETED_PERCENT = re.compile(r"[、和及与]?(?P<item>[^，。；、()（）0-9]{2,12})[(（]$")
_RATE_NAMED_AFTER = re.compile(
    r"[，,]?(?:均|都)?(?:完成)?(?P<measure>投资|产值|[\u4e00-\u9fff]{0,4})?(?:完成)?(?:进度|完成率)"
)


def _rates_in_brackets(s: Sentence, c_lo: int, c_hi: int, found: list[Mention]) -> bool:
    if len(found) < 2 or not all(m.is_percent for m in found):
        return False
    items: list[str] = []
    previous = c_lo
    for mention in found:
        bracketed = _BRACKETED_PERCENT.fullmatch(s.text, previous, mention.start)
        if bracketed is None or s.text[mention.end : mention.end + 1] not in (")", "）"):
            return False
        items.append(bracketed.group("item"))
        previous = mention.end + 1
    named = _RATE_NAMED_AFTER.match(s.text, previous, s.hi)
    if named is None or any(ph.is_place(item) for item in items):
        return False  # places in brackets are _bracketed_item's
    measure = named.group("measure") or ""
    for item, mention in zip(items, found, strict=True):
        name = ph.clean(item)
        draft = context(
            s, Draft(name + measure, None, None, mention.start, mention.end + 1), mention.start
        )
        draft.completion_rate = mention.value
        s.figures.append(draft)
    return True


def _read_listing(s: Sentence, c_lo: int, found: list[Mention]) -> bool:
    if not found:
        return False
    opened = _LIST_OPEN.search(s.text, s.lo, c_lo) or _LIST_RANKED.search(s.text, s.lo, c_lo)
    if opened is None or not all(m.is_percent for m in found):
        return False
    ranked = opened.re is _LIST_RANKED
    start = max([s.lo] + [f.end for f in s.figures if f.end <= opened.start()])
    words = s.text[start : opened.start("ranked" if ranked else 0)].strip("，,、 ")
    kind = mt.RATE if _LIST_RATE.search(words) else mt.YOY if _LIST_GROWTH.search(words) else None
    places, previous = [], c_lo
    for mention in found:
        place = s.text[previous : mention.start].strip(_LIST_SEP)
        if not _LIST_ITEM.fullmatch(place):
            return False
        places.append(place)
        previous = mention.end
    if kind is None:
        return False
    name = _LIST_KIND.sub("", _LIST_GAP.sub("", _ASIDE.sub("", words)).rstrip("，,、 "))
    if ranked:
        # 同比增长排名前三位的县(市、区)：: of the measure before, the ranking no topic
        name = ph.clean(_RANKED_BY_GROWTH.sub("", name)) or (
            s.figures[-1].indicator if s.figures else s.previous
        )
    name = ph.clean(name).replace("完成", "") or s.last_indicator()
    for place, mention in zip(places, found, strict=True):
        draft = context(s, Draft(name, None, None, mention.start, mention.end), mention.start)
        draft.region = place
        if kind == mt.RATE:
            draft.completion_rate = mention.value
        else:
            draft.yoy_growth = mention.value
        s.figures.append(draft)
    return True


# 从高企培育入库完成率看，…: the clause names what the sentence's figures are about
_VIEW = re.compile(r"^(?:从|就|按|分)(?P<name>.+?)(?:情况|方面|排名|来)?看$")
_RATE_WORD = re.compile(r"(?:的)?(?:完成率|完成进度|完成情况)$")
_GROWTH_WORD = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:的)?{p.GROWTH_WORD}$")
_VIEW_OPENS = re.compile(r"\s*(?:从|就)(?P<name>[^，。]{2,16}?)(?:情况|方面)?(?:来)?看[，,]")
# 分县区看, 从各镇（街道）看: a view over places keeps what the figures are about
_BY_PLACE = re.compile(rf"各?(?:[0-9一二三四五六七八九十两]+个)?{p.VIEW_KINDS}")
_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_VIEW_OVER_UNITS = re.compile(rf"分{p.VIEW_KINDS}(?:完成|执行)?情况")
# (从各市的具体数据来看: the places, then each)
_GENERIC_VIEW = re.compile(
    rf"(?:{_BY_PLACE.pattern}的?)?(?:具体|主要)?(?:月度|当月|单月|累计|季度|年度|全年)?(?:增速|增幅|走势|数据|指标)"
    # 分季度看，一季度下降6.8%，二季度增长3.2%: a view over periods, each of the measure before
    r"|各?(?:季度|月度|月份|季|月|年度|年份)"
)
# 规上工业增加值增速高于全市平均水平的县区中，…; 工业投资完成率超过序时进度的有…
_NAMED_RATE = re.compile(r"^(?P<name>.+?)(?:的)?(?P<kind>完成率|完成进度|增速|增幅)")
_PLAN_OPENS = re.compile(
    # 2021年《政府工作报告》提出，: what a plan or a report sets out follows
    rf"{p.SET_OUT}[，,：:]?$|"
    rf"{p.WILL}|力争|(?<!初步)预计|(?<![出于合过达超])预期(?!的)|{p.PROPOSED}|计划(?=新增|完成|实现|引进|培育|建设|新建|投资|开工)"
)
_TOPIC_CLAUSE = 40
_TOPIC_NAME = 16
_TOPIC_RANKED = 28
# 项目数量从高到低，依次为：…: the order of a ranking, in the clause before its list
_IN_ORDER_END = re.compile(f"{ph.IN_ORDER}$")
_RATE_CHARS = re.compile("完成|增速|增幅")
_ASPECT = re.compile(r"^在(?P<name>[^，；。]{2,24}?)(?:方面|上)$")
# 一、镇处考评得分及排名: a heading's number, and the kinds of place the ranking goes over
_HEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
    r"(?:镇处|镇街|乡镇|县区|区县|县市区|市州|设区市|地市)?"
)
_ENUMERATED = re.compile(r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[，、]?)")
# 三、…, （三）…, 三是…, 2.…, (2)…, ②…: the next item of a list
_ITEM_START = re.compile(
    rf"{_LIST_HEADING.pattern}|{_ENUMERATED.pattern}"
    r"|\s*(?:[0-9]{1,2}[.、．]|[(（][0-9]{1,3}[)）]|[①-⑳])"
)
# (南京市作为省会城市，虽然本月同比增长仅为0.2%: what the place is, not what grew)
# (除陕西、云南、新疆外: the places left out, not what the figures are about)
_NOT_TOPIC = re.compile(r"^(?:根据|按照|依据|经过?|通过|对照|围绕|在(?!建))|作为|^除.*外$")


# 高价值发明专利拥有量实现大幅增长，达579件: how the figure moved is no part of its name
_TREND = re.compile(
    r"(?:也|均|都)?(?:同比)?(?:实现|保持|呈现|继续|持续|连续)*(?:大幅|小幅|快速|稳步|持续|较快|平稳|明显|显著|稳定|高速|两位数|略有|微幅)?"
    r"(?:增长|提升|提高|下降|回落|上升)(?:态势|势头|幅度较大|幅度明显|较快|明显)?$"
)


# ，增54.5%, ，年增12%: a clause that says only how much what was named before it grew
_BARE_GROWTH_NEXT = re.compile(
    r"[，,]?\s*(?:年|同比|按年)?(?:增长|成长|增|减少|下降|减|上升|下跌)了?(?:约|近)?[0-9]"
)


def _heading_clause(s: Sentence, c_lo: int, c_hi: int) -> None:
    """A clause without numbers: the topic of what follows, and whether what follows are
    targets (今年主要预期目标是：…)."""
    # …；高标准农田建设，全年任务为25万亩: a part after a semicolon opens like a sentence
    part = c_lo > s.lo and s.text[c_lo - 1] == "；" and _NAMES_A_TASK.fullmatch(s.text, c_lo, c_hi)
    targets, projecting, topic_rate, topic = _heading(s.text[c_lo:c_hi], not s.figures or part)
    if not topic and s.figures and _BARE_GROWTH_NEXT.match(s.text, c_hi, s.hi):
        # …年增1.3倍，对欧洲出口值创单月最佳，增54.5%: the clause names the growth after it
        named = ph.clean(s.text[c_lo:c_hi])
        topic = named if 2 <= len(named) <= _TOPIC_NAME else ""
    if s.text.find("占", c_lo, c_hi) >= 0 and _PLAN_SHARES_HEAD.search(s.text, c_lo, c_hi):
        # 各行业完成投资及占年度计划比例为：…，占109.1%: the shares after are of the plan
        s.plan_share, targets = True, False
    trend = _trend_name(s.text[c_lo:c_hi]) if s.figures else ""
    if trend:
        s.trend_name, s.trend_clause = trend, (c_lo, c_hi)
    if targets is not None:
        s.target_mode = s.horizon = targets
    if projecting is not None:
        s.projecting = projecting
    if topic_rate is not None:
        s.topic_rate = topic_rate
    judged = _JUDGED_KIND.search(topic) if topic else None
    if judged:
        # 开工进展较快的地区：甘肃100%、…: the places' rates of the figure before, else of
        # the measure the heading names
        s.topic_rate = s.topic_rate or "进" in judged.group(0)
        stage = _STAGE_WORD.search(topic[: judged.start()]) if s.topic_rate else None
        if stage:
            topic = stage.group(0) + "率"  # 开工进展较快的地区：the rate of the count started
        else:
            topic = "" if s.figures or s.previous else topic[: judged.start()]
    if _PLACE_CLASS.fullmatch(topic):
        topic = ""  # 第一类县（市、区）依次为：the class of the places ranked, not the measure
    if topic and not _judged_places(topic) and not ph.counts_places(topic):
        s.topic, s.topic_at = topic, c_hi  # (9市增幅高于全省平均: places, not a topic)
        # 增加值增速实现“破百”，达到114.9%: the percentages after a growth's heading are growths
        # (增幅最高的是临沂，为7.9%: a place ranked, read by its value)
        s.topic_growth = (
            not s.topic_rate
            and bool(_GROWTH_HEADING.search(s.text, c_lo, c_hi))
            and not _RANKED_WORDS.search(s.text, c_lo, c_hi)
        )


_PLAN_SHARES_HEAD = re.compile(
    r"占(?:全?年度?|全年|当年|今年)?(?:投资)?(?:计划|目标|任务)+(?:投资)?的?(?:比例|比重|进度|情况)"
    r"(?:分别)?(?:为|是|如下)?[：:，,]?$"
)
_PLACE_CLASS = re.compile(
    rf"(?:第?[一二三四五六七八九十0-9A-Da-d甲乙丙]类(?:{p.PLACE_KINDS}|地区|单位|部门)*"
    # 城区组：东湖区(91.35): the group the places are ranked in
    r"|[\u4e00-\u9fffA-Za-z0-9]{1,6}组)(?:依次|分别)?"
)


# 高明区、禅城区进度较快，分别完成…: places and how they did name no topic
_JUDGED = re.compile(rf"(?:的|项目|工作)?(?:进度|进展|增速|增长|发展|完成情况|投资)?{p.STANDING}")


# 开工进展较快的地区：上海(107.0%)、…: the places that did so, then each
_JUDGED_KIND = re.compile(
    rf"(?:{_JUDGED.pattern})的(?:地区|省份|省区市|单位|部门|{p.PLACE_KINDS})$"
)


def _judged_places(topic: str) -> bool:
    shared = ph.places_sharing(topic)
    if shared is not None:
        return not shared[1] or bool(_JUDGED.fullmatch(shared[1]))
    if (group := _PLACES_GROUPED.match(topic)) and _KEPT_STANDING.fullmatch(topic, group.end()):
        return True  # 苏鲁浙等经济大省继续领跑: the places named as a group, and how they stood
    place, rest = ph.split_place(topic)
    return place is not None and bool(_JUDGED.fullmatch(rest))


_PLACES_GROUPED = re.compile(
    rf"[\u4e00-\u9fff、]{{1,12}}等[\u4e00-\u9fff]{{0,4}}?(?:{p.ANY_PLACES}|大省|强省|大市|强市|强县)"
)
_KEPT_STANDING = re.compile(rf"(?:继续|保持|仍然|依然|始终)?(?:{_JUDGED.pattern}|领跑|优势明显)")


_TREND_CLAUSE = 16
_GROWTH_HEADING = re.compile(p.GROWTH_WORD)
# 中小学校舍改造，: a part of a sentence opened by a task alone (not 西岭区、南浦县分列二三位)
_NAMES_A_TASK = re.compile("[\u4e00-\u9fff“”]{2,16}[，,：]")
_RANKED_WORDS = re.compile(rf"最|排名|排序|位列|居|第一|{ph.RANK}")


@lru_cache(maxsize=4096)
def _trend_name(raw: str) -> str:
    """其中工业技改投资保持较快增长 → 工业技改投资: what the growth in the next clause is of."""
    stripped = raw.strip().rstrip("，：；")
    found = _TREND.search(stripped)
    if found is None or found.start() == 0:
        return ""
    name = ph.clean(stripped[: found.start()])
    return name if 2 <= len(name) <= _TREND_CLAUSE else ""


@lru_cache(maxsize=4096)
def _heading(raw: str, first: bool) -> tuple[bool | None, bool | None, bool | None, str]:
    """What _heading_clause sets, for a clause before (``first``) or after the sentence's
    first figure: whether targets follow, whether they are estimates (预计), whether the
    topic is a rate, the topic (each None or "" when the clause does not say). Cached:
    narrative clauses recur."""
    targets: bool | None = None
    projecting: bool | None = None
    if raw.endswith("：") and p.TARGET_MARK.search(raw) and not ph.is_actual(raw):
        targets = True  # 主要预期目标是：…；…
        # 预计全年：…: estimates (of a year reviewed, see _estimates)
        projecting = p.projections_only([m.group(0) for m in p.TARGET_MARK.finditer(raw)])
    elif _chose_tasks(raw, 0, len(raw)):
        targets = True  # 确定了全省人民最关心的十件实事：一是…
    elif p.HORIZON.fullmatch(raw):
        targets = True  # to the end of the sentence
    elif first and _PLAN_OPENS.search(raw) and not ph.is_actual(raw):
        targets = True  # 今年，我们将深入实施…，力争…
        # 预计，全市实现地区生产总值…: estimates, maybe of the year just ended
        projecting = p.projections_only([m.group(0) for m in _PLAN_OPENS.finditer(raw)])
    elif ph.is_actual(raw) and not p.TARGET_MARK.search(raw):
        targets = False  # 目标…。上半年，…: what was done follows
    stripped = raw.strip().rstrip("，：；")
    aspect = _ASPECT.match(stripped)
    if aspect and first:
        # 在高新技术企业增长方面，增长比例将达到16%
        return targets, projecting, None, ph.clean(aspect.group("name"))
    if len(stripped) > _TOPIC_CLAUSE or _NOT_TOPIC.search(stripped):
        return targets, projecting, None, ""  # a long clause of narrative names no topic
    if _VIEW_OVER_UNITS.fullmatch(stripped):
        return targets, projecting, None, ""  # 分征收部门完成情况：the units, then each
    ranked = ph.RANKED_LIST.search(stripped)
    # 产值同比增长前三名为德州、聊城、威海: the measure ranked, not the places
    plain = ph.clean(_TREND.sub("", stripped[: ranked.start()] if ranked else stripped))
    view = _VIEW.match(stripped) if "看" in stripped else None
    named = _NAMED_RATE.match(stripped) if _RATE_CHARS.search(stripped) else None
    topic_rate: bool | None = None
    if view:
        name = view.group("name")
        if _BY_PLACE.fullmatch(_ASIDE.sub("", name)) or _GENERIC_VIEW.fullmatch(name):
            return (
                targets,
                projecting,
                None,
                "",
            )  # 从月度增速看: how the figures are seen, not what they are
        rate = _RATE_WORD.search(name)
        topic_rate = bool(rate)
        # 从入库目标任务完成率看: what is counted is 入库; 从经济增速来看: what grew is 经济
        plain = ph.strip_target_words(name[: rate.start()] if rate else _GROWTH_WORD.sub("", name))
    elif named:
        topic_rate = named.group("kind").startswith("完成")
        names = [ph.clean(n) for n in re.split("[、和及与]", named.group("name"))]
        if all(ph.is_place(n) for n in names):
            return (
                targets,
                projecting,
                topic_rate,
                "",
            )  # 鹤鸣区、梧桐县完成率居前三位: places, not a topic
        # 各市第一剂接种任务完成率如下：: the task is what was done
        plain = (ph.strip_target_words if topic_rate else ph.clean)(named.group("name"))
    # after the first figure, only a clause that opens a list names a topic (…，其余八县域的GDP
    # 分别是：曲江区167亿元、…)
    # …；二是商品房销售面积，2023年目标任务是87万平方米: an enumerated item names its topic
    listed = first or raw.endswith("：") or bool(_ENUMERATED.match(raw))
    # 新开工5000万元及以上产业投资项目数量从高到低依次为：: a ranking names its measure in full
    longest = _TOPIC_RANKED if ranked or _IN_ORDER_END.search(stripped) else _TOPIC_NAME
    return (
        targets,
        projecting,
        topic_rate,
        plain if plain and len(plain) <= longest and listed else "",
    )


# 围绕社会消费零售总额增长12.5%、进出口总额完成500万美元工作目标: a list of targets
_LIST_OF_TARGETS = re.compile(
    r"(?:以上|以内|左右)?的?(?:工作|发展|奋斗|预期|年度|全年)?目标(?:任务)?[，,；;。]?\s*$"
)


def _read_clause(s: Sentence, c_lo: int, c_hi: int, found: list[Mention]) -> None:
    if (
        not s.target_mode
        and len(found) > 1
        and _LIST_OF_TARGETS.match(s.text, found[-1].end, c_hi)
        and all("、" in s.text[a.end : b.start] for a, b in pairwise(found))
    ):
        s.target_mode = s.horizon = True  # for this clause only
        _read_mentions(s, c_lo, c_hi, found)
        s.target_mode = s.horizon = False
    else:
        _read_mentions(s, c_lo, c_hi, found)


_AFTER_CHANGE = re.compile(
    r"\s*(?:[(（]|或)\s*(?:年增|(?P<down>年减|减|跌|下降|下跌)|增|升|上升|增长)?\s*"
    r"|\s*[，,]\s*(?:年增|(?P<down2>年减|跌|下跌)|升|上升)\s*"
)


def _words_before(s: Sentence, c_lo: int, found: list[Mention], index: int) -> str:
    """The words between ``found[index]`` and the number before it in the clause."""
    return s.text[found[index - 1].end if index > 0 else c_lo : found[index].start]


def _one_character_change(
    s: Sentence, c_lo: int, found: list[Mention], index: int
) -> tuple[str, str] | None:
    """(what moved, 增 or 减) when ``found[index]`` is how much it moved, said with one
    character (资通与视听产品增81.5亿美元, （增303亿元)."""
    words = _words_before(s, c_lo, found, index)
    moved = mt.ONE_CHARACTER_CHANGE.search(words)
    if moved is None:
        return None
    return words[: moved.start("way")].rstrip("(（ "), moved.group("way")


def _change_before(s: Sentence, c_lo: int, found: list[Mention], index: int) -> str:
    """The verb of a change (比上年增加, 减少) just before ``found[index]``, if there is one."""
    words = _words_before(s, c_lo, found, index)
    verb = p.YOY.search(words)
    if verb and (p.CHANGE.search(words) or mt.BARE_CHANGE.fullmatch(words)):
        against = p.NOT_YOY.search(words, 0, verb.start())
        # 较上月底增1万人或0.14%: a change on the month before, and its rate, no YoY growth
        return words[against.start() if against else verb.start() :]
    return ""


# 总投资和年度计划分别较上年度增加17%、26%: the plan against last year's plan
_PLAN_GREW = re.compile(
    r"计划[^，；。]{0,4}?(?:分别)?(?:较|比)(?:上年度?|去年|上一年度?)(?:同期)?[^，；。]{0,4}$"
)


# 增速低于预期目标(4.8%)5.4个百分点: the growth aimed at, in brackets after the word
_TARGET_BRACKET = re.compile(r"(?:预期|年度|全年|年初)?目标\s*[（(]\s*$")


def _growth_aimed_in_brackets(s: Sentence, segment: str, mention: Mention) -> bool:
    """The growth target in brackets after 目标, when the growth it is compared with was
    just read: a target of its own, of the same measure."""
    grown = s.figures[-1] if s.figures else None
    if grown is None or grown.yoy_growth is None or grown.value is not None:
        return False
    if not _TARGET_BRACKET.search(segment) or not s.text.startswith((")", "）"), mention.end):
        return False
    growth_target(s, mention, 1, "", grown.indicator)
    s.target_mode = False  # (the words after the bracket say how far the growth was from it)
    return True


# ，占计划数32.26的100.22%: the plan given without its unit (the level's), then the rate
_BARE_PLAN = re.compile(
    r"[，,]?\s*占(?:全年|年度)?(?:计划|目标|任务)+(?:数|量)?(?P<plan>[0-9]+(?:\.[0-9]+)?)[的之]$"
)


def _rate_of_bare_plan(s: Sentence, segment: str, mention: Mention) -> bool:
    """The rate of the level just before against a plan said without its unit; a level
    aimed at (预计可达到32.33亿元) with such a rate is what is reckoned done."""
    plan = _BARE_PLAN.fullmatch(segment)
    last = s.figures[-1] if s.figures else None
    if plan is None or last is None or last.completion_rate is not None:
        return False
    if last.unit in (None, "%") or (last.value is None) == (last.target is None):
        return False
    if last.value is None:
        last.value, last.projected = last.target, False
    last.target = Decimal(plan.group("plan"))
    last.completion_rate, last.end = mention.value, mention.end
    return True


def _read_mentions(s: Sentence, c_lo: int, c_hi: int, found: list[Mention]) -> None:
    boundary = c_lo
    carried: str | None = None
    pending: tuple[str, Mention] | None = None  # a whole's level, read after its share
    i = 0
    while i < len(found):
        if pending is not None and carried is None:
            new_draft(s, pending[0], pending[1], False, pending[1].start)
            pending = None
        mention = found[i]
        segment = s.text[boundary : mention.start] if carried is None else carried
        carried = None
        after_change = _AFTER_CHANGE.fullmatch(segment) if mention.is_percent and i else None
        if after_change:
            # 比上年增加6363件(9.68%), 增加3.2万元或2.17%: the change, then the growth it is
            change = _change_before(s, c_lo, found, i - 1)
            segment = change or segment
            moved = _one_character_change(s, c_lo, found, i - 1) if not change else None
            if moved is not None:
                # 电机产品增0.5亿美元(年增9.2%), 电动机械（增303亿元，升16.1%）: the growth of
                # what moved
                down = moved[1] == "减" or bool(
                    after_change.group("down") or after_change.group("down2")
                )
                segment = moved[0] + ("下降" if down else "增长")
        start_from = p.FROM.search(segment)
        levels = _levels_moved(s, found, i) if start_from and i + 2 < len(found) else 0
        if start_from and levels:
            # 分别由2015年的33275元、13793元提高至2017年的39001元、16635元: the levels before
            # are baselines; the levels reached take the words before the first list
            carried, boundary = segment[: start_from.start()], found[i + levels].start
            i += levels
            continue
        if (
            i + 1 < len(found)
            and start_from
            and p.FROM_TO.fullmatch(s.text, mention.end, found[i + 1].start)
        ):
            # 由56家增加到148家: the first is a baseline; the second takes its words
            carried, boundary = segment[: start_from.start()], found[i + 1].start
            if start_from.group("now"):
                # 要从目前的38%提高到50%: the level now, and the level aimed at
                name = ph.strip_target_words(carried) or s.last_indicator()
                draft = new_draft(s, name, mention, False, mention.start)
                draft.target, draft.end = found[i + 1].value, found[i + 1].end
                boundary, carried = found[i + 1].end, None
                i += 1
            i += 1
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        progress = _time_progress_in_brackets(s, segment, mention, nxt) if nxt else None
        if progress is not None and nxt is not None:
            carried, boundary = progress, nxt.start  # the gap takes the words before it
            i += 1
            continue
        whole = _whole_in_brackets(s, segment, mention, nxt) if nxt else None
        if whole is not None and nxt is not None:
            if whole == _BOTH_READ:
                boundary = nxt.end
                i += 2
            else:
                carried, pending, boundary = whole[0], (whole[1], mention), nxt.start
                i += 1
            continue
        paired = _targets_then_rates(s, segment, found, i) if "分别" in segment else 0
        if paired:
            # 分别占年度目标(470亿元、106.5亿元)的121.3%、185%: a target and a rate each
            boundary, i = found[i + paired - 1].end, i + paired
            continue
        if (
            mention.is_percent
            and "目标" in segment
            and _growth_aimed_in_brackets(s, segment, mention)
        ):
            boundary = mention.end  # 增速低于预期目标(4.8%)5.4个百分点
            i += 1
            continue
        if mention.is_percent and "占" in segment and _rate_of_bare_plan(s, segment, mention):
            boundary = mention.end  # 产值32.33亿元，占计划数32.26的100.22%
            i += 1
            continue
        if i + 1 < len(found) and _target_then_rate(s, segment, mention, found[i + 1]):
            rates = _group(s.text, found, i + 1) if "分别" in segment else []
            if len(rates) > 1 and _rates_of_one_target(s, rates):
                # 分别为省定任务1.50万亩的240.9%和240.3%: one target, a rate each
                boundary, i = rates[-1].end, i + 1 + len(rates)
                continue
            boundary = found[i + 1].end
            i += 2
            continue
        if s.text.startswith((")", "）"), mention.end) and place_of_difference(s, mention, c_lo):
            boundary = mention.end  # 比全市低2568元（全市为21585元）: the level compared with
            i += 1
            continue
        if not mention.is_percent and benchmark_level(s, mention):
            boundary = mention.end  # 4894元（全国5963元、全省4881元）: the places compared with
            i += 1
            continue
        from_target = _points_from_target(s, segment, found, i)
        if from_target:
            boundary = found[i + from_target - 1].end  # 签订率达97%，高于目标要求2个百分点: 95%
            i += from_target
            continue
        if _excess_over_target(s, segment, mention):
            boundary = mention.end  # 完成16.1亿元，超出任务指标6000万元: the target, less
            i += 1
            continue
        # 分别达到18687元、5634元，增长7.8%、9.2%: a list of rates after a 分别 list of values
        # (分别完成投资67.57亿元、35.17亿元，赶超时间进度8.44、8.15个百分点: gaps too)
        listed = (
            "分别" in s.text[c_lo : mention.start]
            or ((mention.is_percent or mention.is_points) and "分别" in s.text[s.lo : c_lo])
            # 超级市场及量贩业…，各年增2.8%、3.2%: 各 says "respectively" too
            or bool(_EACH_GREW.search(s.text, c_lo, mention.start))
        )
        group = _group(s.text, found, i) if listed else [mention]
        if not listed and not mention.is_percent:
            # 城乡居民人均可支配收入64327元、35370元，分别增长6%和7.9%: values listed for
            # two subjects, paired by the 分别 that follows
            values = _group(s.text, found, i)
            if (
                len(values) > 1
                and (
                    len({m.unit for m in values}) == 1
                    # 户数、从业人员、注册资金为2.5万户、9.9万人和256.8亿元: a name each
                    or (len(values) > 2 and len(_NAMES_LISTED.findall(segment)) == len(values) - 1)
                )
                and "分别" in s.text[values[-1].end : c_hi + 12]
            ):
                group = values
        if not listed and len(group) == 1:
            group = _listed_without_respectively(s, found, i, segment)
        kind, sign, keyword_at = mt.classify(mention, segment)
        if (
            kind == mt.SKIP
            and _ADDED_THINGS.fullmatch(segment)
            and counts_things(mention.unit)
            and _THINGS_NAMED.match(s.text, mention.end, c_hi)
        ):
            kind = mt.VALUE  # 增加了85万个停车位: the things added, named after the count
        if kind == mt.YOY and i == 0 and _rate_of_other_change(s, c_lo, segment, mention):
            kind = mt.SKIP  # 环比增加8.85万人，增长0.7%: the rate of a change on the month before
        growth_after = _GROWTH_AFTER.match(s.text, mention.end, c_hi) if kind == mt.VALUE else None
        if growth_after and mention.is_percent and len(group) == 1:
            # 滁州以7.4%的增速居全省第一, 实现了12%的增长: the growth is named after the number
            lead = _GROWTH_LEAD.search(segment)
            kind, sign = mt.YOY, -1 if growth_after.group("down") else 1
            if growth_after.group("average"):
                kind = mt.SKIP  # 近三年达到17.9%的平均增速: an average over years, no growth on one
            keyword_at = lead.start() if lead else len(segment)
        if kind == mt.YOY and len(group) == 1 and mention.is_percent:
            group = _growths_in_turn(s, found, i)
        over = kind == mt.RATE and p.OVER_TARGET.search(segment, keyword_at)
        if over and len(group) == 1 and _target_of_rate_before(s, mention, c_lo):
            kind = mt.SKIP  # 达成率达95.68%，超越原订目标95%: the target of the rate, passed
        elif over:
            # 超省厅下达责任目标42%: 142% of the target (分别超额完成19%、14%: each)
            group = [replace(m, value=m.value + 100) for m in group]
        beyond = _BEYOND_PLAN.search(segment) if kind == mt.SKIP and len(group) == 1 else None
        last = s.figures[-1] if s.figures else None
        if (
            beyond
            and beyond.group("over")
            and not (last and last.value is not None and last.unit != "%")
        ):
            beyond = None  # 增速13.6%，超年度计划0.6个百分点: the growth aimed at, passed
        if beyond and mention.unit == "个百分点":
            # 完成投资14.4亿元，比计划投资高17.1个百分点: 117.1% of the plan
            kind, keyword_at = mt.RATE, beyond.start()
            points = -mention.value if beyond.group("below") else mention.value
            group = [replace(mention, value=100 + points, unit="%")]
        if kind == mt.YOY and _against_another_year(s, segment[:keyword_at], mention.start):
            kind = mt.SKIP
        if kind == mt.RATE and len(group) == 1 and _TARGET_SET_BY.match(s.text, mention.end, c_hi):
            kind = mt.VALUE  # 以经费达成率95%为目标: the rate aimed at, a target of its own
        if kind == mt.RATE and _threshold(s, mention, c_lo):
            kind = mt.SKIP
        elif (
            kind == mt.VALUE
            and mention.is_percent
            and ((s.topic_rate and not _values(s)) or s.rate_bound)
        ):
            kind = mt.RATE  # 从入库完成率看，海滨区（132.5%）…
        elif kind == mt.VALUE and mention.is_percent and s.topic_growth and not _values(s):
            kind = mt.YOY
        elif (
            kind == mt.VALUE
            and mention.is_percent
            and s.plan_share
            and segment.strip("，, ") == "占"
        ):
            kind = mt.RATE  # (…占年度计划比例为：农林水利完成投资149.75亿元，占109.1%)
        elif kind == mt.VALUE and len(group) > 1 and _rates_named_before(s, c_lo, segment):
            # 工业、交通等7个行业完成年度投资计划比例均超过序时进度，分别是79%、77.3%
            kind = mt.RATE
        elif kind == mt.VALUE and mention.is_percent:
            kind = _like_before(s, segment)  # 东山县完成率超过90%，西溪县不足50%
        head = s.text[c_lo : mention.start]
        if kind in (mt.VALUE, mt.YOY) and not s.target_mode and by_means(s, group, segment):
            pass  # 宿迁市和扬州市则分别以6.6%和6.2%的增速位居其后: places by their values
        elif (
            kind in (mt.VALUE, mt.YOY, mt.SKIP)
            and len(group) == 1
            and mention.is_percent
            and benchmark_growth(s, mention)
        ):
            pass  # 增长11.0%（全国10.7%）, 增速比全省平均水平（17.3%）…高: the growth compared with
        elif kind == mt.YOY and len(group) == 1 and _growth_of_target(s, segment, c_lo, keyword_at):
            # 目标任务是201.08亿元、增速23%: the growth aimed at, beside the level aimed at
            growth_target(s, mention, sign, "", s.figures[-1].indicator)
        elif kind == mt.YOY and "计划" in head and _PLAN_GREW.search(head):
            pass  # 年度计划较上年度增加6.2%: how much more is planned, neither done nor aimed at
        elif kind == mt.YOY and _estimated(s, head, mention.start):
            # 预计地区生产总值增长5%: an estimate of the growth, as of a year just ended
            read_attribute(s, group, kind, sign, segment[:keyword_at], c_lo)
        elif kind == mt.YOY and (
            _growth_aimed(head)
            or (s.target_mode and not ph.is_actual(head))
            or (len(group) == 1 and p.TARGET_AFTER.match(s.text, mention.end, s.hi))
        ):
            if len(group) > 1:
                # 城乡居民人均可支配收入分别增长7%、8%左右: one growth target each
                subjects = subjects_shared(s, segment[:keyword_at], len(group), c_lo)[0]
                for index, member in enumerate(group):
                    subject = subjects[index] if subjects else None
                    growth_target(s, member, sign, segment[:keyword_at], subject)
            elif not _growth_of_projection(s, mention, sign, segment[:keyword_at]):
                growth_target(s, mention, sign, segment[:keyword_at])
        elif kind in (mt.RATE, mt.YOY, mt.GAP):
            read_attribute(s, group, kind, sign, segment[:keyword_at], c_lo)
        elif kind == mt.VALUE:
            read_values(s, group, segment, c_lo)
        elif kind == mt.SKIP and len(group) == 1 and p.CHANGE.search(segment):
            # 较上年同期增长423元、402元和385元: every change of the list, not the first alone
            run = _run(s.text, found, i, _LIST_GLUE)
            group = run if len({m.unit for m in run}) == 1 else group
        boundary = group[-1].end
        i += len(group)
    if pending is not None:
        new_draft(s, pending[0], pending[1], False, pending[1].start)
    _placeholder(s, boundary, c_hi)


def _target_of_rate_before(s: Sentence, mention: mt.Mention, c_lo: int) -> bool:
    """Whether ``mention`` (超越原订目标95%) is the target the rate just stated passed: a rate
    of the clause before at or above it (a rate 100 points above is the excess read as 142%)."""
    last = s.figures[-1] if s.figures else None
    rate = last.completion_rate if last is not None and last.end >= c_lo - 2 else None
    return rate is not None and mention.value <= rate < mention.value + 100


# 环比增加8.85万人，增长0.7%，同比增加56.48万人，增长4.9%
_OTHER_CHANGE_BEFORE = re.compile(
    r"(?:环比|(?:比|较)(?:上月|上季度|(?P<stock>年初|上年末|上年底)))(?:净?增加|减少|增|减)"
    r"[^，,；;。]{1,14}[，,]\s*$"
)
_CHANGE_AMOUNT = re.compile(rf"[0-9]+(?:\.[0-9]+)?(?=(?P<unit>(?:万亿|亿|万)?(?:{ANY_UNIT})))")
_BARE_RATE = re.compile(r"\s*(?:增长|下降|增幅|降幅|提高|减少)(?:了|为)?\s*")


def _rate_of_other_change(s: Sentence, c_lo: int, segment: str, mention: mt.Mention) -> bool:
    if not _BARE_RATE.fullmatch(segment):
        return False
    other = _OTHER_CHANGE_BEFORE.search(s.text, max(s.lo, c_lo - 24), c_lo)
    if other is None:
        return False
    # 存款余额309.38亿元，较年初增加22.66亿元，增长12.14%: 22.66 on 286.72 is 7.9%, so the
    # rate is not of that change but on last year (a rate that agrees is of the change)
    level = s.figures[-1] if s.figures else None
    change = _CHANGE_AMOUNT.search(other.group(0))
    if level is None or level.value is None or change is None or not other.group("stock"):
        return True
    amount = convert(Decimal(change.group(0)), change.group("unit"), level.unit)
    if amount is None or not 0 < amount < level.value:
        return True
    implied = amount / (level.value - amount) * 100
    return abs(implied - mention.value) <= 1


_EACH_GREW = re.compile(r"各(?:年增|年减|增长|下降|增|减)")
# 户数、从业人员、注册资金为…: names listed, one for each value after them
_NAMES_LISTED = re.compile(r"(?<=[\u4e00-\u9fff]{2})[、和](?=[\u4e00-\u9fff]{2})")
# 还增加了85万个停车位: a change of nothing said before, the things added named after it
_ADDED_THINGS = re.compile(r"[，,\s]*(?:还|又|另|共|新)?增加了?")
_THINGS_NAMED = re.compile(r"(?!达|至|到|为|的)[\u4e00-\u9fff]{2,12}(?=[，,。；;、]|$)")
_GROWTH_AFTER = re.compile(
    r"[的之](?P<average>年均|平均)?(?:同比|按年)?(?:高速|快速|较快|稳定|稳步|大幅|较大)?"
    r"(?:(?:增长|增速|增幅|升幅|成长)(?!率|目标|任务|型)|(?P<down>降幅|下降|跌幅|衰退))"
)
_TARGET_SET_BY = re.compile(p.TARGET_SET_BY)  # 以经费达成率95%为目标
# (出口有12.5%的成长, 进口则有8.1%的衰退: Taiwan's way)
_GROWTH_LEAD = re.compile(r"(?:以|实现了?|保持了?|取得了?|录得|(?:则|亦|也)?有)$")
# 完成投资XX亿元，占年度投资计划45.2%: an amount not yet known, with the rate that follows
_PLACEHOLDER_AMOUNT = re.compile(r"[XxＸ]{2,}(?P<unit>(?:万亿|亿|万)?元)")
_RATE_NEXT = re.compile(r"\s*(?:占|完成|为)[^，；。0-9]{0,12}?[0-9.]+%")


def _placeholder(s: Sentence, lo: int, hi: int) -> None:
    found = _PLACEHOLDER_AMOUNT.search(s.text, lo, hi)
    if found is None or not _RATE_NEXT.match(s.text, hi, s.hi):
        return
    name = ph.clean(s.text[lo : found.start()])
    if name:
        draft = Draft(name, None, found.group("unit"), found.start(), found.end())
        s.figures.append(context(s, draft, found.start()))


# 共拆迁70户，占总任务101户的69.31%: the share of the whole task, stated, is how much of
# it was done (占总任务的7.7%, with no task stated, may be a part's share of the whole)
# (劳务收入6.98亿元，占全年13.09亿元的53.33%: the year's amount is what was set)
_SHARE_OF_TASK = re.compile(rf"(?:{p.WHOLE_TASK}|占全年|占年度)$")


def _rates_of_one_target(s: Sentence, rates: list[Mention]) -> bool:
    """After _target_then_rate gave the last figure the target and the first rate: the
    figures before it, as many as the rates, take the same target and a rate each."""
    figures = s.figures[-len(rates) :]
    last = figures[-1]
    if len(figures) < len(rates) or not all(r.is_percent for r in rates):
        return False
    if last.value is None or any(
        f.value is None or f.unit != last.unit or f.completion_rate for f in figures[:-1]
    ):
        return False
    for figure, rate in zip(figures, rates, strict=True):
        figure.target, figure.completion_rate = last.target, rate.value
        figure.end = max(figure.end, rate.end)
    return True


# 146台、供热管网改造40公里: the next of a list, maybe named again
_NAMED_NEXT = re.compile(r"(?:[、和及]|以及)[^，。；、()（）0-9%]{0,16}")


def _targets_then_rates(s: Sentence, segment: str, found: list[Mention], i: int) -> int:
    """干线公路570.2亿元、农村公路197亿元，分别占年度目标(470亿元、106.5亿元)的121.3%、185%:
    the figures before take a target and a rate each, in order. Returns how many mentions
    the targets and the rates are (0 when they are not such lists)."""
    targets = [found[i]]
    while i + len(targets) < len(found) and _NAMED_NEXT.fullmatch(
        s.text, targets[-1].end, found[i + len(targets)].start
    ):
        targets.append(found[i + len(targets)])  # (维修改造锅炉146台、供热管网改造40公里)
    size = len(targets)
    if size < 2 or any(t.is_percent for t in targets) or i + 2 * size > len(found):
        return 0
    rates = found[i + size : i + 2 * size]
    if not p.TARGET_THEN_RATE.fullmatch(s.text, targets[-1].end, rates[0].start):
        return 0
    if not all(r.is_percent for r in rates) or _group(s.text, found, i + size) != rates:
        return 0
    between = s.text[targets[-1].end : rates[0].start].lstrip(")）")
    opened = max(segment.rfind("("), segment.rfind("（"))
    words = segment[:opened] if opened >= 0 else segment  # 年度目标(维修改造锅炉: the name goes
    if not p.RATE.search(words + between):
        return 0
    figures = s.figures[-size:]
    if len(figures) < size or any(
        f.value is None
        or f.completion_rate is not None
        or f.target is not None
        or not compatible(f.unit, t.unit)
        for f, t in zip(figures, targets, strict=True)
    ):
        return 0
    for figure, target, rate in zip(figures, targets, rates, strict=True):
        figure.target = convert(target.value, target.unit, figure.unit) or target.value
        figure.completion_rate, figure.end = rate.value, max(figure.end, rate.end)
    return 2 * size


_ASSIGNED_ONLY = re.compile(rf"{p.ASSIGNER}(?:定|下达|分配|确定|交办)的?")
_HOW_DONE = re.compile("(?:已经?|均|都|全部)?(?:超额|提前|提前超额|超)")


def _whole_that_fits(s: Sentence, last: Draft, target: Decimal, rate: Decimal) -> Draft | None:
    """The figure of the sentence a target and its rate are of when it is not the last (a
    part of it was): the one in the last's unit whose value the rate says of the target,
    when the last's value does not."""
    if last.value is None or _agrees(last.value, target, rate):
        return None
    return next(
        (
            f
            for f in reversed(s.figures[:-1])
            if f.unit == last.unit
            and f.value is not None
            and f.target is None
            and f.completion_rate is None
            and _agrees(f.value, target, rate)
        ),
        None,
    )


def _target_then_rate(s: Sentence, segment: str, mention: Mention, rate: Mention) -> bool:
    """完成年度目标65亿元的74.9%: the target and the completion rate of the figure before."""
    if mention.is_percent or not rate.is_percent:
        return False
    if not p.TARGET_THEN_RATE.fullmatch(s.text, mention.end, rate.start):
        return False
    between = s.text[mention.end : rate.start].lstrip(")）")
    words = segment.rstrip("（(")
    if between.startswith(("的", "之")):
        words = words.removesuffix("的")  # 完成省下达目标任务的（83253万元）的
    rate_words = p.RATE.search(words + between) or _SHARE_OF_TASK.search(words)
    if not rate_words:
        return False
    own = ph.clean(words[: rate_words.start()])
    own = "" if _HOW_DONE.fullmatch(own) else own  # 已超额完成年度目标: how, not what
    own = "" if _ASSIGNED_ONLY.fullmatch(own) else own  # 完成省定2亿元目标任务的: who set it
    if own and not ph.BARE_VERB.fullmatch(own) and not ph.is_place(own):
        # 城镇新增就业完成年度计划(100万)的98%: the rate of a value the text does not give
        draft = new_draft(s, own, mention, True, mention.start)
        draft.completion_rate, draft.end = rate.value, rate.end
        return True
    if not s.figures:
        return False
    last = s.figures[-1]
    if last.unit == "%" and ph.SHARE_NAME.search(last.indicator) and not mention.is_percent:
        # 完成工业总投资153亿元，占…的比重达36.76%，完成年度目标145亿元的105.52%: the level's
        last = level_before_shares(s) or last
    if last.value is None and last.projected and last.completion_rate is None:
        last.value, last.target = last.target, None  # 预计完成…61亿元，完成全年任务152亿元的40.1%
    if last.value is None:
        return False
    counts = is_count(last.unit) and is_count(mention.unit)  # 岗位1374个，目标任务1200人的114%
    if not compatible(last.unit, mention.unit) and not counts:
        # 发放贷款1.62亿元，带动1251人就业，…完成省定2亿元目标任务的81.11%: the figure before
        # in the target's unit whose value the rate says of it
        agreed = next(
            (
                f
                for f in reversed(s.figures[:-1])
                if f.value is not None
                and f.target is None
                and f.completion_rate is None
                and compatible(f.unit, mention.unit)
                and _agrees(
                    f.value,
                    in_unit(mention.value, mention.unit, f.unit) or mention.value,
                    rate.value,
                )
            ),
            None,
        )
        if agreed is None:
            return False
        last = agreed
    # 实际到位资金1005136万元，完成全年80亿目标任务的125.64%: the target in the figure's unit
    target = convert(mention.value, mention.unit, last.unit) or mention.value
    # (分别为市定任务1.20万亩的201.7%和150%: a rate each, not one that fits)
    fits = _whole_that_fits(s, last, target, rate.value) if "分别" not in segment else None
    if fits is not None:
        last = fits  # 参保33550人，其中成年居民5441人，学生儿童28109人，占目标任务20000人的167.75%
    if last.completion_rate is not None:
        # 完成市下达任务的165.07%，完成省下达目标任务（83253万元）的495.69%: the same value
        # against a second target is a figure of its own, without the value counted twice
        last = second_rate(s, last, last.unit, mention.start, rate.end)
    elif last.target is not None:
        return False
    last.target, last.completion_rate = target, rate.value
    last.end = max(last.end, rate.end)
    return True


_COMPARED_YEAR = re.compile(
    # (同比2020年增长92%、2019年增长26%: a second year compared with, listed)
    rf"(?:比|较|与|、)({p.YEAR_NUMBER})年"
    # 较2019年第1季亦增加, 与2023年同期比较则下跌: the same part of that year
    r"(?:同期|同月|同季|首季|第?[1-4一二三四]季度?|上半年|前三季度"
    # 比2019年8月份, 相比2019年1—8月: the same months of that year
    r"|(?:[0-9]{1,2}[-—~至])?[0-9]{1,2}月份?)?(?:相比|比较)?(?:亦|也|则|还)?$"
)
_YEAR = re.compile(
    rf"(?<![0-9])(?P<compared>比|较|与|、(?=[0-9]+年(?:同期)?(?:增长|下降)))?({p.YEAR_NUMBER})年"
)


def _year(number: str) -> int:
    return int(number) + (1911 if len(number) < 4 else 0)


_PLAN_PERIOD = re.compile(
    r"(?:比|较|与)[“\"]?十?[一二三四五六七八九十]五[”\"]?(?:时期|期间|期末|末)?(?:相比)?$"
)


_TERM_BEFORE = re.compile(
    r"(?:比|较)上一?届(?:同期)?[^，；。0-9]{0,8}[0-9.]+[^，；。0-9]{0,3}[，,]?[^，；。0-9]{0,8}$"
)
_TERM_NEAR = 40


def _against_another_year(s: Sentence, before: str, pos: int) -> bool:
    """2021年…比2019年增长12.15%: a growth over two years is not a YoY growth (比2020年
    is, and so is a named year when the text names no other)."""
    if _PLAN_PERIOD.search(before):
        return True  # 较“十一五”增长164%: against a five-year plan's period, not last year
    if _TERM_BEFORE.search(s.text, max(s.lo, pos - _TERM_NEAR), pos):
        return True  # 比上届增加了9649件，增幅达到34.6%: against the term before
    compared = _COMPARED_YEAR.search(before)
    if not compared:
        return False
    if s.text.find("两年平均", s.lo, s.hi) >= 0:
        return True  # 相比2019年1—8月增长22.2%，两年平均增长10.5%: over two years
    year = _year(compared.group(1))
    others = [_year(y) for c, y in _YEAR.findall(s.text, s.lo, pos) if not c and _year(y) != year]
    if not others and any(c and _year(y) > year for c, y in _YEAR.findall(s.text, s.lo, s.hi)):
        # 较2019年首季上升40.3%；与2023年同期比较则下跌24.3%: another comparison is with a
        # later year, so this one is not with last year
        return True
    if not others and s.figures and s.figures[-1].yoy_growth is not None:
        # 同比增长13.3%，比2019年同期增长13.5%: a second comparison of the figure before
        return not ph.clean(before[: compared.start()])
    return bool(others) and all(y - year != 1 for y in others)


def _growth_of_projection(s: Sentence, mention: Mention, sign: int, before: str) -> bool:
    """预计上半年工业投资完成34.8亿元，增速34.9%: the growth the projection implies."""
    if ph.strip_target_words(before) or not s.figures:
        return False
    if mention.qualifier and not any(
        m.group(0) in p.PROJECTION for m in p.TARGET_MARK.finditer(s.text, s.lo, mention.start)
    ):
        return False  # 增加值达到90亿元，增幅保持20%以上: a bound aimed at is a target of its own
    last = s.figures[-1]
    if last.value is not None or last.target is None or last.yoy_growth is not None:
        return False
    if not last.projected and last.unit != "%":
        # 底线目标929亿元，增长12.5%: the growth aimed at is a target of its own (a share
        # aimed at keeps the growth said of it)
        return False
    last.yoy_growth = mention.value * mention.growth_factor * sign
    last.end = max(last.end, mention.end)
    return True


# 二季度为4.8%, 第四季则为2.2%, 第三季放缓至4.5%: a later period, then only how it stood
_LATER_STOOD = re.compile(
    r"(?:则|仍|也|亦)?(?:为|是|达到?|(?:放缓|回落|回升|加快|提高|提升|上升|下降|扩大|收窄|缩小"
    r"|升|降|增|减)(?:至|到))\s*"
)


def _later_period(segment: str) -> bool:
    rest = segment.strip("，,；; ")
    period = p.PERIOD.match(rest)
    return period is not None and bool(_LATER_STOOD.fullmatch(rest, period.end()))


def _like_before(s: Sentence, segment: str) -> str:
    """A bare percentage after a place or a later period, following a figure that only has
    a rate (or only a growth), is that rate for the place or the period."""
    if (
        not s.figures
        or s.figures[-1].value is not None
        or not (ph.is_place(ph.clean(segment)) or _later_period(segment))
    ):
        return mt.VALUE
    last = s.figures[-1]
    if last.completion_rate is not None:
        return mt.RATE
    return mt.YOY if last.yoy_growth is not None else mt.VALUE


# a clause that only opens a list of values (…，分别是79%、78.2%)
_EACH_ONLY = re.compile(r"\s*(?:分别|依次)(?:是|为|达到?)?[：:]?\s*")
# …比例均超过序时进度，: how the rates named before stand, said before they are listed
_RATES_STAND = re.compile(
    r"(?:均|都|全部)?(?:超过|超|高于|快于|低于|慢于|落后于?)(?:了)?(?:序时|时序|时间)进度[，,]?\s*$"
    r"|[，,]\s*$"
)


def _rates_named_before(s: Sentence, c_lo: int, segment: str) -> bool:
    """Whether the percentages a clause only lists are the completion rates a clause before
    names (``…完成年度投资计划比例均超过序时进度，分别是79%、78.2%``)."""
    if not _EACH_ONLY.fullmatch(segment):
        return False
    since = max(s.lo, s.figures[-1].end if s.figures else s.lo)
    words = s.text[since:c_lo]
    stand = _RATES_STAND.search(words)
    return stand is not None and p.RATE.search(words, 0, stand.start()) is not None


def _values(s: Sentence) -> bool:
    return any(f.value is not None for f in s.figures)


_EACH_AFTER = re.compile(r"[，,]\s*(?:分别|依次)")


def _threshold(s: Sentence, mention: Mention, c_lo: int) -> bool:
    """5项指标完成率低于80%: a bound on the rates of the things just counted."""
    if mention.qualifier in ("<", ">") and _EACH_AFTER.match(s.text, mention.end, s.hi):
        s.rate_bound = True  # 完成率仍低于80%，分别为76.9%、71.2%
        return True
    if mention.qualifier not in ("<", ">") or not s.figures:
        return False
    last = s.figures[-1]
    return last.start >= c_lo and last.value is not None and is_count(last.unit)


def _time_progress_in_brackets(
    s: Sentence, segment: str, mention: Mention, nxt: Mention
) -> str | None:
    """低于时序进度(16.67%)3.82个百分点: the time progress is no figure; the words the gap
    after it takes, or None."""
    if not (mention.is_percent and nxt.is_points):
        return None
    if not p.TIME_PROGRESS_IN_BRACKETS.search(segment):
        return None
    after = _AFTER_TIME_PROGRESS.fullmatch(s.text, mention.end, nxt.start)
    if after is None:
        return None
    # 较时间进度要求(62.5%)稍慢1.36个百分点: the direction may follow the brackets
    return segment.rstrip(" (（") + after.group(1)


_AFTER_TIME_PROGRESS = re.compile(r"\s*[)）]\s*((?:稍|略|明显)?(?:快|慢|高|低|落后|滞后)?)\s*")


_BOTH_READ = ("", "")


def _whole_in_brackets(
    s: Sentence, segment: str, mention: Mention, nxt: Mention
) -> tuple[str, str] | None:
    """A whole given in brackets inside a share, then the share: 占农村劳动力资源(190.04万人)的
    31.2% gives (the words the share takes, the whole's name), the whole's level to be read
    after the share; 占计划目标到位资金(11.45亿元)的80.17% makes the plan the target of the
    figure before and the share its completion rate (_BOTH_READ). None otherwise."""
    whole = _WHOLE_IN_BRACKETS.search(segment)
    if whole is None or mention.is_percent or not nxt.is_percent:
        return None
    if not _WHOLE_CLOSES.fullmatch(s.text, mention.end, nxt.start):
        return None
    if not p.TARGET_MARK.search(whole.group("whole")):
        return segment[: whole.end("whole")] + "的", ph.clean(whole.group("whole"))
    last = s.figures[-1] if s.figures else None
    if (
        last is None
        or last.target is not None
        or last.completion_rate is not None
        or not compatible(last.unit, mention.unit)
    ):
        return None
    # 占全年筛查任务(6.6万人)的103.12%: the target in the figure's unit
    last.target = in_unit(mention.value, mention.unit, last.unit) or mention.value
    last.completion_rate = nxt.value
    return _BOTH_READ


_WHOLE_IN_BRACKETS = re.compile(r"占(?P<whole>[^，；。()（）0-9]{2,20}?)\s*[(（]\s*$")
_WHOLE_CLOSES = re.compile(r"\s*[)）]\s*的?(?:比重|比例)?(?:为|是|达到?)?\s*")


def _growth_aimed(head: str) -> bool:
    """A target word before a growth makes it a target, but not a plan that is itself measured
    (重点项目个数、总投资和年度计划投资同比分别增长…)."""
    marks = [m.group(0) for m in p.TARGET_MARK.finditer(head)]
    if not marks:
        return False
    return not (set(marks) == {"计划"} and "同比" in head[head.rfind("计划") :])


def _growths_in_turn(s: Sentence, found: list[Mention], i: int) -> list[Mention]:
    """申报专利358件，授权282件，同比增长20%和50%: growths listed without 分别 right after as
    many levels (no share or rate between), one for each in turn; else the growth alone."""
    growths = _group(s.text, found, i)
    if len(growths) < 2 or not all(m.is_percent for m in growths):
        return growths[:1]
    recent = s.figures[-len(growths) :]
    if len(recent) < len(growths) or any(
        f.value is None or f.unit in ("%", "成") or f.yoy_growth is not None for f in recent
    ):
        return growths[:1]
    return growths


_LIST_GLUE = re.compile(r"^(?:、|和|及|与)$")


def _listed_without_respectively(
    s: Sentence, found: list[Mention], i: int, segment: str
) -> list[Mention]:
    """桂林、南宁、柳州、北海四个高新区…的比重达到了38.74%、40.85%、35.17%和28.64%: as many
    values as subjects, in turn, with no 分别 between."""
    values = _run(s.text, found, i, _LIST_GLUE)
    if len(values) == 1 or len({m.unit for m in values}) > 1:
        return values[:1]
    return values if ph.split_subjects(segment, len(values)) else values[:1]


def _run(text: str, found: list[Mention], i: int, glue: re.Pattern[str]) -> list[Mention]:
    """The mentions from ``found[i]`` on with only ``glue`` between each and the next."""
    run = [found[i]]
    for nxt in found[i + 1 :]:
        if not glue.match(text[run[-1].end : nxt.start]):
            break
        run.append(nxt)
    return run


def _levels_moved(s: Sentence, found: list[Mention], i: int) -> int:
    """How many levels a list of them starting at ``i`` has when it moved to a list of as
    many (由…、…提高至…、…), or 0."""
    before = _group(s.text, found, i)
    count = len(before)
    if count < 2 or i + 2 * count > len(found):
        return 0
    if not p.FROM_TO.fullmatch(s.text, before[-1].end, found[i + count].start):
        return 0
    after = _group(s.text, found, i + count)
    return count if len(after) == count else 0


def _group(text: str, found: list[Mention], i: int) -> list[Mention]:
    group = _run(text, found, i, _GROUP_GLUE)
    if group[0].start < group[0].num_start:
        # 分别超过90家和870家: a qualifier word before the first number covers the list
        for member in group[1:]:
            member.qualifier = member.qualifier or group[0].qualifier
    last = group[-1]
    if text[last.end - 2 : last.end] in ("左右", "上下", "以上", "以下", "以内") and all(
        member.unit == last.unit for member in group
    ):
        # 分别增长7%、8%左右, 分别增长8%、9%以上: the word after the last number covers the
        # list (完成投资65亿元、增长12%以上: not a level before a growth)
        for member in group[:-1]:
            member.qualifier = member.qualifier or last.qualifier
    return group


_CLAUSE_END = re.compile("[，；。]")


def _attach_status(s: Sentence) -> None:
    for match in _scan(p.STATUS, s.text, s.lo, s.hi):
        if re.match(r"(?:约|近|了)?[0-9]", s.text[match.end() : match.end() + 3]):
            continue
        before = [f for f in s.figures if f.start < match.start() and f.status is None]
        after = [f for f in s.figures if f.start >= match.end() and f.status is None]
        target = before[-1] if before else (after[0] if after else None)
        opens = match.start() == s.lo or s.text[match.start() - 1] in "，；：、"
        named = [f for f in s.figures if f.start >= match.start() and f.end > match.end()]
        named = [f for f in named if f.status is None and match.group(0) in f.indicator]
        if opens and named and not _CLAUSE_END.search(s.text, match.end(), named[0].end):
            target = named[0]  # ，达到或超过时序进度项目9个: the state names the count after it
        if target is not None:
            target.status = match.group(0)
            target.end = max(target.end, match.end())
