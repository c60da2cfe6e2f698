from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jindu.accounts.models import AccessDenied, ApiToken, Profile


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin[Profile]):
    list_display = ["user", "display_name", "role", "unit"]
    list_filter = ["role"]
    list_select_related = ["user", "unit"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["name", "prefix", "unit", "role", "active", "last_used_at"]
    readonly_fields = ["digest", "prefix", "created_at", "last_used_at"]


@admin.register(AccessDenied)
class AccessDeniedAdmin(admin.ModelAdmin[AccessDenied]):
    list_display = ["at", "user", "method", "path", "reason"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
