"""An institution page's two tallies, counted from querysets annotated once a day (views.tallied_history)."""

import datetime

import pytest

from agreements.models import Agreement, AgreementStatus, Lifecycle
from agreements.views import tallied_history
from delegations.models import Delegation, Direction
from tests.builders import make_agreement, make_delegation, make_home, make_institution

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner():
    home, partner = make_home(), make_institution()
    today = datetime.date.today()
    make_agreement(home, partner, status=AgreementStatus.TERMINATED)
    make_agreement(home, partner, status=AgreementStatus.DRAFT)
    make_agreement(
        home, partner, status=AgreementStatus.SIGNED, valid_until=today + datetime.timedelta(days=30)
    )
    make_agreement(
        home, partner, status=AgreementStatus.SIGNED, valid_until=today - datetime.timedelta(days=1)
    )
    make_agreement(make_institution(), make_institution(), status=AgreementStatus.SIGNED)  # not the partner's
    make_delegation(partner, None)
    make_delegation(home, partner)
    make_delegation(partner, make_institution())
    return partner


def test_the_tallies_from_the_days_annotated_querysets_are_those_counted_afresh(partner):
    with_lifecycle, with_direction = tallied_history(datetime.date.today())
    lifecycles = with_lifecycle.involving(partner).count_by_lifecycle()
    assert lifecycles == Agreement.objects.involving(partner).count_by_lifecycle()
    assert [lifecycles[stage] for stage in (Lifecycle.TERMINATED, Lifecycle.IN_PREPARATION)] == [1, 1]
    assert [lifecycles[stage] for stage in (Lifecycle.EXPIRING_SOON, Lifecycle.EXPIRED)] == [1, 1]
    directions = with_direction.involving(partner).count_by_direction()
    assert directions == Delegation.objects.involving(partner).count_by_direction()
    assert list(directions.values()) == [1, 1, 1] and set(directions) == set(Direction)


def test_a_tally_for_another_day_is_counted_as_of_that_day(partner):
    with_lifecycle, _ = tallied_history(datetime.date.today())
    in_a_year = datetime.date.today() + datetime.timedelta(days=365)
    later = with_lifecycle.involving(partner).count_by_lifecycle(today=in_a_year)
    assert later[Lifecycle.EXPIRED] == 2 and later[Lifecycle.EXPIRING_SOON] == 0
    assert tallied_history(in_a_year)[0].involving(partner).count_by_lifecycle() == later


def test_the_page_shows_the_tallies(staff_client, partner):
    response = staff_client.get(partner.get_absolute_url())
    assert response.context["agreement_counts"] == Agreement.objects.involving(partner).count_by_lifecycle()
    assert response.context["delegation_counts"] == Delegation.objects.involving(partner).count_by_direction()
