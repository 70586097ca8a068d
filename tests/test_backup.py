"""Backup and restore: `make backup`'s dump loads into an empty database as the very same registry."""

import pytest
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from agreements.models import Agreement, Institution, InstitutionMerge, NameWord, Person, Source
from delegations.models import Delegation, Meeting
from registry.common.row_counts import counted_rows
from tests.builders import (
    make_agreement,
    make_delegation,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db(transaction=True)
# XML, not JSON: Django's JSON serializer cuts timestamps to milliseconds, XML keeps them whole.
# What `make backup` leaves out: rebuilt by `migrate`, or not worth keeping (sessions, login attempts).
# The search's dictionary (agreements.NameWord) too: the database rebuilds it from the names it loads.
# And the data versions (registry.DataVersion): a restored old number could bring back pages cached
# under it; the restore's own writes give every scope a fresh one. And the tables' kept counts
# (registry.RowCount): the restore's own inserts count the rows they load.
EXCLUDE = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "agreements.NameWord",
    "registry.DataVersion",
    "registry.RowCount",
]


def backed_up_models():
    return [
        model
        for app in ("agreements", "delegations", "auth", "admin", "registry")
        for model in apps.get_app_config(app).get_models()
        if model._meta.label not in ("auth.Permission", "registry.DataVersion", "registry.RowCount")
    ]


def snapshot():
    """Every row of every table a backup keeps, ids included, as comparable values."""
    return {
        model._meta.label: sorted(
            tuple(str(value) for value in row) for row in model.objects.values_list(*compared_columns(model))
        )
        for model in backed_up_models()
    }


def compared_columns(model):
    """Every column; for the rebuilt dictionary all but its ids, which follow the order names load in."""
    columns = [field.attname for field in model._meta.concrete_fields]
    return [column for column in columns if column != "id"] if model is NameWord else columns


def empty_the_registry():
    """What a freshly migrated database holds: no records, no users (the role groups stay)."""
    for model in (
        Meeting,
        Delegation,
        Agreement,
        Person,
        Institution,
        Source,
        InstitutionMerge,
        LogEntry,
        User,
    ):
        model.objects.all().delete()
    for model in backed_up_models():
        if hasattr(model, "instance_type"):  # django-simple-history's tables
            model.objects.all().delete()


def test_a_backup_restores_to_an_identical_registry(tmp_path):
    editor = User.objects.create_user("editor", password="a long password 42", is_staff=True)
    editor.groups.add(Group.objects.get(name="editor"))
    source = make_source(title="ECNU renews its MoU with Haifa", published_on=None)
    haifa = make_institution("University of Haifa", country="IL")
    haifa.add_name("Univeristy of Haifa", "misspelling", source=source)
    ecnu = make_institution("East China Normal University", country="CN")
    agreement = make_agreement(ecnu, haifa, signed="2019-12", source=source, evidence="They renewed the MoU.")
    agreement.signatories.create(person=make_person("Ron Robin", institution=haifa), institution=haifa)
    make_delegation(visitor=ecnu, host=haifa, start="2019-12-15", source=source, evidence="A visit.")
    make_meeting(ecnu, haifa, date="2019-12", source=source, evidence="Talks.")
    haifa.city = "Haifa"
    haifa.save()  # a second history row
    haifa.absorb([make_institution("Haifa University")], merged_by=editor)
    before = snapshot()
    assert all(before[label] for label in ("agreements.HistoricalInstitution", "agreements.InstitutionMerge"))

    backup = tmp_path / "registry.xml.gz"
    call_command(
        "dumpdata",
        "--natural-foreign",
        "--format=xml",
        *(f"--exclude={label}" for label in EXCLUDE),
        output=str(backup),
        verbosity=0,
    )
    empty_the_registry()
    assert snapshot() != before
    call_command("loaddata", str(backup), verbosity=0)

    assert snapshot() == before
    assert counted_rows(Institution) == Institution.objects.count()  # the lists' totals, kept by the load
