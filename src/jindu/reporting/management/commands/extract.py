from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from jindu.extraction import IndicatorRef, StoredFacts, extract, to_json
from jindu.framework.models import Framework
from jindu.framework.selectors import NotFound, framework_for_unit, unit_by_name_or_code
from jindu.progress import Period
from jindu.reporting.selectors import extraction_context
from jindu.terminal import table


def read_text(path: Path) -> str:
    """A .txt file (UTF-8 or GB18030) or the paragraphs and tables of a .docx file."""
    if path.suffix.lower() == ".docx":
        from jindu.reporting.services.documents import docx_text

        return docx_text(str(path))
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    unknown = _("文件编码无法识别(请用 UTF-8 或 GB18030)")
    raise CommandError(f"{path}: {unknown}", returncode=2)


class Command(BaseCommand):
    help = (
        "Read the figures out of a report text (.txt or .docx): value, unit, qualifier, "
        "completion rate, growth, target, period, region. With --framework-unit and --period, "
        "match each figure to an indicator and check it against the stored data."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="a .txt (UTF-8 or GB18030) or .docx file")
        parser.add_argument("--framework-unit", help="unit whose framework and data to use")
        parser.add_argument("--period", help="month the text reports on, e.g. 2016-03")
        parser.add_argument("--framework", help="framework code (default: the unit's only one)")
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file", returncode=2)
        refs: list[IndicatorRef] = []
        stored: dict[str, StoredFacts] = {}
        try:
            period = Period.parse(options["period"]) if options["period"] else None
            if options["framework_unit"]:
                unit = unit_by_name_or_code(options["framework_unit"])
                framework = framework_for_unit(unit, options["framework"])
                refs, stored = extraction_context(framework, unit, period)
            elif options["framework"]:
                found = Framework.objects.filter(code=options["framework"]).first()
                if found is None:
                    raise NotFound(_("没有这个指标体系: %(code)s") % {"code": options["framework"]})
                refs, _stored = extraction_context(found)
        except (ValueError, NotFound) as exc:
            raise CommandError(str(exc), returncode=2) from None
        result = extract(read_text(path), indicators=refs, stored=stored)
        data = to_json(result)
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        cells = []
        for f in data["figures"]:
            failed = [c["message"] for c in f["checks"] if not c["ok"]]
            cells.append(
                [
                    f["indicator_code"] or "—",
                    f["indicator"],
                    f["value"] or "—",
                    (f["qualifier"] or "") + (f["unit"] or ""),
                    f["completion_rate"] or "—",
                    f["yoy_growth"] or "—",
                    f["target"] or "—",
                    "; ".join(failed) if failed else ("✓" if f["checks"] else ""),
                ]
            )
        headers = [
            _("代码"),
            _("指标"),
            _("数值"),
            _("单位"),
            _("完成率%"),
            _("同比%"),
            _("目标"),
            _("核对"),
        ]
        self.stdout.write(table(headers, cells, numeric={2, 4, 5, 6}))
