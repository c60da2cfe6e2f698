"""The `jindu` command: Django management commands under one friendly name.

    jindu init [--demo]          create or migrate the database, optionally with the demo data
    jindu demo                   fresh demo database, then serve it
    jindu serve                  run the web server
    jindu progress / rank        progress of a unit; ranking of a parent's regions
    jindu framework load|dump    the framework file
    jindu values load FILE       reported values from CSV or Excel

`jindu help` lists every command; `jindu COMMAND --help` explains one.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

COMMANDS = {
    "init": "create or migrate the database; --demo loads the demo data",
    "demo": "build the demo in a fresh data directory and serve it",
    "serve": "run the web server",
    "progress": "progress of every indicator of a unit for a period",
    "rank": "rank a parent's regions by progress score",
    "framework": "load or dump a framework file (units, levers, indicators, targets)",
    "values": "load reported values from a CSV or Excel file",
    "extract": "read the figures out of a report text and check them against the data",
    "token": "issue, list or revoke API tokens for integration clients",
    "briefing": "write the progress briefing (通报) of a unit: text, HTML, Word, PDF, Excel",
    "remind": "send due and overdue reminders of supervision tasks (once each); --loop",
}


def usage() -> str:
    lines = ["usage: jindu COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<10} {text}" for name, text in COMMANDS.items()]
    lines += ["", "`jindu COMMAND --help` explains a command. Django's own commands work too."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage())
        return 0
    if args[0] == "demo":
        _prepare_demo(args)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jindu.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["jindu", *args])
    return 0


def _prepare_demo(args: list[str]) -> None:
    """`jindu demo` always starts from a fresh SQLite database in its own data directory."""
    if "-h" in args or "--help" in args:
        return
    directory = Path(os.environ.get("JINDU_DEMO_DIR", "var/demo")).resolve()
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    os.environ["JINDU_DATA_DIR"] = str(directory)
    os.environ.pop("JINDU_DATABASE_URL", None)


if __name__ == "__main__":
    sys.exit(main())
