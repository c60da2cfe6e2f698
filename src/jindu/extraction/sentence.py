"""A sentence being read, and the draft figures it yields (spans in normalised text)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jindu.extraction import patterns as p
from jindu.extraction import phrases as ph
from jindu.extraction.mentions import Mention
from jindu.extraction.numerals import parse_number
from jindu.extraction.units import is_count

_PLACES_END = re.compile(
    rf"(?<![小园社景校厂矿片库超集态明生色丽范验护贸税])(?:{p.ANY_PLACES})$|增长行业$"
)


def places_counted(figure: Draft) -> bool:
    """10个省份同比增长: a count of places (or 34个行业增长: of industries), no measure their
    own figures may be of."""
    return figure.unit == "个" and _PLACES_END.search(figure.indicator) is not None


# 工业投资负增长市州, 规上工业增加值增速高于全省平均水平市: places counted by how a measure went
_COUNTED_BY_GROWTH = re.compile(
    rf"(?P<measure>.+?)(?:正增长|负增长|增长|下降|{p.ABOVE_AVERAGE})(?:{p.ANY_PLACES})"
)


def counted_measure(figure: Draft) -> str:
    """The measure places were counted by (工业投资 of 工业投资负增长市州), or ""."""
    if not places_counted(figure):
        return ""
    counted = _COUNTED_BY_GROWTH.fullmatch(figure.indicator)
    return counted.group("measure") if counted else ""


@dataclass(slots=True)
class Draft:
    """A figure while the sentence is being read; spans are in normalised text."""

    indicator: str
    value: Decimal | None
    unit: str | None
    start: int
    end: int
    qualifier: str | None = None
    completion_rate: Decimal | None = None
    yoy_growth: Decimal | None = None
    target: Decimal | None = None
    time_progress_gap_pp: Decimal | None = None
    status: str | None = None
    period: str | None = None
    region: str | None = None
    projected: bool = False  # a target only because of 预计: an estimate, maybe of what was done
    ahead: bool = False  # 1-5月…。预计上半年…: said of a period after the one reported
    sentence: int = -1  # where its sentence starts

    def as_growth(self) -> None:
        """The number read as a level is the figure's growth (教育(+5.06%))."""
        self.yoy_growth, self.value, self.unit = self.value, None, None

    def as_rate(self) -> None:
        """The number read as a level is the figure's completion rate (分别完成81.2%)."""
        self.completion_rate, self.value, self.unit = self.value, None, None


@dataclass
class Sentence:
    text: str
    lo: int
    hi: int
    periods: list[re.Match[str]]
    regions: list[re.Match[str]]
    figures: list[Draft] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    topic: str = ""
    topic_at: int = -1  # where the clause that named the topic ends
    topic_rate: bool = False
    topic_growth: bool = False  # the topic was named as a growth (增速, 增幅)
    rate_bound: bool = False  # a bound on rates was just stated (完成率均低于80%，分别为…)
    plan_share: bool = False  # a heading said the shares of the plan follow (…占年度计划比例为：)
    previous: str = ""  # the last figure's indicator in the sentence before
    previous_figure: Draft | None = None  # that figure (None when no name is carried over)
    target_mode: bool = False
    horizon: bool = False  # 到2025年，…: every figure of the sentence is a target
    horizon_ends: bool = False  # (今年，我市计划完成…；…: the sentence's horizon ends with it)
    target_verb: str | None = None
    projecting: bool = False  # the targets of the mode are 预计: estimates
    first_period: int = -1  # where the text first names a period (1-5月), or -1
    first_period_name: str = ""
    latest_year: int = 0  # the latest year the text names, but not as a horizon (到2025年)
    named_to: int = -1  # where the words after a count that named it end (35个重点开发区、)
    field_end: int = -1  # where 34个行业大类中 ends: the counts after it are picked from it
    # 其中工业技改投资保持较快增长，增长36.4%: a clause without numbers naming the growth next
    trend_name: str = ""
    trend_clause: tuple[int, int] = (-1, -1)
    # MENTION's matches in the sentence that can be figures (mentions.could_be_figure)
    numbers: list[re.Match[str]] = field(default_factory=list)

    @property
    def previous_growth(self) -> bool:
        """Whether the figure of the sentence before had a growth."""
        return self.previous_figure is not None and self.previous_figure.yoy_growth is not None

    @property
    def previous_rated(self) -> bool:
        """Whether the figure of the sentence before had a completion rate."""
        before = self.previous_figure
        return before is not None and before.completion_rate is not None

    def last_indicator(self) -> str:
        """What a clause that names nothing is about: the figure before, unless a clause after
        it named a topic (…，其余八县域的GDP分别是：曲江区167亿元); else the topic, else the last
        figure of the sentence before."""
        if self.figures and not (self.topic and self.topic_at > self.figures[-1].end):
            # 东部地区固定资产投资增长10.9%。10个省份同比增长，福建、广东分别增长19.7%和17.5%:
            # the places' figures are of the measure, not of the count of places
            measured = next((f for f in reversed(self.figures) if not places_counted(f)), None)
            if measured is None and (by := counted_measure(self.figures[-1])):
                return by  # 11个省份工业生产均增长，海南、福建分别增长…: the measure counted by
            if measured is not None or not (self.topic or self.previous):
                return (measured or self.figures[-1]).indicator
        return self.topic or self.previous

    def latest(self, matches: list[re.Match[str]], pos: int) -> re.Match[str] | None:
        best = None
        for match in matches:
            if match.end() <= pos:
                best = match
        return best


# 预计全年…, 预计年底…: words that look past the period reported
_AHEAD = re.compile(
    "全年(?!目标|任务|计划|的目标)|今年(?!以来)|年底|年末|明年|下半年|下阶段|到年底"
)


def _period_said(name: str) -> str:
    """今年上半年 and 上半年, 1-6月份 and 1-6月, 1—6月 and 上半年: one period, said two ways."""
    said = _DASHES.sub("-", name.removeprefix("今年").removeprefix("本年").removesuffix("份"))
    return _SAME_PERIOD.get(said, said)


_DASHES = re.compile("[—–~～至到－]")
_SAME_PERIOD = {
    "1-3月": "一季度",
    "第一季度": "一季度",
    "首季度": "一季度",
    "1-6月": "上半年",
    "1-9月": "前三季度",
    "1-12月": "全年",
}


def looks_ahead(s: Sentence, pos: int) -> bool:
    """After a period was reported (1-5月…。), 预计 with a period of its own (上半年, 全年)
    projects; without one it estimates the period reported (其中房地产开发投资预计下降19.8%)."""
    if not 0 <= s.first_period < pos:
        return False
    own = s.latest(s.periods, pos)
    if own is not None and _period_said(own.group(0)) != _period_said(s.first_period_name):
        # (7月当月…。1-7月份预计完成…: a span ending with the month reported is no later)
        ends, first_ends = _end_month(own.group(0)), _end_month(s.first_period_name)
        if ends is None or first_ends is None or ends > first_ends:
            return True
    return bool(_AHEAD.search(s.text, s.lo, pos))


_MONTH_END = re.compile(
    r"(?:^|[-—–~～至到])(?:今年|本年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
)
_QUARTER_END = {"一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}


def _end_month(name: str) -> int | None:
    """The month a period ends with: 1-7月份 and 7月当月 end with July, 上半年 with June."""
    said = _period_said(name)
    if said in _QUARTER_END:
        return _QUARTER_END[said]
    months = _MONTH_END.findall(said)
    if not months:
        return None
    month = parse_number(months[-1])
    return int(month) if month is not None else None


def places_just_read(s: Sentence, count: int) -> bool:
    """Whether the last ``count`` figures are of as many places, one each (A和B分别以…)."""
    last = s.figures[-count:]
    regions = {f.region for f in last}
    return count > 1 and len(last) == count and None not in regions and len(regions) == count


def context_region(s: Sentence, pos: int) -> str | None:
    """The place the words before ``pos`` put every figure in (高新区内, 涡阳县：)."""
    region = s.latest(s.regions, pos)
    return (ph.clean(region.group(1) or region.group(2)) or None) if region else None


def context(s: Sentence, d: Draft, pos: int) -> Draft:
    period = s.latest(s.periods, pos)
    d.period = period.group(0) if period else None
    d.sentence = s.lo
    if d.region is None:
        d.region = context_region(s, pos)
    return d


def attributed(draft: Draft) -> bool:
    """Whether the figure states more than its level: a rate, a growth, a target or a gap."""
    return any(
        value is not None
        for value in (
            draft.completion_rate,
            draft.yoy_growth,
            draft.target,
            draft.time_progress_gap_pp,
        )
    )


def new_draft(s: Sentence, name: str, mention: Mention, is_target: bool, start: int) -> Draft:
    value = None if is_target else mention.value
    # 收入比为2.02 has no unit; 生产总值56.7亿 keeps 亿 as written (checks convert it)
    unit = mention.unit or None
    draft = Draft(name, value, unit, start, mention.end, qualifier=mention.qualifier)
    if is_target:
        draft.target = mention.value
    s.figures.append(context(s, draft, mention.start))
    return draft


def second_rate(s: Sentence, same: Draft, unit: str | None, start: int, end: int) -> Draft:
    """The value of ``same`` measured against another target: a figure of its own, with
    the same indicator and place and no value (the value is not counted twice)."""
    draft = context(s, Draft(same.indicator, None, unit, start, end), start)
    draft.region = same.region or draft.region
    s.figures.append(draft)
    return draft


def subjects_shared(
    s: Sentence, before: str, count: int, c_lo: int | None = None
) -> tuple[list[str] | None, str]:
    """The ``count`` things a list of values is about, and the noun they share: from the
    words before 分别, else the start of this clause (A、B、C 3项指标完成率分别为…), else an
    earlier clause."""
    head = before.split("分别")[0]
    found = ph.split_subjects(head, count) if ph.clean(head) else None
    if found is None and c_lo is not None:
        number = p.DIGIT.search(s.text, c_lo)
        if number is not None and ph.clean(s.text[c_lo : number.start()]) != ph.clean(head):
            found = ph.split_subjects(s.text[c_lo : number.start()], count)
    if found is None and c_lo is not None:
        found = _subjects_across_commas(s, head, count, c_lo)
    if found is None:
        found = _counted_subjects(s, head, count)
    if found is None:
        # 成交项数和金额…，登记合同484077项，成交额22398.4亿元，分别增长…: the values before
        values_before = len(s.figures) >= count and all(
            f.value is not None and f.yoy_growth is None for f in s.figures[-count:]
        )
        for lo, hi in reversed(s.clauses):
            if values_before and hi <= s.figures[-1].start:
                break
            # 一、二产业增加值分别达到12.1亿元、30.5亿元，: the subjects before the values
            # (新增A 3家、B 11家，: or each before its own)
            number = p.DIGIT.search(s.text, lo, hi) if values_before else None
            found = (
                ph.split_subjects(s.text[lo : number.start()], count) if number else None
            ) or ph.split_subjects(s.text[lo:hi], count)
            if found:
                break
        measure = ph.clean(head)
        if found and not found[1] and measure and all(ph.is_place(x) for x in found[0]):
            # 酒泉、定西排名第二和第三，GDP增速分别为…: the places before, the measure here
            found = (found[0], measure)
    return found if found else (None, "")


# 41个投产项目、104个续建项目、27个新开工项目分别完成投资…: each item counted as it is named
_COUNTED_ITEM = re.compile(rf"(?:{p.COUNT_BEFORE_NOUN}|[0-9][0-9.]*)[\u4e00-\u9fff]{{2,12}}")


def _counted_subjects(s: Sentence, head: str, count: int) -> tuple[list[str], str] | None:
    """The subjects of a list of values, each counted where it was named: the counts just
    read, if they stand in one list whose last noun ends right before 分别."""
    counted = s.figures[-count:] if len(s.figures) >= count else []
    if not counted or any(f.value is None or not is_count(f.unit) for f in counted):
        return None
    if ph.clean(head) != counted[-1].indicator:
        return None
    items = re.split("[、和及与]", s.text[counted[0].start : counted[-1].start])
    if len(items) != count or not all(_COUNTED_ITEM.fullmatch(x.strip()) for x in items[:-1]):
        return None
    return [f.indicator for f in counted], ""


def periods_listed(before: str, count: int) -> tuple[list[str], str] | None:
    """1月、2月、3月单月进度分别为…: the ``count`` periods the values are of, one each, and
    the words without them."""
    head = before.split("分别")[0]
    found = p.PERIOD_LIST.search(head)
    if found is None:
        return None
    periods = [
        x + "年" if x.isdigit() else x for x in p.PERIOD_SEPARATOR.split(found.group("list"))
    ]
    rest = before[found.end() :]
    rest = rest[2:] if rest.startswith(("单月", "当月")) else rest  # 3月单月进度: 3月's
    words = before[: found.start("list")] + rest
    return (periods, words) if len(periods) == count else None


_SHORT_SUBJECT = 16
_FIELD_CLAUSE = re.compile(r"^\s*(?:其中)?在|(?:中|方面|看|来看)\s*$")
# stands for 、 inside one subject while the subjects are split (a private-use character no
# pattern strips, other than phrases' own)
_INNER = "\ue001"


def _subjects_across_commas(
    s: Sentence, head: str, count: int, c_lo: int
) -> tuple[list[str], str] | None:
    """五金、电料类，通讯器材类，机电产品及设备类，化工材料及制品类商品销售额分别增长…: the
    subjects are the short clauses without numbers just before, then this clause's head, one
    each (、 stays inside a subject)."""
    items: list[str] = []
    end = c_lo
    for lo, hi in reversed(s.clauses):
        words = s.text[lo : hi - 1]
        if hi != end or s.text[hi - 1] != "，" or len(words) > _SHORT_SUBJECT:
            break
        if p.DIGIT.search(words) or not words.strip() or _FIELD_CLAUSE.search(words):
            break  # 在高技术制造业中，A和B分别增长: the field, not a subject
        items.insert(0, words.strip())
        end = lo
        if len(items) + 1 == count:
            break
    if len(items) + 1 != count or not ph.clean(head):
        return None
    joined = "、".join(x.replace("、", _INNER) for x in [*items, head])
    found = ph.split_subjects(joined, count)
    if found is None:
        return None
    return [x.replace(_INNER, "、") for x in found[0]], found[1]


def level_before_shares(s: Sentence) -> Draft | None:
    """完成工业总投资153亿元，占…的比重达36.76%: the last figure that is not a share."""
    return next((f for f in reversed(s.figures) if not ph.SHARE_NAME.search(f.indicator)), None)
