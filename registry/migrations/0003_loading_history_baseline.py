"""A first history entry for every record that keeps history and has none, so a correction shows what changed.

Records loaded from a fixture (the seed, `make run`) were saved raw, which the change history does
not record: a record corrected later showed one "Changed" entry with an empty changes column. From
now on `loaddata` and the loader give each new record its first entry; this gives one to the
records already there, dated when the record was made, with the values it has now.
"""

from django.db import migrations

RECORDS = [
    ("agreements", "Institution"),
    ("agreements", "Agreement"),
    ("delegations", "Delegation"),
    ("delegations", "Meeting"),
]
#: registry.templatetags.change_history names the actor of these entries from this reason.
REASON = "as found when the change history began"
BATCH = 1000
HISTORY_FIELDS = {"history_id", "history_date", "history_change_reason", "history_type", "history_user_id"}


def start_history(apps, schema_editor):
    for app_label, name in RECORDS:
        model = apps.get_model(app_label, name)
        history = apps.get_model(app_label, f"Historical{name}")
        copied = [f.attname for f in history._meta.fields if f.attname not in HISTORY_FIELDS]
        without = model._base_manager.exclude(pk__in=history._base_manager.values("id"))
        entries = []
        for record in without.iterator(chunk_size=BATCH):
            entries.append(
                history(
                    **{field: getattr(record, field) for field in copied},
                    history_date=record.created_at,
                    history_type="+",
                    history_change_reason=REASON,
                )
            )
            if len(entries) == BATCH:  # a national registry has hundreds of thousands: keep memory flat
                history._base_manager.bulk_create(entries)
                entries = []
        history._base_manager.bulk_create(entries)


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0002_calendar_feed"),
        ("agreements", "0003_change_history_and_undoable_merges"),
        ("delegations", "0002_change_history"),
    ]

    operations = [migrations.RunPython(start_history, migrations.RunPython.noop)]
