"""The institution page reads its timeline's keys with the institution, in one statement (PostgreSQL).

InstitutionDetailView.get_object: the keys and tallies of its history (agreements.views.
bound_history_keys, as JSON: registry.common.compiled.BoundUnion.json_sql) beside the institution
(registry.common.prefetched_rows.record_with), where a digest of the history's row versions was read
before, and the keys again in a statement of their own after a write.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from agreements.models import Institution
from agreements.views import bound_history_keys
from registry.common.data_versions import bump_versions
from tests.builders import make_agreement, make_delegation, make_home, make_institution, make_meeting
from tests.pages.test_cached_pages import page
from tests.pages.test_pages_kept_per_table import sql_of_a_request, timeline_of

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite reads its keys by the ORM"),
]


def test_the_keys_read_as_json_are_the_rows_the_union_reads(django_assert_num_queries):
    """Dates, precisions, lifecycles and directions, in each query's order, for every institution."""
    home = make_home()
    bonn, kyoto = make_institution("University of Bonn"), make_institution("Kyoto University")
    make_agreement(home, bonn, signed="2019-05-02")
    make_agreement(bonn, kyoto, signed="2019-05", status="discussed")
    make_agreement(bonn, title="Undated")
    make_delegation(bonn, home, start="2021-03-01")
    make_delegation(kyoto, bonn, start="2019")
    make_meeting(bonn, kyoto, date="2019-05-02")
    make_meeting(kyoto)
    bound = bound_history_keys(datetime.date.today(), "default")
    for institution in (home, bonn, kyoto, make_institution("No history")):
        with connection.cursor() as cursor:
            cursor.execute(bound.json_sql, bound.params_for(institution.pk))
            (value,) = cursor.fetchone()
        assert bound.rows_from_json(value) == bound.rows(institution.pk)
    dates = [row[1] for kind, rows in bound.rows(bonn.pk) for row in rows]
    assert datetime.date(2019, 5, 2) in dates and None in dates


def test_after_a_write_to_every_table_the_page_reads_its_history_once(viewer_client):
    """One statement reads the institution with its keys; none reads a digest of its history's rows,
    none its keys alone: six statements (the data versions, the institution with its keys, each
    kind's cards with their row versions, the panels)."""
    url = timeline_of(3)
    page(viewer_client, url)
    bump_versions(scopes=["records"])  # what any write to a record bumps (the session stays kept)
    built = sql_of_a_request(viewer_client, url)
    with_keys = [sql for sql in built if "SELECT 0 AS part" in sql]
    assert len(with_keys) == 1 and with_keys[0].startswith("SELECT (SELECT json_agg(")
    assert '"agreements_institution" r' in with_keys[0]
    assert not [sql for sql in built if '"agreements_institution" r' in sql and "md5(" in sql]
    assert len(built) == 6


def test_after_a_save_elsewhere_the_page_reads_its_history_in_the_institutions_statement(viewer_client):
    elsewhere = make_institution("Elsewhere University"), make_institution("Nowhere College")
    url = timeline_of(3)
    page(viewer_client, url)
    make_agreement(*elsewhere)
    built = sql_of_a_request(viewer_client, url)
    assert len([sql for sql in built if "SELECT 0 AS part" in sql]) == 1
    assert len(built) == 5  # the data versions, the institution with its keys, each kind's card versions


def test_where_the_keys_cannot_be_read_beside_it_the_page_is_the_same(viewer_client, monkeypatch):
    """A keys' query not bindable (bound_history_keys gives None): the ORM reads keys and tallies."""
    url = timeline_of(4)
    built = page(viewer_client, url)
    monkeypatch.setattr("agreements.views.bound_history_keys", lambda today, using: None)
    cache.clear()
    assert page(viewer_client, url) == built
    bump_versions()
    assert page(viewer_client, url) == built


def test_the_tallies_follow_a_change_to_the_institutions_history_at_once(viewer_client):
    """Nothing of the history is kept apart from the page: a delegation's new host shows in the counts."""
    bonn, home = make_institution("University of Bonn"), Institution.objects.get(is_home=True)
    delegation = make_delegation(bonn, make_institution("Kyoto University"), start="2020")
    url = reverse("agreements:institution-detail", args=[bonn.pk])
    before = viewer_client.get(url).context["delegation_counts"]
    delegation.host = home
    delegation.save()
    after = viewer_client.get(url).context["delegation_counts"]
    assert after != before
