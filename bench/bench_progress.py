"""Benchmark: progress and ranking for many regions, against reading the same values.

Builds a throw-away SQLite database with the demo framework (54 indicators) and N synthetic
regions under one parent, each with values for 15 months, then measures

- baseline: fetching every value of those regions for the two years into Python, one query;
- ranking: `ranking(parent, 2016-03)` — every region's progress rows and score;

and prints the ratio ranking ÷ baseline (time and peak memory). The ratio stays near a small
constant as N grows when the work is set-based (no query per region or indicator).

    .venv/bin/python bench/bench_progress.py [regions]   # default 300 (≈ 240,000 values)
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo


def measure(fn: Callable[[], Any]) -> tuple[float, int]:
    """Best of three wall times (tracemalloc off: it slows allocation-heavy code several
    times), then one run under tracemalloc for the peak memory."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak


def build(regions: int) -> Any:
    from django.core.management import call_command

    from jindu.demo import generate
    from jindu.framework import fileformat, services
    from jindu.framework.models import Framework, Target, Unit
    from jindu.reporting.models import Value, ValueState

    call_command("migrate", verbosity=0)
    services.load_framework(fileformat.parse(generate._data("framework.yaml")))
    framework = Framework.objects.get()
    parent = Unit.objects.get(code="jiangmen")
    units = [
        Unit(
            code=f"r{i:04d}",
            name=f"地区{i}",
            kind="region",
            parent=parent,
            path=f"{parent.path}r{i:04d}/",
        )
        for i in range(regions)
    ]
    Unit.objects.bulk_create(units)
    units = list(Unit.objects.filter(code__startswith="r"))
    rng = random.Random(7)
    indicators = list(framework.indicators.all())
    targets, values = [], []
    at = datetime(2016, 4, 8, tzinfo=ZoneInfo("Asia/Shanghai"))
    for u in units:
        for ind in indicators:
            targets.append(
                Target(indicator=ind, unit=u, year=2016, value=Decimal(rng.randint(50, 500)))
            )
            for year, months in ((2015, range(1, 13)), (2016, range(1, 4))):
                for m in months:
                    v = Decimal(rng.randint(1, 40) * m)
                    extra = (
                        {"numerator": v, "denominator": Decimal(100000)}
                        if ind.kind == "ratio"
                        else {}
                    )
                    values.append(
                        Value(
                            indicator=ind,
                            unit=u,
                            year=year,
                            month=m,
                            value=v,
                            state=ValueState.APPROVED,
                            updated_at=at,
                            approved_at=at,
                            **extra,
                        )
                    )
    Target.objects.bulk_create(targets, batch_size=5000)
    Value.objects.bulk_create(values, batch_size=5000)
    return parent, units, len(values)


def main(regions: int = 300) -> dict[str, float]:
    from jindu.progress import Period
    from jindu.reporting.models import Value
    from jindu.reporting.selectors import ranking

    parent, units, count = build(regions)
    ids = [u.pk for u in units]

    def baseline() -> None:
        list(
            Value.objects.filter(unit_id__in=ids, year__in=[2015, 2016]).values_list(
                "indicator_id", "unit_id", "year", "month", "value", "numerator", "denominator"
            )
        )

    def rank_all() -> None:
        ranking(parent, Period(2016, 3))

    base_t, base_m = measure(baseline)
    rank_t, rank_m = measure(rank_all)
    result = {
        "regions": regions,
        "values": count,
        "baseline_s": base_t,
        "ranking_s": rank_t,
        "time_ratio": rank_t / base_t,
        "memory_ratio": rank_m / max(base_m, 1),
    }
    print(f"{regions} regions, {count} values")
    print(f"baseline (fetch values): {base_t:.3f} s, peak {base_m / 1e6:.1f} MB")
    print(f"ranking (progress of every region): {rank_t:.3f} s, peak {rank_m / 1e6:.1f} MB")
    time_ratio, memory_ratio = result["time_ratio"], result["memory_ratio"]
    print(f"ratio ranking/baseline: time {time_ratio:.1f}×, memory {memory_ratio:.1f}×")
    return result


if __name__ == "__main__":
    os.environ["JINDU_DATA_DIR"] = tempfile.mkdtemp(prefix="jindu-bench-")
    os.environ.pop("JINDU_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jindu.settings")
    import django

    django.setup()
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
