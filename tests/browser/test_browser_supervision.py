"""An inspection modelled on the seed, followed through in a real browser: the visit of
5 May 2016 with its five requirements; two become tasks for 科工商务局 and 翠山湖管委会; the
first is accepted, extended, reported done, returned once, reported again and closed. The
board and the inspection record show each step.

Deadlines are set from today's date, because the server's actions use the real clock (an
extension must be asked before the deadline)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from browser_helpers import login, screenshot

REQUIREMENTS = [
    "继续加大工作力度,确保完成今年江门市下达的“八大抓手”54项目标任务",
    "注重指标完成进度",
    "树立好创客标杆",
    "加大招商引资力度,提升发展驱动空间",
    "加强上下沟通联动,争取加快完成全年创新发展各项目标任务",
]


def switch_to(page: Any, username: str) -> None:
    page.context.clear_cookies()
    login(page, username)


def act(page: Any, action: str, comment: str = "", **extra: Any) -> None:
    """Open an action on the task page, fill it in and submit it."""
    offer = f'details[data-offer="{action}"]'
    page.click(f"{offer} summary")
    if comment:
        page.fill(f"{offer} textarea[name=comment]", comment)
    if "new_deadline" in extra:
        page.fill(f"{offer} input[name=new_deadline]", extra["new_deadline"])
    if "file" in extra:
        name, content = extra["file"]
        page.set_input_files(
            f"{offer} input[name=attachments]",
            files=[{"name": name, "mimeType": "application/pdf", "buffer": content}],
        )
    page.click(f"{offer} button[type=submit]")
    page.wait_for_load_state("networkidle")


def state(page: Any) -> str:
    return str(page.get_attribute("#state", "data-state"))


def test_an_inspection_from_visit_to_closed_task(page: Any) -> None:
    deadline = date.today() + timedelta(days=20)
    extended = deadline + timedelta(days=15)

    # 1. The 开平市 office records the visit of 5 May 2016, with a photo.
    login(page, "office")
    page.goto("/supervision/inspections/new/")
    page.fill("input[name=date]", "2016-05-05")
    page.select_option("select[name=inspecting_unit]", label="江门市创新办(科技局)")
    page.fill("input[name=inspectors]", "江门市创新办主任、科技局局长谢少谋一行")
    page.select_option("select[name=inspected_unit]", label="开平市")
    page.fill("textarea[name=sites]", "翠山湖科技园;市金山创客空间;翠山湖管委会座谈会")
    page.fill("textarea[name=participants]", "凌华威常委;市府办、市创新办(发改局)、科工商务等部门")
    page.fill("textarea[name=findings]", "工作措施扎实有力,成效好,亮点多,超出预期")
    page.fill("textarea[name=requirements]", "\n".join(REQUIREMENTS))
    page.set_input_files(
        "input[name=attachments]",
        files=[{"name": "调研高新技术企业.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8"}],
    )
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.locator("#requirements tbody tr").count() == len(REQUIREMENTS)
    assert "调研高新技术企业.jpg" in page.inner_text("main")
    inspection_url = page.url
    screenshot(page, "supervision-inspection")

    # 2. Two requirements become tasks, one click each.
    for number, unit in ((3, "科工商务局"), (4, "翠山湖管委会")):
        row = page.locator(f'tr[data-requirement="{number}"]')
        # Each field is found by its label, as a screen reader finds it.
        row.get_by_label("牵头单位").select_option(label=unit)
        row.get_by_label("办理时限").fill(deadline.isoformat())
        row.locator("button[type=submit]").click()
        page.wait_for_load_state("networkidle")
        assert unit in page.locator(f'tr[data-requirement="{number}"]').inner_text()
    maker_url = page.locator('tr[data-requirement="3"] td a').first.get_attribute("href")
    park_url = page.locator('tr[data-requirement="4"] td a').first.get_attribute("href")

    # 3. The office assigns (交办) both.
    for url in (maker_url, park_url):
        page.goto(url)
        act(page, "assign", "请按时限办理")
        assert state(page) == "assigned"

    # 4. 科工商务局 accepts and asks for more time, before the deadline.
    switch_to(page, "kgsw")
    page.goto(maker_url)
    act(page, "accept", "已签收,由创新科负责")
    assert state(page) == "accepted"
    act(page, "request_extension", "金山创客空间改造未完成", new_deadline=extended.isoformat())
    assert state(page) == "extension_requested"
    screenshot(page, "supervision-extension-requested")

    # 5. The office approves the extension: the deadline moves.
    switch_to(page, "office")
    page.goto(maker_url)
    act(page, "approve_extension", "同意")
    assert extended.isoformat() in page.inner_text("#deadline")

    # 6. Done report with evidence; the office returns it once, then closes it.
    switch_to(page, "kgsw")
    page.goto(maker_url)
    act(page, "report_done", "已认定金山创客空间为创客标杆", file=("认定文件.pdf", b"%PDF-1.4"))
    assert state(page) == "reported"
    switch_to(page, "office")
    page.goto(maker_url)
    act(page, "return", "缺少入驻团队名单")
    assert state(page) == "in_progress"
    switch_to(page, "kgsw")
    page.goto(maker_url)
    act(page, "report_done", "补充入驻团队名单")
    switch_to(page, "office")
    page.goto(maker_url)
    act(page, "approve", "同意销号")
    assert state(page) == "closed"
    steps = page.locator("table.sv-events tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.action)"
    )
    assert steps == [
        "register",
        "assign",
        "accept",
        "request_extension",
        "approve_extension",
        "report_done",
        "return",
        "report_done",
        "approve",
    ]
    assert "认定文件.pdf" in page.inner_text("table.sv-events")
    screenshot(page, "supervision-task-closed")

    # 7. The board: one closed, one still assigned; 科工商务局 closed on time.
    page.goto("/supervision/tasks/")
    maker_id, park_id = (u.rstrip("/").rsplit("/", 1)[1] for u in (maker_url, park_url))
    assert page.get_attribute(f'tr[data-task="{maker_id}"]', "data-state") == "closed"
    assert page.get_attribute(f'tr[data-task="{park_id}"]', "data-state") == "assigned"
    kgsw_row = page.locator('#units tr[data-unit="科工商务局"]')
    assert kgsw_row.locator('[data-key="on_time_rate"]').inner_text() == "100.00"
    screenshot(page, "supervision-board")

    # 8. The record for the next visit: each requirement and every step since.
    page.goto(inspection_url.rstrip("/") + "/record/")
    maker = page.locator('section[data-requirement="3"]')
    assert "已销号" in maker.inner_text()
    assert maker.locator("table.sv-events tbody tr").count() == len(steps)
    assert "缺少入驻团队名单" in maker.inner_text()
    assert "已交办" in page.locator('section[data-requirement="4"]').inner_text()
    assert "未转为督办事项" in page.locator('section[data-requirement="1"]').inner_text()
    screenshot(page, "supervision-inspection-record")

    # 9. The leader reads the same, and is offered no action.
    switch_to(page, "leader")
    page.goto(maker_url)
    assert page.locator("#actions").count() == 0
    assert state(page) == "closed"
