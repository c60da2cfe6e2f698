"""The benchmark script runs (not timed here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).parents[2] / "bench" / "bench_extraction.py"


def test_bench_runs_on_a_small_input() -> None:
    spec = importlib.util.spec_from_file_location("bench_extraction", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    result = module.run(0.02)
    assert result.megabytes >= 0.02 and result.figures > 0 and result.ratio > 0
