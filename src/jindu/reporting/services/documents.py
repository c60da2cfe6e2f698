"""The text of an uploaded report: a .docx file's paragraphs and tables, in document order."""

from __future__ import annotations

from typing import IO

import docx
from docx.table import Table


def docx_text(source: str | IO[bytes]) -> str:
    """Paragraphs one a line; a table one row a line, its cells split by tabs (the extractor
    reads them as a table). Merged cells repeat in python-docx; each is kept once."""
    lines: list[str] = []
    for block in docx.Document(source).iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    return "\n".join(lines)
