"""Pages of the collection workflow. Thin: parse, call one service or selector, render.
Every view checks permissions on the server through jindu.accounts.selectors."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_enter, can_manage, can_read, can_review
from jindu.accounts.views import actor_required, deny
from jindu.framework.models import Unit
from jindu.framework.selectors import frameworks_for_unit
from jindu.labels import label
from jindu.progress import GROWTH_PLACES, PERCENT_PLACES, format_amount, format_decimal
from jindu.reporting import excel, forms
from jindu.reporting.models import Round, Value, ValueChange, ValueState
from jindu.reporting.selectors import rounds as rs
from jindu.reporting.services import (
    EntryInput,
    EntryRejected,
    WorkflowError,
    approve,
    check_entry,
    derive,
    grant_exception,
    open_round,
    reopen,
    return_values,
    save_entries,
)
from jindu.reporting.services.evidence import attach

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _user(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) else None


def _dec(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def _entry_input(row: rs.EntryRow, numbers: list[Decimal | None], comment: str) -> EntryInput:
    value, numerator, denominator = numbers
    return EntryInput(
        row.indicator.code,
        row.assignment.region.code,
        value=value,
        numerator=numerator,
        denominator=denominator,
        comment=comment,
    )


def _actor(request: HttpRequest) -> Actor:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    return actor


@actor_required
def home(request: HttpRequest) -> HttpResponse:
    """填报首页: what is due, overdue and returned for a reporter; the rounds for others."""
    actor = _actor(request)
    today = timezone.localdate()
    context: dict[str, Any] = {
        "todo": rs.todo_for(actor, today) if actor.role == "reporter" else [],
        "rounds": list(rs.rounds_for(actor)),
        "may_open": rs.may_open_rounds(actor),
        "today": today,
    }
    return render(request, "reporting/home.html", context)


@actor_required
def round_new(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    if not rs.may_open_rounds(actor):
        return deny(request, _("只有创新办可以开启填报"), actor)
    regions = rs.regions_for_round(actor)
    form = forms.RoundForm(request.POST or None, regions=regions)
    if request.method == "POST" and form.is_valid():
        framework = frameworks_for_unit(actor.scope).first()
        if framework is None:
            messages.error(request, _("本单位没有适用的指标体系"))
        else:
            try:
                with transaction.atomic():
                    round_ = open_round(
                        framework=framework,
                        period=form.cleaned_data["period"],
                        units=list(form.cleaned_data["units"]),
                        due_date=form.cleaned_data["due_date"],
                        lock_after_days=form.cleaned_data["lock_after_days"],
                        actor=actor,
                        user=_user(request),
                        now=timezone.now(),
                        note=form.cleaned_data["note"],
                    )
            except WorkflowError as exc:
                messages.error(request, exc.message)
            else:
                messages.success(request, _("已开启%(round)s") % {"round": round_.display_name})
                return redirect("reporting:round", pk=round_.pk)
    return render(request, "reporting/round_form.html", {"form": form})


def _round_for(request: HttpRequest, pk: int) -> tuple[Round, Actor, HttpResponse | None]:
    round_ = get_object_or_404(Round.objects.select_related("framework"), pk=pk)
    actor = _actor(request)
    regions = list(round_.units.all())
    if not any(can_read(actor, r) for r in regions):
        return (
            round_,
            actor,
            deny(request, _("无权查看%(round)s") % {"round": round_.display_name}, actor),
        )
    return round_, actor, None


@actor_required
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    round_, actor, refused = _round_for(request, pk)
    if refused:
        return refused
    units = rs.reporting_units(round_)
    if request.method == "POST":
        form = forms.ExceptionForm(request.POST, units=units)
        if not can_manage(actor, actor.scope):
            return deny(request, _("只有创新办可以批准延期"), actor)
        if form.is_valid():
            try:
                with transaction.atomic():
                    grant_exception(
                        round_=round_,
                        unit=form.cleaned_data["unit"],
                        until=form.cleaned_data["until"],
                        reason=form.cleaned_data["reason"],
                        actor=actor,
                        user=_user(request),
                        now=timezone.now(),
                    )
                messages.success(request, _("已批准延期"))
                return redirect("reporting:round", pk=pk)
            except WorkflowError as exc:
                messages.error(request, exc.message)
    else:
        form = forms.ExceptionForm(units=units)
    rows = rs.entry_rows(round_)
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        counts[row.assignment.lead_unit.pk][row.state or "empty"] += 1
    timely = rs.timeliness(round_)
    table: list[dict[str, Any]] = [
        {
            "unit": u,
            "timeliness": label(timely[u.pk]),
            "timeliness_code": timely[u.pk],
            "counts": dict(counts[u.pk]),
            "total": sum(counts[u.pk].values()),
            "may_enter": actor.role != "reporter" or u.pk == actor.unit.pk,
        }
        for u in units
    ]
    context = {
        "round": round_,
        "table": table,
        "form": form,
        "may_manage": can_manage(actor, actor.scope),
        "may_review": any(can_review(actor, r) for r in round_.units.all()),
        "lock_date": rs.lock_date(round_),
        "exceptions": round_.exceptions.select_related("unit"),
    }
    if request.GET.get("format") == "xlsx":
        headers = [
            _("填报单位"),
            _("及时性"),
            _("指标数"),
            _("未填"),
            _("草稿"),
            _("已报送"),
            _("已退回"),
            _("已审核"),
        ]
        cells: list[list[object]] = [
            [t["unit"].name, t["timeliness"], t["total"]]
            + [
                t["counts"].get(k, 0)
                for k in ("empty", "draft", "submitted", "returned", "approved")
            ]
            for t in table
        ]
        data = excel.table_workbook(round_.display_name, headers, cells)
        response = HttpResponse(data, content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="round-{round_.pk}.xlsx"'
        return response
    return render(request, "reporting/round_detail.html", context)


def _sheet_for(
    request: HttpRequest, pk: int, code: str
) -> tuple[Round, Actor, Unit, HttpResponse | None]:
    """The round and reporting unit of an entry sheet, or the refusal: a reporter may open only
    their own unit's sheet; the office any unit's in its region."""
    round_, actor, refused = _round_for(request, pk)
    reporter = get_object_or_404(Unit, code=code)
    if refused is None and not _entry_allowed(actor, reporter):
        refused = deny(request, _("无权填报%(unit)s的数据") % {"unit": reporter.name}, actor)
    return round_, actor, reporter, refused


def _entry_allowed(actor: Actor, unit: Unit) -> bool:
    return unit.pk == actor.unit.pk if actor.role == "reporter" else can_manage(actor, unit)


def _inputs(
    request: HttpRequest, rows: list[rs.EntryRow]
) -> tuple[list[EntryInput], dict[str, str]]:
    """Read every row of the posted sheet; a text that is not a number is an error of its row."""
    items, errors = [], {}
    for row in rows:
        key = f"{row.indicator.code}@{row.assignment.region.code}"
        try:
            numbers = [
                forms.parse_number(request.POST.get(f"{p}-{key}", "")) for p in ("v", "n", "d")
            ]
        except ValueError as exc:
            errors[key] = str(exc)
            continue
        if all(n is None for n in numbers) and not request.POST.get(f"c-{key}", "").strip():
            continue  # left empty: not part of this save
        items.append(_entry_input(row, numbers, request.POST.get(f"c-{key}", "")))
    return items, errors


@actor_required
def entry(request: HttpRequest, pk: int, unit: str) -> HttpResponse:
    """The entry sheet of one reporting unit for a round (填报表)."""
    round_, actor, reporter, refused = _sheet_for(request, pk, unit)
    if refused:
        return refused
    rows = rs.entry_rows(round_, reporter)
    problems: dict[str, list[str]] = defaultdict(list)
    if request.method == "POST":
        items, errors = _inputs(request, rows)
        for key, message in errors.items():
            problems[key].append(message)
        if not errors:
            try:
                with transaction.atomic():
                    count = save_entries(
                        round_=round_,
                        actor=actor,
                        user=_user(request),
                        items=items,
                        submit="submit" in request.POST,
                        now=timezone.now(),
                    )
            except EntryRejected as exc:
                for p in exc.problems:
                    problems[p.key].append(p.message)
                messages.error(request, _("有数据需要修改或说明，本次没有保存任何数据"))
            except WorkflowError as exc:
                messages.error(request, exc.message)
            else:
                done = (
                    _("已报送 %(count)s 项")
                    if "submit" in request.POST
                    else _("已保存 %(count)s 项")
                )
                messages.success(request, done % {"count": count})
                return redirect("reporting:entry", pk=pk, unit=unit)
        else:
            messages.error(request, _("有数据格式不对，本次没有保存任何数据"))
    lines = [_line(row, request, problems) for row in rows]
    context = {
        "round": round_,
        "reporter": reporter,
        "lines": lines,
        "locked": rs.is_locked(round_, reporter, timezone.localdate()),
        "editable": any(line["editable"] for line in lines),
    }
    return render(request, "reporting/entry.html", context)


def _line(row: rs.EntryRow, request: HttpRequest, problems: dict[str, list[str]]) -> dict[str, Any]:
    key = f"{row.indicator.code}@{row.assignment.region.code}"
    value = row.value
    posted = request.method == "POST"

    def field(prefix: str, stored: Decimal | None) -> str:
        if posted:
            return request.POST.get(f"{prefix}-{key}", "")
        return "" if stored is None else format_amount(stored, 6)

    returned_reason = ""
    if value is not None and value.state == ValueState.RETURNED:
        last = ValueChange.objects.filter(value=value).order_by("-at", "-pk").first()
        returned_reason = last.reason if last else ""
    current = value.value if value else None
    return {
        "row": row,
        "key": key,
        "ind": row.indicator,
        "v": field("v", value.value if value else None),
        "n": field("n", value.numerator if value else None),
        "d": field("d", value.denominator if value else None),
        "c": request.POST.get(f"c-{key}", "") if posted else (value.comment if value else ""),
        "state": _(ValueState(value.state).label) if value else _("未填"),
        "state_code": value.state if value else "empty",
        "editable": row.state not in (ValueState.SUBMITTED, ValueState.APPROVED),
        "returned_reason": returned_reason,
        "last_month": format_amount(row.last_month, row.indicator.decimals),
        "last_year": format_amount(row.last_year, row.indicator.decimals),
        "target": format_amount(row.target, row.indicator.decimals),
        "completion": format_decimal(row.completion(current), PERCENT_PLACES),
        "problems": problems.get(key, []),
        "value_id": value.pk if value else None,
    }


@actor_required
def entry_preview(request: HttpRequest, pk: int, unit: str, key: str) -> HttpResponse:
    """htmx: completion rate, YoY and warnings of one row as the reporter types."""
    round_, _who, reporter, refused = _sheet_for(request, pk, unit)
    if refused:
        return refused
    row = next(
        (
            r
            for r in rs.entry_rows(round_, reporter)
            if f"{r.indicator.code}@{r.assignment.region.code}" == key
        ),
        None,
    )
    if row is None:
        return HttpResponse(status=404)
    context: dict[str, Any] = {"completion": "—", "yoy": "—", "problems": []}
    try:
        numbers = [forms.parse_number(request.POST.get(f"{p}-{key}", "")) for p in ("v", "n", "d")]
    except ValueError as exc:
        context["problems"] = [str(exc)]
        return render(request, "reporting/entry_preview.html", context)
    actual = derive(row.indicator, *numbers)
    if actual is not None:
        item = _entry_input(row, numbers, request.POST.get(f"c-{key}", ""))
        context = {
            "completion": format_decimal(row.completion(actual), PERCENT_PLACES),
            "yoy": format_decimal(row.yoy(actual), GROWTH_PLACES),
            "problems": [p.message for p in check_entry(row, item)],
        }
    return render(request, "reporting/entry_preview.html", context)


@actor_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """审核: submitted values of the round, approve or return with a reason."""
    round_, actor, refused = _round_for(request, pk)
    if refused:
        return refused
    if not any(can_review(actor, r) for r in round_.units.all()):
        return deny(request, _("无权审核本轮数据"), actor)
    if request.method == "POST":
        ids = [int(i) for i in request.POST.getlist("value") if i.isdigit()]
        chosen = list(
            Value.objects.filter(pk__in=ids, year=round_.year, month=round_.month).select_related(
                "indicator", "unit"
            )
        )
        try:
            with transaction.atomic():
                if "return" in request.POST:
                    n = return_values(
                        chosen,
                        actor=actor,
                        user=_user(request),
                        reason=request.POST.get("reason", ""),
                        at=timezone.now(),
                    )
                    messages.success(request, _("已退回 %(count)s 项") % {"count": n})
                else:
                    n = approve(chosen, actor=actor, user=_user(request), at=timezone.now())
                    messages.success(request, _("已审核通过 %(count)s 项") % {"count": n})
        except WorkflowError as exc:
            messages.error(request, exc.message)
        return redirect("reporting:review", pk=pk)
    rows = rs.review_queue(round_, actor)
    lines = [
        {
            "row": row,
            "ind": row.indicator,
            "value": row.value,
            "actual": format_amount(row.value.value if row.value else None, row.indicator.decimals),
            "target": format_amount(row.target, row.indicator.decimals),
            "completion": format_decimal(
                row.completion(row.value.value if row.value else None), PERCENT_PLACES
            ),
            "yoy": format_decimal(row.yoy(row.value.value if row.value else None), GROWTH_PLACES),
        }
        for row in rows
    ]
    return render(request, "reporting/review.html", {"round": round_, "lines": lines})


@actor_required
def value_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Every change of one value: who, when, old → new, state, why; evidence; reopen."""
    value = get_object_or_404(Value.objects.select_related("indicator", "unit"), pk=pk)
    actor = _actor(request)
    if not can_read(actor, value.unit):
        return deny(request, _("无权查看该数据"), actor)
    if request.method == "POST":
        try:
            with transaction.atomic():
                if "reopen" in request.POST:
                    reopen(
                        [value],
                        actor=actor,
                        user=_user(request),
                        reason=request.POST.get("reason", ""),
                        at=timezone.now(),
                    )
                    messages.success(request, _("已重新开启，填报单位可以修改"))
                elif request.FILES.get("file"):
                    lead = value.indicator.lead_unit
                    target = value.indicator.targets.filter(
                        unit=value.unit, year=value.year
                    ).first()
                    if target and target.lead_unit:
                        lead = target.lead_unit
                    if not (can_enter(actor, value.unit, lead) or can_manage(actor, value.unit)):
                        return deny(request, _("无权上传佐证材料"), actor)
                    attach(
                        value=value,
                        upload=cast(UploadedFile, request.FILES["file"]),
                        user=_user(request),
                        now=timezone.now(),
                    )
                    messages.success(request, _("已上传佐证材料"))
        except WorkflowError as exc:
            messages.error(request, exc.message)
        return redirect("reporting:value", pk=pk)
    changes = value.changes.select_related("user").order_by("at", "pk")
    ind = value.indicator
    lines = [
        {
            "c": c,
            "old": format_amount(c.old_value, ind.decimals) if c.old_value is not None else "—",
            "new": format_amount(c.new_value, ind.decimals) if c.new_value is not None else "—",
            "old_state": _(ValueState(c.old_state).label) if c.old_state else "—",
            "new_state": _(ValueState(c.new_state).label),
        }
        for c in changes
    ]
    context = {
        "value": value,
        "lines": lines,
        "attachments": value.attachments.all(),
        "actual": format_amount(value.value, ind.decimals),
        "state": _(ValueState(value.state).label),
        "may_reopen": value.state == ValueState.APPROVED and can_manage(actor, value.unit),
    }
    return render(request, "reporting/value_history.html", context)


@actor_required
def round_changes(request: HttpRequest, pk: int) -> HttpResponse:
    """创新办: every change made to the round's values, newest first."""
    round_, actor, refused = _round_for(request, pk)
    if refused:
        return refused
    if not can_manage(actor, actor.scope):
        return deny(request, _("只有创新办可以查看全部修改记录"), actor)
    regions = list(round_.units.all())
    changes = (
        ValueChange.objects.filter(
            value__year=round_.year,
            value__month=round_.month,
            value__unit__in=regions,
            value__indicator__framework=round_.framework,
        )
        .select_related("value__indicator", "value__unit")
        .order_by("-at", "-pk")[:500]
    )
    lines = [
        {
            "c": c,
            "ind": c.value.indicator,
            "old": format_amount(c.old_value, c.value.indicator.decimals)
            if c.old_value is not None
            else "—",
            "new": format_amount(c.new_value, c.value.indicator.decimals)
            if c.new_value is not None
            else "—",
            "new_state": _(ValueState(c.new_state).label),
        }
        for c in changes
    ]
    return render(request, "reporting/round_changes.html", {"round": round_, "lines": lines})


@actor_required
def template(request: HttpRequest, pk: int, unit: str) -> HttpResponse:
    """The Excel entry template of one reporting unit, pre-filled and locked but for inputs."""
    round_, _who, reporter, refused = _sheet_for(request, pk, unit)
    if refused:
        return refused
    data = excel.entry_template(
        round_, reporter.name, reporter.code, rs.entry_rows(round_, reporter)
    )
    response = HttpResponse(data, content_type=XLSX)
    name = f"{round_.year}-{round_.month:02d}-{reporter.code}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@actor_required
def upload(request: HttpRequest, pk: int, unit: str) -> HttpResponse:
    """Upload a filled template: a dry run lists every change and problem; confirming writes
    all of it or nothing."""
    round_, actor, reporter, refused = _sheet_for(request, pk, unit)
    if refused:
        return refused
    rows = rs.entry_rows(round_, reporter)
    session_key = f"upload-{round_.pk}-{reporter.code}"
    context: dict[str, Any] = {"round": round_, "reporter": reporter, "form": forms.UploadForm()}
    if request.method == "POST" and "confirm" in request.POST:
        pending = request.session.pop(session_key, None)
        if not pending:
            messages.error(request, _("预览已过期，请重新上传"))
            return redirect("reporting:upload", pk=pk, unit=unit)
        items = [
            EntryInput(
                p["indicator"],
                p["region"],
                value=_dec(p["value"]),
                numerator=_dec(p["numerator"]),
                denominator=_dec(p["denominator"]),
                comment=p["comment"],
            )
            for p in pending
        ]
        try:
            with transaction.atomic():
                count = save_entries(
                    round_=round_,
                    actor=actor,
                    user=_user(request),
                    items=items,
                    submit=False,
                    now=timezone.now(),
                )
        except EntryRejected as exc:
            messages.error(
                request, _("数据已变化，本次没有写入：%(reason)s") % {"reason": exc.message}
            )
            return redirect("reporting:upload", pk=pk, unit=unit)
        except WorkflowError as exc:
            messages.error(request, exc.message)
            return redirect("reporting:upload", pk=pk, unit=unit)
        messages.success(request, _("已导入 %(count)s 项（草稿），请检查后报送") % {"count": count})
        return redirect("reporting:entry", pk=pk, unit=unit)
    if request.method == "POST":
        form = forms.UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            context.update(_dry_run(request, form.cleaned_data["file"], rows, session_key))
    return render(request, "reporting/upload.html", context)


def _dry_run(
    request: HttpRequest, upload_file: Any, rows: list[rs.EntryRow], session_key: str
) -> dict[str, Any]:
    import tempfile
    from pathlib import Path

    suffix = Path(upload_file.name or "").suffix.lower()
    if suffix not in (".xlsx", ".xls"):
        return {"problems": [_("“%(name)s”不是 .xlsx 或 .xls 文件") % {"name": upload_file.name}]}
    with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
        for chunk in upload_file.chunks():
            tmp.write(chunk)
        tmp.flush()
        try:
            result = excel.read_entry_file(Path(tmp.name), rows)
        except Exception:
            return {"problems": [_("无法读取该文件，请确认是 Excel 文件")]}
    problems = [str(p) for p in result.problems]
    blocking = list(problems)  # warnings that a comment explains do not stop the import
    by_key = {f"{r.indicator.code}@{r.assignment.region.code}": r for r in rows}
    changes = []
    for item in result.items:
        row = by_key[item.key]
        for p in check_entry(row, item):
            text = _("%(code)s %(name)s：%(problem)s") % {
                "code": row.indicator.code,
                "name": row.indicator.name,
                "problem": p.message,
            }
            problems.append(text)
            if p.blocking:
                blocking.append(text)
        new = derive(row.indicator, item.value, item.numerator, item.denominator)
        old = row.value.value if row.value else None
        if row.state in (ValueState.SUBMITTED, ValueState.APPROVED):
            text = _("%(code)s %(name)s：已%(state)s，不能修改") % {
                "code": row.indicator.code,
                "name": row.indicator.name,
                "state": _(ValueState(row.state).label),
            }
            problems.append(text)
            blocking.append(text)
        if old != new or (row.value and row.value.comment != item.comment):
            changes.append(
                {
                    "ind": row.indicator,
                    "region": row.assignment.region.name,
                    "old": format_amount(old, row.indicator.decimals) if old is not None else "—",
                    "new": format_amount(new, row.indicator.decimals) if new is not None else "—",
                }
            )
    if not blocking and result.items:
        request.session[session_key] = [
            {
                "indicator": i.indicator_code,
                "region": i.region_code,
                "comment": i.comment,
                **{
                    k: "" if getattr(i, k) is None else str(getattr(i, k))
                    for k in ("value", "numerator", "denominator")
                },
            }
            for i in result.items
        ]
    return {
        "problems": problems,
        "changes": changes,
        "can_confirm": not blocking and bool(result.items),
    }
