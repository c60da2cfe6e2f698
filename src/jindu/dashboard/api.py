"""JSON twins of the dashboard pages (for other systems and a big screen, 大屏): each endpoint
returns the dict its page renders, built by the same function, with the same permissions.
Figures are decimal strings rounded as displayed; missing figures are null (docs/adr/0003)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from jindu.accounts.selectors import Actor, can_read
from jindu.api import Forbidden, actor_of
from jindu.dashboard import pages, scores
from jindu.dashboard.indicator import indicator_page
from jindu.dashboard.options import Options, parse_options
from jindu.framework.models import Unit
from jindu.framework.selectors import NotFound

router = Router(tags=["dashboard"])


class Ref(Schema):
    code: str
    name: str


class Header(Schema):
    unit: Ref
    framework: Ref
    period: str
    lever: str | None
    include_submitted: bool
    as_of: str | None
    levers: list[Ref]
    periods: list[str]


class StatusCount(Schema):
    status: str
    label: str
    colour: str
    count: int


class ProgressRecord(Schema):
    code: str
    name: str
    unit: str
    lever: str
    lead_unit: str | None
    actual: str | None
    target: str | None
    completion_rate: str | None
    time_progress: str | None
    gap_pp: str | None
    yoy_growth: str | None
    status: str | None
    status_key: str | None
    projection: str | None
    outlook: str | None
    outlook_key: str | None
    required_pace: str | None
    source: str | None
    flags: list[str]


class OverviewOut(Header):
    counts: list[StatusCount]
    monitored: int
    rows: list[ProgressRecord]


class Cell(Schema):
    unit: str
    status: str | None
    status_key: str | None
    figure: str | None
    actual: str | None
    completion_rate: str | None


class Column(Schema):
    code: str
    name: str
    kind: str  # region | total | lead
    counts: dict[str, int]
    score: str


class MatrixRow(Schema):
    code: str
    name: str
    unit: str
    lever: str
    lead_unit: str | None
    cells: list[Cell | None]


class MatrixOut(Header):
    mode: str  # regions | lead_units
    columns: list[Column]
    rows: list[MatrixRow]


class IndicatorInfo(Schema):
    code: str
    name: str
    unit: str
    kind: str
    kind_label: str
    lever: str
    lever_name: str


class Chart(Schema):
    months: list[int]
    this_year: list[str | None]
    last_year: list[str | None]
    target: list[str | None]
    pace: list[str | None]
    time_progress: list[str]


class ChildRecord(ProgressRecord):
    region: Ref


class Change(Schema):
    unit: str
    period: str
    at: str
    actor: str
    old_value: str | None
    new_value: str | None
    old_state: str | None
    new_state: str
    new_state_label: str
    reason: str


class Flag(Schema):
    unit: str
    message: str


class IndicatorOut(Header):
    indicator: IndicatorInfo
    row: ProgressRecord
    chart: Chart
    children: list[ChildRecord]
    history: list[Change]
    flags: list[Flag]


class RankRecord(Schema):
    rank: int
    unit: Ref
    score: str
    previous_rank: int | None
    rank_change: int | None
    missing: list[Ref]


class Contribution(Schema):
    code: str
    name: str
    lead_unit: str | None
    weight: str
    completion_rate: str | None
    time_progress: str
    status: str | None
    status_key: str | None
    points: str
    lost_points: str
    missing: bool


class UnitScoreOut(Header):
    score: str
    rank: int | None
    of: int | None
    previous_rank: int | None
    rank_change: int | None
    parent: Ref | None
    missing: list[Ref]
    contributions: list[Contribution]
    siblings: list[RankRecord]


class RankingOut(Header):
    ranking: list[RankRecord]


def _readable(request: HttpRequest, code: str) -> tuple[Actor, Unit]:
    actor = actor_of(request)
    unit = get_object_or_404(Unit, code=code)
    if not can_read(actor, unit):
        raise Forbidden(_("无权查看 %(unit)s 的数据") % {"unit": unit.name})
    return actor, unit


class ViewQuery(Schema):
    """The query every dashboard endpoint takes: which period, lever and values to show."""

    period: str | None = None
    lever: str | None = None
    include_submitted: bool = False
    as_of: str | None = None


def _options(view: ViewQuery) -> Options:
    try:
        return parse_options(
            period=view.period,
            lever=view.lever,
            include_submitted=view.include_submitted,
            as_of=view.as_of,
        )
    except ValueError as exc:
        raise HttpError(400, str(exc)) from None


def _built(build: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    try:
        return build(*args)
    except NotFound as exc:
        raise HttpError(404, str(exc)) from None


@router.get("/dashboard/units/{code}/overview", response=OverviewOut, url_name="dashboard_overview")
def overview(
    request: HttpRequest,
    code: str,
    view: Query[ViewQuery],
) -> dict[str, Any]:
    """总览: counts by status and every indicator, lagging first (the page /units/{code}/)."""
    _, unit = _readable(request, code)
    return _built(pages.overview, unit, _options(view))


@router.get("/dashboard/units/{code}/matrix", response=MatrixOut, url_name="dashboard_matrix")
def matrix(
    request: HttpRequest,
    code: str,
    view: Query[ViewQuery],
) -> dict[str, Any]:
    """矩阵: indicators × regions (with the unit's roll-up), or × lead departments."""
    actor, unit = _readable(request, code)
    return _built(pages.matrix, actor, unit, _options(view))


@router.get(
    "/dashboard/units/{code}/indicators/{indicator}",
    response=IndicatorOut,
    url_name="dashboard_indicator",
)
def indicator(
    request: HttpRequest,
    code: str,
    indicator: str,
    view: Query[ViewQuery],
) -> dict[str, Any]:
    """指标详情: monthly series, regions side by side, history, consistency flags."""
    actor, unit = _readable(request, code)
    options = _options(view)
    return _built(indicator_page, actor, unit, indicator, options)


@router.get("/dashboard/units/{code}/score", response=UnitScoreOut, url_name="dashboard_score")
def unit_score(
    request: HttpRequest,
    code: str,
    view: Query[ViewQuery],
) -> dict[str, Any]:
    """得分: score, rank among siblings and its change, contributions, missing reports."""
    actor, unit = _readable(request, code)
    options = _options(view)
    return _built(scores.unit_page, actor, unit, options)


@router.get("/dashboard/units/{code}/ranking", response=RankingOut, url_name="dashboard_ranking")
def ranking(
    request: HttpRequest,
    code: str,
    view: Query[ViewQuery],
) -> dict[str, Any]:
    """排名: the unit's regions by progress score, with the change since the period before."""
    actor, unit = _readable(request, code)
    options = _options(view)
    return _built(scores.ranking_page, actor, unit, options)
