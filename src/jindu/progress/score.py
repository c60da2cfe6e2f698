"""Progress score and rank — 考核得分 · 排名.

A unit's progress score = Σ weight × min(completion ÷ time progress, 1) ÷ Σ weight × 100.

- An indicator with missing data (未报送) scores 0 with its full weight and is listed.
- An indicator without a target (completion None, not missing) is left out of both sums,
  as are growth indicators, which have no completion rate.
- Time progress 0: the indicator scores 1 if completion ≥ 0.
- Each indicator scores within 0..1: a negative completion scores 0, not below.
- Lower-is-better (逆向): the ratio is mirrored, min(time progress ÷ completion, 1), and a
  completion of 0 or below scores 1. Give lower-is-better levels and ratios a time progress
  of 100 (`status.reference_progress`), since their ceiling holds all year.

Ranks are competition ranks (1, 2, 2, 4) decided on the displayed score, rounded half-up.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jindu.progress._exact import CONTEXT, HUNDRED, exact_sum
from jindu.progress.kinds import Direction
from jindu.progress.rounding import PERCENT_PLACES, round_half_up

_ONE = Decimal(1)
_ZERO = Decimal(0)


@dataclass(frozen=True)
class ScoreItem:
    """One indicator's part in a unit's score."""

    indicator_code: str
    weight: Decimal
    completion: Decimal | None
    time_progress: Decimal | None
    missing: bool
    direction: Direction = Direction.HIGHER


@dataclass(frozen=True)
class UnitScore:
    """A unit's score (得分, 0..100) with each indicator's weighted contribution."""

    unit: str
    score: Decimal
    contributions: dict[str, Decimal]  # code → weight × ratio (ratio in 0..1)
    missing: tuple[str, ...]  # codes with missing data, scored 0


@dataclass(frozen=True)
class Ranked:
    rank: int
    score: UnitScore


def item_ratio(item: ScoreItem) -> Decimal | None:
    """min(completion ÷ time progress, 1), clamped to 0..1; None when not scored."""
    if item.missing:
        return _ZERO
    completion, progress = item.completion, item.time_progress
    if completion is None or progress is None:
        return None
    if item.direction is Direction.LOWER:
        completion, progress = progress, completion  # mirrored: progress ÷ completion
        if progress <= 0:
            return _ONE
    elif progress.is_zero():
        return _ONE if completion >= 0 else _ZERO
    ratio = CONTEXT.divide(completion, progress)
    return max(_ZERO, min(ratio, _ONE))


def progress_score(unit: str, items: Sequence[ScoreItem]) -> UnitScore:
    """The progress score of `unit` over its indicators (see the module docstring)."""
    contributions: dict[str, Decimal] = {}
    weights: list[Decimal] = []
    for item in items:
        ratio = item_ratio(item)
        if ratio is None:
            continue
        if item.indicator_code in contributions:
            raise ValueError(f"{unit}: indicator {item.indicator_code} is scored twice")
        contributions[item.indicator_code] = CONTEXT.multiply(item.weight, ratio)
        weights.append(item.weight)
    total_weight = exact_sum(weights)
    if total_weight.is_zero():
        score = _ZERO
    else:
        weighted = CONTEXT.multiply(exact_sum(contributions.values()), HUNDRED)
        score = CONTEXT.divide(weighted, total_weight)
    missing = tuple(item.indicator_code for item in items if item.missing)
    return UnitScore(unit=unit, score=score, contributions=contributions, missing=missing)


def rank(scores: Sequence[UnitScore], places: int = PERCENT_PLACES) -> list[Ranked]:
    """Rank units by score, best first; equal displayed scores share a rank (1, 2, 2, 4).

    Ties are decided on the score as shown (rounded half-up to `places`) and listed by unit.
    """
    shown = [(round_half_up(score.score, places), score) for score in scores]
    shown.sort(key=lambda pair: (-pair[0], pair[1].unit))
    ranked: list[Ranked] = []
    for position, (value, score) in enumerate(shown, start=1):
        tied = position > 1 and value == shown[position - 2][0]
        ranked.append(Ranked(ranked[-1].rank if tied else position, score))
    return ranked
