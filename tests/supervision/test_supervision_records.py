"""The inspection record for the next visit, the JSON twins and actions through the API, and
indicators that turned 严重滞后 offered as draft tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client

from jindu.framework.models import Unit
from jindu.progress import Period, Status
from jindu.reporting import display
from jindu.reporting.selectors import progress_rows
from jindu.supervision.demo import load_demo_inspection
from jindu.supervision.models import Task, TaskEvent
from jindu.supervision.services import task_from_requirement
from jindu.supervision.workflow import Action

pytestmark = pytest.mark.django_db
Walk = Callable[..., Task]


def client_for(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def _two_tasks(people: dict[str, Any]) -> list[Task]:
    inspection = load_demo_inspection()
    made = []
    for number, lead in ((3, "kaiping-kgsw"), (4, "kaiping-cshgwh")):
        made.append(
            task_from_requirement(
                actor=people["office"].actor,
                user=people["office"].user,
                requirement=inspection.requirements.get(number=number),
                lead_unit=Unit.objects.get(code=lead),
                deadline=date(2016, 6, 30),
                now=datetime(2016, 5, 5, 20, tzinfo=ZoneInfo("Asia/Shanghai")),
            )
        )
    return made


def test_the_inspection_record_shows_every_step_since_the_visit(
    people: dict[str, Any], walk: Walk, django_assert_max_num_queries: Any
) -> None:
    maker, _ = _two_tasks(people)
    walk(maker, ("office", Action.ASSIGN, "2016-05-06"), ("kgsw", Action.ACCEPT, "2016-05-07"))
    office = client_for("office")
    inspection = load_demo_inspection()
    with django_assert_max_num_queries(12):
        data = office.get(f"/api/supervision/inspections/{inspection.pk}?today=2016-05-28").json()
    by_number = {r["number"]: r for r in data["requirements"]}
    assert [len(by_number[n]["tasks"]) for n in range(1, 6)] == [0, 0, 1, 1, 0]
    steps = [e["action"] for e in by_number[3]["tasks"][0]["events"]]
    assert steps == list(
        TaskEvent.objects.filter(task=maker).order_by("pk").values_list("action", flat=True)
    )
    assert by_number[3]["tasks"][0]["state_label"] == "已签收"
    assert by_number[4]["tasks"][0]["lead_unit"] == "翠山湖管委会"
    page = office.get(f"/supervision/inspections/{data['id']}/record/").content.decode()
    assert page.count('class="data sv-events"') == 2
    assert "科工商务局填报员" in page and "已签收" in page


def test_the_inspection_record_numbers_each_requirement_in_either_language(
    people: dict[str, Any],
) -> None:
    inspection = load_demo_inspection()
    first = inspection.requirements.get(number=1)
    url = f"/supervision/inspections/{inspection.pk}/record/"
    office = client_for("office")
    chinese = office.get(url).content.decode()
    english = office.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"<h2>要求1：{first.text}</h2>" in chinese
    assert f"<h2>Requirement 1: {first.text}</h2>" in english


def test_an_action_through_the_api_and_its_refusals(people: dict[str, Any], walk: Walk) -> None:
    maker, _ = _two_tasks(people)
    walk(maker, ("office", Action.ASSIGN, "2016-05-06"))
    url = f"/api/supervision/tasks/{maker.pk}/actions/"
    office, kgsw = client_for("office"), client_for("kgsw")
    wrong_state = office.post(url + "approve", {"comment": "好"}, content_type="application/json")
    assert wrong_state.status_code == 409
    assert wrong_state.json() == {"detail": "事项已交办,不能审核通过并销号"}
    wrong_side = office.post(url + "accept", {}, content_type="application/json")
    assert wrong_side.status_code == 403
    assert wrong_side.json() == {"detail": "签收须由牵头单位办理"}
    accepted = kgsw.post(url + "accept", {"comment": "收到"}, content_type="application/json")
    assert accepted.status_code == 200
    body = accepted.json()
    assert body["state"] == "accepted"
    assert body["allowed_actions"] == ["progress", "request_extension", "report_done"]
    assert [e["action"] for e in body["events"]] == ["register", "assign", "accept"]


def test_the_task_json_twin_matches_the_page(people: dict[str, Any], walk: Walk) -> None:
    maker, _ = _two_tasks(people)
    data = client_for("office").get(f"/api/supervision/tasks/{maker.pk}").json()
    page = client_for("office").get(f"/supervision/tasks/{maker.pk}/").content.decode()
    assert data["title"] in page and data["state_label"] in page
    assert data["allowed_actions"] == ["assign"]
    assert client_for("rsj").get(f"/api/supervision/tasks/{maker.pk}").status_code == 403


def _far_behind(unit: Unit, period: Period) -> list[Any]:
    return [r for r in progress_rows(unit, period) if r.evaluation.status is Status.FAR_BEHIND]


def test_the_far_behind_page_lists_exactly_the_red_indicators() -> None:
    kaiping = Unit.objects.get(code="kaiping")
    expected = _far_behind(kaiping, Period(2016, 3))
    assert expected  # the demo has some
    page = client_for("office").get("/supervision/indicators/?unit=kaiping&period=2016-03")
    text = page.content.decode()
    assert text.count('data-code="') == len(expected)
    for row in expected:
        assert f'data-code="{row.indicator.code}"' in text
    assert text.count("生成督办草稿") == sum(1 for r in expected if r.lead_unit is not None)
    # Without a period the page shows the latest month with approved values.
    latest = client_for("office").get("/supervision/indicators/?unit=kaiping").content.decode()
    assert "2016年3月" in latest
    assert (
        "生成督办草稿"
        not in client_for("leader")
        .get("/supervision/indicators/?unit=kaiping&period=2016-03")
        .content.decode()
    )


def test_a_red_indicator_becomes_a_draft_for_its_lead_unit_with_the_figures() -> None:
    kaiping = Unit.objects.get(code="kaiping")
    row = next(r for r in _far_behind(kaiping, Period(2016, 3)) if r.lead_unit is not None)
    figures = display.progress_record(row)
    office = client_for("office")
    form = {"code": row.indicator.code, "period": "2016-03", "deadline": "2016-04-30"}
    response = office.post("/supervision/indicators/kaiping/draft/", form)
    task = Task.objects.get()
    assert response["Location"] == f"/supervision/tasks/{task.pk}/"
    assert (task.state, task.source, task.lead_unit) == ("registered", "indicator", row.lead_unit)
    assert [i.code for i in task.indicators.all()] == [row.indicator.code]
    for key in ("actual", "target", "completion_rate", "time_progress", "gap_pp"):
        assert f"{figures[key]}" in task.content
    assert "严重滞后" in task.content
    # Offered once: the page now links to the draft, and a second draft is refused.
    page = office.get("/supervision/indicators/?unit=kaiping&period=2016-03").content.decode()
    assert f"/supervision/tasks/{task.pk}/" in page
    office.post("/supervision/indicators/kaiping/draft/", form)
    assert Task.objects.count() == 1


def test_an_indicator_that_is_not_red_is_not_drafted() -> None:
    kaiping = Unit.objects.get(code="kaiping")
    green = next(
        r for r in progress_rows(kaiping, Period(2016, 3)) if r.evaluation.status is Status.AHEAD
    )
    form = {"code": green.indicator.code, "period": "2016-03", "deadline": "2016-04-30"}
    response = client_for("office").post(
        "/supervision/indicators/kaiping/draft/", form, follow=True
    )
    assert "不是严重滞后" in response.content.decode()
    assert not Task.objects.exists()
