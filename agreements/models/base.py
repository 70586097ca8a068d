"""What the registry's models share: timestamps, review marks, stable uids and date arithmetic."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

#: A record's columns no timeline card shows (`for_timeline` querysets leave them unread): when it
#: was made and last saved, and who reviewed it (a card shows only whether someone did).
NOT_ON_A_CARD = ("created_at", "updated_at", "reviewed_by")


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


class ReviewableQuerySet(models.QuerySet):
    """Records a person has checked, and records as the parser (or a script) wrote them."""

    def reviewed(self):
        return self.filter(reviewed_at__isnull=False)

    def not_reviewed(self):
        return self.filter(reviewed_at__isnull=True)


class Reviewable(models.Model):
    """A record a person has checked ("reviewed by X on D") or not yet ("not reviewed").

    Records loaded from articles without review (load_articles) start not reviewed; accepting an
    article on the intake page, or "Mark reviewed" on a record's page, marks them. The reviewer is
    blank for a record checked before reviewers were recorded, or whose reviewer was deleted.
    """

    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="Who checked it. Blank with a date: not recorded.",
    )
    reviewed_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When a person checked it. Blank: not reviewed."
    )

    class Meta:
        abstract = True

    @property
    def is_reviewed(self):
        return self.reviewed_at is not None

    def mark_reviewed(self, user, now=None):
        """Record that `user` checked this record (its history keeps who and when)."""
        self.reviewed_by, self.reviewed_at = user, now or timezone.now()
        self.save(update_fields=["reviewed_by", "reviewed_at"])


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
