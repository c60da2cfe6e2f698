"""The office previews the 开平市 briefing for March 2016, sees the seed's figures on screen,
and downloads the Word file."""

from __future__ import annotations

import json
from typing import Any

import docx
from browser_helpers import login, screenshot


def engine_figures(server: Any) -> dict[str, dict[str, Any]]:
    """What `jindu progress` computes for the same unit and period: the expected figures."""
    out = server.jindu("progress", "--unit", "开平市", "--period", "2016-03", "--format", "json")
    return {row["name"]: row for row in json.loads(out)}


def test_office_previews_and_downloads_the_briefing(page: Any, server: Any) -> None:
    rows = engine_figures(server)
    login(page, "office")
    page.goto("/briefings/")
    page.select_option("select[name=unit]", label="开平市")
    page.fill("input[name=period]", "2016-03")
    page.click("text=预览")
    page.wait_for_selector(".briefing-doc")
    shown = page.inner_text(".briefing-doc")
    for name in (
        "培育高新技术企业",
        "高新技术企业培育入库",
        "培育科技型小微企业",
        "每万人发明专利拥有量",
    ):
        row = rows[name]
        assert f"{row['actual']}{row['unit']}" in shown
        assert f"完成率达{row['completion_rate']}%" in shown
    for name in ("工业投资", "工业技改投资"):
        row = rows[name]
        assert f"{row['actual']}{row['unit']},同比增长{row['yoy_growth']}%" in shown
    screenshot(page, "briefing-preview")
    with page.expect_download() as caught:
        page.click("a.button:text('DOCX')")
    path = caught.value.path()
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"{rows['培育高新技术企业']['actual']}家" in text
