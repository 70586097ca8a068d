"""The data versions' table (registry.common.data_versions).

Its triggers are installed after every migrate (registry.apps), since later migrations add tables
and SQLite's table rebuilds drop them; migrating back past this one drops them first, or every
write would fail on the missing table.
"""

from django.db import migrations, models


def drop_triggers(apps, schema_editor):
    from registry.common.data_versions import uninstall_triggers

    uninstall_triggers(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0005_intake_proposals"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("scope", models.CharField(max_length=20, primary_key=True, serialize=False)),
                ("version", models.BigIntegerField()),
            ],
        ),
        migrations.RunPython(migrations.RunPython.noop, drop_triggers, elidable=False),
    ]
