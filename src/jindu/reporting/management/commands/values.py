from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from jindu.framework.models import Framework
from jindu.reporting import services, valuefile
from jindu.reporting.models import ValueState


class Command(BaseCommand):
    help = (
        "Load reported values from a CSV or Excel file (columns: indicator, unit, period, value; "
        "ratio indicators may give numerator and denominator). All or nothing: a file with one "
        "bad row writes nothing and names the row and cell."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("load", help="load values from a .csv, .xlsx or .xls file")
        load.add_argument("file", type=Path)
        load.add_argument("--framework", help="framework code (default: the only one)")
        load.add_argument(
            "--state",
            default=ValueState.APPROVED,
            choices=[s.value for s in ValueState],
            help="state of the loaded values (default: approved)",
        )
        load.add_argument("--reason", default="", help="why: kept in each value's history")
        load.add_argument("--dry-run", action="store_true", help="check and count, write nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file", returncode=2)
        frameworks = Framework.objects.all()
        if options["framework"]:
            frameworks = frameworks.filter(code=options["framework"])
        found = list(frameworks[:2])
        if len(found) != 1:
            raise CommandError("name one framework with --framework", returncode=2)
        try:
            items = valuefile.parse_values(path, found[0], state=options["state"])
        except valuefile.ValueFileError as exc:
            raise CommandError(f"{path}: nothing was written.\n{exc}", returncode=2) from None
        with transaction.atomic():
            report = services.record_values(
                items, actor=f"jindu values load {path.name}", reason=options["reason"]
            )
            if options["dry_run"]:
                transaction.set_rollback(True)
        self.stdout.write(
            f"{len(items)} rows: {report.created} created, {report.updated} changed, "
            f"{report.unchanged} unchanged"
            + (" (dry run: nothing was written)" if options["dry_run"] else "")
        )
