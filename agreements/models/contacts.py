"""Contacts at partner institutions, and each agreement's coordinator per party."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from agreements.models.agreements import Agreement, Party
from agreements.models.institutions import Institution
from agreements.models.people import Person


class ContactRole(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    SIGNATORY = "signatory", "Signatory"
    INCOMING = "incoming", "Contact for incoming mobility"
    OUTGOING = "outgoing", "Contact for outgoing mobility"
    OTHER = "other", "Other"


class ContactQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)


class Contact(models.Model):
    """Someone the office calls at an institution (ours included): what for, and how to reach them."""

    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="contacts")
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
        help_text="The person from the news this contact is, when someone has said so.",
    )
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=12, choices=ContactRole, default=ContactRole.COORDINATOR)
    unit = models.CharField(
        max_length=200, blank=True, help_text="Faculty, department or office. Blank: central."
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    is_current = models.BooleanField("current", default=True, help_text="Untick when they leave the post.")
    notes = models.TextField(blank=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["institution__name", "name", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(role__in=ContactRole.values), name="contact_role_known"),
            models.UniqueConstraint(fields=["institution", "name", "role"], name="contact_once_per_role"),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_role_display().lower()}, {self.institution})"

    @classmethod
    def from_people(cls, people, role=ContactRole.COORDINATOR):
        """Make contacts of `people` (parsed from news), once each: people with no institution are skipped.

        Returns (made, skipped). A person already a contact in that role is not made twice.
        """
        made, skipped = [], []
        for person in people:
            if person.institution_id is None:
                skipped.append(person)
                continue
            contact, created = cls.objects.get_or_create(
                institution_id=person.institution_id,
                name=person.name,
                role=role,
                defaults={"person": person},
            )
            (made if created else skipped).append(contact if created else person)
        return made, skipped


class Coordinator(models.Model):
    """Who coordinates an agreement for one of its parties: one per party, ours included."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="coordinators")
    institution = models.ForeignKey(
        Institution, on_delete=models.PROTECT, related_name="+", editable=False, help_text="The contact's."
    )
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="coordinations")

    class Meta:
        ordering = ["-institution__is_home", "institution__name"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "institution"], name="coordinator_once_per_party"),
        ]

    def __str__(self):
        return f"{self.contact.name} for {self.institution}"

    def save(self, *args, **kwargs):
        self.institution_id = Contact.objects.values_list("institution_id", flat=True).get(pk=self.contact_id)
        super().save(*args, **kwargs)

    def clean(self):
        if not self.contact_id or not self.agreement_id:
            return
        institution_id = Contact.objects.values_list("institution_id", flat=True).get(pk=self.contact_id)
        if not Party.objects.filter(agreement_id=self.agreement_id, institution_id=institution_id).exists():
            raise ValidationError(
                {"contact": "A coordinator must work at one of the agreement's parties."}, code="not_a_party"
            )


# --- Documents ----------------------------------------------------------------------------------
