"""Staff pages for institutions and agreements, and the list and timeline pieces the other pages share."""

from dataclasses import dataclass

from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import DetailView
from django_filters.views import FilterView

from agreements.filters import AgreementFilter, InstitutionFilter, country_name
from agreements.models import Agreement, Institution, InstitutionName, Lifecycle, NameKind, Person, Signatory
from registry.exports import Column, ExportMixin
from registry.partial_dates import PartialDate


class RegistryListView(LoginRequiredMixin, ExportMixin, FilterView):
    """A filtered, paginated, exportable list. An invalid filter shows its errors and no rows."""

    paginate_by = 25
    strict = True

    def get(self, request, *args, **kwargs):
        """A submitted filter form sends every field: drop the empty ones (short addresses to bookmark)."""
        query = request.GET.copy()
        for key, values in request.GET.lists():
            query.setlist(key, [value for value in values if value])
            if not query.getlist(key):
                del query[key]
        if query != request.GET:
            return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)
        return super().get(request, *args, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        """A page number that is not a number gives the first page, one past the end the last."""
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class AdminEditLinkMixin:
    """Puts `edit_url`, the object's admin change page, in the context of staff who may change it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        options = self.object._meta
        user = self.request.user
        if user.is_staff and user.has_perm(
            f"{options.app_label}.change_{options.model_name}"
        ):  # the admin admits staff only
            context["edit_url"] = reverse(
                f"admin:{options.app_label}_{options.model_name}_change", args=[self.object.pk]
            )
        return context


@dataclass(frozen=True)
class TimelineEntry:
    """An agreement, delegation or meeting placed on a timeline by its (partial) date."""

    date: PartialDate | None
    record: object

    @property
    def kind(self):
        return self.record._meta.model_name

    @property
    def template_name(self):
        return f"includes/timeline/{self.kind}.html"


#: Which partial date places each kind of record on a timeline.
TIMELINE_DATES = {"agreement": "signed", "delegation": "start", "meeting": "date"}


def timeline(*querysets, newest_first=False):
    """The records of `querysets` as one list of `TimelineEntry` in date order; undated records last."""
    entries = [
        TimelineEntry(getattr(record, TIMELINE_DATES[record._meta.model_name]), record)
        for queryset in querysets
        for record in queryset
    ]
    dated = sorted(
        (e for e in entries if e.date), key=lambda e: (e.date.first_day, e.kind), reverse=newest_first
    )
    return dated + [e for e in entries if not e.date]


def prepared_for_timeline(queryset, evidence=True):
    """`queryset` of agreements, delegations or meetings with what a timeline card shows, fetched up front.

    `evidence=False` for a compact timeline (the home page's), which leaves out the source articles.
    """
    citations = [CITATIONS] if evidence else []
    kind = queryset.model._meta.model_name
    if kind == "agreement":
        return queryset.select_related("renews").prefetch_related(
            parties_prefetch(),
            renewals_prefetch(),
            Prefetch("signatories", queryset=Signatory.objects.select_related("person")),
            *citations,
        )
    if kind == "delegation":
        return queryset.select_related("visitor", "host", "leader").prefetch_related(
            "memberships__person", *citations
        )
    return queryset.prefetch_related(
        Prefetch("institutions", queryset=Institution.objects.order_by("name")), *citations
    )


def parties_prefetch():
    return Prefetch("parties", queryset=Institution.objects.order_by("name"))


def renewals_prefetch():
    """The agreements renewing each agreement, oldest first."""
    return Prefetch("renewed_by", queryset=Agreement.objects.order_by("signed_on", "pk"))


#: Every record shows its source articles and evidence sentences.
CITATIONS = "citations__source"


class InstitutionListView(RegistryListView):
    filterset_class = InstitutionFilter
    extra_context = {"section": "institutions", "noun": "institution"}
    export_filename = "institutions"
    export_columns = [
        Column("Name", lambda i: i.name),
        Column("Acronyms", lambda i: ", ".join(name.value for name in i.acronyms)),
        Column("Kind", lambda i: i.get_kind_display()),
        Column("Country", lambda i: country_name(i.country) if i.country else ""),
        Column("City", lambda i: i.city),
        Column("ROR", lambda i: i.ror),
        Column("Part of", lambda i: i.parent.name if i.parent else ""),
        Column("Agreements", lambda i: i.agreement_count),
        Column("Agreement in force", lambda i: i.has_active_agreement),
        Column("Delegations", lambda i: i.delegation_count),
        Column("Meetings", lambda i: i.meeting_count),
        Column("Latest activity", lambda i: i.latest_activity),
        Column("Verified", lambda i: i.is_verified),
    ]

    def get_queryset(self):
        acronyms = InstitutionName.objects.filter(kind=NameKind.ACRONYM).order_by("value")
        return (
            Institution.objects.select_related("parent").with_activity()
            .prefetch_related(Prefetch("names", queryset=acronyms, to_attr="acronyms"))
            .order_by("name", "pk")
        )


class InstitutionDetailView(LoginRequiredMixin, AdminEditLinkMixin, DetailView):
    extra_context = {"section": "institutions"}

    def get_queryset(self):
        return (
            Institution.objects.select_related("parent")
            .with_activity()
            .prefetch_related(
                Prefetch(
                    "names",
                    queryset=InstitutionName.objects.select_related("source").order_by("kind", "value"),
                ),
                Prefetch("units", queryset=Institution.objects.order_by("name")),
                Prefetch("people", queryset=Person.objects.order_by("name")),
                CITATIONS,
            )
        )

    def get_context_data(self, **kwargs):
        institution = self.object
        # Delegations are reached through a reverse relation: this app never imports the delegations
        # app (imports point one way).
        delegations = institution.visits_made.model.objects.involving(institution)
        agreement_counts = Agreement.objects.involving(institution).count_by_lifecycle()
        return super().get_context_data(
            timeline=timeline(
                *(
                    prepared_for_timeline(queryset)
                    for queryset in (institution.agreements.all(), delegations, institution.meetings.all())
                )
            ),
            country=country_name(institution.country) if institution.country else "",
            agreement_counts=agreement_counts,  # keyed by Lifecycle: `agreement_counts.active` in a template
            delegation_counts=delegations.count_by_direction(),
            **kwargs,
        )


class AgreementListView(RegistryListView):
    filterset_class = AgreementFilter
    extra_context = {"section": "agreements", "noun": "agreement"}
    export_filename = "agreements"
    export_columns = [
        Column("Title", str),
        Column("Kind", lambda a: a.get_kind_display()),
        Column("Status", lambda a: a.get_status_display()),
        Column("Lifecycle", lambda a: Lifecycle(a.lifecycle).label),
        Column("Parties", lambda a: "; ".join(party.name for party in a.parties.all())),
        Column("Signed", lambda a: a.signed.isoformat() if a.signed else ""),
        Column("Valid from", lambda a: a.valid_from),
        Column("Valid until", lambda a: a.valid_until),
        Column("Open-ended", lambda a: a.is_open_ended),
        Column("Renews automatically", lambda a: a.auto_renews),
        Column("Renews", lambda a: str(a.renews) if a.renews else ""),
        Column("Verified", lambda a: a.is_verified),
        Column("Sources", lambda a: "; ".join(citation.source.file_name for citation in a.citations.all())),
    ]

    def get_queryset(self):
        return (
            Agreement.objects.select_related("renews")
            .with_lifecycle()
            .prefetch_related(parties_prefetch(), CITATIONS)
            .order_by("-signed_on", "title", "pk")
        )


class AgreementDetailView(LoginRequiredMixin, AdminEditLinkMixin, DetailView):
    extra_context = {"section": "agreements"}

    def get_queryset(self):
        return (
            Agreement.objects.select_related("renews")
            .with_lifecycle()
            .prefetch_related(
                parties_prefetch(),
                Prefetch("signatories", queryset=Signatory.objects.select_related("person", "institution")),
                CITATIONS,
                renewals_prefetch(),
                "meetings",
            )
        )

    def get_context_data(self, **kwargs):
        """The whole renewal chain, oldest first, when the agreement renews or is renewed by another."""
        agreement = self.object
        chain = []
        if agreement.renews_id or agreement.renewed_by.all():
            chain = Agreement.objects.in_renewal_chain_of(agreement).with_lifecycle()
        return super().get_context_data(renewal_chain=chain, **kwargs)
