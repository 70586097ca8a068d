"""The admin: every page loads, search covers every variant, lists stay query-bounded, merging loses nothing."""

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    InstitutionMerge,
    InstitutionName,
    NameKind,
    Party,
    Person,
    Signatory,
)
from delegations.models import Delegation, DelegationMember, Meeting
from tests.builders import (
    make_agreement,
    make_delegation,
    make_institution,
    make_meeting,
    make_office_records,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db

REGISTERED = sorted(
    (model for model in admin.site._registry if model._meta.app_label in ("agreements", "delegations")),
    key=lambda model: model._meta.label,
)


@pytest.fixture
def world(settings, tmp_path):
    """One of everything, linked, so every change form has something to show."""
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    source = make_source(title="ECNU delegation renews cooperation")
    haifa = make_institution("University of Haifa", country="IL")
    ecnu = make_institution("East China Normal University", country="CN")
    haifa.add_name("Univeristy of Haifa", NameKind.MISSPELLING, source=source)
    haifa.citations.create(source=source, evidence="ECNU visited the University of Haifa.")
    person = make_person("Ron Robin", institution=haifa, title="President")
    agreement = make_agreement(ecnu, haifa, signed="2019-12", source=source, evidence="They renewed the MoU.")
    Signatory.objects.create(agreement=agreement, person=person, institution=haifa, title="President")
    delegation = make_delegation(
        visitor=ecnu, host=haifa, start="2019-12-15", source=source, evidence="A visit."
    )
    DelegationMember.objects.create(delegation=delegation, person=person, title="President")
    meeting = make_meeting(
        ecnu, haifa, date="2019-12-15", delegation=delegation, source=source, evidence="Talks."
    )
    meeting.agreements.add(agreement)
    haifa.absorb([make_institution("Haifa University")])
    make_office_records(agreement, haifa)
    return locals()


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_every_changelist_add_form_and_change_form_loads(admin_client, world, model):
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    add = admin_client.get(admin_url(model, "add"))
    assert add.status_code in (200, 403)  # provenance rows cannot be added by hand
    instance = model.objects.first()
    assert instance is not None, f"the fixture world has no {model.__name__}"
    assert admin_client.get(admin_url(model, "change", instance.pk)).status_code == 200


def test_every_model_is_registered():
    from django.apps import apps

    # Historical models (django-simple-history) are browsed through each record's History page.
    ours = [
        m
        for app in ("agreements", "delegations")
        for m in apps.get_app_config(app).get_models()
        if not hasattr(m, "instance_type")
    ]
    assert sorted(m._meta.label for m in ours) == sorted(m._meta.label for m in REGISTERED)


def test_citations_are_read_only_in_the_admin(admin_client, world):
    citation = AgreementCitation.objects.get()
    response = admin_client.post(
        admin_url(AgreementCitation, "change", citation.pk), {"evidence": "rewritten"}
    )
    assert response.status_code == 403
    citation.refresh_from_db()
    assert citation.evidence == "They renewed the MoU."


@pytest.mark.parametrize(
    ("model", "query"),
    [
        (Institution, "Univeristy"),
        (Agreement, "Univeristy of Haifa"),
        (Delegation, "Univeristy"),
        (Meeting, "Univeristy"),
    ],
)
def test_admin_search_covers_every_recorded_variant(admin_client, world, model, query):
    response = admin_client.get(admin_url(model, "changelist"), {"q": query})
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize("model", [Institution, Agreement, Delegation, Meeting, Person, InstitutionName])
def test_changelists_do_not_issue_a_query_per_row(admin_client, model):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(admin_url(model, "changelist")).status_code == 200
        return len(queries)

    def add_rows(n):
        for _ in range(n):
            a, b = make_institution(parent=make_institution()), make_institution()
            a.add_name(f"Alias of {a.name}")
            make_person(institution=a)
            make_agreement(a, b)
            make_delegation(visitor=a, host=b)
            make_meeting(a, b)

    add_rows(2)
    few = count_queries()
    add_rows(10)
    assert count_queries() == few


def merge(admin_client, keeper, *duplicates, confirm=True):
    data = {"action": "merge_institutions", ACTION_CHECKBOX_NAME: [i.pk for i in (keeper, *duplicates)]}
    if confirm:
        data.update(confirm="yes", keeper=keeper.pk)
    return admin_client.post(admin_url(Institution, "changelist"), data, follow=True)


def test_merge_first_asks_which_institution_to_keep(admin_client):
    a, b = make_institution("Haifa University"), make_institution("University of Haifa")
    response = merge(admin_client, a, b, confirm=False)
    assert "Institution to keep" in response.content.decode()
    assert Institution.objects.count() == 2


def test_merge_moves_everything_to_the_kept_institution_and_loses_nothing(admin_client):
    source, other_source = make_source(), make_source()
    keeper = make_institution("University of Haifa", country="IL")
    duplicate = make_institution("Haifa University", ror="https://ror.org/02f009v59", city="Haifa")
    duplicate.add_name("Univeristy of Haifa", NameKind.MISSPELLING, source=source)
    duplicate.citations.create(source=other_source, evidence="Haifa University hosted the visit.")
    partner = make_institution("East China Normal University")
    unit = make_institution("Faculty of Law, Haifa", parent=duplicate)
    shared = make_agreement(keeper, duplicate, partner)  # both were parties: one party row remains
    own = make_agreement(duplicate, partner)
    person = make_person("Ron Robin", institution=duplicate)
    signatory = Signatory.objects.create(agreement=own, person=person, institution=duplicate)
    hosted = make_delegation(visitor=partner, host=duplicate)
    sent = make_delegation(visitor=duplicate, host=partner)
    meeting = make_meeting(duplicate, partner)

    response = merge(admin_client, keeper, duplicate)

    assert "Merged 1 institution(s) into University of Haifa" in response.content.decode()
    assert not Institution.objects.filter(pk=duplicate.pk).exists()
    keeper.refresh_from_db()
    assert set(keeper.names.values_list("value", flat=True)) == {"Haifa University", "Univeristy of Haifa"}
    assert keeper.names.get(value="Univeristy of Haifa").source == source
    assert (keeper.ror, keeper.city, keeper.country) == ("https://ror.org/02f009v59", "Haifa", "IL")
    assert set(shared.parties.all()) == {keeper, partner}
    assert set(own.parties.all()) == {keeper, partner}
    assert Party.objects.count() == 4
    person.refresh_from_db(), signatory.refresh_from_db(), hosted.refresh_from_db(), sent.refresh_from_db()
    unit.refresh_from_db()
    assert (person.institution, signatory.institution, hosted.host, sent.visitor, unit.parent) == (
        keeper,
    ) * 5
    assert set(meeting.institutions.all()) == {keeper, partner}
    assert list(InstitutionCitation.objects.values_list("institution", "source")) == [
        (keeper.pk, other_source.pk)
    ]
    assert (Agreement.objects.count(), Delegation.objects.count(), Meeting.objects.count()) == (2, 2, 1)


def test_merge_of_several_duplicates_keeps_every_name(admin_client):
    keeper = make_institution("Bauman Moscow State Technical University")
    duplicates = [
        make_institution("Moscow Borman State Technical University"),
        make_institution("Bauman State Technical University in Moscow"),
    ]
    duplicates[0].add_name("Bauman", NameKind.ALIAS)
    merge(admin_client, keeper, *duplicates)
    assert Institution.objects.count() == 1
    assert set(keeper.names.values_list("value", flat=True)) == {
        "Moscow Borman State Technical University",
        "Bauman State Technical University in Moscow",
        "Bauman",
    }


def test_merge_is_recorded_in_the_admin_log(admin_client):
    from django.contrib.admin.models import LogEntry

    keeper, duplicate = make_institution("University of Haifa"), make_institution("Haifa University")
    merge(admin_client, keeper, duplicate)
    assert "Merged Haifa University" in LogEntry.objects.get(object_id=str(keeper.pk)).get_change_message()


def test_agreements_can_be_filtered_by_lifecycle_in_the_admin(admin_client):
    import datetime

    soon = make_agreement(title="Ends soon", valid_until=datetime.date.today() + datetime.timedelta(days=10))
    make_agreement(title="Ended", valid_until=datetime.date.today() - datetime.timedelta(days=10))
    response = admin_client.get(admin_url(Agreement, "changelist"), {"lifecycle": "expiring_soon"})
    assert list(response.context["cl"].result_list) == [soon]
    assert "Expiring soon" in response.content.decode()


def test_who_changed_an_institution_and_what_is_kept_in_its_history(admin_client, admin_user):
    haifa = make_institution("University of Haifa")
    response = admin_client.post(
        admin_url(Institution, "change", haifa.pk),
        {
            "name": "University of Haifa",
            "kind": "university",
            "country": "IL",
            "city": "Haifa",
            "names-TOTAL_FORMS": "0",
            "names-INITIAL_FORMS": "0",
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    latest = haifa.history.first()
    assert (latest.history_user, latest.country, latest.history_type) == (admin_user, "IL", "~")
    assert admin_client.get(admin_url(Institution, "history", haifa.pk)).status_code == 200


def row_values():
    """Every row our apps keep about institutions, as comparable values."""
    return {
        "institutions": set(
            Institution.objects.values_list("pk", "name", "country", "ror", "city", "parent", "is_home")
        ),
        "names": set(InstitutionName.objects.values_list("institution", "value", "kind", "source")),
        "parties": set(Party.objects.values_list("agreement", "institution")),
        "delegations": set(Delegation.objects.values_list("pk", "visitor", "host")),
        "meetings": set(Meeting.institutions.through.objects.values_list("meeting", "institution")),
        "people": set(Person.objects.values_list("pk", "institution")),
        "signatories": set(Signatory.objects.values_list("pk", "institution")),
        "citations": set(InstitutionCitation.objects.values_list("institution", "source", "evidence")),
    }


def test_a_merge_can_be_undone_and_everything_goes_back_where_it_was(admin_client):
    source = make_source()
    keeper = make_institution("University of Haifa", country="IL")
    duplicate = make_institution(
        "Haifa University", ror="https://ror.org/02f009v59", city="Haifa", is_home=True
    )
    duplicate.add_name("Univeristy of Haifa", NameKind.MISSPELLING, source=source)
    duplicate.citations.create(source=source, evidence="Haifa University hosted the visit.")
    partner = make_institution("East China Normal University")
    make_institution("Faculty of Law", parent=duplicate)
    make_agreement(keeper, duplicate, partner)
    own = make_agreement(duplicate, partner)
    Signatory.objects.create(agreement=own, person=make_person(institution=duplicate), institution=duplicate)
    make_delegation(visitor=partner, host=duplicate)
    make_delegation(visitor=duplicate, host=keeper)
    make_meeting(duplicate, partner)
    make_meeting(duplicate, keeper)
    before = row_values()

    merge(admin_client, keeper, duplicate)
    assert row_values() != before
    response = admin_client.post(
        admin_url(InstitutionMerge, "changelist"),
        {"action": "undo_merges", ACTION_CHECKBOX_NAME: [InstitutionMerge.objects.get().pk]},
        follow=True,
    )

    assert "Restored Haifa University from University of Haifa" in response.content.decode()
    assert row_values() == before
    assert InstitutionMerge.objects.get().undone_at is not None


def test_a_merge_is_undone_only_once():
    keeper, duplicate = make_institution("University of Haifa"), make_institution("Haifa University")
    (merge_record,) = keeper.absorb([duplicate])
    merge_record.undo()
    with pytest.raises(ValueError, match="already undone"):
        merge_record.undo()
