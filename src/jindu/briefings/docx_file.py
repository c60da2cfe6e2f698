"""The briefing as a Word document laid out like an official document (公文, after GB/T 9704):
the issuing office in red with a red rule (发文机关标志), the title centred in 宋体, headings in
黑体 (一、) and 楷体 ((一)), body text in 仿宋 with a two-character first-line indent, the
signature and date at the right, the charts, and the tables behind the text as an annex.

East Asian text is set with the w:eastAsia font attribute, so Word uses the Chinese font for
Chinese characters and Times New Roman for Latin letters and digits. Offices have these fonts
on Windows; elsewhere the viewer substitutes its own CJK font.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from jindu.briefings import charts
from jindu.briefings.compose import Briefing
from jindu.briefings.snapshot import BriefingData

BODY_FONT = "仿宋"
TITLE_FONT = "宋体"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体"
LATIN_FONT = "Times New Roman"
RED = RGBColor(0xC0, 0x00, 0x00)


def _font(run: Any, east_asia: str, size: float, *, bold: bool = False) -> None:
    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)


def _paragraph(
    doc: Any,
    text: str,
    font: str = BODY_FONT,
    size: float = 14,
    *,
    bold: bool = False,
    align: Any = None,
    indent: bool = True,
) -> Any:
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(2)
    fmt.line_spacing = Pt(size * 1.75)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), font, size, bold=bold)
    return p


def _red_rule(paragraph: Any) -> None:
    """A red line under the issuing office (版头分隔线)."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "18"),
        ("w:space", "4"),
        ("w:color", "C00000"),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _table(
    doc: Any, title: str, headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]
) -> None:
    _paragraph(doc, title, HEADING_FONT, 11, indent=False)
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        _font(cell.paragraphs[0].add_run(text), HEADING_FONT, 8, bold=True)
    for row in rows:
        cells = table.add_row().cells
        for n, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = ""
            paragraph = cell.paragraphs[0]
            if n > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(paragraph.add_run(text), BODY_FONT, 8)
    # Repeat the header row on every page.
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)


def docx_bytes(briefing: Briefing, data: BriefingData) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = briefing.title, briefing.issuer, ""
    props.language = "zh-CN" if briefing.lang == "zh" else "en"

    mark = _paragraph(
        doc,
        briefing.issuer,
        TITLE_FONT,
        26,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    mark.runs[0].font.color.rgb = RED
    _red_rule(mark)
    _paragraph(
        doc,
        briefing.title,
        TITLE_FONT,
        20,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    _paragraph(
        doc, briefing.basis, SUBHEADING_FONT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False
    )
    pictures = [charts.to_png(c) for c in charts.charts(data, briefing.lang)]
    for n, sec in enumerate(briefing.sections):
        _paragraph(doc, sec.heading, HEADING_FONT, 16)
        for text in sec.paragraphs:
            _paragraph(doc, text)
        if n == 0:
            for png in pictures:
                doc.add_picture(io.BytesIO(png), width=Cm(15.5))
                doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for sub in sec.subsections:
            _paragraph(doc, sub.heading, SUBHEADING_FONT, 16)
            for text in sub.paragraphs:
                _paragraph(doc, text)
    for line in (briefing.issuer, briefing.date_line):
        _paragraph(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.add_page_break()  # type: ignore[no-untyped-call]
    _paragraph(doc, "附表" if briefing.lang == "zh" else "Tables", HEADING_FONT, 16, indent=False)
    for table in briefing.tables:
        _table(doc, table.title, table.headers, table.rows)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
