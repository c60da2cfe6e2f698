"""Supervision in English: a task's state, the actions offered, the history, the overdue and
due-soon flags and the refusals of the workflow read in the user's language, on the pages and
in the JSON; Chinese pages and messages read exactly as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

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
