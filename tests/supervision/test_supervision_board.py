"""The task board and its JSON twin: overdue first, counts by state, each unit's on-time
closure rate and average days to close (recomputed here from the stored events)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from jindu.progress import PERCENT_PLACES, format_decimal
from jindu.supervision.models import Task, TaskEvent
from jindu.supervision.workflow import Action

pytestmark = pytest.mark.django_db
Walk = Callable[..., Task]


def client_for(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


@pytest.fixture
def tasks(new_task: Callable[..., Task], walk: Walk) -> dict[str, Task]:
    assign = ("office", Action.ASSIGN, "2016-05-06")
    accept = ("kgsw", Action.ACCEPT, "2016-05-07")
    return {
        "far": walk(new_task(deadline="2016-06-30", title="远"), assign, accept),
        "soon": walk(new_task(deadline="2016-05-30", title="临期"), assign, accept),
        "late": walk(new_task(deadline="2016-05-20", title="逾期"), assign, accept),
        "on_time": walk(
            new_task(deadline="2016-05-20", title="按期"),
            assign,
            accept,
            ("kgsw", Action.REPORT_DONE, "2016-05-18"),
            ("office", Action.APPROVE, "2016-05-19"),
        ),
        "closed_late": walk(
            new_task(deadline="2016-05-10", title="超期办结"),
            assign,
            accept,
            ("kgsw", Action.REPORT_DONE, "2016-05-16"),
            ("office", Action.APPROVE, "2016-05-26"),
        ),
        "park": walk(
            new_task(lead="kaiping-cshgwh", deadline="2016-07-31", title="翠山湖"), assign
        ),
        "draft": new_task(deadline="2016-08-31", title="草稿"),
    }


def test_overdue_first_then_due_soon_then_by_deadline(tasks: dict[str, Task]) -> None:
    data = client_for("office").get("/api/supervision/tasks?today=2016-05-28").json()
    titles = [t["title"] for t in data["tasks"]]
    assert titles == ["逾期", "临期", "远", "翠山湖", "草稿", "超期办结", "按期"]
    late = data["tasks"][0]
    assert (late["flag"], late["days_left"]) == (
        "overdue",
        (date(2016, 5, 20) - date(2016, 5, 28)).days,
    )
    assert (data["overdue"], data["due_soon"]) == (1, 1)
    states = [t.state for t in Task.objects.all()]
    assert data["by_state"] == {s: states.count(s) for s in data["by_state"]}


def _recomputed(unit_tasks: list[Task]) -> tuple[str, str]:
    """On-time rate and average days from the events: the approved done report on or before
    the deadline; days from 交办 to 销号 (Beijing dates)."""
    closed = [t for t in unit_tasks if t.state == "closed"]
    on_time, days = 0, []
    for t in closed:
        events = list(TaskEvent.objects.filter(task=t).order_by("at", "pk"))
        done = [e for e in events if e.action == "report_done"][-1]
        on_time += timezone.localdate(done.at) <= t.deadline
        assign = next(e for e in events if e.action == "assign")
        days.append((timezone.localdate(events[-1].at) - timezone.localdate(assign.at)).days)
    rate = format_decimal(Decimal(on_time) * 100 / Decimal(len(closed)), PERCENT_PLACES)
    return rate, format_decimal(Decimal(sum(days)) / Decimal(len(days)), 1)


def test_each_unit_has_its_on_time_rate_and_average_days(tasks: dict[str, Task]) -> None:
    data = client_for("office").get("/api/supervision/tasks?today=2016-05-28").json()
    units = {u["unit"]: u for u in data["units"]}
    kgsw = [t for t in tasks.values() if t.lead_unit.code == "kaiping-kgsw"]
    assert (units["科工商务局"]["on_time_rate"], units["科工商务局"]["average_days_to_close"]) == (
        _recomputed(kgsw)
    )
    assert units["科工商务局"]["overdue"] == 1
    assert units["翠山湖管委会"]["on_time_rate"] is None  # nothing closed yet
    page = client_for("office").get("/supervision/tasks/?today=2016-05-28").content.decode()
    assert f'data-key="on_time_rate">{_recomputed(kgsw)[0]}<' in page


def test_a_reporter_sees_only_the_tasks_of_their_unit(tasks: dict[str, Task]) -> None:
    data = client_for("cshgwh").get("/api/supervision/tasks").json()
    assert [t["title"] for t in data["tasks"]] == ["翠山湖"]


def test_the_board_filters_by_unit_and_state(tasks: dict[str, Task]) -> None:
    office = client_for("office")
    data = office.get("/api/supervision/tasks?unit=kaiping-cshgwh").json()
    assert [t["title"] for t in data["tasks"]] == ["翠山湖"]
    data = office.get("/api/supervision/tasks?state=closed").json()
    assert {t["title"] for t in data["tasks"]} == {"按期", "超期办结"}


def test_the_board_page_takes_a_fixed_number_of_queries(
    tasks: dict[str, Task],
    new_task: Callable[..., Task],
    walk: Walk,
    django_assert_max_num_queries: Any,
) -> None:
    office = client_for("office")
    with django_assert_max_num_queries(14) as few:
        office.get("/supervision/tasks/?today=2016-05-28")
    for n in range(15):
        walk(
            new_task(title=f"更多{n}", lead="kaiping-rsj"), ("office", Action.ASSIGN, "2016-05-06")
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = office.get("/supervision/tasks/?today=2016-05-28")
    assert page.content.decode().count('data-task="') == len(tasks) + 15


def test_the_inspection_list_takes_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any,
) -> None:
    from jindu.supervision.demo import load_demo_inspection

    load_demo_inspection()
    office = client_for("office")
    with django_assert_max_num_queries(5):
        page = office.get("/supervision/inspections/")
    assert page.content.decode().count("data-inspection=") == 1
