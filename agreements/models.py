"""Partner institutions, the names they go by, people, source articles, and agreements."""

import datetime
import json
import uuid

from django.conf import settings
from django.core import serializers
from django.db import connections, models, transaction
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from registry.common.fields import PartialDateProperty, partial_date_constraints, partial_date_fields
from registry.common.names import normalize_name


class InstitutionKind(models.TextChoices):
    UNIVERSITY = "university", "University"
    COMPANY = "company", "Company"
    ALLIANCE = "alliance", "Alliance"
    JOINT_INSTITUTE = "joint_institute", "Joint institute"
    GOVERNMENT = "government", "Government body"
    OTHER = "other", "Other"


class NameKind(models.TextChoices):
    LABEL = "label", "Label (an official name, e.g. in another language)"
    ACRONYM = "acronym", "Acronym"
    ALIAS = "alias", "Alias"
    MISSPELLING = "misspelling", "Misspelling"


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


class SourceManager(models.Manager):
    def get_by_natural_key(self, file_name):
        return self.get(file_name=file_name)


class Source(models.Model):
    """A news article (or other document) that records came from."""

    file_name = models.CharField(
        max_length=255, unique=True, help_text="The article's file name; identifies it."
    )
    title = models.CharField(max_length=500, blank=True)
    published_on, published_on_precision = partial_date_fields("published")
    url = models.URLField(max_length=500, blank=True, help_text="Blank: not known.")
    imported_at = models.DateTimeField(default=timezone.now, editable=False)
    content_sha256 = models.CharField(max_length=64, blank=True, editable=False)  # of the text last loaded

    published = PartialDateProperty("published_on")
    objects = SourceManager()

    class Meta:
        ordering = ["-published_on", "file_name"]
        constraints = partial_date_constraints("published_on", "source")

    def __str__(self):
        return self.title or self.file_name

    def natural_key(self):
        return (self.file_name,)


class CitationManager(models.Manager):
    def get_by_natural_key(self, record_key, file_name):
        record_field = self.model.record_field
        record_model = self.model._meta.get_field(record_field).related_model
        record = record_model._default_manager.get_by_natural_key(record_key)
        return self.get(**{record_field: record, "source__file_name": file_name})


class Citation(models.Model):
    """One record's provenance: the source article and the sentence in it that supports the record."""

    record_field = None  # the concrete citation's foreign key to its record
    source = models.ForeignKey(Source, on_delete=models.CASCADE)
    evidence = models.TextField(blank=True, help_text="The sentence of the article, verbatim.")

    objects = CitationManager()

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.source}: {self.evidence[:80]}"

    def natural_key(self):
        (record_key,) = getattr(self, self.record_field).natural_key()
        return (record_key, self.source.file_name)


class UidManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


def record_uid_field():
    """A stable identity for records with no natural one (agreements, delegations, meetings).

    Fixtures refer to records by it, so a fixture loads into a database that already has rows.
    """
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


class InstitutionQuerySet(models.QuerySet):
    def home(self):
        """The registry's own institution (at most one)."""
        return self.filter(is_home=True)

    def partners(self):
        return self.filter(is_home=False)

    def named(self, name):
        """Institutions whose canonical name or any recorded variant normalises like `name`."""
        key = normalize_name(name)
        # One IN over a UNION of two index lookups. An OR across the join to the names table (with
        # DISTINCT) makes PostgreSQL read both tables whole: 100 ms a lookup at full size, 2 ms this way.
        by_name = Institution.objects.filter(normalized_name=key).order_by().values("pk")
        by_variant = InstitutionName.objects.filter(normalized=key).order_by().values("institution_id")
        return self.filter(pk__in=by_name.union(by_variant))

    def get_by_natural_key(self, normalized_name):
        return self.get(normalized_name=normalized_name)

    def search(self, text):
        """Institutions matching what staff type, best first by `search_rank` (0..1).

        The canonical name, any variant or acronym, the words in any order, or a misspelling:
        trigram similarity on PostgreSQL, RapidFuzz over bounded candidates elsewhere
        (agreements/search.py). An empty query changes nothing.
        """
        from agreements.search import search_names  # it imports these models

        return search_names(self, text)

    def with_activity(self, today=None):
        """Annotate latest_activity, agreement/delegation/meeting counts and has_active_agreement."""
        from agreements.search import with_activity

        return with_activity(self, today)

    def dormant_for(self, years, today=None):
        """Institutions with no agreement signed, delegation or meeting in the `years` years before `today`.

        Never-active institutions (nothing dated at all) count as dormant: a partner with no recorded
        activity is exactly what this question should surface. Activity is dated by the first day of
        its (partial) date, as `latest_activity` is.
        """
        today = today or datetime.date.today()
        queryset = self if "latest_activity" in self.query.annotations else self.with_activity(today)
        cutoff = years_before(today, years)
        return queryset.filter(Q(latest_activity__isnull=True) | Q(latest_activity__lt=cutoff))

    def count_by_country(self):
        """{ISO alpha-2 code: number of institutions}, in one aggregate query; blank countries left out."""
        rows = self.exclude(country="").order_by().values("country").annotate(total=models.Count("pk"))
        return {row["country"]: row["total"] for row in rows}


class Institution(TimestampedModel):
    """A university, company, alliance, joint institute or government body the office deals with."""

    name = models.CharField("canonical name", max_length=300)
    normalized_name = models.CharField(max_length=300, unique=True, editable=False)
    kind = models.CharField(max_length=20, choices=InstitutionKind, default=InstitutionKind.UNIVERSITY)
    country = models.CharField(
        max_length=2,
        blank=True,
        db_index=True,
        help_text="ISO 3166-1 alpha-2 code, e.g. DE. Blank: not known (never guessed).",
    )
    city = models.CharField(max_length=120, blank=True)
    website = models.URLField(max_length=300, blank=True)
    ror = models.CharField(
        "ROR id",
        max_length=40,
        blank=True,
        help_text="e.g. https://ror.org/04xfq0f34. Blank: no confident match.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="units",
        help_text="For a faculty, school or residential college: the university it belongs to.",
    )
    is_home = models.BooleanField(
        "home institution",
        default=False,
        help_text="The registry's own institution. An article's unnamed 'our school' maps to it.",
    )
    notes = models.TextField(blank=True)
    is_verified = models.BooleanField("verified", default=False, help_text="Checked by a person.")

    objects = InstitutionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "country"], name="institution_kind_country_idx"),
            # The list's order (name, then id to break ties): its pages are read off the index, not sorted.
            models.Index(fields=["name", "id"], name="institution_name_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=InstitutionKind.values), name="institution_kind_known"
            ),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=r"^[A-Z][A-Z]$"),
                name="institution_country_iso_alpha2",
            ),
            models.UniqueConstraint(
                fields=["ror"], condition=~Q(ror=""), name="institution_ror_unique_when_set"
            ),
            models.UniqueConstraint(
                fields=["is_home"], condition=Q(is_home=True), name="institution_one_home"
            ),
            models.CheckConstraint(condition=~Q(parent=F("pk")), name="institution_not_own_parent"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("agreements:institution-detail", args=[self.pk])

    def natural_key(self):
        return (self.normalized_name,)

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        self.normalized_name = normalize_name(self.name)
        self.country = self.country.upper()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "normalized_name"}
        super().save(*args, **kwargs)

    @property
    def ror_url(self):
        return self.ror if self.ror.startswith("https://") else ""

    def add_name(self, value, kind=NameKind.ALIAS, *, language="", source=None):
        """Record another spelling of this institution; a spelling it already has is not added twice."""
        value = " ".join((value or "").split())
        key = normalize_name(value)
        if not key or key == self.normalized_name:
            return None
        name, _ = self.names.get_or_create(
            normalized=key, defaults={"value": value, "kind": kind, "language": language, "source": source}
        )
        return name

    @transaction.atomic
    def absorb(self, duplicates, *, merged_by=None):
        """Merge `duplicates` into this institution: move every record that points at them, then delete them.

        Agreements, delegations, meetings, people, names, citations and units move here; each
        duplicate's canonical name and variants become this institution's aliases, and blank fields
        here are filled from the duplicate. Nothing recorded about a duplicate is lost: each merge
        leaves an InstitutionMerge holding what `InstitutionMerge.undo()` needs. Returns them.
        """
        return [self._absorb_one(d, merged_by) for d in duplicates if d.pk != self.pk]

    def _absorb_one(self, duplicate, merged_by):
        from delegations.models import Delegation, Meeting

        moved = {
            "institution": serializers.serialize("json", [duplicate]),
            "names": serializers.serialize("json", duplicate.names.all()),
            "citations": serializers.serialize("json", duplicate.citations.all()),
            "kept_fields": {
                f: getattr(self, f)
                for f in ("country", "city", "website", "ror", "notes", "parent_id", "is_home")
            },
            "parties_moved": [],
            "parties_dropped": [],
            "visits_made": list(Delegation.objects.filter(visitor=duplicate).values_list("pk", flat=True)),
            "visits_hosted": list(Delegation.objects.filter(host=duplicate).values_list("pk", flat=True)),
            "meetings": [],
            "meetings_joined": [],
            "people": list(Person.objects.filter(institution=duplicate).values_list("pk", flat=True)),
            "signatories": list(Signatory.objects.filter(institution=duplicate).values_list("pk", flat=True)),
            "units": list(
                Institution.objects.filter(parent=duplicate).exclude(pk=self.pk).values_list("pk", flat=True)
            ),
            "names_added": [],
            "citations_added": [],
        }
        for party in duplicate.party_set.all():
            if self.party_set.filter(agreement_id=party.agreement_id).exists():
                moved["parties_dropped"].append(party.agreement_id)
                party.delete()
            else:
                moved["parties_moved"].append(party.pk)
                Party.objects.filter(pk=party.pk).update(institution=self)
        Delegation.objects.filter(pk__in=moved["visits_made"]).update(visitor=self)
        Delegation.objects.filter(pk__in=moved["visits_hosted"]).update(host=self)
        for meeting in Meeting.objects.filter(institutions=duplicate):
            moved["meetings"].append(meeting.pk)
            if not meeting.institutions.filter(pk=self.pk).exists():
                moved["meetings_joined"].append(meeting.pk)
            meeting.institutions.remove(duplicate)
            meeting.institutions.add(self)
        Person.objects.filter(pk__in=moved["people"]).update(institution=self)
        Signatory.objects.filter(pk__in=moved["signatories"]).update(institution=self)
        Institution.objects.filter(pk__in=moved["units"]).update(parent=self)
        for citation in duplicate.citations.all():
            added, created = InstitutionCitation.objects.get_or_create(
                institution=self, source=citation.source, defaults={"evidence": citation.evidence}
            )
            if created:
                moved["citations_added"].append(added.pk)
        spellings = [(duplicate.name, NameKind.ALIAS, "", None)]
        spellings += [(n.value, n.kind, n.language, n.source) for n in duplicate.names.all()]
        for value, kind, language, source in spellings:
            if not self.names.filter(normalized=normalize_name(value)).exists():
                added = self.add_name(value, kind, language=language, source=source)
                if added is not None:
                    moved["names_added"].append(added.pk)
        for field in ("country", "city", "website", "ror", "notes"):
            if not getattr(self, field) and getattr(duplicate, field):
                setattr(self, field, getattr(duplicate, field))
                if field == "ror":  # the unique ROR id must leave the duplicate first
                    Institution.objects.filter(pk=duplicate.pk).update(ror="")
        if self.parent_id is None and duplicate.parent_id not in (None, self.pk):
            self.parent_id = duplicate.parent_id
        if duplicate.is_home:
            Institution.objects.filter(pk=duplicate.pk).update(is_home=False)
            self.is_home = True
        duplicate.delete()
        self.save()
        return InstitutionMerge.objects.create(
            kept=self, removed_name=duplicate.name, moved=moved, merged_by=merged_by
        )


class InstitutionMerge(models.Model):
    """A merge of one institution into another, with everything needed to undo it."""

    kept = models.ForeignKey(
        Institution,
        null=True,
        on_delete=models.SET_NULL,
        related_name="merges",
        help_text="Blank: the kept institution was itself merged away or deleted later.",
    )
    removed_name = models.CharField(max_length=300)
    moved = models.JSONField(editable=False, help_text="The removed institution and what moved from it.")
    merged_at = models.DateTimeField(default=timezone.now, editable=False)
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    undone_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-merged_at", "-pk"]

    def __str__(self):
        return f"{self.removed_name} → {self.kept or 'a deleted institution'}"

    @transaction.atomic
    def undo(self):
        """Bring the removed institution back as it was, and move back everything that moved from it.

        Records added since the merge stay with the kept institution.
        """
        from delegations.models import Delegation, Meeting

        if self.undone_at is not None:
            raise ValueError(f"The merge of {self.removed_name} was already undone.")
        kept = self.kept
        if kept is None:
            raise ValueError(
                f"{self.removed_name} was merged into an institution that no longer exists: "
                "undo the later merge first."
            )
        moved = self.moved
        kept.names.filter(pk__in=moved["names_added"]).delete()
        kept.citations.filter(pk__in=moved["citations_added"]).delete()
        for field, value in moved["kept_fields"].items():
            setattr(kept, field, value)
        kept.save()
        for document in ("institution", "names", "citations"):
            for restored in serializers.deserialize("json", moved[document]):
                restored.save()
        removed = Institution.objects.get(pk=json.loads(moved["institution"])[0]["pk"])
        Party.objects.filter(pk__in=moved["parties_moved"], institution=kept).update(institution=removed)
        for agreement in Agreement.objects.filter(pk__in=moved["parties_dropped"]):
            Party.objects.get_or_create(agreement=agreement, institution=removed)
        Delegation.objects.filter(pk__in=moved["visits_made"], visitor=kept).update(visitor=removed)
        Delegation.objects.filter(pk__in=moved["visits_hosted"], host=kept).update(host=removed)
        for meeting in Meeting.objects.filter(pk__in=moved["meetings"]):
            meeting.institutions.add(removed)
            if meeting.pk in moved["meetings_joined"]:
                meeting.institutions.remove(kept)
        Person.objects.filter(pk__in=moved["people"], institution=kept).update(institution=removed)
        Signatory.objects.filter(pk__in=moved["signatories"], institution=kept).update(institution=removed)
        Institution.objects.filter(pk__in=moved["units"], parent=kept).update(parent=removed)
        self.undone_at = timezone.now()
        self.save(update_fields=["undone_at"])
        return removed


class InstitutionNameManager(models.Manager):
    def get_by_natural_key(self, normalized, institution_key):
        return self.get(normalized=normalized, institution__normalized_name=institution_key)


class InstitutionName(models.Model):
    """A spelling of an institution's name seen anywhere: a label, an acronym, an alias or a typo."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="names")
    value = models.CharField(max_length=300)
    normalized = models.CharField(max_length=300, editable=False, db_index=True)
    kind = models.CharField(max_length=12, choices=NameKind, default=NameKind.ALIAS)
    language = models.CharField(
        max_length=10, blank=True, help_text="ISO 639-1 code, e.g. zh. Blank: English or unknown."
    )
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="institution_names",
        help_text="Where this spelling was seen. Blank: entered by hand or from reference data.",
    )

    objects = InstitutionNameManager()

    class Meta:
        ordering = ["institution", "kind", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "normalized"], name="institution_name_once_per_institution"
            ),
            models.CheckConstraint(condition=Q(kind__in=NameKind.values), name="institution_name_kind_known"),
        ]

    def __str__(self):
        return self.value

    def natural_key(self):
        return (self.normalized, *self.institution.natural_key())

    natural_key.dependencies = ["agreements.institution"]

    def save(self, *args, **kwargs):
        self.value = " ".join(self.value.split())
        self.normalized = normalize_name(self.value)
        super().save(*args, **kwargs)


class InstitutionCitation(Citation):
    record_field = "institution"
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["institution", "source"], name="institution_citation_once"),
        ]


class PersonManager(models.Manager):
    def get_by_natural_key(self, name, institution_key):
        return self.get(name=name, institution__normalized_name=institution_key or None)


class Person(models.Model):
    """Someone met, who signed or led: their name, other spellings and current title."""

    name = models.CharField(max_length=200)
    variants = models.JSONField(
        default=list, blank=True, help_text="Other spellings of the name seen in sources."
    )
    institution = models.ForeignKey(
        Institution, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    title = models.CharField(
        max_length=300,
        blank=True,
        help_text="The latest title seen. Titles change: each delegation or signature keeps the title of its day.",
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="people")

    objects = PersonManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(
                fields=["name", "institution"], name="person_name_unique_per_institution"
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.name, self.institution.normalized_name if self.institution_id else "")

    natural_key.dependencies = ["agreements.institution"]


class AgreementKind(models.TextChoices):
    MOU = "mou", "Memorandum of understanding"
    COOPERATION_AGREEMENT = "cooperation_agreement", "Cooperation agreement"
    STUDENT_EXCHANGE = "student_exchange", "Student exchange agreement"
    PARTNERSHIP = "partnership", "Key partnership"
    JOINT_INSTITUTE = "joint_institute", "Joint institute agreement"
    OTHER = "other", "Other"


class AgreementStatus(models.TextChoices):
    DISCUSSED = "discussed", "Discussed"
    SIGNED = "signed", "Signed"
    RENEWED = "renewed", "Renewed"
    EXPIRED = "expired", "Expired"
    TERMINATED = "terminated", "Terminated"


class Lifecycle(models.TextChoices):
    """Where an agreement stands on a given day, worked out from its status and validity dates."""

    DISCUSSED = "discussed", "Discussed"
    ACTIVE = "active", "Active"
    EXPIRING_SOON = "expiring_soon", "Expiring soon"
    EXPIRED = "expired", "Expired"
    TERMINATED = "terminated", "Terminated"


#: An agreement whose end date is this close is "expiring soon" (the home page and filters use it).
EXPIRING_SOON_DAYS = 90
#: A renewal chain is followed at most this many steps each way (a guard against a cycle of `renews` links).
RENEWAL_CHAIN_MAX_STEPS = 50


def years_before(day, years):
    """The same calendar day `years` years before `day` (28 February for a 29 February that year lacks)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def renewal_steps(database, agreement_id):
    """{agreement id: steps from `agreement_id`} along `renews` links, backwards (negative) and forwards.

    The two recursive walks stop after RENEWAL_CHAIN_MAX_STEPS steps, so a cycle of links (which only a
    hand edit can make) still ends; an agreement reached both ways keeps its nearest step.
    """
    connection = connections[database]
    quote = connection.ops.quote_name
    table, renews, pk = quote(Agreement._meta.db_table), quote("renews_id"), quote("id")
    sql = f"""
        WITH RECURSIVE
        earlier(agreement_id, renews_id, step) AS (
            SELECT {pk}, {renews}, 0 FROM {table} WHERE {pk} = %s
            UNION
            SELECT a.{pk}, a.{renews}, earlier.step - 1 FROM {table} a
            JOIN earlier ON a.{pk} = earlier.renews_id WHERE earlier.step > %s
        ),
        later(agreement_id, step) AS (
            SELECT {pk}, 0 FROM {table} WHERE {pk} = %s
            UNION
            SELECT a.{pk}, later.step + 1 FROM {table} a
            JOIN later ON a.{renews} = later.agreement_id WHERE later.step < %s
        )
        SELECT agreement_id, step FROM earlier UNION SELECT agreement_id, step FROM later
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [agreement_id, -RENEWAL_CHAIN_MAX_STEPS, agreement_id, RENEWAL_CHAIN_MAX_STEPS])
        rows = cursor.fetchall()
    steps = {}
    for found_id, step in sorted(rows, key=lambda row: (abs(row[1]), row[1])):  # nearest, then earlier
        steps.setdefault(found_id, step)
    return steps


class AgreementQuerySet(models.QuerySet):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)

    def involving(self, institution):
        """Agreements that `institution` is a party to."""
        return self.filter(parties=institution)

    def involving_any(self, institutions):
        """Agreements that any of `institutions` (a queryset of their ids) is a party to, each once."""
        return self.filter(pk__in=Party.objects.filter(institution__in=institutions).values("agreement_id"))

    def signed_between(self, first_year=None, last_year=None):
        """Agreements signed in the given years (inclusive); either bound may be None."""
        queryset = self
        if first_year is not None:
            queryset = queryset.filter(signed_on__year__gte=first_year)
        if last_year is not None:
            queryset = queryset.filter(signed_on__year__lte=last_year)
        return queryset

    def in_force_on(self, day):
        """Signed or renewed agreements that had begun by `day` and had not ended by it.

        An agreement reported signed with no date counts as begun: news reports signings after the
        fact, and staff asking "active today?" mean it. One that renews itself never ends.
        """
        started = Q(valid_from__lte=day) | Q(valid_from__isnull=True) & (
            Q(signed_on__lte=day) | Q(signed_on__isnull=True)
        )
        not_ended = Q(valid_until__isnull=True) | Q(valid_until__gte=day) | Q(auto_renews=True)
        return self.filter(started, not_ended, status__in=[AgreementStatus.SIGNED, AgreementStatus.RENEWED])

    def with_lifecycle(self, today=None):
        """Annotate `lifecycle` (a Lifecycle value) as of `today`, computed in the database."""
        today = today or datetime.date.today()
        soon = today + datetime.timedelta(days=EXPIRING_SOON_DAYS)
        return self.annotate(
            lifecycle=models.Case(
                models.When(status=AgreementStatus.TERMINATED, then=models.Value(Lifecycle.TERMINATED)),
                models.When(status=AgreementStatus.DISCUSSED, then=models.Value(Lifecycle.DISCUSSED)),
                models.When(
                    Q(status=AgreementStatus.EXPIRED) | Q(valid_until__lt=today, auto_renews=False),
                    then=models.Value(Lifecycle.EXPIRED),
                ),
                models.When(
                    valid_until__lte=soon, auto_renews=False, then=models.Value(Lifecycle.EXPIRING_SOON)
                ),
                default=models.Value(Lifecycle.ACTIVE),
                output_field=models.CharField(),
            )
        )

    def in_lifecycle(self, *stages, today=None):
        """Agreements in any of the given Lifecycle stages as of `today`."""
        today = today or datetime.date.today()
        queryset = self.with_lifecycle(today).filter(lifecycle__in=stages)
        if set(stages) == {Lifecycle.EXPIRING_SOON}:
            # What that stage implies, said so that the index on valid_until finds the few rows: a
            # filter on the CASE expression alone makes the database compute it for every agreement.
            soon = today + datetime.timedelta(days=EXPIRING_SOON_DAYS)
            queryset = queryset.filter(valid_until__gte=today, valid_until__lte=soon, auto_renews=False)
        return queryset

    def expiring_within(self, days, today=None):
        """In-force agreements whose end date falls in the next `days` days and that do not renew themselves."""
        today = today or datetime.date.today()
        return self.in_force_on(today).filter(
            valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=days), auto_renews=False
        )

    def renewals(self):
        return self.filter(Q(renews__isnull=False) | Q(status=AgreementStatus.RENEWED))

    def ending_on_or_after(self, day):
        """Signed or renewed agreements with a known end on or after `day` that do not renew themselves."""
        in_force = [AgreementStatus.SIGNED, AgreementStatus.RENEWED]
        return self.filter(valid_until__gte=day, auto_renews=False, status__in=in_force)

    def count_by_lifecycle(self, today=None):
        """{Lifecycle: number of agreements} as of `today`, every stage present (0 if none), in one query."""
        rows = self.with_lifecycle(today).order_by().values("lifecycle").annotate(total=models.Count("pk"))
        counts = dict.fromkeys(Lifecycle, 0)
        counts.update({Lifecycle(row["lifecycle"]): row["total"] for row in rows})
        return counts

    def count_by_signing_year(self):
        """{year: number of agreements signed that year}, oldest first; undated agreements left out."""
        rows = (
            self.exclude(signed_on__isnull=True)
            .order_by()
            .values(year=ExtractYear("signed_on"))
            .annotate(total=models.Count("pk"))
            .order_by("year")
        )
        return {row["year"]: row["total"] for row in rows}

    def count_by_kind(self):
        """{AgreementKind: number of agreements}, every kind present (0 when none), in one query."""
        rows = self.order_by().values("kind").annotate(total=models.Count("pk"))
        counts = dict.fromkeys(AgreementKind, 0)
        counts.update({AgreementKind(row["kind"]): row["total"] for row in rows})
        return counts

    def count_by_partner_country(self):
        """{ISO alpha-2 code: number of agreements with a partner there}, in one aggregate query.

        Partners are the parties other than the home institution; an agreement with partners in two
        countries counts once in each. Partners whose country is not known are left out.
        """
        rows = (
            Party.objects.filter(agreement__in=self.values("pk"), institution__is_home=False)
            .exclude(institution__country="")
            .order_by()
            .values("institution__country")
            .annotate(total=models.Count("agreement", distinct=True))
        )
        return {row["institution__country"]: row["total"] for row in rows}

    def in_renewal_chain_of(self, agreement):
        """`agreement` with every agreement it renews and every one renewing it, however many steps away.

        Annotated with `chain_step` (-1: the agreement it renews, -2: what that one renews, ..., 0: itself,
        1: its renewals, ...) and ordered by it, so oldest first. Two agreements renewing the same one
        share a step. The chain is found in one query whatever its length: a recursive common table
        expression, which the ORM cannot write; the SQL is standard and runs on SQLite and PostgreSQL.
        """
        steps = renewal_steps(self.db, agreement.pk)
        return (
            self.filter(pk__in=steps)
            .annotate(
                chain_step=models.Case(
                    *(models.When(pk=pk, then=models.Value(step)) for pk, step in steps.items()),
                    output_field=models.IntegerField(),
                )
            )
            .order_by("chain_step", "signed_on", "pk")
        )


class Agreement(TimestampedModel):
    """An MOU, cooperation, exchange or partnership agreement between any number of parties."""

    uid = record_uid_field()
    title = models.CharField(max_length=300, blank=True, help_text="As the source names it. Blank: untitled.")
    kind = models.CharField(max_length=24, choices=AgreementKind, default=AgreementKind.MOU)
    status = models.CharField(
        max_length=12, choices=AgreementStatus, default=AgreementStatus.SIGNED, db_index=True
    )
    parties = models.ManyToManyField(Institution, through="Party", related_name="agreements")
    signed_on, signed_on_precision = partial_date_fields("signed")
    valid_from = models.DateField(null=True, blank=True)
    valid_until = models.DateField(
        null=True, blank=True, db_index=True, help_text="Blank: not known or open-ended."
    )
    is_open_ended = models.BooleanField("open-ended", default=False, help_text="Runs until a party ends it.")
    auto_renews = models.BooleanField("renews automatically", default=False)
    renewal_period_years = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="For an automatically renewing agreement: every how many years."
    )
    renews = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="renewed_by",
        help_text="The earlier agreement this one renews.",
    )
    document = models.FileField(upload_to="agreements/%Y/", blank=True)
    notes = models.TextField(blank=True)
    is_verified = models.BooleanField("verified", default=False, help_text="Checked by a person.")
    sources = models.ManyToManyField(
        Source, through="AgreementCitation", related_name="agreements", blank=True
    )

    signed = PartialDateProperty("signed_on")
    objects = AgreementQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-signed_on", "title", "pk"]
        indexes = [models.Index(fields=["valid_from", "valid_until"], name="agreement_validity_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=AgreementKind.values), name="agreement_kind_known"),
            models.CheckConstraint(
                condition=Q(status__in=AgreementStatus.values), name="agreement_status_known"
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_until__gte=F("valid_from")),
                name="agreement_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=~Q(is_open_ended=True, valid_until__isnull=False),
                name="agreement_open_ended_has_no_end",
            ),
            models.CheckConstraint(
                condition=Q(renewal_period_years__isnull=True)
                | Q(auto_renews=True, renewal_period_years__gte=1),
                name="agreement_renewal_period_only_when_auto_renewing",
            ),
            models.CheckConstraint(condition=~Q(renews=F("pk")), name="agreement_does_not_renew_itself"),
            *partial_date_constraints("signed_on", "agreement"),
        ]

    def __str__(self):
        if self.title:
            return self.title
        return f"{self.get_kind_display()} ({self.signed or 'undated'})"

    def get_absolute_url(self):
        return reverse("agreements:agreement-detail", args=[self.pk])

    def natural_key(self):
        return (str(self.uid),)

    def lifecycle_on(self, today=None):
        """This agreement's Lifecycle stage as of `today`: the rule of AgreementQuerySet.with_lifecycle."""
        today = today or datetime.date.today()
        if self.status in (AgreementStatus.TERMINATED, AgreementStatus.DISCUSSED):
            return Lifecycle(self.status)
        ends = None if self.auto_renews else self.valid_until
        if self.status == AgreementStatus.EXPIRED or (ends and ends < today):
            return Lifecycle.EXPIRED
        if ends and ends <= today + datetime.timedelta(days=EXPIRING_SOON_DAYS):
            return Lifecycle.EXPIRING_SOON
        return Lifecycle.ACTIVE

    def renewal_chain(self):
        """Every agreement this one renews (oldest first), itself, then every agreement renewing it."""
        earlier, agreement = [], self.renews
        while agreement is not None and agreement not in earlier:
            earlier.insert(0, agreement)
            agreement = agreement.renews
        later, agreement = [], self.renewed_by.order_by("signed_on", "pk").first()
        while agreement is not None and agreement not in later:
            later.append(agreement)
            agreement = agreement.renewed_by.order_by("signed_on", "pk").first()
        return [*earlier, self, *later]


class PartyManager(models.Manager):
    def get_by_natural_key(self, agreement_uid, institution_key):
        return self.get(agreement__uid=agreement_uid, institution__normalized_name=institution_key)


class Party(models.Model):
    """An institution's place in an agreement."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE)
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT)

    objects = PartyManager()

    class Meta:
        verbose_name_plural = "parties"
        constraints = [
            models.UniqueConstraint(fields=["agreement", "institution"], name="party_once_per_agreement")
        ]

    def __str__(self):
        return f"{self.institution} in {self.agreement}"

    def natural_key(self):
        return (*self.agreement.natural_key(), *self.institution.natural_key())

    natural_key.dependencies = ["agreements.agreement", "agreements.institution"]


class SignatoryManager(models.Manager):
    def get_by_natural_key(self, agreement_uid, person_name, person_institution_key):
        person = Person.objects.get_by_natural_key(person_name, person_institution_key)
        return self.get(agreement__uid=agreement_uid, person=person)


class Signatory(models.Model):
    """Who signed an agreement, for which institution, with the title they held that day."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="signatories")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="signatures")
    institution = models.ForeignKey(Institution, null=True, blank=True, on_delete=models.SET_NULL)
    title = models.CharField(max_length=300, blank=True, help_text="The title the person held when signing.")

    objects = SignatoryManager()

    class Meta:
        verbose_name_plural = "signatories"
        constraints = [
            models.UniqueConstraint(fields=["agreement", "person"], name="signatory_once_per_agreement")
        ]

    def __str__(self):
        return f"{self.person} ({self.title})" if self.title else str(self.person)

    def natural_key(self):
        return (*self.agreement.natural_key(), *self.person.natural_key())

    natural_key.dependencies = ["agreements.agreement", "agreements.person"]


class AgreementCitation(Citation):
    record_field = "agreement"
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agreement", "source"], name="agreement_citation_once"),
        ]
