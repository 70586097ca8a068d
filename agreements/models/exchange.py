"""Exchange places per academic year, direction and mobility, with ISCED-F 2013 subject areas."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Sum

from agreements.models.agreements import Agreement, AgreementKind, Party
from agreements.models.institutions import Institution

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
