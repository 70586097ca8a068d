"""What every page gets right: menus without repeats, an icon, a 403 page with a way back, namesakes apart."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.builders import make_account, make_institution, make_person

pytestmark = pytest.mark.django_db
LISTS = [
    "agreements:institution-list",
    "agreements:agreement-list",
    "delegations:delegation-list",
    "delegations:meeting-list",
]


def sort_menu(html):
    select = re.search(r'<select name="sort".*?</select>', html, re.S).group(0)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)


@pytest.mark.parametrize("url_name", LISTS)
def test_each_sort_menu_names_each_order_once(staff_client, url_name):
    labels = sort_menu(staff_client.get(reverse(url_name)).content.decode())
    assert len(labels) >= 2 and len(labels) == len(set(labels)), labels


def test_the_delegation_list_shows_newest_first_as_its_menu_says(staff_client):
    assert (
        sort_menu(staff_client.get(reverse("delegations:delegation-list")).content.decode())[0]
        == "Newest first"
    )


def test_every_page_names_the_sites_icon_and_the_icon_is_served(staff_client, admin_client):
    html = staff_client.get(reverse("home")).content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html).group(1)
    response = staff_client.get(icon)
    assert response.status_code == 200 and b"<svg" in b"".join(response.streaming_content)
    assert icon in admin_client.get(reverse("admin:index")).content.decode()
    assert staff_client.get("/favicon.ico")["Location"] == icon


def test_the_icon_address_answers_without_a_login(client):
    assert client.get("/favicon.ico").status_code == 302
    assert client.get("/favicon.ico")["Location"].endswith("registry/favicon.svg")


def test_the_403_page_says_why_and_offers_a_way_back_and_out(client):
    client.force_login(make_account("viewer-user", role="viewer"))
    response = client.get(reverse("admin:index"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Only editors and admins may use the admin." in html
    assert f'href="{reverse("home")}"' in html and "Back to the overview" in html
    assert f'action="{reverse("logout")}"' in html


AUTOCOMPLETE_LEADER = {"app_label": "delegations", "model_name": "delegation", "field_name": "leader"}


def test_the_person_autocomplete_tells_namesakes_apart_by_their_institution(admin_client):
    make_person("Qian Haifeng", institution=make_institution("Harbin Institute of Technology"))
    make_person("Qian Haifeng", institution=make_institution("Zhejiang University"))
    make_person("Qian Haifeng")
    response = admin_client.get(reverse("admin:autocomplete"), {**AUTOCOMPLETE_LEADER, "term": "Qian"})
    assert sorted(result["text"] for result in response.json()["results"]) == [
        "Qian Haifeng (Harbin Institute of Technology)",
        "Qian Haifeng (Zhejiang University)",
        "Qian Haifeng (no institution)",
    ]


def test_the_person_autocomplete_makes_no_query_per_person(admin_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            admin_client.get(reverse("admin:autocomplete"), {**AUTOCOMPLETE_LEADER, "term": "Qian"})
        return len(captured)

    make_person("Qian Haifeng", institution=make_institution())
    with_one = queries()
    for _ in range(10):
        make_person("Qian Haifeng", institution=make_institution())
    assert queries() == with_one


def test_the_folded_filter_panel_counts_the_fields_the_address_sets(staff_client):
    html = staff_client.get(reverse("agreements:agreement-list")).content.decode()
    assert re.search(r"<summary[^>]*>Filter and sort</summary>", html)
    html = staff_client.get(
        reverse("agreements:agreement-list"), {"kind": "mou", "sort": "title"}
    ).content.decode()
    assert '<span class="count">2 set</span>' in html
