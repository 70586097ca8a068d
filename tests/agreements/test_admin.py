"""The admin: every page loads, search covers every variant, lists stay query-bounded, merges lose nothing."""

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


def test_merge_records_cannot_be_deleted_since_undo_reads_them(admin_client):
    keeper, duplicate = make_institution("University of Haifa"), make_institution("Haifa University")
    (merge_record,) = keeper.absorb([duplicate])
    changelist = admin_client.get(admin_url(InstitutionMerge, "changelist"))
    assert "delete_selected" not in changelist.context["action_form"].fields["action"].choices.__str__()
    assert admin_client.get(admin_url(InstitutionMerge, "delete", merge_record.pk)).status_code == 403
    assert InstitutionMerge.objects.filter(pk=merge_record.pk).exists()


def test_chained_merges_selected_together_are_undone_newest_first(admin_client):
    a, b, c = (
        make_institution("University A"),
        make_institution("University B"),
        make_institution("University C"),
    )
    make_agreement(c, make_institution("Partner"))
    before = row_values()
    b.absorb([c])
    a.absorb([b])
    response = admin_client.post(
        admin_url(InstitutionMerge, "changelist"),
        {
            "action": "undo_merges",
            ACTION_CHECKBOX_NAME: list(InstitutionMerge.objects.values_list("pk", flat=True)),
        },
        follow=True,
    )
    assert "Restored University B from University A" in response.content.decode()
    assert "Restored University C from University B" in response.content.decode()
    assert row_values() == before


def test_undoing_only_the_earlier_of_chained_merges_says_which_to_undo_first(admin_client):
    a, b, c = (
        make_institution("University A"),
        make_institution("University B"),
        make_institution("University C"),
    )
    (c_into_b,) = b.absorb([c])
    a.absorb([b])
    response = admin_client.post(
        admin_url(InstitutionMerge, "changelist"),
        {"action": "undo_merges", ACTION_CHECKBOX_NAME: [c_into_b.pk]},
        follow=True,
    )
    assert "Undo the merge of University B into University A first" in response.content.decode()


def institution_form(name, *names, **extra):
    """What the admin's institution form posts: `name`, and `names` as new rows of the names inline."""
    data = {
        "name": name,
        "kind": "university",
        "names-TOTAL_FORMS": str(len(names)),
        "names-INITIAL_FORMS": "0",
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
        **extra,
    }
    for index, value in enumerate(names):
        data.update({f"names-{index}-value": value, f"names-{index}-kind": "alias"})
    return data


def test_a_name_another_institution_has_is_a_form_error_naming_it(admin_client):
    haifa = make_institution("University of Haifa")
    response = admin_client.post(admin_url(Institution, "add"), institution_form("The University of Haifa"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "already has this name" in page
    assert f'href="{admin_url(Institution, "change", haifa.pk)}"' in page
    assert Institution.objects.count() == 1


def test_renaming_to_a_name_another_institution_has_is_a_form_error(admin_client):
    make_institution("University of Haifa")
    other = make_institution("Haifa College")
    response = admin_client.post(
        admin_url(Institution, "change", other.pk), institution_form("the university of haifa")
    )
    assert response.status_code == 200
    assert "already has this name" in response.content.decode()
    other.refresh_from_db()
    assert other.name == "Haifa College"


def test_a_name_close_to_another_asks_before_saving_and_saves_when_confirmed(admin_client):
    haifa = make_institution("University of Haifa")
    response = admin_client.post(admin_url(Institution, "add"), institution_form("Haifa University"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Possibly a duplicate of" in page
    assert f'href="{admin_url(Institution, "change", haifa.pk)}"' in page
    assert 'name="save_anyway"' in page
    assert Institution.objects.count() == 1

    response = admin_client.post(
        admin_url(Institution, "add"), institution_form("Haifa University", save_anyway="on")
    )
    assert response.status_code == 302
    assert Institution.objects.filter(name="Haifa University").exists()


def test_a_new_name_close_to_none_saves_without_asking(admin_client):
    make_institution("University of Haifa")
    page = admin_client.get(admin_url(Institution, "add")).content.decode()
    assert 'name="save_anyway"' not in page
    response = admin_client.post(admin_url(Institution, "add"), institution_form("Kyoto University"))
    assert response.status_code == 302


def test_variants_that_normalise_alike_are_form_errors_not_server_errors(admin_client):
    response = admin_client.post(
        admin_url(Institution, "add"), institution_form("University of Haifa", "Haifa U.", "haifa u")
    )
    assert response.status_code == 200
    assert "The institution already has this name as “Haifa U.”" in response.content.decode()

    response = admin_client.post(
        admin_url(Institution, "add"), institution_form("University of Haifa", "The University of Haifa")
    )
    assert response.status_code == 200
    assert "This is the institution&#x27;s canonical name" in response.content.decode()
    assert not Institution.objects.exists()


def test_a_variant_already_recorded_cannot_be_added_again(admin_client):
    haifa = make_institution("University of Haifa")
    recorded = haifa.add_name("Haifa U.")
    data = institution_form("University of Haifa", "haifa u")
    data.update(
        {
            "names-TOTAL_FORMS": "2",
            "names-INITIAL_FORMS": "1",
            "names-0-id": str(recorded.pk),
            "names-0-institution": str(haifa.pk),
            "names-0-value": "Haifa U.",
            "names-0-kind": "alias",
            "names-1-value": "haifa u",
            "names-1-kind": "alias",
        }
    )
    response = admin_client.post(admin_url(Institution, "change", haifa.pk), data)
    assert response.status_code == 200
    assert "The institution already has this name as “Haifa U.”" in response.content.decode()
    assert haifa.names.count() == 1


def test_deleting_an_institution_lists_what_it_detaches_as_well_as_what_it_deletes(admin_client):
    haifa = make_institution("University of Haifa")
    haifa.add_name("Haifa U.")
    make_person("Ron Robin", institution=haifa)
    make_institution("Faculty of Law", parent=haifa)
    make_meeting(haifa, make_institution("East China Normal University"), date="2019-12-15")
    Signatory.objects.create(
        agreement=make_agreement(), person=make_person("Gur Alroey"), institution=haifa, title="Rector"
    )
    page = admin_client.get(admin_url(Institution, "delete", haifa.pk)).content.decode()
    assert "Haifa U." in page  # deleted with it: Django's own list
    assert "1 person kept, but their institution (University of Haifa) is left blank:" in page
    assert "Person: Ron Robin" in page
    assert "1 institution kept, but their parent (University of Haifa) is left blank:" in page
    assert "Institution: Faculty of Law" in page
    assert "1 meeting kept, but University of Haifa is taken off their institutions:" in page
    assert "Meeting: Talk (15 Dec 2019)" in page
    assert "Meeting_institutions object" not in page
    assert "1 signatory kept, but their institution (University of Haifa) is left blank:" in page


def test_deleting_institutions_from_the_list_lists_what_they_detach(admin_client):
    haifa = make_institution("University of Haifa")
    make_person("Ron Robin", institution=haifa)
    response = admin_client.post(
        admin_url(Institution, "changelist"), {"action": "delete_selected", ACTION_CHECKBOX_NAME: [haifa.pk]}
    )
    page = response.content.decode()
    assert "Are you sure" in page
    assert "1 person kept, but their institution (University of Haifa) is left blank:" in page


def test_a_merge_record_says_what_the_merge_did(admin_client):
    keeper, duplicate = (
        make_institution("East China Normal University"),
        make_institution("ECNU", city="Shanghai"),
    )
    make_person("Qian Xuhong", institution=keeper)
    make_person("Qian Xuhong", institution=duplicate)
    make_agreement(duplicate, make_institution("Partner"))
    (merge_record,) = keeper.absorb([duplicate])
    page = admin_client.get(admin_url(InstitutionMerge, "change", merge_record.pk)).content.decode()
    assert "Moved: 1 party." in page
    assert "Merged into the kept institution&#x27;s own (the same row there): 1 person." in page
    assert "Filled in from it: city." in page


def test_a_name_added_on_its_own_page_follows_the_same_rule(admin_client):
    haifa = make_institution("University of Haifa")
    haifa.add_name("Haifa U.")
    data = {"institution": haifa.pk, "value": "haifa u", "kind": "alias", "language": ""}
    response = admin_client.post(admin_url(InstitutionName, "add"), data)
    assert response.status_code == 200
    assert "The institution already has this name as “Haifa U.”" in response.content.decode()
    response = admin_client.post(
        admin_url(InstitutionName, "add"), {**data, "value": "The University of Haifa"}
    )
    assert "This is the institution&#x27;s canonical name" in response.content.decode()
    response = admin_client.post(admin_url(InstitutionName, "add"), {**data, "value": "UoH"})
    assert response.status_code == 302
    assert haifa.names.count() == 2
