from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from jindu.demo.generate import DEMO_PASSWORD, DEMO_USERS


class Command(BaseCommand):
    help = (
        "Build the demo in a fresh data directory (var/demo, or JINDU_DEMO_DIR; anything there "
        "is deleted) and serve it. Prints the address and the demo login."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
        parser.add_argument("--port", default=8000, type=int, help="port to listen on")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("init", demo=True, stdout=self.stdout)
        host = f"[{options['host']}]" if ":" in options["host"] else options["host"]
        self.stdout.write(f"jindu demo: http://{host}:{options['port']}/")
        self.stdout.write(f"demo logins (password {DEMO_PASSWORD}):")
        for username, display, role, _ in DEMO_USERS:
            self.stdout.write(f"  {username:<10} {display} ({role})")
        self.stdout.flush()
        call_command("serve", host=options["host"], port=options["port"])
