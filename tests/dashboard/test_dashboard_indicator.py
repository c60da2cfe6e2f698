"""The indicator page (指标详情): series, target and time-progress lines, the counties side by
side, the history of values, and the consistency flags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from jindu.framework.models import Indicator, Target, Unit
from jindu.progress import Period, format_amount, time_progress
from jindu.reporting import display
from jindu.reporting.models import Value, ValueState
from jindu.reporting.selectors import progress_rows, spec_for
from jindu.reporting.services import ValueInput, record_values

pytestmark = pytest.mark.django_db
SignedIn = Callable[[str], Client]  # fixtures of conftest.py
PageJson = Callable[..., dict[str, Any]]
MARCH = "2016-03"
TZ = ZoneInfo("Asia/Shanghai")


def stored(unit: str, code: str, year: int, month: int) -> Decimal | None:
    v = Value.objects.filter(
        unit__code=unit, indicator__code=code, year=year, month=month, state=ValueState.APPROVED
    ).first()
    return v.value if v else None


def test_the_series_are_the_stored_values_this_year_and_last(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/indicators/A01/", period=MARCH)
    chart = data["chart"]
    a01 = Indicator.objects.get(code="A01")
    for m in range(1, 13):
        this = stored("kaiping", "A01", 2016, m) if m <= 3 else None
        last = stored("kaiping", "A01", 2015, m)
        assert chart["this_year"][m - 1] == (format_amount(this, 0) if this is not None else None)
        assert chart["last_year"][m - 1] == (format_amount(last, 0) if last is not None else None)
    target = Target.objects.get(indicator=a01, unit__code="kaiping", year=2016)
    spec = spec_for(a01, target)
    march = time_progress(spec.schedule, Period(2016, 3))
    assert chart["target"][0] == format_amount(target.value, 0)
    assert chart["pace"][2] == format_amount(target.value * march / 100, 0)
    kaiping = Unit.objects.get(code="kaiping")
    row = next(r for r in progress_rows(kaiping, Period(2016, 3)) if r.indicator.code == "A01")
    assert data["row"]["completion_rate"] == display.progress_record(row)["completion_rate"]


def test_the_prefecture_page_shows_its_counties_side_by_side(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("jiangmen"), "/units/jiangmen/indicators/A01/", period=MARCH)
    counties = Unit.objects.filter(parent__code="jiangmen", kind=Unit.UnitKind.REGION)
    assert {c["region"]["code"] for c in data["children"]} == {u.code for u in counties}
    for child in data["children"]:
        unit = counties.get(code=child["region"]["code"])
        row = next(r for r in progress_rows(unit, Period(2016, 3)) if r.indicator.code == "A01")
        assert child["completion_rate"] == display.progress_record(row)["completion_rate"]
    # The prefecture's own series is the sum of its counties' month by month.
    jan = sum(
        (v for u in counties if (v := stored(u.code, "A01", 2016, 1)) is not None), Decimal(0)
    )
    assert data["chart"]["this_year"][0] == format_amount(jan, 0)


def test_the_html_page_has_both_charts_and_their_data(signed_in: SignedIn) -> None:
    html = signed_in("jiangmen").get("/units/jiangmen/indicators/A01/").content.decode()
    assert 'data-chart="series"' in html and 'id="series-data"' in html
    assert 'data-chart="children"' in html and 'id="children-data"' in html
    assert "vendor/echarts/echarts.min.js" in html


def test_history_lists_each_change_and_as_of_hides_later_ones(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    kaiping = Unit.objects.get(code="kaiping")
    record_values(
        [
            ValueInput(
                indicator=Indicator.objects.get(code="A01"),
                unit=kaiping,
                period=Period(2016, 3),
                value=Decimal(44),
                state=ValueState.APPROVED,
            )
        ],
        actor="office",
        reason="更正",
        at=datetime(2016, 5, 20, 9, tzinfo=TZ),
    )
    client = signed_in("leader")
    data = page_json(client, "/units/kaiping/indicators/A01/", period=MARCH)
    change = data["history"][-1]
    assert (change["period"], change["old_value"], change["new_value"], change["reason"]) == (
        MARCH,
        "42",
        "44",
        "更正",
    )
    assert data["row"]["actual"] == "44"
    before = page_json(client, "/units/kaiping/indicators/A01/", period=MARCH, as_of="2016-05-05")
    assert "更正" not in [h["reason"] for h in before["history"]]
    assert before["row"]["actual"] == "42"  # as briefed on 5 May


def test_yoy_beyond_300_percent_is_flagged(signed_in: SignedIn, page_json: PageJson) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/indicators/H02/", period=MARCH)
    assert abs(Decimal(data["row"]["yoy_growth"])) > 300
    assert any("300" in f["message"] for f in data["flags"])
    quiet = page_json(signed_in("leader"), "/units/kaiping/indicators/A01/", period=MARCH)
    assert quiet["flags"] == []


def test_a_year_to_date_value_that_falls_is_flagged(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    feb = stored("kaiping", "A01", 2016, 2)
    assert feb is not None
    record_values(
        [
            ValueInput(
                indicator=Indicator.objects.get(code="A01"),
                unit=Unit.objects.get(code="kaiping"),
                period=Period(2016, 3),
                value=feb - 1,
                state=ValueState.APPROVED,
            )
        ],
        actor="test",
    )
    data = page_json(signed_in("leader"), "/units/kaiping/indicators/A01/", period=MARCH)
    assert [f["unit"] for f in data["flags"]] == ["开平市"]
    assert "3月累计值" in data["flags"][0]["message"]


def test_an_entered_parent_that_differs_from_its_counties_is_flagged(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    counties_sum = sum(
        (
            v.value
            for v in Value.objects.filter(
                indicator__code="A01",
                year=2016,
                month=3,
                unit__parent__code="jiangmen",
                unit__kind=Unit.UnitKind.REGION,
            )
            if v.value is not None
        ),
        Decimal(0),
    )
    record_values(
        [
            ValueInput(
                indicator=Indicator.objects.get(code="A01"),
                unit=Unit.objects.get(code="jiangmen"),
                period=Period(2016, 3),
                value=counties_sum + 2,
                state=ValueState.APPROVED,
            )
        ],
        actor="test",
    )
    data = page_json(signed_in("jiangmen"), "/units/jiangmen/indicators/A01/", period=MARCH)
    assert any(f["unit"] == "江门市" and "不一致" in f["message"] for f in data["flags"])


def test_an_unknown_indicator_is_not_found(signed_in: SignedIn) -> None:
    assert signed_in("leader").get("/units/kaiping/indicators/ZZ9/").status_code == 404


def test_indicator_page_takes_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any, signed_in: SignedIn
) -> None:
    client = signed_in("jiangmen")
    for code in ("jiangmen", "kaiping"):
        with django_assert_max_num_queries(18):
            assert client.get(f"/units/{code}/indicators/F01/").status_code == 200
