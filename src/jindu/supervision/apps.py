from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "jindu.supervision"
    label = "supervision"
    verbose_name = "督查督办"
