"""The institution lists' activity columns compiled once a day (agreements.views.institutions_with_activity).

The eight correlated subqueries of `with_activity` are compiled to SQL once and reused as raw SQL by
every request: what they give, filter and order must be what `with_activity` itself gives.
"""

import datetime

import pytest

from agreements.models import Institution
from agreements.views import institutions_with_activity
from tests.builders import make_agreement, make_delegation, make_institution, make_meeting

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2024, 6, 1)
COLUMNS = (
    "pk",
    "latest_activity",
    "agreement_count",
    "delegation_count",
    "meeting_count",
    "has_active_agreement",
)


@pytest.fixture
def histories():
    quiet = make_institution("Quiet College of Tarnwick")
    busy = make_institution("Harrowmere Institute of Technology", country="DE")
    other = make_institution("Polytechnic of Vell Orin")
    make_agreement(busy, other, signed="2019-03-01", valid_until=datetime.date(2030, 1, 1))
    make_agreement(busy, other, signed="2012", status="terminated")
    make_delegation(visitor=busy, host=other, start="2021-05")
    make_delegation(visitor=other, host=busy, start="2022-09-14")
    make_meeting(busy, other, date="2023-01-10")
    make_meeting(other, date="2020")
    return quiet, busy, other


def values(queryset):
    return list(queryset.order_by("pk").values_list(*COLUMNS))


def test_the_compiled_columns_are_what_with_activity_gives(histories):
    assert values(institutions_with_activity(TODAY)) == values(Institution.objects.with_activity(TODAY))
    quiet, busy, _other = histories
    by_pk = {row[0]: row for row in values(institutions_with_activity(TODAY))}
    assert by_pk[quiet.pk][1:] == (None, 0, 0, 0, False)
    assert by_pk[busy.pk][2:] == (2, 2, 1, True)


@pytest.mark.parametrize(
    "narrowed",
    [
        lambda rows: rows.filter(has_active_agreement=True),
        lambda rows: rows.filter(country="DE"),
        lambda rows: rows.filter(agreement_count__gte=1).order_by("-latest_activity", "pk"),
        lambda rows: rows.filter(pk__in=Institution.objects.filter(name__icontains="of").values("pk")),
        lambda rows: rows.order_by("-meeting_count", "name"),
        lambda rows: rows.select_related("parent").order_by("name")[:2],
    ],
)
def test_filtered_ordered_and_cut_alike(histories, narrowed):
    compiled = narrowed(institutions_with_activity(TODAY))
    built = narrowed(Institution.objects.with_activity(TODAY))
    assert list(compiled.values_list(*COLUMNS)) == list(built.values_list(*COLUMNS))
    assert compiled.count() == built.count()


def test_each_day_has_its_own_columns(histories):
    _quiet, busy, _other = histories
    later = institutions_with_activity(datetime.date(2031, 1, 1)).get(pk=busy.pk)
    assert later.has_active_agreement is False
    assert institutions_with_activity(TODAY).get(pk=busy.pk).has_active_agreement is True
