"""Expiry reminders to each agreement's coordinators, N days before its end, once per threshold."""

import datetime
import io
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command

from agreements.models import Contact, Coordinator, ExpiryReminder, coordinator_emails
from tests.builders import make_agreement, make_contact, make_home, make_institution

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 24)


def remind(*args, today=TODAY):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "expiring_agreements", "--remind", "--today", today.isoformat(), *args, stdout=out, stderr=err
    )
    return out.getvalue(), err.getvalue()


def coordinated_agreement(ends_in, title="Haifa MoU", **fields):
    """An agreement ending `ends_in` days after TODAY, with our coordinator and the partner's."""
    home, partner = make_home(), make_institution("University of Haifa")
    agreement = make_agreement(
        home, partner, title=title, valid_until=TODAY + datetime.timedelta(ends_in), **fields
    )
    Coordinator.objects.create(agreement=agreement, contact=make_contact(home, "Ana", email="ana@home.edu"))
    Coordinator.objects.create(
        agreement=agreement, contact=make_contact(partner, "Ron", email="ron@haifa.ac.il")
    )
    return agreement


def test_the_coordinators_of_each_agreement_get_its_reminder(settings):
    settings.REGISTRY_EXPIRY_RECIPIENTS = []
    agreement = coordinated_agreement(ends_in=80)
    out, _err = remind("--thresholds", "180,90,30")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@home.edu", "ron@haifa.ac.il"]
    assert message.subject == "Agreement ending in 80 days: Haifa MoU"
    assert "ends on 12 Feb 2027" in message.body and agreement.get_absolute_url() in message.body
    assert "90-day reminder" in out
    reminder = ExpiryReminder.objects.get()
    assert (reminder.threshold_days, reminder.valid_until) == (90, agreement.valid_until)


def test_each_threshold_is_sent_once_and_the_next_one_when_it_comes():
    coordinated_agreement(ends_in=80)
    remind("--thresholds", "180,90,30")
    remind("--thresholds", "180,90,30")  # the next day's run, same threshold: nothing new
    assert len(mail.outbox) == 1
    remind("--thresholds", "180,90,30", today=TODAY + datetime.timedelta(days=55))  # 25 days left
    assert len(mail.outbox) == 2
    assert sorted(ExpiryReminder.objects.values_list("threshold_days", flat=True)) == [30, 90]


def test_an_agreement_first_seen_late_gets_only_the_nearest_threshold():
    coordinated_agreement(ends_in=20)
    remind("--thresholds", "180,90,30")
    assert list(ExpiryReminder.objects.values_list("threshold_days", flat=True)) == [30]
    assert len(mail.outbox) == 1


def test_an_extended_end_date_arms_the_reminders_again():
    agreement = coordinated_agreement(ends_in=20)
    remind("--thresholds", "30")
    agreement.valid_until = TODAY + datetime.timedelta(days=400)
    agreement.save()
    remind("--thresholds", "30", today=TODAY + datetime.timedelta(days=380))
    assert len(mail.outbox) == 2


def test_the_fixed_list_is_still_copied_and_former_coordinators_are_not(settings):
    settings.REGISTRY_EXPIRY_RECIPIENTS = ["office@home.edu"]
    coordinated_agreement(ends_in=10)
    Contact.objects.filter(name="Ron").update(is_current=False)
    remind()
    assert mail.outbox[0].to == ["ana@home.edu", "office@home.edu"]


def test_the_thresholds_default_to_the_setting(settings):
    settings.REGISTRY_EXPIRY_THRESHOLDS = [7]
    coordinated_agreement(ends_in=20)
    remind()
    assert mail.outbox == []
    remind(today=TODAY + datetime.timedelta(days=14))
    assert ExpiryReminder.objects.get().threshold_days == 7


def test_an_agreement_no_one_can_be_told_about_is_named_and_left_for_the_next_run(settings):
    settings.REGISTRY_EXPIRY_RECIPIENTS = []
    make_agreement(title="Orphan MoU", valid_until=TODAY + datetime.timedelta(days=10))
    _out, err = remind()
    assert "not reminded" in err and "Orphan MoU" in err
    assert not ExpiryReminder.objects.exists()


def test_a_failed_send_is_not_recorded_so_the_next_run_retries():
    coordinated_agreement(ends_in=10)
    with (
        mock.patch(
            "registry.management.commands.expiring_agreements.send_mail", side_effect=OSError("SMTP down")
        ),
        pytest.raises(OSError),
    ):
        remind()
    assert not ExpiryReminder.objects.exists()
    remind()
    assert ExpiryReminder.objects.count() == 1


def test_dry_run_lists_who_would_be_reminded_and_sends_nothing():
    coordinated_agreement(ends_in=10)
    out, _err = remind("--dry-run")
    assert "would send Haifa MoU: 30-day reminder to ana@home.edu, ron@haifa.ac.il" in out
    assert mail.outbox == [] and not ExpiryReminder.objects.exists()


@pytest.mark.parametrize("bad", ["90,soon", "-5", ""])
def test_bad_thresholds_are_a_clear_error(bad):
    with pytest.raises(Exception, match="days"):
        remind("--thresholds", bad)


@pytest.mark.parametrize("agreements", [1, 20])
def test_finding_due_reminders_costs_the_same_queries_for_one_agreement_and_twenty(
    django_assert_num_queries, agreements
):
    home = make_home()
    for index in range(agreements):
        agreement = make_agreement(
            home, make_institution(), valid_until=TODAY + datetime.timedelta(days=index)
        )
        Coordinator.objects.create(
            agreement=agreement, contact=make_contact(home, f"C{index}", email="c@x.org")
        )
    with django_assert_num_queries(
        4
    ):  # agreements, their parties, coordinators with contacts, reminders sent
        due = ExpiryReminder.objects.due([30], today=TODAY)
        assert [coordinator_emails(agreement) for agreement, _days in due] == [["c@x.org"]] * agreements
