"""List the agreements about to expire, by partner, so that none lapses by mistake."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management import BaseCommand, CommandError
from django.db.models import Prefetch

from agreements.models import Agreement, Institution
from agreements.models.validity import validity_in_words


def expiring_by_partner(days, today):
    """{partner: [agreements]} for in-force agreements ending within `days` of `today`, soonest first.

    The partner is every party other than the home institution, so an agreement with two partners
    is listed under each of them.
    """
    parties = Prefetch("parties", queryset=Institution.objects.order_by("name"))
    agreements = (
        Agreement.objects.expiring_within(days, today=today)
        .prefetch_related(parties)
        .order_by("ends_on", "pk")
    )
    grouped = defaultdict(list)
    for agreement in agreements:
        for party in agreement.parties.all():
            if not party.is_home:
                grouped[party].append(agreement)
    return dict(sorted(grouped.items(), key=lambda item: (item[1][0].ends_on, item[0].name)))


def describe(grouped, days, today):
    if not grouped:
        return f"No agreement expires in the {days} days from {today:%d %b %Y}."
    lines = [f"Agreements expiring in the {days} days from {today:%d %b %Y}:"]
    for partner, agreements in grouped.items():
        country = f" ({partner.country})" if partner.country else ""
        lines.append(f"\n{partner.name}{country}")
        for agreement in agreements:
            left = (agreement.ends_on - today).days
            assumed = ", assumed: no end date recorded" if agreement.end_is_assumed else ""
            lines.append(f"  - {agreement}: ends {agreement.ends_on:%d %b %Y} (in {left} days{assumed})")
    if any(agreement.end_is_assumed for agreements in grouped.values() for agreement in agreements):
        lines.append(f"\nWith no end date recorded, agreements are {validity_in_words()}.")
    return "\n".join(lines)


class Command(BaseCommand):
    help = (
        "Print the agreements expiring soon, grouped by partner; "
        "--email sends the list to REGISTRY_EXPIRY_RECIPIENTS."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--within", type=int, default=90, metavar="DAYS", help="How far ahead to look (default 90)."
        )
        parser.add_argument("--email", action="store_true", help="Also send the list by email.")
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, help="Pretend today is this date (YYYY-MM-DD)."
        )

    def handle(self, *args, within, email, today, **options):
        if within < 0:
            raise CommandError("--within must be 0 or more days")
        today = today or datetime.date.today()
        grouped = expiring_by_partner(within, today)
        text = describe(grouped, within, today)
        self.stdout.write(text)
        if email:
            recipients = settings.REGISTRY_EXPIRY_RECIPIENTS
            if not recipients:
                raise CommandError("--email: set REGISTRY_EXPIRY_RECIPIENTS (comma-separated addresses)")
            count = len({agreement.pk for agreements in grouped.values() for agreement in agreements})
            subject = (
                f"{count} agreement(s) expiring in the next {within} days"
                if grouped
                else "No agreement expiring soon"
            )
            send_mail(subject, text, settings.DEFAULT_FROM_EMAIL, recipients)
            self.stderr.write(f"sent to {', '.join(recipients)}")
