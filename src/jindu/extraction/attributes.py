"""What a sentence says about a figure: 完成率, 同比增长, 超/低于序时进度, 目标增长."""

from __future__ import annotations

import re
from decimal import Decimal

from jindu.extraction import mentions as mt
from jindu.extraction import patterns as p
from jindu.extraction import phrases as ph
from jindu.extraction.gazetteer import PLACES_IF_SAID
from jindu.extraction.mentions import Mention
from jindu.extraction.sentence import (
    Draft,
    Sentence,
    context,
    periods_listed,
    places_just_read,
    second_rate,
    subjects_shared,
)
from jindu.extraction.units import compatible, is_count
from jindu.extraction.values import fill_plan

# 同比增长23%，可比增长28%: the same growth on another basis
_OTHER_BASIS = re.compile(
    r"[，,、\s]*(?:按可比价格?|按可比口径|按现价|可比价?|现价|名义|实际)(?:计算)?(?:口径)?(?:同比)?"
    r"(?:增长|下降|增速|增幅)?(?:为|达)?\s*"
)

_GROWTH_ONLY = re.compile("(?:增速|增幅)(?:同比|比上年|比去年)?")
# 形象进度, 工程进度, 总体进度, 执行进度: progress of what was just named
_WHOSE_PROGRESS = re.compile("形象|工程|施工|建设|总体|整体|执行|支出")
# 秋粮已收获, 冬小麦已播, 资金已拨付 (a rate of the work: patterns.RATE)
# (a verb of one character only after 已: 征收进度 is no 收 of 征)
_WORK_DONE = re.compile(
    f"(?:已经|已)(?P<verb>{'|'.join(p.WORK_DONE)})$"
    f"|(?P<word>{'|'.join(verb for verb in p.WORK_DONE if len(verb) > 1)})$"
)
# 按户数计, 按小区数计算: what a rate is counted by
_COUNTED_BY = re.compile(r"[，,、\s]*按(?P<by>[\u4e00-\u9fff]{1,6}?)数?计算?")


# 便利商店因门市扩增，加上…，年增7.2%: the subject said before the cause of its growth
_SUBJECT_OF_CAUSE = re.compile(
    r"\s*(?:其中)?(?!主要|因为|由于|虽然|尽管)(?P<subject>[\u4e00-\u9fff、]{2,20}?)(?:则|主要|亦|也)?"
    r"(?:因为?(?!素)|由于|受惠于|受)"
)


_CAUSE_CLAUSES = 3  # clauses a cause may take before the growth
# 增速最高的为张家口市(同比, 增速最低的是东川区，: the place ranked first or last by growth
_RANKED_BY_GROWTH = re.compile(
    r"(?:增速|增幅|增长|降幅)(?:最高|最快|最大|最低|最慢|最小|居首)的?(?:为|是)(?P<place>[\u4e00-\u9fff]{2,8}?)"
    r"\s*(?:[(（][^，,。；;()（）]{0,8}|[，,]\s*)$"
)


# 实际已完成95.31%: what was done, said after a target in % (覆盖率…目标数是78.9%)
_DONE_SAID = re.compile(r"[，,\s]*实际(?:已经|已)?(?:完成|达到)?了?\s*$")


def _level_of_rate_aimed(s: Sentence, before: str, mention: mt.Mention) -> bool:
    """普惠性幼儿园覆盖率全年任务目标数是78.9%，实际已完成95.31%: a rate aimed at, then the
    rate reached, its level (not a completion rate of the target)."""
    last = s.figures[-1] if s.figures else None
    if (
        last is None
        or last.value is not None
        or last.target is None
        or last.unit != "%"
        or not last.indicator.endswith("率")
        or not _DONE_SAID.fullmatch(before)
    ):
        return False
    fill_plan(s, last, mention)
    last.end = max(last.end, mention.end)
    return True


def _ranked_by_growth(s: Sentence, before: str, c_lo: int) -> str:
    """The place a growth is of when the words before it (or the clause before, when there
    are none) rank it first or last by growth; "" if none."""
    lead = before if before.strip() else s.text[s.clauses[-1][0] : c_lo] if s.clauses else ""
    ranked = _RANKED_BY_GROWTH.search(lead) if "的" in lead else None
    place = ranked.group("place") if ranked else ""
    return place if place and ph.is_place(place) else ""


def _subject_of_cause(s: Sentence, c_lo: int) -> str:
    """The subject of a clause shortly before (in the same part of the sentence, after a ；or
    a ：) whose growth is told after its cause."""
    part = max(s.lo, *(s.text.rfind(mark, s.lo, c_lo) + 1 for mark in "；;：:"))
    end = c_lo - 1
    for _ in range(_CAUSE_CLAUSES):
        start = max(part, s.text.rfind("，", part, end) + 1, s.text.rfind(",", part, end) + 1)
        found = _SUBJECT_OF_CAUSE.match(s.text, start, end)
        if found:
            # (the clauses between tell the cause: no figure of their own)
            return "" if p.DIGIT.search(s.text, start, c_lo) else found.group("subject")
        if start <= part:
            return ""
        end = start - 1
    return ""


def _place_level(free: list[Draft], place: str) -> Draft | None:
    """The last level of ``place`` (a rate of a rate is no figure: 完工率(乙县97.24%)…投资
    完成率(乙县99.77%) are two rates of the place)."""
    return next((f for f in reversed(free) if f.region == place and f.unit != "%"), None)


# 十年增长超过2倍, 五年来增长35%: a growth over several years is no year-on-year growth
_OVER_YEARS = re.compile(
    r"(?<![0-9])(?:[两二三四五六七八九十]|[0-9]{1,2})年(?:来|间|内)?(?:累计)?$"
)


def read_attribute(
    s: Sentence, group: list[Mention], kind: str, sign: int, before: str, c_lo: int
) -> None:
    if kind == mt.YOY and "年" in before[-4:] and _OVER_YEARS.search(before):
        return
    if kind == mt.RATE and len(group) == 1 and _level_of_rate_aimed(s, before, group[0]):
        return
    name = ph.clean(before)
    if (
        kind == mt.YOY
        and name in ("", "各")
        and c_lo > s.lo
        and (cause := _subject_of_cause(s, c_lo))
    ):
        before, name = cause, ph.clean(cause)
    if kind == mt.YOY and (place := _ranked_by_growth(s, before, c_lo)):
        # 增速最高的为东川区(同比增长15.2%): the place, read as places are (of the measure before)
        name = place
    if kind == mt.YOY and not name and s.clauses and s.clauses[-1] == s.trend_clause:
        name = s.trend_name  # 其中工业技改投资保持较快增长，增长36.4%
    if kind == mt.YOY and _GROWTH_ONLY.fullmatch(name):
        name = ""  # 占规上工业增加值的53.3%，增速同比下降3.9%: the growth of what was named
    if kind == mt.YOY and _ADJUSTED.match(before):
        name = ""  # 收入328.8亿元（剔除减税降费因素后增长8.1%）: the growth of the figure before
    if kind == mt.RATE:
        name = ph.without_years_plan(name)  # 955个…项目年度计划投资完成率61.75%
    if kind == mt.RATE and name and not ph.strip_target_words(before):
        name = ""  # 新认定2405家，年度目标完成率120%: the rate of the figure before
    if kind == mt.RATE and name == "占":
        name = (
            ""  # 完成投资149.75亿元，占109.1% (of the plan, a heading said): of the figure before
        )
    if kind == mt.RATE and _BUDGET_NAME.fullmatch(name):
        name = ""  # 执行数127.4亿元，预算执行率108.7%: the rate of the figure before
    if kind == mt.RATE and _WHOSE_PROGRESS.fullmatch(name):
        name = ""  # 已修复5300余处，形象进度87%以上: the progress of the figure before
    # 东川区、南岭县分别完成年度计划投资的20.49%…: places' rates of the investment planned
    plan = (
        _PLAN_OF.search(s.text, max(c_lo, group[0].start - 16), group[0].start)
        if kind == mt.RATE
        else None
    )
    measure = next((m for m in plan.groups() if m), "") if plan else ""
    last_named = s.last_indicator() if measure else None
    if last_named and measure in last_named:
        measure = last_named  # 重点项目完成投资412亿元。东川区…完成年度计划投资的118.2%
    work = _WORK_DONE.search(name) if kind == mt.RATE else None
    if work:  # 秋粮已收获76.5%: 收获秋粮 (已收: 收秋粮), the verb as written first
        name = (work.group("verb") or work.group("word")) + name[: work.start()]
    counted_by = _COUNTED_BY.fullmatch(before) if kind == mt.RATE else None
    if counted_by:
        # 改造农村危房3.1万户、惠及人口8.4万人，按户数计完成率86.1%: the rate of the figure
        # counted in 户, or of the figure before
        name, by = "", counted_by.group("by")
        in_unit = [f for f in s.figures if f.unit and by.endswith(f.unit[-1])]
        if not in_unit:
            # 老旧小区3.89万个、657万户，按小区数计…: 个 counts what the name ends with
            in_unit = [
                f for f in s.figures if (f.unit or "").endswith("个") and f.indicator.endswith(by)
            ]
        if len(group) == 1 and len(in_unit) == 1 and in_unit[0].completion_rate is None:
            in_unit[0].completion_rate = group[0].value
            in_unit[0].end = max(in_unit[0].end, group[0].end)
            return
    if len(group) == 1 and _each_place(s, name, group[0], kind, sign, measure):
        return
    grown = s.figures[-1] if s.figures else None
    if kind == mt.YOY and grown and grown.yoy_growth is not None and _OTHER_BASIS.fullmatch(before):
        grown.end = max(grown.end, group[0].end)  # 同比增长23%，可比增长28%: the first stands
        return
    if kind == mt.RATE and len(group) == 1 and _target_of_share(s, before, group[0]):
        return
    if kind == mt.RATE and len(group) == 1 and _year_after_period(s, group[0]):
        return
    if kind == mt.RATE and len(group) == 1 and _second_rate(s, before, group[0]):
        return
    listed = periods_listed(before, len(group)) if len(group) > 1 else None
    if listed:
        name = ph.clean(listed[1])  # 1月、2月、3月单月进度分别为…: one period each, one name
    subjects, shared = (
        subjects_shared(s, before, len(group), c_lo)
        if len(group) > 1 and not listed
        else (None, "")
    )
    # 城镇新增就业15.37万人（占全省的23.4%）…分别完成省定任务的102%…: a share has no target
    free = [
        f
        for f in s.figures
        if _get(f, kind) is None and not (kind in (mt.RATE, mt.GAP) and _share(f))
    ]
    targets: list[Draft | None]
    if listed:
        targets = [None] * len(group)  # a figure for each period
    elif len(group) > 1 and (levels := _levels_before_share(free, len(group))):
        # A、B、C发明专利有效量分别为130.8万件、70.3万件和67.2万件，合计占国内总量的65.6%，
        # 分别同比增长21.1%、21.0%和23.2%: the levels grew, not the share between
        targets = list(levels)
    elif (
        len(group) > 1
        and len(free) >= len(group)
        and (
            _same(subjects, _last_measured(free, len(group)))
            or (kind == mt.YOY and _growths_of_places(s, name, subjects, len(group)))
        )
    ):
        targets = list(_last_measured(free, len(group)))
    elif len(group) == 1 and ph.is_place(name) and (its_level := _place_level(free, name)):
        # 东城区48家、西溪县17家，西溪县完成率仅为42.5%: the place's own figure
        targets = [its_level]
    elif (
        len(group) == 1
        and kind == mt.YOY
        and not name
        and (whole := _whole_of_parts(s, free, group[0].start))
    ):
        # 达到420亿元(兰州高新区292亿元、白银高新区128亿元),比2019年增长5.86%: the whole grew
        targets = [whole]
    elif len(group) == 1 and kind == mt.YOY and not name and _share_after_level(s, free):
        # 总产值1564.97亿元，占全市的比重为69.3%，同比增长5.4%: the level grew
        targets = [free[-2]]
    elif len(group) == 1 and kind == mt.YOY and not name and (subject := _share_subject(s, free)):
        # 轻工业产值占比24.1%，同比下降1.5%: no level before the share, so its subject grew
        targets, name = [None], subject
    elif len(group) == 1 and kind == mt.RATE and not name and _done_before_doing(free):
        # 已完成550项，正在办理29项，完成率95%: the rate of what was done
        targets = [_done_before_doing(free)]
    elif len(group) == 1 and kind == mt.YOY and not name and (level := _rated_twice(free)):
        # 完成103033万元，完成年初预算的102.04%，完成调整预算的99.61%，下降16.95%: the level
        # fell, not its second rate
        targets = [level]
    elif len(group) == 1 and kind == mt.YOY and (count_of := _count_named(free, name)):
        # 发生事故37起，死亡33人…，事故起数减少8起，下降17.77%: the count the measure is of
        targets = [count_of]
    elif len(group) == 1 and name and _named(free, name) is not None:
        # 增加值847.85亿元，占…比重为54.4%；高新技术产业增加值增速18%: the figure so named
        targets = [_named(free, name)]
    elif (
        len(group) == 1
        and kind == mt.YOY
        and (subject := _share_subject(s, free))
        and subject.endswith(name)
    ):
        # 高新技术产业增加值占…比重为24.5%…；增加值同比增长8.5%: the subject of the share grew
        targets, name = [None], subject
    elif (
        len(group) == 1
        and free
        and (
            not name
            # (完成投资236.8亿元，年度投资完成率110.8%: the year's plan of that investment)
            or _YEARS_PLAN.sub("", _AMOUNT.sub("", name)) in free[-1].indicator
            or _reordered(name, free[-1].indicator)
            # 入库评价数量达22327家，较上年入库数增长24.44%: the level, said short
            or (kind == mt.YOY and _said_short(name, free[-1].indicator))
        )
        and not (kind == mt.YOY and _growth_aimed_at(free[-1]))
    ):
        # 完成投资15.3亿元，占全部项目投资的32.8%，投资完成率为21.0%: a share between
        last = free[-1] is s.figures[-1] or (
            kind in (mt.RATE, mt.GAP) and len(s.figures) > 1 and free[-1] is s.figures[-2]
        )
        targets = [free[-1]] if last or not name else [None]
    else:
        targets = [None] * len(group)
    if subjects and not shared and "分别" in before:
        head = before.split("分别")[0]
        if ph.split_subjects(head, len(group)) is None:
            shared = ph.clean(head)  # A、B、C发展最快，完成产值分别增长…: what the places did
    shared = shared or measure
    counted = [t for t in targets if t is not None and is_count(t.unit)] if kind == mt.RATE else []
    if (
        counted
        and len(counted) == len(group)
        and "投资" in s.text[counted[-1].end : group[0].start]
    ):
        # 7个省重点项目完成年度投资计划的81%; 4个省重点项目、8个市重点项目，当年投资完成率
        # 分别达到100%、204%: the rates are of the projects' investment, not of their count
        said = ph.clean(before.split("分别")[0])
        invested = said if said.endswith("投资") and len(group) > 1 else "投资"
        names = [t.indicator + invested for t in counted]
        targets = [None] * len(group)
        if len(group) == 1:
            name = names[0]
        else:
            subjects = names
    # 青山县、白水县高企培育入库完成率分别为…: places sharing a noun
    places = _places(s, subjects if subjects else [name] if len(group) == 1 else None, shared, kind)
    previous_end = group[0].start
    for index, (mention, draft) in enumerate(zip(group, targets, strict=True)):
        if draft is None:
            indicator = subjects[index] if subjects else (name or s.last_indicator())
            region = None
            if places:
                # 东城区、南湖县分别完成81.2%和77.5%: places stand for the figure before
                indicator, region = places, ph.clean(indicator)
            draft = context(
                s, Draft(indicator, None, None, mention.start, mention.end), mention.start
            )
            draft.region = region or draft.region
            draft.period = listed[0][index] if listed else draft.period
            s.figures.append(draft)
        # 同比分别增长8.3%、下降2.5%: each value may carry its own direction
        own = p.YOY.search(s.text[previous_end : mention.start]) if index else None
        if own and kind == mt.YOY:
            sign = -1 if own.group("down") or own.group("fall") else 1
        previous_end = mention.end
        _set(draft, kind, mention.value * mention.growth_factor * sign)
        if draft.value is None and draft.qualifier is None and kind not in (mt.GAP, mt.YOY):
            # 完成率超过90%: the rate is a bound; 增长4%左右 says how exactly the growth is known
            draft.qualifier = mention.qualifier
        draft.end = max(draft.end, mention.end)


_SHORT_NAME = 4


def _said_short(name: str, full: str) -> bool:
    short = name.rstrip("数量额")
    return 2 <= len(short) <= _SHORT_NAME and short != full and ph.subsequence(short, full)


def _whole_of_parts(s: Sentence, free: list[Draft], at: int) -> Draft | None:
    """The level just before a bracket of its parts, when the last of them closes the bracket
    right before ``at``."""
    last = free[-1] if free else None
    if last is None or not s.text[last.end : at].lstrip().startswith((")", "）")):
        return None
    opened = max(s.text.rfind("(", s.lo, last.end), s.text.rfind("（", s.lo, last.end))
    whole = next((f for f in reversed(free) if f.end <= opened), None) if opened >= 0 else None
    if whole is None or opened - whole.end > 1 or whole.unit != last.unit:
        return None
    return whole


def _growth_aimed_at(draft: Draft) -> bool:
    """目标增速8%，1—6月增速-23.4%: the growth done is a figure beside the growth aimed at."""
    return (
        draft.value is None
        and draft.unit == "%"
        and draft.target is not None
        and not _LEVEL_IN_PERCENT.search(draft.indicator)  # 比重预计达到10%，比上年增长58%
    )


_LEVEL_IN_PERCENT = re.compile("占|比重|比例|率|强度")


_ADJUSTED = re.compile(
    r"\s*[（(](?:剔除|扣除|按|同口径|可比口径|不含|扣减)[^（）()]*?(?:后|计算|口径|因素)?\s*$"
    # ，扣除留抵退税因素后可比增长11.8%: the same, outside brackets
    r"|[，,\s]*(?:剔除|扣除)[^，；。（）()]{1,20}?后(?:可比|同口径)?\s*$"
)


def _each_place(
    s: Sentence, name: str, mention: Mention, kind: str, sign: int, measure: str
) -> bool:
    """南岭县、云岗县完成率均不足50%: the same said of each place (of ``measure`` if the
    words of the rate name one)."""
    shared = ph.places_sharing(name)
    if shared is None:
        return False
    places, noun = shared
    if noun:
        # 淄博、烟台…7市完成投资占年度计划的50%以上: each place's rate past a bound, of the
        # measure they share
        if kind != mt.RATE or mention.qualifier not in (">", "<") or noun.endswith("率"):
            return False
        indicator: str | None = p.DONE_LEAD.sub("", noun) or noun
    else:
        # (the list's count is read again only where a name is a word too, 日照)
        counted = not all(map(ph.is_place, places)) and ph.places_counted(name)
        indicator = _places(s, places, measure, kind, counted=counted)
    if not indicator and ph.named_places(name):
        indicator = s.last_indicator() or None
    if not indicator:
        return False
    for place in places:
        draft = context(s, Draft(indicator, None, None, mention.start, mention.end), mention.start)
        draft.region = place
        _set(draft, kind, mention.value * mention.growth_factor * sign)
        if kind != mt.GAP:
            draft.qualifier = mention.qualifier
        s.figures.append(draft)
    return True


_ASSIGNED_BY = re.compile(rf"^[，、\s]*(?:完成|占|为|达到|是)?了?{p.ASSIGNER}")


def _second_rate(s: Sentence, before: str, mention: Mention) -> bool:
    """完成省下达目标任务的130.26%，市下达目标任务的127%; 为上半年投资目标的113.39%: the
    value before against another target has a second completion rate, a figure of its own
    (the value is not counted twice)."""
    if not s.figures or not p.TARGET_MARK.search(before):
        return False
    last = s.figures[-1]
    if last.value is None or last.completion_rate is None:
        return False
    rest = ph.strip_target_words(before)
    if rest and rest not in last.indicator and not _ASSIGNED_BY.match(before):
        return False  # 技改投资完成年度目标的60%: another indicator's rate
    second_rate(s, last, None, mention.start, mention.end).completion_rate = mention.value
    return True


_BARE_DONE = re.compile(r"(?:^|[，,\s])(?:已经?)?(?:提前|超额)?(?:完成|实现|达到)了?$")
_OF_THE_TARGET = re.compile(r"的(?:年度|全年|年)?(?:目标|任务)")


def _target_of_share(s: Sentence, before: str, mention: Mention) -> bool:
    """占养老机构床位总数55.2%，提前完成55%的年度目标: a percentage of a level in percent,
    reached, is that level's target (完成55%的年度目标 after a count is its rate)."""
    last = s.figures[-1] if s.figures else None
    if (
        last is None
        or last.unit != "%"
        or last.value is None
        or last.target is not None
        or last.completion_rate is not None
        or ph.clean(before) not in ("", "提前", "超额")
        or not _BARE_DONE.search(s.text, max(s.lo, mention.start - 8), mention.start)
        or not _OF_THE_TARGET.match(s.text, mention.end, s.hi)
    ):
        return False
    last.target, last.end = mention.value, max(last.end, mention.end)
    return True


def _year_after_period(s: Sentence, mention: Mention) -> bool:
    """完成1-4月投资计划的132.1%，完成年度投资计划的21.3%: the rate of the year's plan is the
    figure's; the rate of the period's plan is a figure of its own."""
    last = s.figures[-1] if s.figures else None
    if last is None or last.value is None or last.completion_rate is None:
        return False
    between = s.text[last.start : mention.start]
    cut = between.rfind("%")
    if cut < 0 or not _YEAR_PLAN.search(between, cut) or not _PERIOD_PLAN.search(between, 0, cut):
        return False
    second = second_rate(s, last, None, last.end - 1, last.end)
    second.completion_rate, last.completion_rate = last.completion_rate, mention.value
    s.figures[-2:] = [second, last]  # in the order of the text
    last.target, last.end = None, mention.end
    return True


_YEAR_PLAN = re.compile("(?:年度|全年)[^，；。0-9%]{0,6}?(?:计划|目标|任务)")
_PERIOD_PLAN = re.compile(rf"{p.MONTHS}[^，；。%]{{0,6}}?(?:计划|目标|任务)")


def _share(d: Draft) -> bool:
    return d.unit == "%" and ("占" in d.indicator or "比重" in d.indicator)


def _share_subject(s: Sentence, free: list[Draft]) -> str:
    """What the share just read is of, when it is no place (轻工业产值占比 → 轻工业产值)."""
    last = free[-1] if free else None
    if last is None or last is not s.figures[-1] or not _share(last) or last.value is None:
        return ""
    subject = last.indicator.split("占")[0]
    return "" if ph.is_place(subject) else subject


def _share_after_level(s: Sentence, free: list[Draft]) -> bool:
    if len(free) < 2 or free[-1] is not s.figures[-1]:
        return False
    share, level = free[-1], free[-2]
    return _share(share) and level.value is not None and level.unit not in (None, "%")


def _places(
    s: Sentence, names: list[str] | None, shared: str, kind: str, counted: bool = False
) -> str | None:
    """The indicator that place names stand for: the noun they share, else the figure's
    before them, else the topic. ``counted``: the text says how many places they are, so a
    name that is a word too (日照) is a place."""
    if not names:
        return None
    ranked = ph.RANKED_LIST.search(s.text, s.lo, s.hi)
    if not (
        all(ph.is_place(ph.clean(n)) or (counted and n in PLACES_IF_SAID) for n in names)
        or (
            ranked
            # (人工造林完成率超过100%的县(区)有…: what is measured is before the list, no place)
            and all(
                _SHORT.fullmatch(ph.clean(n)) and ph.clean(n) in s.text[ranked.start() : s.hi]
                for n in names
            )
        )
    ):
        return None
    measure = ph.ranked_measure(s.text, s.lo, s.hi) if not shared else ""
    if measure:
        # 高新技术产业增加值增速居前三的依次为A、B、C，分别增长…: what they are ranked by
        return _RANKED_BY.sub("", measure) or measure
    if not shared and kind == mt.RATE:
        # 梧桐县、青潭县完成率分别为…: the places' rates are of the last figure with a rate
        rated = [f for f in s.figures if f.completion_rate is not None and f.region is None]
        if rated:
            return rated[-1].indicator
    return shared or s.last_indicator() or None


_SHORT = re.compile(r"[\u4e00-\u9fff]{2,5}")


def _growths_of_places(s: Sentence, name: str, subjects: list[str] | None, count: int) -> bool:
    """零陵区与道县，分别以201.24亿和195.84亿的GDP排名第三和第四，增速分别为4.4%和4.0%: growths
    naming nothing, after as many places' figures, are theirs in turn (unless other places are
    named before them)."""
    if name or (subjects and any(ph.is_place(ph.clean(x)) for x in subjects)):
        return False
    return places_just_read(s, count)


_RANKED_BY = re.compile(r"(?:同比)?(?:增速|增幅|增长率|增长)$")


_DOING = re.compile(r"^(?:正在|尚在|仍在|未|尚未)")


def _done_before_doing(free: list[Draft]) -> Draft | None:
    if len(free) < 2 or not _DOING.match(free[-1].indicator):
        return None
    done = free[-2]
    return done if "完成" in done.indicator or "办结" in done.indicator else None


def _levels_before_share(free: list[Draft], count: int) -> list[Draft] | None:
    """The ``count`` levels of one unit just before a share of their total."""
    if len(free) <= count or free[-1].unit != "%" or "占" not in free[-1].indicator:
        return None
    levels = free[-count - 1 : -1]
    if any(f.value is None or f.unit in (None, "%") for f in levels):
        return None
    return levels if all(compatible(f.unit, levels[0].unit) for f in levels) else None


def _named(free: list[Draft], name: str) -> Draft | None:
    named = [f for f in free if f.indicator == name and f.value is not None]
    return named[-1] if named and named[-1] is not free[-1] and "占" in free[-1].indicator else None


def _count_named(free: list[Draft], name: str) -> Draft | None:
    """事故起数, 死亡人数: the count said before whose name the measure's ends with."""
    key = ph.counted_key(name) if ph.COUNT_MEASURE.search(name) else ""
    if len(key) < 2:
        return None
    for figure in reversed(free):
        own = ph.counted_key(figure.indicator)
        if figure.value is not None and is_count(figure.unit) and own.endswith(key):
            return figure
    return None


def _reordered(name: str, indicator: str) -> bool:
    """修复水毁工程740处，水毁工程修复进度约为59%: the same words in another order;
    研发经费投入总量313.61亿元，研发经费总量同比增长17.08%: fewer of them."""
    if len(name) < 4:
        return False
    own = ph.split_place(indicator)[1]
    if sorted(name) == sorted(own):
        return True
    rest = iter(own)
    return name[-1] == own[-1] and all(char in rest for char in name)


# 投资额超时序进度近30个百分点: the amount is the figure's own (完成投资45亿元)
# 预算, 经费, 计划经费: what a rate (执行率, 达成率) is measured against, not what it is of
_BUDGET_NAME = re.compile("(?:总体|整体)?(?:年度)?(?:计划)?(?:预算|经费)(?:计划)?")
# 年度计划投资的, 年度投资计划: the measure a plan is of
_PLAN_MEASURE = "投资|产值|营业收入|营收|税收|收入|产量|支出"
_PLAN_OF = re.compile(
    rf"(?:计划|目标)(?P<measure>{_PLAN_MEASURE})(?:总额|额)?的?$"
    rf"|(?P<measure_first>{_PLAN_MEASURE})(?:计划|目标|任务)+的?$"
    # 完成投资占年度计划的50%以上: the measure done, then its share of the plan
    rf"|完成(?P<measure_done>{_PLAN_MEASURE})(?:分别|均|都)?(?:占|为|超过|超出|达到|达)了?"
    r"(?:全?年度?|全年)?(?:计划|目标|任务)+的?$"
)
_YEARS_PLAN = re.compile("^(?:全?年度|全年)(?=..)")
_AMOUNT = re.compile(r"(?<=..)(?:总额|额|完成额)$")


_IN_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")


def _last_measured(free: list[Draft], count: int) -> list[Draft]:
    """The last ``count`` figures a list of rates is of: 6个新农村建设项目完成投资93.3亿元，54个…
    完成投资268.1亿元，分别占计划的…: the investments, not the counts of projects between."""
    tail = free[-2 * count :]
    if len(tail) == 2 * count and all(
        is_count(a.unit) and not is_count(b.unit) and b.value is not None
        for a, b in zip(tail[::2], tail[1::2], strict=True)
    ):
        return tail[1::2]
    return free[-count:]


def _rated_twice(free: list[Draft]) -> Draft | None:
    """The level a second completion rate (second_rate) was given of, when that rate is the
    last figure free."""
    last = free[-1] if free else None
    if last is None or last.value is not None or last.completion_rate is None:
        return None
    return next(
        (f for f in reversed(free[:-1]) if f.indicator == last.indicator and f.value is not None),
        None,
    )


_COUNT_HEAD = re.compile(rf"^{p.COUNT_BEFORE_NOUN}")


def _same(subjects: list[str] | None, figures: list[Draft]) -> bool:
    if subjects is None:
        return True
    # 水利工程(13.4%)、公路工程(18.2%)…分别慢于序时进度: the subjects without their asides
    subjects = [_IN_BRACKETS.sub("", a) or a for a in subjects]
    # 41个投产项目、104个续建项目…各占年计划的: the subjects without their counts
    subjects = [_COUNT_HEAD.sub("", a) or a for a in subjects]
    return all(
        a in f.indicator or _bare(f.indicator) in a or a == f.region
        for a, f in zip(subjects, figures, strict=True)
    )


def _bare(indicator: str) -> str:
    """培训企业技术工人 → 企业技术工人: the name without a verb it shares with a list."""
    verb = ph.CONTENT_VERB.match(indicator)
    return indicator[verb.end() :] if verb and verb.end() < len(indicator) else indicator


def growth_target(
    s: Sentence, mention: Mention, sign: int, before: str, name: str | None = None
) -> None:
    """工业投资目标增长15%: a target stated as a growth rate."""
    name = name or ph.strip_target_words(before) or s.last_indicator()
    draft = Draft(name, None, "%", mention.start, mention.end, mention.qualifier)
    draft.target = mention.value * mention.growth_factor * sign
    s.figures.append(context(s, draft, mention.start))
    s.target_mode = True


def _get(d: Draft, kind: str) -> Decimal | None:
    return {mt.RATE: d.completion_rate, mt.YOY: d.yoy_growth, mt.GAP: d.time_progress_gap_pp}[kind]


def _set(d: Draft, kind: str, value: Decimal) -> None:
    if kind == mt.RATE:
        d.completion_rate = value
    elif kind == mt.YOY:
        d.yoy_growth = value
    else:
        d.time_progress_gap_pp = value
