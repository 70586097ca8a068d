"""Pages kept per table: an edit leaves kept each page that did not read what it changed, and no other.

A page is kept under the versions of the tables it read while it was built (registry.common.
data_versions.reads_recorded); every write, by any path, gives the tables it wrote new versions.
"""

from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from agreements.models import Agreement, AgreementCitation, AgreementKind, Institution, Party, Signatory
from delegations.models import Delegation
from registry.common.data_versions import cached, read_versions, reads_recorded, scope_tables
from registry.devtools.bulk_load import Writer
from tests.builders import (
    make_account,
    make_agreement,
    make_delegation,
    make_institution,
    make_person,
    make_source,
)
from tests.pages.test_cached_pages import page, queries_to_get

pytestmark = pytest.mark.django_db

AGREEMENTS = reverse("agreements:agreement-list")
DELEGATIONS = reverse("delegations:delegation-list")
INSTITUTIONS = reverse("agreements:institution-list")


@pytest.fixture
def world():
    bonn = make_institution(name="University of Bonn")
    kyoto = make_institution(name="Kyoto University")
    haifa = make_institution(name="University of Haifa")
    agreement = make_agreement(bonn, kyoto, title="Bonn-Kyoto MoU", signed="2020-05-01")
    delegation = make_delegation(visitor=kyoto, host=bonn, start="2021-03-01")
    return SimpleNamespace(bonn=bonn, kyoto=kyoto, haifa=haifa, agreement=agreement, delegation=delegation)


def test_each_records_table_has_a_version_of_its_own_that_its_writes_alone_bump(world):
    before = read_versions()
    Delegation.objects.filter(pk=world.delegation.pk).update(purpose="Met the rector.")
    after = read_versions()
    assert after["delegations_delegation"] != before["delegations_delegation"]
    assert after["records"] != before["records"]  # what the coarser caches are kept under
    unwritten = set(scope_tables("records")) - {"delegations_delegation"}
    assert {table: after[table] for table in unwritten} == {table: before[table] for table in unwritten}


def test_a_build_records_the_tables_its_queries_name_raw_sql_too_and_the_scopes_of_cached_values(world):
    with reads_recorded() as read:
        list(Agreement.objects.filter(parties__name="University of Bonn"))
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM delegations_meeting")
        cached("accounts", "a-value", lambda: 1)
    assert read == {
        "agreements_agreement",
        "agreements_party",
        "agreements_institution",
        "delegations_meeting",
        "accounts",
    }


def test_an_edit_to_a_table_a_page_did_not_read_leaves_it_kept(viewer_client, world):
    page(viewer_client, AGREEMENTS)
    page(viewer_client, DELEGATIONS)
    world.delegation.purpose = "Met the rector."
    world.delegation.save()
    assert queries_to_get(viewer_client, AGREEMENTS) == 1  # the data versions: the page from the cache
    assert queries_to_get(viewer_client, DELEGATIONS) > 1  # built anew
    Agreement.objects.filter(pk=world.agreement.pk).update(title="Bonn-Kyoto Memorandum")
    assert queries_to_get(viewer_client, DELEGATIONS) == 1
    assert "Bonn-Kyoto Memorandum" in page(viewer_client, AGREEMENTS)


def test_an_api_list_is_kept_across_edits_to_what_it_did_not_read(viewer_client, world):
    url = "/api/agreements/?format=json"
    first = viewer_client.get(url).json()
    world.delegation.purpose = "Met the rector."
    world.delegation.save()
    assert queries_to_get(viewer_client, url) <= 2  # the data versions (and the API's own checks)
    assert viewer_client.get(url).json() == first
    Agreement.objects.filter(pk=world.agreement.pk).update(title="Bonn-Kyoto Memorandum")
    assert "Bonn-Kyoto Memorandum" in viewer_client.get(url).content.decode()


def rename_by_save(world):
    world.kyoto.name = "Kyoto Daigaku"
    world.kyoto.save()


def retitle_by_update(world):
    Agreement.objects.filter(pk=world.agreement.pk).update(title="Updated MoU")


def retitle_by_raw_sql(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreement SET title = 'Raw MoU' WHERE id = %s", [world.agreement.pk]
        )


def add_by_bulk_create(world):
    Agreement.objects.bulk_create([Agreement(title="Bulk MoU", kind=AgreementKind.MOU)])


def add_a_party(world):
    world.agreement.parties.add(world.haifa)


def delete_a_party(world):
    Party.objects.filter(agreement=world.agreement, institution=world.kyoto).delete()


def merge_a_party_away(world):
    world.haifa.absorb([world.kyoto])


def load_an_article(world):
    from registry.ingest.loading import load_extraction
    from tests.ingest.test_loading import extraction

    load_extraction(extraction())


def copy_in_bulk(world):
    """generate_synthetic's writer: COPY on PostgreSQL, executemany on SQLite."""
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


def load_a_fixture(world, tmp_path):
    fixture = tmp_path / "institution.json"
    fixture.write_text(
        '[{"model": "agreements.institution", "pk": 900001, "fields": {"name": "Fixture University",'
        ' "normalized_name": "fixture university"}}]'
    )
    call_command("loaddata", str(fixture), verbosity=0)


def post_through_the_api(world, client):
    client.force_login(make_account(role="editor"))
    response = client.post(
        "/api/institutions/", {"name": "Posted University"}, content_type="application/json"
    )
    assert response.status_code == 201


def mark_reviewed_in_the_view(world, client):
    """The "mark reviewed" button of the pages: the institution list's row loses its "not reviewed" mark."""
    client.force_login(make_account(role="editor", is_staff=True))
    url = reverse("mark-reviewed", args=["agreements", "institution", world.kyoto.pk])
    assert client.post(url).status_code in (200, 302)


WRITES = [
    # (how, page, text shown after, text gone after)
    (rename_by_save, AGREEMENTS, "Kyoto Daigaku", "Kyoto University"),
    (retitle_by_update, AGREEMENTS, "Updated MoU", "Bonn-Kyoto MoU"),
    (retitle_by_raw_sql, AGREEMENTS, "Raw MoU", "Bonn-Kyoto MoU"),
    (add_by_bulk_create, AGREEMENTS, "Bulk MoU", None),
    (add_a_party, AGREEMENTS, "University of Haifa", None),
    (delete_a_party, AGREEMENTS, None, "Kyoto University"),
    (merge_a_party_away, DELEGATIONS, None, "Kyoto University"),
    (load_an_article, INSTITUTIONS, "East China Normal University", None),
    (copy_in_bulk, INSTITUTIONS, "Copied University", None),
    (load_a_fixture, INSTITUTIONS, "Fixture University", None),
    (post_through_the_api, INSTITUTIONS, "Posted University", None),
]


@pytest.mark.parametrize("write, url, shown, gone", WRITES, ids=[write[0].__name__ for write in WRITES])
def test_a_write_by_any_path_to_a_table_a_page_read_shows_at_once(
    viewer_client, client, world, tmp_path, write, url, shown, gone
):
    before = page(viewer_client, url)
    assert shown is None or shown not in before
    assert gone is None or gone in before
    if write is load_a_fixture:
        write(world, tmp_path)
    elif write is post_through_the_api:
        from django.test import Client

        write(world, Client())
    else:
        write(world)
    after = page(viewer_client, url)
    assert shown is None or shown in after
    assert gone is None or gone not in after


def test_a_record_marked_reviewed_in_the_view_shows_at_once(viewer_client, world):
    from django.test import Client

    row = page(viewer_client, INSTITUTIONS)
    marks = row.count("badge--unreviewed")
    assert marks
    mark_reviewed_in_the_view(world, Client())
    assert page(viewer_client, INSTITUTIONS).count("badge--unreviewed") < marks


def sql_of_a_request(client, url):
    statements = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: statements.append(sql) or execute(sql, *args)
    ):
        page(client, url)
    return statements


def counts_in(statements):
    """The list's total: the count of the institutions (not the rows' activity, nor the intake's waiting),
    or for the whole table, the count its writes keep (registry.common.row_counts)."""
    return [
        sql
        for sql in statements
        if sql.startswith('SELECT COUNT(*) AS "__count" FROM "agreements_institution"')
        or "FROM registry_rowcount" in sql
    ]


@pytest.mark.parametrize("rows", [1, 30])
def test_a_list_built_anew_after_an_edit_to_what_its_total_did_not_read_keeps_its_total(viewer_client, rows):
    """The institution list after an agreement's save: its rows' activity is read anew, its total is not."""
    institutions = [make_institution(name=f"University {number:02}") for number in range(rows)]
    agreement = make_agreement(institutions[0], make_institution(name="Kyoto University"))
    built = sql_of_a_request(viewer_client, INSTITUTIONS)
    assert len(counts_in(built)) == 1
    Agreement.objects.filter(pk=agreement.pk).update(title="Renamed MoU")
    rebuilt = sql_of_a_request(viewer_client, INSTITUTIONS)
    assert counts_in(rebuilt) == []
    # The versions, the rows, their acronyms (in the rows' query on PostgreSQL: registry.common.
    # prefetched_rows.lists_inline): none per row (nor the country choices: the filter panel is kept,
    # tests/pages/test_filter_panel_kept.py).
    assert len(rebuilt) == (2 if connection.vendor == "postgresql" else 3)
    assert f"<strong>{rows + 2}</strong> institutions" in page(viewer_client, INSTITUTIONS)


@pytest.mark.parametrize(
    "add", [make_institution, lambda name: Institution.objects.bulk_create([Institution(name=name)])]
)
def test_a_lists_total_follows_every_institution_added(viewer_client, add):
    make_institution(name="University of Bonn")
    assert "<strong>2</strong> institutions" in page(viewer_client, INSTITUTIONS)  # and the home one
    add(name="Kyoto University")
    assert "<strong>3</strong> institutions" in page(viewer_client, INSTITUTIONS)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM agreements_institution WHERE name = 'Kyoto University'")
    assert "<strong>2</strong> institutions" in page(viewer_client, INSTITUTIONS)


def test_a_filtered_lists_total_is_kept_apart_from_the_unfiltered_one(viewer_client):
    make_institution(name="University of Bonn", country="DE")
    make_institution(name="Kyoto University", country="JP")
    assert "<strong>3</strong> institutions" in page(viewer_client, INSTITUTIONS)
    assert "<strong>1</strong> institution" in page(viewer_client, INSTITUTIONS, {"country": "JP"})


def timeline_of(records):
    """An institution whose timeline holds `records` agreements, delegations and meetings each."""
    from tests.builders import make_meeting

    bonn = make_institution(name="University of Bonn")
    for number in range(records):
        partner = make_institution(name=f"Partner University {number:02}")
        make_agreement(bonn, partner, title=f"MoU {number:02}", signed=f"20{10 + number % 10}-05-01")
        make_delegation(visitor=partner, host=bonn, start=f"20{10 + number % 10}-06-01")
        make_meeting(bonn, partner, date=f"20{10 + number % 10}-07-01")
    return reverse("agreements:institution-detail", args=[bonn.pk])


@pytest.mark.parametrize("records", [1, 15])
def test_an_institution_page_after_a_delegations_save_keeps_its_agreement_cards(viewer_client, records):
    """Built anew (its delegation cards and counts read again), but its agreements not fetched again."""
    from django.core.cache import cache

    url = timeline_of(records)
    page(viewer_client, url)
    delegation = Delegation.objects.order_by("pk").first()
    delegation.purpose = "Talks on a joint degree."
    delegation.save()
    rebuilt = sql_of_a_request(viewer_client, url)
    # An agreement card's prefetch (PostgreSQL reads the cards' row versions: tests/pages/
    # test_cards_kept_per_record.py).
    assert not [sql for sql in rebuilt if "agreements_signatory" in sql and "xmin" not in sql]
    assert not [sql for sql in rebuilt if "agreements_contact" in sql]  # the institution's own panels
    if connection.vendor == "postgresql":  # the three kinds' keys in the institution's statement
        assert [
            sql
            for sql in rebuilt
            if '"agreements_institution" r' in sql
            and "SELECT 0 AS part" in sql
            and '"delegations_delegation"' in sql
        ]
    else:
        assert [sql for sql in rebuilt if sql.startswith('SELECT "delegations_delegation"')]
    # The same for 1 and 15 records of each kind: none per record (on PostgreSQL, the three kinds' keys
    # read with the institution, the row versions of its three kinds of cards in one query each, and
    # each kind's cards' records read with their lists in one query: registry.common.prefetched_rows;
    # the tallies counted from the timeline's keys).
    assert len(rebuilt) == (6 if connection.vendor == "postgresql" else 9)
    kept = page(viewer_client, url)
    cache.clear()
    assert page(viewer_client, url) == kept  # what a page built from nothing shows


@pytest.mark.parametrize("write", [retitle_by_update, retitle_by_raw_sql, rename_by_save, add_a_party])
def test_an_agreement_card_shows_every_write_to_what_it_shows_at_once(viewer_client, world, write):
    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    before = page(viewer_client, url)
    assert "Bonn-Kyoto MoU" in before and "Kyoto University" in before
    write(world)
    after = page(viewer_client, url)
    if write is rename_by_save:
        assert "Kyoto Daigaku" in after and "Kyoto University" not in after
    elif write is add_a_party:
        assert "University of Haifa" not in before and "University of Haifa" in after
    else:
        assert "Bonn-Kyoto MoU" not in after


def recite_by_update(world):
    AgreementCitation.objects.filter(agreement=world.agreement).update(evidence="The rectors signed today.")


def recite_by_raw_sql(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreementcitation SET evidence = 'The rectors signed today.' "
            "WHERE agreement_id = %s",
            [world.agreement.pk],
        )


def add_a_signatory(world):
    Signatory.objects.create(agreement=world.agreement, person=make_person("Rector Tanaka"), title="Rector")


@pytest.mark.parametrize("write", [recite_by_update, recite_by_raw_sql, add_a_signatory])
def test_a_page_built_around_kept_cards_shows_a_later_write_to_what_only_the_cards_read(
    viewer_client, world, write
):
    """A delegation's save rebuilds the page around its agreement cards, taken from the cache: the
    page must still be kept under what those cards read (citations, signatories), which its own
    queries no longer name."""
    AgreementCitation.objects.create(agreement=world.agreement, source=make_source(), evidence="Old words.")
    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    page(viewer_client, url)
    Delegation.objects.filter(pk=world.delegation.pk).update(purpose="Talks on a joint degree.")
    rebuilt = page(viewer_client, url)
    assert "Talks on a joint degree." in rebuilt and "Old words." in rebuilt
    write(world)
    after = page(viewer_client, url)
    if write is add_a_signatory:
        assert "Rector Tanaka (Rector)" in after
    else:
        assert "The rectors signed today." in after and "Old words." not in after


def tally(html, label):
    """The number beside `label` in the institution page's "Partnership at a glance"."""
    import re

    return int(re.search(rf"{label}</(?:a|th)>(?:</th>)?<td class=\"num\">(\d+)</td>", html).group(1))


@pytest.mark.parametrize(
    "write",
    [
        lambda world: make_agreement(world.bonn, world.haifa, title="Bonn-Haifa MoU"),
        lambda world: Party.objects.filter(agreement=world.agreement, institution=world.bonn).delete(),
        lambda world: make_delegation(visitor=world.bonn, host=world.haifa, start="2022-01-01"),
        lambda world: Delegation.objects.filter(pk=world.delegation.pk).update(host=world.haifa),
    ],
    ids=["agreement added", "party removed", "delegation added", "delegation's host changed"],
)
def test_an_institution_pages_tallies_follow_every_write_to_what_they_count(viewer_client, world, write):
    from django.core.cache import cache

    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    page(viewer_client, url)
    write(world)
    kept = page(viewer_client, url)
    cache.clear()
    built = page(viewer_client, url)
    for label in ("No end date recorded", "Delegations visiting us", "Delegations we sent"):
        assert tally(kept, label) == tally(built, label)
    assert kept == built


def add_a_contact(world):
    from tests.builders import make_contact

    make_contact(world.bonn, name="Anna Schmidt")


def add_a_person(world):
    from tests.builders import make_person

    make_person(name="Walter Pauli", institution=world.bonn)


def add_a_name(world):
    world.bonn.add_name("Uni Bonn")


def add_a_unit(world):
    make_institution(name="Bonn Faculty of Law", parent=world.bonn)


def cite_a_source(world):
    from agreements.models import InstitutionCitation
    from tests.builders import make_source

    InstitutionCitation.objects.create(institution=world.bonn, source=make_source("bonn-news.txt"))


def rename_a_cited_source(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_source SET file_name = 'renamed-news.txt' WHERE file_name = 'bonn-news.txt'"
        )


def write_notes_by_update(world):
    Institution.objects.filter(pk=world.bonn.pk).update(notes="Partner since 1990.")


PANEL_WRITES = [
    (add_a_contact, "Anna Schmidt"),
    (add_a_person, "Walter Pauli"),
    (add_a_name, "Uni Bonn"),
    (add_a_unit, "Bonn Faculty of Law"),
    (cite_a_source, "bonn-news.txt"),
    (rename_a_cited_source, "renamed-news.txt"),
    (write_notes_by_update, "Partner since 1990."),
]


@pytest.mark.parametrize("write, shown", PANEL_WRITES, ids=[write.__name__ for write, _ in PANEL_WRITES])
def test_an_institution_pages_own_panels_follow_every_write_to_what_they_show(
    viewer_client, world, write, shown
):
    from django.core.cache import cache

    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    if write is rename_a_cited_source:
        cite_a_source(world)
    assert shown not in page(viewer_client, url)
    write(world)
    kept = page(viewer_client, url)
    assert shown in kept
    cache.clear()
    assert page(viewer_client, url) == kept
