"""A query compiled once for a placeholder id and run for any id (registry.common.compiled).

The rows must be the ORM's for the same queryset built for that id: the same values, converted the
same way (a date from SQLite's text), in the same order; a query whose SQL cannot be reused by
swapping one parameter is refused, so its caller takes the ORM's way.
"""

import datetime

import pytest
from django.db.models import Q

from agreements.models import Agreement, Institution
from agreements.views import bound_history_keys, tallied_history, timeline_models
from delegations.models import Delegation
from registry.common.compiled import PLACEHOLDER, BoundQuery, BoundUnion, NotBindable
from tests.builders import make_agreement, make_delegation, make_home, make_institution, make_meeting

pytestmark = pytest.mark.django_db


def signed_with(institution):
    return Agreement.objects.filter(parties=institution).values_list("pk", "signed_on", "title")


@pytest.fixture
def partners():
    bonn, kyoto = make_institution("University of Bonn"), make_institution("Kyoto University")
    make_agreement(bonn, kyoto, signed="2019-05-02", title="Exchange")
    make_agreement(bonn, signed="2021", title="Research")
    make_agreement(bonn, title="Undated")
    make_agreement(kyoto, signed="2020-01-01", title="Kyoto only")
    return bonn, kyoto


def test_the_rows_for_an_id_are_the_orms_for_the_queryset_built_for_it(partners):
    query = BoundQuery(signed_with(Institution(pk=PLACEHOLDER)))
    for institution in partners:
        assert query.rows(institution.pk) == [list(row) for row in signed_with(institution)]
    assert isinstance(query.rows(partners[0].pk)[0][1], datetime.date | None)  # converted as the ORM does
    assert query.rows(10**9) == []


def test_an_id_bound_twice_in_one_query_is_bound_in_both_places():
    bonn, kyoto = make_institution("University of Bonn"), make_institution("Kyoto University")
    sent = make_delegation(bonn, kyoto, start="2021-03-01")
    hosted = make_delegation(kyoto, bonn, start="2022")
    make_delegation(kyoto, make_institution(), start="2023")

    def involving(institution):
        return Delegation.objects.filter(Q(visitor=institution) | Q(host=institution)).values_list("pk")

    query = BoundQuery(involving(Institution(pk=PLACEHOLDER)))
    assert len(query.positions) == 2
    assert sorted(row[0] for row in query.rows(bonn.pk)) == sorted([sent.pk, hosted.pk])


def test_queries_bound_together_give_each_its_own_rows_in_one_statement(partners, django_assert_num_queries):
    """A BoundUnion's rows are each query's own (its columns, order and converted values), though
    the queries select different numbers of columns."""
    placeholder = Institution(pk=PLACEHOLDER)

    def visits(institution):
        return (
            Delegation.objects.filter(visitor=institution).order_by("-start_on").values_list("pk", "start_on")
        )

    make_delegation(partners[0], partners[1], start="2021-03-01")
    make_delegation(partners[0], partners[1], start="2020")
    union = BoundUnion(
        {"signed": BoundQuery(signed_with(placeholder)), "visits": BoundQuery(visits(placeholder))}
    )
    for institution in partners:
        with django_assert_num_queries(1):
            rows = union.rows(institution.pk)
        assert rows == [
            ("signed", [list(row) for row in signed_with(institution)]),
            ("visits", [list(row) for row in visits(institution)]),
        ]
    assert len(union.rows(partners[0].pk)[1][1]) == 2
    assert union.rows(10**9) == [("signed", []), ("visits", [])]


@pytest.mark.parametrize(
    "queryset",
    [
        pytest.param(lambda: Agreement.objects.values_list("pk"), id="no placeholder"),
        pytest.param(
            lambda: Agreement.objects.filter(title__contains=PLACEHOLDER).values_list("pk"), id="in a pattern"
        ),
        pytest.param(lambda: Agreement.objects.filter(pk=PLACEHOLDER), id="records, not values"),
        pytest.param(
            lambda: Agreement.objects.filter(pk=PLACEHOLDER).values_list("pk", flat=True), id="flat"
        ),
        pytest.param(lambda: Agreement.objects.filter(pk__in=[]).values_list("pk"), id="no SQL"),
    ],
)
def test_a_query_not_bindable_by_one_parameter_is_refused(queryset):
    with pytest.raises(NotBindable):
        BoundQuery(queryset())


def test_the_institution_pages_keys_compiled_once_are_those_the_orm_reads():
    """The timeline keys and tallies of an institution page (InstitutionDetailView.tallied_history)
    read through the queries compiled once a day are the ORM's, for every institution."""
    from agreements.views import history_key_reads, keys_tallied, tallied_timeline_keys

    home = make_home()
    bonn, kyoto = make_institution("University of Bonn"), make_institution("Kyoto University")
    make_agreement(home, bonn, signed="2019-05-02")
    make_agreement(bonn, kyoto, signed="2019-05-02", status="discussed")
    make_agreement(bonn, title="Undated")
    make_delegation(bonn, home, start="2021-03-01")
    make_delegation(kyoto, bonn, start="2019-05")
    make_meeting(bonn, kyoto, date="2019-05-02")
    make_meeting(kyoto)
    today = datetime.date.today()
    bound = bound_history_keys(today, "default")
    assert bound is not None
    with_lifecycle, with_direction = tallied_history(today)
    for institution in (home, bonn, kyoto, make_institution("No history")):
        history = [model.objects.involving(institution) for model in timeline_models()]
        read, tallied_by = history_key_reads(
            history, with_lifecycle.involving(institution), with_direction.involving(institution)
        )
        compiled = keys_tallied(bound.rows(institution.pk), tallied_by)
        assert compiled == tallied_timeline_keys(read, tallied_by)
    # What was compiled holds SQL, no rows: a record saved since is read, a day later anew.
    signed = make_agreement(bonn, signed="2024-02-03", valid_until=today + datetime.timedelta(days=30))
    keys, tallies = keys_tallied(bound.rows(bonn.pk), {"agreement": "lifecycle"})
    assert signed.pk in [pk for _date, kind, pk in keys if kind == "agreement"]
    assert tallies["agreement"]["expiring_soon"] == 1
    in_a_year = today + datetime.timedelta(days=365)
    assert bound_history_keys(in_a_year, "default") is not bound
    later = keys_tallied(bound_history_keys(in_a_year, "default").rows(bonn.pk), {"agreement": "lifecycle"})[
        1
    ]
    assert later["agreement"]["expiring_soon"] == 0 and later["agreement"]["expired"] >= 1
