"""What an institution's history adds up to (`with_activity`): the columns of the institution list."""

import datetime

import pytest

from agreements.models import AgreementStatus, Institution
from tests.builders import make_agreement, make_delegation, make_institution, make_meeting

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2025, 6, 15)


def activity(institution):
    row = Institution.objects.with_activity(TODAY).get(pk=institution.pk)
    return {
        "latest": row.latest_activity,
        "agreements": row.agreement_count,
        "delegations": row.delegation_count,
        "meetings": row.meeting_count,
        "in force": row.has_active_agreement,
    }


def test_an_institution_with_no_history_has_zero_counts_and_no_latest_day():
    quiet = make_institution("Quiet partner")
    assert activity(quiet) == {
        "latest": None,
        "agreements": 0,
        "delegations": 0,
        "meetings": 0,
        "in force": False,
    }


def test_every_kind_of_record_counts_once_and_the_latest_first_day_wins():
    partner, other = make_institution("Busy partner"), make_institution("Other")
    make_agreement(
        partner,
        other,
        signed="2019-04-02",
        status=AgreementStatus.SIGNED,
        valid_until=datetime.date(2026, 1, 1),
    )
    make_agreement(partner, signed="2021", status=AgreementStatus.DRAFT)
    make_agreement(partner)  # undated: counted, no day
    make_delegation(partner, other, start="2022-03-05")  # sent
    make_delegation(other, partner, start="2023-07")  # hosted
    make_delegation(partner)  # undated
    make_meeting(partner, other, date="2024-11")  # the latest: its first day
    make_meeting(partner)
    make_agreement(other, signed="2025-05-01")  # another institution's history is not this one's
    assert activity(partner) == {
        "latest": datetime.date(2024, 11, 1),
        "agreements": 3,
        "delegations": 3,
        "meetings": 2,
        "in force": True,
    }


def test_an_institution_with_only_undated_records_has_counts_but_no_latest_day():
    partner = make_institution("Undated partner")
    make_agreement(partner)
    make_meeting(partner)
    make_delegation(visitor=make_institution(), host=partner)
    assert activity(partner) == {
        "latest": None,
        "agreements": 1,
        "delegations": 1,
        "meetings": 1,
        "in force": False,
    }


def test_the_columns_of_many_institutions_are_each_their_own():
    first, second, third = (make_institution(name) for name in ["First", "Second", "Third"])
    make_agreement(first, second, signed="2020-01-01")
    make_meeting(second, third, date="2018-02-03")
    make_delegation(third, first, start="2021-06-07")
    rows = Institution.objects.with_activity(TODAY).order_by("name")
    columns = [
        (row.name, row.agreement_count, row.delegation_count, row.meeting_count, row.latest_activity)
        for row in rows
    ]
    assert columns == [
        ("First", 1, 1, 0, datetime.date(2021, 6, 7)),
        ("Second", 1, 0, 1, datetime.date(2020, 1, 1)),
        ("Third", 0, 1, 1, datetime.date(2021, 6, 7)),
    ]
