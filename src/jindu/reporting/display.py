"""Figures as people read them: the rounding and labels of every table, JSON and CSV export.

Numbers are decimal strings rounded as displayed (四舍五入): values to the indicator's decimals
with trailing zeros dropped, as reports print them (14亿元, 7.28亿元, 3.92件); completion rate,
time progress and gap to 2 decimals (55.26); growth to 1 decimal (53.2). No figure is null.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from jindu.labels import label
from jindu.progress import (
    GROWTH_PLACES,
    PERCENT_PLACES,
    Kind,
    Ranked,
    format_amount,
    format_decimal,
)
from jindu.reporting.selectors import ProgressRow

PROGRESS_KEYS = [
    "code",
    "name",
    "unit",
    "actual",
    "target",
    "completion_rate",
    "time_progress",
    "gap_pp",
    "yoy_growth",
    "status",
]
# Column headings of the table (lazy: translated when shown, in the active language)
PROGRESS_HEADERS = {
    "code": _("代码"),
    "name": _("指标"),
    "unit": _("单位"),
    "actual": _("完成值"),
    "target": _("目标"),
    "completion_rate": _("完成率%"),
    "time_progress": _("时间进度%"),
    "gap_pp": _("差距(百分点)"),
    "yoy_growth": _("同比%"),
    "status": _("状态"),
}


def parse_as_of(text: str | None) -> datetime | None:
    """ "2016-04-30" means the end of that day; a time may follow. Beijing time unless given."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date: {text!r} (e.g. 2016-04-30)") from None
    if len(text) == 10:
        moment = datetime.combine(moment.date(), time.max)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    return moment


def _or_none(text: str) -> str | None:
    return None if text == "—" else text


def progress_record(row: ProgressRow) -> dict[str, Any]:
    ev, ind = row.evaluation, row.indicator
    growth = ind.kind == Kind.GROWTH
    return {
        "code": ind.code,
        "name": ind.name,
        "unit": ind.unit_of_measure,
        "actual": _or_none(format_amount(ev.actual, ind.decimals)),
        "target": _or_none(format_amount(ev.target, GROWTH_PLACES if growth else ind.decimals)),
        "completion_rate": _or_none(format_decimal(ev.completion_rate, PERCENT_PLACES)),
        "time_progress": _or_none(format_decimal(ev.time_progress, PERCENT_PLACES)),
        "gap_pp": _or_none(format_decimal(ev.gap_pp, GROWTH_PLACES if growth else PERCENT_PLACES)),
        "yoy_growth": _or_none(format_decimal(ev.yoy_growth, GROWTH_PLACES)),
        "status": label(ev.status) if ev.status else None,
    }


def rank_record(ranked: Ranked) -> dict[str, Any]:
    return {
        "rank": ranked.rank,
        "unit": ranked.score.unit,
        "score": format_decimal(ranked.score.score, PERCENT_PLACES),
        "missing": list(ranked.score.missing),
    }
