from django.urls import path

from jindu.reporting.views import collection as views
from jindu.reporting.views import text as text_views

app_name = "reporting"
urlpatterns = [
    path("", views.home, name="home"),
    path("rounds/new/", views.round_new, name="round_new"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("rounds/<int:pk>/review/", views.review, name="review"),
    path("rounds/<int:pk>/changes/", views.round_changes, name="round_changes"),
    path("rounds/<int:pk>/entry/<slug:unit>/", views.entry, name="entry"),
    path(
        "rounds/<int:pk>/entry/<slug:unit>/preview/<str:key>/",
        views.entry_preview,
        name="entry_preview",
    ),
    path("rounds/<int:pk>/entry/<slug:unit>/template.xlsx", views.template, name="template"),
    path("rounds/<int:pk>/entry/<slug:unit>/upload/", views.upload, name="upload"),
    path("values/<int:pk>/", views.value_history, name="value"),
    path("text/", text_views.text_page, name="text"),
]
