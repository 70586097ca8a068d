"""The agreement list's rows kept per record: a save rebuilds the rows it changed, no others.

On PostgreSQL each row is kept under the versions of the rows it shows (registry.common.row_versions:
`xmin` and `ctid`, which any write to a row changes, whatever its path), read with the page's ids in
one query; SQLite writes every row whenever the page is built (the page is kept per table there).
"""

import datetime
import json
import re
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from agreements.models import (
    Agreement,
    AgreementCitation,
    AgreementKind,
    AgreementStatus,
    Institution,
    Source,
)
from agreements.views import AgreementListView
from registry.common.data_versions import bump_versions
from tests.builders import make_agreement, make_institution
from tests.pages.agreement_writes import (
    add_a_party,
    add_a_party_by_copy,
    mark_reviewed_in_the_admin,
    mark_reviewed_in_the_view,
    merge_a_party_away,
    raw_sql_title,
    remove_a_party,
    rename_a_party,
    save_the_title,
    title_through_the_api,
    update_the_title,
)
from tests.pages.test_cached_pages import page
from tests.pages.test_pages_kept_per_table import sql_of_a_request

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="rows keep versions on PostgreSQL alone"),
]

AGREEMENTS = reverse("agreements:agreement-list")
EXPIRING = f"{AGREEMENTS}?expiring_within=90"
SOON = datetime.date.today() + datetime.timedelta(days=30)
#: A page built with nothing in the cache: the data versions, the session, the account, its groups and
#: permissions, the filter form's reads, the intake count, the count, the rows with their row versions
#: with their parties (as many as writing every row: the versions and the parties are read in the
#: rows' query). Whether a home institution is set is read with the data versions.
COLD_QUERIES = 10


@pytest.fixture
def world():
    bonn = make_institution(name="University of Bonn")
    kyoto = make_institution(name="Kyoto University")
    haifa = make_institution(name="University of Haifa")
    agreement = make_agreement(bonn, kyoto, title="Bonn-Kyoto MoU", signed="2020-05-01", valid_until=SOON)
    other = make_agreement(bonn, haifa, title="Bonn-Haifa MoU", signed="2019-05-01", valid_until=SOON)
    return SimpleNamespace(bonn=bonn, kyoto=kyoto, haifa=haifa, agreement=agreement, other=other)


def rows_fetched(client, url):
    """The ids of the agreements whose rows a request of `url` fetched to write them, or "the page"
    (not the page's ids with their row versions, nor its count)."""
    fetched = []

    def note(execute, sql, params, *args):
        if sql.startswith('SELECT "agreements_agreement"."id", "agreements_agreement"."created_at"'):
            wanted = re.search(r'"agreements_agreement"\."id" IN \(([^)]*)\)', sql)
            # The rows not kept, by their ids; or, with nothing kept for the page, the whole page (read
            # with its rows' versions, by the ids of a filtered list's page).
            whole = not wanted or ' AS "row_version"' in sql
            fetched.append("the page" if whole else sorted(params[-wanted.group(1).count("%s") :]))
        return execute(sql, params, *args)

    with connection.execute_wrapper(note):
        page(client, url)
    return fetched


@pytest.mark.parametrize("url", [f"{AGREEMENTS}?kind=mou", EXPIRING])
@pytest.mark.parametrize("rows", [1, 25])
def test_a_save_of_an_agreement_on_no_row_of_the_page_fetches_none_of_its_rows(viewer_client, url, rows):
    home = make_institution(name="University of Bonn")
    for number in range(rows):
        make_agreement(home, title=f"MoU {number:02}", signed="2020-05-01", valid_until=SOON)
    page(viewer_client, url)
    # Another agreement saved, on no row of this page (a partnership, not expiring): the page is
    # built anew, its rows are not.
    make_agreement(home, title="A partnership", kind=AgreementKind.PARTNERSHIP)
    rebuilt = sql_of_a_request(viewer_client, url)
    assert not [sql for sql in rebuilt if '"agreements_institution"."name"' in sql]
    # The same for 1 and 25 rows: the data versions, the count, the page's ids with their row versions.
    assert len(rebuilt) == 3
    kept = page(viewer_client, url)
    cache.clear()
    assert page(viewer_client, url) == kept  # what a page built from nothing shows
    assert "MoU 00" in kept and "A partnership" not in kept


@pytest.mark.parametrize("url", [AGREEMENTS, EXPIRING])
@pytest.mark.parametrize("rows", [1, 25])
def test_the_rows_cost_the_same_queries_for_one_row_and_a_full_page(viewer_client, url, rows):
    home = make_institution(name="University of Bonn")
    for number in range(rows):
        make_agreement(
            home, make_institution(), title=f"MoU {number:02}", signed="2020-05-01", valid_until=SOON
        )
    cache.clear()
    cold = sql_of_a_request(viewer_client, url)
    # The parties once, in the rows' own query (registry.common.prefetched_rows.lists_inline).
    assert len([sql for sql in cold if "listed_parties_inline" in sql]) == 1
    assert not [sql for sql in cold if "_prefetch_related_val" in sql]
    # The session, account and permissions, the versions, the intake count, the count, the ids with
    # their row versions, the rows with their parties: the same for 1 row and 25.
    assert len(cold) == COLD_QUERIES
    Agreement.objects.filter(title="MoU 00").update(title="MoU 00, amended")
    assert len(sql_of_a_request(viewer_client, url)) == 4  # versions, count, ids, the row with its parties
    assert "MoU 00, amended" in page(viewer_client, url)


def test_a_save_rebuilds_the_row_it_changed_alone(viewer_client, world):
    page(viewer_client, EXPIRING)
    Agreement.objects.filter(pk=world.agreement.pk).update(title="Bonn-Kyoto Memorandum")
    assert rows_fetched(viewer_client, EXPIRING) == [[world.agreement.pk]]
    assert "Bonn-Kyoto Memorandum" in page(viewer_client, EXPIRING)


def terminate_it_by_bulk_update(world):
    """Its stage (the lifecycle column) follows its status."""
    Agreement.objects.filter(title__startswith="Bonn-Kyoto").update(status=AgreementStatus.TERMINATED)


def extend_it_by_raw_sql(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreement SET valid_until = valid_until + 7 WHERE id = %s",
            [world.agreement.pk],
        )


def rename_a_party_by_bulk_update(world):
    Institution.objects.filter(pk=world.kyoto.pk).update(name="Kyoto Daigaku")


def rename_a_party_by_loading_a_fixture(world, tmp_path):
    fixture = tmp_path / "kyoto.json"
    fields = {"name": "Kyoto Daigaku", "kind": world.kyoto.kind}
    fixture.write_text(
        json.dumps([{"model": "agreements.institution", "pk": world.kyoto.pk, "fields": fields}])
    )
    call_command("loaddata", str(fixture), verbosity=0)


def renew_it(world):
    """A renewal is a row of its own (the list shows it, marked), and the renewed row stays."""
    make_agreement(
        world.bonn,
        world.kyoto,
        title="Bonn-Kyoto Renewal",
        signed="2020-06-01",
        valid_until=SOON,
        renews=world.agreement,
    )


def bump_every_version(world):
    """What a migration rewriting rows does (registry.common.data_versions.bump_versions)."""
    with connection.cursor() as cursor:  # a write no trigger sees: the row's version changes regardless
        cursor.execute("SET session_replication_role = replica")
        cursor.execute(
            "UPDATE agreements_agreement SET title = 'Bonn-Kyoto Memorandum' WHERE id = %s",
            [world.agreement.pk],
        )
        cursor.execute("RESET session_replication_role")
    bump_versions()


ROW_WRITES = [
    # (how, text shown after, text gone after)
    (update_the_title, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (save_the_title, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (raw_sql_title, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (title_through_the_api, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (mark_reviewed_in_the_admin, None, "not reviewed"),
    (mark_reviewed_in_the_view, None, "not reviewed"),
    (terminate_it_by_bulk_update, "Terminated", None),
    (extend_it_by_raw_sql, (SOON + datetime.timedelta(days=7)).strftime("%-d %b %Y"), None),
    (rename_a_party, "Kyoto Daigaku", "Kyoto University"),
    (rename_a_party_by_bulk_update, "Kyoto Daigaku", "Kyoto University"),
    (rename_a_party_by_loading_a_fixture, "Kyoto Daigaku", "Kyoto University"),
    (add_a_party, "University of Haifa", None),
    (add_a_party_by_copy, "University of Haifa", None),
    (remove_a_party, None, "Kyoto University"),
    (merge_a_party_away, "University of Haifa", "Kyoto University"),
    (renew_it, "Bonn-Kyoto Renewal", None),
    (bump_every_version, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
]


def agreement_row(html, title):
    """The list's row of the agreement titled `title`, from its <tr> to its </tr>."""
    at = html.index(f">{title}</a>")
    return html[html.rindex("<tr>", 0, at) : html.index("</tr>", at)]


@pytest.mark.parametrize("url", [AGREEMENTS, EXPIRING])
@pytest.mark.parametrize("write, shown, gone", ROW_WRITES, ids=[write[0].__name__ for write in ROW_WRITES])
def test_a_row_shows_every_write_to_the_rows_it_shows_at_once(
    viewer_client, world, tmp_path, url, write, shown, gone
):
    before = page(viewer_client, url)
    row = agreement_row(before, "Bonn-Kyoto MoU")
    assert shown is None or shown not in row
    assert gone is None or gone in row
    write(world, tmp_path) if write is rename_a_party_by_loading_a_fixture else write(world)
    kept = page(viewer_client, url)
    cache.clear()
    assert kept == page(viewer_client, url)  # what a page built from nothing shows
    assert kept != before
    # The row of the agreement not written was kept (or rebuilt the same).
    assert agreement_row(kept, "Bonn-Haifa MoU") == agreement_row(before, "Bonn-Haifa MoU")


def test_a_row_that_reads_a_table_its_row_versions_do_not_cover_is_not_kept(
    viewer_client, world, monkeypatch
):
    """A row changed to show more than its view's `rows_shown` names is written on every build."""
    monkeypatch.setattr(AgreementListView, "rows_shown", [])  # its parties no longer covered
    page(viewer_client, EXPIRING)
    make_agreement(title="An old MoU", signed="1990-01-01")
    assert rows_fetched(viewer_client, EXPIRING) == ["the page"]  # nothing was kept


def test_rows_are_kept_per_day(viewer_client, world, monkeypatch):
    """A row's stage is as of today: what was kept yesterday is written anew."""
    page(viewer_client, EXPIRING)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return tomorrow

    # The views' clock alone (the real module's date is Django's too).
    monkeypatch.setattr(
        "agreements.views.datetime", SimpleNamespace(date=Tomorrow, timedelta=datetime.timedelta)
    )
    bump_versions(scopes=["records"])  # the page itself built anew
    assert rows_fetched(viewer_client, EXPIRING) == ["the page"]


# The API's agreement list: each agreement's data kept the same way (registry.api.views.AgreementViewSet).

API_AGREEMENTS = "/api/agreements/"


def api_page(client, params=None):
    response = client.get(API_AGREEMENTS, {"format": "json", **(params or {})})
    assert response.status_code == 200
    return response.json()


def add_a_citation(world):
    source = Source.objects.create(file_name="bonn-kyoto.txt", title="Bonn and Kyoto sign")
    AgreementCitation.objects.create(agreement=world.agreement, source=source, evidence="They signed.")


def retitle_its_source(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_source SET title = 'Bonn and Kyoto renew' WHERE file_name = 'bonn-kyoto.txt'"
        )


def requote_its_evidence(world):
    AgreementCitation.objects.filter(agreement=world.agreement).update(evidence="Both rectors signed.")


def move_a_party_to_another_country(world):
    Institution.objects.filter(pk=world.kyoto.pk).update(country="KR")


def add_a_renewal(world):
    world.renewal = make_agreement(
        world.bonn, world.kyoto, title="Bonn-Kyoto Renewal", renews=world.agreement
    )


def end_its_renewal(world):
    Agreement.objects.filter(pk=world.renewal.pk).update(renews=None)


def nothing(world):
    pass


API_WRITES = [
    # (what the world holds first, the write)
    (nothing, update_the_title),
    (nothing, save_the_title),
    (nothing, raw_sql_title),
    (nothing, title_through_the_api),
    (nothing, mark_reviewed_in_the_admin),
    (nothing, mark_reviewed_in_the_view),
    (nothing, terminate_it_by_bulk_update),
    (nothing, extend_it_by_raw_sql),
    (nothing, rename_a_party),
    (nothing, rename_a_party_by_bulk_update),
    (nothing, move_a_party_to_another_country),
    (nothing, add_a_party),
    (nothing, add_a_party_by_copy),
    (nothing, remove_a_party),
    (nothing, merge_a_party_away),
    (nothing, add_a_renewal),
    (add_a_renewal, end_its_renewal),
    (nothing, add_a_citation),
    (add_a_citation, requote_its_evidence),
    (add_a_citation, retitle_its_source),
    (nothing, bump_every_version),
]


def agreement_data(data, pk):
    """The agreement `pk` of a list's data (None: not listed)."""
    return next((row for row in data["results"] if row["id"] == pk), None)


@pytest.mark.parametrize("params", [{}, {"expiring_within": "90"}, {"sort": "title"}])
@pytest.mark.parametrize("setup, write", API_WRITES, ids=[write.__name__ for _setup, write in API_WRITES])
def test_the_apis_agreement_list_shows_every_write_to_the_rows_it_shows_at_once(
    viewer_client, world, setup, write, params
):
    setup(world)
    before = api_page(viewer_client, params)
    other = agreement_data(before, world.other.pk)
    write(world)
    kept = api_page(viewer_client, params)
    cache.clear()
    assert kept == api_page(viewer_client, params)  # what a list built from nothing gives
    assert agreement_data(kept, world.agreement.pk) != agreement_data(before, world.agreement.pk)
    assert agreement_data(kept, world.other.pk) == other


@pytest.mark.parametrize("rows", [1, 50])
def test_the_apis_agreement_list_fetches_only_the_agreements_a_save_changed(viewer_client, rows):
    home = make_institution(name="University of Bonn")
    for number in range(rows):
        make_agreement(home, make_institution(), title=f"MoU {number:02}", signed="2020-05-01")
    api_page(viewer_client)
    make_agreement(home, title="A partnership", kind=AgreementKind.PARTNERSHIP)  # the newest: first
    # Data versions, the ids with their row versions, the new agreement with its parties, renewals and
    # citations (registry.api.serializers.with_page_lists): the same for 1 row and 50.
    rebuilt = sql_of_a_request(viewer_client, f"{API_AGREEMENTS}?format=json")
    assert len(rebuilt) == 3
    newest = f"MoU {rows - 1:02}"  # on the first page, newest first
    Agreement.objects.filter(title=newest).update(title=f"{newest}, amended")
    assert len(sql_of_a_request(viewer_client, f"{API_AGREEMENTS}?format=json")) == 3
    assert f"{newest}, amended" in [row["title"] for row in api_page(viewer_client)["results"]]
    make_institution(name="Kyoto University")  # on no row: no agreement fetched
    assert len(sql_of_a_request(viewer_client, f"{API_AGREEMENTS}?format=json")) == 2


@pytest.mark.parametrize("lists", ["page", "api"])
def test_an_article_loaded_shows_in_the_rows_of_the_agreements_it_names(viewer_client, lists):
    """The loader's writes (registry.ingest.loading): an article renewing a recorded agreement."""
    from registry.ingest.loading import load_extraction
    from tests.ingest.test_loading import ECNU, HAIFA, extraction

    ecnu, haifa = make_institution(name=ECNU), make_institution(name=HAIFA)
    recorded = make_agreement(ecnu, haifa, title="Memorandum of Understanding", signed="2014-12")

    def shown():
        if lists == "api":
            return agreement_data(api_page(viewer_client), recorded.pk)
        return page(viewer_client, AGREEMENTS)

    before = shown()
    load_extraction(extraction())
    kept = shown()
    cache.clear()
    assert kept == shown()  # what a list built from nothing shows
    assert kept != before
