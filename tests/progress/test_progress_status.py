"""状态: 已完成 / 超进度 / 滞后 / 严重滞后 / 未报送, and their mirror for lower-is-better."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.kinds import Direction, Kind
from jindu.progress.status import DEFAULT_BANDS, Status, StatusBands, status_for

HIGHER, LOWER = Direction.HIGHER, Direction.LOWER


def status(
    completion: str | None,
    time_progress: str = "25",
    *,
    kind: Kind = Kind.CUMULATIVE,
    direction: Direction = HIGHER,
    year_end: bool = False,
    bands: StatusBands = DEFAULT_BANDS,
) -> Status | None:
    return status_for(
        kind=kind,
        direction=direction,
        completion=None if completion is None else Decimal(completion),
        time_progress=Decimal(time_progress),
        has_value=True,
        is_year_end=year_end,
        bands=bands,
    )


def growth_status(
    actual: str | None, target: str | None, *, direction: Direction = HIGHER, year_end: bool = False
) -> Status | None:
    return status_for(
        kind=Kind.GROWTH,
        direction=direction,
        completion=None,
        time_progress=Decimal(25),
        actual_growth=None if actual is None else Decimal(actual),
        target_growth=None if target is None else Decimal(target),
        has_value=True,
        is_year_end=year_end,
    )


def test_labels_and_colours() -> None:
    assert [(s.label_zh, s.colour) for s in Status] == [
        ("已完成", "green"),
        ("超进度", "blue"),
        ("滞后", "yellow"),
        ("严重滞后", "red"),
        ("未报送", "grey"),
    ]


def test_seed_patent_ratio_is_ahead_of_time_progress() -> None:
    # 每万人发明专利拥有量 92.50% at the end of March: "超出时间进度".
    assert status("92.50", kind=Kind.LEVEL) is Status.AHEAD


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("100", Status.DONE),
        ("130", Status.DONE),
        ("25", Status.AHEAD),  # gap 0 is on schedule
        ("24.99", Status.BEHIND),
        ("15", Status.BEHIND),  # gap −10 is still only behind
        ("14.99", Status.FAR_BEHIND),
        ("0", Status.FAR_BEHIND),
    ],
)
def test_bands_for_higher_is_better(completion: str, expected: Status) -> None:
    assert status(completion) is expected


def test_bands_are_configurable() -> None:
    strict = StatusBands(far_behind_pp=Decimal(-5))
    assert status("19", bands=strict) is Status.FAR_BEHIND
    assert status("19") is Status.BEHIND


def test_positive_band_is_refused() -> None:
    with pytest.raises(ValueError, match="far_behind_pp"):
        StatusBands(far_behind_pp=Decimal(5))


def test_no_value_is_missing_even_without_a_target() -> None:
    missing = status_for(
        kind=Kind.CUMULATIVE,
        direction=HIGHER,
        completion=None,
        time_progress=Decimal(25),
        has_value=False,
        is_year_end=False,
    )
    assert missing is Status.MISSING


def test_nothing_to_say_without_a_target() -> None:
    assert status(None) is None
    assert growth_status("5", None) is None
    assert growth_status(None, "15") is None


def test_lower_is_better_cumulative_is_a_cap_on_time_progress() -> None:
    assert status("20", direction=LOWER) is Status.AHEAD  # under the budget so far
    assert status("30", direction=LOWER) is Status.BEHIND
    assert status("40", direction=LOWER) is Status.FAR_BEHIND
    assert status("90", "100", direction=LOWER, year_end=True) is Status.DONE
    assert status("90", "91.67", direction=LOWER) is Status.AHEAD  # not done before year end


def test_lower_is_better_level_is_a_ceiling_all_year() -> None:
    # Approval days: 8 against a ceiling of 10 is fine in March, whatever the time progress.
    assert status("80", kind=Kind.LEVEL, direction=LOWER) is Status.AHEAD
    assert status("105", kind=Kind.LEVEL, direction=LOWER) is Status.BEHIND
    assert status("111", kind=Kind.RATIO, direction=LOWER) is Status.FAR_BEHIND
    assert status("100", "100", kind=Kind.LEVEL, direction=LOWER, year_end=True) is Status.DONE


def test_growth_is_compared_in_percentage_points() -> None:
    assert growth_status("18.7", "20") is Status.BEHIND  # −1.3 pp
    assert growth_status("9.9", "20") is Status.FAR_BEHIND  # −10.1 pp
    assert growth_status("53.2", "15") is Status.AHEAD
    assert growth_status("20", "20", year_end=True) is Status.DONE
    assert growth_status("53.2", "15", year_end=False) is Status.AHEAD  # done only at year end


def test_negative_growth_is_red() -> None:
    assert growth_status("-0.1", "0") is Status.FAR_BEHIND
    assert growth_status("-0.1", "-5") is Status.AHEAD  # a planned decline, beaten


def test_growth_lower_is_better_is_mirrored() -> None:
    assert growth_status("-6", "-5", direction=LOWER) is Status.AHEAD
    assert growth_status("-4", "-5", direction=LOWER) is Status.BEHIND
    assert growth_status("0.1", "-5", direction=LOWER) is Status.FAR_BEHIND  # rose: red
    assert growth_status("2", "3", direction=LOWER, year_end=True) is Status.DONE


percent = st.decimals(min_value=-50, max_value=200, places=2)
kinds = st.sampled_from([Kind.CUMULATIVE, Kind.LEVEL, Kind.RATIO])


@given(
    kinds,
    st.sampled_from(Direction),
    percent,
    percent,
    st.decimals(min_value=0, max_value=100, places=2),
    st.booleans(),
)
def test_status_is_monotone_in_the_gap(
    kind: Kind, direction: Direction, a: Decimal, b: Decimal, progress: Decimal, year_end: bool
) -> None:
    worse, better = sorted([a, b], reverse=direction is LOWER)
    progress = Decimal(100) if year_end else progress

    def rank(completion: Decimal) -> int:
        result = status_for(
            kind=kind,
            direction=direction,
            completion=completion,
            time_progress=progress,
            has_value=True,
            is_year_end=year_end,
        )
        assert result is not None
        return result.rank

    assert rank(worse) <= rank(better)


@given(
    st.sampled_from(Direction),
    percent,
    percent,
    st.decimals(min_value=-20, max_value=50, places=1),
    st.booleans(),
)
def test_growth_status_is_monotone_in_the_gap(
    direction: Direction, a: Decimal, b: Decimal, target: Decimal, year_end: bool
) -> None:
    worse, better = sorted([a, b], reverse=direction is LOWER)
    worse_status = growth_status(str(worse), str(target), direction=direction, year_end=year_end)
    better_status = growth_status(str(better), str(target), direction=direction, year_end=year_end)
    assert worse_status is not None and better_status is not None
    assert worse_status.rank <= better_status.rank


@given(
    st.sampled_from(Direction),
    percent,
    st.decimals(min_value=0, max_value=100, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_status_is_monotone_in_time_progress(
    direction: Direction, completion: Decimal, p: Decimal, q: Decimal
) -> None:
    # Higher-is-better: more time gone with the same completion is a smaller gap, never better.
    earlier, later = sorted([p, q])
    statuses = [
        status_for(
            kind=Kind.CUMULATIVE,
            direction=direction,
            completion=completion,
            time_progress=progress,
            has_value=True,
            is_year_end=False,
        )
        for progress in (earlier, later)
    ]
    assert statuses[0] is not None and statuses[1] is not None
    if direction is HIGHER:
        assert statuses[0].rank >= statuses[1].rank
    else:
        assert statuses[0].rank <= statuses[1].rank
