"""The dashboards in English: statuses (状态) and outlooks (全年预测) read in the page's language,
on the pages, their JSON twins and the API, and so do an indicator's kind, the charts' own
words and the lists of missing indicators; the stable keys stay as they are, and Chinese
pages read exactly as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from jindu.progress import Outlook, Status

pytestmark = pytest.mark.django_db
SignedIn = Callable[[str], Client]  # fixtures of conftest.py
PageJson = Callable[..., dict[str, Any]]

STATUS_EN = {
    "done": "Done",
    "ahead": "Ahead",
    "behind": "Behind",
    "far_behind": "Far behind",
    "missing": "Not reported",
}
OUTLOOK_EN = {"will": "On track", "at_risk": "At risk", "will_not": "Unlikely"}


def english(client: Client) -> Client:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    return client


def test_the_overview_page_shows_statuses_and_outlooks_in_english(signed_in: SignedIn) -> None:
    html = english(signed_in("leader")).get("/units/kaiping/").content.decode()
    assert '<html lang="en">' in html
    # The demo's March has lagging indicators of both kinds and outlooks of every kind.
    for key in ("far_behind", "behind"):
        assert f'class="status {key}">{STATUS_EN[key]}</span>' in html
        assert f">{Status(key).label_zh}<" not in html
    for outlook in Outlook:
        assert f'class="outlook {outlook.value}">{OUTLOOK_EN[outlook.value]}</span>' in html
        assert outlook.label_zh not in html


def test_the_overview_page_stays_chinese_by_default(signed_in: SignedIn) -> None:
    html = signed_in("leader").get("/units/kaiping/").content.decode()
    assert 'class="status far_behind">严重滞后</span>' in html
    assert 'class="outlook will_not">难完成</span>' in html
    assert "Far behind" not in html and "Unlikely" not in html


def test_the_json_twin_and_the_api_give_english_labels_and_the_same_keys(
    signed_in: SignedIn, page_json: PageJson
) -> None:
    client = signed_in("leader")
    chinese = page_json(client, "/units/kaiping/")
    english_twin = page_json(english(client), "/units/kaiping/")
    api = client.get("/api/dashboard/units/kaiping/overview").json()
    for data in (english_twin, api):
        assert [c["label"] for c in data["counts"]] == [STATUS_EN[s.value] for s in Status]
        assert [r["status_key"] for r in data["rows"]] == [r["status_key"] for r in chinese["rows"]]
        for row, zh in zip(data["rows"], chinese["rows"], strict=True):
            key = row["status_key"]
            assert row["status"] == (STATUS_EN[key] if key else None)
            assert zh["status"] == (Status(key).label_zh if key else None)
            out = row["outlook_key"]
            assert row["outlook"] == (OUTLOOK_EN[out] if out else None)
            assert zh["outlook"] == (Outlook(out).label_zh if out else None)


def test_the_progress_api_follows_accept_language(client: Client) -> None:
    client.force_login(User.objects.get(username="leader"))
    url = "/api/units/kaiping/progress?period=2016-03"
    chinese = {r["code"]: r["status"] for r in client.get(url).json()}
    english_rows = {
        r["code"]: r["status"] for r in client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()
    }
    zh_to_en = {s.label_zh: STATUS_EN[s.value] for s in Status}
    assert "严重滞后" in chinese.values()
    assert english_rows == {code: zh_to_en.get(s) if s else None for code, s in chinese.items()}


def test_the_matrix_legend_and_cells_and_the_score_page_are_english(
    signed_in: SignedIn,
) -> None:
    client = english(signed_in("leader"))
    matrix = client.get("/units/kaiping/matrix/").content.decode()
    for status in Status:
        assert f'class="status {status.value}">{STATUS_EN[status.value]}</span>' in matrix
        assert f">{status.label_zh}<" not in matrix
    assert 'title="Far behind ' in matrix  # a cell's status, from the records
    score = client.get("/units/kaiping/score/?format=json").json()
    statuses = {c["status"] for c in score["contributions"]} - {None}
    assert statuses and statuses <= set(STATUS_EN.values())


# --- the indicator's kind, the charts' own words and the lists of missing indicators -----------

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
KIND = {"zh-hans": "累计值", "en": "Cumulative"}
# The words charts.js draws (legend, axis names, months), as it always drew them, and in English.
CHART_TEXT = {
    "zh-hans": {
        "months": "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
        "this-year": "本年累计",
        "last-year": "上年同期",
        "target": "年度目标",
        "pace": "时间进度线",
        "yoy": "同比%",
        "completion": "完成率%",
        "time-progress": "时间进度 {c}%",
        "score": "进度得分",
    },
    "en": {
        "months": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
        "this-year": "This year to date",
        "last-year": "Last year",
        "target": "Annual target",
        "pace": "Time progress line",
        "yoy": "YoY %",
        "completion": "Completion %",
        "time-progress": "Time progress\n{c}%",
        "score": "Progress score",
    },
}


def in_language(client: Client, language: str) -> Client:
    return english(client) if language == "en" else client


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_indicator_page_names_the_indicators_kind_in_the_language(
    signed_in: SignedIn, page_json: PageJson, language: str
) -> None:
    client = in_language(signed_in("leader"), language)
    html = client.get("/units/kaiping/indicators/A01/").content.decode()
    assert f"开平市 2016-03 · A 高新技术企业培育 · {KIND[language]}</small></h1>" in html
    data = page_json(client, "/units/kaiping/indicators/A01/")
    assert (data["indicator"]["kind"], data["indicator"]["kind_label"]) == (
        "cumulative",
        KIND[language],
    )


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize(
    "url", ["/units/kaiping/", "/units/kaiping/indicators/A01/", "/units/kaiping/score/"]
)
def test_the_charts_words_come_in_the_pages_language(
    signed_in: SignedIn, language: str, url: str
) -> None:
    html = in_language(signed_in("leader"), language).get(url).content.decode()
    tag = re.search(r'<script src="/static/dashboard/charts.js"([^>]*)>', html)
    assert tag is not None
    words = dict(re.findall(r' data-([\w-]+)="([^"]*)"', tag[1]))
    assert words == CHART_TEXT[language]
    if language == "en":
        assert not CJK.search(tag[0])
    script = (settings.BASE_DIR / "dashboard" / "static" / "dashboard" / "charts.js").read_text()
    assert not CJK.search(script)  # charts.js itself says nothing in any language


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_ranking_lists_missing_indicators_in_the_language(
    signed_in: SignedIn, language: str
) -> None:
    html = in_language(signed_in("jiangmen"), language).get("/units/jiangmen/ranking/")
    row = re.search(r'<tr data-unit="enping">.*?</tr>', html.content.decode(), re.S)
    assert row is not None
    between = {"zh-hans": "、", "en": ", "}[language]
    assert f"<td>引进高校科研院所共建平台{between}科技保险保费补贴</td>" in row[0]
