"""What the API shows of each record and what it accepts, checked as the admin checks it.

Writes go through the model's own validation (`full_clean`: field checks, the database constraints,
partial dates that invent no day or month) before anything is saved, so a bad value is a 400 that
names the field, never a database error.
"""

import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.aggregates import JSONBAgg
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connections, transaction
from django.db.models import JSONField, Manager, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, JSONArray
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.settings import api_settings

from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionName,
    Party,
    Person,
    Source,
)
from agreements.views import compiled_annotations
from delegations.models import Delegation, Meeting
from registry.common.partial_dates import PartialDate
from registry.models import ApiToken

PARTIAL_DATE_SCHEMA = {
    "type": "object",
    "nullable": True,
    "description": 'Read as this object; written as its "value" alone: "YYYY-MM-DD", "YYYY-MM" or "YYYY".',
    "properties": {
        "value": {"type": "string", "example": "2019-12"},
        "precision": {"type": "string", "enum": ["day", "month", "year"], "readOnly": True},
        "first_day": {"type": "string", "format": "date", "readOnly": True},
        "last_day": {"type": "string", "format": "date", "readOnly": True},
    },
}


def partial_date(value):
    """A PartialDate as the API shows it (PartialDateField, and the hand-written reads below)."""
    if value is None:
        return None
    return {
        "value": value.isoformat(),
        "precision": value.precision,
        "first_day": value.first_day.isoformat(),
        "last_day": value.last_day.isoformat(),
    }


@extend_schema_field(PARTIAL_DATE_SCHEMA)
class PartialDateField(serializers.Field):
    """A date known to the day, month or year: written "2019-12-15", "2019-12" or "2019", read back as
    {"value": "2019-12", "precision": "month", "first_day": "2019-12-01", "last_day": "2019-12-31"}."""

    default_error_messages = {"invalid": "{error}"}

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return partial_date(value)

    def to_internal_value(self, data):
        if isinstance(data, dict):
            data = data.get("value")
        try:
            return PartialDate.parse(data)
        except (TypeError, ValueError) as error:
            self.fail("invalid", error=str(error))


def iso_date(value):
    return None if value is None else value.isoformat()


#: Formats a date and time as DRF's DateTimeField does (the current time zone, "Z" for UTC), unbound:
#: `serializer.fields` would build every field of the serializer first.
_DATE_TIME = serializers.DateTimeField(read_only=True)


def date_time(value):
    return None if value is None else _DATE_TIME.to_representation(value)


#: What CitationSerializer shows of a citation, in order.
CITATION_KEYS = ("source", "file_name", "title", "url", "evidence")


def citations_of(record):
    """CitationSerializer's representation of the record's citations."""
    return [
        dict(
            zip(
                CITATION_KEYS,
                (c.source_id, c.source.file_name, c.source.title, c.source.url, c.evidence),
                strict=True,
            )
        )
        for c in record.citations.all()
    ]


class CitationSerializer(serializers.Serializer):
    """A record's provenance: the source and the sentence of it that supports the record."""

    source = serializers.IntegerField(source="source_id")
    file_name = serializers.CharField(source="source.file_name")
    title = serializers.CharField(source="source.title")
    url = serializers.CharField(source="source.url")
    evidence = serializers.CharField()


class InstitutionRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Institution
        fields = ["id", "name", "country"]


class RecordSerializer(serializers.ModelSerializer):
    """Validates a write with the model's full_clean, the check the admin's forms make."""

    #: Many-to-many and reverse fields: set after saving, so left out of the instance full_clean sees.
    related_fields = ()

    def validate(self, attrs):
        attrs = super().validate(attrs)
        instance = self.instance or self.Meta.model()
        saved = {field: getattr(instance, field) for field in attrs if field not in self.related_fields}
        for field, value in attrs.items():
            if field not in self.related_fields:
                setattr(instance, field, value)
        try:
            instance.full_clean(exclude=self.related_fields)
        except DjangoValidationError as error:
            raise serializers.ValidationError(as_drf_errors(error)) from None
        finally:
            if self.instance is not None:  # a refused update leaves the object as it was
                for field, value in saved.items():
                    setattr(instance, field, value)
        return attrs

    @transaction.atomic
    def create(self, validated_data):
        """Set each field as an attribute (a partial date is a property the model's constructor does not
        take), save, then the many-to-many fields: all or nothing."""
        related = {
            field: validated_data.pop(field) for field in self.related_fields if field in validated_data
        }
        instance = self.Meta.model()
        for field, value in validated_data.items():
            setattr(instance, field, value)
        instance.save()
        for field, value in related.items():
            getattr(instance, field).set(value)
        return instance

    @transaction.atomic
    def update(self, instance, validated_data):
        return super().update(instance, validated_data)


def as_drf_errors(error):
    """A Django ValidationError in DRF's shape: field errors by field, the rest as non_field_errors."""
    if not hasattr(error, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: error.messages}
    return {
        api_settings.NON_FIELD_ERRORS_KEY if field == "__all__" else field: messages
        for field, messages in error.message_dict.items()
    }


class InstitutionNameSerializer(serializers.ModelSerializer):
    class Meta:
        model = InstitutionName
        fields = ["value", "kind", "language"]


#: Where the API's institutions (registry.api.views.InstitutionViewSet) list each one's names, in order.
LISTED_NAMES = "listed_names"


class InstitutionSerializer(RecordSerializer):
    names = InstitutionNameSerializer(many=True, read_only=True)
    # From Institution.objects.with_activity(): what the institution list shows.
    agreement_count = serializers.IntegerField(read_only=True)
    delegation_count = serializers.IntegerField(read_only=True)
    meeting_count = serializers.IntegerField(read_only=True)
    latest_activity = serializers.DateField(read_only=True)
    has_active_agreement = serializers.BooleanField(read_only=True)
    # Only with `q`: how well the institution matches the search (0..1); absent otherwise.
    search_rank = serializers.FloatField(read_only=True, required=False)

    class Meta:
        model = Institution
        fields = [
            "id",
            "name",
            "names",
            "kind",
            "country",
            "city",
            "website",
            "ror",
            "parent",
            "is_home",
            "reviewed_at",
            "notes",
            "agreement_count",
            "delegation_count",
            "meeting_count",
            "latest_activity",
            "has_active_agreement",
            "search_rank",
        ]

    def to_representation(self, institution):
        """What DRF's field-by-field walk gives (a test compares the two), written out: the walk was
        two thirds of a list page's CPU (cProfile), calling each field's get_attribute for each row.

        A row of the list has its activity annotations; a record just written does not, and goes
        the generic way (which leaves the missing counts out).
        """
        if not hasattr(institution, "agreement_count") or not hasattr(institution, LISTED_NAMES):
            return super().to_representation(institution)
        data = {
            "id": institution.pk,
            "name": institution.name,
            "names": [
                {"value": name.value, "kind": name.kind, "language": name.language}
                for name in getattr(institution, LISTED_NAMES)
            ],
            "kind": institution.kind,
            "country": institution.country,
            "city": institution.city,
            "website": institution.website,
            "ror": institution.ror,
            "parent": institution.parent_id,
            "is_home": institution.is_home,
            "reviewed_at": date_time(institution.reviewed_at),
            "notes": institution.notes,
            "agreement_count": institution.agreement_count,
            "delegation_count": institution.delegation_count,
            "meeting_count": institution.meeting_count,
            "latest_activity": iso_date(institution.latest_activity),
            "has_active_agreement": institution.has_active_agreement,
        }
        if hasattr(institution, "search_rank"):
            data["search_rank"] = institution.search_rank
        return data

    def validate_name(self, value):
        """No second institution under a name (or a spelling) another one already has."""
        taken = Institution.objects.named(value)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        holder = taken.first()
        if holder is not None:
            raise serializers.ValidationError(
                f"Institution {holder.pk} ({holder.name}) already goes by this name; "
                "edit that one, or merge the two in the admin."
            )
        return value

    def validate_country(self, value):
        return value.upper()


@dataclass(frozen=True)
class PageList:
    """A list a page of agreements shows of each one (AgreementPageSerializer): the `columns` of the rows
    of `model` whose `key` names the agreement, in `order`, each row shown as `shown(values)` makes it."""

    name: str
    model: type
    key: str
    columns: tuple
    order: tuple
    shown: Callable

    def of(self, ids):
        """{agreement id: [each row shown]} of the agreements of `ids`: one query."""
        listed = defaultdict(list)
        rows = self.model.objects.filter(**{f"{self.key}__in": ids}).order_by(*self.order)
        for agreement_id, *values in rows.values_list(self.key, *self.columns):
            listed[agreement_id].append(self.shown(values))
        return listed

    def inline(self):
        """A subquery of an agreement's row: its rows' `columns` as a JSON array of arrays, in `order`."""
        rows = self.model.objects.filter(**{self.key: OuterRef("pk")}).order_by().values(self.key)
        listed = rows.annotate(listed=JSONBAgg(JSONArray(*self.columns), order_by=self.order))
        return Coalesce(Subquery(listed.values("listed")), Value([], output_field=JSONField()))


PAGE_LISTS = (
    PageList(
        "parties",
        Party,
        "agreement",
        ("institution", "institution__name", "institution__country"),
        ("institution__name", "institution"),
        lambda values: dict(zip(("id", "name", "country"), values, strict=True)),
    ),
    PageList("renewed_by", Agreement, "renews", ("pk",), ("signed_on", "pk"), lambda values: values[0]),
    PageList(
        "citations",
        AgreementCitation,
        "agreement",
        ("source", "source__file_name", "source__title", "source__url", "evidence"),
        ("pk",),
        lambda values: dict(zip(CITATION_KEYS, values, strict=True)),
    ),
)


def with_page_lists(queryset):
    """`queryset` (agreements) with the PAGE_LISTS of each read in the rows' own query, on PostgreSQL
    (`page_<name>`: each list's rows as JSON); elsewhere the queryset as it is.

    A page built anew after a write read its 50 rows, then the three lists in a query each: a round
    trip, a query compiled and up to a few hundred rows matched to their agreements in Python, each.
    The HTML lists read theirs inline since the `pages13` round (prefetched_rows.lists_inline).
    """
    if connections[queryset.db].vendor != "postgresql":
        return queryset
    return queryset.annotate(**page_list_columns(queryset.db))


@functools.lru_cache(maxsize=4)
def page_list_columns(using):
    """{`page_<name>`: its subquery} of PAGE_LISTS, compiled once per process and database
    (agreements.views.compiled_annotations): building and compiling the three subqueries on every
    page cost more Python calls than the three queries they replace (cProfile)."""
    annotated = Agreement.objects.using(using).annotate(
        **{f"page_{listed.name}": listed.inline() for listed in PAGE_LISTS}
    )
    return compiled_annotations(annotated)


class AgreementPageSerializer(serializers.ListSerializer):
    """A page of agreements, each one's parties, renewals and citations (PAGE_LISTS) read as values: in
    the rows' own query (`with_page_lists`), or else a query each.

    Django's prefetch_related made a model of every related row and filtered by the page's 50
    agreement models: half the list's CPU (cProfile), for three columns of each related row.
    """

    def to_representation(self, data):
        agreements = list(data.all() if isinstance(data, Manager) else data)
        if agreements and hasattr(agreements[0], f"page_{PAGE_LISTS[0].name}"):  # read inline
            return [self.child.represent(agreement, *inline_lists(agreement)) for agreement in agreements]
        ids = [agreement.pk for agreement in agreements]
        of_each = [listed.of(ids) if ids else {} for listed in PAGE_LISTS]
        return [
            self.child.represent(agreement, *(listed.get(agreement.pk, []) for listed in of_each))
            for agreement in agreements
        ]


def inline_lists(agreement):
    """The PAGE_LISTS of an agreement read by `with_page_lists`, each row shown."""
    return [[listed.shown(row) for row in getattr(agreement, f"page_{listed.name}")] for listed in PAGE_LISTS]


class AgreementSerializer(RecordSerializer):
    related_fields = ("parties",)
    parties = serializers.PrimaryKeyRelatedField(
        queryset=Institution.objects.all(), many=True, help_text="Institution ids, one or more."
    )
    party_details = InstitutionRefSerializer(source="parties", many=True, read_only=True)
    signed = PartialDateField(help_text='"YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when not known.')
    lifecycle = serializers.SerializerMethodField(
        help_text="Where it stands today, from its status and dates."
    )
    renewed_by = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    citations = CitationSerializer(many=True, read_only=True)

    class Meta:
        model = Agreement
        list_serializer_class = AgreementPageSerializer
        fields = [
            "id",
            "uid",
            "title",
            "kind",
            "status",
            "lifecycle",
            "parties",
            "party_details",
            "signed",
            "valid_from",
            "valid_until",
            "is_open_ended",
            "auto_renews",
            "renewal_period_years",
            "renews",
            "renewed_by",
            "reviewed_at",
            "notes",
            "citations",
        ]

    def validate_parties(self, value):
        if not value:
            raise serializers.ValidationError("An agreement has at least one party.")
        if len({institution.pk for institution in value}) != len(value):
            raise serializers.ValidationError("An institution is a party to an agreement once.")
        return value

    def get_lifecycle(self, agreement) -> str:
        # The model's rule rather than the list's annotation, which a write just made stale.
        return agreement.lifecycle_on()

    def to_representation(self, agreement):
        """What DRF's field-by-field walk gives (a test compares the two), written out: the walk was
        two thirds of the agreement list's CPU (cProfile), calling each field's get_attribute for
        each row and each party, renewal and citation."""
        parties = [
            {"id": party.pk, "name": party.name, "country": party.country}
            for party in agreement.parties.all()
        ]
        renewed_by = [renewal.pk for renewal in agreement.renewed_by.all()]
        return self.represent(agreement, parties, renewed_by, citations_of(agreement))

    def represent(self, agreement, parties, renewed_by, citations):
        """The agreement with its parties ({id, name, country}), renewals (ids) and citations, as shown."""
        return {
            "id": agreement.pk,
            "uid": str(agreement.uid),
            "title": agreement.title,
            "kind": agreement.kind,
            "status": agreement.status,
            "lifecycle": self.get_lifecycle(agreement),
            "parties": [party["id"] for party in parties],
            "party_details": parties,
            "signed": partial_date(agreement.signed),
            "valid_from": iso_date(agreement.valid_from),
            "valid_until": iso_date(agreement.valid_until),
            "is_open_ended": agreement.is_open_ended,
            "auto_renews": agreement.auto_renews,
            "renewal_period_years": agreement.renewal_period_years,
            "renews": agreement.renews_id,
            "renewed_by": renewed_by,
            "reviewed_at": date_time(agreement.reviewed_at),
            "notes": agreement.notes,
            "citations": citations,
        }


class MembershipSerializer(serializers.Serializer):
    person = serializers.IntegerField(source="person_id")
    name = serializers.CharField(source="person.name")
    title = serializers.CharField()


class DelegationSerializer(RecordSerializer):
    start = PartialDateField()
    end = PartialDateField()
    direction = serializers.CharField(read_only=True)
    visitor_details = InstitutionRefSerializer(source="visitor", read_only=True)
    host_details = InstitutionRefSerializer(source="host", read_only=True)
    leader_name = serializers.CharField(source="leader.name", read_only=True, default=None)
    members = MembershipSerializer(source="memberships", many=True, read_only=True)
    citations = CitationSerializer(many=True, read_only=True)

    class Meta:
        model = Delegation
        fields = [
            "id",
            "uid",
            "visitor",
            "visitor_details",
            "host",
            "host_details",
            "direction",
            "leader",
            "leader_name",
            "leader_title",
            "members",
            "size",
            "start",
            "end",
            "mode",
            "purpose",
            "reviewed_at",
            "citations",
        ]


class MeetingSerializer(RecordSerializer):
    related_fields = ("institutions", "agreements")
    date = PartialDateField()
    institutions = serializers.PrimaryKeyRelatedField(
        queryset=Institution.objects.all(), many=True, required=False
    )
    agreements = serializers.PrimaryKeyRelatedField(
        queryset=Agreement.objects.all(), many=True, required=False
    )
    citations = CitationSerializer(many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "uid",
            "date",
            "kind",
            "mode",
            "location",
            "summary",
            "institutions",
            "delegation",
            "agreements",
            "reviewed_at",
            "citations",
        ]


class PersonSerializer(RecordSerializer):
    class Meta:
        model = Person
        fields = ["id", "name", "variants", "institution", "title"]


class SourceCitationSerializer(serializers.Serializer):
    """What a source supports: a record (its kind and id) and the sentence that supports it."""

    record = serializers.SerializerMethodField()
    evidence = serializers.CharField()

    def get_record(self, citation) -> dict:
        return {"kind": citation.record_field, "id": getattr(citation, f"{citation.record_field}_id")}


class SourceSerializer(serializers.ModelSerializer):
    published = PartialDateField(read_only=True)
    citations = serializers.SerializerMethodField(
        help_text="Every record the source supports, with evidence."
    )

    class Meta:
        model = Source
        fields = ["id", "file_name", "title", "url", "published", "imported_at", "citations"]

    def get_citations(self, source) -> list[dict]:
        citations = [
            *source.institutioncitation_set.all(),
            *source.agreementcitation_set.all(),
            *source.delegationcitation_set.all(),
            *source.meetingcitation_set.all(),
        ]
        return SourceCitationSerializer(citations, many=True).data


class ApiTokenSerializer(serializers.ModelSerializer):
    class Meta:
        model = ApiToken
        fields = ["id", "name", "created_at", "last_used_at"]


class NewApiTokenSerializer(ApiTokenSerializer):
    """A token just made: with its secret, shown this once."""

    token = serializers.CharField(read_only=True, help_text="The secret: keep it, it is not shown again.")

    class Meta(ApiTokenSerializer.Meta):
        fields = [*ApiTokenSerializer.Meta.fields, "token"]
