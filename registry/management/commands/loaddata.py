"""Django's loaddata, with one-line errors that name the fixture and record, and no silent duplicates.

Stock loaddata reports a bad fixture with a long, nested message, and when two records of a fixture
carry the same natural key it quietly saves the second over the first. Here each problem is one
line naming the file (and the record, counted from 1), a duplicate natural key is an error, and as
before nothing is kept when anything fails (loaddata runs in one transaction).
"""

import json
import os
import re

from django.core.management import CommandError
from django.core.management.commands import loaddata

MAX_MESSAGE = 400


def one_line(error):
    """The error's message on one line; the underlying error's when Django's wrapper says nothing."""
    text = " ".join(str(error).split())
    # Django prefixes "Problem installing fixture '<path>':" and its JSON reader drops the reason.
    text = re.sub(r"^Problem installing fixtures?( '[^']*')?:\s*", "", text)
    if not text and error.__cause__ is not None:
        text = f"not a valid fixture: {' '.join(str(error.__cause__).split())}"
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def fixture_change_reason(label):
    """The change reason of a fixture's first history entries (the field holds 100 characters)."""
    name = os.path.basename(label)
    return f"loaded from fixture {name if len(name) <= 80 else name[:79] + '…'}"


class Command(loaddata.Command):
    help = loaddata.Command.help + " Problems are reported on one line naming the file and record."

    def handle(self, *fixture_labels, **options):
        self.saved_records = {}
        self.current_label, self.record_number = None, 0
        for label in fixture_labels:
            if os.sep in label and not os.path.exists(label):
                raise CommandError(f"{label}: no such file")
        try:
            return super().handle(*fixture_labels, **options)
        except CommandError as error:
            raise CommandError(one_line(error)) from None
        except Exception as error:  # whatever a bad fixture raises: deserialization, database, value errors
            if self.current_label is None:
                raise CommandError(one_line(error)) from None
            if isinstance(error.__cause__, json.JSONDecodeError):  # the file as a whole is not JSON
                raise CommandError(f"{self.current_label}: {one_line(error)}") from None
            # Raised while reading the record after the last one saved.
            raise CommandError(
                f"{self.current_label}: record {self.record_number + 1}: {one_line(error)}"
            ) from None

    def loaddata(self, fixture_labels):
        """Load, then give each loaded record that keeps history and has none its first entry."""
        super().loaddata(fixture_labels)
        self.start_history()

    def start_history(self):
        """A "created" history entry for each loaded record whose model keeps history and that has none.

        loaddata saves raw, which simple_history does not record: a record corrected later would
        show one "Changed" entry with nothing to compare against, and the values the fixture gave
        would be lost. A backup's own history entries are loaded with it, so its records get none.
        """
        by_model = {}
        for (model, pk), (label, _) in self.saved_records.items():
            if hasattr(model._meta, "simple_history_manager_attribute"):
                by_model.setdefault(model, {})[pk] = label
        for model, labels in by_model.items():
            history = getattr(model, model._meta.simple_history_manager_attribute)
            recorded = set(history.filter(id__in=list(labels)).values_list("id", flat=True))
            records = model._default_manager.filter(pk__in=[pk for pk in labels if pk not in recorded])
            by_label = {}
            for record in records:
                by_label.setdefault(labels[record.pk], []).append(record)
            for label, rows in by_label.items():
                history.bulk_history_create(
                    rows, default_change_reason=fixture_change_reason(label), batch_size=500
                )

    def load_label(self, fixture_label):
        self.current_label, self.record_number = fixture_label, 0
        return super().load_label(fixture_label)

    def save_obj(self, obj):
        self.record_number += 1
        try:
            saved = super().save_obj(obj)
        except Exception as error:
            raise CommandError(
                f"{self.current_label}: record {self.record_number}: {one_line(error)}"
            ) from None
        if saved:
            record = (type(obj.object), obj.object.pk)
            if record in self.saved_records:
                first_label, first_number = self.saved_records[record]
                raise CommandError(
                    f"{self.current_label}: record {self.record_number}: duplicate natural key: the same "
                    f"{obj.object._meta.label} as record {first_number} of {first_label} ({obj.object})"
                )
            self.saved_records[record] = (self.current_label, self.record_number)
        return saved
