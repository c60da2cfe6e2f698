from django.urls import path

from jindu.briefings import views

app_name = "briefings"
urlpatterns = [
    path("", views.index, name="index"),
    path("file/<str:fmt>/", views.download, name="download"),
    path("issue/", views.issue, name="issue"),
    path("archive/<int:pk>/", views.issued, name="issued"),
    path("archive/<int:pk>/<str:fmt>/", views.issued_file, name="issued_file"),
]
