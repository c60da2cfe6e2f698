"""The JSON form of an extraction.

Numbers are emitted as strings of their exact decimal value as written ("55.26",
"92.50", "14"): JSON numbers are floats in most readers, and a rounded figure's
trailing zeros say how it was rounded. Compare them as ``Decimal``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jindu.extraction.checks import Check, decimals, round_half_up
from jindu.extraction.extract import ExtractionResult, Figure


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _bound(value: Decimal | None) -> str | None:
    """Interval bounds are computed, not stated: six decimals are enough to read them."""
    if value is None:
        return None
    return f"{round_half_up(value, 6).normalize():f}" if decimals(value) > 6 else str(value)


def check_to_json(check: Check) -> dict[str, Any]:
    return {
        "kind": check.kind,
        "ok": check.ok,
        "message": check.message,
        "low": _bound(check.low),
        "high": _bound(check.high),
        "value": _number(check.value),
    }


def figure_to_json(figure: Figure) -> dict[str, Any]:
    return {
        "indicator": figure.indicator,
        "value": _number(figure.value),
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "completion_rate": _number(figure.completion_rate),
        "yoy_growth": _number(figure.yoy_growth),
        "target": _number(figure.target),
        "target_implied": figure.target_implied,
        "time_progress_gap_pp": _number(figure.time_progress_gap_pp),
        "status": figure.status,
        "period": figure.period,
        "region": figure.region,
        "span": {"start": figure.span[0], "end": figure.span[1]},
        "indicator_code": figure.indicator_code,
        "matched": figure.indicator_code is not None,
        "checks": [check_to_json(c) for c in figure.checks],
    }


def to_json(result: ExtractionResult) -> dict[str, Any]:
    """``{"figures": [...]}`` with the keys of the seed's gold file plus span and checks."""
    return {"figures": [figure_to_json(f) for f in result.figures]}
