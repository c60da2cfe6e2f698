"""What a dashboard is asked for: the period, lever filter, which values count, and the date
it is shown as of. Read the same way from a page's query string and from the API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from jindu.progress import Period
from jindu.reporting.display import parse_as_of

_TRUE = {"1", "true", "on", "yes"}


@dataclass(frozen=True)
class Options:
    period: Period | None = None  # None: the latest period with counted data
    lever: str | None = None
    include_submitted: bool = False  # count 已报送 values beside 已审核 ones
    as_of: datetime | None = None  # as the dashboard stood at this moment


def parse_options(
    *,
    period: str | None = None,
    lever: str | None = None,
    include_submitted: bool | str | None = None,
    as_of: str | None = None,
) -> Options:
    """Raises ValueError with a message for the user on a bad period or date."""
    if isinstance(include_submitted, str):
        include_submitted = include_submitted.strip().lower() in _TRUE
    return Options(
        period=Period.parse(period) if period else None,
        lever=lever or None,
        include_submitted=bool(include_submitted),
        as_of=parse_as_of(as_of) if as_of else None,
    )


def options_from_query(query: Mapping[str, str]) -> Options:
    return parse_options(
        period=query.get("period"),
        lever=query.get("lever"),
        include_submitted=query.get("include_submitted"),
        as_of=query.get("as_of"),
    )
