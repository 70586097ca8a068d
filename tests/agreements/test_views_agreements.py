"""The agreement list's filters and sort, and the agreement page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import AgreementKind, AgreementStatus, NameKind
from tests.builders import make_agreement, make_home, make_institution, make_person, make_source

pytestmark = pytest.mark.django_db
LIST = reverse("agreements:agreement-list")
TODAY = datetime.date.today()


def titles(response):
    return [agreement.title for agreement in response.context["object_list"]]


def test_list_requires_login(client):
    assert client.get(LIST).status_code == 302


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"kind": "student_exchange"}, ["Exchange"]),
        ({"status": "discussed"}, ["Talks"]),
        ({"party_country": "IL"}, ["Exchange"]),
        ({"signed_after": "2018-01-01", "signed_before": "2019-12-31"}, ["MoU 2019"]),
        ({"renewals_only": "on"}, ["Renewal"]),
    ],
)
def test_filters_show_only_matching_agreements(staff_client, params, expected):
    home = make_home()
    haifa = make_institution("University of Haifa", country="IL")
    first = make_agreement(home, make_institution("Tokyo", country="JP"), title="MoU 2019", signed="2019-06")
    make_agreement(home, haifa, title="Exchange", kind=AgreementKind.STUDENT_EXCHANGE, signed="2021")
    make_agreement(home, title="Talks", status=AgreementStatus.DISCUSSED)
    make_agreement(home, title="Renewal", renews=first, signed="2024-01-05")
    assert titles(staff_client.get(LIST, params)) == expected


def test_filter_by_party_number_keeps_links_and_bookmarks_working(staff_client):
    haifa = make_institution("University of Haifa")
    make_agreement(haifa, title="With Haifa")
    make_agreement(title="Without")
    response = staff_client.get(LIST, {"party": haifa.pk})
    assert titles(response) == ["With Haifa"]
    assert f"Number {haifa.pk}: University of Haifa<" in response.content.decode()


@pytest.mark.parametrize("text", ["University of Haifa", "haifa university", "UH", "Univeristy of Haifa"])
def test_filter_by_party_name_finds_it_by_any_name_or_a_misspelling(staff_client, text):
    haifa = make_institution("University of Haifa")
    haifa.add_name("UH", NameKind.ACRONYM)
    make_agreement(haifa, make_home(), title="With Haifa")
    make_agreement(make_institution("University of Tokyo"), title="Without")
    assert titles(staff_client.get(LIST, {"party": text})) == ["With Haifa"]


def test_filter_by_party_name_lists_an_agreement_once_when_several_parties_match(staff_client):
    make_agreement(
        make_institution("Haifa University"), make_institution("University of Haifa"), title="Both"
    )
    assert titles(staff_client.get(LIST, {"party": "haifa"})) == ["Both"]


def test_party_filter_is_a_labelled_text_box_not_a_list_of_every_institution(staff_client):
    for number in range(30):
        make_institution(f"Listed University {number}")
    html = staff_client.get(LIST).content.decode()
    assert '<label for="id_party">Party</label>' in html
    assert 'type="search" name="party"' in html and "Listed University 1</option>" not in html
    assert "Any of its names, acronyms or spellings; or its number." in html


def test_a_party_name_matching_nothing_shows_no_rows_and_no_error(staff_client):
    make_agreement(title="Any")
    response = staff_client.get(LIST, {"party": "Nowhere Polytechnic"})
    assert response.status_code == 200 and not response.context["filter"].form.errors
    assert titles(response) == []


def test_valid_on_shows_agreements_in_force_that_day(staff_client):
    make_agreement(title="Lapsed", signed="2010-01-01", valid_until=datetime.date(2012, 1, 1))
    make_agreement(title="Current", signed="2011-06-01")
    assert titles(staff_client.get(LIST, {"valid_on": "2013-01-01"})) == ["Current"]


def test_expiring_within_days(staff_client):
    make_agreement(title="Ends soon", signed="2020", valid_until=TODAY + datetime.timedelta(days=30))
    make_agreement(title="Ends later", signed="2020", valid_until=TODAY + datetime.timedelta(days=300))
    make_agreement(
        title="Renews itself",
        signed="2020",
        valid_until=TODAY + datetime.timedelta(days=30),
        auto_renews=True,
    )
    assert titles(staff_client.get(LIST, {"expiring_within": "90"})) == ["Ends soon"]


def test_sort_by_end_date(staff_client):
    make_agreement(title="Later", signed="2020", valid_until=datetime.date(2030, 1, 1))
    make_agreement(title="Sooner", signed="2020", valid_until=datetime.date(2027, 1, 1))
    make_agreement(title="No end", signed="2020")
    assert titles(staff_client.get(LIST, {"sort": "valid_until"})) == ["Sooner", "Later", "No end"]


@pytest.mark.parametrize(
    "params",
    [
        {"signed_after": "2022-02-30"},
        {"valid_on": "yesterday"},
        {"expiring_within": "-5"},
        {"expiring_within": "many"},
        {"kind": "treaty"},
        {"status": "lost"},
        {"party": "99999"},
        {"party_country": "ZZ"},
        {"sort": "-random"},
    ],
)
def test_a_bad_filter_shows_the_form_error_not_a_500(staff_client, params):
    make_agreement(title="Any")
    response = staff_client.get(LIST, params)
    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert titles(response) == []


@pytest.mark.parametrize("page", ["abc", "99999", "0"])
def test_a_bad_page_shows_a_page(staff_client, page):
    make_agreement()
    assert staff_client.get(LIST, {"page": page}).status_code == 200


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_query_count_does_not_grow_with_rows(staff_client):
    home = make_home()

    def add(count):
        for _ in range(count):
            make_agreement(home, make_institution(), signed="2020", source=make_source(), evidence="Signed.")

    add(5)
    with_five = count_queries(staff_client, LIST)
    add(45)
    assert count_queries(staff_client, LIST) == with_five


def test_list_reads_its_parties_names_alone(staff_client):
    """A row links each party by its name and address: its other columns are not fetched."""
    make_agreement(make_institution("University of Haifa", city="Haifa"), make_home())
    with CaptureQueriesContext(connection) as queries:
        html = staff_client.get(LIST).content.decode()
    # The parties in a query of their own (SQLite), or in the rows' own query as a JSON list beside the
    # rows' versions (PostgreSQL, registry.common.prefetched_rows.lists_inline): no city in either.
    parties = [query["sql"] for query in queries.captured_queries if "agreements_party" in query["sql"]]
    assert len(parties) == 1 and '"city"' not in parties[0]
    assert "University of Haifa" in html


def test_agreement_page_shows_parties_signatories_and_evidence(staff_client):
    haifa = make_institution("University of Haifa")
    agreement = make_agreement(
        haifa,
        make_home(),
        title="Haifa MoU",
        signed="2019-12",
        source=make_source(title="MoU signed"),
        evidence="They signed in December 2019.",
    )
    agreement.signatories.create(person=make_person("Ron Robin"), institution=haifa, title="President")
    html = staff_client.get(agreement.get_absolute_url()).content.decode()
    for text in [
        "University of Haifa",
        "Home University",
        "Ron Robin (President)",
        "Dec 2019",
        "They signed in December 2019.",
        "MoU signed",
    ]:
        assert text in html


def test_agreement_page_query_count_does_not_grow(staff_client):
    agreement = make_agreement(signed="2020")

    def add(count):
        for _ in range(count):
            agreement.parties.add(make_institution())
            agreement.signatories.create(person=make_person())
            agreement.citations.create(source=make_source(), evidence="Seen.")
            make_agreement(title="Renewal", renews=agreement)

    add(5)
    with_five = count_queries(staff_client, agreement.get_absolute_url())
    add(45)
    assert count_queries(staff_client, agreement.get_absolute_url()) == with_five
