"""Agreements, their parties and signatories, and where an agreement stands on a given day."""

import datetime

from django.db import connections, models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from simple_history.models import HistoricalRecords

from agreements.models.base import (
    NOT_ON_A_CARD,
    Reviewable,
    ReviewableQuerySet,
    TimestampedModel,
    record_uid_field,
)
from agreements.models.choices import DRAFTING_STATUSES, AgreementKind, AgreementStatus, Lifecycle
from agreements.models.institutions import Institution
from agreements.models.people import Person
from agreements.models.sources import Citation, Source, citations_prefetch
from agreements.models.validity import (
    CONCLUDED,
    assumed_end,
    assumed_end_between,
    end_expression,
    no_recorded_end,
    unknown_validity,
)
from registry.common.fields import PartialDateProperty, partial_date_constraints, partial_date_fields
from registry.common.prefetched_rows import columns_not_shown
from registry.common.row_versions import Shown, row_versions

#: An agreement whose end date is this close is "expiring soon" (the home page and filters use it).
EXPIRING_SOON_DAYS = 90
#: A renewal chain is followed at most this many steps each way (a guard against a cycle of `renews` links).
RENEWAL_CHAIN_MAX_STEPS = 50


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


#: The columns an agreement's name is written from (`Agreement.__str__`): a card links the agreement
#: it renews and those renewing it by their names and addresses (their ids) alone.
NAME_SHOWN = ("title", "kind", "signed_on", "signed_on_precision")


class AgreementQuerySet(ReviewableQuerySet):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)

    def involving(self, institution):
        """Agreements that `institution` is a party to."""
        return self.filter(parties=institution)

    def for_timeline(self, evidence=True):
        """With what a timeline card shows (agreements.rows.agreement_card), fetched up front as plain
        lists: `card_parties`, `card_renewals`, `card_signatories` and, unless `evidence=False`,
        `card_citations` with their sources.

        Lists, not the related managers' caches: Django gives each record a filtered queryset per
        prefetched relation to hold its rows, and building those was a twelfth of the CPU of an
        institution page with 50 cards (cProfile). The parties are read with their names alone: a card
        links each by its name and address (its id), and the other columns were fetched and parsed
        for nothing (the institution page's query-count test fails if a card reads one). So are the
        agreement it renews and those renewing it (NAME_SHOWN: what names an agreement), and the
        agreement itself without its notes and timestamps (NOT_ON_A_CARD).
        """
        renewals = Agreement.objects.only("renews", *NAME_SHOWN).order_by("signed_on", "pk")
        renews = columns_not_shown(Agreement, "renews", NAME_SHOWN)
        return (
            self.select_related("renews")
            .defer(*NOT_ON_A_CARD, "notes", *renews)
            .prefetch_related(
                models.Prefetch(
                    "parties",
                    queryset=Institution.objects.only("name").order_by("name"),
                    to_attr="card_parties",
                ),
                models.Prefetch("renewed_by", queryset=renewals, to_attr="card_renewals"),
                models.Prefetch(
                    "signatories",
                    queryset=Signatory.objects.select_related("person").order_by("pk"),
                    to_attr="card_signatories",
                ),
                *(
                    [citations_prefetch(self.model, to_attr="card_citations", as_shown=True)]
                    if evidence
                    else []
                ),
            )
        )

    def card_rows_shown(self):
        """Beside each agreement's own row, the rows its timeline card shows (`for_timeline`): the
        agreement it renews, those renewing it, its parties' names, its signatories and its citations
        with their sources (registry.common.row_versions)."""
        return [
            Shown(Agreement, "id", record_column="renews_id"),
            Shown(Agreement, "renews_id"),
            Shown(Party, "agreement_id", then=Institution, then_column="institution_id"),
            Shown(Signatory, "agreement_id", then=Person, then_column="person_id"),
            Shown(AgreementCitation, "agreement_id", then=Source, then_column="source_id"),
        ]

    def list_rows_shown(self):
        """Beside each agreement's own row, the rows its row of the agreement list shows
        (agreements.rows.agreement_row): its parties with their names (registry.common.row_versions)."""
        return [Shown(Party, "agreement_id", then=Institution, then_column="institution_id")]

    def api_rows_shown(self):
        """Beside each agreement's own row, the rows the API's list shows of it (registry.api.
        serializers.AgreementSerializer): its parties (names and countries), the agreements renewing
        it, its citations with their sources (registry.common.row_versions)."""
        return [
            Shown(Party, "agreement_id", then=Institution, then_column="institution_id"),
            Shown(Agreement, "renews_id"),
            Shown(AgreementCitation, "agreement_id", then=Source, then_column="source_id"),
        ]

    def card_row_versions(self, pks):
        """{pk: digest of the rows the card of agreement `pk` shows}: None where rows keep no versions."""
        return row_versions(self.db, self.model, pks, self.card_rows_shown())

    def with_party_in(self, country):
        """Agreements with a party in `country` (an ISO alpha-2 code), each once."""
        return self.filter(pk__in=Party.objects.filter(institution__country=country).values("agreement_id"))

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
        fact, and staff asking "active today?" mean it. One that renews itself, or is open-ended,
        never ends; one with no end date recorded runs its kind's assumed term (agreements/models/
        validity.py), and one whose end can be neither read nor assumed is not counted.
        """
        started = Q(valid_from__lte=day) | Q(valid_from__isnull=True) & (
            Q(signed_on__lte=day) | Q(signed_on__isnull=True)
        )
        not_ended = (
            Q(valid_until__gte=day)
            | Q(auto_renews=True)
            | Q(is_open_ended=True, valid_until__isnull=True)
            | assumed_end_between(first=day)
        )
        return self.filter(started, not_ended, status__in=CONCLUDED)

    def with_end(self):
        """Annotate `ends_on` (the recorded end, or else the assumed one; None when neither) and
        `end_is_assumed`."""
        return self.annotate(
            ends_on=end_expression(),
            end_is_assumed=models.ExpressionWrapper(
                Q(valid_until__isnull=True), output_field=models.BooleanField()
            ),
        )

    def validity_unknown(self):
        """Concluded agreements with no end recorded and none assumable (no term for the kind, or no date)."""
        return self.filter(unknown_validity())

    def with_validity(self, known):
        """Agreements whose end is "recorded" (or open-ended, or self-renewing), "assumed" or "unknown"."""
        if known == "unknown":
            return self.validity_unknown()
        if known == "assumed":
            return self.filter(no_recorded_end()).exclude(unknown_validity())
        return self.exclude(no_recorded_end())

    def count_in_force_on(self, day):
        """{"recorded": n, "assumed": n} in force on `day`, split by whether the end is assumed; one query."""
        in_force = self.in_force_on(day)
        return in_force.aggregate(
            recorded=models.Count("pk", filter=~no_recorded_end()),
            assumed=models.Count("pk", filter=no_recorded_end()),
        )

    def with_lifecycle(self, today=None):
        """Annotate `lifecycle` (a Lifecycle value) as of `today`, computed in the database."""
        today = today or datetime.date.today()
        soon = today + datetime.timedelta(days=EXPIRING_SOON_DAYS)
        return self.annotate(
            lifecycle=models.Case(
                models.When(status=AgreementStatus.TERMINATED, then=models.Value(Lifecycle.TERMINATED)),
                models.When(status=AgreementStatus.DISCUSSED, then=models.Value(Lifecycle.DISCUSSED)),
                models.When(status__in=DRAFTING_STATUSES, then=models.Value(Lifecycle.IN_PREPARATION)),
                models.When(
                    Q(status=AgreementStatus.EXPIRED) | Q(valid_until__lt=today, auto_renews=False),
                    then=models.Value(Lifecycle.EXPIRED),
                ),
                models.When(
                    valid_until__lte=soon, auto_renews=False, then=models.Value(Lifecycle.EXPIRING_SOON)
                ),
                models.When(no_recorded_end(), then=models.Value(Lifecycle.NO_END_DATE)),
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
        """In-force agreements ending in the next `days` days that do not renew themselves.

        The end is the recorded one or, with none recorded, the assumed one (`with_end` annotates
        which: order by `ends_on`).
        """
        today = today or datetime.date.today()
        last = today + datetime.timedelta(days=days)
        recorded = Q(valid_until__gte=today, valid_until__lte=last, auto_renews=False)
        return self.in_force_on(today).filter(recorded | assumed_end_between(today, last)).with_end()

    def renewals(self):
        return self.filter(Q(renews__isnull=False) | Q(status=AgreementStatus.RENEWED))

    def ending_on_or_after(self, day):
        """Signed or renewed agreements ending on or after `day` (recorded or assumed end), not self-renewing.

        Annotated by `with_end`: `ends_on` is the day, `end_is_assumed` says whether it was assumed.
        """
        recorded = Q(valid_until__gte=day, auto_renews=False, status__in=CONCLUDED)
        return self.filter(recorded | assumed_end_between(first=day)).with_end()

    def count_by_lifecycle(self, today=None):
        """{Lifecycle: number of agreements} as of `today`, every stage present (0 if none), in one query.

        Agreements already annotated with their `lifecycle` (`with_lifecycle`, built once a day by a
        page: its seven conditions cost more to build than the count) are counted by that annotation
        when no `today` is given.
        """
        annotated = today is None and "lifecycle" in self.query.annotations
        queryset = self if annotated else self.with_lifecycle(today)
        rows = queryset.order_by().values("lifecycle").annotate(total=models.Count("pk"))
        return self.lifecycle_counts({row["lifecycle"]: row["total"] for row in rows})

    @staticmethod
    def lifecycle_counts(totals):
        """{Lifecycle: number} from {lifecycle code: number}, every stage present (0 if none)."""
        counts = dict.fromkeys(Lifecycle, 0)
        counts.update({Lifecycle(code): total for code, total in totals.items()})
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


class Agreement(Reviewable, TimestampedModel):
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
    notes = models.TextField(blank=True)
    sources = models.ManyToManyField(
        Source, through="AgreementCitation", related_name="agreements", blank=True
    )

    signed = PartialDateProperty("signed_on")
    #: What places an agreement on an institution's timeline (agreements/views.py `timeline`).
    timeline_date = "signed"
    #: Writes its card on a timeline (agreements/views.py `TimelineEntry.card`).
    timeline_card = "agreements.rows.agreement_card"
    objects = AgreementQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-signed_on", "title", "pk"]
        indexes = [
            models.Index(fields=["valid_from", "valid_until"], name="agreement_validity_idx"),
            # The expiring agreements (`expiring_within`) found by index alone, without the agreements
            # that cannot expire: a recorded end among those that do not renew themselves, an assumed
            # one among those with no end at all. The plain valid_until and validity indexes handed
            # over every agreement in the date ranges, 40% of them drafts or self-renewing, each read
            # from the table and thrown away (count 11 -> 3 ms at full size; tests/test_query_plans.py).
            models.Index(
                fields=["valid_until"],
                condition=Q(status__in=CONCLUDED, auto_renews=False),
                name="agreement_recorded_end_idx",
            ),
            models.Index(
                fields=["valid_from", "signed_on"],
                condition=no_recorded_end(),
                name="agreement_assumed_end_idx",
            ),
            # An institution's latest signing date (`with_activity`) read from the index, not the
            # table: one lookup per agreement of each institution shown.
            models.Index(fields=["id", "signed_on"], name="agreement_signed_on_by_id_idx"),
        ]
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
        if self.status in DRAFTING_STATUSES:
            return Lifecycle.IN_PREPARATION
        ends = None if self.auto_renews else self.valid_until
        if self.status == AgreementStatus.EXPIRED or (ends and ends < today):
            return Lifecycle.EXPIRED
        if ends and ends <= today + datetime.timedelta(days=EXPIRING_SOON_DAYS):
            return Lifecycle.EXPIRING_SOON
        if self.valid_until is None and not (self.auto_renews or self.is_open_ended):
            return Lifecycle.NO_END_DATE
        return Lifecycle.ACTIVE

    @property
    def assumed_end(self):
        """The end this agreement is assumed to have when none is recorded (None: recorded, or unknown)."""
        return assumed_end(self)

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
        # An institution's agreements read from the index alone (`with_activity`, `involving`): the
        # index on institution alone sends each of a busy partner's parties to the table.
        indexes = [models.Index(fields=["institution", "agreement"], name="party_agreements_of_idx")]
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
