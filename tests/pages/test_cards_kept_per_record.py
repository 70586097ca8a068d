"""Timeline cards kept per record: a save rebuilds the cards of the records it changed, no others.

On PostgreSQL each card is kept under the versions of the rows it shows (registry.common.row_versions:
`xmin` and `ctid`, which any write to a row changes); SQLite keeps a page's cards of one kind
together under the versions of their tables (tests/pages/test_pages_kept_per_table.py).
"""

import json
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from agreements.models import Agreement, AgreementCitation, Institution, Party, Person, Signatory, Source
from delegations.models import Delegation, DelegationMember, Meeting
from registry.common.data_versions import bump_versions
from registry.devtools.bulk_load import Writer
from tests.builders import (
    make_account,
    make_agreement,
    make_delegation,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)
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
from tests.pages.test_pages_kept_per_table import sql_of_a_request, timeline_of

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="rows keep versions on PostgreSQL alone"),
]


@pytest.fixture
def world():
    bonn = make_institution(name="University of Bonn")
    kyoto = make_institution(name="Kyoto University")
    haifa = make_institution(name="University of Haifa")
    source = make_source("bonn-kyoto.txt", title="Bonn and Kyoto sign")
    agreement = make_agreement(bonn, kyoto, title="Bonn-Kyoto MoU", signed="2020-05-01", source=source)
    Signatory.objects.create(agreement=agreement, person=make_person("Rector Weber"), title="Rector")
    leader = make_person("Dean Sato")
    delegation = make_delegation(
        visitor=kyoto, host=bonn, start="2021-03-01", leader=leader, purpose="Talks."
    )
    DelegationMember.objects.create(delegation=delegation, person=make_person("Professor Ito"))
    meeting = make_meeting(bonn, kyoto, date="2022-01-10", location="Bonn", source=make_source("meeting.txt"))
    return SimpleNamespace(
        bonn=bonn, kyoto=kyoto, haifa=haifa, agreement=agreement, delegation=delegation, meeting=meeting
    )


@pytest.mark.parametrize("records", [1, 15])
def test_a_save_of_a_record_on_no_card_of_the_page_rebuilds_none_of_it(viewer_client, records):
    url = timeline_of(records)
    elsewhere = make_institution(name="Elsewhere University"), make_institution(name="Nowhere College")
    page(viewer_client, url)
    # Saves to the tables of the cards' records, on no card of this page.
    make_agreement(*elsewhere, title="An agreement elsewhere")
    make_delegation(*elsewhere, start="2023-01-01")
    make_meeting(*elsewhere, date="2023-02-01")
    rebuilt = sql_of_a_request(viewer_client, url)
    assert not [sql for sql in rebuilt if "agreements_signatory" in sql and "xmin" not in sql]
    assert not [sql for sql in rebuilt if sql.startswith('SELECT "delegations_delegation"."id",')]
    # The same for 1 and 15 records of each kind: the data versions, the institution with the row
    # versions of its records (its tallies and timeline dates kept), those of its three kinds of cards.
    assert len(rebuilt) == 5
    kept = page(viewer_client, url)
    cache.clear()
    assert page(viewer_client, url) == kept  # what a page built from nothing shows


def cards_read(client, url, model):
    """The ids of the records of `model` whose cards a request of `url` read, per statement reading them
    (the records with their lists, and their row versions when none is kept, in one query:
    registry.common.prefetched_rows; the ids are its last parameter, one id alone by itself)."""
    reads = []

    def note(execute, sql, params, *args):
        if "json_agg" in sql and f'FROM "{model._meta.db_table}" r ' in sql:
            ids = params[-1]
            reads.append(sorted(ids) if isinstance(ids, list) else [ids])
        return execute(sql, params, *args)

    with connection.execute_wrapper(note):
        page(client, url)
    return reads


def test_a_save_rebuilds_the_card_it_changed_alone(viewer_client):
    url = timeline_of(15)
    page(viewer_client, url)
    amended = Agreement.objects.get(title="MoU 07")
    Agreement.objects.filter(pk=amended.pk).update(title="MoU 07, amended")
    assert cards_read(viewer_client, url, Agreement) == [[amended.pk]]  # one query, one card
    assert "MoU 07, amended" in page(viewer_client, url)


def rename_a_signatory(world):
    Person.objects.filter(name="Rector Weber").update(name="Rector Schmidt")


def retitle_a_signatory(world):
    Signatory.objects.filter(agreement=world.agreement).update(title="Acting rector")


def requote_the_evidence(world):
    AgreementCitation.objects.filter(agreement=world.agreement).update(evidence="Both rectors signed.")


def retitle_the_source(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_source SET title = 'Bonn and Kyoto renew' WHERE file_name = 'bonn-kyoto.txt'"
        )


def renew_it(world):
    make_agreement(
        world.bonn, world.kyoto, title="Bonn-Kyoto Renewal", signed="2030-05-01", renews=world.agreement
    )


def load_a_fixture(world, tmp_path):
    fixture = tmp_path / "source.json"
    source = Source.objects.get(file_name="bonn-kyoto.txt")
    fields = {"file_name": "bonn-kyoto.txt", "title": "Loaded anew"}
    fixture.write_text(json.dumps([{"model": "agreements.source", "pk": source.pk, "fields": fields}]))
    call_command("loaddata", str(fixture), verbosity=0)


AGREEMENT_CARD = [
    # (how, text shown after, text gone after)
    (update_the_title, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (save_the_title, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (raw_sql_title, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (title_through_the_api, "Bonn-Kyoto Memorandum", "Bonn-Kyoto MoU"),
    (mark_reviewed_in_the_admin, None, "not reviewed"),
    (mark_reviewed_in_the_view, None, "not reviewed"),
    (rename_a_party, "Kyoto Daigaku", "Kyoto University"),
    (add_a_party, "University of Haifa", None),
    (add_a_party_by_copy, "University of Haifa", None),
    (remove_a_party, None, "Kyoto University"),
    (merge_a_party_away, "University of Haifa", "Kyoto University"),
    (rename_a_signatory, "Rector Schmidt", "Rector Weber"),
    (retitle_a_signatory, "Acting rector", "Rector Weber (Rector)"),
    (requote_the_evidence, "Both rectors signed.", None),
    (retitle_the_source, "Bonn and Kyoto renew", "Bonn and Kyoto sign"),
    (load_a_fixture, "Loaded anew", "Bonn and Kyoto sign"),
    (renew_it, "Renewed by", None),
]


def agreement_card(html):
    """The agreement's card of the institution page: from its badge to the next card."""
    start = html.index('<span class="badge badge--agreement">Agreement</span>')
    end = html.find('<li class="timeline__item', start)
    return html[start : end if end != -1 else len(html)]


@pytest.mark.parametrize(
    "write, shown, gone", AGREEMENT_CARD, ids=[write[0].__name__ for write in AGREEMENT_CARD]
)
def test_an_agreement_card_shows_every_write_to_the_rows_it_shows_at_once(
    viewer_client, world, tmp_path, write, shown, gone
):
    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    before = agreement_card(page(viewer_client, url))
    assert shown is None or shown not in before
    assert gone is None or gone in before
    write(world, tmp_path) if write is load_a_fixture else write(world)
    after = agreement_card(page(viewer_client, url))
    assert shown is None or shown in after
    assert gone is None or gone not in after


DELEGATION_AND_MEETING_CARDS = [
    (
        lambda world: Institution.objects.filter(pk=world.kyoto.pk).update(name="Kyoto Daigaku"),
        "Kyoto Daigaku",
    ),
    (lambda world: Person.objects.filter(name="Dean Sato").update(name="Dean Suzuki"), "Dean Suzuki"),
    (lambda world: Person.objects.filter(name="Professor Ito").update(name="Professor Abe"), "Professor Abe"),
    (
        lambda world: DelegationMember.objects.create(
            delegation=world.delegation, person=make_person("Dr Mori")
        ),
        "Dr Mori",
    ),
    (
        lambda world: Delegation.objects.filter(pk=world.delegation.pk).update(purpose="A joint degree."),
        "A joint degree.",
    ),
    (lambda world: world.meeting.institutions.add(world.haifa), "University of Haifa"),
    (lambda world: Meeting.objects.filter(pk=world.meeting.pk).update(location="Kyoto"), "Talk in Kyoto"),
    (
        lambda world: Source.objects.filter(file_name="meeting.txt").update(title="The meeting's report"),
        "The meeting&#x27;s report",
    ),
]


@pytest.mark.parametrize("write, shown", DELEGATION_AND_MEETING_CARDS)
def test_delegation_and_meeting_cards_show_every_write_to_the_rows_they_show_at_once(
    viewer_client, world, write, shown
):
    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    assert shown not in page(viewer_client, url)
    write(world)
    assert shown in page(viewer_client, url)


def test_a_card_that_reads_a_table_its_row_versions_do_not_cover_is_not_kept(
    viewer_client, world, monkeypatch
):
    """A card changed to show more than its model's `card_rows_shown` names is built on every page."""
    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    covered = Agreement.objects.card_rows_shown()
    monkeypatch.setattr(type(Agreement.objects.all()), "card_rows_shown", lambda self: covered[:2])
    page(viewer_client, url)
    make_agreement(title="An agreement elsewhere")
    assert cards_read(viewer_client, url, Agreement) == [[world.agreement.pk]]


def set_the_status(world):
    Agreement.objects.filter(pk=world.agreement.pk).update(status="terminated")


def end_it_by_raw_sql(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreement SET valid_until = '2021-01-01' WHERE id = %s", [world.agreement.pk]
        )


def add_an_agreement(world):
    make_agreement(world.bonn, world.haifa, title="Bonn-Haifa MoU", signed="2019-01-01")


def join_an_agreement_by_copy(world):
    elsewhere = make_agreement(world.kyoto, world.haifa, title="Kyoto-Haifa MoU", signed="2018-01-01")
    writer = Writer("default")
    writer.add(Party, id=writer.pk(Party), agreement_id=elsewhere.pk, institution_id=world.bonn.pk)
    writer.flush()


def leave_the_agreement(world):
    Party.objects.filter(agreement=world.agreement, institution=world.bonn).delete()


def send_a_delegation(world):
    make_delegation(visitor=world.bonn, host=world.haifa, start="2022-01-01")


def move_the_delegation_to_another_host(world):
    Delegation.objects.filter(pk=world.delegation.pk).update(host=world.haifa)


def make_the_visitor_the_home_institution(world):
    """A delegation's direction is read from both sides: the visitor's row changes it."""
    Institution.objects.filter(is_home=True).update(is_home=False)
    Institution.objects.filter(pk=world.kyoto.pk).update(is_home=True)


def redate_the_delegation_through_the_api(world):
    client = Client()
    client.force_login(make_account(role="editor"))
    response = client.patch(
        f"/api/delegations/{world.delegation.pk}/", {"start": "2009-03-01"}, content_type="application/json"
    )
    assert response.status_code == 200, response.content


def add_a_meeting(world):
    make_meeting(world.bonn, world.haifa, date="2024-04-01")


def redate_the_meeting(world):
    Meeting.objects.filter(pk=world.meeting.pk).update(held_on="2005-01-10")


def leave_the_meeting(world):
    world.meeting.institutions.remove(world.bonn)


def merge_the_partner_away(world):
    world.haifa.absorb([world.kyoto])


HISTORY_WRITES = [
    set_the_status,
    end_it_by_raw_sql,
    add_an_agreement,
    join_an_agreement_by_copy,
    leave_the_agreement,
    send_a_delegation,
    move_the_delegation_to_another_host,
    make_the_visitor_the_home_institution,
    redate_the_delegation_through_the_api,
    add_a_meeting,
    redate_the_meeting,
    leave_the_meeting,
    merge_the_partner_away,
]


@pytest.mark.parametrize("write", HISTORY_WRITES, ids=[write.__name__ for write in HISTORY_WRITES])
def test_an_institution_pages_tallies_and_timeline_follow_every_write_to_its_records(
    viewer_client, world, write
):
    """Kept under the row versions of the institution's own records: after a write by any path, the
    page is what a page built from nothing shows."""
    url = reverse("agreements:institution-detail", args=[world.bonn.pk])
    before = page(viewer_client, url)
    write(world)
    kept = page(viewer_client, url)
    cache.clear()
    built = page(viewer_client, url)
    assert kept == built
    assert kept != before


@pytest.mark.parametrize("records", [1, 15])
def test_with_no_card_kept_each_kinds_cards_come_with_their_row_versions_in_one_query(viewer_client, records):
    """After a write to every table (or a page's first build that day) nothing kept is found: the
    cards' records are read with their row versions, not after a query for the versions alone; a save
    elsewhere then finds every card kept."""
    url = timeline_of(records)
    page(viewer_client, url)
    bump_versions()
    built = sql_of_a_request(viewer_client, url)
    versions_alone = [sql for sql in built if "md5(" in sql and "(SELECT json_agg(" not in sql]
    assert versions_alone == []  # the history's keys are read with the institution, the cards' with them
    assert len([sql for sql in built if "md5(" in sql and "(SELECT json_agg(" in sql]) == 3
    elsewhere = make_institution(name="Elsewhere University"), make_institution(name="Nowhere College")
    make_agreement(*elsewhere, title="An agreement elsewhere")
    make_delegation(*elsewhere, start="2023-01-01")
    make_meeting(*elsewhere, date="2023-02-01")
    assert all(cards_read(viewer_client, url, model) == [] for model in (Agreement, Delegation, Meeting))
    kept = page(viewer_client, url)
    cache.clear()
    assert page(viewer_client, url) == kept
