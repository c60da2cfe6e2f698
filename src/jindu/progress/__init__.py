"""The progress core — 进度计算: pure Python, exact decimals, no Django.

Periods (报告期), time progress (时间进度), completion (完成率), gap (差距), growth (同比),
status (状态), projection (预测), roll-up (汇总), score and rank (得分 · 排名), and rounding
for display (四舍五入). The Django apps call these functions with plain values.
"""

from jindu.progress.evaluate import Evaluation, IndicatorSpec, evaluate
from jindu.progress.kinds import Direction, Kind
from jindu.progress.metrics import (
    completion_rate,
    gap_pp,
    growth_gap_pp,
    increment_progress,
    required_pace,
    yoy_growth,
)
from jindu.progress.periods import Period
from jindu.progress.projection import AT_RISK_SHARE, Outlook, Projection, outlook, project
from jindu.progress.rollup import (
    Components,
    RollupCheck,
    check_parent,
    ratio_value,
    rollup_ratio,
    rollup_sum,
)
from jindu.progress.rounding import (
    GROWTH_PLACES,
    MISSING_TEXT,
    PERCENT_PLACES,
    format_amount,
    format_decimal,
    round_half_up,
)
from jindu.progress.schedule import Schedule, ScheduleKind, time_progress
from jindu.progress.score import Ranked, ScoreItem, UnitScore, progress_score, rank
from jindu.progress.status import DEFAULT_BANDS, Status, StatusBands, reference_progress, status_for

__all__ = [
    "AT_RISK_SHARE",
    "DEFAULT_BANDS",
    "GROWTH_PLACES",
    "MISSING_TEXT",
    "PERCENT_PLACES",
    "Components",
    "Direction",
    "Evaluation",
    "IndicatorSpec",
    "Kind",
    "Outlook",
    "Period",
    "Projection",
    "Ranked",
    "RollupCheck",
    "Schedule",
    "ScheduleKind",
    "ScoreItem",
    "Status",
    "StatusBands",
    "UnitScore",
    "check_parent",
    "completion_rate",
    "evaluate",
    "format_amount",
    "format_decimal",
    "gap_pp",
    "growth_gap_pp",
    "increment_progress",
    "outlook",
    "progress_score",
    "project",
    "rank",
    "ratio_value",
    "reference_progress",
    "required_pace",
    "rollup_ratio",
    "rollup_sum",
    "round_half_up",
    "status_for",
    "time_progress",
    "yoy_growth",
]
