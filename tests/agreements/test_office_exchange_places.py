"""Exchange places: per academic year, direction and kind of mobility, places offered and used."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from agreements.models import AgreementKind, ExchangeDirection, ExchangePlaces, Mobility, StudyLevel
from tests.builders import make_agreement, make_home, make_institution

pytestmark = pytest.mark.django_db


def places(agreement, **fields):
    return ExchangePlaces(
        **{
            "agreement": agreement,
            "academic_year": 2025,
            "direction": ExchangeDirection.OUTGOING,
            "people": 2,
            "months": Decimal("10"),
            **fields,
        }
    )


def exchange_agreement(*parties):
    return make_agreement(*parties, kind=AgreementKind.STUDENT_EXCHANGE)


def test_places_with_level_and_isced_subject_are_valid_on_an_exchange_agreement():
    home, partner = make_home(), make_institution()
    agreement = exchange_agreement(home, partner)
    offer = places(agreement, partner=partner, study_level=StudyLevel.MASTER, subject_area="023")
    offer.full_clean()
    offer.save()
    assert offer.get_subject_area_display() == "023 Languages"
    assert str(offer) == "2025/26 Outgoing (from us): 2 students"


@pytest.mark.parametrize(
    ("kind", "fields", "field"),
    [
        (AgreementKind.MOU, {}, "agreement"),  # a memorandum sets no places
        (
            AgreementKind.STUDENT_EXCHANGE,
            {"mobility": Mobility.STAFF, "study_level": "master"},
            "study_level",
        ),
        (AgreementKind.STUDENT_EXCHANGE, {"subject_area": "999"}, "subject_area"),
    ],
)
def test_places_that_make_no_sense_are_refused_with_the_field_named(kind, fields, field):
    agreement = make_agreement(kind=kind)
    with pytest.raises(ValidationError) as refused:
        places(agreement, **fields).full_clean()
    assert field in refused.value.message_dict


def test_the_partner_of_places_must_be_a_party():
    agreement = exchange_agreement()
    with pytest.raises(ValidationError) as refused:
        places(agreement, partner=make_institution("Not A Party")).full_clean()
    assert "partner" in refused.value.message_dict


def test_the_database_refuses_an_unknown_subject_code_and_the_same_places_twice():
    agreement = exchange_agreement()
    with pytest.raises(IntegrityError), transaction.atomic():
        places(agreement, subject_area="999").save()
    places(agreement).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        places(agreement).save()
    places(agreement, direction=ExchangeDirection.INCOMING).save()  # the other direction is other places


def test_totals_per_year_add_up_offered_and_used_in_one_query(django_assert_num_queries):
    agreement = exchange_agreement()
    places(agreement, people=2, months=Decimal("10"), people_used=1, months_used=Decimal("5")).save()
    places(agreement, direction=ExchangeDirection.INCOMING, people=3, months=Decimal("15")).save()
    places(agreement, academic_year=2026, people=4, months=Decimal("20")).save()
    with django_assert_num_queries(1):
        totals = ExchangePlaces.objects.totals_by_year()
    assert totals == {
        2025: {"people": 5, "months": Decimal("25"), "people_used": 1, "months_used": Decimal("5")},
        2026: {"people": 4, "months": Decimal("20"), "people_used": None, "months_used": None},
    }


def test_the_agreement_page_shows_places_offered_and_used_per_year(staff_client):
    partner = make_institution("Universidad de Chile")
    agreement = exchange_agreement(make_home(), partner)
    places(
        agreement, partner=partner, people=2, people_used=1, months_used=Decimal("4.5"), subject_area="04"
    ).save()
    places(
        agreement,
        academic_year=2024,
        direction=ExchangeDirection.INCOMING,
        mobility=Mobility.STAFF,
        people=1,
        months=Decimal("0.5"),
    ).save()
    page = staff_client.get(agreement.get_absolute_url()).content.decode()
    section = page.split('id="places-heading"')[1].split("</section>")[0]
    assert section.index("2024/25") < section.index("2025/26")
    assert "04 Business, administration and law (any)" in section and "Universidad de Chile" in section
    assert "4.5 months" in section and "Staff" in section and "not known yet" in section


def test_the_statistics_page_charts_places_offered_and_used_per_year(staff_client):
    agreement = exchange_agreement()
    places(agreement, people=6, people_used=4, months_used=Decimal("20")).save()
    places(agreement, academic_year=2026, people=8).save()
    response = staff_client.get(reverse("statistics"))
    figure = next(f for f in response.context["figures"] if f.slug == "exchange-places")
    assert figure.rows == [["2025/26", "6 (10)", "4 (20)"], ["2026/27", "8 (10)", "—"]]
    assert figure.notes == ["Use not recorded yet for 2026/27."]
    assert "Exchange places per academic year" in response.content.decode()
