"""The unit page (得分) and the ranking (排名): progress score, rank among siblings, the change of
rank since the last period, each indicator's contribution, and the missing reports by name.
Shared by the pages and their JSON twins."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jindu.accounts.selectors import Actor, can_read
from jindu.dashboard import records
from jindu.dashboard.options import Options
from jindu.dashboard.pages import Scope, header, resolve
from jindu.dashboard.selectors import visible_region_children
from jindu.framework.models import Unit
from jindu.labels import label
from jindu.progress import (
    PERCENT_PLACES,
    Ranked,
    UnitScore,
    format_amount,
    format_decimal,
    rank,
)
from jindu.reporting.selectors import ProgressRow, progress_for_units, ranking, unit_score

_HUNDRED = Decimal(100)
WEIGHT_PLACES = 3  # as stored (Indicator.weight)


def _previous_ranks(parent: Unit, scope: Scope) -> dict[str, int]:
    """Rank of each region (by name, unique under a parent) in the period before."""
    before = ranking(parent, scope.period.previous(), **scope.query())
    return {r.score.unit: r.rank for r in before}


def _rank_record(
    ranked: Ranked, unit: Unit, previous: dict[str, int], names: dict[str, str]
) -> dict[str, Any]:
    before = previous.get(ranked.score.unit)
    return {
        "rank": ranked.rank,
        "unit": records.unit_ref(unit),
        "score": records.score_text(ranked.score),
        "previous_rank": before,
        # Places gained since the period before (positive: moved up).
        "rank_change": before - ranked.rank if before is not None else None,
        "missing": [{"code": c, "name": names.get(c, c)} for c in ranked.score.missing],
    }


def ranking_page(actor: Actor, unit: Unit, options: Options) -> dict[str, Any]:
    """排名: the unit's regions by progress score, best first."""
    scope = resolve(unit, options)
    parent = scope.data_unit
    children = visible_region_children(parent)
    by_name = {c.name: c for c in children}
    names = dict(scope.framework.indicators.values_list("code", "name"))
    previous = _previous_ranks(parent, scope)
    rows = [
        _rank_record(r, by_name[r.score.unit], previous, names)
        for r in ranking(parent, scope.period, **scope.query())
        if r.score.unit in by_name and can_read(actor, by_name[r.score.unit])
    ]
    return {**header(scope), "ranking": rows}


def _contributions(rows: list[ProgressRow], score: UnitScore) -> list[dict[str, Any]]:
    """Each scored indicator's points in the score and the points it loses, most lost first.
    points = weight × min(completion ÷ time progress, 1) ÷ Σ weight × 100, so they add up to
    the score."""
    scored = [r for r in rows if r.indicator.code in score.contributions]
    total = sum((r.indicator.weight for r in scored), Decimal(0))
    result = []
    for row in scored:
        ind, ev = row.indicator, row.evaluation
        part = score.contributions[ind.code]
        points = part * _HUNDRED / total if total else Decimal(0)
        lost = (ind.weight - part) * _HUNDRED / total if total else Decimal(0)
        result.append(
            (
                lost,
                {
                    "code": ind.code,
                    "name": ind.name,
                    "lead_unit": row.lead_unit.name if row.lead_unit else None,
                    "weight": format_amount(ind.weight, WEIGHT_PLACES),
                    "completion_rate": records.text(
                        format_decimal(ev.completion_rate, PERCENT_PLACES)
                    ),
                    "time_progress": format_decimal(ev.time_progress, PERCENT_PLACES),
                    "status": label(ev.status) if ev.status else None,
                    "status_key": ev.status.value if ev.status else None,
                    "points": format_decimal(points, PERCENT_PLACES),
                    "lost_points": format_decimal(lost, PERCENT_PLACES),
                    "missing": ind.code in score.missing,
                },
            )
        )
    result.sort(key=lambda pair: -pair[0])
    return [record for _, record in result]


def unit_page(actor: Actor, unit: Unit, options: Options) -> dict[str, Any]:
    """得分: the unit's score, its rank among its parent's regions, what each indicator adds."""
    scope = resolve(unit, options)
    me = scope.data_unit
    parent = me.parent if me.parent is not None else None
    siblings = visible_region_children(parent) if parent is not None else []
    if me.pk not in {s.pk for s in siblings}:
        siblings = [*siblings, me]
    by_unit = progress_for_units(siblings, scope.period, **scope.query())
    scores = {s.pk: unit_score(s, by_unit[s.pk]) for s in siblings}
    own = scores[me.pk]
    names = {r.indicator.code: r.indicator.name for r in by_unit[me.pk]}
    result: dict[str, Any] = {
        **header(scope),
        "score": records.score_text(own),
        "rank": None,
        "of": None,
        "previous_rank": None,
        "rank_change": None,
        "parent": None,
        "missing": [{"code": c, "name": names.get(c, c)} for c in own.missing],
        "contributions": _contributions(by_unit[me.pk], own),
        "siblings": [],
    }
    if parent is None or len(siblings) < 2:
        return result
    ranked = rank(list(scores.values()))
    previous = _previous_ranks(parent, scope)
    by_name = {s.name: s for s in siblings}
    mine = _rank_record(next(r for r in ranked if r.score.unit == me.name), me, previous, names)
    result.update(
        rank=mine["rank"],
        of=len(ranked),
        previous_rank=mine["previous_rank"],
        rank_change=mine["rank_change"],
        parent=records.unit_ref(parent),
    )
    if can_read(actor, parent):
        result["siblings"] = [
            _rank_record(r, by_name[r.score.unit], previous, names)
            for r in ranked
            if can_read(actor, by_name[r.score.unit])
        ]
    return result
