"""expiring_agreements: what is about to lapse, by partner, on screen or by email."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from tests.builders import make_agreement, make_home, make_institution

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 24)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("expiring_agreements", "--today", TODAY.isoformat(), *args, stdout=out, stderr=err)
    return out.getvalue()


def in_days(days):
    return TODAY + datetime.timedelta(days=days)


def test_lists_agreements_ending_within_the_window_grouped_by_partner_soonest_first():
    home = make_home()
    haifa, rwth = (
        make_institution("University of Haifa", country="IL"),
        make_institution("RWTH Aachen University"),
    )
    make_agreement(home, haifa, title="Haifa MoU", valid_until=in_days(60))
    make_agreement(home, rwth, title="RWTH exchange", valid_until=in_days(20))
    make_agreement(home, rwth, title="Later", valid_until=in_days(120))
    make_agreement(home, haifa, title="Self-renewing", valid_until=in_days(10), auto_renews=True)
    out = run("--within", "90")
    assert out.index("RWTH Aachen University") < out.index("University of Haifa (IL)")
    assert "RWTH exchange: ends 14 Dec 2026 (in 20 days)" in out
    assert "Haifa MoU" in out and "Later" not in out and "Self-renewing" not in out
    assert "Home University" not in out


def test_says_so_when_nothing_expires():
    assert "No agreement expires in the 90 days from 24 Nov 2026." in run()


def test_email_sends_the_same_list_to_the_configured_recipients(settings):
    settings.REGISTRY_EXPIRY_RECIPIENTS = ["office@example.org"]
    make_agreement(title="Haifa MoU", valid_until=in_days(5))
    out = run("--email")
    (message,) = mail.outbox
    assert (
        message.to == ["office@example.org"]
        and message.subject == "1 agreement(s) expiring in the next 90 days"
    )
    assert message.body == out.strip()


def test_email_without_recipients_is_a_clear_error(settings):
    settings.REGISTRY_EXPIRY_RECIPIENTS = []
    with pytest.raises(CommandError, match="REGISTRY_EXPIRY_RECIPIENTS"):
        run("--email")


def test_an_agreement_with_no_end_date_is_listed_on_its_assumed_end_and_says_so(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5}
    home = make_home()
    haifa = make_institution("University of Haifa", country="IL")
    make_agreement(home, haifa, title="2021 MoU", kind="mou", signed="2021-12-14")
    out = run("--within", "90")
    assert "2021 MoU: ends 14 Dec 2026 (in 20 days, assumed: no end date recorded)" in out
    assert "With no end date recorded, agreements are assumed to run" in out
    assert "memorandum of understanding 5 years" in out
