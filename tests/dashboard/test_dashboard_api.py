"""JSON twins: every dashboard page's ?format=json equals its /api/dashboard/… endpoint, is in
the OpenAPI schema, and both refuse what the user may not read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from jindu.accounts.models import AccessDenied, ApiToken, Role
from jindu.framework.models import Unit

pytestmark = pytest.mark.django_db
SignedIn = Callable[[str], Client]  # fixtures of conftest.py
PageJson = Callable[..., dict[str, Any]]
MARCH = "2016-03"

# (page URL, API path) for a unit code.
TWINS = [
    ("/units/{code}/", "/api/dashboard/units/{code}/overview"),
    ("/units/{code}/matrix/", "/api/dashboard/units/{code}/matrix"),
    ("/units/{code}/indicators/A01/", "/api/dashboard/units/{code}/indicators/A01"),
    ("/units/{code}/score/", "/api/dashboard/units/{code}/score"),
    ("/units/{code}/ranking/", "/api/dashboard/units/{code}/ranking"),
]


@pytest.mark.parametrize(("page", "api"), TWINS)
@pytest.mark.parametrize("code", ["kaiping", "jiangmen"])
def test_the_page_json_and_the_api_are_the_same_data(
    page: str, api: str, code: str, signed_in: SignedIn
) -> None:
    client = signed_in("jiangmen")
    params = {"period": MARCH, "lever": "A", "as_of": "2016-05-05", "include_submitted": "true"}
    from_page = client.get(page.format(code=code), {**params, "format": "json"})
    from_api = client.get(api.format(code=code), params)
    assert from_page.status_code == from_api.status_code == 200
    assert from_page.json() == from_api.json()


def test_every_twin_is_in_the_openapi_schema(signed_in: SignedIn) -> None:
    schema = signed_in("leader").get("/api/openapi.json").json()
    for _, api in TWINS:
        path = api.format(code="{code}").replace("A01", "{indicator}")
        assert path in schema["paths"], path


@pytest.mark.parametrize(("page", "api"), TWINS)
def test_a_department_reporter_reads_its_county_but_not_another(
    page: str, api: str, signed_in: SignedIn
) -> None:
    # 科工商务局's reporter works for 开平市: 开平市's dashboards yes, 台山市's no.
    client = signed_in("kgsw")
    assert client.get(page.format(code="kaiping")).status_code == 200
    assert client.get(api.format(code="kaiping")).status_code == 200
    refused = AccessDenied.objects.count()
    assert client.get(page.format(code="taishan")).status_code == 403
    assert client.get(api.format(code="taishan"), {"period": MARCH}).status_code == 403
    assert AccessDenied.objects.count() == refused + 2  # both refusals are logged


@pytest.mark.parametrize(("page", "api"), TWINS)
def test_a_county_leader_may_not_read_the_prefecture(
    page: str, api: str, signed_in: SignedIn
) -> None:
    client = signed_in("leader")
    assert client.get(page.format(code="jiangmen")).status_code == 403
    assert client.get(api.format(code="jiangmen")).status_code == 403


@pytest.mark.parametrize(("page", "api"), TWINS)
def test_anonymous_users_are_sent_to_sign_in(page: str, api: str) -> None:
    client = Client()
    response = client.get(page.format(code="kaiping"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get(api.format(code="kaiping")).status_code == 401


def test_a_big_screen_token_reads_its_unit_only() -> None:
    _, token = ApiToken.issue(name="大屏", unit=Unit.objects.get(code="kaiping"), role=Role.LEADER)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert client.get("/api/dashboard/units/kaiping/overview").status_code == 200
    assert client.get("/api/dashboard/units/taishan/overview").status_code == 403


def test_bad_input_is_a_bad_request_and_unknown_things_are_not_found(signed_in: SignedIn) -> None:
    client = signed_in("jiangmen")
    assert client.get("/api/dashboard/units/kaiping/overview", {"period": "x"}).status_code == 400
    assert client.get("/api/dashboard/units/nowhere/overview").status_code == 404
    assert client.get("/api/dashboard/units/kaiping/indicators/ZZ9").status_code == 404
