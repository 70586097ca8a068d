"""Hooks and fixtures for the whole test suite. Fixtures for one area live in its own test modules."""

import pytest
from django.conf import settings as django_settings

POSTGRESQL_ENGINE = "django.db.backends.postgresql"


def pytest_configure(config):
    """A fast password hasher: the suite makes hundreds of users, and PBKDF2 spends ~0.3 s on each login."""
    django_settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_report_header():
    """Say which database the run uses: CI runs the suite once on SQLite and once on PostgreSQL."""
    database = django_settings.DATABASES["default"]
    return f"database: {database['ENGINE']} (test database from {database['NAME']})"


@pytest.hookimpl(trylast=True)  # after pytest-django has put database tests first, transactional ones next
def pytest_collection_modifyitems(items):
    """Start the long `fuzz` tests first; skip tests marked `postgres` unless the database is PostgreSQL.

    pytest-django puts tests without a database last, so the fuzz tests (a sixth of the suite's CPU
    time, three tests) started when the other worker of `make test` had little left to do, and the
    run waited for them. They touch no database, so running them first changes nothing else.
    (Transactional tests must stay after the others: they empty every table, migrations' rows too.)
    """
    items.sort(key=lambda item: item.get_closest_marker("fuzz") is None)  # stable: the rest keep their order
    if django_settings.DATABASES["default"]["ENGINE"] == POSTGRESQL_ENGINE:
        return
    needs_postgres = pytest.mark.skip(
        reason="needs PostgreSQL: run `make test-pg` (CI's PostgreSQL stage does)"
    )
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(needs_postgres)


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Serve static files from the apps' folders: the manifest storage fails until `collectstatic` has run."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def query_counts_build_pages_whole(monkeypatch):
    """Each test starts with nothing cached, and each count of queries with new data versions.

    Pages, sessions, accounts and roles are kept in the cache under the data versions
    (registry.common.data_versions), so the same request costs fewer queries the second time. A
    query count (django_assert_num_queries, CaptureQueriesContext) measures what the page costs
    built whole, its rows included: every version is bumped when counting starts, so nothing kept
    is found (what the cache keeps for a fixed time, the public page, stays).
    tests/pages/test_cached_pages.py counts the cached requests.
    """
    from django.core.cache import cache
    from django.test.utils import CaptureQueriesContext

    from registry.common.data_versions import TABLE, bump_versions

    cache.clear()
    start_counting = CaptureQueriesContext.__enter__

    def bump_then_count(context):
        try:
            migrated = TABLE in context.connection.introspection.table_names()
        except RuntimeError:  # a test without database access
            migrated = False
        if migrated:
            bump_versions(context.connection.alias)
        return start_counting(context)

    monkeypatch.setattr(CaptureQueriesContext, "__enter__", bump_then_count)


@pytest.fixture
def staff(db):
    """A member of the office's staff: a viewer, with a login to the admin but no right to change anything."""
    from tests.builders import make_account

    return make_account("staff", role="viewer", is_staff=True)


@pytest.fixture
def staff_client(client, staff):
    """The test client, logged in as `staff`."""
    client.force_login(staff)
    return client


@pytest.fixture(autouse=True)
def documents_directory(settings, tmp_path_factory):
    """Agreement documents a test uploads go to a temporary directory, never into the project's media/."""
    path = tmp_path_factory.mktemp("documents")
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": path},
        },
    }
    return path
