"""Evidence files for a value: accepted by what they contain (not by their name), within the
size limit, only from people who may enter the value."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jindu.accounts.selectors import actor_for_user
from jindu.reporting.models import Attachment, Value
from jindu.reporting.services import EntryInput, save_entries
from jindu.reporting.services.evidence import sniff
from round_factory import open_april_round

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def xlsx_bytes() -> bytes:
    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    return out.getvalue()


def zip_bytes(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in names:
            z.writestr(name, "x")
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PDF, "pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "png"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 20, "jpeg"),
        (xlsx_bytes(), "xlsx"),
        (zip_bytes(["OFD.xml", "Doc_0/Document.xml"]), "ofd"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20, "office97"),
        (b"MZ\x90\x00 an executable", None),
        (b"<html><script>alert(1)</script>", None),
        (zip_bytes(["payload.exe"]), None),
    ],
)
def test_kind_is_read_from_the_content(content: bytes, kind: str | None) -> None:
    assert sniff(content) == kind


@pytest.fixture
def value() -> Value:
    kgsw = User.objects.get(username="kgsw")
    kgsw_actor = actor_for_user(kgsw)
    assert kgsw_actor is not None
    now = datetime(2016, 5, 2, tzinfo=ZoneInfo("Asia/Shanghai"))
    round_ = open_april_round(due_date=date(2099, 1, 1), lock_after_days=5, now=now)
    save_entries(
        round_=round_,
        actor=kgsw_actor,
        user=kgsw,
        items=[EntryInput("A02", "kaiping", Decimal(29))],
        submit=False,
        now=now,
    )
    return Value.objects.get(indicator__code="A02", unit__code="kaiping", year=2016, month=4)


def upload(username: str, value: Value, name: str, content: bytes) -> tuple[int, str]:
    client = Client()
    client.force_login(User.objects.get(username=username))
    response = client.post(
        f"/reporting/values/{value.pk}/", {"file": SimpleUploadedFile(name, content)}, follow=True
    )
    return response.status_code, response.content.decode()


def test_a_pdf_is_kept_whatever_its_name(value: Value) -> None:
    status, _ = upload("kgsw", value, "认定文件.dat", PDF)
    assert status == 200
    kept = Attachment.objects.get(value=value)
    assert (kept.kind, kept.name, kept.size) == ("pdf", "认定文件.dat", len(PDF))


def test_a_text_file_named_pdf_is_refused(value: Value) -> None:
    _, page = upload("kgsw", value, "认定文件.pdf", b"just text, not a PDF")
    assert "不是可接受的文件" in page
    assert not Attachment.objects.filter(value=value).exists()


def test_a_file_over_the_limit_is_refused(value: Value, settings: object) -> None:
    settings.MAX_UPLOAD_BYTES = 10  # type: ignore[attr-defined]
    _, page = upload("kgsw", value, "big.pdf", PDF)
    assert "文件过大" in page
    assert not Attachment.objects.filter(value=value).exists()


def test_another_department_may_not_attach(value: Value) -> None:
    status, _ = upload("rsj", value, "x.pdf", PDF)
    assert status == 403
    assert not Attachment.objects.filter(value=value).exists()
