from django.apps import AppConfig


class RegistryConfig(AppConfig):
    """What spans the two apps: article extraction, loading, and the site's shared templates."""

    name = "registry"
    verbose_name = "Registry"
