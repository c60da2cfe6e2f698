"""Recording values: history rows, exact decimals on every database, append-only history."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import DatabaseError, transaction

from jindu.framework.models import Indicator, Unit
from jindu.progress import Period
from jindu.reporting.models import Value, ValueChange, ValueState
from jindu.reporting.services import ValueInput, record_values

pytestmark = pytest.mark.django_db


def kaiping_input(code: str, value: str | None, **extra: object) -> ValueInput:
    return ValueInput(
        indicator=Indicator.objects.get(code=code),
        unit=Unit.objects.get(code="kaiping"),
        period=Period(2016, 4),
        value=None if value is None else Decimal(value),
        **extra,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("text", ["3.922", "123456789012", "987654.321098", "0.000001", "-42.5"])
def test_values_read_back_exactly(text: str) -> None:
    record_values([kaiping_input("A05", text)], actor="test")
    stored = Value.objects.get(indicator__code="A05", unit__code="kaiping", year=2016, month=4)
    assert stored.value == Decimal(text)


def test_each_change_leaves_one_history_row_with_old_and_new() -> None:
    record_values([kaiping_input("A01", "45")], actor="clerk", reason="first entry")
    record_values([kaiping_input("A01", "45")], actor="clerk")  # same again: no new row
    record_values(
        [kaiping_input("A01", "47", state=ValueState.SUBMITTED)], actor="reporter", reason="fixed"
    )
    changes = list(
        ValueChange.objects.filter(
            value__indicator__code="A01",
            value__unit__code="kaiping",
            value__year=2016,
            value__month=4,
        ).order_by("pk")
    )
    assert [(c.old_value, c.new_value) for c in changes] == [
        (None, Decimal(45)),
        (Decimal(45), Decimal(47)),
    ]
    assert [(c.old_state, c.new_state) for c in changes] == [("", "draft"), ("draft", "submitted")]
    assert changes[1].actor == "reporter" and changes[1].reason == "fixed"


def test_ratio_value_is_derived_from_its_components() -> None:
    record_values(
        [kaiping_input("F01", None, numerator=Decimal(280), denominator=Decimal(700000))],
        actor="test",
    )
    stored = Value.objects.get(indicator__code="F01", unit__code="kaiping", year=2016, month=4)
    assert stored.value == Decimal(280) / Decimal(700000) * 10000


def test_the_same_key_twice_in_one_batch_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        record_values([kaiping_input("A01", "1"), kaiping_input("A01", "2")], actor="test")


def test_history_rows_cannot_be_changed_or_deleted_even_in_sql() -> None:
    record_values([kaiping_input("A01", "45")], actor="clerk")
    change = ValueChange.objects.filter(value__indicator__code="A01").latest("pk")
    with pytest.raises(PermissionError):
        change.save()
    with pytest.raises(PermissionError):
        change.delete()
    with pytest.raises(DatabaseError), transaction.atomic():
        ValueChange.objects.filter(pk=change.pk).update(new_value=Decimal(1))
    with pytest.raises(DatabaseError), transaction.atomic():
        ValueChange.objects.filter(pk=change.pk).delete()
    assert ValueChange.objects.get(pk=change.pk).new_value == Decimal(45)
