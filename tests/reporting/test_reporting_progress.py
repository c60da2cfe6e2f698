"""Progress rows, roll-up to the prefecture and ranking, recomputed from the stored values."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest

from jindu.framework.models import Indicator, Unit
from jindu.progress import Period, Status, completion_rate
from jindu.reporting.models import Value, ValueState
from jindu.reporting.selectors import progress_rows, ranking
from jindu.reporting.services import ValueInput, record_values

pytestmark = pytest.mark.django_db
MARCH = Period(2016, 3)


def row(unit: str, code: str, **kw: object) -> object:
    rows = progress_rows(Unit.objects.get(code=unit), MARCH, **kw)  # type: ignore[arg-type]
    return next(r for r in rows if r.indicator.code == code)


def county_values(code: str) -> list[Value]:
    return list(
        Value.objects.filter(
            indicator__code=code,
            year=2016,
            month=3,
            unit__parent__code="jiangmen",
            unit__kind="region",
        )
    )


def test_prefecture_sums_its_counties_for_a_count() -> None:
    values = county_values("A01")
    assert len(values) == 7
    r = row("jiangmen", "A01")
    expected = sum((v.value for v in values if v.value is not None), Decimal(0))
    assert r.evaluation.actual == expected  # type: ignore[attr-defined]
    assert r.source == "rollup"  # type: ignore[attr-defined]
    # the prefecture's completion uses its own target, not its counties' rates
    target = Indicator.objects.get(code="A01").targets.get(unit__code="jiangmen", year=2016).value
    assert r.evaluation.completion_rate == completion_rate(expected, target)  # type: ignore[attr-defined]


def test_prefecture_ratio_is_recomputed_from_summed_components() -> None:
    values = county_values("F01")
    numerator = sum((v.numerator for v in values if v.numerator is not None), Decimal(0))
    denominator = sum((v.denominator for v in values if v.denominator is not None), Decimal(0))
    r = row("jiangmen", "F01")
    with localcontext(prec=34):  # the engine divides with 34 significant digits
        assert r.evaluation.actual == numerator * 10000 / denominator  # type: ignore[attr-defined]
    mean_of_ratios = sum((v.value for v in values if v.value is not None), Decimal(0)) / 7
    assert r.evaluation.actual != mean_of_ratios  # type: ignore[attr-defined]


def test_an_entered_parent_value_that_differs_from_its_children_is_flagged() -> None:
    expected = sum((v.value for v in county_values("A01") if v.value is not None), Decimal(0))
    record_values(
        [
            ValueInput(
                indicator=Indicator.objects.get(code="A01"),
                unit=Unit.objects.get(code="jiangmen"),
                period=MARCH,
                value=expected + 3,
                state=ValueState.APPROVED,
            )
        ],
        actor="test",
    )
    r = row("jiangmen", "A01")
    assert r.source == "entered"  # type: ignore[attr-defined]
    assert r.rollup_check.difference == Decimal(3)  # type: ignore[attr-defined]
    assert not r.rollup_check.consistent  # type: ignore[attr-defined]


def test_unapproved_values_count_only_when_asked() -> None:
    record_values(
        [
            ValueInput(
                indicator=Indicator.objects.get(code="A01"),
                unit=Unit.objects.get(code="kaiping"),
                period=Period(2016, 4),
                value=Decimal(60),
                state=ValueState.SUBMITTED,
            )
        ],
        actor="test",
    )
    april = Period(2016, 4)
    kaiping = Unit.objects.get(code="kaiping")
    plain = next(r for r in progress_rows(kaiping, april) if r.indicator.code == "A01")
    assert plain.evaluation.status == Status.MISSING
    counted = next(
        r
        for r in progress_rows(kaiping, april, include_submitted=True)
        if r.indicator.code == "A01"
    )
    assert counted.evaluation.actual == Decimal(60)


def test_missing_reports_are_listed_and_score_zero_in_the_ranking() -> None:
    ranked = ranking(Unit.objects.get(code="jiangmen"), MARCH)
    assert len(ranked) == 7
    enping = next(r for r in ranked if r.score.unit == "恩平市")
    # Whatever the demo left unreported for March, the ranking names exactly those.
    reported = set(
        Value.objects.filter(unit__code="enping", year=2016, month=3).values_list(
            "indicator__code", flat=True
        )
    )
    targeted = set(
        Indicator.objects.filter(targets__unit__code="enping", targets__year=2016)
        .exclude(kind="growth")
        .values_list("code", flat=True)
    )
    assert set(enping.score.missing) == targeted - reported != set()
    assert all(enping.score.contributions[c] == 0 for c in enping.score.missing)
    scores = [r.score.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert next(r.rank for r in ranked) == 1


def test_progress_rows_use_a_fixed_number_of_queries(django_assert_max_num_queries: object) -> None:
    unit = Unit.objects.get(code="jiangmen")
    with django_assert_max_num_queries(6):  # type: ignore[operator]
        rows = progress_rows(unit, MARCH)
    assert len(rows) == 54


def test_as_of_a_date_shows_the_values_approved_by_then() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Shanghai")
    kaiping = Unit.objects.get(code="kaiping")
    a01 = Indicator.objects.get(code="A01")
    before = next(r for r in progress_rows(kaiping, MARCH) if r.indicator.code == "A01")
    record_values(
        [
            ValueInput(
                indicator=a01,
                unit=kaiping,
                period=MARCH,
                value=Decimal(44),
                state=ValueState.APPROVED,
            )
        ],
        actor="office",
        reason="corrected",
        at=datetime(2016, 5, 20, 9, tzinfo=tz),
    )

    def a01_as_of(moment: datetime) -> object:
        rows = progress_rows(kaiping, MARCH, as_of=moment)
        return next(r for r in rows if r.indicator.code == "A01").evaluation.actual

    assert a01_as_of(datetime(2016, 5, 5, tzinfo=tz)) == before.evaluation.actual  # as briefed
    assert a01_as_of(datetime(2016, 5, 21, tzinfo=tz)) == Decimal(44)
    assert a01_as_of(datetime(2016, 4, 1, tzinfo=tz)) is None  # not yet approved then
