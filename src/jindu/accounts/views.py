"""Sign-in, sign-out, password change, and the guard every page and API endpoint uses."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from jindu.accounts.models import AccessDenied
from jindu.accounts.selectors import Actor, actor_for_user

View = Callable[..., HttpResponse]


def deny(request: HttpRequest, reason: str, actor: Actor | None = None) -> HttpResponse:
    """403, and a record of who tried what."""
    AccessDenied.objects.create(
        user_id=request.user.pk if request.user.is_authenticated else None,
        token_id=actor.token_id if actor else None,
        method=request.method or "",
        path=request.get_full_path()[:500],
        reason=reason[:300],
    )
    return render(request, "accounts/403.html", {"reason": reason}, status=403)


def actor_required(view: View) -> View:
    """The view gets `request.actor`; anonymous users go to the login page, users without a
    role get 403."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect(f"{reverse_lazy('accounts:login')}?next={request.get_full_path()}")
        actor = actor_for_user(request.user)
        if actor is None:
            return deny(request, _("该账号没有分配单位和角色"))
        request.actor = actor  # type: ignore[attr-defined]
        return view(request, *args, **kwargs)

    return wrapped


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("dashboard:home")
