"""Services that change the framework. The caller owns the transaction (STYLE.md rule 4)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from django.db import models

from jindu.framework import fileformat
from jindu.framework.models import Framework, Indicator, Lever, Target, Unit

M = TypeVar("M", bound=models.Model)


@dataclass
class LoadReport:
    """What a load did, per kind of object: {"units": {"created": 3, "updated": 0, ...}}."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return sum(c["created"] + c["updated"] for c in self.counts.values())


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return a is not None and b is not None and Decimal(a) == Decimal(b)
    return bool(a == b)


def _upsert(
    model: type[M],
    existing: Iterable[M],
    key: Callable[[M], Hashable],
    rows: dict[Hashable, dict[str, Any]],
) -> tuple[dict[str, int], dict[Hashable, M]]:
    """Create or update `rows` (key → field values) in bulk; leave equal rows untouched."""
    by_key = {key(obj): obj for obj in existing}
    to_create, to_update, changed_fields = [], [], set()
    for k, values in rows.items():
        obj = by_key.get(k)
        if obj is None:
            obj = model(**values)
            to_create.append(obj)
            by_key[k] = obj
            continue
        diff = [f for f, v in values.items() if not _same(getattr(obj, f), v)]
        if diff:
            for f in diff:
                setattr(obj, f, values[f])
            changed_fields.update(diff)
            to_update.append(obj)
    model.objects.bulk_create(to_create)  # type: ignore[attr-defined]
    if to_update:
        model.objects.bulk_update(to_update, sorted(changed_fields))  # type: ignore[attr-defined]
    unchanged = len(rows) - len(to_create) - len(to_update)
    return {"created": len(to_create), "updated": len(to_update), "unchanged": unchanged}, by_key


def load_framework(spec: fileformat.FrameworkFile) -> LoadReport:
    """Create or update everything a framework file describes. Loading twice changes nothing."""
    report = LoadReport()
    units = _load_units(spec.units, report)
    fw_counts, fws = _upsert(
        Framework,
        Framework.objects.filter(code=spec.code),
        lambda f: f.code,
        {
            spec.code: {
                "code": spec.code,
                "name": spec.name,
                "owner": units[spec.owner],
                "far_behind_pp": spec.far_behind_pp,
                "note": spec.note,
            }
        },
    )
    report.counts["framework"] = fw_counts
    framework = fws[spec.code]
    report.counts["levers"], levers = _upsert(
        Lever,
        framework.levers.all(),
        lambda lv: lv.code,
        {
            lv.code: {
                "framework": framework,
                "code": lv.code,
                "name": lv.name,
                "sort_order": lv.sort_order,
            }
            for lv in spec.levers
        },
    )
    report.counts["indicators"], indicators = _upsert(
        Indicator,
        framework.indicators.all(),
        lambda i: i.code,
        {i.code: _indicator_fields(i, framework, levers, units) for i in spec.indicators},
    )
    _set_cooperating(spec.indicators, indicators, units)
    report.counts["targets"], _ = _upsert(
        Target,
        Target.objects.filter(indicator__framework=framework).select_related("indicator", "unit"),
        lambda t: (t.indicator.code, t.unit.code, t.year),
        {
            (t.indicator, t.unit, t.year): {
                "indicator": indicators[t.indicator],
                "unit": units[t.unit],
                "year": t.year,
                "value": t.value,
                "baseline": t.baseline,
                "milestones": [[m, str(s)] for m, s in t.milestones],
                "lead_unit": units[t.lead_unit] if t.lead_unit else None,
            }
            for t in spec.targets
        },
    )
    return report


def _load_units(specs: list[fileformat.UnitSpec], report: LoadReport) -> dict[Hashable, Unit]:
    """Units level by level, so that a parent exists (and has its path) before its children."""
    by_code: dict[Hashable, Unit] = {
        u.code: u for u in Unit.objects.filter(code__in=[s.code for s in specs])
    }
    totals = {"created": 0, "updated": 0, "unchanged": 0}
    level = [s for s in specs if s.parent is None]
    while level:
        rows: dict[Hashable, dict[str, Any]] = {}
        for s in level:
            parent = by_code[s.parent] if s.parent else None
            rows[s.code] = {
                "code": s.code,
                "name": s.name,
                "kind": s.kind,
                "parent": parent,
                "sort_order": s.sort_order,
                "path": f"{parent.path if parent else '/'}{s.code}/",
            }
        counts, found = _upsert(
            Unit, [by_code[c] for c in rows if c in by_code], lambda u: u.code, rows
        )
        by_code.update(found)
        totals = {k: totals[k] + counts[k] for k in totals}
        codes = {s.code for s in level}
        level = [s for s in specs if s.parent in codes]
    report.counts["units"] = totals
    return by_code


def _indicator_fields(
    i: fileformat.IndicatorSpec,
    framework: Framework,
    levers: dict[Hashable, Lever],
    units: dict[Hashable, Unit],
) -> dict[str, Any]:
    return {
        "framework": framework,
        "lever": levers[i.lever],
        "code": i.code,
        "name": i.name,
        "aliases": list(i.aliases),
        "unit_of_measure": i.unit_of_measure,
        "decimals": i.decimals,
        "direction": i.direction,
        "kind": i.kind,
        "numerator_name": i.numerator_name,
        "denominator_name": i.denominator_name,
        "factor": i.factor,
        "schedule": i.schedule,
        "milestones": [[m, str(s)] for m, s in i.milestones],
        "weight": i.weight,
        "additive": i.additive,
        "lead_unit": units[i.lead_unit] if i.lead_unit else None,
        "illustrative": i.illustrative,
        "public": i.public,
        "note": i.note,
        "sort_order": i.sort_order,
    }


def _set_cooperating(
    specs: list[fileformat.IndicatorSpec],
    indicators: dict[Hashable, Indicator],
    units: dict[Hashable, Unit],
) -> None:
    through = Indicator.cooperating_units.through
    wanted = {(indicators[s.code].pk, units[c].pk) for s in specs for c in s.cooperating_units}
    ids = [i.pk for i in indicators.values()]
    have = set(through.objects.filter(indicator_id__in=ids).values_list("indicator_id", "unit_id"))
    if wanted != have:
        through.objects.filter(indicator_id__in=ids).exclude(
            pk__in=[
                r.pk
                for r in through.objects.filter(indicator_id__in=ids)
                if (r.indicator_id, r.unit_id) in wanted
            ]
        ).delete()
        through.objects.bulk_create(
            [through(indicator_id=i, unit_id=u) for i, u in sorted(wanted - have)]
        )
