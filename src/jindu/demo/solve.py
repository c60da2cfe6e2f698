"""Find stored values that reproduce printed figures under the engine's own rounding.

A report prints rounded figures (3.92件, 完成率92.50%, 同比增长304.8%); the demo must store
unrounded values that give back exactly those prints. Each search walks candidates from the
simplest (fewest decimals) up and accepts the first one whose *displayed* result, computed by
jindu.progress, equals the print; so the demo can never disagree with the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal

from jindu.progress import Components, ratio_value

MAX_PLACES = 8
MAX_STEPS = 100_000


class Unsolvable(ValueError):
    pass


def simplest(low: Decimal, high: Decimal, accept: Callable[[Decimal], bool]) -> Decimal:
    """The decimal with the fewest places in [low, high] that `accept` takes."""
    for places in range(MAX_PLACES + 1):
        step = Decimal(1).scaleb(-places)
        candidate = (low / step).to_integral_value(rounding=ROUND_CEILING) * step
        for _ in range(MAX_STEPS):
            if candidate > high:
                break
            if accept(candidate):
                return candidate
            candidate += step
    raise Unsolvable(f"no value in [{low}, {high}] reproduces the printed figures")


def half_step(places: int) -> Decimal:
    return Decimal(5).scaleb(-places - 1)


def components_for(
    low: Decimal,
    high: Decimal,
    factor: Decimal,
    denominator_near: int,
    accept: Callable[[Decimal], bool],
) -> Components:
    """Whole-number components (有效发明专利数, 常住人口) whose ratio `accept` takes,
    with the denominator as close as possible to `denominator_near`."""
    for offset in range(MAX_STEPS):
        for denominator in {denominator_near + offset, denominator_near - offset}:
            if denominator <= 0:
                continue
            d = Decimal(denominator)
            numerator = (low * d / factor).to_integral_value(rounding=ROUND_CEILING)
            while (
                value := ratio_value(Components(numerator, d), factor)
            ) is not None and value <= high:
                if accept(value):
                    return Components(numerator, d)
                numerator += 1
    raise Unsolvable(f"no whole-number components give a ratio in [{low}, {high}]")
