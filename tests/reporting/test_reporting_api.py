"""The JSON API: integration clients write values with a token scoped to their unit, under the
same checks and permissions as the entry sheet; refusals are logged."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from jindu.accounts.models import AccessDenied, ApiToken
from jindu.framework.models import Unit
from jindu.reporting.models import Round, Value, ValueState

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def april(open_april: Round) -> Round:
    return open_april


def token_for(unit: str) -> str:
    return ApiToken.issue(name=f"{unit} 系统对接", unit=Unit.objects.get(code=unit))[1]


def post(client: Client, token: str, body: dict[str, Any]) -> Any:
    return client.post(
        "/api/values",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def test_a_token_writes_and_submits_its_units_values(client: Client) -> None:
    token = token_for("kaiping-kgsw")
    response = post(
        client,
        token,
        {
            "period": "2016-04",
            "submit": True,
            "items": [{"indicator": "A01", "region": "kaiping", "value": "48"}],
        },
    )
    assert response.status_code == 200, response.content
    assert response.json()["written"] == 1
    stored = Value.objects.get(indicator__code="A01", unit__code="kaiping", year=2016, month=4)
    assert stored.value == Decimal(48) and stored.state == ValueState.SUBMITTED
    assert ApiToken.objects.get(prefix=token[:8]).last_used_at is not None


def test_another_departments_indicator_is_403_and_logged(client: Client) -> None:
    response = post(
        client,
        token_for("kaiping-rsj"),
        {"period": "2016-04", "items": [{"indicator": "A01", "region": "kaiping", "value": "48"}]},
    )
    assert response.status_code == 403
    assert "无权填报" in response.json()["detail"]
    assert AccessDenied.objects.filter(path="/api/values").exists()
    assert not Value.objects.filter(year=2016, month=4).exists()


def test_same_validation_as_the_form(client: Client) -> None:
    response = post(
        client,
        token_for("kaiping-kgsw"),
        {
            "period": "2016-04",
            "items": [
                {"indicator": "A01", "region": "kaiping", "value": "48.5"},
                {"indicator": "A02", "region": "kaiping", "value": "30"},
            ],
        },
    )
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert [p["key"] for p in problems] == ["A01@kaiping"] and "小数" in problems[0]["message"]
    assert not Value.objects.filter(year=2016, month=4).exists()


def test_no_round_for_the_period_is_a_conflict(client: Client) -> None:
    response = post(client, token_for("kaiping-kgsw"), {"period": "2016-07", "items": []})
    assert response.status_code == 409


def test_a_bad_or_revoked_token_is_401(client: Client) -> None:
    token = token_for("kaiping-kgsw")
    ApiToken.objects.filter(prefix=token[:8]).update(active=False)
    assert post(client, token, {"period": "2016-04", "items": []}).status_code == 401
    assert post(client, "jd_nonsense", {"period": "2016-04", "items": []}).status_code == 401


def test_session_writes_need_csrf(client: Client) -> None:
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(User.objects.get(username="kgsw"))
    response = csrf_client.post(
        "/api/values",
        json.dumps({"period": "2016-04", "items": []}),
        content_type="application/json",
    )
    assert response.status_code in (401, 403)


def test_progress_json_twin_matches_the_command(client: Client) -> None:
    from io import StringIO

    from django.core.management import call_command

    client.force_login(User.objects.get(username="leader"))
    api = client.get("/api/units/kaiping/progress", {"period": "2016-03"}).json()
    out = StringIO()
    call_command("progress", unit="kaiping", period="2016-03", format="json", stdout=out)
    assert api == json.loads(out.getvalue())
    assert client.get("/api/units/taishan/progress", {"period": "2016-03"}).status_code == 403


def test_openapi_schema_lists_the_endpoints(client: Client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert "/api/values" in schema["paths"] and "/api/units/{code}/progress" in schema["paths"]
