"""Fixtures of the dashboard tests: signed-in demo personas and a page's JSON twin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

SignedIn = Callable[[str], Client]
PageJson = Callable[..., dict[str, Any]]


@pytest.fixture
def signed_in() -> SignedIn:
    """A client signed in as a demo persona: leader (开平市领导), jiangmen (江门市创新办),
    kgsw (科工商务局填报员)."""

    def sign_in(username: str) -> Client:
        client = Client()
        client.force_login(User.objects.get(username=username))
        return client

    return sign_in


@pytest.fixture
def page_json() -> PageJson:
    """The JSON twin of a page (?format=json), asserting it was served."""

    def get(client: Client, url: str, **params: str) -> dict[str, Any]:
        response = client.get(url, {**params, "format": "json"})
        assert response.status_code == 200, response.content[:300]
        data: dict[str, Any] = response.json()
        return data

    return get
