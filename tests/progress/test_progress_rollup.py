"""汇总: sums add up exactly, ratios are recomputed from components, parents are checked."""

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.rollup import (
    Components,
    check_parent,
    ratio_value,
    rollup_ratio,
    rollup_sum,
)

PER_10K = Decimal(10000)

values = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12)
components = st.builds(
    Components,
    numerator=st.decimals(min_value=0, max_value=10**6, places=2),
    denominator=st.decimals(min_value=Decimal("0.01"), max_value=10**7, places=2),
)


def near(value: Decimal | None, exact: Fraction) -> bool:
    """Equal to the exact rational up to the 34 significant digits the core keeps."""
    return value is not None and abs(Fraction(value) - exact) <= abs(exact) / 10**32


def test_sum_skips_missing_children() -> None:
    assert rollup_sum([Decimal(14), None, Decimal("7.28")]) == Decimal("21.28")


def test_sum_of_nothing_is_missing() -> None:
    assert rollup_sum([None, None]) is None
    assert rollup_sum([]) is None


def test_sum_is_exact_across_magnitudes() -> None:
    total = rollup_sum([Decimal("1E+30"), Decimal("1E-10")])
    assert total == Decimal("1000000000000000000000000000000.0000000001")


def test_ratio_value() -> None:
    # 每万人发明专利拥有量: 294 patents, 75 万 residents → 3.92.
    assert ratio_value(Components(Decimal(294), Decimal(750000)), PER_10K) == Decimal("3.92")
    assert ratio_value(Components(Decimal(294), Decimal(0)), PER_10K) is None


def test_parent_ratio_is_recomputed_not_averaged() -> None:
    small = Components(Decimal(1), Decimal(10000))  # 1.0 per 10k
    large = Components(Decimal(400), Decimal(1000000))  # 4.0 per 10k
    assert near(rollup_ratio([small, large], PER_10K), Fraction(401, 101))  # 3.97…
    assert rollup_ratio([small, large], PER_10K) != Decimal("2.5")  # the mean of the ratios


def test_ratio_of_no_children_is_missing() -> None:
    assert rollup_ratio([None], PER_10K) is None


@given(st.lists(st.none() | values), st.data())
def test_rollup_of_sums_equals_sum_of_rollups(
    children: list[Decimal | None], data: st.DataObject
) -> None:
    # Partition the children into districts arbitrarily, roll each up, then roll up the districts.
    groups = data.draw(st.lists(st.integers(0, 3), min_size=len(children), max_size=len(children)))
    districts = [
        rollup_sum(c for c, g in zip(children, groups, strict=True) if g == k) for k in range(4)
    ]
    assert rollup_sum(districts) == rollup_sum(children)


@given(st.lists(components, min_size=1))
def test_rolled_up_ratio_lies_between_the_children(children: list[Components]) -> None:
    parent = rollup_ratio(children, PER_10K)
    ratios = [
        Fraction(child.numerator * PER_10K) / Fraction(child.denominator) for child in children
    ]
    exact = Fraction(sum(c.numerator for c in children) * PER_10K) / Fraction(
        sum(c.denominator for c in children)
    )
    assert near(parent, exact)  # Σ numerators ÷ Σ denominators × factor
    slack = max(ratios) / 10**32  # the 34th significant digit
    assert min(ratios) - slack <= Fraction(parent or 0) <= max(ratios) + slack


def test_rolled_up_ratio_is_not_the_mean_in_general() -> None:
    children = [Components(Decimal(1), Decimal(1)), Components(Decimal(1), Decimal(3))]
    mean = (Decimal(1) + Decimal(1) / 3) / 2 * PER_10K
    assert rollup_ratio(children, PER_10K) == Decimal(5000)
    assert rollup_ratio(children, PER_10K) != mean


def test_parent_matching_its_children_is_consistent() -> None:
    check = check_parent(Decimal(42), [Decimal(30), Decimal(12), None])
    assert check is not None
    assert check.children_sum == 42
    assert check.difference == 0
    assert check.consistent


def test_parent_differing_from_its_children_is_flagged() -> None:
    check = check_parent(Decimal(45), [Decimal(30), Decimal(12)])
    assert check is not None
    assert (check.difference, check.consistent) == (Decimal(3), False)


def test_tolerance_allows_rounded_children() -> None:
    check = check_parent(Decimal(14), [Decimal("7.3"), Decimal("6.9")], tolerance=Decimal("0.5"))
    assert check is not None
    assert check.difference == Decimal("-0.2")
    assert check.consistent


def test_nothing_to_check_without_both_sides() -> None:
    assert check_parent(None, [Decimal(1)]) is None
    assert check_parent(Decimal(1), [None]) is None
