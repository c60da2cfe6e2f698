"""Problems found in a file, in the user's language: the rows of a values file (`jindu values
load`, CSV or Excel) and of an uploaded Excel template (the preview page). In Chinese every
problem reads byte for byte as it always has; in English the sheet, row, cell and message are
English and only the data (sheet name, unit names, the cell's own text) stays as written."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import translation

from jindu.reporting.models import Round

pytestmark = pytest.mark.django_db
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def chinese_outside(text: str, data: Iterable[str]) -> list[str]:
    """The Chinese characters of `text` once the data values (names, cell texts) are removed."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    return CJK.findall(text)


# --- values file (`jindu values load`) ---------------------------------------------------------

HEADER = ["indicator", "unit", "period", "value", "numerator", "denominator", "comment"]
BAD_ROWS = [
    HEADER,
    ["A01", "开平市", "2016-04", "48", "", "", ""],
    ["A03", "开平市", "2016-04", "四十", "", "", ""],
    ["Z99", "无此县", "2016-13", "1", "", "", ""],
    ["F01", "开平市", "2016-04", "", "276", "", ""],
    ["F01", "kaiping", "2016-03", "", "276", "0", ""],
    ["A02", "开平市", "2016-04", "", "", "", "补报"],
    ["A01", "kaiping", "2016-04", "49", "", "", ""],
]
# What `jindu values load` has always printed for these rows, and the same in English.
BAD_ROWS_SAY = {
    "zh-hans": [
        "第3行 D3: '四十' 不是数字",
        "第4行 A4: 指标代码 'Z99' 不在指标体系中",
        "第4行 B4: 单位 '无此县' 不存在或名称不唯一(请用单位代码)",
        "第4行 C4: 期间 '2016-13' 格式不对,应为 2016-03",
        "第5行 E5: 比率指标 F01 需要数值,或分子和分母",
        "第6行 F6: 分母不能为 0",
        "第7行 D7: 缺少数值",
        "第8行 A8: 与第2行重复(A01 开平市 2016-04)",
    ],
    "en": [
        "Row 3, cell D3: '四十' is not a number",
        "Row 4, cell A4: indicator code 'Z99' is not in the framework",
        "Row 4, cell B4: unit '无此县' does not exist or its name is not unique "
        "(use the unit code)",
        "Row 4, cell C4: period '2016-13' is not valid; write it like 2016-03",
        "Row 5, cell E5: ratio indicator F01 needs a value, or a numerator and a denominator",
        "Row 6, cell F6: the denominator cannot be 0",
        "Row 7, cell D7: the value is missing",
        "Row 8, cell A8: same as row 2 (A01 开平市 2016-04)",
    ],
}
DATA = ["四十", "无此县", "开平市"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def load_error(path: Path, language: str) -> str:
    with translation.override(language), pytest.raises(CommandError) as caught:
        call_command("values", "load", str(path))
    assert caught.value.returncode == 2
    return str(caught.value)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_bad_cell_of_a_values_file_is_named_in_the_language(
    tmp_path: Path, language: str
) -> None:
    path = write_csv(tmp_path / "v.csv", BAD_ROWS)
    message = load_error(path, language)
    assert message == f"{path}: nothing was written.\n" + "\n".join(BAD_ROWS_SAY[language])
    if language == "en":
        assert chinese_outside(message, DATA) == []


WHOLE_FILE = {
    # file content, then what it says in Chinese and in English
    "empty": (b"", "第1行 : 文件是空的", "Row 1: the file is empty"),
    "columns": (
        b"indicator,value\nA01,48\n",
        "第1行 : 缺少列: unit, period",
        "Row 1: missing columns: unit, period",
    ),
    "encoding": (
        b"\xff\xfe\xff,\xff\n",
        "第1行 : 文件编码无法识别(请用 UTF-8 或 GB18030)",
        "Row 1: the file's encoding is not recognised (use UTF-8 or GB18030)",
    ),
}


@pytest.mark.parametrize("case", list(WHOLE_FILE))
def test_a_file_that_cannot_be_read_says_why_in_the_language(tmp_path: Path, case: str) -> None:
    content, chinese, english = WHOLE_FILE[case]
    path = tmp_path / "v.csv"
    path.write_bytes(content)
    assert load_error(path, "zh-hans") == f"{path}: nothing was written.\n{chinese}"
    assert load_error(path, "en") == f"{path}: nothing was written.\n{english}"


def test_an_excel_values_file_names_its_sheet_in_the_language(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "填报"
    sheet.append(HEADER)
    sheet.append(["A01", "开平市", "2016-04", "n/a"])
    path = tmp_path / "v.xlsx"
    book.save(path)
    assert load_error(path, "zh-hans").endswith("\n填报 第2行 D2: 'n/a' 不是数字")
    english = load_error(path, "en")
    assert english.endswith("\nSheet 填报, row 2, cell D2: 'n/a' is not a number")
    assert chinese_outside(english, ["填报"]) == []


# --- the Excel template uploaded on the entry sheet's upload page ------------------------------


@pytest.fixture
def april(open_april: Round) -> Round:
    return open_april


def problems_shown(
    client: Client, round_: Round, book: openpyxl.Workbook, language: str
) -> list[str]:
    """The problems listed by the upload preview, as the user reads them."""
    out = io.BytesIO()
    book.save(out)
    page = client.post(
        f"/reporting/rounds/{round_.pk}/entry/kaiping-kgsw/upload/",
        {"file": SimpleUploadedFile("filled.xlsx", out.getvalue())},
        headers={"Accept-Language": language},
    ).content.decode()
    section = re.search(r'<section class="card" id="problems">(.*?)</section>', page, re.S)
    assert section is not None, page
    return [html.unescape(p) for p in re.findall(r'<li class="error">(.*?)</li>', section[1])]


def test_the_upload_preview_names_each_problem_in_the_language(kgsw: Client, april: Round) -> None:
    response = kgsw.get(f"/reporting/rounds/{april.pk}/entry/kaiping-kgsw/template.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book["填报"]
    rows = {sheet.cell(r, 1).value: r for r in range(4, sheet.max_row + 1)}
    a01, a02, last = rows["A01"], rows["A02"], sheet.max_row
    region = sheet.cell(a01, 3).value
    assert region == "开平市"
    sheet.cell(a01, 8).value = 48
    sheet.cell(a02, 8).value = "二十九"
    outside, twice = last + 1, last + 2
    for column, text in enumerate(["Z99", "不存在的指标", region], 1):
        sheet.cell(outside, column).value = text
        sheet.cell(twice, column).value = ["A01", "重复的行", region][column - 1]
    sheet.cell(outside, 8).value = 1
    sheet.cell(twice, 8).value = 49

    assert problems_shown(kgsw, april, book, "zh-hans") == [
        f"填报 第{a02}行 H{a02}: “二十九”不是数字",
        f"填报 第{outside}行 A{outside}: Z99 开平市 不在本表的填报范围内",
        f"填报 第{twice}行 A{twice}: A01 开平市 重复",
    ]
    english = problems_shown(kgsw, april, book, "en")
    assert english == [
        f"Sheet 填报, row {a02}, cell H{a02}: “二十九” is not a number",
        f"Sheet 填报, row {outside}, cell A{outside}: Z99 开平市 is not part of this entry sheet",
        f"Sheet 填报, row {twice}, cell A{twice}: A01 开平市 appears more than once",
    ]
    assert chinese_outside("\n".join(english), ["填报", "二十九", "开平市"]) == []


def test_a_file_without_the_templates_header_is_explained_in_the_language(
    kgsw: Client, april: Round
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "not the template"
    assert problems_shown(kgsw, april, book, "zh-hans") == [
        "第1行 : 找不到表头“指标代码”，请使用本系统下载的模板"
    ]
    # The header is quoted as it is written in the template, which is Chinese in any language.
    assert problems_shown(kgsw, april, book, "en") == [
        "Row 1: the header “指标代码” (indicator code) was not found; "
        "use the template downloaded from this system"
    ]
