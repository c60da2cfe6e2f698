"""The briefing as Word, Excel and PDF: each opens with its library, carries the engine's
figures, and is produced byte for byte again from the same snapshot."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from jindu.briefings.compose import compose
from jindu.briefings.files import render
from jindu.briefings.snapshot import BriefingData
from jindu.progress import format_amount, format_decimal

pytestmark = pytest.mark.django_db
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def seed_row(data: BriefingData, name: str) -> tuple[str, str]:
    ind = next(i for i in data.indicators if i.name == name)
    return format_amount(ind.actual, ind.decimals) + ind.unit_of_measure, format_decimal(
        ind.completion_rate, 2
    )


def test_docx_opens_and_holds_the_text_and_tables(march: BriefingData) -> None:
    document = docx.Document(io.BytesIO(render(march, "docx").content))
    text = "\n".join(p.text for p in document.paragraphs)
    briefing = compose(march, "zh")
    assert briefing.title in text
    for paragraph in briefing.paragraphs():
        assert paragraph in text
    value, rate = seed_row(march, "培育高新技术企业")
    assert value in text and f"完成率达{rate}%" in text
    assert len(document.tables) == len(march.levers)
    assert len(document.inline_shapes) == 2  # the two charts
    # East Asian text is set in a Chinese font
    fonts: Any = document.paragraphs[3].runs[0]._element.rPr
    assert fonts.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    )


def test_xlsx_has_a_sheet_per_lever_with_formatted_percentages(march: BriefingData) -> None:
    book = openpyxl.load_workbook(io.BytesIO(render(march, "xlsx").content))
    assert len(book.sheetnames) == 1 + len(march.levers)
    first = book[book.sheetnames[1]]
    assert first.freeze_panes == "C2"
    ind = march.lever_indicators(march.levers[0].code)[0]
    row = next(r for r in first.iter_rows(min_row=2) if r[1].value == ind.name)
    assert row[5].number_format == "0.00%"
    assert ind.completion_rate is not None
    # Excel holds the fraction as displayed: 55.26% → 0.5526
    shown = Decimal(str(row[5].value)) * 100
    assert format_decimal(shown, 2) == format_decimal(ind.completion_rate, 2)
    assert Decimal(str(row[3].value)) == ind.actual


def test_office_files_are_reproducible(march: BriefingData) -> None:
    for fmt in ("docx", "xlsx"):
        first, again = render(march, fmt).content, render(march, fmt).content
        assert first == again
        with zipfile.ZipFile(io.BytesIO(first)) as z:
            assert {i.date_time[:3] for i in z.infolist()} == {(2016, 4, 30)}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_text_holds_the_figures_and_first_page_is_kept(
    march: BriefingData, tmp_path: Path
) -> None:
    pdf = render(march, "pdf").content
    assert pdf == render(march, "pdf").content
    path = tmp_path / "briefing.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for name in (
        "培育高新技术企业",
        "高新技术企业培育入库",
        "培育科技型小微企业",
        "每万人发明专利拥有量",
    ):
        value, rate = seed_row(march, name)
        assert value in flat and f"{rate}%" in flat
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    assert "Noto-Sans-CJK-SC" in fonts.stdout  # a CJK font is embedded: characters, not boxes
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(path),
         str(ARTIFACTS / "briefing-pdf-page1")],
        check=True,
    )  # fmt: skip
    assert (ARTIFACTS / "briefing-pdf-page1.png").stat().st_size > 10_000


def test_english_rendering_has_the_same_figures(march: BriefingData) -> None:
    text = compose(march, "en").text()
    ind = next(i for i in march.indicators if i.name == "培育高新技术企业")
    assert f"{format_decimal(ind.completion_rate, 2)}% of the annual target" in text
    growth = next(i for i in march.indicators if i.kind == "growth")
    assert f"up {format_decimal(growth.yoy_growth, 1)}% year on year" in text
