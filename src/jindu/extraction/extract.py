"""The public entry: text in, figures with matches and checks out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
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
    for draft in extract_drafts(normalized.text):
        figure = _figure(draft, normalized)
        ref = match_indicator(figure.indicator, figure.unit, indicators) if indicators else None
        facts = (stored or {}).get(ref.code) if ref else None
        checks = _checks(figure, ref, facts)
        if ref is not None or checks:
            code = ref.code if ref else None
            figure = replace(figure, indicator_code=code, checks=checks)
        figures.append(figure)
    return ExtractionResult(normalized, tuple(figures))


def _figure(draft: Draft, normalized: Normalized) -> Figure:
    target, implied = draft.target, False
    if target is None and draft.value is not None and draft.completion_rate:
        target = ck.implied_target(draft.value, draft.unit, draft.completion_rate)[1]
        implied = target is not None
    return Figure(
        indicator=draft.indicator,
        value=draft.value,
        unit=draft.unit,
        qualifier=draft.qualifier,
        completion_rate=draft.completion_rate,
        yoy_growth=draft.yoy_growth,
        target=target,
        target_implied=implied,
        time_progress_gap_pp=draft.time_progress_gap_pp,
        status=draft.status,
        period=draft.period,
        region=draft.region,
        span=normalized.to_original(draft.start, draft.end),
    )


def _checks(
    figure: Figure, ref: IndicatorRef | None, facts: StoredFacts | None
) -> tuple[ck.Check, ...]:
    found: list[ck.Check] = []
    value, rate, growth = figure.value, figure.completion_rate, figure.yoy_growth
    if value is not None and rate is not None and rate > 0:
        interval, unique = ck.implied_target(value, figure.unit, rate)
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
        if figure.target is not None and not figure.target_implied:
            found.append(ck.check_rate(value, figure.unit, rate, figure.target, source="stated"))
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
    if ref is None or facts is None or value is None or figure.region is not None:
        # Stored facts are the chosen unit's; a figure about a part of it (翠山湖区) can't be
        # compared with them.
        return tuple(found)
    in_unit = convert(value, figure.unit, ref.unit)
    if in_unit is None:
        return tuple(found)
    if facts.target is not None and rate is not None:
        found.append(ck.check_rate(in_unit, ref.unit, rate, facts.target, source="stored"))
    if facts.last_year_value is not None and growth is not None:
        found.append(ck.check_growth(in_unit, growth, facts.last_year_value))
    if facts.value is not None:
        found.append(ck.check_value(in_unit, ref.unit, facts.value, figure.qualifier))
    return tuple(found)
