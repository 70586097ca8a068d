"""The home page, the statistics page, the staff calendar feed and its page."""

import datetime

from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.generic import TemplateView

from agreements.models import EXPIRING_SOON_DAYS, Agreement, Institution, in_preparation
from agreements.views import parties_prefetch, timeline
from delegations.models import Delegation, Meeting
from registry.models import CalendarFeed
from registry.pages.calendar import FEED_HISTORY_DAYS, registry_calendar
from registry.pages.statistics import statistics_figures

#: How many records each home-page panel lists (each panel links to the full list).
PANEL_ROWS = 8


class HomeView(LoginRequiredMixin, TemplateView):
    template_name = "registry/home.html"

    def get_context_data(self, **kwargs):
        today = datetime.date.today()
        expiring = Agreement.objects.expiring_within(EXPIRING_SOON_DAYS, today=today)
        in_force = Agreement.objects.count_in_force_on(today)
        return super().get_context_data(
            counts={
                "institutions": Institution.objects.partners().count(),
                "agreements_in_force": in_force["recorded"] + in_force["assumed"],
                "agreements_in_force_assumed": in_force["assumed"],
                "agreements_validity_unknown": Agreement.objects.validity_unknown().count(),
                "delegations": Delegation.objects.count(),
                "meetings": Meeting.objects.count(),
            },
            expiry_warning_days=EXPIRING_SOON_DAYS,
            expiring_count=expiring.count(),
            expiring=expiring.prefetch_related(parties_prefetch()).order_by("ends_on", "pk")[:PANEL_ROWS],
            preparing=in_preparation().prefetch_related(parties_prefetch())[:PANEL_ROWS],
            preparing_count=in_preparation().count(),
            not_reviewed=self.not_reviewed(),
            latest=self.latest_activity(),
            **kwargs,
        )

    def not_reviewed(self):
        """Per kind of record: how many no person has checked yet, linked to the list of them."""
        lists = (
            (Institution, "agreements:institution-list"),
            (Agreement, "agreements:agreement-list"),
            (Delegation, "delegations:delegation-list"),
            (Meeting, "delegations:meeting-list"),
        )
        return [
            {
                "label": model._meta.verbose_name_plural.capitalize(),
                "count": model.objects.not_reviewed().count(),
                "list_url": f"{reverse(url_name)}?review=no",
            }
            for model, url_name in lists
        ]

    def latest_activity(self):
        """The most recent dated agreements, delegations and meetings, newest first."""
        latest = (
            Agreement.objects.exclude(signed_on=None).order_by("-signed_on", "-pk"),
            Delegation.objects.exclude(start_on=None).order_by("-start_on", "-pk"),
            Meeting.objects.exclude(held_on=None).order_by("-held_on", "-pk"),
        )
        return timeline(
            *(queryset[:PANEL_ROWS].for_timeline(evidence=False) for queryset in latest),
            newest_first=True,
        )[:PANEL_ROWS]


class StatisticsView(LoginRequiredMixin, TemplateView):
    """Charts of agreements and delegations over time and partners by country, each with its table."""

    template_name = "registry/statistics.html"
    extra_context = {"section": "statistics"}

    def get_context_data(self, **kwargs):
        return super().get_context_data(figures=statistics_figures(), **kwargs)


@method_decorator(login_not_required, name="dispatch")
class CalendarFeedView(View):
    """The iCalendar feed. Calendar programs cannot log in: the secret token in the address stands in.

    With `?token=`, the token must be an active user's current one, or the answer is 404 (the same for
    a wrong, revoked, malformed or inactive user's token, so nothing is learnt from it). Without it,
    a logged-in user downloads the same feed; anyone else is sent to log in, as on every page.
    """

    def get(self, request):
        token = request.GET.get("token")
        if token is None and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if token is not None:
            feed = CalendarFeed.objects.for_token(token)
            if feed is None:
                raise Http404("No calendar feed has this address.")
            feed.mark_used()
        response = HttpResponse(
            registry_calendar(datetime.date.today(), request.build_absolute_uri),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = 'inline; filename="cooperation-registry.ics"'
        response["Cache-Control"] = "private, no-cache"
        return response


class CalendarFeedPageView(LoginRequiredMixin, TemplateView):
    """Where a user creates, replaces or turns off their calendar feed address."""

    template_name = "registry/calendar_feed.html"
    extra_context = {"section": "calendar", "feed_history_days": FEED_HISTORY_DAYS}

    def get_context_data(self, **kwargs):
        feed = CalendarFeed.objects.filter(user=self.request.user).first()
        return super().get_context_data(feed=feed, **kwargs)

    def post(self, request):
        """`create`: a new token (the old one stops working), shown this once. `revoke`: the feed ends."""
        action = request.POST.get("action")
        if action == "revoke":
            CalendarFeed.objects.filter(user=request.user).delete()
            return redirect("calendar")
        if action != "create":
            return HttpResponse("Unknown action.", status=400, content_type="text/plain")
        token = CalendarFeed.issue(request.user)
        address = f"{request.build_absolute_uri(reverse('calendar-feed'))}?token={token}"
        response = self.render_to_response(
            self.get_context_data(feed_url=address, webcal_url=address.replace(request.scheme, "webcal", 1))
        )
        response["Cache-Control"] = "no-store"  # the page holds the secret: keep it out of every cache
        return response
