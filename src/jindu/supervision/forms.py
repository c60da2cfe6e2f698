"""Forms of the supervision pages. They only parse input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from jindu.accounts.selectors import Actor
from jindu.framework.models import Indicator, Unit
from jindu.labels import label
from jindu.supervision.models import Source

DATE = forms.DateInput(attrs={"type": "date"})


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (photos, minutes, evidence)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


def units_in(actor: Actor) -> QuerySet[Unit]:
    return Unit.objects.filter(path__startswith=actor.scope.path).order_by("path")


def regions_in(actor: Actor) -> QuerySet[Unit]:
    return units_in(actor).filter(kind=Unit.UnitKind.REGION)


class UnitChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name}"


class InspectionForm(forms.Form):
    date = forms.DateField(label=_("督查日期"), widget=DATE)
    inspecting_unit = UnitChoice(label=_("督查单位"), queryset=Unit.objects.order_by("path"))
    inspectors = forms.CharField(label=_("督查人员"), max_length=300)
    inspected_unit = UnitChoice(label=_("被督查地区"), queryset=Unit.objects.none())
    sites = forms.CharField(label=_("督查单位和现场"), widget=forms.Textarea(attrs={"rows": 3}))
    participants = forms.CharField(
        label=_("参加人员"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    findings = forms.CharField(
        label=_("督查发现"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    requirements = forms.CharField(
        label=_("督查要求(每行一条)"), widget=forms.Textarea(attrs={"rows": 6})
    )
    attachments = MultipleFileField(label=_("附件(照片、纪要)"))

    def __init__(self, *args: Any, actor: Actor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["inspected_unit"].queryset = regions_in(actor)  # type: ignore[attr-defined]


def _source_choices() -> list[tuple[str, str]]:
    """The sources a user may give a task, in the page's language (read when rendered)."""
    return [
        (s.value, label(s))
        for s in (Source.MANUAL, Source.MEETING, Source.INSTRUCTION, Source.INSPECTION)
    ]


class TaskForm(forms.Form):
    title = forms.CharField(label=_("督办事项"), max_length=300)
    content = forms.CharField(
        label=_("内容"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    source = forms.ChoiceField(label=_("来源"), choices=_source_choices)
    source_note = forms.CharField(label=_("来源说明"), required=False, max_length=300)
    region = UnitChoice(label=_("所属地区"), queryset=Unit.objects.none())
    lead_unit = UnitChoice(label=_("牵头单位"), queryset=Unit.objects.none())
    cooperating_units = forms.ModelMultipleChoiceField(
        label=_("配合单位"), required=False, queryset=Unit.objects.none()
    )
    deadline = forms.DateField(label=_("办理时限"), widget=DATE)
    indicators = forms.ModelMultipleChoiceField(
        label=_("关联指标"), required=False, queryset=Indicator.objects.none()
    )

    def __init__(self, *args: Any, actor: Actor, draft: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        units = units_in(actor)
        self.fields["region"].queryset = regions_in(actor)  # type: ignore[attr-defined]
        self.fields["lead_unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["cooperating_units"].queryset = units  # type: ignore[attr-defined]
        self.fields["indicators"].queryset = Indicator.objects.order_by(  # type: ignore[attr-defined]
            "framework", "lever__sort_order", "sort_order", "code"
        )
        if draft:
            # A draft keeps its source and region; only what is asked for is editable.
            for name in ("source", "region"):
                del self.fields[name]


class RequirementTaskForm(forms.Form):
    """转为督办事项: the lead unit and the deadline; the text comes from the requirement."""

    lead_unit = UnitChoice(label=_("牵头单位"), queryset=Unit.objects.none())
    deadline = forms.DateField(label=_("办理时限"), widget=DATE)

    def __init__(self, *args: Any, region: Unit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = Unit.objects.filter(  # type: ignore[attr-defined]
            path__startswith=region.path
        ).order_by("path")


class ActionForm(forms.Form):
    comment = forms.CharField(
        label=_("说明"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    new_deadline = forms.DateField(label=_("延期至"), required=False, widget=DATE)
    attachments = MultipleFileField(label=_("附件"))


class DraftForm(forms.Form):
    code = forms.CharField(max_length=32)
    period = forms.CharField(max_length=16)
    deadline = forms.DateField(widget=DATE)
