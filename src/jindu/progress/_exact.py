"""Exact decimal arithmetic shared by the progress core (精确计算).

Every division in the package runs in one explicit context, so results never depend on
the caller's thread-local decimal context. Values are rounded only for display
(see `rounding`).
"""

from collections.abc import Iterable
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, DivisionByZero, InvalidOperation

# Significant digits kept by divisions (IEEE decimal128). Far beyond any displayed figure,
# so rounding for display is the only rounding anyone sees.
PRECISION = 34

# Overflow is not trapped: a result too large to represent becomes Infinity, and the
# callers turn non-finite results into None ("no figure") instead of raising.
CONTEXT = Context(
    prec=PRECISION,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, DivisionByZero],
)

# Sums and differences of stored values are exact: a roll-up must add up to the last digit.
# (Only addition runs here; a division in this context would never end.)
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation])

HUNDRED = Decimal(100)


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of `values` (0 for none)."""
    total = Decimal(0)
    for value in values:
        total = EXACT.add(total, value)
    return total


def finite(value: Decimal | None) -> Decimal | None:
    """The value itself when it is a finite number; None for None, NaN and Infinity."""
    if value is None or not value.is_finite():
        return None
    return value
