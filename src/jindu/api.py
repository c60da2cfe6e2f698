"""The JSON API (django-ninja): one NinjaAPI, assembled from each app's `api.py` router.
OpenAPI schema at /api/openapi.json, documentation at /api/docs.

Authentication: the browser session (with CSRF on writes), or an API token
(`Authorization: Bearer jd_…`) issued to an integration client and scoped to one unit.
Either way `request.auth` is an `Actor`, and endpoints check permissions with
jindu.accounts.selectors exactly as the pages do. A refusal is logged (AccessDenied) and
answered 403 with {"detail": "..."}.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.security import APIKeyCookie, HttpBearer

from jindu.accounts.models import AccessDenied, ApiToken
from jindu.accounts.selectors import Actor, actor_for_token, actor_for_user


class Forbidden(Exception):
    """Raise from an endpoint: logged and answered 403."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SessionActor(APIKeyCookie):
    param_name = "sessionid"

    def authenticate(self, request: HttpRequest, key: str | None) -> Actor | None:
        return actor_for_user(request.user) if request.user.is_authenticated else None


class TokenActor(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Actor | None:
        found = (
            ApiToken.objects.select_related("unit")
            .filter(digest=ApiToken.hash(token), active=True)
            .first()
        )
        if found is None:
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        return actor_for_token(found)


api = NinjaAPI(
    title="jindu API",
    version="1",
    description="进度: targets, reported values, progress, supervision. Same data and "
    "permissions as the pages.",
    auth=[SessionActor(csrf=True), TokenActor()],
    urls_namespace="api",
)


@api.exception_handler(Forbidden)
def forbidden(request: HttpRequest, exc: Forbidden) -> HttpResponse:
    actor: Any = getattr(request, "auth", None)
    AccessDenied.objects.create(
        user_id=request.user.pk if request.user.is_authenticated else None,
        token_id=actor.token_id if isinstance(actor, Actor) else None,
        method=request.method or "",
        path=request.get_full_path()[:500],
        reason=exc.reason[:300],
    )
    return api.create_response(request, {"detail": exc.reason}, status=403)


def actor_of(request: HttpRequest) -> Actor:
    actor = getattr(request, "auth", None)
    if not isinstance(actor, Actor):
        raise Forbidden(_("没有分配单位和角色"))
    return actor


def _register_routers() -> None:
    # Each app adds its router here, one line each.
    from jindu.reporting.api import router as reporting_router

    api.add_router("/", reporting_router)
    api.add_router("/", "jindu.dashboard.api.router")
    api.add_router("/supervision/", "jindu.supervision.api.router")
    api.add_router("/", "jindu.briefings.api.router")


_register_routers()
