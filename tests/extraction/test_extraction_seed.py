"""The seed article: every figure of its gold file, and none of its not-figures."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from extraction_scoring import figure_matches

from jindu.extraction import Figure, extract, to_json

# shared/ lies beside the repository (on a developer's machine and in CI's clean clone).
SEEDS = (
    Path(os.environ.get("JINDU_SHARED_DIR", Path(__file__).resolve().parents[3] / "shared"))
    / "seeds"
)
TEXT = SEEDS / "000_def85caff2edc51b.txt"
GOLD = SEEDS / "000_def85caff2edc51b.gold.json"

pytestmark = pytest.mark.skipif(not TEXT.exists(), reason="seed article not available")


def _figures() -> tuple[Figure, ...]:
    return extract(TEXT.read_text(encoding="utf-8")).figures


def test_every_gold_figure_comes_out_exactly() -> None:
    figures = _figures()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["figures"]
    missing = [g for g in gold if not any(figure_matches(g, f) for f in figures)]
    assert missing == []
    assert len(figures) == len(gold)


def test_implied_targets_are_76_33_192_and_4_24() -> None:
    implied = {f.indicator: f.target for f in _figures() if f.target_implied}
    assert implied == {
        "培育高新技术企业": Decimal(76),
        "高新技术企业培育入库": Decimal(33),
        "培育科技型小微企业": Decimal(192),
        "每万人发明专利拥有量": Decimal("4.24"),
    }


def test_not_figures_stay_out() -> None:
    text = TEXT.read_text(encoding="utf-8")
    for figure in _figures():
        source = text[figure.span[0] : figure.span[1]]
        assert "5月5日" not in source
        assert "三個產業基地" not in source
        assert figure.value not in (Decimal(3), Decimal(5), Decimal(8)) or figure.unit == "家"


def test_spans_point_at_the_original_traditional_text() -> None:
    text = TEXT.read_text(encoding="utf-8")
    investment = next(f for f in _figures() if f.indicator == "工业投资")
    assert text[investment.span[0] : investment.span[1]].startswith("工業(yè)投資14億元")


def test_json_has_the_gold_keys_with_exact_numbers_as_strings() -> None:
    data = to_json(extract(TEXT.read_text(encoding="utf-8")))
    first = data["figures"][1]
    assert first["value"] == "42" and first["completion_rate"] == "55.26"
    assert first["target"] == "76" and first["target_implied"] is True
    keys = {
        "indicator",
        "value",
        "unit",
        "qualifier",
        "completion_rate",
        "yoy_growth",
        "target",
        "time_progress_gap_pp",
        "status",
        "period",
        "region",
        "span",
        "indicator_code",
        "checks",
    }
    assert keys <= set(first)
