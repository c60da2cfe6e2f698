from django.contrib.auth import views as auth_views
from django.urls import path

from jindu.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(next_page="accounts:login"), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
]
