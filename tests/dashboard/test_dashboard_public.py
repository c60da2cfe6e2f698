"""The public page: no login, only the framework's public indicators, only approved values."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from jindu.framework.models import Framework, Indicator, Unit
from jindu.progress import Period, format_amount
from jindu.reporting.models import ValueState
from jindu.reporting.selectors import progress_rows
from jindu.reporting.services import ValueInput, record_values

pytestmark = pytest.mark.django_db


def test_anonymous_citizens_see_the_public_indicators_only() -> None:
    data = Client().get("/public/kaiping/", {"format": "json"}).json()
    public = set(Indicator.objects.filter(public=True).values_list("name", flat=True))
    assert public and {r["name"] for r in data["indicators"]} == public
    # the figures are the engine's, for the latest month with approved data
    assert data["period"] == "2016-03"
    rows = {
        r.indicator.name: r
        for r in progress_rows(Unit.objects.get(code="kaiping"), Period(2016, 3))
    }
    for record in data["indicators"]:
        row = rows[record["name"]]
        assert record["actual"] == format_amount(row.evaluation.actual, row.indicator.decimals)


def test_unapproved_values_never_show() -> None:
    a01 = Indicator.objects.get(code="A01")
    record_values(
        [
            ValueInput(
                indicator=a01,
                unit=Unit.objects.get(code="kaiping"),
                period=Period(2016, 4),
                value=Decimal(99),
                state=ValueState.SUBMITTED,
            )
        ],
        actor="test",
        at=datetime(2016, 5, 3, tzinfo=ZoneInfo("Asia/Shanghai")),
    )
    data = Client().get("/public/kaiping/", {"format": "json"}).json()
    assert data["period"] == "2016-03"
    assert "99" not in [r["actual"] for r in data["indicators"]]


def test_the_page_names_no_people_and_shows_growth_targets_as_growth() -> None:
    page = Client().get("/public/kaiping/").content.decode()
    assert "工业投资" in page and "增长15%" in page
    for person in ("科工商务局填报员", "开平市领导", "admin"):
        assert person not in page


def test_nothing_public_is_a_404() -> None:
    Indicator.objects.filter(framework=Framework.objects.get()).update(public=False)
    assert Client().get("/public/kaiping/").status_code == 404
    assert Client().get("/public/kaiping-kgsw/").status_code == 404  # a department is no region
