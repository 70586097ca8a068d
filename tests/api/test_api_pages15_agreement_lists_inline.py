"""The API's agreement list reads each row's parties, renewals and citations in the rows' own query.

registry.api.serializers.with_page_lists (PostgreSQL): each of PAGE_LISTS a JSON subquery of the
rows' query, shown as the serializer's own query of each list shows it (elsewhere those queries).
"""

import pytest
from django.db import connection

from agreements.models import Agreement
from registry.api.serializers import PAGE_LISTS, AgreementSerializer, with_page_lists
from registry.common.data_versions import bump_versions
from tests.api.test_api import JSON, list_url, make_user, results
from tests.builders import make_agreement, make_institution, make_source
from tests.pages.test_pages_kept_per_table import sql_of_a_request

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite reads each list alone")


@pytest.fixture
def agreements():
    """Parties named out of id order, a renewal undated (NULL sorts last), citations with and without
    a url, an agreement with nothing listed but one party."""
    zurich, aachen = (
        make_institution("Zurich University", country="CH"),
        make_institution("Aachen University"),
    )
    first = make_agreement(zurich, aachen, make_institution("Bonn College", country="DE"), signed="2019")
    make_agreement(aachen, signed="2021-03", renews=first)
    make_agreement(aachen, renews=first)
    make_agreement(zurich, signed="2020-05-02", renews=first)
    for evidence, url in (
        ("Signed in Bonn.", "https://example.org/a"),
        ("", ""),
        ("Renewed \u201cas before\u201d.", ""),
    ):
        first.citations.create(source=make_source(title="Gazette", url=url), evidence=evidence)
    make_agreement(zurich)
    return Agreement.objects.order_by("-signed_on", "title", "pk")


def test_each_list_read_by_its_own_query_shows_its_rows_in_order(agreements):
    first = agreements.get(title__isnull=False, renews__isnull=True, parties__name="Bonn College")
    parties, renewed_by, citations = (listed.of([first.pk])[first.pk] for listed in PAGE_LISTS)
    assert [party["name"] for party in parties] == ["Aachen University", "Bonn College", "Zurich University"]
    assert renewed_by == list(
        Agreement.objects.filter(renews=first).order_by("signed_on", "pk").values_list("pk", flat=True)
    )
    assert [citation["evidence"] for citation in citations] == [
        "Signed in Bonn.",
        "",
        "Renewed \u201cas before\u201d.",
    ]


@on_postgresql
def test_the_lists_read_inline_are_those_read_by_a_query_each(agreements, django_assert_num_queries):
    inline = with_page_lists(agreements)
    with django_assert_num_queries(1):
        shown_inline = AgreementSerializer(inline, many=True).data
    with django_assert_num_queries(1 + len(PAGE_LISTS)):
        shown_apart = AgreementSerializer(agreements, many=True).data
    assert shown_inline == shown_apart
    assert any(row["renewed_by"] for row in shown_inline) and any(row["citations"] for row in shown_inline)


@on_postgresql
def test_the_agreement_list_after_a_write_reads_its_rows_with_their_lists(client):
    """The data versions and the page's rows, with their row versions and lists: no query per list."""
    client.force_login(make_user("viewer"))
    make_agreement(make_institution(), make_institution(), source=make_source(), evidence="Signed.")
    url = list_url("agreement")
    shown = results(client.get(url, **JSON))
    bump_versions(scopes=["records"])
    built = sql_of_a_request(client, url)
    assert not [sql for sql in built if sql.startswith('SELECT "agreements_party"')]
    assert not [sql for sql in built if sql.startswith('SELECT "agreements_agreementcitation"')]
    assert len([sql for sql in built if "agreements_agreement" in sql]) == 1
    bump_versions(scopes=["records"])
    assert results(client.get(url, **JSON)) == shown


def test_an_agreement_saved_is_shown_anew_with_its_lists(client):
    """The row kept per record is built again from its lists (the kept path reads them inline too)."""
    client.force_login(make_user("viewer"))
    agreement = make_agreement(make_institution("Aachen University"), signed="2020")
    make_agreement(make_institution(), signed="2019")
    url = list_url("agreement")
    results(client.get(url, **JSON))
    agreement.parties.add(make_institution("Bonn College"))
    agreement.save()
    (row,) = [row for row in results(client.get(url, **JSON)) if row["id"] == agreement.pk]
    assert [party["name"] for party in row["party_details"]] == ["Aachen University", "Bonn College"]


def test_the_institution_list_and_search_show_each_ones_names_in_order(client):
    """Read in the rows' own query on PostgreSQL (prefetched_rows.lists_inline), a query of their own
    elsewhere: the same names, by kind then value, and no query of names alone on PostgreSQL."""
    client.force_login(make_user("viewer"))
    bonn = make_institution("University of Bonn", country="DE")
    for value, kind in (("Uni Bonn", "alias"), ("UB", "acronym"), ("Bonn University", "label")):
        bonn.add_name(value, kind)
    make_institution("Kyoto University")
    for url in (list_url("institution"), list_url("institution", q="Bonn+Uni")):
        built = sql_of_a_request(client, url)
        (row,) = [row for row in results(client.get(url, **JSON)) if row["id"] == bonn.pk]
        expected = list(bonn.names.order_by("kind", "value").values("value", "kind", "language"))
        assert row["names"] == expected and {"Uni Bonn", "UB"} <= {name["value"] for name in row["names"]}
        names_alone = [sql for sql in built if sql.startswith('SELECT "agreements_institutionname"')]
        assert len(names_alone) == (0 if connection.vendor == "postgresql" else 1)
