"""Build the demo: framework, targets and values, from a seeded random generator plus the
figures printed in the seed article (seed_figures.yaml).

Everything not printed in the article is synthetic and the framework marks it illustrative.
The same seed gives the same demo, so `jindu init --demo` twice changes nothing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from decimal import ROUND_FLOOR, Decimal
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from django.contrib.auth import get_user_model

from jindu.accounts.models import Profile
from jindu.demo import solve
from jindu.framework import fileformat, services
from jindu.framework.models import Framework, Indicator, Unit
from jindu.progress import (
    GROWTH_PLACES,
    PERCENT_PLACES,
    Components,
    Kind,
    Period,
    completion_rate,
    format_amount,
    format_decimal,
    ratio_value,
    yoy_growth,
)
from jindu.reporting.models import ValueState
from jindu.reporting.services import ValueInput, record_values
from jindu.terminal import progress

SEED = 2016
DEMO_PASSWORD = "jindu2016"
# Demo logins, one per role: (username, display name, role, unit code).
DEMO_USERS = [
    ("admin", "系统管理员", "admin", "jiangmen"),
    ("jiangmen", "江门市创新办", "office", "jiangmen-kjj"),
    ("office", "开平市创新办", "office", "kaiping-cxb"),
    ("reviewer", "开平市创新办审核员", "reviewer", "kaiping-cxb"),
    ("leader", "开平市领导", "leader", "kaiping"),
    ("kgsw", "科工商务局填报员", "reporter", "kaiping-kgsw"),
    ("rsj", "人社局填报员", "reporter", "kaiping-rsj"),
    ("cshgwh", "翠山湖管委会填报员", "reporter", "kaiping-cshgwh"),
]
TZ = ZoneInfo("Asia/Shanghai")
# Typical size of an annual target for a county like 开平市, by unit of measure.
TARGET_RANGE = {
    "家": (8, 120),
    "项": (6, 60),
    "件": (60, 900),
    "个": (3, 30),
    "人": (20, 300),
    "所": (3, 15),
    "万元": (600, 25000),
    "亿元": (6, 150),
}


@dataclass
class Plan:
    """What the generator decided for one indicator × unit."""

    target: Decimal | None = None
    baseline: Decimal | None = None
    this_year: dict[int, Decimal] = field(default_factory=dict)  # month → value (Jan..Mar)
    last_year: dict[int, Decimal] = field(default_factory=dict)  # month → value (Jan..Dec)
    parts: dict[tuple[int, int], Components] = field(default_factory=dict)  # (year, month)


def _data(name: str) -> str:
    return resources.files("jindu.demo").joinpath(name).read_text(encoding="utf-8")


def _q(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR)


class Generator:
    def __init__(self, spec: fileformat.FrameworkFile, seed_figures: dict[str, Any]) -> None:
        self.spec, self.fixed = spec, seed_figures
        self.rng = random.Random(SEED)
        self.period = Period.parse(seed_figures["period"])
        self.year = self.period.year
        parent = spec.owner
        self.counties = [u.code for u in spec.units if u.parent == parent and u.kind == "region"]
        self.size = {
            c: Decimal(str(self.rng.uniform(0.6, 2.2))).quantize(Decimal("0.01"))
            for c in self.counties
        }
        self.size[seed_figures["unit"]] = Decimal(1)
        self.population = {c: int(self.rng.uniform(260_000, 950_000)) for c in self.counties}
        self.plans: dict[tuple[str, str], Plan] = {}

    def _pick(self, low: float, high: float, places: int) -> Decimal:
        return _q(Decimal(str(self.rng.uniform(low, high))), places)

    def plan_county(self, ind: fileformat.IndicatorSpec, county: str) -> Plan:
        """Synthetic but consistent: a target, last year's monthly series, Jan–Mar this year."""
        plan = Plan()
        places = ind.decimals
        shares = self._shares()
        if ind.kind == Kind.RATIO:
            return self._plan_ratio(ind, county, plan)
        low, high = TARGET_RANGE.get(ind.unit_of_measure, (10, 100))
        scale = self.size[county]
        size = self._pick(low, high, places) * scale
        if ind.kind == Kind.LEVEL:
            baseline = _q(size, places)
            increment = _q(size * self._pick(0.05, 0.3, 2), places) or Decimal(1)
            plan.baseline, plan.target = baseline, baseline + increment
            plan.last_year = {
                m: _q(baseline * (Decimal(88) + Decimal(m)) / 100, places) for m in range(1, 13)
            }
            plan.last_year[12] = baseline
            done = self._pick(0.0, 0.6, 2)
            plan.this_year = {m: baseline + _q(increment * done * m / 3, places) for m in (1, 2, 3)}
            return plan
        growth = self._pick(-0.1, 0.35, 3) if ind.kind == Kind.GROWTH else self._pick(0.0, 0.3, 3)
        last_total = _q(size / (1 + growth), places)
        plan.last_year = {m: _q(last_total * shares[m], places) for m in range(1, 13)}
        plan.last_year[12] = last_total
        if ind.kind == Kind.GROWTH:
            plan.target = self._pick(8, 25, 0)
            this_march = plan.last_year[3] * (1 + growth)
        else:
            plan.target = _q(size, places) or Decimal(1)
            this_march = plan.last_year[3] * (1 + growth) * self._pick(0.75, 1.35, 3)
        plan.this_year = {m: _q(this_march * shares[m] / shares[3], places) for m in (1, 2, 3)}
        return plan

    def _plan_ratio(self, ind: fileformat.IndicatorSpec, county: str, plan: Plan) -> Plan:
        """Components grow slowly through last year and this year; the value is derived."""
        factor = ind.factor or Decimal(1)
        per_10k = factor > 100  # 每万人…: the denominator is the population
        denominator = Decimal(
            self.population[county] if per_10k else int(self.rng.uniform(300, 1500))
        )
        level = self._pick(2, 8, 4) if per_10k else self._pick(15, 60, 4)
        start = level * denominator / factor
        plan.target = _q(level * self._pick(1.08, 1.25, 3), ind.decimals)
        for year, months in ((self.year - 1, range(1, 13)), (self.year, range(1, 4))):
            for m in months:
                step = m if year < self.year else 12 + m
                numerator = _q(start * (1 + Decimal("0.008") * step), 0)
                plan.parts[(year, m)] = Components(numerator, denominator)
        december = ratio_value(plan.parts[(self.year - 1, 12)], factor) or Decimal(0)
        plan.baseline = _q(december, ind.decimals + 2)
        return plan

    def _shares(self) -> dict[int, Decimal]:
        """Cumulative share of the year's total by month, with a slow start as in real years."""
        weights = [
            Decimal(str(self.rng.uniform(0.5, 1.5))) * (Decimal("0.6") if m < 3 else 1)
            for m in range(1, 13)
        ]
        total, running, shares = sum(weights), Decimal(0), {}
        for m, w in enumerate(weights, 1):
            running += w
            shares[m] = running / total
        return shares

    def build(self) -> None:
        for ind in self.spec.indicators:
            for county in self.counties:
                self.plans[(ind.code, county)] = self.plan_county(ind, county)
        for item in self.fixed["figures"]:
            self.apply_fixed(item)

    def apply_fixed(self, item: dict[str, Any]) -> None:
        """Make the stored data reproduce one printed figure exactly."""
        ind = next(i for i in self.spec.indicators if i.code == item["indicator"])
        unit = item.get("unit", self.fixed["unit"])
        plan = self.plans.setdefault((ind.code, unit), Plan())
        month = self.period.month
        if "target" in item:
            plan.target = Decimal(str(item["target"]))
        elif unit in self.counties:
            for county in self.counties:  # the article gives no target: monitored only
                self.plans[(ind.code, county)].target = None
        if "value" not in item:
            return
        printed = Decimal(str(item["value"]))
        if item.get("qualifier") == ">":  # 超过86亿元, 3000多万元: a little more than printed
            printed = printed + self._pick(0.05, 0.95, 2) * (Decimal(100) if printed >= 1000 else 1)
        rate = item.get("completion_rate")
        places = ind.decimals

        def shows(value: Decimal) -> bool:
            if item.get("qualifier") is None and format_amount(value, places) != format_amount(
                printed, places
            ):
                return False
            return (
                rate is None
                or format_decimal(completion_rate(value, plan.target), PERCENT_PLACES) == rate
            )

        if ind.kind == Kind.RATIO:
            self._fix_ratio(ind, plan, printed, rate, int(item["denominator_near"]), shows)
            return
        value = (
            printed
            if shows(printed)
            else solve.simplest(
                printed - solve.half_step(places), printed + solve.half_step(places), shows
            )
        )
        before = plan.this_year.get(month)
        plan.this_year = {
            m: (_q(v * value / before, places) if before else value)
            for m, v in plan.this_year.items()
        }
        plan.this_year[month] = value
        if growth := item.get("yoy_growth"):
            g, h = Decimal(growth), solve.half_step(GROWTH_PLACES)
            low, high = value / (1 + (g + h) / 100), value / (1 + (g - h) / 100)
            last = solve.simplest(
                low, high, lambda x: format_decimal(yoy_growth(value, x), GROWTH_PLACES) == growth
            )
        else:  # no growth printed: give last year a plausible one
            last = _q(value / (1 + self._pick(0.02, 0.3, 3)), places)
        ratio = last / plan.last_year[month] if plan.last_year.get(month) else None
        # Last year's other months follow, in the indicator's decimals (whole 家, not 31.99家);
        # only the solved month may need more digits (1.7982亿元), and later months stay above it.
        plan.last_year = (
            {m: _q(v * ratio, places) for m, v in plan.last_year.items()} if ratio else {}
        )
        if plan.last_year:
            plan.last_year[month] = last
            for m in range(month + 1, 13):
                plan.last_year[m] = max(plan.last_year[m], last)
        if unit not in self.counties:
            self._keep_county_above_park(ind, value)

    def _fix_ratio(
        self,
        ind: fileformat.IndicatorSpec,
        plan: Plan,
        printed: Decimal,
        rate: str | None,
        denominator_near: int,
        shows: Callable[[Decimal], bool],
    ) -> None:
        """Whole-number components whose ratio prints as `printed` and gives the printed rate."""
        if plan.target is None or rate is None:
            raise solve.Unsolvable(f"{ind.code}: a ratio figure needs its target and rate")
        factor, places = ind.factor or Decimal(1), ind.decimals
        rate_low = Decimal(rate) - solve.half_step(PERCENT_PLACES)
        rate_high = Decimal(rate) + solve.half_step(PERCENT_PLACES)
        low = max(printed - solve.half_step(places), plan.target * rate_low / 100)
        high = min(printed + solve.half_step(places), plan.target * rate_high / 100)
        parts = solve.components_for(low, high, factor, denominator_near, shows)
        month = self.period.month
        current = plan.parts.get((self.year, month))
        scale = parts.numerator / current.numerator if current else Decimal(1)
        for key, earlier in list(plan.parts.items()):
            plan.parts[key] = Components(_q(earlier.numerator * scale, 0), parts.denominator)
        plan.parts[(self.year, month)] = parts
        december = ratio_value(plan.parts[(self.year - 1, 12)], factor) if plan.parts else None
        plan.baseline = None if december is None else _q(december, places + 2)

    def _keep_county_above_park(self, ind: fileformat.IndicatorSpec, park_value: Decimal) -> None:
        """A park is part of its county: the county's figure must not be smaller."""
        county = self.plans[(ind.code, self.fixed["unit"])]
        march = county.this_year.get(self.period.month)
        if not march or march >= park_value:
            return
        k = park_value / march * self._pick(1.4, 2.2, 2)
        places = ind.decimals
        county.this_year = {m: _q(v * k, places) for m, v in county.this_year.items()}
        county.last_year = {m: _q(v * k, places) for m, v in county.last_year.items()}
        county.baseline = _q(county.baseline * k, places) if county.baseline is not None else None
        county.target = _q(county.target * k, places) if county.target is not None else None

    def targets(self) -> list[fileformat.TargetSpec]:
        leads = self.fixed["leads"]
        result = []
        for (code, unit), plan in sorted(self.plans.items()):
            lead = None
            if unit == self.fixed["unit"]:
                lead = leads["indicators"].get(code) or leads["levers"][code[0]]
            if unit not in self.counties or (plan.target is None and lead is None):
                continue
            # A monitored indicator (no target) still has its 责任单位 in 开平市.
            baseline = plan.baseline if plan.target is not None else None
            result.append(
                fileformat.TargetSpec(code, unit, self.year, plan.target, baseline, (), lead)
            )
        result += self._parent_targets({t.indicator for t in result if t.value is not None})
        return result

    def _parent_targets(self, codes: set[str]) -> list[fileformat.TargetSpec]:
        """江门市's own targets (assigned from the province): at least its counties' sum."""
        out = []
        for ind in self.spec.indicators:
            if ind.code not in codes:
                continue
            plans = [self.plans[(ind.code, c)] for c in self.counties]
            if ind.kind in (Kind.RATIO, Kind.GROWTH):
                value = max(p.target for p in plans if p.target is not None)
            else:
                value = sum((p.target for p in plans if p.target is not None), Decimal(0))
            out.append(fileformat.TargetSpec(ind.code, self.spec.owner, self.year, value))
        return out

    def values(
        self, indicators: dict[str, Indicator], units: dict[str, Unit]
    ) -> dict[Period, list[ValueInput]]:
        """Approved values by month; 恩平市 has not reported two indicators for March."""
        by_period: dict[Period, list[ValueInput]] = {}
        late = {("enping", "B05"), ("enping", "G05")}
        for (code, unit), plan in self.plans.items():
            ind = indicators[code]
            series: list[tuple[int, int, Decimal | None]]
            series = [(self.year - 1, m, v) for m, v in plan.last_year.items()]
            series += [(self.year, m, v) for m, v in plan.this_year.items()]
            series += [(y, m, None) for (y, m) in plan.parts]
            for year, month, value in series:
                if year == self.year and month == self.period.month and (unit, code) in late:
                    continue
                parts = plan.parts.get((year, month))
                item = ValueInput(
                    indicator=ind,
                    unit=units[unit],
                    period=Period(year, month),
                    value=value,
                    numerator=parts.numerator if parts else None,
                    denominator=parts.denominator if parts else None,
                    state=ValueState.APPROVED,
                )
                by_period.setdefault(item.period, []).append(item)
        return by_period


def approval_time(period: Period) -> datetime:
    """Values of a month are approved on the 8th of the next month at 10:00, Beijing time."""
    nxt = period.next()
    return datetime.combine(nxt.start_date + timedelta(days=7), time(10), tzinfo=TZ)


def create_demo_users(units: dict[str, Unit]) -> None:
    """One login per role (password DEMO_PASSWORD); existing users are left as they are."""
    user_model = get_user_model()
    existing = set(
        user_model.objects.filter(username__in=[u[0] for u in DEMO_USERS]).values_list(
            "username", flat=True
        )
    )
    for username, display, role, unit in DEMO_USERS:
        if username in existing:
            continue
        user = user_model.objects.create_user(username, "", DEMO_PASSWORD)
        if role == "admin":
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        Profile.objects.create(user=user, unit=units[unit], role=role, display_name=display)


def load_demo() -> str:
    """Load (or reload, unchanged) the demo data set; returns a summary for the terminal."""
    spec = fileformat.parse(_data("framework.yaml"))
    fixed = yaml.safe_load(_data("seed_figures.yaml"))
    gen = Generator(spec, fixed)
    gen.build()
    spec = replace(spec, targets=gen.targets())
    report = services.load_framework(spec)
    framework = Framework.objects.get(code=spec.code)
    indicators = {i.code: i for i in framework.indicators.all()}
    units = {u.code: u for u in Unit.objects.all()}
    changed = 0
    batches = gen.values(indicators, units)
    for period in progress(sorted(batches), "demo values"):
        result = record_values(
            batches[period], actor="jindu init --demo", reason="演示数据", at=approval_time(period)
        )
        changed += result.created + result.updated
    create_demo_users(units)
    from jindu.supervision.demo import load_demo_inspection

    load_demo_inspection()
    count = sum(len(b) for b in batches.values())
    return (
        f"demo: {framework.name}, {len(indicators)} indicators, {len(spec.targets)} targets, "
        f"{count} values ({report.changed + changed} changed)"
    )
