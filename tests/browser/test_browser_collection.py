"""The whole collection loop in a real browser, as the demo's people: the office opens the
2016-04 round, 科工商务局 enters and submits (a +400% YoY asks for a comment), the reviewer
returns one value, the reporter fixes it, the reviewer approves, and the value shows as approved
with its full history. Screenshots of each main page go to test-artifacts/."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from browser_helpers import login, screenshot

DUE = (date.today() + timedelta(days=10)).isoformat()  # the round is open now


def logout(page: Any) -> None:
    page.click("text=退出")
    page.wait_for_url("**/accounts/login/**")


def cell(page: Any, key: str, column: int) -> str:
    return str(page.locator(f"tr[data-key='{key}'] td").nth(column).inner_text()).strip()


def test_open_enter_return_fix_approve(page: Any) -> None:
    # 1. the office opens the April round for 开平市
    login(page, "office")
    page.goto("/reporting/rounds/new/")
    page.fill("input[name=period]", "2016-04")
    page.check("label:has-text('开平市') input")
    page.fill("input[name=due_date]", DUE)
    screenshot(page, "collection-1-open-round")
    page.click("button[type=submit]")
    page.wait_for_url("**/reporting/rounds/*/")
    assert "2016年4月数据填报" in page.inner_text("h1")
    round_url = page.url
    logout(page)

    # 2. 科工商务局 sees what is due and enters
    login(page, "kgsw")
    page.goto("/reporting/")
    assert "2016年4月数据填报" in page.inner_text("#todo")
    page.click("#todo >> text=去填报")
    page.wait_for_selector("tr[data-key='A01@kaiping']")
    last_year = Decimal(cell(page, "A01@kaiping", 3))
    huge = last_year * 5  # +400% on the same month last year
    page.fill("input[name='v-A01@kaiping']", str(huge))
    page.fill("input[name='v-A02@kaiping']", "28")
    # the completion rate and the warning appear as one types (htmx)
    page.wait_for_selector("#out-A01-kaiping .warn")
    assert "超过±300%" in page.inner_text("#out-A01-kaiping")
    screenshot(page, "collection-2-entry-warning")
    page.click("button[name=submit]")
    page.wait_for_load_state("networkidle")
    assert "本次没有保存任何数据" in page.inner_text(".messages")
    page.fill("input[name='c-A01@kaiping']", "4月集中认定一批高企")
    page.click("button[name=submit]")
    page.wait_for_load_state("networkidle")
    assert "已报送 2 项" in page.inner_text(".messages")
    assert "已报送" in page.inner_text("tr[data-key='A02@kaiping']")
    logout(page)

    # 3. the reviewer returns A02 with a reason
    login(page, "reviewer")
    page.goto(round_url + "review/")
    page.check("input[aria-label=A02]")
    page.fill("input[name=reason]", "与统计部门数据不一致，请核实")
    screenshot(page, "collection-3-review")
    page.click("button[name=return]")
    page.wait_for_load_state("networkidle")
    assert "已退回 1 项" in page.inner_text(".messages")
    logout(page)

    # 4. the reporter sees the reason, fixes and resubmits
    login(page, "kgsw")
    page.goto(round_url + "entry/kaiping-kgsw/")
    assert "与统计部门数据不一致" in page.inner_text("tr[data-key='A02@kaiping']")
    page.fill("input[name='v-A02@kaiping']", "29")
    page.click("button[name=submit]")
    page.wait_for_load_state("networkidle")
    assert "已报送 1 项" in page.inner_text(".messages")
    logout(page)

    # 5. the reviewer approves everything submitted
    login(page, "reviewer")
    page.goto(round_url + "review/")
    page.check("input[aria-label=all]")
    page.click("button[name=approve]")
    page.wait_for_load_state("networkidle")
    assert "已审核通过 2 项" in page.inner_text(".messages")
    logout(page)

    # 6. the value is approved, with its whole history
    login(page, "kgsw")
    page.goto(round_url + "entry/kaiping-kgsw/")
    assert "已审核" in page.inner_text("tr[data-key='A02@kaiping']")
    page.click("tr[data-key='A02@kaiping'] >> text=记录")
    page.wait_for_selector("#history")
    assert page.inner_text("#current") == "29"
    history = page.inner_text("#history")
    for step in ("未填" if False else "已报送", "已退回", "与统计部门数据不一致", "已审核"):
        assert step in history
    assert history.count("已报送") >= 2
    screenshot(page, "collection-4-history")


def test_a_reporter_cannot_open_another_departments_sheet(page: Any, server: Any) -> None:
    login(page, "office")
    page.goto("/reporting/rounds/new/")
    page.fill("input[name=period]", "2016-05")
    page.check("label:has-text('开平市') input")
    page.fill("input[name=due_date]", DUE)
    page.click("button[type=submit]")
    page.wait_for_url("**/reporting/rounds/*/")
    round_url = page.url
    logout(page)
    login(page, "rsj")
    response = page.goto(round_url + "entry/kaiping-kgsw/")
    assert response.status == 403
    assert "无权填报" in page.inner_text("main")


def test_pages_fit_a_phone_screen(browser: Any, server: Any) -> None:
    """On a phone the page never scrolls sideways; wide tables scroll inside their box."""
    context = browser.new_context(
        base_url=server.url, locale="zh-CN", viewport={"width": 390, "height": 844}, is_mobile=True
    )
    page = context.new_page()
    try:
        login(page, "office")
        page.goto("/reporting/rounds/new/")
        page.fill("input[name=period]", "2016-06")
        page.check("label:has-text('开平市') input")
        page.fill("input[name=due_date]", DUE)
        page.click("button[type=submit]")
        page.wait_for_url("**/reporting/rounds/*/")
        for path in (page.url, page.url + "entry/kaiping-kgsw/", "/reporting/"):
            page.goto(path)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, path
        screenshot(page, "collection-5-phone")
    finally:
        context.close()
