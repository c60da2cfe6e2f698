from django.contrib import admin
from django.urls import include, path

from jindu.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/", include("jindu.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("reporting/", include("jindu.reporting.urls")),
    path("supervision/", include("jindu.supervision.urls")),
    path("briefings/", include("jindu.briefings.urls")),
    path("", include("jindu.dashboard.urls")),
]
