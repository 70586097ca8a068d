from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class RegistryConfig(AppConfig):
    """What spans the two apps: article extraction, loading, and the site's shared templates."""

    name = "registry"
    verbose_name = "Registry"


class RegistryAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin, with the registry's admin site as the default one."""

    default = False  # named explicitly in INSTALLED_APPS; RegistryConfig stays this module's default
    default_site = "registry.admin.RegistryAdminSite"
