from django.contrib import admin

from jindu.framework.models import Framework, Indicator, Lever, Target, Unit


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin[Unit]):
    list_display = ["name", "code", "kind", "parent"]
    search_fields = ["name", "code"]
    list_filter = ["kind"]


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin[Framework]):
    list_display = ["name", "code", "owner"]


@admin.register(Lever)
class LeverAdmin(admin.ModelAdmin[Lever]):
    list_display = ["code", "name", "framework"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin[Indicator]):
    list_display = ["code", "name", "unit_of_measure", "kind", "lever", "lead_unit", "illustrative"]
    list_filter = ["framework", "lever", "kind", "illustrative"]
    search_fields = ["code", "name"]
    list_select_related = ["lever", "lead_unit"]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin[Target]):
    list_display = ["indicator", "unit", "year", "value", "baseline"]
    list_filter = ["year", "indicator__framework"]
    list_select_related = ["indicator", "unit"]
