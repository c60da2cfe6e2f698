"""Rounding for display — 四舍五入 (round half up, away from zero).

Figures are computed exactly and rounded only when shown: completion rates and time progress
to 2 decimals (55.26%), growth rates to 1 decimal (53.2%), values to the indicator's decimals.
Python's `round()` rounds half to even (0.125 → 0.12) and must not be used: Chinese reports
round half away from zero (0.125 → 0.13, −0.125 → −0.13).
"""

from decimal import ROUND_HALF_UP, Context, Decimal

PERCENT_PLACES = 2  # 完成率、时间进度、差距: 55.26%
GROWTH_PLACES = 1  # 同比增长: 53.2%
MISSING_TEXT = "—"  # shown where there is no figure (no target, no last-year value …)


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round `value` to `places` decimals, half away from zero (四舍五入).

    Zero is returned without a sign, so −0.001 rounds to 0.00, never −0.00.
    """
    if places < 0:
        raise ValueError(f"places must be 0 or more, got {places}")
    if not value.is_finite():
        raise ValueError(f"cannot round {value}")
    # Enough digits for the integer part plus `places`, whatever the value's size.
    context = Context(prec=max(28, value.adjusted() + places + 2), rounding=ROUND_HALF_UP)
    rounded = value.quantize(Decimal(1).scaleb(-places), context=context)
    return rounded.copy_abs() if rounded.is_zero() else rounded


def format_decimal(value: Decimal | None, places: int) -> str:
    """Text of `value` with exactly `places` decimals, half-up: 42/76·100 → "55.26".

    No figure (None, or a non-finite value from bad data) shows as "—".
    """
    if value is None or not value.is_finite():
        return MISSING_TEXT
    return f"{round_half_up(value, places):f}"


def format_amount(value: Decimal | None, places: int) -> str:
    """A value as reports print it: half-up to `places`, then trailing zeros dropped.

    14 at 2 places → "14" (14亿元), 7.28 → "7.28", 3.922 → "3.92", 3.9 → "3.9". Rates keep
    their fixed decimals (format_decimal); amounts read like the source text.
    """
    text = format_decimal(value, places)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
