"""The framework file: exact numbers, errors with line numbers, idempotent load, dump/load."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from jindu.framework import fileformat, services
from jindu.framework.models import Framework, Indicator, Target, Unit
from jindu.framework.selectors import dump_framework

SMALL = textwrap.dedent(
    """\
    format: jindu-framework/1
    framework: {code: t-2020, name: 测试体系, owner: t-city}
    units:
      - code: t-city
        name: 测试市
        children:
          - {code: t-a, name: 甲县}
          - {code: t-b, name: 乙县}
          - {code: t-a-kj, name: 甲县科技局, kind: department}
    levers:
      - code: L1
        name: 知识产权
        indicators:
          - {code: P1, name: 每万人发明专利拥有量, unit: 件, decimals: 2, kind: ratio,
             numerator: 有效发明专利, denominator: 常住人口, factor: 10000, lead_unit: t-a-kj}
          - {code: P2, name: 发明专利申请量, unit: 件, schedule: milestones,
             milestones: {3: 22, 6: 45, 9: 70}, cooperating_units: [t-a, t-b]}
    targets:
      - {indicator: P1, unit: t-a, year: 2020, value: 4.24, baseline: 3.6}
      - {indicator: P2, unit: t-a, year: 2020, value: 120, lead_unit: t-a-kj}
    """
)


def test_numbers_are_read_as_exact_decimals() -> None:
    spec = fileformat.parse(SMALL)
    assert spec.targets[0].value == Decimal("4.24")
    assert isinstance(spec.targets[0].value, Decimal)
    assert spec.indicators[1].milestones == ((3, Decimal(22)), (6, Decimal(45)), (9, Decimal(70)))


@pytest.mark.parametrize(
    ("broken", "line", "words"),
    [
        (SMALL.replace("kind: ratio", "kind: ratios"), 14, "kind: must be one of"),
        (SMALL.replace("value: 120", "value: lots"), 20, "must be a number"),
        (
            SMALL.replace("unit: t-a, year: 2020, value: 120", "unit: t-x, year: 2020, value: 120"),
            20,
            "unknown unit 't-x'",
        ),
        (SMALL.replace("indicator: P2, unit", "indicator: P9, unit"), 20, "unknown indicator 'P9'"),
        (SMALL.replace("year: 2020, value: 4.24", "year: 20200, value: 4.24"), 19, "year"),
        (SMALL.replace("{code: t-b, name: 乙县}", "{code: t-a, name: 乙县}"), None, "used twice"),
        (SMALL.replace("  - code: L1\n", "  - code: L1\n  x: [\n"), None, "not valid YAML"),
        (SMALL.replace(", factor: 10000", ""), 14, "needs numerator, denominator and factor"),
    ],
)
def test_bad_file_names_line_and_field(broken: str, line: int | None, words: str) -> None:
    assert broken != SMALL
    with pytest.raises(fileformat.FrameworkFileError) as caught:
        fileformat.parse(broken)
    assert words in str(caught.value)
    if line is not None:
        assert caught.value.line == line
        assert str(caught.value).startswith(f"line {line}:")


@pytest.mark.django_db
def test_loading_twice_changes_nothing() -> None:
    first = services.load_framework(fileformat.parse(SMALL))
    assert first.counts["indicators"]["created"] == 2
    assert first.counts["units"]["created"] == 4
    again = services.load_framework(fileformat.parse(SMALL))
    assert again.changed == 0
    assert Indicator.objects.filter(framework__code="t-2020").count() == 2


@pytest.mark.django_db
def test_a_changed_file_updates_in_place() -> None:
    services.load_framework(fileformat.parse(SMALL))
    report = services.load_framework(fileformat.parse(SMALL.replace("value: 120", "value: 150")))
    assert report.counts["targets"] == {"created": 0, "updated": 1, "unchanged": 1}
    target = Target.objects.get(indicator__code="P2", unit__code="t-a")
    assert target.value == Decimal(150)
    assert target.lead_unit == Unit.objects.get(code="t-a-kj")


@pytest.mark.django_db
def test_dump_loads_back_unchanged() -> None:
    services.load_framework(fileformat.parse(SMALL))
    framework = Framework.objects.get(code="t-2020")
    text = dump_framework(framework)
    assert services.load_framework(fileformat.parse(text)).changed == 0
    # and a dump of the re-loaded framework is the same text
    assert dump_framework(framework) == text
    assert "value: 4.24" in text  # exact, not 4.2400000 or a float artefact


@pytest.mark.django_db
def test_unit_paths_allow_subtree_queries() -> None:
    services.load_framework(fileformat.parse(SMALL))
    city = Unit.objects.get(code="t-city")
    below = Unit.objects.filter(path__startswith=city.path).exclude(pk=city.pk)
    assert set(below.values_list("code", flat=True)) == {"t-a", "t-b", "t-a-kj"}
    assert Unit.objects.get(code="t-a-kj").path == "/t-city/t-a-kj/"


@pytest.mark.django_db
def test_command_load_dry_run_and_error(tmp_path: Path) -> None:
    path = tmp_path / "fw.yaml"
    path.write_text(SMALL, encoding="utf-8")
    out = StringIO()
    call_command("framework", "load", str(path), "--dry-run", stdout=out)
    assert "indicators: 2 created" in out.getvalue()
    assert not Framework.objects.filter(code="t-2020").exists()
    path.write_text(SMALL.replace("kind: ratio", "kind: nope"), encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("framework", "load", str(path))
    assert caught.value.returncode == 2
    assert "line 14" in str(caught.value)


@pytest.mark.django_db
def test_demo_framework_dump_round_trips() -> None:
    framework = Framework.objects.get(code="jiangmen-cxqd-2016")
    text = dump_framework(framework)
    assert services.load_framework(fileformat.parse(text)).changed == 0
