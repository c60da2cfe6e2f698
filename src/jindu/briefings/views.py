"""Briefing pages (通报): choose unit, period, as-of date and language; preview; download each
format; issue to the archive (office staff); open an issued briefing, download it again from
its snapshot and see what changed in the data since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jindu.accounts.selectors import Actor, can_manage, can_read
from jindu.accounts.views import actor_required, deny
from jindu.briefings import files
from jindu.briefings.compose import LANGS, compose
from jindu.briefings.models import IssuedBriefing
from jindu.briefings.selectors import archive, briefing_data, changes_since, snapshot_of
from jindu.briefings.services import issue_briefing
from jindu.framework.models import Unit
from jindu.framework.selectors import NotFound
from jindu.progress import Period
from jindu.reporting.display import parse_as_of
from jindu.reporting.models import Value, ValueState

ARCHIVE_SHOWN = 50


def _actor(request: HttpRequest) -> Actor:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    return actor


def _regions(actor: Actor) -> list[Unit]:
    regions = Unit.objects.filter(kind=Unit.UnitKind.REGION).select_related("parent")
    return [u for u in regions.order_by("path") if can_read(actor, u)]


def _latest_period() -> str:
    found = (
        Value.objects.filter(state=ValueState.APPROVED)
        .order_by("-year", "-month")
        .values_list("year", "month")
        .first()
    )
    return str(Period(*found)) if found else str(Period(timezone.now().year, 1))


@dataclass(frozen=True)
class Choice:
    """What the reader asked for, checked."""

    unit: Unit
    period: Period
    as_of: datetime | None
    as_of_text: str
    lang: str

    def query(self, **extra: str) -> str:
        params = {"unit": self.unit.code, "period": str(self.period), "lang": self.lang}
        if self.as_of_text:
            params["as_of"] = self.as_of_text
        return urlencode({**params, **extra})


def _choice(request: HttpRequest, default_unit: Unit | None) -> Choice | str:
    """The choice from the query string, or the reason it cannot be used."""
    code = request.GET.get("unit") or (default_unit.code if default_unit else "")
    unit = Unit.objects.filter(code=code).select_related("parent").first()
    if unit is None:
        return _("没有这个单位: %(code)s") % {"code": code}
    lang = request.GET.get("lang", "zh")
    if lang not in LANGS:
        return _("不支持的语言: %(lang)s") % {"lang": lang}
    text = request.GET.get("as_of", "")
    try:
        period = Period.parse(request.GET.get("period") or _latest_period())
        as_of = parse_as_of(text)
    except ValueError as exc:
        return str(exc)
    return Choice(unit, period, as_of, text, lang)


@actor_required
def index(request: HttpRequest) -> HttpResponse:
    """The form, the preview of the chosen briefing, and the archive."""
    actor = _actor(request)
    regions = _regions(actor)
    default = actor.scope if actor.scope in regions else (regions[0] if regions else None)
    choice = _choice(request, default)
    if isinstance(choice, str):
        messages.error(request, choice)
        return redirect("briefings:index")
    if not can_read(actor, choice.unit):
        return deny(request, _("无权查看 %(unit)s 的通报") % {"unit": choice.unit.name}, actor)
    context: dict[str, object] = {
        "regions": regions,
        "choice": choice,
        "formats": [f for f in files.FORMATS if f != "html"],
        "may_issue": can_manage(actor, choice.unit),
        "archive": archive(Unit.objects.filter(pk__in=[u.pk for u in regions]))[:ARCHIVE_SHOWN],
    }
    if request.GET.get("unit"):
        try:
            data = briefing_data(choice.unit, choice.period, as_of=choice.as_of)
        except NotFound as exc:
            messages.error(request, str(exc))
            return redirect("briefings:index")
        briefing = compose(data, choice.lang)
        context["preview"] = files.html_body(briefing, data)
        context["briefing"] = briefing
    return render(request, "briefings/index.html", context)


@actor_required
def download(request: HttpRequest, fmt: str) -> HttpResponse:
    actor = _actor(request)
    choice = _choice(request, None)
    if isinstance(choice, str) or fmt not in files.FORMATS:
        return HttpResponse(choice if isinstance(choice, str) else "unknown format", status=400)
    if not can_read(actor, choice.unit):
        return deny(request, _("无权查看 %(unit)s 的通报") % {"unit": choice.unit.name}, actor)
    data = briefing_data(choice.unit, choice.period, as_of=choice.as_of)
    return _file_response(files.render(data, fmt, choice.lang))


def _file_response(result: files.BriefingFile) -> HttpResponse:
    response = HttpResponse(result.content, content_type=result.content_type)
    disposition = "inline" if result.content_type.startswith("text/") else "attachment"
    encoded = urlencode({"": result.filename})[1:]
    response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{encoded}"
    return response


@require_POST
@actor_required
def issue(request: HttpRequest) -> HttpResponse:
    """Issue (存档) the chosen briefing: office staff of the unit's region only."""
    actor = _actor(request)
    choice = _choice(request, None)
    if isinstance(choice, str):
        return HttpResponse(choice, status=400)
    if not can_manage(actor, choice.unit):
        return deny(request, _("无权签发 %(unit)s 的通报") % {"unit": choice.unit.name}, actor)
    issuer = request.POST.get("issuer", "").strip()[:200] or actor.unit.name
    data = briefing_data(choice.unit, choice.period, as_of=choice.as_of, issuer=issuer)
    with transaction.atomic():
        issued = issue_briefing(
            unit=choice.unit,
            data=data,
            lang=choice.lang,
            user=request.user,  # type: ignore[arg-type]
        )
    messages.success(request, _("已存档: %(title)s") % {"title": issued.title})
    return redirect("briefings:issued", pk=issued.pk)


def _issued_for(request: HttpRequest, pk: int) -> IssuedBriefing | HttpResponse:
    actor = _actor(request)
    issued = get_object_or_404(IssuedBriefing.objects.select_related("unit", "issued_by"), pk=pk)
    if not can_read(actor, issued.unit):
        return deny(request, _("无权查看 %(unit)s 的通报") % {"unit": issued.unit.name}, actor)
    return issued


@actor_required
def issued(request: HttpRequest, pk: int) -> HttpResponse:
    """An issued briefing: as issued (from its snapshot), and what changed in the data since."""
    found = _issued_for(request, pk)
    if isinstance(found, HttpResponse):
        return found
    data = snapshot_of(found)
    briefing = compose(data, found.lang)
    context = {
        "issued": found,
        "formats": [f for f in files.FORMATS if f != "html"],
        "changes": changes_since(found),
        "preview": files.html_body(briefing, data),
    }
    return render(request, "briefings/issued.html", context)


@actor_required
def issued_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    found = _issued_for(request, pk)
    if isinstance(found, HttpResponse):
        return found
    if fmt not in files.FORMATS:
        return HttpResponse("unknown format", status=400)
    return _file_response(files.render(snapshot_of(found), fmt, found.lang))
