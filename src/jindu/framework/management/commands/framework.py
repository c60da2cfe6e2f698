from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from jindu.framework import fileformat, services
from jindu.framework.models import Framework


class Command(BaseCommand):
    help = (
        "Load a framework file (YAML: units, levers, indicators, targets) into the database, "
        "or dump a framework as such a file. Loading the same file twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("load", help="load a framework file")
        load.add_argument("file", type=Path)
        load.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
        dump = sub.add_parser("dump", help="write a framework as YAML")
        dump.add_argument("code", nargs="?", help="framework code (default: the only one)")
        dump.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "load":
            self.load(options["file"], options["dry_run"])
        else:
            self.dump(options["code"], options["output"])

    def load(self, path: Path, dry_run: bool) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}", returncode=2) from None
        try:
            spec = fileformat.parse(text)
        except fileformat.FrameworkFileError as exc:
            raise CommandError(f"{path}: {exc}", returncode=2) from None
        with transaction.atomic():
            report = services.load_framework(spec)
            if dry_run:
                transaction.set_rollback(True)
        for kind, counts in report.counts.items():
            self.stdout.write(
                f"{kind}: {counts['created']} created, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged"
            )
        if dry_run:
            self.stdout.write("dry run: nothing was written")

    def dump(self, code: str | None, output: Path | None) -> None:
        from jindu.framework.selectors import dump_framework

        frameworks = (
            Framework.objects.all() if code is None else Framework.objects.filter(code=code)
        )
        found = list(frameworks[:2])
        if len(found) != 1:
            names = ", ".join(Framework.objects.values_list("code", flat=True)) or "none loaded"
            raise CommandError(f"name one framework (available: {names})", returncode=2)
        text = dump_framework(found[0])
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
