"""The calendar feed: iCalendar text that calendar programs read, behind a per-user secret token."""

import datetime
import re

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import AgreementStatus
from registry.models import CalendarFeed, token_digest
from registry.pages.calendar import Event, escape_text, fold, registry_calendar, render_calendar
from tests.builders import (
    make_account,
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_person,
)

FEED = reverse("calendar-feed")
PAGE = reverse("calendar")
TODAY = datetime.date.today()
STAMP = datetime.datetime(2025, 6, 15, 8, 30, tzinfo=datetime.UTC)


def days(count):
    return TODAY + datetime.timedelta(days=count)


def make_event(**fields):
    return Event(
        **{
            "uid": "event-1@test",
            "summary": "Summary",
            "first_day": datetime.date(2025, 7, 1),
            "last_day": datetime.date(2025, 7, 1),
            "description": "Description",
            "url": "https://registry.example.org/agreements/1/",
            "changed_at": STAMP,
            **fields,
        }
    )


def parse(text):
    return icalendar.Calendar.from_ical(text)


def events_of(text):
    return {str(event["SUMMARY"]): event for event in parse(text).walk("VEVENT")}


class TestText:
    """The iCalendar rules the writer follows (RFC 5545 3.1 and 3.3.11), checked without a database."""

    def test_text_escapes_backslash_semicolon_comma_and_line_breaks(self):
        assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"

    def test_short_lines_are_not_folded(self):
        assert fold("SUMMARY:short") == "SUMMARY:short"

    def test_long_lines_fold_at_75_octets_with_a_space_on_each_continuation(self):
        line = "DESCRIPTION:" + "x" * 200
        pieces = fold(line).split("\r\n")
        assert [len(piece.encode()) for piece in pieces] == [75, 75, 64]
        assert all(piece.startswith(" ") for piece in pieces[1:])
        assert "".join(piece[1:] if number else piece for number, piece in enumerate(pieces)) == line

    def test_folding_never_cuts_a_multibyte_character(self):
        line = "SUMMARY:" + "Université de Genève → Tōkyō 東京大学 " * 6
        pieces = fold(line).split("\r\n")
        assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
        for piece in pieces:
            piece.encode("utf-8").decode("utf-8")  # each piece is whole UTF-8 on its own
        assert "".join(piece[1:] if number else piece for number, piece in enumerate(pieces)) == line

    def test_every_line_ends_with_crlf_and_none_is_longer_than_75_octets(self):
        text = render_calendar([make_event(description="Long, with; escapes\n" * 20)], "Registry")
        assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))

    def test_the_text_parses_back_with_every_value_intact(self):
        description = "Between Université de Genève, Tōkyō; and a back\\slash.\nSecond line."
        event = make_event(summary="Ends: MoU, phase 2; renewed", description=description)
        text = render_calendar([event], "Registry")
        calendar = parse(text)
        assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar
        (event,) = calendar.walk("VEVENT")
        assert str(event["SUMMARY"]) == "Ends: MoU, phase 2; renewed"
        assert str(event["DESCRIPTION"]) == description
        assert event.decoded("DTSTART") == datetime.date(2025, 7, 1)
        assert event.decoded("DTEND") == datetime.date(2025, 7, 2)  # the day after: all-day, one day
        assert event.decoded("DTSTAMP") == STAMP
        assert str(event["UID"]) == "event-1@test"


@pytest.mark.django_db
class TestFeedContent:
    def feed(self):
        return registry_calendar(TODAY, lambda path: f"https://registry.example.org{path}")

    def test_an_agreement_end_date_is_an_all_day_event_with_the_parties_and_a_link(self):
        agreement = make_agreement(
            make_institution("University of Haifa"),
            make_home("Harbin Institute of Technology"),
            title="Haifa MoU",
            signed="2021-05",
            valid_until=days(40),
        )
        event = events_of(self.feed())["Agreement ends: Haifa MoU"]
        assert event.decoded("DTSTART") == days(40) and event.decoded("DTEND") == days(41)
        assert "Harbin Institute of Technology, University of Haifa" in str(event["DESCRIPTION"])
        assert str(event["URL"]) == f"https://registry.example.org{agreement.get_absolute_url()}"
        assert str(event["UID"]) == f"agreement-{agreement.uid}-ends@cooperation-registry"

    def test_only_agreements_that_end_for_real_and_not_long_ago(self):
        make_agreement(title="Ends", valid_until=days(10))
        make_agreement(title="Renews itself", valid_until=days(10), auto_renews=True)
        make_agreement(title="Terminated", valid_until=days(10), status=AgreementStatus.TERMINATED)
        make_agreement(title="Open-ended", is_open_ended=True)
        make_agreement(title="Ended two years ago", valid_until=days(-730))
        assert list(events_of(self.feed())) == ["Agreement ends: Ends"]

    def test_a_delegation_runs_from_its_first_to_its_last_day(self):
        make_delegation(
            make_institution("RWTH Aachen University"),
            None,
            start=days(20).isoformat(),
            end=days(22).isoformat(),
            size=6,
            purpose="Talks on a joint lab.",
            leader=make_person("Ulrich Rüdiger"),
            leader_title="Rector",
        )
        event = events_of(self.feed())["Delegation: RWTH Aachen University → Home institution"]
        assert event.decoded("DTSTART") == days(20) and event.decoded("DTEND") == days(23)
        description = str(event["DESCRIPTION"])
        assert "Inbound (visiting us)" in description and "Led by Ulrich Rüdiger, Rector." in description
        assert "Talks on a joint lab." in description and "/delegations/" in description

    def test_a_delegation_ending_in_a_month_whose_day_is_unknown_is_its_first_day(self):
        start = datetime.date(TODAY.year + 1, 3, 30)
        make_delegation(make_institution("Tokyo"), None, start=start.isoformat(), end=f"{TODAY.year + 1}-04")
        event = events_of(self.feed())["Delegation: Tokyo → Home institution"]
        one_day = datetime.timedelta(days=1)
        assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (start, start + one_day)
        assert f"Ends Apr {TODAY.year + 1} (the day is not known)." in str(event["DESCRIPTION"])

    def test_a_delegation_dated_only_to_the_month_or_year_gives_no_event(self):
        make_delegation(make_institution("Month only"), None, start=f"{TODAY.year + 1}-05")
        make_delegation(make_institution("Year only"), None, start=f"{TODAY.year + 1}")
        assert list(events_of(self.feed())) == []

    def test_events_come_in_date_order(self):
        make_agreement(title="Later", valid_until=days(60))
        make_delegation(make_institution("Sooner"), None, start=days(5).isoformat())
        assert list(events_of(self.feed())) == [
            "Delegation: Sooner → Home institution",
            "Agreement ends: Later",
        ]


@pytest.fixture
def staff(db):
    return make_account("staff", role="viewer")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def token_from(response):
    return re.search(r"\?token=([A-Za-z0-9_-]+)", response.content.decode()).group(1)


@pytest.mark.django_db
class TestToken:
    def test_a_user_creates_an_address_and_a_calendar_reads_it_without_login(self, staff_client, client):
        make_agreement(title="Haifa MoU", valid_until=days(30))
        response = staff_client.post(PAGE, {"action": "create"})
        assert response.status_code == 200 and response["Cache-Control"] == "no-store"
        token = token_from(response)
        assert len(token) == 43
        assert f"webcal://testserver{FEED}?token={token}" in response.content.decode()

        client.logout()
        feed = client.get(FEED, {"token": token})
        assert feed.status_code == 200
        assert feed["Content-Type"] == "text/calendar; charset=utf-8"
        assert "Agreement ends: Haifa MoU" in events_of(feed.content)

    def test_only_a_digest_of_the_token_is_stored(self, staff_client, staff):
        token = token_from(staff_client.post(PAGE, {"action": "create"}))
        stored = CalendarFeed.objects.get(user=staff).token_hash
        assert stored == token_digest(token) and token not in stored

    def test_the_page_never_shows_the_address_again(self, staff_client):
        token = token_from(staff_client.post(PAGE, {"action": "create"}))
        html = staff_client.get(PAGE).content.decode()
        assert token not in html and "created on" in html

    def test_each_user_has_their_own_token(self, client, django_user_model):
        tokens = []
        for name in ("first", "second"):
            client.force_login(make_account(name))
            tokens.append(token_from(client.post(PAGE, {"action": "create"})))
        assert tokens[0] != tokens[1]
        assert set(CalendarFeed.objects.values_list("user__username", flat=True)) == {"first", "second"}
        client.logout()
        assert all(client.get(FEED, {"token": token}).status_code == 200 for token in tokens)

    def test_a_new_address_revokes_the_old_one(self, staff_client, client):
        old = token_from(staff_client.post(PAGE, {"action": "create"}))
        new = token_from(staff_client.post(PAGE, {"action": "create"}))
        assert client.get(FEED, {"token": old}).status_code == 404
        assert client.get(FEED, {"token": new}).status_code == 200

    def test_turning_the_feed_off_revokes_it(self, staff_client, client, staff):
        token = token_from(staff_client.post(PAGE, {"action": "create"}))
        response = staff_client.post(PAGE, {"action": "revoke"})
        assert response.status_code == 302 and response["Location"] == PAGE
        assert not CalendarFeed.objects.filter(user=staff).exists()
        assert client.get(FEED, {"token": token}).status_code == 404
        assert "You have no feed address yet" in staff_client.get(PAGE).content.decode()

    def test_an_inactive_users_token_stops_working(self, staff_client, client, staff):
        token = token_from(staff_client.post(PAGE, {"action": "create"}))
        staff.is_active = False
        staff.save()
        assert client.get(FEED, {"token": token}).status_code == 404

    @pytest.mark.parametrize(
        "token",
        ["", "wrong", "A" * 43, "a" * 5000, "x" * 42 + "é", "../../etc/passwd", "' OR 1=1 --", "%00" * 20],
    )
    def test_a_bad_token_is_a_404_not_a_500(self, staff_client, client, token):
        staff_client.post(PAGE, {"action": "create"})
        response = client.get(FEED, {"token": token})
        assert response.status_code == 404
        assert b"BEGIN:VCALENDAR" not in response.content

    def test_a_malformed_token_is_refused_without_a_query(self, client, django_assert_num_queries):
        with django_assert_num_queries(0):
            assert client.get(FEED, {"token": "a" * 5000}).status_code == 404

    def test_the_last_fetch_is_shown_on_the_page(self, staff_client, client):
        token = token_from(staff_client.post(PAGE, {"action": "create"}))
        assert "No calendar has fetched it yet" in staff_client.get(PAGE).content.decode()
        client.get(FEED, {"token": token})
        assert "A calendar last fetched it on" in staff_client.get(PAGE).content.decode()

    def test_an_unknown_action_is_a_400(self, staff_client):
        assert staff_client.post(PAGE, {"action": "explode"}).status_code == 400
        assert not CalendarFeed.objects.exists()


@pytest.mark.django_db
class TestAccess:
    def test_the_page_needs_a_login(self, client):
        assert client.get(PAGE)["Location"].startswith(reverse("login"))
        assert client.post(PAGE, {"action": "create"})["Location"].startswith(reverse("login"))
        assert not CalendarFeed.objects.exists()

    def test_without_a_token_a_visitor_is_sent_to_log_in(self, client):
        response = client.get(FEED)
        assert response.status_code == 302 and response["Location"] == f"{reverse('login')}?next={FEED}"

    def test_a_logged_in_user_downloads_the_feed_without_a_token(self, staff_client):
        make_agreement(title="Haifa MoU", valid_until=days(30))
        response = staff_client.get(FEED)
        assert response.status_code == 200 and "Agreement ends: Haifa MoU" in events_of(response.content)

    def test_creating_an_address_takes_a_post_with_the_csrf_token(self, staff):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.force_login(staff)
        assert client.post(PAGE, {"action": "create"}).status_code == 403
        assert not CalendarFeed.objects.exists()

    def test_the_header_links_to_the_calendar_page(self, staff_client):
        assert f'href="{PAGE}"' in staff_client.get(reverse("home")).content.decode()


@pytest.mark.django_db
def test_feed_query_count_does_not_grow_with_events(staff_client, client):
    token = token_from(staff_client.post(PAGE, {"action": "create"}))

    def add(count):
        for number in range(count):
            make_agreement(valid_until=days(number + 1))
            make_delegation(
                make_institution(), None, start=days(number + 1).isoformat(), leader=make_person()
            )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(FEED, {"token": token}).status_code == 200
        return len(captured)

    add(2)
    with_two = queries()
    add(30)
    assert queries() == with_two


@pytest.mark.django_db
def test_an_agreement_with_no_end_date_gets_an_event_on_its_assumed_end_that_says_so(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5}
    signed = TODAY.replace(year=TODAY.year - 5) + datetime.timedelta(days=30)
    make_agreement(title="Undated MoU", kind="mou", signed=signed.isoformat())
    make_agreement(title="No term for its kind", kind="other", signed=signed.isoformat())
    events = events_of(registry_calendar(TODAY, lambda path: f"https://registry.example.org{path}"))
    event = events["Agreement ends (assumed): Undated MoU"]
    assert event.decoded("DTSTART") == signed.replace(year=signed.year + 5)
    assert "No end date is recorded" in str(event["DESCRIPTION"])
    assert "memorandum of understanding 5 years" in str(event["DESCRIPTION"])
    assert list(events) == ["Agreement ends (assumed): Undated MoU"]
