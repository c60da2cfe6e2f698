from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from jindu.accounts.models import ApiToken, Role
from jindu.framework.models import Unit


class Command(BaseCommand):
    help = (
        "Issue or revoke an API token for an integration client. A token acts for one unit with "
        "one role; its clear text is printed once and only a hash is kept."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        issue = sub.add_parser("issue", help="issue a token and print it once")
        issue.add_argument("name", help="who uses it, e.g. 科工商务局统计系统")
        issue.add_argument("--unit", required=True, help="unit code, e.g. kaiping-kgsw")
        issue.add_argument("--role", default=Role.REPORTER, choices=[r.value for r in Role])
        revoke = sub.add_parser("revoke", help="revoke a token by its prefix (jd_…)")
        revoke.add_argument("prefix")
        sub.add_parser("list", help="list tokens (prefix, unit, role, active, last used)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "issue":
            unit = Unit.objects.filter(code=options["unit"]).first()
            if unit is None:
                raise CommandError(
                    _("没有这个单位: %(code)s") % {"code": options["unit"]}, returncode=2
                )
            _issued, token = ApiToken.issue(name=options["name"], unit=unit, role=options["role"])
            self.stdout.write(token)
        elif options["action"] == "revoke":
            count = ApiToken.objects.filter(prefix=options["prefix"][:8], active=True).update(
                active=False
            )
            if not count:
                raise CommandError(
                    _("没有有效的令牌 %(prefix)s") % {"prefix": options["prefix"]}, returncode=2
                )
            self.stdout.write(f"revoked {count}")
        else:
            for t in ApiToken.objects.select_related("unit").order_by("created_at"):
                used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
                state = "active" if t.active else "revoked"
                self.stdout.write(
                    f"{t.prefix}…  {t.unit.code}  {t.role}  {state}  {used}  {t.name}"
                )
