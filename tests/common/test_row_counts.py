"""Row counts kept by the writes: a list with no filter takes its total from them, always exact."""

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from agreements.models import Agreement, Institution
from delegations.models import Delegation
from registry.common.row_counts import counted_rows, install_row_counts, unfiltered_count
from registry.devtools.bulk_load import Writer
from tests.builders import make_account, make_agreement, make_delegation, make_institution

pytestmark = pytest.mark.django_db


def counts_match():
    """Whether each counted table's kept count is its number of rows."""
    return all(counted_rows(model) == model.objects.count() for model in (Institution, Agreement, Delegation))


def test_every_write_path_keeps_the_counts_exact():
    first = make_institution(name="Orvanto Polytechnic")
    assert counts_match()
    make_agreement(first, make_institution(name="Quillmere College"))
    make_delegation(visitor=first)
    assert counts_match()
    Institution.objects.bulk_create(
        [
            Institution(name=f"Tessaline Academy {n}", normalized_name=f"tessaline academy {n}")
            for n in range(3)
        ]
    )
    assert counts_match()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM agreements_institution WHERE name LIKE 'Tessaline Academy%%'")
    assert counts_match()
    Delegation.objects.all().delete()
    Agreement.objects.all().delete()
    assert counts_match()


def test_a_merge_a_bulk_load_and_a_fixture_keep_them_exact(tmp_path):
    keeper, duplicate = (
        make_institution(name="Brindlewood Institute"),
        make_institution(name="Brindlewood Inst."),
    )
    make_agreement(duplicate)
    keeper.absorb([duplicate])
    assert counts_match()
    writer = Writer("default")
    writer.add(
        Institution,
        id=writer.pk(Institution),
        name="Copperfen University",
        normalized_name="copperfen university",
        created_at=timezone.now(),
        updated_at=timezone.now(),
    )
    writer.flush()  # COPY on PostgreSQL, executemany on SQLite
    assert counts_match()
    fixture = tmp_path / "institution.json"
    fixture.write_text(
        '[{"model": "agreements.institution", "pk": 900002, "fields": {"name": "Ashgrove Seminary",'
        ' "normalized_name": "ashgrove seminary"}}]'
    )
    call_command("loaddata", str(fixture), verbosity=0)
    assert counts_match()


def test_a_rolled_back_write_leaves_the_count_as_it_was():
    make_institution(name="Velloran School of Music")
    before = counted_rows(Institution)
    with pytest.raises(RuntimeError), transaction.atomic():
        make_institution(name="Drummond Lowe Conservatory")
        assert counted_rows(Institution) == before + 1  # the writer sees its own rows counted
        raise RuntimeError("the write fails")
    assert counted_rows(Institution) == before
    with transaction.atomic():
        make_institution(name="Harrowgate Nursing College")
        with pytest.raises(RuntimeError), transaction.atomic():  # a savepoint rolled back
            make_institution(name="Pellamy Art School")
            raise RuntimeError("the write fails")
        make_institution(name="Stonebridge Mining Academy")
    assert counts_match()


def test_installing_again_counts_each_table_anew():
    make_institution(name="Lindqvist Maritime School")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE registry_rowcount SET delta = delta + 7")  # a count gone wrong
    install_row_counts()  # what every migrate and flush runs
    assert counts_match()


def test_only_a_whole_table_is_counted_from_them():
    make_institution(name="Ferncastle University", country="PT")
    assert unfiltered_count(Institution.objects.all()) == Institution.objects.count()
    assert unfiltered_count(Institution.objects.select_related("parent").order_by("name")) is not None
    assert unfiltered_count(Institution.objects.filter(country="PT")) is None
    assert unfiltered_count(Institution.objects.none()) is None
    assert unfiltered_count(Institution.objects.all()[:1]) is None
    assert unfiltered_count(Institution.objects.distinct()) is None
    assert unfiltered_count(Institution.objects.values("country").annotate(n=Count("pk"))) is None
    assert unfiltered_count(Institution.objects.all().union(Institution.objects.all())) is None
    assert unfiltered_count(make_account().groups.all()) is None  # a table not counted


def test_the_unfiltered_lists_do_not_count_their_tables(client):
    for n in range(3):
        make_agreement(make_institution(name=f"Wexmoor Technical College {n}"))
    client.force_login(make_account(role="viewer"))
    for address, table, noun in [
        ("/institutions/", "agreements_institution", "<strong>3</strong> institutions"),
        ("/agreements/", "agreements_agreement", "<strong>3</strong> agreements"),
    ]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        assert noun in response.content.decode()
        assert not [
            q for q in queries.captured_queries if f'COUNT(*) AS "__count" FROM "{table}"' in q["sql"]
        ]
    response = client.get("/institutions/", {"q": "Wexmoor Technical College 1"})  # a filter: counted
    assert "<strong>1</strong> institution" in response.content.decode()


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises its writers itself: one writes at a time"
)


@postgresql_only
@pytest.mark.django_db(transaction=True)  # TRUNCATE waits for no deferred trigger of a write before it
def test_a_truncated_table_counts_from_zero():
    make_agreement(make_institution(name="Oakhallow Academy"))
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE agreements_institution CASCADE")
    assert counts_match()
    make_institution(name="Pinecrest Academy")
    assert counts_match()


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_writer_does_not_wait_for_another_writers_open_transaction():
    """An editor's new record goes in while a long load is still writing, and each commit counts.
    (Names sharing no word: the search's dictionary of words has writers of one word take turns.)"""
    make_institution(name="Marrowby Institute of Art")
    other = connection.copy()
    other.ensure_connection()
    other.set_autocommit(True)
    try:
        with transaction.atomic():
            make_institution(name="Quenby Agricultural College")  # the load, not yet committed
            with other.cursor() as cursor:
                cursor.execute("SET lock_timeout = '1s'")  # "lock timeout" if it queued behind the load
                cursor.execute(
                    "INSERT INTO agreements_institution (created_at, updated_at, name, normalized_name,"
                    " kind, country, city, website, ror, is_home, is_public_partner, notes) VALUES (now(),"
                    " now(), 'Yarrowfield Polytechnic', 'yarrowfield polytechnic', 'university', '', '',"
                    " '', '', false, false, '')"
                )
            assert counted_rows(Institution) == 3  # its own two and the other's committed one
        assert counts_match()
    finally:
        other.close()
