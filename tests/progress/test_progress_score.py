"""考核得分 · 排名: weighted progress scores and competition ranking."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.kinds import Direction
from jindu.progress.rounding import round_half_up
from jindu.progress.score import ScoreItem, UnitScore, progress_score, rank


def near(value: Decimal | None, exact: Fraction) -> bool:
    """Equal to the exact rational up to the 34 significant digits the core keeps."""
    return value is not None and abs(Fraction(value) - exact) <= abs(exact) / 10**32


def item(
    code: str,
    completion: str | None,
    progress: str = "25",
    *,
    weight: str = "1",
    missing: bool = False,
    direction: Direction = Direction.HIGHER,
) -> ScoreItem:
    return ScoreItem(
        indicator_code=code,
        weight=Decimal(weight),
        completion=None if completion is None else Decimal(completion),
        time_progress=Decimal(progress),
        missing=missing,
        direction=direction,
    )


def unit_score(unit: str, score: str) -> UnitScore:
    return UnitScore(unit=unit, score=Decimal(score), contributions={}, missing=())


def test_score_caps_each_indicator_at_its_time_progress() -> None:
    # 开平市: high-tech firms far ahead (capped at 1), patents half-way to time progress.
    score = progress_score("开平市", [item("firms", "55.26", weight="2"), item("patents", "12.5")])
    assert near(score.score, Fraction(250, 3))
    assert score.contributions == {"firms": Decimal(2), "patents": Decimal("0.5")}
    assert score.missing == ()


def test_missing_data_scores_zero_and_is_listed() -> None:
    score = progress_score("台山市", [item("firms", "30"), item("patents", None, missing=True)])
    assert score.score == 50
    assert score.contributions["patents"] == 0
    assert score.missing == ("patents",)


def test_indicators_without_target_are_left_out() -> None:
    score = progress_score("鹤山市", [item("firms", "30"), item("centres", None)])
    assert score.score == 100
    assert "centres" not in score.contributions


def test_zero_time_progress_scores_full_for_any_progress() -> None:
    assert progress_score("恩平市", [item("firms", "0", "0")]).score == 100


def test_negative_completion_scores_zero_not_below() -> None:
    assert progress_score("恩平市", [item("firms", "-5")]).score == 0


def test_lower_is_better_is_mirrored() -> None:
    lower = Direction.LOWER
    score = progress_score(
        "新会区", [item("days", "50", direction=lower), item("energy", "20", direction=lower)]
    )
    assert score.contributions == {"days": Decimal("0.5"), "energy": Decimal(1)}


def test_unit_with_nothing_to_score_scores_zero() -> None:
    assert progress_score("蓬江区", []).score == 0


def test_duplicate_indicator_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        progress_score("江海区", [item("firms", "30"), item("firms", "40")])


def test_ties_share_a_rank_on_the_displayed_score() -> None:
    scores = [
        unit_score("鹤山市", "90"),
        unit_score("开平市", "95.004"),  # shown 95.00
        unit_score("台山市", "94.995"),  # shown 95.00 too: tied
        unit_score("恩平市", "99"),
    ]
    ranked = [(r.rank, r.score.unit) for r in rank(scores)]
    assert ranked == [(1, "恩平市"), (2, "台山市"), (2, "开平市"), (4, "鹤山市")]


def test_rank_places_can_be_coarser() -> None:
    ranked = rank([unit_score("a", "95.4"), unit_score("b", "94.6")], places=0)
    assert [r.rank for r in ranked] == [1, 1]


scores = st.lists(
    st.builds(
        unit_score,
        st.text(alphabet="开平台山鹤恩", min_size=1, max_size=3),
        st.decimals(min_value=0, max_value=100, places=3).map(str),
    ),
    max_size=12,
)


@given(scores)
def test_rank_is_consistent_with_score_order_and_ties(units: list[UnitScore]) -> None:
    ranked = rank(units)
    shown = [round_half_up(r.score.score, 2) for r in ranked]
    assert sorted(r.score.unit for r in ranked) == sorted(u.unit for u in units)
    assert shown == sorted(shown, reverse=True)
    for position, entry in enumerate(ranked, start=1):
        # Competition ranking: 1 + the number of units shown strictly higher.
        assert entry.rank == 1 + sum(value > shown[position - 1] for value in shown)
        assert entry.rank <= position


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=10, places=1),
            st.none() | st.decimals(min_value=-50, max_value=300, places=2),
            st.decimals(min_value=0, max_value=100, places=2),
            st.booleans(),
        ),
        max_size=8,
    )
)
def test_score_stays_within_0_and_100(
    rows: list[tuple[Decimal, Decimal | None, Decimal, bool]],
) -> None:
    items = [
        ScoreItem(f"i{n}", weight, completion, progress, missing)
        for n, (weight, completion, progress, missing) in enumerate(rows)
    ]
    assert 0 <= progress_score("江门市", items).score <= 100
