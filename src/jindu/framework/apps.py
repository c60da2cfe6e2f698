from django.apps import AppConfig


class FrameworkConfig(AppConfig):
    name = "jindu.framework"
    label = "framework"
    verbose_name = "指标体系"
