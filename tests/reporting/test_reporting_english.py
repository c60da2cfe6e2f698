"""Reporting in English: the checks of the entry services and their refusals read in the
user's language, through the API and the Excel upload; in Chinese they read as before. A
warning (a comment explains it) still does not block an upload, whatever the language."""

from __future__ import annotations

import io
import json
from typing import Any

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jindu.accounts.models import ApiToken
from jindu.framework.models import Unit
from jindu.reporting.models import Round
from jindu.reporting.selectors.rounds import entry_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def april(open_april: Round) -> Round:
    return open_april


def post_values(client: Client, unit: str, items: list[dict[str, str]], language: str) -> Any:
    token = ApiToken.issue(name=f"{unit} 系统对接", unit=Unit.objects.get(code=unit))[1]
    return client.post(
        "/api/values",
        json.dumps({"period": "2016-04", "items": items}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Accept-Language": language},
    )


@pytest.mark.usefixtures("april")
def test_an_entry_problem_is_english_when_english_is_asked_for(client: Client) -> None:
    items = [{"indicator": "A01", "region": "kaiping", "value": "48.5"}]
    english = post_values(client, "kaiping-kgsw", items, "en")
    assert english.status_code == 422
    assert [p["message"] for p in english.json()["problems"]] == ["At most 0 decimal places"]
    chinese = post_values(client, "kaiping-kgsw", items, "zh-hans")
    assert [p["message"] for p in chinese.json()["problems"]] == ["最多0位小数"]


@pytest.mark.usefixtures("april")
def test_a_refused_entry_is_english_when_english_is_asked_for(client: Client) -> None:
    items = [{"indicator": "A01", "region": "kaiping", "value": "48"}]
    english = post_values(client, "kaiping-rsj", items, "en")
    assert english.status_code == 403
    assert english.json()["detail"].startswith("You may not enter “")
    assert "无权填报" not in english.json()["detail"]
    chinese = post_values(client, "kaiping-rsj", items, "zh-hans")
    assert chinese.json()["detail"].startswith("无权填报 开平市 的「")


def test_an_upload_with_only_a_warning_can_be_confirmed_in_english(april: Round) -> None:
    client = Client()
    client.force_login(User.objects.get(username="kgsw"))
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    book = openpyxl.load_workbook(
        io.BytesIO(
            client.get(f"/reporting/rounds/{april.pk}/entry/kaiping-kgsw/template.xlsx").content
        )
    )
    sheet = book["填报"]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 1).value == "A01")
    a01 = next(r for r in entry_rows(april) if r.indicator.code == "A01")
    assert a01.last_year and a01.last_month is not None
    # Five times last year: a rise of 400%, which asks for a comment but is no error.
    sheet.cell(row, 8).value = int(max(a01.last_year * 5, a01.last_month))
    out = io.BytesIO()
    book.save(out)
    page = client.post(
        f"/reporting/rounds/{april.pk}/entry/kaiping-kgsw/upload/",
        {"file": SimpleUploadedFile("filled.xlsx", out.getvalue())},
    ).content.decode()
    assert "beyond ±300%: explain why in the comment" in page
    assert "请在备注中说明原因" not in page
    assert "Confirm import (save all)" in page
