from __future__ import annotations

import csv
import io
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from jindu.framework.selectors import NotFound, framework_for_unit, unit_by_name_or_code
from jindu.progress import Period
from jindu.reporting import display
from jindu.reporting.display import parse_as_of
from jindu.reporting.selectors import progress_rows
from jindu.terminal import table


class Command(BaseCommand):
    help = (
        "Show the progress of every indicator of a unit at the end of a month: actual, target, "
        "completion rate, time progress, gap in percentage points, year-on-year growth, status."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit name or code, e.g. 开平市")
        parser.add_argument("--period", required=True, help="month, e.g. 2016-03")
        parser.add_argument("--lever", help="only this lever (code, e.g. A)")
        parser.add_argument("--framework", help="framework code (default: the unit's only one)")
        parser.add_argument(
            "--include-submitted",
            action="store_true",
            help="count submitted values too (default: approved values only)",
        )
        parser.add_argument(
            "--as-of", help="show the data as it stood then: 2016-04-30 or 2016-04-30T18:00"
        )
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            period = Period.parse(options["period"])
            as_of = parse_as_of(options["as_of"])
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        try:
            unit = unit_by_name_or_code(options["unit"])
            framework = framework_for_unit(unit, options["framework"])
        except NotFound as exc:
            raise CommandError(str(exc), returncode=2) from None
        rows = progress_rows(
            unit,
            period,
            framework=framework,
            lever=options["lever"],
            include_submitted=options["include_submitted"],
            as_of=as_of,
        )
        records = [display.progress_record(r) for r in rows]
        fmt = options["format"]
        if fmt == "json":
            self.stdout.write(json.dumps(records, ensure_ascii=False, indent=2))
        elif fmt == "csv":
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=display.PROGRESS_KEYS)
            writer.writeheader()
            writer.writerows(records)
            self.stdout.write(buffer.getvalue(), ending="")
        else:
            heading = _("%(unit)s %(period)s 指标进度(%(framework)s)")
            self.stdout.write(
                heading % {"unit": unit.name, "period": period, "framework": framework.name}
            )
            headers = [str(display.PROGRESS_HEADERS[k]) for k in display.PROGRESS_KEYS]
            cells = [
                [r[k] if r[k] is not None else "—" for k in display.PROGRESS_KEYS] for r in records
            ]
            self.stdout.write(table(headers, cells, numeric={3, 4, 5, 6, 7, 8}))
