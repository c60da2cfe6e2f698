from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jindu.accounts.views import actor_required
from jindu.framework.models import Framework


@actor_required
def home(request: HttpRequest) -> HttpResponse:
    """Home: the frameworks that apply, and the way into each part of jindu."""
    frameworks = Framework.objects.select_related("owner").order_by("code")
    return render(request, "dashboard/home.html", {"frameworks": frameworks})
