from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run the jindu web server (for a production set-up see docs/deploy.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
        parser.add_argument("--port", default=8000, type=int, help="port to listen on")

    def handle(self, *args: Any, **options: Any) -> None:
        address = f"{options['host']}:{options['port']}"
        if ":" in options["host"]:
            address = f"[{options['host']}]:{options['port']}"
        # --insecure serves static files (the admin's CSS) without a separate web server.
        call_command("runserver", address, use_reloader=False, insecure_serving=True)
