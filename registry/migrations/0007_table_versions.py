"""Each records table has a data version of its own, named as the table (up to 63 characters).

The rows and the triggers that bump them are made after every migrate (registry.apps,
registry.common.data_versions.install_triggers), as for the scopes. The triggers are dropped
while the column changes, either way: SQLite rebuilds the table, which the triggers of every
records table name.
"""

from django.db import migrations, models


def drop_triggers(apps, schema_editor):
    from registry.common.data_versions import uninstall_triggers

    uninstall_triggers(schema_editor.connection)


def drop_table_versions(apps, schema_editor):
    """Back to versions of the scopes alone (at most 20 characters): the tables' own go."""
    from registry.common.data_versions import SCOPES

    drop_triggers(apps, schema_editor)
    apps.get_model("registry", "DataVersion").objects.using(schema_editor.connection.alias).exclude(
        scope__in=list(SCOPES)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0006_pages_data_versions"),
    ]

    operations = [
        migrations.RunPython(drop_triggers, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="dataversion",
            name="scope",
            field=models.CharField(max_length=63, primary_key=True, serialize=False),
        ),
        migrations.RunPython(migrations.RunPython.noop, drop_table_versions, elidable=False),
    ]
