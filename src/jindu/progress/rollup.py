"""Roll-up to a parent unit — 汇总 (区县 → 市, 部门 → 地区).

Additive indicators (counts, money) are summed. Ratios are recomputed from summed components,
Σ numerators ÷ Σ denominators × factor — never the mean of the children's ratios, and
percentages are never averaged. A parent value entered directly is checked against the sum of
its children (上下级数据不一致 is flagged).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from jindu.progress._exact import CONTEXT, EXACT, exact_sum, finite


def rollup_sum(values: Iterable[Decimal | None]) -> Decimal | None:
    """Sum of the children's values, skipping missing ones; None when all are missing."""
    present = [value for value in map(finite, values) if value is not None]
    if not present:
        return None
    return exact_sum(present)


@dataclass(frozen=True)
class Components:
    """The parts of a ratio indicator (每万人发明专利拥有量 = 有效发明专利数 ÷ 常住人口 × 10000)."""

    numerator: Decimal
    denominator: Decimal


def ratio_value(components: Components, factor: Decimal) -> Decimal | None:
    """numerator ÷ denominator × factor; None when the denominator is 0."""
    if components.denominator.is_zero():
        return None
    scaled = CONTEXT.multiply(components.numerator, factor)
    return finite(CONTEXT.divide(scaled, components.denominator))


def rollup_ratio(children: Iterable[Components | None], factor: Decimal) -> Decimal | None:
    """The parent's ratio: Σ numerators ÷ Σ denominators × factor (missing children skipped)."""
    present = [child for child in children if child is not None]
    if not present:
        return None
    total = Components(
        numerator=exact_sum(child.numerator for child in present),
        denominator=exact_sum(child.denominator for child in present),
    )
    return ratio_value(total, factor)


@dataclass(frozen=True)
class RollupCheck:
    """A parent's entered value against the sum of its children's."""

    entered: Decimal
    children_sum: Decimal
    difference: Decimal  # entered − children_sum
    consistent: bool  # |difference| ≤ tolerance


def check_parent(
    entered: Decimal | None,
    children: Iterable[Decimal | None],
    tolerance: Decimal = Decimal(0),
) -> RollupCheck | None:
    """Compare a directly entered parent value with its children's sum.

    None when there is nothing to compare (no entered value, or no child value). `tolerance`
    allows for children reported rounded (e.g. Decimal("0.5") for whole 亿元 figures).
    """
    if tolerance < 0:
        raise ValueError(f"tolerance must be 0 or more, got {tolerance}")
    entered = finite(entered)
    children_sum = rollup_sum(children)
    if entered is None or children_sum is None:
        return None
    difference = EXACT.subtract(entered, children_sum)
    return RollupCheck(entered, children_sum, difference, abs(difference) <= tolerance)
