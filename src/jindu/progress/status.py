"""Status — 进度状态: 已完成 / 超进度 / 滞后 / 严重滞后 / 未报送.

Higher-is-better (正向指标), the rules of DOMAIN.md §3:

- no value for a due period → 未报送 missing;
- completion ≥ 100% → 已完成 done;
- gap = completion − time progress: gap ≥ 0 → 超进度 ahead; far_behind_pp ≤ gap < 0 → 滞后
  behind; gap < far_behind_pp (default −10 pp) → 严重滞后 far behind;
- growth indicators compare actual growth with target growth in pp, without time scaling:
  done at year end when actual ≥ target; negative growth is red (when the target is not itself
  a decline); otherwise the growth gap goes through the same bands.

Lower-is-better (逆向指标) mirrors them, so that "good" is always a gap ≥ 0 after a sign flip:

- cumulative (a cap on a flow, e.g. energy use): ahead while completion ≤ time progress
  (mirrored gap = time progress − completion); done only at year end with completion ≤ 100;
- level and ratio (a ceiling on a state, e.g. approval days): a ceiling holds all year, so the
  reference is 100, not time progress: ahead while completion ≤ 100, behind by the excess
  over 100 in pp; done at year end with completion ≤ 100;
- growth: mirrored gap = target − actual growth; growth above zero is red when the target is
  zero or a decline; done at year end when actual ≤ target.

Status is monotone: a better gap never gives a worse status (order `Status.rank`).
None means nothing can be said: there is a value but no target (or no time progress).
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jindu.progress._exact import HUNDRED, finite
from jindu.progress.kinds import Direction, Kind
from jindu.progress.metrics import gap_pp, growth_gap_pp

_LABELS_ZH = {
    "done": "已完成",
    "ahead": "超进度",
    "behind": "滞后",
    "far_behind": "严重滞后",
    "missing": "未报送",
}
_COLOURS = {
    "done": "green",
    "ahead": "blue",
    "behind": "yellow",
    "far_behind": "red",
    "missing": "grey",
}
_RANKS = {"done": 4, "ahead": 3, "behind": 2, "far_behind": 1, "missing": 0}


class Status(StrEnum):
    DONE = "done"
    AHEAD = "ahead"
    BEHIND = "behind"
    FAR_BEHIND = "far_behind"
    MISSING = "missing"

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self.value]

    @property
    def colour(self) -> str:
        return _COLOURS[self.value]

    @property
    def rank(self) -> int:
        """Order from worst (missing, 0) to best (done, 4), for sorting and comparing."""
        return _RANKS[self.value]


@dataclass(frozen=True)
class StatusBands:
    """Where 滞后 ends and 严重滞后 begins, in pp below the reference; per framework."""

    far_behind_pp: Decimal = Decimal("-10")

    def __post_init__(self) -> None:
        if not self.far_behind_pp.is_finite() or self.far_behind_pp > 0:
            raise ValueError(f"far_behind_pp must be 0 or below, got {self.far_behind_pp}")

    def classify(self, gap: Decimal) -> Status:
        """Band a gap where ≥ 0 is good (already mirrored for lower-is-better)."""
        if gap >= 0:
            return Status.AHEAD
        if gap >= self.far_behind_pp:
            return Status.BEHIND
        return Status.FAR_BEHIND


DEFAULT_BANDS = StatusBands()  # DOMAIN.md §3: 滞后 down to −10 pp, 严重滞后 below


def reference_progress(kind: Kind, direction: Direction, time_progress: Decimal) -> Decimal:
    """The completion a unit should not fall short of (or, lower-is-better, not exceed).

    Time progress, except for lower-is-better levels and ratios: a ceiling holds all year (100).
    """
    if direction is Direction.LOWER and kind in (Kind.LEVEL, Kind.RATIO):
        return HUNDRED
    return time_progress


def status_for(
    *,
    kind: Kind,
    direction: Direction,
    completion: Decimal | None,
    time_progress: Decimal | None,
    actual_growth: Decimal | None = None,
    target_growth: Decimal | None = None,
    has_value: bool,
    is_year_end: bool,
    bands: StatusBands = DEFAULT_BANDS,
) -> Status | None:
    """The status of one indicator for one unit and period (see the module docstring)."""
    if not has_value:
        return Status.MISSING
    if kind is Kind.GROWTH:
        return _growth_status(direction, actual_growth, target_growth, is_year_end, bands)
    completion, time_progress = finite(completion), finite(time_progress)
    if completion is None or time_progress is None:
        return None
    reference = reference_progress(kind, direction, time_progress)
    if direction is Direction.HIGHER:
        if completion >= HUNDRED:
            return Status.DONE
        gap = gap_pp(completion, reference)
    else:
        if is_year_end and completion <= HUNDRED:
            return Status.DONE
        gap = gap_pp(reference, completion)
    return None if gap is None else bands.classify(gap)


def _growth_status(
    direction: Direction,
    actual: Decimal | None,
    target: Decimal | None,
    is_year_end: bool,
    bands: StatusBands,
) -> Status | None:
    actual, target = finite(actual), finite(target)
    if actual is None or target is None:
        return None
    if direction is Direction.LOWER:
        # Mirror: for lower-is-better a fall is what a rise is for higher-is-better.
        actual, target = actual.copy_negate(), target.copy_negate()
    if actual < 0 <= target:
        return Status.FAR_BEHIND  # 负增长 where growth was asked for is red
    gap = growth_gap_pp(actual, target)
    if gap is None:
        return None
    if is_year_end and gap >= 0:
        return Status.DONE
    return bands.classify(gap)
