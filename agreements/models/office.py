"""What an international office keeps beside the news: the preparation workflow, contacts and
coordinators, agreement documents, exchange places and expiry reminders already sent."""

import datetime
import mimetypes
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.db import models, transaction
from django.db.models import F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.text import slugify

from agreements.models.agreements import Agreement, AgreementKind, AgreementStatus, Party
from agreements.models.institutions import Institution
from agreements.models.people import Person
from registry.common.uploads import sniff, validate_document

# --- Workflow ----------------------------------------------------------------------------------

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


class DocumentStorage(LazyObject):
    """STORAGES["documents"], looked up when first used (as Django's default_storage is)."""

    def _setup(self):
        self._wrapped = storages["documents"]


DOCUMENT_STORAGE = DocumentStorage()


@receiver(setting_changed)
def forget_document_storage(setting, **kwargs):
    """A changed STORAGES setting (tests, override_settings) takes effect, as it does for default_storage."""
    if setting == "STORAGES":
        DOCUMENT_STORAGE._wrapped = empty


def document_storage():
    """Where agreement documents are kept: STORAGES["documents"], never a directory a web server serves."""
    return DOCUMENT_STORAGE


class DocumentKind(models.TextChoices):
    SIGNED_COPY = "signed_copy", "Signed copy"
    DRAFT = "draft", "Draft"
    ANNEX = "annex", "Annex"
    OTHER = "other", "Other"


class AgreementDocument(models.Model):
    """A file kept with an agreement (the signed copy, a draft, an annex), checked by content on upload."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=12, choices=DocumentKind, default=DocumentKind.SIGNED_COPY)
    label = models.CharField(max_length=200, help_text='What it is, e.g. "Annex 2: mobility numbers".')
    dated_on = models.DateField("dated", null=True, blank=True, help_text="The document's own date.")
    file = models.FileField(
        upload_to="agreements/%Y/", storage=document_storage, max_length=255, validators=[validate_document]
    )
    content_type = models.CharField(
        max_length=100, blank=True, editable=False, help_text="Found from the content on upload."
    )
    size = models.PositiveBigIntegerField(default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["kind", "-dated_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=DocumentKind.values), name="document_kind_known"),
        ]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        """Record the type found in the content (the download is served as that type) and the size."""
        if self.file and not getattr(self.file, "_committed", True):
            found = sniff(self.file)
            self.content_type = found.content_type if found else ""
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_download_url(self):
        return reverse("agreements:document-download", args=[self.agreement_id, self.pk])

    @property
    def download_name(self):
        """A safe file name for the download: the label, with the extension of the content's type."""
        extension = mimetypes.guess_extension(self.content_type or "") or PurePosixPath(self.file.name).suffix
        if extension == ".jpe":
            extension = ".jpg"
        return f"{slugify(self.label) or 'document'}{extension}"


# --- Exchange places ----------------------------------------------------------------------------

#: ISCED-F 2013 (UNESCO's fields of education and training): the broad fields and their narrow fields.
ISCED_FIELDS = [
    ("00", "Generic programmes and qualifications"),
    ("001", "Basic programmes and qualifications"),
    ("002", "Literacy and numeracy"),
    ("003", "Personal skills and development"),
    ("01", "Education"),
    ("011", "Education"),
    ("02", "Arts and humanities"),
    ("021", "Arts"),
    ("022", "Humanities (except languages)"),
    ("023", "Languages"),
    ("03", "Social sciences, journalism and information"),
    ("031", "Social and behavioural sciences"),
    ("032", "Journalism and information"),
    ("04", "Business, administration and law"),
    ("041", "Business and administration"),
    ("042", "Law"),
    ("05", "Natural sciences, mathematics and statistics"),
    ("051", "Biological and related sciences"),
    ("052", "Environment"),
    ("053", "Physical sciences"),
    ("054", "Mathematics and statistics"),
    ("06", "Information and Communication Technologies (ICTs)"),
    ("061", "Information and Communication Technologies (ICTs)"),
    ("07", "Engineering, manufacturing and construction"),
    ("071", "Engineering and engineering trades"),
    ("072", "Manufacturing and processing"),
    ("073", "Architecture and construction"),
    ("08", "Agriculture, forestry, fisheries and veterinary"),
    ("081", "Agriculture"),
    ("082", "Forestry"),
    ("083", "Fisheries"),
    ("084", "Veterinary"),
    ("09", "Health and welfare"),
    ("091", "Health"),
    ("092", "Welfare"),
    ("10", "Services"),
    ("101", "Personal services"),
    ("102", "Hygiene and occupational health services"),
    ("103", "Security services"),
    ("104", "Transport services"),
]
#: As form choices: each narrow field grouped under its broad field, the broad field itself selectable.
ISCED_CHOICES = [
    (
        f"{code} {label}",
        [(code, f"{code} {label} (any)")]
        + [
            (narrow, f"{narrow} {narrow_label}")
            for narrow, narrow_label in ISCED_FIELDS
            if len(narrow) == 3 and narrow[:2] == code
        ],
    )
    for code, label in ISCED_FIELDS
    if len(code) == 2
]
ISCED_CODES = [code for code, _label in ISCED_FIELDS]
#: Agreements that can carry exchange places: student exchange, and the cooperation agreements and
#: key partnerships that (like Erasmus+ inter-institutional agreements) also set staff mobility.
EXCHANGE_KINDS = (
    AgreementKind.STUDENT_EXCHANGE,
    AgreementKind.COOPERATION_AGREEMENT,
    AgreementKind.PARTNERSHIP,
)


class ExchangeDirection(models.TextChoices):
    INCOMING = "incoming", "Incoming (to us)"
    OUTGOING = "outgoing", "Outgoing (from us)"


class Mobility(models.TextChoices):
    STUDENTS = "students", "Students"
    STAFF = "staff", "Staff"


class StudyLevel(models.TextChoices):
    ANY = "", "Any level"
    SHORT_CYCLE = "short_cycle", "Short cycle (ISCED 5)"
    BACHELOR = "bachelor", "Bachelor (ISCED 6)"
    MASTER = "master", "Master (ISCED 7)"
    DOCTORAL = "doctoral", "Doctoral (ISCED 8)"


class ExchangePlacesQuerySet(models.QuerySet):
    def totals_by_year(self):
        """{academic year: {"people", "months", "people_used", "months_used"}}, oldest first, one query."""
        rows = (
            self.order_by()
            .values("academic_year")
            .annotate(
                people=Sum("people"),
                months=Sum("months"),
                people_used=Sum("people_used"),
                months_used=Sum("months_used"),
            )
            .order_by("academic_year")
        )
        return {row.pop("academic_year"): row for row in rows}


class ExchangePlaces(models.Model):
    """Places an exchange agreement offers for one academic year, one direction and one kind of mobility,
    and how many were used."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="exchange_places")
    partner = models.ForeignKey(
        Institution,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The partner these places are with. Blank: any partner of the agreement.",
    )
    academic_year = models.PositiveSmallIntegerField(help_text="Its first calendar year: 2025 for 2025/26.")
    direction = models.CharField(max_length=8, choices=ExchangeDirection)
    mobility = models.CharField(max_length=8, choices=Mobility, default=Mobility.STUDENTS)
    study_level = models.CharField(max_length=12, choices=StudyLevel, blank=True, default=StudyLevel.ANY)
    subject_area = models.CharField(
        "subject area (ISCED-F)",
        max_length=3,
        blank=True,
        choices=ISCED_CHOICES,
        help_text="Blank: any subject.",
    )
    people = models.PositiveSmallIntegerField("people offered")
    months = models.DecimalField(
        "months offered", max_digits=6, decimal_places=1, help_text="In all, not each."
    )
    people_used = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Blank: not known yet.")
    months_used = models.DecimalField(max_digits=6, decimal_places=1, null=True, blank=True)

    objects = ExchangePlacesQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "exchange places"
        ordering = ["academic_year", "direction", "mobility", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(direction__in=ExchangeDirection.values), name="places_direction_known"
            ),
            models.CheckConstraint(condition=Q(mobility__in=Mobility.values), name="places_mobility_known"),
            models.CheckConstraint(
                condition=Q(subject_area="") | Q(subject_area__in=ISCED_CODES), name="places_isced_code_known"
            ),
            models.CheckConstraint(
                condition=Q(academic_year__gte=1950, academic_year__lte=2200), name="places_year_plausible"
            ),
            models.CheckConstraint(
                condition=Q(months__gte=0) & (Q(months_used__isnull=True) | Q(months_used__gte=0)),
                name="places_months_not_negative",
            ),
            models.UniqueConstraint(
                fields=[
                    "agreement",
                    "partner",
                    "academic_year",
                    "direction",
                    "mobility",
                    "study_level",
                    "subject_area",
                ],
                condition=Q(partner__isnull=False),
                name="places_once_per_partner_year_and_kind",
            ),
            models.UniqueConstraint(
                fields=["agreement", "academic_year", "direction", "mobility", "study_level", "subject_area"],
                condition=Q(partner__isnull=True),
                name="places_once_per_year_and_kind",
            ),
        ]

    def __str__(self):
        mobility = self.get_mobility_display().lower()
        return f"{self.academic_year_label} {self.get_direction_display()}: {self.people} {mobility}"

    @property
    def academic_year_label(self):
        return f"{self.academic_year}/{(self.academic_year + 1) % 100:02d}"

    def clean(self):
        errors = {}
        if self.agreement_id and self.agreement.kind not in EXCHANGE_KINDS:
            errors["agreement"] = (
                "Exchange places belong to a student-exchange agreement, a cooperation agreement or a key "
                f"partnership, not to a {self.agreement.get_kind_display().lower()}."
            )
        is_party = Party.objects.filter(agreement_id=self.agreement_id, institution_id=self.partner_id)
        if self.partner_id and self.agreement_id and not is_party.exists():
            errors["partner"] = "The partner must be one of the agreement's parties."
        if self.mobility == Mobility.STAFF and self.study_level:
            errors["study_level"] = "A study level is for students; leave it blank for staff."
        if errors:
            raise ValidationError(errors)


# --- Expiry reminders ---------------------------------------------------------------------------


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
