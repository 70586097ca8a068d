"""The delegation and meeting lists and pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from delegations.models import MeetingKind, Mode
from tests.builders import (
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db
DELEGATIONS = reverse("delegations:delegation-list")
MEETINGS = reverse("delegations:meeting-list")


def rows(response):
    return list(response.context["object_list"])


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def visits():
    home = make_home()
    haifa = make_institution("University of Haifa", country="IL")
    tokyo = make_institution("University of Tokyo", country="JP")
    return {
        "inbound": make_delegation(haifa, home, start="2019-05"),
        "outbound": make_delegation(home, tokyo, start="2021", mode=Mode.ONLINE),
        "haifa_host": make_delegation(tokyo, haifa, start="2019-11-02"),
        "haifa": haifa,
    }


def test_lists_require_login(client):
    assert client.get(DELEGATIONS).status_code == 302
    assert client.get(MEETINGS).status_code == 302


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"direction": "inbound"}, ["inbound"]),
        ({"direction": "outbound"}, ["outbound"]),
        ({"visitor_country": "JP"}, ["haifa_host"]),
        ({"year": "2019"}, ["haifa_host", "inbound"]),
        ({"mode": "online"}, ["outbound"]),
    ],
)
def test_delegation_filters(staff_client, visits, params, expected):
    assert rows(staff_client.get(DELEGATIONS, params)) == [visits[name] for name in expected]


def test_delegation_filter_by_host(staff_client, visits):
    assert rows(staff_client.get(DELEGATIONS, {"host": visits["haifa"].pk})) == [visits["haifa_host"]]


@pytest.mark.parametrize("text", ["University of Haifa", "haifa", "Univeristy of Haifa"])
def test_delegation_filter_by_host_name(staff_client, visits, text):
    assert rows(staff_client.get(DELEGATIONS, {"host": text})) == [visits["haifa_host"]]


def test_host_filter_is_a_text_box_not_a_list_of_every_institution(staff_client, visits):
    html = staff_client.get(DELEGATIONS).content.decode()
    assert '<label for="id_host">Host</label>' in html and 'type="search" name="host"' in html
    assert "University of Tokyo</option>" not in html


def test_delegations_sort_oldest_first(staff_client, visits):
    assert rows(staff_client.get(DELEGATIONS, {"sort": "start"})) == [
        visits["inbound"],
        visits["haifa_host"],
        visits["outbound"],
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"direction": "sideways"},
        {"year": "20x9"},
        {"mode": "telepathy"},
        {"host": "0"},
        {"visitor_country": "QQ"},
    ],
)
def test_a_bad_delegation_filter_shows_the_form_error(staff_client, visits, params):
    response = staff_client.get(DELEGATIONS, params)
    assert response.status_code == 200 and response.context["filter"].form.errors and rows(response) == []


def test_delegation_list_query_count_does_not_grow(staff_client):
    home = make_home()

    def add(count):
        for _ in range(count):
            make_delegation(
                make_institution(), home, start="2020", leader=make_person(), source=make_source()
            )

    add(5)
    with_five = count_queries(staff_client, DELEGATIONS)
    add(45)
    assert count_queries(staff_client, DELEGATIONS) == with_five


def test_delegation_page_shows_sides_people_and_evidence(staff_client):
    haifa = make_institution("University of Haifa")
    delegation = make_delegation(
        haifa,
        None,
        start="2015",
        leader=make_person("Ron Robin"),
        leader_title="President",
        source=make_source(title="Haifa visit"),
        evidence="A delegation from Haifa visited.",
    )
    delegation.memberships.create(person=make_person("Dana Levi"), title="Dean")
    html = staff_client.get(delegation.get_absolute_url()).content.decode()
    for text in [
        "University of Haifa",
        "Home institution",
        "Ron Robin",
        "President",
        "Dana Levi (Dean)",
        "A delegation from Haifa visited.",
        "Haifa visit",
        "2015",
    ]:
        assert text in html


def test_delegation_page_query_count_does_not_grow(staff_client):
    delegation = make_delegation(start="2020")

    def add(count):
        for _ in range(count):
            delegation.memberships.create(person=make_person())
            delegation.citations.create(source=make_source())
            make_meeting(make_institution(), delegation=delegation)

    add(5)
    with_five = count_queries(staff_client, delegation.get_absolute_url())
    add(45)
    assert count_queries(staff_client, delegation.get_absolute_url()) == with_five


@pytest.fixture
def meetings():
    haifa = make_institution("University of Haifa")
    return {
        "talk": make_meeting(haifa, date="2019-03", kind=MeetingKind.TALK),
        "seminar": make_meeting(make_institution(), date="2020", kind=MeetingKind.SEMINAR, mode=Mode.ONLINE),
        "haifa": haifa,
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"kind": "seminar"}, ["seminar"]),
        ({"mode": "online"}, ["seminar"]),
        ({"year": "2019"}, ["talk"]),
        ({"sort": "date"}, ["talk", "seminar"]),
    ],
)
def test_meeting_filters(staff_client, meetings, params, expected):
    assert rows(staff_client.get(MEETINGS, params)) == [meetings[name] for name in expected]


def test_meeting_filter_by_institution(staff_client, meetings):
    assert rows(staff_client.get(MEETINGS, {"institution": meetings["haifa"].pk})) == [meetings["talk"]]


def test_meeting_filter_by_institution_name_lists_a_meeting_once(staff_client, meetings):
    both = make_meeting(make_institution("Haifa University"), meetings["haifa"], date="2018")
    assert rows(staff_client.get(MEETINGS, {"institution": "haifa"})) == [meetings["talk"], both]


@pytest.mark.parametrize(
    "params", [{"kind": "party"}, {"year": "1066"}, {"institution": "x"}, {"page": "abc"}]
)
def test_a_bad_meeting_query_is_not_a_500(staff_client, meetings, params):
    assert staff_client.get(MEETINGS, params).status_code == 200


def test_meeting_list_query_count_does_not_grow(staff_client):
    def add(count):
        for _ in range(count):
            make_meeting(make_institution(), make_institution(), date="2020", source=make_source())

    add(5)
    with_five = count_queries(staff_client, MEETINGS)
    add(45)
    assert count_queries(staff_client, MEETINGS) == with_five


def test_meeting_page_shows_institutions_agreements_and_evidence(staff_client):
    haifa = make_institution("University of Haifa")
    meeting = make_meeting(
        haifa,
        date="2017-03-08",
        location="Haifa",
        source=make_source(title="Seminar report"),
        evidence="A joint seminar was held.",
    )
    meeting.agreements.add(make_agreement(haifa, title="Haifa MoU"))
    html = staff_client.get(meeting.get_absolute_url()).content.decode()
    for text in [
        "University of Haifa",
        "Haifa MoU",
        "8 Mar 2017",
        "A joint seminar was held.",
        "Seminar report",
    ]:
        assert text in html


def test_meeting_page_query_count_does_not_grow(staff_client):
    meeting = make_meeting(date="2020")

    def add(count):
        for _ in range(count):
            meeting.institutions.add(make_institution())
            meeting.agreements.add(make_agreement())
            meeting.citations.create(source=make_source())

    add(5)
    with_five = count_queries(staff_client, meeting.get_absolute_url())
    add(45)
    assert count_queries(staff_client, meeting.get_absolute_url()) == with_five
