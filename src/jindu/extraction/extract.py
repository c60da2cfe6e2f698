"""The public entry: text in, figures with matches and checks out."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jindu.extraction import checks as ck
from jindu.extraction.figures import Draft, extract_drafts
from jindu.extraction.match import IndicatorRef, match_indicator
from jindu.extraction.normalize import Normalized, normalize
from jindu.extraction.units import convert


@dataclass(frozen=True)
class StoredFacts:
    """What the database holds for an indicator, in the indicator's unit and the period."""

    target: Decimal | None = None
    last_year_value: Decimal | None = None
    value: Decimal | None = None


@dataclass(frozen=True)
class Figure:
    """A reported figure. Values are in the unit as written (14 with 亿元)."""

    indicator: str
    value: Decimal | None
    unit: str | None
    qualifier: str | None = None
    completion_rate: Decimal | None = None
    yoy_growth: Decimal | None = None
    target: Decimal | None = None
    target_implied: bool = False
    time_progress_gap_pp: Decimal | None = None
    status: str | None = None
    period: str | None = None
    region: str | None = None
    span: tuple[int, int] = (0, 0)
    indicator_code: str | None = None
    checks: tuple[ck.Check, ...] = ()


@dataclass(frozen=True)
class ExtractionResult:
    normalized: Normalized
    figures: tuple[Figure, ...]

    @property
    def text(self) -> str:
        return self.normalized.original


def extract(
    text: str,
    *,
    indicators: Sequence[IndicatorRef] = (),
    stored: Mapping[str, StoredFacts] | None = None,
) -> ExtractionResult:
    """Every figure a report states, matched to ``indicators`` and checked against
    ``stored`` facts (keyed by indicator code). Never raises on odd text."""
    normalized = normalize(text)
    figures = []
    notes = _currency_notes(normalized.original)
    for draft in extract_drafts(normalized.text):
        if notes and draft.unit and draft.unit.endswith("元"):
            draft.unit = _in_currency(
                draft.unit, normalized.to_original(draft.start, draft.end), notes
            )
        # the targets a completion rate implies: for the figure's target and for its checks
        implied = (
            ck.implied_target(draft.value, draft.unit, draft.completion_rate)
            if draft.value is not None and draft.completion_rate
            else None
        )
        target, target_implied = draft.target, False
        # 1万多个, 约7107万亩: a bound or an estimate implies no target
        if target is None and implied is not None and draft.qualifier is None:
            target = implied[1]
            target_implied = target is not None
        ref = match_indicator(draft.indicator, draft.unit, indicators) if indicators else None
        facts = (stored or {}).get(ref.code) if ref else None
        checks = _checks(draft, target, target_implied, implied, ref, facts)
        figures.append(_figure(draft, normalized, target, target_implied, ref, checks))
    return ExtractionResult(normalized, tuple(figures))


# 447.9亿元(澳门元，下同): the currency of every amount in 元 from there on (the normaliser
# drops the note as an aside, so it is read in the text as written)
_CURRENCY_BELOW = re.compile(
    r"[(（](?P<currency>澳門元|澳门元|港元|港幣|港币|美元)[，,]\s*下同[)）]"
)
_CURRENCIES = {"澳門元": "澳门元", "港幣": "港元", "港币": "港元"}


def _currency_notes(original: str) -> tuple[list[int], list[str]]:
    """Where each currency note of the text stands, and its currency (simplified)."""
    if "下同" not in original:
        return [], []
    found = list(_CURRENCY_BELOW.finditer(original))
    currencies = [m.group("currency") for m in found]
    return [m.start() for m in found], [_CURRENCIES.get(c, c) for c in currencies]


_NOTE_REACH = 2  # characters between an amount and the note right after it


def _in_currency(unit: str, span: tuple[int, int], notes: tuple[list[int], list[str]]) -> str:
    """亿元 → 亿澳门元 from the amount a note that amounts are in 澳门元 follows on (an amount
    before it, or one already in a currency, stays)."""
    at = bisect_right(notes[0], span[1] + _NOTE_REACH) - 1
    if at < 0 or unit[:-1].endswith(("美", "港", "澳门", "欧", "日")):
        return unit
    return unit[:-1] + notes[1][at]


def _figure(
    draft: Draft,
    normalized: Normalized,
    target: Decimal | None,
    target_implied: bool,
    ref: IndicatorRef | None,
    checks: tuple[ck.Check, ...],
) -> Figure:
    return Figure(
        indicator=draft.indicator,
        value=draft.value,
        unit=draft.unit,
        qualifier=draft.qualifier,
        completion_rate=draft.completion_rate,
        yoy_growth=draft.yoy_growth,
        target=target,
        target_implied=target_implied,
        time_progress_gap_pp=draft.time_progress_gap_pp,
        status=draft.status,
        period=draft.period,
        region=draft.region,
        span=normalized.to_original(draft.start, draft.end),
        indicator_code=ref.code if ref else None,
        checks=checks,
    )


def _checks(
    draft: Draft,
    target: Decimal | None,
    target_implied: bool,
    implied: tuple[ck.Interval, Decimal | None] | None,
    ref: IndicatorRef | None,
    facts: StoredFacts | None,
) -> tuple[ck.Check, ...]:
    """The checks of a draft figure with its ``target`` (``target_implied`` when only the
    completion rate gives it), given the targets the rate ``implied``."""
    found: list[ck.Check] = []
    value, rate, growth = draft.value, draft.completion_rate, draft.yoy_growth
    if value is not None and rate is not None and rate > 0 and implied is not None:
        interval, unique = implied
        found.append(
            ck.Check(
                "implied_target",
                True,
                f"完成率隐含目标 {interval.low:.4f} – {interval.high:.4f}",
                interval.low,
                interval.high,
                unique,
            )
        )
        if target is not None and not target_implied:
            found.append(ck.check_rate(value, draft.unit, rate, target, source="stated"))
    if value is not None and growth is not None:
        last = ck.implied_last_year(value, growth)
        if last is not None:
            found.append(
                ck.Check(
                    "implied_last_year",
                    True,
                    f"同比隐含去年同期 {last.low:.4f} – {last.high:.4f}",
                    last.low,
                    last.high,
                )
            )
    if growth is not None:
        outlier = ck.check_yoy_outlier(growth)
        if outlier:
            found.append(outlier)
    if ref is None or facts is None or value is None or draft.region is not None:
        # Stored facts are the chosen unit's; a figure about a part of it (翠山湖区) can't be
        # compared with them.
        return tuple(found)
    in_unit = convert(value, draft.unit, ref.unit)
    if in_unit is None:
        return tuple(found)
    if facts.target is not None and rate is not None:
        found.append(ck.check_rate(in_unit, ref.unit, rate, facts.target, source="stored"))
    if facts.last_year_value is not None and growth is not None:
        found.append(ck.check_growth(in_unit, growth, facts.last_year_value))
    if facts.value is not None:
        found.append(ck.check_value(in_unit, ref.unit, facts.value, draft.qualifier))
    return tuple(found)
