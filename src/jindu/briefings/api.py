"""JSON twin of the briefing page: the paragraphs and the figures behind them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router

from jindu.accounts.selectors import can_read
from jindu.api import Forbidden, actor_of
from jindu.briefings.compose import LANGS, Section, compose
from jindu.briefings.selectors import briefing_data
from jindu.briefings.snapshot import digest, to_json
from jindu.framework.models import Unit
from jindu.progress import Period
from jindu.reporting.display import parse_as_of

router = Router(tags=["briefings"])


def _section(section: Section) -> dict[str, Any]:
    return {
        "heading": section.heading,
        "paragraphs": list(section.paragraphs),
        "subsections": [_section(s) for s in section.subsections],
    }


@router.get("/briefings/{code}/{period}")
def briefing(
    request: HttpRequest, code: str, period: str, as_of: str | None = None, lang: str = "zh"
) -> dict[str, Any]:
    """The briefing of a unit for a month: title, headed paragraphs, and every figure used
    (exact decimal strings), with the SHA-256 of those figures."""
    actor = actor_of(request)
    unit = get_object_or_404(Unit, code=code)
    if not can_read(actor, unit):
        raise Forbidden(_("无权查看 %(unit)s 的通报") % {"unit": unit.name})
    if lang not in LANGS:
        raise Forbidden(_("不支持的语言: %(lang)s") % {"lang": lang})
    try:
        month = Period.parse(period)
        moment = parse_as_of(as_of)
    except ValueError as exc:
        raise Forbidden(str(exc)) from None
    data = briefing_data(unit, month, as_of=moment)
    composed = compose(data, lang)
    return {
        "title": composed.title,
        "issuer": composed.issuer,
        "date": composed.date_line,
        "basis": composed.basis,
        "sections": [_section(s) for s in composed.sections],
        "text": composed.text(),
        "figures": to_json(data),
        "digest": digest(data),
    }
