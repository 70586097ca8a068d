"""Staff pages for delegations and meetings."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Prefetch
from django.views.generic import DetailView

from agreements.models import Institution
from agreements.views import AdminEditLinkMixin, RegistryListView, citations_prefetch
from delegations.filters import DelegationFilter, MeetingFilter
from delegations.models import Delegation, DelegationMember, Meeting
from delegations.rows import delegation_row
from registry.common.exports import Column, reviewed_on

HOME = "Home institution"  # how a blank side of a delegation reads: the registry's own institution


def institutions_prefetch():
    return Prefetch("institutions", queryset=Institution.objects.order_by("name"))


class DelegationListView(RegistryListView):
    filterset_class = DelegationFilter
    extra_context = {"section": "delegations", "noun": "delegation"}
    row_html = staticmethod(delegation_row)
    export_filename = "delegations"
    export_columns = [
        Column("Start", lambda d: d.start),
        Column("End", lambda d: d.end),
        Column("Direction", lambda d: d.direction.label),
        Column("Visitor", lambda d: d.visitor.name if d.visitor else HOME),
        Column("Visitor country", lambda d: d.visitor.country if d.visitor else ""),
        Column("Host", lambda d: d.host.name if d.host else HOME),
        Column("Leader", lambda d: str(d.leader or "")),
        Column("Leader's title", lambda d: d.leader_title),
        Column("Size", lambda d: d.size),
        Column("Mode", lambda d: d.get_mode_display()),
        Column("Purpose", lambda d: d.purpose),
        Column("Reviewed on", lambda d: reviewed_on(d.reviewed_at)),
        Column("Sources", lambda d: "; ".join(citation.source.file_name for citation in d.citations.all())),
    ]

    def get_queryset(self):
        return Delegation.objects.select_related("visitor", "host", "leader").order_by("-start_on", "pk")

    def export_rows(self, queryset):
        """The export's "Sources" column reads each delegation's citations; the rows on the page do not."""
        return super().export_rows(queryset.prefetch_related(citations_prefetch(Delegation)))


class DelegationDetailView(LoginRequiredMixin, AdminEditLinkMixin, DetailView):
    extra_context = {"section": "delegations"}
    queryset = Delegation.objects.select_related("visitor", "host", "leader", "reviewed_by").prefetch_related(
        Prefetch(
            "memberships", queryset=DelegationMember.objects.select_related("person").order_by("person__name")
        ),
        citations_prefetch(Delegation),
        Prefetch("meetings", queryset=Meeting.objects.prefetch_related(institutions_prefetch())),
    )


class MeetingListView(RegistryListView):
    filterset_class = MeetingFilter
    extra_context = {"section": "meetings", "noun": "meeting"}
    export_filename = "meetings"
    export_columns = [
        Column("Date", lambda m: m.date),
        Column("Kind", lambda m: m.get_kind_display()),
        Column("Mode", lambda m: m.get_mode_display()),
        Column("Institutions", lambda m: "; ".join(institution.name for institution in m.institutions.all())),
        Column("Location", lambda m: m.location),
        Column("Summary", lambda m: m.summary),
        Column("Reviewed on", lambda m: reviewed_on(m.reviewed_at)),
        Column("Sources", lambda m: "; ".join(citation.source.file_name for citation in m.citations.all())),
    ]

    def get_queryset(self):
        return Meeting.objects.prefetch_related(
            institutions_prefetch(), citations_prefetch(Meeting)
        ).order_by("-held_on", "pk")


class MeetingDetailView(LoginRequiredMixin, AdminEditLinkMixin, DetailView):
    extra_context = {"section": "meetings"}
    queryset = Meeting.objects.select_related(
        "delegation__visitor", "delegation__host", "reviewed_by"
    ).prefetch_related(
        institutions_prefetch(),
        "agreements",
        citations_prefetch(Meeting),
    )
