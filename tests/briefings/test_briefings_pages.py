"""The briefing page, its downloads, issuing, the archive, the JSON twin and the command."""

from __future__ import annotations

import io
import json
from io import StringIO

import docx
import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from jindu.briefings.models import IssuedBriefing
from jindu.briefings.snapshot import BriefingData
from jindu.progress import format_amount, format_decimal

pytestmark = pytest.mark.django_db
QUERY = "unit=kaiping&period=2016-03&as_of=2016-04-30&lang=zh"


def signed_in(client: Client, username: str) -> Client:
    client.force_login(User.objects.get(username=username))
    return client


def first_figures(data: BriefingData) -> tuple[str, str]:
    ind = data.indicators[0]
    return format_amount(ind.actual, ind.decimals) + ind.unit_of_measure, format_decimal(
        ind.completion_rate, 2
    )


def test_leader_previews_the_briefing(client: Client, march: BriefingData) -> None:
    page = signed_in(client, "leader").get(f"/briefings/?{QUERY}")
    assert page.status_code == 200
    value, rate = first_figures(march)
    html = page.content.decode()
    assert value in html and f"{rate}%" in html
    assert "签发存档" not in html  # leaders read; the office issues


def test_reporter_of_another_region_is_refused(client: Client) -> None:
    page = signed_in(client, "kgsw").get("/briefings/?unit=enping&period=2016-03")
    assert page.status_code == 403


def test_docx_download(client: Client, march: BriefingData) -> None:
    response = signed_in(client, "leader").get(f"/briefings/file/docx/?{QUERY}")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    value, rate = first_figures(march)
    assert value in text and rate in text


def test_office_issues_and_the_archive_serves_the_same_file(client: Client) -> None:
    office = signed_in(client, "office")
    response = office.post(f"/briefings/issue/?{QUERY}", {"issuer": "开平市创新办"})
    assert response.status_code == 302
    issued = IssuedBriefing.objects.get()
    assert issued.issuer == "开平市创新办" and issued.issued_by is not None
    page = office.get(f"/briefings/archive/{issued.pk}/")
    assert page.status_code == 200 and issued.digest in page.content.decode()
    archived = office.get(f"/briefings/archive/{issued.pk}/text/").content.decode()
    fresh = office.get(f"/briefings/file/text/?{QUERY}").content.decode()
    # same data, so the same text but for the issuing office chosen when issuing
    assert archived.replace("开平市创新办  ", "开平市  ", 1) == fresh


def test_leader_may_not_issue(client: Client) -> None:
    response = signed_in(client, "leader").post(f"/briefings/issue/?{QUERY}")
    assert response.status_code == 403
    assert not IssuedBriefing.objects.exists()


def test_index_page_query_count_does_not_grow_with_the_archive(
    client: Client, django_assert_max_num_queries: object
) -> None:
    office = signed_in(client, "office")
    for _ in range(3):
        office.post(f"/briefings/issue/?{QUERY}")
    with django_assert_max_num_queries(12):  # type: ignore[operator]
        assert office.get("/briefings/").status_code == 200


def test_api_returns_paragraphs_and_figures(client: Client, march: BriefingData) -> None:
    response = signed_in(client, "leader").get(
        "/api/briefings/kaiping/2016-03", {"as_of": "2016-04-30"}
    )
    assert response.status_code == 200
    body = response.json()
    value, rate = first_figures(march)
    assert value in body["text"] and rate in body["text"]
    assert body["figures"]["indicators"][0]["actual"] == str(march.indicators[0].actual)
    assert body["sections"][1]["subsections"][0]["paragraphs"]


def test_command_writes_text_and_files(march: BriefingData, tmp_path: object) -> None:
    out = StringIO()
    call_command(
        "briefing", unit="开平市", period="2016-03", as_of="2016-04-30", format="text", stdout=out
    )
    value, rate = first_figures(march)
    assert value in out.getvalue() and f"完成率达{rate}%" in out.getvalue()
    target = tmp_path / "b.xlsx"  # type: ignore[operator]
    call_command(
        "briefing", unit="开平市", period="2016-03", format="xlsx", output=target, stderr=StringIO()
    )
    assert target.read_bytes()[:2] == b"PK"


def test_command_refuses_an_unknown_unit() -> None:
    with pytest.raises(CommandError) as caught:
        call_command("briefing", unit="火星市", period="2016-03")
    assert caught.value.returncode == 2


def test_api_refuses_other_regions_for_a_reporter(client: Client) -> None:
    response = signed_in(client, "kgsw").get("/api/briefings/enping/2016-03")
    assert response.status_code == 403
    assert json.loads(response.content)["detail"]
