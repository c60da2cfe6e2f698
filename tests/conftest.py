"""Shared fixtures. The demo data set is loaded once per test session into the test database;
each test runs in a transaction that is rolled back, so tests can change it freely."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    from django.db import transaction

    from jindu.demo.generate import load_demo

    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
    yield


@pytest.fixture(autouse=True)
def media_in_tmp(settings: Any, tmp_path: Any) -> None:
    """Uploaded files of a test go to its own temporary directory."""
    settings.MEDIA_ROOT = tmp_path / "media"
