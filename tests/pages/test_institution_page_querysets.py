"""The institution page builds the querysets of its cards once per process, and those of the
institution's own records only where its history's statements are not written once (SQLite).

Its cards are read by id (the timeline's keys name them), so each kind's records come from one
queryset built once per process (`timeline_records`); the institution's filtered querysets
(`involving`) are what SQLite's tallies and keys read.
"""

import pytest
from django.core.cache import cache
from django.db import connection

from agreements.models import Agreement
from agreements.views import KeptCard, involving, timeline_keys, timeline_page, timeline_records
from delegations.models import Delegation, Meeting
from registry.common.data_versions import bump_versions
from tests.builders import make_agreement, make_delegation, make_institution, make_meeting
from tests.pages.test_cached_pages import page
from tests.pages.test_pages_kept_per_table import timeline_of

pytestmark = pytest.mark.django_db

KINDS = [Agreement, Delegation, Meeting]


def test_each_kinds_card_records_are_one_queryset_built_once_per_process():
    assert timeline_records(Agreement, "default") is timeline_records(Agreement, "default")
    assert timeline_records(Delegation, "default") is not timeline_records(Meeting, "default")
    assert timeline_records(Agreement, "default").query.where.children == []  # no filter to share


@pytest.mark.parametrize("kept", [False, True], ids=["records", "kept cards"])
def test_given_its_keys_a_timeline_page_shows_the_same_cards_from_any_queryset_of_each_kind(kept):
    """The keys name the records: the institution's own querysets and plain ones give the same page."""
    bonn, kyoto = make_institution("University of Bonn"), make_institution("Kyoto University")
    for number in range(3):
        partner = make_institution(f"Partner {number}")
        make_agreement(bonn, partner, title=f"MoU {number}", signed=f"201{number}-05-01")
        make_agreement(kyoto, partner, title=f"Kyoto MoU {number}", signed=f"201{number}-05-02")
        make_delegation(visitor=partner, host=bonn, start=f"201{number}-06-01")
        make_meeting(bonn, kyoto, date=f"201{number}-07-01")
    history, _agreements, _delegations = involving(bonn)
    keys = timeline_keys(history)

    def shown(querysets, kept_for):
        cache.clear()
        entries, _page = timeline_page(querysets, 1, keys=keys, kept_for=kept_for if kept else None)
        assert all(isinstance(entry, KeptCard) == kept for entry in entries)
        return [(entry.date, entry.kind, entry.card) for entry in entries]

    plain = [model.objects.all() for model in KINDS]
    assert shown(plain, "institution-plain") == shown(history, "institution-own")
    assert len(shown(plain, "institution-plain")) == 3 * 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite reads its tallies and keys by the ORM")
def test_the_page_built_anew_builds_no_queryset_of_the_institutions_records(viewer_client, monkeypatch):
    """Its history's statements are written once per process (bound_history_keys), its cards' too."""
    url = timeline_of(3)
    bump_versions()
    built = page(viewer_client, url)

    def refused(queryset, institution):
        raise AssertionError(f"a queryset of {institution}'s {queryset.model.__name__} records built")

    for model in KINDS:
        monkeypatch.setattr(type(model.objects.all()), "involving", refused)
    for _ in range(2):
        bump_versions()
        assert page(viewer_client, url) == built
