"""Lifecycle stages, renewal chains and partner health as staff see them in the pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import AgreementStatus, Institution, Lifecycle
from tests.builders import make_agreement, make_delegation, make_home, make_institution, make_meeting

pytestmark = pytest.mark.django_db
AGREEMENTS = reverse("agreements:agreement-list")
INSTITUTIONS = reverse("agreements:institution-list")
HOME = reverse("home")
TODAY = datetime.date.today()


def days(count):
    return TODAY + datetime.timedelta(days=count)


def one_of_each_stage():
    """An agreement in each lifecycle stage, titled by it, plus one that renews itself past its first end."""
    make_agreement(title="Discussed", status=AgreementStatus.DISCUSSED)
    make_agreement(title="Draft", status=AgreementStatus.DRAFT)
    make_agreement(title="Active", signed="2020", valid_until=days(400))
    make_agreement(title="Expiring soon", signed="2020", valid_until=days(30))
    make_agreement(title="Expired", signed="2015", valid_until=days(-30))
    make_agreement(title="Terminated", status=AgreementStatus.TERMINATED)
    make_agreement(title="No end date recorded", signed="2015")
    make_agreement(
        title="Renews itself", signed="2015", valid_until=days(-900), auto_renews=True, renewal_period_years=3
    )


def titles(response):
    return sorted(agreement.title for agreement in response.context["object_list"])


def queries_to_get(client, url, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


class TestAgreementList:
    def test_each_row_shows_its_lifecycle_stage_as_a_badge(self, staff_client):
        one_of_each_stage()
        html = staff_client.get(AGREEMENTS).content.decode()
        for stage in Lifecycle:
            assert f'class="badge badge--{stage.value}" title="Lifecycle stage today">{stage.label}<' in html

    def test_an_automatic_renewal_past_its_first_end_is_active_and_says_how_often(self, staff_client):
        one_of_each_stage()
        response = staff_client.get(AGREEMENTS, {"lifecycle": "active"})
        assert titles(response) == ["Active", "Renews itself"]
        assert "renews automatically every 3 years" in response.content.decode()

    @pytest.mark.parametrize(
        "stage, expected",
        [
            ("discussed", ["Discussed"]),
            ("expiring_soon", ["Expiring soon"]),
            ("expired", ["Expired"]),
            ("terminated", ["Terminated"]),
            ("no_end_date", ["No end date recorded"]),
        ],
    )
    def test_the_lifecycle_filter_shows_only_that_stage(self, staff_client, stage, expected):
        one_of_each_stage()
        assert titles(staff_client.get(AGREEMENTS, {"lifecycle": stage})) == expected

    @pytest.mark.parametrize("value", ["lost", "ACTIVE", "x" * 5000])
    def test_an_unknown_stage_is_a_form_error_not_a_500(self, staff_client, value):
        one_of_each_stage()
        response = staff_client.get(AGREEMENTS, {"lifecycle": value})
        assert response.status_code == 200
        assert "lifecycle" in response.context["filter"].form.errors
        assert titles(response) == []

    def test_the_export_has_the_lifecycle_stage(self, staff_client):
        make_agreement(title="Expiring soon", signed="2020", valid_until=days(10))
        response = staff_client.get(AGREEMENTS, {"export": "csv"})
        lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
        assert "Lifecycle" in lines[0].split(",")
        assert "Expiring soon" in lines[1]

    def test_query_count_with_the_lifecycle_filter_does_not_grow_with_rows(self, staff_client):
        def add(count):
            for _ in range(count):
                make_agreement(signed="2020", valid_until=days(20))

        add(3)
        with_three = queries_to_get(staff_client, AGREEMENTS, {"lifecycle": "expiring_soon"})
        add(30)
        assert queries_to_get(staff_client, AGREEMENTS, {"lifecycle": "expiring_soon"}) == with_three


class TestAgreementPage:
    def chain(self, length):
        links = [make_agreement(title="Link 1", signed="2001", valid_until=datetime.date(2004, 1, 1))]
        for number in range(2, length + 1):
            signed = f"{2000 + 3 * number}"
            links.append(make_agreement(title=f"Link {number}", signed=signed, renews=links[-1]))
        return links

    def test_shows_its_lifecycle_stage(self, staff_client):
        agreement = make_agreement(signed="2020", valid_until=days(45))
        html = staff_client.get(agreement.get_absolute_url()).content.decode()
        assert ">Expiring soon</span>" in html

    def test_shows_the_whole_renewal_chain_oldest_first_with_this_agreement_marked(self, staff_client):
        links = self.chain(4)
        response = staff_client.get(links[2].get_absolute_url())
        chain_titles = [link.title for link in response.context["renewal_chain"]]
        assert chain_titles == ["Link 1", "Link 2", "Link 3", "Link 4"]
        chain = response.content.decode().split('id="chain-heading"')[1].split("</ol>")[0]
        current = chain.split('aria-current="step"')[1].split("</li>")[0]
        assert "<strong>Link 3</strong>" in current and "This agreement" in current
        assert chain.index(">Link 1<") < chain.index(">Link 2<") < chain.index("<strong>Link 3</strong>")
        assert chain.index("<strong>Link 3</strong>") < chain.index(f'href="{links[3].get_absolute_url()}"')

    def test_an_agreement_outside_any_chain_shows_no_chain(self, staff_client):
        agreement = make_agreement()
        response = staff_client.get(agreement.get_absolute_url())
        assert not response.context["renewal_chain"]
        assert "Renewal chain" not in response.content.decode()

    def test_query_count_does_not_grow_with_the_chain(self, staff_client):
        short = self.chain(2)
        with_two = queries_to_get(staff_client, short[1].get_absolute_url())
        long = self.chain(12)
        assert queries_to_get(staff_client, long[5].get_absolute_url()) == with_two


class TestInstitutionPage:
    def test_counts_agreements_by_stage_and_delegations_by_direction(self, staff_client):
        home, partner = make_home(), make_institution("University of Haifa")
        make_agreement(home, partner, signed="2021", valid_until=days(500))
        make_agreement(home, partner, signed="2021", valid_until=days(20))
        make_agreement(home, partner, signed="2010", valid_until=days(-20))
        make_agreement(home, partner, signed="2010", valid_until=days(-2000))
        make_delegation(partner, None, start="2023")
        make_delegation(partner, home, start="2024")
        make_delegation(home, partner, start="2022")
        response = staff_client.get(partner.get_absolute_url())
        counts = response.context["agreement_counts"]
        assert (counts["active"], counts["expiring_soon"], counts["expired"]) == (1, 1, 2)
        directions = response.context["delegation_counts"]
        assert (directions["inbound"], directions["outbound"]) == (2, 1)
        html = " ".join(response.content.decode().split())
        assert 'Active agreements</a></th><td class="num">1</td>' in html
        assert 'Expired agreements</a></th><td class="num">2</td>' in html
        assert 'Delegations visiting us</th><td class="num">2</td>' in html
        assert 'Delegations we sent</th><td class="num">1</td>' in html
        assert "Last activity: <strong>2024</strong>" in html

    def test_last_activity_is_the_newest_dated_record_of_any_kind_as_the_list_counts_it(self, staff_client):
        partner = make_institution()
        make_agreement(partner, signed="2019-05-03")
        make_agreement(partner, signed=None)
        make_delegation(partner, None, start="2020-02")
        make_meeting(partner, date="2021")
        make_meeting(make_institution(), date="2025")  # another institution's
        html = " ".join(staff_client.get(partner.get_absolute_url()).content.decode().split())
        assert "Last activity: <strong>2021</strong>" in html
        listed = Institution.objects.with_activity().get(pk=partner.pk)
        assert listed.latest_activity == datetime.date(2021, 1, 1)

    def test_a_partner_with_no_activity_says_so(self, staff_client):
        partner = make_institution()
        html = staff_client.get(partner.get_absolute_url()).content.decode()
        assert "Last activity: <strong>none recorded</strong>" in html

    def test_timeline_entries_link_a_renewal_to_what_it_renews_and_back(self, staff_client):
        partner = make_institution()
        first = make_agreement(partner, title="First MoU", signed="2015")
        second = make_agreement(partner, title="Renewed MoU", signed="2020", renews=first)
        html = " ".join(staff_client.get(partner.get_absolute_url()).content.decode().split())
        assert f'Renews <a href="{first.get_absolute_url()}">First MoU</a>' in html
        assert f'Renewed by <a href="{second.get_absolute_url()}">Renewed MoU</a>' in html

    def test_query_count_does_not_grow_with_the_history(self, staff_client):
        home, partner = make_home(), make_institution()
        years = iter(range(1960, 2060))

        def add(count):
            for _ in range(count):
                year = next(years)
                ends = datetime.date(year + 2, 1, 1)
                earlier = make_agreement(home, partner, signed=f"{year}", valid_until=ends)
                make_agreement(home, partner, signed=f"{year}-06", renews=earlier)
                make_delegation(partner, home, start=f"{year}-03")
                make_meeting(partner, date=f"{year}-09")

        add(2)
        with_two = queries_to_get(staff_client, partner.get_absolute_url())
        add(20)
        assert queries_to_get(staff_client, partner.get_absolute_url()) == with_two


class TestDormantFilter:
    def test_lists_partners_with_no_activity_in_the_last_n_years_including_never_active(self, staff_client):
        make_agreement(make_institution("Old partner"), signed=f"{TODAY.year - 6}")
        make_meeting(make_institution("Recent partner"), date=f"{TODAY.year}")
        make_institution("Never active")
        response = staff_client.get(INSTITUTIONS, {"dormant": "5"})
        assert sorted(i.name for i in response.context["object_list"]) == ["Never active", "Old partner"]

    def test_the_filter_says_that_never_active_partners_are_included(self, staff_client):
        html = staff_client.get(INSTITUTIONS).content.decode()
        assert "never-active partners included" in html
        assert 'aria-describedby="id_dormant_helptext"' in html and 'id="id_dormant_helptext"' in html

    @pytest.mark.parametrize("value", ["abc", "0", "-3", "2.5", "1000", "9" * 5000])
    def test_a_bad_number_of_years_is_a_form_error_not_a_500(self, staff_client, value):
        make_institution()
        response = staff_client.get(INSTITUTIONS, {"dormant": value})
        assert response.status_code == 200
        assert "dormant" in response.context["filter"].form.errors

    def test_query_count_does_not_grow_with_rows(self, staff_client):
        def add(count):
            for _ in range(count):
                make_agreement(make_institution(), signed="2001")

        add(3)
        with_three = queries_to_get(staff_client, INSTITUTIONS, {"dormant": "3"})
        add(20)
        assert queries_to_get(staff_client, INSTITUTIONS, {"dormant": "3"}) == with_three


class TestHomePage:
    def test_expiring_soon_is_the_lifecycle_stage_and_links_to_the_filtered_list(self, staff_client):
        make_agreement(title="Ends soon", signed="2020", valid_until=days(20))
        make_agreement(title="Renews itself", signed="2020", valid_until=days(20), auto_renews=True)
        make_agreement(title="Ended", signed="2020", valid_until=days(-1))
        response = staff_client.get(HOME)
        assert [agreement.title for agreement in response.context["expiring"]] == ["Ends soon"]
        html = response.content.decode()
        assert "?expiring_within=90" in html
        assert ">Expiring soon</span>" in html

    def test_latest_activity_shows_lifecycle_badges(self, staff_client):
        make_agreement(title="Old", signed="2001", valid_until=datetime.date(2003, 1, 1))
        assert ">Expired</span>" in staff_client.get(HOME).content.decode()


@pytest.mark.parametrize(
    "status, valid_until, shown",
    [
        (AgreementStatus.EXPIRED, None, ["Expired"]),  # the status says no more than the stage
        (AgreementStatus.RENEWED, None, ["No end date recorded", "Renewed"]),
        (AgreementStatus.RENEWED, 400, ["Active", "Renewed"]),
        (AgreementStatus.SIGNED, -5, ["Expired", "Signed"]),
    ],
)
def test_the_recorded_status_is_shown_beside_the_stage_only_when_it_adds_something(
    staff_client, status, valid_until, shown
):
    ends = None if valid_until is None else days(valid_until)
    agreement = make_agreement(title="The agreement", status=status, valid_until=ends)
    html = staff_client.get(agreement.get_absolute_url()).content.decode()
    facts = html.split('class="facts"')[1].split("</p>")[0]
    labels = [part.split("<")[0] for part in facts.split('">')[1:] if part.split("<")[0].strip()]
    assert labels[2:] == shown  # after "Not reviewed" and the kind


class TestAssumedValidity:
    """An agreement with no end date: its own stage, an end assumed from its kind, and pages that say so."""

    @pytest.fixture(autouse=True)
    def five_year_mous(self, settings):
        settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5}

    def test_a_signing_from_long_ago_with_no_end_date_is_not_counted_in_force(self, staff_client):
        make_agreement(title="2015 signing", kind="mou", signed="2015-05-01")
        response = staff_client.get(HOME)
        assert response.context["counts"]["agreements_in_force"] == 0
        assert titles(staff_client.get(AGREEMENTS, {"valid_on": TODAY.isoformat()})) == []
        assert titles(staff_client.get(AGREEMENTS, {"lifecycle": "no_end_date"})) == ["2015 signing"]

    def test_the_home_page_counts_assumed_ends_and_says_what_it_assumes(self, staff_client):
        soon = TODAY.replace(year=TODAY.year - 5) + datetime.timedelta(days=30)
        make_agreement(title="Ends by assumption", kind="mou", signed=soon.isoformat())
        make_agreement(title="Unknown", kind="other", signed="2024")
        response = staff_client.get(HOME)
        assert response.context["counts"]["agreements_in_force"] == 1
        assert response.context["counts"]["agreements_in_force_assumed"] == 1
        assert [agreement.title for agreement in response.context["expiring"]] == ["Ends by assumption"]
        html = response.content.decode()
        assert "(assumed: no end date recorded)" in html
        assert "memorandum of understanding 5 years" in html
        assert "?validity=unknown" in html and "1 more with validity unknown" in html

    def test_the_list_shows_the_assumed_end_and_filters_unknown_validity(self, staff_client):
        make_agreement(title="Assumed", kind="mou", signed="2024-02-01")
        make_agreement(title="Unknown", kind="other", signed="2024")
        make_agreement(title="Recorded", valid_until=days(400))
        response = staff_client.get(AGREEMENTS)
        html = response.content.decode()
        assert '1 Feb 2029 <span class="subtle">assumed</span>' in html
        assert "memorandum of understanding 5 years" in html
        assert titles(staff_client.get(AGREEMENTS, {"validity": "unknown"})) == ["Unknown"]
        assert titles(staff_client.get(AGREEMENTS, {"validity": "assumed"})) == ["Assumed"]
        assert titles(staff_client.get(AGREEMENTS, {"validity": "recorded"})) == ["Recorded"]

    def test_the_expiry_filter_lists_assumed_ends_soonest_first(self, staff_client):
        make_agreement(title="Recorded", valid_until=days(60))
        soon = TODAY.replace(year=TODAY.year - 5) + datetime.timedelta(days=30)
        make_agreement(title="Assumed", kind="mou", signed=soon.isoformat())
        response = staff_client.get(AGREEMENTS, {"expiring_within": "90"})
        assert [agreement.title for agreement in response.context["object_list"]] == ["Assumed", "Recorded"]

    def test_the_expiry_list_and_home_page_make_as_many_queries_for_many_assumed_ends_as_for_few(
        self, staff_client
    ):
        def add_rows(count):
            for day in range(count):
                signed = TODAY.replace(year=TODAY.year - 5) + datetime.timedelta(days=10 + day)
                make_agreement(make_institution(), kind="mou", signed=signed.isoformat())

        add_rows(2)
        few = [
            queries_to_get(staff_client, AGREEMENTS, {"expiring_within": "90"}),
            queries_to_get(staff_client, HOME),
        ]
        add_rows(10)
        assert [
            queries_to_get(staff_client, AGREEMENTS, {"expiring_within": "90"}),
            queries_to_get(staff_client, HOME),
        ] == few

    def test_the_statistics_say_what_in_force_counts_assume(self, staff_client):
        make_agreement(title="Assumed", kind="mou", signed="2024-02-01")
        make_agreement(title="Unknown", kind="other", signed="2024")
        html = staff_client.get(reverse("statistics")).content.decode()
        assert "Agreements by stage today" in html
        assert "of which 1 with no end date recorded, counted in force because" in html
        assert "memorandum of understanding 5 years" in html
        assert "Validity unknown (no end date, none can be assumed), not counted in force: 1." in html


def test_the_statistics_say_none_is_in_force_by_the_assumption_when_none_is(staff_client, settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5}
    make_agreement(title="2015 signing", kind="mou", signed="2015-05-01")
    html = staff_client.get(reverse("statistics")).content.decode()
    assert "In force today: 0. Agreements with no end date recorded are assumed to run" in html
    assert "by that count none of them is in force today." in html
