"""A briefing as a file — 通报文件: text, HTML, Word, PDF and Excel, from one snapshot.

Every format is rendered from the `BriefingData` alone, and the files carry no clock: Word and
Excel (zip archives) get the briefing's as-of moment as every entry's date and as their
document dates, the PDF no creation date. So an archived briefing is produced again byte for
byte from its snapshot.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from django.template.loader import render_to_string

from jindu.briefings import charts
from jindu.briefings.compose import Briefing, compose
from jindu.briefings.snapshot import BriefingData

FORMATS = ("text", "html", "docx", "pdf", "xlsx")
CONTENT_TYPES = {
    "text": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
EXTENSIONS = {"text": "txt", "html": "html", "docx": "docx", "pdf": "pdf", "xlsx": "xlsx"}


@dataclass(frozen=True)
class BriefingFile:
    content: bytes
    content_type: str
    filename: str


def filename(data: BriefingData, fmt: str, lang: str) -> str:
    suffix = "" if lang == "zh" else f"-{lang}"
    return f"通报-{data.unit}-{data.period}{suffix}.{EXTENSIONS[fmt]}"


def html_body(briefing: Briefing, data: BriefingData) -> str:
    """The briefing as an HTML fragment (the page's preview)."""
    svgs = [charts.to_svg(c) for c in charts.charts(data, briefing.lang)]
    return render_to_string("briefings/_body.html", {"briefing": briefing, "charts": svgs})


def html_document(briefing: Briefing, data: BriefingData) -> str:
    svgs = [charts.to_svg(c) for c in charts.charts(data, briefing.lang)]
    return render_to_string("briefings/document.html", {"briefing": briefing, "charts": svgs})


def pdf_bytes(briefing: Briefing, data: BriefingData) -> bytes:
    from weasyprint import HTML  # type: ignore[import-untyped]

    result: bytes = HTML(string=html_document(briefing, data)).write_pdf()
    return result


def render(data: BriefingData, fmt: str, lang: str = "zh") -> BriefingFile:
    """The briefing of `data` in `fmt` (text, html, docx, pdf, xlsx) and `lang` (zh, en)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: {', '.join(FORMATS)}")
    briefing = compose(data, lang)
    moment = datetime.fromisoformat(data.as_of)
    if fmt == "text":
        content = briefing.text().encode("utf-8")
    elif fmt == "html":
        content = html_document(briefing, data).encode("utf-8")
    elif fmt == "pdf":
        content = pdf_bytes(briefing, data)
    elif fmt == "docx":
        from jindu.briefings.docx_file import docx_bytes

        content = reproducible_zip(docx_bytes(briefing, data), moment)
    else:
        from jindu.briefings.xlsx_file import xlsx_bytes

        content = reproducible_zip(xlsx_bytes(briefing, data), moment)
    return BriefingFile(content, CONTENT_TYPES[fmt], filename(data, fmt, lang))


_CORE_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)


def reproducible_zip(content: bytes, moment: datetime) -> bytes:
    """Rewrite an Office file so it depends only on its content: every zip entry dated
    `moment`, and the document's created/modified dates set to `moment` too."""
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_DATES.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, data)
    return out.getvalue()
