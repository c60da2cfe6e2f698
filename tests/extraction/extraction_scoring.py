"""Scoring extracted figures against hand-made gold (recall and precision)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from jindu.extraction import Figure, extract

CORPUS = Path(__file__).parent / "corpus"
ATTRIBUTES = ("completion_rate", "yoy_growth", "target", "time_progress_gap_pp")
_PUNCT = re.compile(r"[\s，。、；：“”‘’()（）《》\"']")

# name → recall and precision line, printed at the end of the run by conftest.py
SCORES: dict[str, str] = {}


def load(name: str) -> list[dict[str, Any]]:
    with (CORPUS / name).open(encoding="utf-8") as handle:
        data: list[dict[str, Any]] = yaml.safe_load(handle)
    return data


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def indicator_matches(gold: str, found: str) -> bool:
    """Lenient: after dropping punctuation, one name contains the other."""
    a, b = _PUNCT.sub("", gold), _PUNCT.sub("", found)
    return bool(a) and bool(b) and (a in b or b in a)


def figure_matches(gold: dict[str, Any], figure: Figure) -> bool:
    if _decimal(gold.get("value")) != figure.value:
        return False
    if gold.get("unit") != figure.unit or gold.get("qualifier") != figure.qualifier:
        return False
    for key in ATTRIBUTES:
        if gold.get(key) is not None and _decimal(gold[key]) != getattr(figure, key):
            return False
    return indicator_matches(str(gold.get("indicator", "")), figure.indicator)


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    def __str__(self) -> str:
        return (
            f"recall {self.recall:.3f} ({self.matched}/{self.gold}), "
            f"precision {self.precision:.3f} ({self.matched}/{self.found})"
        )


def _show(figure: Figure) -> str:
    parts = [figure.indicator, str(figure.value), str(figure.unit), str(figure.qualifier)]
    parts += [f"{k}={getattr(figure, k)}" for k in ATTRIBUTES if getattr(figure, k) is not None]
    return " ".join(parts)


def score(passages: list[dict[str, Any]]) -> Score:
    total = Score()
    for passage in passages:
        figures = list(extract(passage["text"]).figures)
        golds = list(passage.get("figures") or [])
        total.gold += len(golds)
        total.found += len(figures)
        unmatched = list(figures)
        for gold in golds:
            hit = next((f for f in unmatched if figure_matches(gold, f)), None)
            if hit is None:
                total.misses.append(f"{passage['id']} missed {gold}")
            else:
                unmatched.remove(hit)
                total.matched += 1
        total.misses += [f"{passage['id']} extra {_show(f)}" for f in unmatched]
    return total
