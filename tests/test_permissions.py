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
from jindu.framework.models import Unit
from jindu.progress import Period
from jindu.reporting.models import Round, Value
from jindu.reporting.services import EntryInput, save_entries
from round_factory import open_april_round

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
# ninja's api-root only lists the API; the schema and its docs page are public by design.
PUBLIC = {
    "accounts:login",
    "accounts:logout",
    "api:openapi-json",
    "api:openapi-view",
    "api:api-root",
    "dashboard:public",  # for citizens: approved public indicators only (test_dashboard_public)
}


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
        lambda f: {"pk": f.round.pk, "unit": "kaiping-kgsw", "key": "A02@kaiping"},
        {},
        ENTER_KGSW,
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


# --- supervision (jindu.supervision): a task led by 科工商务局 in 开平市, the demo inspection
# with a photo, and a message in the office clerk's inbox; made on first use.
def _supervision() -> dict[str, int]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from jindu.supervision import services
    from jindu.supervision.demo import load_demo_inspection
    from jindu.supervision.models import Attachment, Notification

    office = User.objects.get(username="office")
    actor = actor_for_user(office)
    assert actor is not None
    inspection = load_demo_inspection()
    task = inspection.requirements.get(number=3).tasks.first() or services.task_from_requirement(
        actor=actor,
        user=office,
        requirement=inspection.requirements.get(number=3),
        lead_unit=Unit.objects.get(code="kaiping-kgsw"),
        deadline=date(2099, 1, 1),
    )
    photo = Attachment.objects.filter(inspection=inspection).first()
    if photo is None:
        services.add_attachments(
            actor=actor, inspection=inspection, files=[SimpleUploadedFile("现场.jpg", b"\xff\xd8")]
        )
        photo = Attachment.objects.get(inspection=inspection)
    message = (
        Notification.objects.filter(user=office).first()
        or services.notify(
            [office], kind="test", title="测试", url=f"/supervision/tasks/{task.pk}/"
        )[0]
    )
    return {
        "task": task.pk,
        "inspection": inspection.pk,
        "attachment": photo.pk,
        "message": message.pk,
    }


SEE_KGSW_TASK = {**EVERYONE, "rsj": 403}
SUPERVISION: dict[str, tuple[Kwargs, dict[str, str], dict[str, int]]] = {
    "supervision:index": (NONE, {}, dict.fromkeys(PEOPLE, 302)),
    "supervision:board": (NONE, {}, EVERYONE),
    "supervision:inspections": (NONE, {}, EVERYONE),
    "supervision:inbox": (NONE, {}, EVERYONE),
    "supervision:far_behind": (NONE, {"unit": "kaiping", "period": "2016-03"}, READ_KAIPING),
    "supervision:task_new": (NONE, {}, MANAGE_KAIPING),
    "supervision:inspection_new": (NONE, {}, MANAGE_KAIPING),
    "supervision:task": (lambda f: {"pk": _supervision()["task"]}, {}, SEE_KGSW_TASK),
    "supervision:task_edit": (lambda f: {"pk": _supervision()["task"]}, {}, MANAGE_KAIPING),
    "supervision:inspection": (lambda f: {"pk": _supervision()["inspection"]}, {}, READ_KAIPING),
    "supervision:inspection_record": (
        lambda f: {"pk": _supervision()["inspection"]},
        {},
        READ_KAIPING,
    ),
    "supervision:attachment": (lambda f: {"pk": _supervision()["attachment"]}, {}, READ_KAIPING),
    "supervision:inbox_open": (
        lambda f: {"pk": _supervision()["message"]},
        {},
        {**dict.fromkeys(PEOPLE, 403), "office": 302},
    ),
    # POST only: covered in tests/supervision/.
    "supervision:task_action": (NONE, {}, {}),
    "supervision:requirement_task": (NONE, {}, {}),
    "supervision:inbox_read": (NONE, {}, {}),
    "supervision:draft": (NONE, {}, {}),
    "api:supervision_task_action": (NONE, {}, {}),
    "api:supervision_board": (NONE, {}, EVERYONE),
    "api:supervision_inspections": (NONE, {}, EVERYONE),
    "api:supervision_inbox": (NONE, {}, EVERYONE),
    "api:supervision_task": (lambda f: {"pk": _supervision()["task"]}, {}, SEE_KGSW_TASK),
    "api:supervision_inspection": (
        lambda f: {"pk": _supervision()["inspection"]},
        {},
        READ_KAIPING,
    ),
    "api:supervision_far_behind": (
        lambda f: {"unit": "kaiping"},
        {"period": "2016-03"},
        READ_KAIPING,
    ),
}
SUPERVISION_OTHER_COUNTY: dict[str, tuple[Kwargs, dict[str, str], dict[str, int]]] = {
    "supervision:far_behind": (NONE, {"unit": "taishan", "period": "2016-03"}, READ_TAISHAN),
    "api:supervision_far_behind": (
        lambda f: {"unit": "taishan"},
        {"period": "2016-03"},
        READ_TAISHAN,
    ),
}
EXPECTED.update(SUPERVISION)
OTHER_COUNTY.update(SUPERVISION_OTHER_COUNTY)


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
    round_ = open_april_round(due_date=date(2099, 1, 1), lock_after_days=5, now=now)
    save_entries(
        round_=round_,
        actor=kgsw_actor,
        user=kgsw,
        items=[EntryInput("A02", "kaiping", Decimal(29))],
        submit=True,
        now=now,
    )
    value = Value.objects.get(indicator__code="A02", unit__code="kaiping", year=2016, month=4)
    kaiping = Unit.objects.get(code="kaiping")
    briefing = issue_briefing(
        unit=kaiping, data=briefing_data(kaiping, Period(2016, 3)), lang="zh", user=office, at=now
    )
    return Fixture(round_, value, briefing)


def _cases() -> Iterator[tuple[str, str]]:
    for table, label in ((EXPECTED, "kaiping"), (OTHER_COUNTY, "other")):
        for name, (_, _, expected) in table.items():
            if expected:
                yield label, name


@pytest.mark.django_db
@pytest.mark.parametrize(("table", "name"), list(_cases()))
def test_status_as_each_person(table: str, name: str, fixture: Fixture) -> None:
    """One URL, requested as anonymous and as every demo person; all mismatches are listed."""
    from django.urls import reverse

    kwargs, query, expected = (EXPECTED if table == "kaiping" else OTHER_COUNTY)[name]
    url = reverse(name, kwargs=kwargs(fixture))
    wrong = []
    anonymous = Client().get(url, query)
    if anonymous.status_code not in (302, 401) or (
        anonymous.status_code == 302 and "/accounts/login/" not in anonymous["Location"]
    ):
        wrong.append(f"anonymous: {anonymous.status_code}")
    for person, status in expected.items():
        client = Client()
        client.force_login(User.objects.get(username=person))
        before = AccessDenied.objects.count()
        response = client.get(url, query)
        if response.status_code != status:
            wrong.append(f"{person}: {response.status_code}, expected {status}")
        elif status == 403 and AccessDenied.objects.count() != before + 1:
            wrong.append(f"{person}: refused but not logged")
    assert wrong == [], f"GET {url}: " + "; ".join(wrong)
