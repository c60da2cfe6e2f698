from django.urls import path

from jindu.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("matrix/", views.my_matrix, name="my_matrix"),
    path("ranking/", views.my_ranking, name="my_ranking"),
    path("units/<slug:code>/", views.overview, name="overview"),
    path("units/<slug:code>/matrix/", views.matrix, name="matrix"),
    path("units/<slug:code>/score/", views.unit_score, name="unit"),
    path("units/<slug:code>/ranking/", views.ranking, name="ranking"),
    path("units/<slug:code>/indicators/<str:indicator>/", views.indicator, name="indicator"),
    path("public/<slug:code>/", views.public, name="public"),
]
