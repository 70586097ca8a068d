"""The institution page's statements planned once per connection (registry.common.planned_once)."""

import pytest
from django.core.cache import cache
from django.db import connection

from registry.common.data_versions import bump_versions
from tests.common.test_planned_once import prepared_statements
from tests.pages.test_cached_pages import page
from tests.pages.test_pages_kept_per_table import timeline_of

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite prepares no statement"),
]


def test_the_institution_pages_statements_are_prepared_and_show_the_same_page(viewer_client, monkeypatch):
    """The institution page built after a write: its institution, timeline keys, cards and panels are
    read by prepared statements, and the page is byte for byte the page the usual cursor builds."""
    url = timeline_of(3)
    built = []
    for _ in range(3):
        bump_versions()
        built.append(page(viewer_client, url))
    prepared = prepared_statements()
    assert len([statement for statement in prepared if statement.startswith("SELECT json_agg(")]) >= 4
    # The institution with its timeline's keys (InstitutionDetailView.get_object).
    assert [
        statement
        for statement in prepared
        if statement.startswith("SELECT (SELECT json_agg(") and "SELECT 0 AS part" in statement
    ]
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "prepare_threshold", None)
    bump_versions()
    cache.clear()
    assert built == [page(viewer_client, url)] * 3
