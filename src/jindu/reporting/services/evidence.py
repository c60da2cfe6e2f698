"""Evidence files (佐证材料): accepted by what they contain, never by their name."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from jindu.reporting.models import Attachment, Value
from jindu.reporting.services.errors import WorkflowError

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc .xls .ppt
SIGNATURES = [
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (OLE, "office97"),
]
OOXML = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}


def sniff(content: bytes) -> str | None:
    """The kind of file the bytes are, or None when it is not an accepted kind."""
    for magic, kind in SIGNATURES:
        if content.startswith(magic):
            return kind
    if content.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(content)).namelist()
        except zipfile.BadZipFile:
            return None
        if "OFD.xml" in names:
            return "ofd"  # 国家版式文档
        if "[Content_Types].xml" in names:
            for prefix, kind in OOXML.items():
                if any(n.startswith(prefix) for n in names):
                    return kind
    return None


def attach(*, value: Value, upload: UploadedFile, user: User | None, now: datetime) -> Attachment:
    """Keep an evidence file for a value (the caller has checked the user may enter it)."""
    size = upload.size or 0
    if size > settings.MAX_UPLOAD_BYTES:
        limit = settings.MAX_UPLOAD_BYTES // 1024 // 1024
        raise WorkflowError(
            _("文件过大（%(size)s MB），上限 %(limit)s MB")
            % {"size": size // 1024 // 1024, "limit": limit}
        )
    content = upload.read()
    kind = sniff(content)
    if kind is None:
        raise WorkflowError(
            _("“%(name)s”不是可接受的文件（PDF、图片、Office 或 OFD 文档）") % {"name": upload.name}
        )
    upload.seek(0)
    return Attachment.objects.create(
        value=value,
        file=upload,
        name=(upload.name or kind)[:200],
        kind=kind,
        size=size,
        uploaded_by=user,
        uploaded_at=now,
    )
