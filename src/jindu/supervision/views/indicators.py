"""Indicators that turned 严重滞后: offered to the office as draft tasks, one button each."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jindu.accounts.selectors import can_manage, can_read
from jindu.accounts.views import actor_required, deny
from jindu.framework.models import Unit
from jindu.progress import Period
from jindu.supervision import services
from jindu.supervision.forms import DraftForm, regions_in
from jindu.supervision.selectors import far_behind_rows, latest_period
from jindu.supervision.views.common import actor, refused, today, user
from jindu.supervision.workflow import Refused

DRAFT_DAYS = 30


@actor_required
def far_behind(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    code = request.GET.get("unit") or who.scope.code
    unit = get_object_or_404(Unit, code=code)
    if not can_read(who, unit):
        return deny(request, _("无权查看 %(unit)s 的数据") % {"unit": unit.name}, who)
    period: Period | None
    try:
        period = Period.parse(request.GET["period"]) if request.GET.get("period") else None
    except ValueError:
        period = None
    period = period or latest_period(unit)
    rows = far_behind_rows(unit, period) if period else []
    context = {
        "unit": unit,
        "period": period,
        "rows": rows,
        "regions": regions_in(who),
        "can_draft": can_manage(who, unit),
        "deadline": today(request) + timedelta(days=DRAFT_DAYS),
    }
    return render(request, "supervision/far_behind.html", context)


@require_POST
@actor_required
def draft(request: HttpRequest, unit: str) -> HttpResponse:
    region = get_object_or_404(Unit, code=unit)
    form = DraftForm(request.POST)
    back = reverse("supervision:far_behind") + f"?unit={region.code}"
    if not form.is_valid():
        messages.error(request, _("请填写办理时限"))
        return redirect(back)
    try:
        period = Period.parse(form.cleaned_data["period"])
        with transaction.atomic():
            task = services.draft_from_indicator(
                actor=actor(request),
                user=user(request),
                unit=region,
                period=period,
                code=form.cleaned_data["code"],
                deadline=form.cleaned_data["deadline"],
            )
    except ValueError:
        messages.error(request, _("报告期格式不对"))
        return redirect(back)
    except Refused as exc:
        return refused(request, exc, back)
    messages.success(request, _("已生成督办事项草稿,请核对后交办"))
    return redirect("supervision:task", task.pk)
