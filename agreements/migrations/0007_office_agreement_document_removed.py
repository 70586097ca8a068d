"""Agreement.document is gone: 0006_office_agreements moved each file into the documents table.

A migration of its own: on PostgreSQL, altering the agreement table in the transaction that has just
inserted rows referring to it fails ("pending trigger events").
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("agreements", "0006_office_agreements")]

    operations = [
        migrations.RemoveField(model_name="agreement", name="document"),
        migrations.RemoveField(model_name="historicalagreement", name="document"),
    ]
