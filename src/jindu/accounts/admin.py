from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.http import HttpRequest

from jindu.accounts.models import AccessDenied, ApiToken, Profile


class ProfileInline(admin.StackedInline[Profile, User]):
    """Unit and role on the user's own page, so an account is made in one step."""

    model = Profile
    can_delete = False
    extra = 1
    max_num = 1


admin.site.unregister(User)


@admin.register(User)
class JinduUserAdmin(UserAdmin[User]):
    inlines = [ProfileInline]
    list_display = [
        "username",
        "profile__display_name",
        "profile__role",
        "profile__unit",
        "is_active",
    ]
    list_select_related = ["profile", "profile__unit"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin[Profile]):
    list_display = ["user", "display_name", "role", "unit"]
    list_filter = ["role"]
    list_select_related = ["user", "unit"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    """Tokens are issued with `jindu token issue` (the clear text is shown once); here they
    are listed and revoked."""

    list_display = ["name", "prefix", "unit", "role", "active", "last_used_at"]
    readonly_fields = ["name", "unit", "role", "digest", "prefix", "created_at", "last_used_at"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="吊销所选令牌")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        count = queryset.update(active=False)
        self.message_user(request, f"已吊销 {count} 个令牌", messages.SUCCESS)


@admin.register(AccessDenied)
class AccessDeniedAdmin(admin.ModelAdmin[AccessDenied]):
    list_display = ["at", "user", "method", "path", "reason"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
