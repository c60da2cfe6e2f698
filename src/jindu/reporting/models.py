"""Reported values (填报数据) and their append-only history.

A value belongs to an indicator, the unit it measures (开平市, not the department that typed it)
and a month. Quarters and years are views over months: a cumulative indicator's Q1 is its March
value. Every change writes a `ValueChange` row; those rows are never updated or deleted.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext, gettext_noop

from jindu.framework.models import Indicator, Unit, decimal_field


class ValueState(models.TextChoices):
    """A value's state. The labels are Chinese, as stored in the choices; pages and messages
    show `gettext(ValueState(state).label)` (gettext_noop marks them for the catalogue)."""

    DRAFT = "draft", gettext_noop("草稿")
    SUBMITTED = "submitted", gettext_noop("已报送")
    APPROVED = "approved", gettext_noop("已审核")
    RETURNED = "returned", gettext_noop("已退回")


class Value(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="values")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="values")
    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    value = decimal_field(null=True, blank=True)
    numerator = decimal_field(null=True, blank=True, help_text="ratio indicators: 分子")
    denominator = decimal_field(null=True, blank=True, help_text="ratio indicators: 分母")
    state = models.CharField(max_length=16, choices=ValueState.choices, default=ValueState.DRAFT)
    comment = models.TextField(blank=True)
    updated_at = models.DateTimeField()
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "year", "month"], name="value_unique_per_period"
            ),
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12), name="value_month_1_12"
            ),
        ]
        indexes = [models.Index(fields=["unit", "year", "month"])]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.unit} {self.year}-{self.month:02d}: {self.value}"


class ValueChange(models.Model):
    """One change of a value: who, when, from, to, why. Append-only."""

    value = models.ForeignKey(Value, on_delete=models.PROTECT, related_name="changes")
    at = models.DateTimeField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    actor = models.CharField(max_length=150, help_text="user name, or the command that wrote it")
    old_value = decimal_field(null=True, blank=True)
    new_value = decimal_field(null=True, blank=True)
    new_numerator = decimal_field(null=True, blank=True)
    new_denominator = decimal_field(null=True, blank=True)
    old_state = models.CharField(max_length=16, blank=True)
    new_state = models.CharField(max_length=16)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["value", "at", "pk"]
        indexes = [models.Index(fields=["at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor}: {self.old_value} → {self.new_value}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("history rows are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("history rows are append-only")


class Round(models.Model):
    """填报轮次: the office opens one for a month and the regions whose figures it collects.

    Reporters (the departments that lead indicators for those regions) enter until the due
    date; entry locks `lock_after_days` later unless the office grants a unit an exception.
    """

    framework = models.ForeignKey(
        "framework.Framework", on_delete=models.PROTECT, related_name="rounds"
    )
    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    units = models.ManyToManyField(Unit, related_name="rounds", help_text="regions collected")
    due_date = models.DateField()
    lock_after_days = models.PositiveSmallIntegerField(default=5)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    opened_at = models.DateTimeField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-year", "-month"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "year", "month"], name="round_unique_period"
            ),
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12), name="round_month_1_12"
            ),
        ]

    def __str__(self) -> str:
        # The name in stored texts (notifications, reminders), which stay Chinese.
        return f"{self.year}年{self.month}月数据填报"

    @property
    def display_name(self) -> str:
        """The name on pages and in messages, in the active language; Chinese as str()."""
        return gettext("%(year)s年%(month)s月数据填报") % {"year": self.year, "month": self.month}


class RoundException(models.Model):
    """The office lets one reporting unit enter after the lock, until a date. Kept as history."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="exceptions")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    until = models.DateField()
    reason = models.TextField(blank=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField()

    class Meta:
        ordering = ["round", "unit", "-granted_at"]

    def __str__(self) -> str:
        return f"{self.round} {self.unit} → {self.until}"


class Submission(models.Model):
    """A reporting unit submitted its values for a round (报送): the basis of timeliness."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="submissions")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveIntegerField(default=0, help_text="values submitted")

    class Meta:
        ordering = ["round", "unit", "at"]

    def __str__(self) -> str:
        return f"{self.round} {self.unit} {self.at:%Y-%m-%d %H:%M}"


class Attachment(models.Model):
    """Evidence (佐证材料) for a value: checked by content, not by file name."""

    value = models.ForeignKey(Value, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to="evidence/%Y/%m/")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.name
