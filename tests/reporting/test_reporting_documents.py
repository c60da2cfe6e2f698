"""The text read from an uploaded .docx: paragraphs and tables in document order."""

from __future__ import annotations

import io

import docx

from jindu.reporting.services.documents import docx_text


def test_a_merged_cell_is_read_once_and_tables_stay_in_document_order() -> None:
    document = docx.Document()
    document.add_paragraph("各县技术合同登记情况")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).text, merged.text = "县区", "合同  成交额"
    for column, text in enumerate(("东川县", "41", "2730")):
        table.cell(1, column).text = text
    document.add_paragraph("下一步，各县要加快登记。")
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    assert docx_text(buffer).split("\n") == [
        "各县技术合同登记情况",
        "县区\t合同 成交额",
        "东川县\t41\t2730",
        "下一步，各县要加快登记。",
    ]
