"""Delegations that visit or are sent, and the meetings held."""

from django.db import models
from django.db.models import Case, Q, Value, When
from django.db.models.functions import ExtractYear
from django.urls import reverse
from simple_history.models import HistoricalRecords

from agreements.models import (
    Agreement,
    Citation,
    Institution,
    Person,
    Reviewable,
    ReviewableQuerySet,
    Source,
    TimestampedModel,
    record_uid_field,
)
from agreements.models.base import NOT_ON_A_CARD
from agreements.models.sources import citations_prefetch
from registry.common.fields import (
    DatePrecision,
    PartialDateProperty,
    partial_date_constraints,
    partial_date_fields,
)
from registry.common.prefetched_rows import columns_not_shown
from registry.common.row_versions import Shown, row_versions


class Mode(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"


class Direction(models.TextChoices):
    INBOUND = "inbound", "Inbound (visiting us)"
    OUTBOUND = "outbound", "Outbound (sent by us)"
    THIRD_PARTY = "third_party", "Between other institutions"


def direction_expression(visitor="visitor", host="host"):
    """SQL for a delegation's direction relative to the home institution (a blank side is the home one)."""
    return Case(
        When(Q(**{f"{host}__isnull": True}) | Q(**{f"{host}__is_home": True}), then=Value(Direction.INBOUND)),
        When(
            Q(**{f"{visitor}__isnull": True}) | Q(**{f"{visitor}__is_home": True}),
            then=Value(Direction.OUTBOUND),
        ),
        default=Value(Direction.THIRD_PARTY),
        output_field=models.CharField(),
    )


#: What a delegation's card shows of its visitor and host: their names and, for its direction,
#: whether either is the home institution.
SIDE_SHOWN = ("name", "is_home")


class DelegationQuerySet(ReviewableQuerySet):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)

    def with_direction(self):
        """Annotate `direction_code`: inbound, outbound or third_party, worked out in the database."""
        return self.annotate(direction_code=direction_expression())

    def inbound(self):
        return self.with_direction().filter(direction_code=Direction.INBOUND)

    def outbound(self):
        return self.with_direction().filter(direction_code=Direction.OUTBOUND)

    def involving(self, institution):
        return self.filter(Q(visitor=institution) | Q(host=institution))

    def hosted_by_any(self, institutions):
        """Delegations hosted by any of `institutions` (a queryset of their ids)."""
        return self.filter(host__in=institutions)

    def in_year(self, year):
        return self.filter(start_on__year=year)

    def for_timeline(self, evidence=True):
        """With what a timeline card shows (delegations.rows.delegation_card), fetched up front as
        plain lists (AgreementQuerySet.for_timeline says why): `card_members` and, unless
        `evidence=False`, `card_citations`. Of the visitor and the host, their names and whether
        each is the home institution (the direction) alone: each side's other columns were read and
        made into values (three datetimes) for every card, and never shown; nor are the delegation's
        own timestamps (NOT_ON_A_CARD)."""
        sides = [
            *columns_not_shown(Institution, "visitor", SIDE_SHOWN),
            *columns_not_shown(Institution, "host", SIDE_SHOWN),
        ]
        return (
            self.select_related("visitor", "host", "leader")
            .defer(*NOT_ON_A_CARD, *sides)
            .prefetch_related(
                models.Prefetch(
                    "memberships",
                    queryset=DelegationMember.objects.select_related("person").order_by("pk"),
                    to_attr="card_members",
                ),
                *(
                    [citations_prefetch(self.model, to_attr="card_citations", as_shown=True)]
                    if evidence
                    else []
                ),
            )
        )

    def card_rows_shown(self):
        """Beside each delegation's own row, the rows its timeline card shows (`for_timeline`): its
        visitor, host and leader, its members with their people, its citations with their sources
        (registry.common.row_versions)."""
        return [
            Shown(Institution, "id", record_column="visitor_id"),
            Shown(Institution, "id", record_column="host_id"),
            Shown(Person, "id", record_column="leader_id"),
            Shown(DelegationMember, "delegation_id", then=Person, then_column="person_id"),
            Shown(DelegationCitation, "delegation_id", then=Source, then_column="source_id"),
        ]

    def card_row_versions(self, pks):
        """{pk: digest of the rows the card of delegation `pk` shows}: None where rows keep no versions."""
        return row_versions(self.db, self.model, pks, self.card_rows_shown())

    def count_by_direction(self):
        """{Direction: number of delegations}, every direction present (0 when none), in one query (by
        the `direction_code` annotation when the queryset has it already: `with_direction`)."""
        queryset = self if "direction_code" in self.query.annotations else self.with_direction()
        rows = queryset.order_by().values("direction_code").annotate(total=models.Count("pk"))
        return self.direction_counts({row["direction_code"]: row["total"] for row in rows})

    @staticmethod
    def direction_counts(totals):
        """{Direction: number} from {direction code: number}, every direction present (0 when none)."""
        counts = dict.fromkeys(Direction, 0)
        counts.update({Direction(code): total for code, total in totals.items()})
        return counts

    def count_by_year_and_direction(self):
        """{year: {Direction: delegations that started that year}}, oldest first; undated ones left out."""
        rows = (
            self.exclude(start_on__isnull=True)
            .with_direction()
            .order_by()
            .values("direction_code", year=ExtractYear("start_on"))
            .annotate(total=models.Count("pk"))
            .order_by("year")
        )
        counts = {}
        for row in rows:
            by_direction = counts.setdefault(row["year"], dict.fromkeys(Direction, 0))
            by_direction[Direction(row["direction_code"])] = row["total"]
        return counts

    def on_the_calendar(self, since):
        """Delegations whose start is known to the day and that had not ended before `since`.

        A start known only to the month or the year gives no calendar event: a calendar cannot say
        "some day in June", and a whole-month event would be read as a month-long visit.
        """
        return self.filter(start_on_precision=DatePrecision.DAY).filter(
            Q(end_on__gte=since) | Q(end_on__isnull=True, start_on__gte=since)
        )


class Delegation(Reviewable, TimestampedModel):
    """A visit by one institution's people to another, in person or online."""

    uid = record_uid_field()
    visitor = models.ForeignKey(
        Institution,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visits_made",
        help_text="Blank: the home institution (an article's unnamed 'our school') sent it.",
    )
    host = models.ForeignKey(
        Institution,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visits_hosted",
        help_text="Blank: the home institution (an article's unnamed 'our school') hosted it.",
    )
    leader = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="delegations_led"
    )
    leader_title = models.CharField(max_length=300, blank=True, help_text="The leader's title at the time.")
    members = models.ManyToManyField(
        Person, through="DelegationMember", related_name="delegations", blank=True
    )
    size = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Number of members. Blank: not stated."
    )
    start_on, start_on_precision = partial_date_fields("start")
    end_on, end_on_precision = partial_date_fields("end")
    mode = models.CharField(max_length=10, choices=Mode, default=Mode.IN_PERSON)
    purpose = models.TextField(blank=True)
    sources = models.ManyToManyField(
        Source, through="DelegationCitation", related_name="delegations", blank=True
    )

    start = PartialDateProperty("start_on")
    end = PartialDateProperty("end_on")
    #: What places a delegation on an institution's timeline (agreements/views.py `timeline`).
    timeline_date = "start"
    #: Writes its card on a timeline (agreements/views.py `TimelineEntry.card`).
    timeline_card = "delegations.rows.delegation_card"
    objects = DelegationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(visitor__isnull=False) | Q(host__isnull=False), name="delegation_names_a_side"
            ),
            models.CheckConstraint(
                condition=Q(size__isnull=True) | Q(size__gte=1), name="delegation_size_positive"
            ),
            models.CheckConstraint(condition=Q(mode__in=Mode.values), name="delegation_mode_known"),
            models.CheckConstraint(
                condition=Q(start_on__isnull=True)
                | Q(end_on__isnull=True)
                | Q(end_on__gte=models.F("start_on")),
                name="delegation_ends_after_it_starts",
            ),
            *partial_date_constraints("start_on", "delegation"),
            *partial_date_constraints("end_on", "delegation"),
        ]

    def __str__(self):
        visitor = self.visitor or "Home institution"
        host = self.host or "home institution"
        return f"{visitor} → {host} ({self.start or 'undated'})"

    def get_absolute_url(self):
        return reverse("delegations:delegation-detail", args=[self.pk])

    def natural_key(self):
        return (str(self.uid),)

    @property
    def direction(self):
        """Inbound, outbound or third_party relative to the home institution (never typed by hand)."""
        if self.host_id is None or self.host.is_home:
            return Direction.INBOUND
        if self.visitor_id is None or self.visitor.is_home:
            return Direction.OUTBOUND
        return Direction.THIRD_PARTY


class DelegationMemberManager(models.Manager):
    def get_by_natural_key(self, delegation_uid, person_name, person_institution_key):
        person = Person.objects.get_by_natural_key(person_name, person_institution_key)
        return self.get(delegation__uid=delegation_uid, person=person)


class DelegationMember(models.Model):
    """A person in a delegation, with the title they held on that visit."""

    delegation = models.ForeignKey(Delegation, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships")
    title = models.CharField(max_length=300, blank=True, help_text="Title at the time of the visit.")

    objects = DelegationMemberManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["delegation", "person"], name="delegation_member_once")
        ]

    def __str__(self):
        return f"{self.person} ({self.title})" if self.title else str(self.person)

    def natural_key(self):
        return (*self.delegation.natural_key(), *self.person.natural_key())

    natural_key.dependencies = ["delegations.delegation", "agreements.person"]


class DelegationCitation(Citation):
    record_field = "delegation"
    delegation = models.ForeignKey(Delegation, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["delegation", "source"], name="delegation_citation_once"),
        ]


class MeetingKind(models.TextChoices):
    TALK = "talk", "Talk"
    SEMINAR = "seminar", "Seminar"
    SIGNING = "signing", "Signing ceremony"
    SYMPOSIUM = "symposium", "Symposium"
    COMMITTEE = "committee", "Committee meeting"
    OTHER = "other", "Other"


class MeetingQuerySet(ReviewableQuerySet):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)

    def involving(self, institution):
        return self.filter(institutions=institution)

    def card_rows_shown(self):
        """Beside each meeting's own row, the rows its timeline card shows (`for_timeline`): the
        institutions taking part, its citations with their sources (registry.common.row_versions)."""
        return [
            Shown(
                self.model.institutions.through, "meeting_id", then=Institution, then_column="institution_id"
            ),
            Shown(MeetingCitation, "meeting_id", then=Source, then_column="source_id"),
        ]

    def card_row_versions(self, pks):
        """{pk: digest of the rows the card of meeting `pk` shows}: None where rows keep no versions."""
        return row_versions(self.db, self.model, pks, self.card_rows_shown())

    def involving_any(self, institutions):
        """Meetings any of `institutions` (a queryset of their ids) took part in, each once."""
        taking_part = self.model.institutions.through.objects.filter(institution__in=institutions)
        return self.filter(pk__in=taking_part.values("meeting_id"))

    def in_year(self, year):
        return self.filter(held_on__year=year)

    def for_timeline(self, evidence=True):
        """With what a timeline card shows (delegations.rows.meeting_card), fetched up front as plain
        lists (AgreementQuerySet.for_timeline says why): `card_institutions` (names alone, as the
        agreements' parties) and, unless `evidence=False`, `card_citations`; not the meeting's own
        timestamps (NOT_ON_A_CARD)."""
        return self.defer(*NOT_ON_A_CARD).prefetch_related(
            models.Prefetch(
                "institutions",
                queryset=Institution.objects.only("name").order_by("name"),
                to_attr="card_institutions",
            ),
            *([citations_prefetch(self.model, to_attr="card_citations", as_shown=True)] if evidence else []),
        )


class Meeting(Reviewable, TimestampedModel):
    """A talk, seminar, signing ceremony, symposium or committee meeting between institutions."""

    uid = record_uid_field()
    held_on, held_on_precision = partial_date_fields("date")
    kind = models.CharField(max_length=12, choices=MeetingKind, default=MeetingKind.TALK)
    mode = models.CharField(max_length=10, choices=Mode, default=Mode.IN_PERSON)
    location = models.CharField(max_length=300, blank=True)
    summary = models.TextField(blank=True)
    institutions = models.ManyToManyField(Institution, related_name="meetings", blank=True)
    delegation = models.ForeignKey(
        Delegation, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings"
    )
    agreements = models.ManyToManyField(Agreement, related_name="meetings", blank=True)
    sources = models.ManyToManyField(Source, through="MeetingCitation", related_name="meetings", blank=True)

    date = PartialDateProperty("held_on")
    #: What places a meeting on an institution's timeline (agreements/views.py `timeline`).
    timeline_date = "date"
    #: Writes its card on a timeline (agreements/views.py `TimelineEntry.card`).
    timeline_card = "delegations.rows.meeting_card"
    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "pk"]
        # An institution's latest meeting day (`with_activity`) read from the index, not the table: one
        # lookup per meeting of each institution shown. The link table's (institution, meeting) index
        # is made by migration 0004: Django makes that table, and a model's Meta cannot index it.
        indexes = [models.Index(fields=["id", "held_on"], name="meeting_held_on_by_id_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=MeetingKind.values), name="meeting_kind_known"),
            models.CheckConstraint(condition=Q(mode__in=Mode.values), name="meeting_mode_known"),
            *partial_date_constraints("held_on", "meeting"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.date or 'undated'})"

    def get_absolute_url(self):
        return reverse("delegations:meeting-detail", args=[self.pk])

    def natural_key(self):
        return (str(self.uid),)


class MeetingCitation(Citation):
    record_field = "meeting"
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "source"], name="meeting_citation_once"),
        ]
