from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "jindu.dashboard"
    label = "dashboard"
    verbose_name = "进度看板"
