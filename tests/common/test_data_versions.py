"""Data versions: every write to a scope's tables, by any path, gives the scope a new version."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from agreements.models import Agreement, Institution
from delegations.models import Delegation
from registry.common.data_versions import (
    ROWS,
    SCOPES,
    bump_versions,
    install_triggers,
    read_versions,
    scope_tables,
)
from registry.devtools.bulk_load import Writer
from registry.ingest.review import propose
from tests.builders import make_account, make_agreement, make_delegation, make_institution, make_meeting

pytestmark = pytest.mark.django_db


def records_version():
    return read_versions()["records"]


def changes_records(write):
    """Whether running `write` gave the records scope a new version."""
    before = records_version()
    write()
    return records_version() != before


def test_every_scope_and_every_records_table_has_a_version():
    assert set(read_versions()) == set(SCOPES) | set(scope_tables("records"))


def test_saving_creating_and_deleting_records_bumps_the_records_version():
    institution = make_institution(name="Old name")
    assert changes_records(lambda: make_institution())
    assert changes_records(lambda: make_agreement(institution))
    assert changes_records(lambda: make_delegation(visitor=institution))
    assert changes_records(lambda: make_meeting(institution))
    institution.name = "New name"
    assert changes_records(institution.save)
    assert changes_records(lambda: Delegation.objects.all().delete())


def test_queryset_update_and_bulk_create_bump_it():
    make_institution()
    assert changes_records(lambda: Institution.objects.update(city="Bonn"))
    assert changes_records(lambda: Institution.objects.bulk_create([Institution(name="Bulk University")]))


def test_raw_sql_bumps_it():
    institution = make_institution()

    def raw_update():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE agreements_institution SET city = 'Lyon' WHERE id = %s", [institution.pk])

    assert changes_records(raw_update)


def test_a_many_to_many_table_of_its_own_bumps_it():
    meeting = make_meeting(make_institution())
    assert changes_records(lambda: meeting.institutions.add(make_institution()))
    assert changes_records(lambda: meeting.institutions.clear())


def test_merging_institutions_bumps_it():
    keeper, duplicate = make_institution(name="Keeper"), make_institution(name="Duplicate")
    make_agreement(duplicate)
    assert changes_records(lambda: keeper.absorb([duplicate]))


def test_the_bulk_loader_bumps_it():
    """generate_synthetic's writer: COPY on PostgreSQL, executemany on SQLite."""

    def bulk_load():
        writer = Writer("default")
        writer.add(
            Institution,
            id=writer.pk(Institution),
            name="Copied University",
            normalized_name="copied university",
            created_at=timezone.now(),
            updated_at=timezone.now(),
        )
        writer.flush()

    assert changes_records(bulk_load)


def test_writes_inside_a_transaction_bump_again_after_a_read():
    """A page cached between two writes of one transaction is not found after the second."""
    with transaction.atomic():
        make_institution()
        after_first = records_version()
        make_institution()
        assert records_version() != after_first


def test_a_rolled_back_version_is_never_given_again():
    before = records_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_institution()
        inside = records_version()
        raise RuntimeError("the write fails")
    assert records_version() == before
    make_institution()
    assert records_version() not in {before, inside}


def test_loaddata_bumps_it(tmp_path):
    fixture = tmp_path / "institution.json"
    fixture.write_text(
        '[{"model": "agreements.institution", "pk": 900001, "fields": {"name": "Fixture University",'
        ' "normalized_name": "fixture university"}}]'
    )
    assert changes_records(lambda: call_command("loaddata", str(fixture), verbosity=0))


def test_role_changes_bump_the_accounts_version_and_not_the_records_one():
    account = make_account(role="viewer")
    before = read_versions()
    account.groups.remove(Group.objects.get(name="viewer"))
    after = read_versions()
    assert after["accounts"] != before["accounts"]
    assert after["records"] == before["records"]


def test_a_proposed_article_bumps_the_intake_version():
    before = read_versions()["intake"]
    propose(
        "The University of Bonn and Kyoto University signed an agreement.",
        file_name="bonn.txt",
        origin="pasted",
    )
    assert read_versions()["intake"] != before


def test_reading_a_record_changes_no_version():
    institution = make_institution()
    before = read_versions()
    Institution.objects.get(pk=institution.pk)
    list(Agreement.objects.all())
    assert read_versions() == before


def test_every_table_of_a_scope_has_its_trigger_after_migrate():
    """Tables added by later migrations too: the triggers are installed after every migrate."""
    install_triggers()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE '%%_data_version'"
            )
        else:
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_data_version_%'"
            )
        with_trigger = {row[0] for row in cursor.fetchall()}
    for scope in SCOPES:
        assert set(scope_tables(scope)) <= with_trigger, scope


def test_installing_the_triggers_again_bumps_every_version():
    """A migration may rewrite rows while a rebuilt table (SQLite) has lost its triggers."""
    before = read_versions()
    install_triggers()
    after = read_versions()
    assert all(after[scope] != before[scope] for scope in SCOPES)


def test_bumping_the_records_alone_leaves_the_other_scopes_versions():
    """What the benchmark's "after a record write" timing does before each request."""
    make_institution()
    before = read_versions()
    bump_versions(scopes=["records"])
    after = read_versions()
    assert after["records"] != before["records"]
    # What is kept per row goes too: it stands for a write to every table (registry.common.row_versions).
    assert after[ROWS] != before[ROWS]
    assert {scope: after[scope] for scope in SCOPES if scope not in ("records", ROWS)} == {
        scope: before[scope] for scope in SCOPES if scope not in ("records", ROWS)
    }


def test_without_a_version_of_its_scope_nothing_is_kept_and_pages_still_work(client):
    """A database not migrated since a scope was added: every page is built, none fails."""
    from registry.common.data_versions import cached

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM registry_dataversion")
    calls = []
    assert cached("records", "test", lambda: calls.append(1) or "built") == "built"
    assert cached("records", "test", lambda: calls.append(1) or "built") == "built"
    assert len(calls) == 2
    client.force_login(make_account(role="viewer"))
    assert client.get("/institutions/").status_code == 200
    assert client.get("/institutions/").status_code == 200


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises its writers itself: one writes at a time"
)


def second_connection():
    """Another session on the test database, as another request or command would have."""
    other = connection.copy()
    other.ensure_connection()
    other.set_autocommit(True)
    return other


def write_on(other, institution):
    """A write by `other` that commits at once, given up after a second if it has to wait for a lock."""
    with other.cursor() as cursor:
        cursor.execute("SET lock_timeout = '1s'")
        cursor.execute("UPDATE agreements_institution SET city = 'Lyon' WHERE id = %s", [institution.pk])


def records_version_on(other):
    with other.cursor() as cursor:
        cursor.execute("SELECT version FROM registry_dataversion WHERE scope = 'records'")
        return cursor.fetchone()[0]


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_writer_does_not_wait_for_another_writers_open_transaction():
    """An editor's save goes through while a long load is still writing: the version is set at commit."""
    loaded, edited = make_institution(), make_institution()
    other = second_connection()
    try:
        before = records_version()
        with transaction.atomic():
            Institution.objects.filter(pk=loaded.pk).update(city="Bonn")  # the load, not yet committed
            write_on(other, edited)  # would fail with "lock timeout" if it queued behind the load
            after_edit = records_version_on(other)
            assert after_edit != before
        after_load = records_version()
        assert after_load not in {before, after_edit}
    finally:
        other.close()


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_version_read_inside_an_open_transaction_after_a_write_is_its_own():
    """What it caches from rows no one else sees yet is found by no one else, nor after it commits."""
    institution = make_institution()
    other = second_connection()
    try:
        with transaction.atomic():
            make_institution()
            own = records_version()
            assert records_version() == own  # kept until it writes again: its pages can be cached
            assert records_version_on(other) != own
            institution.save()
            assert records_version() != own
        assert records_version() != own
        assert records_version() == records_version_on(other)
    finally:
        other.close()


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_transaction_that_read_its_versions_midway_and_wrote_again_still_bumps_at_commit():
    make_institution()
    with transaction.atomic():
        make_institution()
        records_version()  # clears the mark: the next write notes the scope again
        make_institution()
        before_commit = records_version()
    committed = records_version()
    assert committed != before_commit
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM registry_dataversion_pending")
        assert cursor.fetchone()[0] == 0  # nothing left pending after the commit
