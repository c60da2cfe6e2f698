from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "jindu.reporting"
    label = "reporting"
    verbose_name = "数据填报"
