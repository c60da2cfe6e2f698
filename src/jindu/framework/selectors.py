"""Read-only queries on the framework."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from jindu.framework import fileformat
from jindu.framework.models import Framework, Indicator, Target, Unit


class NotFound(LookupError):
    """A unit, framework or indicator named by a user does not exist; the message is in the
    active language (Chinese for the command line)."""


def unit_by_name_or_code(text: str) -> Unit:
    """开平市 or kaiping. A name shared by several units (two 教育局) must be given by code."""
    matches = list(Unit.objects.filter(Q(code=text) | Q(name=text))[:3])
    exact = [u for u in matches if u.code == text]
    if exact:
        return exact[0]
    if not matches:
        raise NotFound(_("没有这个单位: %(text)s") % {"text": text})
    if len(matches) > 1:
        codes = ", ".join(u.code for u in matches)
        raise NotFound(
            _("单位名称 %(text)s 不唯一,请用代码: %(codes)s") % {"text": text, "codes": codes}
        )
    return matches[0]


def frameworks_for_unit(unit: Unit) -> QuerySet[Framework]:
    """Frameworks owned by the unit or one of its ancestors (a path prefix of the unit's)."""
    prefixes = [unit.path[: i + 1] for i, ch in enumerate(unit.path) if ch == "/" and i > 0]
    return Framework.objects.filter(owner__path__in=prefixes).order_by("code")


def framework_for_unit(unit: Unit, code: str | None = None) -> Framework:
    candidates = frameworks_for_unit(unit)
    if code:
        candidates = candidates.filter(code=code)
    found = list(candidates[:2])
    if not found:
        missing = _("单位 %(unit)s 没有适用的指标体系") % {"unit": unit.name}
        raise NotFound(missing + (f" {code}" if code else ""))
    if len(found) > 1:
        raise NotFound(
            _("单位 %(unit)s 有多个指标体系,请用 --framework 指定") % {"unit": unit.name}
        )
    return found[0]


def subtree(unit: Unit) -> QuerySet[Unit]:
    return Unit.objects.filter(path__startswith=unit.path)


def _plain(value: Decimal) -> int | str:
    """4.240000 → "4.24", 76.000000 → 76: the shortest exact text."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return int(normal)
    return f"{normal:f}"


class _Dumper(yaml.SafeDumper):
    pass


def _represent_plain(dumper: yaml.SafeDumper, value: object) -> yaml.ScalarNode:
    # An exact decimal is written unquoted, so the file reads naturally and loads back exact.
    return dumper.represent_scalar("tag:yaml.org,2002:float", str(value))


class _Number(str):
    pass


_Dumper.add_representer(_Number, _represent_plain)


def _num(value: Decimal | None) -> Any:
    if value is None:
        return None
    plain = _plain(value)
    return plain if isinstance(plain, int) else _Number(plain)


def dump_framework(framework: Framework) -> str:
    """The framework in the file format that `load` reads; load(dump(x)) changes nothing."""
    units = list(subtree(framework.owner).order_by("path"))
    children: dict[int | None, list[Unit]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u)

    def unit_tree(u: Unit) -> dict[str, Any]:
        node: dict[str, Any] = {"code": u.code, "name": u.name, "kind": u.kind}
        kids = sorted(children.get(u.pk, []), key=lambda c: (c.sort_order, c.code))
        if kids:
            node["children"] = [unit_tree(c) for c in kids]
        return node

    indicators = list(
        framework.indicators.select_related("lead_unit").prefetch_related("cooperating_units")
    )
    levers = []
    for lever in framework.levers.all():
        items = [_indicator_dict(i) for i in indicators if i.lever_id == lever.pk]
        levers.append({"code": lever.code, "name": lever.name, "indicators": items})
    targets = [
        _target_dict(t)
        for t in Target.objects.filter(indicator__framework=framework)
        .select_related("indicator", "unit", "lead_unit")
        .order_by("year", "indicator__lever__sort_order", "indicator__sort_order", "unit__path")
    ]
    data = {
        "format": fileformat.FORMAT,
        "framework": {
            "code": framework.code,
            "name": framework.name,
            "owner": framework.owner.code,
            "far_behind_pp": _num(framework.far_behind_pp),
            "note": framework.note or None,
        },
        "units": [unit_tree(framework.owner)],
        "levers": levers,
        "targets": targets,
    }
    return yaml.dump(
        _drop_empty(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100
    )


def _indicator_dict(i: Indicator) -> dict[str, Any]:
    return {
        "code": i.code,
        "name": i.name,
        "aliases": i.aliases,
        "unit": i.unit_of_measure,
        "decimals": i.decimals,
        "direction": i.direction,
        "kind": i.kind,
        "numerator": i.numerator_name,
        "denominator": i.denominator_name,
        "factor": _num(i.factor),
        "schedule": i.schedule,
        "milestones": {int(m): _num(Decimal(str(s))) for m, s in i.milestones},
        "weight": _num(i.weight),
        "additive": i.additive,
        "lead_unit": i.lead_unit.code if i.lead_unit else None,
        "cooperating_units": sorted(u.code for u in i.cooperating_units.all()),
        "illustrative": i.illustrative,
        "public": i.public,
        "note": i.note,
    }


def _target_dict(t: Target) -> dict[str, Any]:
    return {
        "indicator": t.indicator.code,
        "unit": t.unit.code,
        "year": t.year,
        "value": _num(t.value),
        "baseline": _num(t.baseline),
        "milestones": {int(m): _num(Decimal(str(s))) for m, s in t.milestones},
        "lead_unit": t.lead_unit.code if t.lead_unit else None,
    }


def _drop_empty(data: Any) -> Any:
    """Leave out empty optional keys so the dump stays readable (they load as defaults)."""
    if isinstance(data, dict):
        return {k: _drop_empty(v) for k, v in data.items() if v not in (None, "", [], {})}
    if isinstance(data, list):
        return [_drop_empty(v) for v in data]
    return data
