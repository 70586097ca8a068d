"""Contacts at partners (and at home), and each agreement's coordinator for each party."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import Contact, ContactRole, Coordinator, Person
from tests.builders import make_agreement, make_contact, make_home, make_institution, make_person

pytestmark = pytest.mark.django_db


def test_a_coordinator_is_named_for_a_party_and_takes_the_contacts_institution():
    home, partner = make_home(), make_institution("Universidad de Chile")
    agreement = make_agreement(home, partner)
    ours = make_contact(home, "Ana Office", role=ContactRole.COORDINATOR)
    theirs = make_contact(partner, "Pablo Partner", role=ContactRole.COORDINATOR)
    Coordinator.objects.create(agreement=agreement, contact=ours)
    Coordinator.objects.create(agreement=agreement, contact=theirs)
    assert [(c.institution, c.contact.name) for c in agreement.coordinators.all()] == [
        (home, "Ana Office"),  # ours first
        (partner, "Pablo Partner"),
    ]


def test_a_coordinator_must_work_at_one_of_the_parties():
    agreement = make_agreement()
    stranger = make_contact(make_institution("Elsewhere University"))
    with pytest.raises(ValidationError, match="one of the agreement's parties"):
        Coordinator(agreement=agreement, contact=stranger).full_clean()


def test_each_party_has_one_coordinator_per_agreement():
    partner = make_institution()
    agreement = make_agreement(partner, make_institution())
    Coordinator.objects.create(agreement=agreement, contact=make_contact(partner))
    with pytest.raises(IntegrityError):
        Coordinator.objects.create(agreement=agreement, contact=make_contact(partner))


def test_people_from_the_news_become_contacts_only_when_someone_says_so(admin_client):
    haifa = make_institution("University of Haifa")
    ron = make_person("Ron Robin", institution=haifa, title="President")
    nobody = make_person("Unattached Person")
    assert not Contact.objects.exists()  # parsing made people, not contacts
    response = admin_client.post(
        reverse("admin:agreements_person_changelist"),
        {"action": "make_contacts", "_selected_action": [ron.pk, nobody.pk]},
        follow=True,
    )
    contact = Contact.objects.get()
    assert (contact.name, contact.institution, contact.person, contact.role) == (
        "Ron Robin",
        haifa,
        ron,
        ContactRole.COORDINATOR,
    )
    text = response.content.decode()
    assert "Made 1 contact(s)." in text and "Unattached Person" in text
    admin_client.post(
        reverse("admin:agreements_person_changelist"),
        {"action": "make_contacts", "_selected_action": [ron.pk]},
    )
    assert Contact.objects.count() == 1  # not made twice
    assert Person.objects.count() == 2


def test_the_institution_page_lists_its_contacts_current_first(staff_client):
    partner = make_institution("Universidad de Chile")
    make_contact(partner, "Former Head", is_current=False, email="former@uchile.cl")
    make_contact(
        partner,
        "Maria Incoming",
        role=ContactRole.INCOMING,
        unit="Faculty of Law",
        email="maria@uchile.cl",
        phone="+56 2 2978 2000",
    )
    page = staff_client.get(partner.get_absolute_url()).content.decode()
    assert page.index("Maria Incoming") < page.index("Former Head")
    assert "Contact for incoming mobility, Faculty of Law" in page
    assert 'href="mailto:maria@uchile.cl"' in page and "+56 2 2978 2000" in page
    assert "no longer in post" in page


def test_the_agreement_page_shows_each_coordinator_with_how_to_reach_them(staff_client):
    home, partner = make_home(), make_institution("Universidad de Chile")
    agreement = make_agreement(home, partner)
    Coordinator.objects.create(
        agreement=agreement, contact=make_contact(partner, "Pablo Partner", email="pablo@uchile.cl")
    )
    page = staff_client.get(agreement.get_absolute_url()).content.decode()
    assert "Pablo Partner" in page and "mailto:pablo@uchile.cl" in page


def test_the_institution_page_costs_the_same_queries_for_one_contact_and_twenty(staff_client):
    partner = make_institution()
    make_contact(partner)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(partner.get_absolute_url()).status_code == 200
        return len(captured)

    with_one = queries()
    for _ in range(19):
        make_contact(partner)
    assert queries() == with_one


def test_the_contact_list_finds_whom_to_call_by_role_institution_and_text(staff_client):
    chile = make_institution("Universidad de Chile", country="CL")
    haifa = make_institution("University of Haifa", country="IL")
    make_contact(chile, "Maria Incoming", role=ContactRole.INCOMING, email="maria@uchile.cl")
    make_contact(chile, "Pablo Former", is_current=False)
    make_contact(haifa, "Ron Coordinator", unit="International School")
    url = reverse("agreements:contact-list")

    def names(params):
        return [c.name for c in staff_client.get(url, params).context["object_list"]]

    assert names({}) == ["Maria Incoming", "Ron Coordinator", "Pablo Former"]  # former last
    assert names({"role": "incoming"}) == ["Maria Incoming"]
    assert names({"institution": "Universidad de Chile", "current": "yes"}) == ["Maria Incoming"]
    assert names({"country": "IL"}) == ["Ron Coordinator"]
    assert names({"text": "international"}) == ["Ron Coordinator"]
    assert names({"text": "uchile"}) == ["Maria Incoming"]


def test_the_contact_list_exports_what_it_shows(staff_client):
    make_contact(make_institution("Universidad de Chile"), "Maria Incoming", email="maria@uchile.cl")
    response = staff_client.get(reverse("agreements:contact-list"), {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert "Maria Incoming" in text and "maria@uchile.cl" in text and "Universidad de Chile" in text


def test_the_contact_list_costs_the_same_queries_for_one_row_and_a_full_page(staff_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(reverse("agreements:contact-list")).status_code == 200
        return len(captured)

    make_contact(make_institution())
    with_one = queries()
    for _ in range(30):
        make_contact(make_institution())
    assert queries() == with_one
