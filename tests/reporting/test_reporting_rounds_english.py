"""Reporting rounds in English: a round's name and each unit's timeliness (按时 · 迟报 · 未报) on
the pages, the Excel export and the messages. In Chinese they read byte for byte as before."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation

from jindu.accounts.models import ApiToken
from jindu.accounts.selectors import actor_for_user
from jindu.framework.models import Framework, Unit
from jindu.progress import Period
from jindu.reporting.models import Round, Submission
from jindu.reporting.selectors.rounds import reporting_units
from jindu.reporting.services import open_round

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")
# The round of April 2016 as the pages have always named it, and its English name.
NAME = {"zh-hans": "2016年4月数据填报", "en": "Reporting round 2016-4"}
# 科工商务局 submitted before the due date, 人社局 after it, the others not at all.
TIMELINESS = {
    "zh-hans": {"kaiping-kgsw": "按时", "kaiping-rsj": "迟报", "other": "未报"},
    "en": {"kaiping-kgsw": "On time", "kaiping-rsj": "Late", "other": "Not submitted"},
}
LANGUAGES = ["zh-hans", "en"]


@pytest.fixture
def april() -> Round:
    user = User.objects.get(username="office")
    actor = actor_for_user(user)
    assert actor is not None
    round_ = open_round(
        framework=Framework.objects.get(),
        period=Period(2016, 4),
        units=[Unit.objects.get(code="kaiping")],
        due_date=date(2016, 5, 6),
        lock_after_days=3,
        actor=actor,
        user=user,
        now=datetime(2016, 5, 1, tzinfo=TZ),
    )
    for code, day in (("kaiping-kgsw", 5), ("kaiping-rsj", 8)):
        Submission.objects.create(
            round=round_,
            unit=Unit.objects.get(code=code),
            at=datetime(2016, 5, day, 10, tzinfo=TZ),
            count=1,
        )
    return round_


def client_for(username: str, language: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    return client


def expected_timeliness(round_: Round, language: str) -> dict[str, str]:
    said = TIMELINESS[language]
    return {u.name: said.get(u.code, said["other"]) for u in reporting_units(round_)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_round_page_names_the_round_and_each_units_timeliness(
    april: Round, language: str
) -> None:
    page = client_for("office", language).get(f"/reporting/rounds/{april.pk}/").content.decode()
    assert f"<h1>{NAME[language]}</h1>" in page
    table = re.search(r'<table class="data" id="timeliness">.*?</table>', page, re.S)
    assert table is not None
    shown = dict(
        re.findall(r'<tr><td>([^<]*)</td>\n<td><span class="status \w+">([^<]*)</span>', table[0])
    )
    assert shown == expected_timeliness(april, language)
    assert len(set(shown.values())) == 3  # on time, late and missing all appear


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_round_tables_excel_export_is_in_the_language(april: Round, language: str) -> None:
    response = client_for("office", language).get(f"/reporting/rounds/{april.pk}/?format=xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    assert sheet.title == NAME[language]
    rows = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows == expected_timeliness(april, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_a_round_names_it_in_the_language(april: Round, language: str) -> None:
    office, kgsw = client_for("office", language), client_for("kgsw", language)
    sheet = f"/reporting/rounds/{april.pk}/entry/kaiping-kgsw/"
    name = re.escape(NAME[language])
    pages = {
        "rounds list": (
            office,
            "/reporting/",
            rf'<a href="/reporting/rounds/{april.pk}/">{name}</a>',
        ),
        "to do": (kgsw, "/reporting/", rf"<tr><td>{name}</td>"),
        "entry sheet": (kgsw, sheet, rf"<h1>{name} · "),
        "upload": (kgsw, sheet + "upload/", rf"<h1>[^<]* · {name} · "),
        "review": (
            client_for("reviewer", language),
            f"/reporting/rounds/{april.pk}/review/",
            rf"<h1>[^<]* · {name}</h1>",
        ),
        "changes": (office, f"/reporting/rounds/{april.pk}/changes/", rf"<h1>[^<]* · {name}</h1>"),
    }
    for what, (client, url, pattern) in pages.items():
        page = client.get(url).content.decode()
        assert re.search(pattern, page), what
        if language == "en":
            assert NAME["zh-hans"] not in page, what


@pytest.mark.parametrize("language", LANGUAGES)
def test_opening_a_round_confirms_it_by_name_in_the_language(language: str) -> None:
    office = client_for("office", language)
    response = office.post(
        "/reporting/rounds/new/",
        {
            "period": "2016-04",
            "units": [Unit.objects.get(code="kaiping").pk],
            "due_date": "2016-05-06",
            "lock_after_days": 3,
        },
        follow=True,
    )
    opened = {"zh-hans": "已开启2016年4月数据填报", "en": "Opened Reporting round 2016-4"}
    assert opened[language] in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_locked_round_is_named_in_the_refusal(april: Round, language: str) -> None:
    token = ApiToken.issue(name="系统对接", unit=Unit.objects.get(code="kaiping-kgsw"))[1]
    response = Client().post(
        "/api/values",
        json.dumps(
            {
                "period": "2016-04",
                "items": [{"indicator": "A01", "region": "kaiping", "value": "48"}],
            }
        ),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Accept-Language": language},
    )
    said = {
        "zh-hans": "2016年4月数据填报已于2016-05-06截止并锁定，请联系创新办延期",
        "en": "Reporting round 2016-4 closed on 2016-05-06 and is locked; "
        "ask the innovation office for an extension",
    }
    assert [p["message"] for p in response.json()["problems"]] == [said[language]]


def test_stored_texts_keep_the_chinese_name() -> None:
    # A notification is written once for readers of any language: it keeps the Chinese name.
    round_ = Round(year=2016, month=4)
    with translation.override("en"):
        assert str(round_) == NAME["zh-hans"]
        assert round_.display_name == NAME["en"]
    with translation.override("zh-hans"):
        assert round_.display_name == NAME["zh-hans"]
