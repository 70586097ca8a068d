"""The public partner page: anyone may open /partners/, and it shows nothing that is not public."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse

from agreements.models import AgreementStatus, Contact, Coordinator, Signatory
from tests.builders import (
    make_agreement,
    make_contact,
    make_delegation,
    make_home,
    make_institution,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db
PAGE = reverse("public-partners")
TODAY = datetime.date.today()


@pytest.fixture(autouse=True)
def fresh_cache():
    """The page is cached: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def test_anyone_sees_listed_partners_with_an_agreement_in_force_by_country(client):
    home = make_home()
    haifa = make_institution(
        "University of Haifa",
        country="IL",
        city="Haifa",
        website="https://www.haifa.ac.il",
        is_public_partner=True,
    )
    rwth = make_institution("RWTH Aachen University", country="DE", city="Aachen", is_public_partner=True)
    make_agreement(home, haifa, signed="2022")
    make_agreement(home, rwth, signed="2021", valid_until=TODAY + datetime.timedelta(days=300))
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    listing = html.split('class="public-partners"')[1]
    assert listing.index("Germany") < listing.index("RWTH Aachen University") < listing.index("Israel")
    assert '<a href="https://www.haifa.ac.il" rel="noopener">University of Haifa</a>' in html
    assert "2 in 2 countries" in html
    assert '<svg class="chart"' in html and "Israel: 1 partners" in html
    assert "Home University" not in html  # we are not our own partner


@pytest.mark.parametrize(
    "agreement_fields",
    [
        {"status": AgreementStatus.DRAFT},
        {"status": AgreementStatus.AWAITING_SIGNATURE},
        {"status": AgreementStatus.DISCUSSED},
        {"status": AgreementStatus.TERMINATED},
        {"signed": "2015", "valid_until": datetime.date(2020, 1, 1)},  # expired
    ],
)
def test_a_partner_without_an_agreement_in_force_is_not_listed(client, agreement_fields):
    partner = make_institution("Negotiating University", is_public_partner=True)
    make_agreement(make_home(), partner, **agreement_fields)
    assert "Negotiating University" not in client.get(PAGE).content.decode()


def test_a_partner_that_has_not_opted_in_is_not_listed(client):
    partner = make_institution("Quiet University", country="FR")
    make_agreement(make_home(), partner, signed="2022")
    html = client.get(PAGE).content.decode()
    assert "Quiet University" not in html and "No partner is listed here yet." in html


def test_nothing_that_is_not_public_leaks_through_the_page(client):
    """Every kind of private text the registry holds about a listed partner, each with a marker."""
    home = make_home(notes="SECRET-HOME-NOTE")
    partner = make_institution(
        "Listed University", country="CL", is_public_partner=True, notes="SECRET-INSTITUTION-NOTE"
    )
    source = make_source(title="SECRET-ARTICLE-TITLE", file_name="secret-article.txt")
    agreement = make_agreement(
        home,
        partner,
        title="SECRET-SIGNED-TITLE",
        signed="2022",
        notes="SECRET-AGREEMENT-NOTE",
        source=source,
        evidence="SECRET-EVIDENCE-SENTENCE",
    )
    make_agreement(home, partner, title="SECRET-DRAFT-TITLE", status=AgreementStatus.DRAFT)
    person = make_person("SECRET-PERSON-NAME", institution=partner, title="SECRET-PERSON-TITLE")
    Signatory.objects.create(
        agreement=agreement, person=person, institution=partner, title="SECRET-SIGNATORY"
    )
    contact = make_contact(
        partner,
        "SECRET-CONTACT-NAME",
        email="secret-contact@example.org",
        phone="SECRET-PHONE",
        unit="SECRET-UNIT",
    )
    Coordinator.objects.create(agreement=agreement, contact=contact)
    make_delegation(visitor=partner, host=home, purpose="SECRET-DELEGATION-PURPOSE")
    make_institution("SECRET-UNLISTED-PARTNER")
    html = client.get(PAGE).content.decode()
    assert "Listed University" in html
    assert "secret" not in html.lower(), [line for line in html.splitlines() if "secret" in line.lower()]
    assert Contact.objects.exists()


def test_the_page_is_cached_for_everyone_and_says_so(client, django_assert_num_queries):
    partner = make_institution("Cached University", is_public_partner=True)
    make_agreement(make_home(), partner, signed="2022")
    first = client.get(PAGE)
    assert "max-age=" in first["Cache-Control"]
    partner.name = "Renamed University"
    partner.save()
    with django_assert_num_queries(0):
        again = client.get(PAGE)
    assert "Cached University" in again.content.decode()


def test_a_logged_in_visitor_does_not_put_their_name_into_the_cached_page(client, staff):
    client.force_login(staff)
    client.get(PAGE)
    client.logout()
    assert "staff" not in client.get(PAGE).content.decode().lower().replace("staff login", "")


@pytest.mark.parametrize("partners", [1, 20])
def test_the_page_makes_one_query_however_many_partners(client, django_assert_num_queries, partners):
    home = make_home()
    for _ in range(partners):
        make_agreement(home, make_institution(country="DE", is_public_partner=True), signed="2022")
    with django_assert_num_queries(1):
        html = client.get(PAGE).content.decode()
    assert f"{partners} in 1 country" in html


def test_an_admin_lists_partners_on_the_public_page_and_removes_them(admin_client, admin_user):
    partner = make_institution("Listed Later University")
    make_agreement(make_home(), partner, signed="2022")
    changelist = reverse("admin:agreements_institution_changelist")
    admin_client.post(changelist, {"action": "list_on_public_page", "_selected_action": [partner.pk]})
    assert "Listed Later University" in client_get_fresh(admin_client)
    assert partner.history.first().history_user == admin_user
    admin_client.post(changelist, {"action": "remove_from_public_page", "_selected_action": [partner.pk]})
    assert "Listed Later University" not in client_get_fresh(admin_client)


def client_get_fresh(client):
    cache.clear()
    return client.get(PAGE).content.decode()
