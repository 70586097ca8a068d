"""The home page, login and logout."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.builders import (
    make_account,
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_person,
)

pytestmark = pytest.mark.django_db
HOME = reverse("home")
TODAY = datetime.date.today()


@pytest.fixture
def staff(db):
    return make_account("staff", role="viewer", password="a-long-passphrase", is_staff=True)


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_every_page_but_login_needs_a_login(client):
    assert client.get(HOME)["Location"] == f"{reverse('login')}?next=/"
    assert client.get(reverse("login")).status_code == 200


def test_staff_log_in_and_out(client, staff):
    response = client.post(reverse("login"), {"username": "staff", "password": "a-long-passphrase"})
    assert response["Location"] == "/"
    assert client.get(HOME).status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(HOME).status_code == 302


def test_home_counts_and_expiring_agreements(staff_client):
    home = make_home()
    partner = make_institution("University of Haifa")
    make_agreement(
        home, partner, title="Ends soon", signed="2020", valid_until=TODAY + datetime.timedelta(days=20)
    )
    make_agreement(
        home, partner, title="Ends later", signed="2020", valid_until=TODAY + datetime.timedelta(days=200)
    )
    response = staff_client.get(HOME)
    assert response.context["counts"] == {
        "institutions": 1,
        "agreements_in_force": 2,
        "agreements_in_force_assumed": 0,
        "agreements_validity_unknown": 0,
        "delegations": 0,
        "meetings": 0,
    }
    assert [agreement.title for agreement in response.context["expiring"]] == ["Ends soon"]


def test_home_counts_records_not_reviewed_and_links_to_the_lists_of_them(staff_client, staff):
    make_institution(reviewed_at=timezone.now())
    make_institution()
    panels = {panel["label"]: panel for panel in staff_client.get(HOME).context["not_reviewed"]}
    assert panels["Institutions"]["count"] == 1
    listed = staff_client.get(panels["Institutions"]["list_url"])
    assert len(listed.context["object_list"]) == 1 and not listed.context["object_list"][0].reviewed_at


def test_home_latest_activity_is_newest_first(staff_client):
    partner = make_institution()
    make_agreement(partner, title="Old", signed="2001")
    make_delegation(partner, start="2023-05")
    make_meeting(partner, date="2022")
    make_meeting(partner)  # undated: not "latest"
    latest = staff_client.get(HOME).context["latest"]
    assert [(str(entry.date), entry.kind) for entry in latest] == [
        ("May 2023", "delegation"),
        ("2022", "meeting"),
        ("2001", "agreement"),
    ]


def test_home_query_count_does_not_grow(staff_client):
    years = iter(range(1950, 2050))

    def add(count):
        """Records of every kind, so the latest few always mix agreements, delegations and meetings."""
        for _ in range(count):
            partner, year = make_institution(), next(years)
            make_agreement(partner, signed=f"{year}-01", valid_until=TODAY + datetime.timedelta(days=10))
            make_delegation(partner, start=f"{year}-05", leader=make_person()).memberships.create(
                person=make_person()
            )
            make_meeting(partner, make_institution(), date=f"{year}-09")

    add(5)
    with CaptureQueriesContext(connection) as with_five:
        staff_client.get(HOME)
    add(45)
    with CaptureQueriesContext(connection) as with_fifty:
        staff_client.get(HOME)
    assert len(with_fifty) == len(with_five)


def test_pages_use_local_styles_only(staff_client):
    html = staff_client.get(HOME).content.decode()
    assert '<link rel="stylesheet" href="/static/registry/site.css">' in html
    assert "http://" not in html and "https://" not in html
    assert 'class="skip-link" href="#main"' in html


def test_the_login_page_is_the_only_public_page(client):
    assert client.get(reverse("login")).status_code == 200
    for url in [
        HOME,
        reverse("agreements:institution-list"),
        reverse("agreements:agreement-list"),
        reverse("delegations:delegation-list"),
        reverse("delegations:meeting-list"),
        reverse("password_change"),
        "/accounts/password_reset/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 404), url
        assert response.status_code == 404 or response["Location"].startswith(reverse("login")), url


def test_every_page_says_when_no_home_institution_is_set_and_how_to_set_it(staff_client):
    make_institution("University of Haifa")
    for url in (HOME, reverse("statistics"), reverse("delegations:delegation-list")):
        assert "No home institution is set" in staff_client.get(url).content.decode(), url
    make_home()
    assert "No home institution is set" not in staff_client.get(HOME).content.decode()


def test_an_editor_is_sent_to_the_admin_to_set_the_home_institution(client):
    client.force_login(make_account("editor-user", role="editor", is_staff=True))
    html = client.get(HOME).content.decode()
    assert reverse("admin:agreements_institution_changelist") in html and "Home institution" in html


def test_make_run_asks_nothing_but_says_how_to_set_the_home_institution(capsys):
    make_institution("University of Haifa")
    call_command("prepare_registry")
    out = capsys.readouterr().out
    assert "No home institution yet" in out and 'tick "Home institution"' in out
    make_home()
    call_command("prepare_registry")
    assert "No home institution" not in capsys.readouterr().out
