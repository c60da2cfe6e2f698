from django.contrib import admin

from jindu.supervision.models import (
    Attachment,
    Inspection,
    Notification,
    Reminder,
    Requirement,
    Task,
    TaskEvent,
)


class RequirementInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Requirement
    extra = 0


@admin.register(Inspection)
class InspectionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["date", "inspecting_unit", "inspected_unit", "inspectors"]
    inlines = [RequirementInline]


class EventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = TaskEvent
    extra = 0
    can_delete = False
    readonly_fields = ("at", "actor", "action", "from_state", "to_state", "comment", "deadline")
    fields = readonly_fields

    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Read here; change tasks through the pages, so every step leaves its record."""

    list_display = ["title", "lead_unit", "deadline", "state", "source"]
    list_filter = ["state", "source"]
    readonly_fields = ["state", "assigned_at", "reported_at", "closed_at", "reported_by"]
    inlines = [EventInline]


admin.site.register([Attachment, Notification, Reminder])
