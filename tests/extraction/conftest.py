"""Shows the corpus scores (recall and precision) at the end of the test run."""

from __future__ import annotations

from typing import Any

from extraction_scoring import SCORES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SCORES:
        terminalreporter.section("extraction corpus scores")
        for name, line in SCORES.items():
            terminalreporter.write_line(f"{name}: {line}")
