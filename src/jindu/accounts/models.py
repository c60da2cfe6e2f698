"""Users belong to a unit and have one role; API clients have tokens scoped to a unit.

Roles (DOMAIN.md "Who uses it"):
- admin (系统管理员): everything;
- office (创新办): manage the framework and reporting rounds, review, in their region's subtree;
- reporter (填报员): enter and submit the indicators their department leads, for its region;
- reviewer (审核员): approve or return values of their region's subtree;
- leader (领导): read everything in their region's subtree.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models

from jindu.framework.models import Unit


class Role(models.TextChoices):
    ADMIN = "admin", "系统管理员"
    OFFICE = "office", "创新办"
    REPORTER = "reporter", "填报员"
    REVIEWER = "reviewer", "审核员"
    LEADER = "leader", "领导"


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="members")
    role = models.CharField(max_length=16, choices=Role.choices)
    display_name = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        name = self.display_name or self.user.get_username()
        return f"{name} ({self.get_role_display()}, {self.unit})"


class ApiToken(models.Model):
    """A token for an integration client, scoped to one unit. Only a hash is stored."""

    name = models.CharField(max_length=100)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="api_tokens")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.REPORTER)
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    active = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def issue(cls, *, name: str, unit: Unit, role: str = Role.REPORTER) -> tuple[ApiToken, str]:
        """Create a token; the clear text is returned once and never stored."""
        token = "jd_" + secrets.token_urlsafe(32)
        obj = cls.objects.create(
            name=name, unit=unit, role=role, digest=cls.hash(token), prefix=token[:8]
        )
        return obj, token


class AccessDenied(models.Model):
    """A refused attempt (403): who tried what. Append-only, for the office's security review."""

    at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    token = models.ForeignKey(ApiToken, null=True, blank=True, on_delete=models.SET_NULL)
    method = models.CharField(max_length=8)
    path = models.CharField(max_length=500)
    reason = models.CharField(max_length=300)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user} {self.method} {self.path}: {self.reason}"
