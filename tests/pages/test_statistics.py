"""The statistics page: the right numbers in every chart and table, in a fixed number of queries."""

import itertools
import xml.etree.ElementTree as ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import AgreementKind
from delegations.models import Delegation
from registry.pages.statistics import TOP_COUNTRIES, year_span
from tests.builders import make_account, make_agreement, make_delegation, make_home, make_institution

pytestmark = pytest.mark.django_db
PAGE = reverse("statistics")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(make_account("viewer", role="viewer"))
    return client


@pytest.fixture
def registry():
    home = make_home(country="CN")
    haifa = make_institution("University of Haifa", country="IL")
    rwth = make_institution("RWTH Aachen University", country="DE")
    tum = make_institution("Technical University of Munich", country="DE")
    nus = make_institution("National University of Singapore", country="SG")
    make_agreement(home, haifa, signed="2019-12", kind=AgreementKind.MOU)
    make_agreement(home, rwth, signed="2021-05-02", kind=AgreementKind.STUDENT_EXCHANGE)
    make_agreement(home, tum, signed="2021", kind=AgreementKind.STUDENT_EXCHANGE)
    make_agreement(home, nus, kind=AgreementKind.PARTNERSHIP)  # no signing date
    make_delegation(haifa, home, start="2019-05")
    make_delegation(haifa, None, start="2022-03-01")
    make_delegation(home, rwth, start="2022")
    make_delegation(rwth, tum, start="2022")  # between two partners
    Delegation.objects.create(visitor=None, host=nus)  # undated
    return home


def figures(response):
    return {figure.slug: figure for figure in response.context["figures"]}


def test_the_page_needs_a_login(client):
    assert client.get(PAGE)["Location"].startswith(reverse("login"))


def test_agreements_per_year_fill_the_gaps_and_say_what_is_not_counted(staff_client, registry):
    figure = figures(staff_client.get(PAGE))["agreements-per-year"]
    assert figure.rows == [[2019, 1], [2020, 0], [2021, 2]]
    assert figure.notes == ["Not counted: 1 agreement with no signing date."]


def test_agreements_per_kind_most_common_first(staff_client, registry):
    rows = figures(staff_client.get(PAGE))["agreements-per-kind"].rows
    assert rows[:3] == [
        ["Student exchange agreement", 2],
        ["Memorandum of understanding", 1],
        ["Key partnership", 1],
    ]
    assert len(rows) == len(AgreementKind)


def test_agreements_per_partner_country_leave_the_home_institution_out(staff_client, registry):
    rows = figures(staff_client.get(PAGE))["agreements-per-country"].rows
    assert rows == [["Germany", 2], ["Israel", 1], ["Singapore", 1]]


def test_delegations_per_year_inbound_and_outbound(staff_client, registry):
    figure = figures(staff_client.get(PAGE))["delegations-per-year"]
    assert figure.columns == ["Year", "Inbound (visiting us)", "Outbound (sent by us)"]
    assert figure.rows == [[2019, 1, 0], [2020, 0, 0], [2021, 0, 0], [2022, 1, 1]]
    assert figure.notes == [
        "Not shown: 1 visit between other institutions.",
        "Not counted: 1 delegation with no date.",
    ]


def test_the_map_counts_partners_per_country_and_lists_those_too_small_to_draw(staff_client, registry):
    figure = figures(staff_client.get(PAGE))["partners-map"]
    assert figure.rows == [["Germany", 2], ["Israel", 1], ["Singapore", 1]]
    assert figure.notes == ["Too small to draw at this scale: Singapore (1)."]
    shades = {
        path.find(f"{SVG}title").text: path.get("fill")
        for path in ElementTree.fromstring(str(figure.svg)).findall(f"{SVG}path[{SVG}title]")
    }
    assert shades["Germany: 2 partners"] != shades["Israel: 1 partners"] != shades["France: 0 partners"]
    assert "China: 0 partners" in shades  # the home institution is not its own partner


def test_every_chart_is_an_svg_with_a_table_of_its_numbers(staff_client, registry):
    html = staff_client.get(PAGE).content.decode()
    # Signed per year, by stage, by kind, by country, delegations per year, the map, exchange places.
    assert html.count('<svg class="chart"') == 7 and html.count('role="img"') == 7
    assert html.count("<caption>") == 7
    assert '<th scope="col">Year</th>' in html
    assert '<th scope="row">Germany</th><td class="num">2</td>' in html
    assert "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing from the network


def test_the_charts_show_the_tables_numbers(staff_client, registry):
    svg = figures(staff_client.get(PAGE))["agreements-per-year"].svg
    tooltips = [title.text for title in ElementTree.fromstring(str(svg)).iter(f"{SVG}title")][1:]
    assert tooltips == ["2019: 1 agreements", "2020: 0 agreements", "2021: 2 agreements"]


def test_an_empty_registry_shows_empty_charts_not_an_error(staff_client):
    response = staff_client.get(PAGE)
    assert response.status_code == 200
    assert response.content.decode().count("Nothing recorded yet.") == 5  # every chart but the kinds'
    assert {count for _kind, count in figures(response)["agreements-per-kind"].rows} == {0}


def test_the_country_chart_shows_the_leading_countries_and_the_table_all(staff_client):
    home = make_home()
    codes = ["AT", "BE", "BR", "CA", "CH", "CL", "CZ", "DK", "EG", "ES", "FI", "FR", "GR", "HU"]
    codes += ["IE", "IN", "IT"]
    for code in codes:
        make_agreement(home, make_institution(country=code), signed="2020")
    figure = figures(staff_client.get(PAGE))["agreements-per-country"]
    assert len(figure.rows) == len(codes) > TOP_COUNTRIES
    assert len(ElementTree.fromstring(str(figure.svg)).findall(f"{SVG}rect")) == TOP_COUNTRIES
    assert f"The chart shows the first {TOP_COUNTRIES} countries; the table lists all." in figure.notes


def test_the_header_links_to_the_page(staff_client):
    assert f'href="{PAGE}"' in staff_client.get(reverse("home")).content.decode()


def test_year_span_includes_every_year_between():
    assert year_span({2018: 1}, {2021: 3}) == [2018, 2019, 2020, 2021]
    assert year_span({}, {}) == []


def test_query_count_does_not_grow_with_the_registry(staff_client):
    home = make_home(country="CN")
    countries = itertools.cycle(["DE", "IL", "JP", "US", "FR", "SG"])
    years = itertools.cycle(range(1995, 2025))

    def add(count):
        for _ in range(count):
            partner = make_institution(country=next(countries))
            make_agreement(home, partner, signed=f"{next(years)}", kind=AgreementKind.STUDENT_EXCHANGE)
            make_delegation(partner, home, start=f"{next(years)}-04")
            make_delegation(home, partner, start=f"{next(years)}")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(PAGE).status_code == 200
        return len(captured)

    add(3)
    with_three = queries()
    add(40)
    assert queries() == with_three
