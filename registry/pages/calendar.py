"""The staff calendar feed: agreement end dates and delegations as iCalendar (RFC 5545) text.

The text is written here rather than with a library: the feed needs a dozen properties, and the
rules that matter (CRLF line ends, lines folded at 75 octets, escaped text) are a few lines each.
tests/pages/test_calendar.py checks them and parses the output back with the `icalendar` package.

What the feed holds:
- each signed or renewed agreement's end date (`valid_until`), an all-day event, unless it renews
  itself; the event names the parties and links to the agreement page;
- each delegation whose start is known to the day, from its first to its last day (the start day
  alone when the end is unknown or known only to the month or year). A delegation dated only to the
  month or the year gives no event: a calendar cannot say "some day in June", and an event across the
  whole month would read as a month-long visit. The delegation list shows them.
Both from FEED_HISTORY_DAYS ago on, so a calendar keeps the recent past and the feed stays small.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch

from agreements.models import Agreement, Institution
from agreements.models.validity import validity_in_words
from delegations.models import Delegation

PRODUCT_ID = "-//International Office//Cooperation registry//EN"
#: RFC 5545 3.1: a content line is at most this many octets (bytes of UTF-8), line break excluded.
LINE_OCTETS = 75
#: Events that ended up to this many days ago stay in the feed.
FEED_HISTORY_DAYS = 365
#: How often calendar programs that honour it should fetch the feed again (RFC 7986 REFRESH-INTERVAL).
REFRESH_INTERVAL = "PT6H"
HOME = "Home institution"  # how a blank side of a delegation reads, as on the delegation pages


def escape_text(value):
    """A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11)."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """`line` cut into pieces of at most 75 octets joined by CRLF and a space (RFC 5545 3.1).

    Cuts fall between characters, never inside a multi-byte UTF-8 one. A continuation starts with the
    space, so it holds at most 74 octets of the line.
    """
    pieces, piece, size, limit = [], [], 0, LINE_OCTETS
    for character in line:
        octets = len(character.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(piece))
            piece, size, limit = [], 0, LINE_OCTETS - 1
        piece.append(character)
        size += octets
    pieces.append("".join(piece))
    return "\r\n ".join(pieces)


def utc_stamp(moment):
    """A DATE-TIME in UTC form, e.g. 20250615T083000Z."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True)
class Event:
    """An all-day event from `first_day` to `last_day` (both included)."""

    uid: str
    summary: str
    first_day: datetime.date
    last_day: datetime.date
    description: str
    url: str
    changed_at: datetime.datetime  # when the record was last saved: the event's DTSTAMP

    def content_lines(self):
        yield "BEGIN:VEVENT"
        yield f"UID:{escape_text(self.uid)}"
        yield f"DTSTAMP:{utc_stamp(self.changed_at)}"
        yield f"DTSTART;VALUE=DATE:{self.first_day:%Y%m%d}"
        # DTEND of an all-day event is the day after the last one (RFC 5545 3.6.1).
        yield f"DTEND;VALUE=DATE:{self.last_day + datetime.timedelta(days=1):%Y%m%d}"
        yield f"SUMMARY:{escape_text(self.summary)}"
        yield f"DESCRIPTION:{escape_text(self.description)}"
        yield f"URL:{self.url}"
        yield "TRANSP:TRANSPARENT"  # a reminder, not a busy day
        yield "END:VEVENT"


def render_calendar(events, name):
    """The iCalendar text of `events`: CRLF after every line, long lines folded."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{escape_text(name)}",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH_INTERVAL}",
        f"X-PUBLISHED-TTL:{REFRESH_INTERVAL}",
    ]
    for event in events:
        lines.extend(event.content_lines())
    lines.append("END:VCALENDAR")
    return "".join(f"{fold(line)}\r\n" for line in lines)


def agreement_events(since, absolute_url):
    """An event on the end date of each agreement ending on or after `since` (two queries).

    With no end date recorded, the event is on the end assumed from the agreement's kind, and says so.
    """
    parties = Prefetch("parties", queryset=Institution.objects.order_by("name"))
    agreements = (
        Agreement.objects.ending_on_or_after(since).prefetch_related(parties).order_by("ends_on", "pk")
    )
    for agreement in agreements:
        url = absolute_url(agreement.get_absolute_url())
        parties = ", ".join(party.name for party in agreement.parties.all()) or "not recorded"
        signed = f"Signed: {agreement.signed}\n" if agreement.signed else ""
        assumed = (
            f"No end date is recorded: agreements with none are {validity_in_words()}.\n"
            if agreement.end_is_assumed
            else ""
        )
        yield Event(
            uid=f"agreement-{agreement.uid}-ends@cooperation-registry",
            summary=f"Agreement ends{' (assumed)' if agreement.end_is_assumed else ''}: {agreement}",
            first_day=agreement.ends_on,
            last_day=agreement.ends_on,
            description=f"{agreement.get_kind_display()} between {parties}.\n{signed}{assumed}{url}",
            url=url,
            changed_at=agreement.updated_at,
        )


def delegation_events(since, absolute_url):
    """An event for each delegation dated to the day that had not ended before `since` (one query)."""
    delegations = (
        Delegation.objects.on_the_calendar(since)
        .select_related("visitor", "host", "leader")
        .order_by("start_on", "pk")
    )
    for delegation in delegations:
        url = absolute_url(delegation.get_absolute_url())
        end = delegation.end
        known_end = end is not None and end.precision == "day"
        details = [delegation.direction.label, f"{delegation.get_mode_display()}."]
        if end is not None and not known_end:
            details.append(f"Ends {end} (the day is not known).")
        if delegation.leader:
            title = f", {delegation.leader_title}" if delegation.leader_title else ""
            details.append(f"Led by {delegation.leader}{title}.")
        if delegation.size:
            details.append(f"{delegation.size} people.")
        if delegation.purpose:
            details.append(delegation.purpose)
        visitor = delegation.visitor.name if delegation.visitor else HOME
        host = delegation.host.name if delegation.host else HOME
        yield Event(
            uid=f"delegation-{delegation.uid}@cooperation-registry",
            summary=f"Delegation: {visitor} → {host}",
            first_day=delegation.start_on,
            last_day=delegation.end_on if known_end else delegation.start_on,
            description="\n".join([*details, url]),
            url=url,
            changed_at=delegation.updated_at,
        )


def registry_calendar(today, absolute_url):
    """The whole feed as of `today`; `absolute_url(path)` makes the links absolute (calendars need that)."""
    since = today - datetime.timedelta(days=FEED_HISTORY_DAYS)
    events = [*agreement_events(since, absolute_url), *delegation_events(since, absolute_url)]
    events.sort(key=lambda event: (event.first_day, event.uid))
    return render_calendar(events, "Cooperation registry")
