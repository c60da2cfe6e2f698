"""Reporting rounds in English: a round's name and each unit's timeliness (按时 · 迟报 · 未报) on
the pages, the Excel export and the messages; a value's state (已报送 · 已退回), month, returned
reason and live growth on the changes, history and entry pages. In Chinese they read byte for
byte as before."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from jindu.accounts.models import ApiToken
from jindu.accounts.selectors import actor_for_user
from jindu.framework.models import Unit
from jindu.reporting.models import Round, Submission, Value, ValueState
from jindu.reporting.selectors.rounds import reporting_units
from jindu.reporting.services import EntryInput, return_values, save_entries
from round_factory import open_april_round

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
    round_ = open_april_round(
        due_date=date(2016, 5, 6), lock_after_days=3, now=datetime(2016, 5, 1, tzinfo=TZ)
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


# --- a round's values in the language: states, the returned reason, the live preview ---------


@pytest.fixture
def entered(april: Round) -> dict[str, Value]:
    """科工商务局 submitted A01 (48) and A02 (30) for 开平市; the reviewer returned A02."""
    kgsw, reviewer = User.objects.get(username="kgsw"), User.objects.get(username="reviewer")
    reporter, checker = actor_for_user(kgsw), actor_for_user(reviewer)
    assert reporter is not None and checker is not None
    save_entries(
        round_=april,
        actor=reporter,
        user=kgsw,
        items=[
            EntryInput("A01", "kaiping", Decimal(48)),
            EntryInput("A02", "kaiping", Decimal(30)),
        ],
        submit=True,
        now=datetime(2016, 5, 3, 10, tzinfo=TZ),
    )
    values = {
        v.indicator.code: v for v in Value.objects.filter(unit__code="kaiping", year=2016, month=4)
    }
    return_values(
        [values["A02"]],
        actor=checker,
        user=reviewer,
        reason="请核实<入库名单>",
        at=datetime(2016, 5, 4, 10, tzinfo=TZ),
    )
    return values


# A value's state (ValueState) as the pages have always shown it, and in English.
STATES = {
    "zh-hans": {"submitted": "已报送", "returned": "已退回"},
    "en": {"submitted": "Submitted", "returned": "Returned"},
}

# The data on these pages: indicator, unit, people's and units' names, stored reasons, units of
# measure. Everything else on an English page is English.
DATA = [
    "A02 高新技术企业培育入库",
    "高新技术企业培育入库",
    "开平市创新办审核员",
    "科工商务局填报员",
    "开平市创新办",
    "开平市",
    "请核实&lt;入库名单&gt;",
    "报送",  # the reason stored with a submission, written once for readers of any language
    "简体中文",  # the language switcher names each language in itself
    "家",
]
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def chinese_outside(text: str, data: list[str]) -> list[str]:
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    return CJK.findall(text)


def test_every_value_state_is_in_the_catalogue_and_chinese_as_stored() -> None:
    for state in ValueState:
        with translation.override("zh-hans"):
            assert gettext(state.label) == state.label
        with translation.override("en"):
            english = gettext(state.label)
        assert english != state.label and not CJK.search(english), state
    assert dict(ValueState.choices) == {  # the stored choices are unchanged
        "draft": "草稿",
        "submitted": "已报送",
        "approved": "已审核",
        "returned": "已退回",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_changes_page_shows_each_values_state_in_the_language(
    entered: dict[str, Value], april: Round, language: str
) -> None:
    page = client_for("office", language).get(f"/reporting/rounds/{april.pk}/changes/")
    table = re.search(r'<table class="data" id="changes">.*?</table>', page.content.decode(), re.S)
    assert table is not None
    rows = re.findall(r"<tr><td>.*?</tr>", table[0])
    said = STATES[language]
    # Newest first: the return of A02, then the submission of A01 and A02.
    states = [re.findall(r"<td>([^<]*)</td>", row)[-2] for row in rows]
    assert states == [said["returned"], said["submitted"], said["submitted"]]
    if language == "en":
        for chinese in STATES["zh-hans"].values():
            assert f">{chinese}<" not in table[0], chinese


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_values_history_page_names_its_month_and_states_in_the_language(
    entered: dict[str, Value], language: str
) -> None:
    page = client_for("office", language).get(f"/reporting/values/{entered['A02'].pk}/")
    html = page.content.decode()
    month = {"zh-hans": "2016年4月", "en": "2016-4"}[language]
    assert f"<h1>A02 高新技术企业培育入库 · 开平市 · {month}</h1>" in html
    current = {"zh-hans": "<p>当前：<b", "en": "<p>Current: <b"}[language]
    assert current in html
    said = STATES[language]
    assert f"<td>{said['submitted']} → {said['returned']}</td>" in html
    if language == "en":
        assert chinese_outside(html, DATA) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_entry_sheet_gives_the_returned_reason_in_the_language(
    entered: dict[str, Value], april: Round, language: str
) -> None:
    sheet = client_for("kgsw", language).get(f"/reporting/rounds/{april.pk}/entry/kaiping-kgsw/")
    said = {"zh-hans": "退回原因：", "en": "Reason for return: "}[language]
    assert f'<div class="warn">{said}请核实&lt;入库名单&gt;</div>' in sheet.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_live_preview_of_a_row_says_its_growth_in_the_language(
    april: Round, language: str
) -> None:
    response = client_for("kgsw", language).post(
        f"/reporting/rounds/{april.pk}/entry/kaiping-kgsw/preview/A01@kaiping/",
        {"v-A01@kaiping": "48"},
    )
    growth = {"zh-hans": "同比 -4.0%", "en": "YoY -4.0%"}[language]
    assert response.content.decode() == f'63.16<div class="muted">{growth}</div>\n'
