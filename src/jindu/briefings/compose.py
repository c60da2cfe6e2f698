"""Compose a briefing — 撰写通报: figures in, headed paragraphs and tables out. Pure Python.

`compose(data, lang)` reads only a `BriefingData` (the snapshot), so an archived briefing is
composed again word for word. The order and wording are those of the office's own reports:

- 一、总体情况: how many indicators are done, ahead, behind, far behind, not reported, monitored;
- 二、各抓手进展情况: one paragraph per lever; each indicator as period → indicator → actual with
  unit → 同比增长/下降 → 完成率 → 超出/低于序时进度 y 个百分点 → rank (top three only, so the
  paragraph stays readable); consecutive monitored indicators of the same kind share a clause
  (全市共有A14家、B27家,同比分别增长27.3%、12.5%); the period is said again only when it
  changes (一季度 for flows, 截至3月底 for stocks);
- 三、滞后指标情况: every lagging indicator with its gap, rank, lead unit and the monthly pace it
  needs for the rest of the year, then the indicators not reported;
- 四、督办事项: open supervision tasks, when the supervision app is installed.

The English rendering follows the same structure and figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jindu.briefings import wording as w
from jindu.briefings.snapshot import BriefingData, IndicatorFigures, LeverInfo
from jindu.progress import (
    GROWTH_PLACES,
    PERCENT_PLACES,
    Direction,
    Kind,
    Status,
    format_amount,
    format_decimal,
)
from jindu.progress.status import reference_progress

LANGS = ("zh", "en")
RANK_SHOWN_UP_TO = 3  # lever paragraphs name a rank only among the first three

STATUS_EN = {
    "done": "done",
    "ahead": "ahead",
    "behind": "behind",
    "far_behind": "far behind",
    "missing": "not reported",
}
LAGGING = (Status.BEHIND.value, Status.FAR_BEHIND.value)


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Table:
    """The table behind one lever's paragraph: display strings, one row per indicator."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    statuses: tuple[str | None, ...]


@dataclass(frozen=True)
class Briefing:
    lang: str
    title: str
    issuer: str
    date_line: str
    basis: str  # which data: approved by as_of
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]

    def paragraphs(self) -> Iterator[str]:
        for section in self.sections:
            yield from section.paragraphs
            for sub in section.subsections:
                yield from sub.paragraphs

    def text(self) -> str:
        """The briefing as plain text: title, issuer and date, headed paragraphs."""
        lines = [self.title, "", f"{self.issuer}  {self.date_line}", self.basis, ""]
        for section in self.sections:
            lines.append(section.heading)
            lines += [f"  {p}" for p in section.paragraphs]
            for sub in section.subsections:
                lines.append(sub.heading)
                lines += [f"  {p}" for p in sub.paragraphs]
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


def compose(data: BriefingData, lang: str = "zh") -> Briefing:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: zh or en")
    return _English(data).briefing() if lang == "en" else _Chinese(data).briefing()


def status_counts(indicators: Sequence[IndicatorFigures]) -> Counter[str]:
    """done / ahead / behind / far_behind / missing, and "monitored" for no status."""
    return Counter(i.status or "monitored" for i in indicators)


def common_time_progress(data: BriefingData) -> Decimal:
    """The time progress most indicators share (a few may follow milestones)."""
    return Counter(i.time_progress for i in data.indicators).most_common(1)[0][0]


def framework_short(data: BriefingData) -> str:
    """江门市创新驱动发展“八大抓手”指标任务 → 创新驱动发展“八大抓手”指标任务."""
    return data.framework.removeprefix(data.framework_owner) or data.framework


def shortfall(ind: IndicatorFigures) -> Decimal | None:
    """Completion minus what it should be by now, in pp (mirrored for lower-is-better):
    ≥ 0 is on track. Growth indicators: actual growth − target growth."""
    if ind.kind == Kind.GROWTH.value or ind.completion_rate is None:
        return ind.gap_pp
    reference = reference_progress(Kind(ind.kind), Direction(ind.direction), ind.time_progress)
    if ind.direction == Direction.LOWER.value:
        return reference - ind.completion_rate
    return ind.completion_rate - reference


def _lagging_order(ind: IndicatorFigures) -> tuple[int, Decimal]:
    gap = shortfall(ind)
    return (
        0 if ind.status == Status.FAR_BEHIND.value else 1,
        gap if gap is not None else Decimal(0),
    )


def lagging(data: BriefingData) -> list[IndicatorFigures]:
    """Behind and far behind, the worst first."""
    return sorted((i for i in data.indicators if i.status in LAGGING), key=_lagging_order)


def missing(data: BriefingData) -> list[IndicatorFigures]:
    return [i for i in data.indicators if i.status == Status.MISSING.value]


def _groups(inds: Sequence[IndicatorFigures]) -> list[list[IndicatorFigures]]:
    """Consecutive monitored indicators with the same kind of subject and unit share a clause."""
    groups: list[list[IndicatorFigures]] = []
    for ind in inds:
        if ind.actual is None:
            continue
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and _monitored(prev)
            and _monitored(ind)
            and prev.kind == ind.kind
            and w.subject_kind(prev.name, prev.kind, prev.unit_of_measure)
            == w.subject_kind(ind.name, ind.kind, ind.unit_of_measure)
            and (prev.yoy_growth is None) == (ind.yoy_growth is None)
        ):
            groups[-1].append(ind)
        else:
            groups.append([ind])
    return groups


def _monitored(ind: IndicatorFigures) -> bool:
    return ind.status is None


def _date_parts(data: BriefingData) -> tuple[int, int, int]:
    moment = datetime.fromisoformat(data.as_of)
    return moment.year, moment.month, moment.day


class _Chinese:
    def __init__(self, data: BriefingData) -> None:
        self.data = data
        self.period = data.month
        self.scope = w.scope_zh(data.unit)

    def briefing(self) -> Briefing:
        year, month, day = _date_parts(self.data)
        sections = [self.overall(), self.levers(), self.lagging()]
        if self.data.tasks_available:
            sections.append(self.tasks())
        numbered = tuple(
            Section(f"{w.chinese_number(n)}、{s.heading}", s.paragraphs, s.subsections)
            for n, s in enumerate(sections, start=1)
        )
        p = self.period
        return Briefing(
            lang="zh",
            title=f"{self.data.unit}{p.year}年{p.month}月{framework_short(self.data)}完成情况通报",
            issuer=self.data.issuer,
            date_line=f"{year}年{month}月{day}日",
            basis=f"(依据截至{year}年{month}月{day}日已审核的数据)",
            sections=numbered,
            tables=tuple(self.table(lv) for lv in self.data.levers),
        )

    # 一、总体情况
    def counts(self, inds: Sequence[IndicatorFigures]) -> str:
        c = status_counts(inds)
        parts = [
            (Status.DONE.value, "已完成{}项"),
            (Status.AHEAD.value, "超序时进度{}项"),
            (Status.BEHIND.value, "滞后{}项"),
            (Status.FAR_BEHIND.value, "严重滞后{}项"),
            (Status.MISSING.value, "未报送{}项"),
            ("monitored", "{}项为监测指标(未设年度目标)"),
        ]
        return "、".join(text.format(c[key]) for key, text in parts if c[key])

    def overall(self) -> Section:
        d, p = self.data, self.period
        n = len(d.indicators)
        first = (
            f"截至{p.year}年{p.month}月底,{d.unit}{framework_short(d)}共{n}项,"
            f"时间进度为{w.percent(common_time_progress(d))}%。其中{self.counts(d.indicators)}。"
        )
        paragraphs = [first]
        behind = [lv.name for lv in d.levers if self._lever_lags(lv)]
        if behind:
            paragraphs.append(f"滞后指标主要集中在{'、'.join(behind)}等方面。")
        return Section("总体情况", tuple(paragraphs))

    def _lever_lags(self, lever: LeverInfo) -> bool:
        inds = self.data.lever_indicators(lever.code)
        late = sum(1 for i in inds if i.status in LAGGING)
        return late * 2 >= len([i for i in inds if i.status is not None]) and late > 0

    # 二、各抓手进展情况
    def levers(self) -> Section:
        subs = []
        for n, lever in enumerate(self.data.levers, start=1):
            inds = self.data.lever_indicators(lever.code)
            subs.append(Section(f"({w.chinese_number(n)}){lever.name}", (self.lever(inds),)))
        return Section("各抓手进展情况", (), tuple(subs))

    def lever(self, inds: Sequence[IndicatorFigures]) -> str:
        sentences = [f"本抓手{len(inds)}项指标中,{self.counts(inds)}。"]
        said: str | None = None
        for group in _groups(inds):
            period = w.period_zh(self.period.year, self.period.month, group[0].kind)
            lead = f"{period}," if period != said else ""
            said = period
            sentences.append(lead + self.clause(group) + "。")
        absent = [i.name for i in inds if i.status == Status.MISSING.value]
        if absent:
            sentences.append(f"{'、'.join(absent)}本期未报送数据。")
        return "".join(sentences)

    def clause(self, group: Sequence[IndicatorFigures]) -> str:
        first = group[0]
        head = w.subject_zh(first.name, first.kind, first.unit_of_measure, self.scope)
        items = [head + self.value(first)]
        items += [
            w.subject_tail_zh(i.name, i.kind, i.unit_of_measure) + self.value(i) for i in group[1:]
        ]
        if len(group) == 1:
            return ",".join([items[0], *self.figures(first, in_lever=True)])
        merged = "、".join(items)
        growths = [i.yoy_growth for i in group if i.yoy_growth is not None]
        if len(growths) == len(group):
            merged += "," + self.growths(growths)
        return merged

    def value(self, ind: IndicatorFigures) -> str:
        assert ind.actual is not None
        return w.amount_zh(ind.actual, ind.unit_of_measure, ind.decimals)

    @staticmethod
    def growths(values: Sequence[Decimal]) -> str:
        """同比分别增长27.3%、12.5% (a word only where the direction changes)."""
        parts, previous = [], ""
        for v in values:
            if w.rounds_to_zero(v, GROWTH_PLACES):
                word = "持平"
                parts.append(word)
            else:
                word = "增长" if v > 0 else "下降"
                number = f"{w.points(v, growth=True)}%"
                parts.append(number if word == previous else word + number)
            previous = word
        return "同比分别" + "、".join(parts)

    def figures(self, ind: IndicatorFigures, *, in_lever: bool) -> list[str]:
        """The clauses after the value: 同比, 完成率, 序时进度, rank."""
        out = []
        if in_lever and ind.yoy_growth is not None:
            out.append(w.growth_zh(ind.yoy_growth))
        if ind.kind == Kind.GROWTH.value:
            out += self.growth_target(ind)
        elif ind.completion_rate is not None:
            out += self.completion(ind)
        rank = self.rank(ind, in_lever=in_lever)
        if rank:
            out.append(rank)
        return out

    def growth_target(self, ind: IndicatorFigures) -> list[str]:
        if ind.gap_pp is None or ind.target is None:
            return []
        target = w.target_growth_zh(ind.target)
        if ind.status == Status.DONE.value:
            return [f"完成年度目标({target})"]
        if w.rounds_to_zero(ind.gap_pp, GROWTH_PLACES):
            return [f"与年度目标({target})持平"]
        side = "高于" if ind.gap_pp > 0 else "低于"
        return [f"{side}年度目标({target}){w.points(ind.gap_pp, growth=True)}个百分点"]

    def completion(self, ind: IndicatorFigures) -> list[str]:
        assert ind.completion_rate is not None
        rate = w.percent(ind.completion_rate)
        gap = shortfall(ind)
        if ind.status == Status.DONE.value:
            return [f"完成率达{rate}%", "已完成全年目标任务"]
        if gap is None:
            return [f"完成率为{rate}%"]
        lower = ind.direction == Direction.LOWER.value
        if gap >= 0:
            if w.rounds_to_zero(gap, PERCENT_PLACES):
                return [f"完成率为{rate}%", "与时间进度持平"]
            if lower:
                return [f"完成率为{rate}%", f"控制在进度以内,低{w.points(gap)}个百分点"]
            return [f"完成率达{rate}%", f"超出时间进度{w.points(gap)}个百分点"]
        if lower:
            return [f"完成率为{rate}%", f"超出控制进度{w.points(gap)}个百分点"]
        return [f"完成率为{rate}%", f"低于序时进度{w.points(gap)}个百分点"]

    def rank(self, ind: IndicatorFigures, *, in_lever: bool) -> str:
        if ind.rank is None or self.data.parent is None:
            return ""
        if in_lever and ind.rank > RANK_SHOWN_UP_TO:
            return ""
        what = "增速" if ind.kind == Kind.GROWTH.value else "完成率"
        return f"{what}居{self.data.parent}第{ind.rank}位"

    # 三、滞后指标情况
    def lagging(self) -> Section:
        late = lagging(self.data)
        absent = missing(self.data)
        p = self.period
        if not late:
            paragraphs = [f"截至{p.month}月底,各项指标均达到或超过序时进度。"]
        else:
            far = sum(1 for i in late if i.status == Status.FAR_BEHIND.value)
            head = f"截至{p.month}月底,共有{len(late)}项指标低于序时进度"
            head += f",其中严重滞后{far}项:" if far else ":"
            paragraphs = [head]
            paragraphs += [f"{n}. {self.late_item(i)}" for n, i in enumerate(late, start=1)]
        if absent:
            names = "、".join(f"{i.name}(牵头单位:{i.lead_unit or '未明确'})" for i in absent)
            paragraphs.append(f"本期未报送数据的指标:{names}。")
        if late or absent:
            paragraphs.append("请各牵头单位对照序时进度,加快推进滞后指标,确保完成全年目标任务。")
        return Section("滞后指标情况", tuple(paragraphs))

    def late_item(self, ind: IndicatorFigures) -> str:
        assert ind.actual is not None
        first = f"{ind.name}{self.value(ind)}"
        if ind.kind == Kind.GROWTH.value and ind.yoy_growth is not None:
            first += "," + w.growth_zh(ind.yoy_growth)
        text = ",".join([first, *self.figures(ind, in_lever=False)])
        text += f"(牵头单位:{ind.lead_unit or '未明确'})"
        pace = self.pace(ind)
        return text + (f";{pace}。" if pace else "。")

    def pace(self, ind: IndicatorFigures) -> str:
        left = self.period.months_left
        if ind.required_pace is None or ind.required_pace <= 0 or left == 0:
            return ""
        needed = w.amount_zh(ind.required_pace, ind.unit_of_measure, ind.decimals + 1)
        return f"后{left}个月需月均完成{needed}"

    # 四、督办事项
    def tasks(self) -> Section:
        tasks = self.data.tasks
        if not tasks:
            return Section("督办事项办理情况", ("目前没有未办结的督办事项。",))
        overdue = sum(1 for t in tasks if t.overdue)
        head = f"目前未办结的督办事项{len(tasks)}项" + (
            f",其中逾期{overdue}项:" if overdue else ":"
        )
        items = [
            f"{n}. {t.title}(责任单位:{t.lead_unit},办理时限:{t.deadline},{t.state}"
            + (",已逾期)" if t.overdue else ")")
            for n, t in enumerate(tasks, start=1)
        ]
        return Section("督办事项办理情况", (head, *items))

    def table(self, lever: LeverInfo) -> Table:
        return lever_table(self.data, lever, lang="zh")


class _English:
    def __init__(self, data: BriefingData) -> None:
        self.data = data
        self.period = data.month

    def briefing(self) -> Briefing:
        year, month, day = _date_parts(self.data)
        p = self.period
        sections = [self.overall(), self.levers(), self.lagging()]
        if self.data.tasks_available:
            sections.append(self.tasks())
        numbered = tuple(
            Section(f"{n}. {s.heading}", s.paragraphs, s.subsections)
            for n, s in enumerate(sections, start=1)
        )
        return Briefing(
            lang="en",
            title=f"{self.data.unit}: progress of {framework_short(self.data)}, "
            f"{w.month_en(p.month)} {p.year}",
            issuer=self.data.issuer,
            date_line=f"{day} {w.month_en(month)} {year}",
            basis=f"(Based on the data approved by {day} {w.month_en(month)} {year}.)",
            sections=numbered,
            tables=tuple(lever_table(self.data, lv, lang="en") for lv in self.data.levers),
        )

    @staticmethod
    def counts(inds: Sequence[IndicatorFigures]) -> str:
        c = status_counts(inds)
        parts = [
            (Status.DONE.value, "{} done"),
            (Status.AHEAD.value, "{} ahead of time progress"),
            (Status.BEHIND.value, "{} behind"),
            (Status.FAR_BEHIND.value, "{} far behind"),
            (Status.MISSING.value, "{} not reported"),
            ("monitored", "{} monitored without a target"),
        ]
        return ", ".join(text.format(c[key]) for key, text in parts if c[key])

    def overall(self) -> Section:
        d, p = self.data, self.period
        text = (
            f"By the end of {w.month_en(p.month)} {p.year}, {d.unit} had {len(d.indicators)} "
            f"indicators in {framework_short(d)}; time progress was "
            f"{w.percent(common_time_progress(d))}%. Of these: {self.counts(d.indicators)}."
        )
        return Section("Overview", (text,))

    def levers(self) -> Section:
        subs = []
        for lever in self.data.levers:
            inds = self.data.lever_indicators(lever.code)
            sentences = [f"{len(inds)} indicators: {self.counts(inds)}."]
            for ind in inds:
                if ind.actual is not None:
                    sentences.append(self.sentence(ind, in_lever=True))
            absent = [i.name for i in inds if i.status == Status.MISSING.value]
            if absent:
                sentences.append(f"Not reported: {', '.join(absent)}.")
            subs.append(Section(f"{lever.code}. {lever.name}", (" ".join(sentences),)))
        return Section("Progress by lever", (), tuple(subs))

    def sentence(self, ind: IndicatorFigures, *, in_lever: bool) -> str:
        assert ind.actual is not None
        p = self.period
        head = f"{w.period_en(p.year, p.month, ind.kind)}, {ind.name}: "
        head += w.amount_en(ind.actual, ind.unit_of_measure, ind.decimals)
        parts = [head]
        if ind.yoy_growth is not None:
            parts.append(w.growth_en(ind.yoy_growth))
        if ind.kind == Kind.GROWTH.value:
            if ind.gap_pp is not None and ind.target is not None:
                side = "above" if ind.gap_pp >= 0 else "below"
                parts.append(
                    f"{w.points(ind.gap_pp, growth=True)} percentage points {side} the "
                    f"target growth of {format_amount(ind.target, GROWTH_PLACES)}%"
                )
        elif ind.completion_rate is not None:
            parts.append(f"{w.percent(ind.completion_rate)}% of the annual target")
            gap = shortfall(ind)
            if ind.status == Status.DONE.value:
                parts.append("target met")
            elif gap is not None:
                side = "ahead of" if gap >= 0 else "behind"
                parts.append(f"{w.points(gap)} percentage points {side} time progress")
        shown = ind.rank is not None and (not in_lever or ind.rank <= RANK_SHOWN_UP_TO)
        if shown and self.data.parent is not None:
            parts.append(f"ranked {ind.rank} of {ind.rank_among} in {self.data.parent}")
        return "; ".join(parts) + "."

    def lagging(self) -> Section:
        late = lagging(self.data)
        paragraphs = []
        if not late:
            paragraphs.append("Every indicator is at or ahead of time progress.")
        else:
            paragraphs.append(f"{len(late)} indicators are behind time progress:")
            left = self.period.months_left
            for n, ind in enumerate(late, start=1):
                text = f"{n}. {self.sentence(ind, in_lever=False)} Lead unit: "
                text += f"{ind.lead_unit or 'not set'}."
                if ind.required_pace is not None and ind.required_pace > 0 and left:
                    pace = w.amount_en(ind.required_pace, ind.unit_of_measure, ind.decimals + 1)
                    text += f" Needs {pace} a month over the remaining {left} months."
                paragraphs.append(text)
        absent = missing(self.data)
        if absent:
            names = ", ".join(f"{i.name} ({i.lead_unit or 'no lead unit'})" for i in absent)
            paragraphs.append(f"Not reported this period: {names}.")
        return Section("Lagging indicators", tuple(paragraphs))

    def tasks(self) -> Section:
        tasks = self.data.tasks
        if not tasks:
            return Section("Supervision tasks", ("No supervision task is open.",))
        items = [f"{len(tasks)} supervision tasks are open:"]
        items += [
            f"{n}. {t.title} (lead: {t.lead_unit}, due {t.deadline}, {t.state}"
            + (", overdue)" if t.overdue else ")")
            for n, t in enumerate(tasks, start=1)
        ]
        return Section("Supervision tasks", tuple(items))


HEADERS = {
    "zh": ("指标", "完成值", "目标", "完成率", "时间进度", "差距(百分点)", "同比", "状态", "排名"),
    "en": (
        "Indicator",
        "Actual",
        "Target",
        "Completion",
        "Time progress",
        "Gap (pp)",
        "YoY",
        "Status",
        "Rank",
    ),
}


def _signed(value: Decimal | None, places: int) -> str:
    text = format_decimal(value, places)
    return text if value is None or text.startswith("-") or text == "—" else f"+{text}"


def lever_table(data: BriefingData, lever: LeverInfo, *, lang: str) -> Table:
    rows, statuses = [], []
    for ind in data.lever_indicators(lever.code):
        growth = ind.kind == Kind.GROWTH.value
        if ind.actual is None:
            actual = "—"
        elif lang == "en":
            actual = w.amount_en(ind.actual, ind.unit_of_measure, ind.decimals)
        else:
            actual = w.amount_zh(ind.actual, ind.unit_of_measure, ind.decimals)
        if ind.target is None:
            target = "—"
        elif growth:
            target = w.target_growth_zh(ind.target)
        else:
            target = w.amount_zh(ind.target, ind.unit_of_measure, ind.decimals)
        completion = "—" if ind.completion_rate is None else f"{w.percent(ind.completion_rate)}%"
        status = "—"
        if ind.status:
            status = STATUS_EN[ind.status] if lang == "en" else Status(ind.status).label_zh
        rank = f"{ind.rank}/{ind.rank_among}" if ind.rank is not None else "—"
        rows.append(
            (
                ind.name,
                actual,
                target,
                completion,
                f"{w.percent(ind.time_progress)}%",
                _signed(ind.gap_pp, GROWTH_PLACES if growth else PERCENT_PLACES),
                "—" if ind.yoy_growth is None else f"{_signed(ind.yoy_growth, GROWTH_PLACES)}%",
                status,
                rank,
            )
        )
        statuses.append(ind.status)
    return Table(lever.name, HEADERS[lang], tuple(rows), tuple(statuses))
