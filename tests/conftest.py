"""Hooks and fixtures for the whole test suite. Fixtures for one area live in its own test modules."""
import pytest
from django.conf import settings as django_settings

POSTGRESQL_ENGINE = "django.db.backends.postgresql"


def pytest_report_header():
    """Say which database the run uses: CI runs the suite once on SQLite and once on PostgreSQL."""
    database = django_settings.DATABASES["default"]
    return f"database: {database['ENGINE']} (test database from {database['NAME']})"


def pytest_collection_modifyitems(items):
    """Skip tests marked `postgres` when the database is not PostgreSQL (CI's PostgreSQL stage runs them)."""
    if django_settings.DATABASES["default"]["ENGINE"] == POSTGRESQL_ENGINE:
        return
    needs_postgres = pytest.mark.skip(reason="needs PostgreSQL: run `make test-pg` (CI's PostgreSQL stage does)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(needs_postgres)


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Serve static files from the apps' directories: the manifest storage fails until `collectstatic` has run."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
