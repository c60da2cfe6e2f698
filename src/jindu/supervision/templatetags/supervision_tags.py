from __future__ import annotations

from typing import Any

from django import template

from jindu.labels import Labelled
from jindu.labels import label as label_of

register = template.Library()


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, "")


@register.filter
def label(value: Labelled) -> str:
    """{{ row.state|label }}: a state, action or flag in the page's language."""
    return label_of(value)
