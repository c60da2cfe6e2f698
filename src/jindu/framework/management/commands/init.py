from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Create the database or bring it up to date (migrate). With --demo, also load the demo: "
        "江门市 and its seven counties, the 2016 framework of 8 levers and 54 indicators, and "
        "values that reproduce the figures of the 开平市 inspection report of May 2016."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--demo", action="store_true", help="load the demo data set")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("database ready")
        if options["demo"]:
            from jindu.demo import generate

            with transaction.atomic():
                summary = generate.load_demo()
            self.stdout.write(summary)
