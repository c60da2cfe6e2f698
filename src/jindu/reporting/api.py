"""JSON API of reporting: framework read, progress of a unit (the JSON twin of the CLI)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from jindu.accounts.selectors import can_read
from jindu.api import Forbidden, actor_of
from jindu.framework.models import Unit
from jindu.framework.selectors import framework_for_unit
from jindu.progress import Period
from jindu.reporting import display
from jindu.reporting.selectors import progress_rows

router = Router(tags=["reporting"])


class ProgressRowOut(Schema):
    code: str
    name: str
    unit: str
    actual: str | None
    target: str | None
    completion_rate: str | None
    time_progress: str | None
    gap_pp: str | None
    yoy_growth: str | None
    status: str | None


@router.get("/units/{code}/progress", response=list[ProgressRowOut])
def unit_progress(
    request: HttpRequest,
    code: str,
    period: str,
    lever: str | None = None,
    include_submitted: bool = False,
    as_of: str | None = None,
) -> list[dict[str, Any]]:
    """One row per indicator, as `jindu progress --format json` prints it."""
    actor = actor_of(request)
    unit = get_object_or_404(Unit, code=code)
    if not can_read(actor, unit):
        raise Forbidden(f"无权查看 {unit.name} 的数据")
    try:
        month = Period.parse(period)
        moment = display.parse_as_of(as_of)
    except ValueError as exc:
        raise Forbidden(str(exc)) from None
    rows = progress_rows(
        unit,
        month,
        framework=framework_for_unit(unit),
        lever=lever,
        include_submitted=include_submitted,
        as_of=moment,
    )
    return [display.progress_record(r) for r in rows]
