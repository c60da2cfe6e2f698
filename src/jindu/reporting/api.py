"""JSON API of reporting: framework read, progress of a unit (the JSON twin of the CLI)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from jindu.accounts.selectors import can_read
from jindu.api import Forbidden, actor_of
from jindu.framework.models import Framework, Unit
from jindu.framework.selectors import framework_for_unit, frameworks_for_unit
from jindu.progress import Period
from jindu.reporting import display
from jindu.reporting.models import Round
from jindu.reporting.selectors import progress_rows
from jindu.reporting.services import (
    EntryInput,
    EntryRejected,
    NotAllowed,
    WorkflowError,
    save_entries,
)

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
        raise Forbidden(_("无权查看 %(unit)s 的数据") % {"unit": unit.name})
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


class IndicatorOut(Schema):
    code: str
    name: str
    lever: str
    unit: str
    kind: str
    direction: str
    decimals: int
    lead_unit: str | None


@router.get("/frameworks/{code}/indicators", response=list[IndicatorOut])
def framework_indicators(request: HttpRequest, code: str) -> list[dict[str, Any]]:
    """The indicators of a framework (any signed-in user or client may read the framework)."""
    actor_of(request)
    framework = get_object_or_404(Framework, code=code)
    return [
        {
            "code": i.code,
            "name": i.name,
            "lever": i.lever.code,
            "unit": i.unit_of_measure,
            "kind": i.kind,
            "direction": i.direction,
            "decimals": i.decimals,
            "lead_unit": i.lead_unit.code if i.lead_unit else None,
        }
        for i in framework.indicators.select_related("lever", "lead_unit")
    ]


class ValueIn(Schema):
    indicator: str
    region: str
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    comment: str = ""


class ValuesIn(Schema):
    period: str
    items: list[ValueIn]
    submit: bool = False


class ProblemOut(Schema):
    key: str
    field: str
    message: str
    blocking: bool


class ValuesOut(Schema):
    written: int
    problems: list[ProblemOut] = []


def _refused(status: int, message: str, field: str = "") -> Status[dict[str, Any]]:
    problem = {"key": "", "field": field, "message": message, "blocking": True}
    return Status(status, {"written": 0, "problems": [problem]})


@router.post("/values", response={200: ValuesOut, 409: ValuesOut, 422: ValuesOut})
def write_values(request: HttpRequest, payload: ValuesIn) -> Status[dict[str, Any]]:
    """Enter (and optionally submit) values of the open round for a period, with the same
    checks and permissions as the entry sheet. All or nothing."""
    actor = actor_of(request)
    try:
        period = Period.parse(payload.period)
    except ValueError as exc:
        return _refused(422, str(exc), "period")
    frameworks = frameworks_for_unit(actor.scope)
    round_ = Round.objects.filter(
        framework__in=frameworks, year=period.year, month=period.month
    ).first()
    if round_ is None:
        return _refused(409, _("%(period)s 没有开启的填报") % {"period": period}, "period")
    items = [
        EntryInput(
            i.indicator,
            i.region,
            value=i.value,
            numerator=i.numerator,
            denominator=i.denominator,
            comment=i.comment,
        )
        for i in payload.items
    ]
    try:
        with transaction.atomic():
            written = save_entries(
                round_=round_,
                actor=actor,
                user=None,
                items=items,
                submit=payload.submit,
                now=timezone.now(),
            )
    except NotAllowed as exc:
        raise Forbidden(exc.message) from None
    except EntryRejected as exc:
        return Status(422, {"written": 0, "problems": [p.__dict__ for p in exc.problems]})
    except WorkflowError as exc:
        return _refused(exc.status, exc.message)
    return Status(200, {"written": written, "problems": []})
