from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jindu.framework.models import Framework


def home(request: HttpRequest) -> HttpResponse:
    """Placeholder home page: which frameworks are loaded. The dashboards come with issue 4."""
    frameworks = Framework.objects.select_related("owner").order_by("code")
    return render(request, "dashboard/home.html", {"frameworks": frameworks})
