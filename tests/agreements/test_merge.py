"""Merging institutions: every reference moves, twins merge, units stay a tree, and undo puts all back."""

import pytest
from django.db import connection

from agreements.models import (
    Institution,
    InstitutionCitation,
    InstitutionMerge,
    InstitutionName,
    Party,
    Person,
    Signatory,
)
from agreements.models.merging import relation_paths
from delegations.models import Delegation, DelegationMember, Meeting
from tests.builders import (
    make_agreement,
    make_delegation,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db


def every_row():
    """Every row that refers to an institution or a person, as comparable values."""
    return {
        "institutions": set(
            Institution.objects.values_list("pk", "name", "country", "city", "parent", "is_home")
        ),
        "names": set(InstitutionName.objects.values_list("institution", "value", "kind", "source")),
        "citations": set(InstitutionCitation.objects.values_list("institution", "source", "evidence")),
        "people": {
            (*row[:-1], tuple(row[-1]))
            for row in Person.objects.values_list("pk", "name", "institution", "title", "variants")
        },
        "parties": set(Party.objects.values_list("agreement", "institution")),
        "signatories": set(
            Signatory.objects.values_list("pk", "agreement", "person", "institution", "title")
        ),
        "members": set(DelegationMember.objects.values_list("delegation", "person", "title")),
        "delegations": set(Delegation.objects.values_list("pk", "visitor", "host", "leader")),
        "meetings": set(Meeting.institutions.through.objects.values_list("meeting", "institution")),
        "merges": set(InstitutionMerge.objects.filter(undone_at=None).values_list("pk", "kept")),
    }


def assert_foreign_keys_hold():
    """The database's own check: a test's transaction never commits, so deferred keys are checked here."""
    connection.check_constraints()


def test_a_merge_moves_every_kind_of_reference_the_models_declare():
    keeper, duplicate = make_institution("University of Haifa"), make_institution("Haifa University")
    make_agreement(duplicate, make_institution())
    make_delegation(visitor=duplicate, host=make_institution())
    make_delegation(visitor=make_institution(), host=duplicate)
    make_meeting(duplicate)
    make_institution("Faculty of Law", parent=duplicate)
    Signatory.objects.create(
        agreement=make_agreement(), person=make_person(institution=duplicate), institution=duplicate
    )
    duplicate.citations.create(source=make_source(), evidence="Haifa University hosted them.")

    removed_pk = duplicate.pk
    keeper.absorb([duplicate])

    for model, field in relation_paths(Institution):
        assert not model._base_manager.filter(**{field: removed_pk}).exists(), (model, field)
    assert_foreign_keys_hold()


def test_people_of_the_same_name_become_one_person_with_every_signature_and_membership():
    keeper, duplicate = make_institution("East China Normal University"), make_institution("ECNU")
    kept_person = make_person("Qian Xuhong", institution=keeper, title="President")
    twin = make_person("Qian Xuhong", institution=duplicate, title="", variants=["Xuhong Qian"])
    signed = make_agreement(keeper, make_institution())
    Signatory.objects.create(agreement=signed, person=twin, institution=duplicate, title="Vice-president")
    visit = make_delegation(visitor=duplicate, leader=twin, leader_title="Vice-president")
    DelegationMember.objects.create(delegation=visit, person=twin, title="Vice-president")
    both_went = make_delegation(visitor=keeper)
    DelegationMember.objects.create(delegation=both_went, person=kept_person, title="President")
    DelegationMember.objects.create(delegation=both_went, person=twin, title="")
    before = every_row()

    (merge,) = keeper.absorb([duplicate])

    (person,) = Person.objects.all()
    assert (person.pk, person.title, person.variants) == (kept_person.pk, "President", ["Xuhong Qian"])
    assert list(person.signatures.values_list("agreement", "title")) == [(signed.pk, "Vice-president")]
    assert set(person.memberships.values_list("delegation", "title")) == {
        (visit.pk, "Vice-president"),
        (both_went.pk, "President"),
    }
    assert list(person.delegations_led.all()) == [visit]
    assert_foreign_keys_hold()

    merge.undo()

    assert every_row() == before
    assert_foreign_keys_hold()


def test_the_admin_merges_two_records_of_one_university_that_name_the_same_person(admin_client):
    from tests.agreements.test_admin import merge

    keeper, duplicate = make_institution("East China Normal University"), make_institution("ECNU")
    make_person("Qian Xuhong", institution=keeper)
    make_person("Qian Xuhong", institution=duplicate)
    response = merge(admin_client, keeper, duplicate)
    assert response.status_code == 200
    assert "Merged 1 institution(s) into East China Normal University" in response.content.decode()
    assert list(Person.objects.values_list("name", "institution")) == [("Qian Xuhong", keeper.pk)]


def chain():
    """C merged into B, then B into A; each with something of its own."""
    a, b, c = (make_institution(name) for name in ("University A", "University B", "University C"))
    partner = make_institution("Partner")
    for institution in (a, b, c):
        make_agreement(institution, partner)
        make_person("Dean", institution=institution)
        make_delegation(visitor=institution, host=partner)
        make_meeting(institution, partner)
    before = every_row()
    (c_into_b,) = b.absorb([c])
    (b_into_a,) = a.absorb([b])
    return before, c_into_b, b_into_a


def test_chained_merges_undo_newest_first():
    before, c_into_b, b_into_a = chain()
    assert (
        InstitutionMerge.objects.get(pk=c_into_b.pk).kept.name == "University A"
    )  # C's records are in A now

    b_into_a.undo()
    InstitutionMerge.objects.get(pk=c_into_b.pk).undo()

    assert every_row() == before
    assert_foreign_keys_hold()


def test_undoing_the_earlier_of_two_chained_merges_first_says_which_to_undo_first():
    before, c_into_b, b_into_a = chain()
    with pytest.raises(ValueError, match="Undo the merge of University B into University A first"):
        InstitutionMerge.objects.get(pk=c_into_b.pk).undo()
    assert InstitutionMerge.objects.get(pk=c_into_b.pk).undone_at is None


def test_merging_a_university_into_its_own_faculty_puts_the_faculty_in_its_place():
    region = make_institution("University System")
    university = make_institution("University of Haifa", parent=region)
    faculty = make_institution("Faculty of Law", parent=university)
    school = make_institution("School of Criminology", parent=faculty)
    sibling = make_institution("Faculty of Arts", parent=university)
    before = every_row()

    (merge,) = faculty.absorb([university])

    faculty.refresh_from_db(), school.refresh_from_db(), sibling.refresh_from_db()
    assert (faculty.parent, school.parent, sibling.parent) == (region, faculty, faculty)
    assert_foreign_keys_hold()
    merge.undo()
    assert every_row() == before
    assert_foreign_keys_hold()


def test_merging_a_university_into_a_unit_further_down_makes_no_cycle():
    university = make_institution("University of Haifa")
    faculty = make_institution("Faculty of Law", parent=university)
    department = make_institution("Department of Public Law", parent=faculty)

    department.absorb([university])

    department.refresh_from_db(), faculty.refresh_from_db()
    assert (department.parent, faculty.parent) == (None, department)


def test_a_kept_institution_never_takes_one_of_its_own_units_as_parent():
    university = make_institution("University of Haifa")
    faculty = make_institution("Faculty of Law", parent=university)
    duplicate = make_institution("Haifa University", parent=faculty)  # a mistaken parent

    university.absorb([duplicate])

    university.refresh_from_db()
    assert university.parent is None
    assert_foreign_keys_hold()


def test_a_merge_recorded_in_the_first_log_format_can_still_be_undone():
    """Merges made before the generic log named what moved field by field; undo reads them too."""
    from django.core import serializers

    keeper = make_institution("University of Haifa", country="IL")
    duplicate = make_institution("Haifa University", city="Haifa")
    duplicate.add_name("Haifa U.")
    partner = make_institution("East China Normal University")
    shared = make_agreement(keeper, duplicate, partner)
    own = make_agreement(duplicate, partner)
    person = make_person("Ron Robin", institution=duplicate)
    visit = make_delegation(visitor=duplicate, host=partner)
    met_both = make_meeting(keeper, duplicate)
    met_one = make_meeting(duplicate, partner)
    before = every_row()

    # What the first merge did, and recorded, for these rows.
    first_log = {
        "institution": serializers.serialize("json", [duplicate]),
        "names": serializers.serialize("json", duplicate.names.all()),
        "citations": "[]",
        "kept_fields": dict.fromkeys(["city", "website", "ror", "notes"], "")
        | {"country": "IL", "parent_id": None, "is_home": False},
        "parties_moved": [Party.objects.get(agreement=own, institution=duplicate).pk],
        "parties_dropped": [shared.pk],
        "visits_made": [visit.pk],
        "visits_hosted": [],
        "meetings": [met_both.pk, met_one.pk],
        "meetings_joined": [met_one.pk],
        "people": [person.pk],
        "signatories": [],
        "units": [],
        "names_added": [],
        "citations_added": [],
    }
    Party.objects.filter(agreement=shared, institution=duplicate).delete()
    Party.objects.filter(agreement=own, institution=duplicate).update(institution=keeper)
    Delegation.objects.filter(pk=visit.pk).update(visitor=keeper)
    Person.objects.filter(pk=person.pk).update(institution=keeper)
    met_both.institutions.remove(duplicate), met_one.institutions.remove(duplicate)
    met_one.institutions.add(keeper)
    first_log["names_added"] = [keeper.add_name("Haifa University").pk, keeper.add_name("Haifa U.").pk]
    duplicate.delete()
    Institution.objects.filter(pk=keeper.pk).update(city="Haifa")
    merge = InstitutionMerge.objects.create(kept=keeper, removed_name="Haifa University", moved=first_log)

    merge.undo()

    assert every_row() == before
    assert_foreign_keys_hold()
