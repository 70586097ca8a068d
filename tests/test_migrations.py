"""Migrations match the models and run both ways, on whichever database this run uses."""

from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

# Migrating changes the schema, which SQLite refuses inside the transaction a plain `db` test runs in.
pytestmark = pytest.mark.django_db(transaction=True)


def our_migrated_apps():
    """Labels of the project's own apps that have migrations (not Django's or third parties')."""
    ours = {app.label for app in apps.get_app_configs() if Path(app.path).is_relative_to(settings.BASE_DIR)}
    return sorted(ours & MigrationLoader(connection).migrated_apps)


def test_migrations_are_up_to_date():
    output = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=output)
    except SystemExit:
        pytest.fail(
            f"The models have changes that no migration records; run makemigrations:\n{output.getvalue()}"
        )


def test_migrations_run_back_to_zero_and_forward_again():
    labels = our_migrated_apps()
    assert {"agreements", "delegations"} <= set(labels)
    try:
        for label in labels:
            call_command("migrate", label, "zero", verbosity=0)
        assert "agreements_institution" not in connection.introspection.table_names()
    finally:
        # Forward again even after a failure, so that the tests after this one have their tables.
        call_command("migrate", verbosity=0)

    assert {"agreements_institution", "delegations_delegation"} <= set(connection.introspection.table_names())


@pytest.mark.postgres
def test_name_search_has_trigram_indexes_on_postgresql():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%%gin_trgm_ops%%'")
        indexes = {name for (name,) in cursor.fetchall()}
    # The search corrects words against the dictionary of name words (NameWord), by trigrams.
    assert indexes == {"agreements_nameword_word_trgm"}
