"""Every URL and API endpoint, as every role: the expected 200 / 302 / 401 / 403.

The list of URLs comes from Django's resolver, so a page or endpoint added without an entry in
EXPECTED fails `test_every_url_has_expectations` — and every entry is then requested as each
demo person (GET). Refusals must be 403 (and are logged), never a page with someone else's data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from jindu.accounts.models import AccessDenied
from jindu.accounts.selectors import actor_for_user
from jindu.briefings.models import IssuedBriefing
from jindu.briefings.selectors import briefing_data
from jindu.briefings.services import issue_briefing
from jindu.framework.models import Framework, Unit
from jindu.progress import Period
from jindu.reporting.models import Round, Value
from jindu.reporting.services import EntryInput, open_round, save_entries

PEOPLE = ["admin", "jiangmen", "office", "reviewer", "leader", "kgsw", "rsj"]
EVERYONE = dict.fromkeys(PEOPLE, 200)
# Who reads 开平市 data: its staff, leaders and its departments; 江门市 reads all its counties.
READ_KAIPING = EVERYONE
READ_TAISHAN = {**dict.fromkeys(PEOPLE, 403), "admin": 200, "jiangmen": 200}
MANAGE_KAIPING = {**dict.fromkeys(PEOPLE, 403), "admin": 200, "jiangmen": 200, "office": 200}
REVIEW_KAIPING = {**MANAGE_KAIPING, "reviewer": 200}
ENTER_KGSW = {**MANAGE_KAIPING, "kgsw": 200}
# Paths outside the permission model: Django's own admin, auth and language pages.
SKIP_PREFIXES = ("admin", "i18n", "static")
KAIPING_MARCH = {"unit": "kaiping", "period": "2016-03"}
PUBLIC = {"accounts:login", "accounts:logout", "api:openapi-json", "api:openapi-view"}


@dataclass
class Fixture:
    round: Round
    value: Value
    briefing: IssuedBriefing


Kwargs = Callable[[Fixture], dict[str, Any]]
NONE: Kwargs = lambda f: {}  # noqa: E731


DASHBOARD_PAGES = [
    *(f"dashboard:{n}" for n in ("overview", "matrix", "unit", "ranking")),
    *(f"api:dashboard_{n}" for n in ("overview", "matrix", "score", "ranking")),
]


def a01_of(code: str) -> Kwargs:
    return lambda f: {"code": code, "indicator": "A01"}


# name → (path kwargs, query string, expected status per person)
EXPECTED: dict[str, tuple[Kwargs, dict[str, str], dict[str, int]]] = {
    "accounts:password_change": (NONE, {}, EVERYONE),
    "dashboard:home": (NONE, {}, EVERYONE),
    "reporting:home": (NONE, {}, EVERYONE),
    "reporting:round_new": (NONE, {}, MANAGE_KAIPING),
    "reporting:round": (lambda f: {"pk": f.round.pk}, {}, READ_KAIPING),
    "reporting:review": (lambda f: {"pk": f.round.pk}, {}, REVIEW_KAIPING),
    "reporting:round_changes": (lambda f: {"pk": f.round.pk}, {}, MANAGE_KAIPING),
    "reporting:entry": (lambda f: {"pk": f.round.pk, "unit": "kaiping-kgsw"}, {}, ENTER_KGSW),
    "reporting:entry_preview": (
        lambda f: {"pk": f.round.pk, "unit": "kaiping-kgsw", "key": "A02@kaiping"}, {}, ENTER_KGSW
    ),
    "reporting:template": (lambda f: {"pk": f.round.pk, "unit": "kaiping-kgsw"}, {}, ENTER_KGSW),
    "reporting:upload": (lambda f: {"pk": f.round.pk, "unit": "kaiping-kgsw"}, {}, ENTER_KGSW),
    "reporting:value": (lambda f: {"pk": f.value.pk}, {}, READ_KAIPING),
    "reporting:text": (NONE, {}, MANAGE_KAIPING),
    "api:unit_progress": (lambda f: {"code": "kaiping"}, {"period": "2016-03"}, READ_KAIPING),
    "api:framework_indicators": (lambda f: {"code": "jiangmen-cxqd-2016"}, {}, EVERYONE),
    "api:write_values": (NONE, {}, {}),  # POST only: covered in test_reporting_api.py
    "briefings:index": (NONE, KAIPING_MARCH, READ_KAIPING),
    "briefings:download": (lambda f: {"fmt": "text"}, KAIPING_MARCH, READ_KAIPING),
    "briefings:issue": (NONE, {}, {}),  # POST only: covered in test_briefings_pages.py
    "briefings:issued": (lambda f: {"pk": f.briefing.pk}, {}, READ_KAIPING),
    "briefings:issued_file": (lambda f: {"pk": f.briefing.pk, "fmt": "text"}, {}, READ_KAIPING),
    "api:briefing": (lambda f: {"code": "kaiping", "period": "2016-03"}, {}, READ_KAIPING),
    # Dashboards and their JSON twins (tests/dashboard/test_dashboard_api.py has more).
    **{
        name: (lambda f: {"code": "kaiping"}, {"period": "2016-03"}, READ_KAIPING)
        for name in DASHBOARD_PAGES
    },
    "dashboard:indicator": (a01_of("kaiping"), {"period": "2016-03"}, READ_KAIPING),
    "api:dashboard_indicator": (a01_of("kaiping"), {"period": "2016-03"}, READ_KAIPING),
    "dashboard:my_matrix": (NONE, {}, dict.fromkeys(PEOPLE, 302)),
    "dashboard:my_ranking": (NONE, {}, dict.fromkeys(PEOPLE, 302)),
}
# The same pages for a county the Kaiping people may not see.
OTHER_COUNTY: dict[str, tuple[Kwargs, dict[str, str], dict[str, int]]] = {
    "api:unit_progress": (lambda f: {"code": "taishan"}, {"period": "2016-03"}, READ_TAISHAN),
    "briefings:index": (NONE, {"unit": "taishan", "period": "2016-03"}, READ_TAISHAN),
    "api:briefing": (lambda f: {"code": "taishan", "period": "2016-03"}, {}, READ_TAISHAN),
    **{
        name: (lambda f: {"code": "taishan"}, {"period": "2016-03"}, READ_TAISHAN)
        for name in DASHBOARD_PAGES
    },
    "dashboard:indicator": (a01_of("taishan"), {"period": "2016-03"}, READ_TAISHAN),
    "api:dashboard_indicator": (a01_of("taishan"), {"period": "2016-03"}, READ_TAISHAN),
}


def url_names(resolver: URLResolver | None = None, namespace: str = "") -> Iterator[str]:
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            prefix = str(p.pattern).strip("^/")
            if prefix.startswith(SKIP_PREFIXES):
                continue
            inner = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from url_names(p, inner)
        elif isinstance(p, URLPattern) and p.name:
            yield f"{namespace}{p.name}"


def test_every_url_has_expectations() -> None:
    missing = sorted(set(url_names()) - set(EXPECTED) - PUBLIC)
    assert missing == [], f"URLs without permission expectations: {missing}"


@pytest.fixture
def fixture(db: Any) -> Fixture:
    office = User.objects.get(username="office")
    actor = actor_for_user(office)
    kgsw = User.objects.get(username="kgsw")
    kgsw_actor = actor_for_user(kgsw)
    assert actor is not None and kgsw_actor is not None
    now = datetime(2016, 5, 2, tzinfo=ZoneInfo("Asia/Shanghai"))
    round_ = open_round(framework=Framework.objects.get(), period=Period(2016, 4),
                        units=[Unit.objects.get(code="kaiping")], due_date=date(2099, 1, 1),
                        lock_after_days=5, actor=actor, user=office, now=now)
    save_entries(round_=round_, actor=kgsw_actor, user=kgsw,
                 items=[EntryInput("A02", "kaiping", Decimal(29))], submit=True, now=now)
    value = Value.objects.get(indicator__code="A02", unit__code="kaiping", year=2016, month=4)
    kaiping = Unit.objects.get(code="kaiping")
    briefing = issue_briefing(unit=kaiping, data=briefing_data(kaiping, Period(2016, 3)),
                              lang="zh", user=office, at=now)
    return Fixture(round_, value, briefing)


def _cases() -> Iterator[tuple[str, str, str]]:
    for table, label in ((EXPECTED, "kaiping"), (OTHER_COUNTY, "other")):
        for name, (_, _, expected) in table.items():
            for person in ["anonymous", *expected]:
                if expected:
                    yield label, name, person


@pytest.mark.django_db
@pytest.mark.parametrize(("table", "name", "person"), list(_cases()))
def test_status_as_each_person(table: str, name: str, person: str, fixture: Fixture, client: Client) -> None:
    from django.urls import reverse

    kwargs, query, expected = (EXPECTED if table == "kaiping" else OTHER_COUNTY)[name]
    url = reverse(name, kwargs=kwargs(fixture))
    if person != "anonymous":
        client.force_login(User.objects.get(username=person))
    before = AccessDenied.objects.count()
    response = client.get(url, query)
    if person == "anonymous":
        assert response.status_code in (302, 401), url
        if response.status_code == 302:
            assert "/accounts/login/" in response["Location"]
        return
    assert response.status_code == expected[person], f"{person} GET {url}"
    if response.status_code == 403:
        assert AccessDenied.objects.count() == before + 1, "a refusal must be logged"
