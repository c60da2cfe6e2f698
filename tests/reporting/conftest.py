"""Fixtures shared by the reporting tests: the April 2016 round of 开平市, open from 1 May with
a due date far ahead, and 科工商务局's reporter logged in."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client

from jindu.reporting.models import Round
from round_factory import open_april_round


@pytest.fixture
def open_april() -> Round:
    return open_april_round(
        due_date=date(2099, 1, 1),
        lock_after_days=5,
        now=datetime(2016, 5, 1, tzinfo=ZoneInfo("Asia/Shanghai")),
    )


@pytest.fixture
def kgsw(client: Client) -> Client:
    client.force_login(User.objects.get(username="kgsw"))
    return client
