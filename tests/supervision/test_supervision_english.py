"""Supervision in English: a task's state, the actions offered, the history, the overdue and
due-soon flags and the refusals of the workflow read in the user's language, on the pages and
in the JSON, and so do the forms' labels, an inspection's date, a report month and the lists of
a task page; Chinese pages and messages read exactly as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation

from jindu.framework.models import Indicator, Unit
from jindu.supervision import services
from jindu.supervision.demo import load_demo_inspection
from jindu.supervision.forms import RequirementTaskForm, TaskForm
from jindu.supervision.models import Task
from jindu.supervision.workflow import Action

pytestmark = pytest.mark.django_db
Walk = Callable[..., Task]
ASSIGN = ("office", Action.ASSIGN, "2016-05-06")
ACCEPT = ("kgsw", Action.ACCEPT, "2016-05-07")


def client_for(username: str, language: str = "zh-hans") -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    if language != "zh-hans":
        client.post("/i18n/setlang/", {"language": language, "next": "/"})
    return client


@pytest.fixture
def accepted(new_task: Callable[..., Task], walk: Walk) -> Task:
    """科工商务局 has accepted a task due on 2016-06-30."""
    return walk(new_task(title="Task for the English tests"), ASSIGN, ACCEPT)


def test_the_task_page_shows_state_actions_and_history_in_english(accepted: Task) -> None:
    page = client_for("kgsw", "en").get(f"/supervision/tasks/{accepted.pk}/").content.decode()
    assert 'data-state="accepted">Accepted</span>' in page
    for action in ("Report progress", "Request extension", "Report done"):
        assert f"<summary>{action}</summary>" in page
        assert f'<button type="submit">{action}</button>' in page
    # The history: each step with its English action and states.
    assert "<td>Register</td>" in page and "<td>Assign</td>" in page
    assert "Assigned → Accepted" in page
    for chinese in ("已签收", "报告进展", "申请延期", "办结报告", "已交办", "签收", "交办"):
        assert f">{chinese}<" not in page and f"{chinese} →" not in page, chinese


def test_the_task_page_stays_chinese_by_default(accepted: Task) -> None:
    page = client_for("kgsw").get(f"/supervision/tasks/{accepted.pk}/").content.decode()
    assert 'data-state="accepted">已签收</span>' in page
    assert "<summary>报告进展</summary>" in page
    assert "已交办 → 已签收" in page
    assert "Accepted" not in page and "Report progress" not in page


def test_the_board_shows_states_and_flags_in_english(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    walk(new_task(title="Due at the end of June"), ASSIGN, ACCEPT)
    walk(new_task(deadline="2016-05-20", title="Due on 20 May"), ASSIGN)
    page = client_for("office", "en").get("/supervision/tasks/?today=2016-05-18").content.decode()
    assert '<td class="state">Accepted</td>' in page
    assert '<td class="state">Assigned</td>' in page
    assert '<option value="in_progress">In progress</option>' in page
    assert 'data-flag="due_soon">Due soon</span>' in page
    overdue = (
        client_for("office", "en").get("/supervision/tasks/?today=2016-05-25").content.decode()
    )
    assert 'data-flag="overdue">Overdue 5 d</span>' in overdue
    for chinese in ("已签收", "已交办", "办理中", "临期", "逾期"):
        assert f">{chinese}<" not in page + overdue, chinese
    chinese_page = client_for("office").get("/supervision/tasks/?today=2016-05-25").content.decode()
    assert '<td class="state">已交办</td>' in chinese_page
    assert 'data-flag="overdue">逾期 5天</span>' in chinese_page


def test_the_json_twin_gives_labels_in_the_requested_language(accepted: Task) -> None:
    url = f"/api/supervision/tasks/{accepted.pk}?today=2016-06-29"
    client = client_for("office")
    en = client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()
    zh = client.get(url).json()
    assert (en["state"], en["state_label"]) == ("accepted", "Accepted")
    assert (en["flag"], en["flag_label"]) == ("due_soon", "Due soon")
    assert [(e["action_label"], e["to_label"]) for e in en["events"]] == [
        ("Register", "Task registered"),
        ("Assign", "Assigned"),
        ("Accept", "Accepted"),
    ]
    assert (zh["state_label"], zh["flag_label"]) == ("已签收", "临期")
    assert [(e["action_label"], e["to_label"]) for e in zh["events"]] == [
        ("立项", "已立项"),
        ("交办", "已交办"),
        ("签收", "已签收"),
    ]


def test_a_step_done_through_the_page_is_confirmed_in_english(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ASSIGN)
    response = client_for("kgsw", "en").post(
        f"/supervision/tasks/{task.pk}/accept/", {"comment": "Received"}, follow=True
    )
    assert "Done: Accept" in response.content.decode()
    assert "已签收" not in response.content.decode()


def test_the_workflows_refusals_are_english_on_the_page(accepted: Task) -> None:
    office = client_for("office", "en")
    # The wrong moment: a message on the task page.
    page = office.post(
        f"/supervision/tasks/{accepted.pk}/approve/", {"comment": "OK"}, follow=True
    ).content.decode()
    assert "“Approve and close” is not possible: the task&#x27;s state is “Accepted”" in page
    assert "不能审核通过并销号" not in page
    # A step that needs a reason, asked for without one.
    kgsw = client_for("kgsw", "en")
    page = kgsw.post(
        f"/supervision/tasks/{accepted.pk}/request_extension/",
        {"new_deadline": "2016-07-30"},
        follow=True,
    ).content.decode()
    assert "“Request extension” needs a reason" in page
    assert "须说明理由" not in page


def test_the_workflows_refusals_are_english_in_the_api(accepted: Task) -> None:
    url = f"/api/supervision/tasks/{accepted.pk}/actions/"
    office = client_for("office")
    wrong_state = office.post(
        url + "approve", {"comment": "OK"}, "application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert wrong_state.status_code == 409
    assert wrong_state.json() == {
        "detail": "“Approve and close” is not possible: the task's state is “Accepted”"
    }
    wrong_side = office.post(url + "progress", {}, "application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert wrong_side.status_code == 403
    assert wrong_side.json() == {"detail": "“Report progress” can only be done by: Lead unit"}
    # The same refusals in Chinese, byte for byte as the rules have always said them.
    assert office.post(url + "approve", {}, "application/json").json() == {
        "detail": "事项已签收,不能审核通过并销号"
    }
    assert office.post(url + "progress", {}, "application/json").json() == {
        "detail": "报告进展须由牵头单位办理"
    }


# A task's source (来源): what the pages and the JSON have always said in Chinese, and in English.
SOURCES = {
    "manual": ("手工录入", "Entered by hand"),
    "meeting": ("会议决定", "Meeting decision"),
    "instruction": ("领导批示", "Leadership instruction"),
    "inspection": ("督查要求", "Inspection requirement"),
    "indicator": ("指标严重滞后", "Indicator far behind"),
}


@pytest.fixture
def one_task_per_source(people: dict[str, Any]) -> dict[str, Task]:
    return {
        source: services.register_task(
            actor=people["office"].actor,
            user=people["office"].user,
            region=Unit.objects.get(code="kaiping"),
            data=services.TaskInput(
                title=f"Task from {source}",
                lead_unit=Unit.objects.get(code="kaiping-kgsw"),
                deadline=date(2016, 6, 30),
                source=source,
            ),
            now=datetime(2016, 5, 6, 10, tzinfo=ZoneInfo("Asia/Shanghai")),
        )
        for source in SOURCES
    }


def board_cells(page: str, task: Task) -> list[str]:
    row = re.search(rf'<tr data-task="{task.pk}".*?</tr>', page, re.S)
    assert row is not None
    return re.findall(r"<td>([^<]*)</td>", row[0])


@pytest.mark.parametrize(("language", "index"), [("zh-hans", 0), ("en", 1)])
def test_a_tasks_source_is_shown_in_the_language(
    one_task_per_source: dict[str, Task], language: str, index: int
) -> None:
    client = client_for("office", language)
    board_page = client.get("/supervision/tasks/?today=2016-05-18").content.decode()
    api = "/api/supervision/tasks/{}?today=2016-05-18"
    for source, task in one_task_per_source.items():
        expected = SOURCES[source][index]
        assert expected in board_cells(board_page, task)
        task_page = client.get(f"/supervision/tasks/{task.pk}/").content.decode()
        heading = "来源" if language == "zh-hans" else "Source"
        assert f"<dt>{heading}</dt><dd>{expected}" in task_page
        record = client.get(api.format(task.pk), HTTP_ACCEPT_LANGUAGE=language).json()
        assert (record["source"], record["source_label"]) == (source, expected)
    if language == "en":
        for chinese, _english in SOURCES.values():
            assert chinese not in board_page, chinese


@pytest.mark.parametrize(("language", "index"), [("zh-hans", 0), ("en", 1)])
def test_the_task_form_offers_the_sources_in_the_language(language: str, index: int) -> None:
    page = client_for("office", language).get("/supervision/tasks/new/").content.decode()
    select = re.search(r'<select name="source".*?</select>', page, re.S)
    assert select is not None
    options = re.findall(r'<option value="(\w+)"[^>]*>([^<]*)</option>', select[0])
    assert options == [
        (source, SOURCES[source][index])
        for source in ("manual", "meeting", "instruction", "inspection")
    ]


# --- the rest of the supervision pages: form labels, dates, months and lists ------------------

# The labels of the lead unit and the deadline, as the forms have always said them.
FORM_LABELS = {
    "zh-hans": {"lead_unit": "牵头单位", "deadline": "办理时限"},
    "en": {"lead_unit": "Lead unit", "deadline": "Deadline"},
}


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_task_forms_label_the_lead_unit_and_deadline_in_the_language(
    people: dict[str, Any], language: str
) -> None:
    kaiping = Unit.objects.get(code="kaiping")
    said = FORM_LABELS[language]
    with translation.override(language):
        for form in (
            TaskForm(actor=people["office"].actor),
            RequirementTaskForm(region=kaiping),
        ):
            labels = {name: str(form.fields[name].label) for name in said}
            assert labels == said, type(form).__name__
    page = client_for("office", language).get("/supervision/tasks/new/").content.decode()
    assert f'<label>{said["lead_unit"]} <select name="lead_unit"' in page
    assert f'<label>{said["deadline"]} <input type="date" name="deadline"' in page


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_inspection_pages_give_its_date_in_the_language(language: str) -> None:
    inspection = load_demo_inspection()
    client = client_for("office", language)
    page = client.get(f"/supervision/inspections/{inspection.pk}/").content.decode()
    record = client.get(f"/supervision/inspections/{inspection.pk}/record/").content.decode()
    heading = {
        "zh-hans": "<h1>2016年5月5日 江门市创新办(科技局)督查开平市</h1>",
        "en": "<h1>5 May 2016: 江门市创新办(科技局) inspected 开平市</h1>",
    }[language]
    assert heading in page
    date_said = {"zh-hans": "<dd>2016年5月5日</dd>", "en": "<dd>5 May 2016</dd>"}[language]
    assert date_said in page and date_said in record
    if language == "en":
        assert "年5月5日" not in page + record and "督查开平市" not in page


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_far_behind_page_names_its_month_in_the_language(language: str) -> None:
    page = client_for("office", language).get(
        "/supervision/indicators/?unit=kaiping&period=2016-03"
    )
    heading = {
        "zh-hans": "<h1>开平市 2016年3月 严重滞后指标</h1>",
        "en": "<h1>开平市 2016-3 Far-behind indicators</h1>",
    }[language]
    assert heading in page.content.decode()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_task_page_lists_cooperating_units_and_indicators_in_the_language(
    people: dict[str, Any], language: str
) -> None:
    task = services.register_task(
        actor=people["office"].actor,
        user=people["office"].user,
        region=Unit.objects.get(code="kaiping"),
        data=services.TaskInput(
            title="Two of each",
            lead_unit=Unit.objects.get(code="kaiping-kgsw"),
            deadline=date(2016, 6, 30),
            cooperating_units=list(Unit.objects.filter(code__in=["kaiping-rsj", "kaiping-cshgwh"])),
            indicators=list(Indicator.objects.filter(code__in=["A01", "A02"])),
        ),
        now=datetime(2016, 5, 6, 10, tzinfo=ZoneInfo("Asia/Shanghai")),
    )
    page = client_for("office", language).get(f"/supervision/tasks/{task.pk}/").content.decode()
    between = {"zh-hans": "、", "en": ", "}[language]
    units = re.search(r"<dd>(翠山湖管委会.*?)</dd>", page)
    indicators = re.search(r"<dd>(A01 .*?)</dd>", page)
    assert units is not None and indicators is not None
    assert units[1] == f"翠山湖管委会{between}人社局"
    assert indicators[1] == f"A01 培育高新技术企业{between}A02 高新技术企业培育入库"
