"""四舍五入: display rounding is half away from zero, never Python's half-to-even."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jindu.progress.rounding import format_decimal, round_half_up


def reference_half_up(value: Decimal, places: int) -> str:
    """Half-up rounding on integers only: |value|·10^places + ½, floored, sign restored."""
    numerator, denominator = value.as_integer_ratio()
    scaled = abs(numerator) * 10**places
    units = (2 * scaled + denominator) // (2 * denominator)
    sign = "-" if numerator < 0 and units != 0 else ""
    digits = str(units).rjust(places + 1, "0")
    if places == 0:
        return sign + digits
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        ("0.125", 2, "0.13"),  # round() would give 0.12
        ("2.5", 0, "3"),  # round() would give 2
        ("3.5", 0, "4"),
        ("-0.125", 2, "-0.13"),  # half away from zero, as 四舍五入
        ("-2.5", 0, "-3"),
        ("-0.001", 2, "0.00"),  # never "-0.00"
        ("-0.4", 0, "0"),
        ("0.045", 1, "0.0"),  # only the first dropped digit decides
        ("53.15", 1, "53.2"),
        ("7", 2, "7.00"),
        ("1E+3", 1, "1000.0"),
        ("12345678901234567890123456789.5", 0, "12345678901234567890123456790"),
    ],
)
def test_format_decimal_rounds_half_up(value: str, places: int, shown: str) -> None:
    assert format_decimal(Decimal(value), places) == shown


def test_round_half_up_returns_exactly_places_decimals() -> None:
    rounded = round_half_up(Decimal("55.263157"), 2)
    assert rounded == Decimal("55.26")
    assert rounded.as_tuple().exponent == -2


def test_rounded_zero_has_no_sign() -> None:
    assert not round_half_up(Decimal("-0.001"), 2).is_signed()


def test_missing_value_shows_a_dash() -> None:
    assert format_decimal(None, 2) == "—"
    assert format_decimal(Decimal("NaN"), 2) == "—"


def test_negative_places_are_refused() -> None:
    with pytest.raises(ValueError, match="places"):
        round_half_up(Decimal(1), -1)


def test_non_finite_values_cannot_be_rounded() -> None:
    with pytest.raises(ValueError, match="Infinity"):
        round_half_up(Decimal("Infinity"), 2)


@given(
    value=st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12),
    places=st.integers(min_value=0, max_value=6),
)
def test_round_half_up_agrees_with_integer_reference(value: Decimal, places: int) -> None:
    assert format_decimal(value, places) == reference_half_up(value, places)


@given(
    units=st.integers(min_value=-(10**9), max_value=10**9),
    places=st.integers(min_value=0, max_value=4),
)
def test_exact_halves_go_away_from_zero(units: int, places: int) -> None:
    # units + ½ in the last kept place: always rounds to the neighbour farther from zero.
    half = (Decimal(2 * units + 1) / 2).scaleb(-places)
    expected = Decimal(units + 1 if units >= 0 else units).scaleb(-places)
    assert round_half_up(half, places) == expected
