"""The archive of issued briefings — 通报存档.

An issued briefing keeps the exact figures it was composed from (`snapshot`, JSON with
decimals as strings) and their SHA-256, so the same document can be produced again later
whatever happened to the data, and the data now can be compared with what was issued.
Issued briefings are never changed or deleted (append-only, like the value history).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from jindu.framework.models import Unit


class IssuedBriefing(models.Model):
    class Lang(models.TextChoices):
        ZH = "zh", "中文"
        EN = "en", "English"

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="briefings")
    period = models.CharField(max_length=7, help_text="2016-03")
    as_of = models.DateTimeField(help_text="values approved by this moment")
    lang = models.CharField(max_length=2, choices=Lang.choices, default=Lang.ZH)
    title = models.CharField(max_length=300)
    issuer = models.CharField(max_length=200, help_text="发文单位")
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    issued_at = models.DateTimeField()
    snapshot = models.JSONField(help_text="the figures used, decimals as strings")
    digest = models.CharField(max_length=64, help_text="SHA-256 of the canonical snapshot")

    class Meta:
        ordering = ["-issued_at"]
        indexes = [models.Index(fields=["unit", "period"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("an issued briefing is never changed; issue a new one")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("an issued briefing is never deleted")
