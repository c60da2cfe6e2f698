"""Reporting periods — 报告期 (a calendar month, the reporting grain).

A period is the month at whose end figures are reported: "截止3月份" is `Period(2016, 3)`.
Year-to-date (累计) values run from 1 January to the end of the period.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

# "2016-03", "2016-3", "2016/3", "2016.3", "2016年3月", "2016年3月份", "2016年03月".
_PATTERN = re.compile(r"(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月份?)")
# Quarters, half-years and the year are views over months: their last month carries the
# year-to-date figure. "2016-Q1", "2016Q1", "2016年一季度", "2016年第1季度", "2016年首季度",
# "2016年上半年", "2016年前三季度", "2016年全年".
_SPAN = re.compile(r"(\d{4})\s*(?:-?\s*[Qq]([1-4])|年\s*(.+))")
_SPAN_WORDS = {
    **{f"{w}季度": m for w, m in (("一", 3), ("二", 6), ("三", 9), ("四", 12), ("首", 3))},
    **{f"第{w}季度": m for w, m in (("一", 3), ("二", 6), ("三", 9), ("四", 12))},
    **{f"第{n}季度": n * 3 for n in range(1, 5)},
    **{f"{n}季度": n * 3 for n in range(1, 5)},
    "上半年": 6,
    "前三季度": 9,
    "全年": 12,
    "下半年": 12,
}


@dataclass(frozen=True, order=True)
class Period:
    """A calendar month (报告期), ordered by year then month."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, got {self.month}")
        if not 1 <= self.year <= 9999:  # datetime.date's range
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read "2016-03", "2016-3" or "2016年3月" (full-width digits too); a quarter,
        half-year or year ("2016-Q1", "2016年上半年", "2016年全年") reads as its last month."""
        normalised = unicodedata.normalize("NFKC", text).strip()
        match = _PATTERN.fullmatch(normalised)
        span = _SPAN.fullmatch(normalised) if match is None else None
        if span is not None:
            month = int(span.group(2)) * 3 if span.group(2) else _SPAN_WORDS.get(span.group(3), 0)
            if month:
                return cls(int(span.group(1)), month)
        if match is None:
            raise ValueError(
                f"not a reporting period: {text!r} "
                "(expected e.g. '2016-03', '2016年3月' or '2016-Q1')"
            )
        year, month = int(match.group(1)), int(match.group(2) or match.group(3))
        if not 1 <= month <= 12:
            raise ValueError(f"not a reporting period: {text!r} (month must be 1..12)")
        return cls(year, month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start_date(self) -> date:
        """The first day of the month."""
        return date(self.year, self.month, 1)

    @property
    def end_date(self) -> date:
        """The last day of the month: the date figures are "截止" (up to)."""
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def days_elapsed(self) -> int:
        """Days from 1 January to the end of the period, both included (March 2016 → 91)."""
        return self.end_date.timetuple().tm_yday

    @property
    def days_in_year(self) -> int:
        """365, or 366 in a leap year."""
        return 366 if calendar.isleap(self.year) else 365

    @property
    def months_left(self) -> int:
        """Months of the year after this one (December → 0)."""
        return 12 - self.month

    @property
    def quarter(self) -> int:
        """The quarter (季度) the month falls in, 1..4."""
        return (self.month - 1) // 3 + 1

    @property
    def is_year_end(self) -> bool:
        """True for December, the period whose figures are the year's result (年终)."""
        return self.month == 12

    def previous(self) -> Period:
        """The month before (环比 compares with it)."""
        if self.month == 1:
            return Period(self.year - 1, 12)
        return Period(self.year, self.month - 1)

    def next(self) -> Period:
        """The month after."""
        if self.month == 12:
            return Period(self.year + 1, 1)
        return Period(self.year, self.month + 1)

    def same_period_last_year(self) -> Period:
        """The same month a year earlier (同期, which 同比 compares with)."""
        return Period(self.year - 1, self.month)

    def months_of_year_to(self) -> list[Period]:
        """January to this month, in order."""
        return [Period(self.year, month) for month in range(1, self.month + 1)]
