"""Template filters of the dashboard pages."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def item(mapping: dict[str, Any], key: str) -> Any:
    """{{ column.counts|item:status }}: a dict entry by a variable key."""
    return mapping.get(key)
