"""The dashboards in a real browser: the seed's figures on screen and every chart drawn.
Screenshots are kept in test-artifacts/ (dashboard-*.png)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from browser_helpers import login, screenshot

GOLD = json.loads(
    (Path(__file__).resolve().parents[1] / "demo" / "seed_gold.json").read_text(encoding="utf-8")
)
FIGURES = {f["indicator"]: f for f in GOLD["figures"] if not f.get("region")}

# Pixels drawn (alpha > 0) on each chart's canvas; 0 means the chart did not render.
PAINTED = """() => Array.from(document.querySelectorAll('[data-chart]')).map(el => {
  const canvas = el.querySelector('canvas');
  if (!canvas || !echarts.getInstanceByDom(el)) return 0;
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
  return painted;
})"""


def charts_drawn(page: Any) -> list[int]:
    page.wait_for_load_state("networkidle")
    counts: list[int] = page.evaluate(PAINTED)
    return counts


def rate(name: str) -> str:
    return f"{FIGURES[name]['completion_rate']:.2f}"


def row_text(page: Any, code: str) -> str:
    text: str = page.inner_text(f"tr[data-code={code}]")
    return text


def test_leader_sees_overview_matrix_indicator_and_ranking(page: Any) -> None:
    login(page, "leader")
    page.goto("/units/kaiping/")
    assert "开平市 2016-03" in page.inner_text("h1")
    hightech = row_text(page, "A01")
    assert str(FIGURES["培育高新技术企业"]["value"]) in hightech
    assert rate("培育高新技术企业") in hightech
    assert rate("每万人发明专利拥有量") in row_text(page, "F01")
    assert "严重滞后" in page.inner_text(".counts")
    drawn = charts_drawn(page)
    assert drawn and all(drawn), drawn
    screenshot(page, "dashboard-overview-kaiping")

    page.goto("/units/kaiping/matrix/")
    assert "科工商务局" in page.inner_text("table#matrix thead")
    assert rate("培育高新技术企业") in row_text(page, "A01")
    screenshot(page, "dashboard-matrix-kaiping")

    page.click("tr[data-code=A01] td a")
    page.wait_for_url("**/indicators/A01/**")
    assert rate("培育高新技术企业") in page.inner_text("#figures")
    drawn = charts_drawn(page)
    assert len(drawn) == 1 and all(drawn), drawn  # 开平市 has no regions: the series only
    screenshot(page, "dashboard-indicator-kaiping-A01")

    page.click("text=得分排名 >> nth=0")
    page.wait_for_url("**/score/**")
    assert re.search(r"第 \d+ 名 / 共 7 个", page.inner_text("#score"))
    drawn = charts_drawn(page)
    assert drawn and all(drawn), drawn
    screenshot(page, "dashboard-score-kaiping")


def test_prefecture_office_sees_the_counties_matrix_and_ranking(page: Any) -> None:
    login(page, "jiangmen")
    page.goto("/units/jiangmen/matrix/")
    header = page.inner_text("table#matrix thead")
    for county in ("开平市", "台山市", "恩平市", "鹤山市", "新会区", "蓬江区", "江海区"):
        assert county in header
    assert rate("培育高新技术企业") in page.inner_text("td[data-unit=kaiping] >> nth=0")
    screenshot(page, "dashboard-matrix-jiangmen")

    page.goto("/units/jiangmen/indicators/F01/")
    drawn = charts_drawn(page)
    assert len(drawn) == 2 and all(drawn), drawn
    kaiping = page.inner_text("#children tr[data-unit=kaiping]")
    assert rate("每万人发明专利拥有量") in kaiping
    screenshot(page, "dashboard-indicator-jiangmen-F01")

    page.goto("/units/jiangmen/ranking/")
    assert "开平市" in page.inner_text("#ranking")
    # The demo leaves two of 恩平市's March reports out: they are named in its row.
    assert page.inner_text("#ranking tr[data-unit=enping] td:last-child").strip() != "—"
    drawn = charts_drawn(page)
    assert drawn and all(drawn), drawn
    screenshot(page, "dashboard-ranking-jiangmen")


# The words of the charts as ECharts holds them: the series' names and the axes' labels.
CHART_WORDS = """() => Array.from(document.querySelectorAll('[data-chart]')).map(el => {
  const option = echarts.getInstanceByDom(el).getOption();
  return {
    series: option.series.map(s => s.name || (s.data[0] && s.data[0].name) || ''),
    x: option.xAxis ? option.xAxis[0].data || [] : [],
    y: option.yAxis ? option.yAxis[0].name || '' : '',
  };
})"""


def test_the_charts_speak_the_pages_language(page: Any) -> None:
    login(page, "jiangmen")
    page.goto("/units/jiangmen/indicators/F01/")
    chinese = page.evaluate(CHART_WORDS)
    assert chinese[0]["series"] == ["本年累计", "上年同期", "年度目标", "时间进度线"]
    assert chinese[0]["x"][:3] == ["1月", "2月", "3月"]
    assert chinese[1]["y"] == "完成率%"
    page.select_option("select[name=language]", "en")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "en"
    drawn = charts_drawn(page)
    assert len(drawn) == 2 and all(drawn), drawn
    english = page.evaluate(CHART_WORDS)
    assert english[0]["series"] == [
        "This year to date",
        "Last year",
        "Annual target",
        "Time progress line",
    ]
    assert english[0]["x"][:3] == ["Jan", "Feb", "Mar"]
    assert english[1]["y"] == "Completion %"
    screenshot(page, "dashboard-indicator-jiangmen-F01-en")
