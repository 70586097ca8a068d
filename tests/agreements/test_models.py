"""The data model: what the database refuses, and what the QuerySets answer."""

import datetime

import pytest
from django.db import DatabaseError, transaction

from agreements.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Institution,
    InstitutionName,
    NameKind,
    Party,
)
from delegations.models import Delegation, Direction, Meeting
from tests.builders import (
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_source,
)

pytestmark = pytest.mark.django_db


def refuses(create):
    """True when the database rejects what `create` writes (a broken rule, a value too long for a column)."""
    try:
        with transaction.atomic():
            create()
    except DatabaseError:
        return True
    return False


# Institutions and their names


def test_two_institutions_cannot_share_a_canonical_name_however_it_is_spelt():
    make_institution("The University of Haifa")
    assert refuses(lambda: make_institution("university of haifa"))
    assert refuses(lambda: make_institution("University  of  HAIFA"))


def test_canonical_name_is_tidied_and_its_key_kept_up_to_date_on_rename():
    institution = make_institution("  Univeristy   of Haifa ")
    assert institution.name == "Univeristy of Haifa"
    institution.name = "University of Haifa"
    institution.save(update_fields=["name"])
    assert Institution.objects.get().normalized_name == "university of haifa"


def test_ror_id_is_unique_only_when_set():
    make_institution(ror="https://ror.org/02f009v59")
    make_institution(ror="")
    make_institution(ror="")
    assert refuses(lambda: make_institution(ror="https://ror.org/02f009v59"))


def test_only_one_institution_can_be_home():
    make_home()
    assert refuses(lambda: make_institution(is_home=True))


@pytest.mark.parametrize("country", ["de", "DEU", "D1", "1A"])
def test_country_must_be_an_upper_case_iso_alpha2_code(country):
    # save() upper-cases what it is given, so write around it to test the database rule itself
    institution = make_institution()
    assert refuses(lambda: Institution.objects.filter(pk=institution.pk).update(country=country))


def test_country_is_upper_cased_on_save():
    assert make_institution(country="il").country == "IL"


def test_unknown_kind_is_refused_by_the_database():
    institution = make_institution()
    assert refuses(lambda: Institution.objects.filter(pk=institution.pk).update(kind="college"))


def test_add_name_records_each_spelling_once_and_never_the_canonical_name():
    haifa = make_institution("University of Haifa")
    assert haifa.add_name("Haifa University").kind == NameKind.ALIAS
    assert haifa.add_name("haifa  university") is not None  # same spelling: returns the existing row
    assert haifa.add_name("The University of Haifa") is None
    haifa.add_name("Univeristy of Haifa", NameKind.MISSPELLING)
    assert sorted(haifa.names.values_list("value", flat=True)) == ["Haifa University", "Univeristy of Haifa"]


def test_two_institutions_may_share_an_acronym():
    make_institution("Huazhong University of Science and Technology").add_name("HUST", NameKind.ACRONYM)
    make_institution("Hanoi University of Science and Technology").add_name("HUST", NameKind.ACRONYM)
    assert InstitutionName.objects.filter(normalized="hust").count() == 2


def test_named_finds_an_institution_by_canonical_name_or_any_variant():
    bauman = make_institution("Bauman Moscow State Technical University")
    bauman.add_name("Moscow Borman State Technical University", NameKind.MISSPELLING)
    make_institution("Moscow Aviation Institute")
    assert list(Institution.objects.named("moscow borman state technical university")) == [bauman]
    assert list(Institution.objects.named("The Bauman Moscow State Technical University")) == [bauman]


def test_search_matches_part_of_any_name_or_variant():
    rwth = make_institution("RWTH Aachen University")
    haifa = make_institution("University of Haifa")
    haifa.add_name("Haifa University")
    assert list(Institution.objects.search("rwth")) == [rwth]
    assert list(Institution.objects.search("Haifa University")) == [haifa]
    assert set(Institution.objects.search("")) == {rwth, haifa}


# Partial dates


def test_partial_dates_are_stored_without_inventing_a_day_and_read_back_as_given():
    agreement = make_agreement(signed="2019-12")
    agreement.refresh_from_db()
    assert (agreement.signed_on, agreement.signed_on_precision, str(agreement.signed)) == (
        datetime.date(2019, 12, 1),
        "month",
        "Dec 2019",
    )


def test_the_database_refuses_a_month_precision_date_with_a_day():
    agreement = make_agreement(signed="2019-12")
    assert refuses(
        lambda: Agreement.objects.filter(pk=agreement.pk).update(signed_on=datetime.date(2019, 12, 15))
    )


def test_the_database_refuses_a_date_without_precision_and_a_precision_without_date():
    agreement = make_agreement()
    assert refuses(
        lambda: Agreement.objects.filter(pk=agreement.pk).update(signed_on=datetime.date(2019, 12, 15))
    )
    assert refuses(lambda: Agreement.objects.filter(pk=agreement.pk).update(signed_on_precision="day"))


def test_partial_dates_sort_and_filter_like_dates():
    make_agreement(title="2015", signed="2015")
    make_agreement(title="Dec 2019", signed="2019-12")
    make_agreement(title="14 Jan 2022", signed="2022-01-14")
    assert [a.title for a in Agreement.objects.order_by("signed_on")] == ["2015", "Dec 2019", "14 Jan 2022"]
    assert [a.title for a in Agreement.objects.signed_between(2016, 2020)] == ["Dec 2019"]


# Agreements


def test_an_agreement_can_have_any_number_of_parties_including_companies():
    parties = [make_institution(), make_institution(), make_institution("LG Electronics", kind="company")]
    agreement = make_agreement(*parties)
    assert agreement.parties.count() == 3
    assert list(Agreement.objects.involving(parties[2])) == [agreement]


def test_an_institution_is_a_party_to_an_agreement_only_once():
    haifa = make_institution()
    agreement = make_agreement(haifa, make_institution())
    assert refuses(lambda: Party.objects.create(agreement=agreement, institution=haifa))


def test_validity_must_end_after_it_starts_and_open_ended_agreements_have_no_end():
    assert refuses(
        lambda: make_agreement(valid_from=datetime.date(2022, 1, 1), valid_until=datetime.date(2021, 1, 1))
    )
    assert refuses(lambda: make_agreement(is_open_ended=True, valid_until=datetime.date(2030, 1, 1)))
    assert refuses(lambda: make_agreement(renewal_period_years=5))  # a period only for auto-renewing ones


def test_an_agreement_cannot_renew_itself_but_can_renew_an_earlier_one():
    first = make_agreement(signed="2014")
    renewal = make_agreement(signed="2019-12", status=AgreementStatus.RENEWED, renews=first)
    assert list(first.renewed_by.all()) == [renewal]
    assert refuses(lambda: Agreement.objects.filter(pk=first.pk).update(renews=first))


def test_in_force_on_a_day_means_begun_and_not_yet_ended():
    day = datetime.date(2022, 6, 1)
    current = make_agreement(title="current", signed="2021-01-01")
    make_agreement(title="expired", signed="2018-01-01", valid_until=datetime.date(2020, 12, 31))
    make_agreement(title="future", signed="2023-01-01")
    make_agreement(title="only discussed", status=AgreementStatus.DISCUSSED)
    renewing = make_agreement(
        title="auto-renewing",
        signed="2010",
        valid_until=datetime.date(2015, 1, 1),
        auto_renews=True,
        renewal_period_years=5,
    )
    assert set(Agreement.objects.in_force_on(day)) == {current, renewing}


def test_expiring_within_lists_in_force_agreements_ending_soon_that_do_not_renew_themselves():
    today = datetime.date(2026, 11, 24)
    soon = make_agreement(signed="2021", valid_until=today + datetime.timedelta(days=30))
    make_agreement(signed="2021", valid_until=today + datetime.timedelta(days=200))
    make_agreement(signed="2021", valid_until=today + datetime.timedelta(days=30), auto_renews=True)
    assert list(Agreement.objects.expiring_within(90, today=today)) == [soon]


# Delegations and meetings


def test_direction_is_derived_from_the_home_institution_not_typed():
    home = make_home()
    partner = make_institution()
    other = make_institution()
    inbound = make_delegation(visitor=partner, host=home)
    unnamed_host = make_delegation(visitor=partner, host=None)  # "visited our school"
    outbound = make_delegation(visitor=home, host=partner)
    elsewhere = make_delegation(visitor=partner, host=other)
    assert [d.direction for d in (inbound, unnamed_host, outbound, elsewhere)] == [
        Direction.INBOUND,
        Direction.INBOUND,
        Direction.OUTBOUND,
        Direction.THIRD_PARTY,
    ]
    assert set(Delegation.objects.inbound()) == {inbound, unnamed_host}
    assert list(Delegation.objects.outbound()) == [outbound]


def test_a_delegation_names_at_least_one_side_and_has_a_positive_size():
    assert refuses(lambda: Delegation.objects.create(visitor=None, host=None))
    assert refuses(lambda: make_delegation(size=0))


def test_a_delegation_cannot_end_before_it_starts():
    assert refuses(lambda: make_delegation(start="2019-12-16", end="2019-12-15"))


def test_delegations_and_meetings_are_found_by_institution_and_year():
    haifa = make_institution()
    delegation = make_delegation(host=haifa, start="2019-12-15")
    make_delegation(start="2020")
    meeting = make_meeting(haifa, make_institution(), date="2019-12")
    assert list(Delegation.objects.involving(haifa)) == [delegation]
    assert list(Delegation.objects.in_year(2019)) == [delegation]
    assert list(Meeting.objects.involving(haifa).in_year(2019)) == [meeting]


def test_one_record_can_cite_several_sources_once_each():
    first, second = make_source(), make_source()
    agreement = make_agreement(source=first, evidence="They signed the MoU.")
    agreement.citations.create(source=second, evidence="The MoU was signed.")
    assert agreement.sources.count() == 2
    assert refuses(lambda: agreement.citations.create(source=first, evidence="again"))


# Lifecycle: where an agreement stands, in the database and in Python alike

TODAY = datetime.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("fields", "stage"),
    [
        ({"status": AgreementStatus.DISCUSSED}, "discussed"),
        ({"status": AgreementStatus.TERMINATED, "valid_until": datetime.date(2030, 1, 1)}, "terminated"),
        ({"status": AgreementStatus.EXPIRED}, "expired"),
        ({"valid_until": datetime.date(2026, 1, 1)}, "expired"),
        ({"valid_until": datetime.date(2027, 1, 15)}, "expiring_soon"),
        ({"valid_until": datetime.date(2027, 6, 1)}, "active"),
        ({}, "no_end_date"),  # not "active" for ever: nothing says when it ends
        ({"status": AgreementStatus.RENEWED}, "no_end_date"),
        ({"is_open_ended": True}, "active"),
        ({"auto_renews": True}, "active"),
        # an auto-renewing agreement past its first end date is active, not expired
        (
            {"valid_until": datetime.date(2020, 1, 1), "auto_renews": True, "renewal_period_years": 5},
            "active",
        ),
        ({"status": AgreementStatus.RENEWED, "valid_until": datetime.date(2026, 12, 1)}, "expiring_soon"),
    ],
)
def test_lifecycle_is_worked_out_from_status_and_validity_the_same_way_in_sql_and_python(fields, stage):
    agreement = make_agreement(signed="2019", **fields)
    assert agreement.lifecycle_on(TODAY) == stage
    assert Agreement.objects.with_lifecycle(TODAY).get().lifecycle == stage
    assert list(Agreement.objects.in_lifecycle(stage, today=TODAY)) == [agreement]


def test_an_agreement_with_no_end_date_is_in_force_for_its_kinds_assumed_term_only(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5}
    old = make_agreement(title="2015 MOU", kind=AgreementKind.MOU, signed="2015-06-01")
    recent = make_agreement(title="2023 MOU", kind=AgreementKind.MOU, signed="2023-03")
    started = make_agreement(
        title="Started 2022", kind=AgreementKind.MOU, signed="2015", valid_from=datetime.date(2022, 1, 1)
    )
    make_agreement(title="No term for its kind", kind=AgreementKind.OTHER, signed="2024")
    open_ended = make_agreement(title="Open-ended", signed="2001", is_open_ended=True)
    assert set(Agreement.objects.in_force_on(TODAY)) == {recent, started, open_ended}
    assert old.assumed_end == datetime.date(2020, 6, 1)
    assert Agreement.objects.with_end().get(pk=old.pk).ends_on == datetime.date(2020, 6, 1)
    assert Agreement.objects.count_in_force_on(TODAY) == {"recorded": 1, "assumed": 2}


def test_validity_is_unknown_when_no_end_is_recorded_and_none_can_be_assumed(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5}
    undated = make_agreement(title="Undated MOU", kind=AgreementKind.MOU, signed=None)
    other = make_agreement(title="Other kind", kind=AgreementKind.OTHER, signed="2024")
    make_agreement(title="Dated MOU", kind=AgreementKind.MOU, signed="2024")
    make_agreement(title="Ends", valid_until=datetime.date(2030, 1, 1))
    assert set(Agreement.objects.validity_unknown()) == {undated, other}
    assert not Agreement.objects.in_force_on(TODAY).filter(pk__in=[undated.pk, other.pk]).exists()
    assert [a.title for a in Agreement.objects.with_validity("assumed")] == ["Dated MOU"]
    assert [a.title for a in Agreement.objects.with_validity("recorded")] == ["Ends"]


def test_the_expiry_list_includes_assumed_ends_soonest_first(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5, "student_exchange": 3}
    assumed = make_agreement(title="Assumed", kind=AgreementKind.MOU, signed="2021-12-20")  # ends 2026-12-20
    exchange = make_agreement(title="Exchange", kind=AgreementKind.STUDENT_EXCHANGE, signed="2024-01-05")
    recorded = make_agreement(title="Recorded", valid_until=datetime.date(2026, 12, 1))
    make_agreement(title="Later", kind=AgreementKind.MOU, signed="2023-01-01")
    expiring = Agreement.objects.expiring_within(90, today=TODAY).order_by("ends_on", "pk")
    assert [(a, a.ends_on, a.end_is_assumed) for a in expiring] == [
        (recorded, datetime.date(2026, 12, 1), False),
        (assumed, datetime.date(2026, 12, 20), True),
        (exchange, datetime.date(2027, 1, 5), True),
    ]
    later = Agreement.objects.ending_on_or_after(datetime.date(2027, 1, 1)).order_by("ends_on")
    assert [a.title for a in later] == ["Exchange", "Later"]


def test_kinds_sharing_a_term_each_run_it_and_a_kind_with_another_term_runs_its_own(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"mou": 5, "student_exchange": 3, "partnership": 5}
    mou = make_agreement(title="MOU", kind=AgreementKind.MOU, signed="2021-12-20")  # ends 2026-12-20
    partnership = make_agreement(title="Partnership", kind=AgreementKind.PARTNERSHIP, signed="2021-12-10")
    exchange = make_agreement(title="Exchange", kind=AgreementKind.STUDENT_EXCHANGE, signed="2023-12-01")
    other = make_agreement(title="Other", kind=AgreementKind.OTHER, signed="2021-12-15")  # no term
    ends = {a.title: a.ends_on for a in Agreement.objects.with_end()}
    assert ends == {
        "MOU": datetime.date(2026, 12, 20),
        "Partnership": datetime.date(2026, 12, 10),
        "Exchange": datetime.date(2026, 12, 1),
        "Other": None,
    }
    expiring = Agreement.objects.expiring_within(90, today=TODAY).order_by("ends_on")
    assert list(expiring) == [exchange, partnership, mou]
    assert list(Agreement.objects.validity_unknown()) == [other]


def test_with_no_assumed_terms_no_end_is_assumed_and_validity_is_unknown(settings):
    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {}
    dated = make_agreement(title="Dated MOU", kind=AgreementKind.MOU, signed="2026-01-10")
    make_agreement(title="Ends", valid_until=datetime.date(2026, 12, 1))
    assert list(Agreement.objects.validity_unknown()) == [dated]
    assert Agreement.objects.with_end().get(pk=dated.pk).ends_on is None
    assert [a.title for a in Agreement.objects.expiring_within(90, today=TODAY)] == ["Ends"]


def test_a_misconfigured_assumed_validity_says_what_is_wrong(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.REGISTRY_ASSUMED_VALIDITY_YEARS = {"memo": 5}
    with pytest.raises(ImproperlyConfigured, match="memo=5 must name a kind"):
        list(Agreement.objects.in_force_on(TODAY))


def test_renewal_chain_runs_from_the_first_agreement_to_the_latest_renewal():
    first = make_agreement(signed="2009")
    second = make_agreement(signed="2014", status=AgreementStatus.RENEWED, renews=first)
    third = make_agreement(signed="2019", status=AgreementStatus.RENEWED, renews=second)
    assert second.renewal_chain() == [first, second, third]
    assert first.renewal_chain() == [first, second, third]


# QuerySet methods the list filters are made of


def test_country_codes_are_every_country_institutions_are_in_once_in_code_order():
    for country in ("IL", "DE", "IL", "", "CN"):
        make_institution(country=country)
    assert Institution.objects.country_codes() == ["CN", "DE", "IL"]


def test_an_exact_name_means_those_institutions_only_other_text_what_the_search_finds():
    haifa = make_institution("University of Haifa")
    haifa.add_name("Haifa U")
    make_institution("University of Tokyo")
    assert list(Institution.objects.meant_by("haifa u")) == [haifa]
    assert list(Institution.objects.meant_by("Univeristy of Haifa")) == [haifa]


def test_institutions_party_to_agreements_of_a_kind_and_agreements_with_a_party_in_a_country():
    haifa, rwth = make_institution(country="IL"), make_institution(country="DE")
    exchange = make_agreement(haifa, rwth, kind=AgreementKind.STUDENT_EXCHANGE)
    make_agreement(rwth, make_institution(country="DE"), kind=AgreementKind.MOU)
    assert set(Institution.objects.party_to_agreements_of_kind(AgreementKind.STUDENT_EXCHANGE)) == {
        haifa,
        rwth,
    }
    assert list(Agreement.objects.with_party_in("IL")) == [exchange]
    assert Agreement.objects.with_party_in("DE").count() == 2


def test_meetings_and_delegations_involving_any_of_some_institutions_each_once():
    haifa, rwth, other = make_institution(), make_institution(), make_institution()
    both = make_meeting(haifa, rwth)
    make_meeting(other)
    hosted = make_delegation(visitor=other, host=haifa)
    make_delegation(visitor=haifa, host=other)
    ids = Institution.objects.filter(pk__in=[haifa.pk, rwth.pk]).values("pk")
    assert list(Meeting.objects.involving_any(ids)) == [both]
    assert list(Delegation.objects.hosted_by_any(ids)) == [hosted]
