from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jindu.reporting.models import Value, ValueChange


@admin.register(Value)
class ValueAdmin(admin.ModelAdmin[Value]):
    list_display = ["indicator", "unit", "year", "month", "value", "state"]
    list_filter = ["state", "year", "indicator__lever"]
    list_select_related = ["indicator", "unit"]
    # Values change through services that keep their history, not through the admin.
    readonly_fields = [f.name for f in Value._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ValueChange)
class ValueChangeAdmin(admin.ModelAdmin[ValueChange]):
    list_display = ["at", "actor", "value", "old_value", "new_value", "old_state", "new_state"]
    list_select_related = ["value__indicator", "value__unit"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
