"""API tokens are issued by command (printed once, stored hashed), listed and revoked; user
accounts get their unit and role on one admin page."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from jindu.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def api(token: str) -> int:
    response = Client().get(
        "/api/units/kaiping/progress", {"period": "2016-03"}, HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    return int(response.status_code)


def test_issue_list_revoke() -> None:
    out = StringIO()
    call_command("token", "issue", "科工商务局统计系统", unit="kaiping-kgsw", stdout=out)
    token = out.getvalue().strip()
    stored = ApiToken.objects.get(prefix=token[:8])
    assert token not in {stored.digest, stored.prefix} and stored.digest == ApiToken.hash(token)
    assert api(token) == 200
    listing = StringIO()
    call_command("token", "list", stdout=listing)
    assert token[:8] in listing.getvalue() and token not in listing.getvalue()
    call_command("token", "revoke", token[:8], stdout=StringIO())
    assert api(token) == 401


def test_unknown_unit_or_prefix_exits_2() -> None:
    with pytest.raises(CommandError) as caught:
        call_command("token", "issue", "x", unit="nowhere")
    assert caught.value.returncode == 2
    with pytest.raises(CommandError) as caught:
        call_command("token", "revoke", "jd_nope")
    assert caught.value.returncode == 2


def test_admin_user_page_sets_unit_and_role() -> None:
    client = Client()
    client.force_login(User.objects.get(username="admin"))
    page = client.get("/admin/auth/user/add/").content.decode()
    assert 'name="profile-0-unit"' in page and 'name="profile-0-role"' in page
    kgsw = User.objects.get(username="kgsw")
    assert "科工商务局" in client.get(f"/admin/auth/user/{kgsw.pk}/change/").content.decode()
