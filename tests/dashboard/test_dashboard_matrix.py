"""The matrix (矩阵): 江门市 × its seven counties with the rolled-up column, and 开平市 × the
departments that lead its indicators."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import Any

import pytest
from django.test import Client

from jindu.framework.models import Indicator, Target, Unit
from jindu.progress import PERCENT_PLACES, Kind, Period, format_amount, format_decimal
from jindu.reporting.models import Value, ValueState
from jindu.reporting.selectors import progress_rows, unit_score

pytestmark = pytest.mark.django_db
SignedIn = Callable[[str], Client]  # fixtures of conftest.py
PageJson = Callable[..., dict[str, Any]]
MARCH = "2016-03"


def jiangmen_matrix(signed_in: SignedIn, page_json: PageJson) -> dict[str, Any]:
    return page_json(signed_in("jiangmen"), "/units/jiangmen/matrix/", period=MARCH)


def test_jiangmen_matrix_has_its_seven_counties_and_its_own_column(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = jiangmen_matrix(signed_in, page_json)
    counties = Unit.objects.filter(parent__code="jiangmen", kind=Unit.UnitKind.REGION)
    assert data["mode"] == "regions"
    assert [c["code"] for c in data["columns"][:-1]] == [
        u.code for u in counties.order_by("sort_order", "path")
    ]
    assert len(data["columns"]) == 7 + 1
    assert data["columns"][-1]["code"] == "jiangmen" and data["columns"][-1]["kind"] == "total"
    assert len(data["rows"]) == 54
    assert all(len(r["cells"]) == 8 for r in data["rows"])


def test_the_rolled_up_column_is_recomputed_by_hand_from_the_stored_values(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    # 江门市's column: for every indicator, the sum of the seven counties' approved values
    # (ratios from summed components), against 江门市's own target; never an average.
    data = jiangmen_matrix(signed_in, page_json)
    stored = Value.objects.filter(
        unit__parent__code="jiangmen",
        unit__kind=Unit.UnitKind.REGION,
        year=2016,
        month=3,
        state=ValueState.APPROVED,
    )
    by_indicator: dict[str, list[Value]] = {}
    for v in stored.select_related("indicator"):
        by_indicator.setdefault(v.indicator.code, []).append(v)
    targets = {
        t.indicator.code: t.value
        for t in Target.objects.filter(unit__code="jiangmen", year=2016).select_related("indicator")
    }
    checked = 0
    for row in data["rows"]:
        ind = Indicator.objects.get(code=row["code"])
        cell = row["cells"][-1]
        values = by_indicator.get(ind.code, [])
        if ind.kind == Kind.GROWTH or not values or (not ind.additive and ind.kind != Kind.RATIO):
            continue
        if ind.kind == Kind.RATIO:
            num = sum((v.numerator for v in values if v.numerator is not None), Decimal(0))
            den = sum((v.denominator for v in values if v.denominator is not None), Decimal(0))
            with localcontext(prec=34):
                total = num * (ind.factor or 1) / den
        else:
            total = sum((v.value for v in values if v.value is not None), Decimal(0))
        assert cell["actual"] == format_amount(total, ind.decimals), ind.code
        if ind.code in targets:
            with localcontext(prec=34):
                rate = total / targets[ind.code] * 100
            assert cell["completion_rate"] == format_decimal(rate, PERCENT_PLACES), ind.code
        checked += 1
    assert checked >= 40


def test_column_totals_count_the_statuses_and_give_the_score(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = jiangmen_matrix(signed_in, page_json)
    period = Period.parse(MARCH)
    for i, column in enumerate(data["columns"]):
        statuses = Counter(r["cells"][i]["status_key"] for r in data["rows"])
        assert {k: v for k, v in column["counts"].items() if v} == {
            k: v for k, v in statuses.items() if k is not None
        }
        unit = Unit.objects.get(code=column["code"])
        expected = unit_score(unit, progress_rows(unit, period)).score
        assert column["score"] == format_decimal(expected, PERCENT_PLACES)


def test_a_cell_opens_the_indicator_page_of_its_county(signed_in: SignedIn) -> None:
    html = signed_in("jiangmen").get("/units/jiangmen/matrix/", {"period": MARCH}).content
    assert b'href="/units/taishan/indicators/A01/?period=2016-03"' in html


def test_kaiping_matrix_groups_its_indicators_by_lead_department(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/matrix/", period=MARCH)
    assert data["mode"] == "lead_units"
    rows = progress_rows(Unit.objects.get(code="kaiping"), Period.parse(MARCH))
    leads = {r.indicator.code: r.lead_unit.code for r in rows if r.lead_unit}
    columns = [c["code"] for c in data["columns"]]
    assert set(columns) == set(leads.values())
    for row in data["rows"]:
        filled = [i for i, cell in enumerate(row["cells"]) if cell is not None]
        assert [columns[i] for i in filled] == [leads[row["code"]]]
    for i, column in enumerate(data["columns"]):
        led = sum(1 for code in leads.values() if code == column["code"])
        assert sum(column["counts"].values()) <= led
        assert sum(1 for r in data["rows"] if r["cells"][i] is not None) == led


def test_a_reporter_of_a_county_may_not_open_the_prefecture_matrix(signed_in: SignedIn) -> None:
    # A reporter of 开平市 may read 开平市 but not 江门市: the prefecture's matrix is refused.
    assert signed_in("kgsw").get("/units/jiangmen/matrix/").status_code == 403


def test_matrix_takes_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any, signed_in: SignedIn
) -> None:
    client = signed_in("jiangmen")
    for code in ("jiangmen", "kaiping"):
        with django_assert_max_num_queries(13):
            assert client.get(f"/units/{code}/matrix/").status_code == 200
