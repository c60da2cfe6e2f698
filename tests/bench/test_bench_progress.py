"""The progress benchmark runs (on a tiny input; its numbers are read by people, not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_progress.py"


def test_bench_progress_runs_and_prints_ratios() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "3"], capture_output=True, text=True, check=True, timeout=300
    )
    assert "3 regions, 2430 values" in done.stdout
    assert "ratio ranking/baseline: time" in done.stdout
