"""The framework: units (单位), levers (抓手), indicators (指标) and targets (目标任务).

All quantities are exact decimals (NUMERIC); see docs/adr/0002-exact-decimals.md.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import models
from django.utils.translation import gettext_noop

from jindu.progress import Direction, Kind, Schedule, ScheduleKind

# Wide enough for 亿元 at province scale and for ratio components such as 常住人口.
VALUE_DIGITS = 24
VALUE_PLACES = 6


# The kinds' labels stay Chinese in the choices; the indicator page shows them translated.
KIND_CHOICES = [
    (Kind.CUMULATIVE.value, gettext_noop("累计值")),
    (Kind.LEVEL.value, gettext_noop("存量/水平值")),
    (Kind.RATIO.value, gettext_noop("比率")),
    (Kind.GROWTH.value, gettext_noop("增速")),
]
DIRECTION_CHOICES = [(Direction.HIGHER.value, "越高越好"), (Direction.LOWER.value, "越低越好")]
SCHEDULE_CHOICES = [
    (ScheduleKind.LINEAR_MONTH.value, "按月均匀"),
    (ScheduleKind.LINEAR_DAY.value, "按日均匀"),
    (ScheduleKind.MILESTONES.value, "节点计划"),
]


def decimal_field(*, null: bool = False, blank: bool = False, help_text: str = "") -> Any:
    """An exact NUMERIC column for values, targets and components."""
    return models.DecimalField(
        max_digits=VALUE_DIGITS,
        decimal_places=VALUE_PLACES,
        null=null,
        blank=blank,
        help_text=help_text,
    )


class Unit(models.Model):
    """单位: a region (地区), department (部门) or park (园区) in one hierarchy.

    `path` is the chain of codes from the root ("/jiangmen/kaiping/"), so a subtree is one
    indexed prefix query instead of a recursive walk.
    """

    class UnitKind(models.TextChoices):
        REGION = "region", "地区"
        DEPARTMENT = "department", "部门"
        PARK = "park", "园区"

    code = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=16, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(max_length=1000, db_index=True, editable=False)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="unit_name_unique_in_parent")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        prefix = self.parent.path if self.parent else "/"
        self.path = f"{prefix}{self.code}/"
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Framework(models.Model):
    """指标体系: e.g. 江门市创新驱动发展"八大抓手" 54 项指标任务."""

    code = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    owner = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="frameworks")
    far_behind_pp = models.DecimalField(
        max_digits=6,
        decimal_places=2,
        default=Decimal("-10"),
        help_text="严重滞后: gap below this many percentage points",
    )
    note = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.name


class Lever(models.Model):
    """抓手: a group of indicators."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="levers")
    code = models.CharField(max_length=32)
    name = models.CharField(max_length=200)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["framework", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="lever_code_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    """指标 / 指标任务: a measured quantity with a unit of measure and annual targets."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="indicators")
    lever = models.ForeignKey(Lever, on_delete=models.PROTECT, related_name="indicators")
    code = models.CharField(max_length=32)
    name = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    unit_of_measure = models.CharField(max_length=16)
    decimals = models.PositiveSmallIntegerField(default=0)
    direction = models.CharField(max_length=8, choices=DIRECTION_CHOICES, default="higher")
    kind = models.CharField(max_length=16, choices=KIND_CHOICES, default="cumulative")
    numerator_name = models.CharField(max_length=100, blank=True)
    denominator_name = models.CharField(max_length=100, blank=True)
    factor = decimal_field(null=True, blank=True)
    schedule = models.CharField(max_length=16, choices=SCHEDULE_CHOICES, default="linear-month")
    milestones = models.JSONField(default=list, blank=True)
    weight = models.DecimalField(max_digits=8, decimal_places=3, default=Decimal(1))
    additive = models.BooleanField(
        default=True, help_text="children's values sum to the parent's (counts, money)"
    )
    lead_unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="lead_indicators"
    )
    cooperating_units = models.ManyToManyField(
        Unit, blank=True, related_name="cooperating_indicators"
    )
    illustrative = models.BooleanField(
        default=False, help_text="demo data: plausible, not from a published source"
    )
    public = models.BooleanField(
        default=False, help_text="shown on the public page (公开), approved values only"
    )
    note = models.TextField(blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["framework", "lever__sort_order", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="indicator_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def schedule_spec(self) -> Schedule:
        milestones = tuple((int(m), Decimal(str(s))) for m, s in self.milestones)
        return Schedule(kind=ScheduleKind(self.schedule), milestones=milestones)


class Target(models.Model):
    """目标任务: the annual target a parent assigns (下达) to a unit.

    For growth indicators `value` is the target growth rate in %. A monitored indicator
    (监测指标) has no value but still has a 责任单位 for the unit: a row with `value` empty.
    """

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="targets")
    year = models.PositiveSmallIntegerField()
    value = decimal_field(null=True, blank=True, help_text="empty for a monitored indicator")
    baseline = decimal_field(null=True, blank=True, help_text="value at the end of last year")
    milestones = models.JSONField(default=list, blank=True)
    lead_unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_targets",
        help_text="责任单位 for this unit's target, when it differs from the indicator's",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["indicator", "unit", "year"], name="target_unique")
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.unit} {self.year}: {self.value}"
