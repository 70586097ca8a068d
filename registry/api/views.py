"""The API's endpoints: one viewset per kind of record, listing with the pages' own FilterSets.

Each list is the staff page's QuerySet (the same annotations and prefetches, so a page of 5 or 500
rows costs the same few queries), filtered by the page's FilterSet through django-filter's DRF
backend: the same parameters, the same forgiving institution search, the same `sort`.

DRF's views step aside from the site's LoginRequiredMiddleware: the API answers a request without
credentials with a 401 in JSON (DRF authenticates, REST_FRAMEWORK's permission class decides), not
with a redirect to a login form.
"""

import datetime
import hashlib

from django.db import IntegrityError
from django.db.models import Prefetch, ProtectedError, RestrictedError
from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from agreements.filters import AgreementFilter, InstitutionFilter
from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    InstitutionName,
    Person,
    Source,
)
from agreements.views import citations_prefetch, institutions_with_activity
from delegations.filters import DelegationFilter, MeetingFilter
from delegations.models import Delegation, DelegationCitation, DelegationMember, Meeting, MeetingCitation
from registry.api import serializers
from registry.api.pagination import RecordPageNumberPagination, RegistryPagination
from registry.common.data_versions import reads_recorded
from registry.common.fragments import CachedListMixin
from registry.common.prefetched_rows import lists_inline
from registry.common.row_versions import (
    keep_rows,
    keeps_row_versions,
    kept_per_row,
    kept_rows,
    with_row_versions,
)
from registry.models import ApiToken


def exception_handler(error, context):
    """DRF's handler, plus two conflicts (409), never a 500: deleting a record others still point at
    (an institution that is a party to agreements), and a write the database refuses anyway (a race
    past the checks)."""
    if isinstance(error, ProtectedError | RestrictedError):
        blocking = sorted({f"{obj._meta.verbose_name} {obj.pk}" for obj in list(error.args[1])[:10]})
        return Response(
            {
                "detail": f"Still in use, so not deleted: {', '.join(blocking)}. Remove or move those first "
                "(an institution's records move with a merge in the admin)."
            },
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(error, IntegrityError):
        return Response(
            {"detail": "The database refused the change: it conflicts with another record."},
            status=status.HTTP_409_CONFLICT,
        )
    return drf_exception_handler(error, context)


class RecordViewSet(CachedListMixin, viewsets.ModelViewSet):
    pagination_class = RegistryPagination
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]


class InstitutionViewSet(RecordViewSet):
    """Partner institutions with their names and identifiers. `q` is the institution search: any name,
    acronym or variant, the words in any order, misspellings; best match first."""

    serializer_class = serializers.InstitutionSerializer
    filterset_class = InstitutionFilter
    cursor_ordering = ("name", "pk")

    def get_queryset(self):
        names = InstitutionName.objects.order_by("kind", "value")
        # The names in the rows' own query on PostgreSQL, as the list page's acronyms (lists_inline):
        # a query of their own was one more per page built anew.
        return lists_inline(
            institutions_with_activity(datetime.date.today())  # built once a day, as the list page's
            .prefetch_related(Prefetch("names", queryset=names, to_attr=serializers.LISTED_NAMES))
            .order_by("name", "pk")
        )


class AgreementViewSet(RecordViewSet):
    """Agreements with their parties, partial dates, lifecycle stage, renewal links and sources."""

    serializer_class = serializers.AgreementSerializer
    filterset_class = AgreementFilter

    def get_queryset(self):
        # Each page's parties, renewals and citations: AgreementPageSerializer reads them. No
        # with_lifecycle(): the serializer shows the model's rule (lifecycle_on), the filter
        # annotates its own.
        return Agreement.objects.order_by("-signed_on", "title", "pk")

    def build_list(self, request, *args, **kwargs):
        """A page of agreements, each kept under the versions of the rows it shows (on PostgreSQL).

        After an agreement's save the list is built anew, though the save changed one agreement:
        cProfile of the list then gave half its CPU to its 50 rows (their query, the three queries
        of their parties, renewals and citations, writing them out). The page's ids are read with
        their row versions (registry.common.row_versions, one query) and only the agreements not
        kept under theirs are fetched and written, from the unfiltered queryset (an agreement is
        written the same whatever the filter that found it). With nothing kept for the address, the
        page is fetched with its row versions in its own query, and written whole.
        """
        if not keeps_row_versions(Agreement.objects.db):  # SQLite: every row written on each build
            return super().build_list(request, *args, **kwargs)
        shown = Agreement.objects.api_rows_shown()
        queryset = with_row_versions(self.filter_queryset(self.get_queryset()), shown)
        rows = serializers.with_page_lists(queryset)  # each row's parties, renewals and citations
        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        kept_for = f"api-rows:{datetime.date.today().isoformat()}:{address}"
        kept = kept_rows(Agreement, kept_for)
        if not kept:
            # Nothing kept for this address (its first build, or after a write to every table): the
            # agreements with their versions in the query fetching them, as many queries as before.
            with reads_recorded() as read:
                page = self.paginate_queryset(rows)
                written = self.get_serializer(page, many=True).data
            built = {record.pk: (record.row_version, row) for record, row in zip(page, written, strict=True)}
            keep_rows(Agreement, kept_for, kept, built, read, shown)
            return self.get_paginated_response(written)
        page = self.paginate_queryset(queryset.values("pk", "row_version"))
        versions = {row["pk"]: row["row_version"] for row in page}

        def build(missing):
            missing_rows = serializers.with_page_lists(self.get_queryset().filter(pk__in=missing))
            written = self.get_serializer(missing_rows, many=True).data
            return {row["id"]: row for row in written}

        rows = kept_per_row(Agreement, versions, shown, kept_for, build, kept)
        return self.get_paginated_response([rows[row["pk"]] for row in page if row["pk"] in rows])


class DelegationViewSet(RecordViewSet):
    """Delegations: who visited whom, when, with their members."""

    serializer_class = serializers.DelegationSerializer
    filterset_class = DelegationFilter

    def get_queryset(self):
        return (
            Delegation.objects.select_related("visitor", "host", "leader")
            .prefetch_related(
                Prefetch(
                    "memberships",
                    queryset=DelegationMember.objects.select_related("person").order_by("person__name"),
                ),
                citations_prefetch(Delegation),
            )
            .order_by("-start_on", "pk")
        )


class MeetingViewSet(RecordViewSet):
    serializer_class = serializers.MeetingSerializer
    filterset_class = MeetingFilter

    def get_queryset(self):
        return Meeting.objects.prefetch_related(
            Prefetch("institutions", queryset=Institution.objects.only("pk")),
            Prefetch("agreements", queryset=Agreement.objects.only("pk")),
            citations_prefetch(Meeting),
        ).order_by("-held_on", "pk")


class PersonViewSet(RecordViewSet):
    serializer_class = serializers.PersonSerializer
    filter_backends = []
    queryset = Person.objects.order_by("name", "pk")


class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Source articles (written by the loader, not through the API), each with the evidence it gives."""

    serializer_class = serializers.SourceSerializer
    pagination_class = RegistryPagination
    filter_backends = []

    def get_queryset(self):
        return Source.objects.prefetch_related(
            *(
                Prefetch(f"{citation._meta.model_name}_set", queryset=citation.objects.order_by("pk"))
                for citation in (InstitutionCitation, AgreementCitation, DelegationCitation, MeetingCitation)
            )
        ).order_by("file_name", "pk")


class ApiTokenViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Your API tokens. POST {"name": ...} makes one and shows its secret this once; DELETE revokes it.

    Only a logged-in browser session manages tokens: a token cannot make more tokens.
    """

    serializer_class = serializers.ApiTokenSerializer
    queryset = ApiToken.objects.all()  # the schema's; a request sees only its user's (get_queryset)
    authentication_classes = [SessionAuthentication]
    permission_classes = [IsAuthenticated]
    pagination_class = RecordPageNumberPagination
    filter_backends = []

    def get_view_name(self):
        return "Your API tokens" if self.suffix == "List" else "Your API token"

    def get_queryset(self):
        return ApiToken.objects.filter(user=self.request.user)

    @extend_schema(responses={201: serializers.NewApiTokenSerializer})
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        api_token, secret = ApiToken.issue(request.user, serializer.validated_data["name"])
        data = {**self.get_serializer(api_token).data, "token": secret}
        # The response holds the secret: keep it out of every cache.
        return Response(data, status=status.HTTP_201_CREATED, headers={"Cache-Control": "no-store"})

    def get_object(self):
        try:
            return super().get_object()
        except (Http404, ValueError):
            raise exceptions.NotFound("You have no token with this id.") from None
