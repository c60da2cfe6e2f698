"""The Chinese briefing of 开平市 for March 2016 states the seed's figures in the seed's
phrasing, and every figure in it is the engine's.

Expected figures are recomputed from `progress_rows` (the engine) with the documented display
rules (docs/adr/0005-briefing-charts.md, jindu.briefings.wording), never typed in; the seed's
figures come from the hand-made gold file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jindu.briefings.compose import compose
from jindu.briefings.snapshot import BriefingData
from jindu.extraction import extract
from jindu.framework.models import Unit
from jindu.framework.selectors import framework_for_unit
from jindu.progress import Period, format_amount, format_decimal
from jindu.reporting.display import parse_as_of
from jindu.reporting.selectors import ProgressRow, extraction_context, progress_rows

pytestmark = pytest.mark.django_db

GOLD = json.loads(
    (Path(__file__).parents[1] / "demo" / "seed_gold.json").read_text(encoding="utf-8")
)
MARCH = Period(2016, 3)
AS_OF = "2016-04-30"
MONEY = ("亿元", "万元")


def value_text(value: Decimal, unit: str, decimals: int) -> str:
    """亿元/万元 at 2 decimals trimmed; other units at the indicator's decimals, trimmed."""
    if unit in MONEY:
        return format_amount(value, 2) + unit
    return format_amount(value, decimals) + unit


def row_value(row: ProgressRow) -> str:
    assert row.evaluation.actual is not None
    ind = row.indicator
    return value_text(row.evaluation.actual, ind.unit_of_measure, ind.decimals)


def growth_text(growth: Decimal) -> str:
    number = format_decimal(abs(growth), 1)
    if Decimal(number) == 0:
        return "与上年同期持平"
    return ("同比增长" if growth > 0 else "同比下降") + number + "%"


def sentence_with(text: str, needle: str) -> str:
    """The sentence (up to 。) in which `needle` first appears."""
    return _sentence_at(text, text.index(needle))


def stated(text: str, name: str, value: str) -> str:
    """The sentence that states `name` with `value` (达 may come between)."""
    found = re.search(re.escape(name) + "达?" + re.escape(value), text)
    assert found is not None, f"{name} {value} not stated"
    return _sentence_at(text, found.start())


def _sentence_at(text: str, at: int) -> str:
    start = text.rfind("。", 0, at) + 1
    end = text.find("。", at)
    return text[start : end if end >= 0 else len(text)]


@pytest.fixture
def rows(kaiping: Unit) -> dict[str, ProgressRow]:
    """The engine's rows for the same unit, period and as-of moment as the briefing."""
    found = progress_rows(kaiping, MARCH, as_of=parse_as_of(AS_OF))
    return {r.indicator.name: r for r in found}


@pytest.fixture
def levers_text(march: BriefingData) -> str:
    """Section 二 (each lever), where every indicator is stated once."""
    return "".join(compose(march, "zh").sections[1].subsections[i].paragraphs[0] for i in range(8))


def seed_figures(key: str) -> list[dict[str, Any]]:
    return [
        f
        for f in GOLD["figures"]
        if f.get(key) is not None and f.get("value") is not None and not f.get("region")
    ]


def test_seed_completion_figures_are_stated_as_the_seed_states_them(
    levers_text: str, rows: dict[str, ProgressRow]
) -> None:
    # 已培育高新技术企业42家 … 完成率达55.26%; 27家 81.82%; 156家 81.25%; 3.92件 92.50%
    figures = seed_figures("completion_rate")
    assert len(figures) == 4
    for gold in figures:
        row = rows[gold["indicator"]]
        value = row_value(row)
        rate = format_decimal(row.evaluation.completion_rate, 2)
        assert Decimal(value.removesuffix(gold["unit"])) == Decimal(str(gold["value"]))
        assert Decimal(rate) == Decimal(str(gold["completion_rate"]))
        sentence = stated(levers_text, gold["indicator"], value)
        assert f"完成率达{rate}%" in sentence, sentence
        # the seed's order: indicator, value, then the completion rate
        assert sentence.index(value) < sentence.index(rate)


def test_seed_phrase_for_cultivated_enterprises(
    levers_text: str, rows: dict[str, ProgressRow]
) -> None:
    row = rows["培育高新技术企业"]
    assert f"已培育高新技术企业{row_value(row)}" in levers_text


def test_seed_growth_figures_are_stated_with_their_growth(
    levers_text: str, rows: dict[str, ProgressRow]
) -> None:
    # 完成工业投资14亿元,同比增长53.2%; 完成工业技改投资7.28亿元,同比增长304.8%
    figures = seed_figures("yoy_growth")
    assert {f["indicator"] for f in figures} == {"工业投资", "工业技改投资"}
    for gold in figures:
        row = rows[gold["indicator"]]
        assert row.evaluation.yoy_growth is not None
        value, growth = row_value(row), growth_text(row.evaluation.yoy_growth)
        assert value == f"{format_amount(Decimal(str(gold['value'])), 2)}{gold['unit']}"
        assert growth == f"同比增长{gold['yoy_growth']}%"
        assert f"完成{gold['indicator']}{value},{growth}" in levers_text


def test_patent_ratio_is_ahead_of_time_progress(
    levers_text: str, rows: dict[str, ProgressRow]
) -> None:
    # 每万人发明专利拥有量3.92件,完成率达92.50%,超出时间进度
    row = rows["每万人发明专利拥有量"]
    sentence = stated(levers_text, "每万人发明专利拥有量", row_value(row))
    gap = format_decimal(row.evaluation.gap_pp, 2)
    assert f"超出时间进度{gap}个百分点" in sentence


def test_every_indicator_is_stated_with_the_engines_figures(
    levers_text: str, rows: dict[str, ProgressRow], march: BriefingData
) -> None:
    ranks = {i.name: i.rank for i in march.indicators}
    for name, row in rows.items():
        ev = row.evaluation
        if ev.actual is None:
            assert "本期未报送数据" in sentence_with(levers_text, name)
            continue
        sentence = stated(levers_text, name, row_value(row))
        if ev.yoy_growth is not None and ev.status is not None:
            assert growth_text(ev.yoy_growth) in sentence, name
        if ev.completion_rate is not None and ev.gap_pp is not None:
            rate = format_decimal(ev.completion_rate, 2)
            gap = format_decimal(abs(ev.gap_pp), 2)
            if ev.gap_pp >= 0:
                assert f"完成率达{rate}%,超出时间进度{gap}个百分点" in sentence, name
            else:
                assert f"完成率为{rate}%,低于序时进度{gap}个百分点" in sentence, name
        if row.indicator.kind == "growth" and ev.gap_pp is not None:
            side = "高于" if ev.gap_pp > 0 else "低于"
            assert f"{side}年度目标(增长{format_amount(ev.target, 1)}%)" in sentence
            assert f"{format_decimal(abs(ev.gap_pp), 1)}个百分点" in sentence
        rank = ranks[name]
        if rank is not None and rank <= 3:
            assert f"居江门市第{rank}位" in sentence, name


def test_monitored_stocks_share_one_clause(levers_text: str, rows: dict[str, ProgressRow]) -> None:
    # 全市共有省级工程技术研发中心14家、江门市级工程技术研发中心27家,同比分别增长…
    first, second = rows["省级工程技术研发中心"], rows["江门市级工程技术研发中心"]
    assert first.evaluation.yoy_growth is not None and second.evaluation.yoy_growth is not None
    growths = [format_decimal(r.evaluation.yoy_growth, 1) for r in (first, second)]
    expected = (
        f"全市共有省级工程技术研发中心{row_value(first)}、江门市级工程技术研发中心"
        f"{row_value(second)},同比分别增长{growths[0]}%、{growths[1]}%"
    )
    assert expected in levers_text


def test_overall_counts_are_the_engines(march: BriefingData, rows: dict[str, ProgressRow]) -> None:
    counts = Counter(
        r.evaluation.status.label_zh if r.evaluation.status else None for r in rows.values()
    )
    overall = compose(march, "zh").sections[0].paragraphs[0]
    assert f"共{len(rows)}项" in overall
    for label, text in (
        ("超进度", "超序时进度"),
        ("滞后", "滞后"),
        ("严重滞后", "严重滞后"),
        ("已完成", "已完成"),
    ):
        if counts[label]:
            assert f"{text}{counts[label]}项" in overall
    assert f"{counts[None]}项为监测指标" in overall


def test_every_number_in_the_text_comes_from_the_engine(
    march: BriefingData, rows: dict[str, ProgressRow]
) -> None:
    """No figure in the briefing that the engine did not compute (or that is a count, a
    date, a rank or a list number)."""
    allowed: set[str] = set()
    for row in rows.values():
        ev, ind = row.evaluation, row.indicator
        if ev.actual is not None:
            allowed.add(re.sub(r"[^\d.]", "", row_value(row)))
        for value, places in ((ev.completion_rate, 2), (ev.time_progress, 2), (ev.yoy_growth, 1)):
            if value is not None:
                allowed.add(format_decimal(abs(value), places))
        if ev.gap_pp is not None:
            allowed.add(format_decimal(abs(ev.gap_pp), 1 if ind.kind == "growth" else 2))
        if ev.target is not None and ind.kind == "growth":
            allowed.add(format_amount(ev.target, 1))
        if ev.required_pace is not None and ev.required_pace > 0:
            pace = value_text(ev.required_pace, ind.unit_of_measure, ind.decimals + 1)
            allowed.add(re.sub(r"[^\d.]", "", pace))
    allowed |= {str(n) for n in range(0, len(rows) + 1)}  # counts, ranks, list numbers
    allowed |= {"2016", "12", "30"}  # the period's year and months, the as-of day
    text = compose(march, "zh").text()
    for name in {r.indicator.name for r in rows.values()}:
        text = text.replace(name, "")  # names may hold digits
    numbers = re.findall(r"\d+(?:\.\d+)?", text)
    assert numbers
    assert [n for n in numbers if n not in allowed] == []


def test_the_extractor_reads_the_briefing_back_consistently(
    march: BriefingData, kaiping: Unit
) -> None:
    """jindu's own extraction, run on the briefing, finds no figure inconsistent with the
    stored data."""
    refs, stored = extraction_context(framework_for_unit(kaiping), kaiping, MARCH)
    result = extract(compose(march, "zh").text(), indicators=refs, stored=stored)
    matched = [f for f in result.figures if f.indicator_code]
    assert len(matched) >= 20
    # yoy_outlier asks for a comment on growth beyond ±300% (the seed's 304.8%): not a mismatch
    checks = [(f.indicator, c) for f in matched for c in f.checks if c.kind != "yoy_outlier"]
    assert len(checks) >= 40
    assert [(name, c.message) for name, c in checks if not c.ok] == []


def test_values_approved_after_the_as_of_date_are_left_out(kaiping: Unit) -> None:
    """March values were approved on 8 April: a briefing as of 1 April has none of them."""
    from jindu.briefings.selectors import briefing_data

    early = briefing_data(kaiping, MARCH, as_of=parse_as_of("2016-04-01"))
    assert all(i.actual is None for i in early.indicators)
    assert "未报送" in compose(early, "zh").text()
