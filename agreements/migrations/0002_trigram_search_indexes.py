"""Trigram indexes for forgiving name search on PostgreSQL (typos: "Univeristy of Haifa").

The indexes are PostgreSQL-only: on SQLite this migration does nothing and search falls back to
the application's own fuzzy matching. RunSQL keeps the model state untouched, so
`makemigrations --check` stays clean on both databases. (Django's TrigramExtension operation is
not used: unapplying it queries pg_extension on any database, which breaks on SQLite.) Unapplying
drops the indexes but keeps the extension, which other tables of the database may use.
"""

from django.db import migrations

INDEXES = {
    "agreements_institution_normalized_trgm": ("agreements_institution", "normalized_name"),
    "agreements_institutionname_normalized_trgm": ("agreements_institutionname", "normalized"),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for index, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({column} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
