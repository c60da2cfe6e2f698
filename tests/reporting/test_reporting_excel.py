"""Excel in and out: the entry template, a dry-run upload naming sheet, row and cell, the
all-or-nothing confirm, and formula injection neutralised on export."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jindu.reporting.excel import safe_text, table_workbook
from jindu.reporting.models import Round, Value

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_(open_april: Round) -> Round:
    return open_april


def template(client: Client, round_: Round) -> openpyxl.Workbook:
    response = client.get(f"/reporting/rounds/{round_.pk}/entry/kaiping-kgsw/template.xlsx")
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(response.content))


def row_of(sheet: object, code: str) -> int:
    for r in range(4, sheet.max_row + 1):  # type: ignore[attr-defined]
        if sheet.cell(r, 1).value == code:  # type: ignore[attr-defined]
            return r
    raise AssertionError(code)


def upload(client: Client, round_: Round, book: openpyxl.Workbook, **extra: str) -> str:
    out = io.BytesIO()
    book.save(out)
    response = client.post(
        f"/reporting/rounds/{round_.pk}/entry/kaiping-kgsw/upload/",
        {"file": SimpleUploadedFile("filled.xlsx", out.getvalue()), **extra},
    )
    return response.content.decode()


def test_template_is_prefilled_locked_and_validated(kgsw: Client, round_: Round) -> None:
    book = template(kgsw, round_)
    sheet = book["填报"]
    r = row_of(sheet, "A01")
    march = Value.objects.get(indicator__code="A01", unit__code="kaiping", year=2016, month=3).value
    assert Decimal(str(sheet.cell(r, 6).value)) == march  # 上月 = March's approved value
    assert sheet.cell(r, 7).value == 76  # the annual target
    assert sheet.protection.sheet
    assert sheet.cell(r, 1).protection.locked and not sheet.cell(r, 8).protection.locked
    assert any(f"H{r}" in str(dv.sqref) for dv in sheet.data_validations.dataValidation)
    assert book["_jindu"].sheet_state == "hidden"


def test_bad_cell_writes_nothing_and_names_sheet_row_and_cell(kgsw: Client, round_: Round) -> None:
    book = template(kgsw, round_)
    sheet = book["填报"]
    a01, a02 = row_of(sheet, "A01"), row_of(sheet, "A02")
    sheet.cell(a01, 8).value = 48
    sheet.cell(a02, 8).value = "二十九"
    page = upload(kgsw, round_, book)
    assert f"填报 第{a02}行 H{a02}" in page and "不是数字" in page
    assert "确认导入" not in page
    assert not Value.objects.filter(year=2016, month=4).exists()
    # the corrected file previews the changes, and confirming writes all of them
    sheet.cell(a02, 8).value = 29
    page = upload(kgsw, round_, book)
    assert "将要写入的变化" in page and "确认导入" in page
    assert not Value.objects.filter(year=2016, month=4).exists()  # a preview writes nothing
    kgsw.post(f"/reporting/rounds/{round_.pk}/entry/kaiping-kgsw/upload/", {"confirm": "1"})
    stored = dict(
        Value.objects.filter(year=2016, month=4, unit__code="kaiping").values_list(
            "indicator__code", "value"
        )
    )
    assert stored == {"A01": Decimal(48), "A02": Decimal(29)}


def test_old_xls_upload_is_read(kgsw: Client, round_: Round) -> None:
    # python-calamine reads .xls; a file that is not Excel at all gets a clear message
    response = kgsw.post(
        f"/reporting/rounds/{round_.pk}/entry/kaiping-kgsw/upload/",
        {"file": SimpleUploadedFile("filled.xls", b"not really excel")},
    )
    assert "无法读取该文件" in response.content.decode()


@pytest.mark.parametrize("text", ["=1+2", "+cmd", "-2+3", "@SUM(A1)", '=HYPERLINK("x")'])
def test_formula_like_texts_are_neutralised(text: str) -> None:
    assert str(safe_text(text)).startswith("'")
    data = table_workbook("t", ["名称"], [[text]])
    cell = openpyxl.load_workbook(io.BytesIO(data)).active["A2"]
    assert cell.data_type == "s" and not str(cell.value).startswith("=")


def test_numbers_and_plain_texts_pass_unchanged() -> None:
    assert safe_text("开平市") == "开平市"
    assert safe_text(-5) == -5


def test_round_table_exports_as_on_screen(client: Client, round_: Round) -> None:
    client.force_login(User.objects.get(username="office"))
    page = client.get(f"/reporting/rounds/{round_.pk}/").content.decode()
    response = client.get(f"/reporting/rounds/{round_.pk}/", {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["填报单位", "及时性"] and all(h in page for h in header)
    names = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert names and all(n in page for n in names)
    assert sheet.freeze_panes == "A2"
