"""Benchmark: the dashboard pages of a parent with many regions, against reading its values.

Reuses bench_progress.build (the demo framework, N synthetic regions under 江门市, 15 months of
values each) and times each page's JSON twin through Django's test client — overview, matrix,
indicator page, unit page, ranking — and prints each time ÷ the time to fetch every value of
those regions into Python (the baseline, measured in the same run).

    .venv/bin/python bench/bench_dashboard.py [regions]   # default 120 (a province's counties)
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

from bench_progress import build, measure


def main(regions: int = 120) -> dict[str, float]:
    from django.contrib.auth.models import User
    from django.test import Client

    from jindu.reporting.models import Value

    _, units, count = build(regions)
    ids = [u.pk for u in units]
    client = Client(HTTP_HOST="localhost")
    client.force_login(User.objects.create_superuser("bench"))  # admin: reads every region

    def baseline() -> None:
        list(
            Value.objects.filter(unit_id__in=ids, year__in=[2015, 2016]).values_list(
                "indicator_id", "unit_id", "year", "month", "value", "numerator", "denominator"
            )
        )

    def page(url: str) -> Any:
        def get() -> None:
            response = client.get(url, {"period": "2016-03", "format": "json"})
            assert response.status_code == 200, response.content[:200]

        return get

    base_t, _ = measure(baseline)
    print(f"{regions} regions, {count} values; baseline (fetch values) {base_t:.3f} s")
    result: dict[str, float] = {"regions": regions, "values": count, "baseline_s": base_t}
    pages = {
        "overview": "/units/jiangmen/",
        "matrix": "/units/jiangmen/matrix/",
        "indicator": "/units/jiangmen/indicators/A01/",
        "unit": f"/units/{units[0].code}/score/",
        "ranking": "/units/jiangmen/ranking/",
    }
    for name, url in pages.items():
        t, _ = measure(page(url))
        result[f"{name}_s"] = t
        print(f"{name:10s} {t:.3f} s  ratio {t / base_t:.1f}×")
    return result


if __name__ == "__main__":
    os.environ["JINDU_DATA_DIR"] = tempfile.mkdtemp(prefix="jindu-bench-")
    os.environ.pop("JINDU_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jindu.settings")
    import django

    django.setup()
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
