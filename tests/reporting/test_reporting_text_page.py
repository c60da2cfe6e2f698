"""The text page: figures highlighted and matched, a corrected match, import as drafts."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client

from jindu.reporting.models import Attachment, Value, ValueState

pytestmark = pytest.mark.django_db

TEXT = (
    "截至4月底，我市已培育高新技术企业45家，完成率达59.21%；"
    "首季度完成工业投资14亿元，同比增长53.2%。"
)


@pytest.fixture
def office(client: Client) -> Client:
    client.force_login(User.objects.get(username="office"))
    return client


def test_figures_are_highlighted_matched_and_checked(office: Client) -> None:
    page = office.post(
        "/reporting/text/", {"unit": "kaiping", "period": "2016-03", "text": TEXT, "read": "1"}
    ).content.decode()
    assert page.count("<mark") == 2
    assert re.search(r'<option value="A01" selected>', page)  # matched to the framework
    assert "与库中 42 不一致" in page  # the stored March value is 42, the text says 45


def test_import_chosen_figures_as_drafts_with_the_source_kept(office: Client) -> None:
    response = office.post(
        "/reporting/text/",
        {
            "unit": "kaiping",
            "period": "2016-04",
            "text": TEXT,
            "import": "1",
            "pick": ["0", "1"],
            "code-1": "H01",
        },
    )
    assert response.status_code == 302
    a01 = Value.objects.get(indicator__code="A01", unit__code="kaiping", year=2016, month=4)
    h01 = Value.objects.get(indicator__code="H01", unit__code="kaiping", year=2016, month=4)
    assert (a01.value, a01.state) == (Decimal(45), ValueState.DRAFT)
    assert h01.value == Decimal(14)  # 14亿元 in the indicator's 亿元
    assert Attachment.objects.filter(value=a01, kind="txt").count() == 1
    assert TEXT in Attachment.objects.get(value=a01).file.read().decode()


def test_a_match_can_be_corrected_and_units_are_converted(office: Client) -> None:
    text = "全年财政科技投入1.2亿元。"
    office.post(
        "/reporting/text/",
        {
            "unit": "kaiping",
            "period": "2016-04",
            "text": text,
            "import": "1",
            "pick": ["0"],
            "code-0": "G01",
        },
    )
    g01 = Value.objects.get(indicator__code="G01", unit__code="kaiping", year=2016, month=4)
    assert g01.value == Decimal(12000)  # 1.2亿元 = 12000万元, G01 counts 万元


def test_reporters_may_not_use_it(client: Client) -> None:
    client.force_login(User.objects.get(username="kgsw"))
    assert client.get("/reporting/text/").status_code == 403


def test_an_uploaded_docx_shows_the_figures_of_its_table(office: Client) -> None:
    import io

    import docx
    from django.core.files.uploadedfile import SimpleUploadedFile

    document = docx.Document()
    document.add_paragraph("一季度各县高新技术企业培育情况")
    table = document.add_table(rows=2, cols=3)
    for c, (head, cell) in enumerate((("县区", "开平市"), ("年度目标", "76"), ("已培育", "42"))):
        table.cell(0, c).text, table.cell(1, c).text = head, cell
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("report.docx", buffer.getvalue())
    page = office.post(
        "/reporting/text/",
        {"unit": "kaiping", "period": "2016-03", "read": "1", "file": upload},
    ).content.decode()
    # one figure, from the table's row (the paragraphs alone have none)
    assert page.count("<mark") == 1
    assert re.search(r"<mark[^>]*>[^<]*42", page)
