"""Trigram indexes for forgiving name search on PostgreSQL (typos: "Univeristy of Haifa").

The indexes are PostgreSQL-only: on SQLite this migration does nothing and search falls back to
the application's own fuzzy matching. RunSQL keeps the model state untouched, so
`makemigrations --check` stays clean on both databases.
"""
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = {
    "agreements_institution_normalized_trgm": ("agreements_institution", "normalized_name"),
    "agreements_institutionname_normalized_trgm": ("agreements_institutionname", "normalized"),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index, (table, column) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({column} gin_trgm_ops)")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
