"""The preparation workflow: where an agreement can go next, and each step taken, with who and when."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from agreements.models.agreements import Agreement, AgreementStatus

#: Where an agreement can go next from each status. "discussed" is the office's "in negotiation"
#: (news reports negotiations with that word); renewed and expired agreements are signed ones, so they
#: can only be terminated. A terminated agreement is final: a new one is prepared instead.
NEXT_STATUSES = {
    AgreementStatus.DRAFT: (
        AgreementStatus.DISCUSSED,
        AgreementStatus.AWAITING_SIGNATURE,
        AgreementStatus.TERMINATED,
    ),
    AgreementStatus.DISCUSSED: (
        AgreementStatus.DRAFT,
        AgreementStatus.AWAITING_SIGNATURE,
        AgreementStatus.TERMINATED,
    ),
    AgreementStatus.AWAITING_SIGNATURE: (
        AgreementStatus.DISCUSSED,
        AgreementStatus.SIGNED,
        AgreementStatus.TERMINATED,
    ),
    AgreementStatus.SIGNED: (AgreementStatus.TERMINATED,),
    AgreementStatus.RENEWED: (AgreementStatus.TERMINATED,),
    AgreementStatus.EXPIRED: (AgreementStatus.TERMINATED,),
    AgreementStatus.TERMINATED: (),
}
#: The workflow's own words for each status (the issue's five states); news statuses map onto them.
WORKFLOW_LABELS = {
    AgreementStatus.DRAFT: "Draft",
    AgreementStatus.DISCUSSED: "In negotiation",
    AgreementStatus.AWAITING_SIGNATURE: "Awaiting signature",
    AgreementStatus.SIGNED: "Signed",
    AgreementStatus.RENEWED: "Signed",
    AgreementStatus.EXPIRED: "Signed",
    AgreementStatus.TERMINATED: "Terminated",
}
#: Agreements the office is still preparing: not signed, not terminated.
PREPARATION_STATUSES = (
    AgreementStatus.DRAFT,
    AgreementStatus.DISCUSSED,
    AgreementStatus.AWAITING_SIGNATURE,
)


def workflow_choices(status):
    """[(status, workflow label)] an agreement in `status` may move to."""
    return [(next_status.value, WORKFLOW_LABELS[next_status]) for next_status in NEXT_STATUSES[status]]


def in_preparation(queryset=None):
    """Agreements being prepared, annotated `state_since` (when they entered their status), oldest first.

    An agreement whose status no one has changed here (it came from the news, or was made in that
    status) has waited since the record was made.
    """
    queryset = Agreement.objects.all() if queryset is None else queryset
    entered = StateChange.objects.filter(agreement=OuterRef("pk"), to_status=OuterRef("status"))
    return (
        queryset.filter(status__in=PREPARATION_STATUSES)
        .annotate(
            state_since=Coalesce(
                Subquery(entered.order_by("-changed_at", "-pk").values("changed_at")[:1]), F("created_at")
            )
        )
        .order_by("state_since", "pk")
    )


def days_waiting(since, now=None):
    """Whole days from `since` (a datetime) to now."""
    return ((now or timezone.now()) - since).days


class StateChangeManager(models.Manager):
    def move(self, agreement, to_status, *, by=None, comment="", signed_on=None):
        """Move `agreement` to `to_status` and record who, when and why; refuse a move the workflow has not.

        Atomic, and read under a row lock: two people moving the same agreement at once cannot both
        start from the status they saw. `signed_on` (a date) is recorded as the signing day when the
        move is to "signed".
        """
        with transaction.atomic(using=self.db):
            current = Agreement.objects.select_for_update().get(pk=agreement.pk)
            allowed = NEXT_STATUSES[AgreementStatus(current.status)]
            if to_status not in allowed:
                raise ValidationError(
                    f"An agreement that is {WORKFLOW_LABELS[AgreementStatus(current.status)].lower()} "
                    f"cannot move to {AgreementStatus(to_status).label.lower()}."
                )
            change = self.create(
                agreement=current,
                from_status=current.status,
                to_status=to_status,
                changed_by=by,
                comment=comment,
            )
            current.status = to_status
            fields = ["status"]
            if to_status == AgreementStatus.SIGNED and signed_on is not None:
                current.signed = signed_on.isoformat()
                fields += ["signed_on", "signed_on_precision"]
            current.save(update_fields=fields)
        agreement.refresh_from_db()
        return change


class StateChange(models.Model):
    """One step of an agreement through the workflow: from which status to which, who, when and why."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="state_changes")
    from_status = models.CharField(max_length=12, choices=AgreementStatus, blank=True)
    to_status = models.CharField(max_length=12, choices=AgreementStatus)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    comment = models.TextField(blank=True)

    objects = StateChangeManager()

    class Meta:
        ordering = ["changed_at", "pk"]
        indexes = [
            models.Index(fields=["agreement", "to_status", "changed_at"], name="state_change_entered_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(to_status__in=AgreementStatus.values), name="state_change_to_status_known"
            ),
        ]

    def __str__(self):
        return f"{self.agreement}: {self.get_from_status_display() or '—'} → {self.get_to_status_display()}"

    @property
    def to_label(self):
        return WORKFLOW_LABELS[AgreementStatus(self.to_status)]


# --- Contacts and coordinators -------------------------------------------------------------------
