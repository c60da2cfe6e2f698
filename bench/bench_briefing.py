"""Benchmark: how long one unit's briefing takes to generate (data as of a date, composition,
and each file format), against a baseline measured in the same run: `jindu progress
--format json` for the same unit and period.

    .venv/bin/python bench/bench_briefing.py [repeats]

Builds the demo in a temporary data directory first (unless JINDU_DATA_DIR is set).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from io import StringIO


def _best(action: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main(repeats: int = 3) -> None:
    fresh = "JINDU_DATA_DIR" not in os.environ
    if fresh:
        os.environ["JINDU_DATA_DIR"] = tempfile.mkdtemp(prefix="jindu-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jindu.settings")
    import django

    django.setup()
    from django.core.management import call_command

    if fresh:
        call_command("init", demo=True, stdout=StringIO())

    from jindu.briefings.files import FORMATS, render
    from jindu.briefings.selectors import briefing_data
    from jindu.framework.selectors import unit_by_name_or_code
    from jindu.progress import Period
    from jindu.reporting.display import parse_as_of

    unit, period = unit_by_name_or_code("开平市"), Period(2016, 3)
    as_of = parse_as_of("2016-04-30")

    def baseline() -> None:
        call_command("progress", unit="开平市", period="2016-03", format="json", stdout=StringIO())

    base = _best(baseline, repeats)
    print(f"baseline  jindu progress --format json: {base * 1000:8.1f} ms")
    data_time = _best(lambda: briefing_data(unit, period, as_of=as_of), repeats)
    print(f"data      figures, ranks, trend:        {data_time * 1000:8.1f} ms  "
          f"ratio {data_time / base:5.1f}")  # fmt: skip
    data = briefing_data(unit, period, as_of=as_of)
    for fmt in FORMATS:
        took = _best(lambda fmt=fmt: render(data, fmt), repeats)  # type: ignore[misc]
        total = data_time + took
        flag = "ok" if total < 2 else "SLOW (> 2 s)"
        print(f"{fmt:<9} data + render:                 {total * 1000:8.1f} ms  "
              f"ratio {total / base:5.1f}  {flag}")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
