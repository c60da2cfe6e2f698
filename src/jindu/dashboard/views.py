"""Dashboard pages (看板). Each page's data is built once (pages, indicator, scores); the view
renders it, or returns it as JSON with ?format=json, the same dict as /api/dashboard/…."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_read
from jindu.accounts.views import actor_required, deny
from jindu.dashboard import pages, scores
from jindu.dashboard.indicator import indicator_page
from jindu.dashboard.options import Options, options_from_query
from jindu.dashboard.records import STATUS_ORDER
from jindu.dashboard.selectors import public_page
from jindu.framework.models import Framework, Unit
from jindu.framework.selectors import NotFound
from jindu.labels import label
from jindu.progress import Kind
from jindu.reporting import display

Build = Callable[[Actor, Unit, Options], dict[str, Any]]


def _actor(request: HttpRequest) -> Actor:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    return actor


def _links(data: dict[str, Any]) -> str:
    """The query string that keeps the page's period and filters when moving between pages."""
    params = {"period": data["period"]}
    if data.get("lever"):
        params["lever"] = data["lever"]
    if data.get("include_submitted"):
        params["include_submitted"] = "1"
    if data.get("as_of"):
        params["as_of"] = data["as_of"][:10]
    return urlencode(params)


def _page(
    request: HttpRequest, unit: Unit, template: str, build: Build, **extra: Any
) -> HttpResponse:
    actor = _actor(request)
    if not can_read(actor, unit):
        return deny(request, _("无权查看 %(unit)s 的数据") % {"unit": unit.name}, actor)
    try:
        options = options_from_query(request.GET)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    try:
        data = build(actor, unit, options)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    if request.GET.get("format") == "json":
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    context = {"data": data, "qs": _links(data), "unit": unit, **extra}
    return render(request, template, context)


def _overview(actor: Actor, unit: Unit, options: Options) -> dict[str, Any]:
    return pages.overview(unit, options)


@actor_required
def home(request: HttpRequest) -> HttpResponse:
    """Home: the overview of the user's own region; the frameworks when none applies."""
    scope = _actor(request).scope
    if not Framework.objects.exists():
        return render(request, "dashboard/home.html", {"frameworks": []})
    return _page(request, scope, "dashboard/overview.html", _overview)


@actor_required
def overview(request: HttpRequest, code: str) -> HttpResponse:
    unit = get_object_or_404(Unit, code=code)
    return _page(request, unit, "dashboard/overview.html", _overview)


@actor_required
def matrix(request: HttpRequest, code: str) -> HttpResponse:
    unit = get_object_or_404(Unit, code=code)
    return _page(
        request,
        unit,
        "dashboard/matrix.html",
        pages.matrix,
        statuses=[(s.value, label(s)) for s in STATUS_ORDER],
    )


@actor_required
def indicator(request: HttpRequest, code: str, indicator: str) -> HttpResponse:
    unit = get_object_or_404(Unit, code=code)

    def build(actor: Actor, unit: Unit, options: Options) -> dict[str, Any]:
        return indicator_page(actor, unit, indicator, options)

    return _page(request, unit, "dashboard/indicator.html", build)


@actor_required
def unit_score(request: HttpRequest, code: str) -> HttpResponse:
    unit = get_object_or_404(Unit, code=code)
    return _page(request, unit, "dashboard/unit.html", scores.unit_page)


@actor_required
def ranking(request: HttpRequest, code: str) -> HttpResponse:
    unit = get_object_or_404(Unit, code=code)
    return _page(request, unit, "dashboard/ranking.html", scores.ranking_page)


@actor_required
def my_matrix(request: HttpRequest) -> HttpResponse:
    return redirect("dashboard:matrix", code=_actor(request).scope.code)


@actor_required
def my_ranking(request: HttpRequest) -> HttpResponse:
    """The ranking of the user's regions (江门市: its counties); for a county, its own score
    and rank among its siblings."""
    scope = _actor(request).scope
    if scope.children.filter(kind=Unit.UnitKind.REGION).exists():
        return redirect("dashboard:ranking", code=scope.code)
    return redirect("dashboard:unit", code=scope.code)


def public(request: HttpRequest, code: str) -> HttpResponse:
    """公开页: a region's public indicators for citizens — no login, approved values only, no
    people's names. 404 when the framework publishes nothing. ?format=json gives the same."""
    page = public_page(code)
    if page is None:
        raise Http404(_("没有公开的指标"))
    records = []
    for row in page.rows:
        record = display.progress_record(row)
        if row.indicator.kind == Kind.GROWTH and record["target"] is not None:
            record["target"] = _("增长%(rate)s%%") % {"rate": record["target"]}
        records.append(record)
    if request.GET.get("format") == "json":
        data = {
            "unit": page.unit.name,
            "framework": page.framework.name,
            "period": str(page.period) if page.period else None,
            "indicators": records,
        }
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    return render(request, "dashboard/public.html", {"page": page, "records": records})
