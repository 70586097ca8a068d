"""Indexes that let an institution's meeting activity (`with_activity`) be read from indexes alone.

A busy partner has some fifty meetings: its latest meeting day was one lookup in the link table's
rows and one in the meetings' rows per meeting. With (institution, meeting) on the link table and
(id, held_on) on meetings, both are index-only lookups (the one-word search page's 25 busy partners:
the activity's buffer reads 16,275 -> 9,256 with the agreements' indexes of agreements 0010).

The link table is made by Django for `Meeting.institutions`; no model's Meta can index it, so its
index is plain SQL, the same on PostgreSQL and SQLite.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("delegations", "0003_intake_reviewed_marks"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(fields=["id", "held_on"], name="meeting_held_on_by_id_idx"),
        ),
        migrations.RunSQL(
            "CREATE INDEX meeting_institution_meetings_idx "
            "ON delegations_meeting_institutions (institution_id, meeting_id)",
            "DROP INDEX meeting_institution_meetings_idx",
        ),
    ]
