from __future__ import annotations

import csv
import io
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from jindu.framework.selectors import NotFound, framework_for_unit, unit_by_name_or_code
from jindu.progress import Period
from jindu.reporting import display
from jindu.reporting.display import parse_as_of
from jindu.reporting.selectors import ranking
from jindu.terminal import table


class Command(BaseCommand):
    help = (
        "Rank the regions under a parent (e.g. the counties of 江门市) by progress score: "
        "Σ weight × min(completion ÷ time progress, 1) ÷ Σ weight × 100. Ties share a rank; "
        "missing reports score 0 and are listed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--parent", required=True, help="parent unit name or code, e.g. 江门市")
        parser.add_argument("--period", required=True, help="month, e.g. 2016-03")
        parser.add_argument("--lever", help="only this lever (code)")
        parser.add_argument("--framework", help="framework code")
        parser.add_argument("--include-submitted", action="store_true")
        parser.add_argument(
            "--as-of", help="show the data as it stood then: 2016-04-30 or 2016-04-30T18:00"
        )
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            period = Period.parse(options["period"])
            as_of = parse_as_of(options["as_of"])
            parent = unit_by_name_or_code(options["parent"])
            framework = framework_for_unit(parent, options["framework"])
        except (ValueError, NotFound) as exc:
            raise CommandError(str(exc), returncode=2) from None
        ranked = ranking(
            parent,
            period,
            framework=framework,
            lever=options["lever"],
            include_submitted=options["include_submitted"],
            as_of=as_of,
        )
        if not ranked:
            raise CommandError(
                _("%(unit)s 没有下级地区可排名") % {"unit": parent.name}, returncode=2
            )
        records = [display.rank_record(r) for r in ranked]
        fmt = options["format"]
        if fmt == "json":
            self.stdout.write(json.dumps(records, ensure_ascii=False, indent=2))
        elif fmt == "csv":
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=list(records[0]))
            writer.writeheader()
            writer.writerows(
                {k: ";".join(v) if isinstance(v, list) else v for k, v in r.items()}
                for r in records
            )
            self.stdout.write(buffer.getvalue(), ending="")
        else:
            heading = _("%(unit)s 下级地区 %(period)s 进度得分排名")
            self.stdout.write(heading % {"unit": parent.name, "period": period})
            between = pgettext("between the items of a list", "、")
            cells = [
                [str(r["rank"]), r["unit"], r["score"], between.join(r["missing"]) or "—"]
                for r in records
            ]
            headers = [_("排名"), _("单位"), _("得分"), _("未报送指标")]
            self.stdout.write(table(headers, cells, numeric={0, 2}))
