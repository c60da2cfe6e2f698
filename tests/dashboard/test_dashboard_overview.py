"""The overview (总览) of a unit: the seed's figures with their statuses, lagging first, the
filters, and the same figures as the engine's progress rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from jindu.framework.models import Indicator, Target, Unit
from jindu.progress import (
    GROWTH_PLACES,
    PERCENT_PLACES,
    Period,
    Status,
    format_amount,
    format_decimal,
)
from jindu.reporting import display
from jindu.reporting.display import parse_as_of
from jindu.reporting.models import ValueChange, ValueState
from jindu.reporting.selectors import progress_rows
from jindu.reporting.services import ValueInput, record_values

pytestmark = pytest.mark.django_db
SignedIn = Callable[[str], Client]  # fixtures of conftest.py
PageJson = Callable[..., dict[str, Any]]
MARCH = "2016-03"
GOLD = json.loads(
    (Path(__file__).resolve().parents[1] / "demo" / "seed_gold.json").read_text(encoding="utf-8")
)


def seed_figures_of_kaiping() -> list[dict[str, Any]]:
    """The article's figures for 开平市 itself (not a park), from the seed's gold file."""
    return [
        f
        for f in GOLD["figures"]
        if not f.get("region") and f["indicator"] != "八大抓手指标任务" and f["value"] is not None
    ]


def by_name(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in data["rows"]}


def test_overview_of_kaiping_defaults_to_the_latest_approved_period_and_shows_the_seed(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/")
    assert data["period"] == MARCH
    rows = by_name(data)
    for figure in seed_figures_of_kaiping():
        row = rows[figure["indicator"]]
        printed = Decimal(str(figure["value"]))
        if figure.get("qualifier") == ">":  # 3000多万元: more than printed
            assert Decimal(row["actual"]) > printed
        else:
            assert Decimal(row["actual"]) == printed
        if figure["completion_rate"] is not None:
            expected = format_decimal(Decimal(str(figure["completion_rate"])), PERCENT_PLACES)
            assert row["completion_rate"] == expected
        if figure["yoy_growth"] is not None:
            expected = format_decimal(Decimal(str(figure["yoy_growth"])), GROWTH_PLACES)
            assert row["yoy_growth"] == expected


def test_overview_rows_are_the_engines_rows_with_their_statuses(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    kaiping = Unit.objects.get(code="kaiping")
    engine = {r.indicator.code: r for r in progress_rows(kaiping, Period.parse(MARCH))}
    data = page_json(signed_in("leader"), "/units/kaiping/", period=MARCH)
    assert len(data["rows"]) == len(engine) == 54
    for row in data["rows"]:
        r = engine[row.pop("code")]
        expected = display.progress_record(r)
        expected.pop("code")
        assert {k: row[k] for k in expected} == expected
        assert row["lead_unit"] == (r.lead_unit.name if r.lead_unit else None)
    counts = {c["label"]: c["count"] for c in data["counts"]}
    for status in Status:
        assert counts[status.label_zh] == sum(
            1 for r in engine.values() if r.evaluation.status == status
        )


def test_lagging_indicators_come_first_worst_gap_first(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    rows = page_json(signed_in("leader"), "/units/kaiping/")["rows"]
    keys = [r["status_key"] for r in rows]
    lagging = [k for k in keys if k in ("far_behind", "behind")]
    assert lagging and keys[: len(lagging)] == lagging
    far = [Decimal(r["gap_pp"]) for r in rows if r["status_key"] == "far_behind"]
    assert far == sorted(far)
    assert keys.index("behind") > keys.index("far_behind")


def test_each_row_says_who_answers_and_whether_the_year_will_be_made(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    rows = by_name(page_json(signed_in("leader"), "/units/kaiping/"))
    hightech = rows["培育高新技术企业"]
    # 开平市's own target names its 责任单位, which takes precedence over the indicator's.
    target = Target.objects.get(indicator__code="A01", unit__code="kaiping", year=2016)
    lead = target.lead_unit or Indicator.objects.get(code="A01").lead_unit
    assert lead is not None and hightech["lead_unit"] == lead.name
    kaiping = Unit.objects.get(code="kaiping")
    r = next(x for x in progress_rows(kaiping, Period.parse(MARCH)) if x.indicator.code == "A01")
    assert r.evaluation.projection is not None
    assert hightech["outlook"] == r.evaluation.projection.outlook.label_zh  # type: ignore[union-attr]
    assert hightech["required_pace"] == format_amount(r.evaluation.required_pace, 0 + 1)


def test_the_html_page_shows_the_figures_and_the_status_colours(signed_in: SignedIn) -> None:
    html = signed_in("leader").get("/units/kaiping/").content.decode()
    for figure in seed_figures_of_kaiping():
        if figure["completion_rate"] is not None:
            assert format_decimal(Decimal(str(figure["completion_rate"])), 2) in html
    assert 'class="status far_behind">严重滞后' in html
    assert 'data-chart="status"' in html and 'id="status-counts"' in html


def test_filter_by_lever_keeps_its_indicators_only(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/", lever="F")
    assert {r["lever"] for r in data["rows"]} == {"F"}
    assert len(data["rows"]) == Indicator.objects.filter(lever__code="F").count()
    assert sum(c["count"] for c in data["counts"]) + data["monitored"] == len(data["rows"])


def test_submitted_values_count_only_when_asked(signed_in: SignedIn, page_json: PageJson) -> None:
    kaiping = Unit.objects.get(code="kaiping")
    record_values(
        [
            ValueInput(
                indicator=Indicator.objects.get(code="A01"),
                unit=kaiping,
                period=Period(2016, 4),
                value=Decimal(50),
                state=ValueState.SUBMITTED,
            )
        ],
        actor="test",
    )
    client = signed_in("leader")
    assert page_json(client, "/units/kaiping/")["period"] == MARCH
    counted = page_json(client, "/units/kaiping/", include_submitted="1")
    assert counted["period"] == "2016-04"
    assert by_name(counted)["培育高新技术企业"]["actual"] == "50"
    plain = page_json(client, "/units/kaiping/", period="2016-04")
    assert by_name(plain)["培育高新技术企业"]["status_key"] == Status.MISSING.value


def test_as_of_a_date_the_overview_shows_what_was_approved_by_then(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    as_of = "2016-04-05"
    moment = parse_as_of(as_of)
    assert moment is not None
    approved = (
        ValueChange.objects.filter(
            value__unit__code="kaiping", new_state=ValueState.APPROVED, at__lte=moment
        )
        .order_by("-value__year", "-value__month")
        .values_list("value__year", "value__month")
        .first()
    )
    assert approved is not None
    data = page_json(signed_in("leader"), "/units/kaiping/", as_of=as_of)
    assert data["period"] == str(Period(*approved))
    assert data["as_of"] == moment.isoformat()
    engine = progress_rows(Unit.objects.get(code="kaiping"), Period(*approved), as_of=moment)
    rows = by_name(data)
    assert all(
        rows[r.indicator.name]["actual"] == display.progress_record(r)["actual"] for r in engine
    )


def test_a_department_sees_the_indicators_it_leads(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    kgsw = Unit.objects.get(code="kaiping-kgsw")
    data = page_json(signed_in("kgsw"), "/units/kaiping-kgsw/")
    led = [
        r
        for r in progress_rows(Unit.objects.get(code="kaiping"), Period.parse(MARCH))
        if r.lead_unit == kgsw
    ]
    assert sorted(r["code"] for r in data["rows"]) == sorted(r.indicator.code for r in led)


def test_home_shows_the_overview_of_the_users_region(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/")
    assert data["unit"]["name"] == "开平市"
    assert len(data["rows"]) == 54


def test_a_bad_period_is_a_bad_request(signed_in: SignedIn) -> None:
    response = signed_in("leader").get("/units/kaiping/", {"period": "2016-13"})
    assert response.status_code == 400


def test_overview_takes_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any, signed_in: SignedIn
) -> None:
    client = signed_in("jiangmen")
    for code in ("kaiping", "jiangmen"):
        with django_assert_max_num_queries(12):
            assert client.get(f"/units/{code}/").status_code == 200


def test_as_of_is_a_datetime_in_the_json(signed_in: SignedIn, page_json: PageJson) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/", as_of="2016-05-05")
    assert datetime.fromisoformat(data["as_of"]).date().isoformat() == "2016-05-05"
