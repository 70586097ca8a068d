"""The expiring agreements' conditions compiled once a day (agreements.filters.expiring_condition).

The list filtered by "expiring within N days" takes the conditions of `expiring_within` as SQL built
once per day and number of days: what it finds, counts and orders must be what `expiring_within`
itself gives.
"""

import datetime

import pytest

from agreements.filters import expiring_condition
from agreements.models import Agreement
from tests.builders import make_account, make_agreement, make_institution

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def days_from_today(days):
    return TODAY + datetime.timedelta(days=days)


@pytest.fixture
def agreements():
    kestrel = make_institution("Kestrelford School of Design")
    umber = make_institution("Umberlane Veterinary College")
    found = [
        make_agreement(kestrel, umber, signed="2020-02-01", status="signed", valid_until=days_from_today(20)),
        make_agreement(kestrel, signed="2019", status="renewed", valid_until=days_from_today(75)),
        make_agreement(umber, signed="2018", status="signed", valid_until=days_from_today(200)),
        make_agreement(
            umber, signed="2018", status="signed", auto_renews=True, valid_until=days_from_today(9)
        ),
        make_agreement(kestrel, signed="2017", status="terminated", valid_until=days_from_today(30)),
        make_agreement(kestrel, signed="2016", status="signed", valid_until=days_from_today(-3)),
        # No end recorded: the kind's assumed term (five years for an MoU) ends in about 40 days.
        make_agreement(
            umber,
            kind="mou",
            status="signed",
            signed=(TODAY - datetime.timedelta(days=5 * 365 - 40)).isoformat(),
        ),
    ]
    return kestrel, umber, found


@pytest.mark.parametrize("days", [0, 30, 90, 365])
def test_the_compiled_conditions_find_what_expiring_within_finds(agreements, days):
    expected = Agreement.objects.expiring_within(days, today=TODAY).order_by("ends_on", "pk")
    compiled = Agreement.objects.filter(expiring_condition(days, TODAY, "default")).with_end()
    assert list(compiled.order_by("ends_on", "pk").values_list("pk", "ends_on", "end_is_assumed")) == list(
        expected.values_list("pk", "ends_on", "end_is_assumed")
    )
    assert compiled.count() == expected.count()


def test_the_list_with_other_filters_shows_what_expiring_within_gives(client, agreements):
    kestrel, _umber, _found = agreements
    client.force_login(make_account(role="viewer"))
    response = client.get("/agreements/", {"expiring_within": "90", "party": kestrel.pk})
    shown = [agreement.pk for agreement in response.context["object_list"]]
    expected = Agreement.objects.expiring_within(90, today=TODAY).involving(kestrel).order_by("ends_on", "pk")
    assert shown == [agreement.pk for agreement in expected]
    assert response.context["paginator"].count == len(shown) > 0
