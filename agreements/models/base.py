"""What the registry's models share: timestamps, stable uids and date arithmetic."""

import uuid

from django.db import models
from django.utils import timezone


class TimestampedModel(models.Model):
    """Records when a row was made and last saved.

    Plain defaults rather than auto_now: `loaddata` saves rows raw, so a fixture without
    timestamps (ours leave them out, to stay the same from one build to the next) still loads.
    """

    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "updated_at"}
        super().save(*args, **kwargs)


class UidManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


def record_uid_field():
    """A stable identity for records with no natural one (agreements, delegations, meetings).

    Fixtures refer to records by it, so a fixture loads into a database that already has rows.
    """
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


def years_before(day, years):
    """The same calendar day `years` years before `day` (28 February for a 29 February that year lacks)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
