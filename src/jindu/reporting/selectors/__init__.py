"""Read-side queries of reporting. Submodules: progress (progress rows, ranking, as-of),
rounds (rounds, entry sheets, timeliness). The names used elsewhere are re-exported here."""

from jindu.reporting.selectors.periods import latest_period, periods_with_data
from jindu.reporting.selectors.progress import (
    Figure,
    ProgressRow,
    Series,
    Stored,
    counted_states,
    extraction_context,
    progress_for_units,
    progress_rows,
    ranking,
    region_children,
    series_by_unit,
    spec_for,
    stored_values,
    unit_score,
)

__all__ = [
    "Figure",
    "ProgressRow",
    "Series",
    "Stored",
    "counted_states",
    "extraction_context",
    "latest_period",
    "periods_with_data",
    "progress_for_units",
    "progress_rows",
    "ranking",
    "region_children",
    "series_by_unit",
    "spec_for",
    "stored_values",
    "unit_score",
]
