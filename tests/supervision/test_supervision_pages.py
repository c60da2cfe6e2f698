"""The supervision pages: who sees what, the buttons each user gets, one-click tasks from an
inspection's requirements, refusals shown as messages, the inbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jindu.accounts.models import AccessDenied
from jindu.framework.models import Unit
from jindu.supervision.demo import REQUIREMENTS, load_demo_inspection
from jindu.supervision.models import Attachment, Inspection, Notification, Task, TaskEvent
from jindu.supervision.workflow import Action, State

pytestmark = pytest.mark.django_db
Walk = Callable[..., Task]


def client_for(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def test_the_demo_inspection_has_the_five_requirements_of_the_seed() -> None:
    inspection = load_demo_inspection()
    assert load_demo_inspection().pk == inspection.pk  # loading twice changes nothing
    assert inspection.date == date(2016, 5, 5)
    assert inspection.inspecting_unit.code == "jiangmen-kjj"
    assert inspection.inspected_unit.code == "kaiping"
    assert list(inspection.requirements.values_list("text", flat=True)) == REQUIREMENTS
    page = client_for("leader").get(f"/supervision/inspections/{inspection.pk}/")
    text = page.content.decode()
    assert page.status_code == 200
    assert all(r in text for r in REQUIREMENTS)
    assert "转为督办事项" not in text  # a leader reads only


def test_the_office_records_an_inspection_with_photos() -> None:
    office = client_for("office")
    kaiping = Unit.objects.get(code="kaiping")
    before = set(Inspection.objects.values_list("pk", flat=True))  # the demo has one
    response = office.post(
        "/supervision/inspections/new/",
        {
            "date": "2016-05-05",
            "inspecting_unit": Unit.objects.get(code="jiangmen-kjj").pk,
            "inspectors": "谢少谋一行",
            "inspected_unit": kaiping.pk,
            "sites": "翠山湖科技园",
            "requirements": "1. 注重指标完成进度\n\n2、树立好创客标杆\n",
            "attachments": [
                SimpleUploadedFile("现场.jpg", b"\xff\xd8photo"),
                SimpleUploadedFile("座谈会纪要.txt", "纪要".encode()),
            ],
        },
    )
    inspection = Inspection.objects.exclude(pk__in=before).get()
    assert response.status_code == 302
    assert list(inspection.requirements.values_list("number", "text")) == [
        (1, "注重指标完成进度"),
        (2, "树立好创客标杆"),
    ]
    photo = Attachment.objects.get(name="现场.jpg")
    download = office.get(f"/supervision/attachments/{photo.pk}/")
    assert b"".join(download.streaming_content) == b"\xff\xd8photo"  # type: ignore[attr-defined]
    # Every user of 开平市 may read its inspections (reporters read their region).
    assert client_for("rsj").get(f"/supervision/attachments/{photo.pk}/").status_code == 200
    assert client_for("jiangmen").get("/supervision/inspections/").status_code == 200


def test_a_reporter_cannot_record_an_inspection() -> None:
    response = client_for("kgsw").get("/supervision/inspections/new/")
    assert response.status_code == 403
    assert AccessDenied.objects.filter(path="/supervision/inspections/new/").exists()


def test_a_requirement_becomes_a_task_with_one_click() -> None:
    inspection = load_demo_inspection()
    requirement = inspection.requirements.get(number=3)
    kgsw = Unit.objects.get(code="kaiping-kgsw")
    response = client_for("office").post(
        f"/supervision/requirements/{requirement.pk}/task/",
        {"lead_unit": kgsw.pk, "deadline": "2016-06-30"},
    )
    assert response.status_code == 302
    task = Task.objects.get()
    assert (task.title, task.lead_unit, task.state, task.source) == (
        requirement.text,
        kgsw,
        State.REGISTERED,
        "inspection",
    )
    assert task.source_note == "2016年5月5日 江门市创新办(科技局)督查开平市,要求3"
    page = client_for("office").get(f"/supervision/inspections/{inspection.pk}/").content.decode()
    assert "科工商务局" in page and "已立项" in page


def test_the_task_page_offers_each_user_only_their_actions(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ("office", Action.ASSIGN, "2016-05-06"))
    url = f"/supervision/tasks/{task.pk}/"

    def actions(username: str) -> list[str]:
        page = client_for(username).get(url)
        assert page.status_code == 200
        return [a for a in Action if f'data-offer="{a.value}"' in page.content.decode()]

    assert actions("kgsw") == [Action.ACCEPT]
    assert actions("office") == []
    assert actions("leader") == []
    # Another department's reporter does not see the task at all: a logged 403.
    assert client_for("rsj").get(url).status_code == 403
    assert AccessDenied.objects.filter(path=url, reason="无权查看该督办事项").exists()


def test_an_illegal_step_through_the_page_is_refused_and_leaves_no_record(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ("office", Action.ASSIGN, "2016-05-06"))
    events = TaskEvent.objects.filter(task=task).count()
    response = client_for("office").post(
        f"/supervision/tasks/{task.pk}/approve/", {"comment": "同意"}, follow=True
    )
    assert "事项已交办,不能审核通过并销号" in response.content.decode()
    assert TaskEvent.objects.filter(task=task).count() == events
    assert Task.objects.get(pk=task.pk).state == State.ASSIGNED
    # The wrong side gets a logged 403 with the reason.
    walk(task, ("kgsw", Action.ACCEPT, "2016-05-07"), ("kgsw", Action.REPORT_DONE, "2016-05-08"))
    events = TaskEvent.objects.filter(task=task).count()
    refused = client_for("kgsw").post(f"/supervision/tasks/{task.pk}/approve/", {})
    assert refused.status_code == 403
    assert "审核通过并销号须由创新办办理" in refused.content.decode()
    assert TaskEvent.objects.filter(task=task).count() == events


def test_a_progress_report_carries_its_attachment(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(
        new_task(), ("office", Action.ASSIGN, "2016-05-06"), ("kgsw", Action.ACCEPT, "2016-05-07")
    )
    response = client_for("kgsw").post(
        f"/supervision/tasks/{task.pk}/progress/",
        {
            "comment": "已完成金山创客空间改造方案",
            "attachments": SimpleUploadedFile("方案.pdf", b"%PDF"),
        },
    )
    assert response.status_code == 302
    event = TaskEvent.objects.get(task=task, action="progress")
    assert [a.name for a in event.attachments.all()] == ["方案.pdf"]
    page = client_for("office").get(f"/supervision/tasks/{task.pk}/").content.decode()
    assert "方案.pdf" in page and "已完成金山创客空间改造方案" in page


def test_a_draft_can_be_edited_until_it_is_assigned(
    new_task: Callable[..., Task], walk: Walk
) -> None:
    task = new_task()
    cshgwh = Unit.objects.get(code="kaiping-cshgwh")
    form = {"title": "树立好创客标杆(翠山湖)", "lead_unit": cshgwh.pk, "deadline": "2016-07-31"}
    office = client_for("office")
    assert office.post(f"/supervision/tasks/{task.pk}/edit/", form).status_code == 302
    task.refresh_from_db()
    assert (task.title, task.lead_unit, task.deadline) == (form["title"], cshgwh, date(2016, 7, 31))
    assert TaskEvent.objects.filter(task=task, action="edit").count() == 1
    walk(task, ("office", Action.ASSIGN, "2016-05-06"))
    office.post(f"/supervision/tasks/{task.pk}/edit/", {**form, "title": "改"}, follow=True)
    assert Task.objects.get(pk=task.pk).title == form["title"]


def test_the_inbox_lists_messages_and_opening_one_marks_it_read(
    people: dict[str, Any], new_task: Callable[..., Task], walk: Walk
) -> None:
    task = walk(new_task(), ("office", Action.ASSIGN, "2016-05-06"))
    kgsw = client_for("kgsw")
    page = kgsw.get("/supervision/inbox/").content.decode()
    assert task.title in page and "1 条未读" in page
    message = Notification.objects.get(user=people["kgsw"].user)
    opened = kgsw.get(f"/supervision/inbox/{message.pk}/")
    assert opened["Location"] == f"/supervision/tasks/{task.pk}/"
    assert Notification.objects.get(pk=message.pk).read_at is not None
    # Nobody opens another user's message.
    assert client_for("rsj").get(f"/supervision/inbox/{message.pk}/").status_code == 403
    assert Notification.objects.get(pk=message.pk).read_at is not None


def test_the_new_task_form_registers_a_leaders_instruction() -> None:
    response = client_for("office").post(
        "/supervision/tasks/new/",
        {
            "title": "加大招商引资力度",
            "source": "instruction",
            "source_note": "凌华威常委批示",
            "region": Unit.objects.get(code="kaiping").pk,
            "lead_unit": Unit.objects.get(code="kaiping-kgsw").pk,
            "cooperating_units": [Unit.objects.get(code="kaiping-cshgwh").pk],
            "deadline": "2016-09-30",
        },
    )
    task = Task.objects.get()
    assert response["Location"] == f"/supervision/tasks/{task.pk}/"
    assert task.source == "instruction"
    assert [u.code for u in task.cooperating_units.all()] == ["kaiping-cshgwh"]
    # The cooperating unit's reporter sees it too, without actions.
    page = client_for("cshgwh").get(f"/supervision/tasks/{task.pk}/")
    assert page.status_code == 200 and 'id="actions"' not in page.content.decode()
