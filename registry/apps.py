from django.apps import AppConfig
from django.apps import apps as installed_apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


def sync_roles_after_migrate(sender, using, apps=installed_apps, **kwargs):
    """Keep the role groups in step after every migrate and flush, as Django keeps permissions.

    The roles' permissions belong to apps listed after this one, so they are made here first.
    """
    from django.contrib.auth.management import create_permissions

    from registry.roles import RECORD_APPS, sync_roles

    try:
        for label in RECORD_APPS:
            create_permissions(installed_apps.get_app_config(label), verbosity=0, using=using, apps=apps)
        sync_roles(apps, using=using)
    except LookupError:  # a migrate that leaves auth or the record apps out (back to zero): nothing to sync
        return


def install_data_version_triggers(sender, using, **kwargs):
    """After every migrate and flush: the data versions' triggers on every table (new ones too), and a
    fresh version of everything, which covers whatever the migration rewrote."""
    from registry.common.data_versions import install_triggers

    install_triggers(using=using)


def install_row_counts_after_migrate(sender, using, **kwargs):
    """After every migrate and flush: the counting triggers of the lists' tables, and each counted
    anew (a migration may have rebuilt or rewritten a table without them)."""
    from registry.common.row_counts import install_row_counts

    install_row_counts(using=using)


class RegistryConfig(AppConfig):
    """What spans the two apps: article extraction, loading, and the site's shared templates."""

    name = "registry"
    verbose_name = "Registry"

    def ready(self):
        post_migrate.connect(sync_roles_after_migrate, sender=self)
        post_migrate.connect(install_data_version_triggers, sender=self)
        post_migrate.connect(install_row_counts_after_migrate, sender=self)
        read_home_institution_with_versions()


def read_home_institution_with_versions():
    """Every page's header asks whether a home institution is set: read with each request's versions."""
    from registry.common.data_versions import read_with_versions
    from registry.pages.context_processors import HOME_INSTITUTION, home_institution_sql

    read_with_versions(HOME_INSTITUTION, home_institution_sql())


class RegistryAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin, with the registry's admin site as the default one."""

    default = False  # named explicitly in INSTALLED_APPS; RegistryConfig stays this module's default
    default_site = "registry.sites.RegistryAdminSite"
