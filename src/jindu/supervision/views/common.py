"""What the supervision pages share: the actor, "today", and how a refusal is answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone

from jindu.accounts.selectors import Actor
from jindu.accounts.views import deny
from jindu.supervision.workflow import Refused


def actor(request: HttpRequest) -> Actor:
    found: Actor = request.actor  # type: ignore[attr-defined]
    return found


def user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def today(request: HttpRequest) -> date:
    """`?today=2016-05-20` shows deadlines as of that day (the demo is set in 2016); actions
    always use the real clock."""
    text = request.GET.get("today", "")
    try:
        return date.fromisoformat(text) if text else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def refused(request: HttpRequest, exc: Refused, back: str) -> HttpResponse:
    """A 403 refusal (wrong side) is logged like any denied access; a refusal of the state
    (wrong moment, missing reason) is shown as a message on the page the user came from."""
    if exc.status == 403:
        return deny(request, exc.message, actor(request))
    messages.error(request, exc.message)
    return redirect(back)


class Hidden(Exception):
    """Raised by a view for something the user may not see: answered 403 and logged."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def hidden_is_403(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Put under @actor_required: a `Hidden` raised by the view becomes a logged 403."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except Hidden as exc:
            return deny(request, exc.reason, actor(request))

    return wrapped
