"""List the agreements about to expire, by partner, so that none lapses by mistake; and remind each
agreement's coordinators, a set number of days before its end, once per threshold."""

import argparse
import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.db.models import Prefetch

from agreements.models import Agreement, ExpiryReminder, Institution, coordinator_emails
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


def thresholds_argument(text):
    """ "180,90,30" -> [180, 90, 30]; each a whole number of days, at least 0."""
    try:
        days = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of days: {text!r}") from None
    if not days or min(days) < 0:
        raise argparse.ArgumentTypeError(f"give one or more numbers of days, 0 or more: {text!r}")
    return days


def reminder_text(agreement, threshold, today):
    parties = ", ".join(party.name for party in agreement.parties.all())
    left = (agreement.valid_until - today).days
    return (
        f'The agreement "{agreement}" ({parties}) ends on {agreement.valid_until:%d %b %Y}, '
        f"in {left} days.\n\n"
        f"You are its coordinator. If it is to continue, its renewal needs preparing now.\n\n"
        f"In the registry: {agreement.get_absolute_url()}\n"
        f"(This reminder is sent once, {threshold} days before the end.)"
    )


def send_reminder(agreement, threshold, recipients, today):
    """Send one reminder and record it, both or neither: a failed send is not recorded (the next run
    retries it), and a second run at the same moment finds the record and sends nothing."""
    try:
        with transaction.atomic():
            ExpiryReminder.objects.create(
                agreement=agreement,
                threshold_days=threshold,
                valid_until=agreement.valid_until,
                recipients="\n".join(recipients),
            )
            subject = f"Agreement ending in {(agreement.valid_until - today).days} days: {agreement}"
            send_mail(
                subject, reminder_text(agreement, threshold, today), settings.DEFAULT_FROM_EMAIL, recipients
            )
    except IntegrityError:
        return False
    return True


class Command(BaseCommand):
    help = (
        "Print the agreements expiring soon, grouped by partner; --email sends the list to "
        "REGISTRY_EXPIRY_RECIPIENTS; --remind e-mails each agreement's coordinators at the thresholds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--within", type=int, default=90, metavar="DAYS", help="How far ahead to look (default 90)."
        )
        parser.add_argument("--email", action="store_true", help="Also send the list by email.")
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, help="Pretend today is this date (YYYY-MM-DD)."
        )
        parser.add_argument(
            "--remind",
            action="store_true",
            help="E-mail each agreement's coordinators (and REGISTRY_EXPIRY_RECIPIENTS) once per threshold.",
        )
        parser.add_argument(
            "--thresholds",
            type=thresholds_argument,
            metavar="DAYS,DAYS,...",
            help="Days before the end when --remind reminds (default REGISTRY_EXPIRY_THRESHOLDS: 180,90,30).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="With --remind: list who would be reminded; send nothing."
        )

    def handle(self, *args, within, email, today, remind, thresholds, dry_run, **options):
        if within < 0:
            raise CommandError("--within must be 0 or more days")
        today = today or datetime.date.today()
        if remind:
            self.remind(thresholds or settings.REGISTRY_EXPIRY_THRESHOLDS, today, dry_run)
            return
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

    def remind(self, thresholds, today, dry_run):
        """One reminder per agreement due today (ExpiryReminder.objects.due), to its current coordinators
        with an address and the fixed list; an agreement with neither is named and left for the next run."""
        sent = 0
        for agreement, threshold in ExpiryReminder.objects.due(thresholds, today=today):
            recipients = list(
                dict.fromkeys(coordinator_emails(agreement) + settings.REGISTRY_EXPIRY_RECIPIENTS)
            )
            if not recipients:
                self.stderr.write(
                    f"not reminded (no coordinator e-mail, no REGISTRY_EXPIRY_RECIPIENTS): {agreement}"
                )
                continue
            line = f"{agreement}: {threshold}-day reminder to {', '.join(recipients)}"
            if dry_run:
                self.stdout.write(f"would send {line}")
            elif send_reminder(agreement, threshold, recipients, today):
                sent += 1
                self.stdout.write(f"sent {line}")
        if not dry_run:
            self.stderr.write(f"{sent} reminder(s) sent")
