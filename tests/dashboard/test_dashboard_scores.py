"""The unit page (得分) and the ranking (排名): score, rank among siblings, change of rank since
the period before, contributions, missing reports by name."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import Any

import pytest
from django.test import Client

from jindu.framework.models import Indicator, Unit
from jindu.progress import PERCENT_PLACES, Period, format_decimal
from jindu.reporting.selectors import progress_rows, ranking, unit_score

pytestmark = pytest.mark.django_db
SignedIn = Callable[[str], Client]  # fixtures of conftest.py
PageJson = Callable[..., dict[str, Any]]
MARCH = "2016-03"


def ranks(period: Period) -> dict[str, int]:
    return {r.score.unit: r.rank for r in ranking(Unit.objects.get(code="jiangmen"), period)}


def test_unit_page_gives_the_score_rank_and_change_of_rank(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/score/", period=MARCH)
    kaiping = Unit.objects.get(code="kaiping")
    score = unit_score(kaiping, progress_rows(kaiping, Period(2016, 3))).score
    assert data["score"] == format_decimal(score, PERCENT_PLACES)
    now, before = ranks(Period(2016, 3)), ranks(Period(2016, 2))
    assert (data["rank"], data["of"]) == (now["开平市"], 7)
    assert data["previous_rank"] == before["开平市"]
    assert data["rank_change"] == before["开平市"] - now["开平市"]


def test_contributions_add_up_to_the_score(signed_in: SignedIn, page_json: PageJson) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/score/", period=MARCH)
    kaiping = Unit.objects.get(code="kaiping")
    score = unit_score(kaiping, progress_rows(kaiping, Period(2016, 3)))
    assert {c["code"] for c in data["contributions"]} == set(score.contributions)
    weights = {i.code: i.weight for i in Indicator.objects.filter(code__in=score.contributions)}
    total = sum(weights.values(), Decimal(0))
    with localcontext(prec=34):
        points = {code: part * 100 / total for code, part in score.contributions.items()}
    for c in data["contributions"]:
        assert c["points"] == format_decimal(points[c["code"]], PERCENT_PLACES)
    assert format_decimal(sum(points.values(), Decimal(0)), PERCENT_PLACES) == data["score"]
    lost = [Decimal(c["lost_points"]) for c in data["contributions"]]
    assert lost == sorted(lost, reverse=True)  # what costs most comes first


def test_a_county_leader_sees_its_rank_but_not_the_other_counties_scores(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("leader"), "/units/kaiping/score/", period=MARCH)
    assert data["rank"] is not None and data["siblings"] == []
    office = page_json(signed_in("jiangmen"), "/units/kaiping/score/", period=MARCH)
    assert [s["unit"]["name"] for s in office["siblings"]] == list(ranks(Period(2016, 3)))


def test_ranking_page_names_missing_reports_and_the_change_since_last_month(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    data = page_json(signed_in("jiangmen"), "/units/jiangmen/ranking/", period=MARCH)
    parent = Unit.objects.get(code="jiangmen")
    engine = ranking(parent, Period(2016, 3))
    before = ranks(Period(2016, 2))
    assert [(r["rank"], r["unit"]["name"], r["score"]) for r in data["ranking"]] == [
        (r.rank, r.score.unit, format_decimal(r.score.score, PERCENT_PLACES)) for r in engine
    ]
    names = dict(Indicator.objects.values_list("code", "name"))
    for row, r in zip(data["ranking"], engine, strict=True):
        assert [m["name"] for m in row["missing"]] == [names[c] for c in r.score.missing]
        assert row["rank_change"] == before[r.score.unit] - r.rank
    assert any(row["missing"] for row in data["ranking"])  # the demo leaves 恩平市 short


def test_the_html_ranking_shows_scores_and_a_chart(signed_in: SignedIn) -> None:
    html = signed_in("jiangmen").get("/units/jiangmen/ranking/", {"period": MARCH}).content
    for r in ranking(Unit.objects.get(code="jiangmen"), Period(2016, 3)):
        assert format_decimal(r.score.score, PERCENT_PLACES).encode() in html
    assert b'data-chart="ranking"' in html


def test_score_and_ranking_take_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any, signed_in: SignedIn
) -> None:
    client = signed_in("jiangmen")
    with django_assert_max_num_queries(20):
        assert client.get("/units/kaiping/score/").status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get("/units/jiangmen/ranking/").status_code == 200
