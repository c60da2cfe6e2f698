"""The text page (文本提取): paste a report or upload .txt/.docx, see every figure highlighted
with its match and checks, correct a match, import chosen figures as drafts."""

from __future__ import annotations

import io
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_manage
from jindu.accounts.views import actor_required, deny
from jindu.extraction import ExtractionResult, extract, to_json
from jindu.framework.models import Unit
from jindu.framework.selectors import NotFound, framework_for_unit
from jindu.progress import Period
from jindu.reporting.selectors import extraction_context
from jindu.reporting.services import WorkflowError
from jindu.reporting.services.textimport import Chosen, import_figures

MAX_TEXT = 200_000  # characters: a long 工作总结 is a few thousand


def read_upload(upload: Any) -> str:
    data = upload.read(MAX_TEXT * 4)
    if (upload.name or "").lower().endswith(".docx"):
        from jindu.reporting.services.documents import docx_text

        return docx_text(io.BytesIO(data))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return str(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise ValueError(_("文件编码无法识别（请用 UTF-8 或 GB18030 的 .txt，或 .docx）"))


def segments(result: ExtractionResult) -> list[tuple[str, int | None]]:
    """The original text cut into plain pieces and highlighted figures (by index)."""
    text, at = result.text, 0
    pieces: list[tuple[str, int | None]] = []
    spans = sorted((f.span[0], f.span[1], i) for i, f in enumerate(result.figures))
    for start, end, index in spans:
        if start < at:
            continue  # overlapping spans: keep the first
        pieces.append((text[at:start], None))
        pieces.append((text[start:end], index))
        at = end
    pieces.append((text[at:], None))
    return [(t, i) for t, i in pieces if t]


@actor_required
def text_page(request: HttpRequest) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    if not can_manage(actor, actor.scope):
        return deny(request, _("只有创新办可以从文本导入数据"), actor)
    units = list(Unit.objects.filter(path__startswith=actor.scope.path, kind=Unit.UnitKind.REGION))
    data = request.POST if request.method == "POST" else request.GET
    context: dict[str, Any] = {
        "units": units,
        "unit_code": data.get("unit", actor.scope.code),
        "period": data.get("period", ""),
        "text": data.get("text", ""),
    }
    if request.method != "POST":
        return render(request, "reporting/text.html", context)
    if request.FILES.get("file"):
        try:
            context["text"] = read_upload(request.FILES["file"])
        except ValueError as exc:
            messages.error(request, str(exc))
            return render(request, "reporting/text.html", context)
    text = context["text"][:MAX_TEXT]
    unit = next((u for u in units if u.code == context["unit_code"]), None)
    if unit is None:
        return deny(request, _("无权查看该单位"), actor)
    try:
        period = Period.parse(context["period"]) if context["period"] else None
        framework = framework_for_unit(unit)
    except (ValueError, NotFound) as exc:
        messages.error(request, str(exc))
        return render(request, "reporting/text.html", context)
    refs, stored = extraction_context(framework, unit, period)
    result = extract(text, indicators=refs, stored=stored)
    if "import" in request.POST:
        return _import(request, actor, result, framework, unit, period)
    figures = to_json(result)["figures"]
    context.update(
        {
            "figures": list(enumerate(figures)),
            "segments": segments(result),
            "refs": refs,
            "may_import": period is not None,
        }
    )
    return render(request, "reporting/text.html", context)


def _import(
    request: HttpRequest,
    actor: Actor,
    result: ExtractionResult,
    framework: Any,
    unit: Unit,
    period: Period | None,
) -> HttpResponse:
    if period is None:
        messages.error(request, _("导入前请选择报告期"))
        return redirect("reporting:text")
    chosen = []
    for index in request.POST.getlist("pick"):
        if not index.isdigit() or int(index) >= len(result.figures):
            continue
        figure = result.figures[int(index)]
        code = request.POST.get(f"code-{index}") or figure.indicator_code
        if code and figure.value is not None:
            excerpt = result.text[figure.span[0] : figure.span[1]]
            chosen.append(Chosen(code, figure.value, figure.unit, excerpt))
    if not chosen:
        messages.error(request, _("请至少勾选一个已匹配指标的数字"))
        return redirect("reporting:text")
    try:
        with transaction.atomic():
            count = import_figures(
                framework=framework,
                unit=unit,
                period=period,
                chosen=chosen,
                source=result.text,
                actor=actor,
                user=request.user if isinstance(request.user, User) else None,
                now=timezone.now(),
            )
    except WorkflowError as exc:
        messages.error(request, exc.message)
        return redirect("reporting:text")
    messages.success(
        request, _("已导入 %(count)s 项为草稿，请在填报表中核对后报送") % {"count": count}
    )
    return redirect("reporting:home")
