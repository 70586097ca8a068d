"""The institution list (filters, search, sort, pages) and the institution page (timeline, evidence)."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import Agreement, AgreementKind, NameKind
from tests.builders import (
    make_account,
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db
LIST = reverse("agreements:institution-list")


def names(response):
    return [institution.name for institution in response.context["object_list"]]


def queries_to_get(client, url, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


def test_list_requires_login(client):
    response = client.get(LIST)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_filter_by_country_shows_only_that_country(staff_client):
    make_institution("RWTH Aachen University", country="DE")
    make_institution("University of Haifa", country="IL")
    assert names(staff_client.get(LIST, {"country": "DE"})) == ["RWTH Aachen University"]


def test_country_choices_are_the_registry_countries_by_name(staff_client):
    make_institution("RWTH Aachen University", country="DE")
    form = staff_client.get(LIST).context["filter"].form
    assert list(form.fields["country"].choices)[1:] == [("DE", "Germany")]


def test_filter_by_kind(staff_client):
    make_institution("Siemens", kind="company")
    make_institution("University of Haifa")
    assert names(staff_client.get(LIST, {"kind": "company"})) == ["Siemens"]


def test_filter_by_agreement_in_force(staff_client):
    home = make_home()
    current = make_institution("Current Partner")
    lapsed = make_institution("Lapsed Partner")
    make_agreement(home, current, signed=f"{datetime.date.today().year - 1}-01-01")  # an MOU: 5 years assumed
    make_agreement(home, lapsed, signed="2010-01-01", valid_until=datetime.date(2012, 1, 1))
    assert names(staff_client.get(LIST, {"has_active_agreement": "true"})) == [
        "Current Partner",
        "Home University",
    ]
    assert names(staff_client.get(LIST, {"has_active_agreement": "false"})) == ["Lapsed Partner"]


def test_filter_by_agreement_kind(staff_client):
    exchange_partner = make_institution("Exchange Partner")
    make_agreement(exchange_partner, make_institution("Other"), kind=AgreementKind.STUDENT_EXCHANGE)
    make_agreement(make_institution("MoU Partner"), kind=AgreementKind.MOU)
    assert names(staff_client.get(LIST, {"agreement_kind": "student_exchange"})) == [
        "Exchange Partner",
        "Other",
    ]


def test_filter_by_year_of_last_activity_counts_agreements_delegations_and_meetings(staff_client):
    by_agreement = make_institution("Signed in 2019")
    make_agreement(by_agreement, signed="2015")
    make_agreement(by_agreement, signed="2019-12")
    make_delegation(make_institution("Visited in 2019"), start="2019-05-02")
    make_meeting(make_institution("Met in 2021"), date="2021")
    assert names(staff_client.get(LIST, {"active_year": "2019"})) == ["Signed in 2019", "Visited in 2019"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RWTH", "RWTH Aachen University"),
        ("Haifa University", "University of Haifa"),
        ("Univeristy of Haifa", "University of Haifa"),
        ("Bauman", "Bauman Moscow State Technical University"),
    ],
)
def test_search_box_finds_by_acronym_variant_or_misspelling(staff_client, text, expected):
    make_institution("RWTH Aachen University")
    make_institution("University of Haifa").add_name("Haifa University", NameKind.ALIAS)
    make_institution("Bauman Moscow State Technical University")
    make_institution("University of Tokyo")
    assert names(staff_client.get(LIST, {"q": text}))[0] == expected


def test_search_lists_the_best_match_first_unless_a_sort_is_chosen(staff_client):
    make_institution("Haifa University Hospital")
    make_institution("University of Haifa").add_name("Haifa University", NameKind.ALIAS)
    assert names(staff_client.get(LIST, {"q": "Haifa University"}))[0] == "University of Haifa"
    assert names(staff_client.get(LIST, {"q": "Haifa University", "sort": "name"})) == [
        "Haifa University Hospital",
        "University of Haifa",
    ]


def test_sort_by_country_then_name(staff_client):
    make_institution("B Uni", country="IL")
    make_institution("A Uni", country="IL")
    make_institution("C Uni", country="DE")
    assert names(staff_client.get(LIST, {"sort": "country"})) == ["C Uni", "A Uni", "B Uni"]


def test_sort_by_latest_activity_puts_inactive_institutions_last(staff_client):
    make_agreement(make_institution("Old"), signed="2001")
    make_meeting(make_institution("Recent"), date="2023-04")
    make_institution("Never active")
    listed = names(staff_client.get(LIST, {"sort": "-latest_activity"}))
    assert listed[:2] == ["Recent", "Old"] and listed[-1] == "Never active"


def test_pagination_links_keep_the_filter(staff_client):
    for number in range(30):
        make_institution(f"German University {number:02}", country="DE")
    html = staff_client.get(LIST, {"country": "DE"}).content.decode()
    assert 'href="?country=DE&amp;page=2"' in html
    assert 'href="?country=DE&amp;export=csv"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "castle"},
        {"country": "XX"},
        {"active_year": "last year"},
        {"has_active_agreement": "perhaps"},
        {"sort": "random"},
        {"q": "x" * 5000},
    ],
)
def test_a_bad_filter_shows_the_form_error_and_no_rows(staff_client, params):
    make_institution("RWTH Aachen University", country="DE")
    response = staff_client.get(LIST, params)
    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert names(response) == []
    assert "errorlist" in response.content.decode()


@pytest.mark.parametrize("page, shown", [("abc", 1), ("99999", 2), ("-1", 2), ("0", 2)])
def test_a_bad_page_number_shows_a_page_not_an_error(staff_client, page, shown):
    for _ in range(30):
        make_institution()
    response = staff_client.get(LIST, {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == shown


def test_list_query_count_does_not_grow_with_rows(staff_client):
    def add_rows(count):
        for _ in range(count):
            institution = make_institution(country="DE")
            institution.add_name(f"U{institution.pk}", NameKind.ACRONYM)
            make_agreement(institution, signed="2020")
            make_delegation(institution, start="2021")
            make_meeting(institution, date="2022")

    add_rows(5)
    with_five = queries_to_get(staff_client, LIST, {"sort": "-latest_activity"})
    add_rows(45)
    assert queries_to_get(staff_client, LIST, {"sort": "-latest_activity"}) == with_five


# The institution page


@pytest.fixture
def haifa():
    """An institution with names, a parent, units, people and a dated and an undated record of each kind."""
    home = make_home()
    parent = make_institution("Haifa Academic Network")
    haifa = make_institution(
        "University of Haifa", country="IL", parent=parent, ror="https://ror.org/02f009v59"
    )
    haifa.add_name("Haifa University", NameKind.ALIAS)
    haifa.add_name("Univeristy of Haifa", NameKind.MISSPELLING)
    make_institution("Faculty of Law, University of Haifa", parent=haifa)
    article = make_source("haifa-2019.txt", title="Haifa signs MoU")
    make_agreement(
        home,
        haifa,
        title="Haifa MoU",
        signed="2019-12",
        source=article,
        evidence="The two universities signed an MoU in December 2019.",
    )
    make_delegation(
        haifa,
        None,
        start="2015",
        source=article,
        evidence="A Haifa delegation visited in 2015.",
        leader=make_person("Ron Robin", institution=haifa),
        leader_title="President",
    )
    make_meeting(haifa, date="2017-03-08", location="Haifa", source=article, evidence="A seminar was held.")
    make_meeting(haifa, location="Somewhere, some time")
    return haifa


def test_institution_page_shows_names_parent_units_and_ror(staff_client, haifa):
    html = staff_client.get(haifa.get_absolute_url()).content.decode()
    for text in [
        "Haifa University",
        "Univeristy of Haifa",
        "Haifa Academic Network",
        "Faculty of Law, University of Haifa",
        'href="https://ror.org/02f009v59"',
        "Israel",
    ]:
        assert text in html


def test_institution_timeline_is_in_date_order_with_partial_dates_and_undated_last(staff_client, haifa):
    timeline = staff_client.get(haifa.get_absolute_url()).context["timeline"]
    assert [(str(entry.date) if entry.date else None, entry.kind) for entry in timeline] == [
        ("2015", "delegation"),
        ("8 Mar 2017", "meeting"),
        ("Dec 2019", "agreement"),
        (None, "meeting"),
    ]


def test_institution_timeline_shows_evidence_sources_and_people(staff_client, haifa):
    html = staff_client.get(haifa.get_absolute_url()).content.decode()
    assert "The two universities signed an MoU in December 2019." in html
    assert "Haifa signs MoU" in html
    assert "Ron Robin, President" in html
    assert ">Dec 2019<" in html and ">2015<" in html and ">Undated<" in html


def test_edit_link_only_for_staff_who_may_change_institutions(staff_client, staff, haifa):
    edit = reverse("admin:agreements_institution_change", args=[haifa.pk])
    assert edit not in staff_client.get(haifa.get_absolute_url()).content.decode()
    staff.user_permissions.add(Permission.objects.get(codename="change_institution"))
    assert edit in staff_client.get(haifa.get_absolute_url()).content.decode()


def test_institution_page_query_count_does_not_grow_with_its_history(staff_client):
    home = make_home()
    institution = make_institution()
    article = make_source()

    def add_history(count):
        for number in range(count):
            year = str(1960 + number)  # the kinds interleave, so each page shows all three
            agreement = make_agreement(home, institution, signed=year, source=article)
            agreement.signatories.create(person=make_person(), title="Rector")
            delegation = make_delegation(institution, start=year, source=make_source(), leader=make_person())
            delegation.memberships.create(person=make_person())
            make_meeting(institution, make_institution(), date=year, source=make_source())
            institution.add_name(f"Variant {institution.pk} {number} {count}")
            make_person(institution=institution)
            make_institution(parent=institution)

    add_history(5)
    with_five = queries_to_get(staff_client, institution.get_absolute_url())
    add_history(45)
    assert queries_to_get(staff_client, institution.get_absolute_url()) == with_five
    assert queries_to_get(staff_client, institution.get_absolute_url(), {"page": "2"}) == with_five


def test_a_long_timeline_shows_the_newest_50_and_older_ones_a_page_away(staff_client):
    institution = make_institution()
    for year in range(1950, 2010):
        make_agreement(institution, signed=str(year))
        make_meeting(institution, date=f"{year}-06")
    make_meeting(institution)  # undated: last, as on any timeline
    url = institution.get_absolute_url()

    def shown(page=None):
        response = staff_client.get(url, {"page": page} if page else {})
        return [str(entry.date) if entry.date else None for entry in response.context["timeline"]], response

    newest, response = shown()
    assert len(newest) == 50 and newest[:2] == ["Jun 1985", "1986"] and newest[-2:] == ["Jun 2009", None]
    html = response.content.decode()
    assert "The newest 50 of 121" in html and 'href="?page=2"' in html
    older, response = shown(2)
    assert len(older) == 50 and older[0] == "Jun 1960" and older[-1] == "1985"
    assert "Entries 51–100, counting back from the newest, of 121" in response.content.decode()
    oldest, response = shown(3)
    assert len(oldest) == 21 and oldest[0] == "1950" and oldest[-1] == "1960"
    assert 'href="?page=2"' in response.content.decode() and "?page=4" not in response.content.decode()
    assert shown("abc")[0] == newest and shown("99")[0] == oldest


def test_the_counts_panel_counts_every_record_not_only_the_page_shown(staff_client):
    home = make_home()
    institution = make_institution()
    for year in range(1950, 2010):
        make_agreement(home, institution, signed=str(year), valid_until=datetime.date(year + 5, 1, 1))
    make_agreement(home, institution, signed="2020")
    response = staff_client.get(institution.get_absolute_url())
    assert len(response.context["timeline"]) == 50
    assert response.context["agreement_counts"]["expired"] == 60
    assert response.context["agreement_counts"]["no_end_date"] == 1


def test_unknown_institution_is_a_404(staff_client):
    assert staff_client.get(reverse("agreements:institution-detail", args=[999])).status_code == 404


def test_empty_filter_fields_are_dropped_from_the_address(staff_client):
    response = staff_client.get(LIST, {"q": "", "country": "DE", "kind": "", "sort": ""})
    assert response.status_code == 302 and response["Location"] == f"{LIST}?country=DE"
    assert staff_client.get(LIST, {"q": ""})["Location"] == LIST


def test_no_edit_link_for_someone_the_admin_would_turn_away(client, django_user_model, haifa):
    clerk = make_account("clerk", role="viewer", is_staff=False)
    clerk.user_permissions.add(Permission.objects.get(codename="change_institution"))
    client.force_login(clerk)
    response = client.get(haifa.get_absolute_url())
    assert response.status_code == 200 and "edit_url" not in response.context


def test_the_count_reads_as_english(staff_client):
    make_institution("University of Haifa")
    assert "<strong>1</strong> institution\n" in staff_client.get(LIST).content.decode()
    make_institution("University of Tokyo")
    assert "<strong>2</strong> institutions\n" in staff_client.get(LIST).content.decode()


def test_the_timeline_shows_every_kind_of_record_that_names_its_timeline_date(staff_client):
    from agreements.views import timeline_models
    from delegations.models import Delegation, Meeting

    assert set(timeline_models()) == {Agreement, Delegation, Meeting}
    haifa = make_institution("University of Haifa")
    make_agreement(haifa, signed="2019-12", title="Haifa MoU")
    make_delegation(visitor=haifa, start="2019-12-15")
    make_meeting(haifa, date="2019-12-16")
    entries = staff_client.get(haifa.get_absolute_url()).context["timeline"]
    assert [entry.kind for entry in entries] == ["agreement", "delegation", "meeting"]
    assert [str(entry.date) for entry in entries] == ["Dec 2019", "15 Dec 2019", "16 Dec 2019"]


def test_the_institution_page_reads_the_institution_its_parent_and_reviewer_as_the_orm_does(
    staff_client, staff
):
    """InstitutionDetailView.get_object: on PostgreSQL one statement written once per process, with
    the keys of the institution's timeline; the same record and joined rows, the keys the ORM's."""
    from agreements.models import Institution
    from agreements.views import bound_history_keys
    from tests.common.test_prefetched_rows import described

    parent = make_institution("University of Bonn", country="DE")
    institution = make_institution("Faculty of Law", parent=parent, city="Bonn", notes="Busy.")
    Institution.objects.filter(pk=institution.pk).update(
        reviewed_by=staff, reviewed_at=datetime.datetime.now(datetime.UTC)
    )
    make_agreement(institution, parent, signed="2020")
    with CaptureQueriesContext(connection) as queries:
        shown = staff_client.get(institution.get_absolute_url()).context["object"]
    expected = Institution.objects.select_related("parent", "reviewed_by").get(pk=institution.pk)
    assert described(shown) == described(expected)
    assert shown.parent.name == "University of Bonn" and shown.reviewed_by == staff
    if connection.vendor == "postgresql":  # the keys read in the statement reading the institution
        bound = bound_history_keys(datetime.date.today(), "default")
        assert shown.history_rows == bound.rows(institution.pk)
        assert [kind for kind, rows in shown.history_rows if rows] == ["agreement"]
        reading = [query["sql"] for query in queries if '"agreements_institution" r' in query["sql"]]
        assert len([sql for sql in reading if "SELECT 0 AS part" in sql]) == 1
        assert not [query["sql"] for query in queries if query["sql"].startswith("SELECT 0 AS part")]
    else:
        assert not hasattr(shown, "history_rows")
