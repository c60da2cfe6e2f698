"""The framework file (YAML): parse and validate into plain dataclasses, with line numbers.

Numbers are read as exact decimals (a YAML float such as 4.24 becomes Decimal("4.24"), never a
binary float). Every error names the line and the field. The format is documented in
docs/framework-file.md; `dump` writes the same format back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, cast

import yaml

from jindu.progress import Direction, Kind, ScheduleKind

FORMAT = "jindu-framework/1"
UNIT_KINDS = ("region", "department", "park")


class FrameworkFileError(ValueError):
    """A problem in a framework file; str() reads "line 12: indicators[3].kind: ..."."""

    def __init__(self, line: int | None, where: str, message: str) -> None:
        self.line, self.where, self.message = line, where, message
        prefix = f"line {line}: " if line else ""
        super().__init__(f"{prefix}{where}: {message}" if where else f"{prefix}{message}")


class _Map(dict[str, Any]):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> _Map:
    # Keys stay as YAML typed them (milestone months are numbers).
    result = _Map(cast(dict[str, Any], loader.construct_mapping(node, deep=True)))
    result.line = node.start_mark.line + 1
    return result


def _construct_decimal(loader: _Loader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # .inf, .nan
        raise FrameworkFileError(node.start_mark.line + 1, "", f"not a number: {text}") from exc


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


@dataclass(frozen=True)
class UnitSpec:
    code: str
    name: str
    kind: str
    parent: str | None
    sort_order: int


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    lever: str
    unit_of_measure: str
    decimals: int = 0
    aliases: tuple[str, ...] = ()
    direction: str = Direction.HIGHER.value
    kind: str = Kind.CUMULATIVE.value
    numerator_name: str = ""
    denominator_name: str = ""
    factor: Decimal | None = None
    schedule: str = ScheduleKind.LINEAR_MONTH.value
    milestones: tuple[tuple[int, Decimal], ...] = ()
    weight: Decimal = Decimal(1)
    additive: bool = True
    lead_unit: str | None = None
    cooperating_units: tuple[str, ...] = ()
    illustrative: bool = False
    public: bool = False
    note: str = ""
    sort_order: int = 0


@dataclass(frozen=True)
class TargetSpec:
    indicator: str
    unit: str
    year: int
    value: Decimal | None  # None: a monitored indicator, with only a lead unit
    baseline: Decimal | None = None
    milestones: tuple[tuple[int, Decimal], ...] = ()
    lead_unit: str | None = None


@dataclass(frozen=True)
class LeverSpec:
    code: str
    name: str
    sort_order: int


@dataclass
class FrameworkFile:
    code: str
    name: str
    owner: str
    far_behind_pp: Decimal = Decimal(-10)
    note: str = ""
    units: list[UnitSpec] = field(default_factory=list)
    levers: list[LeverSpec] = field(default_factory=list)
    indicators: list[IndicatorSpec] = field(default_factory=list)
    targets: list[TargetSpec] = field(default_factory=list)


class _Reader:
    """Small helpers that read one field of a mapping and raise with line and path."""

    def __init__(self, data: _Map, where: str) -> None:
        self.data, self.where = data, where

    def fail(self, key: str, message: str) -> FrameworkFileError:
        return FrameworkFileError(
            self.data.line, f"{self.where}.{key}" if key else self.where, message
        )

    def required(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, "is required")
        if not isinstance(value, str | int) or isinstance(value, bool) or str(value).strip() == "":
            raise self.fail(key, f"must be a non-empty text, got {value!r}")
        return str(value).strip()

    def text(self, key: str) -> str:
        """An optional free text: "" when absent."""
        return self.required(key) if self.data.get(key) not in (None, "") else ""

    def opt_str(self, key: str) -> str | None:
        return self.required(key) if self.data.get(key) is not None else None

    def decimal(self, key: str, default: Decimal | None = None) -> Decimal:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, "is required")
        if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
            raise self.fail(key, f"must be a number, got {value!r}")
        try:
            result = Decimal(str(value).strip())
        except InvalidOperation:
            raise self.fail(key, f"must be a number, got {value!r}") from None
        if not result.is_finite():
            raise self.fail(key, f"must be a finite number, got {value!r}")
        return result

    def opt_decimal(self, key: str) -> Decimal | None:
        return self.decimal(key) if self.data.get(key) is not None else None

    def whole(self, key: str, default: int, low: int = 0, high: int = 10**6) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"must be a whole number from {low} to {high}, got {value!r}")
        return int(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, got {value!r}")
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.required(key, default)
        if value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}, got {value!r}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise self.fail(key, "must be a list of texts")
        return tuple(str(v) for v in value)

    def milestones(self, key: str) -> tuple[tuple[int, Decimal], ...]:
        value = self.data.get(key) or {}
        if not isinstance(value, dict):
            raise self.fail(key, "must map month (1-12) to a cumulative share in %, e.g. {3: 22}")
        result = []
        for month, share in sorted(value.items(), key=lambda kv: int(kv[0])):
            if not isinstance(month, int) or not 1 <= month <= 12:
                raise self.fail(key, f"month must be 1-12, got {month!r}")
            result.append((month, _Reader(_Map({"share": share}), self.where).decimal("share")))
        return tuple(result)

    def mappings(self, key: str) -> list[_Map]:
        value = self.data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, _Map) for v in value):
            raise self.fail(key, "must be a list of mappings")
        return value


def parse(text: str) -> FrameworkFile:
    """Parse and validate a framework file; raise FrameworkFileError on the first problem."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise FrameworkFileError(line, "", f"not valid YAML: {exc.problem}") from None
    if not isinstance(data, _Map):
        raise FrameworkFileError(1, "", "the file must be a YAML mapping")
    top = _Reader(data, "")
    if data.get("format", FORMAT) != FORMAT:
        raise top.fail("format", f"unknown format {data.get('format')!r}, expected {FORMAT}")
    head = data.get("framework")
    if not isinstance(head, _Map):
        raise FrameworkFileError(data.line, "framework", "is required (code, name, owner)")
    h = _Reader(head, "framework")
    result = FrameworkFile(
        code=h.required("code"),
        name=h.required("name"),
        owner=h.required("owner"),
        far_behind_pp=h.decimal("far_behind_pp", Decimal(-10)),
        note=h.text("note"),
    )
    _read_units(top.mappings("units"), None, "units", result.units)
    for i, lever in enumerate(top.mappings("levers")):
        r = _Reader(lever, f"levers[{i}]")
        result.levers.append(LeverSpec(r.required("code"), r.required("name"), i))
        for j, item in enumerate(r.mappings("indicators")):
            result.indicators.append(
                _read_indicator(item, f"levers[{i}].indicators[{j}]", r.required("code"), j)
            )
    for i, item in enumerate(top.mappings("targets")):
        r = _Reader(item, f"targets[{i}]")
        result.targets.append(
            TargetSpec(
                indicator=r.required("indicator"),
                unit=r.required("unit"),
                year=r.whole("year", 0, 1900, 2999),
                value=r.opt_decimal("value"),
                baseline=r.opt_decimal("baseline"),
                milestones=r.milestones("milestones"),
                lead_unit=r.opt_str("lead_unit"),
            )
        )
    validate(result, data)
    return result


def _read_units(items: list[_Map], parent: str | None, where: str, out: list[UnitSpec]) -> None:
    for i, item in enumerate(items):
        r = _Reader(item, f"{where}[{i}]")
        code = r.required("code")
        out.append(
            UnitSpec(code, r.required("name"), r.choice("kind", UNIT_KINDS, "region"), parent, i)
        )
        _read_units(r.mappings("children"), code, f"{where}[{i}].children", out)


def _read_indicator(item: _Map, where: str, lever: str, order: int) -> IndicatorSpec:
    r = _Reader(item, where)
    kind = r.choice("kind", tuple(k.value for k in Kind), Kind.CUMULATIVE.value)
    spec = IndicatorSpec(
        code=r.required("code"),
        name=r.required("name"),
        lever=lever,
        unit_of_measure=r.required("unit"),
        decimals=r.whole("decimals", 0, 0, 6),
        aliases=r.strings("aliases"),
        direction=r.choice("direction", tuple(d.value for d in Direction), Direction.HIGHER.value),
        kind=kind,
        numerator_name=r.text("numerator"),
        denominator_name=r.text("denominator"),
        factor=r.opt_decimal("factor"),
        schedule=r.choice(
            "schedule", tuple(s.value for s in ScheduleKind), ScheduleKind.LINEAR_MONTH.value
        ),
        milestones=r.milestones("milestones"),
        weight=r.decimal("weight", Decimal(1)),
        additive=r.flag("additive", kind != Kind.RATIO.value),
        lead_unit=r.opt_str("lead_unit"),
        cooperating_units=r.strings("cooperating_units"),
        illustrative=r.flag("illustrative", False),
        public=r.flag("public", False),
        note=r.text("note"),
        sort_order=order,
    )
    if spec.kind == Kind.RATIO.value and (
        spec.factor is None or not spec.numerator_name or not spec.denominator_name
    ):
        raise r.fail("kind", "a ratio indicator needs numerator, denominator and factor")
    if spec.schedule == ScheduleKind.MILESTONES.value and not spec.milestones:
        raise r.fail(
            "milestones", "schedule 'milestones' needs milestones, e.g. {3: 22, 6: 45, 9: 70}"
        )
    if spec.weight < 0:
        raise r.fail("weight", "must not be negative")
    return spec


def validate(result: FrameworkFile, data: _Map) -> None:
    """Cross-references: unique codes, known units, indicators and levers."""
    units = {u.code for u in result.units}
    _unique([u.code for u in result.units], "units", data)
    _unique([lv.code for lv in result.levers], "levers", data)
    _unique([i.code for i in result.indicators], "indicators", data)
    if result.owner not in units:
        raise FrameworkFileError(
            data["framework"].line, "framework.owner", f"unknown unit {result.owner!r}"
        )
    for ind in result.indicators:
        for ref in (ind.lead_unit, *ind.cooperating_units):
            if ref is not None and ref not in units:
                raise FrameworkFileError(
                    _line_of(data, "levers"), f"indicator {ind.code}", f"unknown unit {ref!r}"
                )
    codes = {i.code for i in result.indicators}
    targets_seen: set[tuple[str, str, int]] = set()
    for i, t in enumerate(result.targets):
        line = data["targets"][i].line
        if t.indicator not in codes:
            raise FrameworkFileError(
                line, f"targets[{i}].indicator", f"unknown indicator {t.indicator!r}"
            )
        for field_name, ref in (("unit", t.unit), ("lead_unit", t.lead_unit)):
            if ref is not None and ref not in units:
                raise FrameworkFileError(
                    line, f"targets[{i}].{field_name}", f"unknown unit {ref!r}"
                )
        if t.value is None and t.lead_unit is None:
            raise FrameworkFileError(
                line, f"targets[{i}]", "needs a value, or a lead_unit for a monitored indicator"
            )
        key = (t.indicator, t.unit, t.year)
        if key in targets_seen:
            raise FrameworkFileError(
                line, f"targets[{i}]", f"a second target for {t.indicator} / {t.unit} / {t.year}"
            )
        targets_seen.add(key)


def _unique(codes: list[str], where: str, data: _Map) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise FrameworkFileError(_line_of(data, where), where, f"code {code!r} is used twice")
        seen.add(code)


def _line_of(data: _Map, key: str) -> int:
    value = data.get(key)
    return (
        value[0].line
        if isinstance(value, list) and value and isinstance(value[0], _Map)
        else data.line
    )
