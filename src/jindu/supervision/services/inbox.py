"""The in-app inbox (站内消息)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import User
from django.utils import timezone

from jindu.supervision.models import Notification, Task


def notify(
    users: Iterable[User],
    *,
    kind: str,
    title: str,
    body: str = "",
    url: str = "",
    task: Task | None = None,
    now: datetime | None = None,
) -> list[Notification]:
    """One message per user (each user once)."""
    now = now or timezone.now()
    unique = {u.pk: u for u in users}
    return Notification.objects.bulk_create(
        Notification(
            user=u, at=now, kind=kind, title=title[:300], body=body, url=url[:300], task=task
        )
        for u in unique.values()
    )


def mark_read(*, user: User, ids: Iterable[int] | None = None, now: datetime | None = None) -> int:
    """Mark the user's messages read (all unread ones when `ids` is None); returns how many."""
    now = now or timezone.now()
    unread = Notification.objects.filter(user=user, read_at=None)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=now)
