"""The History page of a record: what the parser (or a fixture) gave, every correction, and who made it."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.text import capfirst

from agreements.models import Agreement, Institution
from delegations.models import Delegation, Meeting
from registry.ingest.loading import loader_change_reason

pytestmark = pytest.mark.django_db

ARTICLE = """Partnership News

HIT signs MoU with the University of Tokyo

March 3, 2021

On March 2, 2021, Harbin Institute of Technology (HIT) and the University of Tokyo signed a \
memorandum of understanding on student exchange. A delegation of the University of Tokyo visited HIT \
on March 1, 2021.
"""
#: One field a person corrects on each model that keeps history, and its corrected value.
CORRECTIONS = [
    (Institution, "city", "Tokyo"),
    (Agreement, "title", "Student exchange MoU"),
    (Delegation, "purpose", "Signing the MoU"),
    (Meeting, "location", "Harbin"),
]


@pytest.fixture
def loaded(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    call_command("load_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def history_page(client, record):
    opts = record._meta
    return client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[record.pk]))


def correct(admin_user, model, field, value):
    record = model.objects.order_by("pk").first()
    setattr(record, field, value)
    record._history_user = admin_user
    record.save()
    return record


@pytest.mark.parametrize(("model", "field", "value"), CORRECTIONS, ids=lambda c: getattr(c, "__name__", ""))
def test_a_correction_of_a_parsed_record_shows_the_parsers_value_and_the_new_one(
    loaded, admin_client, admin_user, model, field, value
):
    record = correct(admin_user, model, field, value)
    page = history_page(admin_client, record).content.decode()
    assert f"<strong>{capfirst(model._meta.get_field(field).verbose_name)}:</strong>" in page
    assert value in page
    assert (page.count("<td>Created</td>"), page.count("<td>Changed</td>")) == (1, 1)


@pytest.mark.parametrize(("model", "field", "value"), CORRECTIONS, ids=lambda c: getattr(c, "__name__", ""))
def test_the_loaders_entries_name_the_article_parser_and_the_file(loaded, admin_client, model, field, value):
    record = model.objects.order_by("pk").first()
    entry = record.history.earliest("history_date")
    assert entry.history_user is None
    assert entry.history_change_reason == "loaded from news.txt by the article parser"
    page = history_page(admin_client, record).content.decode()
    assert "article parser (news.txt)" in page
    assert ">None<" not in page.replace(" ", "").replace("\n", "")


def test_a_person_is_named_as_the_author_of_their_correction(loaded, admin_client, admin_user):
    record = correct(admin_user, Agreement, "title", "Student exchange MoU")
    page = history_page(admin_client, record).content.decode()
    assert admin_user.username in page


def test_records_loaded_from_a_fixture_get_a_first_entry_so_a_correction_shows_what_changed(
    loaded, tmp_path, admin_client, admin_user
):
    fixture = tmp_path / "records.json"
    call_command("dumpdata", "agreements.institution", "--natural-foreign", "-o", str(fixture))
    for model in (Meeting, Delegation, Agreement, Institution):
        model.objects.all().delete()
        model.history.all().delete()
    call_command("loaddata", str(fixture), verbosity=0)
    institution = Institution.objects.order_by("pk").first()
    assert institution.history.get().history_change_reason == "loaded from fixture records.json"
    correct(admin_user, Institution, "city", "Somewhere")
    page = history_page(admin_client, institution).content.decode()
    assert "<strong>City:</strong>" in page and "fixture (records.json)" in page


def test_a_fixture_with_its_own_history_gets_no_second_first_entry(loaded, tmp_path):
    fixture = tmp_path / "backup.json"
    call_command("dumpdata", "agreements.institution", "agreements.historicalinstitution", "-o", str(fixture))
    before = Institution.history.count()
    for model in (Meeting, Delegation, Agreement, Institution):
        model.objects.all().delete()
        model.history.all().delete()
    call_command("loaddata", str(fixture), verbosity=0)
    assert Institution.history.count() == before
    assert len(json.loads(fixture.read_text())) == Institution.objects.count() + before


def test_a_long_file_name_still_fits_the_change_reason():
    reason = loader_change_reason("x" * 300 + ".txt")
    assert len(reason) <= 100 and reason.endswith("… by the article parser")


@pytest.mark.django_db(transaction=True)
def test_records_made_before_this_release_get_a_first_entry_dated_when_they_were_made(admin_client):
    call_command("migrate", "registry", "0002", verbosity=0)
    try:
        old = Institution.objects.create(name="University of Haifa", city="Haifa")
        corrected = Institution.objects.create(name="Kyoto University")
        Institution.history.filter(id=old.pk).delete()  # as loaddata left it: no entry at all
        Institution.history.filter(id=corrected.pk, history_type="+").update(history_type="~")
    finally:
        call_command("migrate", verbosity=0)
    first = Institution.history.get(id=old.pk)
    assert (first.history_type, first.city, first.history_date) == ("+", "Haifa", old.created_at)
    assert first.history_change_reason == "as found when the change history began"
    assert Institution.history.filter(id=corrected.pk).count() == 1  # had an entry: left as it was
    page = history_page(admin_client, old).content.decode()
    assert "unknown (made before the change history)" in page
