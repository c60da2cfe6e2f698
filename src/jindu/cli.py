"""The `jindu` command: Django management commands under one friendly name.

    jindu init [--demo]          create or migrate the database, optionally with the demo data
    jindu demo                   fresh demo database, then serve it
    jindu serve                  run the web server
    jindu progress / rank        progress of a unit; ranking of a parent's regions
    jindu framework load|dump    the framework file
    jindu values load FILE       reported values from CSV or Excel

`jindu help` lists every command; `jindu COMMAND --help` explains one.

The commands speak Chinese; `jindu --lang en COMMAND …` makes their tables, labels and error
messages English (`--lang zh` is the default). The environment variable JINDU_LANGUAGE (en or
zh) sets the default, so `export JINDU_LANGUAGE=en` makes every command English. JSON and CSV
keys are the same in both languages.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# `--lang` and JINDU_LANGUAGE: the language's name on the command line → Django's language code
LANGUAGES = {"zh": "zh-hans", "en": "en"}

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
    lines = ["usage: jindu [--lang en|zh] COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<10} {text}" for name, text in COMMANDS.items()]
    lines += [
        "",
        "--lang en|zh  language of the output and the error messages (default: the environment",
        "              variable JINDU_LANGUAGE, else zh); JSON and CSV keys stay the same.",
        "",
        "`jindu COMMAND --help` explains a command. Django's own commands work too.",
    ]
    return "\n".join(lines)


def choose_language(args: list[str], default: str | None) -> tuple[str, list[str]]:
    """Django's language code for `jindu [--lang en|zh] COMMAND …`, and the arguments after the
    switch. `default` is JINDU_LANGUAGE, used when there is no --lang; Chinese when neither is
    given. An unknown language is a ValueError that names where it came from."""
    source, name = "JINDU_LANGUAGE", default or "zh"
    if args and args[0] == "--lang":
        if len(args) < 2:
            raise ValueError("--lang needs a language: en or zh")
        source, name, args = "--lang", args[1], args[2:]
    elif args and args[0].startswith("--lang="):
        source, name, args = "--lang", args[0].partition("=")[2], args[1:]
    if name not in LANGUAGES:
        raise ValueError(f"{source}: unknown language {name!r} (use en or zh)")
    return LANGUAGES[name], args


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        language, args = choose_language(args, os.environ.get("JINDU_LANGUAGE"))
    except ValueError as exc:
        print(f"jindu: {exc}", file=sys.stderr)
        return 2
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage())
        return 0
    if args[0] == "demo":
        _prepare_demo(args)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jindu.settings")
    import django
    from django.core.management import execute_from_command_line
    from django.utils import translation

    django.setup()  # a language is activated with the apps loaded (their catalogues)
    with translation.override(language):
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
