"""The QuerySet questions behind partner health, the lifecycle counts, renewal chains and the statistics."""

import datetime

import pytest

from agreements.models import (
    RENEWAL_CHAIN_MAX_STEPS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Institution,
    Lifecycle,
    years_before,
)
from delegations.models import Delegation, Direction
from tests.builders import make_agreement, make_delegation, make_home, make_institution, make_meeting

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2025, 6, 15)


def names(queryset):
    return sorted(institution.name for institution in queryset)


class TestDormantFor:
    def test_partners_with_recent_activity_of_any_kind_are_not_dormant(self):
        make_agreement(make_institution("Signed lately"), signed="2024-03")
        make_delegation(make_institution("Visited lately"), start="2023-09-01")
        make_delegation(make_home(), make_institution("Hosted lately"), start="2024")
        make_meeting(make_institution("Met lately"), date="2025-01-10")
        assert names(Institution.objects.partners().dormant_for(3, today=TODAY)) == []

    def test_partners_whose_latest_activity_is_older_are_dormant(self):
        make_agreement(make_institution("Old partner"), signed="2015-05-02")
        make_meeting(make_institution("Recent partner"), date="2024-11")
        assert names(Institution.objects.partners().dormant_for(3, today=TODAY)) == ["Old partner"]

    def test_partners_never_active_count_as_dormant(self):
        make_institution("Never active")
        make_meeting(make_institution("Undated only"))  # an undated meeting dates nothing
        assert names(Institution.objects.dormant_for(1, today=TODAY)) == ["Never active", "Undated only"]

    def test_the_cutoff_is_the_same_day_n_years_before(self):
        make_meeting(make_institution("On the day"), date="2022-06-15")
        make_meeting(make_institution("The day before"), date="2022-06-14")
        assert names(Institution.objects.dormant_for(3, today=TODAY)) == ["The day before"]

    def test_a_partial_date_counts_from_its_first_day(self):
        make_agreement(make_institution("Signed in 2022"), signed="2022")
        assert names(Institution.objects.dormant_for(3, today=TODAY)) == ["Signed in 2022"]

    def test_works_on_a_queryset_already_annotated_with_activity(self):
        make_institution("Never active")
        make_meeting(make_institution("Active"), date="2025-01-01")
        annotated = Institution.objects.with_activity(TODAY)
        assert names(annotated.dormant_for(2, today=TODAY)) == ["Never active"]

    def test_years_before_a_29_february_lands_on_the_28th(self):
        assert years_before(datetime.date(2024, 2, 29), 1) == datetime.date(2023, 2, 28)
        assert years_before(datetime.date(2024, 2, 29), 4) == datetime.date(2020, 2, 29)


def test_count_by_lifecycle_counts_every_stage_and_an_auto_renewing_agreement_as_active():
    partner = make_institution()
    make_agreement(partner, signed="2020", valid_until=TODAY + datetime.timedelta(days=400))
    make_agreement(partner, signed="2020", valid_until=TODAY + datetime.timedelta(days=30))
    make_agreement(partner, signed="2015", valid_until=datetime.date(2018, 1, 1))
    make_agreement(
        partner,
        signed="2015",
        valid_until=datetime.date(2018, 1, 1),
        auto_renews=True,
        renewal_period_years=3,
    )
    make_agreement(partner, status=AgreementStatus.TERMINATED)
    make_agreement(partner, status=AgreementStatus.DRAFT)
    make_agreement(make_institution(), status=AgreementStatus.DISCUSSED)  # not this partner's
    counts = Agreement.objects.involving(partner).count_by_lifecycle(TODAY)
    assert counts == {
        Lifecycle.DISCUSSED: 0,
        Lifecycle.IN_PREPARATION: 1,
        Lifecycle.ACTIVE: 2,
        Lifecycle.NO_END_DATE: 0,
        Lifecycle.EXPIRING_SOON: 1,
        Lifecycle.EXPIRED: 1,
        Lifecycle.TERMINATED: 1,
    }


def test_count_by_lifecycle_agrees_with_the_model_rule_for_each_agreement():
    for status in AgreementStatus:
        for offset in (None, -1, 0, 90, 91):
            valid_until = None if offset is None else TODAY + datetime.timedelta(days=offset)
            for renews in (False, True):
                make_agreement(make_institution(), status=status, valid_until=valid_until, auto_renews=renews)
    expected = dict.fromkeys(Lifecycle, 0)
    for agreement in Agreement.objects.all():
        expected[agreement.lifecycle_on(TODAY)] += 1
    assert Agreement.objects.count_by_lifecycle(TODAY) == expected


class TestDelegationCounts:
    def test_a_blank_side_is_the_home_institution(self):
        partner = make_institution()
        make_delegation(partner, None, start="2024")  # the partner visits us
        Delegation.objects.create(visitor=None, host=partner)  # we visit the partner
        make_delegation(partner, make_institution())  # the partner visits someone else
        assert Delegation.objects.involving(partner).count_by_direction() == {
            Direction.INBOUND: 1,
            Direction.OUTBOUND: 1,
            Direction.THIRD_PARTY: 1,
        }

    def test_the_home_institution_named_as_a_side_counts_like_a_blank_one(self):
        home, partner = make_home(), make_institution()
        make_delegation(partner, home)
        make_delegation(home, partner)
        make_delegation(home, partner)
        counts = Delegation.objects.involving(partner).count_by_direction()
        assert (counts[Direction.INBOUND], counts[Direction.OUTBOUND]) == (1, 2)

    def test_count_by_year_and_direction_leaves_undated_ones_out(self):
        partner = make_institution()
        make_delegation(partner, start="2019-05")
        make_delegation(partner, start="2019-11-02")
        Delegation.objects.create(
            visitor=None, host=partner, start_on=datetime.date(2021, 1, 1), start_on_precision="year"
        )
        make_delegation(partner)
        assert Delegation.objects.count_by_year_and_direction() == {
            2019: {Direction.INBOUND: 2, Direction.OUTBOUND: 0, Direction.THIRD_PARTY: 0},
            2021: {Direction.INBOUND: 0, Direction.OUTBOUND: 1, Direction.THIRD_PARTY: 0},
        }


class TestStatisticsCounts:
    def test_agreements_by_signing_year_oldest_first(self):
        make_agreement(signed="2021-03")
        make_agreement(signed="2019")
        make_agreement(signed="2021-12-01")
        make_agreement()
        assert list(Agreement.objects.count_by_signing_year().items()) == [(2019, 1), (2021, 2)]

    def test_agreements_by_kind_lists_every_kind(self):
        make_agreement(kind=AgreementKind.STUDENT_EXCHANGE)
        make_agreement(kind=AgreementKind.STUDENT_EXCHANGE)
        counts = Agreement.objects.count_by_kind()
        assert counts[AgreementKind.STUDENT_EXCHANGE] == 2 and counts[AgreementKind.MOU] == 0
        assert list(counts) == list(AgreementKind)

    def test_agreements_by_partner_country_count_each_agreement_once_per_country(self):
        home = make_home(country="CN")
        germany = [make_institution(country="DE"), make_institution(country="DE")]
        make_agreement(home, *germany)
        make_agreement(home, germany[0], make_institution(country="IL"), make_institution(country=""))
        assert Agreement.objects.count_by_partner_country() == {"DE": 2, "IL": 1}

    def test_institutions_by_country(self):
        make_institution(country="DE")
        make_institution(country="DE")
        make_institution(country="")
        assert Institution.objects.count_by_country() == {"DE": 2}


class TestRenewalChain:
    def chain(self, length):
        agreements = [make_agreement(title="Link 1", signed="2010")]
        for number in range(2, length + 1):
            agreements.append(
                make_agreement(title=f"Link {number}", signed=f"{2009 + number}", renews=agreements[-1])
            )
        return agreements

    def test_the_whole_chain_oldest_first_from_any_link(self):
        first, second, third, fourth = self.chain(4)
        chain = Agreement.objects.in_renewal_chain_of(third)
        assert [(a.title, a.chain_step) for a in chain] == [
            ("Link 1", -2),
            ("Link 2", -1),
            ("Link 3", 0),
            ("Link 4", 1),
        ]
        assert list(chain) == first.renewal_chain()

    def test_an_agreement_that_renews_nothing_and_is_not_renewed_is_a_chain_of_one(self):
        agreement = make_agreement()
        make_agreement()
        assert list(Agreement.objects.in_renewal_chain_of(agreement)) == [agreement]

    def test_two_renewals_of_the_same_agreement_share_a_step(self):
        original = make_agreement(title="Original", signed="2010")
        make_agreement(title="Renewal B", signed="2016", renews=original)
        make_agreement(title="Renewal A", signed="2015", renews=original)
        chain = Agreement.objects.in_renewal_chain_of(original)
        assert [(a.title, a.chain_step) for a in chain] == [
            ("Original", 0),
            ("Renewal A", 1),
            ("Renewal B", 1),
        ]

    def test_one_query_finds_a_long_chain(self, django_assert_num_queries):
        links = self.chain(RENEWAL_CHAIN_MAX_STEPS)
        with django_assert_num_queries(2):  # the recursive walk, then the agreements
            assert len(list(Agreement.objects.in_renewal_chain_of(links[0]))) == RENEWAL_CHAIN_MAX_STEPS

    def test_a_cycle_made_by_hand_still_ends(self):
        first, second = self.chain(2)
        Agreement.objects.filter(pk=first.pk).update(renews=second)
        chain = Agreement.objects.in_renewal_chain_of(first)
        assert sorted((a.title, a.chain_step) for a in chain) == [("Link 1", 0), ("Link 2", -1)]


def test_ending_on_or_after_leaves_out_automatic_renewals_and_ended_agreements():
    make_agreement(title="Ends", valid_until=TODAY)
    make_agreement(title="Ended", valid_until=TODAY - datetime.timedelta(days=1))
    make_agreement(title="Renews", valid_until=TODAY, auto_renews=True)
    make_agreement(title="Terminated", valid_until=TODAY, status=AgreementStatus.TERMINATED)
    make_agreement(title="Open-ended", is_open_ended=True)
    assert [a.title for a in Agreement.objects.ending_on_or_after(TODAY)] == ["Ends"]


def test_on_the_calendar_only_delegations_dated_to_the_day_and_not_over():
    partner = make_institution()
    make_delegation(partner, start="2025-07-01", purpose="coming")
    make_delegation(partner, start="2025-06-10", end="2025-06-20", purpose="under way")
    make_delegation(partner, start="2025-06-01", end="2025-06-03", purpose="over")
    make_delegation(partner, start="2025-07", purpose="month only")
    make_delegation(partner, start="2026", purpose="year only")
    on_calendar = Delegation.objects.on_the_calendar(since=TODAY)
    assert sorted(d.purpose for d in on_calendar) == ["coming", "under way"]
