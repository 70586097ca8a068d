"""The home page: how much the registry holds, what needs attention, and the latest activity."""

import datetime

from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse
from django.views.generic import TemplateView

from agreements.models import EXPIRING_SOON_DAYS, Agreement, Institution, Lifecycle
from agreements.views import parties_prefetch, prepared_for_timeline, timeline
from delegations.models import Delegation, Meeting

#: How many records each home-page panel lists (each panel links to the full list).
PANEL_ROWS = 8


class HomeView(LoginRequiredMixin, TemplateView):
    template_name = "registry/home.html"

    def get_context_data(self, **kwargs):
        today = datetime.date.today()
        expiring = Agreement.objects.in_lifecycle(Lifecycle.EXPIRING_SOON, today=today)
        return super().get_context_data(
            counts={
                "institutions": Institution.objects.partners().count(),
                "agreements_in_force": Agreement.objects.in_force_on(today).count(),
                "delegations": Delegation.objects.count(),
                "meetings": Meeting.objects.count(),
            },
            expiry_warning_days=EXPIRING_SOON_DAYS,
            expiring_count=expiring.count(),
            expiring=expiring.prefetch_related(parties_prefetch()).order_by("valid_until", "pk")[:PANEL_ROWS],
            unverified=self.unverified(),
            latest=self.latest_activity(),
            **kwargs,
        )

    def unverified(self):
        """Per kind of record: how many no one has checked yet, and where staff who may check them do so."""
        panels = []
        for model in (Institution, Agreement, Delegation, Meeting):
            options = model._meta
            user = self.request.user
            may_change = user.is_staff and user.has_perm(f"{options.app_label}.change_{options.model_name}")
            panels.append(
                {
                    "label": options.verbose_name_plural.capitalize(),
                    "count": model.objects.filter(is_verified=False).count(),
                    "review_url": f"{reverse(f'admin:{options.app_label}_{options.model_name}_changelist')}"
                    "?is_verified__exact=0"
                    if may_change
                    else "",
                }
            )
        return panels

    def latest_activity(self):
        """The most recent dated agreements, delegations and meetings, newest first."""
        latest = (
            Agreement.objects.exclude(signed_on=None).order_by("-signed_on", "-pk"),
            Delegation.objects.exclude(start_on=None).order_by("-start_on", "-pk"),
            Meeting.objects.exclude(held_on=None).order_by("-held_on", "-pk"),
        )
        return timeline(
            *(prepared_for_timeline(queryset[:PANEL_ROWS], evidence=False) for queryset in latest),
            newest_first=True,
        )[:PANEL_ROWS]
