"""Forms of the collection workflow. Numbers are parsed as exact decimals, never floats."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _

from jindu.framework.models import Unit
from jindu.progress import Period

MAX_DIGITS = 18


def parse_number(text: str) -> Decimal | None:
    """'1,234.5' → Decimal('1234.5'); '' → None; anything else raises ValueError."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(_("“%(text)s”不是数字") % {"text": text.strip()}) from None
    if not number.is_finite() or len(number.as_tuple().digits) > MAX_DIGITS:
        raise ValueError(_("“%(text)s”不是有效的数字") % {"text": text.strip()})
    return number


class RoundForm(forms.Form):
    period = forms.CharField(label=_("报告期"), help_text=_("例如 2016-04"))
    units = forms.ModelMultipleChoiceField(
        label=_("收集数据的地区"),
        queryset=Unit.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    due_date = forms.DateField(label=_("截止日期"), widget=forms.DateInput(attrs={"type": "date"}))
    lock_after_days = forms.IntegerField(
        label=_("截止后几天锁定"), min_value=0, max_value=60, initial=5
    )
    note = forms.CharField(
        label=_("说明"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: object, regions: list[Unit], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["units"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = Unit.objects.filter(pk__in=[u.pk for u in regions]).order_by("path")

    def clean_period(self) -> Period:
        try:
            return Period.parse(self.cleaned_data["period"])
        except ValueError:
            raise forms.ValidationError(_("报告期格式应为 2016-04")) from None


class ExceptionForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("单位"), queryset=Unit.objects.none())
    until = forms.DateField(label=_("延期至"), widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("原因"), required=False)

    def __init__(self, *args: object, units: list[Unit], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["unit"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Unit.objects.filter(pk__in=[u.pk for u in units]).order_by("path")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("填好的模板(.xlsx 或 .xls)"))
