from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from jindu.briefings.compose import LANGS
from jindu.briefings.files import FORMATS, render
from jindu.briefings.selectors import briefing_data
from jindu.framework.selectors import NotFound, framework_for_unit, unit_by_name_or_code
from jindu.progress import Period
from jindu.reporting.display import parse_as_of


class Command(BaseCommand):
    help = (
        "Write the progress briefing (通报) of a unit for a month from the approved data: "
        "overall picture, each lever, lagging indicators. As text, HTML, Word, PDF or Excel, "
        "in Chinese or English. --as-of uses the values approved by that date."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit name or code, e.g. 开平市")
        parser.add_argument("--period", required=True, help="month, e.g. 2016-03")
        parser.add_argument("--format", choices=FORMATS, default="text")
        parser.add_argument(
            "--lang", choices=LANGS, help="default: jindu --lang or JINDU_LANGUAGE, else zh"
        )
        parser.add_argument("--as-of", help="values approved by then: 2016-04-30 (default: now)")
        parser.add_argument("--issuer", help="issuing office printed on the document")
        parser.add_argument("--framework", help="framework code (default: the unit's only one)")
        parser.add_argument("-o", "--output", type=Path, help="write to this file")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            period = Period.parse(options["period"])
            as_of = parse_as_of(options["as_of"])
            unit = unit_by_name_or_code(options["unit"])
            framework = framework_for_unit(unit, options["framework"])
        except (ValueError, NotFound) as exc:
            raise CommandError(str(exc), returncode=2) from None
        data = briefing_data(
            unit, period, as_of=as_of, issuer=options["issuer"], framework=framework
        )
        lang = options["lang"] or active_lang()
        result = render(data, options["format"], lang)
        output: Path | None = options["output"]
        if output is not None:
            output.write_bytes(result.content)
            self.stderr.write(f"{output} ({len(result.content)} bytes)")
        elif options["format"] in ("text", "html"):
            self.stdout.write(result.content.decode("utf-8"), ending="")
        else:
            if sys.stdout.isatty():
                raise CommandError(
                    f"{options['format']} is a binary file: give -o FILE", returncode=2
                )
            self.stdout.flush()
            sys.stdout.buffer.write(result.content)


def active_lang() -> str:
    """The briefing language (jindu.briefings.compose.LANGS) of the active language, which
    `jindu --lang` and JINDU_LANGUAGE set."""
    return "en" if translation.get_language() == "en" else "zh"
