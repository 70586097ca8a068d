from django.apps import AppConfig


class DelegationsConfig(AppConfig):
    """Delegations sent and received, and the meetings held."""

    name = "delegations"
    verbose_name = "Delegations and meetings"
