"""The demo reproduces every figure of the seed article, as printed, from stored data.

The expected figures come from the hand-made gold file of the seed (a copy of
shared/seeds/000_def85caff2edc51b.gold.json), not from literals in this test; the computed
side comes from `jindu progress`, the engine's own output.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from jindu.framework.models import Framework, Indicator, Unit
from jindu.progress import format_decimal

GOLD = json.loads((Path(__file__).parent / "seed_gold.json").read_text(encoding="utf-8"))
SHARED = Path(os.environ.get("JINDU_SHARED_DIR", Path(__file__).resolve().parents[3] / "shared"))
SHARED_GOLD = SHARED / "seeds/000_def85caff2edc51b.gold.json"
# Where the article says "翠山湖区" the demo's unit is the park; the two bases are parks too.
REGION_UNITS = {"翠山湖区": "翠山湖科技园"}
COUNTY = "开平市"
PERIOD = "2016-03"

pytestmark = pytest.mark.django_db


def progress_json(unit: str, period: str = PERIOD) -> dict[str, dict[str, Any]]:
    out = StringIO()
    call_command("progress", unit=unit, period=period, format="json", stdout=out)
    return {row["name"]: row for row in json.loads(out.getvalue())}


def figures_with(key: str) -> list[dict[str, Any]]:
    return [
        f
        for f in GOLD["figures"]
        if f.get(key) is not None and f["indicator"] != "八大抓手指标任务"
    ]


def row_for(figure: dict[str, Any]) -> dict[str, Any]:
    unit = REGION_UNITS.get(figure.get("region") or "", figure.get("region") or COUNTY)
    rows = progress_json(unit)
    assert figure["indicator"] in rows, f"{figure['indicator']} missing for {unit}"
    return rows[figure["indicator"]]


def places(number: float | int) -> int:
    exponent = Decimal(str(number)).as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def test_copy_of_gold_file_is_current() -> None:
    if not SHARED_GOLD.exists():
        pytest.skip("shared/ is not beside the repository")
    assert json.loads(SHARED_GOLD.read_text(encoding="utf-8")) == GOLD


@pytest.mark.parametrize(
    "figure", figures_with("value"), ids=lambda f: f["indicator"] + str(f["value"])
)
def test_value_as_printed(figure: dict[str, Any]) -> None:
    row = row_for(figure)
    printed = Decimal(str(figure["value"]))
    if figure.get("qualifier") == ">":  # 超过86亿元, 3000多万元: more than the printed number
        assert Decimal(row["actual"]) > printed
    else:
        assert row["actual"] == format_decimal(printed, places(figure["value"]))


@pytest.mark.parametrize("figure", figures_with("completion_rate"), ids=lambda f: f["indicator"])
def test_completion_rate_as_printed_and_ahead(figure: dict[str, Any]) -> None:
    row = row_for(figure)
    assert row["completion_rate"] == format_decimal(Decimal(str(figure["completion_rate"])), 2)
    assert row["time_progress"] == format_decimal(Decimal(25), 2)  # end of March, linear
    # Every figure the article reports with a completion rate is ahead of time progress.
    assert row["status"] == "超进度"


@pytest.mark.parametrize("figure", figures_with("yoy_growth"), ids=lambda f: f["indicator"])
def test_yoy_growth_as_printed(figure: dict[str, Any]) -> None:
    row = row_for(figure)
    assert row["yoy_growth"] == format_decimal(Decimal(str(figure["yoy_growth"])), 1)


@pytest.mark.parametrize("figure", figures_with("target"), ids=lambda f: f["indicator"])
def test_target_as_implied(figure: dict[str, Any]) -> None:
    row = row_for(figure)
    assert Decimal(row["target"]) == Decimal(str(figure["target"]))


def test_patents_per_10000_needs_an_unrounded_value_behind_the_print() -> None:
    """3.92 / 4.24 is 92.45%; the printed 92.50% needs the stored ratio near 3.922."""
    row = progress_json(COUNTY)["每万人发明专利拥有量"]
    plain = format_decimal(Decimal(row["actual"]) / Decimal(row["target"]) * 100, 2)
    assert plain != row["completion_rate"]


def test_framework_has_eight_levers_and_the_counted_indicators() -> None:
    size = next(f["value"] for f in GOLD["figures"] if f["indicator"] == "八大抓手指标任务")
    framework = Framework.objects.get()
    assert framework.levers.count() == 8
    assert Indicator.objects.filter(framework=framework).count() == size


def test_demo_has_the_seven_counties_and_the_departments_of_the_article() -> None:
    jiangmen = Unit.objects.get(name="江门市")
    counties = set(jiangmen.children.filter(kind="region").values_list("name", flat=True))
    assert counties == {"蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"}
    kaiping = Unit.objects.get(name=COUNTY)
    departments = set(kaiping.children.filter(kind="department").values_list("name", flat=True))
    # The departments the article lists as attending the inspection.
    assert {
        "科工商务局",
        "教育局",
        "财政局",
        "人社局",
        "外侨局",
        "市场监管局",
        "翠山湖管委会",
    } <= departments


def test_indicators_not_in_the_article_are_marked_illustrative() -> None:
    named = {f["indicator"] for f in GOLD["figures"]}
    for ind in Indicator.objects.all():
        assert ind.illustrative == (ind.name not in named), ind.name


def test_demo_counts_are_whole_and_cumulative_series_never_fall() -> None:
    from jindu.reporting.models import Value

    series: dict[tuple[int, int, int], list[tuple[int, Any]]] = {}
    for v in Value.objects.select_related("indicator"):
        ind = v.indicator
        if ind.kind != "ratio" and ind.decimals == 0 and v.value is not None:
            assert v.value == v.value.to_integral_value(), (ind.code, v.unit_id, v.year, v.month)
        if ind.kind in ("cumulative", "growth") and v.value is not None:
            series.setdefault((ind.pk, v.unit_id, v.year), []).append((v.month, v.value))
    for key, months in series.items():
        values = [value for _, value in sorted(months)]
        assert values == sorted(values), key
