from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    """Partner institutions with every name they go by, people, source articles and agreements."""

    name = "agreements"
    verbose_name = "Institutions and agreements"
