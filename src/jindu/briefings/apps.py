from django.apps import AppConfig


class BriefingsConfig(AppConfig):
    name = "jindu.briefings"
    label = "briefings"
    verbose_name = "通报"
