"""The inbox (站内消息) of the signed-in user."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jindu.accounts.views import actor_required
from jindu.supervision import services
from jindu.supervision.models import Notification
from jindu.supervision.views.common import Hidden, hidden_is_403, user

INBOX_SIZE = 200


@actor_required
def inbox(request: HttpRequest) -> HttpResponse:
    messages = list(Notification.objects.filter(user=user(request))[:INBOX_SIZE])
    unread = sum(1 for m in messages if m.read_at is None)
    return render(request, "supervision/inbox.html", {"messages_": messages, "unread": unread})


@require_POST
@actor_required
def inbox_read(request: HttpRequest) -> HttpResponse:
    services.mark_read(user=user(request))
    return redirect("supervision:inbox")


@actor_required
@hidden_is_403
def inbox_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a message: mark it read and go where it points."""
    message = get_object_or_404(Notification, pk=pk)
    if message.user_id != user(request).pk:
        raise Hidden(_("这不是您的消息"))
    services.mark_read(user=user(request), ids=[message.pk])
    safe = url_has_allowed_host_and_scheme(message.url, allowed_hosts=None)
    return redirect(message.url if message.url and safe else "supervision:inbox")
