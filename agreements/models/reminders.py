"""Expiry reminders already sent, so that each goes once per agreement, threshold and end date."""

import datetime

from django.db import models
from django.utils import timezone

from agreements.models.agreements import Agreement
from agreements.models.contacts import Coordinator
from agreements.models.institutions import Institution


class ExpiryReminderQuerySet(models.QuerySet):
    def due(self, thresholds, today=None):
        """[(agreement, threshold)] of reminders to send today: for each in-force agreement ending within the
        largest threshold, the smallest threshold it has crossed, unless that one was sent for this end date.

        An agreement first seen 25 days before its end, with thresholds 180, 90 and 30, gets the 30-day
        reminder only (not three at once). A changed end date (an extension) arms the reminders again.
        """
        today = today or datetime.date.today()
        thresholds = sorted(set(thresholds))
        agreements = (
            Agreement.objects.expiring_within(max(thresholds), today=today)
            .prefetch_related(
                models.Prefetch("parties", queryset=Institution.objects.order_by("name")),
                models.Prefetch(
                    "coordinators",
                    queryset=Coordinator.objects.select_related("contact", "institution"),
                ),
            )
            .order_by("valid_until", "pk")
        )
        sent = set(
            self.filter(agreement__in=agreements).values_list("agreement_id", "threshold_days", "valid_until")
        )
        due = []
        for agreement in agreements:
            left = (agreement.valid_until - today).days
            threshold = next(days for days in thresholds if left <= days)
            if (agreement.pk, threshold, agreement.valid_until) not in sent:
                due.append((agreement, threshold))
        return due


class ExpiryReminder(models.Model):
    """A reminder sent: for which agreement, which threshold, which end date, to whom and when."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="expiry_reminders")
    threshold_days = models.PositiveSmallIntegerField()
    valid_until = models.DateField(help_text="The end date the reminder was about.")
    recipients = models.TextField(help_text="The addresses it went to, one a line.")
    sent_at = models.DateTimeField(default=timezone.now)

    objects = ExpiryReminderQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "threshold_days", "valid_until"], name="expiry_reminder_once"
            ),
        ]

    def __str__(self):
        return f"{self.agreement}: {self.threshold_days} days before {self.valid_until:%d %b %Y}"


def coordinator_emails(agreement):
    """The e-mail addresses of `agreement`'s current coordinators (prefetched `coordinators`), ours first."""
    return [
        coordinator.contact.email
        for coordinator in agreement.coordinators.all()
        if coordinator.contact.is_current and coordinator.contact.email
    ]
