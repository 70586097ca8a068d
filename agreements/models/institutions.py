"""Partner institutions, the names they go by, and the articles that mention them."""

import datetime

from django.apps import apps
from django.db import connections, models, transaction
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from agreements import search
from agreements.models.base import Reviewable, ReviewableQuerySet, TimestampedModel, years_before
from agreements.models.sources import Citation, Source
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


class InstitutionQuerySet(ReviewableQuerySet):
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
        return search.search_names(self, text)

    def with_activity(self, today=None):
        """Annotate latest_activity, agreement/delegation/meeting counts and has_active_agreement."""
        return search.with_activity(self, today)

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

    def meant_by(self, text):
        """The institutions staff mean by `text`: those with it as their name or a variant, spelt
        exactly, or else what the forgiving search finds (its looser matches, "University of Tokyo"
        0.45 alike to "University of Haifa", are for text that names no institution exactly)."""
        exact = self.named(text)
        return exact if exact.exists() else self.search(text).order_by()

    def party_to_agreements_of_kind(self, kind):
        """Institutions party to at least one agreement of `kind` (an AgreementKind value), each once."""
        parties = self.model.agreements.through.objects.filter(agreement__kind=kind)
        return self.filter(pk__in=parties.values("institution_id"))

    def country_codes(self):
        """The codes of the countries institutions are in, in code order (one query; blank left out).

        Raw SQL because the ORM cannot write a recursive query: a loose index scan, which jumps along the
        index on `country` from one code to the next, about fifty lookups (2 ms at full size), where
        SELECT DISTINCT reads every institution (40 ms). The SQL is standard (WITH RECURSIVE, a scalar
        subquery with ORDER BY and LIMIT) and runs on SQLite and PostgreSQL alike. It reads the whole
        table: any filter on this queryset is not applied.
        """
        connection = connections[self.db]
        quote = connection.ops.quote_name
        table, country = quote(self.model._meta.db_table), quote("country")
        next_code = f"SELECT {country} FROM {table} WHERE {country} > %s ORDER BY {country} LIMIT 1"
        sql = f"""
            WITH RECURSIVE codes(code) AS (
                SELECT ({next_code})
                UNION ALL
                SELECT ({next_code.replace("%s", "codes.code")}) FROM codes WHERE codes.code IS NOT NULL
            )
            SELECT code FROM codes WHERE code IS NOT NULL
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [""])  # blank ("not known") sorts first and is left out
            return [code for (code,) in cursor.fetchall()]

    def count_by_country(self):
        """{ISO alpha-2 code: number of institutions}, in one aggregate query; blank countries left out."""
        rows = self.exclude(country="").order_by().values("country").annotate(total=models.Count("pk"))
        return {row["country"]: row["total"] for row in rows}


class Institution(Reviewable, TimestampedModel):
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
    is_public_partner = models.BooleanField(
        "on the public partner page",
        default=False,
        help_text="Listed for anyone at /partners/ while an agreement with it is in force.",
    )
    notes = models.TextField(blank=True)

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
        # The merge module builds on this one (it moves people and parties too), hence the registry.
        InstitutionMerge = apps.get_model("agreements", "InstitutionMerge")
        return [InstitutionMerge.objects.record(self, d, merged_by) for d in duplicates if d.pk != self.pk]


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

    def save(self, *args, **kwargs):
        self.value = " ".join(self.value.split())
        self.normalized = normalize_name(self.value)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.normalized, *self.institution.natural_key())

    natural_key.dependencies = ["agreements.institution"]


class NameWord(models.Model):
    """A word of some institution's canonical name or variant, and how many names contain it.

    The search's dictionary: a misspelt query word is corrected against these words, then the
    names containing the corrections are found (agreements/search.py). The database keeps it in
    step by itself, with triggers on both name tables (migration 0009): every write, whatever its
    path (save, bulk_create, queryset.update, delete, merges, loaddata, the bulk loader's COPY),
    updates it in the same transaction, and a word goes when the last name containing it does.
    """

    word = models.CharField(max_length=300, unique=True)
    names = models.IntegerField(help_text="How many names (canonical names and variants) contain the word.")

    def __str__(self):
        return self.word


class InstitutionCitation(Citation):
    record_field = "institution"
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["institution", "source"], name="institution_citation_once"),
        ]
