"""The figures behind a briefing — 通报数据快照: plain data, exact decimals, JSON both ways.

A briefing is composed only from a `BriefingData`. The archive stores it as JSON (decimals as
strings, so nothing is lost), which is how an issued briefing is produced again byte for byte
later, whatever happened to the data since. Pure Python, no Django.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from jindu.progress import Period

FORMAT_VERSION = 1


@dataclass(frozen=True)
class IndicatorFigures:
    """One indicator of one unit at the end of the period, as the engine computed it."""

    code: str
    name: str
    lever: str  # lever code
    unit_of_measure: str
    decimals: int
    kind: str  # jindu.progress.Kind value
    direction: str  # jindu.progress.Direction value
    weight: Decimal
    lead_unit: str | None
    actual: Decimal | None
    target: Decimal | None  # growth indicators: the target growth in %
    completion_rate: Decimal | None
    time_progress: Decimal
    gap_pp: Decimal | None
    yoy_growth: Decimal | None
    status: str | None  # jindu.progress.Status value; None for a monitored indicator
    required_pace: Decimal | None
    rank: int | None = None  # among the parent's regions, by completion (growth: by growth)
    rank_among: int | None = None  # how many regions were ranked
    # Completion rate (growth indicators: YoY growth) at the end of each month 1 … m.
    trend: tuple[Decimal | None, ...] = ()


@dataclass(frozen=True)
class LeverInfo:
    code: str
    name: str


@dataclass(frozen=True)
class TaskInfo:
    """An open supervision task (督办事项), as the supervision app reports it."""

    title: str
    lead_unit: str
    deadline: str  # ISO date
    state: str  # label as shown, e.g. 办理中
    overdue: bool


@dataclass(frozen=True)
class BriefingData:
    unit: str
    parent: str | None  # the unit ranks are taken in (江门市 for 开平市)
    framework: str
    framework_owner: str
    issuer: str  # 发文单位, printed on the document
    period: str  # "2016-03"
    as_of: str  # ISO date-time: values approved by then
    levers: tuple[LeverInfo, ...]
    indicators: tuple[IndicatorFigures, ...]
    tasks: tuple[TaskInfo, ...] = ()
    # The time progress most indicators share at the end of each month 1 … m (trend chart).
    time_progress_trend: tuple[Decimal, ...] = ()
    tasks_available: bool = False  # the supervision app is installed
    version: int = field(default=FORMAT_VERSION)

    @property
    def month(self) -> Period:
        return Period.parse(self.period)

    def lever_indicators(self, code: str) -> list[IndicatorFigures]:
        return [i for i in self.indicators if i.lever == code]


_DECIMALS = {
    "weight",
    "actual",
    "target",
    "completion_rate",
    "time_progress",
    "gap_pp",
    "yoy_growth",
    "required_pace",
}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(data: BriefingData) -> dict[str, Any]:
    """Plain JSON: decimals as exact strings."""
    result: dict[str, Any] = _plain(asdict(data))
    return result


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def from_json(raw: dict[str, Any]) -> BriefingData:
    if raw.get("version") != FORMAT_VERSION:
        raise ValueError(f"unknown briefing snapshot version: {raw.get('version')}")
    indicators = []
    for item in raw["indicators"]:
        values: dict[str, Any] = {k: (_dec(v) if k in _DECIMALS else v) for k, v in item.items()}
        values["trend"] = tuple(_dec(t) for t in item.get("trend", []))
        indicators.append(IndicatorFigures(**values))
    return BriefingData(
        unit=raw["unit"],
        parent=raw["parent"],
        framework=raw["framework"],
        framework_owner=raw["framework_owner"],
        issuer=raw["issuer"],
        period=raw["period"],
        as_of=raw["as_of"],
        levers=tuple(LeverInfo(**lv) for lv in raw["levers"]),
        indicators=tuple(indicators),
        tasks=tuple(TaskInfo(**t) for t in raw.get("tasks", [])),
        time_progress_trend=tuple(Decimal(t) for t in raw.get("time_progress_trend", [])),
        tasks_available=raw.get("tasks_available", False),
        version=raw["version"],
    )


def canonical(data: BriefingData) -> str:
    return json.dumps(to_json(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(data: BriefingData) -> str:
    """SHA-256 of the canonical JSON: the same figures give the same hash."""
    return hashlib.sha256(canonical(data).encode("utf-8")).hexdigest()
