"""generate_synthetic: the counts asked for, every constraint kept, the same rows for the same seed."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, Q

from agreements.models import Agreement, Institution, InstitutionName, Person, Source
from delegations.models import Delegation, Meeting
from registry.common.names import normalize_name
from registry.devtools.synthetic import TIMELINE_MARKER, WRITTEN_MODELS

pytestmark = pytest.mark.django_db

SMALL = {"institutions": 60, "agreements": 150, "delegations": 90, "meetings": 120}


def generate(seed=1, force=False, **sizes):
    out, err = io.StringIO(), io.StringIO()
    options = {**SMALL, **sizes}
    args = [f"--{name}={value}" for name, value in options.items()]
    args += [f"--seed={seed}", "--today=2025-06-30", "--json"] + (["--force"] if force else [])
    call_command("generate_synthetic", *args, stdout=out, stderr=err)
    return json.loads(out.getvalue()), err.getvalue()


def fingerprint():
    """Every row of every table written, without the ids the database gives link rows."""
    tables = {}
    for model in WRITTEN_MODELS:
        names = [f.attname for f in model._meta.concrete_fields if not (f.primary_key and f.name == "id")]
        tables[model._meta.label] = sorted(map(repr, model.objects.values_list(*names)))
    main = (Institution, Person, Source, Agreement, Delegation, Meeting)
    tables["ids"] = [list(model.objects.order_by("pk").values_list("pk", flat=True)) for model in main]
    return tables


def empty_registry():
    for model in (Meeting, Delegation, Agreement, Person, Institution, Source):
        model.objects.all().delete()


def test_makes_the_counts_asked_for_and_reports_them():
    summary, progress = generate()
    assert Institution.objects.count() == 60
    assert Agreement.objects.count() == 150
    assert Delegation.objects.count() == 90
    assert Meeting.objects.count() == 120
    assert summary["rows"]["agreements.Institution"] == 60
    assert InstitutionName.objects.exists() and Source.objects.exists() and Person.objects.exists()
    assert "agreements" in progress and "150/150" in progress


def test_the_same_seed_gives_the_same_rows_and_another_seed_does_not():
    generate(seed=7)
    first = fingerprint()
    empty_registry()
    generate(seed=7)
    assert fingerprint() == first
    empty_registry()
    generate(seed=8)
    assert fingerprint() != first


def test_every_constraint_holds_and_records_look_like_the_news():
    generate()
    connection.check_constraints()  # foreign keys: the test's transaction never commits, so check now
    assert Institution.objects.filter(is_home=True).count() == 1
    for institution in Institution.objects.all():
        assert institution.normalized_name == normalize_name(institution.name)
    for name in InstitutionName.objects.select_related("institution"):
        assert name.normalized == normalize_name(name.value) != name.institution.normalized_name
    assert set(InstitutionName.objects.values_list("kind", flat=True)) >= {"acronym", "misspelling", "alias"}
    party_counts = Agreement.objects.annotate(n=Count("parties")).values_list("n", flat=True)
    assert min(party_counts) >= 2 and max(party_counts) <= 5
    assert Agreement.objects.filter(parties__kind="company").exists()
    assert Institution.objects.filter(parent__isnull=False).exists()
    assert set(Agreement.objects.values_list("signed_on_precision", flat=True)) == {"day", "month", "year"}
    assert (
        Delegation.objects.filter(host__isnull=True).exists()
        and Delegation.objects.filter(visitor__isnull=True).exists()
    )
    for model in (Agreement, Delegation, Meeting):
        assert not model.objects.filter(citations__isnull=True).exists(), (
            f"every {model.__name__} cites a source"
        )
        assert not model.objects.filter(citations__evidence="").exists()


def test_one_institution_has_the_500_record_timeline_and_is_marked():
    summary, _ = generate(agreements=600, delegations=400, meetings=400)
    busy = Institution.objects.get(notes=TIMELINE_MARKER)
    assert summary["timeline_institution_id"] == busy.pk
    records = (
        busy.agreements.count()
        + Delegation.objects.filter(Q(visitor=busy) | Q(host=busy)).count()
        + busy.meetings.count()
    )
    assert records == summary["timeline_records"] == 500


def test_refuses_a_database_with_records_unless_forced():
    generate()
    with pytest.raises(CommandError, match="already holds records.*--force"):
        generate()
    generate(seed=2, force=True)
    assert Institution.objects.count() == 120
    assert Institution.objects.filter(is_home=True).count() == 1
    connection.check_constraints()
