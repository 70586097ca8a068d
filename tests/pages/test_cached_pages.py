"""Pages, sessions, accounts and roles kept in the cache: never shown after a change, by any path."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agreements.models import Institution
from tests.builders import make_account, make_agreement, make_home, make_institution

pytestmark = pytest.mark.django_db

LIST = reverse("agreements:institution-list")


def page(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    # The log-out form's CSRF token is masked anew for every response: it is not part of the page.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def queries_to_get(client, url, params=None):
    """Queries of a request, the cache kept as it is (CaptureQueriesContext empties it in the tests)."""
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        page(client, url, params)
    return len(queries)


def test_a_page_from_the_cache_is_the_page_built_anew(viewer_client):
    institution = make_institution(name="University of Bonn", country="DE")
    make_agreement(institution)
    for url in (LIST, f"{LIST}?country=DE", reverse("agreements:institution-detail", args=[institution.pk])):
        built = page(viewer_client, url)
        assert page(viewer_client, url) == built


def test_a_page_seen_again_costs_one_query_the_data_versions(viewer_client):
    make_agreement(make_institution())
    page(viewer_client, LIST)
    assert queries_to_get(viewer_client, LIST) == 1


def test_a_page_of_other_filters_is_built_for_them(viewer_client):
    make_institution(name="University of Bonn", country="DE")
    make_institution(name="Kyoto University", country="JP")
    page(viewer_client, LIST)
    japanese = page(viewer_client, LIST, {"country": "JP"})
    assert "Kyoto University" in japanese and "University of Bonn" not in japanese


def test_a_save_shows_at_once(viewer_client):
    institution = make_institution(name="University of Bonn")
    page(viewer_client, LIST)
    institution.name = "Rheinische Universität Bonn"
    institution.save()
    assert "Rheinische Universität Bonn" in page(viewer_client, LIST)


def test_a_queryset_update_shows_at_once(viewer_client):
    institution = make_institution(name="University of Bonn")
    detail = reverse("agreements:institution-detail", args=[institution.pk])
    page(viewer_client, detail)
    Institution.objects.filter(pk=institution.pk).update(name="Universität Bonn")
    assert "Universität Bonn" in page(viewer_client, detail)


def test_raw_sql_shows_at_once(viewer_client):
    institution = make_institution(name="University of Bonn")
    page(viewer_client, LIST)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_institution SET name = 'Raw University' WHERE id = %s", [institution.pk]
        )
    assert "Raw University" in page(viewer_client, LIST)


def test_a_merge_shows_at_once(viewer_client):
    keeper, duplicate = make_institution(name="University of Bonn"), make_institution(name="Uni Bonn")
    page(viewer_client, LIST)
    keeper.absorb([duplicate])
    assert "Uni Bonn</a>" not in page(viewer_client, LIST)


def test_each_role_gets_the_page_its_permissions_give(client):
    """An editor's institution page links to the admin; a viewer's does not, though cached first."""
    institution = make_institution(name="University of Bonn")
    detail = reverse("agreements:institution-detail", args=[institution.pk])
    viewer, editor = Client(), Client()
    viewer.force_login(make_account(role="viewer", is_staff=True))
    editor.force_login(make_account(role="editor", is_staff=True))
    edit_link = reverse("admin:agreements_institution_change", args=[institution.pk])
    assert edit_link not in page(viewer, detail)
    assert edit_link in page(editor, detail)
    assert edit_link not in page(viewer, detail)


def test_a_permission_given_to_an_account_shows_at_once(client):
    institution = make_institution(name="University of Bonn")
    detail = reverse("agreements:institution-detail", args=[institution.pk])
    account = make_account(role="viewer", is_staff=True)
    client.force_login(account)
    edit_link = reverse("admin:agreements_institution_change", args=[institution.pk])
    assert edit_link not in page(client, detail)
    account.user_permissions.add(Permission.objects.get(codename="change_institution"))
    assert edit_link in page(client, detail)


def test_an_account_removed_from_its_role_is_turned_away_at_once(viewer_client):
    page(viewer_client, LIST)
    account = viewer_client.session["_auth_user_id"]
    Group.objects.get(name="viewer").user_set.remove(account)
    assert viewer_client.get(LIST).status_code == 403


def test_a_deactivated_account_is_signed_out_at_once(viewer_client):
    page(viewer_client, LIST)
    User.objects.filter(pk=viewer_client.session["_auth_user_id"]).update(is_active=False)
    assert viewer_client.get(LIST).status_code == 302


def test_a_logout_ends_the_session_everywhere(client):
    """The session is kept in the cache; a copy of its cookie must not outlive the logout."""
    client.force_login(make_account(role="viewer", is_staff=True))
    page(client, LIST)
    copy = Client()
    copy.cookies = client.cookies.__class__(client.cookies)
    page(copy, LIST)  # the session is now in the cache
    client.post(reverse("logout"))
    assert copy.get(LIST).status_code == 302


def test_a_session_read_from_the_cache_still_expires(client, monkeypatch):
    client.force_login(make_account(role="viewer", is_staff=True))
    page(client, LIST)  # the session is now in the cache
    later = client.session.get_expiry_date() + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get(LIST).status_code == 302


def test_the_home_institution_notice_follows_the_records(viewer_client):
    Institution.objects.filter(is_home=True).update(is_home=False)
    assert "No home institution is set" in page(viewer_client, LIST)
    make_home(name="Our University")
    assert "No home institution is set" not in page(viewer_client, LIST)


def test_an_api_list_seen_again_is_served_from_the_cache_until_a_record_changes(viewer_client):
    make_institution(name="University of Bonn")
    url = "/api/institutions/?format=json"
    first = viewer_client.get(url).json()
    assert queries_to_get(viewer_client, url) <= 2  # the data versions (and the API's own checks)
    assert viewer_client.get(url).json() == first
    make_institution(name="Kyoto University")
    assert "Kyoto University" in viewer_client.get(url).content.decode()


@pytest.mark.parametrize("url", [LIST, "/api/institutions/?format=json"])
def test_a_page_or_api_list_not_kept_is_built_by_one_thread_at_a_time(viewer_client, monkeypatch, url):
    """After a write, the threads of a process asking for the same page wait for one of them to build it."""
    from registry.common import fragments

    taken = []
    real = fragments.one_builder
    monkeypatch.setattr(fragments, "one_builder", lambda key: taken.append(key) or real(key))
    make_institution(name="University of Bonn")
    viewer_client.get(url)
    assert len(taken) == 1  # not kept: built under the lock
    viewer_client.get(url)
    assert len(taken) == 1  # kept: no lock taken


def test_an_editors_page_from_the_cache_has_a_working_csrf_token_of_its_own(client):
    """The "mark reviewed" form of a kept page carries the token of the browser that asked for it."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_account(role="editor", is_staff=True))
    institution = make_institution(name="University of Bonn")
    detail = reverse("agreements:institution-detail", args=[institution.pk])
    client.get(detail)
    html = client.get(detail).content.decode()
    assert queries_to_get(client, detail) == 1
    form = re.search(
        r'<form method="post" action="([^"]+)"[^>]*>.*?value="([^"]+)"', html[html.index("<main") :], re.S
    )
    response = client.post(form.group(1), {"csrfmiddlewaretoken": form.group(2)})
    assert response.status_code in (200, 302)
    institution.refresh_from_db()
    assert institution.reviewed_at is not None


@pytest.fixture
def editor_client(client):
    client.force_login(make_account(role="editor", is_staff=True))
    return client


def proposal():
    from registry.ingest.review import propose

    text = "The University of Bonn and Kyoto University signed a memorandum of understanding in 2024."
    return propose(text, file_name="bonn-kyoto.txt", origin="pasted")


def test_a_review_page_seen_again_is_the_same_page_and_costs_one_query(editor_client):
    url = proposal().get_absolute_url()
    built = page(editor_client, url)
    assert queries_to_get(editor_client, url) == 1
    assert page(editor_client, url) == built


def test_a_decided_proposal_shows_at_once_on_its_review_page(editor_client):
    waiting = proposal()
    url = waiting.get_absolute_url()
    page(editor_client, url)
    assert editor_client.post(url, {"action": "reject", "reason": "Not about us."}).status_code == 302
    assert "Not about us." in page(editor_client, url)


def test_a_message_on_the_review_page_is_shown_once_though_the_page_is_kept(editor_client):
    waiting = proposal()
    url = waiting.get_absolute_url()
    editor_client.post(url, {"action": "reject", "reason": "Not about us."})
    page(editor_client, url)  # kept now
    editor_client.post(url, {"action": "reject", "reason": "Again."})  # "already rejected"
    assert "already rejected" in page(editor_client, url)
    assert "already rejected" not in page(editor_client, url)
