"""The counts of the lists' tables, kept by their writes (registry.common.row_counts).

The triggers and the first counts are made after every migrate (registry.apps), as the data
versions' are; migrating back past this one drops them first, or every insert would fail on the
missing table.
"""

from django.db import migrations, models


def drop_triggers(apps, schema_editor):
    from registry.common.row_counts import uninstall_row_counts

    uninstall_row_counts(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0007_table_versions"),
    ]

    operations = [
        migrations.CreateModel(
            name="RowCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("table_name", models.CharField(db_index=True, max_length=63)),
                ("delta", models.BigIntegerField()),
            ],
        ),
        migrations.RunPython(migrations.RunPython.noop, drop_triggers, elidable=False),
    ]
