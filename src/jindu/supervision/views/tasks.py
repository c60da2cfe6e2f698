"""The task board, a task's page with the actions the user may take, and registering tasks."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jindu.accounts.models import Role
from jindu.accounts.views import actor_required, deny
from jindu.labels import label
from jindu.supervision import display, services
from jindu.supervision.forms import ActionForm, TaskForm
from jindu.supervision.models import Task
from jindu.supervision.selectors import (
    board,
    can_see_task,
    sides_of,
    task_rows,
    visible_tasks,
)
from jindu.supervision.selectors.deadlines import due_soon_days
from jindu.supervision.views.common import Hidden, actor, hidden_is_403, refused, today, user
from jindu.supervision.workflow import Action, Refused, Side, State, allowed

# Actions whose form asks for files (progress reports, done reports with evidence).
WITH_FILES = {Action.PROGRESS, Action.REPORT_DONE}


def filtered_tasks(request: HttpRequest) -> Any:
    tasks = visible_tasks(actor(request))
    if unit := request.GET.get("unit"):
        tasks = tasks.filter(lead_unit__code=unit)
    if state := request.GET.get("state"):
        tasks = tasks.filter(state=state)
    return tasks


@actor_required
def index(request: HttpRequest) -> HttpResponse:
    return redirect("supervision:board")


@actor_required
def task_board(request: HttpRequest) -> HttpResponse:
    """督办台账: overdue first; counts by state and by unit; each unit's closure record."""
    b = board(filtered_tasks(request), today(request))
    record = display.board_record(b)
    units = (
        visible_tasks(actor(request)).values_list("lead_unit__code", "lead_unit__name").distinct()
    )
    context = {
        "board": b,
        "record": record,
        "states": [(s.value, label(s)) for s in State],
        "units": sorted(set(units)),
        "due_soon_days": due_soon_days(),
        "can_register": actor(request).role in (Role.ADMIN, Role.OFFICE),
    }
    return render(request, "supervision/board.html", context)


def _task(request: HttpRequest, pk: int) -> Task:
    task = get_object_or_404(
        Task.objects.select_related(
            "region", "lead_unit", "requirement__inspection"
        ).prefetch_related("cooperating_units", "indicators", "events__attachments"),
        pk=pk,
    )
    if not can_see_task(actor(request), task):
        raise Hidden(_("无权查看该督办事项"))
    return task


@actor_required
@hidden_is_403
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk)
    (row,) = task_rows([task], today(request))
    sides = sides_of(actor(request), task)
    actions = allowed(State(task.state), sides)
    forms = [(a, ActionForm(auto_id=f"id_{a.value}_%s"), a in WITH_FILES) for a in actions]
    context = {
        "task": task,
        "row": row,
        "record": display.task_detail_record(row, actions),
        "forms": forms,
        "can_edit": Side.OFFICE in sides and task.state == State.REGISTERED,
    }
    return render(request, "supervision/task.html", context)


@require_POST
@actor_required
@hidden_is_403
def task_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    task = _task(request, pk)
    back = reverse("supervision:task", args=[task.pk])
    try:
        step = Action(action)
    except ValueError:
        raise Http404("no such action") from None
    form = ActionForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "; ".join(str(e) for e in form.errors.values()))
        return redirect(back)
    try:
        with transaction.atomic():
            services.apply(
                task=task,
                action=step,
                actor=actor(request),
                user=user(request),
                comment=form.cleaned_data["comment"],
                new_deadline=form.cleaned_data["new_deadline"],
                files=form.cleaned_data["attachments"],
            )
    except Refused as exc:
        return refused(request, exc, back)
    messages.success(request, _("已%(action)s") % {"action": label(step)})
    return redirect(back)


def _input(data: dict[str, Any], source: str) -> services.TaskInput:
    return services.TaskInput(
        title=data["title"],
        content=data["content"],
        lead_unit=data["lead_unit"],
        deadline=data["deadline"],
        source=source,
        source_note=data["source_note"],
        cooperating_units=list(data["cooperating_units"]),
        indicators=list(data["indicators"]),
    )


@actor_required
def task_new(request: HttpRequest) -> HttpResponse:
    """立项: a task from a meeting decision, a leader's instruction, or entered by hand."""
    who = actor(request)
    if who.role not in (Role.ADMIN, Role.OFFICE):
        return deny(request, _("只有创新办可以立项"), who)
    if request.method == "POST":
        form = TaskForm(request.POST, actor=who)
        if form.is_valid():
            try:
                with transaction.atomic():
                    task = services.register_task(
                        actor=who,
                        user=user(request),
                        region=form.cleaned_data["region"],
                        data=_input(form.cleaned_data, form.cleaned_data["source"]),
                    )
            except Refused as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("已立项"))
                return redirect("supervision:task", task.pk)
    else:
        initial = {"region": who.scope, "deadline": today(request) + timedelta(days=30)}
        form = TaskForm(initial=initial, actor=who)
    return render(request, "supervision/task_form.html", {"form": form, "task": None})


@actor_required
@hidden_is_403
def task_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit a draft (registered, not yet assigned)."""
    task = _task(request, pk)
    who = actor(request)
    if Side.OFFICE not in sides_of(who, task):
        return deny(request, _("只有创新办可以修改督办事项"), who)
    if request.method == "POST":
        form = TaskForm(request.POST, actor=who, draft=True)
        if form.is_valid():
            try:
                with transaction.atomic():
                    services.edit_draft(
                        task=task,
                        actor=who,
                        user=user(request),
                        data=_input(form.cleaned_data, task.source),
                    )
            except Refused as exc:
                return refused(request, exc, reverse("supervision:task", args=[task.pk]))
            messages.success(request, _("已保存"))
            return redirect("supervision:task", task.pk)
    else:
        initial = {
            "title": task.title,
            "content": task.content,
            "source_note": task.source_note,
            "lead_unit": task.lead_unit,
            "cooperating_units": list(task.cooperating_units.all()),
            "deadline": task.deadline,
            "indicators": list(task.indicators.all()),
        }
        form = TaskForm(initial=initial, actor=who, draft=True)
    return render(request, "supervision/task_form.html", {"form": form, "task": task})
