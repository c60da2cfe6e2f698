"""Inspections (督查): list, record a visit, its page with one-click tasks, the printable
record for the next visit, and attachments."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jindu.accounts.models import Role
from jindu.accounts.selectors import can_manage
from jindu.accounts.views import actor_required, deny
from jindu.supervision import display, services
from jindu.supervision.forms import InspectionForm, RequirementTaskForm
from jindu.supervision.models import Attachment, Inspection, Requirement
from jindu.supervision.selectors import (
    can_see_inspection,
    can_see_task,
    inspection_with_history,
    requirement_records,
    visible_inspections,
)
from jindu.supervision.views.common import Hidden, actor, hidden_is_403, refused, today, user
from jindu.supervision.workflow import Refused


@actor_required
def inspection_list(request: HttpRequest) -> HttpResponse:
    inspections = (
        visible_inspections(actor(request))
        .select_related("inspecting_unit", "inspected_unit")
        .annotate(
            requirement_count=Count("requirements", distinct=True),
            task_count=Count("requirements__tasks", distinct=True),
        )
    )
    context = {
        "inspections": inspections,
        "can_register": actor(request).role in (Role.ADMIN, Role.OFFICE),
    }
    return render(request, "supervision/inspections.html", context)


@actor_required
def inspection_new(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    if who.role not in (Role.ADMIN, Role.OFFICE):
        return deny(request, _("只有创新办可以登记督查"), who)
    if request.method == "POST":
        form = InspectionForm(request.POST, request.FILES, actor=who)
        if form.is_valid():
            d = form.cleaned_data
            data = services.InspectionInput(
                date=d["date"],
                inspecting_unit=d["inspecting_unit"],
                inspectors=d["inspectors"],
                inspected_unit=d["inspected_unit"],
                sites=d["sites"],
                participants=d["participants"],
                findings=d["findings"],
                requirements=services.split_requirements(d["requirements"]),
            )
            try:
                with transaction.atomic():
                    inspection = services.record_inspection(
                        actor=who, user=user(request), data=data, files=d["attachments"]
                    )
            except Refused as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("已登记督查"))
                return redirect("supervision:inspection", inspection.pk)
    else:
        form = InspectionForm(actor=who, initial={"inspected_unit": who.scope})
    return render(request, "supervision/inspection_form.html", {"form": form})


def _inspection(request: HttpRequest, pk: int) -> Inspection:
    try:
        inspection = inspection_with_history(pk)
    except Inspection.DoesNotExist:
        raise Http404("no such inspection") from None
    if not can_see_inspection(actor(request), inspection):
        raise Hidden(_("无权查看该督查记录"))
    return inspection


@actor_required
@hidden_is_403
def inspection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = _inspection(request, pk)
    day = today(request)
    records = requirement_records(inspection, day)
    manage = can_manage(actor(request), inspection.inspected_unit)
    # One form is drawn in every row: its labels wrap their fields, so no ids (they would repeat).
    form = RequirementTaskForm(region=inspection.inspected_unit, auto_id=False) if manage else None
    context = {
        "inspection": inspection,
        "records": records,
        "form": form,
        "today": day,
    }
    return render(request, "supervision/inspection.html", context)


@actor_required
@hidden_is_403
def inspection_record(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable record: each requirement, its tasks and every step since the visit."""
    inspection = _inspection(request, pk)
    day = today(request)
    records = requirement_records(inspection, day)
    context = {
        "inspection": inspection,
        "records": records,
        "record": display.inspection_record(inspection, records),
        "today": day,
    }
    return render(request, "supervision/inspection_record.html", context)


@require_POST
@actor_required
def requirement_task(request: HttpRequest, pk: int) -> HttpResponse:
    """转为督办事项 with one click: the requirement becomes a registered task."""
    requirement = get_object_or_404(
        Requirement.objects.select_related(
            "inspection__inspected_unit", "inspection__inspecting_unit"
        ),
        pk=pk,
    )
    back = reverse("supervision:inspection", args=[requirement.inspection_id])
    form = RequirementTaskForm(request.POST, region=requirement.inspection.inspected_unit)
    if not form.is_valid():
        messages.error(request, _("请选择牵头单位并填写办理时限"))
        return redirect(back)
    try:
        with transaction.atomic():
            task = services.task_from_requirement(
                actor=actor(request),
                user=user(request),
                requirement=requirement,
                lead_unit=form.cleaned_data["lead_unit"],
                deadline=form.cleaned_data["deadline"],
            )
    except Refused as exc:
        return refused(request, exc, back)
    done = _("要求%(number)s已转为督办事项,交%(unit)s牵头")
    messages.success(request, done % {"number": requirement.number, "unit": task.lead_unit.name})
    return redirect(back)


@actor_required
@hidden_is_403
def attachment(request: HttpRequest, pk: int) -> HttpResponse:
    found = get_object_or_404(
        Attachment.objects.select_related("inspection__inspected_unit", "event__task__region"),
        pk=pk,
    )
    who = actor(request)
    if found.inspection is not None:
        allowed = can_see_inspection(who, found.inspection)
    else:
        allowed = found.event is not None and can_see_task(who, found.event.task)
    if not allowed:
        raise Hidden(_("无权下载该附件"))
    response = FileResponse(found.file.open("rb"), as_attachment=True, filename=found.name)
    return cast(HttpResponse, response)  # a streaming response; actor_required passes it on
